// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0: the same program, construct for
// construct, with the same ids, the same order of construction and the same values.
// Object literals whose keys come from a Go map are written with sorted keys, because jsii
// hands Go maps to aws-cdk-lib that way. The App reads CDK_OUTDIR and CDK_CONTEXT_JSON,
// as an aws-cdk-go program's App does; postCliContext overrides the init flags'
// "weak" default for cross-stack references.
'use strict';

const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App({
  postCliContext: { '@aws-cdk/core:defaultCrossStackReferences': 'strong' },
});

// ---------------------------------------------------------------- producer
const producer = new cdk.Stack(app, 'StrongProducer');

const shared = new Construct(producer, 'Shared');
const topic = new cdk.CfnResource(shared, 'Topic', {
  type: 'AWS::SNS::Topic',
  properties: { TopicName: 'strata-strong-events' },
});
const queue = new cdk.CfnResource(shared, 'Queue', {
  type: 'AWS::SQS::Queue',
  properties: { VisibilityTimeout: cdk.Duration.minutes(2).toSeconds() },
});
const zone = new cdk.CfnResource(producer, 'Zone', {
  type: 'AWS::Route53::HostedZone',
  properties: { Name: 'strata.example.com' },
});
const scratch = new cdk.CfnResource(producer, 'Scratch', {
  type: 'AWS::SQS::Queue',
  properties: { QueueName: 'strata-strong-scratch' },
});
cdk.CrossStackReferences.of(scratch).produce(cdk.ReferenceStrength.WEAK);

producer.exportStringListValue(
  zone.getAtt('NameServers', cdk.ResolutionTypeHint.STRING_LIST).toStringList(),
  { name: 'strata-strong-name-servers' },
);

// ---------------------------------------------------------------- consumer (strong default)
const consumer = new cdk.Stack(app, 'StrongConsumer');

new cdk.CfnResource(consumer, 'Subscription', {
  type: 'AWS::SNS::Subscription',
  properties: {
    Endpoint: queue.getAtt('Arn', cdk.ResolutionTypeHint.STRING).toString(),
    Protocol: 'sqs',
    TopicArn: topic.ref,
  },
});
new cdk.CfnResource(consumer, 'NameServers', {
  type: 'AWS::SSM::Parameter',
  properties: {
    Name: '/strata/strong/name-servers',
    Type: 'StringList',
    Value: cdk.Fn.join(',', zone.getAtt('NameServers', cdk.ResolutionTypeHint.STRING_LIST).toStringList()),
  },
});
new cdk.CfnResource(consumer, 'ScratchUrl', {
  type: 'AWS::SSM::Parameter',
  properties: {
    Name: '/strata/strong/scratch',
    Type: 'String',
    Value: scratch.ref,
  },
});
new cdk.CfnResource(consumer, 'QueueName', {
  type: 'AWS::SSM::Parameter',
  properties: {
    Name: '/strata/strong/queue-name',
    Type: 'String',
    Value: cdk.Stack.consumeReference(
      queue.getAtt('QueueName', cdk.ResolutionTypeHint.STRING).toString(),
      cdk.ReferenceStrength.BOTH,
    ),
  },
});

// ---------------------------------------------------------------- audit (consumes weakly)
const audit = new cdk.Stack(app, 'StrongAudit');
cdk.CrossStackReferences.of(audit).consume(cdk.ReferenceStrength.WEAK);

new cdk.CfnResource(audit, 'AuditSubscription', {
  type: 'AWS::SNS::Subscription',
  properties: {
    Endpoint: 'audit@example.com',
    Protocol: 'email',
    TopicArn: topic.ref,
  },
});
new cdk.CfnResource(audit, 'Zones', {
  type: 'AWS::SSM::Parameter',
  properties: {
    Name: '/strata/strong/zone',
    Type: 'String',
    Value: cdk.Stack.consumeReference(zone.ref, cdk.ReferenceStrength.STRONG),
  },
});

app.synth();
