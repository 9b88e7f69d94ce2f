'use strict';
// Strata's handler behind awscertificatemanager.DnsValidatedCertificate
// (a Lambda-backed custom resource): requests an ACM certificate, writes
// its DNS validation records into the hosted zone, waits until ACM issues
// it, and deletes it (and, when asked, the records) with the resource.
// It reports to CloudFormation itself through the pre-signed ResponseURL.
const https = require('https');
const { URL } = require('url');
const crypto = require('crypto');

let sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let respond = sendResponse;

function sendResponse(event, context, status, physicalId, data, reason) {
  const body = JSON.stringify({
    Status: status,
    Reason: reason || `See CloudWatch log stream ${context.logStreamName}`,
    PhysicalResourceId: physicalId || context.logStreamName,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    Data: data || {},
  });
  const url = new URL(event.ResponseURL);
  return new Promise((resolve, reject) => {
    const req = https.request({
      hostname: url.hostname, path: url.pathname + url.search, method: 'PUT',
      headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
    }, (res) => { res.resume(); res.on('end', resolve); });
    req.on('error', reject);
    req.end(body);
  });
}

let clients = sdkClients;

function sdkClients(props) {
  const { ACMClient, RequestCertificateCommand, DescribeCertificateCommand, DeleteCertificateCommand } = require('@aws-sdk/client-acm');
  const { Route53Client, ChangeResourceRecordSetsCommand, GetChangeCommand } = require('@aws-sdk/client-route-53');
  const acm = new ACMClient({ region: props.Region || process.env.AWS_REGION });
  const r53 = new Route53Client(props.Route53Endpoint ? { endpoint: props.Route53Endpoint } : {});
  return {
    request: (input) => acm.send(new RequestCertificateCommand(input)),
    describe: (arn) => acm.send(new DescribeCertificateCommand({ CertificateArn: arn })),
    remove: (arn) => acm.send(new DeleteCertificateCommand({ CertificateArn: arn })),
    change: (input) => r53.send(new ChangeResourceRecordSetsCommand(input)),
    getChange: (id) => r53.send(new GetChangeCommand({ Id: id })),
  };
}

// The distinct validation records of a certificate, once ACM has made them all.
async function validationRecords(c, arn, deadline) {
  while (Date.now() < deadline) {
    const { Certificate } = await c.describe(arn);
    const opts = Certificate.DomainValidationOptions || [];
    if (opts.length > 0 && opts.every((o) => o.ResourceRecord)) {
      const seen = new Map();
      for (const o of opts) seen.set(o.ResourceRecord.Name, o.ResourceRecord);
      return [...seen.values()];
    }
    await sleep(5000);
  }
  throw new Error(`ACM did not provide the validation records of ${arn} in time`);
}

async function changeRecords(c, zoneId, action, records, deadline) {
  const { ChangeInfo } = await c.change({
    HostedZoneId: zoneId,
    ChangeBatch: {
      Changes: records.map((r) => ({
        Action: action,
        ResourceRecordSet: { Name: r.Name, Type: r.Type, TTL: 60, ResourceRecords: [{ Value: r.Value }] },
      })),
    },
  });
  while (Date.now() < deadline) {
    const { ChangeInfo: now } = await c.getChange(ChangeInfo.Id);
    if (now.Status === 'INSYNC') return;
    await sleep(5000);
  }
}

async function create(event, context) {
  const p = event.ResourceProperties;
  const c = clients(p);
  const deadline = Date.now() + context.getRemainingTimeInMillis() - 30000;
  const sans = (p.SubjectAlternativeNames || []).filter((n) => n !== p.DomainName);
  const tags = Object.entries(p.Tags || {}).map(([Key, Value]) => ({ Key, Value }));
  const { CertificateArn: arn } = await c.request({
    DomainName: p.DomainName,
    SubjectAlternativeNames: sans.length ? sans : undefined,
    ValidationMethod: 'DNS',
    IdempotencyToken: crypto.createHash('sha256').update(event.RequestId).digest('hex').slice(0, 32),
    Options: p.CertificateTransparencyLoggingPreference
      ? { CertificateTransparencyLoggingPreference: p.CertificateTransparencyLoggingPreference } : undefined,
    Tags: tags.length ? tags : undefined,
  });
  const records = await validationRecords(c, arn, deadline);
  await changeRecords(c, p.HostedZoneId, 'UPSERT', records, deadline);
  while (Date.now() < deadline) {
    const { Certificate } = await c.describe(arn);
    if (Certificate.Status === 'ISSUED') return arn;
    if (Certificate.Status === 'FAILED' || Certificate.Status === 'VALIDATION_TIMED_OUT') {
      throw new Error(`certificate ${arn} is ${Certificate.Status}: ${Certificate.FailureReason || 'no reason given'}`);
    }
    await sleep(10000);
  }
  throw new Error(`certificate ${arn} was not issued before the handler timed out`);
}

async function remove(event, context) {
  const p = event.ResourceProperties;
  const arn = event.PhysicalResourceId;
  if (!/^arn:[\w-]+:acm:/.test(arn || '') || ['retain', 'retain-on-update-or-delete'].includes(p.RemovalPolicy)) return;
  const c = clients(p);
  const deadline = Date.now() + context.getRemainingTimeInMillis() - 30000;
  if (p.CleanupRecords === 'true') {
    try {
      await changeRecords(c, p.HostedZoneId, 'DELETE', await validationRecords(c, arn, deadline), deadline);
    } catch (e) {
      if (e.name !== 'InvalidChangeBatch' && e.name !== 'ResourceNotFoundException') throw e;
    }
  }
  // The certificate may still be attached to something that is being deleted.
  while (true) {
    try {
      await c.remove(arn);
      return;
    } catch (e) {
      if (e.name === 'ResourceNotFoundException') return;
      if (e.name !== 'ResourceInUseException' || Date.now() > deadline) throw e;
      await sleep(15000);
    }
  }
}

exports.certificateRequestHandler = async (event, context) => {
  try {
    if (event.RequestType === 'Delete') {
      await remove(event, context);
      await respond(event, context, 'SUCCESS', event.PhysicalResourceId);
      return;
    }
    const arn = await create(event, context);
    await respond(event, context, 'SUCCESS', arn, { Arn: arn });
  } catch (e) {
    console.log(e);
    await respond(event, context, 'FAILED', event.PhysicalResourceId, {}, String(e && e.message || e));
  }
};

// Test hooks: stub the AWS clients, the CloudFormation response and waiting.
exports._stub = (c, r, s) => { clients = c; respond = r; sleep = s; };
