// aws-cdk-lib 2.276.0 twins of the Go cases in queue_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sqs = require('aws-cdk-lib/aws-sqs');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const app = new cdk.App();

{ // Default: the hello-world queue
  const s = new cdk.Stack(app, 'Default');
  new sqs.Queue(s, 'Queue');
  new sqs.Queue(s, 'HelloQueue', { visibilityTimeout: cdk.Duration.seconds(300) });
}

{ // AllProps: every numeric prop, a name, a DLQ, RETAIN, enforceSSL
  const s = new cdk.Stack(app, 'AllProps');
  const dlq = new sqs.Queue(s, 'DLQ', { retentionPeriod: cdk.Duration.days(14) });
  const q = new sqs.Queue(s, 'Queue', {
    queueName: 'my-queue',
    deliveryDelay: cdk.Duration.seconds(10),
    maxMessageSizeBytes: 2048,
    retentionPeriod: cdk.Duration.days(4),
    receiveMessageWaitTime: cdk.Duration.seconds(20),
    visibilityTimeout: cdk.Duration.minutes(2),
    removalPolicy: cdk.RemovalPolicy.RETAIN,
    deadLetterQueue: { queue: dlq, maxReceiveCount: 5 },
    enforceSSL: true,
  });
  new sqs.Queue(s, 'Zero', { deliveryDelay: cdk.Duration.seconds(0), receiveMessageWaitTime: cdk.Duration.seconds(0) });
  new cdk.CfnOutput(s, 'Url', { value: q.queueUrl });
  new cdk.CfnOutput(s, 'Arn', { value: q.queueArn });
  new cdk.CfnOutput(s, 'Name', { value: q.queueName });
  new cdk.CfnOutput(s, 'Fifo', { value: String(q.fifo) });
}

{ // Fifo: explicit, inferred from the name, inferred from FIFO-only props
  const s = new cdk.Stack(app, 'Fifo');
  new sqs.Queue(s, 'Explicit', { fifo: true });
  new sqs.Queue(s, 'Named', { queueName: 'orders.fifo' });
  new sqs.Queue(s, 'Dedup', { contentBasedDeduplication: true });
  new sqs.Queue(s, 'HighThroughput', {
    fifo: true,
    deduplicationScope: sqs.DeduplicationScope.MESSAGE_GROUP,
    fifoThroughputLimit: sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
  });
  new sqs.Queue(s, 'PerQueue', { deduplicationScope: sqs.DeduplicationScope.QUEUE, fifoThroughputLimit: sqs.FifoThroughputLimit.PER_QUEUE, contentBasedDeduplication: false });
  new sqs.Queue(s, 'NotFifo', { fifo: false, queueName: 'plain' });
}

{ // Encryption: every QueueEncryption, data key reuse, a given key
  const s = new cdk.Stack(app, 'Encryption');
  new sqs.Queue(s, 'Unencrypted', { encryption: sqs.QueueEncryption.UNENCRYPTED });
  new sqs.Queue(s, 'SqsManaged', { encryption: sqs.QueueEncryption.SQS_MANAGED });
  new sqs.Queue(s, 'KmsManaged', { encryption: sqs.QueueEncryption.KMS_MANAGED, dataKeyReuse: cdk.Duration.minutes(10) });
  const created = new sqs.Queue(s, 'Kms', { encryption: sqs.QueueEncryption.KMS });
  const key = new kms.Key(s, 'MyKey');
  const given = new sqs.Queue(s, 'GivenKey', { encryptionMasterKey: key, dataKeyReuse: cdk.Duration.hours(1) });
  const changed = new sqs.Queue(s, 'Changed', { encryption: sqs.QueueEncryption.KMS_MANAGED, encryptionMasterKey: key });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  created.grantConsumeMessages(role);
  given.grantSendMessages(role);
  changed.grantPurge(role);
}

{ // Redrive: redrive allow policies
  const s = new cdk.Stack(app, 'Redrive');
  const src = new sqs.Queue(s, 'Source');
  new sqs.Queue(s, 'ByQueue', { redriveAllowPolicy: { sourceQueues: [src] } });
  new sqs.Queue(s, 'AllowAll', { redriveAllowPolicy: {} });
  new sqs.Queue(s, 'DenyAll', { redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.DENY_ALL } });
  new sqs.Queue(s, 'ByQueueExplicit', { redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.BY_QUEUE, sourceQueues: [src] } });
}

{ // Grants: identity grants, a cross-account grant through the queue policy, imported queues
  const s = new cdk.Stack(app, 'Grants', { env: { account: '111111111111', region: 'us-east-1' } });
  const q = new sqs.Queue(s, 'Queue');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  q.grantSendMessages(role);
  q.grantConsumeMessages(role);
  q.grantPurge(role);
  q.grant(role, 'sqs:ListQueueTags', 'sqs:TagQueue');
  q.grantSendMessages(new iam.AccountPrincipal('222222222222'));
  q.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [q.queueArn], principals: [new iam.ServicePrincipal('events.amazonaws.com')] }));
  const byArn = sqs.Queue.fromQueueArn(s, 'ByArn', 'arn:aws:sqs:eu-west-1:333333333333:other.fifo');
  byArn.grantSendMessages(role);
  const r = byArn.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'], principals: [new iam.AnyPrincipal()] }));
  const byAttrs = sqs.Queue.fromQueueAttributes(s, 'ByAttrs', {
    queueArn: 'arn:aws:sqs:us-east-1:111111111111:enc',
    keyArn: 'arn:aws:kms:us-east-1:111111111111:key/1234',
  });
  byAttrs.grantConsumeMessages(role);
  const p = new cdk.CfnParameter(s, 'QueueArn');
  const byToken = sqs.Queue.fromQueueArn(s, 'ByToken', p.valueAsString);
  byToken.grantPurge(role);
  for (const [id, iq] of [['ByArn', byArn], ['ByAttrs', byAttrs], ['ByToken', byToken]]) {
    new cdk.CfnOutput(s, id + 'Url', { value: iq.queueUrl });
    new cdk.CfnOutput(s, id + 'Name', { value: iq.queueName });
    new cdk.CfnOutput(s, id + 'Info', { value: `${iq.fifo}|${iq.encryptionType}|${iq.env.account}|${iq.env.region}` });
  }
  new cdk.CfnOutput(s, 'Added', { value: String(r.statementAdded) });
}

{ // Policy: a QueuePolicy of two queues
  const s = new cdk.Stack(app, 'Policy');
  const a = new sqs.Queue(s, 'A');
  const b = new sqs.Queue(s, 'B');
  const p = new sqs.QueuePolicy(s, 'Shared', { queues: [a, b] });
  p.document.addStatements(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [a.queueArn, b.queueArn], principals: [new iam.ServicePrincipal('sns.amazonaws.com')] }));
}

{ // Metrics: every canned metric in an alarm, options over the defaults, an imported queue
// (the outstanding expression is left out: aws-cdk-lib renders its usingMetrics in insertion
// order, visible first, and awscloudwatch's Go map has none; see queue_metrics_test.go)
  const s = new cdk.Stack(app, 'Metrics');
  const q = new sqs.Queue(s, 'Queue');
  const imported = sqs.Queue.fromQueueArn(s, 'Imported', 'arn:aws:sqs:us-east-1:111111111111:other');
  const alarm = (id, m) => new cloudwatch.Alarm(s, id, { metric: m, threshold: 1, evaluationPeriods: 1 });
  alarm('Age', q.metricApproximateAgeOfOldestMessage());
  alarm('Delayed', q.metricApproximateNumberOfMessagesDelayed());
  alarm('NotVisible', q.metricApproximateNumberOfMessagesNotVisible());
  alarm('Visible', q.metricApproximateNumberOfMessagesVisible({ period: cdk.Duration.minutes(1), statistic: 'Average' }));
  alarm('Empty', q.metricNumberOfEmptyReceives());
  alarm('Deleted', q.metricNumberOfMessagesDeleted());
  alarm('Received', q.metricNumberOfMessagesReceived());
  alarm('Sent', q.metricNumberOfMessagesSent({ label: 'sent', dimensionsMap: { QueueName: 'x', Extra: 'y' } }));
  alarm('Size', q.metricSentMessageSize());
  alarm('Custom', q.metric('Custom', { unit: cloudwatch.Unit.COUNT }));
  alarm('ImportedSent', imported.metricNumberOfMessagesSent());
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  FifoNameWithoutSuffix: (s) => new sqs.Queue(s, 'Q', { fifo: true, queueName: 'orders' }),
  NonFifoNameWithSuffix: (s) => new sqs.Queue(s, 'Q', { fifo: false, queueName: 'orders.fifo' }),
  DedupWithoutFifo: (s) => new sqs.Queue(s, 'Q', { fifo: false, contentBasedDeduplication: true }),
  ScopeWithoutFifo: (s) => new sqs.Queue(s, 'Q', { fifo: false, deduplicationScope: sqs.DeduplicationScope.QUEUE }),
  LimitWithoutFifo: (s) => new sqs.Queue(s, 'Q', { fifo: false, fifoThroughputLimit: sqs.FifoThroughputLimit.PER_QUEUE }),
  Ranges: (s) => new sqs.Queue(s, 'Q', {
    deliveryDelay: cdk.Duration.seconds(901), maxMessageSizeBytes: 100, retentionPeriod: cdk.Duration.seconds(59),
    receiveMessageWaitTime: cdk.Duration.seconds(21), visibilityTimeout: cdk.Duration.hours(13),
  }),
  DeadLetterCount: (s) => new sqs.Queue(s, 'Q', { deadLetterQueue: { queue: new sqs.Queue(s, 'D'), maxReceiveCount: 0 } }),
  ByQueueWithoutSources: (s) => new sqs.Queue(s, 'Q', { redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.BY_QUEUE } }),
  TooManySources: (s) => {
    const src = [];
    for (let i = 0; i < 11; i++) src.push(new sqs.Queue(s, 'S' + i));
    new sqs.Queue(s, 'Q', { redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.BY_QUEUE, sourceQueues: src } });
  },
  SourcesWithDenyAll: (s) => new sqs.Queue(s, 'Q', { redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.DENY_ALL, sourceQueues: [new sqs.Queue(s, 'S')] } }),
  SqsManagedWithKey: (s) => new sqs.Queue(s, 'Q', { encryption: sqs.QueueEncryption.SQS_MANAGED, encryptionMasterKey: new kms.Key(s, 'K') }),
  ImportFifoMismatch: (s) => sqs.Queue.fromQueueAttributes(s, 'Q', { queueArn: 'arn:aws:sqs:us-east-1:111111111111:plain', fifo: true }),
  QueuePolicyId: (s) => new sqs.QueuePolicy(s, 'Q', { queues: [] }).queuePolicyId,
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
