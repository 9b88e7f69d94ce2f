package awssesactions_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awsses"
	"github.com/strata-cdk/strata/awscdk/awssesactions"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the stacks in testdata/twins.js.
var templateCases = map[string]func(s awscdk.Stack){
	"Actions": func(s awscdk.Stack) {
		topic := awssns.NewTopic(s, jsii.String("Topic"), nil)
		bucket := awss3.NewBucket(s, jsii.String("Bucket"), nil)
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		fn := awslambda.NewFunction(s, jsii.String("Function"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_NODEJS_22_X(), Handler: jsii.String("index.handler"),
			Code: awslambda.Code_FromInline(jsii.String("exports.handler = async () => {}"))})
		rs := awsses.NewReceiptRuleSet(s, jsii.String("RuleSet"), nil)
		rs.AddRule(jsii.String("First"), &awsses.ReceiptRuleOptions{
			Recipients: jsii.Strings("a@example.com"),
			Actions: &[]awsses.IReceiptRuleAction{
				awssesactions.NewAddHeader(&awssesactions.AddHeaderProps{Name: jsii.String("X-My-Header"), Value: jsii.String("value")}),
				awssesactions.NewBounce(&awssesactions.BounceProps{Sender: jsii.String("noreply@example.com"), Template: awssesactions.BounceTemplate_MAILBOX_FULL(), Topic: topic}),
				awssesactions.NewBounce(&awssesactions.BounceProps{Sender: jsii.String("noreply@example.com"), Template: awssesactions.NewBounceTemplate(&awssesactions.BounceTemplateProps{Message: jsii.String("Go away"), SmtpReplyCode: jsii.String("550")})}),
				awssesactions.NewLambda(&awssesactions.LambdaProps{Function: fn, InvocationType: awssesactions.LambdaInvocationType_REQUEST_RESPONSE, Topic: topic}),
				awssesactions.NewS3(&awssesactions.S3Props{Bucket: bucket, KmsKey: key, ObjectKeyPrefix: jsii.String("emails/"), Topic: topic}),
				awssesactions.NewSns(&awssesactions.SnsProps{Topic: topic, Encoding: awssesactions.EmailEncoding_BASE64}),
				awssesactions.NewWorkMail(&awssesactions.WorkMailProps{OrganizationArn: jsii.String("arn:aws:workmail:us-east-1:123456789012:organization/m-1"), Topic: topic}),
				awssesactions.NewStop(&awssesactions.StopProps{Topic: topic}),
			},
		})
		second := rs.AddRule(jsii.String("Second"), nil)
		second.AddAction(awssesactions.NewLambda(&awssesactions.LambdaProps{Function: fn}))
		second.AddAction(awssesactions.NewS3(&awssesactions.S3Props{Bucket: bucket}))
		second.AddAction(awssesactions.NewSns(&awssesactions.SnsProps{Topic: topic, Encoding: awssesactions.EmailEncoding_UTF8}))
		second.AddAction(awssesactions.NewSns(&awssesactions.SnsProps{Topic: topic}))
		second.AddAction(awssesactions.NewWorkMail(&awssesactions.WorkMailProps{OrganizationArn: jsii.String("arn:aws:workmail:us-east-1:123456789012:organization/m-2")}))
		second.AddAction(awssesactions.NewStop(nil))
		for _, t := range []awssesactions.BounceTemplate{awssesactions.BounceTemplate_MAILBOX_DOES_NOT_EXIST(), awssesactions.BounceTemplate_MESSAGE_TOO_LARGE(),
			awssesactions.BounceTemplate_MESSAGE_CONTENT_REJECTED(), awssesactions.BounceTemplate_TEMPORARY_FAILURE()} {
			second.AddAction(awssesactions.NewBounce(&awssesactions.BounceProps{Sender: jsii.String("s@example.com"), Template: t}))
		}
		importedFn := awslambda.Function_FromFunctionArn(s, jsii.String("ImportedFn"), jsii.String("arn:aws:lambda:us-east-1:111111111111:function:other"))
		importedBucket := awss3.Bucket_FromBucketName(s, jsii.String("ImportedBucket"), jsii.String("other-bucket"))
		sesKey := awskms.Alias_FromAliasName(s, jsii.String("SesKey"), jsii.String("alias/aws/ses"))
		rs.AddRule(jsii.String("Imported"), &awsses.ReceiptRuleOptions{Actions: &[]awsses.IReceiptRuleAction{
			awssesactions.NewLambda(&awssesactions.LambdaProps{Function: importedFn, InvocationType: awssesactions.LambdaInvocationType_EVENT}),
			awssesactions.NewS3(&awssesactions.S3Props{Bucket: importedBucket, KmsKey: sesKey}),
		}})
	},
}

func TestTemplates(t *testing.T) {
	checkTemplates(t, templateCases, nil)
}

var errorCases = map[string]func(s awscdk.Stack){
	"BadHeaderName": func(awscdk.Stack) {
		awssesactions.NewAddHeader(&awssesactions.AddHeaderProps{Name: jsii.String("bad name"), Value: jsii.String("v")})
	},
	"LongHeaderName": func(awscdk.Stack) {
		awssesactions.NewAddHeader(&awssesactions.AddHeaderProps{Name: jsii.String(strings.Repeat("x", 51)), Value: jsii.String("v")})
	},
	"HeaderValueNewline": func(awscdk.Stack) {
		awssesactions.NewAddHeader(&awssesactions.AddHeaderProps{Name: jsii.String("X-Ok"), Value: jsii.String("a\nb")})
	},
	"HeaderValueTooLong": func(awscdk.Stack) {
		awssesactions.NewAddHeader(&awssesactions.AddHeaderProps{Name: jsii.String("X-Ok"), Value: jsii.String(strings.Repeat("v", 2048))})
	},
}

func TestErrors(t *testing.T) {
	checkErrors(t, errorCases, nil)
}
