// Twin of regional_fact_test.go: Stack.regionalFact in environment-agnostic
// stacks (one value with pseudo parameters, or a CfnMapping shared per
// stack) under the init flags' target partitions, under one partition, and
// over every partition; and in a stack with a region.
const cdk = require('aws-cdk-lib');
const { FactName } = require('aws-cdk-lib/region-info');
const path = require('path');
const fs = require('fs');
const ctx = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cdk-init-context.json'), 'utf8'));
const app = new cdk.App({ outdir: process.env.CDK_OUTDIR, context: ctx });
const facts = [
  ['Elb', FactName.ELBV2_ACCOUNT, undefined],
  ['Website', FactName.S3_STATIC_WEBSITE_ENDPOINT, undefined],
  ['WebsiteZone', FactName.S3_STATIC_WEBSITE_ZONE_53_HOSTED_ZONE_ID, undefined],
  ['Suffix', FactName.DOMAIN_SUFFIX, undefined],
  ['Partition', FactName.PARTITION, undefined],
  ['Node', FactName.LATEST_NODE_RUNTIME, 'nodejs18.x'],
  ['Insights', FactName.cloudwatchLambdaInsightsVersion('1.0.229.0', 'arm64'), undefined],
  ['Unknown', 'strata:no-such-fact', 'fallback'],
  ['ElbAgain', FactName.ELBV2_ACCOUNT, undefined],
];
for (const [id, env, partitions] of [
  ['FactsAgnostic', undefined, undefined],
  ['FactsAwsOnly', undefined, ['aws']],
  ['FactsAllPartitions', undefined, 'undefined'],
  ['FactsRegional', { region: 'eu-west-1', account: '123456789012' }, undefined],
]) {
  const stack = new cdk.Stack(app, id, { env });
  if (partitions !== undefined) stack.node.setContext('@aws-cdk/core:target-partitions', partitions);
  // A fact used in a resource property, and a resource so the template validates.
  new cdk.CfnResource(stack, 'Topic', { type: 'AWS::SNS::Topic', properties: { DisplayName: stack.regionalFact(FactName.PARTITION) } });
  for (const [out, name, def] of facts) {
    new cdk.CfnOutput(stack, out, { value: stack.regionalFact(name, def) });
  }
}
app.synth();
