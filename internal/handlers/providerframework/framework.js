// Strata's provider framework: the Lambda functions a customresources.Provider
// deploys between CloudFormation and the user's handlers. CloudFormation
// invokes onEvent; it calls the user's onEvent function and either answers
// CloudFormation at once or, when an isComplete function is configured,
// starts the waiter state machine, which calls isComplete until it reports
// completion (answering CloudFormation) or retries run out (onTimeout
// answers FAILED). The user's functions never see the response URL.
'use strict';
const https = require('https');

const ON_EVENT_ARN = 'USER_ON_EVENT_FUNCTION_ARN';
const IS_COMPLETE_ARN = 'USER_IS_COMPLETE_FUNCTION_ARN';
const WAITER_ARN = 'WAITER_STATE_MACHINE_ARN';
// The physical id given to a resource whose creation failed: CloudFormation
// later deletes it, and that delete must not reach the user's handler.
const CREATE_FAILED = 'AWSCDK::CustomResourceProviderFramework::CREATE_FAILED';
const HIDDEN_URL = '...';

// Retry marks an incomplete operation: the state machine catches it and
// calls isComplete again after the interval.
class Retry extends Error {
  constructor(message) {
    super(message);
    this.name = 'Retry';
  }
}

function log(...args) {
  console.log(JSON.stringify(args.length === 1 ? args[0] : args, (k, v) => (k === 'ResponseURL' ? HIDDEN_URL : v)));
}

function lambdaClient() {
  const { LambdaClient } = require('@aws-sdk/client-lambda');
  return new LambdaClient({});
}

function sfnClient() {
  const { SFNClient } = require('@aws-sdk/client-sfn');
  return new SFNClient({});
}

async function invokeFunction(arn, payload) {
  const lambda = require('@aws-sdk/client-lambda');
  const client = lambdaClient();
  // A function being created or updated cannot be invoked yet.
  await lambda.waitUntilFunctionActiveV2({ client, maxWaitTime: 300 }, { FunctionName: arn });
  const out = await client.send(new lambda.InvokeCommand({ FunctionName: arn, Payload: JSON.stringify(payload) }));
  const text = out.Payload ? Buffer.from(out.Payload).toString('utf-8') : '';
  let result;
  try {
    result = text ? JSON.parse(text) : undefined;
  } catch (e) {
    throw new Error(`the handler ${arn} returned what is not JSON: ${text}`);
  }
  if (out.FunctionError) {
    const msg = (result && (result.errorMessage || result.message)) || text;
    throw new Error(`${msg}\n\nLogs: /aws/lambda/${arn.split(':').pop()}`);
  }
  return result;
}

async function startWaiter(arn, input) {
  const { StartExecutionCommand } = require('@aws-sdk/client-sfn');
  await sfnClient().send(new StartExecutionCommand({ stateMachineArn: arn, input: JSON.stringify(input) }));
}

function httpsPut(url, body) {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = https.request({
      hostname: u.hostname, port: u.port || 443, path: u.pathname + u.search, method: 'PUT',
      headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
    }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode >= 400 ? reject(new Error(`the response upload failed with HTTP ${res.statusCode}`)) : resolve(res.statusCode)));
    });
    req.on('error', reject);
    req.end(body);
  });
}

// Seams for the unit tests (index.test.js).
exports._deps = { invokeFunction, startWaiter, httpsPut, env: process.env, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

async function respond(status, event, reason) {
  const body = {
    Status: status,
    Reason: reason || status,
    StackId: event.StackId,
    RequestId: event.RequestId,
    PhysicalResourceId: event.PhysicalResourceId || CREATE_FAILED,
    LogicalResourceId: event.LogicalResourceId,
    NoEcho: event.NoEcho,
    Data: event.Data,
  };
  let text = JSON.stringify(body);
  // CloudFormation rejects responses over 4 KiB; say so instead.
  if (Buffer.byteLength(text) > 4096 && status === 'SUCCESS') {
    return respond('FAILED', { ...event, Data: undefined }, 'Response object is too long.');
  }
  log({ response: { ...body, Data: event.NoEcho ? '(hidden)' : body.Data } });
  const { httpsPut, sleep } = exports._deps;
  let lastErr;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await httpsPut(event.ResponseURL, text);
      return;
    } catch (e) {
      lastErr = e;
      await sleep(1000 * 2 ** attempt);
    }
  }
  throw lastErr;
}

// guard answers FAILED when a step throws anything but Retry, so that
// CloudFormation is never left waiting for an hour.
function guard(fn) {
  return async (event) => {
    const request = event && event.RequestType ? event : undefined;
    try {
      return await fn(event);
    } catch (e) {
      if (e instanceof Retry || e.name === 'Retry') {
        throw e;
      }
      log({ error: e.message });
      const target = request || event;
      if (target && target.ResponseURL) {
        // A failed create leaves the sentinel id, so the delete that
        // follows is answered without calling the user's handler.
        const physicalId = target.RequestType === 'Create' ? CREATE_FAILED : target.PhysicalResourceId;
        await respond('FAILED', { ...target, PhysicalResourceId: physicalId, Data: undefined }, e.message);
        return;
      }
      throw e;
    }
  };
}

function physicalIdOf(event, result) {
  const given = result && result.PhysicalResourceId;
  switch (event.RequestType) {
    case 'Create':
      return given || event.RequestId;
    case 'Update':
      return given || event.PhysicalResourceId;
    case 'Delete':
      if (given && given !== event.PhysicalResourceId) {
        throw new Error(`DELETE: cannot change the physical resource ID from "${event.PhysicalResourceId}" to "${given}" during deletion`);
      }
      return event.PhysicalResourceId;
    default:
      throw new Error(`unknown request type ${event.RequestType}`);
  }
}

exports.onEvent = guard(async (event) => {
  log({ onEvent: event });
  const { invokeFunction, startWaiter, env } = exports._deps;
  if (event.RequestType === 'Delete' && event.PhysicalResourceId === CREATE_FAILED) {
    await respond('SUCCESS', event);
    return;
  }
  const result = (await invokeFunction(env[ON_EVENT_ARN], { ...event, ResponseURL: HIDDEN_URL })) || {};
  if (typeof result !== 'object') {
    throw new Error(`onEvent must return an object, got ${JSON.stringify(result)}`);
  }
  const merged = { ...event, ...result, PhysicalResourceId: physicalIdOf(event, result), Data: { ...(result.Data || {}) } };
  if (env[IS_COMPLETE_ARN]) {
    await startWaiter(env[WAITER_ARN], merged);
    return;
  }
  await respond('SUCCESS', merged);
});

exports.isComplete = guard(async (event) => {
  log({ isComplete: event.NoEcho ? { ...event, Data: '(hidden)' } : event });
  const { invokeFunction, env } = exports._deps;
  const result = (await invokeFunction(env[IS_COMPLETE_ARN], { ...event, ResponseURL: HIDDEN_URL })) || {};
  if (!result.IsComplete) {
    if (result.Data && Object.keys(result.Data).length > 0) {
      throw new Error('"Data" is not allowed if "IsComplete" is "False"');
    }
    throw new Retry(JSON.stringify(event));
  }
  await respond('SUCCESS', { ...event, ...result, PhysicalResourceId: event.PhysicalResourceId, Data: { ...(event.Data || {}), ...(result.Data || {}) } });
});

// onTimeout receives the state machine's last error; its message is the
// request the Retry carried.
exports.onTimeout = async (failure) => {
  log({ onTimeout: failure });
  const cause = JSON.parse(failure.Cause);
  const event = JSON.parse(cause.errorMessage);
  const physicalId = event.RequestType === 'Create' ? CREATE_FAILED : event.PhysicalResourceId;
  await respond('FAILED', { ...event, PhysicalResourceId: physicalId, Data: undefined }, 'Operation timed out');
};

exports.Retry = Retry;
exports.CREATE_FAILED = CREATE_FAILED;
