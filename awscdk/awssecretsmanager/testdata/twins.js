// aws-cdk-lib 2.276.0 twins of the Go cases in secret_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json. Objects Go
// passes as structs are written in the Go struct's field order.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sm = require('aws-cdk-lib/aws-secretsmanager');
const app = new cdk.App();

const role = (s) => new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const out = (s, id, value) => new cdk.CfnOutput(s, id, { value });
const target = { asSecretAttachmentTarget: () => ({ targetId: 'db-1', targetType: sm.AttachmentTargetType.RDS_DB_INSTANCE }) };

{ // Values: generated, templated, given, object, named and retained
  const s = new cdk.Stack(app, 'Values');
  const plain = new sm.Secret(s, 'Default');
  new sm.Secret(s, 'Generated', {
    description: 'db credentials',
    generateSecretString: {
      excludeCharacters: '"@/\\', excludePunctuation: true, generateStringKey: 'password', includeSpace: false,
      passwordLength: 24, requireEachIncludedType: true, secretStringTemplate: JSON.stringify({ username: 'admin' }),
    },
    removalPolicy: cdk.RemovalPolicy.RETAIN, secretName: 'prod-db-credentials',
  });
  new sm.Secret(s, 'Given', { secretStringValue: cdk.SecretValue.unsafePlainText('hunter2') });
  new sm.Secret(s, 'Object', { secretObjectValue: { password: plain.secretValueFromJson('x'), username: cdk.SecretValue.unsafePlainText('admin') } });
  new sm.Secret(s, 'Beta', { secretStringBeta1: sm.SecretStringValueBeta1.fromUnsafePlaintext('beta') });
  out(s, 'Name', plain.secretName);
  out(s, 'Arn', plain.secretArn);
  out(s, 'FullArn', plain.secretFullArn);
  out(s, 'Key', plain.cfnDynamicReferenceKey({ jsonField: 'password' }));
  out(s, 'Whole', plain.secretValue.unsafeUnwrap());
}

{ // Kms: an encrypted, replicated secret and its grants
  const s = new cdk.Stack(app, 'Kms');
  const key = new kms.Key(s, 'Key');
  const replicaKey = kms.Key.fromKeyArn(s, 'ReplicaKey', 'arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab');
  const secret = new sm.Secret(s, 'Secret', {
    encryptionKey: key, replicaRegions: [{ region: 'eu-west-1', encryptionKey: replicaKey }, { region: 'eu-central-1' }],
  });
  const r = role(s);
  secret.grantRead(r);
  secret.grantWrite(r);
  const other = new sm.Secret(s, 'Staged');
  other.grantRead(r, ['AWSCURRENT']);
  other.addReplicaRegion('us-west-2');
}

{ // Imports: by name, complete ARN, partial ARN and attributes, with grants
  const s = new cdk.Stack(app, 'Imports');
  const r = role(s);
  const byName = sm.Secret.fromSecretNameV2(s, 'ByName', 'app/token');
  const complete = sm.Secret.fromSecretCompleteArn(s, 'Complete', 'arn:aws:secretsmanager:us-east-1:111111111111:secret:app/db-AbCdEf');
  const partial = sm.Secret.fromSecretPartialArn(s, 'Partial', 'arn:aws:secretsmanager:us-east-1:111111111111:secret:app/api');
  const withKey = sm.Secret.fromSecretAttributes(s, 'WithKey', {
    encryptionKey: kms.Key.fromKeyArn(s, 'Key', 'arn:aws:kms:us-east-1:111111111111:key/5678abcd-12ab-34cd-56ef-1234567890ab'),
    secretCompleteArn: 'arn:aws:secretsmanager:us-east-1:111111111111:secret:keyed-123456',
  });
  for (const x of [byName, complete, partial, withKey]) x.grantRead(r);
  out(s, 'ByNameArn', byName.secretArn);
  out(s, 'CompleteName', complete.secretName);
  out(s, 'PartialName', partial.secretName);
  out(s, 'Value', byName.secretValueFromJson('token').unsafeUnwrap());
}

{ // Rotation: a Lambda rotation, hosted single and multi user rotations, schedules
  const s = new cdk.Stack(app, 'Rotation');
  const key = new kms.Key(s, 'Key');
  const secret = new sm.Secret(s, 'Secret', { encryptionKey: key });
  const fn = new lambda.Function(s, 'Rotator', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}') });
  secret.addRotationSchedule('Rotation', { automaticallyAfter: cdk.Duration.days(7), rotateImmediatelyOnUpdate: false, rotationLambda: fn });
  const master = new sm.Secret(s, 'Master', { generateSecretString: { excludeCharacters: '"@/' } });
  master.addRotationSchedule('Rotation', { hostedRotation: sm.HostedRotation.postgreSqlSingleUser({ functionName: 'rotator' }) });
  const user = new sm.Secret(s, 'User');
  user.addRotationSchedule('Rotation', { automaticallyAfter: cdk.Duration.hours(6), hostedRotation: sm.HostedRotation.mysqlMultiUser({ masterSecret: master }) });
  new sm.RotationSchedule(s, 'Off', { automaticallyAfter: cdk.Duration.days(0), hostedRotation: sm.HostedRotation.mongoDbSingleUser(), secret: user });
}

{ // Policy and attachment
  const s = new cdk.Stack(app, 'Attachment');
  const secret = new sm.Secret(s, 'Secret');
  secret.addToResourcePolicy(new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] }));
  const attached = secret.attach(target);
  attached.addToResourcePolicy(new iam.PolicyStatement({ actions: ['secretsmanager:DescribeSecret'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] }));
  attached.grantRead(role(s));
  const imported = sm.SecretTargetAttachment.fromSecretTargetAttachmentSecretArn(s, 'Imported', 'arn:aws:secretsmanager:us-east-1:111111111111:secret:att-AbCdEf');
  out(s, 'AttachedArn', attached.secretArn);
  out(s, 'AttachedName', attached.secretName);
  out(s, 'ImportedName', imported.secretName);
}

{ // CrossProducer/CrossConsumer: a secret read from another stack (weak reference)
  const a = new cdk.Stack(app, 'CrossProducer');
  const secret = new sm.Secret(a, 'Secret');
  const b = new cdk.Stack(app, 'CrossConsumer');
  secret.grantRead(role(b));
  new cdk.CfnOutput(b, 'Value', { value: secret.secretValueFromJson('password').unsafeUnwrap() });
}

{ // HostedVpc: hosted rotations deployed in a VPC (own security group, given groups and subnets) and their connections
  const ec2 = require('aws-cdk-lib/aws-ec2');
  const s = new cdk.Stack(app, 'HostedVpc');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
  const db = new ec2.SecurityGroup(s, 'Db', { vpc });
  const master = new sm.Secret(s, 'Master');
  const single = sm.HostedRotation.postgreSqlSingleUser({ vpc });
  master.addRotationSchedule('Rotation', { hostedRotation: single });
  single.connections.allowTo(db, ec2.Port.tcp(5432));
  const given = new ec2.SecurityGroup(s, 'Given', { vpc });
  const user = new sm.Secret(s, 'User');
  const multi = sm.HostedRotation.postgreSqlMultiUser({ masterSecret: master, vpc, securityGroups: [given],
    vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } });
  user.addRotationSchedule('Rotation', { hostedRotation: multi });
  db.connections.allowFrom(multi, ec2.Port.tcp(5432));
}

const errors = {
  TemplateWithoutKey: (s) => new sm.Secret(s, 'S', { generateSecretString: { secretStringTemplate: '{}' } }),
  TwoValues: (s) => new sm.Secret(s, 'S', { generateSecretString: {}, secretStringValue: cdk.SecretValue.unsafePlainText('x') }),
  RotationNeither: (s) => new sm.RotationSchedule(s, 'R', { secret: new sm.Secret(s, 'S') }),
  RotationTooShort: (s) => new sm.Secret(s, 'S').addRotationSchedule('R', { automaticallyAfter: cdk.Duration.hours(1), hostedRotation: sm.HostedRotation.mysqlSingleUser() }),
  ImportBothArns: (s) => sm.Secret.fromSecretAttributes(s, 'I', { secretCompleteArn: 'arn:aws:secretsmanager:us-east-1:1:secret:a-AbCdEf', secretPartialArn: 'arn:aws:secretsmanager:us-east-1:1:secret:a' }),
  IncompleteArn: (s) => sm.Secret.fromSecretCompleteArn(s, 'I', 'arn:aws:secretsmanager:us-east-1:111111111111:secret:short'),
  AttachTwice: (s) => { const x = new sm.Secret(s, 'S'); x.attach(target); x.attach(target); },
  GroupsWithoutVpc: (s) => new sm.Secret(s, 'S').addRotationSchedule('R', { hostedRotation: sm.HostedRotation.mysqlSingleUser({ securityGroups: [require('aws-cdk-lib/aws-ec2').SecurityGroup.fromSecurityGroupId(s, 'G', 'sg-1')] }) }),
  ConnectionsNoVpc: (s) => sm.HostedRotation.mysqlSingleUser().connections,
  ConnectionsUnbound: (s) => sm.HostedRotation.mysqlSingleUser({ vpc: new (require('aws-cdk-lib/aws-ec2').Vpc)(s, 'V') }).connections,
  MultiUserNoMaster: (s) => sm.HostedRotation.postgreSqlMultiUser({}),
};
const outErrors = {};
for (const [name, build] of Object.entries(errors)) {
  const s = new cdk.Stack(new cdk.App({ autoSynth: false }), 'S');
  try {
    build(s);
    outErrors[name] = null;
  } catch (e) {
    outErrors[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(outErrors, null, 2));
app.synth();
