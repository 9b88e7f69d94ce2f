// aws-cdk-lib 2.276.0 twins of the Go cases in bucket_deployment_test.go:
// one stack per template case; each entry of `errors` one bad-input case.
const cdk = require('aws-cdk-lib');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const d = require('aws-cdk-lib/aws-s3-deployment');
const app = new cdk.App();

{ // Basic: a directory deployed into a bucket
  const s = new cdk.Stack(app, 'Basic');
  const b = new s3.Bucket(s, 'Bucket');
  new d.BucketDeployment(s, 'Deploy', { sources: [d.Source.asset('site')], destinationBucket: b });
}

{ // Options: every option of the custom resource, two handler sizes
  const s = new cdk.Stack(app, 'Options');
  const b = new s3.Bucket(s, 'Bucket');
  new d.BucketDeployment(s, 'Deploy', {
    sources: [d.Source.asset('site', { exclude: ['*.css'] })],
    destinationBucket: b,
    destinationKeyPrefix: 'web/',
    prune: false,
    retainOnDelete: false,
    extract: true,
    exclude: ['*.tmp'],
    include: ['keep.tmp'],
    metadata: { Owner: 'team-a', build: '42' },
    cacheControl: [d.CacheControl.setPublic(), d.CacheControl.maxAge(cdk.Duration.hours(1))],
    contentType: 'text/html',
    contentLanguage: 'en',
    contentEncoding: 'gzip',
    contentDisposition: 'inline',
    expires: cdk.Expiration.atTimestamp(1893456000000),
    serverSideEncryption: d.ServerSideEncryption.AWS_KMS,
    serverSideEncryptionAwsKmsKeyId: 'key-id',
    storageClass: d.StorageClass.INTELLIGENT_TIERING,
    websiteRedirectLocation: '/index.html',
    accessControl: s3.BucketAccessControl.PUBLIC_READ,
    memoryLimit: 2048,
    ephemeralStorageSize: cdk.Size.gibibytes(2),
    signContent: true,
    outputObjectKeys: false,
    waitForDistributionInvalidation: false,
  });
  new d.BucketDeployment(s, 'Small', { sources: [d.Source.asset('site')], destinationBucket: b, destinationKeyPrefix: 'small', memoryLimit: 256 });
  new d.BucketDeployment(s, 'SameSize', { sources: [d.Source.asset('site')], destinationBucket: b, destinationKeyPrefix: 'same', memoryLimit: 256 });
}

{ // Data: data and JSON sources with deploy-time values, a bucket source, AddSource
  const s = new cdk.Stack(app, 'Data');
  const b = new s3.Bucket(s, 'Bucket');
  const topic = new sns.Topic(s, 'Topic');
  const other = s3.Bucket.fromBucketName(s, 'Other', 'other-bucket');
  const dep = new d.BucketDeployment(s, 'Deploy', {
    sources: [
      d.Source.data('config/app.txt', `topic=${topic.topicArn}\nbucket=${b.bucketName}\n`),
      d.Source.jsonData('config/app.json', { bucket: b.bucketName, flag: true, nested: { arn: topic.topicArn, list: ['a', topic.topicName], port: 8080 } }),
      d.Source.jsonData('raw.json', { name: topic.topicName }, { escape: false }),
      d.Source.data('plain.txt', 'no tokens here'),
    ],
    destinationBucket: b,
  });
  dep.addSource(d.Source.bucket(other, 'archive.zip'));
  dep.addSource(d.Source.bucket(other, 'archive.zip'));
  dep.addSource(d.Source.data('escaped.txt', `"${topic.topicArn}"`, { jsonEscape: true, markerEncodings: { '<<marker:0xbaba:0>>': d.MarkerEncoding.LITERAL } }));
}

{ // Yaml: YAML sources with deploy-time values (whole strings, inside strings, numbers, lazy values) and text needing quotes
  const s = new cdk.Stack(app, 'Yaml');
  const b = new s3.Bucket(s, 'Bucket');
  const topic = new sns.Topic(s, 'Topic');
  new d.BucketDeployment(s, 'Deploy', {
    sources: [
      d.Source.yamlData('config/app.yaml', {
        arn: topic.topicArn,
        bucket: b.bucketName,
        env: { count: 3, debug: true, name: `svc-${topic.topicName}`, none: null, ratio: 0.25 },
        lazy: cdk.Lazy.any({ produce: () => ({ a: 1 }) }),
        list: ['plain', 'yes', '123', b.bucketArn, { key: 'a: b' }],
        port: cdk.Token.asNumber(b.bucketName),
      }),
      d.Source.yamlData('static.yaml', { '10': 'ten', '9': 'nine', multi: 'line1\nline2\n', quoted: 'say "hi"', version: '1.10' }),
    ],
    destinationBucket: b,
  });
}

{ // Deployed: DeployedBucket and ObjectKeys, a given role, a distribution
  const s = new cdk.Stack(app, 'Deployed');
  const b = new s3.Bucket(s, 'Bucket', { websiteIndexDocument: 'index.html' });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const dist = new cloudfront.CfnDistribution(s, 'Dist', { distributionConfig: { enabled: true, defaultCacheBehavior: { targetOriginId: 'o', viewerProtocolPolicy: 'allow-all' }, origins: [{ id: 'o', domainName: 'example.com', customOriginConfig: { originProtocolPolicy: 'https-only' } }] } });
  const dep = new d.BucketDeployment(s, 'Deploy', {
    sources: [d.Source.asset('site')], destinationBucket: b, role, distribution: dist, distributionPaths: ['/index.html', '/css/*'],
  });
  new cdk.CfnOutput(s, 'DeployedArn', { value: dep.deployedBucket.bucketArn });
  new cdk.CfnOutput(s, 'DeployedName', { value: dep.deployedBucket.bucketName });
  new cdk.CfnOutput(s, 'DeployedWebsite', { value: String(dep.deployedBucket.isWebsite) });
  new cdk.CfnOutput(s, 'FirstKey', { value: cdk.Fn.select(0, dep.objectKeys) });
  new cdk.CfnOutput(s, 'HandlerRole', { value: dep.handlerRole.roleArn });
  const zips = new d.BucketDeployment(s, 'Zips', { sources: [d.Source.asset('site')], destinationBucket: b, extract: false, destinationKeyPrefix: 'zips' });
  new cdk.CfnOutput(s, 'VersionId', { value: cdk.Fn.select(0, zips.objectVersionIds) });
}

{ // Substituted: DeployTimeSubstitutedFile with and without a destination key
  const s = new cdk.Stack(app, 'Substituted');
  const b = new s3.Bucket(s, 'Bucket');
  const f = new d.DeployTimeSubstitutedFile(s, 'File', { source: 'substitute.json', destinationBucket: b, substitutions: { bucketName: b.bucketName, env: 'prod' } });
  const g = new d.DeployTimeSubstitutedFile(s, 'Named', { source: 'substitute.json', destinationBucket: b, destinationKey: 'config/app.json', substitutions: { env: 'dev' } });
  new cdk.CfnOutput(s, 'Key', { value: f.objectKey });
  new cdk.CfnOutput(s, 'NamedKey', { value: g.objectKey });
  new cdk.CfnOutput(s, 'BucketArn', { value: f.bucket.bucketArn });
}

{ // Vpc: deployments in a VPC, on EFS and with given security groups and subnets
  const ec2 = require('aws-cdk-lib/aws-ec2');
  const s = new cdk.Stack(app, 'Vpc');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
  const b = new s3.Bucket(s, 'Bucket');
  new d.BucketDeployment(s, 'Efs', { sources: [d.Source.asset('site')], destinationBucket: b, vpc, useEfs: true });
  const sgB = new ec2.SecurityGroup(s, 'SgB', { vpc });
  const sgA = new ec2.SecurityGroup(s, 'SgA', { vpc });
  new d.BucketDeployment(s, 'Groups', { sources: [d.Source.asset('site')], destinationBucket: b, destinationKeyPrefix: 'g', vpc,
    securityGroups: [sgB, sgA], vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } });
}

const errors = {
  EfsWithoutVpc: (s) => new d.BucketDeployment(s, 'D', { sources: [], destinationBucket: new s3.Bucket(s, 'B'), useEfs: true }),
  SubstitutedMissingFile: (s) => new d.DeployTimeSubstitutedFile(s, 'F', { source: 'nope.txt', destinationBucket: new s3.Bucket(s, 'B'), substitutions: {} }),
  PathsWithoutDistribution: (s) => new d.BucketDeployment(s, 'D', { sources: [], destinationBucket: new s3.Bucket(s, 'B'), distributionPaths: ['/a'] }),
  PathWithoutSlash: (s) => new d.BucketDeployment(s, 'D', {
    sources: [], destinationBucket: new s3.Bucket(s, 'B'), distributionPaths: ['a'],
    distribution: new cloudfront.CfnDistribution(s, 'Dist', { distributionConfig: { enabled: true, defaultCacheBehavior: { targetOriginId: 'o', viewerProtocolPolicy: 'allow-all' } } }),
  }),
  FileAsset: (s) => new d.BucketDeployment(s, 'D', { sources: [d.Source.asset('site/index.html')], destinationBucket: new s3.Bucket(s, 'B') }),
  LongPrefix: (s) => new d.BucketDeployment(s, 'D', { sources: [], destinationBucket: new s3.Bucket(s, 'B'), destinationKeyPrefix: 'p'.repeat(110) }),
  MarkersWithoutExtract: (s) => {
    const b = new s3.Bucket(s, 'B');
    new d.BucketDeployment(s, 'D', { sources: [d.Source.data('a.txt', b.bucketName)], destinationBucket: b, extract: false });
  },
  DataOutsideRoot: (s) => new d.BucketDeployment(s, 'D', { sources: [d.Source.data('../x.txt', 'x')], destinationBucket: new s3.Bucket(s, 'B') }),
  VersionIdsWithExtract: (s) => new d.BucketDeployment(s, 'D', { sources: [], destinationBucket: new s3.Bucket(s, 'B') }).objectVersionIds,
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const s = new cdk.Stack(new cdk.App({ autoSynth: false }), 'S');
  try {
    build(s);
    s.node.root.synth({ validateOnSynthesis: false });
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
app.synth();
