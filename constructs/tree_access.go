package constructs

import "github.com/strata-cdk/strata/internal/tree"

// The engine walks the whole tree several times per synthesis; these
// accessors let it read a node without the copies the public API makes
// (Children, Scopes, Id and Path each allocate). Programs cannot name
// tree.Access, so they are not API.

// TreeChildCount returns the number of children of n.
func (n *node) TreeChildCount(tree.Access) int { return len(n.children) }

// TreeChild returns the object the tree hands out for n's i-th child.
func (n *node) TreeChild(_ tree.Access, i int) any { return n.children[i].host() }

// TreeID returns n's id.
func (n *node) TreeID(tree.Access) string { return n.id }

// TreePath returns n's path.
func (n *node) TreePath(tree.Access) string { return n.path }

// TreeHost returns the object the tree hands out for n.
func (n *node) TreeHost(tree.Access) any { return n.host() }

// TreeParent returns n's scope, or nil for a root.
func (n *node) TreeParent(tree.Access) tree.Walker {
	if n.scope == nil {
		return nil
	}
	return n.scope
}

// TreeMetadata returns n's metadata entries, not a copy: the engine only
// reads them.
func (n *node) TreeMetadata(tree.Access) []*MetadataEntry { return n.metadataList() }

// TreeValidationCount returns how many validations n has: synthesis asks
// only nodes that have some.
func (n *node) TreeValidationCount(tree.Access) int { return len(n.validations) }

// TreeDependencyCount returns how many dependencies n has.
func (n *node) TreeDependencyCount(tree.Access) int { return len(n.dependencyList()) }

// TreeContext returns the context value of key at n (as TryGetContext),
// without the string pointer the public API takes.
func (n *node) TreeContext(_ tree.Access, key string) any {
	for c := n; c != nil; c = c.scope {
		if v, ok := c.contextMap()[key]; ok {
			return v
		}
	}
	return nil
}
