package awscdk

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
)

// The constructors of aws-cdk-lib's abstract classes exist in aws-cdk-go only
// as _Override functions: a program's struct embeds the class and adds the
// members it defines.

// NewCfnElement_Override makes e, a pointer to the program's struct that
// embeds CfnElement, an element of the template in scope. The element has a
// logical ID and a stack, as every element does; what it writes into the
// template is nothing, since the member that renders an element is internal
// to aws-cdk-lib and cannot be supplied from Go.
func NewCfnElement_Override(e CfnElement, scope constructs.Construct, id *string) {
	overrideConstruct(e, CfnElement(newPlainElement(scope, id)))
}

// NewCfnRefElement_Override is NewCfnElement_Override for an element that
// can be referenced with Ref.
func NewCfnRefElement_Override(e CfnRefElement, scope constructs.Construct, id *string) {
	overrideConstruct(e, CfnRefElement(newPlainElement(scope, id)))
}

type plainElement struct{ *cfnElement }

func newPlainElement(scope constructs.Construct, id *string) *plainElement {
	e := &plainElement{cfnElement: &cfnElement{}}
	initElement(scope, id, e.cfnElement)
	setHost(e.Construct, e)
	e.toCfn = func() *ojson.Object { return ojson.New() }
	return e
}

func (e *plainElement) Ref() *string {
	return Token_AsString(referenceFor(e.cfnElement, "Ref", ""), nil)
}

// NewCustomResourceProviderBase_Override makes c, a pointer to the program's
// struct that embeds CustomResourceProviderBase, a custom resource provider
// whose handler is CodeDirectory/index.js, run by RuntimeName.
func NewCustomResourceProviderBase_Override(c CustomResourceProviderBase, scope constructs.Construct, id *string, props *CustomResourceProviderBaseProps) {
	if props == nil {
		props = &CustomResourceProviderBaseProps{}
	}
	overrideConstruct(c, CustomResourceProviderBase(newCustomResourceProviderBase(scope, id, props)))
}

// NewIgnoreStrategy_Override makes i, a pointer to the program's struct that
// embeds IgnoreStrategy, an ignore strategy. The program's struct defines Add
// and Ignores (abstract in aws-cdk-lib); CompletelyIgnores is false unless
// it defines that too.
func NewIgnoreStrategy_Override(i IgnoreStrategy) {
	overrideValue(i, IgnoreStrategy(abstractIgnore{}))
}

// abstractIgnore is the base an IgnoreStrategy of the program's own embeds.
type abstractIgnore struct{}

func (abstractIgnore) Add(pattern *string) {
	panicf("", "IgnoreStrategy.Add is abstract: define Add on the type given to NewIgnoreStrategy_Override")
}

func (abstractIgnore) Ignores(absoluteFilePath *string) *bool {
	panicf("", "IgnoreStrategy.Ignores is abstract: define Ignores on the type given to NewIgnoreStrategy_Override")
	return nil
}

func (abstractIgnore) CompletelyIgnores(absoluteDirectoryPath *string) *bool { return boolp(false) }
