// The cruddur-thumbing case on aws-cdk-lib 2.276.0: the same program as
// main.go, construct for construct (the Go map of Lambda environment
// variables reaches aws-cdk-lib with its keys sorted, so they are sorted
// here too).
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3n = require('aws-cdk-lib/aws-s3-notifications');
const sns = require('aws-cdk-lib/aws-sns');
const subscriptions = require('aws-cdk-lib/aws-sns-subscriptions');

function setting(name, fallback) {
  return process.env[name] ?? fallback;
}

function keyFilters(prefix) {
  return prefix === '' ? [] : [{ prefix: prefix }];
}

class ThumbingServerlessCdkStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const uploadsBucketName = setting('UPLOADS_BUCKET_NAME', 'cruddur-uploaded-avatars');
    const assetsBucketName = setting('ASSETS_BUCKET_NAME', 'assets.cruddur.com');
    const folderInput = setting('THUMBING_S3_FOLDER_INPUT', 'original/');
    const folderOutput = setting('THUMBING_S3_FOLDER_OUTPUT', 'avatars');
    const webhookUrl = setting('THUMBING_WEBHOOK_URL', 'https://api.cruddur.com/webhooks/avatar');
    const topicName = setting('THUMBING_TOPIC_NAME', 'cruddur-assets');
    const functionPath = setting('THUMBING_FUNCTION_PATH', 'lambdas/process-images');

    const uploadsBucket = this.createBucket(uploadsBucketName);
    const assetsBucket = this.importBucket(assetsBucketName);

    const fn = this.createLambda(functionPath, assetsBucketName, folderInput, folderOutput);

    const snsTopic = this.createSnsTopic(topicName);
    this.createSnsSubscription(snsTopic, webhookUrl);

    this.createS3NotifyToLambda(folderInput, fn, uploadsBucket);
    this.createS3NotifyToSns(folderOutput, snsTopic, assetsBucket);

    fn.addToRolePolicy(this.createPolicyBucketAccess(uploadsBucket.bucketArn));
    fn.addToRolePolicy(this.createPolicyBucketAccess(assetsBucket.bucketArn));
  }

  createBucket(bucketName) {
    return new s3.Bucket(this, 'UploadsBucket', {
      bucketName: bucketName,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
  }

  importBucket(bucketName) {
    return s3.Bucket.fromBucketName(this, 'AssetsBucket', bucketName);
  }

  createLambda(functionPath, assetsBucketName, folderInput, folderOutput) {
    return new lambda.Function(this, 'ThumbLambda', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset(functionPath),
      environment: {
        DEST_BUCKET_NAME: assetsBucketName,
        FOLDER_INPUT: folderInput,
        FOLDER_OUTPUT: folderOutput,
        PROCESS_HEIGHT: '512',
        PROCESS_WIDTH: '512',
      },
    });
  }

  createS3NotifyToLambda(prefix, fn, bucket) {
    bucket.addEventNotification(s3.EventType.OBJECT_CREATED_PUT,
      new s3n.LambdaDestination(fn),
      ...keyFilters(prefix));
  }

  createPolicyBucketAccess(bucketArn) {
    return new iam.PolicyStatement({
      actions: [
        's3:GetObject',
        's3:PutObject',
      ],
      resources: [`${bucketArn}/*`],
    });
  }

  createSnsTopic(topicName) {
    return new sns.Topic(this, 'ThumbingTopic', {
      topicName: topicName,
    });
  }

  createSnsSubscription(snsTopic, webhookUrl) {
    return snsTopic.addSubscription(new subscriptions.UrlSubscription(webhookUrl));
  }

  createS3NotifyToSns(prefix, snsTopic, bucket) {
    bucket.addEventNotification(s3.EventType.OBJECT_CREATED_PUT,
      new s3n.SnsDestination(snsTopic),
      ...keyFilters(prefix));
  }
}

const app = new cdk.App();
new ThumbingServerlessCdkStack(app, 'ThumbingServerlessCdkStack', {
  env: { account: '123456789012', region: 'us-east-1' },
});
app.synth();
