// Command photosky is the PhotoSky photo-sharing backend: a Python Lambda
// function packaged as a container image from ./src (Dockerfile and
// handler), behind an API Gateway REST API that proxies every path to it
// and answers CORS preflight requests, and an S3 bucket for the photos,
// open to browser uploads through CORS, emptied and deleted with the
// stack. The function may read and write the bucket. The stack outputs
// the API's URL and the bucket's name. It is written exactly as aws-cdk-go
// code, with only the imports rewritten to Strata.
//
//	go run photosky.go     synthesize into cdk.out (no Docker needed)
//	strata synth           the same, with cdk.json's context, printed as YAML
//	strata deploy          build and push the image, deploy PhotoSkyStack
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

type PhotoSkyStackProps struct {
	awscdk.StackProps
}

func NewPhotoSkyStack(scope constructs.Construct, id string, props *PhotoSkyStackProps) awscdk.Stack {
	var sprops awscdk.StackProps
	if props != nil {
		sprops = props.StackProps
	}
	stack := awscdk.NewStack(scope, &id, &sprops)

	// Browsers upload photos straight to the bucket with presigned URLs.
	photos := awss3.NewBucket(stack, jsii.String("PhotosBucket"), &awss3.BucketProps{
		Cors: &[]*awss3.CorsRule{{
			AllowedMethods: &[]awss3.HttpMethods{awss3.HttpMethods_GET, awss3.HttpMethods_PUT, awss3.HttpMethods_POST},
			AllowedOrigins: jsii.Strings("*"),
			AllowedHeaders: jsii.Strings("*"),
		}},
		RemovalPolicy:     awscdk.RemovalPolicy_DESTROY,
		AutoDeleteObjects: jsii.Bool(true),
	})

	// The image is built from ./src when the stack deploys.
	api := awslambda.NewDockerImageFunction(stack, jsii.String("PhotoFunction"), &awslambda.DockerImageFunctionProps{
		Code:       awslambda.DockerImageCode_FromImageAsset(jsii.String("./src"), nil),
		MemorySize: jsii.Number(1024),
		Timeout:    awscdk.Duration_Seconds(jsii.Number(30)),
		Environment: &map[string]*string{
			"BUCKET_NAME": photos.BucketName(),
		},
	})
	photos.GrantReadWrite(api, nil)

	restApi := awsapigateway.NewLambdaRestApi(stack, jsii.String("PhotoApi"), &awsapigateway.LambdaRestApiProps{
		Handler: api,
		DefaultCorsPreflightOptions: &awsapigateway.CorsOptions{
			AllowOrigins: awsapigateway.Cors_ALL_ORIGINS(),
			AllowMethods: awsapigateway.Cors_ALL_METHODS(),
			AllowHeaders: awsapigateway.Cors_DEFAULT_HEADERS(),
		},
	})

	awscdk.NewCfnOutput(stack, jsii.String("ApiUrl"), &awscdk.CfnOutputProps{
		Value:       restApi.Url(),
		Description: jsii.String("The URL of the PhotoSky API"),
	})
	awscdk.NewCfnOutput(stack, jsii.String("BucketName"), &awscdk.CfnOutputProps{
		Value:       photos.BucketName(),
		Description: jsii.String("The bucket holding the photos"),
	})

	return stack
}

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)

	NewPhotoSkyStack(app, "PhotoSkyStack", &PhotoSkyStackProps{
		awscdk.StackProps{
			Env: env(),
		},
	})

	app.Synth(nil)
}

// env determines the AWS environment (account+region) in which our stack
// is to be deployed. Returning nil makes the stack environment-agnostic.
func env() *awscdk.Environment {
	return nil
}
