// Package route53delegation holds the code of the Lambda function behind
// awsroute53's Custom::CrossAccountZoneDelegation resources
// (CrossAccountZoneDelegationRecord). It is Strata's own code for the Node.js
// runtime aws-cdk-lib uses, so the asset holding it, and the S3 key naming
// that asset in the template, differ from aws-cdk-lib's.
package route53delegation

import (
	"embed"
	"fmt"

	"github.com/strata-cdk/strata/internal/handlers"
)

//go:embed index.js
var code embed.FS

// Dir returns a directory holding the handler's code (index.js).
func Dir() string {
	d, err := handlers.Stage(code, ".")
	if err != nil {
		panic(fmt.Sprintf("strata: writing the code of the built-in cross-account zone delegation handler: %v", err))
	}
	return d
}
