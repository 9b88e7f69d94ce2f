package awskinesis

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the L2 in the user's struct.

// NewStream_Override initialises outer, a type embedding Stream.
func NewStream_Override(outer Stream, scope constructs.Construct, id *string, props *StreamProps) {
	l2.Override(outer, NewStream(scope, id, props))
}

// NewStreamConsumer_Override initialises outer, a type embedding StreamConsumer.
func NewStreamConsumer_Override(outer StreamConsumer, scope constructs.Construct, id *string, props *StreamConsumerProps) {
	l2.Override(outer, NewStreamConsumer(scope, id, props))
}

// NewResourcePolicy_Override initialises outer, a type embedding ResourcePolicy.
func NewResourcePolicy_Override(outer ResourcePolicy, scope constructs.Construct, id *string, props *ResourcePolicyProps) {
	l2.Override(outer, NewResourcePolicy(scope, id, props))
}

// Stream_IsConstruct reports whether x is a construct.
func Stream_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Stream_IsOwnedResource reports whether construct is a Resource this app created.
func Stream_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Stream_IsResource reports whether construct is a Resource.
func Stream_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// StreamConsumer_IsConstruct reports whether x is a construct.
func StreamConsumer_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// StreamConsumer_IsOwnedResource reports whether construct is a Resource this app created.
func StreamConsumer_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// StreamConsumer_IsResource reports whether construct is a Resource.
func StreamConsumer_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// ResourcePolicy_IsConstruct reports whether x is a construct.
func ResourcePolicy_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ResourcePolicy_IsOwnedResource reports whether construct is a Resource this app created.
func ResourcePolicy_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ResourcePolicy_IsResource reports whether construct is a Resource.
func ResourcePolicy_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}
