package cli

import (
	"io"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/internal/deploy"
	"github.com/strata-cdk/strata/internal/toolkit"
	"github.com/strata-cdk/strata/internal/toolkit/templatediff"
)

// stackDrifts is a stack's drift detection for diff --impact: the verdict
// per logical ID, or why there is none.
type stackDrifts struct {
	byID   map[string]deploy.ResourceDrift
	reason string // non-empty: drift could not be detected
	// changeSetNote says why there is no change set's verdict.
	changeSetNote string
}

// renderImpact draws diff --impact's table: per resource, what the
// template diff says, what strata predicts from the resource database,
// what CloudFormation's change set says and whether the resource has
// drifted. It reports whether anything changes.
func renderImpact(w io.Writer, d toolkit.StackDiff, drift stackDrifts) bool {
	rows := [][]string{{"", "Resource", "Type", "Template", "Predicted", "Change set", "Drift"}}
	cs := map[string]deploy.ChangeSetResource{}
	for _, c := range d.ChangeSet {
		cs[c.LogicalID] = c
	}
	tmpl := map[string]templatediff.ResourceChange{}
	var ids []string
	seen := map[string]bool{}
	add := func(id string) {
		if !seen[id] && id != "CDKMetadata" {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, rc := range d.Template {
		tmpl[rc.LogicalID] = rc
		add(rc.LogicalID)
	}
	var extra []string
	for _, c := range d.ChangeSet {
		if !seen[c.LogicalID] && c.Type != "AWS::CDK::Metadata" {
			extra = append(extra, c.LogicalID)
		}
	}
	for id, dr := range drift.byID {
		if !seen[id] && (dr.Status == "MODIFIED" || dr.Status == "DELETED") {
			extra = append(extra, id)
		}
	}
	sort.Strings(extra)
	for _, id := range extra {
		add(id)
	}
	res, _ := d.Stack.Template["Resources"].(map[string]interface{})
	changes := false
	for _, id := range ids {
		rc, inTemplate := tmpl[id]
		c, inChangeSet := cs[id]
		typ := rc.Type
		if typ == "" {
			typ = c.Type
		}
		if typ == "" {
			typ = drift.byID[id].Type
		}
		mark, template, predicted := "", "no change", "-"
		if inTemplate {
			mark = map[templatediff.ChangeKind]string{templatediff.Added: "+", templatediff.Removed: "-", templatediff.Modified: "~"}[rc.Kind]
			switch rc.Kind {
			case templatediff.Added:
				template, predicted = "added", "create"
			case templatediff.Removed:
				template, predicted = "removed", "destroy"
			default:
				var names []string
				for _, p := range rc.Properties {
					names = append(names, p.Name)
				}
				for _, a := range rc.Attributes {
					names = append(names, a.Name)
				}
				if rc.OldType != "" {
					names = append([]string{"Type"}, names...)
				}
				template = "modified: " + strings.Join(names, ", ")
				predicted = map[string]string{"always": "replace", "conditional": "may be replaced", "": "update in place"}[rc.Replacement]
			}
		}
		verdict := "n/a"
		if d.ChangeSetMade {
			verdict = "no change"
			if inChangeSet {
				changes = true
				switch c.Action {
				case "Add":
					verdict = "create"
				case "Remove":
					verdict = "destroy"
				case "Modify":
					verdict = map[string]string{"True": "replace", "Conditional": "may be replaced", "False": "update in place"}[c.Replacement]
					if verdict == "" {
						verdict = "modify"
					}
				default:
					verdict = strings.ToLower(c.Action)
				}
			}
		}
		if inTemplate {
			changes = true
		}
		dr := "n/a"
		switch {
		case drift.reason != "":
		case inTemplate && rc.Kind == templatediff.Added:
			dr = "-"
		case drift.byID[id].Status != "":
			dr = strings.ToLower(strings.ReplaceAll(drift.byID[id].Status, "_", " "))
		default:
			dr = "not checked"
		}
		if mark == "" {
			mark = " "
		}
		rows = append(rows, []string{mark, resourceName(res, rc.ConstructPath, id), typ, template, predicted, verdict, dr})
	}
	if len(rows) == 1 {
		return false
	}
	templatediff.Table(w, rows)
	if drift.reason != "" {
		io.WriteString(w, "Drift: "+drift.reason+"\n")
	}
	if !d.ChangeSetMade && drift.changeSetNote != "" {
		io.WriteString(w, "Change set: "+drift.changeSetNote+"\n")
	}
	return changes
}

// resourceName is a resource's construct path without the stack and a
// trailing /Resource or /Default, with its logical ID.
func resourceName(res map[string]interface{}, path, id string) string {
	if path == "" {
		path = describeResource(res, id)
	}
	if path == id {
		return id
	}
	parts := strings.Split(strings.TrimPrefix(path, "/"), "/")
	if len(parts) > 1 {
		parts = parts[1:]
	}
	if n := len(parts); n > 1 && (parts[n-1] == "Resource" || parts[n-1] == "Default") {
		parts = parts[:n-1]
	}
	return strings.Join(parts, "/") + " (" + id + ")"
}
