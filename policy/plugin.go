package policy

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// NewPlugin makes the rule sets an App-level policy validation plugin
// (AppProps.PolicyValidationBeta1): they run over the templates at synth,
// an unsuppressed error fails synthesis at the violating construct, and
// the findings go to validation-report.json.
func NewPlugin(sets ...*RuleSet) awscdk.IPolicyValidationPluginBeta1 {
	return &plugin{sets: sets}
}

type plugin struct{ sets []*RuleSet }

func (p *plugin) Name() *string {
	names := make([]string, len(p.sets))
	for i, s := range p.sets {
		names[i] = s.Name()
	}
	return jsii.String("strata-policy(" + strings.Join(names, ",") + ")")
}

func (p *plugin) Version() *string { return nil }

func (p *plugin) RuleIds() *[]*string {
	var out []*string
	for _, s := range p.sets {
		for _, r := range s.Rules() {
			out = append(out, jsii.String(r.ID))
		}
	}
	return &out
}

func (p *plugin) Validate(ctx awscdk.IPolicyValidationContextBeta1) *awscdk.PolicyValidationPluginReportBeta1 {
	var templates []Template
	byPath := map[string]string{}
	for _, tp := range *ctx.TemplatePaths() {
		path := *tp
		raw, err := os.ReadFile(path)
		if err != nil {
			return failure("read "+path, err)
		}
		var body map[string]interface{}
		if err := json.Unmarshal(raw, &body); err != nil {
			return failure("decode "+path, err)
		}
		name := strings.TrimSuffix(filepath.Base(path), ".template.json")
		byPath[name] = path
		templates = append(templates, Template{Stack: name, Path: filepath.Base(path), Body: body})
	}
	rep, err := Evaluate(context.Background(), templates, p.sets...)
	if err != nil {
		return failure("evaluate", err)
	}
	var violations []*awscdk.PolicyViolationBeta1
	for _, f := range rep.Findings {
		if f.Suppressed {
			continue
		}
		v := &awscdk.PolicyViolationBeta1{
			RuleName:           jsii.String(f.RuleID),
			Description:        jsii.String(f.Message),
			Severity:           jsii.String(f.Severity),
			ViolatingResources: &[]*awscdk.PolicyViolatingResourceBeta1{},
		}
		if f.Fix != "" {
			v.Fix = jsii.String(f.Fix)
		}
		if f.LogicalID != "" {
			*v.ViolatingResources = append(*v.ViolatingResources, &awscdk.PolicyViolatingResourceBeta1{
				ResourceLogicalId: jsii.String(f.LogicalID),
				TemplatePath:      jsii.String(byPath[f.Stack]),
				Locations:         &[]*string{},
			})
		}
		violations = append(violations, v)
	}
	return &awscdk.PolicyValidationPluginReportBeta1{
		Success:    jsii.Bool(!rep.Failed()),
		Violations: &violations,
	}
}

func failure(what string, err error) *awscdk.PolicyValidationPluginReportBeta1 {
	return &awscdk.PolicyValidationPluginReportBeta1{
		Success: jsii.Bool(false),
		Violations: &[]*awscdk.PolicyViolationBeta1{{
			RuleName:           jsii.String("strata-policy"),
			Description:        jsii.String(what + ": " + err.Error()),
			ViolatingResources: &[]*awscdk.PolicyViolatingResourceBeta1{},
		}},
	}
}
