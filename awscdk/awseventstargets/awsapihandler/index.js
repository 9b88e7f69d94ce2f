// Strata's handler behind the log-group resource policy of CloudWatchLogGroup
// targets (aws-cdk-lib runs its AwsCustomResource provider here). CloudFormation
// invokes it directly: it makes the SDK call of the request type (the Create,
// Update or Delete property, a JSON object {service, action, parameters,
// physicalResourceId?, ignoreErrorCodesMatching?}) with the SDK for
// JavaScript v3 the Lambda runtime ships, then answers on the ResponseURL.
'use strict';
const https = require('https');

// SDK v3 package names that do not follow from the service name.
const PACKAGES = { CloudWatchLogs: 'cloudwatch-logs' };

function packageOf(service) {
  return '@aws-sdk/client-' + (PACKAGES[service] || service.toLowerCase());
}

async function call(spec) {
  const mod = require(packageOf(spec.service));
  const Client = mod[spec.service + 'Client'];
  const Command = mod[spec.action.charAt(0).toUpperCase() + spec.action.slice(1) + 'Command'];
  if (!Client || !Command) {
    throw new Error(`unknown SDK call ${spec.service}.${spec.action}`);
  }
  return new Client({}).send(new Command(spec.parameters || {}));
}

function respond(event, status, reason, physicalId) {
  const body = JSON.stringify({
    Status: status,
    Reason: reason,
    PhysicalResourceId: physicalId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    Data: {},
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

// Seams for the unit tests (index.test.js).
exports._deps = { call, respond };

exports.handler = async (event, context) => {
  const { call, respond } = exports._deps;
  let physicalId = event.PhysicalResourceId || context.logStreamName;
  try {
    const raw = (event.ResourceProperties || {})[event.RequestType];
    if (raw) {
      const spec = JSON.parse(raw);
      if (spec.physicalResourceId && spec.physicalResourceId.id) {
        physicalId = spec.physicalResourceId.id;
      }
      try {
        await call(spec);
      } catch (e) {
        const ignore = spec.ignoreErrorCodesMatching;
        if (!ignore || !new RegExp(ignore).test(e.name || e.code || '')) {
          throw e;
        }
      }
    }
    await respond(event, 'SUCCESS', 'OK', physicalId);
  } catch (e) {
    console.log(e);
    await respond(event, 'FAILED', String(e && e.message || e), physicalId);
  }
};
