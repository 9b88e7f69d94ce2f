// Package providerframework holds the code of the Lambda functions that
// customresources.Provider deploys (framework.onEvent, framework.isComplete,
// framework.onTimeout): Strata's own Node.js implementation of the provider
// framework's protocol, so the asset holding it, and its S3 key in the
// template, differ from aws-cdk-lib's.
package providerframework

import (
	"embed"

	"github.com/strata-cdk/strata/internal/handlers"
)

//go:embed framework.js
var code embed.FS

// Dir returns a directory holding the framework's code (framework.js).
func Dir() (string, error) { return handlers.Stage(code, ".") }
