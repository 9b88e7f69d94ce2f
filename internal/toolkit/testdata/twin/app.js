// JavaScript twin of the e2e example app: a file-asset Lambda, an S3 bucket,
// an SQS queue and an SNS topic. VARIANT selects the version the toolkit, CLI and YAML
// tests read: "v1" first, "v2" a change to v1, "v3" v2 plus a queue that the
// test's fault proxy makes CloudFormation reject. Run by gen.sh; the
// assemblies it writes are committed so that `go test ./...` needs no npm.
const path = require('path');
const cdk = require(process.env.CDK_LIB || '/tmp/cdk/node_modules/aws-cdk-lib');
const s3 = cdk.aws_s3, sqs = cdk.aws_sqs, sns = cdk.aws_sns, subs = cdk.aws_sns_subscriptions, lambda = cdk.aws_lambda;

const variant = process.env.VARIANT || 'v1';
const app = new cdk.App();
const stack = new cdk.Stack(app, 'StrataE2EStack', { description: 'Strata end-to-end fixture' });

const bucket = new s3.Bucket(stack, 'Data', { removalPolicy: cdk.RemovalPolicy.DESTROY });
const queue = new sqs.Queue(stack, 'Jobs', {
  visibilityTimeout: cdk.Duration.seconds(variant === 'v1' ? 30 : 90),
});
const topic = new sns.Topic(stack, 'Events', { displayName: 'Strata events' });
topic.addSubscription(new subs.SqsSubscription(queue));

const fn = new lambda.Function(stack, 'Handler', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'handler')),
  environment: { BUCKET: bucket.bucketName, QUEUE_URL: queue.queueUrl },
});

if (variant !== 'v1') {
  new sqs.Queue(stack, 'Audit', { retentionPeriod: cdk.Duration.days(4) });
}
if (variant === 'v3') {
  new sqs.Queue(stack, 'Rejected', { fifo: true });
}

new cdk.CfnOutput(stack, 'BucketName', { value: bucket.bucketName });
new cdk.CfnOutput(stack, 'QueueUrl', { value: queue.queueUrl });
new cdk.CfnOutput(stack, 'TopicArn', { value: topic.topicArn });
new cdk.CfnOutput(stack, 'FunctionName', { value: fn.functionName });
app.synth();
