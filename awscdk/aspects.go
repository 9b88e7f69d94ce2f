package awscdk

import (
	"github.com/strata-cdk/strata/internal/tree"
	"sort"

	"github.com/strata-cdk/strata/constructs"
)

// IAspect visits every construct below the scope it is added to.
type IAspect interface {
	Visit(node constructs.IConstruct)
}

// AspectOptions are options for Aspects.Add.
type AspectOptions struct {
	Priority *float64 `field:"optional" json:"priority" yaml:"priority"`
}

// AspectPriority_MUTATING is the priority of aspects that change the tree.
func AspectPriority_MUTATING() *float64 { return jsiiNum(200) }

// AspectPriority_READONLY is the priority of aspects that only read.
func AspectPriority_READONLY() *float64 { return jsiiNum(1000) }

// AspectPriority_DEFAULT is the default priority.
func AspectPriority_DEFAULT() *float64 { return jsiiNum(500) }

// AspectApplication is an aspect with its priority on one construct.
type AspectApplication interface {
	Aspect() IAspect
	Construct() constructs.IConstruct
	Priority() *float64
	SetPriority(v *float64)
}

type aspectApp struct {
	aspect    IAspect
	construct constructs.IConstruct
	priority  float64
}

func (a *aspectApp) Aspect() IAspect                  { return a.aspect }
func (a *aspectApp) Construct() constructs.IConstruct { return a.construct }
func (a *aspectApp) Priority() *float64               { return jsiiNum(a.priority) }
func (a *aspectApp) SetPriority(v *float64)           { a.priority = *v }

// Aspects are the aspects applied to one scope.
type Aspects interface {
	All() *[]IAspect
	Applied() *[]AspectApplication
	Add(aspect IAspect, options *AspectOptions)
}

type aspects struct{ scope constructs.IConstruct }

// aspectsOf returns the aspects added to node n (kept on the node,
// internal/tree).
func aspectsOf(n constructs.Node) []*aspectApp {
	if st := tree.Of(n); st != nil {
		a, _ := st.Aspects.([]*aspectApp)
		return a
	}
	return nil
}

func setAspects(n constructs.Node, a []*aspectApp) {
	if st := tree.Of(n); st != nil {
		st.Aspects = a
	}
}

// Aspects_Of returns the aspects of scope.
func Aspects_Of(scope constructs.IConstruct) Aspects { return &aspects{scope: scope} }

func (a *aspects) Add(aspect IAspect, options *AspectOptions) {
	p := 500.0
	if options != nil && options.Priority != nil {
		p = *options.Priority
	}
	n := a.scope.Node()
	for _, x := range aspectsOf(n) {
		if x.aspect == aspect && x.priority == p {
			return
		}
	}
	setAspects(n, append(aspectsOf(n), &aspectApp{aspect: aspect, construct: a.scope, priority: p}))
}

func (a *aspects) All() *[]IAspect {
	var out []IAspect
	for _, x := range aspectsOf(a.scope.Node()) {
		out = append(out, x.aspect)
	}
	return &out
}

func (a *aspects) Applied() *[]AspectApplication {
	var out []AspectApplication
	for _, x := range aspectsOf(a.scope.Node()) {
		out = append(out, x)
	}
	return &out
}

// invokeAspects runs every aspect on every construct below where it was
// added, in priority order, repeating while aspects add constructs.
func invokeAspects(root constructs.IConstruct) *string {
	invoked := map[constructs.Node][]*aspectApp{}
	var recurse func(c constructs.IConstruct, inherited []*aspectApp) bool
	recurse = func(c constructs.IConstruct, inherited []*aspectApp) bool {
		n := c.Node()
		// Most constructs add no aspects of their own: they pass on their
		// parent's list, sorted already and never changed by a child.
		all := inherited
		if own := aspectsOf(n); len(own) > 0 {
			all = append(append(make([]*aspectApp, 0, len(inherited)+len(own)), inherited...), own...)
			sort.SliceStable(all, func(i, j int) bool { return all[i].priority < all[j].priority })
		}
		ran := false
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
			ran = true
			invoked[n] = append(invoked[n], app)
		}
		kids := childrenOf(c)
		for i := 0; i < kids.len(); i++ {
			ch := kids.at(i)
			if _, isStage := ch.(Stage); isStage {
				continue
			}
			if recurse(ch, all) {
				ran = true
			}
		}
		return ran
	}
	for i := 0; i <= 100; i++ {
		if !recurse(root, nil) {
			return nil
		}
	}
	return str("we have detected a possible infinite loop while invoking aspects: an aspect keeps adding constructs that other aspects then visit")
}
