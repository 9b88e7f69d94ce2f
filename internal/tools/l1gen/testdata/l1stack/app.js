// JavaScript twin of TestL1StackMatchesAwsCdkLib (../../synth_test.go) on aws-cdk-lib
// 2.276.0: the same L1s, with the same ids, in the same order, with the same values.
// regen.sh runs it and keeps the template as l1stack/expected.template.json.
'use strict';

const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const elasticache = require('aws-cdk-lib/aws-elasticache');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const sam = require('aws-cdk-lib/aws-sam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App({ outdir: process.env.CDK_OUTDIR });
const stack = new cdk.Stack(app, 'L1Stack');

const key = new kms.CfnKey(stack, 'Key', {
  keyPolicy: { Statement: [{ Action: 'kms:*', Effect: 'Allow', Principal: { AWS: '*' }, Resource: '*' }], Version: '2012-10-17' },
  enableKeyRotation: true,
});

const bucket = new s3.CfnBucket(stack, 'Bucket', {
  bucketName: 'strata-l1-bucket',
  corsConfiguration: {
    corsRules: [
      { allowedMethods: ['GET', 'PUT'], allowedOrigins: ['https://example.com'], allowedHeaders: ['*'], maxAge: 3000, id: 'web' },
      { allowedMethods: ['HEAD'], allowedOrigins: ['*'], exposedHeaders: ['ETag'] },
    ],
  },
  lifecycleConfiguration: {
    rules: [
      {
        id: 'logs',
        status: 'Enabled',
        prefix: 'logs/',
        expirationInDays: 30,
        transitions: [{ storageClass: 'GLACIER', transitionInDays: 7 }],
        noncurrentVersionExpiration: { noncurrentDays: 10, newerNoncurrentVersions: 2 },
        abortIncompleteMultipartUpload: { daysAfterInitiation: 1 },
      },
      { id: 'tagged', status: 'Disabled', tagFilters: [{ key: 'tier', value: 'cold' }], expirationInDays: 365 },
    ],
  },
  bucketEncryption: {
    serverSideEncryptionConfiguration: [
      { serverSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: key.attrArn }, bucketKeyEnabled: true },
    ],
  },
  versioningConfiguration: { status: 'Enabled' },
  publicAccessBlockConfiguration: { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
  objectLockEnabled: false,
  tags: [{ key: 'team', value: 'storage' }, { key: 'cost', value: '42' }],
});
bucket.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
bucket.accelerateConfiguration = { accelerationStatus: 'Enabled' };

const dlq = new sqs.CfnQueue(stack, 'DeadLetters', { messageRetentionPeriod: 1209600 });
new sqs.CfnQueue(stack, 'Queue', {
  visibilityTimeout: 60,
  redrivePolicy: { deadLetterTargetArn: dlq.attrArn, maxReceiveCount: 5 },
  fifoQueue: false,
});

const vpc = new ec2.CfnVPC(stack, 'Vpc', { cidrBlock: '10.0.0.0/16', enableDnsSupport: true });
const subnet = new ec2.CfnSubnet(stack, 'Subnet', { vpcId: vpc, cidrBlock: '10.0.1.0/24' });
const sg = new ec2.CfnSecurityGroup(stack, 'Sg', {
  groupDescription: 'web',
  vpcId: vpc.attrVpcId,
  securityGroupIngress: [
    { ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIp: '0.0.0.0/0', description: 'https' },
    { ipProtocol: '-1', sourceSecurityGroupId: 'sg-12345678' },
  ],
  securityGroupEgress: [{ ipProtocol: '-1', cidrIp: '0.0.0.0/0' }],
});
const importedVpc = ec2.CfnVPC.fromVpcId(stack, 'ImportedVpc', 'vpc-0123456789');
new ec2.CfnSecurityGroup(stack, 'ImportedSg', { groupDescription: 'in imported vpc', vpcId: importedVpc });

const role = new iam.CfnRole(stack, 'Role', {
  assumeRolePolicyDocument: {
    Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
    Version: '2012-10-17',
  },
  managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
  policies: [{ policyName: 'queues', policyDocument: { Statement: [{ Action: 'sqs:*', Effect: 'Allow', Resource: dlq.attrArn }], Version: '2012-10-17' } }],
  maxSessionDuration: 3600,
});

const subnetGroup = new elasticache.CfnSubnetGroup(stack, 'CacheSubnets', {
  description: 'cache subnets',
  subnetIds: [subnet, 'subnet-0abc'],
});
subnetGroup.addResourceDependency(role);

const signing = new lambda.CfnCodeSigningConfig(stack, 'Signing', {
  allowedPublishers: { signingProfileVersionArns: ['arn:aws:signer:us-east-1:123456789012:/signing-profiles/p/v1'] },
  tags: [{ key: 'origin', value: 'props' }],
});
signing.tags = [{ key: 'origin', value: 'setter' }];

new sam.CfnFunction(stack, 'Function', {
  codeUri: { bucket: 'code-bucket', key: 'fn.zip' },
  handler: 'index.handler',
  runtime: 'nodejs24.x',
  role: role.attrArn,
});

cdk.Tags.of(stack).add('app', 'strata');
cdk.Tags.of(stack).add('cost', 'tagged', { includeResourceTypes: ['AWS::S3::Bucket'], priority: 10 });

const imported = s3.CfnBucket.fromBucketName(stack, 'Imported', 'other-bucket');
new cdk.CfnOutput(stack, 'ImportedArn', { value: s3.CfnBucket.arnForBucket(imported) });
new cdk.CfnOutput(stack, 'BucketArn', { value: bucket.attrArn });
new cdk.CfnOutput(stack, 'BucketRefName', { value: bucket.bucketRef.bucketName });
new cdk.CfnOutput(stack, 'FirstIpv6', { value: cdk.Fn.select(0, vpc.attrIpv6CidrBlocks) });
new cdk.CfnOutput(stack, 'VpcArn', { value: ec2.CfnVPC.arnForVPC(vpc) });

app.synth();
