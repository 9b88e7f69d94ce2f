// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0: the same program, construct for
// construct, with the same ids, the same order of construction and the same values.
// Object literals whose keys come from a Go map are written with sorted keys, because jsii
// hands Go maps to aws-cdk-lib that way. The App reads CDK_OUTDIR and CDK_CONTEXT_JSON,
// as an aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LangExtStack', {
  description: 'Strata parity: intrinsics of the AWS::LanguageExtensions transform',
});

const names = new cdk.CfnParameter(stack, 'Names', {
  default: 'alpha,beta',
  type: 'CommaDelimitedList',
});
const settings = new cdk.CfnMapping(stack, 'Settings', {
  mapping: {
    'eu-west-1': { size: 'medium', tier: 'silver' },
    'us-east-1': { size: 'large', tier: 'gold' },
  },
});

new cdk.CfnResource(stack, 'Queue', {
  type: 'AWS::SQS::Queue',
  properties: {
    DelaySeconds: cdk.Fn.len(names.valueAsList),
    VisibilityTimeout: cdk.Fn.len(['a', 'b', 'c']),
  },
});
const values = [
  ['NamesJson', cdk.Fn.toJsonString(names.valueAsList)],
  ['WhereJson', cdk.Fn.toJsonString({ region: cdk.Aws.REGION, stack: cdk.Aws.STACK_NAME })],
  ['Tier', cdk.Fn.findInMap('Settings', cdk.Aws.REGION, 'tier', 'bronze')],
  ['Size', settings.findInMap(cdk.Aws.REGION, 'size', 'small')],
];
for (const [name, value] of values) {
  new cdk.CfnResource(stack, name, {
    type: 'AWS::SSM::Parameter',
    properties: { Type: 'String', Value: value },
  });
}

app.synth();
