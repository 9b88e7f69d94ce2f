// Twin of awscdk's TestValidationReportGoldens/deprecated-runtimes: Lambda
// functions on runtimes past their update block (E2533), their creation
// block (E2531) and their deprecation (W2531). Run alone, the app fails
// synth after writing its report.
const { App, Stack, CfnResource } = require('aws-cdk-lib');

const app = new App();
const stack = new Stack(app, 'Old');
const fn = (id, runtime) => new CfnResource(stack, id, {
  type: 'AWS::Lambda::Function',
  // keys sorted, as jsii hands a Go map over
  properties: { Code: { S3Bucket: 'my-bucket', S3Key: 'code.zip' }, Handler: 'index.handler',
    Role: 'arn:aws:iam::123456789012:role/lambda', Runtime: runtime },
});
fn('Py36', 'python3.6');
fn('Py36Again', 'python3.6');
fn('Go1', 'go1.x');
fn('Node16', 'nodejs16.x');
fn('Py312', 'python3.12');
app.synth();
