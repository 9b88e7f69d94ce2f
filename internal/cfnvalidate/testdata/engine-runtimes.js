// Asks the validation engine aws-cdk-lib 2.276.0 bundles
// (@aws/cloudformation-validate 1.14.0) for its Lambda runtime lifecycle data,
// which it keeps compressed inside its WebAssembly module. The engine's
// verdict per runtime (E2533 updates blocked, E2531 creation blocked, W2531
// deprecated) was fixed when the engine was built: it does not read the
// clock (checked by running it with the clock set to 2020 and 2100). Each
// deprecated runtime's message carries its dates and successor. Run by
// regen.sh; writes engine-runtimes.json.
//
//   NODE_PATH=<aws-cdk-lib node_modules> node engine-runtimes.js > engine-runtimes.json
'use strict';
const path = require('path');
const lib = path.dirname(require.resolve('aws-cdk-lib/package.json'));
const engineDir = path.join(lib, 'node_modules', '@aws', 'cloudformation-validate');
const v = require(engineDir);


// Every runtime name aws-cdk-lib's Runtime class or cfn-lint's lifecycle
// table knows, plus the newer ones Lambda lists.
const candidates = [...new Set(process.argv.slice(2).concat([
  'nodejs', 'nodejs4.3', 'nodejs4.3-edge', 'nodejs6.10', 'nodejs8.10', 'nodejs10.x', 'nodejs12.x', 'nodejs14.x',
  'nodejs16.x', 'nodejs18.x', 'nodejs20.x', 'nodejs22.x', 'nodejs24.x', 'python2.7', 'python3.6', 'python3.7',
  'python3.8', 'python3.9', 'python3.10', 'python3.11', 'python3.12', 'python3.13', 'python3.14', 'python3.15',
  'java8', 'java8.al2', 'java11', 'java17', 'java21', 'java25', 'dotnet6', 'dotnet7', 'dotnet8', 'dotnet9', 'dotnet10',
  'dotnetcore1.0', 'dotnetcore2.0', 'dotnetcore2.1', 'dotnetcore3.1', 'go1.x', 'ruby2.5', 'ruby2.7', 'ruby3.2',
  'ruby3.3', 'ruby3.4', 'ruby4.0', 'provided', 'provided.al2', 'provided.al2023',
]))].sort();

const resources = {};
candidates.forEach((rt, i) => {
  resources['Fn' + i] = { Type: 'AWS::Lambda::Function', Properties: {
    Runtime: rt, Handler: 'index.handler', Role: 'arn:aws:iam::123456789012:role/r', Code: { S3Bucket: 'b', S3Key: 'k' } } };
});
const engine = new v.CompositeEngine({});
const report = engine.validateTemplate(new v.TemplateContent(JSON.stringify({ Resources: resources }), 'runtimes.json'),
  { detailLevel: 'STANDARD', severityLevel: 'WARN' });
engine.free();

// The verbs follow the rule: E2533 "was ... were", E2531 "was ... will be",
// W2531 "will be ... will be"; Go rebuilds the message from the rule.
const verbs = { E2533: ['was', 'were'], E2531: ['was', 'will be'], W2531: ['will be', 'will be'] };
const re = /^Runtime '([^']+)' was deprecated on '([^']+)'\. Creation (was|will be) disabled on '([^']+)', and updates (were|will be) disabled on '([^']+)'\.(?: Please consider updating to '([^']+)')?$/;
const out = { engine: v.version(), runtimes: {} };
for (const d of report.diagnostics) {
  if (!/^[EW]253\d$/.test(d.ruleId)) continue;
  const m = re.exec(d.message);
  if (!m || !verbs[d.ruleId] || verbs[d.ruleId][0] !== m[3] || verbs[d.ruleId][1] !== m[5]) {
    throw new Error('unexpected message: ' + d.ruleId + ' ' + d.message);
  }
  out.runtimes[m[1]] = { rule: d.ruleId, deprecated: m[2], createBlock: m[4], updateBlock: m[6], successor: m[7] || '' };
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
