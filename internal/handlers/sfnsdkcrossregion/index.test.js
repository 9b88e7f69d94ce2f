// Unit tests of index.js against a fake SDK service package. Run with
// `node --test` in this directory (handler_test.go does, when node is
// installed).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { makeHandler } = require('./index.js');

function fakePackage(calls, response) {
  class FooClient {
    constructor(config) { this.config = config; }
    async send(cmd) { calls.push([this.config, cmd.constructor.name, cmd.input]); return response; }
  }
  class ListThingsCommand { constructor(input) { this.input = input; } }
  return { FooClient, __Client: class {}, ListThingsCommand };
}

test('calls the action in the given region and endpoint', async () => {
  const calls = [];
  const h = makeHandler((service) => { assert.strictEqual(service, 'foo'); return fakePackage(calls, { Things: [1], $metadata: { x: 1 } }); });
  const out = await h({ service: 'foo', action: 'listThings', region: 'eu-west-1', endpoint: 'https://e', parameters: { A: 1 } });
  assert.deepStrictEqual(calls, [[{ region: 'eu-west-1', endpoint: 'https://e' }, 'ListThingsCommand', { A: 1 }]]);
  assert.deepStrictEqual(out.Things, [1]);
});

test('decodes a byte payload', async () => {
  const h = makeHandler(() => fakePackage([], { Payload: new TextEncoder().encode('{"a":1}') }));
  assert.deepStrictEqual((await h({ service: 'foo', action: 'listThings', region: 'r' })).Payload, { a: 1 });
  const t = makeHandler(() => fakePackage([], { Payload: new TextEncoder().encode('not json') }));
  assert.strictEqual((await t({ service: 'foo', action: 'listThings', region: 'r' })).Payload, 'not json');
});

test('unknown actions fail with the command name', async () => {
  const h = makeHandler(() => fakePackage([], {}));
  await assert.rejects(h({ service: 'foo', action: 'deleteThings', region: 'r' }), /DeleteThingsCommand/);
});
