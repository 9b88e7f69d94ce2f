// The serverless-sqs-lambda case on aws-cdk-lib 2.276.0: the same program
// as main.go, construct for construct.
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'OrdersStack');
const dlq = new sqs.Queue(stack, 'OrdersDlq', { retentionPeriod: cdk.Duration.days(14) });
const orders = new sqs.Queue(stack, 'Orders', {
  visibilityTimeout: cdk.Duration.seconds(180),
  deadLetterQueue: { queue: dlq, maxReceiveCount: 3 },
});
const shipped = new sqs.Queue(stack, 'Shipped');
const processor = new lambda.Function(stack, 'OrderProcessor', {
  runtime: lambda.Runtime.PYTHON_3_13,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('./handler'),
  timeout: cdk.Duration.seconds(30),
  memorySize: 256,
  environment: { SHIPPED_QUEUE_URL: shipped.queueUrl },
});
processor.addEventSource(new sources.SqsEventSource(orders, {
  batchSize: 10,
  maxBatchingWindow: cdk.Duration.seconds(5),
  reportBatchItemFailures: true,
}));
shipped.grantSendMessages(processor);
new cdk.CfnOutput(stack, 'OrdersQueueUrl', { value: orders.queueUrl });
app.synth();
