// Package tree is the engine's side door into the construct tree: the data
// the core keeps on a node (the outer object the tree hands out, the lock,
// mistakes recorded while building, the App's synthesis state) without
// adding anything to the public constructs API.
//
// constructs' node type has one method taking an Access, a type only
// packages of this module can name, so the door is closed to programs.
package tree

import "github.com/strata-cdk/strata/internal/diag"

// Access unlocks a node's State; only code in this module can name it.
type Access struct{}

// State is what the engine keeps on one construct node.
type State struct {
	// Host is the object the tree hands out for the node (the L2 or L1 that
	// embeds the construct), or nil for the construct itself.
	Host any
	// Locked is set while the tree is synthesized.
	Locked bool
	// Errors are mistakes found while building the tree (root only).
	Errors diag.Diagnostics
	// App is the synthesis state of the tree (root only), owned by awscdk.
	App any
	// Aspects are the aspects added to this node, owned by awscdk.
	Aspects any
}

type holder interface {
	TreeState(Access) (self, root *State)
}

// Of returns the State of node n (a constructs.Node), or nil for a node
// that is not Strata's.
func Of(n any) *State {
	if h, ok := n.(holder); ok {
		s, _ := h.TreeState(Access{})
		return s
	}
	return nil
}

// RootOf returns the State of the root of n's tree, or nil.
func RootOf(n any) *State {
	if h, ok := n.(holder); ok {
		_, r := h.TreeState(Access{})
		return r
	}
	return nil
}

// Walker reads a node without copying; constructs' node implements it.
type Walker interface {
	TreeChildCount(Access) int
	TreeChild(Access, int) any
	TreeID(Access) string
	TreePath(Access) string
	TreeHost(Access) any
	TreeParent(Access) Walker
}

// WalkerOf returns n (a constructs.Node) as a Walker, or nil for a node
// that is not Strata's.
func WalkerOf(n any) Walker {
	w, _ := n.(Walker)
	return w
}
