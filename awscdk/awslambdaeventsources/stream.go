package awslambdaeventsources

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ProvisionedPollerConfig is the provisioned mode of a stream event source.
type ProvisionedPollerConfig struct {
	MaximumPollers  *float64 `field:"optional" json:"maximumPollers" yaml:"maximumPollers"`
	MinimumPollers  *float64 `field:"optional" json:"minimumPollers" yaml:"minimumPollers"`
	PollerGroupName *string  `field:"optional" json:"pollerGroupName" yaml:"pollerGroupName"`
}

// BaseStreamEventSourceProps are the options every stream source shares.
type BaseStreamEventSourceProps struct {
	StartingPosition        awslambda.StartingPosition `field:"required" json:"startingPosition" yaml:"startingPosition"`
	BatchSize               *float64                   `field:"optional" json:"batchSize" yaml:"batchSize"`
	Enabled                 *bool                      `field:"optional" json:"enabled" yaml:"enabled"`
	MaxBatchingWindow       awscdk.Duration            `field:"optional" json:"maxBatchingWindow" yaml:"maxBatchingWindow"`
	ProvisionedPollerConfig *ProvisionedPollerConfig   `field:"optional" json:"provisionedPollerConfig" yaml:"provisionedPollerConfig"`
}

// StreamEventSourceProps configure a DynamoDB or Kinesis stream source.
type StreamEventSourceProps struct {
	StartingPosition        awslambda.StartingPosition `field:"required" json:"startingPosition" yaml:"startingPosition"`
	BatchSize               *float64                   `field:"optional" json:"batchSize" yaml:"batchSize"`
	Enabled                 *bool                      `field:"optional" json:"enabled" yaml:"enabled"`
	MaxBatchingWindow       awscdk.Duration            `field:"optional" json:"maxBatchingWindow" yaml:"maxBatchingWindow"`
	ProvisionedPollerConfig *ProvisionedPollerConfig   `field:"optional" json:"provisionedPollerConfig" yaml:"provisionedPollerConfig"`
	BisectBatchOnError      *bool                      `field:"optional" json:"bisectBatchOnError" yaml:"bisectBatchOnError"`
	FilterEncryption        awskms.IKey                `field:"optional" json:"filterEncryption" yaml:"filterEncryption"`
	Filters                 *[]*map[string]interface{} `field:"optional" json:"filters" yaml:"filters"`
	MaxRecordAge            awscdk.Duration            `field:"optional" json:"maxRecordAge" yaml:"maxRecordAge"`
	MetricsConfig           *awslambda.MetricsConfig   `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	OnFailure               awslambda.IEventSourceDlq  `field:"optional" json:"onFailure" yaml:"onFailure"`
	ParallelizationFactor   *float64                   `field:"optional" json:"parallelizationFactor" yaml:"parallelizationFactor"`
	ReportBatchItemFailures *bool                      `field:"optional" json:"reportBatchItemFailures" yaml:"reportBatchItemFailures"`
	RetryAttempts           *float64                   `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	TumblingWindow          awscdk.Duration            `field:"optional" json:"tumblingWindow" yaml:"tumblingWindow"`
}

// DynamoEventSourceProps configure a DynamoDB stream source.
type DynamoEventSourceProps struct {
	StartingPosition        awslambda.StartingPosition `field:"required" json:"startingPosition" yaml:"startingPosition"`
	BatchSize               *float64                   `field:"optional" json:"batchSize" yaml:"batchSize"`
	Enabled                 *bool                      `field:"optional" json:"enabled" yaml:"enabled"`
	MaxBatchingWindow       awscdk.Duration            `field:"optional" json:"maxBatchingWindow" yaml:"maxBatchingWindow"`
	ProvisionedPollerConfig *ProvisionedPollerConfig   `field:"optional" json:"provisionedPollerConfig" yaml:"provisionedPollerConfig"`
	BisectBatchOnError      *bool                      `field:"optional" json:"bisectBatchOnError" yaml:"bisectBatchOnError"`
	FilterEncryption        awskms.IKey                `field:"optional" json:"filterEncryption" yaml:"filterEncryption"`
	Filters                 *[]*map[string]interface{} `field:"optional" json:"filters" yaml:"filters"`
	MaxRecordAge            awscdk.Duration            `field:"optional" json:"maxRecordAge" yaml:"maxRecordAge"`
	MetricsConfig           *awslambda.MetricsConfig   `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	OnFailure               awslambda.IEventSourceDlq  `field:"optional" json:"onFailure" yaml:"onFailure"`
	ParallelizationFactor   *float64                   `field:"optional" json:"parallelizationFactor" yaml:"parallelizationFactor"`
	ReportBatchItemFailures *bool                      `field:"optional" json:"reportBatchItemFailures" yaml:"reportBatchItemFailures"`
	RetryAttempts           *float64                   `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	TumblingWindow          awscdk.Duration            `field:"optional" json:"tumblingWindow" yaml:"tumblingWindow"`
}

// StreamEventSource is a source that reads a stream of records in order.
type StreamEventSource interface {
	awslambda.IEventSource
	Props() *StreamEventSourceProps
	EnrichMappingOptions(options *awslambda.EventSourceMappingOptions) *awslambda.EventSourceMappingOptions
}

// DynamoEventSource has Lambda read a table's stream and call the
// function with batches of item changes.
type DynamoEventSource interface {
	StreamEventSource
	EventSourceMappingArn() *string
	EventSourceMappingId() *string
}

type streamSource struct {
	props StreamEventSourceProps
}

// newStreamSource checks the options every stream source shares.
func newStreamSource(props StreamEventSourceProps) streamSource {
	if c := props.ProvisionedPollerConfig; c != nil {
		minSet := c.MinimumPollers != nil && !*awscdk.Token_IsUnresolved(c.MinimumPollers)
		maxSet := c.MaximumPollers != nil && !*awscdk.Token_IsUnresolved(c.MaximumPollers)
		switch {
		case minSet && (*c.MinimumPollers < 1 || *c.MinimumPollers > 200):
			unscoped("Minimum provisioned pollers must be between 1 and 200 inclusive")
		case maxSet && (*c.MaximumPollers < 1 || *c.MaximumPollers > 2000):
			unscoped("Maximum provisioned pollers must be between 1 and 2000 inclusive")
		case minSet && maxSet && *c.MinimumPollers > *c.MaximumPollers:
			unscoped("Minimum provisioned pollers must be less than or equal to maximum provisioned pollers")
		}
	}
	return streamSource{props: props}
}

func unscoped(msg string) {
	panic(&diag.UserError{Err: diag.Errorf("", "%s", msg)})
}

func (s *streamSource) Props() *StreamEventSourceProps { return &s.props }

// EnrichMappingOptions adds the stream options to options; the batch size
// defaults to 100.
func (s *streamSource) EnrichMappingOptions(options *awslambda.EventSourceMappingOptions) *awslambda.EventSourceMappingOptions {
	o := awslambda.EventSourceMappingOptions{}
	if options != nil {
		o = *options
	}
	p := &s.props
	o.BatchSize = p.BatchSize
	if o.BatchSize == nil || *o.BatchSize == 0 {
		o.BatchSize = jsii.Number(100)
	}
	o.BisectBatchOnError, o.StartingPosition, o.ReportBatchItemFailures = p.BisectBatchOnError, p.StartingPosition, p.ReportBatchItemFailures
	o.MaxBatchingWindow, o.MaxRecordAge, o.RetryAttempts = p.MaxBatchingWindow, p.MaxRecordAge, p.RetryAttempts
	o.ParallelizationFactor, o.TumblingWindow, o.Enabled = p.ParallelizationFactor, p.TumblingWindow, p.Enabled
	o.Filters, o.FilterEncryption = p.Filters, p.FilterEncryption
	if _, s3 := p.OnFailure.(*s3OnFailureDestination); s3 && (o.SupportS3OnFailureDestination == nil || !*o.SupportS3OnFailureDestination) {
		unscoped("S3 onFailure Destination is not supported for this event source")
	}
	o.OnFailure = p.OnFailure
	return &o
}

type dynamoEventSource struct {
	streamSource
	table   awsdynamodb.ITable
	mapping awslambda.IEventSourceMapping
}

// NewDynamoEventSource makes the stream of table an event source. The
// table needs a stream (TableProps.Stream).
func NewDynamoEventSource(table awsdynamodb.ITable, props *DynamoEventSourceProps) DynamoEventSource {
	if table == nil {
		unscoped("NewDynamoEventSource needs a table")
	}
	if props == nil {
		l2.Throw(table, "NewDynamoEventSource needs props with a StartingPosition")
	}
	p := StreamEventSourceProps(*props)
	s := &dynamoEventSource{streamSource: newStreamSource(p), table: table}
	if b := p.BatchSize; b != nil && !*awscdk.Token_IsUnresolved(b) && (*b < 1 || *b > 10000) {
		l2.Throw(table, "Maximum batch size must be between 1 and 10000 inclusive (given %v)", *b)
	}
	return s
}

// Bind maps the table's stream to target and lets target read it. Like
// aws-cdk-lib, the provisioned poller configuration is checked but not
// passed on to the mapping.
func (s *dynamoEventSource) Bind(target awslambda.IFunction) {
	arn := s.table.TableStreamArn()
	if arn == nil {
		l2.Throw(s.table, "DynamoDB Streams must be enabled on the table %s", *s.table.Node().Path())
	}
	opts := s.EnrichMappingOptions(&awslambda.EventSourceMappingOptions{EventSourceArn: arn, MetricsConfig: s.props.MetricsConfig,
		SupportS3OnFailureDestination: jsii.Bool(true)})
	s.mapping = target.AddEventSourceMapping(jsii.String("DynamoDBEventSource:"+*awscdk.Names_NodeUniqueId(s.table.Node())), opts)
	s.table.GrantStreamRead(target)
}

func (s *dynamoEventSource) EventSourceMappingId() *string {
	if s.mapping == nil {
		l2.Throw(s.table, "DynamoEventSource is not yet bound to an event source mapping")
	}
	return s.mapping.EventSourceMappingId()
}

func (s *dynamoEventSource) EventSourceMappingArn() *string {
	if s.mapping == nil {
		l2.Throw(s.table, "DynamoEventSource is not yet bound to an event source mapping")
	}
	return s.mapping.EventSourceMappingArn()
}

// abstractStreamSource is what a Go subclass of StreamEventSource
// inherits: the props, EnrichMappingOptions, and a Bind it must define.
type abstractStreamSource struct{ streamSource }

func (*abstractStreamSource) Bind(awslambda.IFunction) {
	unscoped("a StreamEventSource subclass must define Bind")
}

// NewStreamEventSource_Override initialises outer, a type embedding
// StreamEventSource that defines Bind (how Go programs write stream
// sources of their own).
func NewStreamEventSource_Override(outer StreamEventSource, props *StreamEventSourceProps) {
	if props == nil {
		props = &StreamEventSourceProps{}
	}
	l2.Override(outer, StreamEventSource(&abstractStreamSource{newStreamSource(*props)}))
}
