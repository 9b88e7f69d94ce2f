// aws-cdk-lib 2.276.0 twins of the Go cases in ../../topic_override_test.go:
// a program's own topic class, extending the abstract TopicBase, for a
// topic made elsewhere. Each stack is one template case.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const app = new cdk.App();

// ExternalTopic is a topic owned by another team, known by its name.
class ExternalTopic extends sns.TopicBase {
  constructor(scope, id, props, name, autoCreatePolicy, key) {
    super(scope, id, props);
    this.topicArn = cdk.Stack.of(this).formatArn({ service: 'sns', resource: name });
    this.topicName = name;
    this.fifo = name.endsWith('.fifo');
    this.contentBasedDeduplication = false;
    this.autoCreatePolicy = autoCreatePolicy;
    this.masterKey = key;
  }
}

{ // OverrideTopic: grants (with the program's key), subscriptions, an auto-created policy with SSL, metrics
  const s = new cdk.Stack(app, 'OverrideTopic');
  const key = new kms.Key(s, 'Key');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const t = new ExternalTopic(s, 'Ext', { physicalName: 'alerts' }, 'alerts', true, key);
  t.grantPublish(role);
  t.grantSubscribe(role);
  t.grantPublish(new iam.AccountPrincipal('222222222222'));
  t.addSubscription(new subs.SqsSubscription(new sqs.Queue(s, 'Inbox'), { rawMessageDelivery: true }));
  t.addSubscription({ bind: () => ({ subscriberId: 'Mail', endpoint: 'ops@example.com', protocol: sns.SubscriptionProtocol.EMAIL }) });
  t.addToResourcePolicy(new iam.PolicyStatement({
    actions: ['sns:Publish'], resources: [t.topicArn],
    principals: [new iam.ServicePrincipal('events.amazonaws.com')],
  }));
  t.addSSLPolicy();
  new cloudwatch.Alarm(s, 'Failed', { metric: t.metricNumberOfNotificationsFailed(), threshold: 1, evaluationPeriods: 1 });
  new cdk.CfnOutput(s, 'Arn', { value: t.topicRef.topicArn });
  new cdk.CfnOutput(s, 'Physical', { value: t.physicalName });
}

{ // OverrideTopicNoPolicy: no policy may be created, no key, FIFO
  const s = new cdk.Stack(app, 'OverrideTopicNoPolicy');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const t = new ExternalTopic(s, 'Ext', undefined, 'events.fifo', false, undefined);
  t.grantPublish(role);
  const r = t.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sns:*'], resources: ['*'], principals: [new iam.AnyPrincipal()] }));
  t.addSSLPolicy();
  new cdk.CfnOutput(s, 'Added', { value: String(r.statementAdded) });
  new cdk.CfnOutput(s, 'KeyGrant', { value: String(t.grantOnKey(role, 'kms:Decrypt').grant === undefined) });
  new cdk.CfnOutput(s, 'Fifo', { value: String(t.fifo) });
}

app.synth();
