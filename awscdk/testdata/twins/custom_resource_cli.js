// Twin of custom_resource_test.go, under the cdk init flags and the CLI context.
// under the cdk init flags. Map keys are written sorted, as jsii hands a Go
// map to aws-cdk-lib.
const cdk = require('aws-cdk-lib');
const path = require('path');
const fs = require('fs');
const FIX = process.argv[2];
const ctx = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cdk-init-context.json'), 'utf8'));
// CLI context (path and asset metadata) as well.
Object.assign(ctx, JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cli-context.json'), 'utf8')));
const app = new cdk.App({ outdir: process.env.CDK_OUTDIR, context: ctx });
const stack = new cdk.Stack(app, 'CrStack');

new cdk.CustomResource(stack, 'Plain', {
  serviceToken: 'arn:aws:lambda:us-east-1:123456789012:function:handler',
  properties: { A: 'x', Nested: { a: [1, 2], z: true }, b: 1 },
});
const typed = new cdk.CustomResource(stack, 'Typed', {
  serviceToken: 'arn:aws:lambda:us-east-1:123456789012:function:handler',
  resourceType: 'Custom::MyThing',
  pascalCaseProperties: true,
  properties: { alpha: 1, beta: 'b' },
  removalPolicy: cdk.RemovalPolicy.RETAIN,
  serviceTimeout: cdk.Duration.minutes(5),
});
new cdk.CustomResource(stack, 'Conflict', {
  serviceToken: 'arn:aws:lambda:us-east-1:123456789012:function:handler',
  properties: { Alpha: 'a', ServiceToken: 'overridden' },
});

const provider = cdk.CustomResourceProvider.getOrCreateProvider(stack, 'Custom::MyProvider', {
  codeDirectory: path.join(FIX, 'dir'),
  runtime: cdk.CustomResourceProviderRuntime.NODEJS_22_X,
  policyStatements: [{ Action: 's3:GetObject', Effect: 'Allow', Resource: '*' }],
  timeout: cdk.Duration.minutes(5),
  memorySize: cdk.Size.mebibytes(256),
  environment: { BAR: '1', FOO: '2' },
  description: 'My provider',
});
const token = cdk.CustomResourceProvider.getOrCreate(stack, 'Custom::MyProvider', {
  codeDirectory: path.join(FIX, 'dir'),
  runtime: cdk.CustomResourceProviderRuntime.NODEJS_22_X,
});
provider.addToRolePolicy({ Action: 'sqs:SendMessage', Effect: 'Allow', Resource: '*' });
const viaProvider = new cdk.CustomResource(stack, 'ViaProvider', { serviceToken: token, resourceType: 'Custom::Thing' });
const minimal = cdk.CustomResourceProvider.getOrCreateProvider(stack, 'Custom::Minimal', {
  codeDirectory: path.join(FIX, 'dir'),
  runtime: cdk.CustomResourceProviderRuntime.NODEJS_20_X,
});
new cdk.CfnOutput(stack, 'Att', { value: viaProvider.getAttString('Result') });
new cdk.CfnOutput(stack, 'Ref', { value: viaProvider.ref });
new cdk.CfnOutput(stack, 'TypedRef', { value: typed.ref });
new cdk.CfnOutput(stack, 'RoleArn', { value: minimal.roleArn });
new cdk.CfnOutput(stack, 'Token', { value: minimal.serviceToken });
app.synth();
console.log(JSON.stringify({ codeHash: provider.codeHash, same: token === provider.serviceToken }));
