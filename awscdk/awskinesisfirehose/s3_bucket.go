package awskinesisfirehose

import (
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// DynamicPartitioningProps turn on dynamic partitioning of an S3 destination.
type DynamicPartitioningProps struct {
	// Whether dynamic partitioning is on.
	Enabled *bool `field:"required" json:"enabled" yaml:"enabled"`
	// How long Firehose retries delivery to a partition, at most 7200 seconds.
	RetryDuration awscdk.Duration `field:"optional" json:"retryDuration" yaml:"retryDuration"`
}

// DataFormatConversionProps convert JSON records to Parquet or ORC.
type DataFormatConversionProps struct {
	// How input records are read.
	InputFormat IInputFormat `field:"required" json:"inputFormat" yaml:"inputFormat"`
	// How output records are written.
	OutputFormat IOutputFormat `field:"required" json:"outputFormat" yaml:"outputFormat"`
	// The Glue table with the records' schema.
	SchemaConfiguration SchemaConfiguration `field:"required" json:"schemaConfiguration" yaml:"schemaConfiguration"`
	// Default: true.
	Enabled *bool `field:"optional" json:"enabled" yaml:"enabled"`
}

// S3BucketProps are the props of NewS3Bucket.
type S3BucketProps struct {
	BufferingInterval awscdk.Duration           `field:"optional" json:"bufferingInterval" yaml:"bufferingInterval"`
	BufferingSize     awscdk.Size               `field:"optional" json:"bufferingSize" yaml:"bufferingSize"`
	Compression       Compression               `field:"optional" json:"compression" yaml:"compression"`
	DataOutputPrefix  *string                   `field:"optional" json:"dataOutputPrefix" yaml:"dataOutputPrefix"`
	EncryptionKey     awskms.IKey               `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	ErrorOutputPrefix *string                   `field:"optional" json:"errorOutputPrefix" yaml:"errorOutputPrefix"`
	LoggingConfig     ILoggingConfig            `field:"optional" json:"loggingConfig" yaml:"loggingConfig"`
	Processor         IDataProcessor            `field:"optional" json:"processor" yaml:"processor"`
	Processors        *[]IDataProcessor         `field:"optional" json:"processors" yaml:"processors"`
	Role              awsiam.IRole              `field:"optional" json:"role" yaml:"role"`
	S3Backup          *DestinationS3BackupProps `field:"optional" json:"s3Backup" yaml:"s3Backup"`
	// Convert records to Parquet or ORC. Default: no conversion.
	DataFormatConversion *DataFormatConversionProps `field:"optional" json:"dataFormatConversion" yaml:"dataFormatConversion"`
	// Partition records by keys from their content. Default: off.
	DynamicPartitioning *DynamicPartitioningProps `field:"optional" json:"dynamicPartitioning" yaml:"dynamicPartitioning"`
	// The extension of delivered objects, starting with ".". Default: by compression.
	FileExtension *string `field:"optional" json:"fileExtension" yaml:"fileExtension"`
	// The time zone of timestamps in prefixes. Default: UTC.
	TimeZone awscdk.TimeZone `field:"optional" json:"timeZone" yaml:"timeZone"`
}

// S3Bucket delivers to an S3 bucket (ExtendedS3DestinationConfiguration).
type S3Bucket interface {
	IDestination
	Bind(scope constructs.Construct, options *DestinationBindOptions) *DestinationConfig
}

type s3Bucket struct {
	bucket awss3.IBucket
	props  S3BucketProps
}

var fileExtensionChars = regexp.MustCompile(`[^0-9a-z!\-_.*'()]`)

// NewS3Bucket delivers to bucket.
func NewS3Bucket(bucket awss3.IBucket, props *S3BucketProps) S3Bucket {
	if bucket == nil {
		diag.Panic("", "NewS3Bucket needs a bucket; got nil")
	}
	d := &s3Bucket{bucket: bucket}
	if props != nil {
		d.props = *props
	}
	p := &d.props
	if p.S3Backup != nil && p.S3Backup.Mode == BackupMode_FAILED {
		unscoped("S3 destinations do not support BackupMode.FAILED")
	}
	if p.DataFormatConversion != nil && p.Compression != nil {
		unscoped("When data record format conversion is enabled, compression cannot be set on the S3 Destination. Compression may only be set in the OutputFormat. By default, this compression is SNAPPY")
	}
	validateOutputPrefix(p.DataOutputPrefix, p.ErrorOutputPrefix)
	prefix := deref(p.DataOutputPrefix)
	if !d.dynamicPartitioning() && (strings.Contains(prefix, "!{"+partitionKeyLambda+":") || strings.Contains(prefix, "!{"+partitionKeyQuery+":")) {
		unscoped("When dynamic partitioning is not enabled, the dataOutputPrefix cannot contain neither %s nor %s.", partitionKeyLambda, partitionKeyQuery)
	}
	return d
}

func (d *s3Bucket) dynamicPartitioning() bool {
	dp := d.props.DynamicPartitioning
	return dp != nil && dp.Enabled != nil && *dp.Enabled
}

// Bind creates the destination role ("S3 Destination Role" unless one was
// given), its grants, the log group and backup, and returns the
// configuration; the grants are created in aws-cdk-lib's order, which is
// the order of the statements in the role's policy.
func (d *s3Bucket) Bind(scope constructs.Construct, _ *DestinationBindOptions) *DestinationConfig {
	p := &d.props
	role := p.Role
	if role == nil {
		role = awsiam.NewRole(scope, jsii.String("S3 Destination Role"), &awsiam.RoleProps{
			AssumedBy: awsiam.NewServicePrincipal(jsii.String("firehose.amazonaws.com"), nil),
		})
	}
	bucketGrant := d.bucket.GrantReadWrite(role, nil)
	logging := createLoggingOptions(scope, p.LoggingConfig, role, "S3Destination")
	backup := createBackupConfig(scope, role, p.S3Backup)
	if ext := p.FileExtension; ext != nil && !isUnresolved(ext) {
		if !strings.HasPrefix(*ext, ".") {
			throw(scope, "fileExtension must start with '.'")
		}
		if fileExtensionChars.MatchString(*ext) {
			throw(scope, "fileExtension can contain allowed characters: 0-9a-z!-_.*'()")
		}
	}
	cfg := &CfnDeliveryStream_ExtendedS3DestinationConfigurationProperty{
		BucketArn:         d.bucket.BucketArn(),
		RoleArn:           role.RoleArn(),
		ErrorOutputPrefix: p.ErrorOutputPrefix,
		Prefix:            p.DataOutputPrefix,
		FileExtension:     p.FileExtension,
	}
	dataFormat := false
	if dfc := p.DataFormatConversion; dfc != nil {
		if dfc.SchemaConfiguration == nil || dfc.InputFormat == nil || dfc.OutputFormat == nil {
			throw(scope, "dataFormatConversion needs inputFormat, outputFormat and schemaConfiguration")
		}
		enabled := dfc.Enabled == nil || *dfc.Enabled
		dataFormat = enabled
		cfg.DataFormatConversionConfiguration = &CfnDeliveryStream_DataFormatConversionConfigurationProperty{
			Enabled:                   jsii.Bool(enabled),
			SchemaConfiguration:       dfc.SchemaConfiguration.Bind(scope, &SchemaConfigurationBindOptions{Role: role}),
			InputFormatConfiguration:  dfc.InputFormat.CreateInputFormatConfig(),
			OutputFormatConfiguration: dfc.OutputFormat.CreateOutputFormatConfig(),
		}
	}
	if logging != nil {
		cfg.CloudWatchLoggingOptions = logging.options
	}
	if pc := createProcessingConfig(scope, p.Processor, p.Processors, &DataProcessorBindOptions{
		Role: role, DynamicPartitioningEnabled: jsii.Bool(d.dynamicPartitioning()), Prefix: p.DataOutputPrefix,
	}); pc != nil {
		cfg.ProcessingConfiguration = pc
	}
	if backup != nil {
		cfg.S3BackupConfiguration = backup.config
	}
	if (p.S3Backup != nil && p.S3Backup.Bucket != nil) || (p.S3Backup != nil && p.S3Backup.Mode == BackupMode_ALL) {
		cfg.S3BackupMode = jsii.String("Enabled")
	}
	if h := createBufferingHints(scope, p.BufferingInterval, p.BufferingSize, dataFormat, d.dynamicPartitioning()); h != nil {
		cfg.BufferingHints = h
	}
	if p.Compression != nil {
		cfg.CompressionFormat = p.Compression.Value()
	}
	if e := createEncryptionConfig(role, p.EncryptionKey); e != nil {
		cfg.EncryptionConfiguration = e
	}
	cfg.CustomTimeZone = createTimezoneName(scope, p.TimeZone)
	if dp := createDynamicPartitioningConfiguration(scope, p.DynamicPartitioning); dp != nil {
		cfg.DynamicPartitioningConfiguration = dp
	}
	deps := []constructs.IDependable{bucketGrant}
	if logging != nil {
		deps = append(deps, logging.dependables...)
	}
	if backup != nil {
		deps = append(deps, backup.dependables...)
	}
	return &DestinationConfig{ExtendedS3DestinationConfiguration: cfg, Dependables: &deps}
}
