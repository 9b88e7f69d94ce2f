package main

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/assertions"
	"github.com/strata-cdk/strata/jsii"
)

func photoQueueTemplate(version int) assertions.Template {
	app := awscdk.NewApp(nil)
	stack := NewPhotoQueueStack(app, "PhotoQueueStack", &PhotoQueueStackProps{Version: version})
	return assertions.Template_FromStack(stack, nil)
}

func TestPhotoQueueAssertions(t *testing.T) {
	template := photoQueueTemplate(1)

	template.ResourceCountIs(jsii.String("AWS::SQS::Queue"), jsii.Number(1))
	template.HasResourceProperties(jsii.String("AWS::SQS::Queue"), map[string]interface{}{
		"VisibilityTimeout": 30,
		"RedrivePolicy":     assertions.Match_Absent(),
	})

	// The worker finds the bucket, the queue and the topic through its
	// environment.
	bucketID := template.GetResourceId(jsii.String("AWS::S3::Bucket"), nil)
	queueURL := assertions.NewCapture(nil)
	template.HasResourceProperties(jsii.String("AWS::Lambda::Function"), map[string]interface{}{
		"Runtime": "python3.13",
		"Handler": "index.handler",
		"Timeout": 20,
		"Environment": map[string]interface{}{
			"Variables": map[string]interface{}{
				"BUCKET_NAME": map[string]interface{}{"Ref": *bucketID},
				"QUEUE_URL":   queueURL,
				"TOPIC_ARN":   map[string]interface{}{"Ref": assertions.Match_StringLikeRegexp(jsii.String("^Events"))},
			},
		},
	})
	if ref := (*queueURL.AsObject())["Ref"]; ref != *template.GetResourceId(jsii.String("AWS::SQS::Queue"), nil) {
		t.Errorf("QUEUE_URL refers to %v, not the jobs queue", ref)
	}

	// It may read and write the photos and consume the jobs.
	template.HasResourceProperties(jsii.String("AWS::IAM::Policy"), map[string]interface{}{
		"PolicyDocument": map[string]interface{}{
			"Statement": assertions.Match_ArrayWith(&[]interface{}{
				assertions.Match_ObjectLike(&map[string]interface{}{
					"Action": assertions.Match_ArrayWith(&[]interface{}{"s3:GetObject*", "s3:PutObject"}),
					"Effect": "Allow",
				}),
				assertions.Match_ObjectLike(&map[string]interface{}{
					"Action": assertions.Match_ArrayWith(&[]interface{}{"sqs:ReceiveMessage"}),
				}),
			}),
		},
	})

	for _, name := range []string{"BucketName", "QueueUrl", "TopicArn", "FunctionName"} {
		template.HasOutput(jsii.String(name), map[string]interface{}{"Value": assertions.Match_AnyValue()})
	}
}

func TestPhotoQueueVersion2Assertions(t *testing.T) {
	template := photoQueueTemplate(2)

	template.ResourceCountIs(jsii.String("AWS::SQS::Queue"), jsii.Number(2))
	failedID := template.GetResourceId(jsii.String("AWS::SQS::Queue"), map[string]interface{}{
		"Properties": map[string]interface{}{"MessageRetentionPeriod": 1209600},
	})
	template.HasResourceProperties(jsii.String("AWS::SQS::Queue"), map[string]interface{}{
		"VisibilityTimeout": 90,
		"RedrivePolicy": map[string]interface{}{
			"deadLetterTargetArn": map[string]interface{}{"Fn::GetAtt": []interface{}{*failedID, "Arn"}},
			"maxReceiveCount":     3,
		},
	})
}
