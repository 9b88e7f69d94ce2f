package awss3_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/jsii"
)

// queueTarget is the twin's plain rule target.
type queueTarget struct{}

func (queueTarget) Bind(interfacesawsevents.IRuleRef, *string) *awsevents.RuleTargetConfig {
	return &awsevents.RuleTargetConfig{Arn: jsii.String("arn:aws:sqs:us-east-1:111111111111:q")}
}

// TestCloudTrailRules is the twin's CloudTrail stack.
func TestCloudTrailRules(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"CloudTrail": func(s awscdk.Stack) {
		b := awss3.NewBucket(s, jsii.String("Bucket"), nil)
		b.OnCloudTrailEvent(jsii.String("Any"), nil)
		b.OnCloudTrailEvent(jsii.String("Paths"), &awss3.OnCloudTrailBucketEventOptions{Paths: jsii.Strings("a/*", "b.txt"), Target: queueTarget{},
			Description: jsii.String("paths"), RuleName: jsii.String("paths-rule")})
		b.OnCloudTrailPutObject(jsii.String("Put"), &awss3.OnCloudTrailBucketEventOptions{Target: queueTarget{}})
		b.OnCloudTrailWriteObject(jsii.String("Write"), nil)
		b.OnCloudTrailWriteObject(jsii.String("WritePaths"), &awss3.OnCloudTrailBucketEventOptions{Paths: jsii.Strings("uploads/*"),
			EventPattern: &awsevents.EventPattern{Account: jsii.Strings("111111111111")}})
		awss3.Bucket_FromBucketName(s, jsii.String("Imported"), jsii.String("other-bucket")).OnCloudTrailPutObject(jsii.String("ImportedPut"), nil)
	}}, nil)
}
