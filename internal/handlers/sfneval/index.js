// Handler of the Lambda function behind Step Functions' EvaluateExpression
// task (awsstepfunctionstasks): it evaluates a JavaScript expression in
// which each state path ($.a, $[0]...) stands for the value the state
// machine passed for it in expressionAttributeValues.
'use strict';

// The paths are replaced longest first, so that $.ab is never read as $.a
// followed by "b".
function rewrite(expression, values) {
  const paths = Object.keys(values).sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
  if (paths.length === 0) {
    return expression;
  }
  const quote = (p) => p.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  const any = new RegExp(paths.map(quote).join('|'), 'g');
  return expression.replace(any, (p) => `__values[${JSON.stringify(p)}]`);
}

async function handler(event) {
  const values = Object.assign(Object.create(null), event.expressionAttributeValues || {});
  const source = rewrite(String(event.expression), values);
  console.log('Evaluating: %s', source);
  // eslint-disable-next-line no-new-func
  return new Function('__values', '__source', 'return eval(__source);')(values, source);
}

module.exports = { handler, rewrite };
