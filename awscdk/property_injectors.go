package awscdk

import (
	"github.com/strata-cdk/strata/constructs"
)

// IPropertyInjector changes the props of one construct class as its
// constructs are created below the scope that holds the injector.
//
// Inject gets the props the program passed, as the construct's own props
// pointer (e.g. *awss3.BucketProps, never nil: an empty struct stands for
// none), and returns the props to build with, of the same type. The
// InjectionContext names the scope and id of the construct being made.
type IPropertyInjector interface {
	// Inject returns the props to build the construct with.
	Inject(originalProps interface{}, context *InjectionContext) interface{}
	// ConstructUniqueId is the class the injector applies to: its
	// <Class>_PROPERTY_INJECTION_ID(), e.g. "aws-cdk-lib.aws-s3.Bucket".
	ConstructUniqueId() *string
}

// InjectionContext is where the construct whose props are injected is made.
type InjectionContext struct {
	Id    *string              `field:"required" json:"id" yaml:"id"`
	Scope constructs.Construct `field:"required" json:"scope" yaml:"scope"`
}

// PropertyInjectors are the injectors attached to a scope (an App, Stage,
// Stack or any construct); the nearest scope with an injector for a class
// wins.
type PropertyInjectors interface {
	// Scope is the construct the injectors are attached to.
	Scope() constructs.IConstruct
	// Add attaches injectors, replacing one for the same class.
	Add(propsInjectors ...IPropertyInjector)
	// For is the injector for a class, or nil.
	For(uniqueId *string) IPropertyInjector
	// SupportedClasses are the classes that have an injector here.
	SupportedClasses() *[]*string
}

type propertyInjectors struct {
	scope constructs.IConstruct
	order []string
	byID  map[string]IPropertyInjector
}

// PropertyInjectors_Of returns the injectors of scope, creating the empty
// set on first use.
func PropertyInjectors_Of(scope constructs.IConstruct) PropertyInjectors {
	if scope == nil || isNilValue(scope) {
		panicf("", "PropertyInjectors.of needs a scope")
	}
	a := appOf(scope)
	if a == nil {
		panicf(*scope.Node().Path(), "PropertyInjectors.of needs a construct of this construct tree")
	}
	if a.injectors == nil {
		a.injectors = map[constructs.Node]*propertyInjectors{}
	}
	p := a.injectors[scope.Node()]
	if p == nil {
		p = &propertyInjectors{scope: scope, byID: map[string]IPropertyInjector{}}
		a.injectors[scope.Node()] = p
	}
	return p
}

// PropertyInjectors_HasPropertyInjectors reports whether x is a construct
// that PropertyInjectors_Of was called on.
func PropertyInjectors_HasPropertyInjectors(x interface{}) *bool {
	c, ok := x.(constructs.IConstruct)
	if !ok || isNilValue(c) {
		return boolp(false)
	}
	a := appOf(c)
	return boolp(a != nil && a.injectors[c.Node()] != nil)
}

func (p *propertyInjectors) Scope() constructs.IConstruct { return p.scope }

func (p *propertyInjectors) Add(propsInjectors ...IPropertyInjector) {
	for _, pi := range propsInjectors {
		if pi == nil || isNilValue(pi) {
			continue
		}
		id := deref(pi.ConstructUniqueId())
		if _, ok := p.byID[id]; !ok {
			p.order = append(p.order, id)
		}
		p.byID[id] = pi
	}
}

func (p *propertyInjectors) For(uniqueId *string) IPropertyInjector {
	return p.byID[deref(uniqueId)]
}

func (p *propertyInjectors) SupportedClasses() *[]*string {
	out := make([]*string, len(p.order))
	for i, id := range p.order {
		out[i] = str(id)
	}
	return &out
}

// addInjectors attaches the injectors an App, Stage or Stack was given.
func addInjectors(scope constructs.IConstruct, injectors *[]IPropertyInjector) {
	if injectors != nil && len(*injectors) > 0 {
		PropertyInjectors_Of(scope).Add(*injectors...)
	}
}

// InjectProps runs the injector for uniqueID nearest to scope (scope, then
// its ancestors) on props; internal/l2's Inject calls it through the tree,
// so it is no public API (appState is unexported).
func (a *appState) InjectProps(uniqueID string, props interface{}, scope constructs.IConstruct, id string) interface{} {
	if len(a.injectors) == 0 || scope == nil || isNilValue(scope) {
		return props
	}
	for _, c := range reverseScopes(scope) {
		if p := a.injectors[c.Node()]; p != nil {
			if inj := p.byID[uniqueID]; inj != nil {
				sc, _ := scope.(constructs.Construct)
				return inj.Inject(props, &InjectionContext{Id: str(id), Scope: sc})
			}
		}
	}
	return props
}

// reverseScopes is scope and its ancestors, nearest first.
func reverseScopes(scope constructs.IConstruct) []constructs.IConstruct {
	all := *scope.Node().Scopes()
	out := make([]constructs.IConstruct, len(all))
	for i, c := range all {
		out[len(all)-1-i] = c
	}
	return out
}
