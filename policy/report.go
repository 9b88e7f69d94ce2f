package policy

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
)

// Report gathers the findings of one or more rule sets.
type Report struct {
	RuleSets []string  `json:"ruleSets"`
	Rules    []Rule    `json:"rules"`
	Findings []Finding `json:"findings"`
}

// Failed reports whether any error-severity finding is not suppressed.
func (r *Report) Failed() bool {
	return r.count(SeverityError) > 0
}

func (r *Report) count(severity string) int {
	n := 0
	for _, f := range r.Findings {
		if !f.Suppressed && f.Severity == severity {
			n++
		}
	}
	return n
}

// WriteHuman prints one line per finding and a summary.
func (r *Report) WriteHuman(w io.Writer) error {
	suppressed := 0
	for _, f := range r.Findings {
		if f.Suppressed {
			suppressed++
			continue
		}
		where := f.ConstructPath
		if where == "" && f.LogicalID != "" {
			where = f.Stack + "/" + f.LogicalID
		}
		if where == "" {
			where = f.Stack
		}
		if where == "" {
			where = "(app)"
		}
		fmt.Fprintf(w, "[%s] %s: %s: %s", f.Severity, f.RuleID, where, f.Message)
		if f.LogicalID != "" && f.ConstructPath != "" {
			fmt.Fprintf(w, " (%s %s)", f.Template, f.LogicalID)
		}
		if f.Fix != "" {
			fmt.Fprintf(w, "; fix: %s", f.Fix)
		}
		fmt.Fprintln(w)
	}
	_, err := fmt.Fprintf(w, "policy: %d error(s), %d warning(s), %d suppressed\n", r.count(SeverityError), r.count(SeverityWarning), suppressed)
	return err
}

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	out := *r
	if out.Findings == nil {
		out.Findings = []Finding{}
	}
	if out.Rules == nil {
		out.Rules = []Rule{}
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// WriteSARIF writes the report as a SARIF 2.1.0 log with one run, so code
// scanning tools can show the findings against the templates.
func (r *Report) WriteSARIF(w io.Writer) error {
	type text struct {
		Text string `json:"text"`
	}
	type rule struct {
		ID               string            `json:"id"`
		Name             string            `json:"name,omitempty"`
		ShortDescription *text             `json:"shortDescription,omitempty"`
		FullDescription  *text             `json:"fullDescription,omitempty"`
		Default          map[string]string `json:"defaultConfiguration"`
	}
	type logical struct {
		Name               string `json:"name"`
		FullyQualifiedName string `json:"fullyQualifiedName,omitempty"`
		Kind               string `json:"kind"`
	}
	type location struct {
		Physical *struct {
			Artifact struct {
				URI string `json:"uri"`
			} `json:"artifactLocation"`
		} `json:"physicalLocation,omitempty"`
		Logical []logical `json:"logicalLocations,omitempty"`
	}
	type suppression struct {
		Kind          string `json:"kind"`
		Justification string `json:"justification"`
	}
	type result struct {
		RuleID       string        `json:"ruleId"`
		Level        string        `json:"level"`
		Message      text          `json:"message"`
		Locations    []location    `json:"locations,omitempty"`
		Suppressions []suppression `json:"suppressions,omitempty"`
	}
	known := map[string]Rule{}
	for _, x := range r.Rules {
		known[x.ID] = x
	}
	for _, f := range r.Findings {
		if _, ok := known[f.RuleID]; !ok {
			known[f.RuleID] = Rule{ID: f.RuleID, Severity: f.Severity}
		}
	}
	ids := make([]string, 0, len(known))
	for id := range known {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	rules := make([]rule, 0, len(ids))
	for _, id := range ids {
		x := known[id]
		ru := rule{ID: id, Default: map[string]string{"level": sarifLevel(x.Severity)}}
		if x.Title != "" {
			ru.ShortDescription = &text{x.Title}
		}
		if x.Description != "" {
			ru.FullDescription = &text{x.Description}
		}
		rules = append(rules, ru)
	}
	results := make([]result, 0, len(r.Findings))
	for _, f := range r.Findings {
		res := result{RuleID: f.RuleID, Level: sarifLevel(f.Severity), Message: text{f.Message}}
		if f.Template != "" {
			var loc location
			loc.Physical = &struct {
				Artifact struct {
					URI string `json:"uri"`
				} `json:"artifactLocation"`
			}{}
			loc.Physical.Artifact.URI = f.Template
			if f.LogicalID != "" {
				loc.Logical = []logical{{Name: f.LogicalID, FullyQualifiedName: f.ConstructPath, Kind: "resource"}}
			}
			res.Locations = []location{loc}
		}
		if f.Suppressed {
			res.Suppressions = []suppression{{Kind: "inSource", Justification: f.SuppressionReason}}
		}
		results = append(results, res)
	}
	log := map[string]interface{}{
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"version": "2.1.0",
		"runs": []interface{}{map[string]interface{}{
			"tool": map[string]interface{}{"driver": map[string]interface{}{
				"name":           "strata-policy",
				"informationUri": "https://github.com/strata-cdk/strata",
				"rules":          rules,
			}},
			"results": results,
		}},
	}
	b, err := json.MarshalIndent(log, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

func sarifLevel(severity string) string {
	switch severity {
	case SeverityWarning:
		return "warning"
	case "info":
		return "note"
	}
	return "error"
}
