package awscdk

// validation-report.json as aws-cdk-lib 2.276.0 writes it: after the
// templates are written, the App's plugins run (the program's own, the
// built-in "CloudFormation Validate" plugin of internal/cfnvalidate, and
// the "Construct Annotations" plugin that reports warnings), findings
// acknowledged with Validations_Of(...).Acknowledge move to
// suppressedViolations, and an error fails synthesis unless the context
// sets @aws-cdk/core:failSynthOnValidationErrors to false (the CLI does).

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cfnvalidate"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
)

const (
	cfnValidatePluginName  = "CloudFormation Validate"
	annotationsPluginName  = "Construct Annotations"
	failSynthOnValidation  = "@aws-cdk/core:failSynthOnValidationErrors"
	validateAgainstRules   = "@aws-cdk/core:validateAgainstDefaultRules"
	annotationsInReport    = "@aws-cdk/core:annotationsInValidationReport"
	literalAzAcknowledgeID = "CloudFormation-Validate::W3010"
	cdkLibVersion          = "2.276.0"
	constructsLibVersion   = "10.8.1"
)

// pluginResult is one plugin's report before it is written.
type pluginResult struct {
	name, version string
	success       bool
	metadata      *ojson.Object
	violations    []*violationResult
	suppressed    []*violationResult
}

type violationResult struct {
	ruleName, description, fix, severity string
	ruleMetadata                         *ojson.Object
	resources                            []*violatingResource
	// set on suppressed violations
	ack *acknowledgement
}

type violatingResource struct {
	constructPath, logicalID, templatePath string
	locations                              []string
}

type acknowledgement struct{ id, reason, at string }

// stackTemplate is one stack artifact the built-in plugins check.
type stackTemplate struct {
	stack *stack
	// rel is the template's path relative to the App's assembly directory.
	rel string
}

// validateTemplates runs the App-level validation of aws-cdk-lib's
// synthesis: it returns the plugin results to write (after those of the
// program's plugins) and adds an error for each failing finding unless
// the context turns failing off.
func (w *assemblyWriter) validateTemplates(ds *diag.Diagnostics) []*pluginResult {
	if !w.root.isApp {
		return nil
	}
	if os.Getenv("CDK_VALIDATION") == "false" {
		w.root.noBuiltinValidation = true
	}
	var results []*pluginResult
	if err := w.stage.Wait(); err != nil {
		ds.Append(diag.Errorf(*w.root.Node().Path(), "%s", err.Error()))
		return nil
	}
	if !w.root.noBuiltinValidation || w.root.hasCfnValidatePlugin() {
		results = append(results, w.cfnValidate(ds))
	}
	if featureEnabled(w.root, annotationsInReport) {
		if r := annotationReport(w.root); r != nil {
			results = append(results, r)
		}
	}
	tree := newLogicalIDIndex()
	for _, r := range results {
		for _, v := range r.violations {
			for _, res := range v.resources {
				if res.constructPath == "" && res.logicalID != "" && res.templatePath != "" {
					res.constructPath = tree.find(w.root, filepath.Base(res.templatePath), res.logicalID)
				}
			}
		}
	}
	// Acknowledgements apply to the program's plugins' findings too.
	suppress(w.root, append(append([]*pluginResult{}, w.reports...), results...))
	if contextBool(w.root, failSynthOnValidation, true) {
		for _, r := range results {
			if r.success {
				continue
			}
			for _, v := range r.violations {
				if v.severity != "error" && v.severity != "fatal" {
					continue
				}
				for _, res := range v.resources {
					where := res.constructPath
					if where == "" {
						where = res.templatePath + "#" + res.logicalID
					}
					ds.Append(diag.Errorf(where, "ValidationFailed %s: %s (%s; the report is validation-report.json in %s)", v.ruleName, v.description, r.name, w.root.outdir))
				}
			}
		}
	}
	return results
}

// contextBool reads a boolean context value the way aws-cdk-lib's
// synthesis does: anything but false and "false" is true.
func contextBool(scope constructs.IConstruct, key string, def bool) bool {
	v := scope.Node().TryGetContext(str(key))
	if v == nil {
		return def
	}
	return v != false && v != "false"
}

// appStackTemplates lists the stack artifacts of the App and of the stages
// in it, nested stages first as aws-cdk-lib visits them.
func appStackTemplates(root *stage, prefix string) []stackTemplate {
	var nested, own []stackTemplate
	for _, it := range synthOrder(root) {
		if it.stage != nil {
			nested = append(nested, appStackTemplates(it.stage, prefix+*it.stage.ArtifactId()+"/")...)
			continue
		}
		if it.stack.nested != nil {
			continue
		}
		own = append(own, stackTemplate{stack: it.stack, rel: prefix + it.stack.artifactID + ".template.json"})
	}
	return append(nested, own...)
}

// cfnValidate is the built-in "CloudFormation Validate" plugin.
func (w *assemblyWriter) cfnValidate(ds *diag.Diagnostics) *pluginResult {
	var inputs []cfnTemplate
	for _, t := range appStackTemplates(w.root, "") {
		inputs = append(inputs, cfnTemplate{file: filepath.Join(w.stage.Dir, t.rel), rel: t.rel, stackPath: *t.stack.Node().Path(), checked: t.stack.checked})
	}
	violations, problems := cfnValidateTemplates(inputs)
	for _, p := range problems {
		ds.Append(p)
	}
	r := &pluginResult{name: cfnValidatePluginName, version: cfnvalidate.EngineVersion, violations: violations, success: true}
	explicit := contextBool(w.root, validateAgainstRules, false)
	for _, v := range r.violations {
		if v.severity == "error" {
			if explicit {
				r.success = false
			} else {
				// Without the flag aws-cdk-lib reports errors as warnings.
				v.severity = "warning"
			}
		}
	}
	return r
}

// cfnTemplate is a template to validate: where to read it, the path the
// report names, and its stack's construct path; checked, when set, is the
// verdict on the bytes written, reached while they were in hand.
type cfnTemplate struct {
	file, rel, stackPath string
	checked              *templateCheck
}

// checksTemplates tells whether this synthesis ends with the built-in
// "CloudFormation Validate" check of the stack templates (validateTemplates
// and cfnValidate decide it the same way), so that the workers writing them
// validate them as they go.
func (w *assemblyWriter) checksTemplates() bool {
	app := w.root
	for app.parent != nil {
		app = app.parent
	}
	if !app.isApp {
		return false
	}
	return (!app.noBuiltinValidation && os.Getenv("CDK_VALIDATION") != "false") || app.hasCfnValidatePlugin()
}

// cfnValidateTemplates checks templates as aws-cdk-lib's
// CloudFormationValidatePlugin does, merging findings with the same rule,
// severity and description across resources and templates.
func cfnValidateTemplates(templates []cfnTemplate) ([]*violationResult, []*diag.Diagnostic) {
	var out []*violationResult
	var problems []*diag.Diagnostic
	for _, t := range templates {
		var found []cfnvalidate.Diagnostic
		var err error
		if t.checked != nil {
			found, err = t.checked.found, t.checked.err
		} else {
			var b []byte
			if b, err = os.ReadFile(t.file); err == nil {
				found, err = cfnvalidate.Validate(b, cfnvalidate.Options{Exclude: cfnvalidate.CDKExcludedRules})
			}
		}
		for _, d := range found {
			out = addCfnFinding(out, t, d)
		}
		if err != nil {
			problems = append(problems, diag.Errorf(t.stackPath, "validating the template: %v", err))
		}
	}
	return out, problems
}

func addCfnFinding(out []*violationResult, t cfnTemplate, d cfnvalidate.Diagnostic) []*violationResult {
	severity := "warning"
	if d.Severity == cfnvalidate.Fatal || d.Severity == cfnvalidate.Error {
		severity = "error"
	}
	res := &violatingResource{templatePath: t.rel}
	if d.EntityType == cfnvalidate.EntityResource {
		res.logicalID = d.LogicalID
	} else {
		res.constructPath = t.stackPath
	}
	if d.PropertyPath != "" {
		res.locations = []string{d.PropertyPath}
	}
	desc := d.Message
	if d.PropertyPath != "" {
		desc = strings.TrimPrefix(d.PropertyPath, "Properties.") + ": " + d.Message
	}
	for _, v := range out {
		if v.ruleName == d.RuleID && v.severity == severity && v.description == desc {
			v.resources = append(v.resources, res)
			return out
		}
	}
	v := &violationResult{ruleName: d.RuleID, description: desc, severity: severity, fix: d.SuggestedFix, resources: []*violatingResource{res}}
	if d.Category != "" {
		v.ruleMetadata = obj("category", d.Category)
	}
	return append(out, v)
}

var (
	ackTagPattern = regexp.MustCompile(`\[ack: ([^\]]+)\]`)
	ruleIDSuffix  = regexp.MustCompile(`\(([^()]+::[^()]+)\)$`)
)

// annotationReport is the "Construct Annotations" plugin: every warning
// and error on the tree, grouped by rule and message.
func annotationReport(root *stage) *pluginResult {
	var order []string
	byKey := map[string]*violationResult{}
	eachPreorder(root, func(c constructs.IConstruct) {
		for _, m := range nodeMetadata(c) {
			t := deref(m.Type)
			if t != metaWarning && t != metaError {
				continue
			}
			severity := "warning"
			if t == metaError {
				severity = "error"
			}
			msg, _ := m.Data.(string)
			rule := ""
			if loc := ackTagPattern.FindStringSubmatchIndex(msg); loc != nil {
				rule = msg[loc[2]:loc[3]]
				msg = strings.TrimSpace(msg[:loc[0]] + msg[loc[1]:])
			} else if loc := ruleIDSuffix.FindStringSubmatchIndex(msg); loc != nil {
				rule = msg[loc[2]:loc[3]]
				msg = strings.TrimSpace(msg[:loc[0]])
			}
			if rule != "" && !strings.Contains(rule, "::") {
				rule = annotationNamespace + "::" + rule
			}
			if rule == "" {
				rule = annotationNamespace + "::" + severity + "-annotation"
			}
			res := &violatingResource{constructPath: *c.Node().Path()}
			if s := stackOf(c); s != nil {
				res.templatePath = *s.host().TemplateFile()
				if st := stageOf(c); st != nil && st != root {
					res.templatePath = stagePrefix(root, st) + res.templatePath
				}
				if cr, ok := c.(CfnResource); ok {
					r := &resolver{scope: s, removeEmpty: true}
					res.logicalID = toString(r.resolve(cr.LogicalId(), nil))
				}
			}
			key := rule + "|" + severity + "|" + msg
			if v := byKey[key]; v != nil {
				v.resources = append(v.resources, res)
				continue
			}
			byKey[key] = &violationResult{ruleName: rule, description: msg, severity: severity,
				resources: []*violatingResource{res}, ruleMetadata: obj("cdk:annotation", "true")}
			order = append(order, key)
		}
	})
	if len(order) == 0 {
		return nil
	}
	r := &pluginResult{name: annotationsPluginName, success: true, metadata: obj("cdk:annotations", "true")}
	for _, k := range order {
		v := byKey[k]
		if v.severity == "error" {
			r.success = false
		}
		r.violations = append(r.violations, v)
	}
	return r
}

// eachPreorder calls f with root and every construct below it, parents
// before children, as FindAll(PREORDER) lists them, without the list.
func eachPreorder(c constructs.IConstruct, f func(constructs.IConstruct)) {
	f(c)
	for k, i := childrenOf(c), 0; i < k.len(); i++ {
		eachPreorder(k.at(i), f)
	}
}

// stagePrefix is the directory of st's assembly inside root's.
func stagePrefix(root, st *stage) string {
	var parts []string
	for s := st; s != nil && s != root; s = s.parent {
		parts = append([]string{*s.ArtifactId()}, parts...)
	}
	return strings.Join(parts, "/") + "/"
}

// logicalIDIndex finds the construct of a logical ID in a template, built
// on first use.
type logicalIDIndex struct {
	byTemplate map[string]map[string]string
}

func newLogicalIDIndex() *logicalIDIndex { return &logicalIDIndex{} }

func (x *logicalIDIndex) find(root *stage, templateFile, logicalID string) string {
	if x.byTemplate == nil {
		x.byTemplate = map[string]map[string]string{}
		for _, c := range *root.Node().FindAll(constructs.ConstructOrder_PREORDER) {
			cr, ok := c.(CfnResource)
			if !ok {
				continue
			}
			s := stackOf(c)
			if s == nil {
				continue
			}
			r := &resolver{scope: s, removeEmpty: true}
			file := *s.host().TemplateFile()
			if x.byTemplate[file] == nil {
				x.byTemplate[file] = map[string]string{}
			}
			x.byTemplate[file][toString(r.resolve(cr.LogicalId(), nil))] = *c.Node().Path()
		}
	}
	return x.byTemplate[templateFile][logicalID]
}

// suppress moves the findings acknowledged on a construct or one of its
// scopes to the report's suppressed violations.
func suppress(root *stage, results []*pluginResult) {
	acks := map[string]map[string]*acknowledgement{}
	eachPreorder(root, func(c constructs.IConstruct) {
		for _, m := range nodeMetadata(c) {
			if deref(m.Type) != acknowledgedRulesKey {
				continue
			}
			data, _ := m.Data.(map[string]interface{})
			for id, reason := range data {
				if acks[id] == nil {
					acks[id] = map[string]*acknowledgement{}
				}
				reasonText, _ := reason.(string)
				acks[id][*c.Node().Path()] = &acknowledgement{id: id, reason: reasonText, at: *c.Node().Path()}
			}
		}
	})
	if len(acks) == 0 {
		return
	}
	for _, r := range results {
		ns := strings.ReplaceAll(r.name, " ", "-")
		if r.name == annotationsPluginName {
			ns = annotationNamespace
		}
		kept := r.violations[:0]
		for _, v := range r.violations {
			byPath := acks[normalizeRuleName(v.ruleName, ns)]
			annotationError := v.ruleMetadata != nil && v.severity == "error" && r.name == annotationsPluginName
			if byPath == nil || v.severity == "fatal" || annotationError {
				kept = append(kept, v)
				continue
			}
			var groups []*violationResult
			byAt := map[string]*violationResult{}
			var rest []*violatingResource
			for _, res := range v.resources {
				ack := closestAck(byPath, res.constructPath)
				if ack == nil {
					rest = append(rest, res)
					continue
				}
				g := byAt[ack.at]
				if g == nil {
					c := *v
					c.ack, c.resources = ack, nil
					g = &c
					byAt[ack.at] = g
					groups = append(groups, g)
				}
				g.resources = append(g.resources, res)
			}
			r.suppressed = append(r.suppressed, groups...)
			v.resources = rest
			if len(rest) > 0 {
				kept = append(kept, v)
			}
		}
		r.violations = kept
		if len(r.suppressed) > 0 {
			r.success = true
			for _, v := range r.violations {
				if v.severity == "error" || v.severity == "fatal" {
					r.success = false
				}
			}
		}
	}
}

// normalizeRuleName qualifies a rule name with its plugin's namespace.
func normalizeRuleName(rule, ns string) string {
	n, id, problem := parseRuleID(rule)
	if problem != "" {
		return rule
	}
	n = strings.ReplaceAll(n, " ", "-")
	id = strings.ReplaceAll(id, " ", "-")
	if n == "annotation" || n == "Construct-Annotations" {
		return annotationNamespace + "::" + id
	}
	if n == "" {
		n = ns
	}
	return n + "::" + id
}

func closestAck(byPath map[string]*acknowledgement, path string) *acknowledgement {
	for {
		if a := byPath[path]; a != nil {
			return a
		}
		if path == "" {
			return nil
		}
		if i := strings.LastIndexByte(path, '/'); i >= 0 {
			path = path[:i]
		} else {
			path = ""
		}
	}
}

// reportJSON renders the results as aws-cdk-lib's report formatter does:
// a plugin with nothing to say is left out.
func reportJSON(root *stage, results []*pluginResult) []interface{} {
	out := []interface{}{}
	for _, r := range results {
		if r.success && len(r.violations) == 0 && len(r.suppressed) == 0 {
			continue
		}
		o := ojson.New()
		o.Set("pluginName", r.name)
		if r.version != "" {
			o.Set("pluginVersion", r.version)
		}
		conclusion := "failure"
		if r.success {
			conclusion = "success"
		}
		o.Set("conclusion", conclusion)
		if r.metadata != nil {
			o.Set("metadata", r.metadata)
		}
		vs := []interface{}{}
		for _, v := range r.violations {
			vs = append(vs, violationJSON(root, v))
		}
		o.Set("violations", vs)
		if len(r.suppressed) > 0 {
			ss := []interface{}{}
			for _, v := range r.suppressed {
				vo := violationJSON(root, v)
				vo.Set("acknowledgedId", v.ack.id)
				if v.ack.reason != "" {
					vo.Set("reason", v.ack.reason)
				}
				if v.ack.at != "" {
					vo.Set("acknowledgedAt", v.ack.at)
				}
				ss = append(ss, vo)
			}
			o.Set("suppressedViolations", ss)
		}
		out = append(out, o)
	}
	return out
}

func violationJSON(root *stage, v *violationResult) *ojson.Object {
	o := ojson.New()
	o.Set("ruleName", v.ruleName)
	o.Set("description", v.description)
	if v.fix != "" {
		o.Set("suggestedFix", v.fix)
	}
	switch s := strings.ToLower(v.severity); s {
	case "", "error":
		o.Set("severity", "error")
	case "fatal", "warning", "info":
		o.Set("severity", s)
	default:
		o.Set("severity", "custom")
		o.Set("customSeverity", v.severity)
	}
	if v.ruleMetadata != nil {
		o.Set("ruleMetadata", v.ruleMetadata)
	}
	cs := []interface{}{}
	for _, res := range v.resources {
		c := ojson.New()
		c.Set("constructPath", res.constructPath)
		if res.constructPath != "" {
			if found := findByPath(root, res.constructPath); found != nil {
				fqn := fqnOf(found)
				c.Set("constructFqn", fqn)
				c.Set("libraryVersion", libraryVersionOf(fqn))
			}
		}
		if res.logicalID != "" && res.templatePath != "" {
			cr := obj("templatePath", res.templatePath, "logicalId", res.logicalID)
			if len(res.locations) > 0 {
				cr.Set("propertyPaths", res.locations)
			}
			c.Set("cloudFormationResource", cr)
		}
		cs = append(cs, c)
	}
	o.Set("violatingConstructs", cs)
	return o
}

func libraryVersionOf(fqn string) string {
	if strings.HasPrefix(fqn, "constructs.") {
		return constructsLibVersion
	}
	return cdkLibVersion
}

// findByPath finds the construct at a path below the App.
func findByPath(root *stage, path string) constructs.IConstruct {
	var c constructs.IConstruct = root
	for _, id := range strings.Split(path, "/") {
		if id == "" {
			continue
		}
		c = c.Node().TryFindChild(str(id))
		if c == nil {
			return nil
		}
	}
	return c
}

// silenceLiteralAzWarning acknowledges W3010 on the stack once: the
// availability zones a stack hands out are literal by design.
func (s *stack) silenceLiteralAzWarning() {
	for _, m := range nodeMetadata(s) {
		if deref(m.Type) == acknowledgedRulesKey {
			if data, ok := m.Data.(map[string]interface{}); ok {
				if _, ok := data[literalAzAcknowledgeID]; ok {
					return
				}
			}
		}
	}
	Validations_Of(s.host()).Acknowledge(&Acknowledgment{Id: str(literalAzAcknowledgeID),
		Reason: str("Literal AZs in template are the result of accessing stack.availabilityZones, this is expected and safe")})
}
