// Twin of deps_test.go: construct dependencies become DependsOn between the
// resources below them, never a resource on itself (a dependency on a
// construct that contains the dependent resource, a construct on itself).
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');
const path = require('path');
const fs = require('fs');
const ctx = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cdk-init-context.json'), 'utf8'));
const app = new cdk.App({ outdir: process.env.CDK_OUTDIR, context: ctx });
const s = new cdk.Stack(app, 'Deps');
const group = new Construct(s, 'Group');
const a = new cdk.CfnResource(group, 'A', { type: 'AWS::SNS::Topic' });
new cdk.CfnResource(group, 'B', { type: 'AWS::SNS::Topic' });
a.node.addDependency(group);
const other = new cdk.CfnResource(s, 'Other', { type: 'AWS::SNS::Topic' });
other.node.addDependency(other);
const inner = new Construct(group, 'Inner');
const c = new cdk.CfnResource(inner, 'C', { type: 'AWS::SNS::Topic' });
other.node.addDependency(inner);
app.synth();
