// Custom::AWSCDKOpenIdConnectProvider handler, written for Strata.
//
// Creates, updates and deletes an IAM OpenID Connect provider. Without
// thumbprints, it trusts the root certificate the issuer's TLS server
// presents (the thumbprint of the top of its chain). A new URL makes a new
// provider (a new physical id; CloudFormation then deletes the old one).
// Client IDs are added and removed one by one on update.
//
// It returns { PhysicalResourceId, Data } and lets the provider's response
// wrapper answer CloudFormation. Data.Thumbprints is the JSON list in use.
'use strict';

const tls = require('tls');

const deps = {
  iam: null,
  rootThumbprint,
};
exports._deps = deps; // replaced by the unit tests

function client() {
  if (!deps.iam) {
    const { IAM } = require('@aws-sdk/client-iam'); // in every Node.js Lambda runtime
    deps.iam = new IAM({});
  }
  return deps.iam;
}

exports.handler = async (event) => {
  switch (event.RequestType) {
    case 'Create':
      return create(settings(event.ResourceProperties));
    case 'Update':
      return update(event);
    case 'Delete':
      await client().deleteOpenIDConnectProvider({ OpenIDConnectProviderArn: event.PhysicalResourceId });
      return {};
  }
  throw new Error(`unknown request type ${event.RequestType}`);
};

// settings reads the resource properties; CloudFormation hands booleans
// over as strings.
function settings(props = {}) {
  return {
    url: props.Url,
    thumbprints: [...(props.ThumbprintList || [])].sort(),
    clientIds: [...(props.ClientIDList || [])].sort(),
    rejectUnauthorized: props.RejectUnauthorized === true || props.RejectUnauthorized === 'true',
  };
}

async function thumbprintsOf(s) {
  if (s.thumbprints.length > 0) return s.thumbprints;
  return [await deps.rootThumbprint(s.url, s.rejectUnauthorized)];
}

async function create(s) {
  const thumbprints = await thumbprintsOf(s);
  const res = await client().createOpenIDConnectProvider({ Url: s.url, ClientIDList: s.clientIds, ThumbprintList: thumbprints });
  return { PhysicalResourceId: res.OpenIDConnectProviderArn, Data: { Thumbprints: JSON.stringify(thumbprints) } };
}

async function update(event) {
  const s = settings(event.ResourceProperties);
  const old = settings(event.OldResourceProperties);
  if (old.url !== s.url) return create(s);
  const arn = event.PhysicalResourceId;
  const thumbprints = await thumbprintsOf(s);
  await client().updateOpenIDConnectProviderThumbprint({ OpenIDConnectProviderArn: arn, ThumbprintList: thumbprints });
  const before = new Set(old.clientIds);
  const after = new Set(s.clientIds);
  for (const id of after) {
    if (!before.has(id)) await client().addClientIDToOpenIDConnectProvider({ OpenIDConnectProviderArn: arn, ClientID: id });
  }
  for (const id of before) {
    if (!after.has(id)) await client().removeClientIDFromOpenIDConnectProvider({ OpenIDConnectProviderArn: arn, ClientID: id });
  }
  return { Data: { Thumbprints: JSON.stringify(thumbprints) } };
}

// rootThumbprint connects to the issuer and returns the SHA-1 fingerprint
// (hex, no colons) of the last certificate of the chain it presents.
function rootThumbprint(issuerUrl, rejectUnauthorized) {
  return new Promise((resolve, reject) => {
    let u;
    try {
      u = new URL(issuerUrl);
    } catch (e) {
      reject(new Error(`unable to determine host from issuer url ${issuerUrl}`));
      return;
    }
    const host = u.hostname;
    const port = u.port ? parseInt(u.port, 10) : 443;
    const socket = tls.connect({ host, port, servername: host, rejectUnauthorized });
    socket.once('error', reject);
    socket.once('secureConnect', () => {
      try {
        let cert = socket.getPeerX509Certificate();
        if (!cert) throw new Error(`unable to get the certificate of ${host}`);
        while (cert.issuerCertificate && cert.issuerCertificate.fingerprint !== cert.fingerprint) {
          cert = cert.issuerCertificate;
        }
        const validTo = new Date(cert.validTo);
        if (validTo.getTime() < Date.now()) throw new Error(`the root certificate of ${host} expired on ${validTo.toUTCString()}`);
        resolve(cert.fingerprint.split(':').join(''));
      } catch (e) {
        reject(e);
      } finally {
        socket.end();
      }
    });
  });
}
exports.rootThumbprint = rootThumbprint;
