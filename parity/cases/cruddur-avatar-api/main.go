// Command cruddur-avatar-api is the second half of Cruddur's avatar
// pipeline (the AWS bootcamp app; see also the cruddur-thumbing case): an
// HTTP API whose POST /avatars/key_upload route runs a function that hands
// out presigned upload URLs, guarded by a Lambda authorizer that checks the
// caller's token, with CORS for the frontend; and the assets bucket (made
// by another stack, imported by name) served by CloudFront through an
// origin access control on assets.cruddur.com, with an alias record in
// the imported hosted zone.
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh
// turns it into expected/.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	"github.com/strata-cdk/strata/awscdk/awsapigatewayv2authorizers"
	"github.com/strata-cdk/strata/awscdk/awsapigatewayv2integrations"
	"github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awscloudfront"
	"github.com/strata-cdk/strata/awscdk/awscloudfrontorigins"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/awsroute53targets"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

const uploadCode = `import json, os, uuid
import boto3

s3 = boto3.client("s3")

def handler(event, context):
    key = "original/" + str(uuid.uuid4()) + ".jpg"
    url = s3.generate_presigned_url("put_object", Params={"Bucket": os.environ["UPLOADS_BUCKET_NAME"], "Key": key}, ExpiresIn=300)
    return {"statusCode": 200, "body": json.dumps({"url": url})}
`

const authorizerCode = `exports.handler = async (event) => {
  const token = (event.headers && event.headers.authorization) || "";
  return { isAuthorized: token.startsWith("Bearer "), context: {} };
};
`

func NewAvatarApiStack(scope constructs.Construct, id string, props *awscdk.StackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, props)

	uploads := awss3.Bucket_FromBucketName(stack, jsii.String("UploadsBucket"), jsii.String("cruddur-uploaded-avatars"))
	assets := awss3.Bucket_FromBucketName(stack, jsii.String("AssetsBucket"), jsii.String("assets.cruddur.com"))

	upload := awslambda.NewFunction(stack, jsii.String("AvatarUpload"), &awslambda.FunctionProps{
		Runtime:     awslambda.Runtime_PYTHON_3_12(),
		Handler:     jsii.String("index.handler"),
		Code:        awslambda.Code_FromInline(jsii.String(uploadCode)),
		Environment: &map[string]*string{"UPLOADS_BUCKET_NAME": uploads.BucketName()},
	})
	uploads.GrantPut(upload, jsii.String("original/*"))

	authorizerFn := awslambda.NewFunction(stack, jsii.String("Authorizer"), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_NODEJS_22_X(),
		Handler: jsii.String("index.handler"),
		Code:    awslambda.Code_FromInline(jsii.String(authorizerCode)),
	})
	authorizer := awsapigatewayv2authorizers.NewHttpLambdaAuthorizer(jsii.String("TokenAuthorizer"), authorizerFn, &awsapigatewayv2authorizers.HttpLambdaAuthorizerProps{
		ResponseTypes:  &[]awsapigatewayv2authorizers.HttpLambdaResponseType{awsapigatewayv2authorizers.HttpLambdaResponseType_SIMPLE},
		IdentitySource: jsii.Strings("$request.header.Authorization"),
	})

	api := awsapigatewayv2.NewHttpApi(stack, jsii.String("AvatarApi"), &awsapigatewayv2.HttpApiProps{
		CorsPreflight: &awsapigatewayv2.CorsPreflightOptions{
			AllowOrigins: jsii.Strings("https://cruddur.com"),
			AllowMethods: &[]awsapigatewayv2.CorsHttpMethod{awsapigatewayv2.CorsHttpMethod_POST, awsapigatewayv2.CorsHttpMethod_OPTIONS},
			AllowHeaders: jsii.Strings("authorization", "content-type"),
		},
	})
	api.AddRoutes(&awsapigatewayv2.AddRoutesOptions{
		Path:        jsii.String("/avatars/key_upload"),
		Methods:     &[]awsapigatewayv2.HttpMethod{awsapigatewayv2.HttpMethod_POST},
		Integration: awsapigatewayv2integrations.NewHttpLambdaIntegration(jsii.String("UploadIntegration"), upload, nil),
		Authorizer:  authorizer,
	})

	zone := awsroute53.HostedZone_FromHostedZoneAttributes(stack, jsii.String("Zone"), &awsroute53.HostedZoneAttributes{
		HostedZoneId: jsii.String("Z0123456789CRUDDUR"),
		ZoneName:     jsii.String("cruddur.com"),
	})
	cert := awscertificatemanager.Certificate_FromCertificateArn(stack, jsii.String("AssetsCert"),
		jsii.String("arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-cruddur"))
	cdn := awscloudfront.NewDistribution(stack, jsii.String("AssetsCdn"), &awscloudfront.DistributionProps{
		DefaultBehavior: &awscloudfront.BehaviorOptions{
			Origin:               awscloudfrontorigins.S3BucketOrigin_WithOriginAccessControl(assets, nil),
			ViewerProtocolPolicy: awscloudfront.ViewerProtocolPolicy_REDIRECT_TO_HTTPS,
		},
		DomainNames: jsii.Strings("assets.cruddur.com"),
		Certificate: cert,
	})
	awsroute53.NewARecord(stack, jsii.String("AssetsAlias"), &awsroute53.ARecordProps{
		Zone:       zone,
		RecordName: jsii.String("assets"),
		Target:     awsroute53.RecordTarget_FromAlias(awsroute53targets.NewCloudFrontTarget(cdn)),
	})

	awscdk.NewCfnOutput(stack, jsii.String("ApiUrl"), &awscdk.CfnOutputProps{Value: api.ApiEndpoint()})
	awscdk.NewCfnOutput(stack, jsii.String("AssetsDistributionId"), &awscdk.CfnOutputProps{Value: cdn.DistributionId()})
	return stack
}

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	NewAvatarApiStack(app, "CruddurAvatarApiStack", &awscdk.StackProps{
		Env: &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("us-east-1")},
	})
	app.Synth(nil)
}
