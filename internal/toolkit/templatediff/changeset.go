package templatediff

import (
	"sort"
	"strings"
)

// ChangeSetResource is what a CloudFormation change set says about one
// resource (see deploy.ChangeSetResource).
type ChangeSetResource struct {
	LogicalID, Type, Action string
	// Properties maps each changed property to Always, Never or
	// Conditionally (whether changing it replaces the resource).
	Properties map[string]string
}

// ApplyChangeSet corrects the template diff with CloudFormation's own
// answer, as cdk diff --method=change-set does:
//   - a property the change set names takes its replacement verdict
//     (Always → replace, Never → in place, Conditionally → may be replaced);
//   - a property difference the change set does not name is dropped when
//     either side holds a value only known at deployment (Ref, Fn::*,
//     {{resolve:…}}), which may well resolve to what is deployed; a
//     static difference stays;
//   - properties the change set names that the template diff missed, and
//     resources it modifies that the template diff did not show (an SSM
//     parameter's new value, say), are added when it names their changed
//     properties;
//   - Metadata-only differences are not changes.
//
// Resources whose type changed and SAM resources keep the template diff,
// whose properties the change set cannot speak for. newTemplate is the
// template being deployed (for deletion policies).
func (d *Diff) ApplyChangeSet(changes []ChangeSetResource, newTemplate map[string]interface{}) {
	byID := map[string]ChangeSetResource{}
	for _, c := range changes {
		byID[c.LogicalID] = c
	}
	newRes, _ := newTemplate["Resources"].(map[string]interface{})
	inDiff := map[string]bool{}
	kept := d.Resources[:0]
	for _, rc := range d.Resources {
		inDiff[rc.LogicalID] = true
		if rc.Kind != Modified || rc.OldType != "" || strings.Contains(rc.Type, "AWS::Serverless") {
			kept = append(kept, rc)
			continue
		}
		cs, known := byID[rc.LogicalID]
		props := rc.Properties[:0:0]
		seen := map[string]bool{}
		for _, pc := range rc.Properties {
			seen[pc.Name] = true
			mode, named := cs.Properties[pc.Name]
			if !named {
				if deployTimeValue(pc.Old) || deployTimeValue(pc.New) {
					continue
				}
				props = append(props, pc)
				continue
			}
			pc.Replacement = replacementOf(mode)
			props = append(props, pc)
		}
		if known {
			for _, name := range sortedNames(cs.Properties) {
				if !seen[name] {
					props = append(props, PropertyChange{Name: name, Kind: Modified, Replacement: replacementOf(cs.Properties[name])})
				}
			}
		}
		sort.SliceStable(props, func(i, j int) bool { return props[i].Name < props[j].Name })
		attrs := rc.Attributes[:0:0]
		for _, a := range rc.Attributes {
			if a.Name != "Metadata" {
				attrs = append(attrs, a)
			}
		}
		rc.Properties, rc.Attributes = props, attrs
		if len(props) == 0 && len(attrs) == 0 {
			continue
		}
		d.setReplacement(&rc, newRes)
		kept = append(kept, rc)
	}
	d.Resources = kept
	for _, c := range changes {
		// Only with details to show (the CDK CLI needs before/after values
		// too); never the CDKMetadata resource the template diff ignores.
		if c.Action != "Modify" || inDiff[c.LogicalID] || len(c.Properties) == 0 || c.Type == "AWS::CDK::Metadata" || strings.Contains(c.Type, "AWS::Serverless") {
			continue
		}
		rc := ResourceChange{LogicalID: c.LogicalID, Type: c.Type, Kind: Modified}
		if r, ok := newRes[c.LogicalID].(map[string]interface{}); ok {
			rc.ConstructPath = pathOf(r)
		}
		for _, name := range sortedNames(c.Properties) {
			rc.Properties = append(rc.Properties, PropertyChange{Name: name, Kind: Modified, Replacement: replacementOf(c.Properties[name])})
		}
		d.setReplacement(&rc, newRes)
		d.Resources = append(d.Resources, rc)
	}
	sort.SliceStable(d.Resources, func(i, j int) bool { return d.Resources[i].LogicalID < d.Resources[j].LogicalID })
}

// setReplacement recomputes a resource's verdict from its properties.
func (d *Diff) setReplacement(rc *ResourceChange, newRes map[string]interface{}) {
	rc.Replacement = ""
	for _, p := range rc.Properties {
		rc.Replacement = worse(rc.Replacement, p.Replacement)
	}
	n, _ := newRes[rc.LogicalID].(map[string]interface{})
	rc.DestroysData = rc.Replacement != "" && IsStateful(rc.Type) && !retains(n)
}

func replacementOf(mode string) string {
	switch mode {
	case "Always":
		return "always"
	case "Conditionally":
		return "conditional"
	}
	return ""
}

// deployTimeValue reports whether v holds something CloudFormation only
// resolves during a deployment.
func deployTimeValue(v interface{}) bool {
	switch x := v.(type) {
	case string:
		return strings.Contains(x, "{{resolve:")
	case []interface{}:
		for _, e := range x {
			if deployTimeValue(e) {
				return true
			}
		}
	case map[string]interface{}:
		for k, e := range x {
			if k == "Ref" || strings.HasPrefix(k, "Fn::") || deployTimeValue(e) {
				return true
			}
		}
	}
	return false
}

func sortedNames(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
