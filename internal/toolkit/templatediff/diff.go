package templatediff

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
)

// ChangeKind says how an element changed.
type ChangeKind string

const (
	Added    ChangeKind = "added"
	Removed  ChangeKind = "removed"
	Modified ChangeKind = "modified"
)

// Diff is the difference between an old and a new template.
type Diff struct {
	Resources       []ResourceChange      `json:"resources,omitempty"`
	Parameters      []ElementChange       `json:"parameters,omitempty"`
	Outputs         []ElementChange       `json:"outputs,omitempty"`
	Conditions      []ElementChange       `json:"conditions,omitempty"`
	Mappings        []ElementChange       `json:"mappings,omitempty"`
	Other           []ElementChange       `json:"other,omitempty"`
	IAM             []IAMChange           `json:"iamStatementChanges,omitempty"`
	ManagedPolicies []ManagedPolicyChange `json:"managedPolicyChanges,omitempty"`
	SecurityGroups  []SecurityGroupChange `json:"securityGroupChanges,omitempty"`
	// Paths maps logical IDs to construct paths (aws:cdk:path metadata of
	// both templates), for showing ${Worker.Arn} instead of
	// ${Worker11F36D0F.Arn} as cdk diff does.
	Paths map[string]string `json:"-"`
}

// Empty reports whether nothing changed, security changes included.
func (d *Diff) Empty() bool {
	return len(d.Resources) == 0 && len(d.Parameters) == 0 && len(d.Outputs) == 0 && len(d.Conditions) == 0 &&
		len(d.Mappings) == 0 && len(d.Other) == 0 && !d.SecurityChanges()
}

// PermissionChange is how a diff changes permissions, as the CDK CLI
// classifies it for --require-approval.
type PermissionChange string

const (
	PermissionsNone          PermissionChange = "none"
	PermissionsNonBroadening PermissionChange = "non-broadening"
	PermissionsBroadening    PermissionChange = "broadening"
)

// PermissionChangeType classifies the security changes.
func (d *Diff) PermissionChangeType() PermissionChange {
	switch {
	case d.Broadening():
		return PermissionsBroadening
	case d.SecurityChanges():
		return PermissionsNonBroadening
	}
	return PermissionsNone
}

// SecurityOnly is the diff reduced to its security tables.
func (d *Diff) SecurityOnly() *Diff {
	return &Diff{IAM: d.IAM, ManagedPolicies: d.ManagedPolicies, SecurityGroups: d.SecurityGroups, Paths: d.Paths}
}

// Broadening reports whether the change adds permissions or network access
// (what --require-approval broadening asks about).
func (d *Diff) Broadening() bool {
	for _, c := range d.IAM {
		if c.Kind == Added && c.Effect == "Allow" {
			return true
		}
	}
	for _, c := range d.ManagedPolicies {
		if c.Kind == Added {
			return true
		}
	}
	for _, c := range d.SecurityGroups {
		if c.Kind == Added {
			return true
		}
	}
	return false
}

// SecurityChanges reports whether any IAM or security group change exists.
func (d *Diff) SecurityChanges() bool {
	return len(d.IAM) > 0 || len(d.ManagedPolicies) > 0 || len(d.SecurityGroups) > 0
}

// ElementChange is a change to a template element other than a resource.
type ElementChange struct {
	Section string      `json:"section,omitempty"`
	Name    string      `json:"name"`
	Kind    ChangeKind  `json:"kind"`
	Old     interface{} `json:"old,omitempty"`
	New     interface{} `json:"new,omitempty"`
}

// ResourceChange is a change to one resource.
type ResourceChange struct {
	LogicalID     string           `json:"logicalId"`
	Type          string           `json:"type"`
	OldType       string           `json:"oldType,omitempty"`
	ConstructPath string           `json:"constructPath,omitempty"`
	Kind          ChangeKind       `json:"kind"`
	Properties    []PropertyChange `json:"properties,omitempty"`
	// Other top-level keys: DependsOn, DeletionPolicy, Condition, ...
	Attributes []PropertyChange `json:"attributes,omitempty"`
	// Replacement is "" (in place), "conditional" (may be replaced) or
	// "always" (will be replaced).
	Replacement string `json:"replacement,omitempty"`
	// Destroys a stateful resource (removed, or replaced) whose policy does
	// not retain it.
	DestroysData bool `json:"destroysData,omitempty"`
}

// PropertyChange is one changed property of a resource.
type PropertyChange struct {
	Name        string      `json:"name"`
	Kind        ChangeKind  `json:"kind"`
	Old         interface{} `json:"old,omitempty"`
	New         interface{} `json:"new,omitempty"`
	Replacement string      `json:"replacement,omitempty"`
}

// Compare diffs old (deployed; nil for a new stack) against new.
func Compare(old, new map[string]interface{}) *Diff {
	d := &Diff{Paths: map[string]string{}}
	oldRes, _ := old["Resources"].(map[string]interface{})
	newRes, _ := new["Resources"].(map[string]interface{})
	for _, res := range []map[string]interface{}{newRes, oldRes} {
		for id, r := range res {
			rm, _ := r.(map[string]interface{})
			if p := pathOf(rm); p != "" && d.Paths[id] == "" {
				d.Paths[id] = p
			}
		}
	}
	d.Resources = compareResources(oldRes, newRes)
	d.knockOn(oldRes, newRes)
	d.Parameters = compareSection("Parameters", old, new, nil)
	d.Outputs = compareSection("Outputs", old, new, nil)
	d.Conditions = compareSection("Conditions", old, new, nil)
	d.Mappings = compareSection("Mappings", old, new, nil)
	for _, sec := range []string{"Description", "AWSTemplateFormatVersion", "Transform", "Metadata", "Rules"} {
		o, n := old[sec], new[sec]
		if sec == "Rules" {
			o, n = dropRule(o), dropRule(n)
		}
		if !equal(o, n) {
			d.Other = append(d.Other, ElementChange{Section: sec, Name: sec, Kind: kindOf(o, n), Old: o, New: n})
		}
	}
	d.IAM, d.ManagedPolicies = iamChanges(oldRes, newRes)
	d.SecurityGroups = securityGroupChanges(oldRes, newRes)
	return d
}

func compareResources(oldRes, newRes map[string]interface{}) []ResourceChange {
	var out []ResourceChange
	for _, id := range unionKeys(oldRes, newRes) {
		o, _ := oldRes[id].(map[string]interface{})
		n, _ := newRes[id].(map[string]interface{})
		if typeOf(o) == "AWS::CDK::Metadata" || typeOf(n) == "AWS::CDK::Metadata" {
			// Version reporting changes with every toolkit release.
			continue
		}
		if rc := compareResource(id, o, n); rc != nil {
			out = append(out, *rc)
		}
	}
	return out
}

// knockOn adds the replacements that follow from others, as cdk diff
// predicts them: a replaced resource gets a new physical ID, so every Ref
// or Fn::GetAtt of it changes value, which may replace the referrer in
// turn. References to replaced resources are rewritten in a copy of the
// new template until nothing more is replaced; the replacing property
// changes found that way are added to the diff.
func (d *Diff) knockOn(oldRes, newRes map[string]interface{}) {
	copyRes, _ := deepCopy(newRes).(map[string]interface{})
	var res []ResourceChange
	for {
		res = compareResources(oldRes, copyRes)
		changed := false
		for _, rc := range res {
			if rc.Replacement == "always" && rc.Kind == Modified && markReplaced(copyRes, rc.LogicalID) {
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for _, down := range res {
		if down.Replacement == "" || down.Kind != Modified {
			continue
		}
		idx := -1
		for i := range d.Resources {
			if d.Resources[i].LogicalID == down.LogicalID {
				idx = i
			}
		}
		if idx < 0 {
			d.Resources = append(d.Resources, ResourceChange{LogicalID: down.LogicalID, Type: down.Type, ConstructPath: down.ConstructPath, Kind: Modified})
			idx = len(d.Resources) - 1
		}
		rc := &d.Resources[idx]
		if rc.Replacement == down.Replacement {
			continue
		}
		for _, p := range down.Properties {
			if p.Replacement == "" {
				continue
			}
			set := false
			for i := range rc.Properties {
				if rc.Properties[i].Name == p.Name {
					rc.Properties[i], set = p, true
				}
			}
			if !set {
				rc.Properties = append(rc.Properties, p)
				sort.SliceStable(rc.Properties, func(i, j int) bool { return rc.Properties[i].Name < rc.Properties[j].Name })
			}
			rc.Replacement = worse(rc.Replacement, p.Replacement)
		}
		n, _ := newRes[rc.LogicalID].(map[string]interface{})
		if rc.Replacement != "" && IsStateful(rc.Type) && !retains(n) {
			rc.DestroysData = true
		}
	}
	sort.SliceStable(d.Resources, func(i, j int) bool { return d.Resources[i].LogicalID < d.Resources[j].LogicalID })
}

// markReplaced rewrites references to id as cdk diff does ("X (replaced)"
// for Ref, "X(replaced)" as the first argument of an Fn:: call) and reports
// whether there were any.
func markReplaced(v interface{}, id string) bool {
	found := false
	var walk func(v interface{})
	walk = func(v interface{}) {
		switch t := v.(type) {
		case []interface{}:
			for _, x := range t {
				walk(x)
			}
		case map[string]interface{}:
			if len(t) == 1 {
				for k, x := range t {
					if k == "Ref" {
						if x == id {
							t[k] = id + " (replaced)"
							found = true
						}
						return
					}
					if strings.HasPrefix(k, "Fn::") {
						if args, ok := x.([]interface{}); ok && len(args) > 0 && args[0] == id {
							args[0] = id + "(replaced)"
							found = true
						}
						return
					}
				}
			}
			for _, x := range t {
				walk(x)
			}
		}
	}
	walk(v)
	return found
}

func deepCopy(v interface{}) interface{} {
	switch t := v.(type) {
	case map[string]interface{}:
		out := make(map[string]interface{}, len(t))
		for k, x := range t {
			out[k] = deepCopy(x)
		}
		return out
	case []interface{}:
		out := make([]interface{}, len(t))
		for i, x := range t {
			out[i] = deepCopy(x)
		}
		return out
	}
	return v
}

// dropRule removes the bootstrap version check, which every stack has.
func dropRule(v interface{}) interface{} {
	m, ok := v.(map[string]interface{})
	if !ok {
		return v
	}
	out := map[string]interface{}{}
	for k, x := range m {
		if k != "CheckBootstrapVersion" {
			out[k] = x
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func typeOf(r map[string]interface{}) string {
	t, _ := r["Type"].(string)
	return t
}

func pathOf(r map[string]interface{}) string {
	md, _ := r["Metadata"].(map[string]interface{})
	p, _ := md["aws:cdk:path"].(string)
	return p
}

func kindOf(o, n interface{}) ChangeKind {
	switch {
	case o == nil:
		return Added
	case n == nil:
		return Removed
	}
	return Modified
}

func compareResource(id string, o, n map[string]interface{}) *ResourceChange {
	rc := &ResourceChange{LogicalID: id, Type: typeOf(n), ConstructPath: pathOf(n)}
	switch {
	case o == nil:
		rc.Kind = Added
		return rc
	case n == nil:
		rc.Kind = Removed
		rc.Type = typeOf(o)
		rc.ConstructPath = pathOf(o)
		rc.DestroysData = IsStateful(rc.Type) && !retains(o)
		return rc
	}
	rc.Kind = Modified
	if typeOf(o) != typeOf(n) {
		rc.OldType = typeOf(o)
		rc.Replacement = "always"
	}
	op, _ := o["Properties"].(map[string]interface{})
	np, _ := n["Properties"].(map[string]interface{})
	for _, k := range unionKeys(op, np) {
		ov, nv := op[k], np[k]
		if equal(ov, nv) {
			continue
		}
		pc := PropertyChange{Name: k, Kind: kindOf(ov, nv), Old: ov, New: nv, Replacement: UpdateBehavior(rc.Type, k)}
		rc.Properties = append(rc.Properties, pc)
		rc.Replacement = worse(rc.Replacement, pc.Replacement)
	}
	for _, k := range unionKeys(o, n) {
		if k == "Type" || k == "Properties" {
			continue
		}
		ov, nv := o[k], n[k]
		if k == "Metadata" {
			ov, nv = withoutCDKMetadata(ov), withoutCDKMetadata(nv)
		}
		if equal(ov, nv) {
			continue
		}
		rc.Attributes = append(rc.Attributes, PropertyChange{Name: k, Kind: kindOf(ov, nv), Old: ov, New: nv})
	}
	if len(rc.Properties) == 0 && len(rc.Attributes) == 0 && rc.OldType == "" {
		return nil
	}
	if rc.Replacement != "" && IsStateful(rc.Type) && !retains(n) {
		rc.DestroysData = true
	}
	return rc
}

// withoutCDKMetadata drops the construct path and asset keys, which move
// with refactoring but change nothing in the cloud.
func withoutCDKMetadata(v interface{}) interface{} {
	m, ok := v.(map[string]interface{})
	if !ok {
		return v
	}
	out := map[string]interface{}{}
	for k, x := range m {
		if !strings.HasPrefix(k, "aws:cdk:") && !strings.HasPrefix(k, "aws:asset:") {
			out[k] = x
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func retains(r map[string]interface{}) bool {
	p, _ := r["DeletionPolicy"].(string)
	return p == "Retain" || p == "RetainExceptOnCreate" || p == "Snapshot"
}

func worse(a, b string) string {
	rank := map[string]int{"": 0, "conditional": 1, "always": 2}
	if rank[b] > rank[a] {
		return b
	}
	return a
}

func compareSection(sec string, old, new map[string]interface{}, skip func(string, interface{}) bool) []ElementChange {
	o, _ := old[sec].(map[string]interface{})
	n, _ := new[sec].(map[string]interface{})
	var out []ElementChange
	for _, k := range unionKeys(o, n) {
		ov, nv := o[k], n[k]
		if skip != nil && (skip(k, ov) || skip(k, nv)) {
			continue
		}
		if equal(ov, nv) {
			continue
		}
		out = append(out, ElementChange{Section: sec, Name: k, Kind: kindOf(ov, nv), Old: ov, New: nv})
	}
	return out
}

func unionKeys(a, b map[string]interface{}) []string {
	seen := map[string]bool{}
	var keys []string
	for k := range a {
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	for k := range b {
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// equal compares JSON values, treating numbers and their string forms as
// CloudFormation does ("30" and 30 are the same property value).
func equal(a, b interface{}) bool {
	return reflect.DeepEqual(canon(a), canon(b))
}

func canon(v interface{}) interface{} {
	switch t := v.(type) {
	case map[string]interface{}:
		out := make(map[string]interface{}, len(t))
		for k, x := range t {
			out[k] = canon(x)
		}
		return out
	case []interface{}:
		out := make([]interface{}, len(t))
		for i, x := range t {
			out[i] = canon(x)
		}
		return out
	case float64:
		b, _ := json.Marshal(t)
		return string(b)
	case json.Number:
		return t.String()
	case bool:
		if t {
			return "true"
		}
		return "false"
	}
	return v
}
