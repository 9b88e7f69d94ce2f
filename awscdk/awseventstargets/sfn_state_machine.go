package awseventstargets

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/internal/l2"
)

// SfnStateMachineProps are the props of NewSfnStateMachine.
type SfnStateMachineProps struct {
	DeadLetterQueue awssqs.IQueue   `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	MaxEventAge     awscdk.Duration `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64        `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	// The execution input. Default: the event.
	Input awsevents.RuleTargetInput `field:"optional" json:"input" yaml:"input"`
	// The role EventBridge starts executions with. Default: the state
	// machine's shared EventsRole.
	Role awsiam.IRole `field:"optional" json:"role" yaml:"role"`
}

// SfnStateMachine starts an execution of a Step Functions state machine.
type SfnStateMachine interface {
	awsevents.IRuleTarget
	// Machine is the state machine started.
	Machine() awsstepfunctions.IStateMachine
}

type sfnStateMachine struct {
	machine awsstepfunctions.IStateMachine
	props   SfnStateMachineProps
	role    awsiam.IRole
}

// NewSfnStateMachine makes a state machine a rule target; the role (given,
// or one EventsRole per state machine) may start its executions.
func NewSfnStateMachine(machine awsstepfunctions.IStateMachine, props *SfnStateMachineProps) SfnStateMachine {
	t := &sfnStateMachine{machine: machine}
	if props != nil {
		t.props = *props
	}
	if machine == nil {
		// There is no construct to name yet: Bind reports it against the rule.
		return t
	}
	t.role = t.props.Role
	if t.role == nil {
		t.role = singletonEventRole(machine)
	}
	machine.GrantStartExecution(t.role)
	return t
}

func (t *sfnStateMachine) Machine() awsstepfunctions.IStateMachine { return t.machine }

// Bind starts executions with the target's role.
func (t *sfnStateMachine) Bind(rule interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	if t.machine == nil {
		l2.Throw(rule, "SfnStateMachine target: the state machine is required")
	}
	addDeadLetterPolicy(rule, t.props.DeadLetterQueue)
	cfg := baseConfig(t.props.DeadLetterQueue, t.props.MaxEventAge, t.props.RetryAttempts)
	cfg.Arn = t.machine.StateMachineArn()
	cfg.Role = t.role
	cfg.Input = t.props.Input
	cfg.TargetResource = t.machine
	return cfg
}

// NewSfnStateMachine_Override initializes outer as NewSfnStateMachine does.
func NewSfnStateMachine_Override(outer SfnStateMachine, machine awsstepfunctions.IStateMachine, props *SfnStateMachineProps) {
	l2.Override(outer, NewSfnStateMachine(machine, props))
}
