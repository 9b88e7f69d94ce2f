package awsroute53targets_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	r53 "github.com/strata-cdk/strata/awscdk/awsroute53"
	targets "github.com/strata-cdk/strata/awscdk/awsroute53targets"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// Targets made from nil arguments fail with a user error, never a Go
// runtime panic; those that need nothing more bind.
func TestNilArguments(t *testing.T) {
	zone := func(s awscdk.Stack) r53.IHostedZone {
		return r53.HostedZone_FromHostedZoneAttributes(s, jsii.String("Z"), &r53.HostedZoneAttributes{HostedZoneId: jsii.String("Z1"), ZoneName: jsii.String("example.com")})
	}
	alias := func(s awscdk.Stack, t r53.IAliasRecordTarget) {
		r53.NewARecord(s, jsii.String("R"), &r53.ARecordProps{Zone: zone(s), Target: r53.RecordTarget_FromAlias(t)})
	}
	cases := map[string]func(s awscdk.Stack){
		"ApiGateway":       func(s awscdk.Stack) { targets.NewApiGateway(nil) },
		"ApiGatewayDomain": func(s awscdk.Stack) { targets.NewApiGatewayDomain(nil) },
		"BucketWebsite":    func(s awscdk.Stack) { targets.NewBucketWebsiteTarget(nil, nil) },
		"Beanstalk":        func(s awscdk.Stack) { alias(s, targets.NewElasticBeanstalkEnvironmentEndpointTarget(nil, nil)) },
		"Accelerator":      func(s awscdk.Stack) { targets.NewGlobalAcceleratorTarget(nil, nil) },
		"AcceleratorName": func(s awscdk.Stack) {
			alias(s, targets.NewGlobalAcceleratorDomainTarget(jsii.String("a.awsglobalaccelerator.com"), nil))
		},
		"VpcEndpoint":  func(s awscdk.Stack) { targets.NewInterfaceVpcEndpointTarget(nil) },
		"LoadBalancer": func(s awscdk.Stack) { targets.NewLoadBalancerTarget(nil, nil) },
	}
	for name, build := range cases {
		t.Run(name, func(t *testing.T) {
			golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) })
		})
	}
}
