// aws-cdk-lib 2.276.0 twins of the Go cases in stream_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const app = new cdk.App();

function role(s, id) {
  return new iam.Role(s, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
}

{ // Default: the default stream and every prop
  const s = new cdk.Stack(app, 'Default');
  const d = new kinesis.Stream(s, 'Stream');
  new kinesis.Stream(s, 'Second');
  const n = new kinesis.Stream(s, 'Named', {
    streamName: 'my-stream',
    retentionPeriod: cdk.Duration.days(7),
    shardCount: 3,
    encryption: kinesis.StreamEncryption.MANAGED,
    shardLevelMetrics: [kinesis.ShardLevelMetrics.INCOMING_BYTES, kinesis.ShardLevelMetrics.ITERATOR_AGE_MILLISECONDS],
    removalPolicy: cdk.RemovalPolicy.DESTROY,
  });
  new kinesis.Stream(s, 'OnDemand', { streamMode: kinesis.StreamMode.ON_DEMAND, encryption: kinesis.StreamEncryption.UNENCRYPTED });
  new kinesis.Stream(s, 'Provisioned', { streamMode: kinesis.StreamMode.PROVISIONED, shardLevelMetrics: [kinesis.ShardLevelMetrics.ALL] });
  new cdk.CfnOutput(s, 'Arn', { value: d.streamArn });
  new cdk.CfnOutput(s, 'Name', { value: d.streamName });
  new cdk.CfnOutput(s, 'NamedArn', { value: n.streamArn });
}

{ // Kms: created and given keys, and the grants that reach them
  const s = new cdk.Stack(app, 'Kms');
  const created = new kinesis.Stream(s, 'Created', { encryption: kinesis.StreamEncryption.KMS });
  const key = new kms.Key(s, 'MyKey');
  const given = new kinesis.Stream(s, 'Given', { encryptionKey: key });
  created.grantRead(role(s, 'Reader'));
  created.grantWrite(role(s, 'Writer'));
  given.grantReadWrite(role(s, 'Both'));
  given.grant(role(s, 'Custom'), 'kinesis:DescribeStream');
}

{ // Imports: by ARN and by attributes with a key
  const s = new cdk.Stack(app, 'Imports');
  const a = kinesis.Stream.fromStreamArn(s, 'ByArn', 'arn:aws:kinesis:us-east-1:111111111111:stream/other');
  const key = kms.Key.fromKeyArn(s, 'Key', 'arn:aws:kms:us-east-1:111111111111:key/abc');
  const b = kinesis.Stream.fromStreamAttributes(s, 'ByAttrs', { streamArn: 'arn:aws:kinesis:us-east-1:111111111111:stream/enc', encryptionKey: key });
  a.grantRead(role(s, 'Reader'));
  b.grantWrite(role(s, 'Writer'));
  new cdk.CfnOutput(s, 'Name', { value: a.streamName });
  new cdk.CfnOutput(s, 'AddPolicy', { value: String(a.addToResourcePolicy(new iam.PolicyStatement({ actions: ['kinesis:GetRecords'], resources: ['*'], principals: [new iam.AnyPrincipal()] })).statementAdded) });
}

{ // Consumer: a consumer, its grants, an imported consumer
  const s = new cdk.Stack(app, 'Consumer');
  const st = new kinesis.Stream(s, 'Stream');
  const c = new kinesis.StreamConsumer(s, 'Consumer', { stream: st, streamConsumerName: 'my-consumer' });
  c.grantRead(role(s, 'Reader'));
  const imp = kinesis.StreamConsumer.fromStreamConsumerArn(s, 'Imported', 'arn:aws:kinesis:us-east-1:111111111111:stream/other/consumer/theirs:1700000000');
  imp.grantRead(role(s, 'ImportReader'));
  new cdk.CfnOutput(s, 'Arn', { value: c.streamConsumerArn });
  new cdk.CfnOutput(s, 'Name', { value: c.streamConsumerName });
  new cdk.CfnOutput(s, 'ImpName', { value: imp.streamConsumerName });
  new cdk.CfnOutput(s, 'ImpStream', { value: imp.stream.streamArn });
}

{ // Policy: resource policies on a stream and a consumer, cross-account grants
  const s = new cdk.Stack(app, 'Policy');
  const st = new kinesis.Stream(s, 'Stream');
  st.addToResourcePolicy(new iam.PolicyStatement({ actions: ['kinesis:GetRecords'], resources: [st.streamArn], principals: [new iam.AccountPrincipal('222222222222')] }));
  st.grantRead(new iam.AccountPrincipal('333333333333'));
  st.grantWrite(new iam.AccountPrincipal('444444444444'));
  const c = new kinesis.StreamConsumer(s, 'Consumer', { stream: st, streamConsumerName: 'c' });
  c.grant(new iam.AccountPrincipal('555555555555'), 'kinesis:SubscribeToShard');
  const other = new kinesis.Stream(s, 'Other');
  new kinesis.ResourcePolicy(s, 'Explicit', {
    stream: other,
    policyDocument: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['kinesis:PutRecord'], resources: [other.streamArn], principals: [new iam.AccountPrincipal('666666666666')] })] }),
  });
}

{ // Metrics: the canned metrics, through alarms
  const s = new cdk.Stack(app, 'Metrics');
  const st = new kinesis.Stream(s, 'Stream');
  const ms = {
    Metric: st.metric('Custom', { statistic: 'Sum' }),
    GetRecords: st.metricGetRecords(), GetRecordsBytes: st.metricGetRecordsBytes(),
    IteratorAge: st.metricGetRecordsIteratorAgeMilliseconds(), GetRecordsLatency: st.metricGetRecordsLatency(),
    GetRecordsSuccess: st.metricGetRecordsSuccess(), IncomingBytes: st.metricIncomingBytes({ period: cdk.Duration.minutes(1) }),
    IncomingRecords: st.metricIncomingRecords(), PutRecordBytes: st.metricPutRecordBytes(),
    PutRecordLatency: st.metricPutRecordLatency(), PutRecordsBytes: st.metricPutRecordsBytes(),
    PutRecordsFailed: st.metricPutRecordsFailedRecords(), PutRecordsLatency: st.metricPutRecordsLatency(),
    PutRecordsSuccess: st.metricPutRecordsSuccess(), PutRecordsSuccessful: st.metricPutRecordsSuccessfulRecords(),
    PutRecordsThrottled: st.metricPutRecordsThrottledRecords(), PutRecordsTotal: st.metricPutRecordsTotalRecords(),
    PutRecordSuccess: st.metricPutRecordSuccess(), ReadExceeded: st.metricReadProvisionedThroughputExceeded(),
    WriteExceeded: st.metricWriteProvisionedThroughputExceeded(),
  };
  for (const [id, m] of Object.entries(ms)) {
    new cloudwatch.Alarm(s, id, { metric: m, threshold: 1, evaluationPeriods: 1 });
  }
}

const errors = {
  OnDemandShards: (s) => new kinesis.Stream(s, 'St', { streamMode: kinesis.StreamMode.ON_DEMAND, shardCount: 2 }),
  Retention: (s) => new kinesis.Stream(s, 'St', { retentionPeriod: cdk.Duration.hours(12) }),
  AllAndOthers: (s) => new kinesis.Stream(s, 'St', { shardLevelMetrics: [kinesis.ShardLevelMetrics.ALL, kinesis.ShardLevelMetrics.INCOMING_BYTES] }),
  Duplicates: (s) => new kinesis.Stream(s, 'St', { shardLevelMetrics: [kinesis.ShardLevelMetrics.INCOMING_BYTES, kinesis.ShardLevelMetrics.INCOMING_BYTES] }),
  KeyNotKms: (s) => new kinesis.Stream(s, 'St', { encryption: kinesis.StreamEncryption.UNENCRYPTED, encryptionKey: new kms.Key(s, 'K') }),
  PolicyBoth: (s) => {
    const st = new kinesis.Stream(s, 'St');
    new kinesis.ResourcePolicy(s, 'P', { stream: st, streamConsumer: new kinesis.StreamConsumer(s, 'C', { stream: st, streamConsumerName: 'c' }) });
  },
  PolicyNone: (s) => new kinesis.ResourcePolicy(s, 'P', {}),
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
