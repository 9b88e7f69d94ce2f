package awscodepipeline

import (
	"fmt"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IStage is a stage of a pipeline.
type IStage interface {
	AddAction(action IAction)
	OnStateChange(name *string, target awsevents.IRuleTarget, options *awsevents.RuleProps) awsevents.Rule
	Actions() *[]IAction
	Pipeline() IPipeline
	StageName() *string
}

// StageProps describe a stage given to PipelineProps.Stages.
type StageProps struct {
	StageName   *string            `field:"required" json:"stageName" yaml:"stageName"`
	Actions     *[]IAction         `field:"optional" json:"actions" yaml:"actions"`
	BeforeEntry *Conditions        `field:"optional" json:"beforeEntry" yaml:"beforeEntry"`
	OnFailure   *FailureConditions `field:"optional" json:"onFailure" yaml:"onFailure"`
	OnSuccess   *Conditions        `field:"optional" json:"onSuccess" yaml:"onSuccess"`
	// Default: "Transition disabled".
	TransitionDisabledReason *string `field:"optional" json:"transitionDisabledReason" yaml:"transitionDisabledReason"`
	// Default: true.
	TransitionToEnabled *bool `field:"optional" json:"transitionToEnabled" yaml:"transitionToEnabled"`
}

// StageOptions describe a stage given to Pipeline.AddStage.
type StageOptions struct {
	StageName                *string            `field:"required" json:"stageName" yaml:"stageName"`
	Actions                  *[]IAction         `field:"optional" json:"actions" yaml:"actions"`
	BeforeEntry              *Conditions        `field:"optional" json:"beforeEntry" yaml:"beforeEntry"`
	OnFailure                *FailureConditions `field:"optional" json:"onFailure" yaml:"onFailure"`
	OnSuccess                *Conditions        `field:"optional" json:"onSuccess" yaml:"onSuccess"`
	TransitionDisabledReason *string            `field:"optional" json:"transitionDisabledReason" yaml:"transitionDisabledReason"`
	TransitionToEnabled      *bool              `field:"optional" json:"transitionToEnabled" yaml:"transitionToEnabled"`
	// Default: after the last stage.
	Placement *StagePlacement `field:"optional" json:"placement" yaml:"placement"`
}

// StagePlacement places a new stage next to an existing one (at most one field).
type StagePlacement struct {
	JustAfter   IStage `field:"optional" json:"justAfter" yaml:"justAfter"`
	RightBefore IStage `field:"optional" json:"rightBefore" yaml:"rightBefore"`
}

// actionDescriptor is an action as its pipeline renders it.
type actionDescriptor struct {
	action          IAction
	name            *string
	category        ActionCategory
	owner, provider string
	version         string
	runOrder        float64
	bounds          *ActionArtifactBounds
	namespace       *string
	inputs, outputs []Artifact
	region          *string
	role            awsiam.IRole
	configuration   interface{}
	commands        *[]*string
	outputVariables *[]*string
	timeout         awscdk.Duration
}

type stage struct {
	name              *string
	transitionEnabled bool
	transitionReason  *string
	beforeEntry       *Conditions
	onSuccess         *Conditions
	onFailure         *FailureConditions
	scope             constructs.Construct
	pipeline          *pipeline
	actions           []*actionDescriptor
}

func newStage(props *StageOptions, p *pipeline) *stage {
	s := &stage{name: props.StageName, transitionEnabled: props.TransitionToEnabled == nil || *props.TransitionToEnabled,
		transitionReason: props.TransitionDisabledReason, beforeEntry: props.BeforeEntry, onSuccess: props.OnSuccess,
		onFailure: props.OnFailure, pipeline: p}
	if s.transitionReason == nil {
		s.transitionReason = jsii.String("Transition disabled")
	}
	s.scope = constructs.NewConstruct(p, props.StageName)
	validateName(s.scope, identifierRe, "Stage", props.StageName)
	if props.Actions != nil {
		for _, a := range *props.Actions {
			s.AddAction(a)
		}
	}
	return s
}

func (s *stage) StageName() *string  { return s.name }
func (s *stage) Pipeline() IPipeline { return s.pipeline.self() }

func (s *stage) Actions() *[]IAction {
	out := make([]IAction, len(s.actions))
	for i, d := range s.actions {
		out[i] = d.action
	}
	return &out
}

// AddAction binds action and adds it to the stage.
func (s *stage) AddAction(action IAction) {
	if action == nil {
		l2.RequireArg(s.scope, "AddAction", "an action")
	}
	name := action.ActionProperties().ActionName
	validateName(s.scope, identifierRe, "Action", name)
	for _, d := range s.actions {
		if deref(d.name) == deref(name) {
			l2.Throw(s.scope, "Stage %s already contains an action with name '%s'", deref(s.name), deref(name))
		}
	}
	s.actions = append(s.actions, s.attach(action))
}

func (s *stage) attach(action IAction) *actionDescriptor {
	props := action.ActionProperties()
	var scope constructs.Construct
	if c := s.scope.Node().TryFindChild(props.ActionName); c != nil {
		scope = c.(constructs.Construct)
	} else {
		id := deref(props.ActionName)
		if *awscdk.Token_IsUnresolved(id) {
			id = uniqueChildID(s.scope, deref(props.Provider))
		}
		scope = constructs.NewConstruct(s.scope, jsii.String(id))
	}
	return s.pipeline.attachAction(s, action, scope)
}

func uniqueChildID(scope constructs.Construct, prefix string) string {
	cur := prefix
	for n := 1; scope.Node().TryFindChild(jsii.String(cur)) != nil; {
		n++
		cur = fmt.Sprintf("%s%d", prefix, n)
	}
	return cur
}

func (s *stage) OnStateChange(name *string, target awsevents.IRuleTarget, options *awsevents.RuleProps) awsevents.Rule {
	rule := awsevents.NewRule(s.scope, name, options)
	if target != nil {
		rule.AddTarget(target)
	}
	rule.AddEventPattern(&awsevents.EventPattern{DetailType: jsii.Strings("CodePipeline Stage Execution State Change")})
	rule.AddEventPattern(&awsevents.EventPattern{Source: jsii.Strings("aws.codepipeline")})
	rule.AddEventPattern(&awsevents.EventPattern{Resources: &[]*string{s.Pipeline().PipelineArn()}})
	rule.AddEventPattern(&awsevents.EventPattern{Detail: &map[string]interface{}{"stage": []interface{}{s.name}}})
	return rule
}

func (s *stage) validate() []string {
	var errs []string
	if len(s.actions) == 0 {
		errs = append(errs, fmt.Sprintf("Stage '%s' must have at least one action", deref(s.name)))
	}
	for _, d := range s.actions {
		cat := categoryName(d.category)
		errs = append(errs, boundsErrors("input", len(d.inputs), *d.bounds.MinInputs, *d.bounds.MaxInputs, cat, d.provider)...)
		errs = append(errs, boundsErrors("output", len(d.outputs), *d.bounds.MinOutputs, *d.bounds.MaxOutputs, cat, d.provider)...)
	}
	return errs
}

func boundsErrors(kind string, n int, min, max float64, category, provider string) []string {
	var errs []string
	if float64(n) < min {
		errs = append(errs, fmt.Sprintf("%s/%s must have at least %v %s artifacts", category, provider, min, kind))
	}
	if float64(n) > max {
		errs = append(errs, fmt.Sprintf("%s/%s cannot have more than %v %s artifacts", category, provider, max, kind))
	}
	return errs
}

// render names the unnamed output artifacts, then writes the stage in
// CloudFormation's casing (a lazy value skips the L1's property mapping).
func (s *stage) render() interface{} {
	for _, d := range s.actions {
		var unnamed []Artifact
		for _, o := range d.outputs {
			if o.ArtifactName() == nil {
				unnamed = append(unnamed, o)
			}
		}
		for i, o := range unnamed {
			name := "Artifact_" + deref(s.name) + "_" + deref(d.name)
			if len(unnamed) > 1 {
				name += fmt.Sprintf("_%d", i+1)
			}
			name = strings.NewReplacer("@", "", ".", "").Replace(name)
			if a, ok := o.(*artifact); ok {
				a.setName(name)
			}
		}
	}
	actions := make([]interface{}, len(s.actions))
	for i, d := range s.actions {
		actions[i] = s.renderAction(d)
	}
	out := map[string]interface{}{"Name": s.name, "Actions": actions}
	withConditions := func(cs *[]*Condition) map[string]interface{} {
		m := map[string]interface{}{}
		if c := renderConditions(cs); c != nil {
			m["Conditions"] = c
		}
		return m
	}
	if s.beforeEntry != nil {
		out["BeforeEntry"] = withConditions(s.beforeEntry.Conditions)
	}
	if s.onSuccess != nil {
		out["OnSuccess"] = withConditions(s.onSuccess.Conditions)
	}
	if f := s.onFailure; f != nil {
		m := withConditions(f.Conditions)
		if f.Result != "" {
			m["Result"] = string(f.Result)
		}
		if f.RetryMode != "" {
			m["RetryConfiguration"] = map[string]interface{}{"RetryMode": string(f.RetryMode)}
		}
		out["OnFailure"] = m
	}
	return out
}

func (s *stage) renderAction(d *actionDescriptor) interface{} {
	typeID := map[string]interface{}{"Category": categoryName(d.category), "Version": d.version, "Owner": d.owner, "Provider": d.provider}
	m := map[string]interface{}{"Name": d.name, "ActionTypeId": typeID, "RunOrder": d.runOrder}
	if arts := renderArtifacts(d.inputs); len(arts) > 0 {
		m["InputArtifacts"] = arts
	}
	if arts := renderArtifacts(d.outputs); len(arts) > 0 {
		m["OutputArtifacts"] = arts
	}
	if d.configuration != nil {
		m["Configuration"] = d.configuration
	}
	if d.commands != nil {
		m["Commands"] = d.commands
	}
	if d.outputVariables != nil {
		m["OutputVariables"] = d.outputVariables
	}
	if d.timeout != nil {
		m["TimeoutInMinutes"] = d.timeout.ToMinutes(nil)
	}
	if d.role != nil {
		m["RoleArn"] = d.role.RoleArn()
	}
	if d.region != nil {
		m["Region"] = d.region
	}
	if d.namespace != nil {
		m["Namespace"] = d.namespace
	}
	return m
}

func renderArtifacts(arts []Artifact) []interface{} {
	var out []interface{}
	for _, a := range arts {
		if a.ArtifactName() == nil {
			continue
		}
		m := map[string]interface{}{"Name": a.ArtifactName()}
		if a.ArtifactFiles() != nil {
			m["Files"] = a.ArtifactFiles()
		}
		out = append(out, m)
	}
	return out
}

func renderConditions(cs *[]*Condition) interface{} {
	if cs == nil || len(*cs) == 0 {
		return nil
	}
	out := make([]interface{}, 0, len(*cs))
	for _, c := range *cs {
		m := map[string]interface{}{}
		if c.Rules != nil && len(*c.Rules) > 0 {
			rules := make([]interface{}, len(*c.Rules))
			for i, r := range *c.Rules {
				rules[i] = renderRule(r)
			}
			m["Rules"] = rules
		}
		if c.Result != "" {
			m["Result"] = string(c.Result)
		}
		out = append(out, m)
	}
	return out
}
