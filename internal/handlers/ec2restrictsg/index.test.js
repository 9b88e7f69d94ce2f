// Unit tests of index.js against a stubbed EC2 client (node --test).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const h = require('./index.js');

function stub(fail = {}) {
  const calls = [];
  const rec = (name) => async (input) => {
    calls.push([name, input]);
    if (fail[name]) { const e = new Error(fail[name]); e.name = fail[name]; throw e; }
    return {};
  };
  return {
    calls,
    client: {
      revokeSecurityGroupIngress: rec('revokeIngress'),
      revokeSecurityGroupEgress: rec('revokeEgress'),
      authorizeSecurityGroupIngress: rec('authorizeIngress'),
      authorizeSecurityGroupEgress: rec('authorizeEgress'),
    },
  };
}

const props = { DefaultSecurityGroupId: 'sg-1234', Account: '111111111111' };

test('create revokes the default rules', async () => {
  const s = stub(); h._setClient(s.client);
  const r = await h.handler({ RequestType: 'Create', ResourceProperties: props });
  assert.strictEqual(r.PhysicalResourceId, 'sg-1234');
  assert.deepStrictEqual(s.calls.map((c) => c[0]), ['revokeIngress', 'revokeEgress']);
  assert.deepStrictEqual(s.calls[0][1].IpPermissions[0].UserIdGroupPairs, [{ GroupId: 'sg-1234', UserId: '111111111111' }]);
  assert.deepStrictEqual(s.calls[1][1].IpPermissions[0].IpRanges, [{ CidrIp: '0.0.0.0/0' }]);
});

test('create tolerates rules already gone', async () => {
  const s = stub({ revokeIngress: 'InvalidPermission.NotFound' }); h._setClient(s.client);
  await h.handler({ RequestType: 'Create', ResourceProperties: props });
  assert.strictEqual(s.calls.length, 2);
});

test('other errors fail the request', async () => {
  const s = stub({ revokeEgress: 'UnauthorizedOperation' }); h._setClient(s.client);
  await assert.rejects(h.handler({ RequestType: 'Create', ResourceProperties: props }), /UnauthorizedOperation/);
});

test('delete restores the default rules', async () => {
  const s = stub({ authorizeEgress: 'InvalidPermission.Duplicate' }); h._setClient(s.client);
  const r = await h.handler({ RequestType: 'Delete', PhysicalResourceId: 'sg-1234', ResourceProperties: props });
  assert.strictEqual(r.PhysicalResourceId, 'sg-1234');
  assert.deepStrictEqual(s.calls.map((c) => c[0]), ['authorizeIngress', 'authorizeEgress']);
});

test('update to another group restores the old one first', async () => {
  const s = stub(); h._setClient(s.client);
  await h.handler({ RequestType: 'Update', ResourceProperties: { ...props, DefaultSecurityGroupId: 'sg-5678' }, OldResourceProperties: props });
  assert.deepStrictEqual(s.calls.map((c) => [c[0], c[1].GroupId]), [
    ['authorizeIngress', 'sg-1234'], ['authorizeEgress', 'sg-1234'], ['revokeIngress', 'sg-5678'], ['revokeEgress', 'sg-5678']]);
});
