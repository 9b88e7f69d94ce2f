// Custom::CrossAccountZoneDelegation handler, written for Strata.
//
// Delegates a subdomain's hosted zone from a parent zone in another
// account: assumes the parent account's delegation role, finds the parent
// zone (by id, or by name), and upserts the NS record that names the
// subzone's name servers; on delete it removes that record. An update that
// renames the subzone or moves it to another parent removes the old record.
//
// Runs behind Strata's Node.js entrypoint, which reports to CloudFormation.
'use strict';

let makeClient = async (roleArn, region) => {
  // Both in every Node.js Lambda runtime.
  const { STSClient, AssumeRoleCommand } = require('@aws-sdk/client-sts');
  const { Route53, } = require('@aws-sdk/client-route-53');
  const sts = new STSClient(region ? { region } : {});
  const { Credentials: c } = await sts.send(new AssumeRoleCommand({
    RoleArn: roleArn, RoleSessionName: `cross-account-zone-delegation-${Date.now()}`,
  }));
  return new Route53({
    region: region || undefined,
    credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken },
  });
};

const trimDot = (s) => (s.endsWith('.') ? s.slice(0, -1) : s);

async function parentZoneId(r53, props) {
  if (props.ParentZoneId) return props.ParentZoneId;
  const name = trimDot(props.ParentZoneName);
  const { HostedZones = [] } = await r53.listHostedZonesByName({ DNSName: name });
  const zone = HostedZones.find((z) => trimDot(z.Name) === name);
  if (!zone) throw new Error(`No hosted zone found with the name ${name}`);
  return zone.Id.replace(/^\/hostedzone\//, '');
}

async function change(props, action) {
  const r53 = await makeClient(props.AssumeRoleArn, props.AssumeRoleRegion);
  const zoneId = await parentZoneId(r53, props);
  try {
    await r53.changeResourceRecordSets({
      HostedZoneId: zoneId,
      ChangeBatch: {
        Changes: [{
          Action: action,
          ResourceRecordSet: {
            Name: props.DelegatedZoneName,
            Type: 'NS',
            TTL: Number(props.TTL),
            ResourceRecords: (props.DelegatedZoneNameServers || []).map((Value) => ({ Value })),
          },
        }],
      },
    });
  } catch (e) {
    // Deleting a record that is already gone is done.
    if (!(action === 'DELETE' && e.name === 'InvalidChangeBatch' && /not found/i.test(e.message || ''))) throw e;
  }
}

exports.handler = async (event) => {
  const props = event.ResourceProperties || {};
  switch (event.RequestType) {
    case 'Create':
      await change(props, 'UPSERT');
      return {};
    case 'Update': {
      const old = event.OldResourceProperties || {};
      if (old.DelegatedZoneName !== props.DelegatedZoneName || old.ParentZoneName !== props.ParentZoneName || old.ParentZoneId !== props.ParentZoneId) {
        await change(old, 'DELETE');
      }
      await change(props, 'UPSERT');
      return {};
    }
    case 'Delete':
      await change(props, 'DELETE');
      return {};
  }
  throw new Error(`unknown request type ${event.RequestType}`);
};

exports._setClientFactory = (f) => { makeClient = f; };
