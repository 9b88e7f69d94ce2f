// Twin of arn_split_test.go: Arn.split of literal ARNs, each component
// rendered into an output, so that the splitting rules come from aws-cdk-lib.
const cdk = require('aws-cdk-lib');
const path = require('path');
const fs = require('fs');
const ctx = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cdk-init-context.json'), 'utf8'));
const app = new cdk.App({ outdir: process.env.CDK_OUTDIR, context: ctx });
const s = new cdk.Stack(app, 'ArnSplit');
new cdk.CfnResource(s, 'Topic', { type: 'AWS::SNS::Topic' });
const arns = [
  'arn:aws:s3:::bucket/key/deeper',
  'arn:aws:ecs:us-east-1:111111111111:service/cluster/name',
  'arn:aws:logs:us-east-1:111111111111:log-group:my-group:*',
  'arn:aws:sns:us-east-1:111111111111:topic',
  'arn:aws:backup:us-east-1:111111111111:backup-vault:vault',
  'arn:aws:apigateway:us-east-1::/restapis/abc/stages/prod',
  'arn:aws:iam::111111111111:role/path/role-name',
  'arn:aws:lambda:us-east-1:111111111111:function:fn:alias',
  'arn:aws:execute-api:us-east-1:111111111111:api/stage/GET/path:x',
  'arn:aws:states:us-east-1:111111111111:/lonely',
];
const formats = [cdk.ArnFormat.NO_RESOURCE_NAME, cdk.ArnFormat.COLON_RESOURCE_NAME, cdk.ArnFormat.SLASH_RESOURCE_NAME, cdk.ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME];
const show = (v) => (v === undefined ? '<undefined>' : v);
arns.forEach((arn, i) => formats.forEach((f, j) => {
  const c = cdk.Arn.split(arn, f);
  new cdk.CfnOutput(s, `A${i}F${j}`, { value: [c.partition, c.service, c.region, c.account, c.resource, c.resourceName, c.arnFormat].map(show).join('|') });
}));
app.synth();
