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
// TableV2 (AWS::DynamoDB::GlobalTable) twins of table_v2_test.go.
{ // V2Default: only a partition key (on demand, RETAIN, one replica in the stack's region)
  const s = new cdk.Stack(app, 'V2Default');
  new ddb.TableV2(s, 'Table', { partitionKey: { name: 'id', type: ddb.AttributeType.STRING } });
}

{ // V2All: provisioned fixed/autoscaled, indexes, stream, TTL, PITR, protection, insights, class, tags, grants
  const s = new cdk.Stack(app, 'V2All');
  const t = new ddb.TableV2(s, 'Table', { tableName: 'orders', partitionKey: { name: 'pk', type: ddb.AttributeType.STRING },
    sortKey: { name: 'sk', type: ddb.AttributeType.NUMBER },
    billing: ddb.Billing.provisioned({ readCapacity: ddb.Capacity.fixed(10), writeCapacity: ddb.Capacity.autoscaled({ maxCapacity: 20 }) }),
    dynamoStream: ddb.StreamViewType.NEW_IMAGE, timeToLiveAttribute: 'ttl', pointInTimeRecovery: true,
    deletionProtection: true, contributorInsights: true, tableClass: ddb.TableClass.STANDARD_INFREQUENT_ACCESS,
    encryption: ddb.TableEncryptionV2.awsManagedKey(), removalPolicy: cdk.RemovalPolicy.DESTROY,
    tags: [{ key: 'team', value: 'x' }],
    globalSecondaryIndexes: [{ indexName: 'gsi1', partitionKey: { name: 'g', type: ddb.AttributeType.STRING } }],
    localSecondaryIndexes: [{ indexName: 'lsi1', sortKey: { name: 'l', type: ddb.AttributeType.STRING },
      projectionType: ddb.ProjectionType.INCLUDE, nonKeyAttributes: ['a'] }],
  });
  t.addGlobalSecondaryIndex({ indexName: 'gsi2', partitionKey: { name: 'h', type: ddb.AttributeType.NUMBER }, projectionType: ddb.ProjectionType.KEYS_ONLY,
    readCapacity: ddb.Capacity.autoscaled({ minCapacity: 2, maxCapacity: 9, seedCapacity: 3, targetUtilizationPercent: 50 }),
    writeCapacity: ddb.Capacity.autoscaled({ maxCapacity: 5 }) });
  const r = new iam.Role(s, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  t.grantReadWriteData(r); t.grantStreamRead(r);
  out(s, 'A', t.tableArn); out(s, 'N', t.tableName); out(s, 'S', t.tableStreamArn); out(s, 'HasIndex', String(t.hasIndex));
  cdk.Tags.of(t).add('cost', 'c1'); cdk.Tags.of(s).add('team', 'overridden'); cdk.Tags.of(s).add('app', 'a');
  out(s, 'Region', t.region);
}

{ // V2OnDemand: request-unit ceilings, dynamo-owned key, PITR spec, GSI ceilings, insights spec, read grant
  const s = new cdk.Stack(app, 'V2OnDemand');
  const t = new ddb.TableV2(s, 'Table', { partitionKey: { name: 'id', type: ddb.AttributeType.BINARY },
    billing: ddb.Billing.onDemand({ maxReadRequestUnits: 100, maxWriteRequestUnits: 50 }),
    encryption: ddb.TableEncryptionV2.dynamoOwnedKey(),
    contributorInsightsSpecification: { enabled: true, mode: ddb.ContributorInsightsMode.THROTTLED_KEYS },
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 5 } });
  t.addGlobalSecondaryIndex({ indexName: 'byName', partitionKey: { name: 'name', type: ddb.AttributeType.STRING }, maxReadRequestUnits: 7, maxWriteRequestUnits: 8 });
  t.grantReadData(new iam.Role(s, 'R', { assumedBy: new iam.AccountRootPrincipal() }));
}

{ // V2Replicas: a concrete region, a customer managed key, two replicas with overrides, a replica's grants
  const s = new cdk.Stack(app, 'V2Replicas', { env: { account: '123456789012', region: 'us-east-1' } });
  const key = new kms.Key(s, 'Key');
  const t = new ddb.TableV2(s, 'Table', { partitionKey: { name: 'id', type: ddb.AttributeType.STRING },
    encryption: ddb.TableEncryptionV2.customerManagedKey(key, { 'us-west-2': 'arn:aws:kms:us-west-2:123456789012:key/west', 'eu-west-1': 'arn:aws:kms:eu-west-1:123456789012:key/eu' }),
    globalSecondaryIndexes: [{ indexName: 'gsi1', partitionKey: { name: 'g', type: ddb.AttributeType.STRING } }],
    replicas: [{ region: 'us-west-2', deletionProtection: true, tableClass: ddb.TableClass.STANDARD_INFREQUENT_ACCESS,
      globalSecondaryIndexOptions: { gsi1: { contributorInsights: true, maxReadRequestUnits: 4 } } }] });
  t.addReplica({ region: 'eu-west-1', maxReadRequestUnits: 30, tags: [{ key: 'r', value: 'eu' }] });
  const r = new iam.Role(s, 'R', { assumedBy: new iam.AccountRootPrincipal() });
  t.grantWriteData(r);
  t.replica('us-west-2').grantReadData(r);
  t.addToStreamResourcePolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetRecords'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] }));
  cdk.Tags.of(s).add('stage', 'prod');
  t.addToResourcePolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] }));
  out(s, 'S', t.tableStreamArn);
}

{ // V2Imports: by name, by ARN, by attributes with a stream, indexes and a key
  const s = new cdk.Stack(app, 'V2Imports', { env: { account: '123456789012', region: 'eu-west-1' } });
  const r = new iam.Role(s, 'R', { assumedBy: new iam.AccountRootPrincipal() });
  const a = ddb.TableV2.fromTableName(s, 'ByName', 'a');
  a.grantReadData(r);
  const b = ddb.TableV2.fromTableArn(s, 'ByArn', 'arn:aws:dynamodb:us-east-1:111111111111:table/b');
  b.grantWriteData(r);
  const c = ddb.TableV2.fromTableAttributes(s, 'ByAttrs', { tableName: 'c', tableStreamArn: 'arn:aws:dynamodb:eu-west-1:123456789012:table/c/stream/x',
    globalIndexes: ['g'], encryptionKey: kms.Key.fromKeyArn(s, 'K', 'arn:aws:kms:eu-west-1:123456789012:key/k'), tableId: 'tid' });
  c.grantReadWriteData(r); c.grantStreamRead(r);
  out(s, 'Names', cdk.Fn.join(',', [a.tableName, b.tableName, c.tableName, a.tableArn, c.tableId]));
}

{ // V2Strong: multi-region strong consistency with a witness region
  const s = new cdk.Stack(app, 'V2Strong', { env: { account: '123456789012', region: 'us-east-1' } });
  new ddb.TableV2(s, 'Table', { partitionKey: { name: 'id', type: ddb.AttributeType.STRING },
    multiRegionConsistency: ddb.MultiRegionConsistency.STRONG, witnessRegion: 'us-west-2', replicas: [{ region: 'us-east-2' }] });
}

{ // Kinesis: a table and a TableV2 writing to Kinesis data streams
  const kinesis = require('aws-cdk-lib/aws-kinesis');
  const s = new cdk.Stack(app, 'Kinesis');
  const k = new kinesis.Stream(s, 'Stream');
  new ddb.Table(s, 'Table', { partitionKey: { name: 'id', type: ddb.AttributeType.STRING }, kinesisStream: k,
    kinesisPrecisionTimestamp: ddb.ApproximateCreationDateTimePrecision.MICROSECOND });
  new ddb.TableV2(s, 'TableV2', { partitionKey: { name: 'id', type: ddb.AttributeType.STRING }, kinesisStream: k });
}

{ // Scaling: auto-scaled table and index capacities with utilization and schedule policies
  const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');
  const s = new cdk.Stack(app, 'Scaling');
  const t = new ddb.Table(s, 'Table', { partitionKey: { name: 'id', type: ddb.AttributeType.STRING }, readCapacity: 4 });
  t.addGlobalSecondaryIndex({ indexName: 'byName', partitionKey: { name: 'name', type: ddb.AttributeType.STRING } });
  const r = t.autoScaleReadCapacity({ minCapacity: 2, maxCapacity: 50 });
  r.scaleOnUtilization({ targetUtilizationPercent: 75, scaleInCooldown: cdk.Duration.seconds(60), policyName: 'readPolicy' });
  r.scaleOnSchedule('Morning', { schedule: appscaling.Schedule.cron({ hour: '8', minute: '0' }), minCapacity: 10 });
  const w = t.autoScaleWriteCapacity({ minCapacity: 1, maxCapacity: 20 });
  w.scaleOnUtilization({ targetUtilizationPercent: 50, disableScaleIn: true, scaleOutCooldown: cdk.Duration.minutes(2) });
  t.autoScaleGlobalSecondaryIndexReadCapacity('byName', { minCapacity: 1, maxCapacity: 5 }).scaleOnUtilization({ targetUtilizationPercent: 60 });
  t.autoScaleGlobalSecondaryIndexWriteCapacity('byName', { minCapacity: 3, maxCapacity: 9 })
    .scaleOnSchedule('Night', { schedule: appscaling.Schedule.rate(cdk.Duration.hours(12)), maxCapacity: 4 });
}

{ // MarSource + MarReplica: a multi-account replica of a TableV2 in another account, with every option
  const src = new cdk.Stack(app, 'MarSource', { env: { account: '111111111111', region: 'us-east-1' } });
  const source = new ddb.TableV2(src, 'Table', { tableName: 'orders', partitionKey: { name: 'id', type: ddb.AttributeType.STRING } });
  const s = new cdk.Stack(app, 'MarReplica', { env: { account: '222222222222', region: 'us-west-2' } });
  const kinesis = require('aws-cdk-lib/aws-kinesis');
  const key = new kms.Key(s, 'Key');
  const r = new ddb.TableV2MultiAccountReplica(s, 'Replica', {
    replicaSourceTable: source,
    deletionProtection: true,
    tableClass: ddb.TableClass.STANDARD_INFREQUENT_ACCESS,
    contributorInsightsSpecification: { enabled: true },
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 10 },
    kinesisStream: new kinesis.Stream(s, 'Stream'),
    tags: [{ key: 'team', value: 'data' }],
    encryption: ddb.TableEncryptionV2.customerManagedKey(key),
    globalTableSettingsReplicationMode: ddb.GlobalTableSettingsReplicationMode.ALL,
    removalPolicy: cdk.RemovalPolicy.DESTROY,
    grantIndexPermissions: false,
  });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  r.grantReadData(role);
  r.grantStreamRead(role);
  r.addToStreamResourcePolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetRecords'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] }));
  out(s, 'Names', cdk.Fn.join(',', [r.tableName, r.tableArn, r.tableId, r.tableStreamArn, String(r.hasIndex), r.region]));
}

{ // MarImported: a replica of an imported source (no policy to grant on: a warning), default options
  const s = new cdk.Stack(app, 'MarImported', { env: { account: '222222222222', region: 'us-west-2' } });
  const source = ddb.TableV2.fromTableArn(s, 'Source', 'arn:aws:dynamodb:us-east-1:111111111111:table/orders');
  const r = new ddb.TableV2MultiAccountReplica(s, 'Replica', { replicaSourceTable: source, tableName: 'orders' });
  r.grantReadWriteData(new iam.Role(s, 'Role', { assumedBy: new iam.AccountRootPrincipal() }));
  out(s, 'Names', cdk.Fn.join(',', [r.tableName, r.tableArn, String(r.hasIndex)]));
}

{ // V2Settings: settings replication across replicas (ALL renders as ENABLED)
  const s = new cdk.Stack(app, 'V2Settings', { env: { account: '123456789012', region: 'us-east-1' } });
  new ddb.TableV2(s, 'Table', { partitionKey: { name: 'id', type: ddb.AttributeType.STRING }, replicas: [{ region: 'us-east-2' }],
    globalTableSettingsReplicationMode: ddb.GlobalTableSettingsReplicationMode.ALL });
}

{ // Subclass: user classes extending the abstract TableBase and TableBaseV2
  const s = new cdk.Stack(app, 'Subclass');
  class MyTable extends ddb.TableBase {
    constructor(scope, id) { super(scope, id); this.tableArn = 'arn:aws:dynamodb:us-east-1:111111111111:table/mine';
      this.tableName = 'mine'; this.tableStreamArn = 'arn:aws:dynamodb:us-east-1:111111111111:table/mine/stream/x';
      this.encryptionKey = kms.Key.fromKeyArn(this, 'Key', 'arn:aws:kms:us-east-1:111111111111:key/k'); this.regions = []; }
    get hasIndex() { return true; }
    addToResourcePolicy() { return { statementAdded: false }; }
  }
  class MyTableV2 extends ddb.TableBaseV2 {
    constructor(scope, id) { super(scope, id); this.tableArn = 'arn:aws:dynamodb:us-east-1:111111111111:table/v2';
      this.tableName = 'v2'; this.tableStreamArn = undefined; this.tableId = 'tid'; this.region = 'us-east-1';
      this.grants = ddb.TableGrants.fromTable(this, [], false); }
    get hasIndex() { return false; }
    addToResourcePolicy() { return { statementAdded: false }; }
  }
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.AccountRootPrincipal() });
  const a = new MyTable(s, 'Mine');
  a.grantReadData(role); a.grantStreamRead(role);
  const b = new MyTableV2(s, 'MineV2');
  b.grantWriteData(role);
  out(s, 'Metric', a.metricConsumedReadCapacityUnits().metricName + ',' + b.metricUserErrors().metricName);
}

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
  V2FixedWrite: (s) => new ddb.TableV2(s, 'T', { partitionKey: pk, billing: ddb.Billing.provisioned({ readCapacity: ddb.Capacity.fixed(1), writeCapacity: ddb.Capacity.fixed(1) }) }),
  V2CapacityOnDemandIndex: (s) => new ddb.TableV2(s, 'T', { partitionKey: pk, globalSecondaryIndexes: [{ indexName: 'idx', partitionKey: pk, readCapacity: ddb.Capacity.fixed(1) }] }),
  V2DuplicateIndex: (s) => new ddb.TableV2(s, 'T', { partitionKey: pk, globalSecondaryIndexes: [{ indexName: 'idx', partitionKey: pk }, { indexName: 'idx', partitionKey: pk }] }),
  V2LocalWithoutSortKey: (s) => new ddb.TableV2(s, 'T', { partitionKey: pk, localSecondaryIndexes: [{ indexName: 'lsi', sortKey: pk }] }),
  V2ReplicaAgnostic: (s) => new ddb.TableV2(s, 'T', { partitionKey: pk, replicas: [{ region: 'us-west-2' }] }),
  V2RecoveryPeriod: (s) => new ddb.TableV2(s, 'T', { partitionKey: pk, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 40 } }),
  V2StrongAgnostic: (s) => new ddb.TableV2(s, 'T', { partitionKey: pk, multiRegionConsistency: ddb.MultiRegionConsistency.STRONG }),
  V2WitnessWithoutStrong: (s) => new ddb.TableV2(s, 'T', { partitionKey: pk, witnessRegion: 'us-west-2' }),
  ScaleOnDemand: (s) => new ddb.Table(s, 'T', { partitionKey: pk, billingMode: ddb.BillingMode.PAY_PER_REQUEST }).autoScaleReadCapacity({ minCapacity: 1, maxCapacity: 2 }),
  ScaleIndexOnDemand: (s) => new ddb.Table(s, 'T', { partitionKey: pk, billingMode: ddb.BillingMode.PAY_PER_REQUEST }).autoScaleGlobalSecondaryIndexWriteCapacity('x', { minCapacity: 1, maxCapacity: 2 }),
  ScaleReadTwice: (s) => {
    const t = new ddb.Table(s, 'T', { partitionKey: pk });
    t.autoScaleReadCapacity({ minCapacity: 1, maxCapacity: 2 }); t.autoScaleReadCapacity({ minCapacity: 1, maxCapacity: 2 });
  },
  ScaleWriteTwice: (s) => {
    const t = new ddb.Table(s, 'T', { partitionKey: pk });
    t.autoScaleWriteCapacity({ minCapacity: 1, maxCapacity: 2 }); t.autoScaleWriteCapacity({ minCapacity: 1, maxCapacity: 2 });
  },
  ScaleNoIndex: (s) => new ddb.Table(s, 'T', { partitionKey: pk }).autoScaleGlobalSecondaryIndexReadCapacity('nope', { minCapacity: 1, maxCapacity: 2 }),
  ScaleIndexReadTwice: (s) => {
    const t = new ddb.Table(s, 'T', { partitionKey: pk });
    t.addGlobalSecondaryIndex({ indexName: 'g', partitionKey: { name: 'g', type: ddb.AttributeType.STRING } });
    t.autoScaleGlobalSecondaryIndexReadCapacity('g', { minCapacity: 1, maxCapacity: 2 }); t.autoScaleGlobalSecondaryIndexReadCapacity('g', { minCapacity: 1, maxCapacity: 2 });
  },
  ScaleIndexWriteTwice: (s) => {
    const t = new ddb.Table(s, 'T', { partitionKey: pk });
    t.addGlobalSecondaryIndex({ indexName: 'g', partitionKey: { name: 'g', type: ddb.AttributeType.STRING } });
    t.autoScaleGlobalSecondaryIndexWriteCapacity('g', { minCapacity: 1, maxCapacity: 2 }); t.autoScaleGlobalSecondaryIndexWriteCapacity('g', { minCapacity: 1, maxCapacity: 2 });
  },
  ScaleUtilizationLow: (s) => new ddb.Table(s, 'T', { partitionKey: pk }).autoScaleReadCapacity({ minCapacity: 1, maxCapacity: 2 }).scaleOnUtilization({ targetUtilizationPercent: 5 }),
  ScaleUtilizationHigh: (s) => new ddb.Table(s, 'T', { partitionKey: pk }).autoScaleWriteCapacity({ minCapacity: 1, maxCapacity: 2 }).scaleOnUtilization({ targetUtilizationPercent: 90.5 }),
  ScaleMinAboveMax: (s) => new ddb.Table(s, 'T', { partitionKey: pk }).autoScaleWriteCapacity({ minCapacity: 5, maxCapacity: 2 }),
  MarNoSource: (s) => new ddb.TableV2MultiAccountReplica(s, 'R', {}),
  MarSameAccount: (s) => {
    const rs = new cdk.Stack(s.node.scope, 'Rep', { env: { account: '111111111111', region: 'us-west-2' } });
    new ddb.TableV2MultiAccountReplica(rs, 'R', { replicaSourceTable: ddb.TableV2.fromTableArn(rs, 'Src', 'arn:aws:dynamodb:us-east-1:111111111111:table/orders') });
  },
  MarSameRegion: (s) => {
    const a = s.node.scope;
    const src = new cdk.Stack(a, 'Src', { env: { account: '111111111111', region: 'us-east-1' } });
    const rs = new cdk.Stack(a, 'Rep', { env: { account: '222222222222', region: 'us-east-1' } });
    new ddb.TableV2MultiAccountReplica(rs, 'R', { replicaSourceTable: new ddb.TableV2(src, 'T', { partitionKey: pk, tableName: 'x' }) });
  },
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
