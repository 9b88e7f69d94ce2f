package cli

const goModTmpl = `module [[.Module]]

go 1.24

require [[.Strata]] [[.Version]]
[[- if .Replace]]

replace [[.Strata]] => [[.Replace]]
[[- end]]
`

const cdkJSONTmpl = `{
  "app": "go mod download && go run [[.AppFile]]",
  "watch": {
    "include": [
      "**"
    ],
    "exclude": [
      "README.md",
      "cdk*.json",
      "go.mod",
      "go.sum",
      "**/*test.go"
    ]
  },
  "context": [[.Context]]
}
`

const gitignoreTmpl = `# Binaries for programs and plugins
*.exe
*.exe~
*.dll
*.so
*.dylib

# Test binary, built with ` + "`go test -c`" + `
*.test

# Output of the go coverage tool
*.out

# go.sum should be committed
!go.sum

# CDK asset staging directory
.cdk.staging
cdk.out
`

const readmeTmpl = `# Welcome to your Strata Go project!

This is a blank project for CDK development with Go, built on Strata: the
AWS CDK's Go API without Node.js.

The ` + "`cdk.json`" + ` file tells the toolkit how to execute your app.

## Useful commands

 * ` + "`strata deploy`" + `      deploy this stack to your default AWS account/region
 * ` + "`strata diff`" + `        compare deployed stack with current state
 * ` + "`strata synth`" + `       emits the synthesized CloudFormation template
 * ` + "`go test`" + `            run unit tests
`

const appTmpl = `package main

import (
	"[[.Strata]]/awscdk"
	// "[[.Strata]]/awscdk/awssqs"
	"[[.Strata]]/constructs"
	"[[.Strata]]/jsii"
)

type [[.Ident]]StackProps struct {
	awscdk.StackProps
}

func New[[.Ident]]Stack(scope constructs.Construct, id string, props *[[.Ident]]StackProps) awscdk.Stack {
	var sprops awscdk.StackProps
	if props != nil {
		sprops = props.StackProps
	}
	stack := awscdk.NewStack(scope, &id, &sprops)

	// The code that defines your stack goes here

	// example resource
	// queue := awssqs.NewQueue(stack, jsii.String("[[.Ident]]Queue"), &awssqs.QueueProps{
	// 	VisibilityTimeout: awscdk.Duration_Seconds(jsii.Number(300)),
	// })

	return stack
}

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)

	New[[.Ident]]Stack(app, "[[.Ident]]Stack", &[[.Ident]]StackProps{
		awscdk.StackProps{
			Env: env(),
		},
	})

	app.Synth(nil)
}

// env determines the AWS environment (account+region) in which our stack is to
// be deployed. For more information see: https://docs.aws.amazon.com/cdk/latest/guide/environments.html
func env() *awscdk.Environment {
	// If unspecified, this stack will be "environment-agnostic".
	// Account/Region-dependent features and context lookups will not work, but a
	// single synthesized template can be deployed anywhere.
	//---------------------------------------------------------------------------
	return nil

	// Uncomment if you know exactly what account and region you want to deploy
	// the stack to. This is the recommendation for production stacks.
	//---------------------------------------------------------------------------
	// return &awscdk.Environment{
	//  Account: jsii.String("123456789012"),
	//  Region:  jsii.String("us-east-1"),
	// }

	// Uncomment to specialize this stack for the AWS Account and Region that are
	// implied by the current CLI configuration. This is recommended for dev
	// stacks.
	//---------------------------------------------------------------------------
	// return &awscdk.Environment{
	//  Account: jsii.String(os.Getenv("CDK_DEFAULT_ACCOUNT")),
	//  Region:  jsii.String(os.Getenv("CDK_DEFAULT_REGION")),
	// }
}
`

// testTmpl is the test file cdk init writes for Go (an assertions example,
// commented out, naming the files as cdk init does), imports mapped to Strata.
const testTmpl = `package main

// import (
// 	"testing"

// 	"[[.Strata]]/awscdk"
// 	"[[.Strata]]/awscdk/assertions"
// 	"[[.Strata]]/jsii"
// )

// example tests. To run these tests, uncomment this file along with the
// example resource in [[.Name]]_test.go
// func Test[[.Ident]]Stack(t *testing.T) {
// 	// GIVEN
// 	app := awscdk.NewApp(nil)

// 	// WHEN
// 	stack := New[[.Ident]]Stack(app, "MyStack", nil)

// 	// THEN
// 	template := assertions.Template_FromStack(stack, nil)

// 	template.HasResourceProperties(jsii.String("AWS::SQS::Queue"), map[string]interface{}{
// 		"VisibilityTimeout": 300,
// 	})
// }
`
