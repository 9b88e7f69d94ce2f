package awsec2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
)

// The Go twin of the DualStack stack in testdata/twins.js.
var dualStackCases = map[string]func(st awscdk.Stack){
	"DualStack": func(st awscdk.Stack) {
		vpc := awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{IpProtocol: awsec2.IpProtocol_DUAL_STACK, MaxAzs: n(2), NatGateways: n(1)})
		awscdk.NewCfnOutput(st, s("Ipv6Blocks"), &awscdk.CfnOutputProps{Value: awscdk.Fn_Join(s(","), vpc.VpcIpv6CidrBlocks())})
		awscdk.NewCfnOutput(st, s("SubnetIpv6"), &awscdk.CfnOutputProps{Value: awscdk.Fn_Join(s(","), (*vpc.PublicSubnets())[0].(awsec2.Subnet).SubnetIpv6CidrBlocks())})
		awsec2.NewVpc(st, s("Isolated"), &awsec2.VpcProps{IpProtocol: awsec2.IpProtocol_DUAL_STACK, Ipv6Addresses: awsec2.Ipv6Addresses_AmazonProvided(),
			MaxAzs: n(1), NatGateways: n(0), RestrictDefaultSecurityGroup: b(false),
			SubnetConfiguration: &[]*awsec2.SubnetConfiguration{
				{Name: s("Pub"), SubnetType: awsec2.SubnetType_PUBLIC, Ipv6AssignAddressOnCreation: b(false), MapPublicIpOnLaunch: b(true)},
				{Name: s("Spare"), SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED, Reserved: b(true)},
				{Name: s("Iso"), SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED},
			}})
	},
}

func TestDualStackTemplates(t *testing.T) { checkTemplates(t, dualStackCases) }
