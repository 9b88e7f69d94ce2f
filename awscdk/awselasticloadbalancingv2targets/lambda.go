package awselasticloadbalancingv2targets

import (
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// LambdaTarget is a Lambda function behind a target group of target type LAMBDA.
type LambdaTarget interface {
	elbv2.IApplicationLoadBalancerTarget
	elbv2.INetworkLoadBalancerTarget
	AttachToApplicationTargetGroup(targetGroup elbv2.IApplicationTargetGroup) *elbv2.LoadBalancerTargetProps
	AttachToNetworkTargetGroup(targetGroup elbv2.INetworkTargetGroup) *elbv2.LoadBalancerTargetProps
}

type lambdaTarget struct{ fn awslambda.IFunction }

// NewLambdaTarget is fn; Elastic Load Balancing is allowed to invoke it,
// before the target group registers it.
func NewLambdaTarget(fn awslambda.IFunction) LambdaTarget {
	if fn == nil {
		diag.Panic("", "LambdaTarget: a function is required")
	}
	return &lambdaTarget{fn: fn}
}

func (t *lambdaTarget) attach(group constructs.IConstruct) *elbv2.LoadBalancerTargetProps {
	t.fn.GrantInvoke(awsiam.NewServicePrincipal(jsii.String("elasticloadbalancing.amazonaws.com"), nil)).ApplyBefore(group)
	return &elbv2.LoadBalancerTargetProps{TargetType: elbv2.TargetType_LAMBDA,
		TargetJson: &elbv2.CfnTargetGroup_TargetDescriptionProperty{Id: t.fn.FunctionArn()}}
}

func (t *lambdaTarget) AttachToApplicationTargetGroup(targetGroup elbv2.IApplicationTargetGroup) *elbv2.LoadBalancerTargetProps {
	return t.attach(targetGroup)
}

func (t *lambdaTarget) AttachToNetworkTargetGroup(targetGroup elbv2.INetworkTargetGroup) *elbv2.LoadBalancerTargetProps {
	return t.attach(targetGroup)
}
