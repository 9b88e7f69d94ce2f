// Unit tests of index.js against a stubbed ECR client and CloudFormation
// response URL. Run with `node --test` in this directory (handler_test.go
// in the package runs them when node is installed).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const index = require('./index.js');

function fakeECR({ tags = [{ Key: 'aws-cdk:auto-delete-images', Value: 'true' }], images = 0, missing = false, fail = false } = {}) {
  const calls = [];
  const remaining = [];
  for (let i = 0; i < images; i++) remaining.push({ imageDigest: `sha256:${i}` });
  const err = (name) => Object.assign(new Error(name), { name });
  return {
    calls,
    remaining,
    async describeRepositories(p) {
      calls.push(['describeRepositories', p]);
      if (missing) throw err('RepositoryNotFoundException');
      return { repositories: [{ repositoryName: p.repositoryNames[0], repositoryArn: `arn:aws:ecr:r:1:repository/${p.repositoryNames[0]}` }] };
    },
    async listTagsForResource(p) { calls.push(['listTagsForResource', p]); return { tags }; },
    async listImages(p) {
      calls.push(['listImages', p]);
      return { imageIds: remaining.slice(0, p.maxResults || 100) };
    },
    async batchDeleteImage(p) {
      calls.push(['batchDeleteImage', p]);
      assert.ok(p.imageIds.length <= 100);
      if (fail) return { failures: [{ failureCode: 'AccessDenied', failureReason: 'no' }] };
      for (const id of p.imageIds) {
        remaining.splice(remaining.findIndex((r) => r.imageDigest === id.imageDigest), 1);
      }
      return { failures: [] };
    },
  };
}

async function run(event, ecr) {
  index._setClient(ecr);
  const sent = [];
  index.send = async (url, body) => { sent.push({ url, body: JSON.parse(body) }); };
  await index.handler({ ResponseURL: 'https://cfn/response', StackId: 's', RequestId: 'r', LogicalResourceId: 'L', ...event });
  assert.strictEqual(sent.length, 1);
  return sent[0].body;
}

test('delete empties a tagged repository in batches of 100', async () => {
  const ecr = fakeECR({ images: 250 });
  const res = await run({ RequestType: 'Delete', PhysicalResourceId: 'repo', ResourceProperties: { RepositoryName: 'repo' } }, ecr);
  assert.strictEqual(res.Status, 'SUCCESS');
  assert.strictEqual(ecr.remaining.length, 0);
  assert.strictEqual(ecr.calls.filter((c) => c[0] === 'batchDeleteImage').length, 3);
});

test('delete leaves an untagged repository alone', async () => {
  const ecr = fakeECR({ tags: [], images: 3 });
  const res = await run({ RequestType: 'Delete', ResourceProperties: { RepositoryName: 'repo' } }, ecr);
  assert.strictEqual(res.Status, 'SUCCESS');
  assert.strictEqual(ecr.remaining.length, 3);
});

test('a missing repository is not an error', async () => {
  const res = await run({ RequestType: 'Delete', ResourceProperties: { RepositoryName: 'gone' } }, fakeECR({ missing: true }));
  assert.strictEqual(res.Status, 'SUCCESS');
});

test('a failed deletion fails the request', async () => {
  const res = await run({ RequestType: 'Delete', ResourceProperties: { RepositoryName: 'repo' } }, fakeECR({ images: 1, fail: true }));
  assert.strictEqual(res.Status, 'FAILED');
  assert.match(res.Reason, /AccessDenied/);
});

test('create reports the repository name; a renaming update empties the old one', async () => {
  let res = await run({ RequestType: 'Create', ResourceProperties: { RepositoryName: 'repo' } }, fakeECR());
  assert.strictEqual(res.PhysicalResourceId, 'repo');
  const ecr = fakeECR({ images: 2 });
  res = await run({ RequestType: 'Update', PhysicalResourceId: 'old', ResourceProperties: { RepositoryName: 'new' }, OldResourceProperties: { RepositoryName: 'old' } }, ecr);
  assert.strictEqual(res.PhysicalResourceId, 'new');
  assert.strictEqual(ecr.remaining.length, 0);
  assert.deepStrictEqual(ecr.calls[0], ['describeRepositories', { repositoryNames: ['old'] }]);
});
