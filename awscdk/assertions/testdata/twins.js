// aws-cdk-lib 2.276.0 twins of the failure cases in ../messages_test.go.
// Each case makes one assertion fail; regen.sh writes the message
// aws-cdk-lib's AssertionError carries to messages.json, keyed by case.
// Patterns list their keys sorted, as jsii hands Go maps to aws-cdk-lib.
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const { Template, Match, Capture, Annotations, Tags, Matcher, MatchResult } = require('aws-cdk-lib/assertions');

const json = fs.readFileSync(path.join(__dirname, 'template.json'), 'utf-8');
const t = () => Template.fromString(json);

// A custom matcher, as a user writes one.
class MultipleOf extends Matcher {
  constructor(n) { super(); this.n = n; this.name = 'multipleOf'; }
  test(actual) {
    const r = new MatchResult(actual);
    if (typeof actual !== 'number' || actual % this.n !== 0) {
      r.recordFailure({ matcher: this, path: [], message: `Expected a multiple of ${this.n} but got ${actual}` });
    }
    return r;
  }
}

function sortKeys(x) {
  if (Array.isArray(x)) return x.map(sortKeys);
  if (x && typeof x === 'object') {
    const o = {};
    for (const k of Object.keys(x).sort()) o[k] = sortKeys(x[k]);
    return o;
  }
  return x;
}

// The stack the stack-based cases share: an L2 queue and topic, a stack
// tag, and messages on both constructs. noTrace turns stack traces off
// (Strata has none to show; see annotations.go).
function stack(noTrace) {
  const app = new cdk.App(noTrace ? { context: { 'aws:cdk:disable-stack-trace': true } } : {});
  const s = new cdk.Stack(app, 'S', { tags: { team: 'core' } });
  const q = new sqs.Queue(s, 'Queue', { visibilityTimeout: cdk.Duration.seconds(300) });
  const topic = new sns.Topic(s, 'Topic');
  cdk.Annotations.of(q).addWarning('check the timeout');
  cdk.Annotations.of(topic).addInfo('topic made');
  return s;
}

const cases = {
  hasResourceProperties_value: () => t().hasResourceProperties('AWS::SQS::Queue', { DelaySeconds: 15, QueueName: 'second' }),
  hasResourceProperties_none: () => t().hasResourceProperties('AWS::Lambda::Function', { Handler: 'index.handler' }),
  hasResourceProperties_nested: () => t().hasResourceProperties('AWS::IAM::Policy', {
    PolicyDocument: { Statement: [{ Action: 'sqs:SendMessage', Effect: 'Deny', Resource: Match.anyValue() }] },
  }),
  hasResourceProperties_arrayWith: () => t().hasResourceProperties('AWS::IAM::Policy', {
    PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'sqs:SendMessage' }), Match.objectLike({ Action: 'sqs:PurgeQueue' })]) },
  }),
  hasResourceProperties_arrayWith_empty: () => t().hasResourceProperties('AWS::IAM::Policy', { Roles: Match.arrayWith(['r1', 'r2']) }),
  hasResourceProperties_arrayEquals_short: () => t().hasResourceProperties('AWS::IAM::Policy', { Roles: Match.arrayEquals(['r1', 'r2']) }),
  hasResourceProperties_arrayEquals_long: () => t().hasResourceProperties('AWS::IAM::Policy', { Roles: Match.arrayEquals([]) }),
  hasResourceProperties_type: () => t().hasResourceProperties('AWS::SQS::Queue', { DelaySeconds: '10', FifoQueue: 1 }),
  hasResourceProperties_absent: () => t().hasResourceProperties('AWS::SQS::Queue', { QueueName: Match.absent() }),
  hasResourceProperties_absent_null: () => t().hasResourceProperties('AWS::SSM::Parameter', { Name: Match.absent() }),
  hasResourceProperties_anyValue_null: () => t().hasResourceProperties('AWS::SSM::Parameter', { Name: Match.anyValue() }),
  hasResourceProperties_not: () => t().hasResourceProperties('AWS::SNS::Topic', { Subscription: Match.not(Match.arrayWith([Match.objectLike({ Protocol: 'sqs' })])) }),
  hasResourceProperties_not_literal: () => t().hasResourceProperties('AWS::SNS::Topic', { TopicName: Match.not('t') }),
  hasResourceProperties_serializedJson: () => t().hasResourceProperties('AWS::SSM::Parameter', { Value: Match.serializedJson({ a: 2, b: [1, 2] }) }),
  hasResourceProperties_serializedJson_invalid: () => t().hasResourceProperties('AWS::SQS::Queue', { QueueName: Match.serializedJson({ a: 1 }) }),
  hasResourceProperties_serializedJson_type: () => t().hasResourceProperties('AWS::SQS::Queue', { DelaySeconds: Match.serializedJson(10) }),
  hasResourceProperties_regexp: () => t().hasResourceProperties('AWS::SQS::Queue', { QueueName: Match.stringLikeRegexp('^fourth$') }),
  hasResourceProperties_regexp_number: () => t().hasResourceProperties('AWS::SQS::Queue', { DelaySeconds: Match.stringLikeRegexp('^x') }),
  hasResourceProperties_objectEquals: () => t().hasResourceProperties('AWS::SQS::Queue', Match.objectEquals({ DelaySeconds: 10, QueueName: 'first' })),
  hasResourceProperties_exact: () => t().hasResourceProperties('AWS::SQS::Queue', { Tags: Match.exact([{ Key: 'team', Value: 'a' }, { Key: 'env' }]) }),
  hasResourceProperties_nested_array_objects: () => t().hasResourceProperties('AWS::SQS::Queue', { Tags: [{ Key: 'team' }, { Key: 'stage' }] }),
  hasResourceProperties_custom: () => t().hasResourceProperties('AWS::SQS::Queue', { DelaySeconds: new MultipleOf(7) }),
  hasResourceProperties_capture_pattern: () => t().hasResourceProperties('AWS::SQS::Queue', { QueueName: new Capture(Match.stringLikeRegexp('^z')) }),
  hasResource_dependsOn: () => t().hasResource('AWS::SNS::Topic', { DependsOn: ['Queue1'] }),
  hasResource_missing: () => t().hasResource('AWS::SQS::Queue', { DeletionPolicy: 'Retain' }),
  resourceCountIs: () => t().resourceCountIs('AWS::SQS::Queue', 3),
  resourcePropertiesCountIs: () => t().resourcePropertiesCountIs('AWS::SQS::Queue', { DelaySeconds: 10 }, 2),
  allResources_some: () => t().allResources('AWS::SQS::Queue', { Properties: Match.anyValue() }),
  allResources_none: () => t().allResources('AWS::SNS::Topic', { DeletionPolicy: 'Retain' }),
  allResourcesProperties: () => t().allResourcesProperties('AWS::SQS::Queue', { DelaySeconds: 10 }),
  getResourceId_many: () => t().getResourceId('AWS::SQS::Queue', { Properties: { FifoQueue: Match.absent() } }),
  getResourceId_none: () => t().getResourceId('AWS::SQS::Queue', { Properties: { DelaySeconds: 99 } }),
  hasOutput: () => t().hasOutput('*', { Value: { Ref: 'Queue9' } }),
  hasOutput_named: () => t().hasOutput('Nope', {}),
  hasParameter: () => t().hasParameter('Env', { Default: 'prod' }),
  hasMapping: () => t().hasMapping('*', { 'us-east-1': { Ami: 'ami-9' } }),
  hasCondition: () => t().hasCondition('IsProd', { 'Fn::Equals': [{ Ref: 'Env' }, 'staging'] }),
  templateMatches: () => t().templateMatches({ Outputs: { QueueUrl: { Export: { Name: 'uri' } } }, Resources: { Queue4: { Properties: {} } } }),
  templateMatches_objectEquals: () => t().templateMatches(Match.objectEquals({ Resources: Match.anyValue() })),
  fromJSON_sorted: () => Template.fromJSON(sortKeys(JSON.parse(json))).hasResourceProperties('AWS::SQS::Queue', { DelaySeconds: 11 }),
  cyclic: () => Template.fromString(fs.readFileSync(path.join(__dirname, 'cyclic.json'), 'utf-8')),
  arrayWith_absent: () => t().hasResourceProperties('AWS::IAM::Policy', { Roles: Match.arrayWith([Match.absent()]) }),
  exact_matcher: () => Match.exact(Match.anyValue()),
  capture_type: () => { const c = new Capture(); t().hasResourceProperties('AWS::SQS::Queue', { QueueName: c }); c.asNumber(); },
  capture_object_type: () => { const c = new Capture(); t().hasResourceProperties('AWS::SQS::Queue', { Tags: c }); c.asObject(); },
  capture_none: () => { const c = new Capture(); c.asString(); },
  stack_hasResourceProperties: () => Template.fromStack(stack()).hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 301 }),
  stack_resourceCountIs: () => Template.fromStack(stack()).resourceCountIs('AWS::SNS::Topic', 2),
  annotations_hasWarning: () => Annotations.fromStack(stack()).hasWarning('/S/Queue', 'check the size'),
  annotations_hasWarning_path: () => Annotations.fromStack(stack()).hasWarning('/S/Nothing', Match.anyValue()),
  annotations_hasNoWarning: () => Annotations.fromStack(stack(true)).hasNoWarning('*', Match.stringLikeRegexp('check')),
  annotations_hasInfo: () => Annotations.fromStack(stack()).hasInfo('*', 'topic gone'),
  annotations_hasError: () => Annotations.fromStack(stack()).hasError('*', Match.anyValue()),
  annotations_hasWarning_noTrace: () => Annotations.fromStack(stack(true)).hasWarning('*', 'check the size'),
  tags_hasValues: () => Tags.fromStack(stack()).hasValues({ owner: 'me', team: 'edge' }),
  tags_hasNone: () => Tags.fromStack(stack()).hasNone(),
  tags_absent: () => Tags.fromStack(stack()).hasValues(Match.absent()),
};

// Results of assertions and matchers that succeed: what the finders
// return, what captures hold, and matchers tested on their own.
const ids = (x) => Object.keys(x);
const probe = (m, actual) => {
  const r = m.test(actual);
  return { success: r.isSuccess, failCount: r.failCount, human: r.toHumanStrings(), render: r.renderMismatch() };
};
const results = {
  findResources_all: () => ids(t().findResources('AWS::SQS::Queue')),
  findResources_props: () => ids(t().findResources('AWS::SQS::Queue', { Properties: { DelaySeconds: Match.anyValue() } })),
  findResources_matcher: () => ids(t().findResources('AWS::SQS::Queue', Match.objectLike({ Properties: Match.objectLike({ FifoQueue: true }) }))),
  findResources_none: () => ids(t().findResources('AWS::SQS::Queue', { Properties: { DelaySeconds: 99 } })),
  findResources_value: () => t().findResources('AWS::SNS::Topic'),
  findOutputs: () => ids(t().findOutputs('*', { Value: { Ref: Match.stringLikeRegexp('Queue') } })),
  findOutputs_named: () => t().findOutputs('TopicArn'),
  findParameters: () => t().findParameters('*', { Type: 'Number' }),
  findMappings: () => ids(t().findMappings('*')),
  findConditions: () => t().findConditions('IsProd'),
  getResourceId: () => t().getResourceId('AWS::SQS::Queue', { Properties: { FifoQueue: true } }),
  capture_all: () => {
    const c = new Capture();
    t().allResourcesProperties('AWS::SQS::Queue', { DelaySeconds: Match.anyValue(), QueueName: c });
    return 'unreachable';
  },
  capture_next: () => {
    const c = new Capture();
    t().findResources('AWS::SQS::Queue', { Properties: { QueueName: c } });
    const seen = [c.asString()];
    while (c.next()) seen.push(c.asString());
    return seen;
  },
  capture_kinds: () => {
    const n = new Capture(), b = new Capture(), a = new Capture(), o = new Capture();
    t().hasResourceProperties('AWS::SQS::Queue', { DelaySeconds: n, FifoQueue: b });
    t().hasResourceProperties('AWS::IAM::Policy', { PolicyDocument: o, Roles: a });
    return [n.asNumber(), b.asBoolean(), a.asArray(), o.asObject()];
  },
  capture_pattern: () => {
    const c = new Capture({ Key: 'env' });
    t().hasResourceProperties('AWS::SQS::Queue', { Tags: Match.arrayWith([c]) });
    return c.asObject();
  },
  absent_properties: () => ids(t().findResources('AWS::SQS::Queue', { Properties: Match.absent() })),
  hasResourceProperties_absent_whole: () => { t().hasResourceProperties('AWS::SQS::Queue', Match.absent()); return 'passed'; },
  resourcePropertiesCountIs_absent: () => { t().resourcePropertiesCountIs('AWS::SQS::Queue', Match.absent(), 0); return 'passed'; },
  templateMatches_capture: () => { const c = new Capture(); t().templateMatches({ Outputs: { TopicArn: { Value: c } } }); try { return c.asObject(); } catch (e) { return e.message; } },
  skip_cyclic: () => ids(Template.fromString(fs.readFileSync(path.join(__dirname, 'cyclic.json'), 'utf-8'), { skipCyclicalDependenciesCheck: true }).findResources('AWS::SQS::Queue')),
  toJSON: () => Object.keys(t().toJSON()),
  tags_all: () => Tags.fromStack(stack()).all(),
  annotations_findWarning: () => Annotations.fromStack(stack(true)).findWarning('*', Match.anyValue()),
  annotations_findInfo_path: () => Annotations.fromStack(stack(true)).findInfo('/S/Topic', 'topic made'),
  annotations_findError: () => Annotations.fromStack(stack(true)).findError('*', Match.anyValue()),
  match_objectLike: () => probe(Match.objectLike({ a: 1, c: { d: [1, 2] } }), { a: 1, b: 2, c: { d: [1, 2], e: 3 } }),
  match_objectLike_fail: () => probe(Match.objectLike({ a: 1, c: { d: [1, 3] } }), { a: 2, c: { d: [1, 2, 4] } }),
  match_objectEquals_fail: () => probe(Match.objectEquals({ a: 1 }), { a: 1, b: 2, c: 3 }),
  match_arrayWith_order: () => probe(Match.arrayWith([3, 1]), [1, 2, 3]),
  match_arrayWith_objects: () => probe(Match.arrayWith([{ a: 1 }]), [{ a: 1, b: 2 }]),
  match_arrayEquals_nested: () => probe(Match.arrayEquals([{ a: 1 }]), [{ a: 1, b: 2 }]),
  match_exact_nested: () => probe(Match.exact({ a: { b: 1 } }), { a: { b: 1, c: 2 } }),
  match_not_fail: () => probe(Match.not({ a: 1 }), { a: 1 }),
  match_not_ok: () => probe(Match.not(Match.anyValue()), undefined),
  match_serialized_ok: () => probe(Match.serializedJson({ a: [1, Match.anyValue()] }), '{"a":[1,{"x":true}]}'),
  match_serialized_fail: () => probe(Match.serializedJson(Match.objectEquals({ a: 1 })), '{"a":1,"b":[1,2]}'),
  match_regexp_multiline: () => probe(Match.stringLikeRegexp('^b'), 'a\nb'),
  match_absent_undefined: () => probe(Match.absent(), undefined),
  match_absent_array: () => probe(Match.absent(), [1, [2, null], 'x']),
  match_anyValue_zero: () => probe(Match.anyValue(), 0),
  match_literal_number: () => probe(Match.exact(1e21), 1e21 + 1),
  match_literal_float: () => probe(Match.exact(0.1), 0.30000000000000004),
  match_capture_undefined: () => probe(new Capture(), undefined),
  match_type_bool: () => probe(Match.exact(true), 'true'),
  match_object_undefined: () => probe(Match.objectLike({}), undefined),
  match_object_null_nested: () => probe(Match.objectLike({ a: {} }), { a: null }),
  match_array_string: () => probe(Match.arrayWith(['a']), 'a'),
  match_custom: () => probe(Match.objectLike({ n: new MultipleOf(4), m: new MultipleOf(3) }), { n: 8, m: 10 }),
};

const out = {};
for (const [name, run] of Object.entries(cases)) {
  try {
    run();
    out[name] = null; // did not fail: the Go test says so
  } catch (e) {
    out[name] = e.message;
  }
}
const res = {};
for (const [name, run] of Object.entries(results)) {
  try {
    res[name] = { value: run() };
  } catch (e) {
    res[name] = { error: e.message };
  }
}
fs.writeFileSync(process.env.RESULTS_JSON, JSON.stringify(res, undefined, 2) + '\n');
process.stdout.write(JSON.stringify(out, undefined, 2) + '\n');
