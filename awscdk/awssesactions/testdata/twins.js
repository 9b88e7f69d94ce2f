// aws-cdk-lib 2.276.0 twins of the Go cases in actions_test.go. Each stack
// is one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const ses = require('aws-cdk-lib/aws-ses');
const actions = require('aws-cdk-lib/aws-ses-actions');
const app = new cdk.App();

{ // Actions: every action, its grants, and imported targets
  const s = new cdk.Stack(app, 'Actions');
  const topic = new sns.Topic(s, 'Topic');
  const bucket = new s3.Bucket(s, 'Bucket');
  const key = new kms.Key(s, 'Key');
  const fn = new lambda.Function(s, 'Function', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}') });
  const rs = new ses.ReceiptRuleSet(s, 'RuleSet');
  rs.addRule('First', {
    recipients: ['a@example.com'],
    actions: [
      new actions.AddHeader({ name: 'X-My-Header', value: 'value' }),
      new actions.Bounce({ sender: 'noreply@example.com', template: actions.BounceTemplate.MAILBOX_FULL, topic }),
      new actions.Bounce({ sender: 'noreply@example.com', template: new actions.BounceTemplate({ message: 'Go away', smtpReplyCode: '550' }) }),
      new actions.Lambda({ function: fn, invocationType: actions.LambdaInvocationType.REQUEST_RESPONSE, topic }),
      new actions.S3({ bucket, kmsKey: key, objectKeyPrefix: 'emails/', topic }),
      new actions.Sns({ topic, encoding: actions.EmailEncoding.BASE64 }),
      new actions.WorkMail({ organizationArn: 'arn:aws:workmail:us-east-1:123456789012:organization/m-1', topic }),
      new actions.Stop({ topic }),
    ],
  });
  const second = rs.addRule('Second');
  second.addAction(new actions.Lambda({ function: fn }));
  second.addAction(new actions.S3({ bucket }));
  second.addAction(new actions.Sns({ topic, encoding: actions.EmailEncoding.UTF8 }));
  second.addAction(new actions.Sns({ topic }));
  second.addAction(new actions.WorkMail({ organizationArn: 'arn:aws:workmail:us-east-1:123456789012:organization/m-2' }));
  second.addAction(new actions.Stop());
  for (const t of ['MAILBOX_DOES_NOT_EXIST', 'MESSAGE_TOO_LARGE', 'MESSAGE_CONTENT_REJECTED', 'TEMPORARY_FAILURE']) {
    second.addAction(new actions.Bounce({ sender: 's@example.com', template: actions.BounceTemplate[t] }));
  }
  const importedFn = lambda.Function.fromFunctionArn(s, 'ImportedFn', 'arn:aws:lambda:us-east-1:111111111111:function:other');
  const importedBucket = s3.Bucket.fromBucketName(s, 'ImportedBucket', 'other-bucket');
  const sesKey = kms.Alias.fromAliasName(s, 'SesKey', 'alias/aws/ses');
  rs.addRule('Imported', { actions: [
    new actions.Lambda({ function: importedFn, invocationType: actions.LambdaInvocationType.EVENT }),
    new actions.S3({ bucket: importedBucket, kmsKey: sesKey }),
  ] });
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  BadHeaderName: (s) => new actions.AddHeader({ name: 'bad name', value: 'v' }),
  LongHeaderName: (s) => new actions.AddHeader({ name: 'x'.repeat(51), value: 'v' }),
  HeaderValueNewline: (s) => new actions.AddHeader({ name: 'X-Ok', value: 'a\nb' }),
  HeaderValueTooLong: (s) => new actions.AddHeader({ name: 'X-Ok', value: 'v'.repeat(2048) }),
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
