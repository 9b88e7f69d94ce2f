// aws-cdk-lib 2.276.0 twins of the Go cases in topic_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const app = new cdk.App();

{ // Default: a plain topic and its attributes
  const s = new cdk.Stack(app, 'Default');
  const t = new sns.Topic(s, 'Topic');
  new cdk.CfnOutput(s, 'Arn', { value: t.topicArn });
  new cdk.CfnOutput(s, 'Name', { value: t.topicName });
}

{ // Props: every prop of Topic
  const s = new cdk.Stack(app, 'Props');
  const key = new kms.Key(s, 'Key');
  const role = new iam.Role(s, 'LogRole', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
  new sns.Topic(s, 'Named', {
    topicName: 'my-topic', displayName: 'My topic', masterKey: key, signatureVersion: '2',
    tracingConfig: sns.TracingConfig.ACTIVE, enforceSSL: true,
    loggingConfigs: [{ protocol: sns.LoggingProtocol.SQS, failureFeedbackRole: role, successFeedbackRole: role, successFeedbackSampleRate: 50 }],
  });
  const t = new sns.Topic(s, 'Logged', { tracingConfig: sns.TracingConfig.PASS_THROUGH });
  t.addLoggingConfig({ protocol: sns.LoggingProtocol.HTTP });
  t.addLoggingConfig({ protocol: sns.LoggingProtocol.LAMBDA, successFeedbackRole: role });
  new sns.Topic(s, 'Fifo', { fifo: true });
  new sns.Topic(s, 'FifoNamed', {
    fifo: true, topicName: 'orders', contentBasedDeduplication: true, messageRetentionPeriodInDays: 12,
    fifoThroughputScope: sns.FifoThroughputScope.MESSAGE_GROUP,
  });
  new sns.Topic(s, 'FifoSuffixed', { fifo: true, topicName: 'events.fifo', fifoThroughputScope: sns.FifoThroughputScope.TOPIC });
  new sns.Topic(s, 'NotFifo', { fifo: false });
}

{ // Policy: resource policies, grants, imports
  const s = new cdk.Stack(app, 'Policy', { env: { account: '111111111111', region: 'us-east-1' } });
  const t = new sns.Topic(s, 'Topic');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  t.grantPublish(role);
  t.grantSubscribe(role);
  t.grantPublish(new iam.AccountPrincipal('222222222222'));
  t.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [t.topicArn], principals: [new iam.ServicePrincipal('events.amazonaws.com')] }));
  const key = new kms.Key(s, 'Key');
  const enc = new sns.Topic(s, 'Encrypted', { masterKey: key });
  enc.grantPublish(role);
  const imp = sns.Topic.fromTopicArn(s, 'Imported', 'arn:aws:sns:eu-west-1:333333333333:other.fifo');
  imp.grantPublish(role);
  const r = imp.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'], principals: [new iam.AnyPrincipal()] }));
  const attrs = sns.Topic.fromTopicAttributes(s, 'ByAttrs', { topicArn: 'arn:aws:sns:us-east-1:111111111111:enc.fifo', keyArn: 'arn:aws:kms:us-east-1:111111111111:key/1234', contentBasedDeduplication: true });
  attrs.grantPublish(role);
  for (const [id, it] of [['Imported', imp], ['ByAttrs', attrs]]) {
    new cdk.CfnOutput(s, id + 'Name', { value: it.topicName });
    new cdk.CfnOutput(s, id + 'Info', { value: `${it.fifo}|${it.contentBasedDeduplication}|${it.env.account}|${it.env.region}` });
  }
  new cdk.CfnOutput(s, 'Added', { value: String(r.statementAdded) });
  const other = new sns.Topic(s, 'Other');
  new sns.TopicPolicy(s, 'Shared', { topics: [other, imp], enforceSSL: true });
  const doc = new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['sns:Subscribe'], resources: ['*'], principals: [new iam.AccountRootPrincipal()] })] });
  new sns.TopicPolicy(s, 'WithDoc', { topics: [other], policyDocument: doc });
}

{ // Subscriptions: Subscription with every option
  const s = new cdk.Stack(app, 'Subscriptions');
  const t = new sns.Topic(s, 'Topic');
  const dlq = new sqs.Queue(s, 'DLQ');
  new sns.Subscription(s, 'Email', { topic: t, protocol: sns.SubscriptionProtocol.EMAIL, endpoint: 'a@example.com' });
  new sns.Subscription(s, 'Http', {
    topic: t, protocol: sns.SubscriptionProtocol.HTTPS, endpoint: 'https://example.com/hook', rawMessageDelivery: true,
    deadLetterQueue: dlq, region: 'us-west-2',
    filterPolicy: {
      color: sns.SubscriptionFilter.stringFilter({ allowlist: ['red', 'blue'], denylist: ['green'], matchPrefixes: ['bl'], matchSuffixes: ['ue'] }),
      exists: sns.SubscriptionFilter.existsFilter(),
      gone: sns.SubscriptionFilter.notExistsFilter(),
      size: sns.SubscriptionFilter.numericFilter({ allowlist: [1, 2], greaterThan: 3, greaterThanOrEqualTo: 4, lessThan: 10, lessThanOrEqualTo: 9, between: { start: 5, stop: 6 }, betweenStrict: { start: 7, stop: 8 } }),
    },
    deliveryPolicy: {
      healthyRetryPolicy: { minDelayTarget: cdk.Duration.seconds(5), maxDelayTarget: cdk.Duration.seconds(10), numRetries: 6, numNoDelayRetries: 1, numMinDelayRetries: 2, numMaxDelayRetries: 3, backoffFunction: sns.BackoffFunction.EXPONENTIAL },
      throttlePolicy: { maxReceivesPerSecond: 10 },
      requestPolicy: { headerContentType: 'application/json' },
    },
  });
  new sns.Subscription(s, 'Defaults', { topic: t, protocol: sns.SubscriptionProtocol.HTTP, endpoint: 'http://example.com', deliveryPolicy: { healthyRetryPolicy: {} } });
  new sns.Subscription(s, 'Body', {
    topic: t, protocol: sns.SubscriptionProtocol.SQS, endpoint: dlq.queueArn,
    filterPolicyWithMessageBody: {
      background: sns.FilterOrPolicy.policy({ color: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.stringFilter({ allowlist: ['red'] })) }),
      price: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.numericFilter({ lessThan: 100 })),
    },
  });
  new sns.Subscription(s, 'Firehose', { topic: t, protocol: sns.SubscriptionProtocol.FIREHOSE, endpoint: 'arn:aws:firehose:us-east-1:111111111111:deliverystream/x', subscriptionRoleArn: 'arn:aws:iam::111111111111:role/r' });
}

{ // Metrics: every canned metric in an alarm, options over the defaults, an imported topic; a notification rule target
  const s = new cdk.Stack(app, 'Metrics');
  const t = new sns.Topic(s, 'Topic');
  const imported = sns.Topic.fromTopicArn(s, 'Imported', 'arn:aws:sns:us-east-1:111111111111:other');
  const alarm = (id, m) => new cloudwatch.Alarm(s, id, { metric: m, threshold: 1, evaluationPeriods: 1 });
  alarm('Size', t.metricPublishSize());
  alarm('Published', t.metricNumberOfMessagesPublished({ period: cdk.Duration.minutes(1) }));
  alarm('Delivered', t.metricNumberOfNotificationsDelivered());
  alarm('Failed', t.metricNumberOfNotificationsFailed({ statistic: 'Average', label: 'failed' }));
  alarm('Filtered', t.metricNumberOfNotificationsFilteredOut());
  alarm('NoAttrs', t.metricNumberOfNotificationsFilteredOutNoMessageAttributes());
  alarm('Invalid', t.metricNumberOfNotificationsFilteredOutInvalidAttributes());
  alarm('Spent', t.metricSMSMonthToDateSpentUSD());
  alarm('Success', t.metricSMSSuccessRate({ dimensionsMap: { TopicName: 'x' } }));
  alarm('Custom', t.metric('Custom', { unit: cloudwatch.Unit.BYTES }));
  alarm('ImportedPublished', imported.metricNumberOfMessagesPublished());
  const c = t.bindAsNotificationRuleTarget(s);
  new cdk.CfnOutput(s, 'Target', { value: c.targetType + '|' + c.targetAddress });
}

const errors = {
  ContentDedupNotFifo: (s) => new sns.Topic(s, 'T', { contentBasedDeduplication: true }),
  RetentionNotFifo: (s) => new sns.Topic(s, 'T', { messageRetentionPeriodInDays: 3 }),
  ScopeNotFifo: (s) => new sns.Topic(s, 'T', { fifoThroughputScope: sns.FifoThroughputScope.TOPIC }),
  RetentionRange: (s) => new sns.Topic(s, 'T', { fifo: true, messageRetentionPeriodInDays: 366 }),
  SignatureVersion: (s) => new sns.Topic(s, 'T', { signatureVersion: '3' }),
  DisplayNameLength: (s) => new sns.Topic(s, 'T', { displayName: 'x'.repeat(101) }),
  ImportDedupNotFifo: (s) => sns.Topic.fromTopicAttributes(s, 'T', { topicArn: 'arn:aws:sns:us-east-1:111111111111:plain', contentBasedDeduplication: true }),
  RawDeliveryEmail: (s) => new sns.Subscription(s, 'Sub', { topic: new sns.Topic(s, 'T'), protocol: sns.SubscriptionProtocol.EMAIL, endpoint: 'a@b.c', rawMessageDelivery: true }),
  TooManyAttributes: (s) => new sns.Subscription(s, 'Sub', {
    topic: new sns.Topic(s, 'T'), protocol: sns.SubscriptionProtocol.HTTPS, endpoint: 'https://x',
    filterPolicy: { a: sns.SubscriptionFilter.existsFilter(), b: sns.SubscriptionFilter.existsFilter(), c: sns.SubscriptionFilter.existsFilter(), d: sns.SubscriptionFilter.existsFilter(), e: sns.SubscriptionFilter.existsFilter(), f: sns.SubscriptionFilter.existsFilter() },
  }),
  TooManyCombinations: (s) => {
    const vals = []; for (let i = 0; i < 13; i++) vals.push('v' + i);
    new sns.Subscription(s, 'Sub', {
      topic: new sns.Topic(s, 'T'), protocol: sns.SubscriptionProtocol.HTTPS, endpoint: 'https://x',
      filterPolicy: { a: sns.SubscriptionFilter.stringFilter({ allowlist: vals }), b: sns.SubscriptionFilter.stringFilter({ allowlist: vals }) },
    });
  },
  FirehoseWithoutRole: (s) => new sns.Subscription(s, 'Sub', { topic: new sns.Topic(s, 'T'), protocol: sns.SubscriptionProtocol.FIREHOSE, endpoint: 'arn:aws:firehose:us-east-1:1:deliverystream/x' }),
  DeliveryPolicyOnSqs: (s) => new sns.Subscription(s, 'Sub', { topic: new sns.Topic(s, 'T'), protocol: sns.SubscriptionProtocol.SQS, endpoint: 'arn:aws:sqs:us-east-1:1:q', deliveryPolicy: {} }),
  MinDelayRange: (s) => new sns.Subscription(s, 'Sub', { topic: new sns.Topic(s, 'T'), protocol: sns.SubscriptionProtocol.HTTPS, endpoint: 'https://x', deliveryPolicy: { healthyRetryPolicy: { minDelayTarget: cdk.Duration.hours(2) } } }),
  MinExceedsMax: (s) => new sns.Subscription(s, 'Sub', { topic: new sns.Topic(s, 'T'), protocol: sns.SubscriptionProtocol.HTTPS, endpoint: 'https://x', deliveryPolicy: { healthyRetryPolicy: { minDelayTarget: cdk.Duration.seconds(30), maxDelayTarget: cdk.Duration.seconds(10) } } }),
  NumRetries: (s) => new sns.Subscription(s, 'Sub', { topic: new sns.Topic(s, 'T'), protocol: sns.SubscriptionProtocol.HTTPS, endpoint: 'https://x', deliveryPolicy: { healthyRetryPolicy: { numRetries: 101 } } }),
  Throttle: (s) => new sns.Subscription(s, 'Sub', { topic: new sns.Topic(s, 'T'), protocol: sns.SubscriptionProtocol.HTTPS, endpoint: 'https://x', deliveryPolicy: { throttlePolicy: { maxReceivesPerSecond: 0.5 } } }),
  SampleRate: (s) => new sns.Topic(s, 'T', { loggingConfigs: [{ protocol: sns.LoggingProtocol.SQS, successFeedbackSampleRate: 101 }] }),
  DuplicateSubscription: (s) => {
    const t = new sns.Topic(s, 'T');
    const sub = { bind: () => ({ subscriberId: 'Same', endpoint: 'a@b.c', protocol: sns.SubscriptionProtocol.EMAIL }) };
    t.addSubscription(sub);
    t.addSubscription(sub);
  },
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const s = new cdk.Stack(new cdk.App({ autoSynth: false }), 'S');
  try {
    build(s);
    s.node.root.synth();
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
app.synth();
