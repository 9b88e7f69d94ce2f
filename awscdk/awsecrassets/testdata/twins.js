// aws-cdk-lib 2.276.0 twins of the Go cases in image_asset_test.go. Each
// stack is one case: regen.sh keeps its template and asset manifest (the
// image entries carry the source hash and build options); each entry of
// `errors` one bad-input case, written to errors.json.
const cdk = require('aws-cdk-lib');
const assets = require('aws-cdk-lib/aws-ecr-assets');
const app = new cdk.App();

{ // Defaults: a directory with a Dockerfile and a .dockerignore
  const s = new cdk.Stack(app, 'Defaults');
  new cdk.CfnResource(s, 'Queue', { type: 'AWS::SQS::Queue' }); // a template needs a resource
  const a = new assets.DockerImageAsset(s, 'Image', { directory: 'image' });
  new cdk.CfnOutput(s, 'Uri', { value: a.imageUri });
  new cdk.CfnOutput(s, 'Tag', { value: a.imageTag });
  new cdk.CfnOutput(s, 'Repo', { value: a.repository.repositoryName });
  new cdk.CfnOutput(s, 'RepoArn', { value: a.repository.repositoryArn });
}

{ // Options: every build option that changes the hash or the manifest
  const s = new cdk.Stack(app, 'Options', { env: { account: '111111111111', region: 'eu-west-1' } });
  new cdk.CfnResource(s, 'Queue', { type: 'AWS::SQS::Queue' });
  const a = new assets.DockerImageAsset(s, 'Image', {
    directory: 'image',
    assetName: 'photo',
    buildArgs: { A: '1', B: '2' },
    buildContexts: { ctx: 'plain' },
    buildSecrets: { token: 'env=TOKEN' },
    buildSsh: 'default',
    cacheDisabled: true,
    cacheFrom: [{ type: 'registry', params: { ref: 'repo:cache' } }],
    cacheTo: { type: 'inline' },
    displayName: 'Photo image',
    exclude: ['NOTES.md'],
    extraHash: 'salt',
    file: 'Dockerfile.alt',
    networkMode: assets.NetworkMode.HOST,
    outputs: ['type=docker'],
    platform: assets.Platform.LINUX_ARM64,
    target: 'prod',
  });
  new cdk.CfnOutput(s, 'Uri', { value: a.imageUri });
  new assets.DockerImageAsset(s, 'NoInvalidation', {
    directory: 'image', buildArgs: { A: 'x' }, target: 'prod', file: 'Dockerfile.alt',
    invalidation: { buildArgs: false, target: false, file: false },
  });
  new assets.DockerImageAsset(s, 'Glob', { directory: 'plain', ignoreMode: cdk.IgnoreMode.GLOB, networkMode: assets.NetworkMode.fromContainer('c1'), platform: assets.Platform.custom('linux/riscv64') });
}

{ // Tarball: images loaded from a tarball (docker load at publish time)
  const s = new cdk.Stack(app, 'Tarball');
  new cdk.CfnResource(s, 'Queue', { type: 'AWS::SQS::Queue' });
  const a = new assets.TarballImageAsset(s, 'Image', { tarballFile: 'image.tar' });
  new cdk.CfnOutput(s, 'Uri', { value: a.imageUri });
  new cdk.CfnOutput(s, 'Tag', { value: a.imageTag });
  new cdk.CfnOutput(s, 'Hash', { value: a.assetHash });
  new cdk.CfnOutput(s, 'Repo', { value: a.repository.repositoryName });
  new assets.TarballImageAsset(s, 'Named', { tarballFile: 'image.tar', displayName: 'Loaded image' });
}

const errors = {
  NoDockerfile: (s) => new assets.DockerImageAsset(s, 'Image', { directory: 'image', file: 'Missing.Dockerfile' }),
  NoDirectory: (s) => new assets.DockerImageAsset(s, 'Image', { directory: 'missing' }),
  NoTarball: (s) => new assets.TarballImageAsset(s, 'Image', { tarballFile: __dirname + '/missing.tar' }),
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const eapp = new cdk.App({ autoSynth: false, context: JSON.parse(process.env.CDK_CONTEXT_JSON || '{}') });
  const s = new cdk.Stack(eapp, 'S');
  try {
    build(s);
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message.split(__dirname).join('<testdata>') };
  }
}
app.synth();
console.log(JSON.stringify(out, null, 2));
