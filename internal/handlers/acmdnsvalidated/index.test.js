// Unit tests of index.js against stubbed ACM and Route 53 clients (node --test).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const h = require('./index.js');

const arn = 'arn:aws:acm:us-east-1:111111111111:certificate/abc';
const record = (n) => ({ Name: `_x${n}.example.com.`, Type: 'CNAME', Value: `_y${n}.acm-validations.aws.` });

function setup({ statuses = ['PENDING_VALIDATION', 'ISSUED'], fail = {} } = {}) {
  const calls = [];
  const responses = [];
  let describes = 0;
  const c = {
    request: async (i) => { calls.push(['request', i]); return { CertificateArn: arn }; },
    describe: async () => {
      calls.push(['describe']);
      const status = statuses[Math.min(describes++, statuses.length - 1)];
      return { Certificate: { Status: status, DomainValidationOptions: [{ ResourceRecord: record(1) }, { ResourceRecord: record(1) }, { ResourceRecord: record(2) }] } };
    },
    remove: async (a) => {
      calls.push(['remove', a]);
      if (fail.remove) { const e = new Error(fail.remove); e.name = fail.remove; fail.remove = undefined; throw e; }
    },
    change: async (i) => { calls.push(['change', i]); return { ChangeInfo: { Id: 'C1' } }; },
    getChange: async () => ({ ChangeInfo: { Status: 'INSYNC' } }),
  };
  h._stub(() => c, async (...a) => { responses.push(a.slice(2)); }, async () => {});
  return { calls, responses };
}
const context = { getRemainingTimeInMillis: () => 900000, logStreamName: 'log' };
const props = { DomainName: 'www.example.com', SubjectAlternativeNames: ['www.example.com', 'api.example.com'], HostedZoneId: 'Z1', Tags: { Name: 'S/Cert' }, CertificateTransparencyLoggingPreference: 'DISABLED' };

test('create requests, validates through Route 53 and reports the ARN', async () => {
  const s = setup();
  await h.certificateRequestHandler({ RequestType: 'Create', RequestId: 'r1', ResourceProperties: props }, context);
  const req = s.calls[0][1];
  assert.strictEqual(req.DomainName, 'www.example.com');
  assert.deepStrictEqual(req.SubjectAlternativeNames, ['api.example.com']);
  assert.deepStrictEqual(req.Tags, [{ Key: 'Name', Value: 'S/Cert' }]);
  assert.deepStrictEqual(req.Options, { CertificateTransparencyLoggingPreference: 'DISABLED' });
  const change = s.calls.find((x) => x[0] === 'change')[1];
  assert.strictEqual(change.HostedZoneId, 'Z1');
  assert.deepStrictEqual(change.ChangeBatch.Changes.map((x) => [x.Action, x.ResourceRecordSet.Name]), [['UPSERT', '_x1.example.com.'], ['UPSERT', '_x2.example.com.']]);
  assert.deepStrictEqual(s.responses, [['SUCCESS', arn, { Arn: arn }]]);
});

test('a failed certificate fails the resource', async () => {
  const s = setup({ statuses: ['PENDING_VALIDATION', 'FAILED'] });
  await h.certificateRequestHandler({ RequestType: 'Create', RequestId: 'r1', ResourceProperties: props }, context);
  assert.strictEqual(s.responses[0][0], 'FAILED');
  assert.match(s.responses[0][3], /FAILED/);
});

test('delete removes the certificate and, when asked, its records', async () => {
  const s = setup({ fail: { remove: 'ResourceInUseException' } });
  await h.certificateRequestHandler({ RequestType: 'Delete', PhysicalResourceId: arn, ResourceProperties: { ...props, CleanupRecords: 'true' } }, context);
  const change = s.calls.find((x) => x[0] === 'change')[1];
  assert.deepStrictEqual(change.ChangeBatch.Changes.map((x) => x.Action), ['DELETE', 'DELETE']);
  assert.strictEqual(s.calls.filter((x) => x[0] === 'remove').length, 2);
  assert.deepStrictEqual(s.responses, [['SUCCESS', arn]]);
});

test('delete keeps a retained certificate and ignores a failed create', async () => {
  let s = setup();
  await h.certificateRequestHandler({ RequestType: 'Delete', PhysicalResourceId: arn, ResourceProperties: { ...props, RemovalPolicy: 'retain' } }, context);
  assert.deepStrictEqual(s.calls, []);
  s = setup();
  await h.certificateRequestHandler({ RequestType: 'Delete', PhysicalResourceId: 'log', ResourceProperties: props }, context);
  assert.deepStrictEqual(s.calls, []);
});
