package awssnssubscriptions

import (
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the L2 in the user's struct.

// NewEmailSubscription_Override initialises outer, a type embedding EmailSubscription (how Go programs
// subclass it).
func NewEmailSubscription_Override(outer EmailSubscription, a1 *string, a2 *EmailSubscriptionProps) {
	l2.Override(outer, NewEmailSubscription(a1, a2))
}

// NewLambdaSubscription_Override initialises outer, a type embedding LambdaSubscription (how Go programs
// subclass it).
func NewLambdaSubscription_Override(outer LambdaSubscription, a1 awslambda.IFunction, a2 *LambdaSubscriptionProps) {
	l2.Override(outer, NewLambdaSubscription(a1, a2))
}

// NewSmsSubscription_Override initialises outer, a type embedding SmsSubscription (how Go programs
// subclass it).
func NewSmsSubscription_Override(outer SmsSubscription, a1 *string, a2 *SmsSubscriptionProps) {
	l2.Override(outer, NewSmsSubscription(a1, a2))
}

// NewSqsSubscription_Override initialises outer, a type embedding SqsSubscription (how Go programs
// subclass it).
func NewSqsSubscription_Override(outer SqsSubscription, a1 awssqs.IQueue, a2 *SqsSubscriptionProps) {
	l2.Override(outer, NewSqsSubscription(a1, a2))
}

// NewUrlSubscription_Override initialises outer, a type embedding UrlSubscription (how Go programs
// subclass it).
func NewUrlSubscription_Override(outer UrlSubscription, a1 *string, a2 *UrlSubscriptionProps) {
	l2.Override(outer, NewUrlSubscription(a1, a2))
}
