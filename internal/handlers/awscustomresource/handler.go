// Package awscustomresource holds the code of the singleton Lambda function
// behind customresources.AwsCustomResource: Strata's own Node.js handler
// making AWS SDK for JavaScript v3 calls, so the asset holding it, and its
// S3 key in the template, differ from aws-cdk-lib's. sdk-v2-to-v3.json and
// sdk-types.json.br (which API parameters are blobs, numbers, timestamps)
// are generated from aws-cdk-lib's data (awscdk/customresources/gen_sdk_info.js).
package awscustomresource

import (
	"embed"

	"github.com/strata-cdk/strata/internal/handlers"
)

//go:embed index.js sdk-v2-to-v3.json sdk-types.json.br
var code embed.FS

// Dir returns a directory holding the handler's code.
func Dir() (string, error) { return handlers.Stage(code, ".") }
