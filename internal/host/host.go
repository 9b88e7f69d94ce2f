// Package host lets a Go type that embeds a construct (an L2 such as
// awssqs.Queue embedding awscdk.Resource, or a user's own construct) become
// the object the construct tree hands out for its node: from Scope,
// Children, FindAll and DefaultChild. That is how `Node().DefaultChild()`
// returns the generated L1 and `Node().Children()` the L2 itself, as in
// aws-cdk-go.
package host

import "github.com/strata-cdk/strata/constructs"

// Set makes outer the tree's object for c's node. Call it right after the
// embedded construct is created, before anything else can observe the node.
func Set(c constructs.IConstruct, outer constructs.IConstruct) {
	if h, ok := c.Node().(interface{ StrataSetHost(constructs.IConstruct) }); ok {
		h.StrataSetHost(outer)
	}
}

// Of returns the tree's object for c's node.
func Of(c constructs.IConstruct) constructs.IConstruct {
	if h, ok := c.Node().(interface{ StrataHost() constructs.IConstruct }); ok {
		return h.StrataHost()
	}
	return c
}
