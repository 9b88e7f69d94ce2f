package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
)

// StepFunctionsStartExecution starts an execution of another state machine.
type StepFunctionsStartExecution interface {
	awsstepfunctions.TaskStateBase
}

// NewStepFunctionsStartExecution builds the task at scope/id.
func NewStepFunctionsStartExecution(scope constructs.Construct, id *string, props *StepFunctionsStartExecutionProps) StepFunctionsStartExecution {
	return newStepFunctionsStartExecution(scope, id, props)
}

// NewStepFunctionsStartExecution_Override initializes t, a Go type embedding StepFunctionsStartExecution, as the task.
func NewStepFunctionsStartExecution_Override(t StepFunctionsStartExecution, scope constructs.Construct, id *string, props *StepFunctionsStartExecutionProps) {
	l2.Override[StepFunctionsStartExecution](t, newStepFunctionsStartExecution(scope, id, props))
}

// StepFunctionsStartExecution_JsonPath builds the task with JSONPath fields.
func StepFunctionsStartExecution_JsonPath(scope constructs.Construct, id *string, props *StepFunctionsStartExecutionJsonPathProps) StepFunctionsStartExecution {
	if props == nil {
		return newStepFunctionsStartExecution(scope, id, nil)
	}
	p := &StepFunctionsStartExecutionProps{}
	copyFields(p, props)
	return newStepFunctionsStartExecution(scope, id, p)
}

// StepFunctionsStartExecution_Jsonata builds the task with JSONata fields: its query language is JSONata.
func StepFunctionsStartExecution_Jsonata(scope constructs.Construct, id *string, props *StepFunctionsStartExecutionJsonataProps) StepFunctionsStartExecution {
	if props == nil {
		return newStepFunctionsStartExecution(scope, id, nil)
	}
	p := &StepFunctionsStartExecutionProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newStepFunctionsStartExecution(scope, id, p)
}

// StepFunctionsStartExecution_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func StepFunctionsStartExecution_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// StepFunctionsStartExecution_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func StepFunctionsStartExecution_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// StepFunctionsStartExecution_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func StepFunctionsStartExecution_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// StepFunctionsStartExecution_IsConstruct reports whether x is a construct.
func StepFunctionsStartExecution_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// StepFunctionsStartExecution_PrefixStates prefixes the names of the states under root.
func StepFunctionsStartExecution_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// StepFunctionsStartExecutionProps configures a StepFunctionsStartExecution task.
type StepFunctionsStartExecutionProps struct {
	Comment             *string                                     `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage       awsstepfunctions.QueryLanguage              `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName           *string                                     `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials         *awsstepfunctions.Credentials               `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat           awscdk.Duration                             `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout    awsstepfunctions.Timeout                    `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern  awsstepfunctions.IntegrationPattern         `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout         awsstepfunctions.Timeout                    `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout             awscdk.Duration                             `field:"optional" json:"timeout" yaml:"timeout"`
	Assign              *map[string]interface{}                     `field:"optional" json:"assign" yaml:"assign"`
	InputPath           *string                                     `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath          *string                                     `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs             interface{}                                 `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath          *string                                     `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector      *map[string]interface{}                     `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	StateMachine        interfacesawsstepfunctions.IStateMachineRef `field:"required" json:"stateMachine" yaml:"stateMachine"`
	AssociateWithParent *bool                                       `field:"optional" json:"associateWithParent" yaml:"associateWithParent"`
	Input               awsstepfunctions.TaskInput                  `field:"optional" json:"input" yaml:"input"`
	Name                *string                                     `field:"optional" json:"name" yaml:"name"`
}

// StepFunctionsStartExecutionJsonPathProps configures a StepFunctionsStartExecution task with JSONPath fields.
type StepFunctionsStartExecutionJsonPathProps struct {
	Comment             *string                                     `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage       awsstepfunctions.QueryLanguage              `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName           *string                                     `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials         *awsstepfunctions.Credentials               `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat           awscdk.Duration                             `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout    awsstepfunctions.Timeout                    `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern  awsstepfunctions.IntegrationPattern         `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout         awsstepfunctions.Timeout                    `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout             awscdk.Duration                             `field:"optional" json:"timeout" yaml:"timeout"`
	Assign              *map[string]interface{}                     `field:"optional" json:"assign" yaml:"assign"`
	InputPath           *string                                     `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath          *string                                     `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath          *string                                     `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector      *map[string]interface{}                     `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	StateMachine        interfacesawsstepfunctions.IStateMachineRef `field:"required" json:"stateMachine" yaml:"stateMachine"`
	AssociateWithParent *bool                                       `field:"optional" json:"associateWithParent" yaml:"associateWithParent"`
	Input               awsstepfunctions.TaskInput                  `field:"optional" json:"input" yaml:"input"`
	Name                *string                                     `field:"optional" json:"name" yaml:"name"`
}

// StepFunctionsStartExecutionJsonataProps configures a StepFunctionsStartExecution task with JSONata fields.
type StepFunctionsStartExecutionJsonataProps struct {
	Comment             *string                                     `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage       awsstepfunctions.QueryLanguage              `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName           *string                                     `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials         *awsstepfunctions.Credentials               `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat           awscdk.Duration                             `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout    awsstepfunctions.Timeout                    `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern  awsstepfunctions.IntegrationPattern         `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout         awsstepfunctions.Timeout                    `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout             awscdk.Duration                             `field:"optional" json:"timeout" yaml:"timeout"`
	Assign              *map[string]interface{}                     `field:"optional" json:"assign" yaml:"assign"`
	Outputs             interface{}                                 `field:"optional" json:"outputs" yaml:"outputs"`
	StateMachine        interfacesawsstepfunctions.IStateMachineRef `field:"required" json:"stateMachine" yaml:"stateMachine"`
	AssociateWithParent *bool                                       `field:"optional" json:"associateWithParent" yaml:"associateWithParent"`
	Input               awsstepfunctions.TaskInput                  `field:"optional" json:"input" yaml:"input"`
	Name                *string                                     `field:"optional" json:"name" yaml:"name"`
}

func newStepFunctionsStartExecution(scope constructs.Construct, id *string, props *StepFunctionsStartExecutionProps) StepFunctionsStartExecution {
	required(scope, id, "StepFunctionsStartExecution", props, "StateMachine")
	t := newTask(scope, id, props)
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_RUN_JOB, awsstepfunctions.IntegrationPattern_WAIT_FOR_TASK_TOKEN)
	// aws-cdk-lib reports these two against the scope, not the task.
	if pattern == awsstepfunctions.IntegrationPattern_WAIT_FOR_TASK_TOKEN && !containsTaskToken(props.Input) {
		diag.Panic(*scope.Node().Path(), "Task Token is required in `input` for callback. Use JsonPath.taskToken to set the token.")
	}
	associate := props.AssociateWithParent != nil && *props.AssociateWithParent
	if associate && props.Input != nil && props.Input.Type() != awsstepfunctions.InputType_OBJECT {
		diag.Panic(*scope.Node().Path(), "Could not enable `associateWithParent` because `input` is taken directly from a JSON path. Use `sfn.TaskInput.fromObject` instead.")
	}
	arn := props.StateMachine.StateMachineRef().StateMachineArn
	stack := awscdk.Stack_Of(t)
	t.policies = []awsiam.PolicyStatement{statement([]string{"states:StartExecution"}, arn)}
	if pattern == awsstepfunctions.IntegrationPattern_RUN_JOB {
		name := stack.SplitArn(arn, awscdk.ArnFormat_COLON_RESOURCE_NAME).ResourceName
		t.policies = append(t.policies,
			statement([]string{"states:DescribeExecution", "states:StopExecution"}, stack.FormatArn(&awscdk.ArnComponents{Service: str("states"), Resource: str("execution"),
				ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME, ResourceName: str(*name + "*")})),
			statement([]string{"events:PutTargets", "events:PutRule", "events:DescribeRule"}, stack.FormatArn(&awscdk.ArnComponents{Service: str("events"), Resource: str("rule"),
				ResourceName: str("StepFunctionsGetEventsForStepFunctionsExecutionRule")})))
	}
	t.Hook.Render = func(top string) interface{} {
		var input interface{}
		if associate {
			o := ojson.New()
			if props.Input != nil {
				if m, ok := plainMap(props.Input.Value()); ok {
					for _, k := range sortedKeys(m) {
						o.Set(k, m[k])
					}
				}
			}
			if t.queryLanguage(top) == awsstepfunctions.QueryLanguage_JSONATA {
				o.Set("AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID", "{% $states.context.Execution.Id %}")
			} else {
				o.Set("AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID", awsstepfunctions.JsonPath_StringAt(str("$$.Execution.Id")))
			}
			input = o
		} else if props.Input != nil {
			input = props.Input.Value()
		} else {
			input = awsstepfunctions.TaskInput_FromJsonPathAt(str("$")).Value()
		}
		resource := *integrationResourceArn("states", "startExecution", pattern)
		if pattern == awsstepfunctions.IntegrationPattern_RUN_JOB {
			resource += ":2"
		}
		return t.render(top, resource, obj("Input", input, "StateMachineArn", arn, "Name", props.Name))
	}
	return t
}

// plainMap is an object input's map.
func plainMap(v interface{}) (map[string]interface{}, bool) {
	switch m := v.(type) {
	case map[string]interface{}:
		return m, true
	case *map[string]interface{}:
		if m != nil {
			return *m, true
		}
	}
	return nil, false
}
