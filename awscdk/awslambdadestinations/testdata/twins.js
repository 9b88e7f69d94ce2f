// aws-cdk-lib 2.276.0 twins of the Go cases in destinations_test.go.
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const lambda = require('aws-cdk-lib/aws-lambda');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const app = new cdk.App();

const inline = lambda.Code.fromInline('exports.handler = async () => "hello";');
const fn = (s, id, props) => new lambda.Function(s, id, { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: inline, ...props });

{ // Destinations: each kind of destination, on functions, versions and aliases
  const s = new cdk.Stack(app, 'Destinations');
  const q = new sqs.Queue(s, 'Q');
  const t = new sns.Topic(s, 'T');
  const b = new s3.Bucket(s, 'B');
  const bus = new events.EventBus(s, 'Bus');
  const target = fn(s, 'Target');
  fn(s, 'ToQueueAndTopic', { onFailure: new destinations.SqsDestination(q), onSuccess: new destinations.SnsDestination(t) });
  fn(s, 'ToBucketAndBus', { onFailure: new destinations.S3Destination(b), onSuccess: new destinations.EventBridgeDestination(bus) });
  fn(s, 'ToDefaultBus', { onSuccess: new destinations.EventBridgeDestination(), maxEventAge: cdk.Duration.minutes(10) });
  fn(s, 'ToFunction', { onSuccess: new destinations.LambdaDestination(target) });
  fn(s, 'ResponseOnly', { onSuccess: new destinations.LambdaDestination(target, { responseOnly: true }),
    onFailure: new destinations.LambdaDestination(target, { responseOnly: true }) });
  const v = fn(s, 'Versioned').currentVersion;
  new lambda.Alias(s, 'Live', { aliasName: 'live', version: v, onFailure: new destinations.SqsDestination(q) });
}

const out = {};
console.log(JSON.stringify(out, null, 2));
app.synth();
