// aws-cdk-lib 2.276.0 twins of the Go cases in subscriptions_test.go. Each
// stack is one template case; each entry of `errors` one bad-input case.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const sqs = require('aws-cdk-lib/aws-sqs');
const lambda = require('aws-cdk-lib/aws-lambda');
const app = new cdk.App();

{ // SampleApp: what `cdk init sample-app --language=go` builds
  const s = new cdk.Stack(app, 'SampleApp');
  const queue = new sqs.Queue(s, 'CdkSampleQueue', { visibilityTimeout: cdk.Duration.seconds(300) });
  const topic = new sns.Topic(s, 'CdkSampleTopic', {});
  topic.addSubscription(new subs.SqsSubscription(queue, {}));
}

{ // Endpoints: email, email-json, SMS, URL (http, https, token), filters, DLQ
  const s = new cdk.Stack(app, 'Endpoints');
  const topic = new sns.Topic(s, 'Topic');
  const dlq = new sqs.Queue(s, 'DLQ');
  topic.addSubscription(new subs.EmailSubscription('ops@example.com'));
  topic.addSubscription(new subs.EmailSubscription('json@example.com', {
    json: true, deadLetterQueue: dlq,
    filterPolicy: { kind: sns.SubscriptionFilter.stringFilter({ allowlist: ['alarm'] }) },
  }));
  topic.addSubscription(new subs.SmsSubscription('+15555550100'));
  topic.addSubscription(new subs.UrlSubscription('https://example.com/hook', { rawMessageDelivery: true }));
  topic.addSubscription(new subs.UrlSubscription('http://example.com/plain', {
    deliveryPolicy: { throttlePolicy: { maxReceivesPerSecond: 5 } },
  }));
  const p = new cdk.CfnParameter(s, 'Url');
  topic.addSubscription(new subs.UrlSubscription(p.valueAsString, { protocol: sns.SubscriptionProtocol.HTTPS }));
  topic.addSubscription(new subs.UrlSubscription(cdk.Fn.join('', ['https://', p.valueAsString]), { protocol: sns.SubscriptionProtocol.HTTPS }));
}

{ // Queues: raw delivery, encrypted queue (key policy under the init flags), imported topic, filters
  const s = new cdk.Stack(app, 'Queues');
  const topic = new sns.Topic(s, 'Topic');
  const plain = new sqs.Queue(s, 'Plain');
  topic.addSubscription(new subs.SqsSubscription(plain, { rawMessageDelivery: true,
    filterPolicyWithMessageBody: { color: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.stringFilter({ denylist: ['red'] })) } }));
  const enc = new sqs.Queue(s, 'Encrypted', { encryption: sqs.QueueEncryption.KMS });
  topic.addSubscription(new subs.SqsSubscription(enc));
  const key = new kms.Key(s, 'Key');
  const byKey = new sqs.Queue(s, 'ByKey', { encryptionMasterKey: key });
  topic.addSubscription(new subs.SqsSubscription(byKey));
  const imported = sns.Topic.fromTopicArn(s, 'Imported', 'arn:aws:sns:eu-west-1:111111111111:remote');
  imported.addSubscription(new subs.SqsSubscription(plain));
  const fifo = new sns.Topic(s, 'FifoTopic', { fifo: true });
  const fq = new sqs.Queue(s, 'FifoQueue', { fifo: true });
  fifo.addSubscription(new subs.SqsSubscription(fq));
}

// CrossStack*: topic in one stack, queue in another (stack dependency)
{
  const a = new cdk.Stack(app, 'CrossStackTopic');
  const b = new cdk.Stack(app, 'CrossStackQueue');
  const topic = new sns.Topic(a, 'Topic');
  const queue = new sqs.Queue(b, 'Queue');
  topic.addSubscription(new subs.SqsSubscription(queue));
}

// CrossRegion*: topic in an opt-in region, queue elsewhere
{
  const a = new cdk.Stack(app, 'CrossRegionTopic', { env: { account: '111111111111', region: 'ap-east-1' } });
  const b = new cdk.Stack(app, 'CrossRegionQueue', { env: { account: '111111111111', region: 'us-east-1' } });
  const topic = new sns.Topic(a, 'Topic', { topicName: 'remote-topic' });
  const queue = new sqs.Queue(b, 'Queue', { queueName: 'local-queue' });
  topic.addSubscription(new subs.SqsSubscription(queue));
}

{ // Lambdas: a function, a singleton function and an imported function subscribed
  const s = new cdk.Stack(app, 'Lambdas');
  const topic = new sns.Topic(s, 'Topic');
  const code = lambda.Code.fromInline('exports.handler = async () => {};');
  const fn = new lambda.Function(s, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code });
  topic.addSubscription(new subs.LambdaSubscription(fn, {
    deadLetterQueue: new sqs.Queue(s, 'DLQ'),
    filterPolicy: { size: sns.SubscriptionFilter.numericFilter({ greaterThan: 10 }) },
  }));
  const single = new lambda.SingletonFunction(s, 'Single', { uuid: 'abc-123', runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code });
  topic.addSubscription(new subs.LambdaSubscription(single));
  const imported = lambda.Function.fromFunctionArn(s, 'Imported', 'arn:aws:lambda:us-east-1:123456789012:function:elsewhere');
  topic.addSubscription(new subs.LambdaSubscription(imported));
  const remote = sns.Topic.fromTopicArn(s, 'Remote', 'arn:aws:sns:eu-west-1:123456789012:remote');
  remote.addSubscription(new subs.LambdaSubscription(fn));
}

{ // Firehose: delivery streams subscribed (the shared subscription role, a given role, an imported stream)
  const firehose = require('aws-cdk-lib/aws-kinesisfirehose');
  const s3 = require('aws-cdk-lib/aws-s3');
  const s = new cdk.Stack(app, 'Firehose');
  const topic = new sns.Topic(s, 'Topic');
  const other = new sns.Topic(s, 'Other');
  const ds = new firehose.DeliveryStream(s, 'Stream', { destination: new firehose.S3Bucket(new s3.Bucket(s, 'Bucket')) });
  topic.addSubscription(new subs.FirehoseSubscription(ds));
  other.addSubscription(new subs.FirehoseSubscription(ds, { rawMessageDelivery: true }));
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
  const imported = firehose.DeliveryStream.fromDeliveryStreamArn(s, 'Imported', 'arn:aws:firehose:us-east-1:111111111111:deliverystream/imported');
  topic.addSubscription(new subs.FirehoseSubscription(imported, {
    role, rawMessageDelivery: false, deadLetterQueue: new sqs.Queue(s, 'Dlq'),
    filterPolicy: { color: sns.SubscriptionFilter.stringFilter({ allowlist: ['red'] }) },
  }));
}

// CrossRegionFirehose*: topic in an opt-in region, delivery stream elsewhere
{
  const firehose = require('aws-cdk-lib/aws-kinesisfirehose');
  const s3 = require('aws-cdk-lib/aws-s3');
  const a = new cdk.Stack(app, 'CrossRegionFirehoseTopic', { env: { account: '111111111111', region: 'ap-east-1' } });
  const b = new cdk.Stack(app, 'CrossRegionFirehoseStream', { env: { account: '111111111111', region: 'us-east-1' } });
  const topic = new sns.Topic(a, 'Topic', { topicName: 'remote-topic' });
  const ds = new firehose.DeliveryStream(b, 'Stream', { destination: new firehose.S3Bucket(new s3.Bucket(b, 'Bucket')) });
  topic.addSubscription(new subs.FirehoseSubscription(ds));
}

const errors = {
  UrlScheme: (s) => new subs.UrlSubscription('ftp://example.com'),
  UrlTokenWithoutProtocol: (s) => new subs.UrlSubscription(new cdk.CfnParameter(s, 'P').valueAsString),
  KmsManagedQueue: (s) => new sns.Topic(s, 'T').addSubscription(new subs.SqsSubscription(new sqs.Queue(s, 'Q', { encryption: sqs.QueueEncryption.KMS_MANAGED }))),
  KmsManagedDeadLetter: (s) => new sns.Topic(s, 'T').addSubscription(new subs.SqsSubscription(new sqs.Queue(s, 'Q'), { deadLetterQueue: new sqs.Queue(s, 'D', { encryption: sqs.QueueEncryption.KMS_MANAGED }) })),
  SameQueueTwice: (s) => { const t = new sns.Topic(s, 'T'); const q = new sqs.Queue(s, 'Q'); t.addSubscription(new subs.SqsSubscription(q)); t.addSubscription(new subs.SqsSubscription(q)); },
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const s = new cdk.Stack(new cdk.App({ autoSynth: false }), 'S');
  try {
    build(s);
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
app.synth();
