// JavaScript twin for the diff goldens: "k1" a queue subscribed to a topic,
// a function reading the queue and an output; "k2" names the queue (which
// replaces it, and with it the subscription that points at it), changes the
// function's code and memory, tags the topic and adds an output.
const cdk = require(process.env.CDK_LIB || '/tmp/cdk/node_modules/aws-cdk-lib');
const sqs = cdk.aws_sqs, sns = cdk.aws_sns, subs = cdk.aws_sns_subscriptions, lambda = cdk.aws_lambda;

const v = process.env.VARIANT || 'k1';
const app = new cdk.App();
const stack = new cdk.Stack(app, 'KnockOnStack');
const queue = new sqs.Queue(stack, 'Jobs', v === 'k2' ? { queueName: 'strata-jobs' } : {});
const topic = new sns.Topic(stack, 'Events');
topic.addSubscription(new subs.SqsSubscription(queue));
if (v === 'k2') cdk.Tags.of(topic).add('team', 'blue');
new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline(v === 'k2' ? 'exports.handler = async () => 2;' : 'exports.handler = async () => 1;'),
  memorySize: v === 'k2' ? 256 : 128,
  environment: { QUEUE_URL: queue.queueUrl },
});
new cdk.CfnOutput(stack, 'QueueUrl', { value: queue.queueUrl });
if (v === 'k2') new cdk.CfnOutput(stack, 'Greeting', { value: 'hello <world>' });
app.synth();
