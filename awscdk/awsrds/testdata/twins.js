// aws-cdk-lib 2.276.0 twins of the Go cases in cluster_test.go and
// instance_test.go. Each stack is one template case; each entry of `errors`
// one bad-input case, whose message and construct path regen.sh writes to
// errors.json.
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const kms = require('aws-cdk-lib/aws-kms');
const rds = require('aws-cdk-lib/aws-rds');
const iam = require('aws-cdk-lib/aws-iam');
const logs = require('aws-cdk-lib/aws-logs');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const app = new cdk.App();
const out = (s, id, value) => new cdk.CfnOutput(s, id, { value });
const isolatedVpc = (s) => new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0,
  subnetConfiguration: [{ name: 'public', subnetType: ec2.SubnetType.PUBLIC }, { name: 'db', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
const isolated = { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };

{ // Serverless: Yoctogram's Aurora PostgreSQL Serverless v2 cluster with a generated secret
  const s = new cdk.Stack(app, 'Serverless');
  const vpc = isolatedVpc(s);
  const c = new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    credentials: rds.Credentials.fromGeneratedSecret('yoctogram'),
    writer: rds.ClusterInstance.serverlessV2('writer'),
    readers: [rds.ClusterInstance.serverlessV2('reader', { scaleWithWriter: true })],
    serverlessV2MinCapacity: 0.5, serverlessV2MaxCapacity: 4,
    vpc, vpcSubnets: isolated, defaultDatabaseName: 'yoctogram',
  });
  const sg = new ec2.SecurityGroup(s, 'App', { vpc });
  c.connections.allowDefaultPortFrom(sg);
  out(s, 'Endpoint', c.clusterEndpoint.socketAddress);
  out(s, 'ReadEndpoint', c.clusterReadEndpoint.hostname);
  out(s, 'SecretArn', c.secret.secretArn);
  out(s, 'Writer', c.instanceIdentifiers[0]);
  out(s, 'Metric', c.metricServerlessDatabaseCapacity().metricName);
}

{ // Provisioned: default credentials, provisioned writer and reader, parameters, RETAIN, backup, encryption
  const s = new cdk.Stack(app, 'Provisioned');
  const vpc = isolatedVpc(s);
  const key = new kms.Key(s, 'Key');
  new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_15_8 }),
    writer: rds.ClusterInstance.provisioned('writer', { instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE) }),
    readers: [rds.ClusterInstance.provisioned('reader', { promotionTier: 1, publiclyAccessible: false })],
    parameters: { log_statement: 'ddl', 'rds.force_ssl': '1' }, // sorted, as jsii hands a Go map over
    removalPolicy: cdk.RemovalPolicy.RETAIN,
    backup: { retention: cdk.Duration.days(7), preferredWindow: '03:00-04:00' },
    storageEncryptionKey: key,
    clusterIdentifier: 'MyCluster',
    iamAuthentication: true,
    cloudwatchLogsExports: ['postgresql'], cloudwatchLogsRetention: logs.RetentionDays.ONE_WEEK,
    monitoringInterval: cdk.Duration.seconds(30),
    enablePerformanceInsights: true, performanceInsightRetention: rds.PerformanceInsightRetention.MONTHS_1,
    databaseInsightsMode: rds.DatabaseInsightsMode.STANDARD,
    vpc, vpcSubnets: isolated,
  });
}

{ // Groups: a subnet group, parameter groups for a cluster and an instance, a cluster using both
  const s = new cdk.Stack(app, 'Groups');
  const vpc = isolatedVpc(s);
  const engine = rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_17_4 });
  const sng = new rds.SubnetGroup(s, 'Subnets', { description: 'db subnets', vpc, vpcSubnets: isolated, subnetGroupName: 'MySubnets' });
  const pg = new rds.ParameterGroup(s, 'Params', { engine, parameters: { max_connections: '100' } });
  pg.addParameter('work_mem', '64MB');
  rds.ParameterGroup.forInstance(s, 'InstanceParams', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }), description: 'mine' });
  const c = new rds.DatabaseCluster(s, 'Db', {
    engine, writer: rds.ClusterInstance.serverlessV2('writer'), readers: [rds.ClusterInstance.serverlessV2('reader')],
    parameterGroup: pg, subnetGroup: sng, vpc, port: 6543,
    credentials: rds.Credentials.fromUsername('admin_user', { excludeCharacters: '"@/' }),
    removalPolicy: cdk.RemovalPolicy.DESTROY,
    serverlessV2MinCapacity: 0, serverlessV2AutoPauseDuration: cdk.Duration.minutes(10),
  });
  out(s, 'SubnetGroup', sng.subnetGroupName);
  out(s, 'Port', cdk.Token.asString(c.clusterEndpoint.port));
}

{ // Instance: the production stack's PostgreSQL instance with a read replica
  const s = new cdk.Stack(app, 'Instance');
  const vpc = isolatedVpc(s);
  const db = new rds.DatabaseInstance(s, 'Db', {
    engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
    instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MEDIUM),
    credentials: rds.Credentials.fromGeneratedSecret('yoctogram'),
    vpc, vpcSubnets: isolated, multiAz: true, allocatedStorage: 50, maxAllocatedStorage: 200,
    storageType: rds.StorageType.GP3, iops: 3000, storageThroughput: 125, storageEncrypted: true,
    backupRetention: cdk.Duration.days(7), databaseName: 'yoctogram', deletionProtection: false,
    removalPolicy: cdk.RemovalPolicy.DESTROY,
  });
  const replica = new rds.DatabaseInstanceReadReplica(s, 'Replica', {
    sourceDatabaseInstance: db, instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MEDIUM),
    vpc, vpcSubnets: isolated, removalPolicy: cdk.RemovalPolicy.DESTROY,
  });
  const sg = new ec2.SecurityGroup(s, 'App', { vpc });
  db.connections.allowDefaultPortFrom(sg);
  replica.connections.allowDefaultPortFrom(sg);
  out(s, 'Endpoint', db.instanceEndpoint.socketAddress);
  out(s, 'ReplicaEndpoint', replica.instanceEndpoint.hostname);
  out(s, 'SecretArn', db.secret.secretArn);
  out(s, 'Arn', db.instanceArn);
  out(s, 'Metric', db.metricCPUUtilization().metricName);
}

{ // InstanceDefaults: MySQL with default credentials (admin), parameters, RETAIN, private subnets
  const s = new cdk.Stack(app, 'InstanceDefaults');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
  new rds.DatabaseInstance(s, 'Db', {
    engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0_40 }),
    vpc, parameters: { max_connections: '200' }, removalPolicy: cdk.RemovalPolicy.RETAIN,
    instanceIdentifier: 'MyDb', port: 3307, iamAuthentication: true, monitoringInterval: cdk.Duration.minutes(1),
    performanceInsightRetention: rds.PerformanceInsightRetention.LONG_TERM,
    processorFeatures: { coreCount: 2, threadsPerCore: 1 },
  });
}

{ // OtherEngines: an Aurora MySQL cluster and a MariaDB instance with default credentials
  const s = new cdk.Stack(app, 'OtherEngines');
  const vpc = isolatedVpc(s);
  new rds.DatabaseCluster(s, 'Mysql', {
    engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }),
    writer: rds.ClusterInstance.provisioned('writer'), vpc, vpcSubnets: isolated,
  });
  new rds.DatabaseInstance(s, 'Maria', {
    engine: rds.DatabaseInstanceEngine.mariaDb({ version: rds.MariaDbEngineVersion.VER_10_11_9 }),
    vpc, vpcSubnets: isolated, storageType: rds.StorageType.IO1,
  });
}

{ // Imports: a cluster and an instance from attributes, with connections and IAM connect grants
  const s = new cdk.Stack(app, 'Imports');
  const iam = require('aws-cdk-lib/aws-iam');
  const sg = ec2.SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-12345678');
  const vpc = isolatedVpc(s);
  const app2 = new ec2.SecurityGroup(s, 'App', { vpc });
  const c = rds.DatabaseCluster.fromDatabaseClusterAttributes(s, 'Cluster', {
    clusterIdentifier: 'my-cluster', clusterEndpointAddress: 'my-cluster.example.com', port: 5432,
    securityGroups: [sg], clusterResourceIdentifier: 'cluster-ABC',
  });
  const i = rds.DatabaseInstance.fromDatabaseInstanceAttributes(s, 'Instance', {
    instanceIdentifier: 'my-db', instanceEndpointAddress: 'my-db.example.com', port: 3306, securityGroups: [sg], instanceResourceId: 'db-XYZ',
  });
  c.connections.allowDefaultPortFrom(app2);
  i.connections.allowDefaultPortFrom(app2);
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  c.grantConnect(role, 'app');
  i.grantConnect(role, 'app');
  out(s, 'Endpoint', c.clusterEndpoint.socketAddress);
  out(s, 'ClusterArn', c.clusterArn);
  out(s, 'InstanceArn', i.instanceArn);
  out(s, 'Metric', i.metricFreeStorageSpace().metricName);
}

{ // Commercial: SQL Server Express with a time zone, Oracle SE2 with a license model
  const s = new cdk.Stack(app, 'Commercial');
  const vpc = isolatedVpc(s);
  new rds.DatabaseInstance(s, 'SqlServer', {
    engine: rds.DatabaseInstanceEngine.sqlServerEx({ version: rds.SqlServerEngineVersion.VER_16_00_4175_1_V1 }),
    instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.SMALL),
    vpc, vpcSubnets: isolated, timezone: 'Central Europe Standard Time', allocatedStorage: 20,
    parameters: { 'max degree of parallelism': '2' },
  });
  new rds.DatabaseInstance(s, 'Oracle', {
    engine: rds.DatabaseInstanceEngine.oracleSe2({ version: rds.OracleEngineVersion.VER_19_0_0_0_2025_01_R1 }),
    licenseModel: rds.LicenseModel.BRING_YOUR_OWN_LICENSE,
    vpc, vpcSubnets: isolated,
  });
}

{ // DataApi: a Data API grant on a cluster (turning the API on), an IAM connect grant on an instance
  const s = new cdk.Stack(app, 'DataApi');
  const iam = require('aws-cdk-lib/aws-iam');
  const vpc = isolatedVpc(s);
  const c = new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), vpc, vpcSubnets: isolated,
  });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  c.grantDataApiAccess(role);
  const i = new rds.DatabaseInstance(s, 'Instance', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }), vpc, vpcSubnets: isolated });
  i.grantConnect(role);
}

{ // Production: Postgres 16 with a KMS key, generated credentials, given subnet and parameter groups, an encrypted read replica
  const s = new cdk.Stack(app, 'Production');
  const vpc = isolatedVpc(s);
  const key = new kms.Key(s, 'Key', { enableKeyRotation: true });
  const engine = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 });
  const subnetGroup = new rds.SubnetGroup(s, 'Subnets', { description: 'database subnets', vpc, vpcSubnets: isolated });
  const parameterGroup = new rds.ParameterGroup(s, 'Params', { engine, parameters: { 'rds.force_ssl': '1' } });
  const db = new rds.DatabaseInstance(s, 'Db', {
    engine, vpc, subnetGroup, parameterGroup,
    credentials: rds.Credentials.fromGeneratedSecret('postgres', { encryptionKey: key }),
    storageEncryptionKey: key, multiAz: true, deletionProtection: true,
    backupRetention: cdk.Duration.days(14), preferredBackupWindow: '03:00-04:00', preferredMaintenanceWindow: 'Sun:05:00-Sun:06:00',
    cloudwatchLogsExports: ['postgresql', 'upgrade'], cloudwatchLogsRetention: logs.RetentionDays.ONE_MONTH,
  });
  new rds.DatabaseInstanceReadReplica(s, 'Replica', {
    sourceDatabaseInstance: db, instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE),
    vpc, subnetGroup, parameterGroup,
  });
}

{ // FromSnapshot: instances restored from a snapshot, with a generated secret and with the snapshot's own credentials
  const s = new cdk.Stack(app, 'FromSnapshot');
  const vpc = isolatedVpc(s);
  const engine = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 });
  new rds.DatabaseInstanceFromSnapshot(s, 'Restored', {
    engine, vpc, vpcSubnets: isolated, snapshotIdentifier: 'my-snapshot',
    credentials: rds.SnapshotCredentials.fromGeneratedSecret('postgres'),
  });
  new rds.DatabaseInstanceFromSnapshot(s, 'Plain', {
    engine, vpc, vpcSubnets: isolated, clusterSnapshotIdentifier: 'arn:aws:rds:us-east-1:111111111111:cluster-snapshot:snap',
  });
}

{ // ClusterFromSnapshot: an Aurora cluster restored from a snapshot with its own credentials
  // (a generated snapshot secret renders MasterUserPassword without MasterUsername,
  // which aws-cdk-lib's own validation rejects, so it cannot be a twin)
  const s = new cdk.Stack(app, 'ClusterFromSnapshot');
  const vpc = isolatedVpc(s);
  const c = new rds.DatabaseClusterFromSnapshot(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    snapshotIdentifier: 'my-cluster-snapshot', removalPolicy: cdk.RemovalPolicy.RETAIN,
    writer: rds.ClusterInstance.serverlessV2('writer'), vpc, vpcSubnets: isolated,
  });
  out(s, 'Endpoint', c.clusterEndpoint.socketAddress);
}

{ // Options: an Oracle option group (an option with a port and its security group, one with settings) used by an instance
  const s = new cdk.Stack(app, 'Options');
  const vpc = isolatedVpc(s);
  const engine = rds.DatabaseInstanceEngine.oracleEe({ version: rds.OracleEngineVersion.VER_19_0_0_0_2025_01_R1 });
  const og = new rds.OptionGroup(s, 'Options', { engine, configurations: [
    { name: 'OEM', port: 1158, vpc },
    { name: 'NATIVE_NETWORK_ENCRYPTION', settings: { 'SQLNET.CRYPTO_CHECKSUM_SERVER': 'REQUIRED', 'SQLNET.ENCRYPTION_SERVER': 'REQUIRED' } }, // sorted, as jsii hands a Go map over
  ] });
  og.addConfiguration({ name: 'S3_INTEGRATION', version: '1.0' });
  new rds.DatabaseInstance(s, 'Db', { engine, vpc, vpcSubnets: isolated, optionGroup: og, licenseModel: rds.LicenseModel.BRING_YOUR_OWN_LICENSE });
  const app2 = new ec2.SecurityGroup(s, 'App', { vpc });
  og.optionConnections.OEM.allowDefaultPortFrom(app2);
}

{ // Rotation: single and multi user rotations on an instance and a cluster (Serverless Application Repository apps)
  const s = new cdk.Stack(app, 'Rotation');
  const vpc = isolatedVpc(s);
  const db = new rds.DatabaseInstance(s, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }), vpc, vpcSubnets: isolated });
  db.addRotationSingleUser();
  const user = new rds.DatabaseSecret(s, 'User', { username: 'app', masterSecret: db.secret });
  db.addRotationMultiUser('AppUser', { secret: user.attach(db), automaticallyAfter: cdk.Duration.days(7), excludeCharacters: '"@/' });
  const c = new rds.DatabaseCluster(s, 'Cluster', {
    engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), vpc, vpcSubnets: isolated });
  const sg = new ec2.SecurityGroup(s, 'RotationSg', { vpc });
  c.addRotationSingleUser({ securityGroup: sg, rotateImmediatelyOnUpdate: false, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } });
  const key = new kms.Key(s, 'Key');
  const enc = new rds.DatabaseInstance(s, 'Encrypted', { engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0_40 }), vpc, vpcSubnets: isolated,
    credentials: rds.Credentials.fromGeneratedSecret('admin', { encryptionKey: key }) });
  enc.addRotationSingleUser({ automaticallyAfter: cdk.Duration.days(15) });
  enc.addRotationMultiUser('Other', { secret: new rds.DatabaseSecret(s, 'Other', { username: 'other', encryptionKey: key }) });
}

{ // Proxy: proxies in front of an instance (AddProxy, options) and a cluster (NewDatabaseProxy), grants, an import
  const s = new cdk.Stack(app, 'Proxy');
  const vpc = isolatedVpc(s);
  const db = new rds.DatabaseInstance(s, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }), vpc, vpcSubnets: isolated });
  const p = db.addProxy('Proxy', { secrets: [db.secret], vpc, vpcSubnets: isolated, iamAuth: true, requireTLS: false,
    idleClientTimeout: cdk.Duration.minutes(10), borrowTimeout: cdk.Duration.seconds(30), maxConnectionsPercent: 80, maxIdleConnectionsPercent: 20,
    debugLogging: true, initQuery: 'SET x=1', sessionPinningFilters: [rds.SessionPinningFilter.EXCLUDE_VARIABLE_SETS],
    clientPasswordAuthType: rds.ClientPasswordAuthType.POSTGRES_SCRAM_SHA_256 });
  const fnRole = new iam.Role(s, 'AppRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  p.grantConnect(fnRole);
  const c = new rds.DatabaseCluster(s, 'Cluster', {
    engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), readers: [rds.ClusterInstance.serverlessV2('reader')], vpc, vpcSubnets: isolated });
  const role = new iam.Role(s, 'ProxyRole', { assumedBy: new iam.ServicePrincipal('rds.amazonaws.com') });
  const cp = new rds.DatabaseProxy(s, 'ClusterProxy', { proxyTarget: rds.ProxyTarget.fromCluster(c), secrets: [c.secret], vpc, role, dbProxyName: 'my-proxy' });
  cp.grantConnect(fnRole, 'admin');
  const app2 = new ec2.SecurityGroup(s, 'App', { vpc });
  cp.connections.allowFrom(app2, ec2.Port.tcp(3306));
  const imp = rds.DatabaseProxy.fromDatabaseProxyAttributes(s, 'Imported', { dbProxyArn: 'arn:aws:rds:us-east-1:123456789012:db-proxy:prx-0123', dbProxyName: 'imp', endpoint: 'imp.example.com', securityGroups: [] });
  imp.grantConnect(fnRole, 'reader');
  out(s, 'Endpoint', p.endpoint);
  out(s, 'Arn', cp.dbProxyArn);
  const ep = cp.addEndpoint('Reader', { targetRole: rds.ProxyEndpointTargetRole.READ_ONLY, vpcSubnets: isolated, securityGroups: [app2] });
  new rds.DatabaseProxyEndpoint(s, 'Named', { dbProxy: p, vpc, vpcSubnets: isolated, dbProxyEndpointName: 'named-ep' });
  const iep = rds.DatabaseProxyEndpoint.fromDatabaseProxyEndpointAttributes(s, 'ImportedEp', { dbProxyEndpointArn: 'arn:ep', dbProxyEndpointName: 'iep', endpoint: 'iep.example.com' });
  out(s, 'ReaderEndpoint', ep.endpoint);
  out(s, 'ReaderName', ep.dbProxyEndpointName);
  out(s, 'ImportedEpHost', iep.endpoint);
}

{ // ServerlessV1: an Aurora Serverless v1 cluster with scaling, a KMS key, data API grant, rotations and connections
  const s = new cdk.Stack(app, 'ServerlessV1');
  const vpc = isolatedVpc(s);
  const key = new kms.Key(s, 'Key');
  const c = new rds.ServerlessCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.AURORA_MYSQL,
    credentials: rds.Credentials.fromGeneratedSecret('dbadmin'),
    scaling: { autoPause: cdk.Duration.minutes(10), minCapacity: rds.AuroraCapacityUnit.ACU_2, maxCapacity: rds.AuroraCapacityUnit.ACU_16,
      timeout: cdk.Duration.seconds(120), timeoutAction: rds.TimeoutAction.FORCE_APPLY_CAPACITY_CHANGE },
    backupRetention: cdk.Duration.days(7), clusterIdentifier: 'MyServerless', defaultDatabaseName: 'app',
    vpc, vpcSubnets: isolated, storageEncryptionKey: key, removalPolicy: cdk.RemovalPolicy.DESTROY,
  });
  const role = new iam.Role(s, 'AppRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  c.grantDataApiAccess(role);
  const sg = new ec2.SecurityGroup(s, 'App', { vpc });
  c.connections.allowDefaultPortFrom(sg);
  c.addRotationSingleUser({ automaticallyAfter: cdk.Duration.days(7) });
  const user = new rds.DatabaseSecret(s, 'UserSecret', { username: 'appuser', masterSecret: c.secret });
  c.addRotationMultiUser('User', { secret: user });
  out(s, 'Endpoint', c.clusterEndpoint.socketAddress);
  out(s, 'ReadEndpoint', c.clusterReadEndpoint.hostname);
  out(s, 'Arn', c.clusterArn);
  out(s, 'SecretArn', c.secret.secretArn);
  out(s, 'Sgs', cdk.Fn.join(',', c.securityGroups.map((g) => g.securityGroupId)));
}

{ // ServerlessV1Snapshot: restored from a snapshot on the original Aurora engine, a cluster without a VPC, and an import
  // aws-cdk-lib's own validation rejects these templates (the 'aurora' engine is retired; a restored
  // cluster gets a password without a username), so this stack synthesizes the way the CDK CLI runs apps.
  const lenient = new cdk.App({ outdir: process.env.CDK_OUTDIR,
    context: { ...JSON.parse(process.env.CDK_CONTEXT_JSON || '{}'), '@aws-cdk/core:failSynthOnValidationErrors': false } });
  const s = new cdk.Stack(lenient, 'ServerlessV1Snapshot');
  const vpc = isolatedVpc(s);
  const engine = rds.DatabaseClusterEngine.aurora({ version: rds.AuroraEngineVersion.VER_1_22_2 });
  const pg = new rds.ParameterGroup(s, 'Params', { engine, parameters: { time_zone: 'UTC' } });
  const snap = new rds.ServerlessClusterFromSnapshot(s, 'Restored', {
    engine, snapshotIdentifier: 'snap-1', credentials: rds.SnapshotCredentials.fromGeneratedSecret('admin'),
    vpc, vpcSubnets: isolated, parameterGroup: pg, scaling: { autoPause: cdk.Duration.seconds(0) },
    enableDataApi: false, deletionProtection: false,
  });
  const bare = new rds.ServerlessCluster(s, 'Bare', {
    engine: rds.DatabaseClusterEngine.AURORA, enableDataApi: true, copyTagsToSnapshot: false,
    removalPolicy: cdk.RemovalPolicy.RETAIN, scaling: { minCapacity: rds.AuroraCapacityUnit.ACU_1 },
  });
  const role = new iam.Role(s, 'AppRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  bare.grantDataApiAccess(role);
  const imp = rds.ServerlessCluster.fromServerlessClusterAttributes(s, 'Imported', {
    clusterIdentifier: 'imp', clusterEndpointAddress: 'imp.example.com', port: 3306, readerEndpointAddress: 'ro.example.com',
    secret: secretsmanager.Secret.fromSecretNameV2(s, 'ImpSecret', 'imp-secret'),
    securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(s, 'ImpSg', 'sg-123')],
  });
  imp.grantDataApiAccess(role);
  imp.connections.allowDefaultPortFrom(ec2.Peer.ipv4('10.0.0.0/16'));
  out(s, 'SnapEndpoint', snap.clusterEndpoint.hostname);
  out(s, 'SnapSecret', snap.secret.secretArn);
  out(s, 'BareEndpoint', bare.clusterEndpoint.socketAddress);
  out(s, 'ImpEndpoint', imp.clusterEndpoint.socketAddress);
  out(s, 'ImpReader', imp.clusterReadEndpoint.hostname);
  out(s, 'ImpArn', imp.clusterArn);
  out(s, 'ImpRef', imp.dbClusterRef.dbClusterIdentifier);
  out(s, 'AuroraFamily', engine.parameterGroupFamily);
  out(s, 'AuroraUnversioned', rds.DatabaseClusterEngine.AURORA.parameterGroupFamily);
  out(s, 'AuroraOf', rds.AuroraEngineVersion.of('5.6.mysql_aurora.1.23.5').auroraFullVersion);
  lenient.synth();
}

{ // Managed: RDS-managed master passwords on an instance, a cluster and a restored cluster; instance events; cluster instance types
  const sns = require('aws-cdk-lib/aws-sns');
  const targets = require('aws-cdk-lib/aws-events-targets');
  const s = new cdk.Stack(app, 'Managed');
  const vpc = isolatedVpc(s);
  const key = new kms.Key(s, 'Key');
  const db = new rds.DatabaseInstance(s, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
    vpc, vpcSubnets: isolated, manageMasterUserPassword: true, credentials: rds.Credentials.fromUsername('master', { encryptionKey: key }) });
  const topic = new sns.Topic(s, 'Topic');
  db.onEvent('Events', { target: new targets.SnsTopic(topic), description: 'db events', eventPattern: { detailType: ['RDS DB Instance Event'] } });
  const imp = rds.DatabaseInstance.fromDatabaseInstanceAttributes(s, 'Imported', { instanceIdentifier: 'imp', instanceEndpointAddress: 'imp.example.com',
    port: 5432, securityGroups: [] });
  imp.onEvent('ImpEvents');
  const c = new rds.DatabaseCluster(s, 'Cluster', { engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), manageMasterUserPassword: true, vpc, vpcSubnets: isolated });
  const r = new rds.DatabaseClusterFromSnapshot(s, 'Restored', { engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    snapshotIdentifier: 'snap', writer: rds.ClusterInstance.serverlessV2('writer'), manageMasterUserPassword: true, vpc, vpcSubnets: isolated });
  out(s, 'DbSecret', db.secret.secretArn);
  out(s, 'ClusterSecret', c.secret.secretArn);
  out(s, 'RestoredSecret', r.secret.secretArn);
  out(s, 'DbManaged', String(db.manageMasterUserPassword));
  out(s, 'Prov', rds.ClusterInstanceType.provisioned().toString());
  out(s, 'ProvR6g', rds.ClusterInstanceType.provisioned(ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE)).toString());
  out(s, 'Sv2', rds.ClusterInstanceType.serverlessV2().toString());
  out(s, 'Sv2Type', rds.ClusterInstanceType.serverlessV2().type);
}

{ // Lookup / LookupFound: an instance and a cluster from the Cloud Control context provider, without
  // the answers (manifest `missing`, written to missing.json) and with them (lookup-context.json)
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const env = { account: '111111111111', region: 'eu-west-1' };
  const lookup = (s) => {
    const db = rds.DatabaseInstance.fromLookup(s, 'Db', { instanceIdentifier: 'prod-db' });
    const c = rds.DatabaseCluster.fromLookup(s, 'Cluster', { clusterIdentifier: 'prod-cluster' });
    const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    db.grantConnect(role, 'app');
    c.grantConnect(role, 'app');
    c.grantDataApiAccess(role);
    db.connections.allowDefaultPortFrom(ec2.Peer.ipv4('10.0.0.0/16'));
    c.connections.allowDefaultPortFrom(ec2.Peer.ipv4('10.1.0.0/16'));
    out(s, 'DbEndpoint', db.instanceEndpoint.socketAddress);
    out(s, 'DbArn', db.instanceArn);
    out(s, 'ClusterEndpoint', c.clusterEndpoint.socketAddress);
    out(s, 'Reader', c.clusterReadEndpoint.hostname);
    out(s, 'ClusterArn', c.clusterArn);
  };
  lookup(new cdk.Stack(app, 'Lookup', { env }));
  const ctx = JSON.parse(process.env.CDK_CONTEXT_JSON || '{}');
  const probe = new cdk.App({ context: ctx, outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'rds-probe-')) });
  lookup(new cdk.Stack(probe, 'Lookup', { env }));
  const missing = probe.synth().manifest.missing;
  fs.writeFileSync(path.join(__dirname, 'missing.json'), JSON.stringify(missing, null, 1) + '\n');
  const answers = {
    'AWS::RDS::DBInstance': [{ Identifier: 'prod-db', DBInstanceArn: 'arn:aws:rds:eu-west-1:111111111111:db:prod-db',
      'Endpoint.Address': 'prod-db.abc123.eu-west-1.rds.amazonaws.com', 'Endpoint.Port': '5432', DbiResourceId: 'db-ABCDEFGHIJ',
      DBSecurityGroups: [], VPCSecurityGroups: ['sg-0aaa1111', 'sg-0bbb2222'] }],
    'AWS::RDS::DBCluster': [{ Identifier: 'prod-cluster', DBClusterArn: 'arn:aws:rds:eu-west-1:111111111111:cluster:prod-cluster',
      'Endpoint.Address': 'prod-cluster.cluster-abc123.eu-west-1.rds.amazonaws.com', 'Endpoint.Port': '3306',
      'ReadEndpoint.Address': 'prod-cluster.cluster-ro-abc123.eu-west-1.rds.amazonaws.com', DBClusterResourceId: 'cluster-KLMNOPQ',
      VpcSecurityGroupIds: ['sg-0ccc3333'], EnableHttpEndpoint: true }],
  };
  const found = {};
  for (const m of missing) found[m.key] = answers[m.props.typeName];
  fs.writeFileSync(path.join(__dirname, 'lookup-context.json'), JSON.stringify(found, null, 1) + '\n');
  const foundApp = new cdk.App({ context: { ...ctx, ...found }, outdir: process.env.CDK_OUTDIR });
  lookup(new cdk.Stack(foundApp, 'LookupFound', { env }));
  foundApp.synth();
}

{ // Legacy: the deprecated instanceProps and instances (base identifier, rolling updates), backtracking, directory domains
  const s = new cdk.Stack(app, 'Legacy');
  const vpc = isolatedVpc(s);
  const key = new kms.Key(s, 'Key');
  const c = new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }),
    instances: 3, instanceIdentifierBase: 'legacy-', instanceUpdateBehaviour: rds.InstanceUpdateBehaviour.ROLLING,
    instanceProps: { vpc, vpcSubnets: isolated, instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE),
      parameters: { max_connections: '200' }, performanceInsightRetention: rds.PerformanceInsightRetention.DEFAULT,
      performanceInsightEncryptionKey: key, autoMinorVersionUpgrade: false, preferredMaintenanceWindow: 'sun:03:00-sun:04:00' },
    backtrackWindow: cdk.Duration.hours(24), monitoringInterval: cdk.Duration.seconds(60), domain: 'd-1234567890',
  });
  out(s, 'Ids', cdk.Fn.join(',', c.instanceIdentifiers));
  out(s, 'Endpoints', cdk.Fn.join(',', c.instanceEndpoints.map((e) => e.hostname)));
  const c2 = new rds.DatabaseCluster(s, 'Db2', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    instanceProps: { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } }, clusterIdentifier: 'LegacyTwo',
    enablePerformanceInsights: true,
  });
  out(s, 'Ids2', cdk.Fn.join(',', c2.instanceIdentifiers));
  const role = new iam.Role(s, 'DirRole', { assumedBy: new iam.ServicePrincipal('rds.amazonaws.com') });
  new rds.DatabaseInstance(s, 'Pg', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
    vpc, vpcSubnets: isolated, domain: 'd-1234567890' });
  new rds.DatabaseInstance(s, 'PgOwnRole', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
    vpc, vpcSubnets: isolated, domain: 'd-1234567890', domainRole: role });
}

{ // S3: import and export buckets and roles on Aurora MySQL 3 (one combined role) and 2 (two parameters), Aurora PostgreSQL and a PostgreSQL instance
  const s3 = require('aws-cdk-lib/aws-s3');
  const s = new cdk.Stack(app, 'S3');
  const vpc = isolatedVpc(s);
  const imports = new s3.Bucket(s, 'Imports');
  const exports_ = new s3.Bucket(s, 'Exports');
  const role = new iam.Role(s, 'ExportRole', { assumedBy: new iam.ServicePrincipal('rds.amazonaws.com') });
  new rds.DatabaseCluster(s, 'Mysql3', { engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), vpc, vpcSubnets: isolated, s3ImportBuckets: [imports], s3ExportBuckets: [exports_] });
  new rds.DatabaseCluster(s, 'Mysql2', { engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_2_12_0 }),
    writer: rds.ClusterInstance.provisioned('writer', { instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE) }),
    vpc, vpcSubnets: isolated, s3ImportBuckets: [imports], s3ExportRole: role, parameters: { time_zone: 'UTC' } });
  new rds.DatabaseCluster(s, 'Pg', { engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), vpc, vpcSubnets: isolated, s3ImportBuckets: [imports], s3ExportBuckets: [exports_] });
  new rds.DatabaseInstance(s, 'PgInstance', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
    vpc, vpcSubnets: isolated, s3ImportBuckets: [imports], s3ExportBuckets: [exports_] });
}

{ // Migrated: writer and reader moved from instanceProps (isFromLegacyInstanceProps keeps the old resources)
  const s = new cdk.Stack(app, 'Migrated');
  const vpc = isolatedVpc(s);
  const it = ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE);
  new rds.DatabaseCluster(s, 'Db', { engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.provisioned('Instance1', { instanceType: it, isFromLegacyInstanceProps: true }),
    readers: [rds.ClusterInstance.provisioned('Instance2', { instanceType: it, isFromLegacyInstanceProps: true, promotionTier: 1 })],
    vpc, vpcSubnets: isolated });
}

{ // S3Commercial: S3 access through option groups (SQL Server backup-restore with one role, Oracle S3_INTEGRATION), and a replica whose S3 settings are unused
  const s3 = require('aws-cdk-lib/aws-s3');
  const s = new cdk.Stack(app, 'S3Commercial');
  const vpc = isolatedVpc(s);
  const bucket = new s3.Bucket(s, 'Backups');
  new rds.DatabaseInstance(s, 'SqlServer', {
    engine: rds.DatabaseInstanceEngine.sqlServerEx({ version: rds.SqlServerEngineVersion.VER_16_00_4175_1_V1 }),
    instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.SMALL),
    vpc, vpcSubnets: isolated, allocatedStorage: 20, s3ImportBuckets: [bucket], s3ExportBuckets: [bucket],
  });
  new rds.DatabaseInstance(s, 'Oracle', {
    engine: rds.DatabaseInstanceEngine.oracleSe2({ version: rds.OracleEngineVersion.VER_19_0_0_0_2025_01_R1 }),
    licenseModel: rds.LicenseModel.BRING_YOUR_OWN_LICENSE, vpc, vpcSubnets: isolated,
    s3ImportBuckets: [bucket], s3ExportBuckets: [bucket],
  });
  const pg = new rds.DatabaseInstance(s, 'Pg', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
    vpc, vpcSubnets: isolated });
  new rds.DatabaseInstanceReadReplica(s, 'Replica', { sourceDatabaseInstance: pg, instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
    vpc, vpcSubnets: isolated, s3ImportBuckets: [bucket] });
}

const errors = {
  ProxyWithoutSecrets: (s) => {
    const vpc = isolatedVpc(s);
    const db = new rds.DatabaseInstance(s, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }), vpc, vpcSubnets: isolated });
    db.addProxy('Proxy', { vpc });
  },
  ProxyAuthType: (s) => {
    const vpc = isolatedVpc(s);
    const db = new rds.DatabaseInstance(s, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }), vpc, vpcSubnets: isolated });
    db.addProxy('Proxy', { vpc, secrets: [db.secret], clientPasswordAuthType: rds.ClientPasswordAuthType.MYSQL_NATIVE_PASSWORD });
  },
  RotationTwice: (s) => {
    const db = new rds.DatabaseInstance(s, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }), vpc: isolatedVpc(s), vpcSubnets: isolated });
    db.addRotationSingleUser(); db.addRotationSingleUser();
  },
  CapacityTooHigh: (s) => new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), serverlessV2MaxCapacity: 300, vpc: isolatedVpc(s), vpcSubnets: isolated }),
  CapacityStep: (s) => new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), serverlessV2MinCapacity: 0.7, vpc: isolatedVpc(s), vpcSubnets: isolated }),
  CapacityInverted: (s) => new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), serverlessV2MinCapacity: 8, serverlessV2MaxCapacity: 4, vpc: isolatedVpc(s), vpcSubnets: isolated }),
  NoWriter: (s) => new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    vpc: isolatedVpc(s), vpcSubnets: isolated }),
  PromotionTier: (s) => new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), readers: [rds.ClusterInstance.provisioned('reader', { promotionTier: 16 })],
    vpc: isolatedVpc(s), vpcSubnets: isolated }),
  UnversionedParameterGroup: (s) => new rds.ParameterGroup(s, 'Params', { engine: rds.DatabaseClusterEngine.AURORA_POSTGRESQL }),
  ReplicaBackupsUnsupported: (s) => {
    const vpc = isolatedVpc(s);
    const db = new rds.DatabaseInstance(s, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }), vpc, vpcSubnets: isolated });
    new rds.DatabaseInstanceReadReplica(s, 'Replica', { sourceDatabaseInstance: db, instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
      vpc, vpcSubnets: isolated, backupRetention: cdk.Duration.days(3) });
  },
  MultiAzWithZone: (s) => new rds.DatabaseInstance(s, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
    vpc: isolatedVpc(s), vpcSubnets: isolated, multiAz: true, availabilityZone: 'us-east-1a' }),
  ThroughputWithoutGp3: (s) => new rds.DatabaseInstance(s, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
    vpc: isolatedVpc(s), vpcSubnets: isolated, storageThroughput: 200 }),
  ImportedClusterEndpoint: (s) => rds.DatabaseCluster.fromDatabaseClusterAttributes(s, 'Cluster', { clusterIdentifier: 'c' }).clusterEndpoint,
  TimezoneUnsupported: (s) => new rds.DatabaseInstance(s, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
    vpc: isolatedVpc(s), vpcSubnets: isolated, timezone: 'UTC' }),
  AutoPauseRange: (s) => new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_17_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), serverlessV2AutoPauseDuration: cdk.Duration.minutes(2), vpc: isolatedVpc(s), vpcSubnets: isolated }),
  AutoPauseUnsupported: (s) => new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_13_9 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), serverlessV2AutoPauseDuration: cdk.Duration.minutes(10), vpc: isolatedVpc(s), vpcSubnets: isolated }),
  MonitoringInterval: (s) => new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), monitoringInterval: cdk.Duration.seconds(7), vpc: isolatedVpc(s), vpcSubnets: isolated }),
  ClusterMonitoringWithoutInterval: (s) => new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), enableClusterLevelEnhancedMonitoring: true, vpc: isolatedVpc(s), vpcSubnets: isolated }),
  AdvancedInsightsRetention: (s) => new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), databaseInsightsMode: rds.DatabaseInsightsMode.ADVANCED, vpc: isolatedVpc(s), vpcSubnets: isolated }),
  InstanceInsightsDisabled: (s) => new rds.DatabaseInstance(s, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
    vpc: isolatedVpc(s), vpcSubnets: isolated, enablePerformanceInsights: false, performanceInsightRetention: rds.PerformanceInsightRetention.MONTHS_3 }),
  InstanceRetentionMismatch: (s) => new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer', { performanceInsightRetention: rds.PerformanceInsightRetention.MONTHS_3 }),
    enablePerformanceInsights: true, vpc: isolatedVpc(s), vpcSubnets: isolated }),
  DataApiDisabled: (s) => new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), enableDataApi: false, vpc: isolatedVpc(s), vpcSubnets: isolated })
    .grantDataApiAccess(new (require('aws-cdk-lib/aws-iam').AccountRootPrincipal)()),
  SnapshotMissing: (s) => new rds.DatabaseInstanceFromSnapshot(s, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
    vpc: isolatedVpc(s), vpcSubnets: isolated }),
  BadLogType: (s) => new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), cloudwatchLogsExports: ['slowquery'], vpc: isolatedVpc(s), vpcSubnets: isolated }),
  ServerlessSubnetsWithoutVpc: (s) => new rds.ServerlessCluster(s, 'Db', { engine: rds.DatabaseClusterEngine.AURORA_MYSQL, vpcSubnets: isolated }),
  ServerlessCapacityInverted: (s) => new rds.ServerlessCluster(s, 'Db', { engine: rds.DatabaseClusterEngine.AURORA_MYSQL,
    scaling: { minCapacity: rds.AuroraCapacityUnit.ACU_8, maxCapacity: rds.AuroraCapacityUnit.ACU_4 } }),
  ServerlessAutoPause: (s) => new rds.ServerlessCluster(s, 'Db', { engine: rds.DatabaseClusterEngine.AURORA_MYSQL,
    scaling: { autoPause: cdk.Duration.minutes(2) } }),
  ServerlessTimeout: (s) => new rds.ServerlessCluster(s, 'Db', { engine: rds.DatabaseClusterEngine.AURORA_MYSQL,
    scaling: { timeout: cdk.Duration.seconds(30) } }),
  ServerlessBackup: (s) => new rds.ServerlessCluster(s, 'Db', { engine: rds.DatabaseClusterEngine.AURORA_MYSQL,
    backupRetention: cdk.Duration.days(40) }),
  ServerlessDataApiDisabled: (s) => new rds.ServerlessCluster(s, 'Db', { engine: rds.DatabaseClusterEngine.AURORA_MYSQL, enableDataApi: false })
    .grantDataApiAccess(new iam.AccountRootPrincipal()),
  ServerlessRotationWithoutVpc: (s) => new rds.ServerlessCluster(s, 'Db', { engine: rds.DatabaseClusterEngine.AURORA_MYSQL }).addRotationSingleUser(),
  ServerlessImportedEndpoint: (s) => rds.ServerlessCluster.fromServerlessClusterAttributes(s, 'Cluster', { clusterIdentifier: 'c' }).clusterEndpoint,
  ServerlessSnapshotNoUsername: (s) => new rds.ServerlessClusterFromSnapshot(s, 'Db', { engine: rds.DatabaseClusterEngine.AURORA_MYSQL,
    snapshotIdentifier: 'snap', credentials: rds.SnapshotCredentials.fromGeneratedPassword(undefined) }),
  ManagedWithPassword: (s) => new rds.DatabaseInstance(s, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
    vpc: isolatedVpc(s), vpcSubnets: isolated, manageMasterUserPassword: true,
    credentials: rds.Credentials.fromPassword('u', cdk.SecretValue.unsafePlainText('p')) }),
  ManagedRotation: (s) => new rds.DatabaseInstance(s, 'Db', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
    vpc: isolatedVpc(s), vpcSubnets: isolated, manageMasterUserPassword: true }).addRotationSingleUser(),
  ManagedClusterRotation: (s) => new rds.DatabaseCluster(s, 'Db', { engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), vpc: isolatedVpc(s), vpcSubnets: isolated, manageMasterUserPassword: true })
    .addRotationMultiUser('U', { secret: new rds.DatabaseSecret(s, 'U', { username: 'u' }) }),
  ManagedReplica: (s) => new rds.DatabaseCluster(s, 'Db', { engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), vpc: isolatedVpc(s), vpcSubnets: isolated, manageMasterUserPassword: true,
    replicationSourceIdentifier: 'arn:aws:rds:us-east-1:123456789012:cluster:src' }),
  ManagedSnapshotGenerated: (s) => new rds.DatabaseClusterFromSnapshot(s, 'Db', { engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    snapshotIdentifier: 'snap', writer: rds.ClusterInstance.serverlessV2('writer'), vpc: isolatedVpc(s), vpcSubnets: isolated, manageMasterUserPassword: true,
    snapshotCredentials: rds.SnapshotCredentials.fromGeneratedSecret('admin') }),
  LookupTokenCluster: (s) => rds.DatabaseCluster.fromLookup(s, 'C', { clusterIdentifier: cdk.Aws.STACK_NAME }),
  LegacyWithWriter: (s) => { const vpc = isolatedVpc(s); new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), instanceProps: { vpc, vpcSubnets: isolated } }); },
  LegacyTwoVpcs: (s) => { const vpc = isolatedVpc(s); new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    vpc, instanceProps: { vpc } }); },
  LegacyTwoSubnets: (s) => { const vpc = isolatedVpc(s); new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    vpcSubnets: isolated, instanceProps: { vpc, vpcSubnets: isolated } }); },
  LegacyNoInstances: (s) => { const vpc = isolatedVpc(s); new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    instances: 0, instanceProps: { vpc, vpcSubnets: isolated } }); },
  LegacyInsightsOff: (s) => { const vpc = isolatedVpc(s); new rds.DatabaseCluster(s, 'Db', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    instanceProps: { vpc, vpcSubnets: isolated, enablePerformanceInsights: false, performanceInsightRetention: rds.PerformanceInsightRetention.MONTHS_1 } }); },
  S3MysqlInstance: (s) => new rds.DatabaseInstance(s, 'Db', { engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0_40 }),
    vpc: isolatedVpc(s), vpcSubnets: isolated, s3ImportRole: new iam.Role(s, 'R', { assumedBy: new iam.ServicePrincipal('rds.amazonaws.com') }) }),
  S3RoleAndBuckets: (s) => new rds.DatabaseCluster(s, 'Db', { engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'), vpc: isolatedVpc(s), vpcSubnets: isolated,
    s3ImportRole: new iam.Role(s, 'R', { assumedBy: new iam.ServicePrincipal('rds.amazonaws.com') }), s3ImportBuckets: [new (require('aws-cdk-lib/aws-s3').Bucket)(s, 'B')] }),
  S3SqlServerTwoRoles: (s) => new rds.DatabaseInstance(s, 'Db', {
    engine: rds.DatabaseInstanceEngine.sqlServerEx({ version: rds.SqlServerEngineVersion.VER_16_00_4175_1_V1 }),
    instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.SMALL), vpc: isolatedVpc(s), vpcSubnets: isolated,
    s3ImportRole: new iam.Role(s, 'R1', { assumedBy: new iam.ServicePrincipal('rds.amazonaws.com') }),
    s3ExportRole: new iam.Role(s, 'R2', { assumedBy: new iam.ServicePrincipal('rds.amazonaws.com') }) }),
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
