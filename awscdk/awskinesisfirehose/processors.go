package awskinesisfirehose

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"regexp"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// DataProcessorProps configure a Lambda data processor's buffering and retries.
type DataProcessorProps struct {
	// How long to buffer before invoking, 60 to 900 seconds. Default: 60 seconds.
	BufferInterval awscdk.Duration `field:"optional" json:"bufferInterval" yaml:"bufferInterval"`
	// How much to buffer before invoking, 1 to 3 MiB. Default: 1 MiB.
	BufferSize awscdk.Size `field:"optional" json:"bufferSize" yaml:"bufferSize"`
	// How often to retry a failed invocation. Default: 3.
	Retries *float64 `field:"optional" json:"retries" yaml:"retries"`
}

// DataProcessorBindOptions are the options of IDataProcessor.Bind.
type DataProcessorBindOptions struct {
	// The role Firehose assumes to run the processor.
	Role awsiam.IRole `field:"required" json:"role" yaml:"role"`
	// Whether the destination partitions dynamically.
	DynamicPartitioningEnabled *bool `field:"optional" json:"dynamicPartitioningEnabled" yaml:"dynamicPartitioningEnabled"`
	// The destination's data output prefix.
	Prefix *string `field:"optional" json:"prefix" yaml:"prefix"`
}

// DataProcessorIdentifier names the processor's resource (a Lambda ARN).
type DataProcessorIdentifier struct {
	ParameterName  *string `field:"required" json:"parameterName" yaml:"parameterName"`
	ParameterValue *string `field:"required" json:"parameterValue" yaml:"parameterValue"`
}

// DataProcessorConfig is what a bound processor renders. With Parameters
// set they are rendered as they are; without, the role, identifier and
// DataProcessorProps are.
type DataProcessorConfig struct {
	ProcessorIdentifier *DataProcessorIdentifier                         `field:"required" json:"processorIdentifier" yaml:"processorIdentifier"`
	ProcessorType       *string                                          `field:"required" json:"processorType" yaml:"processorType"`
	Parameters          *[]*CfnDeliveryStream_ProcessorParameterProperty `field:"optional" json:"parameters" yaml:"parameters"`
}

// IDataProcessor transforms records before delivery.
type IDataProcessor interface {
	Bind(scope constructs.Construct, options *DataProcessorBindOptions) *DataProcessorConfig
	Props() *DataProcessorProps
}

func param(name, value *string) *CfnDeliveryStream_ProcessorParameterProperty {
	return &CfnDeliveryStream_ProcessorParameterProperty{ParameterName: name, ParameterValue: value}
}

func noIdentifier() *DataProcessorIdentifier {
	return &DataProcessorIdentifier{ParameterName: jsii.String(""), ParameterValue: jsii.String("")}
}

// builtinProcessor is a processor Firehose runs itself, with fixed parameters.
type builtinProcessor struct {
	typ    string
	params func(scope constructs.Construct, options *DataProcessorBindOptions) []*CfnDeliveryStream_ProcessorParameterProperty
}

func (b *builtinProcessor) Props() *DataProcessorProps { return &DataProcessorProps{} }

func (b *builtinProcessor) Bind(scope constructs.Construct, options *DataProcessorBindOptions) *DataProcessorConfig {
	if options == nil {
		options = &DataProcessorBindOptions{}
	}
	params := b.params(scope, options)
	return &DataProcessorConfig{ProcessorType: jsii.String(b.typ), ProcessorIdentifier: noIdentifier(), Parameters: &params}
}

// AppendDelimiterToRecordProcessor appends a newline to each record.
type AppendDelimiterToRecordProcessor interface {
	IDataProcessor
	Props() *DataProcessorProps
	Bind(scope constructs.Construct, options *DataProcessorBindOptions) *DataProcessorConfig
}

// NewAppendDelimiterToRecordProcessor appends a newline to each record.
func NewAppendDelimiterToRecordProcessor() AppendDelimiterToRecordProcessor {
	return &builtinProcessor{typ: "AppendDelimiterToRecord", params: func(constructs.Construct, *DataProcessorBindOptions) []*CfnDeliveryStream_ProcessorParameterProperty {
		return []*CfnDeliveryStream_ProcessorParameterProperty{}
	}}
}

// CloudWatchLogProcessorOptions are the options of NewCloudWatchLogProcessor.
type CloudWatchLogProcessorOptions struct {
	// Must be true: extract the log events' messages.
	DataMessageExtraction *bool `field:"required" json:"dataMessageExtraction" yaml:"dataMessageExtraction"`
}

// CloudWatchLogProcessor extracts messages from CloudWatch Logs records
// (with a DecompressionProcessor).
type CloudWatchLogProcessor interface {
	IDataProcessor
	Props() *DataProcessorProps
	Bind(scope constructs.Construct, options *DataProcessorBindOptions) *DataProcessorConfig
}

// NewCloudWatchLogProcessor extracts messages from CloudWatch Logs records.
func NewCloudWatchLogProcessor(options *CloudWatchLogProcessorOptions) CloudWatchLogProcessor {
	if options == nil || options.DataMessageExtraction == nil || !*options.DataMessageExtraction {
		unscoped("dataMessageExtraction must be true.")
	}
	return &builtinProcessor{typ: "CloudWatchLogProcessing", params: func(constructs.Construct, *DataProcessorBindOptions) []*CfnDeliveryStream_ProcessorParameterProperty {
		return []*CfnDeliveryStream_ProcessorParameterProperty{param(jsii.String("DataMessageExtraction"), jsii.String("true"))}
	}}
}

// DecompressionProcessorCompressionFormat is the format records arrive in.
type DecompressionProcessorCompressionFormat interface {
	CompressionFormat() *string
}

type decompressionFormat struct{ format string }

func (f *decompressionFormat) CompressionFormat() *string { return jsii.String(f.format) }

// DecompressionProcessorCompressionFormat_Of is a format by name.
func DecompressionProcessorCompressionFormat_Of(compressionFormat *string) DecompressionProcessorCompressionFormat {
	return &decompressionFormat{format: deref(compressionFormat)}
}

// DecompressionProcessorCompressionFormat_GZIP is gzip.
func DecompressionProcessorCompressionFormat_GZIP() DecompressionProcessorCompressionFormat {
	return &decompressionFormat{format: "GZIP"}
}

// DecompressionProcessorOptions are the options of NewDecompressionProcessor.
type DecompressionProcessorOptions struct {
	// Default: GZIP.
	CompressionFormat DecompressionProcessorCompressionFormat `field:"optional" json:"compressionFormat" yaml:"compressionFormat"`
}

// DecompressionProcessor decompresses records.
type DecompressionProcessor interface {
	IDataProcessor
	Props() *DataProcessorProps
	Bind(scope constructs.Construct, options *DataProcessorBindOptions) *DataProcessorConfig
}

// NewDecompressionProcessor decompresses records (gzip unless options say otherwise).
func NewDecompressionProcessor(options *DecompressionProcessorOptions) DecompressionProcessor {
	format := "GZIP"
	if options != nil && options.CompressionFormat != nil {
		format = deref(options.CompressionFormat.CompressionFormat())
	}
	return &builtinProcessor{typ: "Decompression", params: func(constructs.Construct, *DataProcessorBindOptions) []*CfnDeliveryStream_ProcessorParameterProperty {
		return []*CfnDeliveryStream_ProcessorParameterProperty{param(jsii.String("CompressionFormat"), jsii.String(format))}
	}}
}

// LambdaFunctionProcessor transforms records with a Lambda function.
type LambdaFunctionProcessor interface {
	IDataProcessor
	Props() *DataProcessorProps
	Bind(scope constructs.Construct, options *DataProcessorBindOptions) *DataProcessorConfig
}

type lambdaProcessor struct {
	fn    awslambda.IFunction
	props DataProcessorProps
}

// NewLambdaFunctionProcessor transforms records with lambdaFunction.
func NewLambdaFunctionProcessor(lambdaFunction awslambda.IFunction, props *DataProcessorProps) LambdaFunctionProcessor {
	if lambdaFunction == nil {
		diag.Panic("", "NewLambdaFunctionProcessor needs a function; got nil")
	}
	p := &lambdaProcessor{fn: lambdaFunction}
	if props != nil {
		p.props = *props
	}
	return p
}

func (l *lambdaProcessor) Props() *DataProcessorProps { p := l.props; return &p }

// Bind lets the role invoke the function.
func (l *lambdaProcessor) Bind(scope constructs.Construct, options *DataProcessorBindOptions) *DataProcessorConfig {
	if options == nil || options.Role == nil {
		throw(scope, "LambdaFunctionProcessor.Bind needs options with a role")
	}
	l.fn.GrantInvoke(options.Role)
	return &DataProcessorConfig{
		ProcessorType:       jsii.String("Lambda"),
		ProcessorIdentifier: &DataProcessorIdentifier{ParameterName: jsii.String("LambdaArn"), ParameterValue: l.fn.FunctionArn()},
	}
}

// JsonParsingEngine is the engine of a MetadataExtractionProcessor's query.
type JsonParsingEngine interface {
	ParsingEngine() *string
}

type jsonParsingEngine struct{ engine string }

func (j *jsonParsingEngine) ParsingEngine() *string { return jsii.String(j.engine) }

// JsonParsingEngine_Of is an engine by name.
func JsonParsingEngine_Of(parsingEngine *string) JsonParsingEngine {
	return &jsonParsingEngine{engine: deref(parsingEngine)}
}

// JsonParsingEngine_JQ_1_6 is jq 1.6.
func JsonParsingEngine_JQ_1_6() JsonParsingEngine { return &jsonParsingEngine{engine: "JQ-1.6"} }

// MetadataExtractionProcessorOptions are the options of NewMetadataExtractionProcessor.
type MetadataExtractionProcessorOptions struct {
	JsonParsingEngine       JsonParsingEngine `field:"required" json:"jsonParsingEngine" yaml:"jsonParsingEngine"`
	MetadataExtractionQuery *string           `field:"required" json:"metadataExtractionQuery" yaml:"metadataExtractionQuery"`
}

// MetadataExtractionProcessor extracts partition keys with a jq query
// (dynamic partitioning only).
type MetadataExtractionProcessor interface {
	IDataProcessor
	Props() *DataProcessorProps
	Bind(scope constructs.Construct, options *DataProcessorBindOptions) *DataProcessorConfig
}

type metadataProcessor struct {
	options MetadataExtractionProcessorOptions
	keys    []string
}

// NewMetadataExtractionProcessor extracts the partition keys keys with options' query.
func NewMetadataExtractionProcessor(options *MetadataExtractionProcessorOptions, keys *[]*string) MetadataExtractionProcessor {
	if options == nil || options.JsonParsingEngine == nil || options.MetadataExtractionQuery == nil {
		diag.Panic("", "NewMetadataExtractionProcessor needs options (JsonParsingEngine, MetadataExtractionQuery are required); got nil")
	}
	m := &metadataProcessor{options: *options}
	if keys != nil {
		for _, k := range *keys {
			m.keys = append(m.keys, deref(k))
		}
	}
	return m
}

// MetadataExtractionProcessor_Jq16 extracts each key of query with its jq
// expression. (Go maps have no order; the keys are taken sorted, as jsii
// hands a Go map to aws-cdk-lib.)
func MetadataExtractionProcessor_Jq16(query *map[string]*string) MetadataExtractionProcessor {
	var keys []string
	if query != nil {
		for k := range *query {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	if len(keys) == 0 {
		unscoped("The query for MetadataExtractionProcessor should not be empty.")
	}
	if len(keys) > 50 {
		unscoped("The query for MetadataExtractionProcessor cannot exceed the limit of 50 keys.")
	}
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = jsonString(k) + ":" + deref((*query)[k])
	}
	return &metadataProcessor{
		options: MetadataExtractionProcessorOptions{JsonParsingEngine: JsonParsingEngine_JQ_1_6(), MetadataExtractionQuery: jsii.String("{" + strings.Join(parts, ",") + "}")},
		keys:    keys,
	}
}

// jsonString quotes s as JSON.stringify does (no HTML escaping).
func jsonString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

var queryKeyRef = regexp.MustCompile(`!\{partitionKeyFromQuery:([^{}]+)\}`)

func (m *metadataProcessor) Props() *DataProcessorProps { return &DataProcessorProps{} }

// Bind checks the prefix uses exactly the query's keys.
func (m *metadataProcessor) Bind(scope constructs.Construct, options *DataProcessorBindOptions) *DataProcessorConfig {
	if options == nil || options.DynamicPartitioningEnabled == nil || !*options.DynamicPartitioningEnabled {
		throw(scope, "MetadataExtractionProcessor can only be present when Dynamic Partitioning is enabled.")
	}
	used := map[string]bool{}
	for _, match := range queryKeyRef.FindAllStringSubmatch(deref(options.Prefix), -1) {
		used[match[1]] = true
	}
	same := len(m.keys) == len(used)
	for _, k := range m.keys {
		same = same && used[k]
	}
	if !same {
		throw(scope, "When dynamic partitioning via inline parsing is enabled, you must use all specified dynamic partitioning key values for partitioning your data source.")
	}
	params := []*CfnDeliveryStream_ProcessorParameterProperty{
		param(jsii.String("MetadataExtractionQuery"), m.options.MetadataExtractionQuery),
		param(jsii.String("JsonParsingEngine"), m.options.JsonParsingEngine.ParsingEngine()),
	}
	return &DataProcessorConfig{ProcessorType: jsii.String("MetadataExtraction"), ProcessorIdentifier: noIdentifier(), Parameters: &params}
}

// SubRecordType is how aggregated records are split.
type SubRecordType string

const (
	SubRecordType_JSON      SubRecordType = "JSON"
	SubRecordType_DELIMITED SubRecordType = "DELIMITED"
)

// RecordDeAggregationProcessorOptions are the options of NewRecordDeAggregationProcessor.
type RecordDeAggregationProcessorOptions struct {
	SubRecordType SubRecordType `field:"required" json:"subRecordType" yaml:"subRecordType"`
	// The delimiter, base64 encoded (DELIMITED only).
	Delimiter *string `field:"optional" json:"delimiter" yaml:"delimiter"`
}

// RecordDeAggregationProcessor splits aggregated records (dynamic partitioning only).
type RecordDeAggregationProcessor interface {
	IDataProcessor
	Props() *DataProcessorProps
	Bind(scope constructs.Construct, options *DataProcessorBindOptions) *DataProcessorConfig
}

type deaggregationProcessor struct {
	options RecordDeAggregationProcessorOptions
}

// NewRecordDeAggregationProcessor splits aggregated records as options say.
func NewRecordDeAggregationProcessor(options *RecordDeAggregationProcessorOptions) RecordDeAggregationProcessor {
	if options == nil {
		diag.Panic("", "NewRecordDeAggregationProcessor needs options (SubRecordType is required); got nil")
	}
	return &deaggregationProcessor{options: *options}
}

// RecordDeAggregationProcessor_Json splits JSON records.
func RecordDeAggregationProcessor_Json() RecordDeAggregationProcessor {
	return &deaggregationProcessor{options: RecordDeAggregationProcessorOptions{SubRecordType: SubRecordType_JSON}}
}

// RecordDeAggregationProcessor_Delimited splits records at delimiter.
func RecordDeAggregationProcessor_Delimited(delimiter *string) RecordDeAggregationProcessor {
	return &deaggregationProcessor{options: RecordDeAggregationProcessorOptions{
		SubRecordType: SubRecordType_DELIMITED, Delimiter: jsii.String(base64.StdEncoding.EncodeToString([]byte(deref(delimiter)))),
	}}
}

func (r *deaggregationProcessor) Props() *DataProcessorProps { return &DataProcessorProps{} }

func (r *deaggregationProcessor) Bind(scope constructs.Construct, options *DataProcessorBindOptions) *DataProcessorConfig {
	params := []*CfnDeliveryStream_ProcessorParameterProperty{param(jsii.String("SubRecordType"), jsii.String(string(r.options.SubRecordType)))}
	if options == nil || options.DynamicPartitioningEnabled == nil || !*options.DynamicPartitioningEnabled {
		throw(scope, "RecordDeAggregationProcessor can only be present when Dynamic Partitioning is enabled.")
	}
	if r.options.SubRecordType == SubRecordType_DELIMITED {
		if empty(r.options.Delimiter) {
			throw(scope, "The delimiter must be specified when subRecordType is DELIMITED.")
		}
		params = append(params, param(jsii.String("Delimiter"), r.options.Delimiter))
	}
	return &DataProcessorConfig{ProcessorType: jsii.String("RecordDeAggregation"), ProcessorIdentifier: noIdentifier(), Parameters: &params}
}
