// Twin of permissions_boundary_test.go: permissions boundaries from stack props
// (by name and by ARN, with the ${Qualifier} placeholder, in env-agnostic and
// env-specific stacks) and from a stage's props, applied to the roles and users.
const cdk = require('aws-cdk-lib');
const path = require('path');
const fs = require('fs');
const ctx = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cdk-init-context.json'), 'utf8'));
const app = new cdk.App({ outdir: process.env.CDK_OUTDIR, context: ctx });
const env = { account: '111111111111', region: 'eu-west-1' };
function iam(s) {
  new cdk.CfnResource(s, 'Role', { type: 'AWS::IAM::Role', properties: { AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }], Version: '2012-10-17' } } });
  new cdk.CfnResource(s, 'User', { type: 'AWS::IAM::User' });
  new cdk.CfnResource(s, 'Queue', { type: 'AWS::SQS::Queue' });
}
iam(new cdk.Stack(app, 'ByName', { permissionsBoundary: cdk.PermissionsBoundary.fromName('boundary') }));
iam(new cdk.Stack(app, 'ByNameEnv', { env, permissionsBoundary: cdk.PermissionsBoundary.fromName('boundary-${Qualifier}') }));
iam(new cdk.Stack(app, 'ByArn', { permissionsBoundary: cdk.PermissionsBoundary.fromArn('arn:aws:iam::123456789012:policy/pb') }));
iam(new cdk.Stack(app, 'ByArnQualified', {
  env,
  synthesizer: new cdk.DefaultStackSynthesizer({ qualifier: 'team9' }),
  permissionsBoundary: cdk.PermissionsBoundary.fromArn('arn:aws:iam::${AWS::AccountId}:policy/pb-${Qualifier}-${AWS::Region}'),
}));
iam(new cdk.Stack(app, 'None'));
app.synth();
