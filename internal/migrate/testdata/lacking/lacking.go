package main

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssqs"
	"github.com/aws/jsii-runtime-go"
)

// useLacking calls APIs of aws-cdk-go that Strata doesn't have yet.
func useLacking(stack awscdk.Stack) {
	awscdk.PropertyInjectors_Of(stack)
	q := awssqs.NewQueue(stack, jsii.String("Lacking"), nil)
	q.MetricApproximateAgeOfOldestMessage(nil)
}
