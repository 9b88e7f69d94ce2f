package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"regexp"
)

// CallApiGatewayRestApiEndpoint calls an API Gateway REST API endpoint.
type CallApiGatewayRestApiEndpoint interface {
	awsstepfunctions.TaskStateBase
	apiGatewayCall
}

// NewCallApiGatewayRestApiEndpoint builds the task at scope/id.
func NewCallApiGatewayRestApiEndpoint(scope constructs.Construct, id *string, props *CallApiGatewayRestApiEndpointProps) CallApiGatewayRestApiEndpoint {
	return newCallApiGatewayRestApiEndpoint(scope, id, props)
}

// NewCallApiGatewayRestApiEndpoint_Override initializes t, a Go type embedding CallApiGatewayRestApiEndpoint, as the task.
func NewCallApiGatewayRestApiEndpoint_Override(t CallApiGatewayRestApiEndpoint, scope constructs.Construct, id *string, props *CallApiGatewayRestApiEndpointProps) {
	l2.Override[CallApiGatewayRestApiEndpoint](t, newCallApiGatewayRestApiEndpoint(scope, id, props))
}

// CallApiGatewayRestApiEndpoint_JsonPath builds the task with JSONPath fields.
func CallApiGatewayRestApiEndpoint_JsonPath(scope constructs.Construct, id *string, props *CallApiGatewayRestApiEndpointJsonPathProps) CallApiGatewayRestApiEndpoint {
	if props == nil {
		return newCallApiGatewayRestApiEndpoint(scope, id, nil)
	}
	p := &CallApiGatewayRestApiEndpointProps{}
	copyFields(p, props)
	return newCallApiGatewayRestApiEndpoint(scope, id, p)
}

// CallApiGatewayRestApiEndpoint_Jsonata builds the task with JSONata fields: its query language is JSONata.
func CallApiGatewayRestApiEndpoint_Jsonata(scope constructs.Construct, id *string, props *CallApiGatewayRestApiEndpointJsonataProps) CallApiGatewayRestApiEndpoint {
	if props == nil {
		return newCallApiGatewayRestApiEndpoint(scope, id, nil)
	}
	p := &CallApiGatewayRestApiEndpointProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newCallApiGatewayRestApiEndpoint(scope, id, p)
}

// CallApiGatewayRestApiEndpoint_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func CallApiGatewayRestApiEndpoint_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// CallApiGatewayRestApiEndpoint_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func CallApiGatewayRestApiEndpoint_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// CallApiGatewayRestApiEndpoint_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func CallApiGatewayRestApiEndpoint_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// CallApiGatewayRestApiEndpoint_IsConstruct reports whether x is a construct.
func CallApiGatewayRestApiEndpoint_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// CallApiGatewayRestApiEndpoint_PrefixStates prefixes the names of the states under root.
func CallApiGatewayRestApiEndpoint_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// CallApiGatewayRestApiEndpointProps configures a CallApiGatewayRestApiEndpoint task.
type CallApiGatewayRestApiEndpointProps struct {
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
	Method             HttpMethod                          `field:"required" json:"method" yaml:"method"`
	ApiPath            *string                             `field:"optional" json:"apiPath" yaml:"apiPath"`
	AuthType           AuthType                            `field:"optional" json:"authType" yaml:"authType"`
	Headers            awsstepfunctions.TaskInput          `field:"optional" json:"headers" yaml:"headers"`
	QueryParameters    awsstepfunctions.TaskInput          `field:"optional" json:"queryParameters" yaml:"queryParameters"`
	RequestBody        awsstepfunctions.TaskInput          `field:"optional" json:"requestBody" yaml:"requestBody"`
	Api                awsapigateway.IRestApi              `field:"required" json:"api" yaml:"api"`
	StageName          *string                             `field:"required" json:"stageName" yaml:"stageName"`
	Region             *string                             `field:"optional" json:"region" yaml:"region"`
}

// CallApiGatewayRestApiEndpointJsonPathProps configures a CallApiGatewayRestApiEndpoint task with JSONPath fields.
type CallApiGatewayRestApiEndpointJsonPathProps struct {
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
	Method             HttpMethod                          `field:"required" json:"method" yaml:"method"`
	ApiPath            *string                             `field:"optional" json:"apiPath" yaml:"apiPath"`
	AuthType           AuthType                            `field:"optional" json:"authType" yaml:"authType"`
	Headers            awsstepfunctions.TaskInput          `field:"optional" json:"headers" yaml:"headers"`
	QueryParameters    awsstepfunctions.TaskInput          `field:"optional" json:"queryParameters" yaml:"queryParameters"`
	RequestBody        awsstepfunctions.TaskInput          `field:"optional" json:"requestBody" yaml:"requestBody"`
	Api                awsapigateway.IRestApi              `field:"required" json:"api" yaml:"api"`
	StageName          *string                             `field:"required" json:"stageName" yaml:"stageName"`
	Region             *string                             `field:"optional" json:"region" yaml:"region"`
}

// CallApiGatewayRestApiEndpointJsonataProps configures a CallApiGatewayRestApiEndpoint task with JSONata fields.
type CallApiGatewayRestApiEndpointJsonataProps struct {
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
	Method             HttpMethod                          `field:"required" json:"method" yaml:"method"`
	ApiPath            *string                             `field:"optional" json:"apiPath" yaml:"apiPath"`
	AuthType           AuthType                            `field:"optional" json:"authType" yaml:"authType"`
	Headers            awsstepfunctions.TaskInput          `field:"optional" json:"headers" yaml:"headers"`
	QueryParameters    awsstepfunctions.TaskInput          `field:"optional" json:"queryParameters" yaml:"queryParameters"`
	RequestBody        awsstepfunctions.TaskInput          `field:"optional" json:"requestBody" yaml:"requestBody"`
	Api                awsapigateway.IRestApi              `field:"required" json:"api" yaml:"api"`
	StageName          *string                             `field:"required" json:"stageName" yaml:"stageName"`
	Region             *string                             `field:"optional" json:"region" yaml:"region"`
}

// CallApiGatewayHttpApiEndpoint calls an API Gateway HTTP API endpoint.
type CallApiGatewayHttpApiEndpoint interface {
	awsstepfunctions.TaskStateBase
	apiGatewayCall
}

// NewCallApiGatewayHttpApiEndpoint builds the task at scope/id.
func NewCallApiGatewayHttpApiEndpoint(scope constructs.Construct, id *string, props *CallApiGatewayHttpApiEndpointProps) CallApiGatewayHttpApiEndpoint {
	return newCallApiGatewayHttpApiEndpoint(scope, id, props)
}

// NewCallApiGatewayHttpApiEndpoint_Override initializes t, a Go type embedding CallApiGatewayHttpApiEndpoint, as the task.
func NewCallApiGatewayHttpApiEndpoint_Override(t CallApiGatewayHttpApiEndpoint, scope constructs.Construct, id *string, props *CallApiGatewayHttpApiEndpointProps) {
	l2.Override[CallApiGatewayHttpApiEndpoint](t, newCallApiGatewayHttpApiEndpoint(scope, id, props))
}

// CallApiGatewayHttpApiEndpoint_JsonPath builds the task with JSONPath fields.
func CallApiGatewayHttpApiEndpoint_JsonPath(scope constructs.Construct, id *string, props *CallApiGatewayHttpApiEndpointJsonPathProps) CallApiGatewayHttpApiEndpoint {
	if props == nil {
		return newCallApiGatewayHttpApiEndpoint(scope, id, nil)
	}
	p := &CallApiGatewayHttpApiEndpointProps{}
	copyFields(p, props)
	return newCallApiGatewayHttpApiEndpoint(scope, id, p)
}

// CallApiGatewayHttpApiEndpoint_Jsonata builds the task with JSONata fields: its query language is JSONata.
func CallApiGatewayHttpApiEndpoint_Jsonata(scope constructs.Construct, id *string, props *CallApiGatewayHttpApiEndpointJsonataProps) CallApiGatewayHttpApiEndpoint {
	if props == nil {
		return newCallApiGatewayHttpApiEndpoint(scope, id, nil)
	}
	p := &CallApiGatewayHttpApiEndpointProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newCallApiGatewayHttpApiEndpoint(scope, id, p)
}

// CallApiGatewayHttpApiEndpoint_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func CallApiGatewayHttpApiEndpoint_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// CallApiGatewayHttpApiEndpoint_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func CallApiGatewayHttpApiEndpoint_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// CallApiGatewayHttpApiEndpoint_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func CallApiGatewayHttpApiEndpoint_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// CallApiGatewayHttpApiEndpoint_IsConstruct reports whether x is a construct.
func CallApiGatewayHttpApiEndpoint_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// CallApiGatewayHttpApiEndpoint_PrefixStates prefixes the names of the states under root.
func CallApiGatewayHttpApiEndpoint_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// CallApiGatewayHttpApiEndpointProps configures a CallApiGatewayHttpApiEndpoint task.
type CallApiGatewayHttpApiEndpointProps struct {
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
	Method             HttpMethod                          `field:"required" json:"method" yaml:"method"`
	ApiPath            *string                             `field:"optional" json:"apiPath" yaml:"apiPath"`
	AuthType           AuthType                            `field:"optional" json:"authType" yaml:"authType"`
	Headers            awsstepfunctions.TaskInput          `field:"optional" json:"headers" yaml:"headers"`
	QueryParameters    awsstepfunctions.TaskInput          `field:"optional" json:"queryParameters" yaml:"queryParameters"`
	RequestBody        awsstepfunctions.TaskInput          `field:"optional" json:"requestBody" yaml:"requestBody"`
	ApiId              *string                             `field:"required" json:"apiId" yaml:"apiId"`
	ApiStack           awscdk.Stack                        `field:"required" json:"apiStack" yaml:"apiStack"`
	StageName          *string                             `field:"optional" json:"stageName" yaml:"stageName"`
}

// CallApiGatewayHttpApiEndpointJsonPathProps configures a CallApiGatewayHttpApiEndpoint task with JSONPath fields.
type CallApiGatewayHttpApiEndpointJsonPathProps struct {
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
	Method             HttpMethod                          `field:"required" json:"method" yaml:"method"`
	ApiPath            *string                             `field:"optional" json:"apiPath" yaml:"apiPath"`
	AuthType           AuthType                            `field:"optional" json:"authType" yaml:"authType"`
	Headers            awsstepfunctions.TaskInput          `field:"optional" json:"headers" yaml:"headers"`
	QueryParameters    awsstepfunctions.TaskInput          `field:"optional" json:"queryParameters" yaml:"queryParameters"`
	RequestBody        awsstepfunctions.TaskInput          `field:"optional" json:"requestBody" yaml:"requestBody"`
	ApiId              *string                             `field:"required" json:"apiId" yaml:"apiId"`
	ApiStack           awscdk.Stack                        `field:"required" json:"apiStack" yaml:"apiStack"`
	StageName          *string                             `field:"optional" json:"stageName" yaml:"stageName"`
}

// CallApiGatewayHttpApiEndpointJsonataProps configures a CallApiGatewayHttpApiEndpoint task with JSONata fields.
type CallApiGatewayHttpApiEndpointJsonataProps struct {
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
	Method             HttpMethod                          `field:"required" json:"method" yaml:"method"`
	ApiPath            *string                             `field:"optional" json:"apiPath" yaml:"apiPath"`
	AuthType           AuthType                            `field:"optional" json:"authType" yaml:"authType"`
	Headers            awsstepfunctions.TaskInput          `field:"optional" json:"headers" yaml:"headers"`
	QueryParameters    awsstepfunctions.TaskInput          `field:"optional" json:"queryParameters" yaml:"queryParameters"`
	RequestBody        awsstepfunctions.TaskInput          `field:"optional" json:"requestBody" yaml:"requestBody"`
	ApiId              *string                             `field:"required" json:"apiId" yaml:"apiId"`
	ApiStack           awscdk.Stack                        `field:"required" json:"apiStack" yaml:"apiStack"`
	StageName          *string                             `field:"optional" json:"stageName" yaml:"stageName"`
}

// CallApiGatewayEndpointBaseOptions is what every API Gateway call takes.
type CallApiGatewayEndpointBaseOptions struct {
	Method          HttpMethod                 `field:"required" json:"method" yaml:"method"`
	ApiPath         *string                    `field:"optional" json:"apiPath" yaml:"apiPath"`
	AuthType        AuthType                   `field:"optional" json:"authType" yaml:"authType"`
	Headers         awsstepfunctions.TaskInput `field:"optional" json:"headers" yaml:"headers"`
	QueryParameters awsstepfunctions.TaskInput `field:"optional" json:"queryParameters" yaml:"queryParameters"`
	RequestBody     awsstepfunctions.TaskInput `field:"optional" json:"requestBody" yaml:"requestBody"`
}

// CallApiGatewayEndpointBaseProps is what every API Gateway call task takes.
type CallApiGatewayEndpointBaseProps struct {
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
	Method             HttpMethod                          `field:"required" json:"method" yaml:"method"`
	ApiPath            *string                             `field:"optional" json:"apiPath" yaml:"apiPath"`
	AuthType           AuthType                            `field:"optional" json:"authType" yaml:"authType"`
	Headers            awsstepfunctions.TaskInput          `field:"optional" json:"headers" yaml:"headers"`
	QueryParameters    awsstepfunctions.TaskInput          `field:"optional" json:"queryParameters" yaml:"queryParameters"`
	RequestBody        awsstepfunctions.TaskInput          `field:"optional" json:"requestBody" yaml:"requestBody"`
}

// CallApiGatewayEndpointJsonPathBaseProps is what every API Gateway call task takes, with JSONPath fields.
type CallApiGatewayEndpointJsonPathBaseProps struct {
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
	Method             HttpMethod                          `field:"required" json:"method" yaml:"method"`
	ApiPath            *string                             `field:"optional" json:"apiPath" yaml:"apiPath"`
	AuthType           AuthType                            `field:"optional" json:"authType" yaml:"authType"`
	Headers            awsstepfunctions.TaskInput          `field:"optional" json:"headers" yaml:"headers"`
	QueryParameters    awsstepfunctions.TaskInput          `field:"optional" json:"queryParameters" yaml:"queryParameters"`
	RequestBody        awsstepfunctions.TaskInput          `field:"optional" json:"requestBody" yaml:"requestBody"`
}

// CallApiGatewayEndpointJsonataBaseProps is what every API Gateway call task takes, with JSONata fields.
type CallApiGatewayEndpointJsonataBaseProps struct {
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
	Method             HttpMethod                          `field:"required" json:"method" yaml:"method"`
	ApiPath            *string                             `field:"optional" json:"apiPath" yaml:"apiPath"`
	AuthType           AuthType                            `field:"optional" json:"authType" yaml:"authType"`
	Headers            awsstepfunctions.TaskInput          `field:"optional" json:"headers" yaml:"headers"`
	QueryParameters    awsstepfunctions.TaskInput          `field:"optional" json:"queryParameters" yaml:"queryParameters"`
	RequestBody        awsstepfunctions.TaskInput          `field:"optional" json:"requestBody" yaml:"requestBody"`
}

// CallApiGatewayRestApiEndpointOptions is what a REST API call takes.
type CallApiGatewayRestApiEndpointOptions struct {
	Api       awsapigateway.IRestApi `field:"required" json:"api" yaml:"api"`
	StageName *string                `field:"required" json:"stageName" yaml:"stageName"`
	Region    *string                `field:"optional" json:"region" yaml:"region"`
}

// CallApiGatewayHttpApiEndpointOptions is what an HTTP API call takes.
type CallApiGatewayHttpApiEndpointOptions struct {
	ApiId     *string      `field:"required" json:"apiId" yaml:"apiId"`
	ApiStack  awscdk.Stack `field:"required" json:"apiStack" yaml:"apiStack"`
	StageName *string      `field:"optional" json:"stageName" yaml:"stageName"`
}

// HttpMethod is the HTTP method of an API Gateway call.
type HttpMethod string

const (
	HttpMethod_GET     HttpMethod = "GET"
	HttpMethod_POST    HttpMethod = "POST"
	HttpMethod_PUT     HttpMethod = "PUT"
	HttpMethod_DELETE  HttpMethod = "DELETE"
	HttpMethod_PATCH   HttpMethod = "PATCH"
	HttpMethod_HEAD    HttpMethod = "HEAD"
	HttpMethod_OPTIONS HttpMethod = "OPTIONS"
)

// AuthType is how an API Gateway call authenticates.
type AuthType string

const (
	AuthType_NO_AUTH         AuthType = "NO_AUTH"
	AuthType_IAM_ROLE        AuthType = "IAM_ROLE"
	AuthType_RESOURCE_POLICY AuthType = "RESOURCE_POLICY"
)

// apiGatewayCall is what both API Gateway call tasks expose of the call.
type apiGatewayCall interface {
	// ApiEndpoint is the host name the task calls ("<id>.execute-api.<region>.<suffix>").
	ApiEndpoint() *string
	// ArnForExecuteApi is what execute-api:Invoke is granted on.
	ArnForExecuteApi() *string
	StageName() *string
	// CreatePolicyStatements are the statements the state machine's role
	// needs: none for NO_AUTH, else execute-api:Invoke.
	CreatePolicyStatements() *[]awsiam.PolicyStatement
}

// apiGatewayTask is a task calling an API Gateway endpoint.
type apiGatewayTask struct {
	*task
	call *apiCall
}

func (a *apiGatewayTask) ApiEndpoint() *string      { return a.call.endpoint }
func (a *apiGatewayTask) ArnForExecuteApi() *string { return a.call.arnForExecution }
func (a *apiGatewayTask) StageName() *string        { return a.call.stage }
func (a *apiGatewayTask) CreatePolicyStatements() *[]awsiam.PolicyStatement {
	if a.call.auth == AuthType_NO_AUTH {
		return &[]awsiam.PolicyStatement{}
	}
	return &[]awsiam.PolicyStatement{statement([]string{"execute-api:Invoke"}, a.call.arnForExecution)}
}

// apiCall is what the two API Gateway calls share.
type apiCall struct {
	pattern                   awsstepfunctions.IntegrationPattern
	method                    HttpMethod
	path, stage               *string
	auth                      AuthType
	headers, query, body      awsstepfunctions.TaskInput
	endpoint, arnForExecution *string
}

func newAPICall(t *task, props interface{}) *apiCall {
	o := &CallApiGatewayEndpointBaseProps{}
	copyFields(o, props)
	c := &apiCall{method: o.Method, path: o.ApiPath, auth: o.AuthType, headers: o.Headers, query: o.QueryParameters, body: o.RequestBody}
	c.pattern = o.IntegrationPattern
	if c.pattern == "" {
		c.pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	validatePattern(c.pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_WAIT_FOR_TASK_TOKEN)
	if c.pattern == awsstepfunctions.IntegrationPattern_WAIT_FOR_TASK_TOKEN && !containsTaskToken(c.headers) {
		throw(t, "Task Token is required in `headers` for WAIT_FOR_TASK_TOKEN pattern. Use JsonPath.taskToken to set the token.")
	}
	return c
}

func (c *apiCall) finish(t *task) *apiGatewayTask {
	a := &apiGatewayTask{task: t, call: c}
	host.Set(t.TaskStateBase, a)
	// aws-cdk-lib grants execute-api:Invoke unless the call is NO_AUTH.
	if p := *a.CreatePolicyStatements(); len(p) > 0 {
		t.policies = p
	}
	t.Hook.Render = func(top string) interface{} {
		auth := string(c.auth)
		if auth == "" {
			auth = string(AuthType_NO_AUTH)
		}
		return t.render(top, integrationResourceArn("apigateway", "invoke", c.pattern), obj(
			"ApiEndpoint", c.endpoint, "Method", string(c.method), "Headers", inputValue(c.headers), "Stage", c.stage, "Path", c.path,
			"QueryParameters", inputValue(c.query), "RequestBody", inputValue(c.body), "AuthType", auth))
	}
	return a
}

var jsonataPath = regexp.MustCompile(`(?s)^{%(.*)%}$`)

func newCallApiGatewayRestApiEndpoint(scope constructs.Construct, id *string, props *CallApiGatewayRestApiEndpointProps) CallApiGatewayRestApiEndpoint {
	props = l2.Inject(*CallApiGatewayRestApiEndpoint_PROPERTY_INJECTION_ID(), props, scope, id)
	required(scope, id, "CallApiGatewayRestApiEndpoint", props, "Method", "Api", "StageName")
	t := newTask(scope, id, props)
	c := newAPICall(t, props)
	apiStack := awscdk.Stack_Of(props.Api)
	region := apiStack.Region()
	if props.Region != nil {
		region = props.Region
	}
	c.endpoint = str(*props.Api.RestApiId() + ".execute-api." + *region + "." + *apiStack.UrlSuffix())
	path := props.ApiPath
	if path != nil && jsonataPath.MatchString(*path) {
		path = str("/*")
	}
	c.arnForExecution = props.Api.ArnForExecuteApi(str(string(props.Method)), path, props.StageName)
	c.stage = props.StageName
	return c.finish(t)
}

func newCallApiGatewayHttpApiEndpoint(scope constructs.Construct, id *string, props *CallApiGatewayHttpApiEndpointProps) CallApiGatewayHttpApiEndpoint {
	props = l2.Inject(*CallApiGatewayHttpApiEndpoint_PROPERTY_INJECTION_ID(), props, scope, id)
	required(scope, id, "CallApiGatewayHttpApiEndpoint", props, "Method", "ApiId", "ApiStack")
	t := newTask(scope, id, props)
	c := newAPICall(t, props)
	c.endpoint = str(*props.ApiId + ".execute-api." + *props.ApiStack.Region() + "." + *props.ApiStack.UrlSuffix())
	c.arnForExecution = props.ApiStack.FormatArn(&awscdk.ArnComponents{Service: str("execute-api"), Resource: props.ApiId, ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME,
		ResourceName: str(jsString(plain(props.StageName)) + "/" + string(props.Method) + jsString(plain(props.ApiPath)))})
	c.stage = props.StageName
	return c.finish(t)
}
