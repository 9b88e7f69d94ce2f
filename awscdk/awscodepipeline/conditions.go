package awscodepipeline

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// Conditions are the rules checked on a stage's entry or success.
type Conditions struct {
	Conditions *[]*Condition `field:"optional" json:"conditions" yaml:"conditions"`
}

// Condition is a set of rules and what happens when they fail.
type Condition struct {
	Result Result  `field:"optional" json:"result" yaml:"result"`
	Rules  *[]Rule `field:"optional" json:"rules" yaml:"rules"`
}

// FailureConditions are what happens when a stage fails.
type FailureConditions struct {
	Conditions *[]*Condition `field:"optional" json:"conditions" yaml:"conditions"`
	Result     Result        `field:"optional" json:"result" yaml:"result"`
	RetryMode  RetryMode     `field:"optional" json:"retryMode" yaml:"retryMode"`
}

// RuleProps describe a stage condition rule.
type RuleProps struct {
	Commands       *[]*string              `field:"optional" json:"commands" yaml:"commands"`
	Configuration  *map[string]interface{} `field:"optional" json:"configuration" yaml:"configuration"`
	InputArtifacts *[]*string              `field:"optional" json:"inputArtifacts" yaml:"inputArtifacts"`
	Name           *string                 `field:"optional" json:"name" yaml:"name"`
	Provider       *string                 `field:"optional" json:"provider" yaml:"provider"`
	Region         *string                 `field:"optional" json:"region" yaml:"region"`
	Role           awsiam.Role             `field:"optional" json:"role" yaml:"role"`
	Version        *string                 `field:"optional" json:"version" yaml:"version"`
}

// Rule is a rule of a stage condition.
type Rule interface {
	RuleName() *string
	// Reference is "#{rule.<name>}".
	Reference() *string
}

type rule struct{ props RuleProps }

var ruleNameRe = regexp.MustCompile(`^[A-Za-z0-9.@\-_]{1,100}$`)

// NewRule makes a stage condition rule.
func NewRule(props *RuleProps) Rule {
	if props == nil {
		props = &RuleProps{}
	}
	validateName(nil, ruleNameRe, "Rule", props.Name)
	return &rule{props: *props}
}

// NewRule_Override initialises outer, a type embedding Rule.
func NewRule_Override(r Rule, props *RuleProps) { override(r, NewRule(props)) }

func (r *rule) RuleName() *string  { return r.props.Name }
func (r *rule) Reference() *string { return jsii.String("#{rule." + deref(r.props.Name) + "}") }

func renderRule(x Rule) interface{} {
	r, ok := x.(*rule)
	if !ok {
		return map[string]interface{}{"Name": x.RuleName()}
	}
	p := r.props
	typeID := map[string]interface{}{"Category": "Rule", "Owner": "AWS"}
	if p.Provider != nil {
		typeID["Provider"] = p.Provider
	}
	if p.Version != nil {
		typeID["Version"] = p.Version
	}
	m := map[string]interface{}{"RuleTypeId": typeID}
	if p.Name != nil {
		m["Name"] = p.Name
	}
	if p.Region != nil {
		m["Region"] = p.Region
	}
	if p.Role != nil {
		m["RoleArn"] = p.Role.RoleArn()
	}
	if p.Configuration != nil {
		m["Configuration"] = *p.Configuration
	}
	if p.InputArtifacts != nil {
		arts := make([]interface{}, len(*p.InputArtifacts))
		for i, a := range *p.InputArtifacts {
			arts[i] = map[string]interface{}{"Name": a}
		}
		m["InputArtifacts"] = arts
	}
	if p.Commands != nil {
		m["Commands"] = p.Commands
	}
	return m
}

// VariableProps describe a pipeline variable.
type VariableProps struct {
	VariableName *string `field:"required" json:"variableName" yaml:"variableName"`
	DefaultValue *string `field:"optional" json:"defaultValue" yaml:"defaultValue"`
	Description  *string `field:"optional" json:"description" yaml:"description"`
}

// Variable is a pipeline-level variable (V2 pipelines).
type Variable interface {
	VariableName() *string
	// Reference is "#{variables.<name>}".
	Reference() *string
}

type variable struct{ props VariableProps }

// NewVariable makes a pipeline variable.
func NewVariable(props *VariableProps) Variable {
	if props == nil {
		diag.Panic("", "VariableProps needs props (VariableName is required); got nil")
	}
	validateName(nil, variableRe, "Variable", props.VariableName)
	name := deref(props.VariableName)
	if d := props.DefaultValue; d != nil && !*awscdk.Token_IsUnresolved(*d) && (len(*d) < 1 || len(*d) > 1000) {
		diag.Panic("", "Default value for variable '%s' must be between 1 and 1000 characters long, got %d", name, len(*d))
	}
	if d := props.Description; d != nil && !*awscdk.Token_IsUnresolved(*d) && len(*d) > 200 {
		diag.Panic("", "Description for variable '%s' must not be greater than 200 characters long, got %d", name, len(*d))
	}
	return &variable{props: *props}
}

// NewVariable_Override initialises outer, a type embedding Variable.
func NewVariable_Override(v Variable, props *VariableProps) { override(v, NewVariable(props)) }

func (v *variable) VariableName() *string { return v.props.VariableName }
func (v *variable) Reference() *string {
	return jsii.String("#{variables." + deref(v.props.VariableName) + "}")
}

func renderVariable(x Variable) interface{} {
	m := map[string]interface{}{"Name": x.VariableName()}
	if v, ok := x.(*variable); ok {
		if v.props.DefaultValue != nil {
			m["DefaultValue"] = v.props.DefaultValue
		}
		if v.props.Description != nil {
			m["Description"] = v.props.Description
		}
	}
	return m
}

// TriggerProps describe a pipeline trigger (V2 pipelines).
type TriggerProps struct {
	ProviderType     ProviderType      `field:"required" json:"providerType" yaml:"providerType"`
	GitConfiguration *GitConfiguration `field:"optional" json:"gitConfiguration" yaml:"gitConfiguration"`
}

// GitConfiguration filters the Git events that start a pipeline.
type GitConfiguration struct {
	// A CodeStarConnectionsSourceAction of the pipeline.
	SourceAction      IAction                  `field:"required" json:"sourceAction" yaml:"sourceAction"`
	PullRequestFilter *[]*GitPullRequestFilter `field:"optional" json:"pullRequestFilter" yaml:"pullRequestFilter"`
	PushFilter        *[]*GitPushFilter        `field:"optional" json:"pushFilter" yaml:"pushFilter"`
}

// GitPushFilter selects push events by branch, file path or tag.
type GitPushFilter struct {
	BranchesExcludes  *[]*string `field:"optional" json:"branchesExcludes" yaml:"branchesExcludes"`
	BranchesIncludes  *[]*string `field:"optional" json:"branchesIncludes" yaml:"branchesIncludes"`
	FilePathsExcludes *[]*string `field:"optional" json:"filePathsExcludes" yaml:"filePathsExcludes"`
	FilePathsIncludes *[]*string `field:"optional" json:"filePathsIncludes" yaml:"filePathsIncludes"`
	TagsExcludes      *[]*string `field:"optional" json:"tagsExcludes" yaml:"tagsExcludes"`
	TagsIncludes      *[]*string `field:"optional" json:"tagsIncludes" yaml:"tagsIncludes"`
}

// GitPullRequestFilter selects pull request events by branch, file path or event.
type GitPullRequestFilter struct {
	BranchesExcludes  *[]*string             `field:"optional" json:"branchesExcludes" yaml:"branchesExcludes"`
	BranchesIncludes  *[]*string             `field:"optional" json:"branchesIncludes" yaml:"branchesIncludes"`
	Events            *[]GitPullRequestEvent `field:"optional" json:"events" yaml:"events"`
	FilePathsExcludes *[]*string             `field:"optional" json:"filePathsExcludes" yaml:"filePathsExcludes"`
	FilePathsIncludes *[]*string             `field:"optional" json:"filePathsIncludes" yaml:"filePathsIncludes"`
}

// Trigger starts a pipeline on Git events.
type Trigger interface {
	SourceAction() IAction
}

type trigger struct{ props TriggerProps }

const maxFilterLength = 8

// NewTrigger makes a trigger, checking its filters as aws-cdk-lib does.
func NewTrigger(props *TriggerProps) Trigger {
	if props == nil {
		diag.Panic("", "TriggerProps needs props (ProviderType is required); got nil")
	}
	if g := props.GitConfiguration; g != nil {
		validateGit(g)
	}
	return &trigger{props: *props}
}

// NewTrigger_Override initialises outer, a type embedding Trigger.
func NewTrigger_Override(t Trigger, props *TriggerProps) { override(t, NewTrigger(props)) }

func (t *trigger) SourceAction() IAction {
	if t.props.GitConfiguration == nil {
		return nil
	}
	return t.props.GitConfiguration.SourceAction
}

func n(l *[]*string) int {
	if l == nil {
		return 0
	}
	return len(*l)
}

func validateGit(g *GitConfiguration) {
	if g.SourceAction == nil {
		diag.Panic("", "GitConfiguration needs a SourceAction")
	}
	ap := g.SourceAction.ActionProperties()
	name := deref(ap.ActionName)
	if deref(ap.Provider) != "CodeStarSourceConnection" {
		diag.Panic("", "provider for actionProperties in sourceAction with name '%s' must be 'CodeStarSourceConnection', got '%s'", name, deref(ap.Provider))
	}
	var push []*GitPushFilter
	var pr []*GitPullRequestFilter
	if g.PushFilter != nil {
		push = *g.PushFilter
	}
	if g.PullRequestFilter != nil {
		pr = *g.PullRequestFilter
	}
	if len(push) == 0 && len(pr) == 0 {
		diag.Panic("", "must specify either GitPushFilter or GitPullRequestFilter for the trigger with sourceAction with name '%s'", name)
	}
	checkLen := func(l *[]*string, field, filter string) {
		if n(l) > maxFilterLength {
			diag.Panic("", "maximum length of %s in %s for sourceAction with name '%s' is %d, got %d", field, filter, name, maxFilterLength, n(l))
		}
	}
	if g.PushFilter != nil {
		if len(push) > 3 {
			diag.Panic("", "length of GitPushFilter for sourceAction with name '%s' must be less than or equal to 3, got %d", name, len(push))
		}
		for _, f := range push {
			checkLen(f.BranchesExcludes, "branchesExcludes", "GitPushFilter")
			checkLen(f.BranchesIncludes, "branchesIncludes", "GitPushFilter")
			checkLen(f.FilePathsExcludes, "filePathsExcludes", "GitPushFilter")
			checkLen(f.FilePathsIncludes, "filePathsIncludes", "GitPushFilter")
			checkLen(f.TagsExcludes, "tagsExcludes", "GitPushFilter")
			checkLen(f.TagsIncludes, "tagsIncludes", "GitPushFilter")
			branches := f.BranchesExcludes != nil || f.BranchesIncludes != nil
			if !branches && (f.FilePathsExcludes != nil || f.FilePathsIncludes != nil) {
				diag.Panic("", "cannot specify filePaths without branches for sourceAction with name '%s'", name)
			}
			if !branches && f.TagsExcludes == nil && f.TagsIncludes == nil {
				diag.Panic("", "must specify either tags or branches in GitpushFilter for sourceAction with name '%s'", name)
			}
		}
	}
	if g.PullRequestFilter != nil {
		if len(pr) > 3 {
			diag.Panic("", "length of GitPullRequestFilter for sourceAction with name '%s' must be less than or equal to 3, got %d", name, len(pr))
		}
		for _, f := range pr {
			if f.BranchesExcludes == nil && f.BranchesIncludes == nil {
				diag.Panic("", "must specify branches in GitPullRequestFilter for sourceAction with name '%s'", name)
			}
			checkLen(f.BranchesExcludes, "branchesExcludes", "GitPullRequestFilter")
			checkLen(f.BranchesIncludes, "branchesIncludes", "GitPullRequestFilter")
			checkLen(f.FilePathsExcludes, "filePathsExcludes", "GitPullRequestFilter")
			checkLen(f.FilePathsIncludes, "filePathsIncludes", "GitPullRequestFilter")
		}
	}
}

func incExc(exc, inc *[]*string) interface{} {
	if n(exc) == 0 && n(inc) == 0 {
		return nil
	}
	m := map[string]interface{}{}
	if n(exc) > 0 {
		m["Excludes"] = exc
	}
	if n(inc) > 0 {
		m["Includes"] = inc
	}
	return m
}

func putNonNil(m map[string]interface{}, k string, v interface{}) {
	if v != nil {
		m[k] = v
	}
}

func (t *trigger) render() interface{} {
	pt := string(t.props.ProviderType)
	if t.props.ProviderType == ProviderType_CODE_STAR_SOURCE_CONNECTION {
		pt = "CodeStarSourceConnection"
	}
	out := map[string]interface{}{"ProviderType": pt}
	g := t.props.GitConfiguration
	if g == nil {
		return out
	}
	gc := map[string]interface{}{"SourceActionName": g.SourceAction.ActionProperties().ActionName}
	if g.PushFilter != nil && len(*g.PushFilter) > 0 {
		var push []interface{}
		for _, f := range *g.PushFilter {
			m := map[string]interface{}{}
			putNonNil(m, "Branches", incExc(f.BranchesExcludes, f.BranchesIncludes))
			putNonNil(m, "FilePaths", incExc(f.FilePathsExcludes, f.FilePathsIncludes))
			putNonNil(m, "Tags", incExc(f.TagsExcludes, f.TagsIncludes))
			push = append(push, m)
		}
		gc["Push"] = push
	}
	if g.PullRequestFilter != nil && len(*g.PullRequestFilter) > 0 {
		var prs []interface{}
		for _, f := range *g.PullRequestFilter {
			m := map[string]interface{}{}
			putNonNil(m, "Branches", incExc(f.BranchesExcludes, f.BranchesIncludes))
			putNonNil(m, "FilePaths", incExc(f.FilePathsExcludes, f.FilePathsIncludes))
			var events []interface{}
			seen := map[GitPullRequestEvent]bool{}
			if f.Events != nil {
				for _, e := range *f.Events {
					if !seen[e] {
						seen[e] = true
						events = append(events, string(e))
					}
				}
			}
			if len(events) == 0 {
				events = []interface{}{"OPEN", "UPDATED", "CLOSED"}
			}
			m["Events"] = events
			prs = append(prs, m)
		}
		gc["PullRequest"] = prs
	}
	out["GitConfiguration"] = gc
	return out
}
