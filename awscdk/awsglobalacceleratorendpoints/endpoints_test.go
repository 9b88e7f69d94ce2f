package awsglobalacceleratorendpoints_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	ga "github.com/strata-cdk/strata/awscdk/awsglobalaccelerator"
	ep "github.com/strata-cdk/strata/awscdk/awsglobalacceleratorendpoints"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of testdata/twins.js; the expectations are aws-cdk-lib's.
var templateCases = map[string]func(s awscdk.Stack){
	"Endpoints": func(s awscdk.Stack) {
		vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(0)})
		alb := elbv2.NewApplicationLoadBalancer(s, jsii.String("Alb"), &elbv2.ApplicationLoadBalancerProps{Vpc: vpc})
		nlb := elbv2.NewNetworkLoadBalancer(s, jsii.String("Nlb"), &elbv2.NetworkLoadBalancerProps{Vpc: vpc})
		instance := awsec2.NewInstance(s, jsii.String("Instance"), &awsec2.InstanceProps{
			Vpc: vpc, InstanceType: awsec2.NewInstanceType(jsii.String("t3.micro")), MachineImage: awsec2.MachineImage_LatestAmazonLinux2023(nil),
		})
		eip := awsec2.NewCfnEIP(s, jsii.String("Eip"), nil)
		l := ga.NewAccelerator(s, jsii.String("Accelerator"), nil).AddListener(jsii.String("Listener"), &ga.ListenerOptions{PortRanges: &[]*ga.PortRange{{FromPort: jsii.Number(443)}}})
		l.AddEndpointGroup(jsii.String("Group"), &ga.EndpointGroupOptions{Endpoints: &[]ga.IEndpoint{
			ep.NewApplicationLoadBalancerEndpoint(alb, &ep.ApplicationLoadBalancerEndpointOptions{Weight: jsii.Number(128), PreserveClientIp: jsii.Bool(true)}),
			ep.NewNetworkLoadBalancerEndpoint(nlb, &ep.NetworkLoadBalancerEndpointProps{PreserveClientIp: jsii.Bool(false)}),
			ep.NewInstanceEndpoint(instance, &ep.InstanceEndpointProps{Weight: jsii.Number(0)}),
			ep.NewCfnEipEndpoint(eip, &ep.CfnEipEndpointProps{Weight: jsii.Number(255)}),
		}})
		l.AddEndpointGroup(jsii.String("Plain"), &ga.EndpointGroupOptions{Endpoints: &[]ga.IEndpoint{
			ep.NewApplicationLoadBalancerEndpoint(alb, nil), ep.NewCfnEipEndpoint(eip, nil),
		}})
	},
}

func TestEndpointTemplates(t *testing.T) {
	checkTemplates(t, templateCases)
}

var errorCases = map[string]func(s awscdk.Stack){
	"AlbWeight": func(s awscdk.Stack) {
		alb := elbv2.NewApplicationLoadBalancer(s, jsii.String("Alb"), &elbv2.ApplicationLoadBalancerProps{Vpc: awsec2.NewVpc(s, jsii.String("Vpc"), nil)})
		ep.NewApplicationLoadBalancerEndpoint(alb, &ep.ApplicationLoadBalancerEndpointOptions{Weight: jsii.Number(256)})
	},
	"EipWeight": func(s awscdk.Stack) {
		ep.NewCfnEipEndpoint(awsec2.NewCfnEIP(s, jsii.String("Eip"), nil), &ep.CfnEipEndpointProps{Weight: jsii.Number(-1.5)})
	},
}

func TestEndpointErrors(t *testing.T) {
	checkErrors(t, errorCases)
}

// Each endpoint reports the region of what it wraps.
func TestEndpointRegion(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), &awscdk.StackProps{Env: &awscdk.Environment{Region: jsii.String("eu-west-3"), Account: jsii.String("123456789012")}})
	e := ep.NewCfnEipEndpoint(awsec2.NewCfnEIP(s, jsii.String("Eip"), nil), nil)
	if got := *e.Region(); got != "eu-west-3" {
		t.Errorf("region = %s, want eu-west-3", got)
	}
}

// A missing resource is a user's mistake, never a Go panic trace.
func TestNilResource(t *testing.T) {
	for name, build := range map[string]func(){
		"Alb":      func() { ep.NewApplicationLoadBalancerEndpoint(nil, nil) },
		"Nlb":      func() { ep.NewNetworkLoadBalancerEndpoint(nil, nil) },
		"Instance": func() { ep.NewInstanceEndpoint(nil, nil) },
		"Eip":      func() { ep.NewCfnEipEndpoint(nil, nil) },
	} {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(awscdk.App) { build() })
			if err == nil || !strings.Contains(err.Error(), "is required") {
				t.Fatalf("got %v", err)
			}
		})
	}
}

// RenderEndpointConfiguration hands over what aws-cdk-go does: aws-cdk-lib's
// names, unset fields left out.
func TestRenderEndpointConfiguration(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	got := ep.NewCfnEipEndpoint(awsec2.NewCfnEIP(s, jsii.String("Eip"), nil), &ep.CfnEipEndpointProps{Weight: jsii.Number(3)}).RenderEndpointConfiguration()
	m, ok := got.(map[string]interface{})
	if !ok || len(m) != 2 || m["weight"] != 3.0 || m["endpointId"] == nil {
		t.Fatalf("got %#v", got)
	}
}
