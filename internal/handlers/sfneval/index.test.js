// Unit tests of index.js. Run with `node --test` in this directory
// (handler_test.go does, when node is installed).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { handler, rewrite } = require('./index.js');

test('evaluates with the paths bound to their values', async () => {
  const out = await handler({ expression: '$.a + $.b', expressionAttributeValues: { '$.a': 1, '$.b': 2 } });
  assert.strictEqual(out, 3);
});

test('longer paths win over their prefixes', () => {
  assert.strictEqual(rewrite('$.ab + $.a', { '$.a': 1, '$.ab': 2 }), '__values["$.ab"] + __values["$.a"]');
});

test('array and nested paths', async () => {
  const out = await handler({ expression: '$.list.map(x => x * 2).concat([$[0].v])',
    expressionAttributeValues: { '$.list': [1, 2], '$[0].v': 9 } });
  assert.deepStrictEqual(out, [2, 4, 9]);
});

test('template literals and no paths', async () => {
  assert.strictEqual(await handler({ expression: '`x${$.n}`', expressionAttributeValues: { '$.n': 5 } }), 'x5');
  assert.strictEqual(await handler({ expression: '1 + 1' }), 2);
});

test('errors of the expression reach the caller', async () => {
  await assert.rejects(handler({ expression: 'throw new Error("boom")' }));
});
