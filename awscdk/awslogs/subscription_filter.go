package awslogs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// Distribution is how a subscription filter spreads events over a Kinesis
// stream's shards.
type Distribution string

const (
	Distribution_BY_LOG_STREAM Distribution = "BY_LOG_STREAM"
	Distribution_RANDOM        Distribution = "RANDOM"
)

var distributionValues = map[Distribution]string{Distribution_BY_LOG_STREAM: "ByLogStream", Distribution_RANDOM: "Random"}

// ILogSubscriptionDestination is where a subscription filter sends events
// (awslogsdestinations' Lambda, Kinesis and Firehose destinations, or a
// CrossAccountDestination).
type ILogSubscriptionDestination interface {
	Bind(scope constructs.Construct, sourceLogGroup interfacesawslogs.ILogGroupRef) *LogSubscriptionDestinationConfig
}

// LogSubscriptionDestinationConfig is what a destination's Bind returns.
type LogSubscriptionDestinationConfig struct {
	Arn  *string      `field:"required" json:"arn" yaml:"arn"`
	Role awsiam.IRole `field:"optional" json:"role" yaml:"role"`
}

// SubscriptionFilterOptions are the props of LogGroup.AddSubscriptionFilter.
type SubscriptionFilterOptions struct {
	Destination   ILogSubscriptionDestination `field:"required" json:"destination" yaml:"destination"`
	FilterPattern IFilterPattern              `field:"required" json:"filterPattern" yaml:"filterPattern"`
	Distribution  Distribution                `field:"optional" json:"distribution" yaml:"distribution"`
	FilterName    *string                     `field:"optional" json:"filterName" yaml:"filterName"`
}

// SubscriptionFilterProps are the props of NewSubscriptionFilter.
type SubscriptionFilterProps struct {
	Destination   ILogSubscriptionDestination    `field:"required" json:"destination" yaml:"destination"`
	FilterPattern IFilterPattern                 `field:"required" json:"filterPattern" yaml:"filterPattern"`
	Distribution  Distribution                   `field:"optional" json:"distribution" yaml:"distribution"`
	FilterName    *string                        `field:"optional" json:"filterName" yaml:"filterName"`
	LogGroup      interfacesawslogs.ILogGroupRef `field:"required" json:"logGroup" yaml:"logGroup"`
}

// SubscriptionFilter sends a log group's matching events to a destination
// (AWS::Logs::SubscriptionFilter).
type SubscriptionFilter interface {
	awscdk.Resource
}

type subscriptionFilter struct {
	awscdk.Resource
}

// kinesisDestination is how a destination says it is a Kinesis stream, the
// only kind aws-cdk-lib accepts a Distribution for.
type kinesisDestination interface {
	StrataKinesisDestination()
}

// NewSubscriptionFilter creates a subscription filter.
func NewSubscriptionFilter(scope constructs.Construct, id *string, props *SubscriptionFilterProps) SubscriptionFilter {
	props = l2.Inject(*SubscriptionFilter_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "SubscriptionFilter", "LogGroup", "Destination", "FilterPattern")
	}
	f := &subscriptionFilter{}
	f.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.FilterName})
	host.Set(f.Resource, f)
	if props.LogGroup == nil || props.Destination == nil || props.FilterPattern == nil {
		l2.Throw(f, "SubscriptionFilter needs a LogGroup, a Destination and a FilterPattern")
	}
	var distribution *string
	if props.Distribution != "" {
		if _, ok := props.Destination.(kinesisDestination); !ok {
			l2.Throw(f, "distribution property can only be used with KinesisDestination.")
		}
		v, ok := distributionValues[props.Distribution]
		if !ok {
			v = string(props.Distribution)
		}
		distribution = str(v)
	}
	dest := props.Destination.Bind(f, props.LogGroup)
	if dest == nil {
		dest = &LogSubscriptionDestinationConfig{}
	}
	var roleArn interface{}
	if dest.Role != nil {
		roleArn = dest.Role.RoleArn()
	}
	NewCfnSubscriptionFilter(f, str("Resource"), &CfnSubscriptionFilterProps{
		LogGroupName:   props.LogGroup.LogGroupRef().LogGroupName,
		DestinationArn: dest.Arn,
		RoleArn:        roleArn,
		FilterPattern:  props.FilterPattern.LogPatternString(),
		FilterName:     f.PhysicalName(),
		Distribution:   distribution,
	})
	return f
}

// NewSubscriptionFilter_Override initialises a type embedding SubscriptionFilter.
func NewSubscriptionFilter_Override(f SubscriptionFilter, scope constructs.Construct, id *string, props *SubscriptionFilterProps) {
	l2.Override(f, NewSubscriptionFilter(scope, id, props))
}
