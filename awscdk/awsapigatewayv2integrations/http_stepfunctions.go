package awsapigatewayv2integrations

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	v2 "github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// HttpStepFunctionsIntegrationProps are the props of NewHttpStepFunctionsIntegration.
type HttpStepFunctionsIntegrationProps struct {
	StateMachine awsstepfunctions.StateMachine `field:"required" json:"stateMachine" yaml:"stateMachine"`
	// Default: StateMachineArn set to the state machine's ARN.
	ParameterMapping v2.ParameterMapping `field:"optional" json:"parameterMapping" yaml:"parameterMapping"`
	// Default: STEPFUNCTIONS_START_EXECUTION.
	Subtype v2.HttpIntegrationSubtype `field:"optional" json:"subtype" yaml:"subtype"`
}

// HttpStepFunctionsIntegration starts, synchronously runs or stops
// executions of a state machine.
type HttpStepFunctionsIntegration interface {
	v2.HttpRouteIntegration
}

type stepFunctionsIntegration struct {
	id    string
	props *HttpStepFunctionsIntegrationProps
}

// NewHttpStepFunctionsIntegration makes a state machine a route integration.
func NewHttpStepFunctionsIntegration(id *string, props *HttpStepFunctionsIntegrationProps) HttpStepFunctionsIntegration {
	if props == nil || props.StateMachine == nil {
		diag.Panic("", "HttpStepFunctionsIntegration: stateMachine is required")
	}
	return &stepFunctionsIntegration{id: deref(id), props: props}
}

// NewHttpStepFunctionsIntegration_Override initialises outer, a type embedding HttpStepFunctionsIntegration.
func NewHttpStepFunctionsIntegration_Override(outer HttpStepFunctionsIntegration, id *string, props *HttpStepFunctionsIntegrationProps) {
	l2.Override(outer, NewHttpStepFunctionsIntegration(id, props))
}

// StrataIntegrationID is the id of the integration construct routes create.
func (s *stepFunctionsIntegration) StrataIntegrationID() string { return s.id }

func (s *stepFunctionsIntegration) Bind(options *v2.HttpRouteIntegrationBindOptions) *v2.HttpRouteIntegrationConfig {
	sm := s.props.StateMachine
	subtype := s.props.Subtype
	if subtype != "" && !strings.HasPrefix(string(subtype), "STEPFUNCTIONS_") {
		l2.Throw(options.Scope, "Subtype must start with `STEPFUNCTIONS_`")
	}
	if subtype == v2.HttpIntegrationSubtype_STEPFUNCTIONS_START_SYNC_EXECUTION && sm.StateMachineType() == awsstepfunctions.StateMachineType_STANDARD {
		l2.Throw(options.Scope, "Cannot use subtype `STEPFUNCTIONS_START_SYNC_EXECUTION` with a standard type state machine")
	}
	action, resource := "states:StartExecution", sm.StateMachineArn()
	switch subtype {
	case v2.HttpIntegrationSubtype_STEPFUNCTIONS_STOP_EXECUTION:
		action = "states:StopExecution"
		// Stopping acts on executions, not on the state machine.
		resource = options.Route.Stack().FormatArn(&awscdk.ArnComponents{Service: jsii.String("states"),
			Resource: jsii.String("execution:" + deref(sm.StateMachineName()) + ":*")})
	case v2.HttpIntegrationSubtype_STEPFUNCTIONS_START_SYNC_EXECUTION:
		action = "states:StartSyncExecution"
	}
	role := invokeRole(options.Scope, "AllowStepFunctionsExecution", action, resource)
	if subtype == "" {
		subtype = v2.HttpIntegrationSubtype_STEPFUNCTIONS_START_EXECUTION
	}
	mapping := s.props.ParameterMapping
	if mapping == nil {
		mapping = v2.NewParameterMapping().Custom(jsii.String("StateMachineArn"), sm.StateMachineArn())
	}
	return &v2.HttpRouteIntegrationConfig{PayloadFormatVersion: v2.PayloadFormatVersion_VERSION_1_0(), Type: v2.HttpIntegrationType_AWS_PROXY,
		Subtype: subtype, Credentials: v2.IntegrationCredentials_FromRole(role), ConnectionType: v2.HttpConnectionType_INTERNET,
		ParameterMapping: mapping}
}

func (s *stepFunctionsIntegration) CompleteBind(*v2.HttpRouteIntegrationBindOptions) {}
