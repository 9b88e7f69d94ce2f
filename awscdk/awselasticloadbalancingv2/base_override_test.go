package awselasticloadbalancingv2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// A load balancer and a target group type of a program's own, as an
// aws-cdk-go program writes them.
type myLb struct{ elbv2.BaseLoadBalancer }

type myTg struct{ elbv2.TargetGroupBase }

// The Go twin of the Bases stack in testdata/twins.js.
func TestBaseOverrideTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){
		"Bases": func(s awscdk.Stack) {
			vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(0), RestrictDefaultSecurityGroup: jsii.Bool(false)})
			lb := &myLb{}
			elbv2.NewBaseLoadBalancer_Override(lb, s, jsii.String("Lb"), &elbv2.BaseLoadBalancerProps{Vpc: vpc, InternetFacing: jsii.Bool(true),
				DeletionProtection: jsii.Bool(true), CrossZoneEnabled: jsii.Bool(true)},
				map[string]interface{}{"type": "network", "ipAddressType": "ipv4"})
			inner := &myLb{}
			elbv2.NewBaseLoadBalancer_Override(inner, s, jsii.String("Inner"), &elbv2.BaseLoadBalancerProps{Vpc: vpc, LoadBalancerName: jsii.String("my-inner"),
				VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED}},
				&elbv2.CfnLoadBalancerProps{Type: jsii.String("application"), SecurityGroups: &[]interface{}{jsii.String("sg-0123456789abcdef0")}})
			inner.SetAttribute(jsii.String("idle_timeout.timeout_seconds"), jsii.String("30"))
			tg := &myTg{}
			elbv2.NewTargetGroupBase_Override(tg, s, jsii.String("Tg"), &elbv2.BaseTargetGroupProps{Vpc: vpc, TargetType: elbv2.TargetType_IP,
				DeregistrationDelay: awscdk.Duration_Seconds(jsii.Number(30)), HealthCheck: &elbv2.HealthCheck{Path: jsii.String("/hc"), HealthyHttpCodes: jsii.String("200")},
				TargetGroupName: jsii.String("my-tg")}, &elbv2.CfnTargetGroupProps{Port: jsii.Number(8080), Protocol: jsii.String("HTTP")})
			tg.SetAttribute(jsii.String("stickiness.enabled"), jsii.String("false"))
			out(s, "LbDns", lb.LoadBalancerDnsName())
			out(s, "InnerArn", inner.LoadBalancerArn())
			out(s, "TgArn", tg.TargetGroupArn())
			out(s, "TgName", tg.TargetGroupName())
			if s.Node().FindChild(jsii.String("Tg")) != constructs.IConstruct(tg) {
				panic("the tree does not hand out the program's target group")
			}
		},
	}, nil)
}

var baseErrorCases = map[string]func(s awscdk.Stack){
	"BaseLbMappingsAndSubnets": func(s awscdk.Stack) {
		elbv2.NewBaseLoadBalancer_Override(&myLb{}, s, jsii.String("Lb"), &elbv2.BaseLoadBalancerProps{Vpc: awsec2.NewVpc(s, jsii.String("V"), nil),
			VpcSubnets: &awsec2.SubnetSelection{}}, map[string]interface{}{"subnetMappings": []interface{}{map[string]interface{}{"subnetId": "subnet-1"}}})
	},
}
