package awssns

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the L2 in the user's struct.

// NewFilter_Override initialises outer, a type embedding Filter (how Go programs
// subclass it).
func NewFilter_Override(outer Filter, a1 SubscriptionFilter) {
	l2.Override(outer, NewFilter(a1))
}

// NewPolicy_Override initialises outer, a type embedding Policy (how Go programs
// subclass it).
func NewPolicy_Override(outer Policy, a1 *map[string]FilterOrPolicy) {
	l2.Override(outer, NewPolicy(a1))
}

// NewSubscriptionFilter_Override initialises outer, a type embedding SubscriptionFilter (how Go programs
// subclass it).
func NewSubscriptionFilter_Override(outer SubscriptionFilter, a1 *[]interface{}) {
	l2.Override(outer, NewSubscriptionFilter(a1))
}

// NewSubscription_Override initialises outer, a type embedding Subscription (how Go programs
// subclass it).
func NewSubscription_Override(outer Subscription, a1 constructs.Construct, a2 *string, a3 *SubscriptionProps) {
	l2.Override(outer, NewSubscription(a1, a2, a3))
}

// NewTopicPolicy_Override initialises outer, a type embedding TopicPolicy (how Go programs
// subclass it).
func NewTopicPolicy_Override(outer TopicPolicy, a1 constructs.Construct, a2 *string, a3 *TopicPolicyProps) {
	l2.Override(outer, NewTopicPolicy(a1, a2, a3))
}

// NewTopic_Override initialises outer, a type embedding Topic (how Go programs
// subclass it).
func NewTopic_Override(outer Topic, a1 constructs.Construct, a2 *string, a3 *TopicProps) {
	l2.Override(outer, NewTopic(a1, a2, a3))
}

// Subscription_IsConstruct reports whether x is a construct.
func Subscription_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Subscription_IsOwnedResource reports whether construct is a Resource this app created.
func Subscription_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Subscription_IsResource reports whether construct is a Resource.
func Subscription_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// TopicBase_IsConstruct reports whether x is a construct.
func TopicBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// TopicBase_IsOwnedResource reports whether construct is a Resource this app created.
func TopicBase_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// TopicBase_IsResource reports whether construct is a Resource.
func TopicBase_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// TopicPolicy_IsConstruct reports whether x is a construct.
func TopicPolicy_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// TopicPolicy_IsOwnedResource reports whether construct is a Resource this app created.
func TopicPolicy_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// TopicPolicy_IsResource reports whether construct is a Resource.
func TopicPolicy_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Topic_IsConstruct reports whether x is a construct.
func Topic_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Topic_IsOwnedResource reports whether construct is a Resource this app created.
func Topic_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Topic_IsResource reports whether construct is a Resource.
func Topic_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Filter_Filter is FilterOrPolicy_Filter (statics are inherited in jsii).
func Filter_Filter(filter SubscriptionFilter) Filter { return FilterOrPolicy_Filter(filter) }

// Filter_Policy is FilterOrPolicy_Policy.
func Filter_Policy(policy *map[string]FilterOrPolicy) Policy { return FilterOrPolicy_Policy(policy) }

// Policy_Filter is FilterOrPolicy_Filter.
func Policy_Filter(filter SubscriptionFilter) Filter { return FilterOrPolicy_Filter(filter) }

// Policy_Policy is FilterOrPolicy_Policy.
func Policy_Policy(policy *map[string]FilterOrPolicy) Policy { return FilterOrPolicy_Policy(policy) }
