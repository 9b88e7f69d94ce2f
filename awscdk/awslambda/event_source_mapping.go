package awslambda

import (
	"reflect"
	"regexp"
	"sort"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// StartingPosition is where a stream source starts reading.
type StartingPosition string

const (
	StartingPosition_TRIM_HORIZON StartingPosition = "TRIM_HORIZON"
	StartingPosition_LATEST       StartingPosition = "LATEST"
	StartingPosition_AT_TIMESTAMP StartingPosition = "AT_TIMESTAMP"
)

// EventSourceMappingLogLevel is the level of an event source mapping's
// system logs.
type EventSourceMappingLogLevel string

const (
	EventSourceMappingLogLevel_INFO  EventSourceMappingLogLevel = "INFO"
	EventSourceMappingLogLevel_DEBUG EventSourceMappingLogLevel = "DEBUG"
	EventSourceMappingLogLevel_WARN  EventSourceMappingLogLevel = "WARN"
)

// MetricType is a metric an event source mapping can publish.
type MetricType string

const (
	MetricType_EVENT_COUNT   MetricType = "EVENT_COUNT"
	MetricType_ERROR_COUNT   MetricType = "ERROR_COUNT"
	MetricType_KAFKA_METRICS MetricType = "KAFKA_METRICS"
)

var metricTypeValues = map[MetricType]string{MetricType_EVENT_COUNT: "EventCount", MetricType_ERROR_COUNT: "ErrorCount", MetricType_KAFKA_METRICS: "KafkaMetrics"}

// MetricsConfig chooses the metrics an event source mapping publishes.
type MetricsConfig struct {
	Metrics *[]MetricType `field:"required" json:"metrics" yaml:"metrics"`
}

// ProvisionedPollerConfig is the provisioned mode of an event source mapping.
type ProvisionedPollerConfig struct {
	MaximumPollers  *float64 `field:"optional" json:"maximumPollers" yaml:"maximumPollers"`
	MinimumPollers  *float64 `field:"optional" json:"minimumPollers" yaml:"minimumPollers"`
	PollerGroupName *string  `field:"optional" json:"pollerGroupName" yaml:"pollerGroupName"`
}

// EventSourceMappingOptions configure an event source mapping.
type EventSourceMappingOptions struct {
	BatchSize                     *float64                      `field:"optional" json:"batchSize" yaml:"batchSize"`
	BisectBatchOnError            *bool                         `field:"optional" json:"bisectBatchOnError" yaml:"bisectBatchOnError"`
	Enabled                       *bool                         `field:"optional" json:"enabled" yaml:"enabled"`
	EventSourceArn                *string                       `field:"optional" json:"eventSourceArn" yaml:"eventSourceArn"`
	FilterEncryption              awskms.IKey                   `field:"optional" json:"filterEncryption" yaml:"filterEncryption"`
	Filters                       *[]*map[string]interface{}    `field:"optional" json:"filters" yaml:"filters"`
	KafkaBootstrapServers         *[]*string                    `field:"optional" json:"kafkaBootstrapServers" yaml:"kafkaBootstrapServers"`
	KafkaConsumerGroupId          *string                       `field:"optional" json:"kafkaConsumerGroupId" yaml:"kafkaConsumerGroupId"`
	KafkaTopic                    *string                       `field:"optional" json:"kafkaTopic" yaml:"kafkaTopic"`
	LogLevel                      EventSourceMappingLogLevel    `field:"optional" json:"logLevel" yaml:"logLevel"`
	MaxBatchingWindow             awscdk.Duration               `field:"optional" json:"maxBatchingWindow" yaml:"maxBatchingWindow"`
	MaxConcurrency                *float64                      `field:"optional" json:"maxConcurrency" yaml:"maxConcurrency"`
	MaxRecordAge                  awscdk.Duration               `field:"optional" json:"maxRecordAge" yaml:"maxRecordAge"`
	MetricsConfig                 *MetricsConfig                `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	ParallelizationFactor         *float64                      `field:"optional" json:"parallelizationFactor" yaml:"parallelizationFactor"`
	ProvisionedPollerConfig       *ProvisionedPollerConfig      `field:"optional" json:"provisionedPollerConfig" yaml:"provisionedPollerConfig"`
	ReportBatchItemFailures       *bool                         `field:"optional" json:"reportBatchItemFailures" yaml:"reportBatchItemFailures"`
	RetryAttempts                 *float64                      `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	StartingPosition              StartingPosition              `field:"optional" json:"startingPosition" yaml:"startingPosition"`
	StartingPositionTimestamp     *float64                      `field:"optional" json:"startingPositionTimestamp" yaml:"startingPositionTimestamp"`
	TumblingWindow                awscdk.Duration               `field:"optional" json:"tumblingWindow" yaml:"tumblingWindow"`
	OnFailure                     IEventSourceDlq               `field:"optional" json:"onFailure" yaml:"onFailure"`
	SourceAccessConfigurations    *[]*SourceAccessConfiguration `field:"optional" json:"sourceAccessConfigurations" yaml:"sourceAccessConfigurations"`
	SupportS3OnFailureDestination *bool                         `field:"optional" json:"supportS3OnFailureDestination" yaml:"supportS3OnFailureDestination"`
	SchemaRegistryConfig          ISchemaRegistry               `field:"optional" json:"schemaRegistryConfig" yaml:"schemaRegistryConfig"`
}

// EventSourceMappingProps are the props of NewEventSourceMapping.
type EventSourceMappingProps struct {
	BatchSize                     *float64                      `field:"optional" json:"batchSize" yaml:"batchSize"`
	BisectBatchOnError            *bool                         `field:"optional" json:"bisectBatchOnError" yaml:"bisectBatchOnError"`
	Enabled                       *bool                         `field:"optional" json:"enabled" yaml:"enabled"`
	EventSourceArn                *string                       `field:"optional" json:"eventSourceArn" yaml:"eventSourceArn"`
	FilterEncryption              awskms.IKey                   `field:"optional" json:"filterEncryption" yaml:"filterEncryption"`
	Filters                       *[]*map[string]interface{}    `field:"optional" json:"filters" yaml:"filters"`
	KafkaBootstrapServers         *[]*string                    `field:"optional" json:"kafkaBootstrapServers" yaml:"kafkaBootstrapServers"`
	KafkaConsumerGroupId          *string                       `field:"optional" json:"kafkaConsumerGroupId" yaml:"kafkaConsumerGroupId"`
	KafkaTopic                    *string                       `field:"optional" json:"kafkaTopic" yaml:"kafkaTopic"`
	LogLevel                      EventSourceMappingLogLevel    `field:"optional" json:"logLevel" yaml:"logLevel"`
	MaxBatchingWindow             awscdk.Duration               `field:"optional" json:"maxBatchingWindow" yaml:"maxBatchingWindow"`
	MaxConcurrency                *float64                      `field:"optional" json:"maxConcurrency" yaml:"maxConcurrency"`
	MaxRecordAge                  awscdk.Duration               `field:"optional" json:"maxRecordAge" yaml:"maxRecordAge"`
	MetricsConfig                 *MetricsConfig                `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	ParallelizationFactor         *float64                      `field:"optional" json:"parallelizationFactor" yaml:"parallelizationFactor"`
	ProvisionedPollerConfig       *ProvisionedPollerConfig      `field:"optional" json:"provisionedPollerConfig" yaml:"provisionedPollerConfig"`
	ReportBatchItemFailures       *bool                         `field:"optional" json:"reportBatchItemFailures" yaml:"reportBatchItemFailures"`
	RetryAttempts                 *float64                      `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	StartingPosition              StartingPosition              `field:"optional" json:"startingPosition" yaml:"startingPosition"`
	StartingPositionTimestamp     *float64                      `field:"optional" json:"startingPositionTimestamp" yaml:"startingPositionTimestamp"`
	TumblingWindow                awscdk.Duration               `field:"optional" json:"tumblingWindow" yaml:"tumblingWindow"`
	OnFailure                     IEventSourceDlq               `field:"optional" json:"onFailure" yaml:"onFailure"`
	SourceAccessConfigurations    *[]*SourceAccessConfiguration `field:"optional" json:"sourceAccessConfigurations" yaml:"sourceAccessConfigurations"`
	SupportS3OnFailureDestination *bool                         `field:"optional" json:"supportS3OnFailureDestination" yaml:"supportS3OnFailureDestination"`
	SchemaRegistryConfig          ISchemaRegistry               `field:"optional" json:"schemaRegistryConfig" yaml:"schemaRegistryConfig"`
	// The function the events go to.
	Target IFunction `field:"required" json:"target" yaml:"target"`
}

// IEventSourceMapping is an event source mapping, owned or imported.
type IEventSourceMapping interface {
	interfacesawslambda.IEventSourceMappingRef
	awscdk.IResource
	EventSourceMappingArn() *string
	EventSourceMappingId() *string
}

// EventSourceMapping has Lambda read a queue or stream and call a
// function with batches of records (AWS::Lambda::EventSourceMapping).
type EventSourceMapping interface {
	awscdk.Resource
	IEventSourceMapping
}

type eventSourceMapping struct {
	awscdk.Resource
	id, arn *string
}

// EventSourceMapping_FromEventSourceMappingId imports a mapping by ID.
func EventSourceMapping_FromEventSourceMappingId(scope constructs.Construct, id *string, eventSourceMappingId *string) IEventSourceMapping {
	m := &eventSourceMapping{id: eventSourceMappingId}
	m.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(m.Resource, m)
	m.arn = eventSourceMappingArn(m, eventSourceMappingId)
	return m
}

func eventSourceMappingArn(scope constructs.IConstruct, id *string) *string {
	return awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("lambda"), Resource: jsii.String("event-source-mapping"),
		ResourceName: id, ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
}

var kafkaGroupPattern = regexp.MustCompile(`^[a-zA-Z0-9\-/*:_+=.@]*$`)

// NewEventSourceMapping maps props.EventSourceArn (or Kafka brokers) to
// props.Target.
func NewEventSourceMapping(scope constructs.Construct, id *string, props *EventSourceMappingProps) EventSourceMapping {
	props = l2.Inject(*EventSourceMapping_PROPERTY_INJECTION_ID(), props, scope, id)
	m := &eventSourceMapping{}
	m.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(m.Resource, m)
	if props == nil || isNil(props.Target) {
		throw(m, "an EventSourceMapping needs props.Target, the function the events go to")
	}
	p := props
	if p.EventSourceArn == nil && p.KafkaBootstrapServers == nil {
		throw(m, "Either eventSourceArn or kafkaBootstrapServers must be set")
	}
	if p.EventSourceArn != nil && p.KafkaBootstrapServers != nil {
		throw(m, "eventSourceArn and kafkaBootstrapServers are mutually exclusive")
	}
	if c := p.ProvisionedPollerConfig; c != nil {
		minOK := c.MinimumPollers != nil && !isUnresolved(c.MinimumPollers)
		maxOK := c.MaximumPollers != nil && !isUnresolved(c.MaximumPollers)
		if minOK && (*c.MinimumPollers < 1 || *c.MinimumPollers > 200) {
			throw(m, "Minimum provisioned pollers must be between 1 and 200 inclusive")
		}
		if maxOK && (*c.MaximumPollers < 1 || *c.MaximumPollers > 2000) {
			throw(m, "Maximum provisioned pollers must be between 1 and 2000 inclusive")
		}
		if minOK && maxOK && *c.MinimumPollers > *c.MaximumPollers {
			throw(m, "Minimum provisioned pollers must be less than or equal to maximum provisioned pollers")
		}
	}
	if p.KafkaBootstrapServers != nil && len(*p.KafkaBootstrapServers) < 1 {
		throw(m, "kafkaBootStrapServers must not be empty if set")
	}
	if p.MaxBatchingWindow != nil && *p.MaxBatchingWindow.ToSeconds(nil) > 300 {
		throw(m, "maxBatchingWindow cannot be over 300 seconds, got %v", *p.MaxBatchingWindow.ToSeconds(nil))
	}
	if c := p.MaxConcurrency; c != nil && !isUnresolved(c) && (*c < 2 || *c > 1000) {
		throw(m, "maxConcurrency must be between 2 and 1000 concurrent instances")
	}
	if a := p.MaxRecordAge; a != nil && (*a.ToSeconds(nil) < 60 || *a.ToDays(&awscdk.TimeConversionOptions{Integral: jsii.Bool(false)}) > 7) {
		throw(m, "maxRecordAge must be between 60 seconds and 7 days inclusive")
	}
	if r := p.RetryAttempts; r != nil && !isUnresolved(r) && !(*r == -1 || (*r >= 0 && *r <= 10000)) {
		throw(m, "retryAttempts must be -1 (for infinite) or between 0 and 10000 inclusive, got %v", *r)
	}
	if f := p.ParallelizationFactor; f != nil && !isUnresolved(f) && (*f < 1 || *f > 10) {
		throw(m, "parallelizationFactor must be between 1 and 10 inclusive, got %v", *f)
	}
	if w := p.TumblingWindow; w != nil && !*w.IsUnresolved() && *w.ToSeconds(nil) > 900 {
		throw(m, "tumblingWindow cannot be over 900 seconds, got %v", *w.ToSeconds(nil))
	}
	if p.StartingPosition == StartingPosition_AT_TIMESTAMP && p.StartingPositionTimestamp == nil {
		throw(m, "startingPositionTimestamp must be provided when startingPosition is AT_TIMESTAMP")
	}
	if p.StartingPosition != StartingPosition_AT_TIMESTAMP && p.StartingPositionTimestamp != nil {
		throw(m, "startingPositionTimestamp can only be used when startingPosition is AT_TIMESTAMP")
	}
	if g := p.KafkaConsumerGroupId; g != nil && !isUnresolved(g) {
		if len(*g) > 200 || len(*g) < 1 {
			throw(m, "kafkaConsumerGroupId must be a valid string between 1 and 200 characters")
		}
		if !kafkaGroupPattern.MatchString(*g) {
			throw(m, "kafkaConsumerGroupId contains invalid characters. Allowed values are \"[a-zA-Z0-9-/*:_+=.@-]\"")
		}
	}
	if p.FilterEncryption != nil && p.Filters == nil {
		throw(m, "filter criteria must be provided to enable setting filter criteria encryption")
	}
	if p.FilterEncryption != nil {
		p.FilterEncryption.GrantDecrypt(awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil))
	}
	cfn := &CfnEventSourceMappingProps{
		BatchSize: p.BatchSize, BisectBatchOnFunctionError: p.BisectBatchOnError, Enabled: p.Enabled, EventSourceArn: p.EventSourceArn,
		FunctionName: p.Target.FunctionName(), StartingPosition: strOrNil(string(p.StartingPosition)),
		StartingPositionTimestamp: p.StartingPositionTimestamp, MaximumRetryAttempts: p.RetryAttempts, ParallelizationFactor: p.ParallelizationFactor,
	}
	if p.ReportBatchItemFailures != nil && *p.ReportBatchItemFailures {
		cfn.FunctionResponseTypes = jsii.Strings("ReportBatchItemFailures")
	}
	if p.MaxBatchingWindow != nil {
		cfn.MaximumBatchingWindowInSeconds = p.MaxBatchingWindow.ToSeconds(nil)
	}
	if p.MaxRecordAge != nil {
		cfn.MaximumRecordAgeInSeconds = p.MaxRecordAge.ToSeconds(nil)
	}
	if p.KafkaTopic != nil {
		cfn.Topics = &[]*string{p.KafkaTopic}
	}
	if p.TumblingWindow != nil {
		cfn.TumblingWindowInSeconds = p.TumblingWindow.ToSeconds(nil)
	}
	if p.MaxConcurrency != nil && *p.MaxConcurrency != 0 {
		cfn.ScalingConfig = &CfnEventSourceMapping_ScalingConfigProperty{MaximumConcurrency: p.MaxConcurrency}
	}
	if p.KafkaBootstrapServers != nil {
		cfn.SelfManagedEventSource = &CfnEventSourceMapping_SelfManagedEventSourceProperty{
			Endpoints: &CfnEventSourceMapping_EndpointsProperty{KafkaBootstrapServers: p.KafkaBootstrapServers}}
	}
	if g := p.KafkaConsumerGroupId; g != nil || p.SchemaRegistryConfig != nil {
		var registry *CfnEventSourceMapping_SchemaRegistryConfigProperty
		if p.SchemaRegistryConfig != nil {
			registry = renderSchemaRegistry(p.SchemaRegistryConfig.Bind(m, p.Target))
		}
		if p.KafkaBootstrapServers != nil {
			c := &CfnEventSourceMapping_SelfManagedKafkaEventSourceConfigProperty{ConsumerGroupId: g}
			if registry != nil {
				c.SchemaRegistryConfig = registry
			}
			cfn.SelfManagedKafkaEventSourceConfig = c
		} else {
			c := &CfnEventSourceMapping_AmazonManagedKafkaEventSourceConfigProperty{ConsumerGroupId: g}
			if registry != nil {
				c.SchemaRegistryConfig = registry
			}
			cfn.AmazonManagedKafkaEventSourceConfig = c
		}
	}
	if p.Filters != nil {
		var filters []*CfnEventSourceMapping_FilterProperty
		for _, f := range *p.Filters {
			if f == nil {
				continue
			}
			fp := &CfnEventSourceMapping_FilterProperty{}
			if pat, ok := (*f)["pattern"].(string); ok {
				fp.Pattern = &pat
			} else if pat, ok := (*f)["pattern"].(*string); ok {
				fp.Pattern = pat
			}
			filters = append(filters, fp)
		}
		cfn.FilterCriteria = &CfnEventSourceMapping_FilterCriteriaProperty{Filters: &filters}
	}
	if p.FilterEncryption != nil {
		cfn.KmsKeyArn = p.FilterEncryption.KeyArn()
	}
	if c := p.ProvisionedPollerConfig; c != nil {
		cfn.ProvisionedPollerConfig = &CfnEventSourceMapping_ProvisionedPollerConfigProperty{MaximumPollers: c.MaximumPollers,
			MinimumPollers: c.MinimumPollers, PollerGroupName: c.PollerGroupName}
	}
	if c := p.MetricsConfig; c != nil && c.Metrics != nil {
		var metrics []*string
		for _, mt := range *c.Metrics {
			metrics = append(metrics, jsii.String(metricTypeValues[mt]))
		}
		cfn.MetricsConfig = &CfnEventSourceMapping_MetricsConfigProperty{Metrics: &metrics}
	}
	if p.LogLevel != "" {
		cfn.LoggingConfig = &CfnEventSourceMapping_LoggingConfigProperty{SystemLogLevel: jsii.String(string(p.LogLevel))}
	}
	if p.OnFailure != nil {
		d := p.OnFailure.Bind(m, p.Target)
		cfn.DestinationConfig = &CfnEventSourceMapping_DestinationConfigProperty{OnFailure: &CfnEventSourceMapping_OnFailureProperty{Destination: d.Destination}}
	}
	if p.SourceAccessConfigurations != nil {
		var sac []interface{}
		for _, c := range *p.SourceAccessConfigurations {
			sac = append(sac, &CfnEventSourceMapping_SourceAccessConfigurationProperty{Type: c.Type.Type(), Uri: c.Uri})
		}
		cfn.SourceAccessConfigurations = &sac
	}
	res := NewCfnEventSourceMapping(m, jsii.String("Resource"), cfn)
	m.id = res.Ref()
	m.arn = eventSourceMappingArn(m, m.id)
	return m
}

func strOrNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func (m *eventSourceMapping) EventSourceMappingId() *string  { return m.id }
func (m *eventSourceMapping) EventSourceMappingArn() *string { return m.arn }
func (m *eventSourceMapping) EventSourceMappingRef() *interfacesawslambda.EventSourceMappingReference {
	return &interfacesawslambda.EventSourceMappingReference{EventSourceMappingId: m.id, EventSourceMappingArn: m.arn}
}

// AddEventSourceMapping maps an event source to this function.
func (f *functionBase) AddEventSourceMapping(id *string, options *EventSourceMappingOptions) EventSourceMapping {
	p := &EventSourceMappingProps{Target: f.self}
	if o := options; o != nil {
		p.BatchSize, p.BisectBatchOnError, p.Enabled, p.EventSourceArn = o.BatchSize, o.BisectBatchOnError, o.Enabled, o.EventSourceArn
		p.FilterEncryption, p.Filters, p.KafkaBootstrapServers, p.KafkaConsumerGroupId = o.FilterEncryption, o.Filters, o.KafkaBootstrapServers, o.KafkaConsumerGroupId
		p.KafkaTopic, p.LogLevel, p.MaxBatchingWindow, p.MaxConcurrency = o.KafkaTopic, o.LogLevel, o.MaxBatchingWindow, o.MaxConcurrency
		p.MaxRecordAge, p.MetricsConfig, p.ParallelizationFactor, p.ProvisionedPollerConfig = o.MaxRecordAge, o.MetricsConfig, o.ParallelizationFactor, o.ProvisionedPollerConfig
		p.ReportBatchItemFailures, p.RetryAttempts, p.StartingPosition = o.ReportBatchItemFailures, o.RetryAttempts, o.StartingPosition
		p.StartingPositionTimestamp, p.TumblingWindow = o.StartingPositionTimestamp, o.TumblingWindow
		p.OnFailure, p.SourceAccessConfigurations, p.SupportS3OnFailureDestination = o.OnFailure, o.SourceAccessConfigurations, o.SupportS3OnFailureDestination
		p.SchemaRegistryConfig = o.SchemaRegistryConfig
	}
	return NewEventSourceMapping(f.Resource, id, p)
}

// FilterCriteria_Filter makes a filter of an event source mapping from a
// pattern (a Go map, written as JSON with its keys sorted).
func FilterCriteria_Filter(filter *map[string]interface{}) *map[string]interface{} {
	b, _ := ojson.Marshal(sortedAny(filter), "")
	return &map[string]interface{}{"pattern": string(b)}
}

// sortedAny turns v (maps, slices and pointers of any type) into plain
// JSON values, with map keys sorted as jsii hands Go maps over.
func sortedAny(v interface{}) interface{} {
	if v == nil {
		return nil
	}
	return plainValue(reflect.ValueOf(v))
}

func plainValue(rv reflect.Value) interface{} {
	for rv.Kind() == reflect.Ptr || rv.Kind() == reflect.Interface {
		if rv.IsNil() {
			return nil
		}
		rv = rv.Elem()
	}
	switch rv.Kind() {
	case reflect.Map:
		keys := make([]string, 0, rv.Len())
		for _, k := range rv.MapKeys() {
			keys = append(keys, k.String())
		}
		sort.Strings(keys)
		o := ojson.New()
		for _, k := range keys {
			o.Set(k, plainValue(rv.MapIndex(reflect.ValueOf(k).Convert(rv.Type().Key()))))
		}
		return o
	case reflect.Slice, reflect.Array:
		out := make([]interface{}, rv.Len())
		for i := range out {
			out[i] = plainValue(rv.Index(i))
		}
		return out
	case reflect.String:
		return rv.String()
	case reflect.Bool:
		return rv.Bool()
	case reflect.Float32, reflect.Float64:
		return rv.Float()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return float64(rv.Uint())
	}
	return rv.Interface()
}

// FilterCriteria builds the filters of event source mappings
// (FilterCriteria_Filter).
type FilterCriteria interface{}

// NewFilterCriteria is a FilterCriteria (its use is the static Filter).
func NewFilterCriteria() FilterCriteria { return &struct{ _ byte }{} }

// NewFilterCriteria_Override initialises outer, a type embedding FilterCriteria.
func NewFilterCriteria_Override(outer FilterCriteria) { l2.Override(outer, NewFilterCriteria()) }

// FilterRule builds the rules of a filter pattern.
type FilterRule interface{}

// NewFilterRule is a FilterRule (its use is its statics).
func NewFilterRule() FilterRule { return &struct{ _ byte }{} }

// NewFilterRule_Override initialises outer, a type embedding FilterRule.
func NewFilterRule_Override(outer FilterRule) { l2.Override(outer, NewFilterRule()) }

// FilterRule_Null matches a null value.
func FilterRule_Null() interface{} { return []interface{}{nil} }

// FilterRule_Empty matches an empty string.
func FilterRule_Empty() *[]*string { return &[]*string{jsii.String("")} }

// FilterRule_IsEqual matches item (numbers compare numerically).
func FilterRule_IsEqual(item interface{}) interface{} {
	switch n := item.(type) {
	case float64, int:
		return []interface{}{map[string]interface{}{"numeric": []interface{}{"=", n}}}
	case *float64:
		return []interface{}{map[string]interface{}{"numeric": []interface{}{"=", n}}}
	}
	return []interface{}{item}
}

// FilterRule_Or matches any of elem.
func FilterRule_Or(elem ...*string) *[]*string { return &elem }

// FilterRule_NotEquals matches anything but elem.
func FilterRule_NotEquals(elem *string) *[]*map[string]*[]*string {
	return &[]*map[string]*[]*string{{"anything-but": &[]*string{elem}}}
}

// FilterRule_Between matches numbers above first and up to second.
func FilterRule_Between(first *float64, second *float64) *[]*map[string]*[]interface{} {
	return &[]*map[string]*[]interface{}{{"numeric": &[]interface{}{">", first, "<=", second}}}
}

// FilterRule_Exists matches when the field is present.
func FilterRule_Exists() *[]*map[string]*bool {
	return &[]*map[string]*bool{{"exists": jsii.Bool(true)}}
}

// FilterRule_NotExists matches when the field is absent.
func FilterRule_NotExists() *[]*map[string]*bool {
	return &[]*map[string]*bool{{"exists": jsii.Bool(false)}}
}

// FilterRule_BeginsWith matches strings starting with elem.
func FilterRule_BeginsWith(elem *string) *[]*map[string]*string {
	return &[]*map[string]*string{{"prefix": elem}}
}
