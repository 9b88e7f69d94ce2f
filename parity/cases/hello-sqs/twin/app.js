// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0: the sample app
// `cdk init sample-app` writes, construct for construct, with the same ids,
// order and values. The App reads CDK_OUTDIR and CDK_CONTEXT_JSON, as an
// aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const sqs = require('aws-cdk-lib/aws-sqs');

class HelloSqsStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const queue = new sqs.Queue(this, 'HelloSqsQueue', {
      visibilityTimeout: cdk.Duration.seconds(300),
    });

    const topic = new sns.Topic(this, 'HelloSqsTopic', {});
    topic.addSubscription(new subs.SqsSubscription(queue, {}));
  }
}

const app = new cdk.App();
new HelloSqsStack(app, 'HelloSqsStack', { env: undefined });
app.synth();
