package awscdk

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
)

// Reference is a token that stands for an attribute of a construct.
type Reference interface {
	Intrinsic
	DisplayName() *string
	Target() constructs.IConstruct
}

// cfnReference is a Ref or Fn::GetAtt of a template element. When it is
// used from another stack, synthesis assigns a replacement (an import or a
// stack output read) for that consuming stack.
type cfnReference struct {
	target      *cfnElement
	attribute   string
	value       interface{}
	typeHint    ResolutionTypeHint
	askedHint   ResolutionTypeHint // the hint it was asked for ("" or typeHint)
	replacement map[*stack]interface{}
	// str is the reference's string encoding, once it has one.
	str string
}

func (r *cfnReference) encoding() *string { return &r.str }

// referenceFor returns the one reference of target's attribute ("Ref" for Ref).
func referenceFor(target *cfnElement, attribute string, hint ResolutionTypeHint) *cfnReference {
	// Each element keeps its references, so one attribute read with one
	// hint is one token. Elements have a handful: a list, not a map.
	for _, r := range target.refs {
		if r.attribute == attribute && r.askedHint == hint {
			return r
		}
	}
	r := &cfnReference{target: target, attribute: attribute, typeHint: hint, askedHint: hint}
	if hint == "" {
		r.typeHint = ResolutionTypeHint_STRING
	}
	target.refs = append(target.refs, r)
	return r
}

func (r *cfnReference) CreationStack() *[]*string         { return &[]*string{} }
func (r *cfnReference) TypeHint() ResolutionTypeHint      { return r.typeHint }
func (r *cfnReference) ToString() *string                 { return Token_AsString(r, nil) }
func (r *cfnReference) ToStringList() *[]*string          { return Token_AsList(r, nil) }
func (r *cfnReference) ToJSON() interface{}               { return "<unresolved-token>" }
func (r *cfnReference) NewError(m *string) interface{}    { return deref(m) }
func (r *cfnReference) DisplayName() *string              { return str(r.attribute) }
func (r *cfnReference) tokenScope() constructs.IConstruct { return r.target.Construct }
func (r *cfnReference) Target() constructs.IConstruct {
	return hostOf(r.target.Construct)
}

func (r *cfnReference) Resolve(ctx IResolveContext) interface{} {
	if ctx.Scope() != nil {
		if consumer := stackOf(ctx.Scope()); consumer != nil {
			if v, ok := r.replacement[consumer]; ok {
				return v
			}
		}
	}
	if r.value == nil {
		// Made when first resolved: L2s read many attributes that no
		// template uses.
		if r.attribute == "Ref" {
			r.value = obj("Ref", r.target.logicalID)
		} else {
			r.value = obj("Fn::GetAtt", []interface{}{r.target.logicalID, r.attribute})
		}
	}
	return r.value
}

func (r *cfnReference) hasValueForStack(s *stack) bool {
	if s == r.target.stack {
		return true
	}
	_, ok := r.replacement[s]
	return ok
}

func (r *cfnReference) assignValueForStack(s *stack, v interface{}) {
	if r.replacement == nil {
		r.replacement = map[*stack]interface{}{} // only references used across stacks have one
	}
	r.replacement[s] = v
}

// renderReference names a reference in error messages.
func (r *cfnReference) String() string {
	return "{" + *r.target.Node().Path() + "[" + r.attribute + "]}"
}

var _ = ojson.New

// coupledReference is a reference whose cross-stack strength the consumer
// chose (Stack_ConsumeReference).
type coupledReference struct {
	ref      *cfnReference
	strength ReferenceStrength
	resolved interface{}
}

func (c *coupledReference) tokenScope() constructs.IConstruct { return c.ref.target.Construct }

func (c *coupledReference) Resolve(ctx IResolveContext) interface{} {
	if c.resolved != nil {
		if r, ok := c.resolved.(resolvable); ok {
			return r.Resolve(ctx)
		}
		return c.resolved
	}
	// Resolve the reference directly, not as a token, so that finding
	// references does not treat it as a plain (default strength) one.
	return c.ref.Resolve(ctx)
}

func makeCoupledReference(value interface{}, strength ReferenceStrength) *coupledReference {
	ref, ok := reverseReference(value)
	if !ok {
		panicf("", "Stack_ConsumeReference: the value is not a reference to a resource attribute")
	}
	if strength == "" {
		strength = ReferenceStrength_BOTH
	}
	return &coupledReference{ref: ref, strength: strength}
}

// Stack_ConsumeReference marks a reference to be consumed with the given strength.
func Stack_ConsumeReference(value *string, strength ReferenceStrength) *string {
	return Token_AsString(makeCoupledReference(value, strength), nil)
}

// Stack_ConsumeListReference marks a list reference to be consumed with the given strength.
func Stack_ConsumeListReference(value *[]*string, strength ReferenceStrength) *[]*string {
	return Token_AsList(makeCoupledReference(value, strength), nil)
}
