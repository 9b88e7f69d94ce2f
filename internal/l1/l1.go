// Package l1 is the bridge between generated L1 constructs (CfnBucket,
// CfnQueue, ...) and the core: a generated type embeds an awscdk.CfnResource
// and calls Init so that the tree hands out the L1 itself and the template
// renders the L1's props struct, whose fields carry their CloudFormation
// names in `cfn` struct tags.
package l1

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/tree"
)

// Init ties a generated L1 (outer) to the CfnResource it embeds; props is a
// pointer to its props struct, read each time the template renders, so
// setters made after construction count.
func Init(r awscdk.CfnResource, outer constructs.IConstruct, props interface{}) {
	if s, ok := r.(interface {
		SetPropsSource(tree.Access, interface{})
	}); ok {
		s.SetPropsSource(tree.Access{}, props)
	}
	host.Set(r, outer)
}
