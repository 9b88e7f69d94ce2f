package awskinesisfirehose_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsglue"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	fh "github.com/strata-cdk/strata/awscdk/awskinesisfirehose"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func ds(s awscdk.Stack, dest fh.IDestination) {
	fh.NewDeliveryStream(s, jsii.String("DS"), &fh.DeliveryStreamProps{Destination: dest})
}

func s3b(s awscdk.Stack, props *fh.S3BucketProps) fh.S3Bucket {
	return fh.NewS3Bucket(bucket(s, "B"), props)
}

func jq(keys ...string) fh.IDataProcessor {
	q := map[string]*string{}
	for _, k := range keys {
		q[k] = jsii.String("." + k)
	}
	return fh.MetadataExtractionProcessor_Jq16(&q)
}

const errType = "!{firehose:error-output-type}"

// The Go twins of the `errors` of testdata/twins.js.
var errorCases = map[string]func(s awscdk.Stack){
	"BackupFailed": func(s awscdk.Stack) {
		s3b(s, &fh.S3BucketProps{S3Backup: &fh.DestinationS3BackupProps{Mode: fh.BackupMode_FAILED}})
	},
	"ConversionAndCompression": func(s awscdk.Stack) {
		t := awsglue.NewCfnTable(s, jsii.String("T"), &awsglue.CfnTableProps{CatalogId: jsii.String("c"), DatabaseName: jsii.String("d"), TableInput: &awsglue.CfnTable_TableInputProperty{}})
		s3b(s, &fh.S3BucketProps{Compression: fh.Compression_GZIP(), DataFormatConversion: &fh.DataFormatConversionProps{
			SchemaConfiguration: fh.SchemaConfiguration_FromCfnTable(t, nil), InputFormat: fh.InputFormat_OPENX_JSON(), OutputFormat: fh.OutputFormat_PARQUET()}})
	},
	"BadExpression": func(s awscdk.Stack) {
		s3b(s, &fh.S3BucketProps{DataOutputPrefix: jsii.String("!{nope:x}"), ErrorOutputPrefix: jsii.String("e/")})
	},
	"ExpressionWithoutErrorPrefix": func(s awscdk.Stack) { s3b(s, &fh.S3BucketProps{DataOutputPrefix: jsii.String("!{timestamp:yyyy}")}) },
	"ErrorPrefixWithoutType":       func(s awscdk.Stack) { s3b(s, &fh.S3BucketProps{ErrorOutputPrefix: jsii.String("!{timestamp:yyyy}")}) },
	"DataPrefixWithErrorType": func(s awscdk.Stack) {
		s3b(s, &fh.S3BucketProps{DataOutputPrefix: jsii.String(errType), ErrorOutputPrefix: jsii.String(errType)})
	},
	"PartitionKeyInErrorPrefix": func(s awscdk.Stack) {
		s3b(s, &fh.S3BucketProps{ErrorOutputPrefix: jsii.String(errType + "!{partitionKeyFromQuery:a}")})
	},
	"PartitionKeyWithoutPartitioning": func(s awscdk.Stack) {
		s3b(s, &fh.S3BucketProps{DataOutputPrefix: jsii.String("!{partitionKeyFromQuery:a}"), ErrorOutputPrefix: jsii.String(errType)})
	},
	"FileExtensionDot":   func(s awscdk.Stack) { ds(s, s3b(s, &fh.S3BucketProps{FileExtension: jsii.String("json")})) },
	"FileExtensionChars": func(s awscdk.Stack) { ds(s, s3b(s, &fh.S3BucketProps{FileExtension: jsii.String(".JSON")})) },
	"BufferingIntervalLarge": func(s awscdk.Stack) {
		ds(s, s3b(s, &fh.S3BucketProps{BufferingInterval: awscdk.Duration_Minutes(jsii.Number(16))}))
	},
	"BufferingSizeLarge": func(s awscdk.Stack) {
		ds(s, s3b(s, &fh.S3BucketProps{BufferingSize: awscdk.Size_Mebibytes(jsii.Number(129))}))
	},
	"BufferingSizeSmall": func(s awscdk.Stack) {
		ds(s, s3b(s, &fh.S3BucketProps{BufferingSize: awscdk.Size_Kibibytes(jsii.Number(0))}))
	},
	"PartitioningInterval": func(s awscdk.Stack) {
		ds(s, s3b(s, &fh.S3BucketProps{DynamicPartitioning: &fh.DynamicPartitioningProps{Enabled: jsii.Bool(true)},
			BufferingInterval: awscdk.Duration_Seconds(jsii.Number(30)), DataOutputPrefix: jsii.String("!{partitionKeyFromQuery:a}/"),
			ErrorOutputPrefix: jsii.String(errType), Processors: &[]fh.IDataProcessor{jq("a")}}))
	},
	"PartitioningSize": func(s awscdk.Stack) {
		ds(s, s3b(s, &fh.S3BucketProps{DynamicPartitioning: &fh.DynamicPartitioningProps{Enabled: jsii.Bool(true)},
			BufferingSize: awscdk.Size_Mebibytes(jsii.Number(32)), DataOutputPrefix: jsii.String("!{partitionKeyFromQuery:a}/"),
			ErrorOutputPrefix: jsii.String(errType), Processors: &[]fh.IDataProcessor{jq("a")}}))
	},
	"ProcessorAndProcessors": func(s awscdk.Stack) {
		ds(s, s3b(s, &fh.S3BucketProps{Processor: fh.NewDecompressionProcessor(nil), Processors: &[]fh.IDataProcessor{}}))
	},
	"CloudWatchWithoutDecompression": func(s awscdk.Stack) {
		ds(s, s3b(s, &fh.S3BucketProps{Processors: &[]fh.IDataProcessor{
			fh.NewCloudWatchLogProcessor(&fh.CloudWatchLogProcessorOptions{DataMessageExtraction: jsii.Bool(true)})}}))
	},
	"DataMessageExtraction": func(s awscdk.Stack) {
		fh.NewCloudWatchLogProcessor(&fh.CloudWatchLogProcessorOptions{DataMessageExtraction: jsii.Bool(false)})
	},
	"PartitioningWithoutPrefix": func(s awscdk.Stack) {
		ds(s, s3b(s, &fh.S3BucketProps{DynamicPartitioning: &fh.DynamicPartitioningProps{Enabled: jsii.Bool(true)},
			Processors: &[]fh.IDataProcessor{fh.NewLambdaFunctionProcessor(fn(s, "F"), nil)}}))
	},
	"PartitioningWithoutProcessors": func(s awscdk.Stack) {
		ds(s, s3b(s, &fh.S3BucketProps{DynamicPartitioning: &fh.DynamicPartitioningProps{Enabled: jsii.Bool(true)},
			DataOutputPrefix: jsii.String("x/"), Processors: &[]fh.IDataProcessor{fh.NewDecompressionProcessor(nil)}}))
	},
	"LambdaWithoutKey": func(s awscdk.Stack) {
		ds(s, s3b(s, &fh.S3BucketProps{DynamicPartitioning: &fh.DynamicPartitioningProps{Enabled: jsii.Bool(true)},
			DataOutputPrefix: jsii.String("x/"), Processors: &[]fh.IDataProcessor{fh.NewLambdaFunctionProcessor(fn(s, "F"), nil)}}))
	},
	"QueryKeyMismatch": func(s awscdk.Stack) {
		ds(s, s3b(s, &fh.S3BucketProps{DynamicPartitioning: &fh.DynamicPartitioningProps{Enabled: jsii.Bool(true)},
			DataOutputPrefix: jsii.String("!{partitionKeyFromQuery:a}/"), ErrorOutputPrefix: jsii.String(errType),
			Processors: &[]fh.IDataProcessor{jq("a", "b")}}))
	},
	"MetadataWithoutPartitioning": func(s awscdk.Stack) {
		ds(s, s3b(s, &fh.S3BucketProps{Processors: &[]fh.IDataProcessor{jq("a")}}))
	},
	"DeaggregationWithoutPartitioning": func(s awscdk.Stack) {
		ds(s, s3b(s, &fh.S3BucketProps{Processors: &[]fh.IDataProcessor{fh.RecordDeAggregationProcessor_Json()}}))
	},
	"EmptyQuery": func(s awscdk.Stack) { fh.MetadataExtractionProcessor_Jq16(&map[string]*string{}) },
	"RetryDuration": func(s awscdk.Stack) {
		ds(s, s3b(s, &fh.S3BucketProps{DynamicPartitioning: &fh.DynamicPartitioningProps{Enabled: jsii.Bool(true), RetryDuration: awscdk.Duration_Hours(jsii.Number(3))},
			DataOutputPrefix: jsii.String("!{partitionKeyFromQuery:a}"), ErrorOutputPrefix: jsii.String(errType), Processors: &[]fh.IDataProcessor{jq("a")}}))
	},
	"TimeZone": func(s awscdk.Stack) { ds(s, s3b(s, &fh.S3BucketProps{TimeZone: awscdk.TimeZone_ETC_UTC()})) },
	"TimeZoneAbbreviation": func(s awscdk.Stack) {
		ds(s, s3b(s, &fh.S3BucketProps{TimeZone: awscdk.TimeZone_Of(jsii.String("EST"))}))
	},
	"EncryptedKinesisSource": func(s awscdk.Stack) {
		dest := s3b(s, nil)
		fh.NewDeliveryStream(s, jsii.String("DS"), &fh.DeliveryStreamProps{Destination: dest,
			Source: fh.NewKinesisStreamSource(awskinesis.NewStream(s, jsii.String("K"), nil)), Encryption: fh.StreamEncryption_AwsOwnedKey()})
	},
	"ImportWithoutNameOrArn": func(s awscdk.Stack) {
		fh.DeliveryStream_FromDeliveryStreamAttributes(s, jsii.String("I"), &fh.DeliveryStreamAttributes{})
	},
	"ImportArnWithoutName": func(s awscdk.Stack) {
		fh.DeliveryStream_FromDeliveryStreamArn(s, jsii.String("I"), jsii.String("arn:aws:firehose:us-east-1:111111111111:deliverystream"))
	},
	"ReservedTimestamp": func(s awscdk.Stack) { fh.TimestampParser_FromFormatString(jsii.String("millis")) },
	"BlankTimestamp":    func(s awscdk.Stack) { fh.TimestampParser_FromFormatString(jsii.String("  ")) },
	"ParquetBlockSize": func(s awscdk.Stack) {
		fh.NewParquetOutputFormat(&fh.ParquetOutputFormatProps{BlockSize: awscdk.Size_Mebibytes(jsii.Number(32))})
	},
	"ParquetPageSize": func(s awscdk.Stack) {
		fh.NewParquetOutputFormat(&fh.ParquetOutputFormatProps{PageSize: awscdk.Size_Kibibytes(jsii.Number(32))})
	},
	"OrcStripeSize": func(s awscdk.Stack) {
		fh.NewOrcOutputFormat(&fh.OrcOutputFormatProps{StripeSize: awscdk.Size_Mebibytes(jsii.Number(4))})
	},
	"OrcProbability": func(s awscdk.Stack) {
		fh.NewOrcOutputFormat(&fh.OrcOutputFormatProps{BloomFilterFalsePositiveProbability: jsii.Number(1.5)})
	},
	"OrcRowIndexStride": func(s awscdk.Stack) { fh.NewOrcOutputFormat(&fh.OrcOutputFormatProps{RowIndexStride: jsii.Number(10)}) },
	"HttpRetryDuration": func(s awscdk.Stack) {
		ds(s, fh.NewHttpEndpoint(&fh.HttpEndpointProps{EndpointConfig: &fh.HttpEndpointConfig{Url: jsii.String("https://x")},
			RetryOptions: &fh.HttpRetryOptions{Duration: awscdk.Duration_Hours(jsii.Number(3))}}))
	},
}

func TestDeliveryStreamErrors(t *testing.T) {
	golden.CheckErrors(t, errorCases, nil)
}

// Nil props and arguments give a clear error naming the construct path, as
// aws-cdk-lib's TypeError would, not a Go panic trace.
func TestNilProps(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		fh.NewDeliveryStream(awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("DS"), nil)
	})
	if err == nil || err.Error() == "" {
		t.Fatalf("want an error for nil props, got %v", err)
	}
	if want := "[S/DS] DeliveryStreamProps needs props (Destination is required); got nil"; !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not contain %q", err, want)
	}
}
