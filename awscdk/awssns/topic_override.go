package awssns

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// NewTopicBase_Override initialises t, a program's own topic type that
// embeds TopicBase (aws-cdk-lib's `class X extends TopicBase`). The type
// defines the abstract members itself: TopicArn, TopicName, Fifo,
// ContentBasedDeduplication, AutoCreatePolicy and MasterKey. TopicBase's
// methods (grants, subscriptions, AddToResourcePolicy, the SSL policy,
// metrics) read them from t; a member t leaves out reads as aws-cdk-lib's
// undefined (nil, false).
func NewTopicBase_Override(t TopicBase, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	b := &topicBase{}
	b.Resource = awscdk.NewResource(scope, id, props)
	undefined := func() *string { return nil }
	b.arn, b.name = undefined, undefined
	l2.OverrideAbstract(t, TopicBase(b))
	b.init(t)
	// t's method set cannot carry the unexported grantOnKey, so the grants
	// get the base's, which asks t for its key.
	if g, ok := b.grants.(*topicGrants); ok {
		g.keyGrant = b.grantOnKey
	}
}

// autoCreate is AutoCreatePolicy as the outer object (a program's subclass,
// or Topic itself) answers it.
func (t *topicBase) autoCreate() bool {
	if o, ok := t.self.(interface{ AutoCreatePolicy() *bool }); ok {
		v := o.AutoCreatePolicy()
		return v != nil && *v
	}
	return t.autoCreatePolicy
}
