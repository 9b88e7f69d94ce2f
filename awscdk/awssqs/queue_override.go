package awssqs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// NewQueueBase_Override initialises q, a program's own queue type that
// embeds QueueBase (aws-cdk-lib's `class X extends QueueBase`). The type
// defines the abstract members itself: QueueArn, QueueName, QueueUrl, Fifo,
// AutoCreatePolicy, EncryptionMasterKey and EncryptionType. QueueBase's
// methods (grants, AddToResourcePolicy, metrics, QueueRef) read them from
// q; a member q leaves out reads as aws-cdk-lib's undefined (nil, false).
func NewQueueBase_Override(q QueueBase, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	b := &queueBase{}
	b.Resource = awscdk.NewResource(scope, id, props)
	undefined := func() *string { return nil }
	b.arn, b.name, b.url = undefined, undefined, undefined
	l2.OverrideAbstract(q, QueueBase(b))
	b.init(q)
	// q's method set cannot carry the unexported grantOnKey, so the grants
	// get the base's, which asks q for its key.
	if g, ok := b.grants.(*queueGrants); ok {
		g.keyGrant = b.grantOnKey
	}
}

// autoCreate is AutoCreatePolicy as the outer object (a program's subclass,
// or Queue itself) answers it.
func (q *queueBase) autoCreate() bool {
	if o, ok := q.self.(interface{ AutoCreatePolicy() *bool }); ok {
		v := o.AutoCreatePolicy()
		return v != nil && *v
	}
	return q.autoCreatePolicy
}
