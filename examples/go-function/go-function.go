// Command go-function is a CDK app with a Lambda function written in Go
// (handler/, its own module), built by GoFunction at synth with the local
// Go toolchain — no Docker.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdklambdagoalpha"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// NewGoFunctionStack defines the stack: the greeter function on arm64.
func NewGoFunctionStack(scope constructs.Construct, id string, props *awscdk.StackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, props)
	fn := awscdklambdagoalpha.NewGoFunction(stack, jsii.String("Greeter"), &awscdklambdagoalpha.GoFunctionProps{
		Entry:        jsii.String("handler"),
		Runtime:      awslambda.Runtime_PROVIDED_AL2023(),
		Architecture: awslambda.Architecture_ARM_64(),
		MemorySize:   jsii.Number(128),
		Environment:  &map[string]*string{"GREETING": jsii.String("Hello")},
	})
	awscdk.NewCfnOutput(stack, jsii.String("FunctionName"), &awscdk.CfnOutputProps{Value: fn.FunctionName()})
	return stack
}

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	NewGoFunctionStack(app, "GoFunctionStack", nil)
	app.Synth(nil)
}
