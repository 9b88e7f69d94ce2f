// aws-cdk-lib 2.276.0 twins of the Go cases in parity_test.go (KMS and Logs).
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const logs = require('aws-cdk-lib/aws-logs');
const app = new cdk.App();
{
  const s = new cdk.Stack(app, 'KeyBasic');
  const k = new kms.Key(s, 'Key', { enableKeyRotation: true, alias: 'my-key', description: 'd', pendingWindow: cdk.Duration.days(7) });
  k.addAlias('alias/second');
  const r = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  k.grantEncryptDecrypt(r);
  k.grantDecrypt(r);
  const k2 = new kms.Key(s, 'Destroy', { removalPolicy: cdk.RemovalPolicy.DESTROY, admins: [r], keySpec: kms.KeySpec.RSA_2048, keyUsage: kms.KeyUsage.SIGN_VERIFY, enabled: false });
  const imported = kms.Key.fromKeyArn(s, 'Imp', 'arn:aws:kms:us-east-1:123456789012:key/abcd');
  imported.grantEncrypt(r);
  k2.addToResourcePolicy(new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'], principals: [new iam.ServicePrincipal('logs.amazonaws.com')] }));
}
{
  const s = new cdk.Stack(app, 'Logs');
  const k = new kms.Key(s, 'Key');
  new logs.LogGroup(s, 'Default');
  const g = new logs.LogGroup(s, 'Named', { logGroupName: '/app/x', retention: logs.RetentionDays.ONE_WEEK, removalPolicy: cdk.RemovalPolicy.DESTROY, encryptionKey: k });
  new logs.LogGroup(s, 'Forever', { retention: logs.RetentionDays.INFINITE });
  const r = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  g.grantWrite(r);
  g.grant(r, 'logs:DescribeLogStreams');
  logs.LogGroup.fromLogGroupName(s, 'ByName', 'existing').grantWrite(r);
  new cdk.CfnOutput(s, 'Out', { value: g.logGroupArn + '|' + g.logGroupName });
}
app.synth();
