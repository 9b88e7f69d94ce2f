package awscodepipelineactions

import (
	"github.com/strata-cdk/strata/awscdk"
	"reflect"
	"sort"
	"strconv"

	"github.com/strata-cdk/strata/awscdk/awscodepipeline"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// Action is the base of this package's actions: its properties are given
// once, and the embedding type defines Bound.
type Action interface {
	awscodepipeline.Action
	ActionProperties() *awscodepipeline.ActionProperties
	ProvidedActionProperties() *awscodepipeline.ActionProperties
	Bind(scope constructs.Construct, stage awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig
	Bound(scope constructs.Construct, stage awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig
	OnStateChange(name *string, target awsevents.IRuleTarget, options *awsevents.RuleProps) awsevents.Rule
	VariableExpression(variableName *string) *string
}

// userAction backs NewAction_Override: the user's type supplies Bound.
type userAction struct {
	awscodepipeline.Action
	provided *awscodepipeline.ActionProperties
	outer    Action
	inBound  bool
}

func (u *userAction) ProvidedActionProperties() *awscodepipeline.ActionProperties { return u.provided }

func (u *userAction) Bound(scope constructs.Construct, stage awscodepipeline.IStage, options *awscodepipeline.ActionBindOptions) *awscodepipeline.ActionConfig {
	if u.inBound {
		diag.Panic("", "action '%s' must define Bound", deref(u.provided.ActionName))
	}
	u.inBound = true
	defer func() { u.inBound = false }()
	return u.outer.Bound(scope, stage, options)
}

// NewAction_Override sets up a, a type embedding Action that defines Bound,
// with the given properties.
func NewAction_Override(a Action, actionProperties *awscodepipeline.ActionProperties) {
	if actionProperties == nil {
		diag.Panic("", "Action needs actionProperties; got nil")
	}
	u := &userAction{provided: actionProperties, outer: a}
	awscodepipeline.NewAction_Override(u)
	l2.Override[Action](a, u)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func bounds(minIn, maxIn, minOut, maxOut float64) *awscodepipeline.ActionArtifactBounds {
	return &awscodepipeline.ActionArtifactBounds{MinInputs: jsii.Number(minIn), MaxInputs: jsii.Number(maxIn),
		MinOutputs: jsii.Number(minOut), MaxOutputs: jsii.Number(maxOut)}
}

func sourceBounds() *awscodepipeline.ActionArtifactBounds { return bounds(0, 0, 1, 1) }
func deployBounds() *awscodepipeline.ActionArtifactBounds { return bounds(1, 1, 0, 0) }

func requireProps(typ string, required ...string) {
	l2.RequireProps(nil, nil, typ, required...)
}

func itoa(n int) string { return strconv.Itoa(n) }

// overrideAction backs the New*_Override constructors of this package.
func overrideAction[T any](outer T, v T) { l2.Override(outer, v) }

func asConstruct(x interface{}) constructs.Construct {
	c, _ := x.(constructs.Construct)
	return c
}

func isNilIface(x interface{}) bool {
	if x == nil {
		return true
	}
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Ptr, reflect.Interface, reflect.Map, reflect.Slice, reflect.Func:
		return v.IsNil()
	}
	return false
}

type stringProducer func() *string

func (f stringProducer) Produce(awscdk.IResolveContext) *string { return f() }

// crossStackScope is the pipeline when it lives in another stack than the
// resource whose rule starts it; in the same stack aws-cdk-lib ignores the
// scope, so nil is the same rule.
func crossStackScope(resource constructs.IConstruct, pipeline interface{}) constructs.Construct {
	c := asConstruct(pipeline)
	if c == nil || awscdk.Stack_Of(resource) == awscdk.Stack_Of(c) {
		return nil
	}
	return c
}

func sortedKeys(m map[string]interface{}) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
