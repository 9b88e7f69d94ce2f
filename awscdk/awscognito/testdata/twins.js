// aws-cdk-lib 2.276.0 twins of the Go cases in user_pool_test.go. Each
// stack is one template case; each entry of `errors` one bad-input case,
// whose message and construct path regen.sh writes to errors.json.
// Objects are written as jsii hands them over from Go: struct fields in the
// Go declaration order, map keys sorted.
const cdk = require('aws-cdk-lib');
const cognito = require('aws-cdk-lib/aws-cognito');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const app = new cdk.App();
const fn = (s, id) => new lambda.Function(s, id, {
  runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async (e) => e'),
});
const out = (s, id, value) => new cdk.CfnOutput(s, id, { value });

{ // Default: a user pool with nothing set
  const s = new cdk.Stack(app, 'Default');
  const p = new cognito.UserPool(s, 'Pool');
  out(s, 'Id', p.userPoolId);
  out(s, 'Arn', p.userPoolArn);
  out(s, 'ProviderName', p.userPoolProviderName);
  out(s, 'ProviderUrl', p.userPoolProviderUrl);
}

{ // Full: the production user pool
  const s = new cdk.Stack(app, 'Full');
  new cognito.UserPool(s, 'Pool', {
    accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
    autoVerify: { email: true },
    customAttributes: {
      age: new cognito.NumberAttribute({ min: 0, max: 150, mutable: true }),
      isAdmin: new cognito.BooleanAttribute({ mutable: true }),
      joined: new cognito.DateTimeAttribute(),
      tenant: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: false }),
    },
    deletionProtection: false,
    deviceTracking: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: false },
    featurePlan: cognito.FeaturePlan.ESSENTIALS,
    keepOriginal: { email: true },
    mfa: cognito.Mfa.OPTIONAL,
    mfaSecondFactor: { otp: true, sms: false },
    passwordPolicy: { minLength: 12, requireDigits: true, requireLowercase: true, requireSymbols: true, requireUppercase: false, tempPasswordValidity: cdk.Duration.days(3) },
    removalPolicy: cdk.RemovalPolicy.DESTROY,
    selfSignUpEnabled: true,
    signInAliases: { email: true },
    signInCaseSensitive: false,
    standardAttributes: { email: { mutable: false, required: true }, fullname: { required: true }, phoneNumber: { mutable: true } },
    userInvitation: { emailBody: 'Hello {username}, your temporary password is {####}', emailSubject: 'Welcome' },
    userPoolName: 'customers',
    userVerification: { emailStyle: cognito.VerificationEmailStyle.LINK, emailSubject: 'Verify' },
  });
}

{ // Phone: phone sign-in with username, which makes the SMS role
  const s = new cdk.Stack(app, 'Phone');
  new cognito.UserPool(s, 'Pool', {
    mfa: cognito.Mfa.REQUIRED,
    mfaMessage: 'Your code is {####}',
    signInAliases: { phone: true, preferredUsername: true, username: true },
    emailSettings: { from: 'noreply@example.com', replyTo: 'support@example.com' },
    accountRecovery: cognito.AccountRecovery.PHONE_AND_EMAIL,
  });
}

{ // Clients: a default client, a web client with OAuth and attributes, a resource server, a domain, a group
  const s = new cdk.Stack(app, 'Clients');
  const pool = new cognito.UserPool(s, 'Pool', { signInAliases: { email: true } });
  pool.addClient('Plain');
  const rs = pool.addResourceServer('Api', {
    identifier: 'api',
    scopes: [new cognito.ResourceServerScope({ scopeDescription: 'Read things', scopeName: 'read' })],
  });
  const read = new cognito.ResourceServerScope({ scopeDescription: 'Read things', scopeName: 'read' });
  const web = pool.addClient('Web', {
    accessTokenValidity: cdk.Duration.minutes(60),
    authFlows: { userPassword: true, userSrp: true },
    generateSecret: false,
    idTokenValidity: cdk.Duration.hours(2),
    oAuth: {
      callbackUrls: ['https://example.com/callback'],
      flows: { authorizationCodeGrant: true },
      logoutUrls: ['https://example.com/'],
      scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE, cognito.OAuthScope.resourceServer(rs, read)],
    },
    preventUserExistenceErrors: true,
    readAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, emailVerified: true }).withCustomAttributes('tenant'),
    refreshTokenValidity: cdk.Duration.days(30),
    supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
    userPoolClientName: 'web',
  });
  new cognito.UserPoolClient(s, 'Machine', {
    userPool: pool, generateSecret: true,
    oAuth: { flows: { clientCredentials: true }, scopes: [cognito.OAuthScope.custom('api/read')] },
  });
  const domain = pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'my-app' } });
  pool.addGroup('Admins', { description: 'Administrators', groupName: 'admins', precedence: 1 });
  out(s, 'ClientId', web.userPoolClientId);
  out(s, 'DomainName', domain.domainName);
  out(s, 'BaseUrl', domain.baseUrl());
  out(s, 'SignIn', domain.signInUrl(web, { redirectUri: 'https://example.com/callback' }));
}

{ // Triggers: from props and added later, a grant, imports
  const s = new cdk.Stack(app, 'Triggers');
  const pre = fn(s, 'PreSignUp');
  const post = fn(s, 'PostConfirmation');
  const pool = new cognito.UserPool(s, 'Pool', { lambdaTriggers: { preSignUp: pre } });
  pool.addTrigger(cognito.UserPoolOperation.POST_CONFIRMATION, post);
  pool.grant(new iam.Role(s, 'Admin', { assumedBy: new iam.AccountRootPrincipal() }), 'cognito-idp:AdminCreateUser');
  const imported = cognito.UserPool.fromUserPoolId(s, 'Imported', 'us-east-1_abc');
  const byArn = cognito.UserPool.fromUserPoolArn(s, 'ByArn', 'arn:aws:cognito-idp:eu-west-1:111111111111:userpool/eu-west-1_xyz');
  imported.addClient('ImportedClient');
  out(s, 'ImportedArn', imported.userPoolArn);
  out(s, 'ByArnProvider', byArn.userPoolProviderName);
  out(s, 'ClientRef', cognito.UserPoolClient.fromUserPoolClientId(s, 'C', 'abc123').userPoolClientId);
}

{ // Idps: the social identity providers, registered with the pool so the client lists them
  const s = new cdk.Stack(app, 'Idps');
  const p = new cognito.UserPool(s, 'Pool');
  new cognito.UserPoolIdentityProviderGoogle(s, 'Google', {
    userPool: p, clientId: 'gid', clientSecretValue: cdk.SecretValue.unsafePlainText('gsecret'),
    attributeMapping: {
      email: cognito.ProviderAttribute.GOOGLE_EMAIL, fullname: cognito.ProviderAttribute.GOOGLE_NAME,
      givenName: cognito.ProviderAttribute.GOOGLE_GIVEN_NAME, profilePicture: cognito.ProviderAttribute.GOOGLE_PICTURE,
      custom: { 'custom:a': cognito.ProviderAttribute.GOOGLE_GENDER, 'custom:tenant': cognito.ProviderAttribute.other('hd') },
    },
  });
  new cognito.UserPoolIdentityProviderFacebook(s, 'Facebook', {
    userPool: p, clientId: 'fid', clientSecret: 'fsecret', apiVersion: 'v17.0', scopes: ['public_profile', 'email'],
    attributeMapping: { birthdate: cognito.ProviderAttribute.FACEBOOK_BIRTHDAY, email: cognito.ProviderAttribute.FACEBOOK_EMAIL },
  });
  new cognito.UserPoolIdentityProviderAmazon(s, 'Amazon', { userPool: p, clientId: 'aid', clientSecret: 'asecret' });
  new cognito.UserPoolIdentityProviderApple(s, 'Apple', {
    userPool: p, clientId: 'com.example', keyId: 'KEY', teamId: 'TEAM', privateKey: 'PRIVATE', scopes: ['name', 'email'],
    attributeMapping: { email: cognito.ProviderAttribute.APPLE_EMAIL, familyName: cognito.ProviderAttribute.APPLE_LAST_NAME },
  });
  const imported = cognito.UserPoolIdentityProvider.fromProviderName(s, 'Imported', 'MySaml');
  p.registerIdentityProvider(imported);
  p.addClient('Client');
  out(s, 'GoogleName', cognito.UserPoolIdentityProvider.fromProviderName(s, 'Imp2', 'X').providerName);
}

{ // Federated: OIDC and SAML providers, named and with generated names
  const s = new cdk.Stack(app, 'Federated');
  const p = new cognito.UserPool(s, 'Pool');
  new cognito.UserPoolIdentityProviderOidc(s, 'Oidc', { userPool: p, clientId: 'oid', clientSecret: 'osecret', issuerUrl: 'https://issuer.example.com' });
  new cognito.UserPoolIdentityProviderOidc(s, 'OidcWithAVeryLongConstructIdThatIsTruncated', {
    userPool: p, clientId: 'oid2', clientSecret: 'osecret2', issuerUrl: 'https://issuer2.example.com',
    attributeRequestMethod: cognito.OidcAttributeRequestMethod.POST,
    endpoints: { authorization: 'https://a.example.com/auth', jwksUri: 'https://a.example.com/jwks', token: 'https://a.example.com/token', userInfo: 'https://a.example.com/userinfo' },
    identifiers: ['corp', 'corp.example.com'], name: 'CorpOidc', scopes: ['openid', 'email'],
    attributeMapping: { email: cognito.ProviderAttribute.other('mail'), preferredUsername: cognito.ProviderAttribute.other('upn') },
  });
  new cognito.UserPoolIdentityProviderOidc(s, 'OidcWithAnotherVeryLongConstructIdForTruncation', { userPool: p, clientId: 'l', clientSecret: 'ls', issuerUrl: 'https://l.example.com' });
  new cognito.UserPoolIdentityProviderOidc(s, 'Ab', { userPool: p, clientId: 'c', clientSecret: 's', issuerUrl: 'https://i.example.com' });
  new cognito.UserPoolIdentityProviderSaml(s, 'Saml', { userPool: p, metadata: cognito.UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/metadata') });
  new cognito.UserPoolIdentityProviderSaml(s, 'SamlWithAVeryLongConstructIdThatIsTruncatedToo', {
    userPool: p, metadata: cognito.UserPoolIdentityProviderSamlMetadata.file('<xml/>'), name: 'CorpSaml',
    encryptedResponses: true, identifiers: ['saml.example.com'], idpInitiated: true, idpSignout: true,
    requestSigningAlgorithm: cognito.SigningAlgorithm.RSA_SHA256,
  });
  new cognito.UserPoolIdentityProviderSaml(s, 'SamlWithAVeryLongConstructIdThatIsTruncatedThree', { userPool: p, metadata: cognito.UserPoolIdentityProviderSamlMetadata.url('https://x.example.com/m') });
  p.addClient('Client');
}

{ // CloudFront: a custom domain and its CloudFront domain name read by the DescribeUserPoolDomain custom resource
  // (asked twice: one custom resource), beside the distribution attribute
  const acm = require('aws-cdk-lib/aws-certificatemanager');
  const s = new cdk.Stack(app, 'CloudFront');
  const pool = new cognito.UserPool(s, 'Pool');
  const cert = acm.Certificate.fromCertificateArn(s, 'Cert', 'arn:aws:acm:us-east-1:123456789012:certificate/abc');
  const d = pool.addDomain('Custom', { customDomain: { domainName: 'auth.example.com', certificate: cert } });
  out(s, 'CloudFront', d.cloudFrontDomainName);
  out(s, 'Again', d.cloudFrontDomainName);
  out(s, 'Endpoint', d.cloudFrontEndpoint);
  // a client's secret, read by the DescribeUserPoolClient custom resource (asked twice: one custom resource)
  const client = pool.addClient('Secret', { generateSecret: true });
  out(s, 'ClientSecret', client.userPoolClientSecret.unsafeUnwrap());
  out(s, 'ClientSecretAgain', client.userPoolClientSecret.unsafeUnwrap());
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  SecretWithoutGenerate: (s) => new cognito.UserPool(s, 'P').addClient('C').userPoolClientSecret,
  ShortPassword: (s) => new cognito.UserPool(s, 'P', { passwordPolicy: { minLength: 5 } }),
  MfaMessage: (s) => new cognito.UserPool(s, 'P', { mfaMessage: 'no code here' }),
  PreferredWithoutUsername: (s) => new cognito.UserPool(s, 'P', { signInAliases: { email: true, preferredUsername: true } }),
  EmailBody: (s) => new cognito.UserPool(s, 'P', { userVerification: { emailBody: 'nothing' } }),
  DuplicateTrigger: (s) => {
    const f = fn(s, 'F');
    const p = new cognito.UserPool(s, 'P', { lambdaTriggers: { preSignUp: f } });
    p.addTrigger(cognito.UserPoolOperation.PRE_SIGN_UP, f);
  },
  TempPassword: (s) => new cognito.UserPool(s, 'P', { passwordPolicy: { tempPasswordValidity: cdk.Duration.days(400) } }),
  OAuthWithoutCallback: (s) => new cognito.UserPool(s, 'P').addClient('C', { oAuth: { flows: { implicitCodeGrant: true }, callbackUrls: [] } }),
  BadDomainPrefix: (s) => new cognito.UserPool(s, 'P').addDomain('D', { cognitoDomain: { domainPrefix: 'Bad_Prefix' } }),
  GoogleNoSecret: (s) => new cognito.UserPoolIdentityProviderGoogle(s, 'G', { userPool: new cognito.UserPool(s, 'P'), clientId: 'x' }),
  AppleTwoKeys: (s) => new cognito.UserPoolIdentityProviderApple(s, 'A', { userPool: new cognito.UserPool(s, 'P'), clientId: 'x', keyId: 'k', teamId: 't', privateKey: 'p', privateKeyValue: cdk.SecretValue.unsafePlainText('q') }),
  OidcShortName: (s) => new cognito.UserPoolIdentityProviderOidc(s, 'O', { userPool: new cognito.UserPool(s, 'P'), clientId: 'c', clientSecret: 's', issuerUrl: 'https://i', name: 'ab' }),
  OidcBadName: (s) => new cognito.UserPoolIdentityProviderOidc(s, 'O', { userPool: new cognito.UserPool(s, 'P'), clientId: 'c', clientSecret: 's', issuerUrl: 'https://i', name: '_bad name' }),
  SamlLongName: (s) => new cognito.UserPoolIdentityProviderSaml(s, 'S', { userPool: new cognito.UserPool(s, 'P'), metadata: cognito.UserPoolIdentityProviderSamlMetadata.url('https://m'), name: 'x'.repeat(33) }),
  ImportBadArn: (s) => cognito.UserPool.fromUserPoolArn(s, 'P', 'arn:aws:cognito-idp:us-east-1:111111111111:userpool'),
};
const outErr = {};
for (const [name, build] of Object.entries(errors)) {
  const a = new cdk.App({ autoSynth: false, context: JSON.parse(process.env.CDK_CONTEXT_JSON || '{}') });
  const s = new cdk.Stack(a, 'S');
  try {
    build(s);
    a.synth();
    outErr[name] = null;
  } catch (e) {
    outErr[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(outErr, null, 2));
app.synth();
