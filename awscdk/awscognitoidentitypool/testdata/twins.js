// aws-cdk-lib 2.276.0 twins of the Go cases in identity_pool_test.go. Each
// stack is one template case; each entry of `errors` one bad-input case,
// whose message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const cognito = require('aws-cdk-lib/aws-cognito');
const idp = require('aws-cdk-lib/aws-cognito-identitypool');
const app = new cdk.App();

{ // Default: a pool with its default roles
  const s = new cdk.Stack(app, 'Default');
  new idp.IdentityPool(s, 'Pool');
}

{ // AllProps: every login provider, a user pool added later, role mappings
  const s = new cdk.Stack(app, 'AllProps');
  const up = new cognito.UserPool(s, 'UserPool');
  const client = up.addClient('Client');
  const other = new cognito.UserPool(s, 'Other');
  const mapped = new iam.Role(s, 'Mapped', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const authRole = iam.Role.fromRoleArn(s, 'AuthRole', 'arn:aws:iam::123456789012:role/auth');
  const pool = new idp.IdentityPool(s, 'Pool', {
    identityPoolName: 'my-pool',
    allowUnauthenticatedIdentities: true,
    allowClassicFlow: true,
    authenticatedRole: authRole,
    authenticationProviders: {
      amazon: { appId: 'amzn1' },
      facebook: { appId: 'fb1' },
      google: { clientId: 'goog1' },
      apple: { servicesId: 'apple1' },
      twitter: { consumerKey: 'ck', consumerSecret: 'cs' },
      customProvider: 'my.custom',
      openIdConnectProviders: [iam.OpenIdConnectProvider.fromOpenIdConnectProviderArn(s, 'Oidc', 'arn:aws:iam::123456789012:oidc-provider/example.com')],
      samlProviders: [iam.SamlProvider.fromSamlProviderArn(s, 'Saml', 'arn:aws:iam::123456789012:saml-provider/corp')],
      userPools: [new idp.UserPoolAuthenticationProvider({ userPool: up, userPoolClient: client })],
    },
    roleMappings: [
      { providerUrl: idp.IdentityPoolProviderUrl.FACEBOOK, useToken: true },
      { providerUrl: idp.IdentityPoolProviderUrl.userPool(up, client), mappingKey: 'cognito', resolveAmbiguousRoles: true,
        rules: [
          { claim: 'custom:group', claimValue: 'admin', mappedRole: mapped },
          { claim: 'custom:group', claimValue: 'dev', mappedRole: mapped, matchType: idp.RoleMappingMatchType.STARTS_WITH },
        ] },
      { providerUrl: idp.IdentityPoolProviderUrl.custom('my.custom'), rules: [
        { claim: 'sub', claimValue: 'x', mappedRole: mapped, matchType: idp.RoleMappingMatchType.NOTEQUAL },
      ] },
    ],
  });
  pool.addUserPoolAuthentication(new idp.UserPoolAuthenticationProvider({ userPool: other, disableServerSideTokenCheck: true }));
  new cdk.CfnOutput(s, 'Id', { value: pool.identityPoolId });
  new cdk.CfnOutput(s, 'Arn', { value: pool.identityPoolArn });
  new cdk.CfnOutput(s, 'Name', { value: pool.identityPoolName });
  new cdk.CfnOutput(s, 'Unauth', { value: pool.unauthenticatedRole.roleArn });
}

{ // Import: by id and by ARN, in a stack with an environment
  const s = new cdk.Stack(app, 'Import', { env: { account: '123456789012', region: 'us-east-1' } });
  new cdk.CfnWaitConditionHandle(s, 'Handle');
  const a = idp.IdentityPool.fromIdentityPoolId(s, 'ById', 'us-east-1:abc-123');
  const b = idp.IdentityPool.fromIdentityPoolArn(s, 'ByArn', 'arn:aws:cognito-identity:us-east-1:123456789012:identitypool/us-east-1:def-456');
  new cdk.CfnOutput(s, 'AId', { value: a.identityPoolId });
  new cdk.CfnOutput(s, 'AArn', { value: a.identityPoolArn });
  new cdk.CfnOutput(s, 'BId', { value: b.identityPoolId });
  new cdk.CfnOutput(s, 'BArn', { value: b.identityPoolArn });
  new cdk.CfnOutput(s, 'BAccount', { value: b.env.account });
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  ArnWithoutId: (s) => idp.IdentityPool.fromIdentityPoolArn(s, 'P', 'arn:aws:cognito-identity:us-east-1:123456789012:identitypool'),
  IdWithoutRegion: (s) => idp.IdentityPool.fromIdentityPoolArn(s, 'P', 'arn:aws:cognito-identity:us-east-1:123456789012:identitypool/abc'),
  IdRegionMismatch: (s) => idp.IdentityPool.fromIdentityPoolArn(s, 'P', 'arn:aws:cognito-identity:us-east-1:123456789012:identitypool/eu-west-1:abc'),
  TokenProviderUrl: (s) => new idp.IdentityPool(s, 'P', { roleMappings: [
    { providerUrl: idp.IdentityPoolProviderUrl.openId(cdk.Fn.importValue('Url')), useToken: true }] }),
  RulesRequired: (s) => new idp.IdentityPool(s, 'P', { roleMappings: [{ providerUrl: idp.IdentityPoolProviderUrl.GOOGLE }] }),
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const s = new cdk.Stack(new cdk.App({ autoSynth: false }), 'S');
  try {
    build(s);
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
app.synth();
