// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0: the same program, construct for
// construct, with the same ids, the same order of construction and the same values. Object
// literals whose keys come from a Go map are written with sorted keys, because jsii hands
// Go maps to aws-cdk-lib that way. The App reads CDK_OUTDIR and CDK_CONTEXT_JSON, as an
// aws-cdk-go program's App does.
'use strict';

const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3assets = require('aws-cdk-lib/aws-s3-assets');
const sqs = require('aws-cdk-lib/aws-sqs');
const ssm = require('aws-cdk-lib/aws-ssm');

function assetStack(scope, id, props) {
  const s = new cdk.Stack(scope, id, props);
  new lambda.Function(s, 'Fn', {
    runtime: lambda.Runtime.PYTHON_3_12,
    handler: 'index.handler',
    code: lambda.Code.fromAsset('handler'),
  });
  const a = new s3assets.Asset(s, 'Files', { path: 'handler' });
  new cdk.CfnOutput(s, 'Url', { value: a.s3ObjectUrl });
  new cdk.CfnOutput(s, 'Key', { value: a.s3ObjectKey });
  new cdk.CfnOutput(s, 'Bucket', { value: a.s3BucketName });
  return s;
}

const app = new cdk.App();
const euWest = { account: '111111111111', region: 'eu-west-1' };

assetStack(app, 'CliStack', { synthesizer: new cdk.CliCredentialsStackSynthesizer() });
assetStack(app, 'CliOptsStack', {
  env: euWest,
  synthesizer: new cdk.CliCredentialsStackSynthesizer({
    qualifier: 'team1',
    bucketPrefix: 'apps/',
    fileAssetsBucketName: 'assets-${Qualifier}-${AWS::AccountId}-${AWS::Region}',
  }),
});
assetStack(app, 'LegacyStack', { synthesizer: new cdk.LegacyStackSynthesizer() });
const qualified = assetStack(app, 'QualifiedStack', {
  env: euWest,
  synthesizer: new cdk.DefaultStackSynthesizer({
    qualifier: 'team2',
    generateBootstrapVersionRule: false,
    bucketPrefix: 'deploy/',
    deployRoleAdditionalOptions: { Tags: [{ Key: 'team', Value: 'two' }] },
    fileAssetPublishingRoleArn: 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/publisher-${Qualifier}',
    fileAssetPublishingRoleAdditionalOptions: { Tags: [{ Key: 'purpose', Value: 'assets' }] },
    lookupRoleAdditionalOptions: { RoleSessionName: 'lookups' },
    cloudFormationExecutionRole: 'arn:aws:iam::111111111111:role/exec-team2',
  }),
});

// A lookup: its missing-context entry carries the lookup role's options.
new cdk.CfnOutput(qualified, 'Setting', {
  value: ssm.StringParameter.valueFromLookup(qualified, '/team2/setting'),
});

const bootless = new cdk.Stack(app, 'BootlessStack', {
  env: euWest,
  synthesizer: new cdk.BootstraplessSynthesizer({
    deployRoleArn: 'arn:aws:iam::111111111111:role/deploy',
    cloudFormationExecutionRoleArn: 'arn:aws:iam::111111111111:role/exec',
  }),
});
new sqs.Queue(bootless, 'Queue', { visibilityTimeout: cdk.Duration.seconds(60) });

app.synth();
