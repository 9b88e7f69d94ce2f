package awss3notifications_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3notifications"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/jsii"
)

func TestDestinationTemplates(t *testing.T) {
	cases := map[string]func(s awscdk.Stack){
		"Sqs": func(s awscdk.Stack) {
			b := awss3.NewBucket(s, jsii.String("Bucket"), nil)
			q := awssqs.NewQueue(s, jsii.String("Queue"), nil)
			b.AddObjectCreatedNotification(awss3notifications.NewSqsDestination(q), &awss3.NotificationKeyFilter{Prefix: jsii.String("uploads/")})
			key := awskms.NewKey(s, jsii.String("Key"), nil)
			enc := awssqs.NewQueue(s, jsii.String("Encrypted"), &awssqs.QueueProps{EncryptionMasterKey: key})
			b.AddEventNotification(awss3.EventType_OBJECT_REMOVED_DELETE, awss3notifications.NewSqsDestination(enc))
			imported := awssqs.Queue_FromQueueAttributes(s, jsii.String("Imported"), &awssqs.QueueAttributes{
				QueueArn: jsii.String("arn:aws:sqs:us-east-1:111111111111:imported"),
				KeyArn:   jsii.String("arn:aws:kms:us-east-1:111111111111:key/1234"),
			})
			b.AddObjectCreatedNotification(awss3notifications.NewSqsDestination(imported), &awss3.NotificationKeyFilter{Suffix: jsii.String(".csv")})
		},
		"Sns": func(s awscdk.Stack) {
			topic := awssns.NewTopic(s, jsii.String("Topic"), nil)
			a := awss3.NewBucket(s, jsii.String("A"), nil)
			b := awss3.NewBucket(s, jsii.String("B"), &awss3.BucketProps{EnforceSSL: jsii.Bool(true)})
			a.AddObjectCreatedNotification(awss3notifications.NewSnsDestination(topic))
			b.AddObjectRemovedNotification(awss3notifications.NewSnsDestination(topic), &awss3.NotificationKeyFilter{Prefix: jsii.String("p/"), Suffix: jsii.String(".s")})
			key := awskms.NewKey(s, jsii.String("Key"), nil)
			enc := awssns.NewTopic(s, jsii.String("Encrypted"), &awssns.TopicProps{MasterKey: key})
			a.AddEventNotification(awss3.EventType_OBJECT_RESTORE_COMPLETED, awss3notifications.NewSnsDestination(enc))
		},
		"Imported": func(s awscdk.Stack) {
			b := awss3.Bucket_FromBucketName(s, jsii.String("Bucket"), jsii.String("existing-bucket"))
			b.AddObjectCreatedNotification(awss3notifications.NewSqsDestination(awssqs.NewQueue(s, jsii.String("Queue"), nil)))
		},
	}
	cases["Lambda"] = func(s awscdk.Stack) {
		fn := awslambda.NewFunction(s, jsii.String("Fn"), &awslambda.FunctionProps{
			Runtime: awslambda.Runtime_PYTHON_3_13(),
			Handler: jsii.String("index.handler"),
			Code:    awslambda.Code_FromInline(jsii.String("def handler(event, context):\n  print(event)\n")),
		})
		a := awss3.NewBucket(s, jsii.String("A"), nil)
		b := awss3.NewBucket(s, jsii.String("B"), nil)
		a.AddObjectCreatedNotification(awss3notifications.NewLambdaDestination(fn), &awss3.NotificationKeyFilter{Suffix: jsii.String(".jpg")})
		a.AddObjectRemovedNotification(awss3notifications.NewLambdaDestination(fn))
		b.AddEventNotification(awss3.EventType_OBJECT_CREATED_PUT, awss3notifications.NewLambdaDestination(fn))
		imported := awslambda.Function_FromFunctionArn(s, jsii.String("Imported"), jsii.String("arn:aws:lambda:us-east-1:111111111111:function:other"))
		b.AddObjectRemovedNotification(awss3notifications.NewLambdaDestination(imported))
	}
	checkTemplates(t, cases, nil)
}
