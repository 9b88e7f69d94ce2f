package awsstepfunctionstasks

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/handlers/sfnsdkcrossregion"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// CallAwsServiceCrossRegion makes an AWS SDK call in another region (or at another
// endpoint) through a Lambda function the stack's tasks share (Strata's
// own handler, internal/handlers/sfnsdkcrossregion): Step Functions' own
// SDK integrations call the state machine's region only.
type CallAwsServiceCrossRegion interface {
	awsstepfunctions.TaskStateBase
	// LambdaFunction is the shared function that makes the call.
	LambdaFunction() awslambda.IFunction
}

type crossRegionCall struct {
	*task
	fn awslambda.IFunction
}

func (c *crossRegionCall) LambdaFunction() awslambda.IFunction { return c.fn }

// NewCallAwsServiceCrossRegion builds the task at scope/id.
func NewCallAwsServiceCrossRegion(scope constructs.Construct, id *string, props *CallAwsServiceCrossRegionProps) CallAwsServiceCrossRegion {
	return newCallAwsServiceCrossRegion(scope, id, props)
}

// NewCallAwsServiceCrossRegion_Override initializes t, a Go type embedding CallAwsServiceCrossRegion, as the task.
func NewCallAwsServiceCrossRegion_Override(t CallAwsServiceCrossRegion, scope constructs.Construct, id *string, props *CallAwsServiceCrossRegionProps) {
	l2.Override[CallAwsServiceCrossRegion](t, newCallAwsServiceCrossRegion(scope, id, props))
}

// CallAwsServiceCrossRegion_JsonPath builds the task with JSONPath fields.
func CallAwsServiceCrossRegion_JsonPath(scope constructs.Construct, id *string, props *CallAwsServiceCrossRegionJsonPathProps) CallAwsServiceCrossRegion {
	if props == nil {
		return newCallAwsServiceCrossRegion(scope, id, nil)
	}
	p := &CallAwsServiceCrossRegionProps{}
	copyFields(p, props)
	return newCallAwsServiceCrossRegion(scope, id, p)
}

// CallAwsServiceCrossRegion_Jsonata builds the task with JSONata fields: its query language is JSONata.
func CallAwsServiceCrossRegion_Jsonata(scope constructs.Construct, id *string, props *CallAwsServiceCrossRegionJsonataProps) CallAwsServiceCrossRegion {
	if props == nil {
		return newCallAwsServiceCrossRegion(scope, id, nil)
	}
	p := &CallAwsServiceCrossRegionProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newCallAwsServiceCrossRegion(scope, id, p)
}

// CallAwsServiceCrossRegion_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func CallAwsServiceCrossRegion_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// CallAwsServiceCrossRegion_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func CallAwsServiceCrossRegion_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// CallAwsServiceCrossRegion_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func CallAwsServiceCrossRegion_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// CallAwsServiceCrossRegion_IsConstruct reports whether x is a construct.
func CallAwsServiceCrossRegion_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// CallAwsServiceCrossRegion_PrefixStates prefixes the names of the states under root.
func CallAwsServiceCrossRegion_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// CallAwsServiceCrossRegionProps configures a CallAwsServiceCrossRegion task.
type CallAwsServiceCrossRegionProps struct {
	Comment                  *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage            awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials              *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout         awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern       awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout              awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                  awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                   *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath                *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath               *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs                  interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath               *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector           *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Action                   *string                             `field:"required" json:"action" yaml:"action"`
	IamResources             *[]*string                          `field:"required" json:"iamResources" yaml:"iamResources"`
	Region                   *string                             `field:"required" json:"region" yaml:"region"`
	Service                  *string                             `field:"required" json:"service" yaml:"service"`
	AdditionalIamStatements  *[]awsiam.PolicyStatement           `field:"optional" json:"additionalIamStatements" yaml:"additionalIamStatements"`
	Endpoint                 *string                             `field:"optional" json:"endpoint" yaml:"endpoint"`
	IamAction                *string                             `field:"optional" json:"iamAction" yaml:"iamAction"`
	Parameters               *map[string]interface{}             `field:"optional" json:"parameters" yaml:"parameters"`
	RetryOnServiceExceptions *bool                               `field:"optional" json:"retryOnServiceExceptions" yaml:"retryOnServiceExceptions"`
}

// CallAwsServiceCrossRegionJsonPathProps configures a CallAwsServiceCrossRegion task with JSONPath fields.
type CallAwsServiceCrossRegionJsonPathProps struct {
	Comment                  *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage            awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials              *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout         awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern       awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout              awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                  awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                   *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath                *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath               *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath               *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector           *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	Action                   *string                             `field:"required" json:"action" yaml:"action"`
	IamResources             *[]*string                          `field:"required" json:"iamResources" yaml:"iamResources"`
	Region                   *string                             `field:"required" json:"region" yaml:"region"`
	Service                  *string                             `field:"required" json:"service" yaml:"service"`
	AdditionalIamStatements  *[]awsiam.PolicyStatement           `field:"optional" json:"additionalIamStatements" yaml:"additionalIamStatements"`
	Endpoint                 *string                             `field:"optional" json:"endpoint" yaml:"endpoint"`
	IamAction                *string                             `field:"optional" json:"iamAction" yaml:"iamAction"`
	Parameters               *map[string]interface{}             `field:"optional" json:"parameters" yaml:"parameters"`
	RetryOnServiceExceptions *bool                               `field:"optional" json:"retryOnServiceExceptions" yaml:"retryOnServiceExceptions"`
}

// CallAwsServiceCrossRegionJsonataProps configures a CallAwsServiceCrossRegion task with JSONata fields.
type CallAwsServiceCrossRegionJsonataProps struct {
	Comment                  *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage            awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName                *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials              *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat                awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout         awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern       awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout              awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout                  awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign                   *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs                  interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	Action                   *string                             `field:"required" json:"action" yaml:"action"`
	IamResources             *[]*string                          `field:"required" json:"iamResources" yaml:"iamResources"`
	Region                   *string                             `field:"required" json:"region" yaml:"region"`
	Service                  *string                             `field:"required" json:"service" yaml:"service"`
	AdditionalIamStatements  *[]awsiam.PolicyStatement           `field:"optional" json:"additionalIamStatements" yaml:"additionalIamStatements"`
	Endpoint                 *string                             `field:"optional" json:"endpoint" yaml:"endpoint"`
	IamAction                *string                             `field:"optional" json:"iamAction" yaml:"iamAction"`
	Parameters               *map[string]interface{}             `field:"optional" json:"parameters" yaml:"parameters"`
	RetryOnServiceExceptions *bool                               `field:"optional" json:"retryOnServiceExceptions" yaml:"retryOnServiceExceptions"`
}

// crossRegionIamServices are the IAM prefixes of the services whose SDK
// package names differ, as this task (unlike CallAwsService) maps them.
var crossRegionIamServices = map[string]string{"sfn": "states", "cloudwatch-logs": "logs", "mwaa": "airflow"}

func newCallAwsServiceCrossRegion(scope constructs.Construct, id *string, props *CallAwsServiceCrossRegionProps) CallAwsServiceCrossRegion {
	required(scope, id, "CallAwsServiceCrossRegion", props, "Action", "IamResources", "Region", "Service")
	t := newTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	if pattern == awsstepfunctions.IntegrationPattern_RUN_JOB {
		throw(t, "The RUN_JOB integration pattern is not supported for CallAwsServiceCrossRegion")
	}
	action := *props.Action
	if !*awscdk.Token_IsUnresolved(action) && action != "" && action[:1] != strings.ToLower(action[:1]) {
		throw(t, "action must be camelCase, got: %s", action)
	}
	if e := props.Endpoint; e != nil && *e != "" && (*awsstepfunctions.JsonPath_IsEncodedJsonPath(e) || isJsonata(*e)) {
		awscdk.Annotations_Of(t).AddWarningV2(jsii.String("@aws-cdk/aws-stepfunctions-tasks:crossRegionEndpointSsrfRisk"),
			jsii.String("The endpoint property is resolved from the Step Functions state input (e.g. JsonPath or JSONata). This means the endpoint is controlled at runtime by whoever starts the execution. They could redirect the authenticated AWS API call to their own server, intercepting and replaying it. Only use a runtime-resolved endpoint if you trust all principals that can start executions of this state machine."))
	}
	iamService := *props.Service
	if s, ok := crossRegionIamServices[iamService]; ok {
		iamService = s
	}
	iamAction := iamService + ":" + action
	if props.IamAction != nil {
		iamAction = *props.IamAction
	}
	dir, err := sfnsdkcrossregion.Dir()
	if err != nil {
		diag.Panic("", "strata: writing the code of the CallAwsServiceCrossRegion handler: %v", err)
	}
	fn := awslambda.NewSingletonFunction(t, jsii.String("Handler"), &awslambda.SingletonFunctionProps{
		Uuid: jsii.String("8a0c93f3-dbef-4b71-ac13-7aaf2048ce7e"), LambdaPurpose: jsii.String("CrossRegionAwsSdk"),
		Timeout: awscdk.Duration_Seconds(jsii.Number(30)), Code: awslambda.Code_FromAsset(jsii.String(dir), nil),
		Handler: jsii.String("index.handler"), Runtime: latestNodeRuntime(),
	})
	fn.AddMetadata(jsii.String("aws:cdk:is-custom-resource-handler-singleton"), true, nil)
	fn.AddMetadata(jsii.String("aws:cdk:is-custom-resource-handler-runtime-family"), 0, nil)
	fn.AddToRolePolicy(statement([]string{iamAction}, *props.IamResources...))
	if props.AdditionalIamStatements != nil {
		for _, s := range *props.AdditionalIamStatements {
			fn.AddToRolePolicy(s)
		}
	}
	t.policies = []awsiam.PolicyStatement{statement([]string{"lambda:InvokeFunction"}, *fn.ResourceArnsForGrantInvoke()...)}
	if props.RetryOnServiceExceptions == nil || *props.RetryOnServiceExceptions {
		t.AddRetry(&awsstepfunctions.RetryProps{
			Errors:   jsii.Strings("Lambda.ClientExecutionTimeoutException", "Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException"),
			Interval: awscdk.Duration_Seconds(jsii.Number(2)), MaxAttempts: jsii.Number(6), BackoffRate: jsii.Number(2),
		})
	}
	t.Hook.Render = func(top string) interface{} {
		call := obj("region", props.Region, "endpoint", props.Endpoint, "action", props.Action, "service", props.Service, "parameters", props.Parameters)
		if pattern == awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE {
			return t.render(top, fn.FunctionArn(), call)
		}
		return t.render(top, integrationResourceArn("lambda", "invoke", pattern), obj("FunctionName", fn.FunctionArn(), "Payload", call))
	}
	return &crossRegionCall{task: t, fn: fn}
}
