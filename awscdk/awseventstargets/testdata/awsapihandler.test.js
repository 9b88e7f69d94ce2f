// Unit tests of awsapihandler/index.js against a stubbed SDK call and
// CloudFormation response. Run with `node --test` (log_group_test.go does,
// when node is installed). Kept under testdata so it is not part of the
// handler's code asset.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const index = require('../awsapihandler/index.js');

function setup(fail) {
  const calls = [];
  const sent = [];
  index._deps.call = async (spec) => { calls.push(spec); if (fail) throw Object.assign(new Error(fail), { name: fail }); };
  index._deps.respond = async (event, status, reason, id) => { sent.push({ status, reason, id }); };
  return { calls, sent };
}

const put = JSON.stringify({ service: 'CloudWatchLogs', action: 'putResourcePolicy', parameters: { policyName: 'p', policyDocument: '{}' }, physicalResourceId: { id: 'Pol' } });
const del = JSON.stringify({ service: 'CloudWatchLogs', action: 'deleteResourcePolicy', parameters: { policyName: 'p' }, ignoreErrorCodesMatching: 'ResourceNotFoundException' });
const props = { Create: put, Update: put, Delete: del };

test('create makes the create call and reports its physical id', async () => {
  const { calls, sent } = setup();
  await index.handler({ RequestType: 'Create', ResourceProperties: props }, { logStreamName: 'ls' });
  assert.deepStrictEqual(calls.map((c) => c.action), ['putResourcePolicy']);
  assert.deepStrictEqual(calls[0].parameters, { policyName: 'p', policyDocument: '{}' });
  assert.deepStrictEqual(sent, [{ status: 'SUCCESS', reason: 'OK', id: 'Pol' }]);
});

test('delete ignores the matching error and keeps the physical id', async () => {
  const { calls, sent } = setup('ResourceNotFoundException');
  await index.handler({ RequestType: 'Delete', PhysicalResourceId: 'Pol', ResourceProperties: props }, {});
  assert.strictEqual(calls[0].action, 'deleteResourcePolicy');
  assert.deepStrictEqual(sent, [{ status: 'SUCCESS', reason: 'OK', id: 'Pol' }]);
});

test('other errors fail the request', async () => {
  const { sent } = setup('AccessDeniedException');
  await index.handler({ RequestType: 'Update', PhysicalResourceId: 'Pol', ResourceProperties: props }, {});
  assert.strictEqual(sent[0].status, 'FAILED');
  assert.strictEqual(sent[0].reason, 'AccessDeniedException');
});
