package constructs

import (
	"reflect"

	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/override"
)

// RootConstruct is a construct without a scope: the root of a tree.
type RootConstruct interface {
	Construct
	Node() Node
	ToString() *string
	With(mixins ...IMixin) IConstruct
}

// embed stores inner in outer's embedded field of type want and, for a
// construct, makes outer the object the tree hands out for inner's node.
func embed(path string, outer, inner interface{}, want reflect.Type) {
	if err := override.Embed(outer, inner, want); err != nil {
		diag.Panic(path, "%s", err.Error())
	}
	if c, ok := inner.(IConstruct); ok {
		if o, ok := outer.(IConstruct); ok {
			if n := asNode(c); n != nil {
				n.st.Host = o
			}
		}
	}
}

// NewConstruct_Override creates a construct in scope for c, a pointer to
// the caller's struct that embeds Construct: the new construct fills that
// field and the tree hands out c for it. Methods c redefines are not called
// by Strata, as in aws-cdk-go.
func NewConstruct_Override(c Construct, scope Construct, id *string) {
	inner := NewConstruct(scope, id)
	embed(*inner.Node().Path(), c, inner, reflect.TypeOf((*Construct)(nil)).Elem())
}

// NewRootConstruct_Override creates a root construct for r, a pointer to
// the caller's struct that embeds RootConstruct.
func NewRootConstruct_Override(r RootConstruct, id *string) {
	inner := NewRootConstruct(id)
	embed(*inner.Node().Path(), r, inner, reflect.TypeOf((*RootConstruct)(nil)).Elem())
}

// NewDependencyGroup_Override creates a group of deps for d, a pointer to
// the caller's struct that embeds DependencyGroup.
func NewDependencyGroup_Override(d DependencyGroup, deps ...IDependable) {
	embed("", d, NewDependencyGroup(deps...), reflect.TypeOf((*DependencyGroup)(nil)).Elem())
}

// NewDependable_Override is how aws-cdk-go subclasses the abstract
// Dependable: d, the caller's value, must define DependencyRoots itself
// (a struct embedding Dependable gets a default that stands for nothing).
func NewDependable_Override(d Dependable) {
	embed("", d, &dependable{roots: func() []IConstruct { return nil }}, reflect.TypeOf((*Dependable)(nil)).Elem())
}

// NewNode creates a tree node for host in scope with id, registering host
// as a child of scope, as the constructs library's Node constructor does.
// A Construct already has its node (Construct.Node); this is for code that
// builds nodes by hand.
func NewNode(host Construct, scope IConstruct, id *string) Node {
	return newNode(host, scope, id)
}

// NewNode_Override creates a node for n, a pointer to the caller's struct
// that embeds Node.
func NewNode_Override(n Node, host Construct, scope IConstruct, id *string) {
	inner := newNode(host, scope, id)
	embed(inner.path, n, inner, reflect.TypeOf((*Node)(nil)).Elem())
}
