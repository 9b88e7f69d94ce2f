package awsglobalaccelerator

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the L2 in the user's struct.

// NewAccelerator_Override initialises outer, a type embedding Accelerator.
func NewAccelerator_Override(a Accelerator, scope constructs.Construct, id *string, props *AcceleratorProps) {
	l2.Override(a, NewAccelerator(scope, id, props))
}

// NewListener_Override initialises outer, a type embedding Listener.
func NewListener_Override(l Listener, scope constructs.Construct, id *string, props *ListenerProps) {
	l2.Override(l, NewListener(scope, id, props))
}

// NewEndpointGroup_Override initialises outer, a type embedding EndpointGroup.
func NewEndpointGroup_Override(e EndpointGroup, scope constructs.Construct, id *string, props *EndpointGroupProps) {
	l2.Override(e, NewEndpointGroup(scope, id, props))
}

// NewRawEndpoint_Override initialises outer, a type embedding RawEndpoint.
func NewRawEndpoint_Override(r RawEndpoint, props *RawEndpointProps) {
	l2.Override(r, NewRawEndpoint(props))
}

// Accelerator_IsConstruct reports whether x is a construct.
func Accelerator_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Accelerator_IsOwnedResource reports whether construct is a Resource this app created.
func Accelerator_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Accelerator_IsResource reports whether construct is a Resource.
func Accelerator_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Listener_IsConstruct reports whether x is a construct.
func Listener_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Listener_IsOwnedResource reports whether construct is a Resource this app created.
func Listener_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Listener_IsResource reports whether construct is a Resource.
func Listener_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// EndpointGroup_IsConstruct reports whether x is a construct.
func EndpointGroup_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// EndpointGroup_IsOwnedResource reports whether construct is a Resource this app created.
func EndpointGroup_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// EndpointGroup_IsResource reports whether construct is a Resource.
func EndpointGroup_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}
