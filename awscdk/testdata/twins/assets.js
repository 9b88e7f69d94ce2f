// Twin: asset fingerprints and staging in aws-cdk-lib 2.276.0.
// Run by regen.sh; prints the hashes it sees, writes the assembly to CDK_OUTDIR.
const cdk = require('aws-cdk-lib');
const path = require('path');
const fs = require('fs');
const FIX = process.argv[2];
const out = {};
const fp = (p, o) => cdk.FileSystem.fingerprint(path.join(FIX, p), o);
out.fingerprints = {
  'sample.txt': fp('sample.txt'),
  'latin1.txt': fp('latin1.txt'),
  'big.txt': fp('big.txt'),
  'crend.txt': fp('crend.txt'),
  'crtail.txt': fp('crtail.txt'),
  'bundle.tar.gz': fp('bundle.tar.gz'),
  'dir/lib/data.bin': fp('dir/lib/data.bin'),
  'dir': fp('dir'),
  'dir extra': fp('dir', { extraHash: 'salt' }),
  'dir follow always': fp('dir', { follow: cdk.SymlinkFollowMode.ALWAYS }),
  'dir exclude *.log': fp('dir', { exclude: ['*.log'] }),
  'dir exclude sub,!sub/keep.txt': fp('dir', { exclude: ['sub', '!sub/keep.txt'] }),
  'dir exclude lib/*.bin,*.md': fp('dir', { exclude: ['lib/*.bin', '*.md'] }),
  'dir exclude **/index.js': fp('dir', { exclude: ['**/index.js'] }),
  'dir exclude *': fp('dir', { exclude: ['*', '!index.js'] }),
  'dir exclude {a,b}': fp('dir', { exclude: ['*.{log,md}', 'build'] }),
  'dir exclude .hidden': fp('dir', { exclude: ['*hidden'] }),
  'dir exclude dot': fp('dir', { exclude: ['.*'] }),
  'dir git': fp('dir', { ignoreMode: cdk.IgnoreMode.GIT, exclude: ['*.log', 'build/', '!build/pkg'] }),
  'dir git2': fp('dir', { ignoreMode: cdk.IgnoreMode.GIT, exclude: ['/lib', 'sub/*', '!sub/keep.txt'] }),
  'dir docker': fp('dir', { ignoreMode: cdk.IgnoreMode.DOCKER, exclude: ['*.log', 'build', 'sub/.hidden'] }),
  'dir docker2': fp('dir', { ignoreMode: cdk.IgnoreMode.DOCKER, exclude: ['**/*.js', '!lib/util.js'] }),
};
const outdir = process.env.CDK_OUTDIR;
const ctx = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/cdkctx/cdk-init-context.json'), 'utf8'));
const app = new cdk.App({ outdir, context: ctx });
const stack = new cdk.Stack(app, 'AssetStack');
new cdk.CfnResource(stack, 'Topic', { type: 'AWS::SNS::Topic' });
const stage = (id, props) => {
  const s = new cdk.AssetStaging(stack, id, props);
  const loc = stack.synthesizer.addFileAsset({ fileName: s.relativeStagedPath(stack), sourceHash: s.assetHash, packaging: s.packaging });
  new cdk.CfnOutput(stack, id + 'Key', { value: loc.objectKey });
  new cdk.CfnOutput(stack, id + 'Bucket', { value: loc.bucketName });
  return { hash: s.assetHash, relative: s.relativeStagedPath(stack), packaging: s.packaging, isArchive: s.isArchive };
};
out.staging = {
  File: stage('File', { sourcePath: path.join(FIX, 'sample.txt') }),
  Archive: stage('Archive', { sourcePath: path.join(FIX, 'bundle.tar.gz') }),
  Dir: stage('Dir', { sourcePath: path.join(FIX, 'dir'), exclude: ['*.log', 'build'] }),
  Custom: stage('Custom', { sourcePath: path.join(FIX, 'dir'), assetHash: 'myhash' }),
  CustomType: stage('CustomType', { sourcePath: path.join(FIX, 'sample.txt'), assetHashType: cdk.AssetHashType.CUSTOM, assetHash: 'abc' }),
  Extra: stage('Extra', { sourcePath: path.join(FIX, 'dir'), extraHash: 'x' }),
};
app.synth();
console.log(JSON.stringify(out, null, 2));
