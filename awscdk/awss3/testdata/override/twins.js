// aws-cdk-lib 2.276.0 twins of the Go cases in ../../bucket_override_test.go:
// a program's own bucket class, extending the abstract BucketBase, for a
// bucket made elsewhere. Each stack is one template case.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const app = new cdk.App();

// ExternalBucket is a bucket owned by another team, known by its name.
class ExternalBucket extends s3.BucketBase {
  constructor(scope, id, props, name, autoCreatePolicy, key) {
    super(scope, id, props);
    this.bucketName = name;
    this.bucketArn = cdk.Stack.of(this).formatArn({ service: 's3', region: '', account: '', resource: name });
    this.bucketDomainName = `${name}.s3.amazonaws.com`;
    this.bucketRegionalDomainName = `${name}.s3.eu-west-1.amazonaws.com`;
    this.bucketDualStackDomainName = `${name}.s3.dualstack.eu-west-1.amazonaws.com`;
    this.bucketWebsiteDomainName = `${name}.s3-website-eu-west-1.amazonaws.com`;
    this.bucketWebsiteUrl = `http://${name}.s3-website-eu-west-1.amazonaws.com`;
    this.encryptionKey = key;
    this.isWebsite = false;
    this.autoCreatePolicy = autoCreatePolicy;
    this.disallowPublicAccess = false;
  }
}

const out = (s, id, value) => new cdk.CfnOutput(s, id, { value });

{ // OverrideBucket: grants (with the program's key), an auto-created policy, URLs, a CloudTrail rule
  const s = new cdk.Stack(app, 'OverrideBucket');
  const key = new kms.Key(s, 'Key');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const b = new ExternalBucket(s, 'Ext', { physicalName: 'shared-data' }, 'shared-data', true, key);
  b.grantRead(role, 'in/*');
  b.grantWrite(role);
  b.grantDelete(role, 'tmp/*');
  b.grantPutAcl(role);
  b.grantRead(new iam.AccountPrincipal('222222222222'));
  b.grantPublicAccess('public/*');
  b.addToResourcePolicy(new iam.PolicyStatement({
    actions: ['s3:GetObject'], resources: [b.arnForObjects('logs/*')],
    principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')],
  }));
  b.addReplicationPolicy('arn:aws:iam::333333333333:role/replicator');
  b.onCloudTrailPutObject('OnPut', { paths: ['in/data.csv'] });
  out(s, 'Arn', b.bucketRef.bucketArn);
  out(s, 'Name', b.bucketRef.bucketName);
  out(s, 'Url', b.urlForObject('a/b.txt'));
  out(s, 'S3Url', b.s3UrlForObject());
  out(s, 'Virtual', b.virtualHostedUrlForObject('k', { regional: false }));
  out(s, 'VirtualRegional', b.virtualHostedUrlForObject());
  out(s, 'Accel', b.transferAccelerationUrlForObject('k', { dualStack: true }));
  out(s, 'Physical', b.physicalName);
}

{ // OverrideBucketNoPolicy: no policy may be created, no key
  const s = new cdk.Stack(app, 'OverrideBucketNoPolicy');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const b = new ExternalBucket(s, 'Ext', undefined, 'archive', false, undefined);
  b.grantReadWrite(role);
  const r = b.addToResourcePolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'], principals: [new iam.AnyPrincipal()] }));
  out(s, 'Added', String(r.statementAdded));
  out(s, 'KeyGrant', String(b.grantOnKey(role, 'kms:Decrypt').grant === undefined));
}

app.synth();
