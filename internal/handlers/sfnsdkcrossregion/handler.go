// Package sfnsdkcrossregion holds the code of the Lambda function behind
// awsstepfunctionstasks.CallAwsServiceCrossRegion: Strata's own Node.js
// handler making one AWS SDK for JavaScript v3 call, so the asset
// holding it, and its S3 key in the template, differ from aws-cdk-lib's.
package sfnsdkcrossregion

import (
	"embed"

	"github.com/strata-cdk/strata/internal/handlers"
)

//go:embed index.js
var code embed.FS

// Dir returns a directory holding the handler's code (index.js).
func Dir() (string, error) { return handlers.Stage(code, ".") }
