// aws-cdk-lib 2.276.0 twins of the Go cases in delivery_stream_test.go. Each
// stack is one template case; each entry of `errors` one bad-input case,
// whose message and construct path regen.sh writes to errors.json.
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const ec2 = require('aws-cdk-lib/aws-ec2');
const firehose = require('aws-cdk-lib/aws-kinesisfirehose');
const glue = require('aws-cdk-lib/aws-glue');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const s3 = require('aws-cdk-lib/aws-s3');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const app = new cdk.App();

function fn(s, id) {
  return new lambda.Function(s, id, {
    runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}'),
  });
}

{ // Default: the smallest stream, a named one, its attributes
  const s = new cdk.Stack(app, 'Default');
  const b = new s3.Bucket(s, 'Bucket');
  const ds = new firehose.DeliveryStream(s, 'Stream', { destination: new firehose.S3Bucket(b) });
  const named = new firehose.DeliveryStream(s, 'Named', { destination: new firehose.S3Bucket(b), deliveryStreamName: 'my-stream' });
  new cdk.CfnOutput(s, 'Arn', { value: ds.deliveryStreamArn });
  new cdk.CfnOutput(s, 'Name', { value: ds.deliveryStreamName });
  new cdk.CfnOutput(s, 'NamedArn', { value: named.deliveryStreamArn });
  new cdk.CfnOutput(s, 'NamedName', { value: named.deliveryStreamName });
}

{ // S3Props: every S3 destination prop, given role, logging choices
  const s = new cdk.Stack(app, 'S3Props');
  const b = new s3.Bucket(s, 'Bucket');
  const key = new kms.Key(s, 'Key');
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('firehose.amazonaws.com') });
  const lg = new logs.LogGroup(s, 'Logs');
  new firehose.DeliveryStream(s, 'Full', {
    destination: new firehose.S3Bucket(b, {
      bufferingInterval: cdk.Duration.minutes(2),
      bufferingSize: cdk.Size.mebibytes(64),
      compression: firehose.Compression.GZIP,
      dataOutputPrefix: 'data/!{timestamp:yyyy}/',
      errorOutputPrefix: 'errors/!{firehose:error-output-type}/',
      encryptionKey: key,
      fileExtension: '.json.gz',
      timeZone: cdk.TimeZone.EUROPE_LONDON,
      loggingConfig: new firehose.EnableLogging(lg),
      role,
    }),
  });
  new firehose.DeliveryStream(s, 'NoLogs', {
    destination: new firehose.S3Bucket(b, { loggingConfig: new firehose.DisableLogging(), compression: firehose.Compression.SNAPPY, bufferingSize: cdk.Size.mebibytes(1) }),
  });
  new firehose.DeliveryStream(s, 'DefaultLogs', {
    destination: new firehose.S3Bucket(b, { loggingConfig: new firehose.EnableLogging(), compression: firehose.Compression.of('ZIP'), bufferingInterval: cdk.Duration.seconds(0), timeZone: cdk.TimeZone.of('UTC') }),
  });
}

{ // Backup: a created backup bucket, a given one with its own options
  const s = new cdk.Stack(app, 'Backup');
  const b = new s3.Bucket(s, 'Bucket');
  const backup = new s3.Bucket(s, 'BackupTarget');
  const key = new kms.Key(s, 'BackupKey');
  new firehose.DeliveryStream(s, 'All', {
    destination: new firehose.S3Bucket(b, { s3Backup: { mode: firehose.BackupMode.ALL } }),
  });
  new firehose.DeliveryStream(s, 'Given', {
    destination: new firehose.S3Bucket(b, {
      s3Backup: {
        bucket: backup, compression: firehose.Compression.HADOOP_SNAPPY, dataOutputPrefix: 'backup/', errorOutputPrefix: 'backup-errors/',
        encryptionKey: key, bufferingInterval: cdk.Duration.seconds(60), bufferingSize: cdk.Size.mebibytes(8),
        loggingConfig: new firehose.DisableLogging(),
      },
    }),
  });
}

{ // Processors: a Lambda processor with its props, the built-in processors
  const s = new cdk.Stack(app, 'Processors');
  const b = new s3.Bucket(s, 'Bucket');
  const f = fn(s, 'Fn');
  new firehose.DeliveryStream(s, 'Lambda', {
    destination: new firehose.S3Bucket(b, {
      processors: [new firehose.LambdaFunctionProcessor(f, { bufferInterval: cdk.Duration.minutes(1), bufferSize: cdk.Size.mebibytes(2), retries: 5 })],
    }),
  });
  new firehose.DeliveryStream(s, 'Single', {
    destination: new firehose.S3Bucket(b, { processor: new firehose.LambdaFunctionProcessor(f) }),
  });
  new firehose.DeliveryStream(s, 'Builtin', {
    destination: new firehose.S3Bucket(b, {
      processors: [
        new firehose.DecompressionProcessor(),
        new firehose.CloudWatchLogProcessor({ dataMessageExtraction: true }),
        new firehose.AppendDelimiterToRecordProcessor(),
        new firehose.DecompressionProcessor({ compressionFormat: firehose.DecompressionProcessorCompressionFormat.of('ZSTD') }),
      ],
    }),
  });
}

{ // Partitioning: dynamic partitioning with inline parsing and a Lambda
  const s = new cdk.Stack(app, 'Partitioning');
  const b = new s3.Bucket(s, 'Bucket');
  const f = fn(s, 'Fn');
  new firehose.DeliveryStream(s, 'Inline', {
    destination: new firehose.S3Bucket(b, {
      dynamicPartitioning: { enabled: true, retryDuration: cdk.Duration.minutes(5) },
      dataOutputPrefix: 'cust=!{partitionKeyFromQuery:customer_id}/dev=!{partitionKeyFromQuery:device}/',
      errorOutputPrefix: 'err/!{firehose:error-output-type}/',
      processors: [
        firehose.RecordDeAggregationProcessor.json(),
        firehose.MetadataExtractionProcessor.jq16({ customer_id: '.customer.id', device: '.device' }),
      ],
    }),
  });
  new firehose.DeliveryStream(s, 'Lambda', {
    destination: new firehose.S3Bucket(b, {
      dynamicPartitioning: { enabled: true },
      bufferingSize: cdk.Size.mebibytes(64),
      bufferingInterval: cdk.Duration.seconds(60),
      dataOutputPrefix: 'k=!{partitionKeyFromLambda:k}/',
      errorOutputPrefix: 'err/!{firehose:error-output-type}/',
      processors: [firehose.RecordDeAggregationProcessor.delimited('\n'), new firehose.LambdaFunctionProcessor(f)],
    }),
  });
}

{ // Encryption: every StreamEncryption, a Kinesis source, a given role
  const s = new cdk.Stack(app, 'Encryption');
  const b = new s3.Bucket(s, 'Bucket');
  const key = new kms.Key(s, 'StreamKey');
  const owned = new firehose.DeliveryStream(s, 'AwsOwned', { destination: new firehose.S3Bucket(b), encryption: firehose.StreamEncryption.awsOwnedKey() });
  key.grantDecrypt(owned); // the stream's grant principal: its "Service Role", created on first use
  new firehose.DeliveryStream(s, 'Created', { destination: new firehose.S3Bucket(b), encryption: firehose.StreamEncryption.customerManagedKey() });
  new firehose.DeliveryStream(s, 'Given', { destination: new firehose.S3Bucket(b), encryption: firehose.StreamEncryption.customerManagedKey(key) });
  new firehose.DeliveryStream(s, 'Off', { destination: new firehose.S3Bucket(b), encryption: firehose.StreamEncryption.unencrypted() });
  const stream = new kinesis.Stream(s, 'Source');
  new firehose.DeliveryStream(s, 'FromKinesis', { destination: new firehose.S3Bucket(b), source: new firehose.KinesisStreamSource(stream) });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('firehose.amazonaws.com') });
  new firehose.DeliveryStream(s, 'WithRole', {
    destination: new firehose.S3Bucket(b), role, source: new firehose.KinesisStreamSource(stream),
    encryption: firehose.StreamEncryption.unencrypted(),
  });
}

{ // Grants: grants, imports, metrics and connections, in a known region
  const s = new cdk.Stack(app, 'Grants', { env: { account: '111111111111', region: 'us-east-1' } });
  const b = new s3.Bucket(s, 'Bucket');
  const ds = new firehose.DeliveryStream(s, 'Stream', { destination: new firehose.S3Bucket(b) });
  const role = new iam.Role(s, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  ds.grantPutRecords(role);
  ds.grant(role, 'firehose:DescribeDeliveryStream');
  ds.grants.actions(role, ['firehose:ListTagsForDeliveryStream'], { resourceArns: ['*'] });
  const byArn = firehose.DeliveryStream.fromDeliveryStreamArn(s, 'ByArn', 'arn:aws:firehose:us-east-1:222222222222:deliverystream/other');
  const byName = firehose.DeliveryStream.fromDeliveryStreamName(s, 'ByName', 'by-name');
  const byAttrs = firehose.DeliveryStream.fromDeliveryStreamAttributes(s, 'ByAttrs', { deliveryStreamName: 'attrs', role });
  byArn.grantPutRecords(role);
  byName.grant(role, 'firehose:PutRecord');
  byAttrs.grantPutRecords(role);
  new cdk.CfnOutput(s, 'ByArnName', { value: byArn.deliveryStreamName });
  new cdk.CfnOutput(s, 'ByNameArn', { value: byName.deliveryStreamArn });
  new cdk.CfnOutput(s, 'ByAttrsArn', { value: byAttrs.deliveryStreamArn });
  new cdk.CfnOutput(s, 'ByAttrsPrincipal', { value: byAttrs.grantPrincipal.roleArn });
  const alarm = (id, m) => new cloudwatch.Alarm(s, id, { metric: m, threshold: 1, evaluationPeriods: 1 });
  alarm('Bytes', ds.metricIncomingBytes());
  alarm('Records', ds.metricIncomingRecords({ period: cdk.Duration.minutes(1) }));
  alarm('BackupBytes', ds.metricBackupToS3Bytes());
  alarm('Freshness', ds.metricBackupToS3DataFreshness({ statistic: 'Maximum' }));
  alarm('BackupRecords', ds.metricBackupToS3Records());
  alarm('Custom', ds.metric('ThrottledRecords', { unit: cloudwatch.Unit.COUNT }));
  alarm('Imported', byName.metricIncomingRecords());
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, restrictDefaultSecurityGroup: false, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PUBLIC }] });
  const sg = new ec2.SecurityGroup(s, 'Sg', { vpc });
  sg.connections.allowFrom(ds, ec2.Port.tcp(443));
}

{ // Agnostic: the region-keyed mapping behind connections, once per stack
  const s = new cdk.Stack(app, 'Agnostic');
  const b = new s3.Bucket(s, 'Bucket');
  const ds = new firehose.DeliveryStream(s, 'Stream', { destination: new firehose.S3Bucket(b) });
  firehose.DeliveryStream.fromDeliveryStreamName(s, 'Imported', 'x');
  const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, restrictDefaultSecurityGroup: false, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PUBLIC }] });
  const sg = new ec2.SecurityGroup(s, 'Sg', { vpc });
  sg.connections.allowFrom(ds, ec2.Port.tcp(443));
}

{ // Formats: record format conversion to Parquet and ORC
  const s = new cdk.Stack(app, 'Formats');
  const b = new s3.Bucket(s, 'Bucket');
  const table = new glue.CfnTable(s, 'Table', {
    catalogId: '111111111111', databaseName: 'db',
    tableInput: { name: 'events', storageDescriptor: { columns: [{ name: 'id', type: 'string' }] } },
  });
  new firehose.DeliveryStream(s, 'Parquet', {
    destination: new firehose.S3Bucket(b, {
      dataFormatConversion: {
        schemaConfiguration: firehose.SchemaConfiguration.fromCfnTable(table),
        inputFormat: firehose.InputFormat.OPENX_JSON,
        outputFormat: firehose.OutputFormat.PARQUET,
      },
    }),
  });
  new firehose.DeliveryStream(s, 'Orc', {
    destination: new firehose.S3Bucket(b, {
      bufferingSize: cdk.Size.mebibytes(100),
      dataFormatConversion: {
        schemaConfiguration: firehose.SchemaConfiguration.fromCfnTable(table, { region: 'eu-west-1', versionId: '2' }),
        inputFormat: new firehose.HiveJsonInputFormat({ timestampParsers: [firehose.TimestampParser.EPOCH_MILLIS, firehose.TimestampParser.fromFormatString('yyyy-MM-dd')] }),
        outputFormat: new firehose.OrcOutputFormat({
          blockSize: cdk.Size.mebibytes(256), bloomFilterColumns: ['id'], bloomFilterFalsePositiveProbability: 0.05,
          compression: firehose.OrcCompression.ZLIB, dictionaryKeyThreshold: 0.8, enablePadding: true,
          formatVersion: firehose.OrcFormatVersion.V0_11, paddingTolerance: 0.2, rowIndexStride: 5000, stripeSize: cdk.Size.mebibytes(32),
        }),
      },
    }),
  });
  new firehose.DeliveryStream(s, 'Tuned', {
    destination: new firehose.S3Bucket(b, {
      dataFormatConversion: {
        enabled: false,
        schemaConfiguration: firehose.SchemaConfiguration.fromCfnTable(table),
        inputFormat: new firehose.OpenXJsonInputFormat({ lowercaseColumnNames: false, convertDotsInJsonKeysToUnderscores: true, columnToJsonKeyMappings: { ts: 'timestamp' } }),
        outputFormat: new firehose.ParquetOutputFormat({
          blockSize: cdk.Size.mebibytes(128), compression: firehose.ParquetCompression.GZIP, enableDictionaryCompression: true,
          maxPadding: cdk.Size.bytes(1024), pageSize: cdk.Size.kibibytes(512), writerVersion: firehose.ParquetWriterVersion.V2,
        }),
      },
    }),
  });
}

{ // Http: an HTTP endpoint with every prop, Datadog with its defaults
  const s = new cdk.Stack(app, 'Http');
  const backup = new s3.Bucket(s, 'Backup');
  const secret = new secretsmanager.Secret(s, 'ApiKey');
  const f = fn(s, 'Fn');
  new firehose.DeliveryStream(s, 'Endpoint', {
    destination: new firehose.HttpEndpoint({
      endpointConfig: { url: 'https://example.com/ingest', name: 'Example', accessKey: cdk.SecretValue.unsafePlainText('k3y') },
      attributes: [{ name: 'env', value: 'prod' }, { name: 'team', value: 'data' }],
      backupMode: firehose.HttpBackupMode.ALL,
      bufferingHints: { interval: cdk.Duration.seconds(120), size: cdk.Size.mebibytes(2) },
      requestCompression: firehose.HttpCompression.GZIP,
      retryOptions: { duration: cdk.Duration.minutes(10) },
      s3Backup: { bucket: backup, dataOutputPrefix: 'http/' },
      processors: [new firehose.LambdaFunctionProcessor(f)],
    }),
  });
  new firehose.DeliveryStream(s, 'Plain', {
    destination: new firehose.HttpEndpoint({ endpointConfig: { url: 'https://example.com/plain', secret }, loggingConfig: new firehose.DisableLogging() }),
  });
  new firehose.DeliveryStream(s, 'Datadog', {
    destination: new firehose.Datadog({ apiKey: secret, endpoint: firehose.DatadogEndpoint.LOGS_EU }),
  });
  new firehose.DeliveryStream(s, 'DatadogTuned', {
    destination: new firehose.Datadog({
      apiKey: secret, endpoint: firehose.DatadogEndpoint.METRICS_US5, tags: [{ name: 'service', value: 'x' }],
      backupMode: firehose.HttpBackupMode.ALL, requestCompression: firehose.HttpCompression.NONE,
      bufferingHints: { interval: cdk.Duration.seconds(30) }, retryOptions: { duration: cdk.Duration.seconds(0) },
    }),
  });
}

// Bad input: aws-cdk-lib throws; the message and construct path are the expectation.
const b = (s) => new s3.Bucket(s, 'B');
const ds = (s, dest, extra) => new firehose.DeliveryStream(s, 'DS', { destination: dest, ...extra });
const errors = {
  BackupFailed: (s) => new firehose.S3Bucket(b(s), { s3Backup: { mode: firehose.BackupMode.FAILED } }),
  ConversionAndCompression: (s) => new firehose.S3Bucket(b(s), {
    compression: firehose.Compression.GZIP,
    dataFormatConversion: { schemaConfiguration: firehose.SchemaConfiguration.fromCfnTable(new glue.CfnTable(s, 'T', { catalogId: 'c', databaseName: 'd', tableInput: {} })), inputFormat: firehose.InputFormat.OPENX_JSON, outputFormat: firehose.OutputFormat.PARQUET },
  }),
  BadExpression: (s) => new firehose.S3Bucket(b(s), { dataOutputPrefix: '!{nope:x}', errorOutputPrefix: 'e/' }),
  ExpressionWithoutErrorPrefix: (s) => new firehose.S3Bucket(b(s), { dataOutputPrefix: '!{timestamp:yyyy}' }),
  ErrorPrefixWithoutType: (s) => new firehose.S3Bucket(b(s), { errorOutputPrefix: '!{timestamp:yyyy}' }),
  DataPrefixWithErrorType: (s) => new firehose.S3Bucket(b(s), { dataOutputPrefix: '!{firehose:error-output-type}', errorOutputPrefix: '!{firehose:error-output-type}' }),
  PartitionKeyInErrorPrefix: (s) => new firehose.S3Bucket(b(s), { errorOutputPrefix: '!{firehose:error-output-type}!{partitionKeyFromQuery:a}' }),
  PartitionKeyWithoutPartitioning: (s) => new firehose.S3Bucket(b(s), { dataOutputPrefix: '!{partitionKeyFromQuery:a}', errorOutputPrefix: '!{firehose:error-output-type}' }),
  FileExtensionDot: (s) => ds(s, new firehose.S3Bucket(b(s), { fileExtension: 'json' })),
  FileExtensionChars: (s) => ds(s, new firehose.S3Bucket(b(s), { fileExtension: '.JSON' })),
  BufferingIntervalLarge: (s) => ds(s, new firehose.S3Bucket(b(s), { bufferingInterval: cdk.Duration.minutes(16) })),
  BufferingSizeLarge: (s) => ds(s, new firehose.S3Bucket(b(s), { bufferingSize: cdk.Size.mebibytes(129) })),
  BufferingSizeSmall: (s) => ds(s, new firehose.S3Bucket(b(s), { bufferingSize: cdk.Size.kibibytes(0) })),
  PartitioningInterval: (s) => ds(s, new firehose.S3Bucket(b(s), {
    dynamicPartitioning: { enabled: true }, bufferingInterval: cdk.Duration.seconds(30), dataOutputPrefix: '!{partitionKeyFromQuery:a}/', errorOutputPrefix: '!{firehose:error-output-type}',
    processors: [firehose.MetadataExtractionProcessor.jq16({ a: '.a' })],
  })),
  PartitioningSize: (s) => ds(s, new firehose.S3Bucket(b(s), {
    dynamicPartitioning: { enabled: true }, bufferingSize: cdk.Size.mebibytes(32), dataOutputPrefix: '!{partitionKeyFromQuery:a}/', errorOutputPrefix: '!{firehose:error-output-type}',
    processors: [firehose.MetadataExtractionProcessor.jq16({ a: '.a' })],
  })),
  ProcessorAndProcessors: (s) => ds(s, new firehose.S3Bucket(b(s), { processor: new firehose.DecompressionProcessor(), processors: [] })),
  CloudWatchWithoutDecompression: (s) => ds(s, new firehose.S3Bucket(b(s), { processors: [new firehose.CloudWatchLogProcessor({ dataMessageExtraction: true })] })),
  DataMessageExtraction: () => new firehose.CloudWatchLogProcessor({ dataMessageExtraction: false }),
  PartitioningWithoutPrefix: (s) => ds(s, new firehose.S3Bucket(b(s), { dynamicPartitioning: { enabled: true }, processors: [new firehose.LambdaFunctionProcessor(fn(s, 'F'))] })),
  PartitioningWithoutProcessors: (s) => ds(s, new firehose.S3Bucket(b(s), { dynamicPartitioning: { enabled: true }, dataOutputPrefix: 'x/', processors: [new firehose.DecompressionProcessor()] })),
  LambdaWithoutKey: (s) => ds(s, new firehose.S3Bucket(b(s), { dynamicPartitioning: { enabled: true }, dataOutputPrefix: 'x/', processors: [new firehose.LambdaFunctionProcessor(fn(s, 'F'))] })),
  QueryKeyMismatch: (s) => ds(s, new firehose.S3Bucket(b(s), {
    dynamicPartitioning: { enabled: true }, dataOutputPrefix: '!{partitionKeyFromQuery:a}/', errorOutputPrefix: '!{firehose:error-output-type}',
    processors: [firehose.MetadataExtractionProcessor.jq16({ a: '.a', b: '.b' })],
  })),
  MetadataWithoutPartitioning: (s) => ds(s, new firehose.S3Bucket(b(s), { processors: [firehose.MetadataExtractionProcessor.jq16({ a: '.a' })] })),
  DeaggregationWithoutPartitioning: (s) => ds(s, new firehose.S3Bucket(b(s), { processors: [firehose.RecordDeAggregationProcessor.json()] })),
  EmptyQuery: () => firehose.MetadataExtractionProcessor.jq16({}),
  RetryDuration: (s) => ds(s, new firehose.S3Bucket(b(s), {
    dynamicPartitioning: { enabled: true, retryDuration: cdk.Duration.hours(3) }, dataOutputPrefix: '!{partitionKeyFromQuery:a}', errorOutputPrefix: '!{firehose:error-output-type}',
    processors: [firehose.MetadataExtractionProcessor.jq16({ a: '.a' })],
  })),
  TimeZone: (s) => ds(s, new firehose.S3Bucket(b(s), { timeZone: cdk.TimeZone.ETC_UTC })),
  TimeZoneAbbreviation: (s) => ds(s, new firehose.S3Bucket(b(s), { timeZone: cdk.TimeZone.of('EST') })),
  EncryptedKinesisSource: (s) => ds(s, new firehose.S3Bucket(b(s)), {
    source: new firehose.KinesisStreamSource(new kinesis.Stream(s, 'K')), encryption: firehose.StreamEncryption.awsOwnedKey(),
  }),
  ImportWithoutNameOrArn: (s) => firehose.DeliveryStream.fromDeliveryStreamAttributes(s, 'I', {}),
  ImportArnWithoutName: (s) => firehose.DeliveryStream.fromDeliveryStreamArn(s, 'I', 'arn:aws:firehose:us-east-1:111111111111:deliverystream'),
  ReservedTimestamp: () => firehose.TimestampParser.fromFormatString('millis'),
  BlankTimestamp: () => firehose.TimestampParser.fromFormatString('  '),
  ParquetBlockSize: () => new firehose.ParquetOutputFormat({ blockSize: cdk.Size.mebibytes(32) }),
  ParquetPageSize: () => new firehose.ParquetOutputFormat({ pageSize: cdk.Size.kibibytes(32) }),
  OrcStripeSize: () => new firehose.OrcOutputFormat({ stripeSize: cdk.Size.mebibytes(4) }),
  OrcProbability: () => new firehose.OrcOutputFormat({ bloomFilterFalsePositiveProbability: 1.5 }),
  OrcRowIndexStride: () => new firehose.OrcOutputFormat({ rowIndexStride: 10 }),
  HttpRetryDuration: (s) => ds(s, new firehose.HttpEndpoint({ endpointConfig: { url: 'https://x' }, retryOptions: { duration: cdk.Duration.hours(3) } })),
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
