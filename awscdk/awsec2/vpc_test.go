package awsec2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/jsii"
)

var azs6 = jsii.Strings("us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f")

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

func joined(xs *[]*string) *string { return awscdk.Fn_Join(jsii.String(","), xs) }

func subnetCfg(name string, t awsec2.SubnetType, mask float64) *awsec2.SubnetConfiguration {
	c := &awsec2.SubnetConfiguration{Name: jsii.String(name), SubnetType: t}
	if mask != 0 {
		c.CidrMask = jsii.Number(mask)
	}
	return c
}

// The Go twins of the VPC stacks in testdata/twins.js, construct for construct.
var vpcCases = map[string]func(s awscdk.Stack){
	"Default": func(s awscdk.Stack) {
		awsec2.NewVpc(s, jsii.String("Vpc"), nil)
	},
	"Tiers": func(s awscdk.Stack) {
		vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{
			IpAddresses:       awsec2.IpAddresses_Cidr(jsii.String("10.0.0.0/16")),
			AvailabilityZones: jsii.Strings("us-east-1a", "us-east-1b", "us-east-1c"),
			NatGateways:       jsii.Number(1),
			SubnetConfiguration: &[]*awsec2.SubnetConfiguration{
				subnetCfg("public", awsec2.SubnetType_PUBLIC, 24),
				subnetCfg("app", awsec2.SubnetType_PRIVATE_WITH_EGRESS, 24),
				subnetCfg("data", awsec2.SubnetType_PRIVATE_ISOLATED, 24),
			},
		})
		out(s, "Private", joined(vpc.SelectSubnets(nil).SubnetIds))
		out(s, "Isolated", joined(vpc.SelectSubnets(&awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED}).SubnetIds))
		out(s, "ByName", joined(vpc.SelectSubnets(&awsec2.SubnetSelection{SubnetGroupName: jsii.String("public")}).SubnetIds))
		out(s, "Azs", joined(vpc.SelectSubnets(&awsec2.SubnetSelection{SubnetGroupName: jsii.String("app"), AvailabilityZones: jsii.Strings("us-east-1b")}).AvailabilityZones))
		out(s, "OnePerAz", joined(vpc.SelectSubnets(&awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC, OnePerAz: jsii.Bool(true)}).SubnetIds))
		out(s, "Filters", joined(vpc.SelectSubnets(&awsec2.SubnetSelection{SubnetFilters: &[]awsec2.SubnetFilter{
			awsec2.SubnetFilter_ByCidrRanges(jsii.Strings("10.0.3.0/23")), awsec2.SubnetFilter_ContainsIpAddresses(jsii.Strings("10.0.4.7"))}}).SubnetIds))
		hasPublic := "false"
		if *vpc.SelectSubnets(&awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC}).HasPublic {
			hasPublic = "true"
		}
		out(s, "HasPublic", jsii.String(hasPublic))
		out(s, "Arn", vpc.VpcArn())
		out(s, "Cidr", vpc.VpcCidrBlock())
	},
	"ManyAzs": func(s awscdk.Stack) {
		awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{AvailabilityZones: azs6, NatGateways: jsii.Number(2)})
	},
	"Reserved": func(s awscdk.Stack) {
		spare := subnetCfg("Spare", awsec2.SubnetType_PRIVATE_ISOLATED, 20)
		spare.Reserved = jsii.Bool(true)
		awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{
			IpAddresses: awsec2.IpAddresses_Cidr(jsii.String("10.20.0.0/16")),
			MaxAzs:      jsii.Number(2),
			ReservedAzs: jsii.Number(1),
			SubnetConfiguration: &[]*awsec2.SubnetConfiguration{
				subnetCfg("Ingress", awsec2.SubnetType_PUBLIC, 26),
				spare,
				subnetCfg("Application", awsec2.SubnetType_PRIVATE_WITH_EGRESS, 0),
				subnetCfg("Database", awsec2.SubnetType_PRIVATE_ISOLATED, 28),
			},
		})
	},
	"Options": func(s awscdk.Stack) {
		awsec2.NewVpc(s, jsii.String("Legacy"), &awsec2.VpcProps{Cidr: jsii.String("192.168.0.0/20"), MaxAzs: jsii.Number(1), VpcName: jsii.String("legacy"),
			DefaultInstanceTenancy: awsec2.DefaultInstanceTenancy_DEDICATED, EnableDnsHostnames: jsii.Bool(false), RestrictDefaultSecurityGroup: jsii.Bool(false)})
		awsec2.NewVpc(s, jsii.String("Isolated"), &awsec2.VpcProps{NatGateways: jsii.Number(0),
			SubnetConfiguration: &[]*awsec2.SubnetConfiguration{subnetCfg("only", awsec2.SubnetType_PRIVATE_ISOLATED, 0)}})
		awsec2.NewVpc(s, jsii.String("NoNat"), &awsec2.VpcProps{NatGateways: jsii.Number(0)})
		pub := subnetCfg("pub", awsec2.SubnetType_PUBLIC, 0)
		pub.MapPublicIpOnLaunch = jsii.Bool(false)
		awsec2.NewVpc(s, jsii.String("Egress"), &awsec2.VpcProps{NatGateways: jsii.Number(0),
			SubnetConfiguration: &[]*awsec2.SubnetConfiguration{pub, subnetCfg("priv", awsec2.SubnetType_PRIVATE_WITH_EGRESS, 0)}})
		awsec2.NewVpc(s, jsii.String("NoIgw"), &awsec2.VpcProps{CreateInternetGateway: jsii.Bool(false), NatGateways: jsii.Number(0), MaxAzs: jsii.Number(1)})
		awsec2.NewVpc(s, jsii.String("Unaligned"), &awsec2.VpcProps{IpAddresses: awsec2.IpAddresses_Cidr(jsii.String("10.1.2.3/22")), MaxAzs: jsii.Number(1),
			SubnetConfiguration: &[]*awsec2.SubnetConfiguration{subnetCfg("a", awsec2.SubnetType_PUBLIC, 27),
				subnetCfg("b", awsec2.SubnetType_PRIVATE_ISOLATED, 24), subnetCfg("c", awsec2.SubnetType_PRIVATE_ISOLATED, 0)}})
	},
	"Nat": func(s awscdk.Stack) {
		awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{
			NatGatewayProvider: awsec2.NatProvider_Gateway(&awsec2.NatGatewayProps{EipAllocationIds: jsii.Strings("eipalloc-1", "eipalloc-2")}),
			NatGatewaySubnets:  &awsec2.SubnetSelection{SubnetGroupName: jsii.String("Edge")},
			SubnetConfiguration: &[]*awsec2.SubnetConfiguration{
				subnetCfg("Edge", awsec2.SubnetType_PUBLIC, 0),
				subnetCfg("Other", awsec2.SubnetType_PUBLIC, 0),
				subnetCfg("App", awsec2.SubnetType_PRIVATE_WITH_EGRESS, 0),
			},
		})
	},
}

func TestVpcTemplates(t *testing.T) { checkTemplates(t, vpcCases) }

func vpc(s awscdk.Stack) awsec2.Vpc { return awsec2.NewVpc(s, jsii.String("Vpc"), nil) }

// The Go twins of the bad-input cases in testdata/twins.js.
var errorCases = map[string]func(s awscdk.Stack){
	"Exhausted": func(s awscdk.Stack) {
		awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{IpAddresses: awsec2.IpAddresses_Cidr(jsii.String("10.0.0.0/24")),
			SubnetConfiguration: &[]*awsec2.SubnetConfiguration{subnetCfg("a", awsec2.SubnetType_PUBLIC, 25), subnetCfg("b", awsec2.SubnetType_PRIVATE_ISOLATED, 26)}})
	},
	"MaskTooSmall": func(s awscdk.Stack) {
		awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{SubnetConfiguration: &[]*awsec2.SubnetConfiguration{subnetCfg("a", awsec2.SubnetType_PUBLIC, 29)}})
	},
	"NoRoomLeft": func(s awscdk.Stack) {
		awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{IpAddresses: awsec2.IpAddresses_Cidr(jsii.String("10.0.0.0/16")),
			SubnetConfiguration: &[]*awsec2.SubnetConfiguration{subnetCfg("a", awsec2.SubnetType_PUBLIC, 17), subnetCfg("b", awsec2.SubnetType_PRIVATE_ISOLATED, 0)}})
	},
	"RemainderTooBig": func(s awscdk.Stack) {
		awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{IpAddresses: awsec2.IpAddresses_Cidr(jsii.String("10.0.0.0/12")), MaxAzs: jsii.Number(1),
			SubnetConfiguration: &[]*awsec2.SubnetConfiguration{subnetCfg("a", awsec2.SubnetType_PUBLIC, 0)}})
	},
	"PrivateNoNat": func(s awscdk.Stack) {
		awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{NatGateways: jsii.Number(0),
			SubnetConfiguration: &[]*awsec2.SubnetConfiguration{subnetCfg("a", awsec2.SubnetType_PUBLIC, 0), subnetCfg("b", awsec2.SubnetType_PRIVATE_WITH_NAT, 0)}})
	},
	"PrivateNoPublic": func(s awscdk.Stack) {
		awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{SubnetConfiguration: &[]*awsec2.SubnetConfiguration{subnetCfg("b", awsec2.SubnetType_PRIVATE_WITH_EGRESS, 0)}})
	},
	"AzsAndMaxAzs": func(s awscdk.Stack) {
		awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{AvailabilityZones: jsii.Strings("us-east-1a"), MaxAzs: jsii.Number(2)})
	},
	"HostnamesWithoutSupport": func(s awscdk.Stack) {
		awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{EnableDnsHostnames: jsii.Bool(true), EnableDnsSupport: jsii.Bool(false)})
	},
	"CidrAndIpAddresses": func(s awscdk.Stack) {
		awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{Cidr: jsii.String("10.0.0.0/16"), IpAddresses: awsec2.IpAddresses_Cidr(jsii.String("10.0.0.0/16"))})
	},
	"MapPublicIpOnPrivate": func(s awscdk.Stack) {
		priv := subnetCfg("b", awsec2.SubnetType_PRIVATE_WITH_EGRESS, 0)
		priv.MapPublicIpOnLaunch = jsii.Bool(true)
		awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{SubnetConfiguration: &[]*awsec2.SubnetConfiguration{subnetCfg("a", awsec2.SubnetType_PUBLIC, 0), priv}})
	},
	"NoSuchGroup": func(s awscdk.Stack) {
		vpc(s).SelectSubnets(&awsec2.SubnetSelection{SubnetGroupName: jsii.String("Nope")})
	},
	"NoSuchType": func(s awscdk.Stack) {
		vpc(s).SelectSubnets(&awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED})
	},
	"TwoSelections": func(s awscdk.Stack) {
		vpc(s).SelectSubnets(&awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC, SubnetGroupName: jsii.String("Public")})
	},
	"BadPeer": func(s awscdk.Stack) { awsec2.Peer_Ipv4(jsii.String("10.0.0.0")) },
	"AllTrafficEgress": func(s awscdk.Stack) {
		awsec2.NewSecurityGroup(s, jsii.String("SG"), &awsec2.SecurityGroupProps{Vpc: vpc(s), AllowAllOutbound: jsii.Bool(false)}).
			AddEgressRule(awsec2.Peer_AnyIpv4(), awsec2.Port_AllTraffic(), nil, nil)
	},
	"ClientCidrOverlap": func(s awscdk.Stack) {
		awsec2.Vpc_FromVpcAttributes(s, jsii.String("Vpc"), &awsec2.VpcAttributes{VpcId: jsii.String("vpc-1234"), VpcCidrBlock: jsii.String("10.0.0.0/16"),
			AvailabilityZones: jsii.Strings("us-east-1a"), PrivateSubnetIds: jsii.Strings("subnet-1234")}).AddClientVpnEndpoint(jsii.String("Vpn"), &awsec2.ClientVpnEndpointOptions{Cidr: jsii.String("10.0.0.0/22"),
			ServerCertificateArn: jsii.String("arn:server"), ClientCertificateArn: jsii.String("arn:client")})
	},
	"ClientVpnDnsServers": func(s awscdk.Stack) {
		vpc(s).AddClientVpnEndpoint(jsii.String("Vpn"), &awsec2.ClientVpnEndpointOptions{Cidr: jsii.String("10.100.0.0/16"),
			ServerCertificateArn: jsii.String("arn:server"), ClientCertificateArn: jsii.String("arn:client"), DnsServers: jsii.Strings("10.0.0.2", "8.8.8.8", "9.9.9.9")})
	},
	"ClientVpnNoAuthentication": func(s awscdk.Stack) {
		vpc(s).AddClientVpnEndpoint(jsii.String("Vpn"), &awsec2.ClientVpnEndpointOptions{Cidr: jsii.String("10.100.0.0/16"), ServerCertificateArn: jsii.String("arn:server")})
	},
	"ClientVpnLogsWithoutLogging": func(s awscdk.Stack) {
		vpc(s).AddClientVpnEndpoint(jsii.String("Vpn"), &awsec2.ClientVpnEndpointOptions{Cidr: jsii.String("10.100.0.0/16"),
			ServerCertificateArn: jsii.String("arn:server"), ClientCertificateArn: jsii.String("arn:client"), Logging: jsii.Bool(false),
			LogGroup: awslogs.NewLogGroup(s, jsii.String("Logs"), nil)})
	},
	"ClientVpnEnforcedSplitTunnel": func(s awscdk.Stack) {
		vpc(s).AddClientVpnEndpoint(jsii.String("Vpn"), &awsec2.ClientVpnEndpointOptions{Cidr: jsii.String("10.100.0.0/16"),
			ServerCertificateArn: jsii.String("arn:server"), ClientCertificateArn: jsii.String("arn:client"), SplitTunnel: jsii.Bool(true),
			ClientRouteEnforcementOptions: &awsec2.ClientRouteEnforcementOptions{Enforced: jsii.Bool(true)}})
	},
	"VpnBadIp": func(s awscdk.Stack) {
		vpc(s).AddVpnConnection(jsii.String("Vpn"), &awsec2.VpnConnectionOptions{Ip: jsii.String("1.2.3")})
	},
	"VpnTooManyTunnels": func(s awscdk.Stack) {
		vpc(s).AddVpnConnection(jsii.String("Vpn"), &awsec2.VpnConnectionOptions{Ip: jsii.String("1.2.3.4"), TunnelOptions: &[]*awsec2.VpnTunnelOption{{}, {}, {}}})
	},
	"VpnSameInsideCidr": func(s awscdk.Stack) {
		vpc(s).AddVpnConnection(jsii.String("Vpn"), &awsec2.VpnConnectionOptions{Ip: jsii.String("1.2.3.4"), TunnelOptions: &[]*awsec2.VpnTunnelOption{
			{TunnelInsideCidr: jsii.String("169.254.10.0/30")}, {TunnelInsideCidr: jsii.String("169.254.10.0/30")}}})
	},
	"VpnBadPreSharedKey": func(s awscdk.Stack) {
		vpc(s).AddVpnConnection(jsii.String("Vpn"), &awsec2.VpnConnectionOptions{Ip: jsii.String("1.2.3.4"), TunnelOptions: &[]*awsec2.VpnTunnelOption{{PreSharedKey: jsii.String("0secretkey")}}})
	},
	"VpnKeyAndSecret": func(s awscdk.Stack) {
		vpc(s).AddVpnConnection(jsii.String("Vpn"), &awsec2.VpnConnectionOptions{Ip: jsii.String("1.2.3.4"), TunnelOptions: &[]*awsec2.VpnTunnelOption{
			{PreSharedKey: jsii.String("secretkey1"), PreSharedKeySecret: awscdk.SecretValue_UnsafePlainText(jsii.String("secretkey2"))}}})
	},
	"VpnReservedInsideCidr": func(s awscdk.Stack) {
		vpc(s).AddVpnConnection(jsii.String("Vpn"), &awsec2.VpnConnectionOptions{Ip: jsii.String("1.2.3.4"), TunnelOptions: &[]*awsec2.VpnTunnelOption{
			{}, {TunnelInsideCidr: jsii.String("169.254.1.0/30")}}})
	},
	"VpnBadInsideCidr": func(s awscdk.Stack) {
		vpc(s).AddVpnConnection(jsii.String("Vpn"), &awsec2.VpnConnectionOptions{Ip: jsii.String("1.2.3.4"), TunnelOptions: &[]*awsec2.VpnTunnelOption{{TunnelInsideCidr: jsii.String("169.254.10.0/29")}}})
	},
	"VpnGatewayTwice": func(s awscdk.Stack) {
		awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{VpnGateway: jsii.Bool(true)}).EnableVpnGateway(&awsec2.EnableVpnGatewayOptions{Type: jsii.String("ipsec.1")})
	},
	"VpnGatewayFalse": func(s awscdk.Stack) {
		awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{VpnGateway: jsii.Bool(false), VpnGatewayAsn: jsii.Number(65000)})
	},
	"SgLookupToken": func(s awscdk.Stack) {
		awsec2.SecurityGroup_FromLookupById(s, jsii.String("Sg"), awscdk.Fn_ImportValue(jsii.String("SharedSgId")))
	},
	"NoDefaultPort": func(s awscdk.Stack) {
		awsec2.NewSecurityGroup(s, jsii.String("SG"), &awsec2.SecurityGroupProps{Vpc: vpc(s)}).Connections().AllowDefaultPortFromAnyIpv4(nil)
	},
}

func TestErrors(t *testing.T) { checkErrors(t, errorCases) }
