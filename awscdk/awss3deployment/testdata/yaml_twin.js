// Expectations of the YAML writer behind Source.yamlData: runs aws-cdk-lib
// 2.276.0's own serializer (core/lib/private/yaml-cfn, the `yaml` library
// under the YAML 1.1 schema) over each input and prints
// [{name, input, yaml}] as JSON for yaml_writer_test.go.
const path = require('path');
const lib = path.dirname(require.resolve('aws-cdk-lib/package.json'));
const { serialize } = require(path.join(lib, 'core/lib/private/yaml-cfn.js'));

const s = (x) => ({ v: x });
const cases = {
  nested: { a: 'x', b: [1, 'two', true, null], c: { d: { e: 'f' } }, g: [], h: {} },
  seqRoot: [{ a: 1, b: 2 }, [1, 2], [], {}, 'x', [[['deep']]], [{ a: [{ b: 'c' }] }]],
  allNull: { a: null, b: null },
  someNull: { a: null, b: 1 },
  nestedAllNull: { x: { a: null }, y: [{ b: null }] },
  numbers: { n: [0, 1.5, -2, 1e21, 1e-7, 123456789012, -1.8881545897087626e+289, 0.1, 2.5e-10, 1e300] },
  integerKeys: { 10: 'ten', 9: 'nine', a: 'A', '01': 'lead zero', 4294967295: 'too big' },
  readAsOther: {
    yes: 'yes', No: 'No', y: 'y', n: 'n', ON: 'ON', off: 'off', nO: 'nO', True: 'True', null: 'null', tilde: '~',
    int: '123', neg: '-5', plus: '+1', under: '1_000', oct: '0755', bin: '0b101', hex: '0x1F', float: '1.5', dot: '.', exp: '1e5',
    expDot: '1.e5', inf: '.inf', nInf: '-.Inf', nan: '.NaN', sexa: '1:20', sexaF: '1:20.5', date: '2024-01-02',
    time: '2024-01-02T10:20:30Z', timeSp: '2024-1-2 1:2:3.5 +05:30', notDate: '2024-01-02x', version: '1.2.3', v: 'v1',
  },
  indicators: {
    colonSpace: 'a: b', hash: '#c', spaceHash: 'a #b', innerHash: 'a#b', endColon: 'end:', dash: '-', dashSpace: '- a',
    dashWord: '-a', q: '?', qWord: '?x', qSpace: '? x', colonWord: ':x', xColonY: 'x:y', amp: '&a', star: '*a', bang: '!a',
    pipe: '|a', gt: '>a', pct: '%x', at: '@x', tick: '`x', lbr: '[a]', lbrace: '{x}', comma: ',a', innerComma: 'a,b',
    innerBrackets: 'a[0]{1}', url: 'https://example.com/a?b=c#d', arn: 'arn:aws:s3:::bucket/*', email: 'a@b.c',
    docStart: '---x', docEnd: '...', empty: '', space: ' ', spaces: '   ', lead: ' lead', trail: 'trail ', tab: 'tab\there',
    trailTab: 'x\t', leadTab: '\tx',
  },
  quotes: { single: "it's", double: 'say "hi"', both: `both ' "`, onlyDouble: '"', onlySingle: "'", dq: '"quoted"', sq: "'quoted'",
    dqColon: '"a": b', backslash: 'C:\\path\\n', unicode: 'ünï ✓ 日本', emoji: 'ok 🎉' },
  control: { nul: 'a\u0000b', bell: '\u0007', vt: 'x\u000by', esc: '\u001b[0m', cr: 'a\rb', crlf: 'a\r\nb', del: 'x\u007f', c1: 'x\u0085y',
    nbsp: 'a\u00a0b', ls: 'a\u2028b', bom: '\ufeffx' },
  multiline: {
    two: 'line1\nline2', trailNl: 'line1\nline2\n', keep: 'l\n\n', keep3: 'a\nb\n\n\n', leadSpace: ' x\ny', leadNl: '\nx\ny',
    leadNlSpace: '\n  x\ny', innerIndent: 'x\n  y', blank: 'a\n\nb', docMarker: '--- x\ny', dots: 'a\n...\nb', pct: 'a\n%b',
    trailSpaceNl: 'a\n ', trailSpaceEnd: 'a\nb  ', spaceBeforeNl: 'a \nb', onlyNl: '\n', nlSpaceNl: 'a\n \n',
    long: 'first line of some text that goes on\nsecond line\n', quotesMl: 'say "hi"\nit\'s', hashMl: '#a\nb', colonMl: 'a: b\nc',
    tabMl: '\tx\ny', longTrailWs: 'This is a long first line of text for the test\n   ', ctlMl: 'a\u0001\nb and quite a long text to go beyond forty',
    ctlMlShort: 'a\u0001\nb',
  },
  keys: {
    'key with: colon': 1, yes: 3, '[k]': 4, 'multi\nkey': 5, '': 6, 'a,b': 7, "q'": 8, 'q"': 9, ' sp': 10, 'x#y': 11, '-': 12,
    '1.5': 13, 'it\'s "x"': 14, 'tab\tkey': 15, 'ctl\u0001': 16, '#hash': 17,
  },
  longString: { s: 'word '.repeat(40) + 'end', q: '"'.repeat(3) + 'x '.repeat(50), k: { ['k'.repeat(30)]: 'v'.repeat(200) } },
  longKey: { ['x'.repeat(1030)]: 'v', ['y'.repeat(1030)]: [1, 2] },
  seqOfMl: ['a\nb', { k: 'c\nd', l: ['e\nf'] }],
  scalarRoot: 'top',
  numberRoot: 42,
  emptySeq: [],
  emptyMap: {},
  rootDocMarker: '--- x',
  rootMl: 'a\nb\n',
  rootLeadSpace: ' a\nb',
  rootLineSeparator: '\u2028--- x',
  rootCrPercent: 'a\r%b',
};
const out = [];
for (const [name, input] of Object.entries(cases)) {
  out.push({ name, input: JSON.stringify(input), yaml: serialize(input) });
}
console.log(JSON.stringify(out, null, 1));
