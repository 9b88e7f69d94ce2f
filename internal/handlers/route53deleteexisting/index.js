// Custom::DeleteExistingRecordSet handler, written for Strata.
//
// Before CloudFormation creates a record set (RecordSet's deprecated
// deleteExisting option), deletes a record set of the same name and type
// that already exists in the zone, so the creation does not fail; it waits
// until Route 53 has applied the deletion. Updates and deletes do nothing.
//
// Runs behind Strata's Node.js entrypoint, which reports to CloudFormation.
'use strict';

let r53;
function client() {
  if (!r53) {
    const { Route53 } = require('@aws-sdk/client-route-53'); // in every Node.js Lambda runtime
    r53 = new Route53({});
  }
  return r53;
}
let sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const norm = (s) => (s.endsWith('.') ? s : s + '.').toLowerCase();

exports.handler = async (event) => {
  if (event.RequestType !== 'Create') return {};
  const { HostedZoneId, RecordName, RecordType } = event.ResourceProperties || {};
  const { ResourceRecordSets = [] } = await client().listResourceRecordSets({
    HostedZoneId, StartRecordName: RecordName, StartRecordType: RecordType, MaxItems: '1',
  });
  const existing = ResourceRecordSets[0];
  if (!existing || norm(existing.Name) !== norm(RecordName) || existing.Type !== RecordType) return {};
  const { ChangeInfo } = await client().changeResourceRecordSets({
    HostedZoneId,
    ChangeBatch: { Changes: [{ Action: 'DELETE', ResourceRecordSet: existing }] },
  });
  for (let i = 0; i < 60; i++) {
    const { ChangeInfo: now } = await client().getChange({ Id: ChangeInfo.Id });
    if (now.Status === 'INSYNC') return {};
    await sleep(5000);
  }
  throw new Error(`the deletion of the existing ${RecordType} record ${RecordName} did not complete in time`);
};

exports._stub = (c, s) => { r53 = c; sleep = s; };
