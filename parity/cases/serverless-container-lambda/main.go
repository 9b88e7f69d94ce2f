// Command serverless-container-lambda is the parity case for a Lambda
// function from a container image asset: a DockerImageFunction built from
// ./image (a multi-stage Dockerfile with a build argument and target, a
// .dockerignore) for ARM, published through a public function URL with
// CORS, a second function from an image already in ECR, and the URL as an
// output. Synthesis never runs Docker.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

func NewContainerStack(scope constructs.Construct, id string, props *awscdk.StackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, props)

	web := awslambda.NewDockerImageFunction(stack, jsii.String("Web"), &awslambda.DockerImageFunctionProps{
		Code: awslambda.DockerImageCode_FromImageAsset(jsii.String("./image"), &awslambda.AssetImageCodeProps{
			BuildArgs: &map[string]*string{"BASE": jsii.String("public.ecr.aws/lambda/nodejs:22")},
			Target:    jsii.String("runtime"),
		}),
		Architecture: awslambda.Architecture_ARM_64(),
		MemorySize:   jsii.Number(512),
		Timeout:      awscdk.Duration_Seconds(jsii.Number(15)),
	})
	url := web.AddFunctionUrl(&awslambda.FunctionUrlOptions{
		AuthType: awslambda.FunctionUrlAuthType_NONE,
		Cors: &awslambda.FunctionUrlCorsOptions{
			AllowedOrigins: jsii.Strings("*"),
			AllowedMethods: &[]awslambda.HttpMethod{awslambda.HttpMethod_GET},
		},
	})

	repo := awsecr.Repository_FromRepositoryName(stack, jsii.String("Worker"), jsii.String("worker"))
	awslambda.NewDockerImageFunction(stack, jsii.String("FromEcr"), &awslambda.DockerImageFunctionProps{
		Code: awslambda.DockerImageCode_FromEcr(repo, &awslambda.EcrImageCodeProps{TagOrDigest: jsii.String("v1.2.3")}),
	})

	awscdk.NewCfnOutput(stack, jsii.String("WebUrl"), &awscdk.CfnOutputProps{Value: url.Url()})
	return stack
}

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	NewContainerStack(app, "ContainerStack", nil)
	app.Synth(nil)
}
