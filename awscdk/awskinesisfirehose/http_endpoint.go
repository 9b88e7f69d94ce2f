package awskinesisfirehose

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// HttpCompression is how requests to an HTTP endpoint are encoded.
type HttpCompression string

const (
	HttpCompression_GZIP HttpCompression = "GZIP"
	HttpCompression_NONE HttpCompression = "NONE"
)

// HttpBackupMode says which records go to an HTTP destination's S3 backup.
type HttpBackupMode string

const (
	// HttpBackupMode_FAILED backs up only records that failed (FailedDataOnly).
	HttpBackupMode_FAILED HttpBackupMode = "FAILED"
	// HttpBackupMode_ALL backs up every record (AllData).
	HttpBackupMode_ALL HttpBackupMode = "ALL"
)

func (m HttpBackupMode) cfn() string {
	if m == HttpBackupMode_ALL {
		return "AllData"
	}
	return "FailedDataOnly"
}

// HttpAttribute is a common attribute sent with every request.
type HttpAttribute struct {
	Name  *string `field:"required" json:"name" yaml:"name"`
	Value *string `field:"required" json:"value" yaml:"value"`
}

// HttpBufferingHints say how much to buffer before a request.
type HttpBufferingHints struct {
	Interval awscdk.Duration `field:"optional" json:"interval" yaml:"interval"`
	Size     awscdk.Size     `field:"optional" json:"size" yaml:"size"`
}

// HttpRetryOptions say how long to retry a failed request.
type HttpRetryOptions struct {
	// At most 7200 seconds.
	Duration awscdk.Duration `field:"required" json:"duration" yaml:"duration"`
}

// HttpEndpointConfig is the endpoint and its credentials.
type HttpEndpointConfig struct {
	Url       *string                   `field:"required" json:"url" yaml:"url"`
	AccessKey awscdk.SecretValue        `field:"optional" json:"accessKey" yaml:"accessKey"`
	Name      *string                   `field:"optional" json:"name" yaml:"name"`
	Secret    awssecretsmanager.ISecret `field:"optional" json:"secret" yaml:"secret"`
}

// HttpEndpointProps are the props of NewHttpEndpoint.
type HttpEndpointProps struct {
	LoggingConfig  ILoggingConfig            `field:"optional" json:"loggingConfig" yaml:"loggingConfig"`
	Processor      IDataProcessor            `field:"optional" json:"processor" yaml:"processor"`
	Processors     *[]IDataProcessor         `field:"optional" json:"processors" yaml:"processors"`
	Role           awsiam.IRole              `field:"optional" json:"role" yaml:"role"`
	S3Backup       *DestinationS3BackupProps `field:"optional" json:"s3Backup" yaml:"s3Backup"`
	EndpointConfig *HttpEndpointConfig       `field:"required" json:"endpointConfig" yaml:"endpointConfig"`
	Attributes     *[]*HttpAttribute         `field:"optional" json:"attributes" yaml:"attributes"`
	// Default: FAILED.
	BackupMode     HttpBackupMode      `field:"optional" json:"backupMode" yaml:"backupMode"`
	BufferingHints *HttpBufferingHints `field:"optional" json:"bufferingHints" yaml:"bufferingHints"`
	// Default: NONE.
	RequestCompression HttpCompression   `field:"optional" json:"requestCompression" yaml:"requestCompression"`
	RetryOptions       *HttpRetryOptions `field:"optional" json:"retryOptions" yaml:"retryOptions"`
}

// HttpEndpoint delivers to an HTTP endpoint, backing up to S3.
type HttpEndpoint interface {
	IDestination
	Bind(scope constructs.Construct, options *DestinationBindOptions) *DestinationConfig
}

type httpEndpoint struct{ props HttpEndpointProps }

// NewHttpEndpoint delivers to props.EndpointConfig.
func NewHttpEndpoint(props *HttpEndpointProps) HttpEndpoint {
	if props == nil || props.EndpointConfig == nil {
		diag.Panic("", "NewHttpEndpoint needs props (EndpointConfig is required); got nil")
	}
	return &httpEndpoint{props: *props}
}

// Bind creates the role ("Http Destination Role", trusted only by this
// account's streams), logging, the S3 backup (always: failed records at
// least) and returns the configuration.
func (h *httpEndpoint) Bind(scope constructs.Construct, _ *DestinationBindOptions) *DestinationConfig {
	p := &h.props
	stack := awscdk.Stack_Of(scope)
	role := p.Role
	if role == nil {
		// The conditions keep aws-cdk-lib's order (StringEquals, then
		// ArnLike), which a Go map passed as ServicePrincipalOpts would sort.
		principal := awsiam.NewPrincipalWithConditions(awsiam.NewServicePrincipal(jsii.String("firehose.amazonaws.com"), nil),
			&map[string]interface{}{"StringEquals": map[string]interface{}{"aws:SourceAccount": stack.Account()}})
		principal.AddCondition(jsii.String("ArnLike"), map[string]interface{}{"aws:SourceArn": stack.FormatArn(&awscdk.ArnComponents{
			Service: jsii.String("firehose"), Resource: jsii.String("deliverystream"), ResourceName: jsii.String("*"),
		})})
		role = awsiam.NewRole(scope, jsii.String("Http Destination Role"), &awsiam.RoleProps{AssumedBy: principal})
	}
	logging := createLoggingOptions(scope, p.LoggingConfig, role, "HttpDestination")
	backupProps := DestinationS3BackupProps{}
	if p.S3Backup != nil {
		backupProps = *p.S3Backup
	}
	backupProps.Mode = BackupMode_FAILED
	if p.BackupMode == HttpBackupMode_ALL {
		backupProps.Mode = BackupMode_ALL
	}
	backup := createBackupConfig(scope, role, &backupProps)
	ec := p.EndpointConfig
	if ec.Secret != nil {
		ec.Secret.GrantRead(role, nil)
	}
	cfg := &CfnDeliveryStream_HttpEndpointDestinationConfigurationProperty{}
	if p.RetryOptions != nil && p.RetryOptions.Duration != nil {
		seconds := p.RetryOptions.Duration.ToSeconds(nil)
		if !isUnresolved(seconds) && *seconds > 7200 {
			throw(scope, "Retry duration must be at most 7200 seconds, got %s seconds.", num(seconds))
		}
		cfg.RetryOptions = &CfnDeliveryStream_RetryOptionsProperty{DurationInSeconds: seconds}
	}
	endpoint := &CfnDeliveryStream_HttpEndpointConfigurationProperty{Url: ec.Url}
	if ec.AccessKey != nil {
		endpoint.AccessKey = ec.AccessKey.UnsafeUnwrap()
	}
	if !empty(ec.Name) {
		endpoint.Name = ec.Name
	}
	cfg.EndpointConfiguration = endpoint
	var interval awscdk.Duration
	var size awscdk.Size
	if p.BufferingHints != nil {
		interval, size = p.BufferingHints.Interval, p.BufferingHints.Size
	}
	if b := createBufferingHints(scope, interval, size, false, false); b != nil {
		cfg.BufferingHints = b
	}
	encoding := p.RequestCompression
	if encoding == "" {
		encoding = HttpCompression_NONE
	}
	request := &CfnDeliveryStream_HttpEndpointRequestConfigurationProperty{ContentEncoding: jsii.String(string(encoding))}
	if p.Attributes != nil {
		attrs := []*CfnDeliveryStream_HttpEndpointCommonAttributeProperty{}
		for _, a := range *p.Attributes {
			if a != nil {
				attrs = append(attrs, &CfnDeliveryStream_HttpEndpointCommonAttributeProperty{AttributeName: a.Name, AttributeValue: a.Value})
			}
		}
		request.CommonAttributes = &attrs
	}
	cfg.RequestConfiguration = request
	if logging != nil {
		cfg.CloudWatchLoggingOptions = logging.options
	}
	if pc := createProcessingConfig(scope, p.Processor, p.Processors, &DataProcessorBindOptions{Role: role}); pc != nil {
		cfg.ProcessingConfiguration = pc
	}
	cfg.RoleArn = role.RoleArn()
	cfg.S3BackupMode = jsii.String(p.BackupMode.cfn())
	cfg.S3Configuration = backup.config
	if ec.Secret != nil {
		cfg.SecretsManagerConfiguration = &CfnDeliveryStream_SecretsManagerConfigurationProperty{
			SecretArn: ec.Secret.SecretArn(), Enabled: jsii.Bool(true), RoleArn: role.RoleArn(),
		}
	}
	var deps []constructs.IDependable
	if logging != nil {
		deps = append(deps, logging.dependables...)
	}
	deps = append(deps, backup.dependables...)
	return &DestinationConfig{HttpEndpointDestinationConfiguration: cfg, Dependables: &deps}
}

// DatadogEndpoint is a Datadog intake URL.
type DatadogEndpoint interface {
	Url() *string
}

type datadogEndpoint struct{ url string }

func (d *datadogEndpoint) Url() *string { return jsii.String(d.url) }

// DatadogEndpoint_Of is an intake by URL.
func DatadogEndpoint_Of(url *string) DatadogEndpoint { return &datadogEndpoint{url: deref(url)} }

const ddFirehose = "?dd-protocol=aws-kinesis-firehose"

// DatadogEndpoint_LOGS_US1 is Datadog's LOGS_US1 intake.
func DatadogEndpoint_LOGS_US1() DatadogEndpoint {
	return &datadogEndpoint{"https://aws-kinesis-http-intake.logs.datadoghq.com/v1/input"}
}

// DatadogEndpoint_LOGS_US3 is Datadog's LOGS_US3 intake.
func DatadogEndpoint_LOGS_US3() DatadogEndpoint {
	return &datadogEndpoint{"https://aws-kinesis-http-intake.logs.us3.datadoghq.com/api/v2/logs" + ddFirehose}
}

// DatadogEndpoint_LOGS_US5 is Datadog's LOGS_US5 intake.
func DatadogEndpoint_LOGS_US5() DatadogEndpoint {
	return &datadogEndpoint{"https://aws-kinesis-http-intake.logs.us5.datadoghq.com/api/v2/logs" + ddFirehose}
}

// DatadogEndpoint_LOGS_AP1 is Datadog's LOGS_AP1 intake.
func DatadogEndpoint_LOGS_AP1() DatadogEndpoint {
	return &datadogEndpoint{"https://aws-kinesis-http-intake.logs.ap1.datadoghq.com/api/v2/logs" + ddFirehose}
}

// DatadogEndpoint_LOGS_EU is Datadog's LOGS_EU intake.
func DatadogEndpoint_LOGS_EU() DatadogEndpoint {
	return &datadogEndpoint{"https://aws-kinesis-http-intake.logs.datadoghq.eu/v1/input"}
}

// DatadogEndpoint_LOGS_GOV is Datadog's LOGS_GOV intake.
func DatadogEndpoint_LOGS_GOV() DatadogEndpoint {
	return &datadogEndpoint{"https://aws-kinesis-http-intake.logs.ddog-gov.com/v1/input"}
}

// DatadogEndpoint_METRICS_US is Datadog's METRICS_US intake.
func DatadogEndpoint_METRICS_US() DatadogEndpoint {
	return &datadogEndpoint{"https://awsmetrics-intake.datadoghq.com/v1/input"}
}

// DatadogEndpoint_METRICS_US5 is Datadog's METRICS_US5 intake.
func DatadogEndpoint_METRICS_US5() DatadogEndpoint {
	return &datadogEndpoint{"https://event-platform-intake.us5.datadoghq.com/api/v2/awsmetrics" + ddFirehose}
}

// DatadogEndpoint_METRICS_AP1 is Datadog's METRICS_AP1 intake.
func DatadogEndpoint_METRICS_AP1() DatadogEndpoint {
	return &datadogEndpoint{"https://event-platform-intake.ap1.datadoghq.com/api/v2/awsmetrics" + ddFirehose}
}

// DatadogEndpoint_METRICS_EU is Datadog's METRICS_EU intake.
func DatadogEndpoint_METRICS_EU() DatadogEndpoint {
	return &datadogEndpoint{"https://awsmetrics-intake.datadoghq.eu/v1/input"}
}

// DatadogEndpoint_CONFIGURATION_US1 is Datadog's CONFIGURATION_US1 intake.
func DatadogEndpoint_CONFIGURATION_US1() DatadogEndpoint {
	return &datadogEndpoint{"https://cloudplatform-intake.datadoghq.com/api/v2/cloudchanges" + ddFirehose}
}

// DatadogEndpoint_CONFIGURATION_US3 is Datadog's CONFIGURATION_US3 intake.
func DatadogEndpoint_CONFIGURATION_US3() DatadogEndpoint {
	return &datadogEndpoint{"https://cloudplatform-intake.us3.datadoghq.com/api/v2/cloudchanges" + ddFirehose}
}

// DatadogEndpoint_CONFIGURATION_US5 is Datadog's CONFIGURATION_US5 intake.
func DatadogEndpoint_CONFIGURATION_US5() DatadogEndpoint {
	return &datadogEndpoint{"https://cloudplatform-intake.us5.datadoghq.com/api/v2/cloudchanges" + ddFirehose}
}

// DatadogEndpoint_CONFIGURATION_AP1 is Datadog's CONFIGURATION_AP1 intake.
func DatadogEndpoint_CONFIGURATION_AP1() DatadogEndpoint {
	return &datadogEndpoint{"https://cloudplatform-intake.ap1.datadoghq.com/api/v2/cloudchanges" + ddFirehose}
}

// DatadogEndpoint_CONFIGURATION_EU is Datadog's CONFIGURATION_EU intake.
func DatadogEndpoint_CONFIGURATION_EU() DatadogEndpoint {
	return &datadogEndpoint{"https://cloudplatform-intake.datadoghq.eu/api/v2/cloudchanges" + ddFirehose}
}

// DatadogEndpoint_CONFIGURATION_US_GOV is Datadog's CONFIGURATION_US_GOV intake.
func DatadogEndpoint_CONFIGURATION_US_GOV() DatadogEndpoint {
	return &datadogEndpoint{"https://cloudplatform-intake.ddog-gov.com/api/v2/cloudchanges" + ddFirehose}
}

// DatadogProps are the props of NewDatadog.
type DatadogProps struct {
	LoggingConfig ILoggingConfig            `field:"optional" json:"loggingConfig" yaml:"loggingConfig"`
	Processor     IDataProcessor            `field:"optional" json:"processor" yaml:"processor"`
	Processors    *[]IDataProcessor         `field:"optional" json:"processors" yaml:"processors"`
	Role          awsiam.IRole              `field:"optional" json:"role" yaml:"role"`
	S3Backup      *DestinationS3BackupProps `field:"optional" json:"s3Backup" yaml:"s3Backup"`
	// The secret holding the Datadog API key.
	ApiKey   awssecretsmanager.ISecret `field:"required" json:"apiKey" yaml:"apiKey"`
	Endpoint DatadogEndpoint           `field:"required" json:"endpoint" yaml:"endpoint"`
	// Default: FAILED.
	BackupMode HttpBackupMode `field:"optional" json:"backupMode" yaml:"backupMode"`
	// Default: 60 seconds, 4 MiB.
	BufferingHints *HttpBufferingHints `field:"optional" json:"bufferingHints" yaml:"bufferingHints"`
	// Default: GZIP.
	RequestCompression HttpCompression `field:"optional" json:"requestCompression" yaml:"requestCompression"`
	// Default: 60 seconds.
	RetryOptions *HttpRetryOptions `field:"optional" json:"retryOptions" yaml:"retryOptions"`
	// Sent as common attributes.
	Tags *[]*HttpAttribute `field:"optional" json:"tags" yaml:"tags"`
}

// Datadog delivers to Datadog, an HttpEndpoint with Datadog's defaults.
type Datadog interface {
	HttpEndpoint
	Bind(scope constructs.Construct, options *DestinationBindOptions) *DestinationConfig
}

// NewDatadog delivers to props.Endpoint with the API key in props.ApiKey.
func NewDatadog(props *DatadogProps) Datadog {
	if props == nil || props.ApiKey == nil || props.Endpoint == nil {
		diag.Panic("", "NewDatadog needs props (ApiKey, Endpoint are required); got nil")
	}
	hp := &HttpEndpointProps{
		LoggingConfig: props.LoggingConfig, Processor: props.Processor, Processors: props.Processors,
		Role: props.Role, S3Backup: props.S3Backup,
		EndpointConfig:     &HttpEndpointConfig{Url: props.Endpoint.Url(), Secret: props.ApiKey},
		RequestCompression: props.RequestCompression, BufferingHints: props.BufferingHints,
		RetryOptions: props.RetryOptions, BackupMode: props.BackupMode, Attributes: props.Tags,
	}
	if hp.RequestCompression == "" {
		hp.RequestCompression = HttpCompression_GZIP
	}
	if hp.BufferingHints == nil {
		hp.BufferingHints = &HttpBufferingHints{Interval: awscdk.Duration_Seconds(jsii.Number(60)), Size: awscdk.Size_Mebibytes(jsii.Number(4))}
	}
	if hp.RetryOptions == nil {
		hp.RetryOptions = &HttpRetryOptions{Duration: awscdk.Duration_Seconds(jsii.Number(60))}
	}
	if hp.BackupMode == "" {
		hp.BackupMode = HttpBackupMode_FAILED
	}
	if hp.Attributes == nil {
		hp.Attributes = &[]*HttpAttribute{}
	}
	return &httpEndpoint{props: *hp}
}
