// aws-cdk-lib 2.276.0 twins of the Go cases in sources_test.go. Each stack
// is one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const app = new cdk.App();

const fn = (s, id, props) => new lambda.Function(s, id, {
  runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async (e) => e;'), ...props,
});

{ // Sqs: a queue source with defaults, one with every option, one through addEventSourceMapping
  const s = new cdk.Stack(app, 'Sqs');
  const queue = new sqs.Queue(s, 'Queue');
  const other = new sqs.Queue(s, 'Other');
  const consumer = fn(s, 'Consumer', { events: [new sources.SqsEventSource(queue)] });
  const src = new sources.SqsEventSource(other, {
    batchSize: 100, enabled: false, maxBatchingWindow: cdk.Duration.seconds(20), maxConcurrency: 5,
    reportBatchItemFailures: true, metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT] },
    filters: [lambda.FilterCriteria.filter({ body: { status: ['done'] } })],
  });
  consumer.addEventSource(src);
  new cdk.CfnOutput(s, 'MappingId', { value: src.eventSourceMappingId });
  new cdk.CfnOutput(s, 'MappingArn', { value: src.eventSourceMappingArn });
  const stream = new lambda.EventSourceMapping(s, 'Stream', {
    target: consumer, eventSourceArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/s',
    startingPosition: lambda.StartingPosition.TRIM_HORIZON, bisectBatchOnError: true, maxRecordAge: cdk.Duration.hours(1),
    retryAttempts: 3, parallelizationFactor: 2, tumblingWindow: cdk.Duration.minutes(1), logLevel: lambda.EventSourceMappingLogLevel.WARN,
  });
  new cdk.CfnOutput(s, 'StreamArn', { value: stream.eventSourceMappingArn });
}

{ // SnsAndS3: a topic subscription with a dead-letter queue, bucket notifications with filters
  const s = new cdk.Stack(app, 'SnsAndS3');
  const topic = new sns.Topic(s, 'Topic');
  const bucket = new s3.Bucket(s, 'Bucket');
  const f = fn(s, 'Fn');
  f.addEventSource(new sources.SnsEventSource(topic, { deadLetterQueue: new sqs.Queue(s, 'Dlq') }));
  f.addEventSource(new sources.S3EventSource(bucket, {
    events: [s3.EventType.OBJECT_CREATED, s3.EventType.OBJECT_REMOVED],
    filters: [{ prefix: 'uploads/', suffix: '.jpg' }],
  }));
}

const errors = {
  BatchTooLarge: (s) => fn(s, 'F', { events: [new sources.SqsEventSource(new sqs.Queue(s, 'Q'), { batchSize: 11 })] }),
  FifoBatchingWindow: (s) => new sources.SqsEventSource(new sqs.Queue(s, 'Q', { fifo: true }), { maxBatchingWindow: cdk.Duration.seconds(1) }),
  MappingWithoutSource: (s) => new lambda.EventSourceMapping(s, 'M', { target: fn(s, 'F') }),
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const eapp = new cdk.App({ autoSynth: false, context: JSON.parse(process.env.CDK_CONTEXT_JSON || '{}') });
  const s = new cdk.Stack(eapp, 'S');
  try {
    build(s);
    eapp.synth();
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
app.synth();
console.log(JSON.stringify(out, null, 2));
