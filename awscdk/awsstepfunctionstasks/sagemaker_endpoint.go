package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"strings"
)

// SageMakerCreateEndpoint creates a SageMaker endpoint.
type SageMakerCreateEndpoint interface {
	awsstepfunctions.TaskStateBase
}

// NewSageMakerCreateEndpoint builds the task at scope/id.
func NewSageMakerCreateEndpoint(scope constructs.Construct, id *string, props *SageMakerCreateEndpointProps) SageMakerCreateEndpoint {
	return newSageMakerCreateEndpoint(scope, id, props)
}

// NewSageMakerCreateEndpoint_Override initializes t, a Go type embedding SageMakerCreateEndpoint, as the task.
func NewSageMakerCreateEndpoint_Override(t SageMakerCreateEndpoint, scope constructs.Construct, id *string, props *SageMakerCreateEndpointProps) {
	l2.Override[SageMakerCreateEndpoint](t, newSageMakerCreateEndpoint(scope, id, props))
}

// SageMakerCreateEndpoint_JsonPath builds the task with JSONPath fields.
func SageMakerCreateEndpoint_JsonPath(scope constructs.Construct, id *string, props *SageMakerCreateEndpointJsonPathProps) SageMakerCreateEndpoint {
	if props == nil {
		return newSageMakerCreateEndpoint(scope, id, nil)
	}
	p := &SageMakerCreateEndpointProps{}
	copyFields(p, props)
	return newSageMakerCreateEndpoint(scope, id, p)
}

// SageMakerCreateEndpoint_Jsonata builds the task with JSONata fields: its query language is JSONata.
func SageMakerCreateEndpoint_Jsonata(scope constructs.Construct, id *string, props *SageMakerCreateEndpointJsonataProps) SageMakerCreateEndpoint {
	if props == nil {
		return newSageMakerCreateEndpoint(scope, id, nil)
	}
	p := &SageMakerCreateEndpointProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newSageMakerCreateEndpoint(scope, id, p)
}

// SageMakerCreateEndpoint_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func SageMakerCreateEndpoint_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// SageMakerCreateEndpoint_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func SageMakerCreateEndpoint_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// SageMakerCreateEndpoint_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func SageMakerCreateEndpoint_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// SageMakerCreateEndpoint_IsConstruct reports whether x is a construct.
func SageMakerCreateEndpoint_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// SageMakerCreateEndpoint_PrefixStates prefixes the names of the states under root.
func SageMakerCreateEndpoint_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// SageMakerCreateEndpointProps configures a SageMakerCreateEndpoint task.
type SageMakerCreateEndpointProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs            interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath         *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	EndpointConfigName *string                             `field:"required" json:"endpointConfigName" yaml:"endpointConfigName"`
	EndpointName       *string                             `field:"required" json:"endpointName" yaml:"endpointName"`
	Tags               awsstepfunctions.TaskInput          `field:"optional" json:"tags" yaml:"tags"`
}

// SageMakerCreateEndpointJsonPathProps configures a SageMakerCreateEndpoint task with JSONPath fields.
type SageMakerCreateEndpointJsonPathProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath         *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	EndpointConfigName *string                             `field:"required" json:"endpointConfigName" yaml:"endpointConfigName"`
	EndpointName       *string                             `field:"required" json:"endpointName" yaml:"endpointName"`
	Tags               awsstepfunctions.TaskInput          `field:"optional" json:"tags" yaml:"tags"`
}

// SageMakerCreateEndpointJsonataProps configures a SageMakerCreateEndpoint task with JSONata fields.
type SageMakerCreateEndpointJsonataProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs            interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	EndpointConfigName *string                             `field:"required" json:"endpointConfigName" yaml:"endpointConfigName"`
	EndpointName       *string                             `field:"required" json:"endpointName" yaml:"endpointName"`
	Tags               awsstepfunctions.TaskInput          `field:"optional" json:"tags" yaml:"tags"`
}

// SageMakerUpdateEndpoint updates a SageMaker endpoint to a new configuration.
type SageMakerUpdateEndpoint interface {
	awsstepfunctions.TaskStateBase
}

// NewSageMakerUpdateEndpoint builds the task at scope/id.
func NewSageMakerUpdateEndpoint(scope constructs.Construct, id *string, props *SageMakerUpdateEndpointProps) SageMakerUpdateEndpoint {
	return newSageMakerUpdateEndpoint(scope, id, props)
}

// NewSageMakerUpdateEndpoint_Override initializes t, a Go type embedding SageMakerUpdateEndpoint, as the task.
func NewSageMakerUpdateEndpoint_Override(t SageMakerUpdateEndpoint, scope constructs.Construct, id *string, props *SageMakerUpdateEndpointProps) {
	l2.Override[SageMakerUpdateEndpoint](t, newSageMakerUpdateEndpoint(scope, id, props))
}

// SageMakerUpdateEndpoint_JsonPath builds the task with JSONPath fields.
func SageMakerUpdateEndpoint_JsonPath(scope constructs.Construct, id *string, props *SageMakerUpdateEndpointJsonPathProps) SageMakerUpdateEndpoint {
	if props == nil {
		return newSageMakerUpdateEndpoint(scope, id, nil)
	}
	p := &SageMakerUpdateEndpointProps{}
	copyFields(p, props)
	return newSageMakerUpdateEndpoint(scope, id, p)
}

// SageMakerUpdateEndpoint_Jsonata builds the task with JSONata fields: its query language is JSONata.
func SageMakerUpdateEndpoint_Jsonata(scope constructs.Construct, id *string, props *SageMakerUpdateEndpointJsonataProps) SageMakerUpdateEndpoint {
	if props == nil {
		return newSageMakerUpdateEndpoint(scope, id, nil)
	}
	p := &SageMakerUpdateEndpointProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newSageMakerUpdateEndpoint(scope, id, p)
}

// SageMakerUpdateEndpoint_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func SageMakerUpdateEndpoint_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// SageMakerUpdateEndpoint_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func SageMakerUpdateEndpoint_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// SageMakerUpdateEndpoint_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func SageMakerUpdateEndpoint_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// SageMakerUpdateEndpoint_IsConstruct reports whether x is a construct.
func SageMakerUpdateEndpoint_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// SageMakerUpdateEndpoint_PrefixStates prefixes the names of the states under root.
func SageMakerUpdateEndpoint_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// SageMakerUpdateEndpointProps configures a SageMakerUpdateEndpoint task.
type SageMakerUpdateEndpointProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs            interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath         *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	EndpointConfigName *string                             `field:"required" json:"endpointConfigName" yaml:"endpointConfigName"`
	EndpointName       *string                             `field:"required" json:"endpointName" yaml:"endpointName"`
}

// SageMakerUpdateEndpointJsonPathProps configures a SageMakerUpdateEndpoint task with JSONPath fields.
type SageMakerUpdateEndpointJsonPathProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath         *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	EndpointConfigName *string                             `field:"required" json:"endpointConfigName" yaml:"endpointConfigName"`
	EndpointName       *string                             `field:"required" json:"endpointName" yaml:"endpointName"`
}

// SageMakerUpdateEndpointJsonataProps configures a SageMakerUpdateEndpoint task with JSONata fields.
type SageMakerUpdateEndpointJsonataProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs            interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	EndpointConfigName *string                             `field:"required" json:"endpointConfigName" yaml:"endpointConfigName"`
	EndpointName       *string                             `field:"required" json:"endpointName" yaml:"endpointName"`
}

// sagemakerName is the resource name aws-cdk-lib grants on: any for a
// path or expression, else the name in lower case.
func sagemakerName(name *string) *string {
	if *awsstepfunctions.JsonPath_IsEncodedJsonPath(name) || isJsonata(*name) {
		return str("*")
	}
	if *awscdk.Token_IsUnresolved(*name) {
		return name
	}
	return str(strings.ToLower(*name))
}

func sagemakerEndpointStatement(t *task, action string, endpoint, config *string) awsiam.PolicyStatement {
	stack := awscdk.Stack_Of(t)
	return statement([]string{action},
		stack.FormatArn(&awscdk.ArnComponents{Service: str("sagemaker"), Resource: str("endpoint"), ResourceName: sagemakerName(endpoint)}),
		stack.FormatArn(&awscdk.ArnComponents{Service: str("sagemaker"), Resource: str("endpoint-config"), ResourceName: sagemakerName(config)}))
}

func newSageMakerCreateEndpoint(scope constructs.Construct, id *string, props *SageMakerCreateEndpointProps) SageMakerCreateEndpoint {
	required(scope, id, "SageMakerCreateEndpoint", props, "EndpointConfigName", "EndpointName")
	t := newTask(scope, id, props)
	pattern := patternOr(props.IntegrationPattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE)
	t.policies = []awsiam.PolicyStatement{sagemakerEndpointStatement(t, "sagemaker:createEndpoint", props.EndpointName, props.EndpointConfigName),
		statement([]string{"sagemaker:ListTags"}, str("*"))}
	t.Hook.Render = func(top string) interface{} {
		return t.render(top, integrationResourceArn("sagemaker", "createEndpoint", pattern), obj("EndpointConfigName", props.EndpointConfigName,
			"EndpointName", props.EndpointName, "Tags", inputValue(props.Tags)))
	}
	return t
}

func newSageMakerUpdateEndpoint(scope constructs.Construct, id *string, props *SageMakerUpdateEndpointProps) SageMakerUpdateEndpoint {
	required(scope, id, "SageMakerUpdateEndpoint", props, "EndpointConfigName", "EndpointName")
	t := newTask(scope, id, props)
	pattern := patternOr(props.IntegrationPattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE)
	t.policies = []awsiam.PolicyStatement{sagemakerEndpointStatement(t, "sagemaker:updateEndpoint", props.EndpointName, props.EndpointConfigName)}
	t.Hook.Render = func(top string) interface{} {
		return t.render(top, integrationResourceArn("sagemaker", "updateEndpoint", pattern), obj("EndpointConfigName", props.EndpointConfigName,
			"EndpointName", props.EndpointName))
	}
	return t
}
