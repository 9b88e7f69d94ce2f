// Twin of annotations_test.go: V2 warnings and infos carry "[ack: id]",
// acknowledgements suppress later messages and retract earlier ones below
// the acknowledging scope, repeated messages are recorded once, and
// deprecations are acknowledgeable warnings.
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');
const path = require('path');
const fs = require('fs');
const ctx = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cdk-init-context.json'), 'utf8'));
ctx['aws:cdk:disable-stack-trace'] = true;
const app = new cdk.App({ outdir: process.env.CDK_OUTDIR, context: ctx });
const s = new cdk.Stack(app, 'Annotated');
const parent = new Construct(s, 'Parent');
const child = new cdk.CfnResource(parent, 'Child', { type: 'AWS::SNS::Topic' });
const other = new cdk.CfnResource(s, 'Other', { type: 'AWS::SQS::Queue' });
const a = cdk.Annotations.of(child);
a.addWarningV2('test:warn', 'a warning');
a.addInfoV2('test:info', 'an info');
a.addWarning('plain warning');
a.addWarning('plain warning');
a.addInfo('plain info');
a.addDeprecation('test.Api', 'use test.Other');
a.addWarningV2('test:retracted', 'retracted by the parent');
a.addInfoV2('test:retractedInfo', 'info retracted by the stack');
cdk.Annotations.of(other).addWarningV2('test:retracted', 'kept: not below the parent');
cdk.Annotations.of(parent).acknowledgeWarning('test:retracted', 'not needed');
cdk.Annotations.of(s).acknowledgeInfo('test:retractedInfo');
cdk.Annotations.of(s).acknowledgeWarning('test:later');
a.addWarningV2('test:later', 'suppressed: acknowledged on the stack');
cdk.Annotations.of(other).addWarningV2('test:later', 'suppressed too');
a.addWarningV2('test:retracted', 'suppressed: acknowledged on the parent');
cdk.Annotations.of(other).addInfoV2('test:info', 'other info');
app.synth();
