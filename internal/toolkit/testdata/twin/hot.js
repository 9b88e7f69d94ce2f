// JavaScript twin for hotswap: a function whose code is a file asset;
// "h1" and "h2" differ only in that code (hot/h1, hot/h2), "h3" also in
// memory size, which cannot be hotswapped.
const path = require('path');
const cdk = require(process.env.CDK_LIB || '/tmp/cdk/node_modules/aws-cdk-lib');
const lambda = cdk.aws_lambda;

const v = process.env.VARIANT || 'h1';
const app = new cdk.App();
const stack = new cdk.Stack(app, 'HotStack');
new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'hot', v === 'h1' ? 'h1' : 'h2')),
  memorySize: v === 'h3' ? 256 : 128,
});
app.synth();
