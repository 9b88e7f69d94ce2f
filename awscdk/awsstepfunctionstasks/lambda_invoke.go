package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// LambdaInvoke invokes a Lambda function.
type LambdaInvoke interface {
	awsstepfunctions.TaskStateBase
}

// NewLambdaInvoke builds the task at scope/id.
func NewLambdaInvoke(scope constructs.Construct, id *string, props *LambdaInvokeProps) LambdaInvoke {
	return newLambdaInvoke(scope, id, props)
}

// NewLambdaInvoke_Override initializes t, a Go type embedding LambdaInvoke, as the task.
func NewLambdaInvoke_Override(t LambdaInvoke, scope constructs.Construct, id *string, props *LambdaInvokeProps) {
	l2.Override[LambdaInvoke](t, newLambdaInvoke(scope, id, props))
}

// LambdaInvoke_JsonPath builds the task with JSONPath fields.
func LambdaInvoke_JsonPath(scope constructs.Construct, id *string, props *LambdaInvokeJsonPathProps) LambdaInvoke {
	if props == nil {
		return newLambdaInvoke(scope, id, nil)
	}
	p := &LambdaInvokeProps{}
	copyFields(p, props)
	return newLambdaInvoke(scope, id, p)
}

// LambdaInvoke_Jsonata builds the task with JSONata fields: its query language is JSONata.
func LambdaInvoke_Jsonata(scope constructs.Construct, id *string, props *LambdaInvokeJsonataProps) LambdaInvoke {
	if props == nil {
		return newLambdaInvoke(scope, id, nil)
	}
	p := &LambdaInvokeProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newLambdaInvoke(scope, id, p)
}

// LambdaInvoke_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func LambdaInvoke_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// LambdaInvoke_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func LambdaInvoke_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// LambdaInvoke_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func LambdaInvoke_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// LambdaInvoke_IsConstruct reports whether x is a construct.
func LambdaInvoke_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// LambdaInvoke_PrefixStates prefixes the names of the states under root.
func LambdaInvoke_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// LambdaInvokeProps configures a LambdaInvoke task.
type LambdaInvokeProps struct {
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
	LambdaFunction           awslambda.IFunction                 `field:"required" json:"lambdaFunction" yaml:"lambdaFunction"`
	ClientContext            *string                             `field:"optional" json:"clientContext" yaml:"clientContext"`
	InvocationType           LambdaInvocationType                `field:"optional" json:"invocationType" yaml:"invocationType"`
	Payload                  awsstepfunctions.TaskInput          `field:"optional" json:"payload" yaml:"payload"`
	PayloadResponseOnly      *bool                               `field:"optional" json:"payloadResponseOnly" yaml:"payloadResponseOnly"`
	Qualifier                *string                             `field:"optional" json:"qualifier" yaml:"qualifier"`
	RetryOnServiceExceptions *bool                               `field:"optional" json:"retryOnServiceExceptions" yaml:"retryOnServiceExceptions"`
}

// LambdaInvokeJsonPathProps configures a LambdaInvoke task with JSONPath fields.
type LambdaInvokeJsonPathProps struct {
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
	LambdaFunction           awslambda.IFunction                 `field:"required" json:"lambdaFunction" yaml:"lambdaFunction"`
	ClientContext            *string                             `field:"optional" json:"clientContext" yaml:"clientContext"`
	InvocationType           LambdaInvocationType                `field:"optional" json:"invocationType" yaml:"invocationType"`
	Payload                  awsstepfunctions.TaskInput          `field:"optional" json:"payload" yaml:"payload"`
	PayloadResponseOnly      *bool                               `field:"optional" json:"payloadResponseOnly" yaml:"payloadResponseOnly"`
	Qualifier                *string                             `field:"optional" json:"qualifier" yaml:"qualifier"`
	RetryOnServiceExceptions *bool                               `field:"optional" json:"retryOnServiceExceptions" yaml:"retryOnServiceExceptions"`
}

// LambdaInvokeJsonataProps configures a LambdaInvoke task with JSONata fields.
type LambdaInvokeJsonataProps struct {
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
	LambdaFunction           awslambda.IFunction                 `field:"required" json:"lambdaFunction" yaml:"lambdaFunction"`
	ClientContext            *string                             `field:"optional" json:"clientContext" yaml:"clientContext"`
	InvocationType           LambdaInvocationType                `field:"optional" json:"invocationType" yaml:"invocationType"`
	Payload                  awsstepfunctions.TaskInput          `field:"optional" json:"payload" yaml:"payload"`
	PayloadResponseOnly      *bool                               `field:"optional" json:"payloadResponseOnly" yaml:"payloadResponseOnly"`
	Qualifier                *string                             `field:"optional" json:"qualifier" yaml:"qualifier"`
	RetryOnServiceExceptions *bool                               `field:"optional" json:"retryOnServiceExceptions" yaml:"retryOnServiceExceptions"`
}

// LambdaInvocationType is how Lambda runs the function.
type LambdaInvocationType string

const (
	LambdaInvocationType_REQUEST_RESPONSE LambdaInvocationType = "REQUEST_RESPONSE"
	LambdaInvocationType_EVENT            LambdaInvocationType = "EVENT"
	LambdaInvocationType_DRY_RUN          LambdaInvocationType = "DRY_RUN"
)

// lambdaInvocationTypes are the values Lambda's API takes for each.
var lambdaInvocationTypes = map[LambdaInvocationType]string{
	LambdaInvocationType_REQUEST_RESPONSE: "RequestResponse",
	LambdaInvocationType_EVENT:            "Event",
	LambdaInvocationType_DRY_RUN:          "DryRun",
}

func newLambdaInvoke(scope constructs.Construct, id *string, props *LambdaInvokeProps) LambdaInvoke {
	required(scope, id, "LambdaInvoke", props, "LambdaFunction")
	t := newTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_WAIT_FOR_TASK_TOKEN)
	if pattern == awsstepfunctions.IntegrationPattern_WAIT_FOR_TASK_TOKEN && !containsTaskToken(props.Payload) {
		throw(t, "Task Token is required in `payload` for callback. Use JsonPath.taskToken to set the token.")
	}
	if props.PayloadResponseOnly != nil && *props.PayloadResponseOnly &&
		(props.IntegrationPattern != "" || props.InvocationType != "" || props.ClientContext != nil || props.Qualifier != nil) {
		throw(t, "The 'payloadResponseOnly' property cannot be used if 'integrationPattern', 'invocationType', 'clientContext', or 'qualifier' are specified.")
	}
	fn := props.LambdaFunction
	dims := map[string]interface{}{"LambdaFunctionArn": fn.FunctionArn()}
	if props.Qualifier != nil && *props.Qualifier != "" {
		dims["Qualifier"] = props.Qualifier
	}
	t.metrics = &awsstepfunctions.TaskMetricsConfig{MetricPrefixSingular: str("LambdaFunction"), MetricPrefixPlural: str("LambdaFunctions"), MetricDimensions: &dims}
	t.policies = append(t.policies, statement([]string{"lambda:InvokeFunction"}, *fn.ResourceArnsForGrantInvoke()...))
	if props.RetryOnServiceExceptions == nil || *props.RetryOnServiceExceptions {
		t.AddRetry(&awsstepfunctions.RetryProps{
			Errors:   &[]*string{str("Lambda.ClientExecutionTimeoutException"), str("Lambda.ServiceException"), str("Lambda.AWSLambdaException"), str("Lambda.SdkClientException")},
			Interval: awscdk.Duration_Seconds(num(2)), MaxAttempts: num(6), BackoffRate: num(2),
		})
	}
	t.Hook.Render = func(top string) interface{} {
		if props.PayloadResponseOnly != nil && *props.PayloadResponseOnly {
			return t.render(top, fn.FunctionArn(), inputValue(props.Payload))
		}
		payload := inputValue(props.Payload)
		if payload == nil {
			if t.queryLanguage(top) == awsstepfunctions.QueryLanguage_JSONATA {
				payload = "{% $states.input %}"
			} else {
				payload = awsstepfunctions.TaskInput_FromJsonPathAt(str("$")).Value()
			}
		}
		var invocationType interface{}
		if props.InvocationType != "" {
			invocationType = lambdaInvocationTypes[props.InvocationType]
		}
		return t.render(top, integrationResourceArn("lambda", "invoke", pattern), obj(
			"FunctionName", fn.FunctionArn(), "Payload", payload, "InvocationType", invocationType,
			"ClientContext", props.ClientContext, "Qualifier", props.Qualifier))
	}
	return t
}
