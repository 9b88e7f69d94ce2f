// Twin of overrides_test.go: where raw overrides of properties the
// resource's schema knows land in the rendered Properties (aws-cdk-lib
// renders every schema key, unset ones as undefined, before merging).
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const s3 = require('aws-cdk-lib/aws-s3');
const path = require('path');
const fs = require('fs');
const ctx = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cdk-init-context.json'), 'utf8'));
const app = new cdk.App({ outdir: process.env.CDK_OUTDIR, context: ctx });
const s = new cdk.Stack(app, 'Overrides');

// Known keys land in schema order, unknown ones last.
const q = new sqs.CfnQueue(s, 'Queue', { delaySeconds: 5 });
q.addPropertyOverride('VisibilityTimeout', 30);
q.addPropertyOverride('Unknown', 1);
cdk.Validations.of(q).acknowledge({ id: 'CloudFormation-Validate::F3002', reason: 'an unknown key on purpose' });
q.addPropertyOverride('FifoQueue', true);
q.addPropertyOverride('ContentBasedDeduplication', true);

// No property set: the overrides keep their own order.
const e = new sqs.CfnQueue(s, 'Empty');
e.addPropertyOverride('VisibilityTimeout', 30);
e.addPropertyOverride('DelaySeconds', 1);

// Nested: a known key inside a set property struct, and a whole new one.
const b = new s3.CfnBucket(s, 'Bucket', {
  bucketName: 'bucket-b',
  loggingConfiguration: { logFilePrefix: 'logs/' },
  tags: [{ key: 'k', value: 'v' }],
});
b.addPropertyOverride('LoggingConfiguration.DestinationBucketName', 'dest');
b.addOverride('Properties.AccelerateConfiguration.AccelerationStatus', 'Enabled');
b.addPropertyOverride('VersioningConfiguration.Status', 'Enabled');
b.addPropertyOverride('AbacStatus', 'Enabled');

// Tags from Tags.of and an override before them in schema order.
const t = new sqs.CfnQueue(s, 'Tagged', { queueName: 'q' });
cdk.Tags.of(t).add('team', 'blue');
t.addPropertyOverride('DelaySeconds', 2);
app.synth();
