package awsroute53targets_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elb "github.com/strata-cdk/strata/awscdk/awselasticloadbalancing"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/awsroute53targets"
	"github.com/strata-cdk/strata/jsii"
)

type evaluate struct{}

func (evaluate) EvaluateTargetHealth() *bool { return jsii.Bool(true) }
func (evaluate) HostedZoneId() *string       { return nil }

// The Go twin of the ClassicLb stack in testdata/twins.js.
func TestClassicLoadBalancerTarget(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"ClassicLb": func(s awscdk.Stack) {
		zone := awsroute53.NewPublicHostedZone(s, jsii.String("Zone"), &awsroute53.PublicHostedZoneProps{ZoneName: jsii.String("example.com")})
		vpc := awsec2.Vpc_FromVpcAttributes(s, jsii.String("Vpc"), &awsec2.VpcAttributes{
			VpcId: jsii.String("vpc-0a1b2c3d"), AvailabilityZones: jsii.Strings("us-east-1a", "us-east-1b"),
			PublicSubnetIds: jsii.Strings("subnet-0aa11111", "subnet-0aa22222"), PrivateSubnetIds: jsii.Strings("subnet-0bb11111", "subnet-0bb22222"),
		})
		lb := elb.NewLoadBalancer(s, jsii.String("Lb"), &elb.LoadBalancerProps{Vpc: vpc, InternetFacing: jsii.Bool(true),
			Listeners: &[]*elb.LoadBalancerListener{{ExternalPort: jsii.Number(80)}}})
		awsroute53.NewARecord(s, jsii.String("Alias"), &awsroute53.ARecordProps{Zone: zone, RecordName: jsii.String("lb"),
			Target: awsroute53.RecordTarget_FromAlias(awsroute53targets.NewClassicLoadBalancerTarget(lb, nil))})
		awsroute53.NewARecord(s, jsii.String("Healthy"), &awsroute53.ARecordProps{Zone: zone, RecordName: jsii.String("hc"),
			Target: awsroute53.RecordTarget_FromAlias(awsroute53targets.NewClassicLoadBalancerTarget(lb, evaluate{}))})
	}}, nil)
}
