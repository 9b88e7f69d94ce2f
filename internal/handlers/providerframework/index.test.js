// Unit tests of framework.js under node's test runner, with the Lambda,
// Step Functions and HTTPS calls replaced by recorders.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fw = require('./framework.js');

function setup({ env = {}, results = {} } = {}) {
  const calls = { invoked: [], started: [], responses: [] };
  fw._deps = {
    env: { USER_ON_EVENT_FUNCTION_ARN: 'arn:onEvent', ...env },
    sleep: async () => {},
    invokeFunction: async (arn, payload) => {
      calls.invoked.push({ arn, payload });
      const r = results[arn];
      if (r instanceof Error) throw r;
      return typeof r === 'function' ? r(payload) : r;
    },
    startWaiter: async (arn, input) => { calls.started.push({ arn, input }); },
    httpsPut: async (url, body) => { calls.responses.push({ url, body: JSON.parse(body) }); return 200; },
  };
  return calls;
}

const base = {
  RequestType: 'Create', ResponseURL: 'https://cfn.example/response?sig=1', StackId: 'stack', RequestId: 'req-1',
  LogicalResourceId: 'Res', ResourceProperties: { Key: 'v' },
};

test('create without isComplete answers SUCCESS with the handler result', async () => {
  const calls = setup({ results: { 'arn:onEvent': { PhysicalResourceId: 'pid', Data: { Out: 1 } } } });
  await fw.onEvent({ ...base });
  assert.strictEqual(calls.invoked[0].payload.ResponseURL, '...');
  assert.strictEqual(calls.responses.length, 1);
  const r = calls.responses[0];
  assert.strictEqual(r.url, base.ResponseURL);
  assert.deepStrictEqual([r.body.Status, r.body.PhysicalResourceId, r.body.Data.Out], ['SUCCESS', 'pid', 1]);
});

test('create without a physical id uses the request id; update keeps the old one', async () => {
  let calls = setup({ results: { 'arn:onEvent': {} } });
  await fw.onEvent({ ...base });
  assert.strictEqual(calls.responses[0].body.PhysicalResourceId, 'req-1');
  calls = setup({ results: { 'arn:onEvent': undefined } });
  await fw.onEvent({ ...base, RequestType: 'Update', PhysicalResourceId: 'old' });
  assert.strictEqual(calls.responses[0].body.PhysicalResourceId, 'old');
});

test('a failing create answers FAILED with the sentinel id, and its delete skips the handler', async () => {
  let calls = setup({ results: { 'arn:onEvent': new Error('boom') } });
  await fw.onEvent({ ...base });
  const r = calls.responses[0].body;
  assert.deepStrictEqual([r.Status, r.Reason, r.PhysicalResourceId], ['FAILED', 'boom', fw.CREATE_FAILED]);
  calls = setup();
  await fw.onEvent({ ...base, RequestType: 'Delete', PhysicalResourceId: fw.CREATE_FAILED });
  assert.strictEqual(calls.invoked.length, 0);
  assert.strictEqual(calls.responses[0].body.Status, 'SUCCESS');
});

test('delete may not change the physical id', async () => {
  const calls = setup({ results: { 'arn:onEvent': { PhysicalResourceId: 'other' } } });
  await fw.onEvent({ ...base, RequestType: 'Delete', PhysicalResourceId: 'pid' });
  const r = calls.responses[0].body;
  assert.strictEqual(r.Status, 'FAILED');
  assert.match(r.Reason, /cannot change the physical resource ID/);
  assert.strictEqual(r.PhysicalResourceId, 'pid');
});

test('with isComplete, onEvent starts the waiter instead of answering', async () => {
  const calls = setup({
    env: { USER_IS_COMPLETE_FUNCTION_ARN: 'arn:isComplete', WAITER_STATE_MACHINE_ARN: 'arn:sm' },
    results: { 'arn:onEvent': { PhysicalResourceId: 'pid', Data: { A: 1 } } },
  });
  await fw.onEvent({ ...base });
  assert.strictEqual(calls.responses.length, 0);
  assert.strictEqual(calls.started[0].arn, 'arn:sm');
  assert.strictEqual(calls.started[0].input.PhysicalResourceId, 'pid');
  assert.strictEqual(calls.started[0].input.ResponseURL, base.ResponseURL);
});

test('isComplete retries while incomplete and answers with merged data when complete', async () => {
  const env = { USER_IS_COMPLETE_FUNCTION_ARN: 'arn:isComplete' };
  let calls = setup({ env, results: { 'arn:isComplete': { IsComplete: false } } });
  const ev = { ...base, PhysicalResourceId: 'pid', Data: { A: 1 } };
  await assert.rejects(fw.isComplete(ev), (e) => e.name === 'Retry' && JSON.parse(e.message).RequestId === 'req-1');
  assert.strictEqual(calls.responses.length, 0);
  calls = setup({ env, results: { 'arn:isComplete': { IsComplete: true, Data: { B: 2 } } } });
  await fw.isComplete(ev);
  const r = calls.responses[0].body;
  assert.deepStrictEqual([r.Status, r.PhysicalResourceId, r.Data], ['SUCCESS', 'pid', { A: 1, B: 2 }]);
});

test('isComplete may not return data while incomplete', async () => {
  const calls = setup({ env: { USER_IS_COMPLETE_FUNCTION_ARN: 'arn:isComplete' }, results: { 'arn:isComplete': { IsComplete: false, Data: { X: 1 } } } });
  await fw.isComplete({ ...base, PhysicalResourceId: 'pid' });
  assert.strictEqual(calls.responses[0].body.Status, 'FAILED');
  assert.match(calls.responses[0].body.Reason, /"Data" is not allowed/);
});

test('onTimeout answers FAILED for the request the last retry carried', async () => {
  const calls = setup();
  const ev = { ...base, RequestType: 'Update', PhysicalResourceId: 'pid' };
  await fw.onTimeout({ Cause: JSON.stringify({ errorMessage: JSON.stringify(ev) }) });
  const r = calls.responses[0].body;
  assert.deepStrictEqual([r.Status, r.PhysicalResourceId], ['FAILED', 'pid']);
  assert.strictEqual(r.Reason, 'Operation timed out');
});

test('a response over 4 KiB becomes a FAILED answer', async () => {
  const calls = setup({ results: { 'arn:onEvent': { PhysicalResourceId: 'pid', Data: { Big: 'x'.repeat(5000) } } } });
  await fw.onEvent({ ...base });
  assert.strictEqual(calls.responses[0].body.Status, 'FAILED');
  assert.strictEqual(calls.responses[0].body.Reason, 'Response object is too long.');
});

test('the response upload is retried', async () => {
  const calls = setup({ results: { 'arn:onEvent': { PhysicalResourceId: 'pid' } } });
  let failures = 2;
  const put = fw._deps.httpsPut;
  fw._deps.httpsPut = async (url, body) => { if (failures-- > 0) throw new Error('reset'); return put(url, body); };
  await fw.onEvent({ ...base });
  assert.strictEqual(calls.responses.length, 1);
});

test('NoEcho data is kept out of the logs but sent to CloudFormation', async () => {
  const calls = setup({ results: { 'arn:onEvent': { PhysicalResourceId: 'pid', NoEcho: true, Data: { Secret: 'hunter2' } } } });
  const logged = [];
  const orig = console.log;
  console.log = (...a) => logged.push(a.join(' '));
  try {
    await fw.onEvent({ ...base });
  } finally {
    console.log = orig;
  }
  assert.strictEqual(calls.responses[0].body.Data.Secret, 'hunter2');
  assert.strictEqual(calls.responses[0].body.NoEcho, true);
  assert.ok(!logged.some((l) => l.includes('hunter2')), logged.join('\n'));
  assert.ok(!logged.some((l) => l.includes('sig=1')), 'the response URL is logged');
});

test('httpsPut uploads to the response URL and fails on an HTTP error', async () => {
  const http = require('http');
  const https = require('https');
  // Route the https request to a plain local server: what matters is the
  // request's method, path, headers and body.
  const got = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => { got.push({ method: req.method, url: req.url, type: req.headers['content-type'], body }); res.statusCode = req.url.includes('bad') ? 403 : 200; res.end(); });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const orig = https.request;
  https.request = (opts, cb) => http.request({ ...opts, hostname: '127.0.0.1', port }, cb);
  try {
    // A fresh copy: the other tests replaced the shared module's seams.
    delete require.cache[require.resolve('./framework.js')];
    const fresh = require('./framework.js');
    await fresh._deps.httpsPut('https://bucket.example/key?sig=1', '{"a":1}');
    assert.deepStrictEqual(got[0], { method: 'PUT', url: '/key?sig=1', type: '', body: '{"a":1}' });
    await assert.rejects(fresh._deps.httpsPut('https://bucket.example/bad', '{}'), /HTTP 403/);
  } finally {
    https.request = orig;
    server.close();
  }
});
