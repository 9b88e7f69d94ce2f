// aws-cdk-lib 2.276.0 twins of the Go cases in awslogs_test.go. Each stack
// is one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const logs = require('aws-cdk-lib/aws-logs');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const app = new cdk.App();
const FP = logs.FilterPattern;

// A destination that is neither Lambda nor Kinesis: a fixed ARN and role.
class FixedDestination {
  constructor(arn, role) { this.arn = arn; this.role = role; }
  bind() { return { arn: this.arn, role: this.role }; }
}

{ // Default: log groups with every prop
  const s = new cdk.Stack(app, 'Default');
  new logs.LogGroup(s, 'Plain');
  new logs.LogGroup(s, 'Named', {
    logGroupName: 'my-group', retention: logs.RetentionDays.ONE_WEEK, removalPolicy: cdk.RemovalPolicy.DESTROY,
    logGroupClass: logs.LogGroupClass.INFREQUENT_ACCESS, deletionProtectionEnabled: true,
    encryptionKey: new kms.Key(s, 'Key'),
  });
  new logs.LogGroup(s, 'Forever', { retention: logs.RetentionDays.INFINITE });
  new logs.LogGroup(s, 'Delivery', { logGroupClass: logs.LogGroupClass.DELIVERY });
}

{ // Patterns: every FilterPattern builder, rendered as outputs
  const s = new cdk.Stack(app, 'Patterns');
  new logs.LogGroup(s, 'Anchor');
  const pats = {
    Literal: FP.literal('ERROR "quoted"'),
    AllEvents: FP.allEvents(),
    AllTerms: FP.allTerms('ERROR', 'MainThread', 'a"b\\c'),
    AnyTerm: FP.anyTerm('ERROR', 'WARN'),
    AnyTermOne: FP.anyTerm('ERROR'),
    AnyTermGroup: FP.anyTermGroup(['ERROR', 'MainThread'], ['WARN', 'Other']),
    StringValue: FP.stringValue('$.field', '==', 'va"lue'),
    StringNe: FP.stringValue('$.field', '!=', '*'),
    NumberValue: FP.numberValue('$.n', '>=', 1.5),
    NumberEq: FP.numberValue('$.n', '==', 100),
    Regex: FP.regexValue('$.msg', '=', 'err.*'),
    IsNull: FP.isNull('$.x'),
    NotExists: FP.notExists('$.x'),
    Exists: FP.exists('$.x'),
    True: FP.booleanValue('$.b', true),
    False: FP.booleanValue('$.b', false),
    All: FP.all(FP.stringValue('$.a', '=', 'x'), FP.any(FP.numberValue('$.b', '<', 3), FP.isNull('$.c'))),
    AllOne: FP.all(FP.exists('$.a')),
    Space: FP.spaceDelimited('ip', 'user', '...', 'status', 'bytes'),
    SpaceWhere: FP.spaceDelimited('ip', 'status', 'size').whereString('ip', '=', '10.*').whereNumber('status', '>=', 400).whereNumber('status', '<', 500),
  };
  for (const [id, p] of Object.entries(pats)) new cdk.CfnOutput(s, id, { value: p.logPatternString });
  for (const [id, p] of Object.entries({ All: pats.All, StringValue: pats.StringValue })) new cdk.CfnOutput(s, id + 'Json', { value: p.jsonPatternString });
  const q1 = new logs.QueryString({ fields: ['@timestamp', '@message'], parse: '@message "[*] *" as level, msg', filter: 'level = "ERROR"', stats: 'count() by bin(5m)', sort: '@timestamp desc', limit: 20, display: 'level, msg' });
  const q2 = new logs.QueryString({ parseStatements: ['a', 'b'], filterStatements: ['c', 'd'], statsStatements: ['e', 'f'], filter: 'ignored' });
  const q3 = new logs.QueryString({});
  new cdk.CfnOutput(s, 'Q1', { value: q1.toString() });
  new cdk.CfnOutput(s, 'Q2', { value: q2.toString() });
  new cdk.CfnOutput(s, 'Q3', { value: q3.toString() || 'empty' });
  const ids = [logs.DataIdentifier.EMAILADDRESS, logs.DataIdentifier.DRIVERSLICENSE_US, new logs.CustomDataIdentifier('EmployeeId', 'EmployeeId-\\d{9}')];
  new cdk.CfnOutput(s, 'Ids', { value: ids.map(i => `${i.name}|${i.toString()}`).join(',') });
}

{ // Filters: metric and subscription filters
  const s = new cdk.Stack(app, 'Filters');
  const lg = new logs.LogGroup(s, 'Group');
  lg.addMetricFilter('Errors', { filterPattern: FP.anyTerm('ERROR'), metricNamespace: 'App', metricName: 'Errors' });
  new logs.MetricFilter(s, 'Latency', {
    logGroup: lg, filterPattern: FP.exists('$.latency'), metricNamespace: 'App', metricName: 'Latency',
    metricValue: '$.latency', defaultValue: 0, dimensions: { Api: '$.api', Service: '$.service' }, // jsii hands Go maps over with sorted keys
    filterName: 'latency-filter', applyOnTransformedLogs: true,
  });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('logs.amazonaws.com') });
  lg.addSubscriptionFilter('Sub', { destination: new FixedDestination('arn:aws:firehose:us-east-1:111111111111:deliverystream/s', role), filterPattern: FP.allEvents() });
  const lg2 = new logs.LogGroup(s, 'Group2');
  new logs.SubscriptionFilter(s, 'Sub2', { logGroup: lg2, destination: new FixedDestination('arn:aws:lambda:us-east-1:111111111111:function:f'), filterPattern: FP.literal('[a, b]'), filterName: 'named' });
  const dest = new logs.CrossAccountDestination(s, 'Dest', { role, targetArn: 'arn:aws:kinesis:us-east-1:111111111111:stream/x' });
  dest.addToPolicy(new iam.PolicyStatement({ actions: ['logs:PutSubscriptionFilter'], principals: [new iam.AccountPrincipal('222222222222')], resources: ['*'] }));
  lg.addSubscriptionFilter('ToDest', { destination: dest, filterPattern: FP.allEvents() });
  const named = new logs.CrossAccountDestination(s, 'Named', { role, targetArn: 'arn:aws:kinesis:us-east-1:111111111111:stream/y', destinationName: 'named-dest' });
  named.addToPolicy(new iam.PolicyStatement({ actions: ['logs:PutSubscriptionFilter'], principals: [new iam.ArnPrincipal('arn:aws:iam::333333333333:root')], resources: ['*'] }));
  new cdk.CfnOutput(s, 'DestArn', { value: dest.destinationArn });
  new cdk.CfnOutput(s, 'DestName', { value: dest.destinationName });
}

{ // Streams and queries
  const s = new cdk.Stack(app, 'Streams');
  const lg = new logs.LogGroup(s, 'Group');
  const a = lg.addStream('A');
  const b = lg.addStream('B', { logStreamName: 'b-stream' });
  new logs.LogStream(s, 'C', { logGroup: lg, removalPolicy: cdk.RemovalPolicy.DESTROY });
  const imp = logs.LogStream.fromLogStreamAttributes(s, 'Imp', { logGroupName: 'g', logStreamName: 'st' });
  const byName = logs.LogStream.fromLogStreamName(s, 'ByName', 'other');
  new cdk.CfnOutput(s, 'A', { value: a.logStreamName });
  new cdk.CfnOutput(s, 'B', { value: b.logStreamName });
  new cdk.CfnOutput(s, 'ImpOut', { value: imp.logStreamRef.logGroupName + '/' + imp.logStreamName + '/' + byName.logStreamName });
  const qd = new logs.QueryDefinition(s, 'Query', {
    queryDefinitionName: 'errors', logGroups: [lg],
    queryString: new logs.QueryString({ fields: ['@timestamp'], filter: '@message like /ERROR/', sort: '@timestamp desc', limit: 50 }),
  });
  new logs.QueryDefinition(s, 'NoGroups', { queryDefinitionName: 'all', queryString: new logs.QueryString({ statsStatements: ['count()', 'sum(x)'], stats: 'ignored' }) });
  new cdk.CfnOutput(s, 'QueryId', { value: qd.queryDefinitionId });
}

{ // Policies: resource policies, grants, data protection, field indexes
  const s = new cdk.Stack(app, 'Policies', { env: { account: '111111111111', region: 'us-east-1' } });
  const lg = new logs.LogGroup(s, 'Group');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  lg.grantWrite(role);
  lg.grantRead(role);
  lg.grant(role, 'logs:PutRetentionPolicy');
  lg.grants.actions(role, ['logs:TagResource'], { resourceArns: ['*'] });
  lg.grantWrite(new iam.AccountPrincipal('222222222222'));
  lg.addToResourcePolicy(new iam.PolicyStatement({ actions: ['logs:PutLogEvents'], resources: [lg.logGroupArn],
    principals: [new iam.ServicePrincipal('es.amazonaws.com'), new iam.ArnPrincipal('arn:aws:iam::333333333333:role/r'), new iam.ArnPrincipal('*')] }));
  const imported = logs.LogGroup.fromLogGroupName(s, 'Imported', 'existing');
  imported.grantWrite(role);
  imported.addToResourcePolicy(new iam.PolicyStatement({ actions: ['logs:*'], resources: ['*'], principals: [new iam.AnyPrincipal()] }));
  const byArn = logs.LogGroup.fromLogGroupArn(s, 'ByArn', 'arn:aws:logs:eu-west-1:444444444444:log-group:other:*');
  byArn.grantRead(role);
  new cdk.CfnOutput(s, 'ByArnName', { value: byArn.logGroupName + '|' + byArn.logGroupArn });
  const rp = new logs.ResourcePolicy(s, 'Shared', { resourcePolicyName: 'shared', policyStatements: [
    new iam.PolicyStatement({ actions: ['logs:CreateLogStream'], resources: [lg.logGroupArn], principals: [new iam.ServicePrincipal('delivery.logs.amazonaws.com')] }),
  ] });
  rp.document.addStatements(new iam.PolicyStatement({ actions: ['logs:PutLogEvents'], resources: ['*'], principals: [new iam.ServicePrincipal('route53.amazonaws.com')] }));
  new logs.ResourcePolicy(s, 'Unnamed', { policyStatements: [new iam.PolicyStatement({ actions: ['logs:*'], resources: ['*'], principals: [new iam.AccountRootPrincipal()] })] });
  const audit = new logs.LogGroup(s, 'Audit');
  const bucket = new s3.Bucket(s, 'Bucket');
  new logs.LogGroup(s, 'Protected', {
    dataProtectionPolicy: new logs.DataProtectionPolicy({
      name: 'policy', description: 'desc',
      identifiers: [logs.DataIdentifier.EMAILADDRESS, logs.DataIdentifier.DRIVERSLICENSE_US, new logs.DataIdentifier('CustomManaged'), new logs.CustomDataIdentifier('EmployeeId', 'EmployeeId-\\d{9}')],
      logGroupAuditDestination: audit, s3BucketAuditDestination: bucket, deliveryStreamNameAuditDestination: 'stream',
    }),
    fieldIndexPolicies: [new logs.FieldIndexPolicy({ fields: ['requestId', 'userId'] })],
  });
  new logs.LogGroup(s, 'Minimal', { dataProtectionPolicy: new logs.DataProtectionPolicy({ identifiers: [logs.DataIdentifier.IPADDRESS] }) });
}

{ // Transformers: every processor kind
  const s = new cdk.Stack(app, 'Transformers');
  const lg = new logs.LogGroup(s, 'Group');
  lg.addTransformer('T1', { transformerName: 't1', transformerConfig: [
    new logs.ParserProcessor({ type: logs.ParserProcessorType.JSON }),
    new logs.ParserProcessor({ type: logs.ParserProcessorType.KEY_VALUE, keyValueOptions: { destination: 'kv', keyPrefix: 'p_', nonMatchValue: 'none', fieldDelimiter: logs.KeyValuePairDelimiter.SEMICOLON } }),
    new logs.ParserProcessor({ type: logs.ParserProcessorType.CSV, csvOptions: { columns: ['a', 'b'], delimiter: logs.DelimiterCharacter.TAB } }),
    new logs.ParserProcessor({ type: logs.ParserProcessorType.GROK, grokOptions: { match: '%{IP:ip}' } }),
    new logs.ParserProcessor({ type: logs.ParserProcessorType.JSON, jsonOptions: { source: 'body', destination: 'parsed' } }),
    new logs.StringMutatorProcessor({ type: logs.StringMutatorType.LOWER_CASE, lowerCaseKeys: ['a'] }),
    new logs.StringMutatorProcessor({ type: logs.StringMutatorType.UPPER_CASE, upperCaseKeys: ['b'] }),
    new logs.StringMutatorProcessor({ type: logs.StringMutatorType.TRIM, trimKeys: ['c'] }),
    new logs.StringMutatorProcessor({ type: logs.StringMutatorType.SPLIT, splitOptions: { entries: [{ source: 'd', delimiter: logs.DelimiterCharacter.PIPE }] } }),
    new logs.StringMutatorProcessor({ type: logs.StringMutatorType.SUBSTITUTE, substituteOptions: { entries: [{ source: 'e', from: 'x', to: 'y' }] } }),
    new logs.JsonMutatorProcessor({ type: logs.JsonMutatorType.ADD_KEYS, addKeysOptions: { entries: [{ key: 'k', value: 'v' }, { key: 'k2', value: 'v2', overwriteIfExists: true }] } }),
    new logs.JsonMutatorProcessor({ type: logs.JsonMutatorType.DELETE_KEYS, deleteKeysOptions: { withKeys: ['x'] } }),
    new logs.JsonMutatorProcessor({ type: logs.JsonMutatorType.MOVE_KEYS, moveKeysOptions: { entries: [{ source: 'a', target: 'b' }] } }),
    new logs.JsonMutatorProcessor({ type: logs.JsonMutatorType.RENAME_KEYS, renameKeysOptions: { entries: [{ key: 'a', renameTo: 'b', overwriteIfExists: true }] } }),
    new logs.JsonMutatorProcessor({ type: logs.JsonMutatorType.COPY_VALUE, copyValueOptions: { entries: [{ source: 'a', target: 'c' }] } }),
    new logs.JsonMutatorProcessor({ type: logs.JsonMutatorType.LIST_TO_MAP, listToMapOptions: { source: 'l', key: 'k', valueKey: 'v', target: 't', flatten: true, flattenedElement: 'first' } }),
    new logs.DataConverterProcessor({ type: logs.DataConverterType.TYPE_CONVERTER, typeConverterOptions: { entries: [{ key: 'n', type: logs.TypeConverterType.INTEGER }, { key: 'b', type: logs.TypeConverterType.BOOLEAN }] } }),
    new logs.DataConverterProcessor({ type: logs.DataConverterType.DATETIME_CONVERTER, dateTimeConverterOptions: { source: 'ts', target: 'ts2', matchPatterns: ['yyyy-MM-dd'], locale: 'en' } }),
  ] });
  const lg2 = new logs.LogGroup(s, 'Group2');
  new logs.Transformer(s, 'T2', { logGroup: lg2, transformerName: 't2', transformerConfig: [new logs.VendedLogParser({ logType: logs.VendedLogType.VPC })] });
  const lg3 = new logs.LogGroup(s, 'Group3');
  lg3.addTransformer('T3', { transformerName: 't3', transformerConfig: [
    new logs.ParserProcessor({ type: logs.ParserProcessorType.OCSF, parseToOCSFOptions: { eventSource: logs.OCSFSourceType.VPC_FLOW, ocsfVersion: logs.OCSFVersion.V1_1 } }),
    new logs.DataConverterProcessor({ type: logs.DataConverterType.DATETIME_CONVERTER, dateTimeConverterOptions: { source: 'a', target: 'b', matchPatterns: ['x'], locale: 'fr', sourceTimezone: 'Europe/Paris', targetTimezone: 'Asia/Tokyo', targetFormat: 'epoch' } }),
  ] });
}

{ // Retention: LogRetention custom resources sharing one function
  const s = new cdk.Stack(app, 'Retention');
  new logs.LogRetention(s, 'A', { logGroupName: '/aws/lambda/a', retention: logs.RetentionDays.ONE_WEEK });
  const b = new logs.LogRetention(s, 'B', { logGroupName: 'b', retention: logs.RetentionDays.INFINITE, logGroupRegion: 'eu-west-1',
    removalPolicy: cdk.RemovalPolicy.DESTROY, logRetentionRetryOptions: { maxRetries: 7 } });
  new cdk.CfnOutput(s, 'Arn', { value: b.logGroupArn });
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
{ // Metrics: ExtractMetric, log group and filter metrics (rendered by alarms), a filter with a unit
  const s = new cdk.Stack(app, 'Metrics');
  const g = new logs.LogGroup(s, 'G');
  const alarm = (id, m) => new cloudwatch.Alarm(s, id, { metric: m, threshold: 1, evaluationPeriods: 1 });
  alarm('Extracted', g.extractMetric('$.latency', 'App', 'Latency'));
  alarm('Bytes', g.metricIncomingBytes());
  alarm('Events', g.metricIncomingLogEvents({ period: cdk.Duration.minutes(1), statistic: 'Maximum' }));
  alarm('Custom', g.metric('ForwardedBytes', { label: 'fwd' }));
  const f = g.addMetricFilter('Filter', { filterPattern: FP.allEvents(), metricName: 'Count', metricNamespace: 'App', unit: cloudwatch.Unit.COUNT });
  alarm('FromFilter', f.metric());
  alarm('FromFilterSum', f.metric({ statistic: 'Sum' }));
}

const errors = {
  TooManyDimensions: (s) => new logs.MetricFilter(s, 'M', { logGroup: new logs.LogGroup(s, 'G'), filterPattern: FP.allEvents(), metricNamespace: 'n', metricName: 'm', dimensions: { a: '1', b: '2', c: '3', d: '4' } }),
  DeliveryRetention: (s) => new logs.LogGroup(s, 'G', { logGroupClass: logs.LogGroupClass.DELIVERY, retention: logs.RetentionDays.ONE_DAY }),
  DeliveryDataProtection: (s) => new logs.LogGroup(s, 'G', { logGroupClass: logs.LogGroupClass.DELIVERY, dataProtectionPolicy: new logs.DataProtectionPolicy({ identifiers: [logs.DataIdentifier.NAME] }) }),
  DeliveryFieldIndex: (s) => new logs.LogGroup(s, 'G', { logGroupClass: logs.LogGroupClass.DELIVERY, fieldIndexPolicies: [new logs.FieldIndexPolicy({ fields: ['a'] })] }),
  TooManyStats: (s) => new logs.QueryDefinition(s, 'Q', { queryDefinitionName: 'q', queryString: new logs.QueryString({ statsStatements: ['a', 'b', 'c'] }) }),
  NoIdentifiers: () => new logs.DataProtectionPolicy({ identifiers: [] }),
  TooManyFields: () => new logs.FieldIndexPolicy({ fields: Array.from({ length: 21 }, (_, i) => 'f' + i) }),
  AllEmpty: () => FP.all(),
  AnyEmpty: () => FP.any(),
  BadStringOp: () => FP.stringValue('$.a', '<', 'x'),
  BadNumberOp: () => FP.numberValue('$.a', '=>', 1),
  BadColumn: () => FP.spaceDelimited('a b'),
  TwoEllipses: () => FP.spaceDelimited('...', 'a', '...'),
  WhereEllipsis: () => FP.spaceDelimited('a', '...').whereString('...', '=', 'x'),
  WhereUnknown: () => FP.spaceDelimited('a').whereNumber('b', '=', 1),
  NoProcessors: (s) => new logs.Transformer(s, 'T', { logGroup: new logs.LogGroup(s, 'G'), transformerName: 't', transformerConfig: [] }),
  TooManyProcessors: (s) => new logs.Transformer(s, 'T', { logGroup: new logs.LogGroup(s, 'G'), transformerName: 't', transformerConfig: Array.from({ length: 21 }, () => new logs.ParserProcessor({ type: logs.ParserProcessorType.JSON })) }),
  FirstNotParser: (s) => new logs.Transformer(s, 'T', { logGroup: new logs.LogGroup(s, 'G'), transformerName: 't', transformerConfig: [new logs.StringMutatorProcessor({ type: logs.StringMutatorType.TRIM, trimKeys: ['a'] })] }),
  SixParsers: (s) => new logs.Transformer(s, 'T', { logGroup: new logs.LogGroup(s, 'G'), transformerName: 't', transformerConfig: Array.from({ length: 6 }, () => new logs.ParserProcessor({ type: logs.ParserProcessorType.JSON })) }),
  TwoVended: (s) => new logs.Transformer(s, 'T', { logGroup: new logs.LogGroup(s, 'G'), transformerName: 't', transformerConfig: [new logs.VendedLogParser({ logType: logs.VendedLogType.WAF }), new logs.VendedLogParser({ logType: logs.VendedLogType.VPC })] }),
  VendedNotFirst: (s) => new logs.Transformer(s, 'T', { logGroup: new logs.LogGroup(s, 'G'), transformerName: 't', transformerConfig: [new logs.ParserProcessor({ type: logs.ParserProcessorType.JSON }), new logs.VendedLogParser({ logType: logs.VendedLogType.VPC })] }),
  TwoGrok: (s) => new logs.Transformer(s, 'T', { logGroup: new logs.LogGroup(s, 'G'), transformerName: 't', transformerConfig: [new logs.ParserProcessor({ type: logs.ParserProcessorType.GROK, grokOptions: { match: 'a' } }), new logs.ParserProcessor({ type: logs.ParserProcessorType.GROK, grokOptions: { match: 'b' } })] }),
  OcsfNotFirst: (s) => new logs.Transformer(s, 'T', { logGroup: new logs.LogGroup(s, 'G'), transformerName: 't', transformerConfig: [new logs.ParserProcessor({ type: logs.ParserProcessorType.JSON }), new logs.ParserProcessor({ type: logs.ParserProcessorType.OCSF, parseToOCSFOptions: { eventSource: logs.OCSFSourceType.AWS_WAF, ocsfVersion: logs.OCSFVersion.V1_1 } })] }),
  GrokNoMatch: () => new logs.ParserProcessor({ type: logs.ParserProcessorType.GROK }),
  OcsfNoOptions: () => new logs.ParserProcessor({ type: logs.ParserProcessorType.OCSF }),
  LowerNoKeys: () => new logs.StringMutatorProcessor({ type: logs.StringMutatorType.LOWER_CASE }),
  SplitNoEntries: () => new logs.StringMutatorProcessor({ type: logs.StringMutatorType.SPLIT, splitOptions: { entries: [] } }),
  AddKeysNone: () => new logs.JsonMutatorProcessor({ type: logs.JsonMutatorType.ADD_KEYS }),
  DeleteKeysNone: () => new logs.JsonMutatorProcessor({ type: logs.JsonMutatorType.DELETE_KEYS, deleteKeysOptions: { withKeys: [] } }),
  ListToMapNoKey: () => new logs.JsonMutatorProcessor({ type: logs.JsonMutatorType.LIST_TO_MAP, listToMapOptions: { source: 's' } }),
  ListToMapFlatten: () => new logs.JsonMutatorProcessor({ type: logs.JsonMutatorType.LIST_TO_MAP, listToMapOptions: { source: 's', key: 'k', flatten: true } }),
  TypeConverterNone: () => new logs.DataConverterProcessor({ type: logs.DataConverterType.TYPE_CONVERTER }),
  DateTimeNoTarget: () => new logs.DataConverterProcessor({ type: logs.DataConverterType.DATETIME_CONVERTER, dateTimeConverterOptions: { source: 'a', matchPatterns: ['x'], locale: 'en' } }),
  DistributionNotKinesis: (s) => new logs.LogGroup(s, 'G').addSubscriptionFilter('F', { destination: new FixedDestination('arn:aws:lambda:us-east-1:111111111111:function:f'), filterPattern: FP.allEvents(), distribution: logs.Distribution.RANDOM }),
  StreamGroupUnknown: (s) => logs.LogStream.fromLogStreamName(s, 'L', 'x').logStreamRef.logGroupName,
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const s = new cdk.Stack(new cdk.App({ autoSynth: false }), 'S');
  try {
    build(s);
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(out, null, 2));
app.synth();
