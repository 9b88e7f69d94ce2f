// Twin of cfn_json_test.go: CfnJson, in an environment-agnostic stack and
// in one with a region, under the cdk init flags. Object keys are written in
// the order jsii hands a Go map over: sorted (a token key, "${Token[...", first).
const cdk = require('aws-cdk-lib');
const path = require('path');
const fs = require('fs');
const ctx = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cdk-init-context.json'), 'utf8'));
const app = new cdk.App({ outdir: process.env.CDK_OUTDIR, context: ctx });
for (const [id, env] of [['JsonStack', undefined], ['JsonRegional', { region: 'eu-west-1', account: '123456789012' }]]) {
  const stack = new cdk.Stack(app, id, { env });
  const topic = new cdk.CfnResource(stack, 'Topic', { type: 'AWS::SNS::Topic' });
  const json = new cdk.CfnJson(stack, 'Json', {
    value: { [`${topic.ref}:key`]: 'v', Arn: topic.getAtt('TopicArn'), Static: { a: 1, b: [true, 'x'] } },
  });
  const second = new cdk.CfnJson(stack, 'Second', { value: { Plain: 'value' } });
  new cdk.CfnResource(stack, 'User', { type: 'AWS::SNS::Topic', properties: { DisplayName: second.value.toString(), Tags: [{ Key: 'k', Value: cdk.Token.asString(json) }] } });
  new cdk.CfnOutput(stack, 'Out', { value: cdk.Token.asString(json) });
  new cdk.CfnOutput(stack, 'JsonString', { value: JSON.stringify(json) });
}
app.synth();
