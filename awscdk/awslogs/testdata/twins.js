// aws-cdk-lib 2.276.0 twins of the Go cases in awslogs_test.go. Each stack
// is one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const logs = require('aws-cdk-lib/aws-logs');
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

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
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
