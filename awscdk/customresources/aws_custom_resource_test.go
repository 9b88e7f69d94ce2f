package customresources_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	cr "github.com/strata-cdk/strata/awscdk/customresources"
	"github.com/strata-cdk/strata/internal/sdkcallorder"
	"github.com/strata-cdk/strata/jsii"
)

var s = jsii.String

func anyResource() cr.AwsCustomResourcePolicy {
	return cr.AwsCustomResourcePolicy_FromSdkCalls(&cr.SdkCallsPolicyOptions{Resources: cr.AwsCustomResourcePolicy_ANY_RESOURCE()})
}

func lambdaRole(scope awscdk.Stack, id string) awsiam.Role {
	return awsiam.NewRole(scope, s(id), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("lambda.amazonaws.com"), nil)})
}

func TestAwsCustomResourceTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(st awscdk.Stack){
		"AwsSdk": func(st awscdk.Stack) {
			bucket := awss3.NewBucket(st, s("Bucket"), nil)
			get := cr.NewAwsCustomResource(st, s("GetParameter"), &cr.AwsCustomResourceProps{
				OnUpdate: &cr.AwsSdkCall{
					Action: s("getParameter"), Service: s("SSM"),
					Parameters:         map[string]interface{}{"Name": "my-parameter", "WithDecryption": true},
					PhysicalResourceId: cr.PhysicalResourceId_Of(s("my-parameter")),
				},
				Policy: anyResource(),
			})
			awscdk.NewCfnOutput(st, s("Value"), &awscdk.CfnOutputProps{Value: get.GetResponseField(s("Parameter.Value"))})
			awscdk.NewCfnOutput(st, s("Ref"), &awscdk.CfnOutputProps{Value: get.GetResponseFieldReference(s("Parameter.ARN")).ToString()})
			cr.NewAwsCustomResource(st, s("Lifecycle"), &cr.AwsCustomResourceProps{
				InstallLatestAwsSdk: jsii.Bool(true),
				OnCreate: &cr.AwsSdkCall{
					Action: s("PutObjectCommand"), Service: s("@aws-sdk/client-s3"),
					OutputPaths:        jsii.Strings("ETag"),
					Parameters:         map[string]interface{}{"Body": "hello", "Bucket": bucket.BucketName(), "Key": "hello.txt"},
					PhysicalResourceId: cr.PhysicalResourceId_FromResponse(s("ETag")),
					Region:             s("eu-west-1"),
				},
				OnDelete: &cr.AwsSdkCall{
					Action: s("deleteObject"), Service: s("S3"), ApiVersion: s("2006-03-01"),
					IgnoreErrorCodesMatching: s("NoSuchKey"),
					Logging:                  cr.Logging_WithDataHidden(),
					Parameters:               map[string]interface{}{"Bucket": bucket.BucketName(), "Key": "hello.txt"},
				},
				OnUpdate: &cr.AwsSdkCall{
					Action: s("CopyObject"), Service: s("s3"),
					Parameters:         map[string]interface{}{"Bucket": bucket.BucketName(), "CopySource": cr.NewPhysicalResourceIdReference(), "Key": "copy.txt"},
					PhysicalResourceId: cr.PhysicalResourceId_Of(s("copy")),
				},
				Policy:         cr.AwsCustomResourcePolicy_FromSdkCalls(&cr.SdkCallsPolicyOptions{Resources: &[]*string{bucket.ArnForObjects(s("*"))}}),
				RemovalPolicy:  awscdk.RemovalPolicy_RETAIN,
				ResourceType:   s("Custom::PutObject"),
				ServiceTimeout: awscdk.Duration_Minutes(jsii.Number(5)),
			})
			cr.NewAwsCustomResource(st, s("Names"), &cr.AwsCustomResourceProps{
				InstallLatestAwsSdk: jsii.Bool(false),
				OnCreate:            &cr.AwsSdkCall{Action: s("describeDBClusters"), Service: s("RDS"), PhysicalResourceId: cr.PhysicalResourceId_Of(s("a"))},
				OnDelete:            &cr.AwsSdkCall{Action: s("listFunctions"), Service: s("@aws-sdk/client-lambda")},
				OnUpdate:            &cr.AwsSdkCall{Action: s("getRestApis"), Service: s("APIGateway"), PhysicalResourceId: cr.PhysicalResourceId_Of(s("a"))},
				Policy:              cr.AwsCustomResourcePolicy_FromSdkCalls(&cr.SdkCallsPolicyOptions{Resources: jsii.Strings("*")}),
			})
			cr.NewAwsCustomResource(st, s("MoreNames"), &cr.AwsCustomResourceProps{
				InstallLatestAwsSdk: jsii.Bool(false),
				OnCreate:            &cr.AwsSdkCall{Action: s("DescribeLogGroupsCommand"), Service: s("CloudWatchLogs"), PhysicalResourceId: cr.PhysicalResourceId_Of(s("b"))},
				OnDelete:            &cr.AwsSdkCall{Action: s("ListStateMachines"), Service: s("StepFunctions")},
				OnUpdate:            &cr.AwsSdkCall{Action: s("getCallerIdentity"), Service: s("sts"), PhysicalResourceId: cr.PhysicalResourceId_Of(s("b"))},
				Policy:              cr.AwsCustomResourcePolicy_FromSdkCalls(&cr.SdkCallsPolicyOptions{Resources: jsii.Strings("*")}),
			})
		},
		"AwsSdkOptions": func(st awscdk.Stack) {
			role := lambdaRole(st, "Role")
			withRole := cr.NewAwsCustomResource(st, s("WithRole"), &cr.AwsCustomResourceProps{
				FunctionName:        s("my-aws-function"),
				InstallLatestAwsSdk: jsii.Bool(false),
				MemorySize:          jsii.Number(1024),
				OnCreate: &cr.AwsSdkCall{
					Action: s("listBuckets"), Service: s("S3"),
					AssumedRoleArn:     s("arn:aws:iam::111111111111:role/Other"),
					ExternalId:         s("ext"),
					PhysicalResourceId: cr.PhysicalResourceId_Of(s("x")),
				},
				OnDelete: &cr.AwsSdkCall{Action: s("listBuckets"), Service: s("S3"), Parameters: map[string]interface{}{}},
				Policy:   cr.AwsCustomResourcePolicy_FromSdkCalls(&cr.SdkCallsPolicyOptions{Resources: jsii.Strings("*")}),
				Role:     role,
				Timeout:  awscdk.Duration_Minutes(jsii.Number(5)),
			})
			user := awsiam.NewRole(st, s("Other"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()})
			user.GrantAssumeRole(withRole.GrantPrincipal())
			cr.NewAwsCustomResource(st, s("Statements"), &cr.AwsCustomResourceProps{
				InstallLatestAwsSdk: jsii.Bool(false),
				OnCreate:            &cr.AwsSdkCall{Action: s("listTopics"), Service: s("SNS"), PhysicalResourceId: cr.PhysicalResourceId_Of(s("y"))},
				Policy: cr.AwsCustomResourcePolicy_FromStatements(&[]awsiam.PolicyStatement{
					awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sns:ListTopics"), Resources: jsii.Strings("*")}),
				}),
			})
		},
		"AwsSdkLogs": func(st awscdk.Stack) {
			cr.NewAwsCustomResource(st, s("Retention"), &cr.AwsCustomResourceProps{
				InstallLatestAwsSdk: jsii.Bool(false),
				LogRetention:        awslogs.RetentionDays_ONE_DAY,
				OnCreate:            &cr.AwsSdkCall{Action: s("listQueues"), Service: s("SQS"), PhysicalResourceId: cr.PhysicalResourceId_Of(s("q"))},
				Policy:              cr.AwsCustomResourcePolicy_FromSdkCalls(&cr.SdkCallsPolicyOptions{Resources: jsii.Strings("*")}),
			})
		},
		// An internal caller's key order (internal/sdkcallorder), as
		// route53, cognito and codedeploy use it.
		"AwsSdkOrdered": func(st awscdk.Stack) {
			call := &cr.AwsSdkCall{
				Action: s("getParameter"), Service: s("SSM"), PhysicalResourceId: cr.PhysicalResourceId_Of(s("p")),
				Parameters: sdkcallorder.Params(map[string]interface{}{"Name": "p"}, "service", "action", "parameters", "physicalResourceId"),
			}
			cr.NewAwsCustomResource(st, s("Ordered"), &cr.AwsCustomResourceProps{
				InstallLatestAwsSdk: jsii.Bool(false),
				OnCreate:            call,
				OnUpdate:            call,
				OnDelete: &cr.AwsSdkCall{
					Action: s("deleteParameter"), Service: s("SSM"), Region: s("eu-west-1"), OutputPaths: jsii.Strings("a"),
					PhysicalResourceId: cr.PhysicalResourceId_FromResponse(s("x")), Logging: cr.Logging_WithDataHidden(),
					Parameters: sdkcallorder.Params(map[string]interface{}{"Name": "p"}, "service", "action", "parameters"),
				},
				Policy: cr.AwsCustomResourcePolicy_FromSdkCalls(&cr.SdkCallsPolicyOptions{Resources: jsii.Strings("*")}),
			})
			cr.NewAwsCustomResource(st, s("NoParams"), &cr.AwsCustomResourceProps{
				InstallLatestAwsSdk: jsii.Bool(false),
				OnCreate: &cr.AwsSdkCall{Action: s("listQueues"), Service: s("SQS"), PhysicalResourceId: cr.PhysicalResourceId_Of(s("q")),
					Parameters: sdkcallorder.Params(nil, "service", "action", "physicalResourceId")},
				Policy: cr.AwsCustomResourcePolicy_FromSdkCalls(&cr.SdkCallsPolicyOptions{Resources: jsii.Strings("*")}),
			})
		},
		"AwsSdkLogGroup": func(st awscdk.Stack) {
			cr.NewAwsCustomResource(st, s("Grouped"), &cr.AwsCustomResourceProps{
				InstallLatestAwsSdk: jsii.Bool(false),
				LogGroup:            awslogs.NewLogGroup(st, s("Logs"), &awslogs.LogGroupProps{Retention: awslogs.RetentionDays_ONE_MONTH}),
				OnCreate:            &cr.AwsSdkCall{Action: s("listQueues"), Service: s("SQS"), PhysicalResourceId: cr.PhysicalResourceId_Of(s("q"))},
				Policy:              cr.AwsCustomResourcePolicy_FromSdkCalls(&cr.SdkCallsPolicyOptions{Resources: jsii.Strings("*")}),
			})
		},
	})
}
