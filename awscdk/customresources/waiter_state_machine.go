package customresources

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// LogOptions say which execution history events a waiter state machine
// logs, and where.
type LogOptions struct {
	// The log group for the events. Default: a new log group.
	Destination interfacesawslogs.ILogGroupRef `field:"optional" json:"destination" yaml:"destination"`
	// Whether execution data is included. Default: false.
	IncludeExecutionData *bool `field:"optional" json:"includeExecutionData" yaml:"includeExecutionData"`
	// Which events are logged. Default: ERROR.
	Level awsstepfunctions.LogLevel `field:"optional" json:"level" yaml:"level"`
}

// WaiterStateMachineProps are the props of NewWaiterStateMachine.
type WaiterStateMachineProps struct {
	// Backoff between attempts.
	BackoffRate *float64 `field:"required" json:"backoffRate" yaml:"backoffRate"`
	// The interval to wait between attempts.
	Interval awscdk.Duration `field:"required" json:"interval" yaml:"interval"`
	// The handler deciding whether the operation is complete.
	IsCompleteHandler awslambda.IFunction `field:"required" json:"isCompleteHandler" yaml:"isCompleteHandler"`
	// Number of attempts.
	MaxAttempts *float64 `field:"required" json:"maxAttempts" yaml:"maxAttempts"`
	// The handler called when the attempts run out.
	TimeoutHandler awslambda.IFunction `field:"required" json:"timeoutHandler" yaml:"timeoutHandler"`
	// Whether logging is disabled. Default: false.
	DisableLogging *bool `field:"optional" json:"disableLogging" yaml:"disableLogging"`
	// What is logged and where. Default: ERROR events to a new log group.
	LogOptions *LogOptions `field:"optional" json:"logOptions" yaml:"logOptions"`
}

// WaiterStateMachine is a Step Functions state machine that calls an
// isComplete function until it succeeds, then, when retries run out, a
// timeout function.
type WaiterStateMachine interface {
	constructs.Construct
	// The ARN of the state machine.
	StateMachineArn() *string
	// GrantStartExecution lets identity start executions.
	GrantStartExecution(identity awsiam.IGrantable) awsiam.Grant
}

type waiterStateMachine struct {
	constructs.Construct
	arn               *string
	isCompleteHandler awslambda.IFunction
}

// WaiterStateMachine_PROPERTY_INJECTION_ID is the id property injectors use.
func WaiterStateMachine_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.custom-resources.WaiterStateMachine")
}

// WaiterStateMachine_IsConstruct reports whether x is a construct.
func WaiterStateMachine_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// NewWaiterStateMachine_Override initialises outer, a type embedding WaiterStateMachine.
func NewWaiterStateMachine_Override(w WaiterStateMachine, scope constructs.Construct, id *string, props *WaiterStateMachineProps) {
	l2.Override(w, NewWaiterStateMachine(scope, id, props))
}

// NewWaiterStateMachine defines the state machine (an L1
// AWS::StepFunctions::StateMachine) and its role.
func NewWaiterStateMachine(scope constructs.Construct, id *string, props *WaiterStateMachineProps) WaiterStateMachine {
	props = l2.Inject(*WaiterStateMachine_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "WaiterStateMachine", "BackoffRate", "Interval", "IsCompleteHandler", "MaxAttempts", "TimeoutHandler")
	}
	w := &waiterStateMachine{Construct: constructs.NewConstruct(scope, id), isCompleteHandler: props.IsCompleteHandler}
	host.Set(w.Construct, w)
	var missing []string
	for _, f := range []struct {
		name string
		nil_ bool
	}{{"BackoffRate", props.BackoffRate == nil}, {"Interval", props.Interval == nil}, {"IsCompleteHandler", props.IsCompleteHandler == nil},
		{"MaxAttempts", props.MaxAttempts == nil}, {"TimeoutHandler", props.TimeoutHandler == nil}} {
		if f.nil_ {
			missing = append(missing, f.name)
		}
	}
	if len(missing) > 0 {
		l2.Throw(w, "WaiterStateMachine needs %v", missing)
	}
	role := awsiam.NewRole(w, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("states.amazonaws.com"), nil)})
	props.IsCompleteHandler.GrantInvoke(role)
	props.TimeoutHandler.GrantInvoke(role)

	retry := ojson.New()
	retry.Set("ErrorEquals", []string{"States.ALL"})
	retry.Set("IntervalSeconds", *props.Interval.ToSeconds(nil))
	retry.Set("MaxAttempts", *props.MaxAttempts)
	retry.Set("BackoffRate", *props.BackoffRate)
	catch := ojson.New()
	catch.Set("ErrorEquals", []string{"States.ALL"})
	catch.Set("Next", "framework-onTimeout-task")
	isComplete := ojson.New()
	isComplete.Set("End", true)
	isComplete.Set("Retry", []interface{}{retry})
	isComplete.Set("Catch", []interface{}{catch})
	isComplete.Set("Type", "Task")
	isComplete.Set("Resource", props.IsCompleteHandler.FunctionArn())
	onTimeout := ojson.New()
	onTimeout.Set("End", true)
	onTimeout.Set("Type", "Task")
	onTimeout.Set("Resource", props.TimeoutHandler.FunctionArn())
	states := ojson.New()
	states.Set("framework-isComplete-task", isComplete)
	states.Set("framework-onTimeout-task", onTimeout)
	def := ojson.New()
	def.Set("StartAt", "framework-isComplete-task")
	def.Set("States", states)
	definition := awscdk.Stack_Of(w).ToJsonString(def, nil)

	cfnProps := &awsstepfunctions.CfnStateMachineProps{DefinitionString: definition, RoleArn: role.RoleArn()}
	if lc := w.renderLogging(role, props.LogOptions, props.DisableLogging); lc != nil {
		cfnProps.LoggingConfiguration = lc
	}
	res := awsstepfunctions.NewCfnStateMachine(w, jsii.String("Resource"), cfnProps)
	res.Node().AddDependency(role)
	w.arn = res.Ref()
	return w
}

func (w *waiterStateMachine) renderLogging(role awsiam.IRole, opts *LogOptions, disabled *bool) *awsstepfunctions.CfnStateMachine_LoggingConfigurationProperty {
	if disabled != nil && *disabled {
		return nil
	}
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("logs:CreateLogDelivery", "logs:CreateLogStream", "logs:GetLogDelivery", "logs:UpdateLogDelivery",
			"logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutLogEvents", "logs:PutResourcePolicy",
			"logs:DescribeResourcePolicies", "logs:DescribeLogGroups"),
		Resources: jsii.Strings("*"),
	}))
	if opts == nil {
		opts = &LogOptions{}
	}
	var dest interfacesawslogs.ILogGroupRef = opts.Destination
	if dest == nil {
		dest = awslogs.NewLogGroup(w, jsii.String("LogGroup"), &awslogs.LogGroupProps{
			LogGroupName: jsii.String(fmt.Sprintf("/aws/vendedlogs/states/waiter-state-machine-%s-%s", *w.isCompleteHandler.FunctionName(), *w.Node().Addr())),
		})
	}
	include := false
	if opts.IncludeExecutionData != nil {
		include = *opts.IncludeExecutionData
	}
	level := awsstepfunctions.LogLevel_ERROR
	if opts.Level != "" {
		level = opts.Level
	}
	return &awsstepfunctions.CfnStateMachine_LoggingConfigurationProperty{
		Destinations: []*awsstepfunctions.CfnStateMachine_LogDestinationProperty{{
			CloudWatchLogsLogGroup: &awsstepfunctions.CfnStateMachine_CloudWatchLogsLogGroupProperty{LogGroupArn: dest.LogGroupRef().LogGroupArn},
		}},
		IncludeExecutionData: include,
		Level:                jsii.String(string(level)),
	}
}

func (w *waiterStateMachine) StateMachineArn() *string { return w.arn }

func (w *waiterStateMachine) GrantStartExecution(identity awsiam.IGrantable) awsiam.Grant {
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
		Grantee: identity, Actions: jsii.Strings("states:StartExecution"), ResourceArns: &[]*string{w.arn},
	})
}
