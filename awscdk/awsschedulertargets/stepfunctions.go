package awsschedulertargets

import (
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsscheduler"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/internal/l2"
)

// StepFunctionsStartExecution starts an execution of a state machine.
type StepFunctionsStartExecution interface {
	ScheduleTargetBase
	awsscheduler.IScheduleTarget
}

type stepFunctionsStartExecution struct {
	*targetBase
	machine awsstepfunctions.IStateMachine
}

func newStepFunctionsStartExecution(machine awsstepfunctions.IStateMachine, props *ScheduleTargetBaseProps) *stepFunctionsStartExecution {
	need(machine != nil, "StepFunctionsStartExecution needs a state machine")
	t := &stepFunctionsStartExecution{targetBase: newBase(props, machine.StateMachineArn()), machine: machine}
	t.self = t
	return t
}

// NewStepFunctionsStartExecution targets stateMachine; the role may start
// its executions.
func NewStepFunctionsStartExecution(stateMachine awsstepfunctions.IStateMachine, props *ScheduleTargetBaseProps) StepFunctionsStartExecution {
	return newStepFunctionsStartExecution(stateMachine, props)
}

// NewStepFunctionsStartExecution_Override initialises outer, a type
// embedding StepFunctionsStartExecution.
func NewStepFunctionsStartExecution_Override(s StepFunctionsStartExecution, stateMachine awsstepfunctions.IStateMachine, props *ScheduleTargetBaseProps) {
	t := newStepFunctionsStartExecution(stateMachine, props)
	t.self = s
	l2.Override(s, StepFunctionsStartExecution(t))
}

func (t *stepFunctionsStartExecution) AddTargetActionToRole(role awsiam.IRole) {
	t.machine.GrantStartExecution(role)
}
