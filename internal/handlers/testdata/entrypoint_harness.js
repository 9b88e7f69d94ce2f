// Runs __entrypoint__.js (next to the cfn-utils index.js) against fake events,
// capturing what it would PUT to the response URL; see handlers_test.go.
const https = require('https');
const sent = [];
https.request = (opts, cb) => {
  const { EventEmitter } = require('events');
  const req = new EventEmitter();
  req.end = (body) => { sent.push({ opts, body: JSON.parse(body) }); const res = new EventEmitter(); res.statusCode = 200; res.resume = () => {}; cb(res); };
  return req;
};
const ep = require('./__entrypoint__.js');
const base = { ResponseURL: 'https://example.com/path?sig=1', StackId: 's', RequestId: 'r1', LogicalResourceId: 'L', ResourceType: 'Custom::AWSCDKCfnJson' };
(async () => {
  await ep.handler({ ...base, RequestType: 'Create', ResourceProperties: { Value: '{"a":[1,2]}' } }, { getRemainingTimeInMillis: () => 60000 });
  await ep.handler({ ...base, RequestType: 'Create', ResourceProperties: { Value: 'not json' } }, {});
  await ep.handler({ ...base, RequestType: 'Delete', PhysicalResourceId: 'AWSCDK::CustomResourceProviderFramework::CREATE_FAILED' }, {});
  await ep.handler({ ...base, RequestType: 'Update', PhysicalResourceId: 'p1', ResourceProperties: { Value: '"x"' } }, {});
  for (const s of sent) process.stdout.write(JSON.stringify({ method: s.opts.method, host: s.opts.hostname, path: s.opts.path, body: s.body }) + "\n");
})();
