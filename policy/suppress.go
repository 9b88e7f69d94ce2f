package policy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// Suppression silences one rule for a resource, with the reason why.
// cdk-nag's NagPackSuppression shape.
type Suppression struct {
	ID     string
	Reason string
}

// metadataKey is the template metadata cdk-nag reads suppressions from;
// sharing it lets a template carry one list for both tools.
const metadataKey = "cdk_nag"

// AddResourceSuppressions records suppressions on construct's CloudFormation
// resource (its default child when construct is an L2), or on every
// resource under it when applyToChildren is set.
func AddResourceSuppressions(construct constructs.IConstruct, suppressions []Suppression, applyToChildren bool) {
	var targets []awscdk.CfnResource
	if r, ok := construct.(awscdk.CfnResource); ok {
		targets = append(targets, r)
	} else if r, ok := construct.Node().DefaultChild().(awscdk.CfnResource); ok {
		targets = append(targets, r)
	}
	if applyToChildren {
		for _, c := range *construct.Node().FindAll(constructs.ConstructOrder_PREORDER) {
			if r, ok := c.(awscdk.CfnResource); ok && c != construct {
				targets = append(targets, r)
			}
		}
	}
	for _, r := range targets {
		r.AddMetadata(jsii.String(metadataKey), merged(r.GetMetadata(jsii.String(metadataKey)), suppressions))
	}
}

// AddStackSuppressions records suppressions for every resource of stack,
// in the template's top-level metadata.
func AddStackSuppressions(stack awscdk.Stack, suppressions []Suppression) {
	opts := stack.TemplateOptions()
	md := map[string]interface{}{}
	if m := opts.Metadata(); m != nil {
		for k, v := range *m {
			md[k] = v
		}
	}
	md[metadataKey] = merged(md[metadataKey], suppressions)
	opts.SetMetadata(&md)
}

func merged(existing interface{}, add []Suppression) map[string]interface{} {
	var list []interface{}
	if m, ok := existing.(map[string]interface{}); ok {
		if l, ok := m["rules_to_suppress"].([]interface{}); ok {
			list = append(list, l...)
		}
	}
	for _, s := range add {
		list = append(list, map[string]interface{}{"id": s.ID, "reason": s.Reason})
	}
	return map[string]interface{}{"rules_to_suppress": list}
}

// suppression reports whether template metadata md suppresses rule id,
// and why. A suppression without a reason doesn't count.
func suppression(md map[string]interface{}, id string) (string, bool) {
	nag, _ := md[metadataKey].(map[string]interface{})
	list, _ := nag["rules_to_suppress"].([]interface{})
	for _, e := range list {
		m, _ := e.(map[string]interface{})
		if str(m["id"]) == id && str(m["reason"]) != "" {
			return str(m["reason"]), true
		}
	}
	return "", false
}

// PathSuppression silences a rule for the constructs whose path matches
// Path, a path.Match pattern over construct paths; a pattern ending in
// "/*" also covers everything deeper, and "*" covers everything. These are
// suppressions kept beside an app rather than in its templates.
type PathSuppression struct {
	ID     string `json:"id"`
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// SuppressionsFile is the usual name of a project's suppressions file,
// read from beside cdk.json.
const SuppressionsFile = "policy-suppressions.json"

// LoadSuppressions reads a suppressions file: {"suppressions": [{"id",
// "path", "reason"}]}. Every entry needs all three.
func LoadSuppressions(file string) ([]PathSuppression, error) {
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	var doc struct {
		Suppressions []PathSuppression `json:"suppressions"`
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("policy: %s: %w", file, err)
	}
	for i, s := range doc.Suppressions {
		if s.ID == "" || s.Path == "" || strings.TrimSpace(s.Reason) == "" {
			return nil, fmt.Errorf("policy: %s: suppression %d needs an id, a path and a reason", file, i+1)
		}
		if _, err := path.Match(s.Path, ""); err != nil {
			return nil, fmt.Errorf("policy: %s: suppression %d: bad path pattern %q", file, i+1, s.Path)
		}
	}
	return doc.Suppressions, nil
}

// Suppress marks the findings the path suppressions cover.
func (r *Report) Suppress(list []PathSuppression) {
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Suppressed {
			continue
		}
		where := f.ConstructPath
		if where == "" {
			where = f.Stack + "/" + f.LogicalID
		}
		for _, s := range list {
			if s.ID != f.RuleID {
				continue
			}
			if ok, _ := path.Match(s.Path, where); ok || s.Path == "*" || strings.HasPrefix(where, strings.TrimSuffix(s.Path, "*")) && strings.HasSuffix(s.Path, "/*") {
				f.Suppressed, f.SuppressionReason = true, s.Reason
				break
			}
		}
	}
}

func fileExists(f string) bool {
	st, err := os.Stat(f)
	return err == nil && !st.IsDir()
}
