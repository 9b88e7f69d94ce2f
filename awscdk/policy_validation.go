package awscdk

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
)

// IPolicyValidationPluginBeta1 checks the synthesized templates against
// policies of its own. Strata calls Validate after writing the templates
// of the stage (and nested stages) the plugin was given to; a failed report
// fails synthesis with each violation at its construct path, and the
// reports go to validation-report.json.
type IPolicyValidationPluginBeta1 interface {
	Validate(context IPolicyValidationContextBeta1) *PolicyValidationPluginReportBeta1
	// Name identifies the plugin in reports.
	Name() *string
	// RuleIds are the rules the plugin evaluates (informational).
	RuleIds() *[]*string
	// Version of the plugin, reported when the report has none.
	Version() *string
}

// IPolicyValidationContextBeta1 is what a plugin validates.
type IPolicyValidationContextBeta1 interface {
	// AppConstruct is the root of the construct tree.
	AppConstruct() constructs.IConstruct
	// TemplatePaths are the absolute paths of the templates to validate.
	TemplatePaths() *[]*string
}

// PolicyValidationPluginReportBeta1 is a plugin's verdict.
type PolicyValidationPluginReportBeta1 struct {
	Success       *bool                    `field:"required" json:"success" yaml:"success"`
	Violations    *[]*PolicyViolationBeta1 `field:"required" json:"violations" yaml:"violations"`
	Metadata      *map[string]*string      `field:"optional" json:"metadata" yaml:"metadata"`
	PluginVersion *string                  `field:"optional" json:"pluginVersion" yaml:"pluginVersion"`
}

// PolicyViolationBeta1 is one broken rule.
type PolicyViolationBeta1 struct {
	Description        *string                          `field:"required" json:"description" yaml:"description"`
	RuleName           *string                          `field:"required" json:"ruleName" yaml:"ruleName"`
	ViolatingResources *[]*PolicyViolatingResourceBeta1 `field:"required" json:"violatingResources" yaml:"violatingResources"`
	Fix                *string                          `field:"optional" json:"fix" yaml:"fix"`
	RuleMetadata       *map[string]*string              `field:"optional" json:"ruleMetadata" yaml:"ruleMetadata"`
	Severity           *string                          `field:"optional" json:"severity" yaml:"severity"`
}

// PolicyViolatingResourceBeta1 is a resource that breaks a rule.
type PolicyViolatingResourceBeta1 struct {
	Locations         *[]*string `field:"required" json:"locations" yaml:"locations"`
	ResourceLogicalId *string    `field:"required" json:"resourceLogicalId" yaml:"resourceLogicalId"`
	TemplatePath      *string    `field:"required" json:"templatePath" yaml:"templatePath"`
}

// PolicyValidationReportStatusBeta1 is a report's conclusion.
type PolicyValidationReportStatusBeta1 string

const (
	PolicyValidationReportStatusBeta1_SUCCESS PolicyValidationReportStatusBeta1 = "SUCCESS"
	PolicyValidationReportStatusBeta1_FAILURE PolicyValidationReportStatusBeta1 = "FAILURE"
)

func pluginList(p *[]IPolicyValidationPluginBeta1) []IPolicyValidationPluginBeta1 {
	if p == nil {
		return nil
	}
	var out []IPolicyValidationPluginBeta1
	for _, x := range *p {
		if x != nil && !isNilValue(x) {
			out = append(out, x)
		}
	}
	return out
}

type policyContext struct {
	app             constructs.IConstruct
	paths           []string
	stacks          []*stack // in the order of paths
	account, region string   // of the stage, when known
}

func (c *policyContext) AppConstruct() constructs.IConstruct { return c.app }
func (c *policyContext) TemplatePaths() *[]*string {
	out := make([]*string, len(c.paths))
	for i := range c.paths {
		out[i] = str(c.paths[i])
	}
	return &out
}

// stagePlugins are the plugins of root and of the stages around it.
func stagePlugins(root *stage) []IPolicyValidationPluginBeta1 {
	var out []IPolicyValidationPluginBeta1
	for s := root; s != nil; s = s.parent {
		out = append(out, s.plugins...)
	}
	return out
}

// validatePolicies runs the plugins over the templates this writer wrote,
// records their reports and turns each violation of a failed report into a
// diagnostic at the violating construct.
func (w *assemblyWriter) validatePolicies(ds *diag.Diagnostics) {
	plugins := stagePlugins(w.root)
	if len(plugins) == 0 {
		return
	}
	// Plugins read the templates from disk: let the background writes land.
	if err := w.stage.Wait(); err != nil {
		ds.Append(diag.Errorf(*w.root.Node().Path(), "%s", err.Error()))
		return
	}
	files := map[string]*stack{}
	var names []string
	for _, s := range synthOrder(w.root) {
		if s.stack == nil || s.stack.nested != nil {
			continue
		}
		file := s.stack.artifactID + ".template.json"
		files[file] = s.stack
		names = append(names, file)
	}
	sort.Strings(names)
	ctx := &policyContext{app: w.root.Node().Root(), account: w.root.account, region: w.root.region}
	for _, n := range names {
		ctx.paths = append(ctx.paths, filepath.Join(w.stage.Dir, n))
		ctx.stacks = append(ctx.stacks, files[n])
	}
	for _, p := range plugins {
		if isCfnValidatePlugin(p) {
			continue // runs as the built-in plugin (validation_report.go)
		}
		var rep *PolicyValidationPluginReportBeta1
		if d := catchResolve(func() { rep = p.Validate(ctx) }); d != nil {
			ds.Append(d)
			continue
		}
		if rep == nil {
			rep = &PolicyValidationPluginReportBeta1{Success: boolp(true)}
		}
		w.reports = append(w.reports, w.pluginReport(p, rep, files, ds))
	}
}

func (w *assemblyWriter) pluginReport(p IPolicyValidationPluginBeta1, rep *PolicyValidationPluginReportBeta1, files map[string]*stack, ds *diag.Diagnostics) *pluginResult {
	name := deref(p.Name())
	version := rep.PluginVersion
	if version == nil {
		version = p.Version()
	}
	out := &pluginResult{name: name, version: deref(version), success: rep.Success != nil && *rep.Success}
	if rep.Metadata != nil {
		out.metadata = sortedStrMap(rep.Metadata)
	}
	if rep.Violations == nil {
		return out
	}
	for _, v := range *rep.Violations {
		if v == nil {
			continue
		}
		vr := &violationResult{ruleName: deref(v.RuleName), description: deref(v.Description), fix: deref(v.Fix), severity: deref(v.Severity)}
		if v.RuleMetadata != nil {
			vr.ruleMetadata = sortedStrMap(v.RuleMetadata)
		}
		var where []string
		if v.ViolatingResources != nil {
			for _, r := range *v.ViolatingResources {
				if r == nil {
					continue
				}
				file := filepath.Base(deref(r.TemplatePath))
				res := &violatingResource{logicalID: deref(r.ResourceLogicalId), templatePath: file}
				if s := files[file]; s != nil {
					if el := elementByLogicalID(s, res.logicalID); el != nil {
						res.constructPath = *el.Node().Path()
					}
				}
				if r.Locations != nil {
					for _, l := range *r.Locations {
						res.locations = append(res.locations, deref(l))
					}
				}
				vr.resources = append(vr.resources, res)
				path := res.constructPath
				if path == "" {
					path = file + "#" + res.logicalID
				}
				where = append(where, path)
			}
		}
		out.violations = append(out.violations, vr)
		severity := strings.ToLower(vr.severity)
		if !out.success && severity != "warning" && severity != "info" {
			msg := vr.description + " (" + name + ", rule " + vr.ruleName + ")"
			if v.Fix != nil {
				msg += ": suggested fix: " + *v.Fix
			}
			if len(where) == 0 {
				where = []string{*w.root.Node().Path()}
			}
			for _, p := range where {
				ds.Append(diag.Errorf(p, "policy validation failed: %s", msg))
			}
		}
	}
	return out
}

// elementByLogicalID finds the element of s with the given logical ID.
func elementByLogicalID(s *stack, id string) CfnElement {
	r := &resolver{scope: s, removeEmpty: true}
	for _, el := range elementsOf(s, nil) {
		if toString(r.resolve(el.LogicalId(), nil)) == id {
			return el
		}
	}
	return nil
}

// pluginReports renders the reports of the program's plugins and of the
// built-in ones.
func (w *assemblyWriter) pluginReports() []interface{} {
	return reportJSON(w.root, w.reports)
}
