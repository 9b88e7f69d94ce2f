package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// StepFunctionsInvokeActivity runs a Step Functions activity.
type StepFunctionsInvokeActivity interface {
	awsstepfunctions.TaskStateBase
}

// NewStepFunctionsInvokeActivity builds the task at scope/id.
func NewStepFunctionsInvokeActivity(scope constructs.Construct, id *string, props *StepFunctionsInvokeActivityProps) StepFunctionsInvokeActivity {
	return newStepFunctionsInvokeActivity(scope, id, props)
}

// NewStepFunctionsInvokeActivity_Override initializes t, a Go type embedding StepFunctionsInvokeActivity, as the task.
func NewStepFunctionsInvokeActivity_Override(t StepFunctionsInvokeActivity, scope constructs.Construct, id *string, props *StepFunctionsInvokeActivityProps) {
	l2.Override[StepFunctionsInvokeActivity](t, newStepFunctionsInvokeActivity(scope, id, props))
}

// StepFunctionsInvokeActivity_JsonPath builds the task with JSONPath fields.
func StepFunctionsInvokeActivity_JsonPath(scope constructs.Construct, id *string, props *StepFunctionsInvokeActivityJsonPathProps) StepFunctionsInvokeActivity {
	if props == nil {
		return newStepFunctionsInvokeActivity(scope, id, nil)
	}
	p := &StepFunctionsInvokeActivityProps{}
	copyFields(p, props)
	return newStepFunctionsInvokeActivity(scope, id, p)
}

// StepFunctionsInvokeActivity_Jsonata builds the task with JSONata fields: its query language is JSONata.
func StepFunctionsInvokeActivity_Jsonata(scope constructs.Construct, id *string, props *StepFunctionsInvokeActivityJsonataProps) StepFunctionsInvokeActivity {
	if props == nil {
		return newStepFunctionsInvokeActivity(scope, id, nil)
	}
	p := &StepFunctionsInvokeActivityProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newStepFunctionsInvokeActivity(scope, id, p)
}

// StepFunctionsInvokeActivity_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func StepFunctionsInvokeActivity_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// StepFunctionsInvokeActivity_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func StepFunctionsInvokeActivity_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// StepFunctionsInvokeActivity_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func StepFunctionsInvokeActivity_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// StepFunctionsInvokeActivity_IsConstruct reports whether x is a construct.
func StepFunctionsInvokeActivity_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// StepFunctionsInvokeActivity_PrefixStates prefixes the names of the states under root.
func StepFunctionsInvokeActivity_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// StepFunctionsInvokeActivityProps configures a StepFunctionsInvokeActivity task.
type StepFunctionsInvokeActivityProps struct {
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
	Arguments          interface{}                         `field:"optional" json:"arguments" yaml:"arguments"`
	Activity           awsstepfunctions.IActivity          `field:"required" json:"activity" yaml:"activity"`
	Parameters         *map[string]interface{}             `field:"optional" json:"parameters" yaml:"parameters"`
}

// StepFunctionsInvokeActivityJsonPathProps configures a StepFunctionsInvokeActivity task with JSONPath fields.
type StepFunctionsInvokeActivityJsonPathProps struct {
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
	Activity           awsstepfunctions.IActivity          `field:"required" json:"activity" yaml:"activity"`
	Parameters         *map[string]interface{}             `field:"optional" json:"parameters" yaml:"parameters"`
}

// StepFunctionsInvokeActivityJsonataProps configures a StepFunctionsInvokeActivity task with JSONata fields.
type StepFunctionsInvokeActivityJsonataProps struct {
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
	Arguments          interface{}                         `field:"optional" json:"arguments" yaml:"arguments"`
	Activity           awsstepfunctions.IActivity          `field:"required" json:"activity" yaml:"activity"`
}

func newStepFunctionsInvokeActivity(scope constructs.Construct, id *string, props *StepFunctionsInvokeActivityProps) StepFunctionsInvokeActivity {
	required(scope, id, "StepFunctionsInvokeActivity", props, "Activity")
	t := newTask(scope, id, props)
	activity := props.Activity
	if enc, ok := activity.EncryptionConfiguration().(awsstepfunctions.CustomerManagedEncryptionConfiguration); ok && enc.KmsKey() != nil {
		t.policies = []awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: &[]*string{str("kms:Decrypt"), str("kms:GenerateDataKey")},
			Resources:  &[]*string{enc.KmsKey().KeyRef().KeyArn},
			Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{"kms:EncryptionContext:aws:states:activityArn": activity.ActivityArn()}}})}
	}
	dims := map[string]interface{}{"ActivityArn": activity.ActivityArn()}
	t.metrics = &awsstepfunctions.TaskMetricsConfig{MetricDimensions: &dims, MetricPrefixSingular: str("Activity"), MetricPrefixPlural: str("Activities")}
	t.Hook.Render = func(top string) interface{} {
		var params interface{}
		if props.Parameters != nil {
			params = *props.Parameters
		} else if props.Arguments != nil {
			params = props.Arguments
		}
		return t.render(top, activity.ActivityArn(), params)
	}
	return t
}
