// aws-cdk-lib 2.276.0 twins of the Go cases in manifest_test.go: each saves
// a manifest with cloud_assembly_schema.Manifest into the directory given
// as argv[2]. Object keys are written in the order aws-cdk-go declares the
// struct fields and map keys sorted, as jsii hands them over. Schema
// validation (assumeRoleAdditionalOptions without RoleArn, ...) runs only
// under TESTING_CDK=1, so a save does not check it (RoleArnInOptions).
const path = require('path');
const { cloud_assembly_schema: cas } = require('aws-cdk-lib');
const out = process.argv[2];
const errors = {};

cas.Manifest.saveAssemblyManifest({
  version: '0.0.0',
  artifacts: {
    App: {
      type: cas.ArtifactType.AWS_CLOUDFORMATION_STACK,
      dependencies: ['App.assets'],
      displayName: 'App',
      environment: 'aws://123456789012/eu-west-1',
      metadata: {
        '/App/Queue/Resource': [
          { type: 'aws:cdk:logicalId', data: 'Queue4A7E3555' },
          { type: 'aws:cdk:warning', data: 'careful', trace: ['at a', 'at b'] },
        ],
      },
      properties: {
        templateFile: 'App.template.json',
        assumeRoleArn: 'arn:aws:iam::123456789012:role/deploy',
        lookupRole: { arn: 'arn:aws:iam::123456789012:role/lookup', requiresBootstrapStackVersion: 8 },
        notificationArns: ['arn:aws:sns:eu-west-1:123456789012:topic'],
        parameters: { A: '1', B: 'two' },
        requiresBootstrapStackVersion: 6,
        stackName: 'my-app',
        tags: { Owner: 'me', Team: 'x' },
        terminationProtection: true,
        validateOnSynth: false,
      },
    },
    'App.assets': {
      type: cas.ArtifactType.ASSET_MANIFEST,
      properties: {
        bootstrapStackVersionSsmParameter: '/cdk-bootstrap/hnb659fds/version',
        requiresBootstrapStackVersion: 6,
        file: 'App.assets.json',
      },
    },
    Tree: { type: cas.ArtifactType.CDK_TREE, properties: { file: 'tree.json' } },
    assemblyStage: {
      type: cas.ArtifactType.NESTED_CLOUD_ASSEMBLY,
      properties: { directoryName: 'assembly-Stage', displayName: 'Stage' },
    },
  },
  missing: [{
    key: 'availability-zones:account=123456789012:region=eu-west-1',
    props: { account: '123456789012', region: 'eu-west-1' },
    provider: cas.ContextProvider.AVAILABILITY_ZONE_PROVIDER,
  }],
  runtime: { libraries: { 'aws-cdk-lib': '2.276.0', constructs: '10.8.1' } },
}, path.join(out, 'assembly.json'));

cas.Manifest.saveAssetManifest({
  version: '1.0.0',
  dockerImages: {
    img: {
      destinations: { 'current_account-current_region': { imageTag: 'img', repositoryName: 'repo' } },
      source: { cacheDisabled: true, directory: 'asset.img', dockerBuildArgs: { A: 'a', Z: 'z' }, platform: 'linux/arm64' },
      displayName: 'Image',
    },
  },
  files: {
    abc: {
      destinations: {
        'current_account-current_region': {
          assumeRoleArn: 'arn:aws:iam::123456789012:role/publish', region: 'eu-west-1',
          bucketName: 'bucket', objectKey: 'abc.zip',
        },
      },
      source: { packaging: cas.FileAssetPackaging.ZIP_DIRECTORY, path: 'asset.abc' },
    },
  },
}, path.join(out, 'assets.json'));

cas.Manifest.saveIntegManifest({
  testCases: { 'integ-test/DefaultTest': { regions: ['us-east-1'], stacks: ['Stack'], assertionStack: 'integ-test/DefaultTest/DeployAssert' } },
  version: '0.0.0',
  enableLookups: false,
}, path.join(out, 'integ.json'));

for (const [name, f] of Object.entries({
  RoleArnInOptions: () => cas.Manifest.saveAssemblyManifest({
    version: '0.0.0',
    artifacts: { S: { type: cas.ArtifactType.AWS_CLOUDFORMATION_STACK, properties: { templateFile: 't', assumeRoleAdditionalOptions: { RoleArn: 'x' } } } },
  }, path.join(out, 'bad.json')),
})) {
  try { f(); errors[name] = null; } catch (e) { errors[name] = e.message; }
}
require('fs').writeFileSync(path.join(out, 'future.json'), JSON.stringify({ version: '99.0.0', minimumCliVersion: '3.0.0' }));
try { cas.Manifest.loadAssemblyManifest(path.join(out, 'future.json')); } catch (e) { errors.FutureVersion = e.message; }
try { cas.Manifest.loadAssemblyManifest(path.join(out, 'future.json'), { skipVersionCheck: true }); errors.FutureVersionSkipped = null; } catch (e) { errors.FutureVersionSkipped = e.message; }
console.log(JSON.stringify(errors, undefined, 2));

// The enums' wire values, in the schema's order (enums.json).
const enums = {};
for (const n of ['ArtifactType', 'ArtifactMetadataEntryType', 'ContextProvider', 'LoadBalancerType', 'LoadBalancerListenerProtocol', 'FileAssetPackaging', 'RequireApproval']) {
  enums[n] = Object.entries(cas[n]);
}
require('fs').writeFileSync(path.join(out, 'enums.json'), JSON.stringify(enums, undefined, 2) + '\n');

// Schema validation of hand-written bad manifests (invalid*.json): the
// messages go to errors.json as validate-<file>, the order of their lines
// aside.
{
  const v = {};
  for (const f of ['invalid1', 'invalid2']) {
    for (const [suffix, opts] of [['', { validateSchema: true }], ['-skipEnums', { validateSchema: true, skipEnumCheck: true }]]) {
      try { cas.Manifest.loadAssemblyManifest(path.join(__dirname, f + '.json'), opts); v[f + suffix] = null; } catch (e) { v[f + suffix] = e.message; }
    }
  }
  require('fs').writeFileSync(path.join(out, 'validation.json'), JSON.stringify(v, undefined, 2) + '\n');
}
