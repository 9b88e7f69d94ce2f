// aws-cdk-lib 2.276.0 twins of the Go cases in sources_test.go. Each stack
// is one template case; each entry of `errors` one bad-input case, whose
// message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const apigw = require('aws-cdk-lib/aws-apigateway');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');
const ec2 = require('aws-cdk-lib/aws-ec2');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const app = new cdk.App();

const fn = (s, id, props) => new lambda.Function(s, id, {
  runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async (e) => e;'), ...props,
});

{ // Sqs: a queue source with defaults, one with every option, one through addEventSourceMapping
  const s = new cdk.Stack(app, 'Sqs');
  const queue = new sqs.Queue(s, 'Queue');
  const other = new sqs.Queue(s, 'Other');
  const consumer = fn(s, 'Consumer', { events: [new sources.SqsEventSource(queue)] });
  const src = new sources.SqsEventSource(other, {
    batchSize: 100, enabled: false, maxBatchingWindow: cdk.Duration.seconds(20), maxConcurrency: 5,
    reportBatchItemFailures: true, metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT] },
    filters: [lambda.FilterCriteria.filter({ body: { status: ['done'] } })],
  });
  consumer.addEventSource(src);
  new cdk.CfnOutput(s, 'MappingId', { value: src.eventSourceMappingId });
  new cdk.CfnOutput(s, 'MappingArn', { value: src.eventSourceMappingArn });
  const stream = new lambda.EventSourceMapping(s, 'Stream', {
    target: consumer, eventSourceArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/s',
    startingPosition: lambda.StartingPosition.TRIM_HORIZON, bisectBatchOnError: true, maxRecordAge: cdk.Duration.hours(1),
    retryAttempts: 3, parallelizationFactor: 2, tumblingWindow: cdk.Duration.minutes(1), logLevel: lambda.EventSourceMappingLogLevel.WARN,
  });
  new cdk.CfnOutput(s, 'StreamArn', { value: stream.eventSourceMappingArn });
}

{ // SnsAndS3: a topic subscription with a dead-letter queue, bucket notifications with filters
  const s = new cdk.Stack(app, 'SnsAndS3');
  const topic = new sns.Topic(s, 'Topic');
  const bucket = new s3.Bucket(s, 'Bucket');
  const f = fn(s, 'Fn');
  f.addEventSource(new sources.SnsEventSource(topic, { deadLetterQueue: new sqs.Queue(s, 'Dlq') }));
  f.addEventSource(new sources.S3EventSource(bucket, {
    events: [s3.EventType.OBJECT_CREATED, s3.EventType.OBJECT_REMOVED],
    filters: [{ prefix: 'uploads/', suffix: '.jpg' }],
  }));
}

{ // Dynamo: a table's stream read with defaults, and with every option the mapping takes; an imported table with a stream
  const s = new cdk.Stack(app, 'Dynamo');
  const table = new dynamodb.Table(s, 'Table', {
    partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
  });
  const src = new sources.DynamoEventSource(table, { startingPosition: lambda.StartingPosition.LATEST });
  fn(s, 'Plain', { events: [src] });
  const all = fn(s, 'All');
  all.addEventSource(new sources.DynamoEventSource(table, {
    startingPosition: lambda.StartingPosition.TRIM_HORIZON, batchSize: 50, enabled: true, maxBatchingWindow: cdk.Duration.seconds(5),
    bisectBatchOnError: true, maxRecordAge: cdk.Duration.hours(2), parallelizationFactor: 2, reportBatchItemFailures: true,
    retryAttempts: 4, tumblingWindow: cdk.Duration.seconds(30),
    metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT] },
    filters: [lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.isEqual('INSERT') })],
    provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 3 },
  }));
  const imported = dynamodb.Table.fromTableAttributes(s, 'Imported', {
    tableName: 'other', tableStreamArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/other/stream/2024-01-01T00:00:00.000',
  });
  all.addEventSource(new sources.DynamoEventSource(imported, { startingPosition: lambda.StartingPosition.LATEST, batchSize: 10000 }));
  new cdk.CfnOutput(s, 'MappingId', { value: src.eventSourceMappingId });
  new cdk.CfnOutput(s, 'MappingArn', { value: src.eventSourceMappingArn });
}

{ // Api: two functions, each with its own REST API made on the first ApiEventSource
  const s = new cdk.Stack(app, 'Api');
  const f = fn(s, 'Fn', { events: [new sources.ApiEventSource('GET', '/items')] });
  f.addEventSource(new sources.ApiEventSource('POST', '/items/{id}/tags', { apiKeyRequired: true, operationName: 'AddTag' }));
  fn(s, 'Other', { events: [new sources.ApiEventSource('ANY', '/')] });
}

{ // Dlq: failure destinations of stream sources, filter rules, a Kafka mapping with access configurations and a Kafka DLQ
  const s = new cdk.Stack(app, 'Dlq');
  const table = new dynamodb.Table(s, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, stream: dynamodb.StreamViewType.NEW_IMAGE });
  const q = new sqs.Queue(s, 'Q');
  const t = new sns.Topic(s, 'T');
  const b = new s3.Bucket(s, 'B');
  fn(s, 'ToQueue', { events: [new sources.DynamoEventSource(table, { startingPosition: lambda.StartingPosition.LATEST, onFailure: new sources.SqsDlq(q),
    // keys sorted, as jsii hands the Go map over
    filters: [lambda.FilterCriteria.filter({ dynamodb: { NewImage: { e: { S: lambda.FilterRule.empty() }, k: { N: lambda.FilterRule.isEqual(3) },
      n: { N: lambda.FilterRule.between(1, 5) }, o: { S: lambda.FilterRule.or('p', 'q') }, s: { S: lambda.FilterRule.beginsWith('a') },
      u: lambda.FilterRule.null(), x: lambda.FilterRule.exists(), y: lambda.FilterRule.notExists(), z: { S: lambda.FilterRule.notEquals('no') } } },
      eventName: lambda.FilterRule.isEqual('INSERT') })] })] });
  fn(s, 'ToTopic', { events: [new sources.DynamoEventSource(table, { startingPosition: lambda.StartingPosition.TRIM_HORIZON, onFailure: new sources.SnsDlq(t) })] });
  fn(s, 'ToBucket', { events: [new sources.DynamoEventSource(table, { startingPosition: lambda.StartingPosition.LATEST, onFailure: new sources.S3OnFailureDestination(b) })] });
  fn(s, 'Kafka').addEventSourceMapping('Kafka', { kafkaBootstrapServers: ['b1:9092', 'b2:9092'], kafkaTopic: 'orders', startingPosition: lambda.StartingPosition.TRIM_HORIZON,
    sourceAccessConfigurations: [{ type: lambda.SourceAccessConfigurationType.BASIC_AUTH, uri: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka' }],
    onFailure: new sources.KafkaDlq('orders-dlq') });
}

{ // Kafka: an MSK source with a secret and a Confluent registry, a self-managed source in a VPC with a Glue registry
  const s = new cdk.Stack(app, 'Kafka');
  const secret = secretsmanager.Secret.fromSecretCompleteArn(s, 'Secret', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka-AbCdEf');
  const ca = secretsmanager.Secret.fromSecretCompleteArn(s, 'Ca', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:ca-AbCdEf');
  const msk = fn(s, 'Msk');
  msk.addEventSource(new sources.ManagedKafkaEventSource({ clusterArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/c/abc', topic: 'orders',
    startingPosition: lambda.StartingPosition.TRIM_HORIZON, secret, batchSize: 500, consumerGroupId: 'group-1',
    schemaRegistryConfig: new sources.ConfluentSchemaRegistry({ schemaRegistryUri: 'https://registry.example.com', eventRecordFormat: lambda.EventRecordFormat.JSON,
      authenticationType: lambda.KafkaSchemaRegistryAccessConfigType.BASIC_AUTH, secret,
      schemaValidationConfigs: [{ attribute: lambda.KafkaSchemaValidationAttribute.KEY }, { attribute: lambda.KafkaSchemaValidationAttribute.VALUE }] }) }));
  const vpc = ec2.Vpc.fromVpcAttributes(s, 'Vpc', { vpcId: 'vpc-0123456789abcdef0', availabilityZones: ['us-east-1a', 'us-east-1b'],
    privateSubnetIds: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'] });
  const sg = ec2.SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-0123456789abcdef0');
  fn(s, 'SelfManaged', { events: [new sources.SelfManagedKafkaEventSource({ bootstrapServers: ['b1.example.com:9092', 'b2.example.com:9092'], topic: 'events',
    startingPosition: lambda.StartingPosition.LATEST, vpc, securityGroup: sg, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    secret, authenticationMethod: sources.AuthenticationMethod.BASIC_AUTH, rootCACertificate: ca, onFailure: new sources.KafkaDlq('events-dlq'),
    schemaRegistryConfig: new sources.GlueSchemaRegistry({ schemaRegistryArn: 'arn:aws:glue:us-east-1:123456789012:registry/reg', eventRecordFormat: lambda.EventRecordFormat.SOURCE,
      schemaValidationConfigs: [{ attribute: lambda.KafkaSchemaValidationAttribute.VALUE }] }) })] });
}

{ // Kinesis: a stream read with defaults, with every option, at a timestamp; a KMS stream; a consumer; an imported stream
  const s = new cdk.Stack(app, 'Kinesis');
  const stream = new kinesis.Stream(s, 'Stream');
  const src = new sources.KinesisEventSource(stream, { startingPosition: lambda.StartingPosition.LATEST });
  fn(s, 'Plain', { events: [src] });
  const all = fn(s, 'All');
  all.addEventSource(new sources.KinesisEventSource(stream, {
    startingPosition: lambda.StartingPosition.TRIM_HORIZON, batchSize: 500, enabled: true, maxBatchingWindow: cdk.Duration.seconds(10),
    bisectBatchOnError: true, maxRecordAge: cdk.Duration.hours(1), parallelizationFactor: 3, reportBatchItemFailures: true,
    retryAttempts: 2, tumblingWindow: cdk.Duration.seconds(60),
    metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT] },
    filters: [lambda.FilterCriteria.filter({ data: { kind: ['a'] } })],
    onFailure: new sources.SqsDlq(new sqs.Queue(s, 'Failed')),
  }));
  const kms = new kinesis.Stream(s, 'Kms', { encryption: kinesis.StreamEncryption.KMS });
  all.addEventSource(new sources.KinesisEventSource(kms, {
    startingPosition: lambda.StartingPosition.AT_TIMESTAMP, startingPositionTimestamp: 1700000000,
  }));
  const consumer = new kinesis.StreamConsumer(s, 'Consumer', { stream, streamConsumerName: 'fanout' });
  const csrc = new sources.KinesisConsumerEventSource(consumer, { startingPosition: lambda.StartingPosition.LATEST, batchSize: 10000 });
  fn(s, 'Fanout', { events: [csrc] });
  const imported = kinesis.Stream.fromStreamArn(s, 'Imported', 'arn:aws:kinesis:us-east-1:123456789012:stream/other');
  all.addEventSource(new sources.KinesisEventSource(imported, { startingPosition: lambda.StartingPosition.LATEST }));
  new cdk.CfnOutput(s, 'MappingId', { value: src.eventSourceMappingId });
  new cdk.CfnOutput(s, 'MappingArn', { value: csrc.eventSourceMappingArn });
}

const errors = {
  KinesisBatchTooLarge: (s) => new sources.KinesisEventSource(new kinesis.Stream(s, 'K'), { startingPosition: lambda.StartingPosition.LATEST, batchSize: 10001 }),
  KinesisBatchTooSmall: (s) => new sources.KinesisConsumerEventSource(
    new kinesis.StreamConsumer(s, 'C', { stream: new kinesis.Stream(s, 'K'), streamConsumerName: 'c' }), { startingPosition: lambda.StartingPosition.LATEST, batchSize: 0.5 }),
  KinesisBatchingWindow: (s) => fn(s, 'F', { events: [new sources.KinesisEventSource(new kinesis.Stream(s, 'K'), {
    startingPosition: lambda.StartingPosition.LATEST, maxBatchingWindow: cdk.Duration.seconds(301) })] }),
  KinesisTumblingWindow: (s) => fn(s, 'F', { events: [new sources.KinesisEventSource(new kinesis.Stream(s, 'K'), {
    startingPosition: lambda.StartingPosition.LATEST, tumblingWindow: cdk.Duration.minutes(16) })] }),
  KinesisUnbound: (s) => {
    const src = new sources.KinesisEventSource(new kinesis.Stream(s, 'K'), { startingPosition: lambda.StartingPosition.LATEST });
    new cdk.CfnOutput(s, 'O', { value: src.eventSourceMappingId });
  },
  DynamoBatchingWindow: (s) => fn(s, 'F', { events: [new sources.DynamoEventSource(new dynamodb.Table(s, 'T', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, stream: dynamodb.StreamViewType.KEYS_ONLY }),
    { startingPosition: lambda.StartingPosition.LATEST, maxBatchingWindow: cdk.Duration.seconds(301) })] }),
  DynamoTumblingWindow: (s) => fn(s, 'F', { events: [new sources.DynamoEventSource(new dynamodb.Table(s, 'T', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, stream: dynamodb.StreamViewType.KEYS_ONLY }),
    { startingPosition: lambda.StartingPosition.LATEST, tumblingWindow: cdk.Duration.minutes(16) })] }),
  TenantIsolatedSqs: (s) => fn(s, 'F', { tenancyConfig: lambda.TenancyConfig.PER_TENANT, events: [new sources.SqsEventSource(new sqs.Queue(s, 'Q'))] }),
  SelfManagedWithoutSecret: () => new sources.SelfManagedKafkaEventSource({ bootstrapServers: ['b:9092'], topic: 't', startingPosition: lambda.StartingPosition.LATEST }),
  KafkaDlqTopic: () => new sources.KafkaDlq('bad topic!'),
  ApiPathWithoutSlash: (s) => new sources.ApiEventSource('GET', 'items'),
  DynamoWithoutStream: (s) => fn(s, 'F', { events: [new sources.DynamoEventSource(new dynamodb.Table(s, 'T', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } }), { startingPosition: lambda.StartingPosition.LATEST })] }),
  DynamoBatchTooLarge: (s) => new sources.DynamoEventSource(new dynamodb.Table(s, 'T', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } }), { startingPosition: lambda.StartingPosition.LATEST, batchSize: 10001 }),
  DynamoPollers: (s) => new sources.DynamoEventSource(new dynamodb.Table(s, 'T', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } }), { startingPosition: lambda.StartingPosition.LATEST, provisionedPollerConfig: { minimumPollers: 5, maximumPollers: 2 } }),
  DynamoUnbound: (s) => {
    const src = new sources.DynamoEventSource(new dynamodb.Table(s, 'T', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } }), { startingPosition: lambda.StartingPosition.LATEST });
    new cdk.CfnOutput(s, 'O', { value: src.eventSourceMappingId });
  },
  BatchTooLarge: (s) => fn(s, 'F', { events: [new sources.SqsEventSource(new sqs.Queue(s, 'Q'), { batchSize: 11 })] }),
  FifoBatchingWindow: (s) => new sources.SqsEventSource(new sqs.Queue(s, 'Q', { fifo: true }), { maxBatchingWindow: cdk.Duration.seconds(1) }),
  MappingWithoutSource: (s) => new lambda.EventSourceMapping(s, 'M', { target: fn(s, 'F') }),
};
const out = {};
for (const [name, build] of Object.entries(errors)) {
  const eapp = new cdk.App({ autoSynth: false, context: JSON.parse(process.env.CDK_CONTEXT_JSON || '{}') });
  const s = new cdk.Stack(eapp, 'S');
  try {
    build(s);
    eapp.synth();
    out[name] = null;
  } catch (e) {
    out[name] = { path: e.constructPath || '', message: e.message };
  }
}
app.synth();
console.log(JSON.stringify(out, null, 2));
