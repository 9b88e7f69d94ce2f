package awssnssubscriptions

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/jsii"
)

// optInRegions are the regions aws-cdk-lib's region-info marks as opt-in.
var optInRegions = map[string]bool{
	"af-south-1": true, "ap-east-1": true, "ap-east-2": true, "ap-south-2": true, "ap-southeast-3": true,
	"ap-southeast-4": true, "ap-southeast-5": true, "ap-southeast-6": true, "ap-southeast-7": true,
	"ca-west-1": true, "eu-central-2": true, "eu-south-1": true, "eu-south-2": true, "il-central-1": true,
	"me-central-1": true, "me-south-1": true, "me-west-1": true, "mx-central-1": true,
}

func unresolved(x interface{}) bool { return *awscdk.Token_IsUnresolved(x) }

// owned reports whether topic was defined in this app (an awssns.Topic).
func owned(topic awssns.ITopic) bool {
	_, ok := topic.(awssns.Topic)
	return ok
}

// regionFromArn is the Region of a subscription: the topic's region when
// an owned topic lives in another region than the subscriber, the region of
// an imported topic's ARN.
func regionFromArn(topic awssns.ITopic, resource awscdk.IResource) *string {
	if owned(topic) {
		tr := topic.Env().Region
		if topic.Stack() != resource.Stack() && !unresolved(tr) && deref(tr) != deref(resource.Env().Region) {
			return tr
		}
		return nil
	}
	return awscdk.Stack_Of(topic).SplitArn(topic.TopicArn(), awscdk.ArnFormat_SLASH_RESOURCE_NAME).Region
}

func resolveTopicRegion(topic awssns.ITopic, subscriber awscdk.IResource) *string {
	if owned(topic) {
		if unresolved(topic.Env().Region) {
			return nil
		}
		return topic.Env().Region
	}
	if unresolved(topic.TopicArn()) {
		return nil
	}
	r := awscdk.Stack_Of(subscriber).SplitArn(topic.TopicArn(), awscdk.ArnFormat_SLASH_RESOURCE_NAME).Region
	if r == nil || *r == "" || unresolved(r) {
		return nil
	}
	return r
}

// snsServicePrincipal is the principal SNS uses to reach the subscriber:
// regional for opt-in regions when topic and subscriber regions differ.
func snsServicePrincipal(topic awssns.ITopic, subscriber awscdk.IResource) awsiam.IPrincipal {
	tr := resolveTopicRegion(topic, subscriber)
	sr := awscdk.Stack_Of(subscriber).Region()
	if tr == nil || *tr == "" || unresolved(tr) || unresolved(sr) || *tr == *sr {
		return awsiam.NewServicePrincipal(jsii.String("sns.amazonaws.com"), nil)
	}
	if optInRegions[*sr] {
		return awsiam.ServicePrincipal_FromStaticServicePrincipleName(jsii.String("sns." + *sr + ".amazonaws.com"))
	}
	if optInRegions[*tr] {
		return awsiam.ServicePrincipal_FromStaticServicePrincipleName(jsii.String("sns." + *tr + ".amazonaws.com"))
	}
	return awsiam.NewServicePrincipal(jsii.String("sns.amazonaws.com"), nil)
}

// addStackDependency makes the subscriber's stack deploy after an owned
// topic's stack in another stack.
func addStackDependency(topic awssns.ITopic, subscriber awscdk.IResource) {
	if owned(topic) && topic.Stack() != subscriber.Stack() {
		subscriber.Stack().AddStackDependency(topic.Stack(), nil)
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
