// JavaScript twin of ../main.go on aws-cdk-lib 2.276.0: same ids, order and values.
'use strict';

const cdk = require('aws-cdk-lib');
const inc = require('aws-cdk-lib/cloudformation-include');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();

const kept = new cdk.Stack(app, 'IncludedStack');
const tmpl = new inc.CfnInclude(kept, 'Template', {
  templateFile: 'templates/main.yaml',
  parameters: { RetentionDays: 14 },
  loadNestedStacks: { Worker: { templateFile: 'templates/worker.yaml' } },
});
const bucket = tmpl.getResource('Data');
bucket.bucketName = 'included-data';
const worker = tmpl.getNestedStack('Worker');
const fn = worker.includedTemplate.getResource('Fn');
fn.timeout = 30;
new sqs.CfnQueue(kept, 'DeadLetters', { queueName: cdk.Fn.join('-', [bucket.ref, 'dlq']) });
new cdk.CfnOutput(kept, 'Stage', { value: tmpl.getParameter('Stage').valueAsString });

const renamed = new cdk.Stack(app, 'RenamedStack');
new inc.CfnInclude(renamed, 'Template', {
  templateFile: 'templates/main.yaml',
  preserveLogicalIds: false,
  loadNestedStacks: { Worker: { templateFile: 'templates/worker.yaml', preserveLogicalIds: false } },
});

app.synth();
