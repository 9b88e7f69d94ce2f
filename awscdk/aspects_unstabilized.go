package awscdk

import (
	"sort"

	"github.com/strata-cdk/strata/constructs"
)

// aspectStabilization reports whether aspects run until nothing changes
// (the v2 default, @aws-cdk/core:aspectStabilization) or once, as before
// that flag: StageSynthesisOptions.AspectStabilization decides first.
func aspectStabilization(root *stage, options *StageSynthesisOptions) bool {
	if options != nil && options.AspectStabilization != nil {
		return *options.AspectStabilization
	}
	return featureEnabled(root, "@aws-cdk/core:aspectStabilization")
}

// invokeAspectsOnce is the aspect pass without stabilization: one walk of the
// tree, each aspect once per construct; an aspect that adds another aspect
// gets a warning (once per synthesis) that the added one will not run.
func invokeAspectsOnce(root constructs.IConstruct) {
	invoked := map[constructs.Node][]*aspectApp{}
	warned := false
	var recurse func(c constructs.IConstruct, inherited []*aspectApp)
	recurse = func(c constructs.IConstruct, inherited []*aspectApp) {
		n := c.Node()
		here := len(aspectsOf(n))
		all := append(append([]*aspectApp(nil), inherited...), aspectsOf(n)...)
		sort.SliceStable(all, func(i, j int) bool { return all[i].priority < all[j].priority })
		for _, app := range all {
			done := false
			for _, x := range invoked[n] {
				if x.aspect == app.aspect {
					done = true
				}
			}
			if done {
				continue
			}
			app.aspect.Visit(c)
			if !warned && len(aspectsOf(n)) != here {
				Annotations_Of(c).AddWarningV2(str("@aws-cdk/core:ignoredAspect"), str("We detected an Aspect was added via another Aspect, and will not be applied"))
				warned = true
			}
			invoked[n] = append(invoked[n], app)
		}
		for _, ch := range *n.Children() {
			if _, isStage := ch.(Stage); isStage {
				continue
			}
			recurse(ch, all)
		}
	}
	recurse(root, nil)
}
