// Unit tests of index.js against a stubbed IAM client and thumbprint
// download. Run with `node --test` in this directory (handler_test.go does,
// when node is installed).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const index = require('./index.js');

function fakeIam() {
  const calls = [];
  const record = (name, ret = {}) => async (p) => { calls.push([name, p]); return ret; };
  return {
    calls,
    createOpenIDConnectProvider: record('create', { OpenIDConnectProviderArn: 'arn:aws:iam::1:oidc-provider/example.com' }),
    deleteOpenIDConnectProvider: record('delete'),
    updateOpenIDConnectProviderThumbprint: record('update'),
    addClientIDToOpenIDConnectProvider: record('add'),
    removeClientIDFromOpenIDConnectProvider: record('remove'),
  };
}

function setup(thumbprint = 'ROOT') {
  const iam = fakeIam();
  const downloads = [];
  index._deps.iam = iam;
  index._deps.rootThumbprint = async (url, reject) => { downloads.push([url, reject]); return thumbprint; };
  return { iam, downloads };
}

test('create with thumbprints and client ids, sorted', async () => {
  const { iam, downloads } = setup();
  const res = await index.handler({ RequestType: 'Create', ResourceProperties: { Url: 'https://example.com', ThumbprintList: ['b', 'a'], ClientIDList: ['z', 'y'] } });
  assert.deepStrictEqual(iam.calls, [['create', { Url: 'https://example.com', ClientIDList: ['y', 'z'], ThumbprintList: ['a', 'b'] }]]);
  assert.deepStrictEqual(res, { PhysicalResourceId: 'arn:aws:iam::1:oidc-provider/example.com', Data: { Thumbprints: '["a","b"]' } });
  assert.strictEqual(downloads.length, 0);
});

test('create without thumbprints downloads the root one', async () => {
  const { iam, downloads } = setup('ABC');
  await index.handler({ RequestType: 'Create', ResourceProperties: { Url: 'https://example.com', RejectUnauthorized: 'true' } });
  assert.deepStrictEqual(downloads, [['https://example.com', true]]);
  assert.deepStrictEqual(iam.calls[0][1].ThumbprintList, ['ABC']);
});

test('update with a new url creates a new provider', async () => {
  const { iam } = setup();
  const res = await index.handler({ RequestType: 'Update', PhysicalResourceId: 'old',
    ResourceProperties: { Url: 'https://new.example.com', ThumbprintList: ['t'] }, OldResourceProperties: { Url: 'https://example.com' } });
  assert.strictEqual(iam.calls[0][0], 'create');
  assert.strictEqual(res.PhysicalResourceId, 'arn:aws:iam::1:oidc-provider/example.com');
});

test('update changes thumbprints and client ids in place', async () => {
  const { iam } = setup();
  const res = await index.handler({ RequestType: 'Update', PhysicalResourceId: 'arn',
    ResourceProperties: { Url: 'https://example.com', ThumbprintList: ['t2'], ClientIDList: ['b', 'c'] },
    OldResourceProperties: { Url: 'https://example.com', ThumbprintList: ['t1'], ClientIDList: ['a', 'b'] } });
  assert.deepStrictEqual(iam.calls, [
    ['update', { OpenIDConnectProviderArn: 'arn', ThumbprintList: ['t2'] }],
    ['add', { OpenIDConnectProviderArn: 'arn', ClientID: 'c' }],
    ['remove', { OpenIDConnectProviderArn: 'arn', ClientID: 'a' }],
  ]);
  assert.deepStrictEqual(res, { Data: { Thumbprints: '["t2"]' } });
});

test('delete removes the provider', async () => {
  const { iam } = setup();
  await index.handler({ RequestType: 'Delete', PhysicalResourceId: 'arn', ResourceProperties: {} });
  assert.deepStrictEqual(iam.calls, [['delete', { OpenIDConnectProviderArn: 'arn' }]]);
});

test('a bad issuer url is an error', async () => {
  await assert.rejects(index.rootThumbprint('not a url', true), /unable to determine host/);
});

test('rootThumbprint reads the fingerprint of a self-signed server', async (t) => {
  const { execFileSync } = require('child_process');
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const tls = require('tls');
  const crypto = require('crypto');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oidc-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '2',
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
  } catch (e) {
    t.skip('openssl is not available');
    return;
  }
  const key = fs.readFileSync(path.join(dir, 'key.pem'));
  const cert = fs.readFileSync(path.join(dir, 'cert.pem'));
  const server = tls.createServer({ key, cert }, (s) => s.end());
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  try {
    const want = new crypto.X509Certificate(cert).fingerprint.split(':').join('');
    const got = await index.rootThumbprint(`https://127.0.0.1:${server.address().port}`, false);
    assert.strictEqual(got, want);
    await assert.rejects(index.rootThumbprint(`https://127.0.0.1:${server.address().port}`, true));
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
