// Twin of secret_value_test.go: secrets rendered through unsafeUnwrap (the
// way constructs that take a SecretValue render it), under the cdk init flags.
const cdk = require('aws-cdk-lib');
const path = require('path');
const fs = require('fs');
const ctx = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cdk-init-context.json'), 'utf8'));
// CloudFormation's own rules reject secrets in these properties; this twin
// checks rendering only.
ctx['@aws-cdk/core:failSynthOnValidationErrors'] = false;
const app = new cdk.App({ outdir: process.env.CDK_OUTDIR, context: ctx });
const stack = new cdk.Stack(app, 'SecretStack');
const param = new cdk.CfnParameter(stack, 'Password', { noEcho: true, type: 'String' });
const gen = new cdk.CfnResource(stack, 'Gen', { type: 'AWS::SecretsManager::Secret' });
const secrets = {
  Plain: cdk.SecretValue.unsafePlainText('hunter2'),
  Sm: cdk.SecretValue.secretsManager('my-secret'),
  SmJson: cdk.SecretValue.secretsManager('arn:aws:secretsmanager:us-east-1:123456789012:secret:x', { jsonField: 'password', versionStage: 'AWSCURRENT' }),
  SmVersion: cdk.SecretValue.secretsManager('my-secret', { versionId: 'v1' }),
  SmToken: cdk.SecretValue.secretsManager(gen.ref, { jsonField: 'pw' }),
  Ssm: cdk.SecretValue.ssmSecure('/my/param'),
  SsmVersion: cdk.SecretValue.ssmSecure('/my/param', '3'),
  Dyn: cdk.SecretValue.cfnDynamicReference(new cdk.CfnDynamicReference(cdk.CfnDynamicReferenceService.SSM, 'plain-param')),
  Param: cdk.SecretValue.cfnParameter(param),
  Attr: cdk.SecretValue.resourceAttribute(gen.getAtt('SecretString').toString()),
};
for (const [id, s] of Object.entries(secrets)) {
  new cdk.CfnResource(stack, id, { type: 'AWS::SNS::Topic', properties: { DisplayName: s.unsafeUnwrap() } });
}
new cdk.CfnOutput(stack, 'Concat', { value: `user:${secrets.Sm.unsafeUnwrap()}` });
new cdk.CfnOutput(stack, 'Key', { value: cdk.SecretValue.cfnDynamicReferenceKey('id', { jsonField: 'f' }) });
app.synth();
