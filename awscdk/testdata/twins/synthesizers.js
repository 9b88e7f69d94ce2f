// Twin of synthesizers_test.go: the synthesizers other than the default one,
// under the cdk init flags. Each stack has one raw resource and, where the
// synthesizer takes assets, one file asset whose location is an output.
// regen.sh keeps manifest.json for this twin: the stack artifacts differ
// per synthesizer (roles, bootstrap version, template asset URL).
const cdk = require('aws-cdk-lib');
const path = require('path');
const fs = require('fs');
const ctx = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cdk-init-context.json'), 'utf8'));
const app = new cdk.App({ outdir: process.env.CDK_OUTDIR, context: ctx });

function stack(id, synthesizer, env, withAsset) {
  const s = new cdk.Stack(app, id, { synthesizer, env });
  new cdk.CfnResource(s, 'Topic', { type: 'AWS::SNS::Topic' });
  if (withAsset) {
    const loc = s.synthesizer.addFileAsset({ fileName: 'asset.txt', packaging: cdk.FileAssetPackaging.FILE, sourceHash: 'abc123' });
    new cdk.CfnOutput(s, 'Http', { value: loc.httpUrl });
    new cdk.CfnOutput(s, 'Key', { value: loc.objectKey });
    new cdk.CfnOutput(s, 'S3', { value: loc.s3ObjectUrl });
  }
  return s;
}

stack('Cli', new cdk.CliCredentialsStackSynthesizer(), undefined, true);
stack('CliOpts', new cdk.CliCredentialsStackSynthesizer({ qualifier: 'q1', bucketPrefix: 'pre/', fileAssetsBucketName: 'bkt-${Qualifier}-${AWS::Region}' }),
  { account: '111111111111', region: 'eu-west-1' }, true);
stack('Legacy', new cdk.LegacyStackSynthesizer(), undefined, true);
stack('Bootless', new cdk.BootstraplessSynthesizer({ deployRoleArn: 'arn:aws:iam::111111111111:role/deploy', cloudFormationExecutionRoleArn: 'arn:aws:iam::111111111111:role/exec' }), undefined, false);
stack('BootlessBare', new cdk.BootstraplessSynthesizer(), { account: '111111111111', region: 'eu-west-1' }, false);
app.synth();
