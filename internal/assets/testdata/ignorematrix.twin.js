// Twin: how aws-cdk-lib 2.276.0's bundled matchers (minimatch for GLOB, ignore for GIT,
// @balena/dockerignore for DOCKER) treat exclude patterns, for a matrix of patterns x paths.
const lib = (process.env.CDK_LIB || '/tmp/cdk/node_modules/aws-cdk-lib') + '/node_modules/';
const { minimatch } = require(lib + 'minimatch');
const ignore = require(lib + 'ignore');
const dockerignore = require(lib + '@balena/dockerignore');
const patterns = ['*', '*.js', '*.JS', 'index.js', '/index.js', 'lib', 'lib/', 'lib/*', 'lib/**', '**/lib', 'lib/**/x.js',
  '**/*.js', '**', '*.{js,md}', '{lib,sub}/*', 'a{1..3}.txt', '?.js', '[ab].js', '[!ab].js', '[a-c]*', 'sub/.hidden', '.*', '*hidden',
  '.hidden', 'sub/*', 'sub/**/*', '**/.hidden', 'x/../lib', 'lib/*.bin', '\\*.js', 'a\\?b', '#comment', 'node_modules', 'build/pkg',
  '*.txt ', 'dir/', '/lib/', '**/build/**', 'lib/**/*.js', 'a*b', '*/keep.txt', 'index.*', '.git', '*.tar.gz', '[[:alpha:]].js', 'LIB'];
const paths = ['index.js', 'a.js', 'c.js', 'INDEX.JS', 'lib', 'lib/util.js', 'lib/data.bin', 'lib/x.js', 'lib/deep/x.js', 'lib/deep/y.js',
  'sub', 'sub/.hidden', 'sub/keep.txt', 'sub/lib', 'sub/lib/z.js', '.hidden', '.git', '.git/config', 'README.md', 'a1.txt', 'a4.txt',
  'build', 'build/pkg', 'build/pkg/index.js', 'node_modules/x/y.js', 'ab', 'axxb', 'a?b', '*.js', 'x.tar.gz', 'dir', 'dir/f', 'a.txt ', 'a.txt', 'Lib/u.js'];
const out = { glob: {}, git: {}, docker: {}, gitdir: {}, dockerdir: {} };
for (const p of patterns) {
  out.glob[p] = {}; out.git[p] = {}; out.docker[p] = {}; out.gitdir[p] = {}; out.dockerdir[p] = {};
  const ig = ignore().add([p]);
  const di = dockerignore().add([p]);
  for (const f of paths) {
    out.glob[p][f] = minimatch(f, p, { matchBase: true, flipNegate: true });
    out.git[p][f] = ig.ignores(f);
    out.gitdir[p][f] = ig.ignores(f + '/');
    out.docker[p][f] = di.ignores(f);
  }
}
// negations and multi-pattern sets
const sets = [['*.js', '!index.js'], ['lib', '!lib/util.js'], ['lib/*', '!lib/util.js'], ['**/*.js', '!lib/**'], ['*', '!*.md'], ['sub', '!sub/keep.txt'], ['!index.js', '*.js'], ['build/', '!build/pkg'], ['/lib', 'sub/*', '!sub/keep.txt']];
out.sets = [];
for (const s of sets) {
  const ig = ignore().add(s); const di = dockerignore().add(s);
  const row = { patterns: s, git: {}, docker: {}, gitdir: {} };
  for (const f of paths) { row.git[f] = ig.ignores(f); row.gitdir[f] = ig.ignores(f + '/'); row.docker[f] = di.ignores(f); }
  out.sets.push(row);
}
out.source = "internal/assets/testdata/ignorematrix.twin.js run with node 20 against aws-cdk-lib 2.276.0 (minimatch 10.2.6, ignore 5.3.2, @balena/dockerignore 1.0.2)";
console.log(JSON.stringify(out, null, 1));
