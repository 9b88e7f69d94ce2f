package main

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/assertions"
	"github.com/strata-cdk/strata/jsii"
)

func TestStaticWebsiteAssertions(t *testing.T) {
	app := awscdk.NewApp(nil)
	stack := NewStaticWebsiteStack(app, "StaticWebsiteStack", nil)
	template := assertions.Template_FromStack(stack, nil)

	template.HasResourceProperties(jsii.String("AWS::S3::Bucket"), map[string]interface{}{
		"WebsiteConfiguration": map[string]interface{}{
			"IndexDocument": "index.html",
			"ErrorDocument": "error.html",
		},
		"PublicAccessBlockConfiguration": assertions.Match_ObjectEquals(&map[string]interface{}{
			"BlockPublicAcls":       true,
			"BlockPublicPolicy":     false,
			"IgnorePublicAcls":      true,
			"RestrictPublicBuckets": false,
		}),
	})
	template.HasResource(jsii.String("AWS::S3::Bucket"), map[string]interface{}{
		"DeletionPolicy": "Delete",
	})

	// Everyone may read the objects.
	bucketID := template.GetResourceId(jsii.String("AWS::S3::Bucket"), nil)
	template.HasResourceProperties(jsii.String("AWS::S3::BucketPolicy"), map[string]interface{}{
		"Bucket": map[string]interface{}{"Ref": *bucketID},
		"PolicyDocument": map[string]interface{}{
			"Statement": assertions.Match_ArrayWith(&[]interface{}{
				assertions.Match_ObjectLike(&map[string]interface{}{
					"Action":    "s3:GetObject",
					"Principal": map[string]interface{}{"AWS": "*"},
				}),
			}),
		},
	})

	// The site is deployed into the bucket, and emptied when the stack goes.
	template.HasResourceProperties(jsii.String("Custom::CDKBucketDeployment"), map[string]interface{}{
		"DestinationBucketName": map[string]interface{}{"Ref": *bucketID},
		"SourceObjectKeys":      assertions.Match_ArrayEquals(&[]interface{}{assertions.Match_StringLikeRegexp(jsii.String(`^[0-9a-f]{64}\.zip$`))}),
	})
	template.ResourceCountIs(jsii.String("Custom::S3AutoDeleteObjects"), jsii.Number(1))

	template.HasOutput(jsii.String("WebsiteURL"), map[string]interface{}{
		"Description": "The URL of the static website",
		"Value":       map[string]interface{}{"Fn::GetAtt": []interface{}{*bucketID, "WebsiteURL"}},
	})
}
