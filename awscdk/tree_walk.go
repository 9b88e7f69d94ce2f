package awscdk

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/tree"
)

// Synthesis walks the tree several times; these helpers read it through
// internal/tree without the slices and string pointers the public
// constructs API copies out on every call.

// kids lists a construct's children as they were when childrenOf was
// called (children added while walking are not visited, as with a copy),
// without copying them.
type kids struct {
	w    tree.Walker
	n    int
	slow []constructs.IConstruct // a node that is not Strata's
}

func childrenOf(c constructs.IConstruct) kids {
	n := c.Node()
	if w := tree.WalkerOf(n); w != nil {
		return kids{w: w, n: w.TreeChildCount(tree.Access{})}
	}
	s := *n.Children()
	return kids{slow: s, n: len(s)}
}

func (k kids) len() int { return k.n }

func (k kids) at(i int) constructs.IConstruct {
	if k.w != nil {
		c, _ := k.w.TreeChild(tree.Access{}, i).(constructs.IConstruct)
		return c
	}
	return k.slow[i]
}

// nodeID is c's id, without the copy Node().Id() makes.
func nodeID(c constructs.IConstruct) string {
	n := c.Node()
	if w := tree.WalkerOf(n); w != nil {
		return w.TreeID(tree.Access{})
	}
	return *n.Id()
}

// nodePath is c's path, without the copy Node().Path() makes.
func nodePath(c constructs.IConstruct) string {
	n := c.Node()
	if w := tree.WalkerOf(n); w != nil {
		return w.TreePath(tree.Access{})
	}
	return *n.Path()
}

// innermostScope returns the nearest of c and its scopes (c first when
// self is set) for which match is true, or nil.
func innermostScope(c constructs.IConstruct, self bool, match func(constructs.IConstruct) bool) constructs.IConstruct {
	w := tree.WalkerOf(c.Node())
	if w == nil {
		scopes := *c.Node().Scopes()
		if !self {
			scopes = scopes[:len(scopes)-1]
		}
		for i := len(scopes) - 1; i >= 0; i-- {
			if match(scopes[i]) {
				return scopes[i]
			}
		}
		return nil
	}
	if !self {
		w = w.TreeParent(tree.Access{})
	}
	for ; w != nil; w = w.TreeParent(tree.Access{}) {
		if h, ok := w.TreeHost(tree.Access{}).(constructs.IConstruct); ok && match(h) {
			return h
		}
	}
	return nil
}

func isStackConstruct(c constructs.IConstruct) bool { _, ok := c.(Stack); return ok }
func isStageConstruct(c constructs.IConstruct) bool { _, ok := c.(Stage); return ok }

// idsBelow returns the ids of el's scopes below stack s, down to el; all
// of them when s is not among its scopes.
func idsBelow(el constructs.IConstruct, s *stack) []string {
	w := tree.WalkerOf(el.Node())
	if w == nil {
		scopes := *el.Node().Scopes()
		idx := -1
		for i, c := range scopes {
			if st, ok := c.(Stack); ok && st.stackImpl() == s {
				idx = i
			}
		}
		var comps []string
		for _, c := range scopes[idx+1:] {
			comps = append(comps, *c.Node().Id())
		}
		return comps
	}
	var buf [8]string
	comps := buf[:0]
	for ; w != nil; w = w.TreeParent(tree.Access{}) {
		if st, ok := w.TreeHost(tree.Access{}).(Stack); ok && st.stackImpl() == s {
			break
		}
		comps = append(comps, w.TreeID(tree.Access{}))
	}
	out := make([]string, len(comps))
	for i, c := range comps {
		out[len(comps)-1-i] = c
	}
	return out
}

type metadataReader interface {
	TreeMetadata(tree.Access) []*constructs.MetadataEntry
}

// nodeMetadata is c's metadata, without the copy Node().Metadata() makes;
// callers only read it.
func nodeMetadata(c constructs.IConstruct) []*constructs.MetadataEntry {
	n := c.Node()
	if m, ok := n.(metadataReader); ok {
		return m.TreeMetadata(tree.Access{})
	}
	return *n.Metadata()
}

type validationCounter interface {
	TreeValidationCount(tree.Access) int
}

// hasValidations reports whether c's node may have validations (true for
// a node that is not Strata's).
func hasValidations(c constructs.IConstruct) bool {
	if v, ok := c.Node().(validationCounter); ok {
		return v.TreeValidationCount(tree.Access{}) > 0
	}
	return true
}

type dependencyCounter interface {
	TreeDependencyCount(tree.Access) int
}

// hasDependencies reports whether c's node may have dependencies (true
// for a node that is not Strata's).
func hasDependencies(c constructs.IConstruct) bool {
	if v, ok := c.Node().(dependencyCounter); ok {
		return v.TreeDependencyCount(tree.Access{}) > 0
	}
	return true
}

type contextReader interface {
	TreeContext(tree.Access, string) any
}

// contextValue is c.Node().TryGetContext(key) without a string pointer:
// feature flags are read for many constructs.
func contextValue(c constructs.IConstruct, key string) interface{} {
	n := c.Node()
	if r, ok := n.(contextReader); ok {
		return r.TreeContext(tree.Access{}, key)
	}
	k := key
	return n.TryGetContext(&k)
}
