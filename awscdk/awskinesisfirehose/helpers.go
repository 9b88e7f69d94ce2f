package awskinesisfirehose

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// The expressions Firehose understands in S3 prefixes.
const (
	partitionKeyQuery  = "partitionKeyFromQuery"
	partitionKeyLambda = "partitionKeyFromLambda"
	errorOutputType    = "!{firehose:error-output-type}"
)

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func empty(s *string) bool { return s == nil || *s == "" }

func isUnresolved(x interface{}) bool { return *awscdk.Token_IsUnresolved(x) }

// unscoped stops with a mistake aws-cdk-lib reports without a construct
// (an UnscopedValidationError from a constructor that has no scope).
func unscoped(format string, args ...interface{}) {
	diag.Panic("", format, args...)
}

// throw stops with a mistake about construct c.
func throw(c constructs.IConstruct, format string, args ...interface{}) {
	l2.Throw(c, format, args...)
}

// num renders a number as JavaScript's toString does (tokens as tokens).
func num(f *float64) string {
	if isUnresolved(f) {
		return *awscdk.Token_AsString(f, nil)
	}
	return strconv.FormatFloat(*f, 'f', -1, 64)
}

// loggingResult is the CloudWatch logging options of a destination and what
// the stream must depend on.
type loggingResult struct {
	options     *CfnDeliveryStream_CloudWatchLoggingOptionsProperty
	dependables []constructs.IDependable
}

// createLoggingOptions logs to the given log group, or to the scope's
// "LogGroup" (created once per stream), in a stream named streamID; nil
// when logging is off.
func createLoggingOptions(scope constructs.Construct, cfg ILoggingConfig, role awsiam.IRole, streamID string) *loggingResult {
	var logGroup awslogs.ILogGroup
	if cfg != nil {
		logGroup = cfg.LogGroup()
		if logGroup == nil && cfg.Logging() != nil && !*cfg.Logging() {
			return nil
		}
	}
	if logGroup == nil {
		logGroup, _ = scope.Node().TryFindChild(jsii.String("LogGroup")).(awslogs.ILogGroup)
	}
	if logGroup == nil {
		logGroup = awslogs.NewLogGroup(scope, jsii.String("LogGroup"), nil)
	}
	grant := logGroup.GrantWrite(role)
	return &loggingResult{
		options: &CfnDeliveryStream_CloudWatchLoggingOptionsProperty{
			Enabled:       jsii.Bool(true),
			LogGroupName:  logGroup.LogGroupName(),
			LogStreamName: logGroup.AddStream(jsii.String(streamID), nil).LogStreamName(),
		},
		dependables: []constructs.IDependable{grant},
	}
}

// createBufferingHints checks and fills in the buffering hints; nil when
// nothing asks for them.
func createBufferingHints(scope constructs.Construct, interval awscdk.Duration, size awscdk.Size, dataFormatConversion, dynamicPartitioning bool) *CfnDeliveryStream_BufferingHintsProperty {
	if interval == nil && size == nil && !dataFormatConversion && !dynamicPartitioning {
		return nil
	}
	seconds := jsii.Number(300)
	if interval != nil {
		seconds = interval.ToSeconds(nil)
	}
	if !isUnresolved(seconds) {
		if *seconds > 900 {
			throw(scope, "Buffering interval must be less than 900 seconds, got %s seconds.", num(seconds))
		}
		if dynamicPartitioning && *seconds < 60 {
			throw(scope, "When dynamic partitioning is enabled, buffering interval must be at least 60 seconds, got %s seconds.", num(seconds))
		}
	}
	mib := jsii.Number(5)
	if dataFormatConversion || dynamicPartitioning {
		mib = jsii.Number(128)
	}
	if size != nil {
		mib = size.ToMebibytes(nil)
	}
	if !isUnresolved(mib) {
		if *mib > 128 {
			throw(scope, "Buffering size must be at most 128 MiBs, got %s MiBs.", num(mib))
		}
		if (dataFormatConversion || dynamicPartitioning) && *mib < 64 {
			throw(scope, "When data format conversion or dynamic partitioning is enabled, buffering size must be at least 64 MiBs, got %s MiBs.", num(mib))
		}
		if *mib < 1 {
			throw(scope, "Buffering size must be at least 1 MiB, got %s MiBs.", num(mib))
		}
	}
	return &CfnDeliveryStream_BufferingHintsProperty{IntervalInSeconds: seconds, SizeInMBs: mib}
}

// createEncryptionConfig lets role use key and names it; nil without a key.
func createEncryptionConfig(role awsiam.IRole, key awskms.IKey) *CfnDeliveryStream_EncryptionConfigurationProperty {
	if key == nil {
		return nil
	}
	key.GrantEncryptDecrypt(role)
	return &CfnDeliveryStream_EncryptionConfigurationProperty{
		KmsEncryptionConfig: &CfnDeliveryStream_KMSEncryptionConfigProperty{AwskmsKeyArn: key.KeyArn()},
	}
}

// createProcessingConfig binds the processors and checks how they combine
// with dynamic partitioning; nil without processors.
func createProcessingConfig(scope constructs.Construct, processor IDataProcessor, processors *[]IDataProcessor, options *DataProcessorBindOptions) *CfnDeliveryStream_ProcessingConfigurationProperty {
	if processor != nil && processors != nil {
		throw(scope, "You can specify either 'processors' or 'processor', not both.")
	}
	var list []IDataProcessor
	if processor != nil {
		list = []IDataProcessor{processor}
	} else if processors != nil {
		list = *processors
	}
	rendered := make([]*CfnDeliveryStream_ProcessorProperty, 0, len(list))
	types := map[string]bool{}
	for _, p := range list {
		if p == nil {
			continue
		}
		r := renderDataProcessor(p, scope, options)
		types[deref(r.Type)] = true
		rendered = append(rendered, r)
	}
	if types["CloudWatchLogProcessing"] && !types["Decompression"] {
		throw(scope, "CloudWatchLogProcessor can only be enabled with DecompressionProcessor")
	}
	if options.DynamicPartitioningEnabled != nil && *options.DynamicPartitioningEnabled {
		withLambda, withInline := types["Lambda"], types["MetadataExtraction"]
		prefix := deref(options.Prefix)
		if empty(options.Prefix) {
			throw(scope, "When dynamic partitioning is enabled, you must specify dataOutputPrefix.")
		}
		if !withLambda && !withInline {
			throw(scope, "When dynamic partitioning is enabled, you must specify ether LambdaFunctionProcessor or MetadataExtractionProcessor, or both.")
		}
		if withLambda && !withInline && !strings.Contains(prefix, "!{"+partitionKeyLambda+":") {
			throw(scope, "When dynamic partitioning is enabled and the only LambdaFunctionProcessor is specified, you must specify at least one instance of !{%s:keyID}.", partitionKeyLambda)
		}
		if !withLambda && strings.Contains(prefix, "!{"+partitionKeyLambda+":") {
			throw(scope, "The dataOutputPrefix cannot contain !{%s:keyID} when LambdaFunctionProcessor is not specified.", partitionKeyLambda)
		}
		if !withInline && strings.Contains(prefix, "!{"+partitionKeyQuery+":") {
			throw(scope, "The dataOutputPrefix cannot contain !{%s:keyID} when MetadataExtractionProcessor is not specified.", partitionKeyQuery)
		}
	}
	if len(rendered) == 0 {
		return nil
	}
	return &CfnDeliveryStream_ProcessingConfigurationProperty{Enabled: jsii.Bool(true), Processors: &rendered}
}

// renderDataProcessor binds one processor. Processors that give their own
// parameters are rendered as they are; the others (Lambda) get the role,
// their identifier and their buffering and retry props.
func renderDataProcessor(p IDataProcessor, scope constructs.Construct, options *DataProcessorBindOptions) *CfnDeliveryStream_ProcessorProperty {
	cfg := p.Bind(scope, options)
	if cfg == nil {
		throw(scope, "a data processor's Bind returned nil")
	}
	if cfg.Parameters != nil {
		params := *cfg.Parameters
		return &CfnDeliveryStream_ProcessorProperty{Type: cfg.ProcessorType, Parameters: &params}
	}
	params := []*CfnDeliveryStream_ProcessorParameterProperty{{ParameterName: jsii.String("RoleArn"), ParameterValue: options.Role.RoleArn()}}
	if id := cfg.ProcessorIdentifier; id != nil {
		params = append(params, &CfnDeliveryStream_ProcessorParameterProperty{ParameterName: id.ParameterName, ParameterValue: id.ParameterValue})
	}
	if props := p.Props(); props != nil {
		if props.BufferInterval != nil {
			params = append(params, &CfnDeliveryStream_ProcessorParameterProperty{ParameterName: jsii.String("BufferIntervalInSeconds"),
				ParameterValue: jsii.String(num(props.BufferInterval.ToSeconds(nil)))})
		}
		if props.BufferSize != nil {
			params = append(params, &CfnDeliveryStream_ProcessorParameterProperty{ParameterName: jsii.String("BufferSizeInMBs"),
				ParameterValue: jsii.String(num(props.BufferSize.ToMebibytes(nil)))})
		}
		if props.Retries != nil && *props.Retries != 0 {
			params = append(params, &CfnDeliveryStream_ProcessorParameterProperty{ParameterName: jsii.String("NumberOfRetries"),
				ParameterValue: jsii.String(num(props.Retries))})
		}
	}
	return &CfnDeliveryStream_ProcessorProperty{Type: cfg.ProcessorType, Parameters: &params}
}

// backupResult is a destination's S3 backup and what the stream must depend on.
type backupResult struct {
	config      *CfnDeliveryStream_S3DestinationConfigurationProperty
	dependables []constructs.IDependable
}

// createBackupConfig configures the S3 backup, creating "BackupBucket"
// when no bucket is given; nil when no backup is asked for.
func createBackupConfig(scope constructs.Construct, role awsiam.IRole, props *DestinationS3BackupProps) *backupResult {
	if props == nil || (props.Mode == "" && props.Bucket == nil) {
		return nil
	}
	bucket := props.Bucket
	if bucket == nil {
		bucket = awss3.NewBucket(scope, jsii.String("BackupBucket"), nil)
	}
	grant := bucket.GrantReadWrite(role, nil)
	logging := createLoggingOptions(scope, props.LoggingConfig, role, "S3Backup")
	cfg := &CfnDeliveryStream_S3DestinationConfigurationProperty{
		BucketArn:         bucket.BucketArn(),
		RoleArn:           role.RoleArn(),
		Prefix:            props.DataOutputPrefix,
		ErrorOutputPrefix: props.ErrorOutputPrefix,
	}
	if h := createBufferingHints(scope, props.BufferingInterval, props.BufferingSize, false, false); h != nil {
		cfg.BufferingHints = h
	}
	if props.Compression != nil {
		cfg.CompressionFormat = props.Compression.Value()
	}
	if e := createEncryptionConfig(role, props.EncryptionKey); e != nil {
		cfg.EncryptionConfiguration = e
	}
	deps := []constructs.IDependable{grant}
	if logging != nil {
		cfg.CloudWatchLoggingOptions = logging.options
		deps = append(deps, logging.dependables...)
	}
	return &backupResult{config: cfg, dependables: deps}
}

// createDynamicPartitioningConfiguration checks the retry duration; nil
// without dynamic partitioning props.
func createDynamicPartitioningConfiguration(scope constructs.Construct, props *DynamicPartitioningProps) *CfnDeliveryStream_DynamicPartitioningConfigurationProperty {
	if props == nil {
		return nil
	}
	out := &CfnDeliveryStream_DynamicPartitioningConfigurationProperty{}
	if props.Enabled != nil {
		out.Enabled = props.Enabled
	}
	if props.RetryDuration != nil {
		seconds := props.RetryDuration.ToSeconds(nil)
		if !isUnresolved(seconds) && *seconds > 7200 {
			throw(scope, "Retry duration must be less than 7200 seconds, got %s seconds.", num(seconds))
		}
		out.RetryOptions = &CfnDeliveryStream_RetryOptionsProperty{DurationInSeconds: seconds}
	}
	return out
}

var (
	threeLetterZone = regexp.MustCompile(`^[A-Za-z]{3}$`)
	zoneChars       = regexp.MustCompile(`^[a-zA-Z/_]+$`)
)

// createTimezoneName checks a custom time zone: an IANA name, not an
// abbreviation or one of the zones Firehose refuses.
func createTimezoneName(scope constructs.Construct, tz awscdk.TimeZone) *string {
	if tz == nil {
		return nil
	}
	name := tz.TimezoneName()
	if isUnresolved(name) || deref(name) == "UTC" {
		return name
	}
	n := deref(name)
	if threeLetterZone.MatchString(n) || n == "Etc/UTC" || n == "Etc/GMT" || n == "Factory" || !zoneChars.MatchString(n) {
		throw(scope, "Invalid timezone format '%s'. Use standard IANA timezone identifiers (e.g., 'America/New_York', 'Europe/London'). See https://docs.aws.amazon.com/firehose/latest/dev/s3-object-name.html for more details", n)
	}
	return name
}

// validExpression is a well-formed !{namespace:value} at the start of a string.
var validExpression = regexp.MustCompile(`^!\{(?:firehose|timestamp|partitionKeyFrom(?:Lambda|Query)):[^{}]+\}`)

// validateOutputPrefixExpression checks every "!{" starts a well-formed
// expression in a known namespace.
func validateOutputPrefixExpression(prefix, prop string) {
	for i := strings.Index(prefix, "!{"); i >= 0; {
		if !validExpression.MatchString(prefix[i:]) {
			unscoped("The expression must be of the form !{namespace:value} and include a valid namespace at %s.", prop)
		}
		j := strings.Index(prefix[i+2:], "!{")
		if j < 0 {
			break
		}
		i += 2 + j
	}
}

func validateOutputPrefix(prefix, errorPrefix *string) {
	if !empty(prefix) {
		validateOutputPrefixExpression(*prefix, "dataOutputPrefix")
	}
	if !empty(errorPrefix) {
		validateOutputPrefixExpression(*errorPrefix, "errorOutputPrefix")
	}
	p, e := deref(prefix), deref(errorPrefix)
	if strings.Contains(p, "!{") && empty(errorPrefix) {
		unscoped("Specify the errorOutputPrefix in order to use expressions in the dataOutputPrefix.")
	}
	if strings.Contains(e, "!{") && !strings.Contains(e, errorOutputType) {
		unscoped("The errorOutputPrefix expression must include at least one instance of %s.", errorOutputType)
	}
	if strings.Contains(p, errorOutputType) {
		unscoped("The dataOutputPrefix cannot contain %s.", errorOutputType)
	}
	if strings.Contains(e, "!{"+partitionKeyLambda+":") || strings.Contains(e, "!{"+partitionKeyQuery+":") {
		unscoped("You cannot use %s and %s namespaces in errorOutputPreix.", partitionKeyLambda, partitionKeyQuery)
	}
}
