// Strata's handler behind customresources.AwsCustomResource. CloudFormation
// invokes it directly with the resource's properties: Create, Update and
// Delete each a JSON string describing one AWS SDK call ({service, action,
// parameters, physicalResourceId, region, assumedRoleArn, externalId,
// ignoreErrorCodesMatching, outputPaths, apiVersion, logApiResponseData}),
// and InstallLatestAwsSdk. It makes the call of the request type with the
// AWS SDK for JavaScript v3 (the Lambda runtime's, or the latest from npm),
// flattens the response into the resource's attributes and answers on the
// ResponseURL.
'use strict';
const https = require('https');
const path = require('path');
const fs = require('fs');
const zlib = require('zlib');
const V2_TO_V3 = require('./sdk-v2-to-v3.json');

const PHYSICAL_ID_REFERENCE = 'PHYSICAL:RESOURCEID:';

// packageName turns the service forms AwsSdkCall accepts (v3 package,
// v3 client name, v2 constructor name) into the v3 package.
function packageName(service) {
  let s = String(service).toLowerCase().replace(/^@aws-sdk\/client-/, '');
  s = V2_TO_V3[s] || s;
  return '@aws-sdk/client-' + s;
}

let typeTable;
// parameterTypes is the generated table of which API parameters are blobs
// ("b"), numbers ("n") or timestamps ("d"): a state machine whose state 0
// maps lowercase client names, then lowercase API names, then parameter
// names ("*" for any key or list item) to the next state or a type.
function parameterTypes() {
  if (!typeTable) {
    typeTable = JSON.parse(zlib.brotliDecompressSync(fs.readFileSync(path.join(__dirname, 'sdk-types.json.br'))).toString());
  }
  return typeTable;
}

function step(table, state, key) {
  return typeof state === 'number' ? (table[state] || {})[key] : undefined;
}

// coerce turns JSON values into the shapes the API takes: CloudFormation
// hands every scalar over as a string, and JSON has no binary or dates.
function coerce(table, value, state) {
  switch (state) {
    case undefined: return value;
    case 'b': return value instanceof Uint8Array ? value : (typeof value === 'string' || typeof value === 'number') ? new TextEncoder().encode(String(value)) : value;
    case 'n': {
      if (typeof value !== 'string') return value;
      const n = Number(value);
      return Number.isNaN(n) ? value : n;
    }
    case 'd': {
      if (typeof value !== 'string' && typeof value !== 'number') return value;
      const d = new Date(value);
      return Number.isNaN(d.getTime()) ? value : d;
    }
    default:
  }
  if (Array.isArray(value)) {
    const item = step(table, state, '*');
    return item === undefined ? value : value.map((v) => coerce(table, v, item));
  }
  if (value && typeof value === 'object') {
    const any = step(table, state, '*');
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const next = step(table, state, k);
      out[k] = coerce(table, v, next === undefined ? any : next);
    }
    return out;
  }
  return value;
}

// coerceParameters applies the table to a call of client v3 (e.g. "s3")
// and API action (e.g. "PutObject").
function coerceParameters(v3, action, parameters) {
  const table = parameterTypes();
  const state = step(table, step(table, 0, v3.toLowerCase()), action.toLowerCase());
  return coerce(table, parameters, state);
}

// commandName turns getObject, GetObject and GetObjectCommand into the
// command class the package exports.
function commandName(mod, action) {
  const upper = action.charAt(0).toUpperCase() + action.slice(1);
  if (mod[upper + 'Command']) return upper + 'Command';
  if (/Command$/.test(upper) && mod[upper]) return upper;
  return undefined;
}

function clientClass(mod) {
  for (const [name, v] of Object.entries(mod)) {
    if (/Client$/.test(name) && name !== 'Client' && typeof v === 'function' && v.prototype && typeof v.prototype.send === 'function') {
      return v;
    }
  }
  return undefined;
}

let installed = false;
// loadPackage requires the package from /tmp when the latest SDK was
// installed there, else from the runtime.
function loadPackage(name) {
  if (installed) {
    try {
      return require(require.resolve(name, { paths: ['/tmp/node_modules'] }));
    } catch (e) {
      // Fall back to the runtime's copy.
    }
  }
  return require(name);
}

function installLatest(name) {
  const { execSync } = require('child_process');
  fs.mkdirSync('/tmp/node_modules', { recursive: true });
  execSync(`HOME=/tmp npm install ${name} @aws-sdk/client-sts --omit=dev --no-package-lock --no-save --prefix /tmp`, { stdio: 'inherit' });
  installed = true;
}

// credentialsFor assumes the call's role, if any, with STS (in the
// call's region) and returns the temporary credentials.
async function credentialsFor(call, physicalId) {
  if (!call.assumedRoleArn) return undefined;
  const sts = exports._deps.loadPackage('@aws-sdk/client-sts');
  const client = new sts.STSClient(call.region ? { region: call.region } : {});
  const out = await client.send(new sts.AssumeRoleCommand({
    RoleArn: call.assumedRoleArn,
    RoleSessionName: `${Date.now()}-${String(physicalId || 'aws').replace(/[^\w+=,.@-]/g, '')}`.slice(0, 64),
    ExternalId: call.externalId,
  }));
  return {
    accessKeyId: out.Credentials.AccessKeyId,
    secretAccessKey: out.Credentials.SecretAccessKey,
    sessionToken: out.Credentials.SessionToken,
  };
}

// sdkCall makes one call and returns its response.
async function sdkCall(call, physicalId) {
  const name = packageName(call.service);
  const mod = exports._deps.loadPackage(name);
  const Client = clientClass(mod);
  const command = commandName(mod, call.action);
  if (!Client || !command) {
    throw new Error(`Unable to find command named: ${call.action} for service ${call.service} in ${name}`);
  }
  // Command classes are the API's name followed by Command.
  const api = command.replace(/Command$/, '');
  const parameters = coerceParameters(name.replace(/^@aws-sdk\/client-/, ''), api, call.parameters || {});
  const client = new Client({
    apiVersion: call.apiVersion,
    region: call.region,
    credentials: await credentialsFor(call, physicalId),
  });
  return client.send(new mod[command](parameters));
}

// flatten turns a response into dotted paths ("Parameter.Value",
// "Items.0.Name"), the attribute names GetResponseField reads.
function flatten(obj, prefix = '', out = {}) {
  if (obj === null || obj === undefined) return out;
  if (obj instanceof Uint8Array || Buffer.isBuffer(obj)) {
    out[prefix] = Buffer.from(obj).toString('utf-8');
    return out;
  }
  if (obj instanceof Date) {
    out[prefix] = obj.toISOString();
    return out;
  }
  if (typeof obj !== 'object') {
    out[prefix] = typeof obj === 'string' ? obj : JSON.stringify(obj);
    return out;
  }
  for (const [k, v] of Object.entries(obj)) {
    if (k === '$metadata') continue;
    flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

function filterPaths(flat, paths) {
  if (!paths) return flat;
  const out = {};
  for (const [k, v] of Object.entries(flat)) {
    if (paths.some((p) => k === p || k.startsWith(p + '.'))) out[k] = v;
  }
  return out;
}

// replaceReference puts the current physical id where the call's
// parameters hold a PhysicalResourceIdReference.
function replaceReference(value, physicalId) {
  if (typeof value === 'string') return value === PHYSICAL_ID_REFERENCE ? physicalId : value;
  if (Array.isArray(value)) return value.map((v) => replaceReference(v, physicalId));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = replaceReference(v, physicalId);
    return out;
  }
  return value;
}

function respond(event, status, reason, physicalId, data) {
  const body = JSON.stringify({
    Status: status,
    Reason: reason,
    PhysicalResourceId: physicalId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    NoEcho: false,
    Data: data,
  });
  const url = new URL(event.ResponseURL);
  return new Promise((resolve, reject) => {
    const req = https.request({
      hostname: url.hostname, port: url.port || 443, path: url.pathname + url.search, method: 'PUT',
      headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
    }, (res) => { res.resume(); res.on('end', resolve); });
    req.on('error', reject);
    req.end(body);
  });
}

// Seams for the unit tests (index.test.js).
exports._deps = { sdkCall, respond, installLatest, loadPackage };
exports._internal = { packageName, commandName, flatten, filterPaths, replaceReference, sdkCall, coerceParameters };

exports.handler = async (event, context) => {
  const { sdkCall, respond, installLatest } = exports._deps;
  const props = event.ResourceProperties || {};
  let physicalId = event.PhysicalResourceId || (context && context.logStreamName);
  let data = {};
  let logData = true;
  try {
    const raw = props[event.RequestType];
    if (raw) {
      const call = JSON.parse(raw);
      if (call.logApiResponseData === false) logData = false;
      if (event.RequestType !== 'Create') {
        call.parameters = replaceReference(call.parameters, event.PhysicalResourceId);
      }
      if (String(props.InstallLatestAwsSdk) === 'true' && !installed) {
        try {
          installLatest(packageName(call.service));
        } catch (e) {
          console.log('Installing the latest AWS SDK failed; using the runtime\'s:', e.message);
        }
      }
      let flat = {};
      try {
        const response = await sdkCall(call, event.PhysicalResourceId);
        flat = flatten(response);
        if (logData) console.log('API response', JSON.stringify(flat));
      } catch (e) {
        const ignore = call.ignoreErrorCodesMatching;
        if (!ignore || !new RegExp(ignore).test(e.name || e.code || '')) throw e;
        console.log(`Ignoring error ${e.name || e.code}: it matches ${ignore}`);
      }
      data = filterPaths(flat, call.outputPaths);
      const p = call.physicalResourceId;
      if (p && p.id !== undefined) {
        physicalId = p.id;
      } else if (p && p.responsePath) {
        if (flat[p.responsePath] === undefined) {
          throw new Error(`The response has no field ${p.responsePath} to use as the physical resource id`);
        }
        physicalId = flat[p.responsePath];
      }
    }
    await respond(event, 'SUCCESS', 'OK', physicalId, data);
  } catch (e) {
    console.log(e);
    await respond(event, 'FAILED', String((e && e.message) || e), physicalId, {});
  }
};
