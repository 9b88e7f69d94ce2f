// Package l1 is the bridge between generated L1 constructs (CfnBucket,
// CfnQueue, ...) and the core: a generated type embeds an awscdk.CfnResource
// and calls Init so that the tree hands out the L1 itself and the template
// renders the L1's props struct, whose fields carry their CloudFormation
// names in `cfn` struct tags.
package l1

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
)

// Init ties a generated L1 (host) to the CfnResource it embeds; props is a
// pointer to its props struct, read each time the template renders, so
// setters made after construction count.
func Init(r awscdk.CfnResource, host constructs.IConstruct, props interface{}) {
	if s, ok := r.(interface{ StrataSetPropsSource(interface{}) }); ok {
		s.StrataSetPropsSource(props)
	}
	if h, ok := r.Node().(interface{ StrataSetHost(constructs.IConstruct) }); ok {
		h.StrataSetHost(host)
	}
}
