package awscdk

import "github.com/strata-cdk/strata/constructs"

// IInspectable can describe itself in tree.json.
type IInspectable interface {
	Inspect(inspector TreeInspector)
}

// TreeInspector collects the attributes a construct reports about itself.
type TreeInspector interface {
	Attributes() *map[string]interface{}
	AddAttribute(key *string, value interface{})
}

type treeInspector struct{ attrs map[string]interface{} }

// NewTreeInspector creates an empty inspector.
func NewTreeInspector() TreeInspector { return &treeInspector{attrs: map[string]interface{}{}} }

func (t *treeInspector) Attributes() *map[string]interface{} { return &t.attrs }
func (t *treeInspector) AddAttribute(key *string, value interface{}) {
	t.attrs[deref(key)] = value
}

// ReferenceStrength says how a reference across stacks is made.
type ReferenceStrength string

const (
	ReferenceStrength_STRONG ReferenceStrength = "STRONG"
	ReferenceStrength_WEAK   ReferenceStrength = "WEAK"
	ReferenceStrength_BOTH   ReferenceStrength = "BOTH"
)

func (s ReferenceStrength) contextValue() string {
	switch s {
	case ReferenceStrength_WEAK:
		return "weak"
	case ReferenceStrength_BOTH:
		return "both"
	}
	return "strong"
}

// CrossStackReferences sets how references from or to a scope are made.
type CrossStackReferences interface {
	Consume(strength ReferenceStrength)
	Produce(strength ReferenceStrength)
}

type crossStackRefs struct{ scope constructs.IConstruct }

// CrossStackReferences_Of returns the reference settings of scope.
func CrossStackReferences_Of(scope constructs.IConstruct) CrossStackReferences {
	return &crossStackRefs{scope: scope}
}

// Produce sets the strength of references to scope's resource.
func (c *crossStackRefs) Produce(strength ReferenceStrength) {
	if r, ok := c.scope.Node().DefaultChild().(CfnResource); ok {
		r.ApplyCrossStackReferenceStrength(strength)
		return
	}
	if r, ok := c.scope.(CfnResource); ok {
		r.ApplyCrossStackReferenceStrength(strength)
		return
	}
	addError(c.scope, "cannot apply cross-stack reference strength: scope has no default child CfnResource and is not a CfnResource itself")
}

// Consume sets the strength of references made from scope.
func (c *crossStackRefs) Consume(strength ReferenceStrength) {
	c.scope.Node().SetContext(str("@aws-cdk/core:defaultCrossStackReferences"), strength.contextValue())
}
