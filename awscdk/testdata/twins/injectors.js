// Twin of injectors_test.go: property injectors on the App, a Stack and a
// construct; the nearest one for a class wins, the program's props are
// what the injector starts from.
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const logs = require('aws-cdk-lib/aws-logs');
const lambda = require('aws-cdk-lib/aws-lambda');
const { Construct } = require('constructs');
const path = require('path');
const fs = require('fs');
const ctx = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cdk-init-context.json'), 'utf8'));
const inj = (id, f) => ({ constructUniqueId: id, inject: (props, context) => f(props ?? {}, context) });
const app = new cdk.App({ outdir: process.env.CDK_OUTDIR, context: ctx, propertyInjectors: [
  inj(s3.Bucket.PROPERTY_INJECTION_ID, (p) => ({ blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL, enforceSSL: true, ...p })),
  inj(sqs.Queue.PROPERTY_INJECTION_ID, (p) => ({ ...p, retentionPeriod: cdk.Duration.days(14) })),
] });
const s = new cdk.Stack(app, 'Injected', { propertyInjectors: [
  inj(sqs.Queue.PROPERTY_INJECTION_ID, (p, c) => ({ ...p, queueName: 'q-' + c.id })),
  inj(sns.Topic.PROPERTY_INJECTION_ID, (p) => ({ ...p, fifo: true })),
  inj(iam.Role.PROPERTY_INJECTION_ID, (p) => ({ ...p, maxSessionDuration: cdk.Duration.hours(2) })),
  inj(kms.Key.PROPERTY_INJECTION_ID, (p) => ({ enableKeyRotation: true, ...p })),
  inj(logs.LogGroup.PROPERTY_INJECTION_ID, (p) => ({ ...p, retention: logs.RetentionDays.ONE_WEEK })),
  inj(lambda.Function.PROPERTY_INJECTION_ID, (p) => ({ ...p, memorySize: 512 })),
] });
new s3.Bucket(s, 'Bucket');
new s3.Bucket(s, 'Versioned', { versioned: true, enforceSSL: false });
new sqs.Queue(s, 'Queue');
new sns.Topic(s, 'Topic');
new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
new kms.Key(s, 'Key');
new kms.Key(s, 'NoRotation', { enableKeyRotation: false });
new logs.LogGroup(s, 'Logs');
new lambda.Function(s, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;') });
const group = new Construct(s, 'Group');
cdk.PropertyInjectors.of(group).add(inj(sqs.Queue.PROPERTY_INJECTION_ID, (p) => ({ ...p, visibilityTimeout: cdk.Duration.minutes(5) })));
new sqs.Queue(group, 'Inner');
console.log(JSON.stringify({ has: cdk.PropertyInjectors.hasPropertyInjectors(group), classes: cdk.PropertyInjectors.of(s).supportedClasses() }));
app.synth();
