// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0, construct for
// construct, with the same ids, order and values. The App reads CDK_OUTDIR
// and CDK_CONTEXT_JSON, as an aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const elasticache = require('aws-cdk-lib/aws-elasticache');
const kms = require('aws-cdk-lib/aws-kms');
const rds = require('aws-cdk-lib/aws-rds');

class DataTierStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'),
      maxAzs: 3,
      natGateways: 1,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
        { name: 'data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
      ],
    });
    const isolated = { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };
    const appSg = new ec2.SecurityGroup(this, 'AppSg', { vpc, description: 'app tier' });

    const key = new kms.Key(this, 'DbKey', { enableKeyRotation: true });
    const engine = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 });
    const subnets = new rds.SubnetGroup(this, 'DbSubnets', { description: 'database subnets', vpc, vpcSubnets: isolated });
    const params = new rds.ParameterGroup(this, 'DbParams', { engine, parameters: { log_min_duration_statement: '500' } });
    const db = new rds.DatabaseInstance(this, 'Database', {
      engine,
      vpc,
      subnetGroup: subnets,
      parameterGroup: params,
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MEDIUM),
      credentials: rds.Credentials.fromGeneratedSecret('app'),
      storageEncryptionKey: key,
      allocatedStorage: 50,
      multiAz: true,
      backupRetention: cdk.Duration.days(7),
    });
    db.connections.allowDefaultPortFrom(appSg, 'app to database');
    new rds.DatabaseInstanceReadReplica(this, 'Replica', {
      sourceDatabaseInstance: db,
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MEDIUM),
      vpc,
      vpcSubnets: isolated,
    });

    const cacheSg = new ec2.SecurityGroup(this, 'CacheSg', { vpc, description: 'cache tier' });
    cacheSg.addIngressRule(appSg, ec2.Port.tcp(6379), 'app to cache');
    const subnetIds = [];
    for (const id of vpc.selectSubnets(isolated).subnetIds) subnetIds.push(id);
    const cacheSubnets = new elasticache.CfnSubnetGroup(this, 'CacheSubnets', { description: 'cache subnets', subnetIds });
    new elasticache.CfnReplicationGroup(this, 'Cache', {
      replicationGroupDescription: 'sessions',
      engine: 'redis',
      cacheNodeType: 'cache.t4g.small',
      numCacheClusters: 2,
      automaticFailoverEnabled: true,
      transitEncryptionEnabled: true,
      atRestEncryptionEnabled: true,
      cacheSubnetGroupName: cacheSubnets.ref,
      securityGroupIds: [cacheSg.securityGroupId],
    });

    const cluster = new rds.DatabaseCluster(this, 'Cluster', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
      writer: rds.ClusterInstance.serverlessV2('writer'),
      readers: [rds.ClusterInstance.serverlessV2('reader', { scaleWithWriter: true })],
      serverlessV2MinCapacity: 0.5,
      serverlessV2MaxCapacity: 4,
      vpc,
      vpcSubnets: isolated,
      defaultDatabaseName: 'app',
    });
    cluster.connections.allowDefaultPortFrom(appSg, 'app to cluster');

    new cdk.CfnOutput(this, 'DbEndpoint', { value: db.dbInstanceEndpointAddress });
    new cdk.CfnOutput(this, 'ClusterEndpoint', { value: cluster.clusterEndpoint.hostname });
  }
}

const app = new cdk.App();
new DataTierStack(app, 'DataTierStack', { env: { account: '123456789012', region: 'eu-west-1' } });
app.synth();
