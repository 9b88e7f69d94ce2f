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

func NewDeliveryStream_Override(d DeliveryStream, scope constructs.Construct, id *string, props *DeliveryStreamProps) {
	l2.Override(d, NewDeliveryStream(scope, id, props))
}

func NewS3Bucket_Override(s S3Bucket, bucket awss3.IBucket, props *S3BucketProps) {
	l2.Override(s, NewS3Bucket(bucket, props))
}

func NewHttpEndpoint_Override(h HttpEndpoint, props *HttpEndpointProps) {
	l2.Override(h, NewHttpEndpoint(props))
}

func NewDatadog_Override(d Datadog, props *DatadogProps) { l2.Override(d, NewDatadog(props)) }

func NewKinesisStreamSource_Override(k KinesisStreamSource, stream awskinesis.IStream) {
	l2.Override(k, NewKinesisStreamSource(stream))
}

func NewEnableLogging_Override(e EnableLogging, logGroup awslogs.ILogGroup) {
	l2.Override(e, NewEnableLogging(logGroup))
}

func NewDisableLogging_Override(d DisableLogging) { l2.Override(d, NewDisableLogging()) }

func NewAppendDelimiterToRecordProcessor_Override(a AppendDelimiterToRecordProcessor) {
	l2.Override(a, NewAppendDelimiterToRecordProcessor())
}

func NewCloudWatchLogProcessor_Override(c CloudWatchLogProcessor, options *CloudWatchLogProcessorOptions) {
	l2.Override(c, NewCloudWatchLogProcessor(options))
}

func NewDecompressionProcessor_Override(d DecompressionProcessor, options *DecompressionProcessorOptions) {
	l2.Override(d, NewDecompressionProcessor(options))
}

func NewLambdaFunctionProcessor_Override(l LambdaFunctionProcessor, lambdaFunction awslambda.IFunction, props *DataProcessorProps) {
	l2.Override(l, NewLambdaFunctionProcessor(lambdaFunction, props))
}

func NewMetadataExtractionProcessor_Override(m MetadataExtractionProcessor, options *MetadataExtractionProcessorOptions, keys *[]*string) {
	l2.Override(m, NewMetadataExtractionProcessor(options, keys))
}

func NewRecordDeAggregationProcessor_Override(r RecordDeAggregationProcessor, options *RecordDeAggregationProcessorOptions) {
	l2.Override(r, NewRecordDeAggregationProcessor(options))
}

func NewOpenXJsonInputFormat_Override(o OpenXJsonInputFormat, props *OpenXJsonInputFormatProps) {
	l2.Override(o, NewOpenXJsonInputFormat(props))
}

func NewHiveJsonInputFormat_Override(h HiveJsonInputFormat, props *HiveJsonInputFormatProps) {
	l2.Override(h, NewHiveJsonInputFormat(props))
}

func NewParquetOutputFormat_Override(p ParquetOutputFormat, props *ParquetOutputFormatProps) {
	l2.Override(p, NewParquetOutputFormat(props))
}

func NewOrcOutputFormat_Override(o OrcOutputFormat, props *OrcOutputFormatProps) {
	l2.Override(o, NewOrcOutputFormat(props))
}
