// Twin of removal_policies_test.go: RemovalPolicies and MissingRemovalPolicies
// (type filters, a resource with its own policy, priorities) under the cdk
// init flags.
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');
const path = require('path');
const fs = require('fs');
const ctx = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cdk-init-context.json'), 'utf8'));
// The resources have no properties, which fails CloudFormation validation; it does not change templates.
ctx['@aws-cdk/core:failSynthOnValidationErrors'] = false;
const app = new cdk.App({ outdir: process.env.CDK_OUTDIR, context: ctx });
const s = new cdk.Stack(app, 'Removal');
const res = (scope, id, type) => new cdk.CfnResource(scope, id, { type });
res(s, 'Bucket', 'AWS::S3::Bucket');
res(s, 'Queue', 'AWS::SQS::Queue');
const own = res(s, 'Own', 'AWS::RDS::DBCluster');
own.applyRemovalPolicy(cdk.RemovalPolicy.SNAPSHOT);
const group = new Construct(s, 'Group');
res(group, 'Volume', 'AWS::EC2::Volume');
res(group, 'GroupQueue', 'AWS::SQS::Queue');
cdk.RemovalPolicies.of(s).retain({ applyToResourceTypes: ['AWS::S3::Bucket'] });
cdk.RemovalPolicies.of(group).snapshot({ excludeResourceTypes: ['AWS::SQS::Queue'] });
cdk.MissingRemovalPolicies.of(s).destroy();
cdk.RemovalPolicies.of(group).retainOnUpdateOrDelete({ applyToResourceTypes: ['AWS::EC2::Volume'], priority: 900 });
app.synth();
