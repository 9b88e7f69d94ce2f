package customresources

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// physicalIDReference is the marker the handler replaces with the
// resource's current physical id.
const physicalIDReference = "PHYSICAL:RESOURCEID:"

// PhysicalResourceId is where an AwsSdkCall's physical resource id comes
// from: a fixed value or a path in the API response.
type PhysicalResourceId interface {
	// Literal string to be used as the physical id.
	Id() *string
	// Path to a response data element to be used as the physical id.
	ResponsePath() *string
}

type physicalResourceID struct {
	id, responsePath *string
}

func (p *physicalResourceID) Id() *string           { return p.id }
func (p *physicalResourceID) ResponsePath() *string { return p.responsePath }

// PhysicalResourceId_FromResponse takes the physical id from the API
// response at responsePath (dotted, e.g. "Parameter.ARN").
func PhysicalResourceId_FromResponse(responsePath *string) PhysicalResourceId {
	return &physicalResourceID{responsePath: responsePath}
}

// PhysicalResourceId_Of is a fixed physical id.
func PhysicalResourceId_Of(id *string) PhysicalResourceId {
	return &physicalResourceID{id: id}
}

// PhysicalResourceIdReference stands, in the parameters of an onUpdate or
// onDelete call, for the resource's physical id at deployment.
type PhysicalResourceIdReference interface {
	// The creation stack of this resolvable (no longer captured).
	CreationStack() *[]*string
	// Resolve produces the marker the handler replaces.
	Resolve(context awscdk.IResolveContext) interface{}
	// ToJSON is the marker, for JSON serialization.
	ToJSON() *string
	// ToString is the marker.
	ToString() *string
}

type physicalResourceIDReference struct{}

// NewPhysicalResourceIdReference returns a reference to the physical id.
func NewPhysicalResourceIdReference() PhysicalResourceIdReference {
	return &physicalResourceIDReference{}
}

// NewPhysicalResourceIdReference_Override initialises outer, a type
// embedding PhysicalResourceIdReference.
func NewPhysicalResourceIdReference_Override(p PhysicalResourceIdReference) {
	l2.Override(p, NewPhysicalResourceIdReference())
}

func (*physicalResourceIDReference) CreationStack() *[]*string {
	return &[]*string{jsii.String("Token stack traces are no longer captured")}
}
func (*physicalResourceIDReference) TypeHint() awscdk.ResolutionTypeHint {
	return awscdk.ResolutionTypeHint_STRING
}
func (*physicalResourceIDReference) Resolve(awscdk.IResolveContext) interface{} {
	return physicalIDReference
}
func (*physicalResourceIDReference) ToJSON() *string   { return jsii.String(physicalIDReference) }
func (*physicalResourceIDReference) ToString() *string { return jsii.String(physicalIDReference) }
