// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0: the same program, construct for
// construct, with the same ids, the same order of construction and the same values.
// Object literals whose keys come from a Go map are written with sorted keys, because jsii
// hands Go maps to aws-cdk-lib that way. The App reads CDK_OUTDIR and CDK_CONTEXT_JSON,
// as an aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();

const stack = new cdk.Stack(app, 'TagsStack', {
  description: 'Strata parity: tags through tag managers',
  tags: { owner: 'platform' },
});

const nested = new cdk.CfnStack(stack, 'Nested', {
  parameters: { Env: 'dev', Size: 'small' },
  tags: [
    { key: 'origin', value: 'props' },
    { key: 'project', value: 'from-props' },
  ],
  templateUrl: 'https://s3.amazonaws.com/strata-parity/nested.json',
  timeoutInMinutes: 10,
});
const fleet = new cdk.CfnStackSet(stack, 'Fleet', {
  permissionModel: 'SELF_MANAGED',
  stackSetName: 'strata-fleet',
  capabilities: ['CAPABILITY_IAM'],
  description: 'Fleet of parity stacks',
  templateUrl: 'https://s3.amazonaws.com/strata-parity/fleet.json',
});
new cdk.CfnWaitConditionHandle(stack, 'Handle');

const group = new Construct(stack, 'Group');
const inner = new cdk.CfnStack(group, 'Inner', {
  templateUrl: 'https://s3.amazonaws.com/strata-parity/inner.json',
});

// A tag manager of its own, rendered into a raw resource's properties.
const widgetTags = new cdk.TagManager(cdk.TagType.KEY_VALUE, 'AWS::SNS::Topic', { zone: 'a' });
widgetTags.setTag('team', 'core');
widgetTags.setTag('zone', 'b', 50);
widgetTags.setTag('zone', 'c', 10);
new cdk.CfnResource(stack, 'Topic', {
  type: 'AWS::SNS::Topic',
  properties: {
    Tags: widgetTags.renderedTags,
    TopicName: 'strata-tags',
  },
});
const mapTags = new cdk.TagManager(cdk.TagType.MAP, 'AWS::SSM::Parameter', { a: '1', b: '2' });
mapTags.removeTag('a', 0);
new cdk.CfnResource(stack, 'Param', {
  type: 'AWS::SSM::Parameter',
  properties: {
    Tags: mapTags.renderedTags,
    Type: 'String',
    Value: mapTags.hasTags() ? 'tagged' : 'untagged',
  },
});

nested.tags.setTag('direct', 'set', 100, true);
inner.tags.removeTag('origin', 0);
if (cdk.TagManager.isTaggable(fleet)) {
  cdk.TagManager.of(fleet).setTag('fleet', 'yes');
}

cdk.Tags.of(app).add('project', 'strata');
cdk.Tags.of(app).add('cost-center', '1234', { priority: 50 });
cdk.Tags.of(group).add('cost-center', '5678', { priority: 10 });
cdk.Tags.of(group).add('tier', 'inner');
cdk.Tags.of(stack).add('backup', 'daily', { includeResourceTypes: ['AWS::CloudFormation::StackSet'] });
cdk.Tags.of(stack).add('nested', 'yes', { excludeResourceTypes: ['AWS::CloudFormation::StackSet'] });
cdk.Tags.of(group).remove('project');
cdk.Tags.of(nested).remove('nested', { priority: 300 });
cdk.Tags.of(stack).add('stack-only', 'yes', { includeResourceTypes: ['aws:cdk:stack'] });

app.synth();
