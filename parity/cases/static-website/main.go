// Command static-website is the parity case for the seed "static website":
// a website bucket (index and error documents, public read through the
// bucket policy, emptied on stack deletion) filled from ./website by a
// BucketDeployment, with the website URL as an output. It is
// examples/static-website, imports rewritten to Strata.
//
// Its templates differ from aws-cdk-lib's only where Strata's own built-in
// handlers are concerned (allowed-differences.txt): the code assets of the
// auto-delete-objects provider and of the bucket deployment handler, and
// the AWS CLI layer aws-cdk-lib's deployment handler needs and Strata's
// does not.
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
