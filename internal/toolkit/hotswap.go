package toolkit

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/strata-cdk/strata/internal/deploy"
	"github.com/strata-cdk/strata/internal/toolkit/templatediff"
)

// Hotswap modes, as the CDK CLI's --hotswap and --hotswap-fallback.
const (
	// HotswapOnly changes what can be changed in place and ignores (with
	// a warning) the changes that cannot.
	HotswapOnly = "hotswap"
	// HotswapFallback hotswaps when every change can be, and otherwise
	// deploys the stack in full, saying why.
	HotswapFallback = "fallback"
)

// hotswapPlan is what a hotswap deployment does to a stack.
type hotswapPlan struct {
	ops deploy.HotswapOps
	// blockers are the changes that cannot be hotswapped, for people.
	blockers []string
	// rejected are the same changes in the CDK CLI's terms.
	rejected []rejectedChange
	// applied are the properties hotswapped, by logical ID (for the
	// hotswap cache).
	applied map[string][]string
}

// planHotswap sorts the diff's changes into those the services' APIs can
// make in place and the rest, as the CDK CLI does: a function's Code,
// Environment and Description (then a new version for its
// AWS::Lambda::Version and its aliases), an alias's FunctionVersion, a
// task definition's ContainerDefinitions (re-registered, its services
// updated), and the types of hotswap_more.go (Step Functions, CodeBuild,
// bucket deployments, AppSync, Cloud Control). physical maps the deployed
// logical IDs to physical IDs.
func planHotswap(d *templatediff.Diff, tmpl map[string]interface{}, target deploy.Target, physical map[string]string) hotswapPlan {
	return planHotswapWith(d, &cfnEval{target: target, physical: physical, template: tmpl})
}

// planHotswapWith is planHotswap with an evaluator that may read the
// deployed account: resources' properties (Cloud Control's GetResource)
// for the Fn::GetAtt that do not follow from a physical ID, exports and
// other stacks' outputs.
func planHotswapWith(d *templatediff.Diff, ev *cfnEval) hotswapPlan {
	var p hotswapPlan
	tmpl := ev.template
	renamed := versionRenames(d, ev.deployed, tmpl)
	// The properties each resource type can change in place; a version's
	// changes follow from its function's.
	res, _ := tmpl["Resources"].(map[string]interface{})
	for _, rc := range d.Resources {
		who := rc.LogicalID
		if rc.ConstructPath != "" {
			who = strings.TrimSuffix(rc.ConstructPath, "/Resource") + " (" + rc.LogicalID + ")"
		}
		// reject records a change left out: for people (blockers), and
		// in the CDK CLI's words (rejected).
		reject := func(why string, props []string, reason string, visible bool) {
			p.blockers = append(p.blockers, fmt.Sprintf("%s %s: %s", rc.Type, who, why))
			p.rejected = append(p.rejected, rejectedChange{LogicalID: rc.LogicalID, Type: rc.Type, Props: props, Reason: reason, Visible: visible})
		}
		block := func(why string) { reject(why, nil, why, true) }
		if renamed[rc.LogicalID] {
			// A function's version under a new logical ID: published by
			// the function's hotswap, as the CDK CLI does.
			continue
		}
		switch {
		case rc.Kind == templatediff.Added:
			reject(string(rc.Kind), nil, fmt.Sprintf("resource '%s' was created by this deployment", rc.LogicalID), false)
			continue
		case rc.Kind == templatediff.Removed:
			reject(string(rc.Kind), nil, fmt.Sprintf("resource '%s' was destroyed by this deployment", rc.LogicalID), false)
			continue
		case rc.OldType != "":
			reject(string(rc.Kind), nil, fmt.Sprintf("resource '%s' had its type changed from '%s' to '%s'", rc.LogicalID, rc.OldType, rc.Type), false)
			continue
		case len(rc.Attributes) > 0:
			var attrs []string
			for _, a := range rc.Attributes {
				attrs = append(attrs, a.Name)
			}
			reject(string(rc.Kind), attrs, fmt.Sprintf("resource attributes '%s' are not hotswappable", strings.Join(attrs, ",")), true)
			continue
		}
		r, _ := res[rc.LogicalID].(map[string]interface{})
		props, _ := r["Properties"].(map[string]interface{})
		switch {
		case rc.Type == "AWS::CDK::Metadata":
			continue
		case rc.Type == "AWS::IAM::Policy" && bucketDeploymentPolicy(rc.LogicalID, props, ev):
			continue
		}
		var names []string
		for _, pc := range rc.Properties {
			names = append(names, pc.Name)
		}
		allowed, known := hotswappableProps(rc.Type, names)
		if !known {
			reject(string(rc.Kind), names, "This resource type is not supported for hotswap deployments", false)
			continue
		}
		changed := map[string]bool{}
		var other []string
		for _, pc := range rc.Properties {
			if contains(allowed, pc.Name) {
				changed[pc.Name] = true
			} else if rc.Type != "AWS::Lambda::Version" {
				other = append(other, pc.Name)
			}
		}
		if len(other) > 0 {
			reason := fmt.Sprintf("resource properties '%s' are not hotswappable on this resource type", strings.Join(other, ","))
			if len(other) == 1 && other[0] == "Tags" {
				reason = "Tags are not hotswappable"
			}
			reject(strings.Join(other, ", ")+" changed", other, reason, true)
		}
		if len(changed) == 0 {
			continue
		}
		var applied []string
		for name := range changed {
			applied = append(applied, name)
		}
		sort.Strings(applied)
		done := func() {
			if p.applied == nil {
				p.applied = map[string][]string{}
			}
			p.applied[rc.LogicalID] = applied
		}
		switch rc.Type {
		case "AWS::StepFunctions::StateMachine":
			sf, cc, why := planStateMachine(rc, who, props, changed, ev)
			switch {
			case why != "":
				block(why)
			case sf != nil:
				p.ops.Sfn = append(p.ops.Sfn, *sf)
				done()
			default:
				p.ops.CloudControl = append(p.ops.CloudControl, *cc)
				done()
			}
		case "AWS::CodeBuild::Project":
			if u, why := planCodeBuild(rc.LogicalID, who, props, changed, ev); why != "" {
				block(why)
			} else {
				p.ops.CodeBuild = append(p.ops.CodeBuild, *u)
				done()
			}
		case bucketDeploymentType:
			if u, why := planBucketDeployment(rc.LogicalID, who, props, ev); why != "" {
				block(why)
			} else {
				p.ops.BucketDeployments = append(p.ops.BucketDeployments, *u)
				done()
			}
		case deploy.AppSyncResolver, deploy.AppSyncFunction, deploy.AppSyncSchema, deploy.AppSyncAPIKey:
			if u, why := planAppSync(rc, who, props, ev); why != "" {
				block(why)
			} else {
				p.ops.AppSync = append(p.ops.AppSync, *u)
				done()
			}
		case "AWS::Lambda::Function":
			if u, why := planLambda(rc.LogicalID, who, props, changed, ev); why != "" {
				block(why)
			} else {
				p.ops.Lambda = append(p.ops.Lambda, u)
				done()
			}
		case "AWS::ECS::TaskDefinition":
			u, whys := planTaskDef(rc.LogicalID, who, props, d, ev)
			for _, why := range whys {
				block(why)
			}
			if u != nil {
				p.ops.Ecs = append(p.ops.Ecs, *u)
				done()
			}
		default:
			if cloudControlTypes[rc.Type] {
				if u, why := planCloudControl(rc, who, props, changed, ev); why != "" {
					block(why)
				} else {
					p.ops.CloudControl = append(p.ops.CloudControl, *u)
					done()
				}
			}
		}
	}
	for _, c := range d.Parameters {
		p.blockers = append(p.blockers, "parameter "+c.Name)
		p.rejected = append(p.rejected, rejectedChange{Section: "parameter", LogicalID: c.Name, Reason: "parameter was changed"})
	}
	for _, c := range d.Outputs {
		p.blockers = append(p.blockers, "output "+c.Name)
		p.rejected = append(p.rejected, rejectedChange{Section: "output", LogicalID: c.Name, Reason: "output was changed"})
	}
	for _, c := range append(append(d.Conditions, d.Mappings...), d.Other...) {
		section := strings.ToLower(c.Section)
		p.blockers = append(p.blockers, section+" "+c.Name)
		p.rejected = append(p.rejected, rejectedChange{Section: section, LogicalID: c.Name, Reason: section + " was changed"})
	}
	sort.Strings(p.blockers)
	return p
}

// rejectedChange is a change a hotswap leaves out, as the CDK CLI
// reports it.
type rejectedChange struct {
	// Section is "output", "parameter", … for a change outside Resources.
	Section         string
	LogicalID, Type string
	Props           []string
	Reason          string
	// Visible: the CDK CLI lists it under --hotswap too (property-level
	// rejections); creations, deletions and unsupported types it lists
	// only when falling back.
	Visible bool
}

// message is the CDK CLI's line for the change.
func (r rejectedChange) message() string {
	if r.Section != "" {
		return fmt.Sprintf("%s: %s, reason: %s", r.Section, r.LogicalID, r.Reason)
	}
	if len(r.Props) > 0 {
		return fmt.Sprintf("resource: %s, type: %s, rejected changes: %s, reason: %s", r.LogicalID, r.Type, jsList(r.Props), r.Reason)
	}
	return fmt.Sprintf("resource: %s, type: %s, reason: %s", r.LogicalID, r.Type, r.Reason)
}

// jsList writes a list of names as Node's util.format("%s") does.
func jsList(names []string) string {
	if len(names) == 0 {
		return "[]"
	}
	return "[ '" + strings.Join(names, "', '") + "' ]"
}

// versionRenames finds the AWS::Lambda::Version resources removed and
// added with the same properties (a function's currentVersion whose
// logical ID follows its configuration): the CDK CLI takes such a pair
// for a rename, and a version's change follows from its function's. It
// returns the logical IDs of both sides; none without the deployed
// template.
func versionRenames(d *templatediff.Diff, deployed, tmpl map[string]interface{}) map[string]bool {
	out := map[string]bool{}
	if deployed == nil {
		return out
	}
	props := func(t map[string]interface{}, id string) interface{} {
		res, _ := t["Resources"].(map[string]interface{})
		r, _ := res[id].(map[string]interface{})
		return r["Properties"]
	}
	for _, add := range d.Resources {
		if add.Kind != templatediff.Added || add.Type != "AWS::Lambda::Version" {
			continue
		}
		for _, rem := range d.Resources {
			if rem.Kind != templatediff.Removed || rem.Type != add.Type || out[rem.LogicalID] {
				continue
			}
			if reflect.DeepEqual(props(deployed, rem.LogicalID), props(tmpl, add.LogicalID)) {
				out[add.LogicalID], out[rem.LogicalID] = true, true
				break
			}
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// planLambda resolves a function's changed hotswappable properties, or
// says why it cannot.
func planLambda(id, who string, props map[string]interface{}, changed map[string]bool, ev *cfnEval) (deploy.LambdaUpdate, string) {
	u := deploy.LambdaUpdate{LogicalID: id, DisplayName: who, FunctionName: ev.physical[id]}
	if u.FunctionName == "" {
		return u, "not found in the deployed stack"
	}
	if changed["Code"] {
		code, _ := props["Code"].(map[string]interface{})
		if inline, ok := code["ZipFile"]; ok {
			z, why := zipInline(inline, props["Runtime"], ev)
			if why != "" {
				return u, why
			}
			u.ZipFile = z
		} else if img, ok := code["ImageUri"]; ok {
			s, ok := ev.str(img)
			if !ok {
				return u, "Code is not an image strata can resolve"
			}
			u.ImageURI = s
		} else {
			bucket, okB := ev.str(code["S3Bucket"])
			key, okK := ev.str(code["S3Key"])
			if !okB || !okK {
				return u, "Code is not an S3 object strata can resolve"
			}
			u.S3Bucket, u.S3Key = bucket, key
			if v, ok := code["S3ObjectVersion"]; ok {
				ver, ok := ev.str(v)
				if !ok {
					return u, "Code.S3ObjectVersion cannot be resolved"
				}
				u.S3ObjectVersion = ver
			}
		}
	}
	if changed["Description"] {
		desc := ""
		if v, ok := props["Description"]; ok {
			s, ok := ev.str(v)
			if !ok {
				return u, "Description cannot be resolved"
			}
			desc = s
		}
		u.Description = &desc
	}
	if changed["Environment"] {
		u.SetEnv = true
		env, _ := props["Environment"].(map[string]interface{})
		vars, _ := env["Variables"].(map[string]interface{})
		u.Environment = map[string]string{}
		for k, v := range vars {
			s, ok := ev.str(v)
			if !ok {
				return u, "Environment variable " + k + " cannot be resolved"
			}
			u.Environment[k] = s
		}
	}
	// Versions of the function in the new template, and their aliases.
	for _, v := range ev.referencesTo(id) {
		if v.typ != "AWS::Lambda::Version" {
			continue
		}
		u.PublishVersion = true
		for _, a := range ev.referencesTo(v.id) {
			if a.typ != "AWS::Lambda::Alias" {
				continue
			}
			name, ok := ev.str(a.props["Name"])
			if !ok {
				return u, "the name of alias " + a.id + " cannot be resolved"
			}
			u.Aliases = append(u.Aliases, name)
		}
	}
	sort.Strings(u.Aliases)
	return u, ""
}

// planTaskDef prepares a task definition's new registration: the deployed
// properties with the new ContainerDefinitions, for the services that use it.
func planTaskDef(id, who string, props map[string]interface{}, d *templatediff.Diff, ev *cfnEval) (*deploy.EcsTaskDefUpdate, []string) {
	var whys, services []string
	for _, r := range ev.referencesTo(id) {
		if r.typ != "AWS::ECS::Service" {
			whys = append(whys, fmt.Sprintf("a resource '%s' with Type '%s' that is not an ECS Service was found referencing the changed TaskDefinition '%s'", r.id, r.typ, id))
			continue
		}
		if arn := ev.physical[r.id]; arn != "" {
			services = append(services, arn)
		}
	}
	if len(services) == 0 {
		return nil, append(whys, "No ECS services reference the changed task definition")
	}
	// As the CDK CLI: the deployed properties, with the new containers.
	merged := map[string]interface{}{}
	for k, v := range props {
		merged[k] = v
	}
	for _, rc := range d.Resources {
		if rc.LogicalID != id {
			continue
		}
		for _, pc := range rc.Properties {
			if pc.Name == "ContainerDefinitions" {
				continue
			}
			if pc.Old == nil {
				delete(merged, pc.Name)
			} else {
				merged[pc.Name] = pc.Old
			}
		}
	}
	def := map[string]interface{}{}
	for k, v := range merged {
		if k == "Family" {
			continue
		}
		e, ok := ev.eval(v)
		if !ok {
			return nil, append(whys, k+" cannot be resolved")
		}
		def[k] = e
	}
	// The deployed task definition's ARN names its family:
	// arn:…:task-definition/<family>:<revision>.
	family := ev.physical[id]
	if f, ok := props["Family"]; ok {
		family, _ = ev.str(f)
	} else if parts := strings.Split(family, ":"); len(parts) > 5 {
		family = strings.TrimPrefix(parts[5], "task-definition/")
	}
	if family == "" {
		return nil, append(whys, "its family cannot be resolved")
	}
	def["Family"] = family
	return &deploy.EcsTaskDefUpdate{LogicalID: id, DisplayName: who, Definition: def, ServiceArns: services}, whys
}

// hotswap tries to update the stack in place. It reports done=false when
// the stack must be deployed in full instead (a new stack, or changes that
// cannot be hotswapped under HotswapFallback).
func (t *Toolkit) hotswap(ctx context.Context, s *Stack, o DeployOptions, target deploy.Target, role string, res *StackResult) (done bool, err error) {
	start := time.Now()
	deployed, err := t.Session.DeployedTemplate(ctx, target.Region, role, s.AssumeRoleExternalID, s.StackName)
	if err != nil {
		return false, err
	}
	if deployed == nil {
		t.emit(deploy.Event{Stack: s.DisplayName, Kind: deploy.EventInfo, Message: "not deployed yet: deploying in full (hotswap needs a deployed stack)"})
		return false, nil
	}
	physical, err := t.Session.StackPhysicalIDs(ctx, s.StackName, target.Region, role, s.AssumeRoleExternalID)
	if err != nil {
		return false, err
	}
	// Against what runs: the deployed template with earlier hotswaps laid
	// over it, while CloudFormation has not deployed the stack since.
	cache := t.hotswapCache()
	var state deployedState
	var prev *hotswapRecord
	if cache != nil {
		info, err := t.Session.DescribeStack(ctx, target.Region, role, s.AssumeRoleExternalID, s.StackName)
		if err != nil {
			return false, err
		}
		if info != nil {
			state = deployedState{StackID: info.Arn, LastUpdated: info.LastUpdated, TemplateSHA256: templateSHA256(deployed)}
			prev = cache.lookup(s.StackName, target.Region, state)
		}
	}
	running, err := prev.overlay(deployed)
	if err != nil {
		return false, err
	}
	ev := &cfnEval{target: target, physical: physical, template: s.Template, deployed: running}
	ev.lookup = func(typ, identifier string) (map[string]interface{}, error) {
		return t.Session.ResourceProperties(ctx, target.Region, role, s.AssumeRoleExternalID, typ, identifier)
	}
	var exports map[string]string
	ev.exports = func(name string) (string, bool) {
		if exports == nil {
			exports, _ = t.Session.Exports(ctx, target.Region, role, s.AssumeRoleExternalID)
			if exports == nil {
				exports = map[string]string{}
			}
		}
		v, ok := exports[name]
		return v, ok
	}
	outputs := map[string]map[string]string{}
	ev.stackOutput = func(stack, region, roleArn, output string) (string, bool) {
		key := region + "|" + stack
		outs, seen := outputs[key]
		if !seen {
			if roleArn == "" {
				roleArn = role
			}
			outs, _ = t.Session.StackOutputs(ctx, region, roleArn, s.AssumeRoleExternalID, stack)
			outputs[key] = outs
		}
		v, ok := outs[output]
		return v, ok
	}
	plan := planHotswapWith(s.compare(running), ev)
	if len(plan.blockers) > 0 {
		info := func(msg string) { t.emit(deploy.Event{Stack: s.DisplayName, Kind: deploy.EventInfo, Message: msg}) }
		if o.Hotswap == HotswapFallback {
			// As the CDK CLI: every change left out, then the fallback.
			info("⚠️ The following non-hotswappable changes were found:")
			for _, r := range plan.rejected {
				info("    " + r.message())
			}
			info(fmt.Sprintf("Could not perform a hotswap deployment, as the stack %s contains non-Asset changes", s.DisplayName))
			info("Falling back to doing a full deployment")
			return false, nil
		}
		// The CDK CLI lists only the property changes it left out;
		// strata names the rest on one line, so that nothing is left
		// out silently.
		var visible []rejectedChange
		var hidden []string
		for _, r := range plan.rejected {
			if r.Visible {
				visible = append(visible, r)
			} else if r.Section != "" {
				hidden = append(hidden, r.Section+" "+r.LogicalID)
			} else {
				hidden = append(hidden, r.Type+" "+r.LogicalID)
			}
		}
		if len(visible) > 0 {
			t.emit(deploy.Event{Stack: s.DisplayName, Kind: deploy.EventWarning, Message: "⚠️ The following non-hotswappable changes were found. To reconcile these using CloudFormation, specify --hotswap-fallback"})
			for _, r := range visible {
				info("    " + r.message())
			}
		}
		if len(hidden) > 0 {
			t.emit(deploy.Event{Stack: s.DisplayName, Kind: deploy.EventWarning, Message: "also left as deployed (created, removed or not hotswappable): " + strings.Join(hidden, ", ")})
		}
	}
	if plan.ops.Empty() {
		if prev != nil && len(prev.Applied) > 0 && len(s.compare(deployed).Resources) > 0 {
			t.emit(deploy.Event{Stack: s.DisplayName, Kind: deploy.EventInfo, Message: "no changes since the last hotswap (" + prev.Time.Local().Format("2006-01-02 15:04:05") + "): nothing to apply"})
		}
		res.Result = &deploy.DeployResult{StackName: s.StackName, NoOp: true}
		return true, nil
	}
	for _, am := range s.AssetManifests {
		pubs, err := t.publish(ctx, s, am, target, o)
		res.Assets = append(res.Assets, pubs...)
		if err != nil {
			return true, fmt.Errorf("stack %s: %w", s.DisplayName, err)
		}
	}
	plan.ops.EcsDeployment = o.HotswapEcs
	if err := t.Session.Hotswap(ctx, s.StackName, target.Region, role, s.AssumeRoleExternalID, plan.ops, t.Progress); err != nil {
		return true, err
	}
	if cache != nil && state.StackID != "" {
		rec := hotswapRecord{StackName: s.StackName, Region: target.Region, StackID: state.StackID, LastUpdated: state.LastUpdated,
			TemplateSHA256: state.TemplateSHA256, Applied: appliedProps(prev, s.Template, plan.applied), Time: time.Now().UTC()}
		if err := cache.store(rec); err != nil {
			t.emit(deploy.Event{Stack: s.DisplayName, Kind: deploy.EventWarning, Message: "could not record the hotswap in " + cache.path + ": " + err.Error()})
		}
	}
	res.Result = &deploy.DeployResult{StackName: s.StackName, Executed: true, Status: "HOTSWAPPED", Elapsed: time.Since(start)}
	res.Hotswapped = true
	return true, nil
}

// zipInline zips a function's inline code as the one file Lambda runs,
// index.js or index.py after the runtime, as the CDK CLI does.
func zipInline(code, runtime interface{}, ev *cfnEval) ([]byte, string) {
	src, ok := ev.str(code)
	if !ok {
		return nil, "Code.ZipFile cannot be resolved"
	}
	rt, ok := ev.str(runtime)
	if !ok {
		return nil, "Runtime cannot be resolved"
	}
	var name string
	switch {
	case strings.HasPrefix(rt, "node"):
		name = "index.js"
	case strings.HasPrefix(rt, "python"):
		name = "index.py"
	default:
		return nil, "runtime " + rt + " is unsupported for inline code, only node.js and python runtimes are"
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	// A fixed time: the same code zips to the same bytes.
	w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err == nil {
		_, err = w.Write([]byte(src))
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		return nil, "zipping its inline code: " + err.Error()
	}
	return buf.Bytes(), ""
}
