package awss3notifications

import (
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the L2 in the user's struct.

// NewLambdaDestination_Override initialises outer, a type embedding LambdaDestination (how Go programs
// subclass it).
func NewLambdaDestination_Override(outer LambdaDestination, a1 awslambda.IFunction) {
	l2.Override(outer, NewLambdaDestination(a1))
}

// NewSnsDestination_Override initialises outer, a type embedding SnsDestination (how Go programs
// subclass it).
func NewSnsDestination_Override(outer SnsDestination, a1 awssns.ITopic) {
	l2.Override(outer, NewSnsDestination(a1))
}

// NewSqsDestination_Override initialises outer, a type embedding SqsDestination (how Go programs
// subclass it).
func NewSqsDestination_Override(outer SqsDestination, a1 awssqs.IQueue) {
	l2.Override(outer, NewSqsDestination(a1))
}
