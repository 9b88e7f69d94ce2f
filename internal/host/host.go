// Package host lets a Go type that embeds a construct (an L2 such as
// awssqs.Queue embedding awscdk.Resource, or a user's own construct) become
// the object the construct tree hands out for its node: from Scope,
// Children, FindAll and DefaultChild. That is how `Node().DefaultChild()`
// returns the generated L1 and `Node().Children()` the L2 itself, as in
// aws-cdk-go.
package host

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/tree"
)

// Set makes outer the tree's object for c's node. Call it right after the
// embedded construct is created, before anything else can observe the node.
func Set(c constructs.IConstruct, outer constructs.IConstruct) {
	if st := tree.Of(c.Node()); st != nil {
		st.Host = outer
	}
}

// Of returns the tree's object for c's node.
func Of(c constructs.IConstruct) constructs.IConstruct {
	if st := tree.Of(c.Node()); st != nil {
		if h, ok := st.Host.(constructs.IConstruct); ok && h != nil {
			return h
		}
	}
	return c
}
