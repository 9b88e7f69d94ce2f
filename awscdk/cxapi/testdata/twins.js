// aws-cdk-lib 2.276.0 twins of the Go cases in cxapi_test.go.
//  1. An app (two stacks, one depending on the other, a nested Stage, an
//     annotation, a lookup) is synthesized into asm/ under the `cdk init`
//     context; cx_api.CloudAssembly then reads it and describe() prints
//     what its API returns to read.json. The Go test reads the same asm/
//     with NewCloudAssembly and must describe it identically.
//  2. CloudAssemblyBuilder writes built/ (artifacts, missing context, a
//     nested assembly); the Go builder must write the same files.
//  3. EnvironmentUtils and EnvironmentPlaceholders results go to env.json.
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const { cx_api: cxapi, cloud_assembly_schema: cas } = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const here = __dirname;

const asmDir = path.join(here, 'asm');
fs.rmSync(asmDir, { recursive: true, force: true });
const app = new cdk.App({ outdir: asmDir, context: JSON.parse(fs.readFileSync(process.argv[2], 'utf-8')) });
const producer = new cdk.Stack(app, 'Producer', { env: { account: '123456789012', region: 'eu-west-1' }, tags: { Team: 'x', Owner: 'me' } });
const q = new sqs.Queue(producer, 'Queue');
cdk.Annotations.of(q).addWarningV2('test:warn', 'look at this');
cdk.Annotations.of(producer).addInfo('some info');
const consumer = new cdk.Stack(app, 'Consumer', { stackName: 'consumer-stack', terminationProtection: true });
new cdk.CfnOutput(consumer, 'Out', { value: 'v' });
new sqs.Queue(consumer, 'Q2');
consumer.addDependency(producer);
const stage = new cdk.Stage(app, 'Beta');
new sqs.Queue(new cdk.Stack(stage, 'Inner'), 'Q');
const asm = app.synth();

function describe(a) {
  const art = x => ({
    id: x.id,
    hierarchicalId: x.hierarchicalId,
    type: x.manifest.type,
    dependencies: x.dependencies.map(d => d.id),
    messages: x.messages.map(m => ({ level: m.level, id: m.id, type: m.entry.type, data: m.entry.data })),
    logicalIds: x.findMetadataByType('aws:cdk:logicalId').map(e => ({ path: e.path, data: e.data })),
  });
  return {
    version: a.version,
    artifacts: a.artifacts.map(art),
    stacks: a.stacks.map(s => ({
      id: s.id,
      stackName: s.stackName,
      displayName: s.displayName,
      originalName: s.originalName,
      environment: s.environment,
      templateFile: s.templateFile,
      tags: s.tags,
      parameters: s.parameters,
      terminationProtection: s.terminationProtection ?? null,
      validateOnSynth: s.validateOnSynth ?? null,
      assumeRoleArn: s.assumeRoleArn ?? null,
      cloudFormationExecutionRoleArn: s.cloudFormationExecutionRoleArn ?? null,
      lookupRole: s.lookupRole ?? null,
      requiresBootstrapStackVersion: s.requiresBootstrapStackVersion ?? null,
      stackTemplateAssetObjectUrl: s.stackTemplateAssetObjectUrl ?? null,
      assets: s.assets,
      outputs: Object.keys(s.template.Outputs ?? {}),
    })),
    stacksRecursively: a.stacksRecursively.map(s => s.id),
    nested: a.nestedAssemblies.map(n => ({ id: n.id, directoryName: n.directoryName, displayName: n.displayName, stacks: n.nestedAssembly.stacks.map(s => s.id) })),
    tree: a.tree() ? a.tree().file : null,
    byName: a.getStackByName('consumer-stack').id,
    nestedStack: a.getStackArtifact('BetaInnerBAFA6896').hierarchicalId,
    missing: a.manifest.missing ?? null,
  };
}

const errors = {};
const attempt = (name, f) => { try { f(); errors[name] = null; } catch (e) { errors[name] = e.message; } };
attempt('UnknownStack', () => asm.getStackArtifact('Nope'));
attempt('NotAStack', () => asm.getStackArtifact('Tree'));
attempt('UnknownName', () => asm.getStackByName('nope'));
attempt('NotNested', () => asm.getNestedAssemblyArtifact('Tree'));
attempt('BadEnv', () => cxapi.EnvironmentUtils.parse('nope'));

const read = new cxapi.CloudAssembly(asmDir);
fs.writeFileSync(path.join(here, 'read.json'), JSON.stringify({ ...describe(read), errors }, undefined, 2) + '\n');

// 2. the builder
const builtDir = path.join(here, 'built');
fs.rmSync(builtDir, { recursive: true, force: true });
const b = new cxapi.CloudAssemblyBuilder(builtDir);
b.addArtifact('Zeta', {
  type: cas.ArtifactType.AWS_CLOUDFORMATION_STACK,
  environment: 'aws://unknown-account/unknown-region',
  properties: { templateFile: 'Zeta.template.json' },
});
b.addArtifact('Alpha.assets', {
  type: cas.ArtifactType.ASSET_MANIFEST,
  properties: { file: 'Alpha.assets.json' },
});
b.addArtifact('Alpha', {
  type: cas.ArtifactType.AWS_CLOUDFORMATION_STACK,
  dependencies: ['Alpha.assets', 'Zeta'],
  environment: 'aws://111111111111/us-east-1',
  properties: { templateFile: 'Alpha.template.json', stackName: 'alpha' },
});
b.addMissing({ key: 'k1', props: { account: '1', region: 'r' }, provider: cas.ContextProvider.AVAILABILITY_ZONE_PROVIDER });
b.addMissing({ key: 'k1', props: { account: '2', region: 'r' }, provider: cas.ContextProvider.AVAILABILITY_ZONE_PROVIDER });
const inner = b.createNestedAssembly('assembly-Gamma', 'Gamma');
inner.addMissing({ key: 'k2', props: { account: '1', region: 'r', parameterName: 'p' }, provider: cas.ContextProvider.SSM_PARAMETER_PROVIDER });
inner.buildAssembly();
for (const f of ['Zeta.template.json', 'Alpha.template.json', 'Alpha.assets.json']) {
  fs.writeFileSync(path.join(builtDir, f), '{}');
}
const built = b.buildAssembly();
const order = { stacks: built.stacks.map(s => s.id), artifacts: built.artifacts.map(a => a.id), inner: built.getNestedAssembly('assembly-Gamma').manifest.missing };

// 3. environments and placeholders
const env = {
  parse: cxapi.EnvironmentUtils.parse('aws://123456789012/eu-west-1'),
  parseLoose: cxapi.EnvironmentUtils.parse('xaws://me@x.y_z/us-east-1/extra'),
  make: cxapi.EnvironmentUtils.make('1', 'r'),
  format: cxapi.EnvironmentUtils.format('1', 'r'),
  replace: cxapi.EnvironmentPlaceholders.replace({
    a: 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/x-${AWS::Region}',
    list: ['${AWS::Region}', 'x${AWS::Region}${AWS::Region}'],
    n: 1,
  }, { region: 'eu-west-1', accountId: '123456789012', partition: 'aws' }),
  builtOrder: order,
};
const provider = { region: async () => 'eu-west-1', accountId: async () => '123456789012', partition: async () => 'aws' };
cxapi.EnvironmentPlaceholders.replaceAsync({
  atStart: '${AWS::Region}/x',
  later: 'x/${AWS::AccountId}',
  list: ['ab${AWS::Partition}'],
}, provider).then(r => {
  env.replaceAsync = r;
  fs.writeFileSync(path.join(here, 'env.json'), JSON.stringify(env, undefined, 2) + '\n');
});
