package awskinesisfirehose

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the object built from the same
// arguments in the user's struct (how Go programs subclass a class).

// DeliveryStream_IsConstruct reports whether x is a construct.
func DeliveryStream_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// DeliveryStream_IsOwnedResource reports whether construct is a Resource this app created.
func DeliveryStream_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// DeliveryStream_IsResource reports whether construct is a Resource.
func DeliveryStream_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewDeliveryStream_Override initialises its first argument, a type embedding DeliveryStream (how Go programs subclass it).
func NewDeliveryStream_Override(d DeliveryStream, scope constructs.Construct, id *string, props *DeliveryStreamProps) {
	l2.Override(d, NewDeliveryStream(scope, id, props))
}

// NewS3Bucket_Override initialises its first argument, a type embedding S3Bucket (how Go programs subclass it).
func NewS3Bucket_Override(s S3Bucket, bucket awss3.IBucket, props *S3BucketProps) {
	l2.Override(s, NewS3Bucket(bucket, props))
}

// NewHttpEndpoint_Override initialises its first argument, a type embedding HttpEndpoint (how Go programs subclass it).
func NewHttpEndpoint_Override(h HttpEndpoint, props *HttpEndpointProps) {
	l2.Override(h, NewHttpEndpoint(props))
}

// NewDatadog_Override initialises its first argument, a type embedding Datadog (how Go programs subclass it).
func NewDatadog_Override(d Datadog, props *DatadogProps) { l2.Override(d, NewDatadog(props)) }

// NewKinesisStreamSource_Override initialises its first argument, a type embedding KinesisStreamSource (how Go programs subclass it).
func NewKinesisStreamSource_Override(k KinesisStreamSource, stream awskinesis.IStream) {
	l2.Override(k, NewKinesisStreamSource(stream))
}

// NewEnableLogging_Override initialises its first argument, a type embedding EnableLogging (how Go programs subclass it).
func NewEnableLogging_Override(e EnableLogging, logGroup awslogs.ILogGroup) {
	l2.Override(e, NewEnableLogging(logGroup))
}

// NewDisableLogging_Override initialises its first argument, a type embedding DisableLogging (how Go programs subclass it).
func NewDisableLogging_Override(d DisableLogging) { l2.Override(d, NewDisableLogging()) }

// NewAppendDelimiterToRecordProcessor_Override initialises its first argument, a type embedding AppendDelimiterToRecordProcessor (how Go programs subclass it).
func NewAppendDelimiterToRecordProcessor_Override(a AppendDelimiterToRecordProcessor) {
	l2.Override(a, NewAppendDelimiterToRecordProcessor())
}

// NewCloudWatchLogProcessor_Override initialises its first argument, a type embedding CloudWatchLogProcessor (how Go programs subclass it).
func NewCloudWatchLogProcessor_Override(c CloudWatchLogProcessor, options *CloudWatchLogProcessorOptions) {
	l2.Override(c, NewCloudWatchLogProcessor(options))
}

// NewDecompressionProcessor_Override initialises its first argument, a type embedding DecompressionProcessor (how Go programs subclass it).
func NewDecompressionProcessor_Override(d DecompressionProcessor, options *DecompressionProcessorOptions) {
	l2.Override(d, NewDecompressionProcessor(options))
}

// NewLambdaFunctionProcessor_Override initialises its first argument, a type embedding LambdaFunctionProcessor (how Go programs subclass it).
func NewLambdaFunctionProcessor_Override(l LambdaFunctionProcessor, lambdaFunction awslambda.IFunction, props *DataProcessorProps) {
	l2.Override(l, NewLambdaFunctionProcessor(lambdaFunction, props))
}

// NewMetadataExtractionProcessor_Override initialises its first argument, a type embedding MetadataExtractionProcessor (how Go programs subclass it).
func NewMetadataExtractionProcessor_Override(m MetadataExtractionProcessor, options *MetadataExtractionProcessorOptions, keys *[]*string) {
	l2.Override(m, NewMetadataExtractionProcessor(options, keys))
}

// NewRecordDeAggregationProcessor_Override initialises its first argument, a type embedding RecordDeAggregationProcessor (how Go programs subclass it).
func NewRecordDeAggregationProcessor_Override(r RecordDeAggregationProcessor, options *RecordDeAggregationProcessorOptions) {
	l2.Override(r, NewRecordDeAggregationProcessor(options))
}

// NewOpenXJsonInputFormat_Override initialises its first argument, a type embedding OpenXJsonInputFormat (how Go programs subclass it).
func NewOpenXJsonInputFormat_Override(o OpenXJsonInputFormat, props *OpenXJsonInputFormatProps) {
	l2.Override(o, NewOpenXJsonInputFormat(props))
}

// NewHiveJsonInputFormat_Override initialises its first argument, a type embedding HiveJsonInputFormat (how Go programs subclass it).
func NewHiveJsonInputFormat_Override(h HiveJsonInputFormat, props *HiveJsonInputFormatProps) {
	l2.Override(h, NewHiveJsonInputFormat(props))
}

// NewParquetOutputFormat_Override initialises its first argument, a type embedding ParquetOutputFormat (how Go programs subclass it).
func NewParquetOutputFormat_Override(p ParquetOutputFormat, props *ParquetOutputFormatProps) {
	l2.Override(p, NewParquetOutputFormat(props))
}

// NewOrcOutputFormat_Override initialises its first argument, a type embedding OrcOutputFormat (how Go programs subclass it).
func NewOrcOutputFormat_Override(o OrcOutputFormat, props *OrcOutputFormatProps) {
	l2.Override(o, NewOrcOutputFormat(props))
}
