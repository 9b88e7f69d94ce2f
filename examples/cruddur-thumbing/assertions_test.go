package main

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/assertions"
	"github.com/strata-cdk/strata/jsii"
)

func TestThumbingStackAssertions(t *testing.T) {
	app := awscdk.NewApp(nil)
	stack := NewThumbingServerlessCdkStack(app, "ThumbingServerlessCdkStack", &ThumbingServerlessCdkStackProps{
		awscdk.StackProps{Env: env()},
	})
	template := assertions.Template_FromStack(stack, nil)

	template.HasResourceProperties(jsii.String("AWS::S3::Bucket"), map[string]interface{}{
		"BucketName": "cruddur-uploaded-avatars",
	})
	template.HasResourceProperties(jsii.String("AWS::Lambda::Function"), map[string]interface{}{
		"Runtime": "nodejs22.x",
		"Environment": map[string]interface{}{
			"Variables": map[string]interface{}{
				"DEST_BUCKET_NAME": "assets.cruddur.com",
				"FOLDER_INPUT":     "original/",
				"FOLDER_OUTPUT":    "avatars",
				"PROCESS_WIDTH":    "512",
				"PROCESS_HEIGHT":   "512",
			},
		},
	})

	// Uploads under original/ invoke the function; thumbnails under
	// avatars in the assets bucket notify the topic.
	template.ResourceCountIs(jsii.String("Custom::S3BucketNotifications"), jsii.Number(2))
	template.HasResourceProperties(jsii.String("Custom::S3BucketNotifications"), map[string]interface{}{
		"NotificationConfiguration": map[string]interface{}{
			"LambdaFunctionConfigurations": []interface{}{
				map[string]interface{}{
					"Events": []interface{}{"s3:ObjectCreated:Put"},
					"Filter": map[string]interface{}{"Key": map[string]interface{}{"FilterRules": []interface{}{
						map[string]interface{}{"Name": "prefix", "Value": "original/"},
					}}},
				},
			},
		},
	})
	template.HasResourceProperties(jsii.String("Custom::S3BucketNotifications"), map[string]interface{}{
		"BucketName": "assets.cruddur.com",
		"NotificationConfiguration": map[string]interface{}{
			"TopicConfigurations": assertions.Match_ArrayWith(&[]interface{}{
				assertions.Match_ObjectLike(&map[string]interface{}{"Events": []interface{}{"s3:ObjectCreated:Put"}}),
			}),
		},
	})

	template.HasResourceProperties(jsii.String("AWS::SNS::Subscription"), map[string]interface{}{
		"Protocol": "https",
		"Endpoint": "https://api.cruddur.com/webhooks/avatar",
	})
	template.HasResourceProperties(jsii.String("AWS::Lambda::Permission"), map[string]interface{}{
		"Principal":     "s3.amazonaws.com",
		"SourceAccount": "123456789012",
	})

	// The function may read and write objects in both buckets.
	template.HasResourceProperties(jsii.String("AWS::IAM::Policy"), map[string]interface{}{
		"PolicyDocument": map[string]interface{}{
			"Statement": assertions.Match_ArrayEquals(&[]interface{}{
				assertions.Match_ObjectLike(&map[string]interface{}{"Action": []interface{}{"s3:GetObject", "s3:PutObject"}}),
				assertions.Match_ObjectLike(&map[string]interface{}{"Action": []interface{}{"s3:GetObject", "s3:PutObject"}}),
			}),
		},
	})
}
