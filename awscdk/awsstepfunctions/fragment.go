package awsstepfunctions

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// StateMachineFragment is a reusable group of states: a Go type embeds it
// (initialized with NewStateMachineFragment_Override) and provides
// StartState and EndStates.
type StateMachineFragment interface {
	constructs.Construct
	IChainable
	// Next continues the fragment's end states with next.
	Next(next IChainable) Chain
	// PrefixStates prefixes the ids of the fragment's states (default: "<id>: ").
	PrefixStates(prefix *string) StateMachineFragment
	// ToSingleState wraps the fragment in a Parallel state with one branch.
	ToSingleState(options *SingleStateOptions) Parallel
}

type fragment struct {
	constructs.Construct
}

// NewStateMachineFragment_Override initializes outer, a type embedding
// StateMachineFragment, as a construct at scope/id.
func NewStateMachineFragment_Override(outer StateMachineFragment, scope constructs.Construct, id *string) {
	f := &fragment{Construct: constructs.NewConstruct(scope, id)}
	host.Set(f.Construct, f)
	l2.Override[StateMachineFragment](outer, f)
}

// self is the embedding type, which provides StartState and EndStates.
func (f *fragment) self() StateMachineFragment {
	if o, ok := host.Of(f.Construct).(StateMachineFragment); ok {
		return o
	}
	return f
}

func (f *fragment) Id() *string { return f.Node().Id() }

// StartState and EndStates are the embedding type's to provide.
func (f *fragment) StartState() State {
	l2.Throw(f, "StateMachineFragment %s: the embedding type must implement StartState", deref(f.Node().Id()))
	return nil
}
func (f *fragment) EndStates() *[]INextable {
	l2.Throw(f, "StateMachineFragment %s: the embedding type must implement EndStates", deref(f.Node().Id()))
	return nil
}

func (f *fragment) PrefixStates(prefix *string) StateMachineFragment {
	p := deref(prefix)
	if p == "" {
		p = deref(f.Id()) + ": "
	}
	State_PrefixStates(f.self(), jsii.String(p))
	return f.self()
}

func (f *fragment) ToSingleState(options *SingleStateOptions) Parallel {
	if options == nil {
		options = &SingleStateOptions{}
	}
	stateID := deref(options.StateId)
	if stateID == "" {
		stateID = deref(f.Id())
	}
	prefix := deref(options.PrefixStates)
	if prefix == "" {
		prefix = stateID + ": "
	}
	f.PrefixStates(jsii.String(prefix))
	return NewParallel(f.self(), jsii.String(stateID), &ParallelProps{Comment: options.Comment, QueryLanguage: options.QueryLanguage,
		StateName: options.StateName, Assign: options.Assign, InputPath: options.InputPath, OutputPath: options.OutputPath,
		Outputs: options.Outputs, Arguments: options.Arguments, Parameters: options.Parameters, ResultPath: options.ResultPath,
		ResultSelector: options.ResultSelector}).Branch(f.self())
}

func (f *fragment) Next(next IChainable) Chain { return Chain_Start(f.self()).Next(next) }

// StateMachineFragment_IsConstruct reports whether x is a construct.
func StateMachineFragment_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// ---- task values ----

// Timeout is a task's timeout: fixed, from a path, or a JSONata expression.
type Timeout interface {
	JsonataExpression() *string
	Path() *string
	Seconds() *float64
}

type timeout struct {
	expr, path *string
	seconds    *float64
}

func (t *timeout) JsonataExpression() *string { return t.expr }
func (t *timeout) Path() *string              { return t.path }
func (t *timeout) Seconds() *float64          { return t.seconds }

// Timeout_Duration is a fixed timeout.
func Timeout_Duration(duration awscdk.Duration) Timeout {
	return &timeout{seconds: duration.ToSeconds(nil)}
}

// Timeout_Jsonata is a timeout a JSONata expression gives.
func Timeout_Jsonata(jsonataExpression *string) Timeout { return &timeout{expr: jsonataExpression} }

// Timeout_At is a timeout read from a path of the input.
func Timeout_At(path *string) Timeout { return &timeout{path: path} }

// TaskRole is the role a task runs with.
type TaskRole interface {
	Resource() *string
	RoleArn() *string
}

type taskRole struct{ resource, roleArn *string }

func (t *taskRole) Resource() *string { return t.resource }
func (t *taskRole) RoleArn() *string  { return t.roleArn }

// TaskRole_FromRoleArnJsonPath is the role whose ARN is at a path of the input.
func TaskRole_FromRoleArnJsonPath(expression *string) TaskRole {
	return &taskRole{resource: jsii.String("*"), roleArn: JsonPath_StringAt(expression)}
}

// TaskRole_FromRole is a given role.
func TaskRole_FromRole(role awsiam.IRole) TaskRole {
	return &taskRole{resource: role.RoleArn(), roleArn: role.RoleArn()}
}

// Credentials are the credentials a task assumes.
type Credentials struct {
	// The role to assume.
	Role TaskRole `field:"required" json:"role" yaml:"role"`
}
