package awscdk

import (
	"strings"

	"github.com/strata-cdk/strata/constructs"
)

// Acknowledgment acknowledges a validation rule for a scope.
type Acknowledgment struct {
	// The rule: "RuleName" (an annotation) or "Plugin::RuleName".
	Id *string `field:"required" json:"id" yaml:"id"`
	// Why the rule does not apply here.
	Reason *string `field:"required" json:"reason" yaml:"reason"`
}

// Validations reports and acknowledges validation findings for a scope,
// and adds policy validation plugins to its stage.
type Validations interface {
	Acknowledge(rules ...*Acknowledgment)
	AddError(id *string, message *string)
	AddPlugins(plugins ...IPolicyValidationPlugin)
	AddWarning(id *string, message *string)
}

const (
	acknowledgedRulesKey = "aws:cdk:acknowledged-rules"
	annotationNamespace  = "Annotation"
)

// Validations_ACKNOWLEDGED_RULES_METADATA_KEY is the metadata type of acknowledgements.
func Validations_ACKNOWLEDGED_RULES_METADATA_KEY() *string { return str(acknowledgedRulesKey) }

type validations struct{ scope constructs.IConstruct }

// Validations_Of returns the validations of scope.
func Validations_Of(scope constructs.IConstruct) Validations {
	if scope == nil || isNilValue(scope) {
		panicf("", "Validations_Of needs a scope")
	}
	return &validations{scope: scope}
}

// normalizeRuleID qualifies a rule id with its plugin namespace
// ("Annotation::" for annotations), spaces written as "-", as aws-cdk-lib does.
func (v *validations) normalizeRuleID(id string) string {
	ns, rule, err := parseRuleID(id)
	if err != "" {
		panicf(*v.scope.Node().Path(), "Invalid validation rule ID '%s'. %s", id, err)
	}
	ns = strings.ReplaceAll(ns, " ", "-")
	rule = strings.ReplaceAll(rule, " ", "-")
	if ns == "annotation" || ns == "Construct-Annotations" || ns == "" {
		ns = annotationNamespace
	}
	return ns + "::" + rule
}

// parseRuleID splits "ns::rule" at the one "::" outside brackets.
func parseRuleID(id string) (ns, rule, problem string) {
	sep := -1
	var braces []byte
	closing := map[byte]byte{')': '(', ']': '[', '}': '{'}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c == ':' && i+1 < len(id) && id[i+1] == ':' && len(braces) == 0:
			if sep >= 0 {
				return "", "", "The '::' delimiter is reserved for separating the prefix from the rule name (e.g. 'prefix::RuleName')."
			}
			sep = i
			i++
		case c == '(' || c == '[' || c == '{':
			braces = append(braces, c)
		case closing[c] != 0:
			if len(braces) == 0 {
				return "", "", "Unmatched closing brace '" + string(c) + "'."
			}
			if braces[len(braces)-1] != closing[c] {
				return "", "", "Mismatched closing brace '" + string(c) + "'."
			}
			braces = braces[:len(braces)-1]
		}
	}
	if sep < 0 {
		return "", id, ""
	}
	if sep == 0 {
		return "", "", "Missing plugin name before '::'."
	}
	return id[:sep], id[sep+2:], ""
}

func (v *validations) AddWarning(id *string, message *string) {
	Annotations_Of(v.scope).AddWarningV2(str(v.normalizeRuleID(deref(id))), message)
}

func (v *validations) AddError(id *string, message *string) {
	Annotations_Of(v.scope).AddError(str(deref(message) + " (" + v.normalizeRuleID(deref(id)) + ")"))
}

func (v *validations) Acknowledge(rules ...*Acknowledgment) {
	a := Annotations_Of(v.scope)
	for _, r := range rules {
		if r == nil {
			continue
		}
		id := v.normalizeRuleID(deref(r.Id))
		v.scope.Node().AddMetadata(str(acknowledgedRulesKey), map[string]interface{}{id: deref(r.Reason)}, nil)
		a.AcknowledgeWarning(str(id), nil)
		if rest := strings.TrimPrefix(id, annotationNamespace+"::"); rest != id {
			a.AcknowledgeWarning(str(rest), nil)
		}
	}
}

func (v *validations) AddPlugins(plugins ...IPolicyValidationPlugin) {
	st := stageOf(v.scope)
	if s, ok := v.scope.(Stage); ok && !isNilValue(s) {
		st = s.stageImpl()
	}
	if st == nil {
		panicf(*v.scope.Node().Path(), "Cannot add validation plugins on a construct without an enclosing Stage")
	}
	for _, p := range plugins {
		if p != nil && !isNilValue(p) {
			st.plugins = append(st.plugins, &pluginAdapter{p})
		}
	}
}

// ---- the policy validation plugin API of aws-cdk-lib 2.276 (non-beta)

// IPolicyValidationPlugin checks the synthesized templates; see
// IPolicyValidationPluginBeta1 for when Strata calls it.
type IPolicyValidationPlugin interface {
	Validate(context IPolicyValidationContext) *PolicyValidationPluginReport
	Name() *string
	RuleIds() *[]*string
	Version() *string
}

// IPolicyValidationContext is what a plugin validates.
type IPolicyValidationContext interface {
	AccountId() *string
	AppConstruct() constructs.IConstruct
	Region() *string
	StackTemplates() *[]*PolicyValidationStack
	TemplatePaths() *[]*string
}

// PolicyValidationStack is one stack's template.
type PolicyValidationStack struct {
	StackConstructPath *string `field:"required" json:"stackConstructPath" yaml:"stackConstructPath"`
	TemplatePath       *string `field:"required" json:"templatePath" yaml:"templatePath"`
	AccountId          *string `field:"optional" json:"accountId" yaml:"accountId"`
	Region             *string `field:"optional" json:"region" yaml:"region"`
}

// PolicyValidationPluginReport is a plugin's verdict.
type PolicyValidationPluginReport struct {
	Success       *bool               `field:"required" json:"success" yaml:"success"`
	Violations    *[]*PolicyViolation `field:"required" json:"violations" yaml:"violations"`
	Metadata      *map[string]*string `field:"optional" json:"metadata" yaml:"metadata"`
	PluginVersion *string             `field:"optional" json:"pluginVersion" yaml:"pluginVersion"`
}

// PolicyViolation is one broken rule.
type PolicyViolation struct {
	Description        *string                     `field:"required" json:"description" yaml:"description"`
	RuleName           *string                     `field:"required" json:"ruleName" yaml:"ruleName"`
	ViolatingResources *[]*PolicyViolatingResource `field:"required" json:"violatingResources" yaml:"violatingResources"`
	Fix                *string                     `field:"optional" json:"fix" yaml:"fix"`
	RuleMetadata       *map[string]*string         `field:"optional" json:"ruleMetadata" yaml:"ruleMetadata"`
	Severity           *string                     `field:"optional" json:"severity" yaml:"severity"`
}

// PolicyViolatingResource is a resource (by logical id in a template) that
// breaks a rule.
type PolicyViolatingResource struct {
	Locations         *[]*string `field:"required" json:"locations" yaml:"locations"`
	ConstructPath     *string    `field:"optional" json:"constructPath" yaml:"constructPath"`
	ResourceLogicalId *string    `field:"optional" json:"resourceLogicalId" yaml:"resourceLogicalId"`
	TemplatePath      *string    `field:"optional" json:"templatePath" yaml:"templatePath"`
}

// PolicyValidationReportStatus is a report's conclusion.
type PolicyValidationReportStatus string

const (
	PolicyValidationReportStatus_SUCCESS PolicyValidationReportStatus = "SUCCESS"
	PolicyValidationReportStatus_FAILURE PolicyValidationReportStatus = "FAILURE"
)

// pluginAdapter runs a plugin of the 2.276 API through the Beta1 runner.
type pluginAdapter struct{ p IPolicyValidationPlugin }

func (a *pluginAdapter) Name() *string       { return a.p.Name() }
func (a *pluginAdapter) Version() *string    { return a.p.Version() }
func (a *pluginAdapter) RuleIds() *[]*string { return a.p.RuleIds() }

func (a *pluginAdapter) Validate(c IPolicyValidationContextBeta1) *PolicyValidationPluginReportBeta1 {
	pc, _ := c.(*policyContext)
	rep := a.p.Validate(&policyContextV2{pc})
	if rep == nil {
		return nil
	}
	out := &PolicyValidationPluginReportBeta1{Success: rep.Success, Metadata: rep.Metadata, PluginVersion: rep.PluginVersion}
	var vs []*PolicyViolationBeta1
	if rep.Violations != nil {
		for _, v := range *rep.Violations {
			if v == nil {
				continue
			}
			var rs []*PolicyViolatingResourceBeta1
			if v.ViolatingResources != nil {
				for _, r := range *v.ViolatingResources {
					if r != nil {
						rs = append(rs, &PolicyViolatingResourceBeta1{Locations: r.Locations, ResourceLogicalId: r.ResourceLogicalId, TemplatePath: r.TemplatePath})
					}
				}
			}
			vs = append(vs, &PolicyViolationBeta1{Description: v.Description, RuleName: v.RuleName, ViolatingResources: &rs,
				Fix: v.Fix, RuleMetadata: v.RuleMetadata, Severity: v.Severity})
		}
	}
	out.Violations = &vs
	return out
}

type policyContextV2 struct{ *policyContext }

func (c *policyContextV2) AccountId() *string { return optional(c.account) }
func (c *policyContextV2) Region() *string    { return optional(c.region) }
func (c *policyContextV2) StackTemplates() *[]*PolicyValidationStack {
	out := make([]*PolicyValidationStack, len(c.stacks))
	for i, s := range c.stacks {
		out[i] = &PolicyValidationStack{StackConstructPath: str(*s.Node().Path()), TemplatePath: str(c.paths[i]),
			AccountId: optional(resolvedOr(s.account)), Region: optional(resolvedOr(s.region))}
	}
	return &out
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func resolvedOr(s string) string {
	if isUnresolved(s) {
		return ""
	}
	return s
}
