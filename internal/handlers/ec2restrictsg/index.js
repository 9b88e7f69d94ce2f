// Custom::VpcRestrictDefaultSG handler, written for Strata.
//
// A new VPC's default security group allows all traffic between its
// members and all outbound traffic. On create this handler removes both
// rules, so that nothing relies on the default group by accident; on
// delete it puts them back (CloudFormation deletes the VPC, and with it
// the group, only when nothing else is left). An update that names another
// group restores the old group and restricts the new one.
//
// Runs behind Strata's Node.js entrypoint, which reports to CloudFormation.
'use strict';

let ec2;
function client() {
  if (!ec2) {
    const { EC2 } = require('@aws-sdk/client-ec2'); // in every Node.js Lambda runtime
    ec2 = new EC2({});
  }
  return ec2;
}

// The rules AWS gives every default security group.
function defaultRules(groupId, account) {
  return {
    ingress: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: groupId, UserId: account }] }],
    egress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
  };
}

// Calls fn, treating "that rule is not there / already there" as done.
async function tolerant(fn, codes) {
  try {
    await fn();
  } catch (e) {
    if (!codes.includes(e.name || e.Code || e.code)) throw e;
  }
}

async function restrict(groupId, account) {
  const r = defaultRules(groupId, account);
  await tolerant(() => client().revokeSecurityGroupIngress({ GroupId: groupId, IpPermissions: r.ingress }), ['InvalidPermission.NotFound']);
  await tolerant(() => client().revokeSecurityGroupEgress({ GroupId: groupId, IpPermissions: r.egress }), ['InvalidPermission.NotFound']);
}

async function restore(groupId, account) {
  const r = defaultRules(groupId, account);
  await tolerant(() => client().authorizeSecurityGroupIngress({ GroupId: groupId, IpPermissions: r.ingress }), ['InvalidPermission.Duplicate']);
  await tolerant(() => client().authorizeSecurityGroupEgress({ GroupId: groupId, IpPermissions: r.egress }), ['InvalidPermission.Duplicate']);
}

exports.handler = async (event) => {
  const props = event.ResourceProperties || {};
  const groupId = props.DefaultSecurityGroupId;
  const account = props.Account;
  switch (event.RequestType) {
    case 'Create':
      await restrict(groupId, account);
      return { PhysicalResourceId: groupId };
    case 'Update': {
      const old = event.OldResourceProperties || {};
      if (old.DefaultSecurityGroupId && old.DefaultSecurityGroupId !== groupId) {
        await restore(old.DefaultSecurityGroupId, old.Account || account);
      }
      await restrict(groupId, account);
      return { PhysicalResourceId: groupId };
    }
    case 'Delete':
      await restore(groupId, account);
      return { PhysicalResourceId: event.PhysicalResourceId };
  }
  throw new Error(`unknown request type ${event.RequestType}`);
};

exports.defaultRules = defaultRules;
exports._setClient = (c) => { ec2 = c; };
