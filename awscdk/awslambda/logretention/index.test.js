// Unit tests of index.js against a stubbed CloudWatch Logs client and
// CloudFormation response URL. Run with `node --test` in this directory
// (log_retention_handler_test.go does, when node is installed).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const Module = require('module');
const https = require('https');
const { EventEmitter } = require('events');

// A fake @aws-sdk/client-cloudwatch-logs recording every command.
const calls = [];
let failures = {};
class Command { constructor(input) { this.input = input; } }
const fake = { CloudWatchLogsClient: class { constructor(cfg) { this.cfg = cfg; }
  async send(cmd) {
    calls.push([cmd.constructor.name, cmd.input, this.cfg.region]);
    const f = failures[cmd.constructor.name];
    if (f) { const e = new Error(f); e.name = f; throw e; }
    return {};
  } } };
for (const n of ['CreateLogGroupCommand', 'PutRetentionPolicyCommand', 'DeleteRetentionPolicyCommand', 'DeleteLogGroupCommand']) {
  fake[n] = { [n]: class extends Command {} }[n];
}
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === '@aws-sdk/client-cloudwatch-logs' ? request : resolve.call(this, request, ...rest);
};
require.cache['@aws-sdk/client-cloudwatch-logs'] = { id: 'sdk', filename: 'sdk', loaded: true, exports: fake };

// Responses sent to CloudFormation.
const responses = [];
https.request = (opts, cb) => {
  const req = new EventEmitter();
  req.end = (body) => { responses.push({ opts, body: JSON.parse(body) }); const res = new EventEmitter(); res.resume = () => {}; cb(res); res.emit('end'); };
  return req;
};

const { handler } = require('./index.js');
const context = { functionName: 'provider', logStreamName: 'stream' };
const event = (type, props) => ({ RequestType: type, ResourceProperties: props, ResponseURL: 'https://cfn.example/x?y=1',
  StackId: 'stack', RequestId: 'req', LogicalResourceId: 'Res' });

test.beforeEach(() => { calls.length = 0; responses.length = 0; failures = {}; process.env.AWS_REGION = 'us-east-1'; });

test('create sets the retention and the provider\'s own', async () => {
  await handler(event('Create', { LogGroupName: '/aws/lambda/fn', RetentionInDays: '7' }), context);
  assert.deepStrictEqual(calls.map((c) => [c[0], c[1]]), [
    ['CreateLogGroupCommand', { logGroupName: '/aws/lambda/fn' }],
    ['PutRetentionPolicyCommand', { logGroupName: '/aws/lambda/fn', retentionInDays: 7 }],
    ['CreateLogGroupCommand', { logGroupName: '/aws/lambda/provider' }],
    ['PutRetentionPolicyCommand', { logGroupName: '/aws/lambda/provider', retentionInDays: 1 }],
  ]);
  assert.strictEqual(responses[0].body.Status, 'SUCCESS');
  assert.strictEqual(responses[0].body.PhysicalResourceId, '/aws/lambda/fn');
  assert.deepStrictEqual(responses[0].body.Data, { LogGroupName: '/aws/lambda/fn' });
  assert.strictEqual(responses[0].opts.method, 'PUT');
  assert.strictEqual(responses[0].opts.path, '/x?y=1');
});

test('an existing group is fine; no retention removes the policy', async () => {
  failures = { CreateLogGroupCommand: 'ResourceAlreadyExistsException' };
  await handler(event('Update', { LogGroupName: 'g', LogGroupRegion: 'eu-west-1' }), context);
  assert.deepStrictEqual(calls.map((c) => [c[0], c[2]]), [['CreateLogGroupCommand', 'eu-west-1'], ['DeleteRetentionPolicyCommand', 'eu-west-1']]);
  assert.strictEqual(responses[0].body.Status, 'SUCCESS');
});

test('delete removes the group only for RemovalPolicy destroy', async () => {
  await handler(event('Delete', { LogGroupName: 'g' }), context);
  assert.strictEqual(calls.length, 0);
  await handler(event('Delete', { LogGroupName: 'g', RemovalPolicy: 'destroy' }), context);
  assert.deepStrictEqual(calls.map((c) => c[0]), ['DeleteLogGroupCommand']);
  assert.deepStrictEqual(responses.map((r) => r.body.Status), ['SUCCESS', 'SUCCESS']);
});

test('throttling is retried up to SdkRetry.maxRetries, other errors fail the resource', async () => {
  failures = { PutRetentionPolicyCommand: 'AccessDeniedException' };
  await handler(event('Create', { LogGroupName: 'g', RetentionInDays: 1, SdkRetry: { maxRetries: '0' } }), context);
  assert.strictEqual(responses[0].body.Status, 'FAILED');
  assert.match(responses[0].body.Reason, /AccessDeniedException/);
  failures = { CreateLogGroupCommand: 'ThrottlingException' };
  calls.length = 0; responses.length = 0;
  await handler(event('Create', { LogGroupName: 'g', RetentionInDays: 1, SdkRetry: { maxRetries: 2 } }), context);
  assert.strictEqual(calls.filter((c) => c[0] === 'CreateLogGroupCommand').length, 3);
  assert.strictEqual(responses[0].body.Status, 'FAILED');
});
