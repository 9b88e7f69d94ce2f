package awscdk

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/tree"
)

// CfnElement is an element of a CloudFormation template: a resource,
// output, parameter, condition, mapping or rule.
type CfnElement interface {
	constructs.Construct
	CreationStack() *[]*string
	LogicalId() *string
	Stack() Stack
	OverrideLogicalId(newLogicalId *string)
	cfnEl() *cfnElement
}

// CfnRefElement is an element that can be referenced with Ref.
type CfnRefElement interface {
	CfnElement
	Ref() *string
}

// cfnElement holds what every template element shares.
type cfnElement struct {
	constructs.Construct
	stack         *stack
	logicalID     *string
	override      string
	locked        bool
	toCfn         func() *ojson.Object
	creationOrder int
	refs          []*cfnReference
	// allocated is the logical ID stack allocatedIn gave the element.
	allocated   string
	allocatedIn *stack
	// prepared is the element's fragment from the references pass, kept
	// for the rendering pass when nothing in it depends on that pass.
	prepared   interface{}
	preparedOK bool
}

// initElement creates the construct of an element and ties it to its stack.
func initElement(scope constructs.Construct, id *string, el *cfnElement) {
	el.Construct = constructs.NewConstruct(scope, id)
	el.stack = stackOf(el.Construct)
	// The App counts its elements, to order them by creation (a tiebreak).
	if a := appOf(el.Construct); a != nil {
		a.elements++
		el.creationOrder = a.elements
	}
	el.logicalID = lazyStringIn(el.Construct, func(IResolveContext) interface{} { return el.synthesizeLogicalID() })
}

// setHost registers host as the object the tree hands out for c.
func setHost(c constructs.IConstruct, host constructs.IConstruct) {
	if st := tree.Of(c.Node()); st != nil {
		st.Host = host
	}
}

func hostOf(c constructs.IConstruct) constructs.IConstruct {
	if st := tree.Of(c.Node()); st != nil {
		if h, ok := st.Host.(constructs.IConstruct); ok && h != nil {
			return h
		}
	}
	return c
}

func (e *cfnElement) cfnEl() *cfnElement { return e }

func (e *cfnElement) CreationStack() *[]*string { return &[]*string{} }

func (e *cfnElement) LogicalId() *string { return e.logicalID }

func (e *cfnElement) Stack() Stack {
	if e.stack == nil {
		return nil
	}
	return e.stack.host()
}

func (e *cfnElement) OverrideLogicalId(newLogicalID *string) {
	if e.locked {
		panicf(*e.Node().Path(), "the logicalId for resource at path %s has been locked and cannot be overridden: make sure you are calling OverrideLogicalId prior to Stack.ExportValue", *e.Node().Path())
	}
	e.override = deref(newLogicalID)
}

func (e *cfnElement) lockLogicalID() { e.locked = true }

func (e *cfnElement) synthesizeLogicalID() string {
	if e.override != "" {
		return e.override
	}
	if e.stack == nil {
		return ""
	}
	return e.stack.logicalIDFor(e)
}

// literalLogicalID is the logical id as a plain string.
func (e *cfnElement) literalLogicalID() string { return e.synthesizeLogicalID() }

// CfnElement_IsCfnElement reports whether x is a CfnElement.
func CfnElement_IsCfnElement(x interface{}) *bool {
	_, ok := x.(CfnElement)
	return &ok
}

// CfnRefElement_IsCfnElement reports whether x is a CfnElement.
func CfnRefElement_IsCfnElement(x interface{}) *bool { return CfnElement_IsCfnElement(x) }

// initL1 is internal/l1.Init for the L1s generated into this package
// (CfnStack, CfnWaitCondition, ...), which cannot import internal/l1.
func initL1(r CfnResource, host constructs.IConstruct, props interface{}) {
	r.cfnRes().propsSource = props
	setHost(r, host)
}
