package toolkit

import (
	"context"
	"fmt"
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
	lambdaCode []deploy.LambdaCodeUpdate
	// blockers are the changes that cannot be hotswapped, for people.
	blockers []string
}

// planHotswap sorts the diff's changes into those the Lambda API can make
// in place (a function's code from an S3 asset) and the rest.
func planHotswap(d *templatediff.Diff, tmpl map[string]interface{}, target deploy.Target) hotswapPlan {
	var p hotswapPlan
	res, _ := tmpl["Resources"].(map[string]interface{})
	for _, rc := range d.Resources {
		who := rc.LogicalID
		if rc.ConstructPath != "" {
			who = strings.TrimSuffix(rc.ConstructPath, "/Resource") + " (" + rc.LogicalID + ")"
		}
		if rc.Kind != templatediff.Modified || rc.Type != "AWS::Lambda::Function" || len(rc.Attributes) > 0 || rc.OldType != "" {
			p.blockers = append(p.blockers, fmt.Sprintf("%s %s: %s", rc.Type, who, rc.Kind))
			continue
		}
		var other []string
		for _, pc := range rc.Properties {
			if pc.Name != "Code" {
				other = append(other, pc.Name)
			}
		}
		if len(other) > 0 {
			p.blockers = append(p.blockers, fmt.Sprintf("%s %s: %s changed", rc.Type, who, strings.Join(other, ", ")))
			continue
		}
		r, _ := res[rc.LogicalID].(map[string]interface{})
		props, _ := r["Properties"].(map[string]interface{})
		code, _ := props["Code"].(map[string]interface{})
		bucket, okB := evalString(code["S3Bucket"], target)
		key, okK := evalString(code["S3Key"], target)
		if !okB || !okK {
			p.blockers = append(p.blockers, fmt.Sprintf("%s %s: Code is not an S3 object strata can resolve", rc.Type, who))
			continue
		}
		p.lambdaCode = append(p.lambdaCode, deploy.LambdaCodeUpdate{LogicalID: rc.LogicalID, DisplayName: who, S3Bucket: bucket, S3Key: key})
	}
	for _, c := range d.Parameters {
		p.blockers = append(p.blockers, "parameter "+c.Name)
	}
	for _, c := range d.Outputs {
		p.blockers = append(p.blockers, "output "+c.Name)
	}
	for _, c := range append(append(d.Conditions, d.Mappings...), d.Other...) {
		p.blockers = append(p.blockers, strings.ToLower(c.Section)+" "+c.Name)
	}
	sort.Strings(p.blockers)
	return p
}

// evalString resolves the template values a file asset location is written
// with: strings, Fn::Sub and Ref of the pseudo parameters, Fn::Join.
func evalString(v interface{}, t deploy.Target) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case map[string]interface{}:
		if len(x) != 1 {
			return "", false
		}
		if sub, ok := x["Fn::Sub"].(string); ok {
			out := t.Substitute(strings.ReplaceAll(sub, "${AWS::URLSuffix}", "amazonaws.com"))
			return out, !strings.Contains(out, "${")
		}
		if ref, ok := x["Ref"].(string); ok {
			out := t.Substitute("${" + ref + "}")
			return out, !strings.Contains(out, "${")
		}
		if j, ok := x["Fn::Join"].([]interface{}); ok && len(j) == 2 {
			sep, _ := j[0].(string)
			parts, _ := j[1].([]interface{})
			var out []string
			for _, part := range parts {
				s, ok := evalString(part, t)
				if !ok {
					return "", false
				}
				out = append(out, s)
			}
			return strings.Join(out, sep), true
		}
	}
	return "", false
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
	plan := planHotswap(s.compare(deployed), s.Template, target)
	if len(plan.blockers) > 0 {
		if o.Hotswap == HotswapFallback {
			t.emit(deploy.Event{Stack: s.DisplayName, Kind: deploy.EventInfo, Message: "could not hotswap (" + strings.Join(plan.blockers, "; ") + "): falling back to a full deployment"})
			return false, nil
		}
		t.emit(deploy.Event{Stack: s.DisplayName, Kind: deploy.EventWarning, Message: "not hotswappable, left as deployed (use --hotswap-fallback or a full deploy): " + strings.Join(plan.blockers, "; ")})
	}
	if len(plan.lambdaCode) == 0 {
		res.Result = &deploy.DeployResult{StackName: s.StackName, NoOp: true}
		return true, nil
	}
	for _, am := range s.AssetManifests {
		pubs, err := t.publish(ctx, s, am, target)
		res.Assets = append(res.Assets, pubs...)
		if err != nil {
			return true, fmt.Errorf("stack %s: %w", s.DisplayName, err)
		}
	}
	if err := t.Session.HotswapLambdaCode(ctx, s.StackName, target.Region, role, s.AssumeRoleExternalID, plan.lambdaCode, t.Progress); err != nil {
		return true, err
	}
	res.Result = &deploy.DeployResult{StackName: s.StackName, Executed: true, Status: "HOTSWAPPED", Elapsed: time.Since(start)}
	res.Hotswapped = true
	return true, nil
}
