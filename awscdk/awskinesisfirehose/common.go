package awskinesisfirehose

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// Compression is how delivered objects are compressed.
type Compression interface {
	// Value is the CompressionFormat CloudFormation gets.
	Value() *string
}

type compression struct{ value string }

func (c *compression) Value() *string { return jsii.String(c.value) }

// Compression_Of is a compression format by its CloudFormation value.
func Compression_Of(value *string) Compression { return &compression{value: deref(value)} }

// Compression_GZIP is gzip compression.
func Compression_GZIP() Compression { return &compression{value: "GZIP"} }

// Compression_HADOOP_SNAPPY is Snappy compression in Hadoop's framing.
func Compression_HADOOP_SNAPPY() Compression { return &compression{value: "HADOOP_SNAPPY"} }

// Compression_SNAPPY is Snappy compression.
func Compression_SNAPPY() Compression { return &compression{value: "Snappy"} }

// Compression_UNCOMPRESSED leaves objects uncompressed.
func Compression_UNCOMPRESSED() Compression { return &compression{value: "UNCOMPRESSED"} }

// Compression_ZIP is zip compression.
func Compression_ZIP() Compression { return &compression{value: "ZIP"} }

// BackupMode says which records go to the S3 backup.
type BackupMode string

const (
	// BackupMode_ALL backs up every record.
	BackupMode_ALL BackupMode = "ALL"
	// BackupMode_FAILED backs up only records that failed delivery.
	BackupMode_FAILED BackupMode = "FAILED"
)

// CommonDestinationProps are the props every destination takes.
type CommonDestinationProps struct {
	// CloudWatch logging of delivery errors. Default: on, to a new log group.
	LoggingConfig ILoggingConfig `field:"optional" json:"loggingConfig" yaml:"loggingConfig"`
	// Deprecated: use Processors.
	Processor IDataProcessor `field:"optional" json:"processor" yaml:"processor"`
	// Data transformations applied before delivery.
	Processors *[]IDataProcessor `field:"optional" json:"processors" yaml:"processors"`
	// The role Firehose assumes for the destination. Default: one is created.
	Role awsiam.IRole `field:"optional" json:"role" yaml:"role"`
	// Back up records to S3. Default: no backup.
	S3Backup *DestinationS3BackupProps `field:"optional" json:"s3Backup" yaml:"s3Backup"`
}

// CommonDestinationS3Props are the props S3 destinations and backups share.
type CommonDestinationS3Props struct {
	// How long to buffer before delivering, 0 to 900 seconds. Default: 300 seconds.
	BufferingInterval awscdk.Duration `field:"optional" json:"bufferingInterval" yaml:"bufferingInterval"`
	// How much to buffer before delivering, 1 to 128 MiB. Default: 5 MiB.
	BufferingSize awscdk.Size `field:"optional" json:"bufferingSize" yaml:"bufferingSize"`
	// Default: uncompressed.
	Compression Compression `field:"optional" json:"compression" yaml:"compression"`
	// Prefix of delivered objects, may use !{namespace:value} expressions.
	DataOutputPrefix *string `field:"optional" json:"dataOutputPrefix" yaml:"dataOutputPrefix"`
	// KMS key for delivered objects. Default: none.
	EncryptionKey awskms.IKey `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	// Prefix of objects for records that failed.
	ErrorOutputPrefix *string `field:"optional" json:"errorOutputPrefix" yaml:"errorOutputPrefix"`
}

// DestinationS3BackupProps configure a destination's S3 backup.
type DestinationS3BackupProps struct {
	BufferingInterval awscdk.Duration `field:"optional" json:"bufferingInterval" yaml:"bufferingInterval"`
	BufferingSize     awscdk.Size     `field:"optional" json:"bufferingSize" yaml:"bufferingSize"`
	Compression       Compression     `field:"optional" json:"compression" yaml:"compression"`
	DataOutputPrefix  *string         `field:"optional" json:"dataOutputPrefix" yaml:"dataOutputPrefix"`
	EncryptionKey     awskms.IKey     `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	ErrorOutputPrefix *string         `field:"optional" json:"errorOutputPrefix" yaml:"errorOutputPrefix"`
	// The backup bucket. Default: one is created when Mode is set.
	Bucket awss3.IBucket `field:"optional" json:"bucket" yaml:"bucket"`
	// CloudWatch logging of backup errors. Default: on.
	LoggingConfig ILoggingConfig `field:"optional" json:"loggingConfig" yaml:"loggingConfig"`
	// Which records are backed up. Default: none unless Bucket is set.
	Mode BackupMode `field:"optional" json:"mode" yaml:"mode"`
}

// DestinationBindOptions are the options of IDestination.Bind.
type DestinationBindOptions struct {
}

// DestinationConfig is what a destination gives the delivery stream.
type DestinationConfig struct {
	// What the delivery stream resource must depend on (the destination role's policy).
	Dependables                          *[]constructs.IDependable                                       `field:"optional" json:"dependables" yaml:"dependables"`
	ExtendedS3DestinationConfiguration   *CfnDeliveryStream_ExtendedS3DestinationConfigurationProperty   `field:"optional" json:"extendedS3DestinationConfiguration" yaml:"extendedS3DestinationConfiguration"`
	HttpEndpointDestinationConfiguration *CfnDeliveryStream_HttpEndpointDestinationConfigurationProperty `field:"optional" json:"httpEndpointDestinationConfiguration" yaml:"httpEndpointDestinationConfiguration"`
}

// IDestination is where a delivery stream delivers.
type IDestination interface {
	// Bind creates the destination's resources in scope (the delivery stream).
	Bind(scope constructs.Construct, options *DestinationBindOptions) *DestinationConfig
}

// ILoggingConfig configures CloudWatch logging of delivery errors.
type ILoggingConfig interface {
	// Logging reports whether logging is on.
	Logging() *bool
	// LogGroup is the log group to use, if given.
	LogGroup() awslogs.ILogGroup
}

// EnableLogging logs to logGroup (a new one when nil).
type EnableLogging interface {
	ILoggingConfig
	Logging() *bool
	LogGroup() awslogs.ILogGroup
}

// DisableLogging turns logging off.
type DisableLogging interface {
	ILoggingConfig
	Logging() *bool
}

type loggingConfig struct {
	logging  bool
	logGroup awslogs.ILogGroup
}

func (l *loggingConfig) Logging() *bool              { return jsii.Bool(l.logging) }
func (l *loggingConfig) LogGroup() awslogs.ILogGroup { return l.logGroup }

// NewEnableLogging turns logging on, to logGroup or a new log group.
func NewEnableLogging(logGroup awslogs.ILogGroup) EnableLogging {
	return &loggingConfig{logging: true, logGroup: logGroup}
}

// NewDisableLogging turns logging off.
func NewDisableLogging() DisableLogging { return &loggingConfig{} }

// ISource is where a delivery stream reads records from.
type ISource interface {
	// GrantRead lets grantee read from the source.
	GrantRead(grantee awsiam.IGrantable) awsiam.Grant
}

// sourceBinder is the part of a source only aws-cdk-lib's own sources have
// (its _bind): the source configuration of the delivery stream.
type sourceBinder interface {
	bind(scope constructs.Construct, roleArn *string) *CfnDeliveryStream_KinesisStreamSourceConfigurationProperty
}

// KinesisStreamSource reads records from a Kinesis data stream.
type KinesisStreamSource interface {
	ISource
	GrantRead(grantee awsiam.IGrantable) awsiam.Grant
}

type kinesisStreamSource struct{ stream awskinesis.IStream }

// NewKinesisStreamSource reads from stream.
func NewKinesisStreamSource(stream awskinesis.IStream) KinesisStreamSource {
	if stream == nil {
		diag.Panic("", "NewKinesisStreamSource needs a stream; got nil")
	}
	return &kinesisStreamSource{stream: stream}
}

func (k *kinesisStreamSource) GrantRead(grantee awsiam.IGrantable) awsiam.Grant {
	return k.stream.GrantRead(grantee)
}

func (k *kinesisStreamSource) bind(_ constructs.Construct, roleArn *string) *CfnDeliveryStream_KinesisStreamSourceConfigurationProperty {
	return &CfnDeliveryStream_KinesisStreamSourceConfigurationProperty{KinesisStreamArn: k.stream.StreamArn(), RoleArn: roleArn}
}
