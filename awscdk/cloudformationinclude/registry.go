package cloudformationinclude

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
)

// l1Constructor is the generated L1 constructor (NewCfnXxx) of a
// CloudFormation resource type, or nil: resources of other types are
// included as CfnResource with their properties as written.
func l1Constructor(cfnType string) interface{} {
	switch cfnType {
	case "AWS::CloudFormation::Stack":
		return awscdk.NewCfnStack
	case "AWS::CloudFormation::WaitConditionHandle":
		return awscdk.NewCfnWaitConditionHandle
	case "AWS::CloudFormation::WaitCondition":
		return awscdk.NewCfnWaitCondition
	case "AWS::S3::Bucket":
		return awss3.NewCfnBucket
	case "AWS::S3::BucketPolicy":
		return awss3.NewCfnBucketPolicy
	case "AWS::SQS::Queue":
		return awssqs.NewCfnQueue
	case "AWS::SQS::QueuePolicy":
		return awssqs.NewCfnQueuePolicy
	case "AWS::IAM::Role":
		return awsiam.NewCfnRole
	case "AWS::IAM::Policy":
		return awsiam.NewCfnPolicy
	case "AWS::IAM::ManagedPolicy":
		return awsiam.NewCfnManagedPolicy
	case "AWS::Lambda::Function":
		return awslambda.NewCfnFunction
	case "AWS::Lambda::Permission":
		return awslambda.NewCfnPermission
	case "AWS::SNS::Topic":
		return awssns.NewCfnTopic
	case "AWS::SNS::Subscription":
		return awssns.NewCfnSubscription
	case "AWS::SNS::TopicPolicy":
		return awssns.NewCfnTopicPolicy
	}
	return nil
}
