package awss3

import (
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// OnCloudTrailBucketEventOptions are the options of the OnCloudTrail* rules.
type OnCloudTrailBucketEventOptions struct {
	CrossStackScope constructs.Construct    `field:"optional" json:"crossStackScope" yaml:"crossStackScope"`
	Description     *string                 `field:"optional" json:"description" yaml:"description"`
	EventPattern    *awsevents.EventPattern `field:"optional" json:"eventPattern" yaml:"eventPattern"`
	RuleName        *string                 `field:"optional" json:"ruleName" yaml:"ruleName"`
	Target          awsevents.IRuleTarget   `field:"optional" json:"target" yaml:"target"`
	// Object key patterns to match. Default: the whole bucket.
	Paths *[]*string `field:"optional" json:"paths" yaml:"paths"`
}

// OnCloudTrailEvent is a rule, below the bucket, matching the CloudTrail
// API calls on the bucket (or on the objects under Paths). CloudTrail must
// log the bucket's data events for it to fire.
func (b *bucketBase) OnCloudTrailEvent(id *string, options *OnCloudTrailBucketEventOptions) awsevents.Rule {
	if options == nil {
		options = &OnCloudTrailBucketEventOptions{}
	}
	r := awsevents.NewRule(b.Resource, id, &awsevents.RuleProps{CrossStackScope: options.CrossStackScope,
		Description: options.Description, EventPattern: options.EventPattern, RuleName: options.RuleName})
	r.AddTarget(options.Target)
	arns := []interface{}{b.self.BucketArn()}
	if options.Paths != nil {
		arns = make([]interface{}, len(*options.Paths))
		for i, p := range *options.Paths {
			arns[i] = b.self.ArnForObjects(p)
		}
	}
	// One member at a time: an EventPattern renders its fields in
	// declaration order, aws-cdk-lib's literal is source, detailType, detail.
	r.AddEventPattern(&awsevents.EventPattern{Source: jsii.Strings("aws.s3")})
	r.AddEventPattern(&awsevents.EventPattern{DetailType: jsii.Strings("AWS API Call via CloudTrail")})
	r.AddEventPattern(&awsevents.EventPattern{Detail: &map[string]interface{}{"resources": map[string]interface{}{"ARN": arns}}})
	return r
}

// OnCloudTrailPutObject is OnCloudTrailEvent for PutObject calls only.
func (b *bucketBase) OnCloudTrailPutObject(id *string, options *OnCloudTrailBucketEventOptions) awsevents.Rule {
	r := b.self.OnCloudTrailEvent(id, options)
	r.AddEventPattern(&awsevents.EventPattern{Detail: &map[string]interface{}{"eventName": []interface{}{"PutObject"}}})
	return r
}

// OnCloudTrailWriteObject is OnCloudTrailEvent for the calls that write an
// object (CompleteMultipartUpload, CopyObject, PutObject) in this bucket,
// matched on the bucket's name and, given Paths, the keys.
func (b *bucketBase) OnCloudTrailWriteObject(id *string, options *OnCloudTrailBucketEventOptions) awsevents.Rule {
	r := b.self.OnCloudTrailEvent(id, options)
	params := map[string]interface{}{"bucketName": []interface{}{b.self.BucketName()}}
	if options != nil && options.Paths != nil {
		keys := make([]interface{}, len(*options.Paths))
		for i, p := range *options.Paths {
			keys[i] = p
		}
		params["key"] = keys
	}
	r.AddEventPattern(&awsevents.EventPattern{Detail: &map[string]interface{}{
		"eventName": []interface{}{"CompleteMultipartUpload", "CopyObject", "PutObject"}}})
	r.AddEventPattern(&awsevents.EventPattern{Detail: &map[string]interface{}{"requestParameters": params}})
	return r
}
