// Command static-website hosts a static website on Amazon S3: a bucket
// configured for website hosting (index and error documents), readable by
// anyone, filled from the local ./website folder by a BucketDeployment
// when the stack deploys, and emptied when the stack is destroyed. The
// stack outputs the website's URL. It is written exactly as aws-cdk-go
// code, with only the imports rewritten to Strata.
//
//	go run static-website.go     synthesize into cdk.out
//	strata synth                 the same, with cdk.json's context, printed as YAML
//	strata deploy                deploy StaticWebsiteStack, then open the WebsiteURL output
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3deployment"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

type StaticWebsiteStackProps struct {
	awscdk.StackProps
}

func NewStaticWebsiteStack(scope constructs.Construct, id string, props *StaticWebsiteStackProps) awscdk.Stack {
	var sprops awscdk.StackProps
	if props != nil {
		sprops = props.StackProps
	}
	stack := awscdk.NewStack(scope, &id, &sprops)

	// S3 blocks public access by default: allow a public bucket policy
	// (public ACLs stay blocked) so that PublicReadAccess can grant
	// s3:GetObject to everyone.
	websiteBucket := awss3.NewBucket(stack, jsii.String("WebsiteBucket"), &awss3.BucketProps{
		WebsiteIndexDocument: jsii.String("index.html"),
		WebsiteErrorDocument: jsii.String("error.html"),
		PublicReadAccess:     jsii.Bool(true),
		BlockPublicAccess:    awss3.BlockPublicAccess_BLOCK_ACLS_ONLY(),
		RemovalPolicy:        awscdk.RemovalPolicy_DESTROY,
		AutoDeleteObjects:    jsii.Bool(true),
	})

	awss3deployment.NewBucketDeployment(stack, jsii.String("DeployWebsite"), &awss3deployment.BucketDeploymentProps{
		Sources:           &[]awss3deployment.ISource{awss3deployment.Source_Asset(jsii.String("./website"), nil)},
		DestinationBucket: websiteBucket,
	})

	awscdk.NewCfnOutput(stack, jsii.String("WebsiteURL"), &awscdk.CfnOutputProps{
		Value:       websiteBucket.BucketWebsiteUrl(),
		Description: jsii.String("The URL of the static website"),
	})

	return stack
}

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)

	NewStaticWebsiteStack(app, "StaticWebsiteStack", &StaticWebsiteStackProps{
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
