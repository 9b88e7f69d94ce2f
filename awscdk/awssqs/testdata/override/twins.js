// aws-cdk-lib 2.276.0 twins of the Go cases in ../../queue_override_test.go:
// a program's own queue class, extending the abstract QueueBase, for a
// queue made elsewhere. Each stack is one template case.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sqs = require('aws-cdk-lib/aws-sqs');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const app = new cdk.App();

// ExternalQueue is a queue owned by another team, described by its ARN,
// name and URL; the program decides whether it may create a policy.
class ExternalQueue extends sqs.QueueBase {
  constructor(scope, id, props, name, autoCreatePolicy, key) {
    super(scope, id, props);
    this.queueArn = cdk.Stack.of(this).formatArn({ service: 'sqs', resource: name });
    this.queueName = name;
    this.queueUrl = `https://sqs.eu-west-1.amazonaws.com/111111111111/${name}`;
    this.fifo = name.endsWith('.fifo');
    this.autoCreatePolicy = autoCreatePolicy;
    this.encryptionMasterKey = key;
    this.encryptionType = key ? sqs.QueueEncryption.KMS : undefined;
  }
}

{ // OverrideQueue: grants (with the program's key), an auto-created policy, metrics
  const s = new cdk.Stack(app, 'OverrideQueue');
  const key = new kms.Key(s, 'Key');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const q = new ExternalQueue(s, 'Ext', { physicalName: 'orders' }, 'orders', true, key);
  q.grantSendMessages(role);
  q.grantConsumeMessages(role);
  q.grantPurge(role);
  q.grant(role, 'sqs:TagQueue');
  q.grantSendMessages(new iam.AccountPrincipal('222222222222'));
  q.addToResourcePolicy(new iam.PolicyStatement({
    actions: ['sqs:SendMessage'], resources: [q.queueArn],
    principals: [new iam.ServicePrincipal('events.amazonaws.com')],
  }));
  new cloudwatch.Alarm(s, 'Backlog', {
    metric: q.metricApproximateNumberOfMessagesVisible(), threshold: 100, evaluationPeriods: 1,
  });
  new cdk.CfnOutput(s, 'Arn', { value: q.queueRef.queueArn });
  new cdk.CfnOutput(s, 'Url', { value: q.queueRef.queueUrl });
  new cdk.CfnOutput(s, 'Physical', { value: q.physicalName });
}

{ // OverrideQueueNoPolicy: no policy may be created, no key: a FIFO queue
  const s = new cdk.Stack(app, 'OverrideQueueNoPolicy');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const q = new ExternalQueue(s, 'Ext', undefined, 'jobs.fifo', false, undefined);
  q.grantConsumeMessages(role);
  const r = q.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'], principals: [new iam.AnyPrincipal()] }));
  const k = q.grantOnKey(role, 'kms:Decrypt');
  new cdk.CfnOutput(s, 'Added', { value: String(r.statementAdded) });
  new cdk.CfnOutput(s, 'KeyGrant', { value: String(k.grant === undefined) });
  new cdk.CfnOutput(s, 'Fifo', { value: String(q.fifo) });
}

app.synth();
