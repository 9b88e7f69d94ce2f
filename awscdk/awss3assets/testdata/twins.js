// aws-cdk-lib 2.276.0 twins of the Go cases in asset_test.go: one stack per
// case; regen.sh keeps each stack's template and asset manifest.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const assets = require('aws-cdk-lib/aws-s3-assets');
const app = new cdk.App();

{ // Assets: a file, a directory with exclusions, a custom hash, readers
  const s = new cdk.Stack(app, 'Assets');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const file = new assets.Asset(s, 'File', { path: 'sample.txt' });
  const dir = new assets.Asset(s, 'Dir', { path: 'sample-dir', exclude: ['*.md'], readers: [role] });
  const custom = new assets.Asset(s, 'Custom', { path: 'sample-dir', assetHash: 'my-custom-hash', displayName: 'my asset' });
  file.grantRead(role);
  const r = new cdk.CfnResource(s, 'Consumer', { type: 'AWS::SQS::Queue' });
  dir.addResourceMetadata(r, 'Code');
  for (const [n, a] of [['File', file], ['Dir', dir], ['Custom', custom]]) {
    new cdk.CfnOutput(s, n + 'Bucket', { value: a.s3BucketName });
    new cdk.CfnOutput(s, n + 'Key', { value: a.s3ObjectKey });
    new cdk.CfnOutput(s, n + 'S3Url', { value: a.s3ObjectUrl });
    new cdk.CfnOutput(s, n + 'HttpUrl', { value: a.httpUrl });
    new cdk.CfnOutput(s, n + 'Info', { value: `${a.assetHash}|${a.assetPath}|${a.isFile}|${a.isZipArchive}` });
  }
}

app.synth();
