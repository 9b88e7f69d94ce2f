// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0: the same program, construct for
// construct, with the same ids, the same order of construction and the same values.
// Object literals whose keys come from a Go map are written with sorted keys, because jsii
// hands Go maps to aws-cdk-lib that way. The App reads CDK_OUTDIR and CDK_CONTEXT_JSON,
// as an aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const parent = new cdk.Stack(app, 'ParentStack', { description: 'Strata parity: nested stacks' });
const queue = new cdk.CfnResource(parent, 'Queue', { type: 'AWS::SQS::Queue' });

const nested = new cdk.NestedStack(parent, 'Nested', {
  parameters: { Env: 'prod' },
  timeout: cdk.Duration.minutes(10),
  description: 'the nested stack',
});
const env = new cdk.CfnParameter(nested, 'Env', { type: 'String' });
const topic = new cdk.CfnResource(nested, 'Topic', {
  type: 'AWS::SNS::Topic',
  properties: { DisplayName: cdk.Fn.join('-', [env.valueAsString, queue.getAtt('QueueName').toString()]) },
});
new cdk.CfnOutput(nested, 'OwnName', { value: nested.stackName });

const inner = new cdk.NestedStack(nested, 'Inner');
new cdk.CfnResource(inner, 'Sub', {
  type: 'AWS::SNS::Subscription',
  properties: { Endpoint: queue.getAtt('Arn').toString(), Protocol: 'sqs', TopicArn: topic.ref },
});

new cdk.CfnOutput(parent, 'TopicArn', { value: topic.ref });
new cdk.CfnOutput(parent, 'NestedName', { value: nested.stackName });
new cdk.CfnOutput(parent, 'NestedId', { value: nested.stackId });
cdk.Tags.of(nested).add('team', 'blue');

app.synth();
