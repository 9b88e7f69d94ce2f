// Package awskinesisfirehose is Amazon Data Firehose in Strata, with
// aws-cdk-go's names: the generated L1 (CfnDeliveryStream, files *_gen.go)
// and the hand-written L2s of aws-cdk-lib's aws-kinesisfirehose module:
//
//   - DeliveryStream, imported streams (DeliveryStream_FromDeliveryStreamArn,
//     _FromDeliveryStreamName, _FromDeliveryStreamAttributes), grants
//     (Grant, GrantPutRecords, DeliveryStreamGrants), metrics and
//     Connections (the per-region Firehose CIDR mapping);
//   - server-side encryption (StreamEncryption_*) and a Kinesis data stream
//     source (KinesisStreamSource);
//   - destinations: S3Bucket (prefixes, buffering, compression, encryption,
//     CloudWatch logging with its log group and stream, S3 backup, dynamic
//     partitioning, record format conversion), HttpEndpoint and Datadog;
//   - data processors: LambdaFunctionProcessor, DecompressionProcessor,
//     CloudWatchLogProcessor, AppendDelimiterToRecordProcessor,
//     MetadataExtractionProcessor, RecordDeAggregationProcessor;
//   - record formats: OpenX and Hive JSON input, Parquet and ORC output,
//     SchemaConfiguration_FromCfnTable.
//
// The L2s render what aws-cdk-lib 2.276.0 renders: the same construct ids,
// logical IDs, IAM statements in the same order, and the same validation
// messages. Mistakes found while building a construct are reported with its
// path; those aws-cdk-lib reports without one (in the constructors of
// S3Bucket, the processors and the formats, which have no scope) carry none.
package awskinesisfirehose
