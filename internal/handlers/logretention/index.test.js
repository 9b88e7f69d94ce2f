// Unit tests of index.js against a stubbed CloudWatch Logs client and
// CloudFormation response. Run with `node --test` in this directory
// (handler_test.go does, when node is installed).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const index = require('./index.js');

function setup({ exists = false, throttles = 0 } = {}) {
  const calls = [];
  const sent = [];
  let left = throttles;
  const err = (name) => Object.assign(new Error(name), { name });
  index._deps.sleep = async () => {};
  index._deps.client = (region) => ({
    async createLogGroup(p) { calls.push([region, 'create', p]); if (exists) throw err('ResourceAlreadyExistsException'); },
    async putRetentionPolicy(p) {
      calls.push([region, 'put', p]);
      if (left > 0) { left--; throw err('ThrottlingException'); }
    },
    async deleteRetentionPolicy(p) { calls.push([region, 'deleteRetention', p]); },
    async deleteLogGroup(p) { calls.push([region, 'delete', p]); throw err('ResourceNotFoundException'); },
  });
  index.send = async (url, body) => { sent.push(JSON.parse(body)); };
  return { calls, sent };
}

const base = { ResponseURL: 'https://example.com/r', StackId: 's', RequestId: 'r', LogicalResourceId: 'l' };

test('create sets the retention and its own log group\'s', async () => {
  process.env.AWS_REGION = 'us-east-1';
  const { calls, sent } = setup({ exists: true });
  await index.handler({ ...base, RequestType: 'Create', ResourceProperties: { LogGroupName: 'g', LogGroupRegion: 'eu-west-1', RetentionInDays: '7' } },
    { functionName: 'fn' });
  assert.deepStrictEqual(calls, [
    ['eu-west-1', 'create', { logGroupName: 'g' }],
    ['eu-west-1', 'put', { logGroupName: 'g', retentionInDays: 7 }],
    ['us-east-1', 'create', { logGroupName: '/aws/lambda/fn' }],
    ['us-east-1', 'put', { logGroupName: '/aws/lambda/fn', retentionInDays: 1 }],
  ]);
  assert.strictEqual(sent[0].Status, 'SUCCESS');
  assert.strictEqual(sent[0].PhysicalResourceId, 'g');
  assert.deepStrictEqual(sent[0].Data, { LogGroupName: 'g' });
});

test('update without retention removes it', async () => {
  const { calls } = setup();
  await index.handler({ ...base, RequestType: 'Update', ResourceProperties: { LogGroupName: 'g' } }, { functionName: 'fn' });
  assert.deepStrictEqual(calls.map((c) => c[1]), ['create', 'deleteRetention']);
});

test('delete removes the group only under destroy', async () => {
  let { calls, sent } = setup();
  await index.handler({ ...base, RequestType: 'Delete', ResourceProperties: { LogGroupName: 'g' } }, {});
  assert.deepStrictEqual(calls, []);
  assert.strictEqual(sent[0].Status, 'SUCCESS');
  ({ calls, sent } = setup());
  await index.handler({ ...base, RequestType: 'Delete', ResourceProperties: { LogGroupName: 'g', RemovalPolicy: 'destroy' } }, {});
  assert.deepStrictEqual(calls.map((c) => c[1]), ['delete']);
  assert.strictEqual(sent[0].Status, 'SUCCESS');
});

test('throttling is retried up to maxRetries, then fails', async () => {
  let { calls, sent } = setup({ throttles: 2 });
  await index.handler({ ...base, RequestType: 'Update', ResourceProperties: { LogGroupName: 'g', RetentionInDays: 3, SdkRetry: { maxRetries: '2' } } }, {});
  assert.strictEqual(sent[0].Status, 'SUCCESS');
  assert.strictEqual(calls.filter((c) => c[1] === 'put').length, 3);
  ({ calls, sent } = setup({ throttles: 5 }));
  await index.handler({ ...base, RequestType: 'Update', ResourceProperties: { LogGroupName: 'g', RetentionInDays: 3, SdkRetry: { maxRetries: '1' } } }, {});
  assert.strictEqual(sent[0].Status, 'FAILED');
  assert.match(sent[0].Reason, /Out of attempts/);
});
