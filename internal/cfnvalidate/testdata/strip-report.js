// Copies aws-cdk-lib's validation-report.json without what holds local
// paths (stackTraces, acknowledgedStackTrace): node strip-report.js IN OUT
'use strict';
const fs = require('fs');
const [input, output] = process.argv.slice(2);
const report = JSON.parse(fs.readFileSync(input, 'utf8'));
for (const p of report.pluginReports) {
  for (const v of [...(p.violations || []), ...(p.suppressedViolations || [])]) {
    delete v.acknowledgedStackTrace;
    for (const c of v.violatingConstructs) delete c.stackTraces;
  }
}
fs.writeFileSync(output, JSON.stringify(report, null, 2) + '\n');
