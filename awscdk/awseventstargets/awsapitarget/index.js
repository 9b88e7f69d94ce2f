// Strata's handler behind AwsApi event targets (aws-cdk-lib runs its own
// aws-api-handler here). EventBridge invokes it with the target's input,
// {service, action, parameters, catchErrorPattern, apiVersion}; it makes
// that call with the AWS SDK for JavaScript v3 the Lambda runtime ships
// and fails the invocation on an error, unless the error's name matches
// catchErrorPattern.
'use strict';
const V2_TO_V3 = require('./sdk-v2-to-v3.json');

// packageName accepts the service forms aws-cdk-lib does: v3 package,
// v3 client name or v2 constructor name.
function packageName(service) {
  let s = String(service).toLowerCase().replace(/^@aws-sdk\/client-/, '');
  s = V2_TO_V3[s] || s;
  return '@aws-sdk/client-' + s;
}

function load(pkg, service) {
  try {
    return require(pkg);
  } catch (e) {
    throw new Error(`Service ${service} client package with name '${pkg}' does not exist.`);
  }
}

// clientAndCommand finds the package's client class (the export named
// <Something>Client) and the command of action, matched without regard
// to case ("runTask", "RunTask", "RunTaskCommand").
function clientAndCommand(mod, pkg, action) {
  const entries = Object.entries(mod);
  const client = entries.find(([k, v]) => typeof v === 'function' && /Client$/.test(k) && !k.startsWith('_'));
  if (!client) throw new Error(`No client constructor found within package: ${pkg}`);
  const want = String(action).replace(/Command$/, '').toLowerCase() + 'command';
  const command = entries.find(([k]) => k.toLowerCase() === want);
  if (!command) throw new Error(`Unable to find command named: ${action}Command for action: ${action} in service package ${pkg}`);
  return [client[1], command[1]];
}

async function handler(event) {
  console.log('Event: %j', event);
  const pkg = packageName(event.service);
  try {
    const mod = load(pkg, event.service);
    const [Client, Command] = clientAndCommand(mod, pkg, event.action);
    const client = new Client({ apiVersion: event.apiVersion });
    const response = await client.send(new Command(event.parameters || {}));
    delete response.$metadata;
    console.log('Response: %j', response);
  } catch (e) {
    console.log(e);
    if (!event.catchErrorPattern || !new RegExp(event.catchErrorPattern).test(e.name)) throw e;
  }
}

module.exports = { handler, packageName, clientAndCommand };
