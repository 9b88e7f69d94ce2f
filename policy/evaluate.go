package policy

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/rego"
)

// Template is one synthesized template to check.
type Template struct {
	Stack string                 // the stack's display name (or artifact ID)
	Path  string                 // the template file, as reports name it
	Body  map[string]interface{} // the decoded template
}

// Finding is one rule broken by one resource (or by a template or the app
// when the rule names no resource).
type Finding struct {
	RuleID        string `json:"ruleId"`
	Severity      string `json:"severity"`
	Message       string `json:"message"`
	Fix           string `json:"fix,omitempty"`
	Stack         string `json:"stack,omitempty"`
	Template      string `json:"template,omitempty"`
	LogicalID     string `json:"logicalId,omitempty"`
	ConstructPath string `json:"constructPath,omitempty"`
	// Suppressed findings carry the reason the suppression gave.
	Suppressed        bool   `json:"suppressed,omitempty"`
	SuppressionReason string `json:"suppressionReason,omitempty"`
}

// Evaluate runs every rule of the set over the templates: deny and warn
// once per template, the combined rules once over all of them. Findings
// come sorted by stack, logical ID, rule and message.
func (rs *RuleSet) Evaluate(ctx context.Context, templates []Template) ([]Finding, error) {
	var out []Finding
	for _, t := range templates {
		for _, q := range rs.queries {
			if q.combined {
				continue
			}
			msgs, err := evalSet(ctx, q, t.Body)
			if err != nil {
				return nil, fmt.Errorf("policy: %s over %s: %w", q.pkg+"."+q.rule, t.Path, err)
			}
			for _, m := range msgs {
				out = append(out, finding(q, m, &t, templates))
			}
		}
	}
	combined := make([]interface{}, len(templates))
	for i, t := range templates {
		combined[i] = map[string]interface{}{"stack": t.Stack, "path": t.Path, "contents": t.Body}
	}
	for _, q := range rs.queries {
		if !q.combined {
			continue
		}
		msgs, err := evalSet(ctx, q, combined)
		if err != nil {
			return nil, fmt.Errorf("policy: %s: %w", q.pkg+"."+q.rule, err)
		}
		for _, m := range msgs {
			out = append(out, finding(q, m, nil, templates))
		}
	}
	sortFindings(out)
	return dedupe(out), nil
}

func evalSet(ctx context.Context, q query, input interface{}) ([]interface{}, error) {
	res, err := q.prepared.Eval(ctx, rego.EvalInput(input))
	if err != nil {
		return nil, err
	}
	var out []interface{}
	for _, r := range res {
		for _, e := range r.Expressions {
			switch v := e.Value.(type) {
			case []interface{}:
				out = append(out, v...)
			case map[string]interface{}: // a set written as an object of messages
				keys := make([]string, 0, len(v))
				for k := range v {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				for _, k := range keys {
					out = append(out, v[k])
				}
			case nil:
			default:
				out = append(out, v)
			}
		}
	}
	return out, nil
}

// finding reads one message of rule q; t is the template it was evaluated
// over (nil for combined rules, which name their stack).
func finding(q query, m interface{}, t *Template, all []Template) Finding {
	f := Finding{RuleID: q.pkg + "." + q.rule, Severity: q.severity}
	var resource, stack string
	switch v := m.(type) {
	case string:
		f.Message = v
	case map[string]interface{}:
		f.Message = str(v["msg"])
		if f.Message == "" {
			f.Message = str(v["message"])
		}
		if id := str(v["id"]); id != "" {
			f.RuleID = id
		} else if id := str(v["rule"]); id != "" {
			f.RuleID = id
		}
		resource = str(v["resource"])
		stack = str(v["stack"])
		if s := str(v["severity"]); s != "" {
			f.Severity = normalSeverity(s)
		}
		f.Fix = str(v["fix"])
	default:
		b, _ := json.Marshal(v)
		f.Message = string(b)
	}
	if t == nil && stack != "" {
		for i := range all {
			if all[i].Stack == stack || all[i].Path == stack {
				t = &all[i]
				break
			}
		}
	}
	if t == nil {
		return f
	}
	f.Stack, f.Template = t.Stack, t.Path
	resources, _ := t.Body["Resources"].(map[string]interface{})
	if resource == "" {
		resource = namedResource(f.Message, resources)
	}
	if r, ok := resources[resource].(map[string]interface{}); ok {
		f.LogicalID = resource
		md, _ := r["Metadata"].(map[string]interface{})
		f.ConstructPath = str(md["aws:cdk:path"])
		if reason, ok := suppression(md, f.RuleID); ok {
			f.Suppressed, f.SuppressionReason = true, reason
		}
	} else if resource != "" {
		f.LogicalID = resource
	}
	if !f.Suppressed {
		md, _ := t.Body["Metadata"].(map[string]interface{})
		if reason, ok := suppression(md, f.RuleID); ok {
			f.Suppressed, f.SuppressionReason = true, reason
		}
	}
	return f
}

// namedResource is the longest logical ID of the template that the
// message names as a word of its own.
func namedResource(msg string, resources map[string]interface{}) string {
	best := ""
	for id := range resources {
		if len(id) <= len(best) {
			continue
		}
		for i := strings.Index(msg, id); i >= 0; {
			end := i + len(id)
			if (i == 0 || !isIDChar(msg[i-1])) && (end == len(msg) || !isIDChar(msg[end])) {
				best = id
				break
			}
			j := strings.Index(msg[i+1:], id)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return best
}

func isIDChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func normalSeverity(s string) string {
	switch strings.ToLower(s) {
	case "warn", "warning":
		return SeverityWarning
	case "info", "note":
		return "info"
	}
	return SeverityError
}

func str(v interface{}) string {
	s, _ := v.(string)
	return s
}

func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Stack != b.Stack {
			return a.Stack < b.Stack
		}
		if a.LogicalID != b.LogicalID {
			return a.LogicalID < b.LogicalID
		}
		if a.RuleID != b.RuleID {
			return a.RuleID < b.RuleID
		}
		return a.Message < b.Message
	})
}

func dedupe(fs []Finding) []Finding {
	out := fs[:0]
	for i, f := range fs {
		if i > 0 && f == fs[i-1] {
			continue
		}
		out = append(out, f)
	}
	return out
}
