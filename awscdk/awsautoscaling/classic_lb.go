package awsautoscaling

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancing"
)

// AttachToClassicLB registers the group with a classic load balancer: its
// name joins the group's LoadBalancerNames.
func (a *autoScalingGroup) AttachToClassicLB(loadBalancer awselasticloadbalancing.LoadBalancer) {
	if loadBalancer == nil {
		throw(a, "attachToClassicLB: a load balancer is required")
	}
	a.loadBalancerNames = append(a.loadBalancerNames, loadBalancer.LoadBalancerName())
}

// lazyLoadBalancerNames renders the names attached so far, none when empty
// (aws-cdk-lib's omitted property).
func (a *autoScalingGroup) lazyLoadBalancerNames() *[]*string {
	return awscdk.Lazy_List(listProducer(func() *[]*string {
		if len(a.loadBalancerNames) == 0 {
			return nil
		}
		return &a.loadBalancerNames
	}), &awscdk.LazyListValueOptions{DisplayHint: str("loadBalancerNames")})
}
