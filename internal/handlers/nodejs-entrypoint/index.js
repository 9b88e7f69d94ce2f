// Strata's wrapper around a Node.js custom resource handler: it calls the
// handler in index.js and reports the outcome to CloudFormation through
// the pre-signed response URL of the event.
//
// The handler receives (event, context) and may return
// { PhysicalResourceId, Data, NoEcho }.
'use strict';
const https = require('https');
const url = require('url');

// PhysicalResourceId reported when Create fails, so that the Delete
// CloudFormation sends while rolling back is answered without calling the
// handler for a resource that never existed.
const CREATE_FAILED_MARKER = 'AWSCDK::CustomResourceProviderFramework::CREATE_FAILED';
const MISSING_PHYSICAL_ID_MARKER = 'AWSCDK::CustomResourceProviderFramework::MISSING_PHYSICAL_ID';

exports.handler = async function (event, context) {
  const sanitized = { ...event, ResponseURL: '...' };
  console.log(JSON.stringify(sanitized, undefined, 2));

  if (event.RequestType === 'Delete' && event.PhysicalResourceId === CREATE_FAILED_MARKER) {
    await respond(event, 'SUCCESS', 'Nothing to delete: creation had failed', CREATE_FAILED_MARKER);
    return;
  }

  let timer;
  try {
    const userHandler = require('./index').handler;
    const work = Promise.resolve(userHandler(sanitized, context));
    const remaining = context && typeof context.getRemainingTimeInMillis === 'function' ? context.getRemainingTimeInMillis() : 0;
    const deadline = remaining > 2000
      ? new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('the handler timed out')), remaining - 1500); })
      : new Promise(() => {});
    const result = (await Promise.race([work, deadline])) || {};
    const physicalId = result.PhysicalResourceId || defaultPhysicalId(event);
    if (event.RequestType !== 'Create' && !result.PhysicalResourceId && !event.PhysicalResourceId) {
      throw new Error(`${event.RequestType} of ${event.LogicalResourceId} returned no PhysicalResourceId`);
    }
    await respond(event, 'SUCCESS', 'OK', physicalId, result.Data, result.NoEcho);
  } catch (e) {
    console.log(e);
    const physicalId = event.PhysicalResourceId || (event.RequestType === 'Create' ? CREATE_FAILED_MARKER : MISSING_PHYSICAL_ID_MARKER);
    await respond(event, 'FAILED', (e && e.message) || String(e), physicalId);
  } finally {
    if (timer) clearTimeout(timer);
  }
};

function defaultPhysicalId(event) {
  return event.RequestType === 'Create' ? event.RequestId : event.PhysicalResourceId;
}

async function respond(event, status, reason, physicalId, data, noEcho) {
  const body = JSON.stringify({
    Status: status,
    Reason: truncate(reason),
    PhysicalResourceId: physicalId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    NoEcho: noEcho === true,
    Data: data,
  });
  const target = url.parse(event.ResponseURL);
  const options = {
    hostname: target.hostname,
    port: target.port,
    path: target.path,
    method: 'PUT',
    headers: { 'content-type': '', 'content-length': Buffer.byteLength(body, 'utf8') },
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await put(options, body);
      return;
    } catch (e) {
      if (attempt >= 4) throw e;
      await new Promise((r) => setTimeout(r, 1000 * 2 ** attempt));
    }
  }
}

function truncate(s) {
  s = String(s);
  return s.length > 1000 ? s.slice(0, 1000) + '...' : s;
}

function put(options, body) {
  return new Promise((resolve, reject) => {
    const req = https.request(options, (res) => {
      res.resume();
      if (res.statusCode >= 200 && res.statusCode < 300) resolve();
      else reject(new Error(`the response URL answered ${res.statusCode}`));
    });
    req.on('error', reject);
    req.end(body);
  });
}
