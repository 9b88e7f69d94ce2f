package awsec2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
)

// The Go twin of the Ipam stack in testdata/twins.js.
var ipamCases = map[string]func(st awscdk.Stack){
	"Ipam": func(st awscdk.Stack) {
		awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{
			IpAddresses: awsec2.IpAddresses_AwsIpamAllocation(&awsec2.AwsIpamProps{Ipv4IpamPoolId: s("ipam-pool-0123456789abcdef0"),
				Ipv4NetmaskLength: n(18), DefaultSubnetIpv4NetmaskLength: n(24)}),
			MaxAzs: n(2), NatGateways: n(1),
			SubnetConfiguration: &[]*awsec2.SubnetConfiguration{subnetCfg("Public", awsec2.SubnetType_PUBLIC, 27),
				subnetCfg("App", awsec2.SubnetType_PRIVATE_WITH_EGRESS, 0), subnetCfg("Big", awsec2.SubnetType_PRIVATE_ISOLATED, 28)},
		})
	},
}

func TestIpamTemplates(t *testing.T) { checkTemplates(t, ipamCases) }

func init() {
	errorCases["IpamTooSmall"] = func(st awscdk.Stack) {
		awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{IpAddresses: awsec2.IpAddresses_AwsIpamAllocation(&awsec2.AwsIpamProps{
			Ipv4IpamPoolId: s("ipam-pool-0123456789abcdef0"), Ipv4NetmaskLength: n(24), DefaultSubnetIpv4NetmaskLength: n(25)})})
	}
}
