// Unit tests of index.js against a stubbed S3 client and CloudFormation
// response URL. Run with `node --test` in this directory (handler_test.go
// does, when node is installed).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const index = require('./index.js');

function fakeS3({ tags = [{ Key: 'aws-cdk:auto-delete-objects', Value: 'true' }], policy, objects = [], missing = false, failDelete = false } = {}) {
  const calls = [];
  const remaining = [...objects];
  const err = (name) => Object.assign(new Error(name), { name });
  return {
    calls,
    remaining,
    async getBucketTagging(p) {
      calls.push(['getBucketTagging', p]);
      if (missing) throw err('NoSuchBucket');
      if (tags === null) throw err('NoSuchTagSet');
      return { TagSet: tags };
    },
    async getBucketPolicy(p) {
      calls.push(['getBucketPolicy', p]);
      if (!policy) throw err('NoSuchBucketPolicy');
      return { Policy: policy };
    },
    async putBucketPolicy(p) { calls.push(['putBucketPolicy', p]); return {}; },
    async listObjectVersions(p) {
      calls.push(['listObjectVersions', p]);
      const page = remaining.slice(0, 1500);
      return {
        Versions: page.filter((o) => !o.marker).map((o) => ({ Key: o.Key, VersionId: o.VersionId })),
        DeleteMarkers: page.filter((o) => o.marker).map((o) => ({ Key: o.Key, VersionId: o.VersionId })),
      };
    },
    async deleteObjects(p) {
      calls.push(['deleteObjects', p]);
      if (failDelete) return { Errors: [{ Key: p.Delete.Objects[0].Key, Code: 'AccessDenied', Message: 'no' }] };
      for (const o of p.Delete.Objects) {
        const i = remaining.findIndex((r) => r.Key === o.Key && r.VersionId === o.VersionId);
        remaining.splice(i, 1);
      }
      return {};
    },
  };
}

function event(type, props = { BucketName: 'my-bucket' }) {
  return {
    RequestType: type,
    ResponseURL: 'https://cfn-response.example/x?sig=1',
    StackId: 'arn:aws:cloudformation:us-east-1:111111111111:stack/S/guid',
    RequestId: 'req',
    LogicalResourceId: 'BucketAutoDeleteObjectsCustomResource',
    PhysicalResourceId: type === 'Create' ? undefined : 'my-bucket',
    ResourceProperties: props,
  };
}

const context = { invokedFunctionArn: 'arn:aws-cn:lambda:cn-north-1:111111111111:function:f' };

async function run(s3, ev) {
  const sent = [];
  index._setClient(s3);
  index.send = async (url, body) => { sent.push([url, JSON.parse(body)]); };
  await index.handler(ev, context);
  assert.strictEqual(sent.length, 1);
  assert.strictEqual(sent[0][0], ev.ResponseURL);
  return sent[0][1];
}

test('create reports the bucket name and touches nothing', async () => {
  const s3 = fakeS3();
  const r = await run(s3, event('Create'));
  assert.strictEqual(r.Status, 'SUCCESS');
  assert.strictEqual(r.PhysicalResourceId, 'my-bucket');
  assert.deepStrictEqual(s3.calls, []);
});

test('update to a new bucket takes its name as physical id', async () => {
  const s3 = fakeS3();
  const r = await run(s3, event('Update', { BucketName: 'new-bucket' }));
  assert.strictEqual(r.PhysicalResourceId, 'new-bucket');
  assert.deepStrictEqual(s3.calls, []);
});

test('delete denies uploads, then deletes every version and marker', async () => {
  const objects = [];
  for (let i = 0; i < 2500; i++) objects.push({ Key: `k${i}`, VersionId: `v${i}`, marker: i % 5 === 0 });
  const s3 = fakeS3({ objects, policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Keep' }] }) });
  const r = await run(s3, event('Delete'));
  assert.strictEqual(r.Status, 'SUCCESS');
  assert.strictEqual(r.PhysicalResourceId, 'my-bucket');
  assert.strictEqual(s3.remaining.length, 0);
  const put = s3.calls.find((c) => c[0] === 'putBucketPolicy')[1];
  const policy = JSON.parse(put.Policy);
  assert.deepStrictEqual(policy.Statement[0], { Sid: 'Keep' });
  assert.deepStrictEqual(policy.Statement[1].Resource, ['arn:aws-cn:s3:::my-bucket/*']);
  assert.strictEqual(policy.Statement[1].Effect, 'Deny');
  const deletes = s3.calls.filter((c) => c[0] === 'deleteObjects');
  assert.ok(deletes.every((c) => c[1].Delete.Objects.length <= 1000));
  assert.ok(s3.calls.findIndex((c) => c[0] === 'putBucketPolicy') < s3.calls.findIndex((c) => c[0] === 'deleteObjects'));
});

test('delete leaves an untagged bucket alone', async () => {
  for (const tags of [null, [{ Key: 'other', Value: 'true' }]]) {
    const s3 = fakeS3({ tags, objects: [{ Key: 'a', VersionId: '1' }] });
    const r = await run(s3, event('Delete'));
    assert.strictEqual(r.Status, 'SUCCESS');
    assert.strictEqual(s3.remaining.length, 1);
  }
});

test('delete of a bucket that is gone succeeds', async () => {
  const r = await run(fakeS3({ missing: true }), event('Delete'));
  assert.strictEqual(r.Status, 'SUCCESS');
});

test('objects that cannot be deleted fail the delete', async () => {
  const r = await run(fakeS3({ objects: [{ Key: 'a', VersionId: '1' }], failDelete: true }), event('Delete'));
  assert.strictEqual(r.Status, 'FAILED');
  assert.match(r.Reason, /AccessDenied/);
});

test('delete without a bucket name fails', async () => {
  const r = await run(fakeS3(), event('Delete', {}));
  assert.strictEqual(r.Status, 'FAILED');
  assert.match(r.Reason, /No BucketName/);
});
