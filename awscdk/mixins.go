package awscdk

import (
	"reflect"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/assets"
	"github.com/strata-cdk/strata/internal/override"
)

// IConstructSelector picks constructs below a scope.
type IConstructSelector interface {
	Select(scope constructs.IConstruct) *[]constructs.IConstruct
}

// ConstructSelector carries the standard selectors as statics.
type ConstructSelector interface{}

type constructSelector struct{}

// NewConstructSelector returns a ConstructSelector; its statics are what matter.
func NewConstructSelector() ConstructSelector { return &constructSelector{} }

// NewConstructSelector_Override creates a ConstructSelector for c.
func NewConstructSelector_Override(c ConstructSelector) { overrideValue(c, NewConstructSelector()) }

type selectorFunc func(scope constructs.IConstruct) []constructs.IConstruct

func (f selectorFunc) Select(scope constructs.IConstruct) *[]constructs.IConstruct {
	if scope == nil || isNilValue(scope) {
		return &[]constructs.IConstruct{}
	}
	out := f(scope)
	if out == nil {
		out = []constructs.IConstruct{}
	}
	return &out
}

// ConstructSelector_All selects the scope and every construct below it.
func ConstructSelector_All() IConstructSelector {
	return selectorFunc(func(s constructs.IConstruct) []constructs.IConstruct {
		return *s.Node().FindAll(constructs.ConstructOrder_PREORDER)
	})
}

// ConstructSelector_CfnResource selects the scope if it is an L1 resource,
// else its default child if that is one.
func ConstructSelector_CfnResource() IConstructSelector {
	return selectorFunc(func(s constructs.IConstruct) []constructs.IConstruct {
		if _, ok := s.(CfnResource); ok {
			return []constructs.IConstruct{s}
		}
		if d := s.Node().DefaultChild(); d != nil {
			if _, ok := d.(CfnResource); ok {
				return []constructs.IConstruct{d}
			}
		}
		return nil
	})
}

// ConstructSelector_OnlyItself selects the scope alone.
func ConstructSelector_OnlyItself() IConstructSelector {
	return selectorFunc(func(s constructs.IConstruct) []constructs.IConstruct { return []constructs.IConstruct{s} })
}

// ConstructSelector_ResourcesOfType selects the L1 resources of the given
// CloudFormation types below the scope.
func ConstructSelector_ResourcesOfType(types ...*string) IConstructSelector {
	want := map[string]bool{}
	for _, t := range types {
		want[deref(t)] = true
	}
	return selectorFunc(func(s constructs.IConstruct) []constructs.IConstruct {
		var out []constructs.IConstruct
		for _, c := range *s.Node().FindAll(constructs.ConstructOrder_PREORDER) {
			if r, ok := c.(CfnResource); ok && want[deref(r.CfnResourceType())] {
				out = append(out, c)
			}
		}
		return out
	})
}

// ConstructSelector_ById selects the constructs whose id matches a glob.
func ConstructSelector_ById(pattern *string) IConstructSelector {
	return globSelector(deref(pattern), func(c constructs.IConstruct) string { return *c.Node().Id() })
}

// ConstructSelector_ByPath selects the constructs whose path matches a glob.
func ConstructSelector_ByPath(pattern *string) IConstructSelector {
	return globSelector(deref(pattern), func(c constructs.IConstruct) string { return *c.Node().Path() })
}

func globSelector(pattern string, field func(constructs.IConstruct) string) IConstructSelector {
	return selectorFunc(func(s constructs.IConstruct) []constructs.IConstruct {
		var out []constructs.IConstruct
		for _, c := range *s.Node().FindAll(constructs.ConstructOrder_PREORDER) {
			if assets.Minimatch(field(c), pattern) {
				out = append(out, c)
			}
		}
		return out
	})
}

// Mixin is a change applied to the constructs it supports (the base of
// mixins of the program's own: embed it with NewMixin_Override and define
// ApplyTo, and Supports when not every construct is supported).
type Mixin interface {
	constructs.IMixin
	ApplyTo(construct constructs.IConstruct)
	Supports(construct constructs.IConstruct) *bool
	isStrataMixin()
}

type baseMixin struct{}

func (baseMixin) Supports(constructs.IConstruct) *bool { return boolp(true) }
func (baseMixin) ApplyTo(c constructs.IConstruct) {
	path := ""
	if c != nil {
		path = *c.Node().Path()
	}
	panicf(path, "the mixin embeds Mixin but does not define ApplyTo")
}
func (baseMixin) isStrataMixin() {}

// NewMixin_Override makes m, a pointer to the program's struct that embeds
// Mixin, a mixin.
func NewMixin_Override(m Mixin) {
	if err := override.Embed(m, Mixin(baseMixin{}), reflect.TypeOf((*Mixin)(nil)).Elem()); err != nil {
		panicf("", "%s", err.Error())
	}
}

// Mixin_IsMixin reports whether x was made a mixin with NewMixin_Override.
func Mixin_IsMixin(x interface{}) *bool {
	_, ok := x.(interface{ isStrataMixin() })
	return boolp(ok)
}

// MixinApplication records one mixin applied to one construct.
type MixinApplication struct {
	Construct constructs.IConstruct `field:"required" json:"construct" yaml:"construct"`
	Mixin     constructs.IMixin     `field:"required" json:"mixin" yaml:"mixin"`
}

// MixinApplicator applies mixins to the constructs a selector picks.
type MixinApplicator interface {
	Report() *[]*MixinApplication
	SelectedConstructs() *[]constructs.IConstruct
	Apply(mixins ...constructs.IMixin) MixinApplicator
	RequireAll() MixinApplicator
	RequireAny() MixinApplicator
}

type mixinApplicator struct {
	scope                constructs.IConstruct
	selector             IConstructSelector
	applications         []*MixinApplication
	expectAll, expectAny bool
	selected             *[]constructs.IConstruct
}

// NewMixinApplicator applies mixins to what selector (default: all) picks
// under scope.
func NewMixinApplicator(scope constructs.IConstruct, selector IConstructSelector) MixinApplicator {
	if scope == nil || isNilValue(scope) {
		panicf("", "MixinApplicator needs a scope")
	}
	if selector == nil || isNilValue(selector) {
		selector = ConstructSelector_All()
	}
	return &mixinApplicator{scope: scope, selector: selector}
}

// NewMixinApplicator_Override creates a MixinApplicator for m.
func NewMixinApplicator_Override(m MixinApplicator, scope constructs.IConstruct, selector IConstructSelector) {
	overrideValue(m, NewMixinApplicator(scope, selector))
}

func (a *mixinApplicator) SelectedConstructs() *[]constructs.IConstruct {
	if a.selected == nil {
		a.selected = a.selector.Select(a.scope)
	}
	out := append([]constructs.IConstruct(nil), *a.selected...)
	return &out
}

func (a *mixinApplicator) Report() *[]*MixinApplication {
	out := append([]*MixinApplication(nil), a.applications...)
	return &out
}

func (a *mixinApplicator) RequireAll() MixinApplicator { a.expectAll = true; return a }
func (a *mixinApplicator) RequireAny() MixinApplicator { a.expectAny = true; return a }

func (a *mixinApplicator) Apply(mixins ...constructs.IMixin) MixinApplicator {
	var applied []*MixinApplication
	selected := *a.SelectedConstructs()
	for _, m := range mixins {
		if m == nil || isNilValue(m) {
			continue
		}
		for _, c := range selected {
			if s := m.Supports(c); s != nil && *s {
				c.Node().AddMetadata(str("aws:cdk:analytics:mixin"), map[string]interface{}{"mixin": "*"}, nil)
				m.ApplyTo(c)
				applied = append(applied, &MixinApplication{Construct: c, Mixin: m})
			} else if a.expectAll {
				panicf(*a.scope.Node().Path(), "Mixin %s could not be applied to %s but was required to.", typeName(m), typeName(c))
			}
		}
	}
	if a.expectAny && len(applied) == 0 {
		panicf(*a.scope.Node().Path(), "At least one mixin application was required, but none of the provided mixins could be applied to any selected construct.")
	}
	a.applications = append(a.applications, applied...)
	return a
}

func typeName(x interface{}) string {
	t := reflect.TypeOf(x)
	for t != nil && t.Kind() == reflect.Ptr {
		t = t.Elem()
	}
	if t == nil || t.Name() == "" {
		return "Object"
	}
	return t.Name()
}

// Mixins carries Mixins_Of.
type Mixins interface{}

type mixinsType struct{}

// NewMixins returns a Mixins; its statics are what matter.
func NewMixins() Mixins { return &mixinsType{} }

// NewMixins_Override creates a Mixins for m.
func NewMixins_Override(m Mixins) { overrideValue(m, NewMixins()) }

// Mixins_Of applies mixins to what selector (default: all) picks under scope.
func Mixins_Of(scope constructs.IConstruct, selector IConstructSelector) MixinApplicator {
	return NewMixinApplicator(scope, selector)
}

// Shims carries the conversions between mixins and aspects.
type Shims interface{}

type aspectMixin struct{ aspect IAspect }

func (m aspectMixin) Supports(constructs.IConstruct) *bool { return boolp(true) }
func (m aspectMixin) ApplyTo(c constructs.IConstruct)      { m.aspect.Visit(c) }

type mixinAspect struct{ mixin constructs.IMixin }

func (a mixinAspect) Visit(node constructs.IConstruct) {
	if s := a.mixin.Supports(node); s != nil && *s {
		a.mixin.ApplyTo(node)
	}
}

// Shims_AsMixin turns an aspect into a mixin that visits each construct.
func Shims_AsMixin(aspect IAspect) constructs.IMixin { return aspectMixin{aspect} }

// Shims_AsAspect turns a mixin into an aspect that applies it where supported.
func Shims_AsAspect(mixin constructs.IMixin) IAspect { return mixinAspect{mixin} }
