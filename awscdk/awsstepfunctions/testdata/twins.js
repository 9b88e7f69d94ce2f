// aws-cdk-lib 2.276.0 twins of the Go cases in state_machine_test.go. Objects a
// Go program passes as maps are written with sorted keys: jsii sorts them.
// Each
// stack is one template case; each entry of `errors` one bad-input case,
// whose message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const logs = require('aws-cdk-lib/aws-logs');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const s3 = require('aws-cdk-lib/aws-s3');
const app = new cdk.App();

{ // Simple: Pass -> Wait -> Succeed, every default
  const s = new cdk.Stack(app, 'Simple');
  const start = new sfn.Pass(s, 'Start', { result: sfn.Result.fromObject({ a: 'x', b: 1 }), resultPath: '$.res' });
  const wait = new sfn.Wait(s, 'Wait', { time: sfn.WaitTime.duration(cdk.Duration.minutes(2)) });
  const done = new sfn.Succeed(s, 'Done', { comment: 'all good' });
  const sm = new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(start.next(wait).next(done)) });
  new cdk.CfnOutput(s, 'Arn', { value: sm.stateMachineArn });
  new cdk.CfnOutput(s, 'Name', { value: sm.stateMachineName });
  new cdk.CfnOutput(s, 'Rev', { value: sm.stateMachineRevisionId });
  new cdk.CfnOutput(s, 'Type', { value: sm.stateMachineType });
}

{ // Choice: conditions of every shape, otherwise, afterwards, Fail
  const s = new cdk.Stack(app, 'Choice');
  const choice = new sfn.Choice(s, 'Is it?', { comment: 'decide', inputPath: '$.in', outputPath: '$.out' });
  const a = new sfn.Pass(s, 'A');
  const b = new sfn.Pass(s, 'B', { parameters: { 'list': sfn.JsonPath.listAt('$.l'), 'lit': 'v', 'n': sfn.JsonPath.numberAt('$.n'), 'obj': { 'arr': [1, 'two', { 'deep': sfn.JsonPath.entirePayload }], 'inner': sfn.JsonPath.stringAt('$$.Execution.Id') }, 'x': sfn.JsonPath.stringAt('$.x') } });
  const c = new sfn.Pass(s, 'C', { stateName: 'Renamed C' });
  const f = new sfn.Fail(s, 'Failed', { error: 'Oops', cause: 'bad input' });
  const f2 = new sfn.Fail(s, 'FailedPath', { errorPath: '$.err', causePath: sfn.JsonPath.format('cause {}', sfn.JsonPath.stringAt('$.c')) });
  choice
    .when(sfn.Condition.stringEquals('$.kind', 'a'), a, { comment: 'to a' })
    .when(sfn.Condition.and(sfn.Condition.numberGreaterThan('$.n', 3), sfn.Condition.not(sfn.Condition.isNull('$.m'))), b)
    .when(sfn.Condition.or(sfn.Condition.booleanEquals('$.flag', true), sfn.Condition.timestampLessThanJsonPath('$.t', '$.u'), sfn.Condition.stringMatches('$.s', 'a*')), f)
    .when(sfn.Condition.isPresent('$.p'), f2)
    .otherwise(c);
  const after = choice.afterwards();
  const end = new sfn.Succeed(s, 'End');
  after.next(end);
  new sfn.StateMachine(s, 'SM', { definition: choice, comment: 'choices' });
}

{ // Parallel and Map: branches, retries, catches, item processors
  const s = new cdk.Stack(app, 'Flow');
  const p = new sfn.Parallel(s, 'Par', { resultPath: '$.par', resultSelector: { 'first': sfn.JsonPath.stringAt('$[0]') } });
  p.branch(new sfn.Pass(s, 'B1').next(new sfn.Pass(s, 'B1b')), new sfn.Pass(s, 'B2'));
  p.addRetry({ errors: ['States.ALL'], maxAttempts: 2 });
  p.addRetry({ errors: ['Custom.Error'], interval: cdk.Duration.seconds(5), backoffRate: 1.5, maxDelay: cdk.Duration.minutes(1), jitterStrategy: sfn.JitterType.FULL });
  const handler = new sfn.Fail(s, 'Handler');
  p.addCatch(handler, { resultPath: '$.error' });
  p.addCatch(new sfn.Pass(s, 'Timeout'), { errors: [sfn.Errors.TIMEOUT] });
  const m = new sfn.Map(s, 'Map', { itemsPath: '$.items', maxConcurrency: 3, itemSelector: { 'item': sfn.JsonPath.stringAt('$$.Map.Item.Value'), 'k': 'v' }, resultPath: sfn.JsonPath.DISCARD });
  m.itemProcessor(new sfn.Pass(s, 'Each').next(new sfn.Wait(s, 'Nap', { time: sfn.WaitTime.secondsPath('$.secs') })));
  const old = new sfn.Map(s, 'OldMap', { parameters: { 'x.$': '$.x', 'y': sfn.JsonPath.stringAt('$.y') } });
  old.iterator(new sfn.Pass(s, 'Iter'));
  const custom = new sfn.CustomState(s, 'Custom', { stateJson: { Parameters: { Item: { id: { S: 'x' } }, TableName: 'T' }, Resource: 'arn:aws:states:::dynamodb:putItem', ResultPath: null, Type: 'Task' } });
  custom.addRetry({ maxAttempts: 1 });
  const t = new sfn.Pass(s, 'Stamp', { parameters: { 'arr': sfn.JsonPath.array(sfn.JsonPath.stringAt('$.a'), 'lit'), 'at': sfn.JsonPath.stringAt('$$.State.EnteredTime'), 'h': sfn.JsonPath.hash('x', 'SHA-256'), 'range': sfn.JsonPath.arrayRange(1, 9, 2), 'sum': sfn.JsonPath.mathAdd(sfn.JsonPath.numberAt('$.a'), 2), 'uuid': sfn.JsonPath.uuid() } });
  const w = new sfn.Wait(s, 'Until', { time: sfn.WaitTime.timestamp('2030-01-01T00:00:00Z') });
  const def = sfn.Chain.start(p).next(m).next(old).next(custom).next(t).next(w);
  new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(def), timeout: cdk.Duration.hours(1) });
}

{ // Props: every StateMachine prop
  const s = new cdk.Stack(app, 'Props');
  const lg = new logs.LogGroup(s, 'Logs');
  const key = new kms.Key(s, 'Key');
  new sfn.StateMachine(s, 'Express', {
    stateMachineName: 'my-machine',
    stateMachineType: sfn.StateMachineType.EXPRESS,
    definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, 'P')),
    logs: { destination: lg, level: sfn.LogLevel.ALL, includeExecutionData: true },
    tracingEnabled: true,
    removalPolicy: cdk.RemovalPolicy.RETAIN,
    encryptionConfiguration: new sfn.CustomerManagedEncryptionConfiguration(key, cdk.Duration.seconds(120)),
  });
  const role = new iam.Role(s, 'Given', { assumedBy: new iam.ServicePrincipal('states.amazonaws.com') });
  new sfn.StateMachine(s, 'FromString', {
    role,
    definitionBody: sfn.DefinitionBody.fromString('{"StartAt":"X","States":{"X":{"Type":"Succeed"}}}'),
    definitionSubstitutions: { a: 'A', b: 'B' },
    encryptionConfiguration: new sfn.AwsOwnedEncryptionConfiguration(),
    tracingEnabled: false,
    logs: { level: sfn.LogLevel.OFF },
  });
  new sfn.StateMachine(s, 'Cmk', {
    definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Succeed(s, 'OK')),
    encryptionConfiguration: new sfn.CustomerManagedEncryptionConfiguration(key),
    logs: { destination: lg },
  });
}

{ // Grants: every grant, imports, metrics
  const s = new cdk.Stack(app, 'Grants', { env: { account: '111111111111', region: 'us-east-1' } });
  const sm = new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, 'P')) });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  sm.grantStartExecution(role);
  sm.grantStartSyncExecution(role);
  sm.grantRead(role);
  sm.grantTaskResponse(role);
  sm.grantExecution(role, 'states:StopExecution');
  sm.grantRedriveExecution(role);
  sm.grant(role, 'states:ListTagsForResource');
  const byArn = sfn.StateMachine.fromStateMachineArn(s, 'ByArn', 'arn:aws:states:us-east-1:111111111111:stateMachine:other');
  byArn.grantStartExecution(role);
  byArn.grantRead(role);
  const byName = sfn.StateMachine.fromStateMachineName(s, 'ByName', 'named');
  byName.grantExecution(role, 'states:DescribeExecution');
  sm.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
  const alarm = (id, m) => new cloudwatch.Alarm(s, id, { metric: m, threshold: 1, evaluationPeriods: 1 });
  alarm('Failed', sm.metricFailed());
  alarm('Throttled', sm.metricThrottled());
  alarm('Aborted', sm.metricAborted());
  alarm('Succeeded', sm.metricSucceeded({ period: cdk.Duration.minutes(1) }));
  alarm('TimedOut', sm.metricTimedOut());
  alarm('Started', sm.metricStarted());
  alarm('Time', sm.metricTime());
  alarm('Custom', sm.metric('Other', { statistic: 'Maximum' }));
  alarm('Imported', byArn.metricFailed());
  new cdk.CfnOutput(s, 'ByNameArn', { value: byName.stateMachineArn });
}

{ // Jsonata: a JSONata state machine and JSONata states in a JSONPath one
  const s = new cdk.Stack(app, 'Jsonata');
  const p = sfn.Pass.jsonata(s, 'P', { outputs: { total: '{% $states.input.a + 1 %}' }, assign: { v: '{% $states.input.v %}' } });
  const c = sfn.Choice.jsonata(s, 'C');
  c.when(sfn.Condition.jsonata('{% $states.input.ok %}'), sfn.Succeed.jsonata(s, 'Yes', { outputs: { r: 'yes' } }), { outputs: { o: 1 }, assign: { z: 2 } });
  c.otherwise(sfn.Fail.jsonata(s, 'No', { error: 'E', cause: '{% "c" %}' }));
  const m = sfn.Map.jsonata(s, 'M', { items: sfn.ProvideItems.jsonata('{% $states.input.list %}'), jsonataMaxConcurrency: '{% 2 %}' });
  m.itemProcessor(sfn.Pass.jsonata(s, 'Item'));
  new sfn.StateMachine(s, 'All', { queryLanguage: sfn.QueryLanguage.JSONATA, definitionBody: sfn.DefinitionBody.fromChainable(p.next(m).next(c)) });
  const mixed = sfn.Pass.jsonPath(s, 'PathPass', { assign: { x: sfn.JsonPath.stringAt('$.x') } });
  mixed.next(sfn.Wait.jsonata(s, 'JWait', { time: sfn.WaitTime.seconds('{% 3 %}') }));
  new sfn.StateMachine(s, 'Mixed', { definitionBody: sfn.DefinitionBody.fromChainable(mixed) });
}

{ // Activity: generated and given names, a customer managed key, imports, grants, metrics
  const s = new cdk.Stack(app, 'Activity');
  const key = new kms.Key(s, 'Key');
  const a = new sfn.Activity(s, 'Act');
  const named = new sfn.Activity(s, 'Named', { activityName: 'named-activity', encryptionConfiguration: new sfn.CustomerManagedEncryptionConfiguration(key) });
  new sfn.Activity(s, 'Owned', { encryptionConfiguration: new sfn.AwsOwnedEncryptionConfiguration() });
  const byArn = sfn.Activity.fromActivityArn(s, 'ByArn', 'arn:aws:states:us-east-1:111111111111:activity:other');
  const byName = sfn.Activity.fromActivityName(s, 'ByName', 'mine');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  a.grant(role, 'states:SendTaskSuccess');
  named.grant(role, 'states:GetActivityTask');
  for (const [id, x] of [['A', a], ['Named', named], ['ByArn', byArn], ['ByName', byName]]) {
    new cdk.CfnOutput(s, id + 'Arn', { value: x.activityArn });
    new cdk.CfnOutput(s, id + 'Name', { value: x.activityName });
  }
  const alarm = (id, m) => new cloudwatch.Alarm(s, id, { metric: m, threshold: 1, evaluationPeriods: 1 });
  alarm('RunTime', a.metricRunTime());
  alarm('ScheduleTime', a.metricScheduleTime());
  alarm('Time', a.metricTime());
  alarm('Scheduled', a.metricScheduled());
  alarm('TimedOut', a.metricTimedOut());
  alarm('Started', a.metricStarted());
  alarm('Succeeded', a.metricSucceeded());
  alarm('Failed', a.metricFailed());
  alarm('Heartbeat', a.metricHeartbeatTimedOut());
  alarm('Custom', a.metric('Other'));
  alarm('Bucket', sfn.StateTransitionMetric.metricProvisionedBucketSize());
  alarm('Refill', sfn.StateTransitionMetric.metricProvisionedRefillRate());
  alarm('Consumed', sfn.StateTransitionMetric.metricConsumedCapacity());
  alarm('Throttled', sfn.StateTransitionMetric.metricThrottledEvents());
}

{ // Distributed: distributed Maps with item readers, result writers and batching
  const s = new cdk.Stack(app, 'Distributed');
  const bucket = new s3.Bucket(s, 'Bucket');
  const csv = new sfn.DistributedMap(s, 'Csv', {
    itemReader: new sfn.S3CsvItemReader({ bucket, key: 'data.csv', csvHeaders: sfn.CsvHeaders.use(['a', 'b']), csvDelimiter: sfn.CsvDelimiter.SEMICOLON, maxItems: 10 }),
    resultWriterV2: new sfn.ResultWriterV2({ bucket, prefix: 'out', writerConfig: new sfn.WriterConfig({ outputType: sfn.OutputType.JSONL, transformation: sfn.Transformation.COMPACT }) }),
    itemBatcher: new sfn.ItemBatcher({ maxItemsPerBatch: 5, batchInput: { k: 'v' } }),
    label: 'csvLabel', toleratedFailurePercentage: 5, toleratedFailureCount: 2, maxConcurrency: 10, mapExecutionType: sfn.StateMachineType.EXPRESS,
  });
  csv.itemProcessor(new sfn.Pass(s, 'Row'));
  const objects = new sfn.DistributedMap(s, 'Objects', {
    itemReader: new sfn.S3ObjectsItemReader({ bucketNamePath: sfn.JsonPath.stringAt('$.bucket'), prefix: 'in/' }),
    resultWriterV2: new sfn.ResultWriterV2({ writerConfig: new sfn.WriterConfig({ outputType: sfn.OutputType.JSON, transformation: sfn.Transformation.NONE }) }),
    toleratedFailurePercentagePath: '$.pct',
  });
  objects.itemProcessor(new sfn.Pass(s, 'Obj'), { mode: sfn.ProcessorMode.DISTRIBUTED, executionType: sfn.ProcessorType.STANDARD });
  const json = sfn.DistributedMap.jsonata(s, 'Json', { itemReader: new sfn.S3JsonItemReader({ bucket, key: 'items.json' }) });
  json.itemProcessor(sfn.Pass.jsonata(s, 'JItem'));
  const lines = new sfn.DistributedMap(s, 'Lines', { itemReader: new sfn.S3JsonLItemReader({ bucketNamePath: '$.b', key: 'x.jsonl' }), itemsPath: undefined });
  lines.itemProcessor(new sfn.Pass(s, 'Line'));
  const manifest = new sfn.DistributedMap(s, 'Manifest', { itemReader: new sfn.S3ManifestItemReader({ bucket, key: 'manifest.json' }) });
  manifest.itemProcessor(new sfn.Pass(s, 'Entry'));
  new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(csv.next(objects).next(json).next(lines).next(manifest)) });
  const labeled = new sfn.DistributedMap(s, 'Labeled', { label: 'one' });
  labeled.itemProcessor(new sfn.Pass(s, 'L1'));
  const labeled2 = new sfn.DistributedMap(s, 'Labeled2', { label: 'two', itemsPath: '$.list' });
  labeled2.itemProcessor(new sfn.Pass(s, 'L2'));
  new sfn.StateMachine(s, 'Labels', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Parallel(s, 'Par').branch(labeled, labeled2)) });
}

{ // Fragment: a StateMachineFragment prefixed, as a single state, and as is
  const s = new cdk.Stack(app, 'Fragment');
  class MyJob extends sfn.StateMachineFragment {
    constructor(scope, id) {
      super(scope, id);
      const first = new sfn.Pass(this, 'First');
      const second = new sfn.Pass(this, 'Second');
      first.next(second);
      this.startState = first;
      this.endStates = [second];
    }
  }
  const a = new MyJob(s, 'JobA').prefixStates();
  const b = new MyJob(s, 'JobB').toSingleState({ resultPath: '$.b' });
  const c = new MyJob(s, 'JobC');
  new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(a.next(b).next(c)) });
}

{ // Fields: the intrinsic functions, FieldUtils and task values
  const s = new cdk.Stack(app, 'Fields');
  const J = sfn.JsonPath;
  const p = new sfn.Pass(s, 'Intrinsics', { parameters: {
    base64: J.base64Encode(J.stringAt('$.s')),
    contains: J.arrayContains(J.listAt('$.l'), 'x'),
    ctx: J.executionName,
    ctx2: J.stateMachineName,
    ctx3: J.taskToken,
    ctx4: J.stateRetryCount,
    ctx5: J.executionStartTime,
    ctx6: J.entireContext,
    decoded: J.base64Decode('aGk='),
    format: J.format('{} and \\{} it\'s', J.stringAt('$.a'), J.stringAt('$.b')),
    item: J.arrayGetItem(J.listAt('$.l'), 2),
    len: J.arrayLength(J.listAt('$.l')),
    merged: J.jsonMerge(J.objectAt('$.o1'), J.objectAt('$.o2')),
    parsed: J.stringToJson(J.stringAt('$.j')),
    part: J.arrayPartition(J.listAt('$.l'), 4),
    random: J.mathRandom(1, 100),
    split: J.stringSplit(J.stringAt('$.csv'), ','),
    str: J.jsonToString(J.objectAt('$.o')),
    uniq: J.arrayUnique(J.listAt('$.l')),
  } });
  new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(p) });
  const obj = { a: J.stringAt('$.a'), fmt: J.format('{}', J.stringAt('$.f')), n: 3, nested: { list: [1, { x: J.stringAt('$.x') }], t: J.taskToken } };
  new cdk.CfnOutput(s, 'Rendered', { value: JSON.stringify(sfn.FieldUtils.renderObject(obj)) });
  new cdk.CfnOutput(s, 'Paths', { value: sfn.FieldUtils.findReferencedPaths(obj).join(' ') });
  new cdk.CfnOutput(s, 'HasToken', { value: String(sfn.FieldUtils.containsTaskToken(obj)) + String(sfn.FieldUtils.containsTaskToken({ a: J.stringAt('$.a') })) + String(sfn.FieldUtils.containsTaskToken({ a: '{% $states.context.Task.Token %}' })) });
  new cdk.CfnOutput(s, 'Encoded', { value: String(J.isEncodedJsonPath(J.stringAt('$.a'))) + String(J.isEncodedJsonPath('plain')) });
  const t1 = sfn.Timeout.duration(cdk.Duration.minutes(1)), t2 = sfn.Timeout.at('$.t'), t3 = sfn.Timeout.jsonata('{% 5 %}');
  new cdk.CfnOutput(s, 'Timeouts', { value: `${t1.seconds}|${t2.path}|${t3.jsonataExpression}` });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('states.amazonaws.com') });
  const r1 = sfn.TaskRole.fromRole(role), r2 = sfn.TaskRole.fromRoleArnJsonPath('$.role');
  new cdk.CfnOutput(s, 'Roles', { value: `${r1.roleArn}|${r1.resource}|${r2.resource}` });
  const ti = sfn.TaskInput.fromObject({ k: 'v' }), tt = sfn.TaskInput.fromText('hi');
  new cdk.CfnOutput(s, 'Inputs', { value: `${sfn.InputType[ti.type]}|${sfn.InputType[tt.type]}|${tt.value}|${JSON.stringify(ti.value)}` });
}

{ // More: a definition file, JSONata branches and handlers, JSONPath assignments
  const s = new cdk.Stack(app, 'More');
  new sfn.StateMachine(s, 'FromFile', { definitionBody: sfn.DefinitionBody.fromFile(require('path').join(__dirname, 'definition.asl.json')) });
  const par = sfn.Parallel.jsonata(s, 'JPar', { outputs: { r: '{% $states.result %}' }, arguments: { a: '{% 1 %}' } });
  par.branch(sfn.Pass.jsonata(s, 'JB1'));
  par.addCatch(sfn.Fail.jsonata(s, 'JFail'), { outputs: { e: '{% $states.errorOutput %}' }, assign: { failed: true } });
  par.addRetry({ maxAttempts: 3, jitterStrategy: sfn.JitterType.NONE });
  const m = sfn.Map.jsonata(s, 'JMap', { items: sfn.ProvideItems.jsonArray([1, 2, 3]), jsonataItemSelector: '{% {"v": $states.context.Map.Item.Value} %}' });
  m.itemProcessor(sfn.Pass.jsonata(s, 'JItem2'));
  const choice = new sfn.Choice(s, 'PathChoice', { assign: { seen: sfn.JsonPath.stringAt('$.s') } });
  choice.when(sfn.Condition.numberLessThanEquals('$.n', 1.5), new sfn.Succeed(s, 'Small'), { assign: { small: sfn.JsonPath.numberAt('$.n') } });
  choice.otherwise(new sfn.Pass(s, 'Big', { inputPath: sfn.JsonPath.stringAt('$.big'), outputPath: '$.o' }));
  new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(par.next(m).next(choice)), queryLanguage: sfn.QueryLanguage.JSON_PATH, comment: 'mixed' });
}

{ // Task: a task state built on TaskStateBase (as aws-stepfunctions-tasks builds them)
  const s = new cdk.Stack(app, 'Task');
  class Invoke extends sfn.TaskStateBase {
    constructor(scope, id, props) {
      super(scope, id, props);
      this.taskMetrics = { metricDimensions: { LambdaArn: 'arn:aws:lambda:us-east-1:111111111111:function:x' }, metricPrefixPlural: 'Lambdas', metricPrefixSingular: 'Lambda' };
      this.taskPolicies = [new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: ['arn:aws:lambda:us-east-1:111111111111:function:x'] })];
    }
    _renderTask() {
      return { Resource: 'arn:aws:states:::lambda:invoke', Parameters: sfn.FieldUtils.renderObject({ FunctionName: 'arn:aws:lambda:us-east-1:111111111111:function:x', Payload: sfn.JsonPath.entirePayload }) };
    }
  }
  const role = new iam.Role(s, 'TaskRole', { assumedBy: new iam.AccountRootPrincipal() });
  const t = new Invoke(s, 'Invoke', { comment: 'call', credentials: { role: sfn.TaskRole.fromRoleArnJsonPath('$.role') }, heartbeatTimeout: sfn.Timeout.at('$.hb'), timeout: cdk.Duration.minutes(5), resultPath: '$.r', resultSelector: { p: sfn.JsonPath.stringAt('$.Payload') } });
  t.addRetry({ errors: ['Lambda.ServiceException'], maxAttempts: 2 });
  t.addCatch(new sfn.Fail(s, 'Oops'));
  const t2 = new Invoke(s, 'Plain', { credentials: { role: sfn.TaskRole.fromRole(role) }, taskTimeout: sfn.Timeout.duration(cdk.Duration.seconds(30)) });
  new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(t.next(t2).next(new sfn.Succeed(s, 'Done'))) });
  const alarm = (id, m) => new cloudwatch.Alarm(s, id, { metric: m, threshold: 1, evaluationPeriods: 1 });
  alarm('RunTime', t.metricRunTime());
  alarm('Failed', t.metricFailed());
  alarm('Custom', t.metric('Other'));
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const errors = {
  NoDefinition: (s) => new sfn.StateMachine(s, 'SM', {}),
  BothDefinitions: (s) => new sfn.StateMachine(s, 'SM', { definition: new sfn.Pass(s, 'P'), definitionBody: sfn.DefinitionBody.fromString('{}') }),
  BadName: (s) => new sfn.StateMachine(s, 'SM', { stateMachineName: 'bad name', definitionBody: sfn.DefinitionBody.fromString('{}') }),
  LongName: (s) => new sfn.StateMachine(s, 'SM', { stateMachineName: 'x'.repeat(81), definitionBody: sfn.DefinitionBody.fromString('{}') }),
  LogsWithoutDestination: (s) => new sfn.StateMachine(s, 'SM', { logs: { level: sfn.LogLevel.ALL }, definitionBody: sfn.DefinitionBody.fromString('{}') }),
  DuplicateStateIds: (s) => {
    const a = new sfn.Pass(s, 'A', { stateName: 'Same' });
    const b = new sfn.Pass(s, 'B', { stateName: 'Same' });
    new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(a.next(b)) });
  },
  NextTwice: (s) => {
    const a = new sfn.Pass(s, 'A');
    a.next(new sfn.Pass(s, 'B'));
    a.next(new sfn.Pass(s, 'C'));
  },
  ChainAfterSucceed: (s) => sfn.Chain.start(new sfn.Succeed(s, 'Done')).next(new sfn.Pass(s, 'P')),
  ParallelWithoutBranches: (s) => new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Parallel(s, 'Par')) }),
  MapWithoutIterator: (s) => new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Map(s, 'M')) }),
  FailBothErrors: (s) => new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Fail(s, 'F', { error: 'x', errorPath: '$.e' })) }),
  StateInTwoGraphs: (s) => {
    const p = new sfn.Pass(s, 'P');
    new sfn.StateMachine(s, 'SM1', { definitionBody: sfn.DefinitionBody.fromChainable(p) });
    new sfn.StateMachine(s, 'SM2', { definitionBody: sfn.DefinitionBody.fromChainable(p) });
  },
  BadVariable: () => sfn.Condition.stringEquals('kind', 'a'),
  BadJsonPath: () => sfn.JsonPath.stringAt('kind'),
  BadResultPath: (s) => new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, 'P', { resultPath: 'res' })) }),
  AllNotAlone: (s) => new sfn.Parallel(s, 'Par').addRetry({ errors: ['States.ALL', 'X'] }),
  EmptyAnd: () => sfn.Condition.and(),
  BadJsonata: () => sfn.Condition.jsonata('$.x'),
  ConcatPath: (s) => new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(s, 'P', { parameters: { x: 'a' + sfn.JsonPath.stringAt('$.x') } })) }),
  DefaultTwice: (s) => new sfn.Choice(s, 'C').otherwise(new sfn.Pass(s, 'A')).otherwise(new sfn.Pass(s, 'B')),
  DistributedInline: (s) => {
    const m = new sfn.DistributedMap(s, 'M', { label: 'has space', toleratedFailurePercentage: 101, itemBatcher: new sfn.ItemBatcher({}) });
    m.itemProcessor(new sfn.Pass(s, 'P'), { mode: sfn.ProcessorMode.INLINE });
    new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(m) });
  },
  ReaderWithoutBucket: (s) => {
    const m = new sfn.DistributedMap(s, 'M', { itemReader: new sfn.S3JsonItemReader({ key: 'k' }) });
    m.itemProcessor(new sfn.Pass(s, 'P'));
    new sfn.StateMachine(s, 'SM', { definitionBody: sfn.DefinitionBody.fromChainable(m) });
  },
  ReusePeriod: (s) => new sfn.CustomerManagedEncryptionConfiguration(new kms.Key(s, 'K'), cdk.Duration.seconds(30)),
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const a = new cdk.App({ autoSynth: false });
  const s = new cdk.Stack(a, 'S');
  try {
    build(s);
    a.synth();
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
app.synth();
