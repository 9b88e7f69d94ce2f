// aws-cdk-lib 2.276.0 twins of the Go cases in bucket_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const app = new cdk.App();

// A notification destination of the test's own, so that the bucket's side
// of notifications is tested without the destination packages.
class FakeDestination {
  constructor(arn, type) { this.arn = arn; this.type = type; }
  bind() { return { arn: this.arn, type: this.type }; }
}

{ // Default: no props, a name, versioning, DESTROY
  const s = new cdk.Stack(app, 'Default');
  new s3.Bucket(s, 'Bucket');
  new s3.Bucket(s, 'Named', { bucketName: 'my-named-bucket-1' });
  new s3.Bucket(s, 'Versioned', { versioned: true, removalPolicy: cdk.RemovalPolicy.DESTROY });
  new s3.Bucket(s, 'Snapshot', { removalPolicy: cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE });
}

{ // Encryption: every BucketEncryption, bucket keys, blocked encryption types
  const s = new cdk.Stack(app, 'Encryption');
  new s3.Bucket(s, 'S3Managed', { encryption: s3.BucketEncryption.S3_MANAGED });
  new s3.Bucket(s, 'KmsManaged', { encryption: s3.BucketEncryption.KMS_MANAGED, bucketKeyEnabled: true });
  const created = new s3.Bucket(s, 'Kms', { encryption: s3.BucketEncryption.KMS });
  const key = new kms.Key(s, 'MyKey');
  new s3.Bucket(s, 'GivenKey', { encryptionKey: key, bucketKeyEnabled: false });
  new s3.Bucket(s, 'Dsse', { encryption: s3.BucketEncryption.DSSE });
  new s3.Bucket(s, 'DsseManaged', { encryption: s3.BucketEncryption.DSSE_MANAGED });
  new s3.Bucket(s, 'Unencrypted', { encryption: s3.BucketEncryption.UNENCRYPTED });
  new s3.Bucket(s, 'Blocked', { encryption: s3.BucketEncryption.S3_MANAGED, blockedEncryptionTypes: [s3.BlockedEncryptionType.SSE_C] });
  new s3.Bucket(s, 'BlockedNone', { blockedEncryptionTypes: [s3.BlockedEncryptionType.NONE] });
  new cdk.CfnOutput(s, 'KeyArn', { value: created.encryptionKey.keyArn });
}

{ // Lifecycle: transitions, expirations, noncurrent versions, aborts, filters
  const s = new cdk.Stack(app, 'Lifecycle');
  const b = new s3.Bucket(s, 'Bucket', {
    versioned: true,
    transitionDefaultMinimumObjectSize: s3.TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS,
    lifecycleRules: [
      {
        id: 'archive',
        prefix: 'logs/',
        transitions: [
          { storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: cdk.Duration.days(30) },
          { storageClass: s3.StorageClass.GLACIER, transitionAfter: cdk.Duration.days(90) },
          { storageClass: s3.StorageClass.DEEP_ARCHIVE, transitionDate: new Date(Date.UTC(2030, 0, 2, 3, 4, 5)) },
        ],
        expiration: cdk.Duration.days(365),
      },
      {
        noncurrentVersionExpiration: cdk.Duration.days(60),
        noncurrentVersionsToRetain: 3,
        noncurrentVersionTransitions: [
          { storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL, transitionAfter: cdk.Duration.days(10), noncurrentVersionsToRetain: 1 },
          { storageClass: s3.StorageClass.ONE_ZONE_INFREQUENT_ACCESS, transitionAfter: cdk.Duration.days(40) },
        ],
      },
      { abortIncompleteMultipartUploadAfter: cdk.Duration.days(7), enabled: false },
      { expirationDate: new Date(Date.UTC(2031, 11, 31)), tagFilters: { env: 'dev', team: 'a' }, objectSizeGreaterThan: 1024, objectSizeLessThan: 4096 },
      { expiredObjectDeleteMarker: true },
    ],
  });
  b.addLifecycleRule({ id: 'later', expiration: cdk.Duration.days(1), transitions: [{ storageClass: s3.StorageClass.INTELLIGENT_TIERING, transitionAfter: cdk.Duration.days(0) }] });
}

{ // Website: documents, a redirect, routing rules, URLs
  const s = new cdk.Stack(app, 'Website');
  const site = new s3.Bucket(s, 'Site', { websiteIndexDocument: 'index.html', websiteErrorDocument: 'error.html' });
  new s3.Bucket(s, 'IndexOnly', { websiteIndexDocument: 'index.html' });
  new s3.Bucket(s, 'Redirect', { websiteRedirect: { hostName: 'www.example.com', protocol: s3.RedirectProtocol.HTTPS } });
  new s3.Bucket(s, 'RedirectHost', { websiteRedirect: { hostName: 'example.org' } });
  new s3.Bucket(s, 'Rules', {
    websiteIndexDocument: 'index.html',
    websiteRoutingRules: [
      { hostName: 'example.com', httpRedirectCode: '302', protocol: s3.RedirectProtocol.HTTP, replaceKey: s3.ReplaceKey.prefixWith('new/'), condition: { keyPrefixEquals: 'old/' } },
      { replaceKey: s3.ReplaceKey.with('error.html'), condition: { httpErrorCodeReturnedEquals: '404' } },
      { hostName: 'other.example.com' },
    ],
  });
  new cdk.CfnOutput(s, 'Url', { value: site.bucketWebsiteUrl });
  new cdk.CfnOutput(s, 'Domain', { value: site.bucketWebsiteDomainName });
  new cdk.CfnOutput(s, 'IsWebsite', { value: String(site.isWebsite) });
}

{ // Cors: rules from props and AddCorsRule
  const s = new cdk.Stack(app, 'Cors');
  const b = new s3.Bucket(s, 'Bucket', {
    cors: [{ allowedMethods: [s3.HttpMethods.GET, s3.HttpMethods.HEAD], allowedOrigins: ['*'] }],
  });
  b.addCorsRule({
    id: 'upload',
    allowedMethods: [s3.HttpMethods.PUT, s3.HttpMethods.POST, s3.HttpMethods.DELETE],
    allowedOrigins: ['https://example.com'],
    allowedHeaders: ['*'],
    exposedHeaders: ['ETag', 'x-amz-request-id'],
    maxAge: 3000,
  });
}

{ // PublicAccess: block public access variants, public read, public grants
  const s = new cdk.Stack(app, 'PublicAccess');
  new s3.Bucket(s, 'BlockAll', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
  new s3.Bucket(s, 'BlockAcls', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS });
  new s3.Bucket(s, 'Partial', { blockPublicAccess: new s3.BlockPublicAccess({ blockPublicPolicy: false, restrictPublicBuckets: false }) });
  new s3.Bucket(s, 'Public', { publicReadAccess: true, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY });
  const g = new s3.Bucket(s, 'Granted', { blockPublicAccess: new s3.BlockPublicAccess({ blockPublicPolicy: false }) });
  g.grantPublicAccess('public/*', 's3:GetObject', 's3:GetObjectVersion');
  new cdk.CfnOutput(s, 'Disallow', { value: String(g.disallowPublicAccess) });
}

{ // Policy: enforceSSL, minimum TLS version, statements, a policy of an imported bucket
  const s = new cdk.Stack(app, 'Policy');
  const b = new s3.Bucket(s, 'Bucket', { enforceSSL: true, minimumTLSVersion: 1.2 });
  const r = b.addToResourcePolicy(new iam.PolicyStatement({
    actions: ['s3:GetObject'], resources: [b.arnForObjects('shared/*')], principals: [new iam.AccountPrincipal('111111111111')],
  }));
  new cdk.CfnOutput(s, 'Added', { value: String(r.statementAdded) });
  const imported = s3.Bucket.fromBucketName(s, 'Imported', 'imported-bucket');
  const r2 = imported.addToResourcePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [new iam.AnyPrincipal()] }));
  new cdk.CfnOutput(s, 'ImportedAdded', { value: String(r2.statementAdded) });
  const p = new s3.BucketPolicy(s, 'ExplicitPolicy', { bucket: imported, removalPolicy: cdk.RemovalPolicy.DESTROY });
  p.document.addStatements(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [imported.bucketArn], principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')] }));
}

{ // Grants: every grant to a role, a KMS bucket, another account, an imported bucket
  const s = new cdk.Stack(app, 'Grants', { env: { account: '111111111111', region: 'us-east-1' } });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const b = new s3.Bucket(s, 'Bucket');
  b.grantRead(role);
  b.grantWrite(role, 'uploads/*');
  b.grantPut(role);
  b.grantDelete(role, 'tmp/*');
  b.grantPutAcl(role);
  const enc = new s3.Bucket(s, 'Encrypted', { encryption: s3.BucketEncryption.KMS });
  enc.grantReadWrite(role);
  enc.grantRead(new iam.AccountPrincipal('222222222222'));
  const imported = s3.Bucket.fromBucketArn(s, 'Imported', 'arn:aws:s3:::imported-bucket');
  imported.grantRead(role, 'data/*');
  imported.grantWrite(role, undefined, ['s3:PutObject']);
}

{ // Logs: server access logs to another bucket and to itself, ownership, ACLs
  const s = new cdk.Stack(app, 'Logs');
  const logs = new s3.Bucket(s, 'Logs', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED });
  new s3.Bucket(s, 'Source', { serverAccessLogsBucket: logs, serverAccessLogsPrefix: 'source/' });
  new s3.Bucket(s, 'Partitioned', { serverAccessLogsBucket: logs, targetObjectKeyFormat: s3.TargetObjectKeyFormat.partitionedPrefix(s3.PartitionDateSource.EVENT_TIME) });
  new s3.Bucket(s, 'Simple', { serverAccessLogsBucket: logs, targetObjectKeyFormat: s3.TargetObjectKeyFormat.simplePrefix() });
  new s3.Bucket(s, 'Self', { serverAccessLogsPrefix: 'self/' });
  new s3.Bucket(s, 'ToImported', { serverAccessLogsBucket: s3.Bucket.fromBucketName(s, 'ImportedLogs', 'imported-logs') });
  new s3.Bucket(s, 'Enforced', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED });
  new s3.Bucket(s, 'Acl', { accessControl: s3.BucketAccessControl.LOG_DELIVERY_WRITE });
  new s3.Bucket(s, 'PrivateAcl', { accessControl: s3.BucketAccessControl.PRIVATE });
}

{ // Imports: attributes and URL helpers of imported and defined buckets
  const s = new cdk.Stack(app, 'Imports');
  const byName = s3.Bucket.fromBucketName(s, 'ByName', 'my-bucket');
  const byArn = s3.Bucket.fromBucketArn(s, 'ByArn', 'arn:aws:s3:::other-bucket');
  const defined = new s3.Bucket(s, 'Defined');
  const attrs = s3.Bucket.fromBucketAttributes(s, 'ByAttrs', {
    bucketName: 'attr-bucket', region: 'eu-west-1', account: '333333333333', isWebsite: true, bucketWebsiteNewUrlFormat: true,
  });
  const legacy = s3.Bucket.fromBucketAttributes(s, 'Legacy', { bucketName: 'Legacy_Bucket', bucketWebsiteUrl: 'http://legacy.example.com/' });
  for (const [n, x] of [['ByName', byName], ['ByArn', byArn], ['Defined', defined], ['ByAttrs', attrs], ['Legacy', legacy]]) {
    new cdk.CfnOutput(s, n + 'Web', { value: x.bucketWebsiteUrl });
    new cdk.CfnOutput(s, n + 'WebDomain', { value: x.bucketWebsiteDomainName });
    new cdk.CfnOutput(s, n + 'Domain', { value: x.bucketDomainName });
    new cdk.CfnOutput(s, n + 'Regional', { value: x.bucketRegionalDomainName });
    new cdk.CfnOutput(s, n + 'Dual', { value: x.bucketDualStackDomainName });
    new cdk.CfnOutput(s, n + 'Arn', { value: x.bucketArn });
    new cdk.CfnOutput(s, n + 'Name', { value: x.bucketName });
    new cdk.CfnOutput(s, n + 'Url', { value: x.urlForObject('a/b.txt') });
    new cdk.CfnOutput(s, n + 'UrlBucket', { value: x.urlForObject() });
    new cdk.CfnOutput(s, n + 'S3', { value: x.s3UrlForObject('/k') });
    new cdk.CfnOutput(s, n + 'S3Bucket', { value: x.s3UrlForObject() });
    new cdk.CfnOutput(s, n + 'Virtual', { value: x.virtualHostedUrlForObject('k') });
    new cdk.CfnOutput(s, n + 'VirtualGlobal', { value: x.virtualHostedUrlForObject('k', { regional: false }) });
    new cdk.CfnOutput(s, n + 'VirtualBucket', { value: x.virtualHostedUrlForObject() });
    new cdk.CfnOutput(s, n + 'Accelerate', { value: x.transferAccelerationUrlForObject('k', { dualStack: true }) });
    new cdk.CfnOutput(s, n + 'AccelerateBucket', { value: x.transferAccelerationUrlForObject() });
    new cdk.CfnOutput(s, n + 'Objects', { value: x.arnForObjects('p/*') });
    new cdk.CfnOutput(s, n + 'Info', { value: `${x.isWebsite}|${x.env.account}|${x.env.region}` });
  }
}

{ // ImportsInRegion: an imported bucket in a stack with a known region
  const s = new cdk.Stack(app, 'ImportsInRegion', { env: { account: '123456789012', region: 'cn-north-1' } });
  const b = s3.Bucket.fromBucketName(s, 'ByName', 'my-bucket');
  new cdk.CfnOutput(s, 'Web', { value: b.bucketWebsiteUrl });
  new cdk.CfnOutput(s, 'Domain', { value: b.bucketDomainName });
  new cdk.CfnOutput(s, 'Regional', { value: b.bucketRegionalDomainName });
  new cdk.CfnOutput(s, 'Url', { value: b.urlForObject('x') });
  const old = s3.Bucket.fromBucketAttributes(s, 'Old', { bucketName: 'old-bucket', bucketWebsiteNewUrlFormat: false });
  new cdk.CfnOutput(s, 'OldWeb', { value: old.bucketWebsiteUrl });
  new cdk.CfnResource(s, 'Queue', { type: 'AWS::SQS::Queue' });
}

{ // Notifications: event types, filters, destinations of every type, EventBridge
  const s = new cdk.Stack(app, 'Notifications');
  const b = new s3.Bucket(s, 'Bucket');
  b.addEventNotification(s3.EventType.OBJECT_CREATED_PUT, new FakeDestination('arn:aws:sqs:us-east-1:111111111111:q', s3.BucketNotificationDestinationType.QUEUE), { prefix: 'images/', suffix: '.jpg' });
  b.addObjectCreatedNotification(new FakeDestination('arn:aws:lambda:us-east-1:111111111111:function:f', s3.BucketNotificationDestinationType.LAMBDA));
  b.addObjectRemovedNotification(new FakeDestination('arn:aws:sns:us-east-1:111111111111:t', s3.BucketNotificationDestinationType.TOPIC), { suffix: '.txt' });
  b.addEventNotification(s3.EventType.LIFECYCLE_EXPIRATION, new FakeDestination('arn:aws:sqs:us-east-1:111111111111:q2', s3.BucketNotificationDestinationType.QUEUE), { prefix: 'a/' }, { suffix: '.b' });
  new s3.Bucket(s, 'Events', { eventBridgeEnabled: true, enforceSSL: true });
  const imported = s3.Bucket.fromBucketName(s, 'Imported', 'imported-bucket');
  imported.addObjectCreatedNotification(new FakeDestination('arn:aws:sqs:us-east-1:111111111111:q3', s3.BucketNotificationDestinationType.QUEUE));
  const skip = new s3.Bucket(s, 'Skip', { notificationsSkipDestinationValidation: true });
  skip.enableEventBridgeNotification();
}

{ // Misc: acceleration, tiering, object lock, metrics, inventories, ABAC, name prefixes
  const s = new cdk.Stack(app, 'Misc');
  const dest = new s3.Bucket(s, 'InventoryDest');
  new s3.Bucket(s, 'Bucket', {
    transferAcceleration: true,
    abacStatus: true,
    intelligentTieringConfigurations: [
      { name: 'archive', prefix: 'data/', archiveAccessTierTime: cdk.Duration.days(90), deepArchiveAccessTierTime: cdk.Duration.days(180), tags: [{ key: 'k', value: 'v' }] },
      { name: 'deep', deepArchiveAccessTierTime: cdk.Duration.days(200) },
    ],
    objectLockDefaultRetention: s3.ObjectLockRetention.governance(cdk.Duration.days(30)),
    metrics: [{ id: 'all' }, { id: 'filtered', prefix: 'logs/', tagFilters: { a: '1', b: '2' } }],
    inventories: [
      { destination: { bucket: dest, prefix: 'inv/' } },
      { destination: { bucket: dest, bucketOwner: '111111111111' }, inventoryId: 'daily', format: s3.InventoryFormat.PARQUET, frequency: s3.InventoryFrequency.DAILY, includeObjectVersions: s3.InventoryObjectVersion.CURRENT, objectsPrefix: 'data/', optionalFields: ['Size', 'ETag'], enabled: false },
    ],
  });
  new s3.Bucket(s, 'Locked', { objectLockEnabled: true });
  new s3.Bucket(s, 'Compliance', { objectLockDefaultRetention: s3.ObjectLockRetention.compliance(cdk.Duration.days(365)) });
  new s3.Bucket(s, 'Prefixed', { bucketNamePrefix: 'my-prefix', bucketNamespace: s3.BucketNamespace.ACCOUNT_REGIONAL });
  new s3.Bucket(s, 'NoAbac', { abacStatus: false });
}

{ // Replication: a created replication role, a given role, cross-account
  const s = new cdk.Stack(app, 'Replication', { env: { account: '111111111111', region: 'us-east-1' } });
  const dest = new s3.Bucket(s, 'Dest', { versioned: true });
  const key = new kms.Key(s, 'ReplicaKey');
  new s3.Bucket(s, 'Source', {
    versioned: true,
    replicationRules: [
      { destination: dest, priority: 1, filter: { prefix: 'docs/' }, deleteMarkerReplication: true, kmsKey: key, storageClass: s3.StorageClass.GLACIER, sseKmsEncryptedObjects: true, replicaModifications: false },
      { destination: dest, priority: 2, id: 'tagged', filter: { prefix: 'img/', tags: [{ key: 'k', value: 'v' }] }, replicationTimeControl: s3.ReplicationTimeValue.FIFTEEN_MINUTES, metrics: s3.ReplicationTimeValue.FIFTEEN_MINUTES },
    ],
  });
  const other = s3.Bucket.fromBucketAttributes(s, 'Other', { bucketName: 'other-account-bucket', account: '222222222222' });
  const role = new iam.Role(s, 'GivenRole', { assumedBy: new iam.ServicePrincipal('s3.amazonaws.com') });
  new s3.Bucket(s, 'CrossAccount', {
    versioned: true,
    replicationRole: role,
    replicationRules: [{ destination: other, accessControlTransition: true }],
  });
  dest.addReplicationPolicy(role.roleArn, true, '222222222222');
}

{ // AutoDelete: two buckets share the provider; one has notifications too
  const s = new cdk.Stack(app, 'AutoDelete');
  new s3.Bucket(s, 'Bucket', { autoDeleteObjects: true, removalPolicy: cdk.RemovalPolicy.DESTROY });
  const b = new s3.Bucket(s, 'Other', { autoDeleteObjects: true, removalPolicy: cdk.RemovalPolicy.DESTROY, versioned: true });
  b.addObjectCreatedNotification(new FakeDestination('arn:aws:sqs:us-east-1:111111111111:q', s3.BucketNotificationDestinationType.QUEUE));
  cdk.Tags.of(s).add('team', 'storage');
}

{ // FromCfn: an L1 bucket wrapped as an IBucket
  const s = new cdk.Stack(app, 'FromCfn');
  const cfn = new s3.CfnBucket(s, 'Raw', { websiteConfiguration: { indexDocument: 'index.html' }, publicAccessBlockConfiguration: { blockPublicPolicy: false } });
  const b = s3.Bucket.fromCfnBucket(cfn);
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  b.grantRead(role);
  b.grantPublicAccess('public/*');
  b.addToResourcePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [b.arnForObjects('x/*')], principals: [new iam.AccountPrincipal('111111111111')] }));
  new cdk.CfnOutput(s, 'Same', { value: String(s3.Bucket.fromCfnBucket(cfn) === b) });
  new cdk.CfnOutput(s, 'Web', { value: b.bucketWebsiteDomainName });
  new cdk.CfnOutput(s, 'IsWebsite', { value: String(b.isWebsite) });
  new cdk.CfnOutput(s, 'Name', { value: b.bucketName });
}

{ // CloudTrail: OnCloudTrail* rules, with and without paths, a target, an imported bucket
  const s = new cdk.Stack(app, 'CloudTrail');
  const b = new s3.Bucket(s, 'Bucket');
  const target = { bind: () => ({ arn: 'arn:aws:sqs:us-east-1:111111111111:q' }) };
  b.onCloudTrailEvent('Any');
  b.onCloudTrailEvent('Paths', { paths: ['a/*', 'b.txt'], target, description: 'paths', ruleName: 'paths-rule' });
  b.onCloudTrailPutObject('Put', { target });
  b.onCloudTrailWriteObject('Write');
  b.onCloudTrailWriteObject('WritePaths', { paths: ['uploads/*'], eventPattern: { account: ['111111111111'] } });
  s3.Bucket.fromBucketName(s, 'Imported', 'other-bucket').onCloudTrailPutObject('ImportedPut');
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const dest = (arn, type) => new FakeDestination(arn, type);
{ // FromCfnPolicy: BucketPolicy.fromCfnBucketPolicy over a policy on an L1 bucket and one on a bucket named by a string
  const s = new cdk.Stack(app, 'FromCfnPolicy');
  const raw = new s3.CfnBucket(s, 'Raw');
  // keys sorted, as jsii hands a Go map over
  const doc = { Statement: [{ Action: 's3:GetObject', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Resource: '*' }], Version: '2012-10-17' };
  const onL1 = new s3.CfnBucketPolicy(s, 'OnL1', { bucket: raw.ref, policyDocument: doc });
  const byName = new s3.CfnBucketPolicy(s, 'ByName', { bucket: 'named-bucket', policyDocument: doc });
  const a = s3.BucketPolicy.fromCfnBucketPolicy(onL1);
  const b = s3.BucketPolicy.fromCfnBucketPolicy(byName);
  // the wrappers acknowledge the duplicate; the program acknowledges it on its L1s
  for (const p of [onL1, byName]) cdk.Validations.of(p).acknowledge({ id: 'CloudFormation-Validate::E3019', reason: 'wrapped' });
  new cdk.CfnOutput(s, 'Same', { value: String(s3.BucketPolicy.fromCfnBucketPolicy(onL1) === a) });
  new cdk.CfnOutput(s, 'L1Bucket', { value: a.bucket.bucketArn });
  new cdk.CfnOutput(s, 'NamedBucket', { value: b.bucket.bucketName });
}

const errors = {
  NameTooShort: (s) => new s3.Bucket(s, 'B', { bucketName: 'ab' }),
  NameUppercase: (s) => new s3.Bucket(s, 'B', { bucketName: 'My-Bucket' }),
  NameEdges: (s) => new s3.Bucket(s, 'B', { bucketName: '-bucket.' }),
  NameSymbols: (s) => new s3.Bucket(s, 'B', { bucketName: 'my..bucket-.x' }),
  NameIp: (s) => new s3.Bucket(s, 'B', { bucketName: '192.168.5.4' }),
  NameUnderscore: (s) => new s3.Bucket(s, 'B', { bucketName: 'my_bucket' }),
  NameTooLong: (s) => new s3.Bucket(s, 'B', { bucketName: 'a'.repeat(64) }),
  ImportedLegacyName: (s) => s3.Bucket.fromBucketName(s, 'B', 'bad name!'),
  ImportedNoName: (s) => s3.Bucket.fromBucketAttributes(s, 'B', {}),
  PrefixInvalid: (s) => new s3.Bucket(s, 'B', { bucketNamePrefix: 'Bad_Prefix-', bucketNamespace: s3.BucketNamespace.ACCOUNT_REGIONAL }),
  NameAndPrefix: (s) => new s3.Bucket(s, 'B', { bucketName: 'abc', bucketNamePrefix: 'abc' }),
  PrefixWithoutNamespace: (s) => new s3.Bucket(s, 'B', { bucketNamePrefix: 'abc' }),
  AutoDeleteWithoutDestroy: (s) => new s3.Bucket(s, 'B', { autoDeleteObjects: true }),
  AutoDeleteRetain: (s) => new s3.Bucket(s, 'B', { autoDeleteObjects: true, removalPolicy: cdk.RemovalPolicy.RETAIN }),
  PublicReadWithoutBlockPublicAccess: (s) => new s3.Bucket(s, 'B', { publicReadAccess: true }),
  PublicReadBlockAll: (s) => new s3.Bucket(s, 'B', { publicReadAccess: true, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL }),
  ErrorDocumentWithoutIndex: (s) => new s3.Bucket(s, 'B', { websiteErrorDocument: 'error.html' }),
  RedirectWithIndex: (s) => new s3.Bucket(s, 'B', { websiteIndexDocument: 'index.html', websiteRedirect: { hostName: 'example.com' } }),
  EmptyRoutingCondition: (s) => new s3.Bucket(s, 'B', { websiteIndexDocument: 'index.html', websiteRoutingRules: [{ condition: {} }] }),
  KeyWithS3Managed: (s) => new s3.Bucket(s, 'B', { encryption: s3.BucketEncryption.S3_MANAGED, encryptionKey: new kms.Key(s, 'K') }),
  BucketKeyUnencrypted: (s) => new s3.Bucket(s, 'B', { encryption: s3.BucketEncryption.UNENCRYPTED, bucketKeyEnabled: true }),
  BlockedEmpty: (s) => new s3.Bucket(s, 'B', { blockedEncryptionTypes: [] }),
  BlockedNoneAndOther: (s) => new s3.Bucket(s, 'B', { blockedEncryptionTypes: [s3.BlockedEncryptionType.NONE, s3.BlockedEncryptionType.SSE_C] }),
  TlsWithoutSsl: (s) => new s3.Bucket(s, 'B', { minimumTLSVersion: 1.2 }),
  LogsKmsManaged: (s) => new s3.Bucket(s, 'B', { serverAccessLogsPrefix: 'x', encryption: s3.BucketEncryption.KMS_MANAGED }),
  OwnershipEnforcedWithAcl: (s) => new s3.Bucket(s, 'B', { accessControl: s3.BucketAccessControl.PUBLIC_READ, objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED }),
  ObjectLockDisabledWithRetention: (s) => new s3.Bucket(s, 'B', { objectLockEnabled: false, objectLockDefaultRetention: s3.ObjectLockRetention.governance(cdk.Duration.days(1)) }),
  ReplicationWithoutVersioning: (s) => new s3.Bucket(s, 'B', { replicationRules: [{ destination: new s3.Bucket(s, 'D') }] }),
  ReplicationRoleWithoutRules: (s) => new s3.Bucket(s, 'B', { replicationRole: new iam.Role(s, 'R', { assumedBy: new iam.ServicePrincipal('s3.amazonaws.com') }) }),
  ReplicationPriorities: (s) => new s3.Bucket(s, 'B', { versioned: true, replicationRules: [{ destination: new s3.Bucket(s, 'D') }, { destination: new s3.Bucket(s, 'E') }] }),
  RuleWithoutAction: (s) => new s3.Bucket(s, 'B', { lifecycleRules: [{ prefix: 'x' }] }),
  TransitionBothDates: (s) => new s3.Bucket(s, 'B', { lifecycleRules: [{ transitions: [{ storageClass: s3.StorageClass.GLACIER, transitionAfter: cdk.Duration.days(1), transitionDate: new Date(0) }] }] }),
  TransitionNoDate: (s) => new s3.Bucket(s, 'B', { lifecycleRules: [{ transitions: [{ storageClass: s3.StorageClass.GLACIER }] }] }),
  DeleteMarkerWithExpiration: (s) => new s3.Bucket(s, 'B', { lifecycleRules: [{ expiredObjectDeleteMarker: true, expiration: cdk.Duration.days(1) }] }),
  FilterEmpty: (s) => new s3.Bucket(s, 'B').addObjectCreatedNotification(dest('arn:q', s3.BucketNotificationDestinationType.QUEUE), {}),
  FilterTwoSuffixes: (s) => new s3.Bucket(s, 'B').addObjectCreatedNotification(dest('arn:q', s3.BucketNotificationDestinationType.QUEUE), { suffix: '.a' }, { suffix: '.b' }),
  FilterTwoPrefixes: (s) => new s3.Bucket(s, 'B').addObjectCreatedNotification(dest('arn:q', s3.BucketNotificationDestinationType.QUEUE), { prefix: 'a' }, { prefix: 'b' }),
  GrantPublicBlocked: (s) => new s3.Bucket(s, 'B', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL }).grantPublicAccess(),
  InventoryIdInvalid: (s) => new s3.Bucket(s, 'B', { inventories: [{ destination: { bucket: new s3.Bucket(s, 'D') }, inventoryId: 'bad id!' }] }),
  ReplicationPolicyWithoutAccount: (s) => new s3.Bucket(s, 'B').addReplicationPolicy('arn:aws:iam::111111111111:role/r', true),
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const s = new cdk.Stack(new cdk.App({ autoSynth: false }), 'S');
  try {
    build(s);
    // Some mistakes (lifecycle rules, inventories) surface only when the
    // template is rendered.
    s.node.root.synth({ validateOnSynthesis: false });
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
app.synth();
