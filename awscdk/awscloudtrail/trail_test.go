package awscloudtrail_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudtrail"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/jsii"
)

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Default": func(s awscdk.Stack) {
		t := awscloudtrail.NewTrail(s, jsii.String("Trail"), nil)
		out(s, "Arn", t.TrailArn())
		out(s, "Topic", t.TrailSnsTopicArn())
	},
	"AllProps": func(s awscdk.Stack) {
		bucket := awss3.NewBucket(s, jsii.String("Bucket"), nil)
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		topic := awssns.NewTopic(s, jsii.String("Topic"), nil)
		t := awscloudtrail.NewTrail(s, jsii.String("Trail"), &awscloudtrail.TrailProps{
			Bucket:                     bucket,
			EncryptionKey:              key,
			SnsTopic:                   topic,
			SendToCloudWatchLogs:       jsii.Bool(true),
			CloudWatchLogsRetention:    awslogs.RetentionDays_ONE_WEEK,
			EnableFileValidation:       jsii.Bool(false),
			IncludeGlobalServiceEvents: jsii.Bool(false),
			IsMultiRegionTrail:         jsii.Bool(false),
			S3KeyPrefix:                jsii.String("logs"),
			TrailName:                  jsii.String("my-trail"),
			ManagementEvents:           awscloudtrail.ReadWriteType_WRITE_ONLY,
			InsightTypes: &[]awscloudtrail.InsightType{awscloudtrail.InsightType_API_CALL_RATE(), awscloudtrail.InsightType_API_ERROR_RATE(),
				awscloudtrail.NewInsightType(jsii.String("Custom"))},
		})
		out(s, "Arn", t.TrailArn())
		out(s, "LogGroup", t.LogGroup().LogGroupName())
		lg := awslogs.NewLogGroup(s, jsii.String("Given"), nil)
		awscloudtrail.NewTrail(s, jsii.String("WithGroup"), &awscloudtrail.TrailProps{SendToCloudWatchLogs: jsii.Bool(true), CloudWatchLogGroup: lg,
			ManagementEvents: awscloudtrail.ReadWriteType_ALL})
	},
	"Org": func(s awscdk.Stack) {
		awscloudtrail.NewTrail(s, jsii.String("Full"), &awscloudtrail.TrailProps{IsOrganizationTrail: jsii.Bool(true), OrgId: jsii.String("o-abc123"), TrailName: jsii.String("org-trail")})
		awscloudtrail.NewTrail(s, jsii.String("NoOrgId"), &awscloudtrail.TrailProps{IsOrganizationTrail: jsii.Bool(true)})
		awscloudtrail.NewTrail(s, jsii.String("NoName"), &awscloudtrail.TrailProps{IsOrganizationTrail: jsii.Bool(true), OrgId: jsii.String("o-abc123")})
		awscloudtrail.NewTrail(s, jsii.String("NotOrg"), &awscloudtrail.TrailProps{IsOrganizationTrail: jsii.Bool(false)})
	},
	"Selectors": func(s awscdk.Stack) {
		bucket := awss3.NewBucket(s, jsii.String("Bucket"), nil)
		fn := awslambda.NewFunction(s, jsii.String("Fn"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_NODEJS_20_X(), Handler: jsii.String("index.handler"),
			Code: awslambda.Code_FromInline(jsii.String("exports.handler = async () => {}"))})
		t := awscloudtrail.NewTrail(s, jsii.String("Trail"), nil)
		t.AddS3EventSelector(&[]*awscloudtrail.S3EventSelector{{Bucket: bucket, ObjectPrefix: jsii.String("data/")}, {Bucket: bucket}},
			&awscloudtrail.AddEventSelectorOptions{ReadWriteType: awscloudtrail.ReadWriteType_READ_ONLY, IncludeManagementEvents: jsii.Bool(false)})
		t.AddLambdaEventSelector(&[]awslambda.IFunction{fn}, &awscloudtrail.AddEventSelectorOptions{ExcludeManagementEventSources: &[]awscloudtrail.ManagementEventSources{
			awscloudtrail.ManagementEventSources_KMS, awscloudtrail.ManagementEventSources_RDS_DATA_API}})
		t.LogAllS3DataEvents(nil)
		t.LogAllLambdaDataEvents(&awscloudtrail.AddEventSelectorOptions{ReadWriteType: awscloudtrail.ReadWriteType_ALL})
		t.AddEventSelector(awscloudtrail.DataResourceType_S3_OBJECT, jsii.Strings("arn:aws:s3:::other/"), nil)
		t.AddS3EventSelector(&[]*awscloudtrail.S3EventSelector{}, nil)
		t.AddLambdaEventSelector(&[]awslambda.IFunction{}, nil)
		none := awscloudtrail.NewTrail(s, jsii.String("None"), &awscloudtrail.TrailProps{ManagementEvents: awscloudtrail.ReadWriteType_NONE})
		none.LogAllS3DataEvents(nil)
	},
	"Events": func(s awscdk.Stack) {
		awscloudtrail.Trail_OnEvent(s, jsii.String("Any"), nil)
		awscloudtrail.Trail_OnEvent(s, jsii.String("Filtered"), &awsevents.OnEventOptions{Description: jsii.String("S3 calls"), RuleName: jsii.String("calls"),
			EventPattern: &awsevents.EventPattern{Source: jsii.Strings("aws.s3")}})
	},
}

func TestTemplates(t *testing.T) { checkTemplates(t, templateCases, nil) }

var errorCases = map[string]func(s awscdk.Stack){
	"NoneWithoutSelectors": func(s awscdk.Stack) {
		awscloudtrail.NewTrail(s, jsii.String("T"), &awscloudtrail.TrailProps{ManagementEvents: awscloudtrail.ReadWriteType_NONE})
	},
	"TooManyValues": func(s awscdk.Stack) {
		var arns []*string
		for i := 0; i < 251; i++ {
			arns = append(arns, jsii.String(fmt.Sprintf("arn:aws:s3:::b%d/", i)))
		}
		awscloudtrail.NewTrail(s, jsii.String("T"), nil).AddEventSelector(awscloudtrail.DataResourceType_S3_OBJECT, &arns, nil)
	},
	"TooManySelectors": func(s awscdk.Stack) {
		t := awscloudtrail.NewTrail(s, jsii.String("T"), nil)
		for i := 0; i < 7; i++ {
			t.LogAllS3DataEvents(nil)
		}
	},
}

func TestErrors(t *testing.T) { checkErrors(t, errorCases, nil) }

// Nil arguments fail with the construct path, never a Go nil-pointer trace.
func TestNilArguments(t *testing.T) {
	for name, build := range map[string]func(s awscdk.Stack){
		"S3SelectorWithoutBucket": func(s awscdk.Stack) {
			awscloudtrail.NewTrail(s, jsii.String("T"), nil).AddS3EventSelector(&[]*awscloudtrail.S3EventSelector{{}}, nil)
		},
		"NilHandler": func(s awscdk.Stack) {
			awscloudtrail.NewTrail(s, jsii.String("T"), nil).AddLambdaEventSelector(&[]awslambda.IFunction{nil}, nil)
		},
	} {
		err := synthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) })
		if err == nil || !strings.Contains(err.Error(), "[S/T]") {
			t.Errorf("%s: got %v, want an error naming S/T", name, err)
		}
	}
	// Trail and Trail_OnEvent accept nil props and options.
	if err := synthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		awscloudtrail.NewTrail(s, jsii.String("T"), nil)
		awscloudtrail.Trail_OnEvent(s, jsii.String("R"), nil)
	}); err != nil {
		t.Errorf("nil props: %v", err)
	}
}
