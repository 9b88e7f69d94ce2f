package awssqs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the L2 in the user's struct.

// NewQueuePolicy_Override initialises outer, a type embedding QueuePolicy (how Go programs
// subclass it).
func NewQueuePolicy_Override(outer QueuePolicy, a1 constructs.Construct, a2 *string, a3 *QueuePolicyProps) {
	l2.Override(outer, NewQueuePolicy(a1, a2, a3))
}

// NewQueue_Override initialises outer, a type embedding Queue (how Go programs
// subclass it).
func NewQueue_Override(outer Queue, a1 constructs.Construct, a2 *string, a3 *QueueProps) {
	l2.Override(outer, NewQueue(a1, a2, a3))
}

// QueueBase_IsConstruct reports whether x is a construct.
func QueueBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// QueueBase_IsOwnedResource reports whether construct is a Resource this app created.
func QueueBase_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// QueueBase_IsResource reports whether construct is a Resource.
func QueueBase_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// QueuePolicy_IsConstruct reports whether x is a construct.
func QueuePolicy_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// QueuePolicy_IsOwnedResource reports whether construct is a Resource this app created.
func QueuePolicy_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// QueuePolicy_IsResource reports whether construct is a Resource.
func QueuePolicy_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// QueuePolicy_PROPERTY_INJECTION_ID is the id property injectors use for QueuePolicy.
func QueuePolicy_PROPERTY_INJECTION_ID() *string {
	s := "aws-cdk-lib.aws-sqs.QueuePolicy"
	return &s
}

// Queue_IsConstruct reports whether x is a construct.
func Queue_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Queue_IsOwnedResource reports whether construct is a Resource this app created.
func Queue_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Queue_IsResource reports whether construct is a Resource.
func Queue_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}
