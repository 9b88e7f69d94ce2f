// aws-cdk-lib 2.276.0 twins of the Go cases in destinations_test.go. Each
// stack is one template case.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const firehose = require('aws-cdk-lib/aws-kinesisfirehose');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const s3 = require('aws-cdk-lib/aws-s3');
const dest = require('aws-cdk-lib/aws-logs-destinations');
const app = new cdk.App();

const code = lambda.Code.fromInline('exports.handler = async () => {}');

{ // Lambda: the permission, and the filter waiting for it; a second filter
  // without permissions
  const s = new cdk.Stack(app, 'Lambda');
  const fn = new lambda.Function(s, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code });
  const lg = new logs.LogGroup(s, 'Logs');
  new logs.SubscriptionFilter(s, 'Sub', { logGroup: lg, destination: new dest.LambdaDestination(fn), filterPattern: logs.FilterPattern.allEvents() });
  lg.addSubscriptionFilter('NoPerm', { destination: new dest.LambdaDestination(fn, { addPermissions: false }), filterPattern: logs.FilterPattern.literal('ERROR') });
}

{ // LambdaOtherStack: the function in another stack
  const a = new cdk.Stack(app, 'FnStack', { env: { account: '111111111111', region: 'us-east-1' } });
  const fn = new lambda.Function(a, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code });
  const b = new cdk.Stack(app, 'LambdaOtherStack', { env: { account: '111111111111', region: 'us-east-1' } });
  const lg = new logs.LogGroup(b, 'Logs');
  lg.addSubscriptionFilter('Sub', { destination: new dest.LambdaDestination(fn), filterPattern: logs.FilterPattern.allEvents() });
}

{ // Kinesis: the role it makes and shares, and one given
  const s = new cdk.Stack(app, 'Kinesis');
  const stream = new kinesis.Stream(s, 'Stream');
  const lg = new logs.LogGroup(s, 'Logs');
  new logs.SubscriptionFilter(s, 'Sub', { logGroup: lg, destination: new dest.KinesisDestination(stream), filterPattern: logs.FilterPattern.allEvents() });
  const role = new iam.Role(s, 'Given', { assumedBy: new iam.ServicePrincipal('logs.amazonaws.com') });
  lg.addSubscriptionFilter('WithRole', { destination: new dest.KinesisDestination(stream, { role }), filterPattern: logs.FilterPattern.allEvents() });
}

{ // Firehose: the role with its source-ARN condition
  const s = new cdk.Stack(app, 'Firehose');
  const bucket = new s3.Bucket(s, 'Bucket');
  const stream = new firehose.DeliveryStream(s, 'Stream', { destination: new firehose.S3Bucket(bucket) });
  const lg = new logs.LogGroup(s, 'Logs');
  lg.addSubscriptionFilter('Sub', { destination: new dest.FirehoseDestination(stream), filterPattern: logs.FilterPattern.allEvents() });
}

app.synth();
console.log('{}');
