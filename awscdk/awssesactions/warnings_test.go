package awssesactions_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/assertions"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awsses"
	"github.com/strata-cdk/strata/awscdk/awssesactions"
	"github.com/strata-cdk/strata/jsii"
)

// Imported targets get no permission from the action; the rule carries
// aws-cdk-lib's warnings instead.
func TestImportedTargetWarnings(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	fn := awslambda.Function_FromFunctionArn(s, jsii.String("Fn"), jsii.String("arn:aws:lambda:us-east-1:111111111111:function:other"))
	bucket := awss3.Bucket_FromBucketName(s, jsii.String("Bucket"), jsii.String("other-bucket"))
	awsses.NewReceiptRuleSet(s, jsii.String("RS"), nil).AddRule(jsii.String("R"), &awsses.ReceiptRuleOptions{Actions: &[]awsses.IReceiptRuleAction{
		awssesactions.NewLambda(&awssesactions.LambdaProps{Function: fn}),
		awssesactions.NewS3(&awssesactions.S3Props{Bucket: bucket}),
	}})
	a := assertions.Annotations_FromStack(s)
	a.HasWarning(jsii.String("/S/RS/R"), assertions.Match_StringLikeRegexp(jsii.String("Lambda action with an imported function")))
	a.HasWarning(jsii.String("/S/RS/R"), assertions.Match_StringLikeRegexp(jsii.String("S3 action with an imported bucket")))
}
