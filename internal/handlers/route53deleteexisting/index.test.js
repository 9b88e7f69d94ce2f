// Unit tests of index.js against a stubbed Route 53 client (node --test).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const h = require('./index.js');

function stub(sets) {
  const calls = [];
  let polls = 0;
  h._stub({
    listResourceRecordSets: async (i) => { calls.push(['list', i]); return { ResourceRecordSets: sets }; },
    changeResourceRecordSets: async (i) => { calls.push(['change', i]); return { ChangeInfo: { Id: 'C1' } }; },
    getChange: async () => ({ ChangeInfo: { Status: polls++ ? 'INSYNC' : 'PENDING' } }),
  }, async () => {});
  return calls;
}
const props = { HostedZoneId: 'Z1', RecordName: 'www.example.com.', RecordType: 'A' };

test('create deletes the record set already there and waits', async () => {
  const set = { Name: 'www.example.com.', Type: 'A', TTL: 300, ResourceRecords: [{ Value: '1.1.1.1' }] };
  const calls = stub([set]);
  await h.handler({ RequestType: 'Create', ResourceProperties: props });
  assert.deepStrictEqual(calls[0][1], { HostedZoneId: 'Z1', StartRecordName: 'www.example.com.', StartRecordType: 'A', MaxItems: '1' });
  assert.deepStrictEqual(calls[1][1].ChangeBatch.Changes, [{ Action: 'DELETE', ResourceRecordSet: set }]);
});

test('create leaves other records alone', async () => {
  const calls = stub([{ Name: 'xyz.example.com.', Type: 'A' }]);
  await h.handler({ RequestType: 'Create', ResourceProperties: props });
  assert.deepStrictEqual(calls.map((c) => c[0]), ['list']);
});

test('update and delete do nothing', async () => {
  const calls = stub([]);
  await h.handler({ RequestType: 'Update', ResourceProperties: props });
  await h.handler({ RequestType: 'Delete', ResourceProperties: props });
  assert.deepStrictEqual(calls, []);
});
