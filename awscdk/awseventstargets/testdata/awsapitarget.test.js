// Unit tests of awsapitarget/index.js, run by TestAwsAPITargetHandler with
// node's test runner: fake SDK packages stand in for @aws-sdk/client-*.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const Module = require('module');
const path = require('path');

const calls = [];
class FakeError extends Error { constructor(name) { super(name); this.name = name; } }
const fakes = {
  '@aws-sdk/client-ecs': {
    ECSClient: class { constructor(cfg) { this.cfg = cfg; } async send(cmd) { calls.push([this.cfg, cmd]); if (cmd.input.fail) throw new FakeError(cmd.input.fail); return { $metadata: {}, ok: true }; } },
    ECS: class {},
    RunTaskCommand: class { constructor(input) { this.input = input; this.name = 'RunTask'; } },
  },
};
const origLoad = Module._load;
Module._load = function (req, ...rest) {
  if (fakes[req]) return fakes[req];
  if (req.startsWith('@aws-sdk/')) { const e = new Error('not found'); e.code = 'MODULE_NOT_FOUND'; throw e; }
  return origLoad.call(this, req, ...rest);
};
const { handler, packageName } = require(path.join(__dirname, '..', 'awsapitarget', 'index.js'));

test('service names map to v3 packages', () => {
  assert.strictEqual(packageName('ECS'), '@aws-sdk/client-ecs');
  assert.strictEqual(packageName('CloudWatchLogs'), '@aws-sdk/client-cloudwatch-logs');
  assert.strictEqual(packageName('@aws-sdk/client-s3'), '@aws-sdk/client-s3');
});

test('calls the action with the parameters and api version', async () => {
  calls.length = 0;
  await handler({ service: 'ECS', action: 'runTask', parameters: { cluster: 'c' }, apiVersion: '2014-11-13' });
  assert.strictEqual(calls.length, 1);
  assert.deepStrictEqual(calls[0][0], { apiVersion: '2014-11-13' });
  assert.deepStrictEqual(calls[0][1].input, { cluster: 'c' });
});

test('errors matching catchErrorPattern are swallowed, others thrown', async () => {
  await handler({ service: 'ECS', action: 'RunTask', parameters: { fail: 'ThrottlingException' }, catchErrorPattern: '^Throttling' });
  await assert.rejects(handler({ service: 'ECS', action: 'RunTaskCommand', parameters: { fail: 'AccessDenied' }, catchErrorPattern: '^Throttling' }), /AccessDenied/);
});

test('unknown packages and actions are clear errors', async () => {
  await assert.rejects(handler({ service: 'NoSuch', action: 'x' }), /client package with name '@aws-sdk\/client-nosuch' does not exist/);
  await assert.rejects(handler({ service: 'ECS', action: 'fly' }), /Unable to find command named: flyCommand/);
});
