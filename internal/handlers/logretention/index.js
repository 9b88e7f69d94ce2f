// Custom::LogRetention handler, written for Strata.
//
// On create and update, makes sure the log group exists (in
// LogGroupRegion, or the function's region) and sets its retention, or
// removes the retention when RetentionInDays is absent. On the first
// create it also keeps its own log group for one day. On delete, deletes
// the log group only when RemovalPolicy is "destroy". Throttling and
// concurrent-change errors are retried with capped exponential backoff,
// SdkRetry.maxRetries times (10 by default).
//
// The function answers CloudFormation itself (no response wrapper); the
// physical id is the log group name, returned as Data.LogGroupName too.
'use strict';

const https = require('https');

const deps = {
  client: (region) => {
    const { CloudWatchLogs } = require('@aws-sdk/client-cloudwatch-logs'); // in every Node.js Lambda runtime
    return new CloudWatchLogs({ region });
  },
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
};
exports._deps = deps; // replaced by the unit tests

exports.handler = async (event, context) => {
  const props = event.ResourceProperties || {};
  const name = props.LogGroupName;
  let status = 'SUCCESS';
  let reason = 'OK';
  try {
    const retries = toInt(props.SdkRetry && props.SdkRetry.maxRetries, 10);
    const retry = (fn) => withRetries(fn, retries);
    const logs = deps.client(props.LogGroupRegion);
    if (event.RequestType === 'Create' || event.RequestType === 'Update') {
      await retry(() => ensureGroup(logs, name));
      await retry(() => setRetention(logs, name, toInt(props.RetentionInDays)));
      if (event.RequestType === 'Create' && context && context.functionName) {
        const own = deps.client(process.env.AWS_REGION);
        const ownGroup = `/aws/lambda/${context.functionName}`;
        await retry(() => ensureGroup(own, ownGroup));
        await retry(() => setRetention(own, ownGroup, 1));
      }
    } else if (event.RequestType === 'Delete' && props.RemovalPolicy === 'destroy') {
      await retry(() => deleteGroup(logs, name));
    }
  } catch (e) {
    console.log('failed:', e);
    status = 'FAILED';
    reason = e.message || String(e);
  }
  await exports.send(event.ResponseURL, JSON.stringify({
    Status: status,
    Reason: reason,
    PhysicalResourceId: name,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    Data: { LogGroupName: name },
  }));
};

function toInt(v, dflt) {
  if (v === undefined || v === null || v === '') return dflt;
  const n = parseInt(v, 10);
  return Number.isNaN(n) ? dflt : n;
}

async function ensureGroup(logs, name) {
  try {
    await logs.createLogGroup({ logGroupName: name });
  } catch (e) {
    if (e.name !== 'ResourceAlreadyExistsException') throw e;
  }
}

async function deleteGroup(logs, name) {
  try {
    await logs.deleteLogGroup({ logGroupName: name });
  } catch (e) {
    if (e.name !== 'ResourceNotFoundException') throw e;
  }
}

async function setRetention(logs, name, days) {
  if (days) {
    await logs.putRetentionPolicy({ logGroupName: name, retentionInDays: days });
  } else {
    await logs.deleteRetentionPolicy({ logGroupName: name });
  }
}

function retryable(e) {
  const is = (n) => e.name === n || String(e.message || '').includes(n);
  return is('OperationAbortedException') || is('ThrottlingException');
}

async function withRetries(fn, retries) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!retryable(e)) throw e;
      if (attempt >= retries) throw new Error('Out of attempts to change log group');
      await deps.sleep(Math.min(Math.round(Math.random() * 1000 * 2 ** (attempt + 1)), 60000));
    }
  }
}

exports.send = (url, body) => new Promise((resolve, reject) => {
  const u = new URL(url);
  const req = https.request({
    hostname: u.hostname,
    path: u.pathname + u.search,
    method: 'PUT',
    headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
  }, (res) => {
    res.resume();
    if (res.statusCode >= 400) {
      reject(new Error(`CloudFormation answered ${res.statusCode}`));
    } else {
      resolve();
    }
  });
  req.on('error', reject);
  req.end(body);
});
