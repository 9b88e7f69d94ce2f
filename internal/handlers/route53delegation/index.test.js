// Unit tests of index.js against a stubbed Route 53 client (node --test).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const h = require('./index.js');

function stub(fail) {
  const calls = [];
  const client = {
    listHostedZonesByName: async (i) => { calls.push(['list', i]); return { HostedZones: [{ Name: 'example.com.', Id: '/hostedzone/ZPARENT' }] }; },
    changeResourceRecordSets: async (i) => {
      calls.push(['change', i]);
      if (fail) { const e = new Error('Tried to delete resource record set but it was not found'); e.name = 'InvalidChangeBatch'; throw e; }
      return {};
    },
  };
  h._setClientFactory(async (role, region) => { calls.push(['assume', role, region]); return client; });
  return calls;
}
const props = { AssumeRoleArn: 'arn:aws:iam::222222222222:role/D', ParentZoneName: 'example.com', DelegatedZoneName: 'sub.example.com', DelegatedZoneNameServers: ['ns-1', 'ns-2'], TTL: '172800' };

test('create upserts the NS record in the parent found by name', async () => {
  const calls = stub();
  await h.handler({ RequestType: 'Create', ResourceProperties: props });
  assert.deepStrictEqual(calls[0], ['assume', props.AssumeRoleArn, undefined]);
  assert.deepStrictEqual(calls[1][1], { DNSName: 'example.com' });
  const c = calls[2][1];
  assert.strictEqual(c.HostedZoneId, 'ZPARENT');
  assert.deepStrictEqual(c.ChangeBatch.Changes[0], { Action: 'UPSERT', ResourceRecordSet: { Name: 'sub.example.com', Type: 'NS', TTL: 172800, ResourceRecords: [{ Value: 'ns-1' }, { Value: 'ns-2' }] } });
});

test('a parent given by id is not looked up', async () => {
  const calls = stub();
  await h.handler({ RequestType: 'Create', ResourceProperties: { ...props, ParentZoneName: undefined, ParentZoneId: 'Z1', AssumeRoleRegion: 'us-east-1' } });
  assert.deepStrictEqual(calls.map((c) => c[0]), ['assume', 'change']);
  assert.strictEqual(calls[0][2], 'us-east-1');
  assert.strictEqual(calls[1][1].HostedZoneId, 'Z1');
});

test('a rename deletes the old record and upserts the new one', async () => {
  const calls = stub();
  await h.handler({ RequestType: 'Update', ResourceProperties: { ...props, DelegatedZoneName: 'new.example.com' }, OldResourceProperties: props });
  const changes = calls.filter((c) => c[0] === 'change').map((c) => [c[1].ChangeBatch.Changes[0].Action, c[1].ChangeBatch.Changes[0].ResourceRecordSet.Name]);
  assert.deepStrictEqual(changes, [['DELETE', 'sub.example.com'], ['UPSERT', 'new.example.com']]);
});

test('delete tolerates a record already gone', async () => {
  const calls = stub(true);
  await h.handler({ RequestType: 'Delete', ResourceProperties: props });
  assert.strictEqual(calls.filter((c) => c[0] === 'change')[0][1].ChangeBatch.Changes[0].Action, 'DELETE');
});
