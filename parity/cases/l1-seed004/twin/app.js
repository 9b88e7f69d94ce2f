// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0: the same L1s, ids,
// order and values. Object literals that come from Go maps have sorted keys,
// as jsii hands them to aws-cdk-lib.
'use strict';

const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const elasticache = require('aws-cdk-lib/aws-elasticache');
const iam = require('aws-cdk-lib/aws-iam');
const logs = require('aws-cdk-lib/aws-logs');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');

function cacheStack(scope, id, props) {
  const stack = new cdk.Stack(scope, id, props);

  const sg = new ec2.CfnSecurityGroup(stack, 'CacheSecurityGroup', {
    groupDescription: 'Redis access from the app tier',
    vpcId: props.vpcId,
    securityGroupIngress: [{ ipProtocol: 'tcp', fromPort: 6379, toPort: 6379, cidrIp: '10.0.0.0/16', description: 'redis' }],
    tags: [{ key: 'tier', value: 'cache' }],
  });

  const subnetGroup = new elasticache.CfnSubnetGroup(stack, 'RedisSubnetGroup', {
    description: 'Subnets for the redis cluster',
    subnetIds: props.subnetIds,
    cacheSubnetGroupName: 'seed004-redis-subnets',
  });

  const paramGroup = new elasticache.CfnParameterGroup(stack, 'RedisParameterGroup', {
    cacheParameterGroupFamily: 'redis7',
    description: 'Redis 7 parameters',
    properties: { 'cluster-enabled': 'no', 'maxmemory-policy': 'allkeys-lru' },
  });

  const slowLog = new logs.CfnLogGroup(stack, 'RedisSlowLog', { logGroupName: '/seed004/redis/slow-log', retentionInDays: 14 });
  const engineLog = new logs.CfnLogGroup(stack, 'RedisEngineLog', { logGroupName: '/seed004/redis/engine-log', retentionInDays: 14 });

  const redis = new elasticache.CfnReplicationGroup(stack, 'Redis', {
    replicationGroupDescription: 'seed004 cache',
    engine: 'redis',
    engineVersion: '7.1',
    cacheNodeType: 'cache.t4g.micro',
    numCacheClusters: 2,
    automaticFailoverEnabled: true,
    multiAzEnabled: true,
    atRestEncryptionEnabled: true,
    transitEncryptionEnabled: true,
    cacheSubnetGroupName: subnetGroup.ref,
    cacheParameterGroupName: paramGroup.ref,
    securityGroupIds: [sg.attrGroupId],
    logDeliveryConfigurations: [
      { destinationType: 'cloudwatch-logs', logFormat: 'json', logType: 'slow-log', destinationDetails: { cloudWatchLogsDetails: { logGroup: slowLog.ref } } },
      { destinationType: 'cloudwatch-logs', logFormat: 'text', logType: 'engine-log', destinationDetails: { cloudWatchLogsDetails: { logGroup: engineLog.ref } } },
    ],
    tags: [{ key: 'tier', value: 'cache' }],
  });
  redis.addDependency(subnetGroup);
  redis.addDependency(paramGroup);
  redis.applyRemovalPolicy(cdk.RemovalPolicy.SNAPSHOT);

  const bucket = new s3.CfnBucket(stack, 'Uploads', {
    bucketEncryption: { serverSideEncryptionConfiguration: [{ bucketKeyEnabled: true, serverSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }] },
    corsConfiguration: { corsRules: [{ allowedMethods: ['GET', 'PUT'], allowedOrigins: ['https://app.example.com'], allowedHeaders: ['*'], maxAge: 3000 }] },
    lifecycleConfiguration: {
      rules: [
        { id: 'expire-tmp', status: 'Enabled', prefix: 'tmp/', expirationInDays: 7 },
        { id: 'archive', status: 'Enabled', transitions: [{ storageClass: 'GLACIER', transitionInDays: 90 }], abortIncompleteMultipartUpload: { daysAfterInitiation: 3 } },
      ],
    },
    publicAccessBlockConfiguration: { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
    versioningConfiguration: { status: 'Enabled' },
    tags: [{ key: 'tier', value: 'storage' }, { key: 'app', value: 'seed004' }],
  });

  const dlq = new sqs.CfnQueue(stack, 'JobsDlq', { messageRetentionPeriod: 1209600 });
  const jobs = new sqs.CfnQueue(stack, 'Jobs', {
    visibilityTimeout: 120,
    redrivePolicy: { deadLetterTargetArn: dlq.attrArn, maxReceiveCount: 5 },
  });

  const role = new iam.CfnRole(stack, 'WorkerRole', {
    assumeRolePolicyDocument: {
      Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
      Version: '2012-10-17',
    },
    managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
    policies: [{
      policyName: 'work',
      policyDocument: {
        Statement: [
          { Action: ['s3:GetObject', 's3:PutObject'], Effect: 'Allow', Resource: cdk.Fn.join('', [bucket.attrArn, '/*']) },
          { Action: 'sqs:*', Effect: 'Allow', Resource: [jobs.attrArn, dlq.attrArn] },
        ],
        Version: '2012-10-17',
      },
    }],
  });

  new cdk.CfnOutput(stack, 'RedisEndpoint', { value: redis.attrPrimaryEndPointAddress });
  new cdk.CfnOutput(stack, 'RedisPort', { value: redis.attrPrimaryEndPointPort });
  new cdk.CfnOutput(stack, 'BucketName', { value: bucket.ref });
  new cdk.CfnOutput(stack, 'JobsUrl', { value: jobs.ref });
  new cdk.CfnOutput(stack, 'RoleArn', { value: role.attrArn });
  return stack;
}

const app = new cdk.App();
cacheStack(app, 'Seed004CacheStack', {
  env: { account: '123456789012', region: 'us-east-1' },
  vpcId: 'vpc-0abc1234',
  subnetIds: ['subnet-0aaa1111', 'subnet-0bbb2222'],
});
app.synth();
