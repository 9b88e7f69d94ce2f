package awskinesisfirehose_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsglue"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	fh "github.com/strata-cdk/strata/awscdk/awskinesisfirehose"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func fn(s awscdk.Stack, id string) awslambda.Function {
	return awslambda.NewFunction(s, jsii.String(id), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_NODEJS_20_X(), Handler: jsii.String("index.handler"),
		Code: awslambda.Code_FromInline(jsii.String("exports.handler = async () => {}")),
	})
}

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

func bucket(s awscdk.Stack, id string) awss3.Bucket { return awss3.NewBucket(s, jsii.String(id), nil) }

func stream(s awscdk.Stack, id string, props *fh.DeliveryStreamProps) fh.DeliveryStream {
	return fh.NewDeliveryStream(s, jsii.String(id), props)
}

func s3dest(b awss3.IBucket, props *fh.S3BucketProps) fh.S3Bucket { return fh.NewS3Bucket(b, props) }

func firehoseRole(s awscdk.Stack, id string) awsiam.Role {
	return awsiam.NewRole(s, jsii.String(id), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("firehose.amazonaws.com"), nil)})
}

func sgFrom(s awscdk.Stack, c awsec2.IConnectable) {
	vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(1), NatGateways: jsii.Number(0), RestrictDefaultSecurityGroup: jsii.Bool(false),
		SubnetConfiguration: &[]*awsec2.SubnetConfiguration{{Name: jsii.String("p"), SubnetType: awsec2.SubnetType_PUBLIC}}})
	sg := awsec2.NewSecurityGroup(s, jsii.String("Sg"), &awsec2.SecurityGroupProps{Vpc: vpc})
	sg.Connections().AllowFrom(c, awsec2.Port_Tcp(jsii.Number(443)), nil)
}

func glueTable(s awscdk.Stack, id string) awsglue.CfnTable {
	return awsglue.NewCfnTable(s, jsii.String(id), &awsglue.CfnTableProps{
		CatalogId: jsii.String("111111111111"), DatabaseName: jsii.String("db"),
		TableInput: &awsglue.CfnTable_TableInputProperty{Name: jsii.String("events"), StorageDescriptor: &awsglue.CfnTable_StorageDescriptorProperty{
			Columns: &[]*awsglue.CfnTable_ColumnProperty{{Name: jsii.String("id"), Type: jsii.String("string")}}}},
	})
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Default": func(s awscdk.Stack) {
		b := bucket(s, "Bucket")
		ds := stream(s, "Stream", &fh.DeliveryStreamProps{Destination: s3dest(b, nil)})
		named := stream(s, "Named", &fh.DeliveryStreamProps{Destination: s3dest(b, nil), DeliveryStreamName: jsii.String("my-stream")})
		out(s, "Arn", ds.DeliveryStreamArn())
		out(s, "Name", ds.DeliveryStreamName())
		out(s, "NamedArn", named.DeliveryStreamArn())
		out(s, "NamedName", named.DeliveryStreamName())
	},
	"S3Props": func(s awscdk.Stack) {
		b := bucket(s, "Bucket")
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		role := firehoseRole(s, "Role")
		lg := awslogs.NewLogGroup(s, jsii.String("Logs"), nil)
		stream(s, "Full", &fh.DeliveryStreamProps{Destination: s3dest(b, &fh.S3BucketProps{
			BufferingInterval: awscdk.Duration_Minutes(jsii.Number(2)),
			BufferingSize:     awscdk.Size_Mebibytes(jsii.Number(64)),
			Compression:       fh.Compression_GZIP(),
			DataOutputPrefix:  jsii.String("data/!{timestamp:yyyy}/"),
			ErrorOutputPrefix: jsii.String("errors/!{firehose:error-output-type}/"),
			EncryptionKey:     key,
			FileExtension:     jsii.String(".json.gz"),
			TimeZone:          awscdk.TimeZone_EUROPE_LONDON(),
			LoggingConfig:     fh.NewEnableLogging(lg),
			Role:              role,
		})})
		stream(s, "NoLogs", &fh.DeliveryStreamProps{Destination: s3dest(b, &fh.S3BucketProps{
			LoggingConfig: fh.NewDisableLogging(), Compression: fh.Compression_SNAPPY(), BufferingSize: awscdk.Size_Mebibytes(jsii.Number(1))})})
		stream(s, "DefaultLogs", &fh.DeliveryStreamProps{Destination: s3dest(b, &fh.S3BucketProps{
			LoggingConfig: fh.NewEnableLogging(nil), Compression: fh.Compression_Of(jsii.String("ZIP")),
			BufferingInterval: awscdk.Duration_Seconds(jsii.Number(0)), TimeZone: awscdk.TimeZone_Of(jsii.String("UTC"))})})
	},
	"Backup": func(s awscdk.Stack) {
		b := bucket(s, "Bucket")
		backup := bucket(s, "BackupTarget")
		key := awskms.NewKey(s, jsii.String("BackupKey"), nil)
		stream(s, "All", &fh.DeliveryStreamProps{Destination: s3dest(b, &fh.S3BucketProps{S3Backup: &fh.DestinationS3BackupProps{Mode: fh.BackupMode_ALL}})})
		stream(s, "Given", &fh.DeliveryStreamProps{Destination: s3dest(b, &fh.S3BucketProps{S3Backup: &fh.DestinationS3BackupProps{
			Bucket: backup, Compression: fh.Compression_HADOOP_SNAPPY(), DataOutputPrefix: jsii.String("backup/"), ErrorOutputPrefix: jsii.String("backup-errors/"),
			EncryptionKey: key, BufferingInterval: awscdk.Duration_Seconds(jsii.Number(60)), BufferingSize: awscdk.Size_Mebibytes(jsii.Number(8)),
			LoggingConfig: fh.NewDisableLogging(),
		}})})
	},
	"Processors": func(s awscdk.Stack) {
		b := bucket(s, "Bucket")
		f := fn(s, "Fn")
		stream(s, "Lambda", &fh.DeliveryStreamProps{Destination: s3dest(b, &fh.S3BucketProps{Processors: &[]fh.IDataProcessor{
			fh.NewLambdaFunctionProcessor(f, &fh.DataProcessorProps{BufferInterval: awscdk.Duration_Minutes(jsii.Number(1)),
				BufferSize: awscdk.Size_Mebibytes(jsii.Number(2)), Retries: jsii.Number(5)})}})})
		stream(s, "Single", &fh.DeliveryStreamProps{Destination: s3dest(b, &fh.S3BucketProps{Processor: fh.NewLambdaFunctionProcessor(f, nil)})})
		stream(s, "Builtin", &fh.DeliveryStreamProps{Destination: s3dest(b, &fh.S3BucketProps{Processors: &[]fh.IDataProcessor{
			fh.NewDecompressionProcessor(nil),
			fh.NewCloudWatchLogProcessor(&fh.CloudWatchLogProcessorOptions{DataMessageExtraction: jsii.Bool(true)}),
			fh.NewAppendDelimiterToRecordProcessor(),
			fh.NewDecompressionProcessor(&fh.DecompressionProcessorOptions{CompressionFormat: fh.DecompressionProcessorCompressionFormat_Of(jsii.String("ZSTD"))}),
		}})})
	},
	"Partitioning": func(s awscdk.Stack) {
		b := bucket(s, "Bucket")
		f := fn(s, "Fn")
		stream(s, "Inline", &fh.DeliveryStreamProps{Destination: s3dest(b, &fh.S3BucketProps{
			DynamicPartitioning: &fh.DynamicPartitioningProps{Enabled: jsii.Bool(true), RetryDuration: awscdk.Duration_Minutes(jsii.Number(5))},
			DataOutputPrefix:    jsii.String("cust=!{partitionKeyFromQuery:customer_id}/dev=!{partitionKeyFromQuery:device}/"),
			ErrorOutputPrefix:   jsii.String("err/!{firehose:error-output-type}/"),
			Processors: &[]fh.IDataProcessor{
				fh.RecordDeAggregationProcessor_Json(),
				fh.MetadataExtractionProcessor_Jq16(&map[string]*string{"customer_id": jsii.String(".customer.id"), "device": jsii.String(".device")}),
			},
		})})
		stream(s, "Lambda", &fh.DeliveryStreamProps{Destination: s3dest(b, &fh.S3BucketProps{
			DynamicPartitioning: &fh.DynamicPartitioningProps{Enabled: jsii.Bool(true)},
			BufferingSize:       awscdk.Size_Mebibytes(jsii.Number(64)),
			BufferingInterval:   awscdk.Duration_Seconds(jsii.Number(60)),
			DataOutputPrefix:    jsii.String("k=!{partitionKeyFromLambda:k}/"),
			ErrorOutputPrefix:   jsii.String("err/!{firehose:error-output-type}/"),
			Processors:          &[]fh.IDataProcessor{fh.RecordDeAggregationProcessor_Delimited(jsii.String("\n")), fh.NewLambdaFunctionProcessor(f, nil)},
		})})
	},
	"Encryption": func(s awscdk.Stack) {
		b := bucket(s, "Bucket")
		key := awskms.NewKey(s, jsii.String("StreamKey"), nil)
		owned := stream(s, "AwsOwned", &fh.DeliveryStreamProps{Destination: s3dest(b, nil), Encryption: fh.StreamEncryption_AwsOwnedKey()})
		key.GrantDecrypt(owned) // the stream's grant principal: its "Service Role", created on first use
		stream(s, "Created", &fh.DeliveryStreamProps{Destination: s3dest(b, nil), Encryption: fh.StreamEncryption_CustomerManagedKey(nil)})
		stream(s, "Given", &fh.DeliveryStreamProps{Destination: s3dest(b, nil), Encryption: fh.StreamEncryption_CustomerManagedKey(key)})
		stream(s, "Off", &fh.DeliveryStreamProps{Destination: s3dest(b, nil), Encryption: fh.StreamEncryption_Unencrypted()})
		src := awskinesis.NewStream(s, jsii.String("Source"), nil)
		stream(s, "FromKinesis", &fh.DeliveryStreamProps{Destination: s3dest(b, nil), Source: fh.NewKinesisStreamSource(src)})
		role := firehoseRole(s, "Role")
		stream(s, "WithRole", &fh.DeliveryStreamProps{Destination: s3dest(b, nil), Role: role, Source: fh.NewKinesisStreamSource(src),
			Encryption: fh.StreamEncryption_Unencrypted()})
	},
	"Grants": func(s awscdk.Stack) {
		b := bucket(s, "Bucket")
		ds := stream(s, "Stream", &fh.DeliveryStreamProps{Destination: s3dest(b, nil)})
		role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		ds.GrantPutRecords(role)
		ds.Grant(role, jsii.String("firehose:DescribeDeliveryStream"))
		ds.Grants().Actions(role, jsii.Strings("firehose:ListTagsForDeliveryStream"), &awscdk.PermissionsOptions{ResourceArns: jsii.Strings("*")})
		byArn := fh.DeliveryStream_FromDeliveryStreamArn(s, jsii.String("ByArn"), jsii.String("arn:aws:firehose:us-east-1:222222222222:deliverystream/other"))
		byName := fh.DeliveryStream_FromDeliveryStreamName(s, jsii.String("ByName"), jsii.String("by-name"))
		byAttrs := fh.DeliveryStream_FromDeliveryStreamAttributes(s, jsii.String("ByAttrs"), &fh.DeliveryStreamAttributes{DeliveryStreamName: jsii.String("attrs"), Role: role})
		byArn.GrantPutRecords(role)
		byName.Grant(role, jsii.String("firehose:PutRecord"))
		byAttrs.GrantPutRecords(role)
		out(s, "ByArnName", byArn.DeliveryStreamName())
		out(s, "ByNameArn", byName.DeliveryStreamArn())
		out(s, "ByAttrsArn", byAttrs.DeliveryStreamArn())
		out(s, "ByAttrsPrincipal", byAttrs.GrantPrincipal().(awsiam.IRole).RoleArn())
		alarm := func(id string, m awscloudwatch.IMetric) {
			awscloudwatch.NewAlarm(s, jsii.String(id), &awscloudwatch.AlarmProps{Metric: m, Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		}
		alarm("Bytes", ds.MetricIncomingBytes(nil))
		alarm("Records", ds.MetricIncomingRecords(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(1))}))
		alarm("BackupBytes", ds.MetricBackupToS3Bytes(nil))
		alarm("Freshness", ds.MetricBackupToS3DataFreshness(&awscloudwatch.MetricOptions{Statistic: jsii.String("Maximum")}))
		alarm("BackupRecords", ds.MetricBackupToS3Records(nil))
		alarm("Custom", ds.Metric(jsii.String("ThrottledRecords"), &awscloudwatch.MetricOptions{Unit: awscloudwatch.Unit_COUNT}))
		alarm("Imported", byName.MetricIncomingRecords(nil))
		sgFrom(s, ds)
	},
	"Agnostic": func(s awscdk.Stack) {
		b := bucket(s, "Bucket")
		ds := stream(s, "Stream", &fh.DeliveryStreamProps{Destination: s3dest(b, nil)})
		fh.DeliveryStream_FromDeliveryStreamName(s, jsii.String("Imported"), jsii.String("x"))
		sgFrom(s, ds)
	},
	"Formats": func(s awscdk.Stack) {
		b := bucket(s, "Bucket")
		table := glueTable(s, "Table")
		stream(s, "Parquet", &fh.DeliveryStreamProps{Destination: s3dest(b, &fh.S3BucketProps{DataFormatConversion: &fh.DataFormatConversionProps{
			SchemaConfiguration: fh.SchemaConfiguration_FromCfnTable(table, nil),
			InputFormat:         fh.InputFormat_OPENX_JSON(),
			OutputFormat:        fh.OutputFormat_PARQUET(),
		}})})
		stream(s, "Orc", &fh.DeliveryStreamProps{Destination: s3dest(b, &fh.S3BucketProps{
			BufferingSize: awscdk.Size_Mebibytes(jsii.Number(100)),
			DataFormatConversion: &fh.DataFormatConversionProps{
				SchemaConfiguration: fh.SchemaConfiguration_FromCfnTable(table, &fh.SchemaConfigurationFromCfnTableProps{Region: jsii.String("eu-west-1"), VersionId: jsii.String("2")}),
				InputFormat: fh.NewHiveJsonInputFormat(&fh.HiveJsonInputFormatProps{TimestampParsers: &[]fh.TimestampParser{
					fh.TimestampParser_EPOCH_MILLIS(), fh.TimestampParser_FromFormatString(jsii.String("yyyy-MM-dd"))}}),
				OutputFormat: fh.NewOrcOutputFormat(&fh.OrcOutputFormatProps{
					BlockSize: awscdk.Size_Mebibytes(jsii.Number(256)), BloomFilterColumns: jsii.Strings("id"), BloomFilterFalsePositiveProbability: jsii.Number(0.05),
					Compression: fh.OrcCompression_ZLIB(), DictionaryKeyThreshold: jsii.Number(0.8), EnablePadding: jsii.Bool(true),
					FormatVersion: fh.OrcFormatVersion_V0_11, PaddingTolerance: jsii.Number(0.2), RowIndexStride: jsii.Number(5000), StripeSize: awscdk.Size_Mebibytes(jsii.Number(32)),
				}),
			},
		})})
		stream(s, "Tuned", &fh.DeliveryStreamProps{Destination: s3dest(b, &fh.S3BucketProps{DataFormatConversion: &fh.DataFormatConversionProps{
			Enabled:             jsii.Bool(false),
			SchemaConfiguration: fh.SchemaConfiguration_FromCfnTable(table, nil),
			InputFormat: fh.NewOpenXJsonInputFormat(&fh.OpenXJsonInputFormatProps{LowercaseColumnNames: jsii.Bool(false), ConvertDotsInJsonKeysToUnderscores: jsii.Bool(true),
				ColumnToJsonKeyMappings: &map[string]*string{"ts": jsii.String("timestamp")}}),
			OutputFormat: fh.NewParquetOutputFormat(&fh.ParquetOutputFormatProps{
				BlockSize: awscdk.Size_Mebibytes(jsii.Number(128)), Compression: fh.ParquetCompression_GZIP(), EnableDictionaryCompression: jsii.Bool(true),
				MaxPadding: awscdk.Size_Bytes(jsii.Number(1024)), PageSize: awscdk.Size_Kibibytes(jsii.Number(512)), WriterVersion: fh.ParquetWriterVersion_V2,
			}),
		}})})
	},
	"Http": func(s awscdk.Stack) {
		backup := bucket(s, "Backup")
		secret := awssecretsmanager.NewSecret(s, jsii.String("ApiKey"), nil)
		f := fn(s, "Fn")
		stream(s, "Endpoint", &fh.DeliveryStreamProps{Destination: fh.NewHttpEndpoint(&fh.HttpEndpointProps{
			EndpointConfig: &fh.HttpEndpointConfig{Url: jsii.String("https://example.com/ingest"), Name: jsii.String("Example"),
				AccessKey: awscdk.SecretValue_UnsafePlainText(jsii.String("k3y"))},
			Attributes:         &[]*fh.HttpAttribute{{Name: jsii.String("env"), Value: jsii.String("prod")}, {Name: jsii.String("team"), Value: jsii.String("data")}},
			BackupMode:         fh.HttpBackupMode_ALL,
			BufferingHints:     &fh.HttpBufferingHints{Interval: awscdk.Duration_Seconds(jsii.Number(120)), Size: awscdk.Size_Mebibytes(jsii.Number(2))},
			RequestCompression: fh.HttpCompression_GZIP,
			RetryOptions:       &fh.HttpRetryOptions{Duration: awscdk.Duration_Minutes(jsii.Number(10))},
			S3Backup:           &fh.DestinationS3BackupProps{Bucket: backup, DataOutputPrefix: jsii.String("http/")},
			Processors:         &[]fh.IDataProcessor{fh.NewLambdaFunctionProcessor(f, nil)},
		})})
		stream(s, "Plain", &fh.DeliveryStreamProps{Destination: fh.NewHttpEndpoint(&fh.HttpEndpointProps{
			EndpointConfig: &fh.HttpEndpointConfig{Url: jsii.String("https://example.com/plain"), Secret: secret}, LoggingConfig: fh.NewDisableLogging()})})
		stream(s, "Datadog", &fh.DeliveryStreamProps{Destination: fh.NewDatadog(&fh.DatadogProps{ApiKey: secret, Endpoint: fh.DatadogEndpoint_LOGS_EU()})})
		stream(s, "DatadogTuned", &fh.DeliveryStreamProps{Destination: fh.NewDatadog(&fh.DatadogProps{
			ApiKey: secret, Endpoint: fh.DatadogEndpoint_METRICS_US5(), Tags: &[]*fh.HttpAttribute{{Name: jsii.String("service"), Value: jsii.String("x")}},
			BackupMode: fh.HttpBackupMode_ALL, RequestCompression: fh.HttpCompression_NONE,
			BufferingHints: &fh.HttpBufferingHints{Interval: awscdk.Duration_Seconds(jsii.Number(30))}, RetryOptions: &fh.HttpRetryOptions{Duration: awscdk.Duration_Seconds(jsii.Number(0))},
		})})
	},
}

func TestDeliveryStreamTemplates(t *testing.T) {
	golden.CheckTemplates(t, templateCases, func(name string) *awscdk.StackProps {
		if name == "Grants" {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("us-east-1")}}
		}
		return nil
	}, nil)
}
