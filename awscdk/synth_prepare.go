package awscdk

// Pass 1, prepare: the tree gets its last constructs before anything is
// rendered: aspects (aspects.go), the CDKMetadata resource, and the
// resource dependencies that construct dependencies stand for.

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"fmt"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
)

// prepare runs the aspects, adds the CDKMetadata resources and turns
// construct dependencies into resource dependencies.
func prepare(root *stage, stacks []*stack, stabilize bool, ds *diag.Diagnostics) {
	collect(ds, func() {
		if !stabilize {
			invokeAspectsOnce(root)
		} else if msg := invokeAspects(root); msg != nil {
			ds.Append(diag.Errorf(*root.Node().Path(), "%s", *msg))
		}
	})
	collect(ds, func() { injectMetadataResources(stacks) })
	collect(ds, func() { applyConstructDependencies(root) })
}

// addSynthesizerElements lets each stack's synthesizer add its elements
// (BootstrapVersion, ...) last, after validation, as aws-cdk-lib's
// synthesizers do when each stack is synthesized.
func addSynthesizerElements(stacks []*stack, ds *diag.Diagnostics) {
	for _, s := range stacks {
		s := s
		collect(ds, func() {
			if p, ok := s.synthesizer.(interface{ prepareForSynth() }); ok {
				p.prepareForSynth()
			}
		})
	}
}

// cdkMetadataRegions are the regions where the AWS::CDK::Metadata resource
// exists, in aws-cdk-lib 2.276.0's region facts.
var cdkMetadataRegions = []string{"af-south-1", "ap-east-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ca-central-1", "ca-west-1", "cn-north-1", "cn-northwest-1", "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "il-central-1", "me-central-1", "me-south-1", "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2"}

func injectMetadataResources(stacks []*stack) {
	for _, s := range stacks {
		if !s.versionReporting || s.Node().TryFindChild(str("CDKMetadata")) != nil {
			continue
		}
		available := isUnresolved(s.region)
		for _, r := range cdkMetadataRegions {
			if r == s.region {
				available = true
			}
		}
		scope := constructs.NewConstruct(s, str("CDKMetadata"))
		if !available {
			continue
		}
		res := NewCfnResource(scope, str("Default"), &CfnResourceProps{Type: str("AWS::CDK::Metadata"),
			Properties: &map[string]interface{}{"Analytics": analyticsString(s)}})
		if isUnresolved(s.region) {
			var eqs []ICfnConditionExpression
			for _, r := range cdkMetadataRegions {
				eqs = append(eqs, Fn_ConditionEquals(Aws_REGION(), r))
			}
			c := NewCfnCondition(scope, str("Condition"), &CfnConditionProps{Expression: Fn_ConditionOr(eqs...)})
			c.OverrideLogicalId(str("CDKMetadataAvailable"))
			res.CfnOptions().SetCondition(c)
		}
	}
}

// analyticsString reports which constructs the stack uses, compressed, in
// the format of aws-cdk-lib's version reporting.
func analyticsString(s *stack) string {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	fmt.Fprintf(zw, "1.0.0!strata")
	zw.Close()
	return "v2:deflate64:" + base64.StdEncoding.EncodeToString(buf.Bytes())
}

// applyConstructDependencies turns node.AddDependency between constructs
// into dependencies between the resources below them.
func applyConstructDependencies(root constructs.IConstruct) {
	found := map[constructs.Node]map[constructs.Node]bool{}
	for _, src := range *root.Node().FindAll(constructs.ConstructOrder_PREORDER) {
		if !hasDependencies(src) {
			continue // most nodes: skip the copy Dependencies makes
		}
		for _, tgt := range *src.Node().Dependencies() {
			if found[src.Node()] == nil {
				found[src.Node()] = map[constructs.Node]bool{}
			}
			if found[src.Node()][tgt.Node()] {
				continue
			}
			found[src.Node()][tgt.Node()] = true
			if src.Node() == tgt.Node() {
				continue
			}
			targets := cfnResourcesUnder(tgt)
			sources := cfnResourcesUnder(src)
			for _, t := range targets {
				for _, s := range sources {
					// A resource below both (a dependency on a construct
					// that contains it) does not depend on itself.
					if s.Node() != t.Node() {
						s.AddResourceDependency(t, nil)
					}
				}
			}
			if len(targets) == 0 || len(sources) == 0 {
				// stacks depending on stacks still order deployment
				if ss, ts := stackOf(src), stackOf(tgt); ss != nil && ts != nil && ss != ts {
					if _, isStack := src.(Stack); isStack {
						ss.addAssemblyDependency(ts, "{"+*src.Node().Path()+"}.node.addDependency({"+*tgt.Node().Path()+"})")
					}
				}
			}
		}
	}
}

func cfnResourcesUnder(c constructs.IConstruct) []CfnResource {
	var out []CfnResource
	for _, x := range *c.Node().FindAll(constructs.ConstructOrder_PREORDER) {
		if r, ok := x.(CfnResource); ok {
			out = append(out, r)
		}
	}
	return out
}
