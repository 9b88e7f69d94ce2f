// Handler of the singleton Lambda function behind Step Functions'
// CallAwsServiceCrossRegion task (awsstepfunctionstasks): it makes one AWS
// SDK for JavaScript v3 call in the region (and at the endpoint) the state
// gives, and returns the response as plain JSON.
'use strict';

// The package's client class: its one export named *Client.
function clientClass(pkg) {
  const names = Object.keys(pkg).filter((n) => n.endsWith('Client') && n !== '__Client');
  if (names.length !== 1) {
    throw new Error(`expected one *Client class in the service package, found ${names.length ? names.join(', ') : 'none'}`);
  }
  return pkg[names[0]];
}

// The command class of an action, matched case-insensitively
// (getObject and GetObject both name GetObjectCommand).
function commandClass(pkg, action) {
  const want = `${action}command`.toLowerCase();
  const name = Object.keys(pkg).find((n) => n.toLowerCase() === want);
  if (!name) {
    throw new Error(`no command ${action.charAt(0).toUpperCase()}${action.slice(1)}Command in the service package`);
  }
  return pkg[name];
}

// A Lambda Invoke-like Payload comes back as bytes: hand it on as JSON
// when it parses, as text otherwise.
function plain(response) {
  const out = { ...response };
  if (out.Payload instanceof Uint8Array) {
    const text = Buffer.from(out.Payload).toString('utf8');
    try {
      out.Payload = JSON.parse(text);
    } catch {
      out.Payload = text;
    }
  }
  return JSON.parse(JSON.stringify(out));
}

function makeHandler(load) {
  return async (event) => {
    console.log('Call: %j', { service: event.service, action: event.action, region: event.region, endpoint: event.endpoint });
    const pkg = load(event.service);
    const Client = clientClass(pkg);
    const Command = commandClass(pkg, event.action);
    const client = new Client({ region: event.region, endpoint: event.endpoint });
    return plain(await client.send(new Command(event.parameters || {})));
  };
}

const handler = makeHandler((service) => require(`@aws-sdk/client-${service}`));

module.exports = { handler, makeHandler, clientClass, commandClass };
