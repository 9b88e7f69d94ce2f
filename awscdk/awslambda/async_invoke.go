package awslambda

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// DestinationType says whether a destination receives successful or
// failed asynchronous invocations.
type DestinationType string

const (
	DestinationType_FAILURE DestinationType = "FAILURE"
	DestinationType_SUCCESS DestinationType = "SUCCESS"
)

// DestinationConfig is what binding a destination yields: its ARN.
type DestinationConfig struct {
	Destination *string `field:"required" json:"destination" yaml:"destination"`
}

// DestinationOptions are passed to IDestination.Bind.
type DestinationOptions struct {
	Type DestinationType `field:"required" json:"type" yaml:"type"`
}

// IDestination receives the records of asynchronous invocations
// (awslambdadestinations has queues, topics, buses, functions, buckets).
type IDestination interface {
	Bind(scope constructs.Construct, fn IFunction, options *DestinationOptions) *DestinationConfig
}

// EventInvokeConfigOptions configure a function's asynchronous invocation.
type EventInvokeConfigOptions struct {
	MaxEventAge   awscdk.Duration `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	OnFailure     IDestination    `field:"optional" json:"onFailure" yaml:"onFailure"`
	OnSuccess     IDestination    `field:"optional" json:"onSuccess" yaml:"onSuccess"`
	RetryAttempts *float64        `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
}

// EventInvokeConfigProps are the props of NewEventInvokeConfig.
type EventInvokeConfigProps struct {
	MaxEventAge   awscdk.Duration `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	OnFailure     IDestination    `field:"optional" json:"onFailure" yaml:"onFailure"`
	OnSuccess     IDestination    `field:"optional" json:"onSuccess" yaml:"onSuccess"`
	RetryAttempts *float64        `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	Function      IFunction       `field:"required" json:"function" yaml:"function"`
	// Default: $LATEST.
	Qualifier *string `field:"optional" json:"qualifier" yaml:"qualifier"`
}

// EventInvokeConfig configures the asynchronous invocation of a function,
// version or alias (AWS::Lambda::EventInvokeConfig).
type EventInvokeConfig interface {
	awscdk.Resource
}

type eventInvokeConfig struct {
	awscdk.Resource
}

// EventInvokeConfig_PROPERTY_INJECTION_ID is the id property injectors use for EventInvokeConfig.
func EventInvokeConfig_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-lambda.EventInvokeConfig")
}

// NewEventInvokeConfig sets the retry attempts, maximum event age and
// destinations of props.Function's asynchronous invocations.
func NewEventInvokeConfig(scope constructs.Construct, id *string, props *EventInvokeConfigProps) EventInvokeConfig {
	props = l2.Inject(*EventInvokeConfig_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Function == nil {
		l2.RequireProps(scope, id, "EventInvokeConfig", "Function")
	}
	e := &eventInvokeConfig{Resource: awscdk.NewResource(scope, id, nil)}
	host.Set(e.Resource, e)
	if a := props.MaxEventAge; a != nil && !*a.IsUnresolved() {
		if s := *a.ToSeconds(nil); s < 60 || s > 21600 {
			throw(e, "`maximumEventAge` must represent a `Duration` that is between 60 and 21600 seconds.")
		}
	}
	// aws-cdk-lib skips the check for 0 (a falsy number).
	if r := props.RetryAttempts; r != nil && *r != 0 && !isUnresolved(r) && (*r < 0 || *r > 2) {
		throw(e, "`retryAttempts` must be between 0 and 2.")
	}
	cfn := &CfnEventInvokeConfigProps{
		FunctionName:         props.Function.FunctionName(),
		MaximumRetryAttempts: props.RetryAttempts,
		Qualifier:            props.Qualifier,
	}
	if cfn.Qualifier == nil || *cfn.Qualifier == "" {
		cfn.Qualifier = jsii.String("$LATEST")
	}
	if props.MaxEventAge != nil {
		cfn.MaximumEventAgeInSeconds = props.MaxEventAge.ToSeconds(nil)
	}
	if props.OnFailure != nil || props.OnSuccess != nil {
		dc := &CfnEventInvokeConfig_DestinationConfigProperty{}
		if props.OnFailure != nil {
			c := props.OnFailure.Bind(e, props.Function, &DestinationOptions{Type: DestinationType_FAILURE})
			dc.OnFailure = &CfnEventInvokeConfig_OnFailureProperty{Destination: c.Destination}
		}
		if props.OnSuccess != nil {
			c := props.OnSuccess.Bind(e, props.Function, &DestinationOptions{Type: DestinationType_SUCCESS})
			dc.OnSuccess = &CfnEventInvokeConfig_OnSuccessProperty{Destination: c.Destination}
		}
		cfn.DestinationConfig = dc
	}
	NewCfnEventInvokeConfig(e, jsii.String("Resource"), cfn)
	return e
}

// NewEventInvokeConfig_Override initialises outer, a type embedding EventInvokeConfig.
func NewEventInvokeConfig_Override(outer EventInvokeConfig, scope constructs.Construct, id *string, props *EventInvokeConfigProps) {
	l2.Override(outer, NewEventInvokeConfig(scope, id, props))
}

// ConfigureAsyncInvoke configures the function's asynchronous invocation
// (once per function; versions and aliases configure their qualifier).
func (f *functionBase) ConfigureAsyncInvoke(options *EventInvokeConfigOptions) {
	if options == nil {
		options = &EventInvokeConfigOptions{}
	}
	if f.Node().TryFindChild(jsii.String("EventInvokeConfig")) != nil {
		if f.qualifier != nil {
			throw(f, "An EventInvokeConfig has already been configured for the qualified function at %s", *f.Node().Path())
		}
		throw(f, "An EventInvokeConfig has already been configured for the function at %s", *f.Node().Path())
	}
	props := &EventInvokeConfigProps{Function: f.self, MaxEventAge: options.MaxEventAge, OnFailure: options.OnFailure,
		OnSuccess: options.OnSuccess, RetryAttempts: options.RetryAttempts}
	if f.qualifier != nil {
		props.Function, props.Qualifier = f.qualifiedLambda, f.qualifier()
	}
	NewEventInvokeConfig(f.Resource, jsii.String("EventInvokeConfig"), props)
}

// wantsAsyncConfig reports whether props ask for an EventInvokeConfig.
func wantsAsyncConfig(onFailure, onSuccess IDestination, maxEventAge awscdk.Duration, retryAttempts *float64) bool {
	return onFailure != nil || onSuccess != nil || maxEventAge != nil || retryAttempts != nil
}

// QualifiedFunctionBase is what versions and aliases share: a function
// and a qualifier.
type QualifiedFunctionBase interface {
	FunctionBase
	// Lambda is the function this is a version or alias of.
	Lambda() IFunction
	// Qualifier is the version number or alias name.
	Qualifier() *string
}
