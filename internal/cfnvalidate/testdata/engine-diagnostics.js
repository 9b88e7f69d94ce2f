// Runs the validation engine aws-cdk-lib 2.276.0 bundles
// (@aws/cloudformation-validate 1.14.0) over each templates/*.json, set up
// as aws-cdk-lib's CloudFormationValidatePlugin sets it up, and writes what
// it reports to engine/<name>.json. Run by regen.sh.
'use strict';
const fs = require('fs');
const path = require('path');
const lib = path.dirname(require.resolve('aws-cdk-lib/package.json'));
const v = require(path.join(lib, 'node_modules', '@aws', 'cloudformation-validate'));

const engine = new v.CompositeEngine({});
const dir = path.join(__dirname, 'templates');
for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.json')).sort()) {
  const report = engine.validateTemplate(new v.TemplateContent(fs.readFileSync(path.join(dir, f), 'utf8'), f), {
    detailLevel: 'STANDARD',
    exclude: { ids: ['W3005', 'W1020', 'I4010', 'W4011', 'W4012', 'W9002', 'W9013', 'W1103'],
      services: [{ ruleId: 'W3697', service: 'AWS::AutoScaling' }] },
    severityLevel: 'WARN',
  });
  const out = report.diagnostics.map(d => ({
    ruleId: d.ruleId, severity: d.severity, message: d.message,
    entityType: d.entity?.entityType, logicalId: d.entity?.logicalId,
    propertyPath: d.propertyPath, suggestedFix: d.suggestedFix, category: d.category,
  }));
  fs.writeFileSync(path.join(__dirname, 'engine', f), JSON.stringify(out, null, 1) + '\n');
}
engine.free();
