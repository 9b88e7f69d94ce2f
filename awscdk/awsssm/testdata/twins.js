// aws-cdk-lib 2.276.0 twins of the Go cases in parameter_test.go. Each stack
// is one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const ssm = require('aws-cdk-lib/aws-ssm');
const app = new cdk.App();

function role(s, id) {
  return new iam.Role(s, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
}

{ // Parameters: String and StringList parameters, their props and grants
  const s = new cdk.Stack(app, 'Parameters');
  const plain = new ssm.StringParameter(s, 'Plain', { stringValue: 'hello' });
  const named = new ssm.StringParameter(s, 'Named', {
    parameterName: '/app/config/url', stringValue: 'https://example.com', description: 'the url',
    allowedPattern: '^https://.*', tier: ssm.ParameterTier.ADVANCED, dataType: ssm.ParameterDataType.TEXT,
  });
  const simple = new ssm.StringParameter(s, 'Simple', { parameterName: 'simple-name', stringValue: 'v', simpleName: true });
  const image = new ssm.StringParameter(s, 'Image', { stringValue: 'ami-12345678', dataType: ssm.ParameterDataType.AWS_EC2_IMAGE, tier: ssm.ParameterTier.INTELLIGENT_TIERING });
  const list = new ssm.StringListParameter(s, 'List', { stringListValue: ['a', 'b', 'c'], parameterName: '/app/list', tier: ssm.ParameterTier.STANDARD });
  const list2 = new ssm.StringListParameter(s, 'List2', { stringListValue: ['x'], allowedPattern: '^[a-z]+$', description: 'letters' });
  const r = role(s, 'Role');
  plain.grantRead(r);
  named.grantWrite(r);
  list.grantRead(r);
  list2.grantWrite(r);
  for (const [id, p] of [['Plain', plain], ['Named', named], ['Simple', simple], ['Image', image]]) {
    new cdk.CfnOutput(s, id + 'Name', { value: p.parameterName });
    new cdk.CfnOutput(s, id + 'Arn', { value: p.parameterArn });
    new cdk.CfnOutput(s, id + 'Type', { value: p.parameterType });
    new cdk.CfnOutput(s, id + 'Value', { value: p.stringValue });
  }
  new cdk.CfnOutput(s, 'ListValue', { value: cdk.Fn.join('|', list.stringListValue) });
  new cdk.CfnOutput(s, 'ListArn', { value: list.parameterArn });
}

{ // Imports: by name, ARN and attributes, SecureString, lists
  const s = new cdk.Stack(app, 'Imports', { env: { account: '111111111111', region: 'us-east-1' } });
  const r = role(s, 'Role');
  const byName = ssm.StringParameter.fromStringParameterName(s, 'ByName', '/my/param');
  const simple = ssm.StringParameter.fromStringParameterAttributes(s, 'Simple', { parameterName: 'simple', simpleName: true });
  const versioned = ssm.StringParameter.fromStringParameterAttributes(s, 'Versioned', { parameterName: '/my/versioned', version: 3 });
  const forced = ssm.StringParameter.fromStringParameterAttributes(s, 'Forced', { parameterName: '/my/forced', forceDynamicReference: true });
  const typed = ssm.StringParameter.fromStringParameterAttributes(s, 'Typed', { parameterName: '/my/ami', valueType: ssm.ParameterValueType.AWS_EC2_IMAGE_ID });
  const typedOld = ssm.StringParameter.fromStringParameterAttributes(s, 'TypedOld', { parameterName: '/my/ami2', type: ssm.ParameterType.AWS_EC2_IMAGE_ID });
  const byArn = ssm.StringParameter.fromStringParameterArn(s, 'ByArn', 'arn:aws:ssm:us-east-1:222222222222:parameter/shared/value');
  const key = kms.Key.fromKeyArn(s, 'Key', 'arn:aws:kms:us-east-1:111111111111:key/abcd');
  const secure = ssm.StringParameter.fromSecureStringParameterAttributes(s, 'Secure', { parameterName: '/my/secret', version: 2, encryptionKey: key });
  const secureLatest = ssm.StringParameter.fromSecureStringParameterAttributes(s, 'SecureLatest', { parameterName: '/my/secret2' });
  const listByName = ssm.StringListParameter.fromStringListParameterName(s, 'ListByName', '/my/list');
  const listAttrs = ssm.StringListParameter.fromListParameterAttributes(s, 'ListAttrs', { parameterName: '/my/subnets', elementType: ssm.ParameterValueType.AWS_EC2_SUBNET_ID });
  const listVersioned = ssm.StringListParameter.fromListParameterAttributes(s, 'ListVersioned', { parameterName: '/my/list2', version: 5 });
  byName.grantRead(r);
  simple.grantRead(r);
  secure.grantRead(r);
  secure.grantWrite(r);
  byArn.grantRead(r);
  listAttrs.grantRead(r);
  for (const [id, p] of [['ByName', byName], ['Simple', simple], ['Versioned', versioned], ['Forced', forced], ['Typed', typed], ['TypedOld', typedOld], ['ByArn', byArn], ['Secure', secure], ['SecureLatest', secureLatest]]) {
    if (p.parameterType !== 'SecureString') new cdk.CfnOutput(s, id + 'Value', { value: p.stringValue });
    new cdk.CfnOutput(s, id + 'Info', { value: `${p.parameterName}|${p.parameterType}` });
    new cdk.CfnOutput(s, id + 'Arn', { value: p.parameterArn });
  }
  new cdk.CfnOutput(s, 'TypedAgain', { value: typed.stringValue });
  // SecureString references are allowed in a few resource properties only.
  new iam.CfnUser(s, 'User', { loginProfile: { password: secure.stringValue } });
  new iam.CfnUser(s, 'User2', { loginProfile: { password: secureLatest.stringValue } });
  for (const [id, p] of [['ListByName', listByName], ['ListAttrs', listAttrs], ['ListVersioned', listVersioned]]) {
    new cdk.CfnOutput(s, id + 'Value', { value: cdk.Fn.join('|', p.stringListValue) });
    new cdk.CfnOutput(s, id + 'Info', { value: `${p.parameterName}|${p.parameterType}` });
  }
}

{ // Values: the ValueFor* helpers, each parameter imported once per stack
  const s = new cdk.Stack(app, 'Values', { env: { account: '111111111111', region: 'eu-west-1' } });
  const a = ssm.StringParameter.valueForStringParameter(s, '/cfg/a');
  const a2 = ssm.StringParameter.valueForStringParameter(s, '/cfg/a');
  const av = ssm.StringParameter.valueForStringParameter(s, '/cfg/versioned', 7);
  const t = ssm.StringParameter.valueForTypedStringParameterV2(s, '/cfg/vpc', ssm.ParameterValueType.AWS_EC2_VPC_ID);
  const t1 = ssm.StringParameter.valueForTypedStringParameter(s, '/cfg/ami', ssm.ParameterType.AWS_EC2_IMAGE_ID);
  const sec = ssm.StringParameter.valueForSecureStringParameter(s, '/cfg/secret', 1);
  const l = ssm.StringListParameter.valueForTypedListParameter(s, '/cfg/azs', ssm.ParameterValueType.AWS_EC2_AVAILABILITYZONE_NAME);
  const l2 = ssm.StringListParameter.valueForTypedListParameter(s, '/cfg/plain-list');
  new cdk.CfnOutput(s, 'A', { value: a });
  new cdk.CfnOutput(s, 'A2', { value: a2 });
  new cdk.CfnOutput(s, 'AV', { value: av });
  new cdk.CfnOutput(s, 'T', { value: t });
  new cdk.CfnOutput(s, 'T1', { value: t1 });
  new iam.CfnUser(s, 'User', { loginProfile: { password: sec } });
  new cdk.CfnOutput(s, 'L', { value: cdk.Fn.join(',', l) });
  new cdk.CfnOutput(s, 'L2', { value: cdk.Fn.join(',', l2) });
  const lookedUp = ssm.StringParameter.valueFromLookup(s, '/cfg/lookup');
  new cdk.CfnOutput(s, 'Lookup', { value: lookedUp });
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  PatternMismatch: (s) => new ssm.StringParameter(s, 'P', { stringValue: 'abc', allowedPattern: '^[0-9]+$' }),
  BadName: (s) => new ssm.StringParameter(s, 'P', { stringValue: 'v', parameterName: 'bad name' }),
  NotQualified: (s) => new ssm.StringParameter(s, 'P', { stringValue: 'v', parameterName: 'a/b' }),
  LongDescription: (s) => new ssm.StringParameter(s, 'P', { stringValue: 'v', description: 'x'.repeat(1025) }),
  ImageType: (s) => new ssm.StringParameter(s, 'P', { stringValue: 'v', type: ssm.ParameterType.AWS_EC2_IMAGE_ID }),
  SimpleMismatch: (s) => new ssm.StringParameter(s, 'P', { stringValue: 'v', parameterName: '/a', simpleName: true }),
  AutogenNotSimple: (s) => new ssm.StringParameter(s, 'P', { stringValue: 'v', simpleName: false }),
  ListComma: (s) => new ssm.StringListParameter(s, 'P', { stringListValue: ['a,b'] }),
  ListPattern: (s) => new ssm.StringListParameter(s, 'P', { stringListValue: ['a', '1'], allowedPattern: '^[a-z]$' }),
  EmptyName: (s) => ssm.StringParameter.fromStringParameterAttributes(s, 'P', { parameterName: '' }),
  ListType: (s) => ssm.StringParameter.fromStringParameterAttributes(s, 'P', { parameterName: '/x', type: ssm.ParameterType.STRING_LIST }),
  TokenNameNoSimple: (s) => ssm.StringParameter.fromStringParameterName(s, 'P', new cdk.CfnParameter(s, 'N').valueAsString),
  ArnFormat: (s) => ssm.StringParameter.fromStringParameterArn(s, 'P', 'arn:aws:ssm:us-east-1:1:parameter/a:b'),
  ArnRegion: (s) => {
    const st = new cdk.Stack(s.node.root, 'R', { env: { region: 'eu-west-1' } });
    ssm.StringParameter.fromStringParameterArn(st, 'P', 'arn:aws:ssm:us-east-1:111111111111:parameter/a');
  },
  TypedList: (s) => ssm.StringParameter.valueForTypedStringParameter(s, '/x', ssm.ParameterType.STRING_LIST),
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const a = new cdk.App({ autoSynth: false });
  const s = new cdk.Stack(a, 'S');
  try {
    build(s);
    a.synth();
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
const assembly = app.synth();
require('fs').writeFileSync('missing.json', JSON.stringify(assembly.manifest.missing, null, 1) + '\n');
