// aws-cdk-lib 2.276.0 twins of the Go cases in table_test.go. Each stack is
// one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const ddb = require('aws-cdk-lib/aws-dynamodb');
const cw = require('aws-cdk-lib/aws-cloudwatch');
const app = new cdk.App();
const out = (s, id, value) => new cdk.CfnOutput(s, id, { value });

{ // Default: only a partition key (provisioned 5/5, RETAIN)
  const s = new cdk.Stack(app, 'Default');
  new ddb.Table(s, 'Table', { partitionKey: { name: 'id', type: ddb.AttributeType.STRING } });
}

{ // AllProps: on-demand, sort key, stream, TTL, PITR, insights, class, protection, name, DESTROY, indexes
  const s = new cdk.Stack(app, 'AllProps');
  const t = new ddb.Table(s, 'Table', {
    tableName: 'orders',
    partitionKey: { name: 'pk', type: ddb.AttributeType.STRING },
    sortKey: { name: 'sk', type: ddb.AttributeType.NUMBER },
    billingMode: ddb.BillingMode.PAY_PER_REQUEST,
    stream: ddb.StreamViewType.NEW_AND_OLD_IMAGES,
    timeToLiveAttribute: 'expires',
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 7 },
    contributorInsightsSpecification: { enabled: true },
    tableClass: ddb.TableClass.STANDARD_INFREQUENT_ACCESS,
    deletionProtection: true,
    removalPolicy: cdk.RemovalPolicy.DESTROY,
    maxReadRequestUnits: 100,
  });
  t.addGlobalSecondaryIndex({ indexName: 'byStatus', partitionKey: { name: 'status', type: ddb.AttributeType.STRING },
    sortKey: { name: 'created', type: ddb.AttributeType.NUMBER } });
  t.addGlobalSecondaryIndex({ indexName: 'keysOnly', partitionKey: { name: 'gsi2', type: ddb.AttributeType.BINARY },
    projectionType: ddb.ProjectionType.KEYS_ONLY, maxWriteRequestUnits: 10 });
  t.addGlobalSecondaryIndex({ indexName: 'include', partitionKey: { name: 'status', type: ddb.AttributeType.STRING },
    projectionType: ddb.ProjectionType.INCLUDE, nonKeyAttributes: ['a', 'b'] });
  t.addLocalSecondaryIndex({ indexName: 'local', sortKey: { name: 'lsk', type: ddb.AttributeType.STRING } });
  out(s, 'Name', t.tableName);
  out(s, 'Arn', t.tableArn);
  out(s, 'Stream', t.tableStreamArn);
  out(s, 'HasIndex', String(t.hasIndex));
}

{ // Provisioned: explicit capacities, GSI capacities, deprecated PITR/insights flags
  const s = new cdk.Stack(app, 'Provisioned');
  const t = new ddb.Table(s, 'Table', {
    partitionKey: { name: 'id', type: ddb.AttributeType.NUMBER },
    readCapacity: 10, writeCapacity: 3,
    pointInTimeRecovery: false,
    contributorInsightsEnabled: true,
    stream: ddb.StreamViewType.KEYS_ONLY,
  });
  t.addGlobalSecondaryIndex({ indexName: 'gsi', partitionKey: { name: 'g', type: ddb.AttributeType.STRING }, readCapacity: 2 });
}

{ // Encryption: each TableEncryption, a created key, a given key, the deprecated flag
  const s = new cdk.Stack(app, 'Encryption');
  const pk = { name: 'id', type: ddb.AttributeType.STRING };
  new ddb.Table(s, 'Owned', { partitionKey: pk, encryption: ddb.TableEncryption.DEFAULT });
  new ddb.Table(s, 'AwsManaged', { partitionKey: pk, encryption: ddb.TableEncryption.AWS_MANAGED });
  const created = new ddb.Table(s, 'Created', { partitionKey: pk, encryption: ddb.TableEncryption.CUSTOMER_MANAGED });
  const key = new kms.Key(s, 'MyKey');
  new ddb.Table(s, 'Given', { partitionKey: pk, encryptionKey: key });
  out(s, 'KeyArn', created.encryptionKey.keyArn);
}

{ // Grants: every grant method, on a plain table, an encrypted table with a stream and index
  const s = new cdk.Stack(app, 'Grants');
  const plain = new ddb.Table(s, 'Plain', { partitionKey: { name: 'id', type: ddb.AttributeType.STRING } });
  const rich = new ddb.Table(s, 'Rich', {
    partitionKey: { name: 'id', type: ddb.AttributeType.STRING },
    encryption: ddb.TableEncryption.CUSTOMER_MANAGED,
    stream: ddb.StreamViewType.NEW_IMAGE,
  });
  rich.addGlobalSecondaryIndex({ indexName: 'idx', partitionKey: { name: 'x', type: ddb.AttributeType.STRING } });
  const r = (id) => new iam.Role(s, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  plain.grantReadData(r('Reader'));
  plain.grantWriteData(r('Writer'));
  plain.grantReadWriteData(r('ReadWriter'));
  plain.grantFullAccess(r('Full'));
  plain.grant(r('Custom'), 'dynamodb:PutItem', 'dynamodb:Query');
  const rr = r('RichRole');
  rich.grantReadWriteData(rr);
  rich.grantStreamRead(rr);
  rich.grantTableListStreams(rr);
  rich.grantStream(rr, 'dynamodb:DescribeStream');
  rich.grantReadData(r('RichReader'));
  rich.grantFullAccess(r('RichFull'));
  ddb.Table.grantListStreams(r('Lister'));
}

{ // Imports: by name, by ARN, by attributes (stream, key, indexes), grants on them
  const s = new cdk.Stack(app, 'Imports', { env: { account: '123456789012', region: 'eu-west-1' } });
  const byName = ddb.Table.fromTableName(s, 'ByName', 'existing');
  const byArn = ddb.Table.fromTableArn(s, 'ByArn', 'arn:aws:dynamodb:eu-west-1:123456789012:table/other');
  const key = kms.Key.fromKeyArn(s, 'Key', 'arn:aws:kms:eu-west-1:123456789012:key/abc');
  const attrs = ddb.Table.fromTableAttributes(s, 'Attrs', {
    tableName: 'third', tableStreamArn: 'arn:aws:dynamodb:eu-west-1:123456789012:table/third/stream/2020',
    encryptionKey: key, globalIndexes: ['gsi'],
  });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.AccountRootPrincipal() });
  byName.grantReadData(role);
  byArn.grantWriteData(role);
  attrs.grantReadWriteData(role);
  attrs.grantStreamRead(role);
  out(s, 'ByNameArn', byName.tableArn);
  out(s, 'ByArnName', byArn.tableName);
}

{ // ResourcePolicy: a policy from props, one added later
  const s = new cdk.Stack(app, 'ResourcePolicy');
  const doc = new iam.PolicyDocument({ statements: [new iam.PolicyStatement({
    actions: ['dynamodb:GetItem'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] })] });
  new ddb.Table(s, 'FromProps', { partitionKey: { name: 'id', type: ddb.AttributeType.STRING }, resourcePolicy: doc });
  const t = new ddb.Table(s, 'Added', { partitionKey: { name: 'id', type: ddb.AttributeType.STRING } });
  t.addToResourcePolicy(new iam.PolicyStatement({ actions: ['dynamodb:PutItem'], principals: [new iam.ArnPrincipal('arn:aws:iam::111111111111:root')], resources: ['*'] }));
}

{ // Metrics: alarms on the table's metrics
  const s = new cdk.Stack(app, 'Metrics');
  const t = new ddb.Table(s, 'Table', { partitionKey: { name: 'id', type: ddb.AttributeType.STRING } });
  const alarm = (id, metric, threshold) => new cw.Alarm(s, id, { metric, threshold, evaluationPeriods: 1 });
  alarm('Read', t.metricConsumedReadCapacityUnits({ period: cdk.Duration.minutes(1) }), 100);
  alarm('Write', t.metricConsumedWriteCapacityUnits(), 100);
  alarm('Throttles', t.metricThrottledRequestsForOperations({ operations: [ddb.Operation.GET_ITEM, ddb.Operation.PUT_ITEM] }), 1);
  alarm('Latency', t.metricSuccessfulRequestLatency({ dimensionsMap: { Operation: 'GetItem' } }), 50);
  alarm('Errors', t.metricSystemErrorsForOperations({ operations: [ddb.Operation.GET_ITEM, ddb.Operation.QUERY, ddb.Operation.SCAN] }), 1);
  alarm('User', t.metricUserErrors(), 1);
  alarm('Conditional', t.metricConditionalCheckFailedRequests({ statistic: 'Maximum' }), 1);
  alarm('OneOp', t.metricThrottledRequestsForOperation('Query'), 1);
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const pk = { name: 'id', type: ddb.AttributeType.STRING };
const errors = {
  NoPartitionKey: (s) => new ddb.Table(s, 'T', {}),
  CapacityOnDemand: (s) => new ddb.Table(s, 'T', { partitionKey: pk, billingMode: ddb.BillingMode.PAY_PER_REQUEST, readCapacity: 1 }),
  DuplicateIndex: (s) => {
    const t = new ddb.Table(s, 'T', { partitionKey: pk });
    t.addGlobalSecondaryIndex({ indexName: 'idx', partitionKey: { name: 'a', type: ddb.AttributeType.STRING } });
    t.addGlobalSecondaryIndex({ indexName: 'idx', partitionKey: { name: 'b', type: ddb.AttributeType.STRING } });
  },
  AttributeTypeConflict: (s) => {
    const t = new ddb.Table(s, 'T', { partitionKey: pk });
    t.addGlobalSecondaryIndex({ indexName: 'idx', partitionKey: { name: 'id', type: ddb.AttributeType.NUMBER } });
  },
  IncludeWithoutAttributes: (s) => {
    const t = new ddb.Table(s, 'T', { partitionKey: pk });
    t.addGlobalSecondaryIndex({ indexName: 'idx', partitionKey: { name: 'a', type: ddb.AttributeType.STRING }, projectionType: ddb.ProjectionType.INCLUDE });
  },
  AttributesWithoutInclude: (s) => {
    const t = new ddb.Table(s, 'T', { partitionKey: pk });
    t.addGlobalSecondaryIndex({ indexName: 'idx', partitionKey: { name: 'a', type: ddb.AttributeType.STRING }, nonKeyAttributes: ['x'] });
  },
  KeyWithoutCustomerManaged: (s) => new ddb.Table(s, 'T', { partitionKey: pk, encryption: ddb.TableEncryption.AWS_MANAGED, encryptionKey: new kms.Key(s, 'K') }),
  RecoveryPeriod: (s) => new ddb.Table(s, 'T', { partitionKey: pk, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 40 } }),
  RecoveryWithoutPitr: (s) => new ddb.Table(s, 'T', { partitionKey: pk, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: false, recoveryPeriodInDays: 4 } }),
  PitrConflict: (s) => new ddb.Table(s, 'T', { partitionKey: pk, pointInTimeRecovery: true, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } }),
  InsightsConflict: (s) => new ddb.Table(s, 'T', { partitionKey: pk, contributorInsightsEnabled: true, contributorInsightsSpecification: { enabled: true } }),
  StreamGrantWithoutStream: (s) => new ddb.Table(s, 'T', { partitionKey: pk }).grantStreamRead(new iam.Role(s, 'R', { assumedBy: new iam.AccountRootPrincipal() })),
  ImportNameAndArn: (s) => ddb.Table.fromTableAttributes(s, 'T', { tableName: 'a', tableArn: 'arn:aws:dynamodb:us-east-1:111111111111:table/a' }),
  ImportNothing: (s) => ddb.Table.fromTableAttributes(s, 'T', {}),
  TooManyLocalIndexes: (s) => {
    const t = new ddb.Table(s, 'T', { partitionKey: pk, sortKey: { name: 's', type: ddb.AttributeType.STRING } });
    for (let i = 0; i < 6; i++) t.addLocalSecondaryIndex({ indexName: 'lsi' + i, sortKey: { name: 'l' + i, type: ddb.AttributeType.STRING } });
  },
  LocalIndexWithoutSortKey: (s) => {
    const t = new ddb.Table(s, 'T', { partitionKey: pk });
    t.addLocalSecondaryIndex({ indexName: 'lsi', sortKey: { name: 'l', type: ddb.AttributeType.STRING } });
  },
  ServicePrincipalGrant: (s) => new ddb.Table(s, 'T', { partitionKey: pk }).grantReadData(new iam.ServicePrincipal('lambda.amazonaws.com')),
};
const outErr = {};
for (const [name, build] of Object.entries(errors)) {
  const a = new cdk.App({ autoSynth: false, context: JSON.parse(process.env.CDK_CONTEXT_JSON || '{}') });
  const s = new cdk.Stack(a, 'S');
  try {
    build(s);
    a.synth();
    outErr[name] = null;
  } catch (e) {
    outErr[name] = { path: e.constructPath || '', message: e.message };
  }
}
console.log(JSON.stringify(outErr, null, 2));
app.synth();
