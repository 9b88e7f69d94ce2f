// aws-cdk-lib 2.276.0 twins of the Go cases in include_test.go. Each stack
// is one template case (nested templates are written next to them); each
// entry of `errors` one bad-input case, written to errors.json by regen.sh.
const cdk = require('aws-cdk-lib');
const inc = require('aws-cdk-lib/cloudformation-include');
const sqs = require('aws-cdk-lib/aws-sqs');
const s3 = require('aws-cdk-lib/aws-s3');
const app = new cdk.App();

{ // Preserve: logical IDs kept, an L1 changed, a new element referencing an included one
  const s = new cdk.Stack(app, 'Preserve');
  const t = new inc.CfnInclude(s, 'Template', { templateFile: 'templates/basic.json' });
  const q = t.getResource('Queue');
  q.delaySeconds = 7;
  const b = t.getResource('Bucket');
  b.versioningConfiguration = { status: 'Suspended' };
  new cdk.CfnOutput(s, 'Extra', { value: b.attrArn });
  new sqs.CfnQueue(s, 'Consumer', { queueName: cdk.Fn.join('-', [t.getParameter('Env').valueAsString, 'consumer']) });
}

{ // Renamed: logical IDs from the construct paths
  const s = new cdk.Stack(app, 'Renamed');
  const t = new inc.CfnInclude(s, 'Template', { templateFile: 'templates/basic.json', preserveLogicalIds: false });
  new cdk.CfnOutput(s, 'Extra', { value: t.getResource('Queue').ref });
}

{ // Params: parameters replaced by values
  const s = new cdk.Stack(app, 'Params');
  new inc.CfnInclude(s, 'Template', { templateFile: 'templates/basic.json', parameters: { BucketNameParam: 'my-bucket', Env: 'prod' } });
}

{ // Yaml: short-form intrinsics
  const s = new cdk.Stack(app, 'Yaml');
  const t = new inc.CfnInclude(s, 'Template', { templateFile: 'templates/basic.yaml' });
  t.getResource('Bucket').bucketName = 'changed';
}

{ // Nested: a nested stack loaded with its own parameters replaced
  const s = new cdk.Stack(app, 'Nested');
  const t = new inc.CfnInclude(s, 'Template', {
    templateFile: 'templates/parent.json',
    loadNestedStacks: { Child: { templateFile: 'templates/child.json', parameters: { Stage: 'prod' } } },
  });
  const child = t.getNestedStack('Child');
  child.includedTemplate.getResource('Queue').visibilityTimeout = 60;
}

{ // Extras: rules, a dehydrated resource, DependsOn lists, a custom resource, loadNestedStack
  const s = new cdk.Stack(app, 'Extras');
  const t = new inc.CfnInclude(s, 'Template', { templateFile: 'templates/extras.json', dehydratedResources: ['Raw'] });
  t.getResource('Table').tableName = 'included';
  const n = t.loadNestedStack('Sub', { templateFile: 'templates/child.json' });
  n.includedTemplate.getOutput('QueueArn').description = 'the queue';
  t.getRule('ProdOnly');
}

const errors = {};
function expectError(name, f) {
  const a = new cdk.App({ autoSynth: false, outdir: require("os").tmpdir() + "/cfninc-err" });
  const s = new cdk.Stack(a, 'S');
  try { f(s); errors[name] = null; } catch (e) {
    errors[name] = { Message: e.message, Path: '' };
  }
}
expectError('MissingResource', s => new inc.CfnInclude(s, 'T', { templateFile: 'templates/basic.json' }).getResource('Nope'));
expectError('UnknownParameter', s => new inc.CfnInclude(s, 'T', { templateFile: 'templates/basic.json', parameters: { Nope: 'x' } }));
expectError('NotNested', s => new inc.CfnInclude(s, 'T', { templateFile: 'templates/parent.json' }).getNestedStack('Child'));
expectError('DehydratedUnknown', s => new inc.CfnInclude(s, 'T', { templateFile: 'templates/basic.json', dehydratedResources: ['Nope'] }));
expectError('MissingNested', s => new inc.CfnInclude(s, 'T', { templateFile: 'templates/basic.json', loadNestedStacks: { Nope: { templateFile: 'templates/child.json' } } }));
expectError('Cycle', s => new inc.CfnInclude(s, 'T', { templateFile: 'templates/cycle.json' }));
process.stdout.write(JSON.stringify(errors, null, 2) + '\n');
