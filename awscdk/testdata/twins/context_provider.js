// Twin of context_provider_test.go: context lookups under the cdk init flags.
// "Lookups" needs values the context lacks (they go to the manifest's
// "missing" list, dummy values in the template); "Supplied" finds them in
// the context; "Agnostic" reads the AZ fallback key. Query maps are written
// with their keys sorted, the order in which jsii hands a Go map over.
const cdk = require('aws-cdk-lib');
const path = require('path');
const fs = require('fs');
const ctx = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cdk-init-context.json'), 'utf8'));
Object.assign(ctx, {
  'availability-zones:account=123456789012:region=eu-west-1': ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'],
  'ssm:account=123456789012:parameterName=/app/name:region=eu-west-1': 'from-context',
  'aws:cdk:availability-zones:fallback': ['fb-1', 'fb-2'],
});
const app = new cdk.App({ outdir: process.env.CDK_OUTDIR, context: ctx });

function lookups(s, param) {
  new cdk.CfnResource(s, 'Topic', { type: 'AWS::SNS::Topic' });
  new cdk.CfnOutput(s, 'AZs', { value: cdk.Fn.join(',', s.availabilityZones) });
  const ssm = cdk.ContextProvider.getValue(s, { provider: 'ssm', props: { parameterName: param }, dummyValue: 'dummy-value-for-' + param });
  new cdk.CfnOutput(s, 'Ssm', { value: ssm.value });
}

{
  const s = new cdk.Stack(app, 'Lookups', { env: { account: '123456789012', region: 'us-east-1' } });
  lookups(s, 'my:param$x');
  const q = cdk.ContextProvider.getValue(s, {
    provider: 'plugin',
    props: { limit: 3, nested: { a: 'x', b: true }, pluginName: 'p', tags: ['t1', 't2'] },
    dummyValue: ['a', 'b'],
    mustExist: false,
    additionalCacheKey: 'ck',
    includeEnvironment: false,
  });
  new cdk.CfnOutput(s, 'Plugin', { value: cdk.Fn.join(',', q.value) });
  const k = cdk.ContextProvider.getKey(s, { provider: 'hosted-zone', props: { domainName: 'example.com', privateZone: false } });
  new cdk.CfnOutput(s, 'Key', { value: k.key });
  const again = cdk.ContextProvider.getValue(s, { provider: 'ssm', props: { parameterName: 'my:param$x' }, dummyValue: 'other', ignoreErrorOnMissingContext: true });
  new cdk.CfnOutput(s, 'Again', { value: again.value });
}
{
  const s = new cdk.Stack(app, 'Supplied', { env: { account: '123456789012', region: 'eu-west-1' } });
  lookups(s, '/app/name');
}
{
  const s = new cdk.Stack(app, 'Agnostic');
  new cdk.CfnResource(s, 'Topic', { type: 'AWS::SNS::Topic' });
  new cdk.CfnOutput(s, 'AZs', { value: cdk.Fn.join(',', s.availabilityZones) });
}
app.synth();
