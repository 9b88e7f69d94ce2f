package awsautoscaling_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsautoscaling"
	elb "github.com/strata-cdk/strata/awscdk/awselasticloadbalancing"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the ClassicLb stack in testdata/twins.js; it joins
// templateCases so the CLI-context comparison covers it too.
func init() {
	templateCases["ClassicLb"] = func(st awscdk.Stack) {
		vpc := vpcOf(st)
		asg := awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{Vpc: vpc, InstanceType: t3micro(), MachineImage: image()})
		lb := elb.NewLoadBalancer(st, s("Lb"), &elb.LoadBalancerProps{Vpc: vpc, InternetFacing: jsii.Bool(true),
			Listeners: &[]*elb.LoadBalancerListener{{ExternalPort: n(80), InternalPort: n(8080)}},
			Targets:   &[]elb.ILoadBalancerTarget{asg}})
		other := awsautoscaling.NewAutoScalingGroup(st, s("Other"), &awsautoscaling.AutoScalingGroupProps{Vpc: vpc, InstanceType: t3micro(), MachineImage: image()})
		other.AttachToClassicLB(lb)
		second := elb.NewLoadBalancer(st, s("Second"), &elb.LoadBalancerProps{Vpc: vpc})
		second.AddTarget(other)
		second.AddListener(&elb.LoadBalancerListener{ExternalPort: n(443), InternalPort: n(8443), ExternalProtocol: elb.LoadBalancingProtocol_TCP})
	}
}

func TestAttachToClassicLBNil(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		st := awscdk.NewStack(app, s("S"), nil)
		awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{Vpc: vpcOf(st), InstanceType: t3micro(), MachineImage: image()}).AttachToClassicLB(nil)
	})
	if err == nil {
		t.Fatal("want an error")
	}
	if got := err.Error(); !containsStr(got, "S/Asg") {
		t.Fatalf("error %q does not name S/Asg", got)
	}
}

func containsStr(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
