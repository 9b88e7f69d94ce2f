package awsec2_test

import (
	"fmt"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the NatInstances stack in testdata/twins.js.
var natInstanceCases = map[string]func(st awscdk.Stack){
	"NatInstances": func(st awscdk.Stack) {
		provider := awsec2.NatProvider_InstanceV2(&awsec2.NatInstanceProps{InstanceType: awsec2.NewInstanceType(s("t4g.nano")), AssociatePublicIpAddress: jsii.Bool(true)})
		awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: n(2), NatGatewayProvider: provider, NatGateways: n(1)})
		provider.Connections().AllowFrom(awsec2.Peer_Ipv4(s("10.0.0.0/16")), awsec2.Port_Tcp(n(22)), nil)
		other := awsec2.NatProvider_InstanceV2(&awsec2.NatInstanceProps{InstanceType: awsec2.NewInstanceType(s("t3.micro")),
			DefaultAllowedTraffic: awsec2.NatTrafficDirection_OUTBOUND_ONLY, KeyName: s("nat"), CreditSpecification: awsec2.CpuCredits_STANDARD})
		awsec2.NewVpc(st, s("Other"), &awsec2.VpcProps{MaxAzs: n(2), NatGatewayProvider: other, RestrictDefaultSecurityGroup: jsii.Bool(false)})
		var ids []*string
		for _, g := range *other.ConfiguredGateways() {
			ids = append(ids, g.GatewayId)
		}
		out(st, "Gateways", joined(&ids))
		out(st, "Instances", s(fmt.Sprint(len(*other.GatewayInstances()))))
	},
}

func TestNatInstanceTemplates(t *testing.T) { checkTemplates(t, natInstanceCases) }
