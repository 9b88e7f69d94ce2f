// Unit tests of index.js under node's test runner, with the SDK call and
// the CloudFormation response replaced by recorders.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const h = require('./index.js');

function setup(result) {
  const rec = { calls: [], responses: [], installs: [] };
  h._deps = {
    sdkCall: async (call, physicalId) => {
      rec.calls.push({ call, physicalId });
      if (result instanceof Error) throw result;
      return result;
    },
    respond: async (event, status, reason, physicalId, data) => { rec.responses.push({ status, reason, physicalId, data }); },
    installLatest: (name) => { rec.installs.push(name); },
  };
  return rec;
}

const ctx = { logStreamName: 'stream' };
const ev = (type, props, extra = {}) => ({ RequestType: type, ResponseURL: 'https://x/y', ResourceProperties: props, ...extra });

test('service and action names resolve to v3 packages and commands', () => {
  const { packageName, commandName } = h._internal;
  assert.strictEqual(packageName('S3'), '@aws-sdk/client-s3');
  assert.strictEqual(packageName('APIGateway'), '@aws-sdk/client-api-gateway');
  assert.strictEqual(packageName('@aws-sdk/client-ssm'), '@aws-sdk/client-ssm');
  assert.strictEqual(packageName('CloudWatchLogs'), '@aws-sdk/client-cloudwatch-logs');
  const mod = { GetObjectCommand: 1, SendCommand: 1 };
  assert.strictEqual(commandName(mod, 'getObject'), 'GetObjectCommand');
  assert.strictEqual(commandName(mod, 'GetObjectCommand'), 'GetObjectCommand');
  assert.strictEqual(commandName(mod, 'SendCommand'), 'SendCommand');
  assert.strictEqual(commandName(mod, 'nothing'), undefined);
});

test('create makes the call, flattens the response and takes the physical id from it', async () => {
  const rec = setup({ Parameter: { Value: 'v', Version: 3, Tags: [{ Key: 'a' }] }, $metadata: { httpStatusCode: 200 } });
  const call = { service: 'SSM', action: 'getParameter', parameters: { Name: 'p' }, physicalResourceId: { responsePath: 'Parameter.Value' } };
  await h.handler(ev('Create', { Create: JSON.stringify(call) }), ctx);
  assert.deepStrictEqual(rec.calls[0].call.parameters, { Name: 'p' });
  const r = rec.responses[0];
  assert.strictEqual(r.status, 'SUCCESS');
  assert.strictEqual(r.physicalId, 'v');
  assert.deepStrictEqual(r.data, { 'Parameter.Value': 'v', 'Parameter.Version': '3', 'Parameter.Tags.0.Key': 'a' });
});

test('outputPaths restrict the data; a fixed physical id wins', async () => {
  const rec = setup({ A: { B: 1, C: 2 }, D: 'x' });
  const call = { service: 's3', action: 'listBuckets', outputPaths: ['A.B', 'D'], physicalResourceId: { id: 'fixed' } };
  await h.handler(ev('Create', { Create: JSON.stringify(call) }), ctx);
  assert.deepStrictEqual(rec.responses[0].data, { 'A.B': '1', D: 'x' });
  assert.strictEqual(rec.responses[0].physicalId, 'fixed');
});

test('update replaces the physical id reference and keeps the old id when none is given', async () => {
  const rec = setup({});
  const call = { service: 's3', action: 'copyObject', parameters: { CopySource: 'PHYSICAL:RESOURCEID:', List: ['PHYSICAL:RESOURCEID:'] } };
  await h.handler(ev('Update', { Update: JSON.stringify(call) }, { PhysicalResourceId: 'old' }), ctx);
  assert.deepStrictEqual(rec.calls[0].call.parameters, { CopySource: 'old', List: ['old'] });
  assert.strictEqual(rec.responses[0].physicalId, 'old');
});

test('ignored error codes succeed; others fail the request', async () => {
  const err = new Error('gone');
  err.name = 'NoSuchKey';
  let rec = setup(err);
  await h.handler(ev('Delete', { Delete: JSON.stringify({ service: 'S3', action: 'deleteObject', ignoreErrorCodesMatching: 'NoSuchKey' }) }, { PhysicalResourceId: 'p' }), ctx);
  assert.strictEqual(rec.responses[0].status, 'SUCCESS');
  rec = setup(err);
  await h.handler(ev('Delete', { Delete: JSON.stringify({ service: 'S3', action: 'deleteObject', ignoreErrorCodesMatching: 'Other' }) }, { PhysicalResourceId: 'p' }), ctx);
  assert.deepStrictEqual([rec.responses[0].status, rec.responses[0].reason, rec.responses[0].physicalId], ['FAILED', 'gone', 'p']);
});

test('a request type without a call succeeds without calling', async () => {
  const rec = setup({});
  await h.handler(ev('Delete', { Create: '{}' }, { PhysicalResourceId: 'p' }), ctx);
  assert.strictEqual(rec.calls.length, 0);
  assert.deepStrictEqual([rec.responses[0].status, rec.responses[0].physicalId], ['SUCCESS', 'p']);
});

test('InstallLatestAwsSdk installs the service package', async () => {
  const rec = setup({});
  await h.handler(ev('Create', { Create: JSON.stringify({ service: 'EC2', action: 'describeVpcs', physicalResourceId: { id: 'x' } }), InstallLatestAwsSdk: 'true' }), ctx);
  assert.deepStrictEqual(rec.installs, ['@aws-sdk/client-ec2']);
});

test('a missing response path fails the request', async () => {
  const rec = setup({ A: 1 });
  await h.handler(ev('Create', { Create: JSON.stringify({ service: 'S3', action: 'x', physicalResourceId: { responsePath: 'B' } }) }), ctx);
  assert.strictEqual(rec.responses[0].status, 'FAILED');
});

test('sdkCall finds the client and command, and assumes the call\'s role', async () => {
  const sent = [];
  class Cmd { constructor(input) { this.input = input; } }
  const fakeS3 = {
    S3Client: class { constructor(cfg) { this.cfg = cfg; } async send(cmd) { sent.push({ cfg: this.cfg, cmd }); return { ok: 1 }; } },
    ListBucketsCommand: class extends Cmd {},
  };
  const fakeSts = {
    STSClient: class { async send(cmd) { sent.push({ sts: cmd.input }); return { Credentials: { AccessKeyId: 'AK', SecretAccessKey: 'SK', SessionToken: 'ST' } }; } },
    AssumeRoleCommand: class extends Cmd {},
  };
  h._deps = { ...h._deps, loadPackage: (name) => ({ '@aws-sdk/client-s3': fakeS3, '@aws-sdk/client-sts': fakeSts })[name] };
  const out = await h._internal.sdkCall({ service: 'S3', action: 'listBuckets', region: 'eu-west-1', assumedRoleArn: 'arn:role', externalId: 'ext', parameters: { A: 1 } }, 'pid');
  assert.deepStrictEqual(out, { ok: 1 });
  assert.strictEqual(sent[0].sts.RoleArn, 'arn:role');
  assert.strictEqual(sent[0].sts.ExternalId, 'ext');
  assert.strictEqual(sent[1].cfg.region, 'eu-west-1');
  assert.deepStrictEqual(sent[1].cfg.credentials, { accessKeyId: 'AK', secretAccessKey: 'SK', sessionToken: 'ST' });
  assert.deepStrictEqual(sent[1].cmd.input, { A: 1 });
  await assert.rejects(h._internal.sdkCall({ service: 'S3', action: 'noSuchThing' }), /Unable to find command named: noSuchThing/);
});

test('parameters take the API\'s blob, number and timestamp shapes', () => {
  const { coerceParameters } = h._internal;
  const put = coerceParameters('s3', 'PutObject', { Body: 'hello', Bucket: 'b', ContentLength: '5', Expires: '2030-01-01T00:00:00Z' });
  assert.ok(put.Body instanceof Uint8Array);
  assert.strictEqual(Buffer.from(put.Body).toString(), 'hello');
  assert.strictEqual(put.Bucket, 'b');
  assert.strictEqual(put.ContentLength, 5);
  assert.ok(put.Expires instanceof Date);
  const invoke = coerceParameters('lambda', 'Invoke', { FunctionName: 'f', Payload: '{"a":1}' });
  assert.ok(invoke.Payload instanceof Uint8Array);
  // Unknown APIs and non-numeric strings pass through.
  assert.deepStrictEqual(coerceParameters('nothing', 'Nope', { A: '1' }), { A: '1' });
  assert.strictEqual(coerceParameters('s3', 'PutObject', { ContentLength: 'x' }).ContentLength, 'x');
});

test('sdkCall hands coerced parameters to the command', async () => {
  let input;
  const fakeLambda = {
    LambdaClient: class { async send(cmd) { input = cmd.input; return {}; } },
    InvokeCommand: class { constructor(i) { this.input = i; } },
  };
  h._deps = { ...h._deps, loadPackage: () => fakeLambda };
  await h._internal.sdkCall({ service: 'Lambda', action: 'invoke', parameters: { FunctionName: 'f', Payload: '{}' } });
  assert.ok(input.Payload instanceof Uint8Array);
});
