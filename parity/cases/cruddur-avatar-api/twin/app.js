// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0, construct for
// construct, with the same ids, order and values. The App reads CDK_OUTDIR
// and CDK_CONTEXT_JSON, as an aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');
const apigwv2 = require('aws-cdk-lib/aws-apigatewayv2');
const authorizers = require('aws-cdk-lib/aws-apigatewayv2-authorizers');
const integrations = require('aws-cdk-lib/aws-apigatewayv2-integrations');
const acm = require('aws-cdk-lib/aws-certificatemanager');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');
const lambda = require('aws-cdk-lib/aws-lambda');
const route53 = require('aws-cdk-lib/aws-route53');
const targets = require('aws-cdk-lib/aws-route53-targets');
const s3 = require('aws-cdk-lib/aws-s3');

const uploadCode = `import json, os, uuid
import boto3

s3 = boto3.client("s3")

def handler(event, context):
    key = "original/" + str(uuid.uuid4()) + ".jpg"
    url = s3.generate_presigned_url("put_object", Params={"Bucket": os.environ["UPLOADS_BUCKET_NAME"], "Key": key}, ExpiresIn=300)
    return {"statusCode": 200, "body": json.dumps({"url": url})}
`;

const authorizerCode = `exports.handler = async (event) => {
  const token = (event.headers && event.headers.authorization) || "";
  return { isAuthorized: token.startsWith("Bearer "), context: {} };
};
`;

class AvatarApiStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const uploads = s3.Bucket.fromBucketName(this, 'UploadsBucket', 'cruddur-uploaded-avatars');
    const assets = s3.Bucket.fromBucketName(this, 'AssetsBucket', 'assets.cruddur.com');

    const upload = new lambda.Function(this, 'AvatarUpload', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
      code: lambda.Code.fromInline(uploadCode),
      environment: { UPLOADS_BUCKET_NAME: uploads.bucketName },
    });
    uploads.grantPut(upload, 'original/*');

    const authorizerFn = new lambda.Function(this, 'Authorizer', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(authorizerCode),
    });
    const authorizer = new authorizers.HttpLambdaAuthorizer('TokenAuthorizer', authorizerFn, {
      responseTypes: [authorizers.HttpLambdaResponseType.SIMPLE],
      identitySource: ['$request.header.Authorization'],
    });

    const api = new apigwv2.HttpApi(this, 'AvatarApi', {
      corsPreflight: {
        allowOrigins: ['https://cruddur.com'],
        allowMethods: [apigwv2.CorsHttpMethod.POST, apigwv2.CorsHttpMethod.OPTIONS],
        allowHeaders: ['authorization', 'content-type'],
      },
    });
    api.addRoutes({
      path: '/avatars/key_upload',
      methods: [apigwv2.HttpMethod.POST],
      integration: new integrations.HttpLambdaIntegration('UploadIntegration', upload),
      authorizer,
    });

    const zone = route53.HostedZone.fromHostedZoneAttributes(this, 'Zone', { hostedZoneId: 'Z0123456789CRUDDUR', zoneName: 'cruddur.com' });
    const cert = acm.Certificate.fromCertificateArn(this, 'AssetsCert', 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-cruddur');
    const cdn = new cloudfront.Distribution(this, 'AssetsCdn', {
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(assets),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      },
      domainNames: ['assets.cruddur.com'],
      certificate: cert,
    });
    new route53.ARecord(this, 'AssetsAlias', {
      zone,
      recordName: 'assets',
      target: route53.RecordTarget.fromAlias(new targets.CloudFrontTarget(cdn)),
    });

    new cdk.CfnOutput(this, 'ApiUrl', { value: api.apiEndpoint });
    new cdk.CfnOutput(this, 'AssetsDistributionId', { value: cdn.distributionId });
  }
}

const app = new cdk.App();
new AvatarApiStack(app, 'CruddurAvatarApiStack', { env: { account: '123456789012', region: 'us-east-1' } });
app.synth();
