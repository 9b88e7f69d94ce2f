package awsec2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
)

// The Go twin of the NetworkAcls stack in testdata/twins.js.
var networkAclCases = map[string]func(st awscdk.Stack){
	"NetworkAcls": func(st awscdk.Stack) {
		vpc := awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: n(2), NatGateways: n(0)})
		acl := awsec2.NewNetworkAcl(st, s("Acl"), &awsec2.NetworkAclProps{Vpc: vpc, SubnetSelection: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC}, NetworkAclName: s("public")})
		acl.AddEntry(s("AllowHttps"), &awsec2.CommonNetworkAclEntryOptions{Cidr: awsec2.AclCidr_AnyIpv4(), RuleNumber: n(100), Traffic: awsec2.AclTraffic_TcpPort(n(443)), Direction: awsec2.TrafficDirection_INGRESS})
		acl.AddEntry(s("Ephemeral"), &awsec2.CommonNetworkAclEntryOptions{Cidr: awsec2.AclCidr_Ipv4(s("10.0.0.0/16")), RuleNumber: n(110),
			Traffic: awsec2.AclTraffic_TcpPortRange(n(1024), n(65535)), Direction: awsec2.TrafficDirection_EGRESS, RuleAction: awsec2.Action_ALLOW})
		acl.AddEntry(s("DenyPing"), &awsec2.CommonNetworkAclEntryOptions{Cidr: awsec2.AclCidr_AnyIpv6(), RuleNumber: n(120),
			Traffic: awsec2.AclTraffic_Icmpv6(&awsec2.AclIcmp{Type: n(128), Code: n(-1)}), RuleAction: awsec2.Action_DENY})
		acl.AddEntry(s("Dns"), &awsec2.CommonNetworkAclEntryOptions{Cidr: awsec2.AclCidr_Ipv6(s("2001:db8::/32")), RuleNumber: n(130), Traffic: awsec2.AclTraffic_UdpPort(n(53))})
		awsec2.NewNetworkAclEntry(st, s("All"), &awsec2.NetworkAclEntryProps{NetworkAcl: acl, Cidr: awsec2.AclCidr_AnyIpv4(), RuleNumber: n(200),
			Traffic: awsec2.AclTraffic_AllTraffic(), Direction: awsec2.TrafficDirection_EGRESS})
		acl.AssociateWithSubnet(s("Private"), &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED})
		imported := awsec2.NetworkAcl_FromNetworkAclId(st, s("Imported"), s("acl-12345678"))
		imported.AddEntry(s("Icmp"), &awsec2.CommonNetworkAclEntryOptions{Cidr: awsec2.AclCidr_AnyIpv4(), RuleNumber: n(10), Traffic: awsec2.AclTraffic_Icmp(&awsec2.AclIcmp{Type: n(8), Code: n(0)})})
		imported.AddEntry(s("Udp"), &awsec2.CommonNetworkAclEntryOptions{Cidr: awsec2.AclCidr_AnyIpv4(), RuleNumber: n(11), Traffic: awsec2.AclTraffic_UdpPortRange(n(1000), n(2000))})
		(*vpc.PublicSubnets())[0].AssociateNetworkAcl(s("Extra"), imported)
		out(st, "AclId", acl.NetworkAclId())
	},
}

func TestNetworkAclTemplates(t *testing.T) { checkTemplates(t, networkAclCases) }
