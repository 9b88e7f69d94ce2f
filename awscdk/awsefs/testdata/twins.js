// aws-cdk-lib 2.276.0 twins of the Go cases in efs_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const app = new cdk.App();
const vpc = (s) => new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0, restrictDefaultSecurityGroup: false });

{ // Default: the README's file system
  const s = new cdk.Stack(app, 'Default');
  const fs = new efs.FileSystem(s, 'Fs', { vpc: vpc(s) });
  new cdk.CfnOutput(s, 'Id', { value: fs.fileSystemId });
  new cdk.CfnOutput(s, 'Arn', { value: fs.fileSystemArn });
}

{ // AllProps: every setting, a given key, security group and subnets
  const s = new cdk.Stack(app, 'AllProps');
  const v = vpc(s);
  const key = new kms.Key(s, 'Key');
  const sg = new ec2.SecurityGroup(s, 'Sg', { vpc: v });
  new efs.FileSystem(s, 'Fs', {
    vpc: v,
    encrypted: true,
    kmsKey: key,
    fileSystemName: 'shared',
    lifecyclePolicy: efs.LifecyclePolicy.AFTER_14_DAYS,
    outOfInfrequentAccessPolicy: efs.OutOfInfrequentAccessPolicy.AFTER_1_ACCESS,
    transitionToArchivePolicy: efs.LifecyclePolicy.AFTER_90_DAYS,
    performanceMode: efs.PerformanceMode.GENERAL_PURPOSE,
    throughputMode: efs.ThroughputMode.PROVISIONED,
    provisionedThroughputPerSecond: cdk.Size.mebibytes(128),
    removalPolicy: cdk.RemovalPolicy.DESTROY,
    enableAutomaticBackups: true,
    securityGroup: sg,
    vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
    replicationOverwriteProtection: efs.ReplicationOverwriteProtection.ENABLED,
    allowAnonymousAccess: true,
  });
  new efs.FileSystem(s, 'MaxIo', { vpc: v, performanceMode: efs.PerformanceMode.MAX_IO, throughputMode: efs.ThroughputMode.BURSTING, encrypted: false });
  new efs.FileSystem(s, 'Elastic', { vpc: v, throughputMode: efs.ThroughputMode.ELASTIC });
}

{ // OneZone: default zone and a chosen one
  const s = new cdk.Stack(app, 'OneZone', { env: { account: '111111111111', region: 'us-east-1' } });
  const v = vpc(s);
  new efs.FileSystem(s, 'First', { vpc: v, oneZone: true });
  new efs.FileSystem(s, 'Chosen', { vpc: v, oneZone: true, vpcSubnets: { availabilityZones: ['us-east-1b'] } });
}

{ // Replication: to a new regional, a new one zone and an existing file system
  const s = new cdk.Stack(app, 'Replication');
  const v = vpc(s);
  const key = new kms.Key(s, 'Key');
  const dest = new efs.FileSystem(s, 'Dest', { vpc: v, replicationOverwriteProtection: efs.ReplicationOverwriteProtection.DISABLED });
  new efs.FileSystem(s, 'Regional', { vpc: v, replicationConfiguration: efs.ReplicationConfiguration.regionalFileSystem('us-west-2', key) });
  new efs.FileSystem(s, 'RegionalDefault', { vpc: v, replicationConfiguration: efs.ReplicationConfiguration.regionalFileSystem() });
  new efs.FileSystem(s, 'OneZoneDest', { vpc: v, replicationConfiguration: efs.ReplicationConfiguration.oneZoneFileSystem('us-east-1', 'us-east-1a', key) });
  new efs.FileSystem(s, 'Existing', { vpc: v, replicationConfiguration: efs.ReplicationConfiguration.existingFileSystem(dest) });
}

{ // Policy: a given policy, statements added, client grants, connections
  const s = new cdk.Stack(app, 'Policy');
  const v = vpc(s);
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const fs = new efs.FileSystem(s, 'Fs', {
    vpc: v,
    fileSystemPolicy: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({
      actions: ['elasticfilesystem:ClientMount'], principals: [new iam.AccountRootPrincipal()], resources: ['*'],
    })] }),
  });
  fs.addToResourcePolicy(new iam.PolicyStatement({ actions: ['elasticfilesystem:DescribeMountTargets'], principals: [new iam.ArnPrincipal('arn:aws:iam::123456789012:root')] }));
  fs.grantRead(role);
  fs.grantReadWrite(role);
  fs.grantRootAccess(role);
  fs.grant(role, 'elasticfilesystem:Backup');
  fs.connections.allowDefaultPortFrom(ec2.Peer.ipv4('10.0.0.0/16'));
  const open = new efs.FileSystem(s, 'Open', { vpc: v, allowAnonymousAccess: true });
  open.grantRead(role);
  const granted = new efs.FileSystem(s, 'Granted', { vpc: v, allowAnonymousAccess: false });
  new cdk.CfnOutput(s, 'Dep', { value: String(granted.mountTargetsAvailable !== undefined) });
}

{ // AccessPoints: added, standalone, imported; an imported file system
  const s = new cdk.Stack(app, 'AccessPoints');
  const v = vpc(s);
  const fs = new efs.FileSystem(s, 'Fs', { vpc: v });
  const ap = fs.addAccessPoint('Ap', {
    path: '/export/lambda',
    createAcl: { ownerGid: '1001', ownerUid: '1001', permissions: '750' },
    posixUser: { gid: '1001', uid: '1001', secondaryGids: ['1002'] },
    clientToken: 'token',
  });
  new efs.AccessPoint(s, 'Standalone', { fileSystem: fs });
  fs.addAccessPoint('Bare');
  new cdk.CfnOutput(s, 'ApId', { value: ap.accessPointId });
  new cdk.CfnOutput(s, 'ApArn', { value: ap.accessPointArn });
  new cdk.CfnOutput(s, 'ApFs', { value: ap.fileSystem.fileSystemId });
  const byId = efs.AccessPoint.fromAccessPointId(s, 'ById', 'fsap-0123456789abcdef0');
  const byArn = efs.AccessPoint.fromAccessPointAttributes(s, 'ByArn', { accessPointArn: 'arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef1', fileSystem: fs });
  new cdk.CfnOutput(s, 'ByIdOut', { value: byId.accessPointArn });
  new cdk.CfnOutput(s, 'ByArnOut', { value: byArn.accessPointId });
  const sg = ec2.SecurityGroup.fromSecurityGroupId(s, 'ImportedSg', 'sg-0123456789abcdef0');
  const imported = efs.FileSystem.fromFileSystemAttributes(s, 'Imported', { fileSystemId: 'fs-0123456789abcdef0', securityGroup: sg });
  const importedArn = efs.FileSystem.fromFileSystemAttributes(s, 'ImportedArn', { fileSystemArn: 'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123456789abcdef1', securityGroup: sg });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  imported.grantReadWrite(role);
  new cdk.CfnOutput(s, 'ImportedArnOut', { value: imported.fileSystemArn });
  new cdk.CfnOutput(s, 'ImportedIdOut', { value: importedArn.fileSystemId });
  new cdk.CfnOutput(s, 'Added', { value: String(imported.addToResourcePolicy(new iam.PolicyStatement({ actions: ['x:y'] })).statementAdded) });
  new efs.AccessPoint(s, 'OnImported', { fileSystem: imported, path: '/data' });
}

{ // Lambda: a function mounting an access point (lambda.FileSystem.fromEfsAccessPoint)
  const s = new cdk.Stack(app, 'Lambda');
  const v = vpc(s);
  const fs = new efs.FileSystem(s, 'Fs', { vpc: v, removalPolicy: cdk.RemovalPolicy.DESTROY });
  const ap = fs.addAccessPoint('Ap', { path: '/export/lambda', createAcl: { ownerGid: '1001', ownerUid: '1001', permissions: '750' }, posixUser: { gid: '1001', uid: '1001' } });
  const fn = new lambda.Function(s, 'Fn', {
    runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}'),
    vpc: v, filesystem: lambda.FileSystem.fromEfsAccessPoint(ap, '/mnt/msg'),
  });
  fs.connections.allowDefaultPortFrom(fn);
}

{ // CrossFs + CrossUse: the file system in one stack, its access point,
  // a Lambda function mounting it and a grant in another
  const env = { account: '111111111111', region: 'us-east-1' };
  const a = new cdk.Stack(app, 'CrossFs', { env });
  const fs = new efs.FileSystem(a, 'Fs', { vpc: vpc(a) });
  const b = new cdk.Stack(app, 'CrossUse', { env });
  const ap = new efs.AccessPoint(b, 'Ap', { fileSystem: fs, path: '/shared' });
  const role = new iam.Role(b, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  fs.grantReadWrite(role);
  new cdk.CfnOutput(b, 'ApArn', { value: ap.accessPointArn });
  new cdk.CfnOutput(b, 'FsArn', { value: fs.fileSystemArn });
}

{ // Legacy: a strata synth run (the CLI's context) of an app whose cdk.json
  // predates the EFS flags: numbered mount targets, anonymous access allowed
  const env = process.env.CDK_CONTEXT_JSON;
  delete process.env.CDK_CONTEXT_JSON;
  const context = { ...JSON.parse(env), ...require('../../../internal/cdkctx/cli-context.json'),
    '@aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId': false, '@aws-cdk/aws-efs:denyAnonymousAccess': false };
  const legacy = new cdk.App({ context, outdir: process.env.CDK_OUTDIR });
  process.env.CDK_CONTEXT_JSON = env;
  const s = new cdk.Stack(legacy, 'Legacy');
  const fs = new efs.FileSystem(s, 'Fs', { vpc: vpc(s) });
  fs.addAccessPoint('Ap');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  new efs.FileSystem(s, 'Granted', { vpc: s.node.findChild('Vpc') }).grantRead(role);
  legacy.synth();
}

const errors = {
  MaxIoOneZone: (s) => new efs.FileSystem(s, 'Fs', { vpc: vpc(s), oneZone: true, performanceMode: efs.PerformanceMode.MAX_IO }),
  ProvisionedWithoutThroughput: (s) => new efs.FileSystem(s, 'Fs', { vpc: vpc(s), throughputMode: efs.ThroughputMode.PROVISIONED }),
  ElasticMaxIo: (s) => new efs.FileSystem(s, 'Fs', { vpc: vpc(s), throughputMode: efs.ThroughputMode.ELASTIC, performanceMode: efs.PerformanceMode.MAX_IO }),
  ReplicationProtectionDisabled: (s) => new efs.FileSystem(s, 'Fs', { vpc: vpc(s),
    replicationConfiguration: efs.ReplicationConfiguration.regionalFileSystem('us-west-2'),
    replicationOverwriteProtection: efs.ReplicationOverwriteProtection.DISABLED }),
  OneZoneSubnetsWithoutAz: (s) => new efs.FileSystem(s, 'Fs', { vpc: vpc(s), oneZone: true, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } }),
  OneZoneTwoAzs: (s) => new efs.FileSystem(s, 'Fs', { vpc: vpc(s), oneZone: true, vpcSubnets: { availabilityZones: ['a', 'b'] } }),
  ImportBoth: (s) => efs.FileSystem.fromFileSystemAttributes(s, 'Fs', { fileSystemId: 'fs-1', fileSystemArn: 'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-1',
    securityGroup: ec2.SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-1') }),
  ImportNeither: (s) => efs.FileSystem.fromFileSystemAttributes(s, 'Fs', { securityGroup: ec2.SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-1') }),
  ImportBadArn: (s) => efs.FileSystem.fromFileSystemAttributes(s, 'Fs', { fileSystemArn: 'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system',
    securityGroup: ec2.SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-1') }),
  ClientTokenTooLong: (s) => new efs.FileSystem(s, 'Fs', { vpc: vpc(s) }).addAccessPoint('Ap', { clientToken: 'x'.repeat(65) }),
  ClientTokenEmpty: (s) => new efs.FileSystem(s, 'Fs', { vpc: vpc(s) }).addAccessPoint('Ap', { clientToken: '' }),
  ApImportBoth: (s) => efs.AccessPoint.fromAccessPointAttributes(s, 'Ap', { accessPointId: 'fsap-1', accessPointArn: 'arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-1' }),
  ApImportNeither: (s) => efs.AccessPoint.fromAccessPointAttributes(s, 'Ap', {}),
  ApImportBadArn: (s) => efs.AccessPoint.fromAccessPointAttributes(s, 'Ap', { accessPointArn: 'arn:aws:elasticfilesystem:us-east-1:123456789012:access-point' }),
  ApNoFileSystem: (s) => efs.AccessPoint.fromAccessPointId(s, 'Ap', 'fsap-1').fileSystem,
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
