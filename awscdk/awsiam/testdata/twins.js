// aws-cdk-lib 2.276.0 twins of the Go cases in parity_test.go. Each stack
// is one case; regen.sh writes <Stack>.template.json next to this file.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const { Construct } = require('constructs');
const app = new cdk.App();

{ // RoleBasic: default policy merging, an unattached policy left out
  const s = new cdk.Stack(app, 'RoleBasic');
  const r = new iam.Role(s, 'MyRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  r.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] }));
  r.addToPolicy(new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: ['arn:aws:s3:::b/*'] }));
  r.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [r.roleArn] }));
  r.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::c/*'] }));
  r.addToPolicy(new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['s3:DeleteObject'], resources: ['*'] }));
  r.addToPolicy(new iam.PolicyStatement({ sid: 'Named', actions: ['s3:ListBucket'], resources: ['arn:aws:s3:::b'] }));
  r.addToPolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: ['arn:aws:s3:::d'], conditions: { StringLike: { 's3:prefix': ['home/*'] } } }));
  r.addToPolicy(new iam.PolicyStatement({ notActions: ['iam:*'], resources: ['*'] }));
  new iam.Policy(s, 'Unattached', { statements: [new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] })] });
}

{ // RoleProps: every prop of Role
  const s = new cdk.Stack(app, 'RoleProps');
  const mp = new iam.ManagedPolicy(s, 'Custom', {
    statements: [new iam.PolicyStatement({ actions: ['ec2:DescribeInstances'], resources: ['*'] })],
  });
  const boundary = iam.ManagedPolicy.fromManagedPolicyName(s, 'Boundary', 'my-boundary');
  const r = new iam.Role(s, 'Role', {
    assumedBy: new iam.CompositePrincipal(new iam.ServicePrincipal('ec2'), new iam.AccountRootPrincipal(), new iam.ArnPrincipal('arn:aws:iam::123456789012:user/alice')),
    roleName: 'my-role', path: '/app/', description: 'The role', maxSessionDuration: cdk.Duration.hours(2),
    managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole'), mp],
    inlinePolicies: {
      // jsii hands a Go map over with its keys sorted
      Alpha: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['sqs:SendMessage', 'sqs:GetQueueUrl'], resources: ['*'] })] }),
      Zeta: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })] }),
    },
    permissionsBoundary: boundary,
    externalIds: ['ext-1'],
  });
  r.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(s, 'ByArn', 'arn:aws:iam::aws:policy/ReadOnlyAccess'));
  new cdk.CfnOutput(s, 'Arn', { value: r.roleArn });
  new cdk.CfnOutput(s, 'Name', { value: r.roleName });
}

{ // Principals: trust policies for every principal kind
  const s = new cdk.Stack(app, 'Principals');
  new iam.Role(s, 'Web', { assumedBy: new iam.WebIdentityPrincipal('cognito-identity.amazonaws.com', { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:1234' }, 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } }) });
  new iam.Role(s, 'Fed', { assumedBy: new iam.FederatedPrincipal('arn:aws:iam::123456789012:saml-provider/x', {}, 'sts:AssumeRoleWithSAML') });
  new iam.Role(s, 'Org', { assumedBy: new iam.OrganizationPrincipal('o-1234567890') });
  new iam.Role(s, 'Acct', { assumedBy: new iam.AccountPrincipal('111122223333').withConditions({ StringEquals: { 'aws:PrincipalTag/team': 'a' } }) });
  new iam.Role(s, 'Tags', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com').withSessionTags() });
  new iam.Role(s, 'Any', { assumedBy: new iam.AnyPrincipal() });
  new iam.Role(s, 'Star', { assumedBy: new iam.StarPrincipal() });
  new iam.Role(s, 'Canon', { assumedBy: new iam.CanonicalUserPrincipal('abc123') });
  new iam.Role(s, 'Opt', { assumedBy: new iam.ServicePrincipal('states', { region: 'af-south-1' }) });
  new iam.Role(s, 'Ext', { assumedBy: new iam.AccountPrincipal('111122223333'), externalIds: ['a', 'b'] });
  const org = new iam.Role(s, 'InOrg', { assumedBy: new iam.ArnPrincipal('arn:aws:iam::111122223333:root').inOrganization('o-abcdefghij') });
  org.assumeRolePolicy.addStatements(new iam.PolicyStatement({ actions: ['sts:AssumeRole'], principals: [new iam.ServicePrincipal('lambda.amazonaws.com')] }));
}

{ // Identities: users, groups, policies, managed policies, grants, imports
  const s = new cdk.Stack(app, 'Identities');
  const g = new iam.Group(s, 'Devs', { groupName: 'devs', managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')] });
  const u = new iam.User(s, 'Alice', { userName: 'alice', groups: [g], path: '/people/' });
  const u2 = new iam.User(s, 'Bob');
  g.addUser(u2);
  g.addToPolicy(new iam.PolicyStatement({ actions: ['s3:ListAllMyBuckets'], resources: ['*'] }));
  u.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::x/*'] }));
  const role = new iam.Role(s, 'Worker', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  role.grantPassRole(u);
  role.grantAssumeRole(u2);
  role.grant(g, 'iam:GetRole', 'iam:TagRole');
  const pol = new iam.Policy(s, 'Shared', { policyName: 'shared', statements: [new iam.PolicyStatement({ actions: ['logs:*'], resources: ['*'] })] });
  pol.attachToUser(u); pol.attachToGroup(g); pol.attachToRole(role);
  const mp = new iam.ManagedPolicy(s, 'Managed', { managedPolicyName: 'managed', description: 'desc', path: '/mp/', users: [u], groups: [g], roles: [role] });
  mp.addStatements(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));
  const imp = iam.Role.fromRoleArn(s, 'Imported', 'arn:aws:iam::' + s.account + ':role/existing');
  imp.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
  const other = iam.Role.fromRoleArn(s, 'Other', 'arn:aws:iam::999999999999:role/elsewhere');
  other.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
  const byName = iam.Role.fromRoleName(s, 'ByName', 'named-role', { mutable: false });
  byName.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
  const frozen = role.withoutPolicyUpdates();
  frozen.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: ['*'] }));
  new cdk.CfnOutput(s, 'Out', { value: [u.userArn, g.groupArn, mp.managedPolicyArn, imp.roleName, byName.roleArn].join(',') });
}

{ // Providers: access keys, passwords, instance profiles, SAML and OIDC providers and principals, lazy roles, role grants, subclasses
  const s = new cdk.Stack(app, 'Providers');
  const u = new iam.User(s, 'User', { password: cdk.SecretValue.unsafePlainText('Passw0rd!'), passwordResetRequired: true });
  const k1 = new iam.AccessKey(s, 'Key', { user: u });
  const k2 = new iam.AccessKey(s, 'Key2', { user: u, serial: 2, status: iam.AccessKeyStatus.INACTIVE });
  new cdk.CfnOutput(s, 'KeyId', { value: k1.accessKeyId });
  new cdk.CfnOutput(s, 'Secret', { value: k2.secretAccessKey.unsafeUnwrap() });
  const p1 = new iam.InstanceProfile(s, 'Profile');
  const role = new iam.Role(s, 'Ec2Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  const p2 = new iam.InstanceProfile(s, 'Profile2', { role, instanceProfileName: 'named-profile', path: '/app/' });
  const p3 = iam.InstanceProfile.fromInstanceProfileName(s, 'ByName', 'existing');
  const p4 = iam.InstanceProfile.fromInstanceProfileArn(s, 'ByArn', 'arn:aws:iam::123456789012:instance-profile/path/other');
  new cdk.CfnOutput(s, 'Profiles', { value: [p1.instanceProfileArn, p1.instanceProfileName, p2.instanceProfileArn, p2.role.roleName, p3.instanceProfileArn, p3.instanceProfileName, p4.instanceProfileName].join('|') });
  const saml = new iam.SamlProvider(s, 'Saml', { metadataDocument: iam.SamlMetadataDocument.fromXml('<md>' + 'x'.repeat(1000) + '</md>'), name: 'my-saml' });
  const samlImp = iam.SamlProvider.fromSamlProviderArn(s, 'SamlImp', 'arn:aws:iam::123456789012:saml-provider/other');
  new iam.Role(s, 'SamlRole', { assumedBy: new iam.SamlPrincipal(saml, { StringEquals: { 'SAML:iss': 'x' } }) });
  new iam.Role(s, 'ConsoleRole', { assumedBy: new iam.SamlConsolePrincipal(samlImp) });
  const oidc = new iam.OidcProviderNative(s, 'Oidc', { url: 'https://example.com', clientIds: ['a', 'b'], thumbprints: ['0123456789abcdef0123456789abcdef01234567'], removalPolicy: cdk.RemovalPolicy.RETAIN, oidcProviderName: 'ignored' });
  const oidcImp = iam.OidcProviderNative.fromOidcProviderArn(s, 'OidcImp', 'arn:aws:iam::123456789012:oidc-provider/token.example.com');
  new iam.Role(s, 'OidcRole', { assumedBy: new iam.OpenIdConnectPrincipal(oidc, { StringEquals: { 'example.com:aud': 'a' } }) });
  new iam.Role(s, 'OidcRole2', { assumedBy: new iam.OpenIdConnectPrincipal(oidcImp) });
  new cdk.CfnOutput(s, 'OidcOut', { value: [oidc.oidcProviderArn, oidc.oidcProviderIssuer, oidc.openIdConnectProviderIssuer, oidcImp.oidcProviderIssuer].join('|') });
  const lazy = new iam.LazyRole(s, 'Lazy', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), roleName: 'lazy-role' });
  lazy.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
  lazy.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
  lazy.attachInlinePolicy(new iam.Policy(s, 'LazyPolicy', { statements: [new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] })] }));
  new cdk.CfnOutput(s, 'LazyArn', { value: lazy.roleArn });
  lazy.addToPolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));
  new iam.LazyRole(s, 'NeverUsed', { assumedBy: new iam.AnyPrincipal() });
  role.grants.passRole(u);
  role.grants.assumeRole(u);
  class MyRole extends iam.Role {}
  new MyRole(s, 'Sub', { assumedBy: new iam.AccountPrincipal('111111111111') });
  class MyPrincipal extends iam.PrincipalBase {
    get policyFragment() { return new iam.PrincipalPolicyFragment({ AWS: ['arn:aws:iam::111111111111:role/x'] }); }
    dedupeString() { return undefined; }
  }
  new iam.Role(s, 'Custom', { assumedBy: new MyPrincipal() });
}

{ // Boundary: permissions boundaries applied to a stack and cleared under one construct
  const s = new cdk.Stack(app, 'Boundary');
  const boundary = new iam.ManagedPolicy(s, 'Boundary', { statements: [new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] })] });
  new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  new iam.User(s, 'User');
  const sub = new Construct(s, 'Sub');
  new iam.Role(sub, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), permissionsBoundary: iam.ManagedPolicy.fromManagedPolicyName(s, 'Other', 'other') });
  iam.PermissionsBoundary.of(s).apply(boundary);
  iam.PermissionsBoundary.of(sub).clear();
  new cdk.CfnOutput(s, 'Grantable', { value: String(iam.GrantableResources.isResourceWithPolicy(boundary)) + String(iam.GrantableResources.isEncryptedResource(boundary)) });
}

{ // Oidc: OpenID Connect providers made through the custom resource
  const s = new cdk.Stack(app, 'Oidc');
  const p1 = new iam.OpenIdConnectProvider(s, 'Provider', { url: 'https://oidc.example.com', clientIds: ['b', 'a'], thumbprints: ['0123456789abcdef0123456789abcdef01234567'] });
  const p2 = new iam.OpenIdConnectProvider(s, 'Minimal', { url: 'https://token.actions.githubusercontent.com', removalPolicy: cdk.RemovalPolicy.RETAIN });
  const imp = iam.OpenIdConnectProvider.fromOpenIdConnectProviderArn(s, 'Imported', 'arn:aws:iam::123456789012:oidc-provider/other.example.com');
  new iam.Role(s, 'Role', { assumedBy: new iam.OpenIdConnectPrincipal(p1) });
  new cdk.CfnOutput(s, 'Out', { value: [p1.openIdConnectProviderArn, p1.openIdConnectProviderIssuer, p2.openIdConnectProviderthumbprints, imp.openIdConnectProviderIssuer].join('|') });
}

{ // Lookup: Role.fromLookup while the context lacks the role (the missing list is missing.json)
  const s = new cdk.Stack(app, 'Lookup', { env: { account: '111111111111', region: 'eu-west-1' } });
  const r = iam.Role.fromLookup(s, 'Found', { roleName: 'my-role' });
  const m = iam.Role.fromLookup(s, 'Immutable', { roleName: 'other-role', mutable: false });
  new cdk.CfnOutput(s, 'Out', { value: [r.roleArn, r.roleName, m.roleArn].join('|') });
  r.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
  m.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: ['*'] }));
  new iam.CfnInstanceProfile(s, 'Profile', { roles: [r.roleName] });
}

app.synth();
