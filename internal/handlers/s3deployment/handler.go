// Package s3deployment holds the code of the Lambda function behind
// awss3deployment's Custom::CDKBucketDeployment resources. It is Strata's
// own handler for the runtime aws-cdk-lib uses (python3.13) and needs only
// boto3: unlike aws-cdk-lib's it runs no AWS CLI, so BucketDeployment
// deploys no AWS CLI Lambda layer.
package s3deployment

import (
	"embed"
	"fmt"

	"github.com/strata-cdk/strata/internal/handlers"
)

//go:embed index.py
var code embed.FS

// Dir returns a directory holding the handler's code (index.py).
func Dir() string {
	d, err := handlers.Stage(code, ".")
	if err != nil {
		panic(fmt.Sprintf("strata: writing the code of the built-in bucket deployment handler: %v", err))
	}
	return d
}
