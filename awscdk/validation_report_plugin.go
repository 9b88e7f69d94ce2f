package awscdk

import (
	"github.com/strata-cdk/strata/internal/cfnvalidate"
)

// CloudFormationValidatePluginProps configures a CloudFormationValidatePlugin.
type CloudFormationValidatePluginProps struct {
	// Custom Guard rules to evaluate in addition to built-in rules.
	//
	// Strata has no Guard evaluator: giving rules is an error.
	// Default: - no guard rules.
	GuardRules *[]*ValidationRuleSource `field:"optional" json:"guardRules" yaml:"guardRules"`
	// Whether to evaluate the default rules that ship with the CDK (in
	// aws-cdk-lib 2.276.0, one Rego rule for GameLift fleets, which Strata
	// does not implement); the engine's own rules always run.
	// Default: true.
	IncludeDefaultRules *bool `field:"optional" json:"includeDefaultRules" yaml:"includeDefaultRules"`
	// Custom Rego rules to evaluate in addition to built-in rules.
	//
	// Strata runs Rego through its policy package (policy.NewPlugin), not
	// here: giving rules is an error.
	// Default: - no custom rules.
	RegoRules *[]*ValidationRuleSource `field:"optional" json:"regoRules" yaml:"regoRules"`
}

// CloudFormationValidatePlugin checks templates against CloudFormation's
// rules (package internal/cfnvalidate, following the engine aws-cdk-lib
// bundles). An App runs one by default; registering one on the App with
// Validations_Of(app).AddPlugins replaces that default.
type CloudFormationValidatePlugin interface {
	IPolicyValidationPlugin
	Name() *string
	RuleIds() *[]*string
	Version() *string
	Validate(context IPolicyValidationContext) *PolicyValidationPluginReport
}

type cfnValidatePlugin struct {
	props CloudFormationValidatePluginProps
}

// NewCloudFormationValidatePlugin makes the plugin.
func NewCloudFormationValidatePlugin(props *CloudFormationValidatePluginProps) CloudFormationValidatePlugin {
	p := &cfnValidatePlugin{}
	NewCloudFormationValidatePlugin_Override(p, props)
	return p
}

// NewCloudFormationValidatePlugin_Override initialises c, which must come
// from NewCloudFormationValidatePlugin.
func NewCloudFormationValidatePlugin_Override(c CloudFormationValidatePlugin, props *CloudFormationValidatePluginProps) {
	p, ok := c.(*cfnValidatePlugin)
	if !ok || p == nil {
		panicf("", "NewCloudFormationValidatePlugin_Override: extending CloudFormationValidatePlugin is not supported")
	}
	if props != nil {
		p.props = *props
	}
	if p.props.RegoRules != nil && len(*p.props.RegoRules) > 0 {
		panicf("", "CloudFormationValidatePlugin: Strata does not evaluate RegoRules here; run Rego rules with the policy package's plugin (policy.NewPlugin)")
	}
	if p.props.GuardRules != nil && len(*p.props.GuardRules) > 0 {
		panicf("", "CloudFormationValidatePlugin: Strata has no CloudFormation Guard evaluator; GuardRules are not supported")
	}
}

// CloudFormationValidatePlugin_PLUGIN_NAME is the plugin's name.
func CloudFormationValidatePlugin_PLUGIN_NAME() *string { return str(cfnValidatePluginName) }

func (p *cfnValidatePlugin) Name() *string    { return str(cfnValidatePluginName) }
func (p *cfnValidatePlugin) Version() *string { return str(cfnvalidate.EngineVersion) }

// RuleIds is the engine version, as aws-cdk-lib reports it.
func (p *cfnValidatePlugin) RuleIds() *[]*string { return &[]*string{str(cfnvalidate.EngineVersion)} }

// Validate checks the context's templates. Violations name the resource's
// logical ID, or the stack's construct path for a finding about a
// parameter or condition.
func (p *cfnValidatePlugin) Validate(context IPolicyValidationContext) *PolicyValidationPluginReport {
	var inputs []cfnTemplate
	if context != nil && !isNilValue(context) && context.StackTemplates() != nil {
		for _, st := range *context.StackTemplates() {
			if st == nil {
				continue
			}
			inputs = append(inputs, cfnTemplate{file: deref(st.TemplatePath), rel: deref(st.TemplatePath), stackPath: deref(st.StackConstructPath)})
		}
	}
	violations, problems := cfnValidateTemplates(inputs)
	if len(problems) > 0 {
		panicf(problems[0].Path, "%s", problems[0].Message)
	}
	out := []*PolicyViolation{}
	success := true
	for _, v := range violations {
		pv := &PolicyViolation{RuleName: str(v.ruleName), Description: str(v.description), Severity: str(v.severity)}
		if v.fix != "" {
			pv.Fix = str(v.fix)
		}
		if v.ruleMetadata != nil {
			if c, ok := v.ruleMetadata.Get("category"); ok {
				pv.RuleMetadata = &map[string]*string{"category": str(c.(string))}
			}
		}
		rs := []*PolicyViolatingResource{}
		for _, r := range v.resources {
			locs := []*string{}
			for _, l := range r.locations {
				locs = append(locs, str(l))
			}
			rs = append(rs, &PolicyViolatingResource{Locations: &locs, TemplatePath: str(r.templatePath),
				ResourceLogicalId: optional(r.logicalID), ConstructPath: optional(r.constructPath)})
		}
		pv.ViolatingResources = &rs
		out = append(out, pv)
		if v.severity == "error" {
			success = false
		}
	}
	return &PolicyValidationPluginReport{Success: boolp(success), Violations: &out}
}

// hasCfnValidatePlugin reports whether the program registered a
// CloudFormationValidatePlugin on the App, which then runs in place of the
// default one (validatePolicies leaves it out).
func (s *stage) hasCfnValidatePlugin() bool {
	for _, p := range s.plugins {
		if isCfnValidatePlugin(p) {
			return true
		}
	}
	return false
}

func isCfnValidatePlugin(p IPolicyValidationPluginBeta1) bool {
	a, ok := p.(*pluginAdapter)
	if !ok {
		return false
	}
	_, ok = a.p.(*cfnValidatePlugin)
	return ok
}
