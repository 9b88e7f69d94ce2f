// Command cruddur-thumbing is the avatar thumbnail stack of Cruddur, the
// AWS bootcamp app (ExamProCo/aws-bootcamp-cruddur-2023,
// thumbing-serverless-cdk), ported from TypeScript to Go as a Strata user
// would write it: an uploads bucket, the existing assets bucket imported by
// name, a Lambda function that processes every image put into the uploads
// bucket, an SNS topic that posts to a webhook whenever a thumbnail lands in
// the assets bucket, and the S3 permissions the function needs.
//
// Like the original, the stack takes its settings from environment
// variables (the original loads them from a .env file with dotenv); unset
// variables fall back to the defaults below.
//
//	strata synth                 synthesize with cdk.json's context, print the template
//	strata deploy                deploy ThumbingServerlessCdkStack
//	UPLOADS_BUCKET_NAME=my-uploads strata diff
package main

import (
	"fmt"
	"os"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3notifications"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssnssubscriptions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

type ThumbingServerlessCdkStackProps struct {
	awscdk.StackProps
}

// setting reads an environment variable; a variable set to the empty string
// stays empty (THUMBING_S3_FOLDER_INPUT="" means the whole bucket).
func setting(name, fallback string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return fallback
}

func NewThumbingServerlessCdkStack(scope constructs.Construct, id string, props *ThumbingServerlessCdkStackProps) awscdk.Stack {
	var sprops awscdk.StackProps
	if props != nil {
		sprops = props.StackProps
	}
	stack := awscdk.NewStack(scope, &id, &sprops)

	uploadsBucketName := setting("UPLOADS_BUCKET_NAME", "cruddur-uploaded-avatars")
	assetsBucketName := setting("ASSETS_BUCKET_NAME", "assets.cruddur.com")
	folderInput := setting("THUMBING_S3_FOLDER_INPUT", "original/")
	folderOutput := setting("THUMBING_S3_FOLDER_OUTPUT", "avatars")
	webhookUrl := setting("THUMBING_WEBHOOK_URL", "https://api.cruddur.com/webhooks/avatar")
	topicName := setting("THUMBING_TOPIC_NAME", "cruddur-assets")
	functionPath := setting("THUMBING_FUNCTION_PATH", "lambdas/process-images")

	uploadsBucket := createBucket(stack, uploadsBucketName)
	assetsBucket := importBucket(stack, assetsBucketName)

	lambda := createLambda(stack, functionPath, assetsBucketName, folderInput, folderOutput)

	snsTopic := createSnsTopic(stack, topicName)
	createSnsSubscription(snsTopic, webhookUrl)

	// Originals put into the uploads bucket trigger the function; thumbnails
	// it writes to the assets bucket are announced on the topic.
	createS3NotifyToLambda(folderInput, lambda, uploadsBucket)
	createS3NotifyToSns(folderOutput, snsTopic, assetsBucket)

	lambda.AddToRolePolicy(createPolicyBucketAccess(uploadsBucket.BucketArn()))
	lambda.AddToRolePolicy(createPolicyBucketAccess(assetsBucket.BucketArn()))

	return stack
}

func createBucket(scope constructs.Construct, bucketName string) awss3.IBucket {
	return awss3.NewBucket(scope, jsii.String("UploadsBucket"), &awss3.BucketProps{
		BucketName:    jsii.String(bucketName),
		RemovalPolicy: awscdk.RemovalPolicy_DESTROY,
	})
}

func importBucket(scope constructs.Construct, bucketName string) awss3.IBucket {
	return awss3.Bucket_FromBucketName(scope, jsii.String("AssetsBucket"), jsii.String(bucketName))
}

func createLambda(scope constructs.Construct, functionPath, assetsBucketName, folderInput, folderOutput string) awslambda.IFunction {
	return awslambda.NewFunction(scope, jsii.String("ThumbLambda"), &awslambda.FunctionProps{
		// The original runs on Node.js 18, a Lambda runtime that can no
		// longer be created (cfn-lint E2533): Node.js 22 here.
		Runtime: awslambda.Runtime_NODEJS_22_X(),
		Handler: jsii.String("index.handler"),
		Code:    awslambda.Code_FromAsset(jsii.String(functionPath), nil),
		Environment: &map[string]*string{
			"DEST_BUCKET_NAME": jsii.String(assetsBucketName),
			"FOLDER_INPUT":     jsii.String(folderInput),
			"FOLDER_OUTPUT":    jsii.String(folderOutput),
			"PROCESS_WIDTH":    jsii.String("512"),
			"PROCESS_HEIGHT":   jsii.String("512"),
		},
	})
}

// keyFilters limits notifications to the keys under prefix; an empty
// prefix means the whole bucket (an empty filter is an error, in Strata as
// in aws-cdk-lib, which is why the original's .env, whose input folder is
// empty, came with the filter commented out).
func keyFilters(prefix string) []*awss3.NotificationKeyFilter {
	if prefix == "" {
		return nil
	}
	return []*awss3.NotificationKeyFilter{{Prefix: jsii.String(prefix)}}
}

func createS3NotifyToLambda(prefix string, lambda awslambda.IFunction, bucket awss3.IBucket) {
	bucket.AddEventNotification(awss3.EventType_OBJECT_CREATED_PUT,
		awss3notifications.NewLambdaDestination(lambda),
		keyFilters(prefix)...)
}

func createPolicyBucketAccess(bucketArn *string) awsiam.PolicyStatement {
	return awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings(
			"s3:GetObject",
			"s3:PutObject",
		),
		Resources: jsii.Strings(fmt.Sprintf("%s/*", *bucketArn)),
	})
}

func createSnsTopic(scope constructs.Construct, topicName string) awssns.ITopic {
	return awssns.NewTopic(scope, jsii.String("ThumbingTopic"), &awssns.TopicProps{
		TopicName: jsii.String(topicName),
	})
}

func createSnsSubscription(snsTopic awssns.ITopic, webhookUrl string) awssns.Subscription {
	return snsTopic.AddSubscription(awssnssubscriptions.NewUrlSubscription(jsii.String(webhookUrl), nil))
}

func createS3NotifyToSns(prefix string, snsTopic awssns.ITopic, bucket awss3.IBucket) {
	bucket.AddEventNotification(awss3.EventType_OBJECT_CREATED_PUT,
		awss3notifications.NewSnsDestination(snsTopic),
		keyFilters(prefix)...)
}

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)

	NewThumbingServerlessCdkStack(app, "ThumbingServerlessCdkStack", &ThumbingServerlessCdkStackProps{
		awscdk.StackProps{
			Env: env(),
		},
	})

	app.Synth(nil)
}

// env pins the stack to one account and region, as the original does with
// its own account: put yours here (or read CDK_DEFAULT_ACCOUNT and
// CDK_DEFAULT_REGION, which strata sets from your credentials).
func env() *awscdk.Environment {
	return &awscdk.Environment{
		Account: jsii.String("123456789012"),
		Region:  jsii.String("us-east-1"),
	}
}
