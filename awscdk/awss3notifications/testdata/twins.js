// aws-cdk-lib 2.276.0 twins of the Go cases in destinations_test.go: one
// stack per template case.
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const n = require('aws-cdk-lib/aws-s3-notifications');
const lambda = require('aws-cdk-lib/aws-lambda');
const app = new cdk.App();

{ // Sqs: a plain queue, a KMS-encrypted one, an imported queue with its key
  const s = new cdk.Stack(app, 'Sqs');
  const b = new s3.Bucket(s, 'Bucket');
  const q = new sqs.Queue(s, 'Queue');
  b.addObjectCreatedNotification(new n.SqsDestination(q), { prefix: 'uploads/' });
  const key = new kms.Key(s, 'Key');
  const enc = new sqs.Queue(s, 'Encrypted', { encryptionMasterKey: key });
  b.addEventNotification(s3.EventType.OBJECT_REMOVED_DELETE, new n.SqsDestination(enc));
  const imported = sqs.Queue.fromQueueAttributes(s, 'Imported', {
    queueArn: 'arn:aws:sqs:us-east-1:111111111111:imported',
    keyArn: 'arn:aws:kms:us-east-1:111111111111:key/1234',
  });
  b.addObjectCreatedNotification(new n.SqsDestination(imported), { suffix: '.csv' });
}

{ // Sns: a plain topic, a KMS-encrypted one, two buckets on one topic
  const s = new cdk.Stack(app, 'Sns');
  const t = new sns.Topic(s, 'Topic');
  const a = new s3.Bucket(s, 'A');
  const b = new s3.Bucket(s, 'B', { enforceSSL: true });
  a.addObjectCreatedNotification(new n.SnsDestination(t));
  b.addObjectRemovedNotification(new n.SnsDestination(t), { prefix: 'p/', suffix: '.s' });
  const key = new kms.Key(s, 'Key');
  const enc = new sns.Topic(s, 'Encrypted', { masterKey: key });
  a.addEventNotification(s3.EventType.OBJECT_RESTORE_COMPLETED, new n.SnsDestination(enc));
}

{ // Imported: notifications on an imported bucket (unmanaged)
  const s = new cdk.Stack(app, 'Imported');
  const b = s3.Bucket.fromBucketName(s, 'Bucket', 'existing-bucket');
  b.addObjectCreatedNotification(new n.SqsDestination(new sqs.Queue(s, 'Queue')));
}

{ // Lambda: a function for two buckets and two events of one bucket
  const s = new cdk.Stack(app, 'Lambda');
  const fn = new lambda.Function(s, 'Fn', {
    runtime: lambda.Runtime.PYTHON_3_13,
    handler: 'index.handler',
    code: lambda.Code.fromInline('def handler(event, context):\n  print(event)\n'),
  });
  const a = new s3.Bucket(s, 'A');
  const b = new s3.Bucket(s, 'B');
  a.addObjectCreatedNotification(new n.LambdaDestination(fn), { suffix: '.jpg' });
  a.addObjectRemovedNotification(new n.LambdaDestination(fn));
  b.addEventNotification(s3.EventType.OBJECT_CREATED_PUT, new n.LambdaDestination(fn));
  const imported = lambda.Function.fromFunctionArn(s, 'Imported', 'arn:aws:lambda:us-east-1:111111111111:function:other');
  b.addObjectRemovedNotification(new n.LambdaDestination(imported));
}

app.synth();
