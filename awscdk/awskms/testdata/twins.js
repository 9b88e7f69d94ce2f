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
{ // Grants: key grants of every kind, aliases, imports, L1 keys, via-service principals
  const s = new cdk.Stack(app, 'Grants');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const signKey = new kms.Key(s, 'SignKey', { keySpec: kms.KeySpec.RSA_2048, keyUsage: kms.KeyUsage.SIGN_VERIFY });
  signKey.grantSign(role);
  signKey.grantVerify(role);
  signKey.grants.signVerify(new iam.AccountPrincipal('222222222222'));
  const macKey = new kms.Key(s, 'MacKey', { keySpec: kms.KeySpec.HMAC_256, keyUsage: kms.KeyUsage.GENERATE_VERIFY_MAC });
  macKey.grantGenerateMac(role);
  macKey.grantVerifyMac(role);
  const key = new kms.Key(s, 'Key');
  const a = key.addAlias('alias/first');
  new cdk.CfnOutput(s, 'AliasArn', { value: a.aliasArn });
  const byAttrs = kms.Alias.fromAliasAttributes(s, 'ByAttrs', { aliasName: 'alias/attrs', aliasTargetKey: key });
  byAttrs.grantEncrypt(role);
  new cdk.CfnOutput(s, 'ByAttrsOut', { value: byAttrs.keyArn + '|' + byAttrs.aliasRef.aliasName });
  const byName = kms.Alias.fromAliasName(s, 'ByName', 'alias/other');
  byName.grantDecrypt(role);
  byName.grantSign(role);
  key.grants.actions(role, 'kms:DescribeKey');
  key.grants.admin(role);
  kms.KeyGrants.fromKey(key, false).encryptDecrypt(new iam.AccountPrincipal('333333333333'));
  key.addToResourcePolicy(new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'], principals: [new kms.ViaServicePrincipal('s3.us-east-1.amazonaws.com', new iam.AccountRootPrincipal())] }));
  key.addToResourcePolicy(new iam.PolicyStatement({ actions: ['kms:Encrypt'], resources: ['*'], principals: [new kms.ViaServicePrincipal('sqs.us-east-1.amazonaws.com')] }));
  const cfn = new kms.CfnKey(s, 'L1', { keyPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 'kms:*', Resource: '*' }] } });
  const fromCfn = kms.Key.fromCfnKey(cfn);
  fromCfn.addToResourcePolicy(new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'], principals: [new iam.ServicePrincipal('logs.amazonaws.com')] }));
  fromCfn.grantDecrypt(role);
  new cdk.CfnOutput(s, 'Same', { value: String(kms.Key.fromCfnKey(cfn) === fromCfn) });
  new cdk.CfnOutput(s, 'Dummy', { value: String(kms.Key.isLookupDummy(kms.Key.fromKeyArn(s, 'Imp', 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab'))) + String(kms.Key.isLookupDummy(key)) });
}

{ // Lookup: Key.fromLookup while the context lacks the key (the missing list is missing.json)
  const s = new cdk.Stack(app, 'Lookup', { env: { account: '111111111111', region: 'eu-west-1' } });
  const k = kms.Key.fromLookup(s, 'Found', { aliasName: 'alias/my-key' });
  const d = kms.Key.fromLookup(s, 'Dummy', { aliasName: 'alias/other', returnDummyKeyOnMissing: true });
  new cdk.CfnOutput(s, 'Out', { value: [k.keyArn, k.keyId, d.keyId, String(kms.Key.isLookupDummy(d))].join('|') });
  k.grantDecrypt(new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
}

app.synth();
