package awsglobalaccelerator_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	ga "github.com/strata-cdk/strata/awscdk/awsglobalaccelerator"
	"github.com/strata-cdk/strata/jsii"
)

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

// The Go twins of testdata/twins.js; the expectations are aws-cdk-lib's.
var templateCases = map[string]func(s awscdk.Stack){
	"Default": func(s awscdk.Stack) {
		acc := ga.NewAccelerator(s, jsii.String("Accelerator"), nil)
		l := acc.AddListener(jsii.String("Listener"), &ga.ListenerOptions{PortRanges: &[]*ga.PortRange{
			{FromPort: jsii.Number(80)}, {FromPort: jsii.Number(443), ToPort: jsii.Number(444)},
		}})
		g := l.AddEndpointGroup(jsii.String("Group"), &ga.EndpointGroupOptions{Endpoints: &[]ga.IEndpoint{
			ga.NewRawEndpoint(&ga.RawEndpointProps{EndpointId: jsii.String("i-123")}),
		}})
		g.AddEndpoint(ga.NewRawEndpoint(&ga.RawEndpointProps{EndpointId: jsii.String("eipalloc-1"), Weight: jsii.Number(10), PreserveClientIp: jsii.Bool(true), Region: jsii.String("eu-west-1")}))
		l.AddEndpointGroup(jsii.String("Empty"), nil)
	},
	"AllProps": func(s awscdk.Stack) {
		acc := ga.NewAccelerator(s, jsii.String("Accelerator"), &ga.AcceleratorProps{
			AcceleratorName: jsii.String("my-acc"), Enabled: jsii.Bool(false), IpAddresses: jsii.Strings("1.1.1.1", "2.2.2.2"), IpAddressType: ga.IpAddressType_DUAL_STACK,
		})
		l := ga.NewListener(s, jsii.String("Listener"), &ga.ListenerProps{
			Accelerator: acc, PortRanges: &[]*ga.PortRange{{FromPort: jsii.Number(53)}}, Protocol: ga.ConnectionProtocol_UDP,
			ClientAffinity: ga.ClientAffinity_SOURCE_IP, ListenerName: jsii.String("named"),
		})
		g := ga.NewEndpointGroup(s, jsii.String("Group"), &ga.EndpointGroupProps{
			Listener: l, EndpointGroupName: jsii.String("grp"), Region: jsii.String("us-west-2"),
			HealthCheckInterval: awscdk.Duration_Seconds(jsii.Number(10)), HealthCheckPath: jsii.String("/ping"), HealthCheckPort: jsii.Number(8080),
			HealthCheckProtocol: ga.HealthCheckProtocol_HTTPS, HealthCheckThreshold: jsii.Number(5), TrafficDialPercentage: jsii.Number(50),
			PortOverrides: &[]*ga.PortOverride{{ListenerPort: jsii.Number(53), EndpointPort: jsii.Number(5353)}},
			Endpoints:     &[]ga.IEndpoint{ga.NewRawEndpoint(&ga.RawEndpointProps{EndpointId: jsii.String("i-1"), Weight: jsii.Number(0), PreserveClientIp: jsii.Bool(false)})},
		})
		ia := ga.Accelerator_FromAcceleratorAttributes(s, jsii.String("ImportedAcc"), &ga.AcceleratorAttributes{
			AcceleratorArn: jsii.String("arn:aws:globalaccelerator::123456789012:accelerator/abc"), DnsName: jsii.String("a.awsglobalaccelerator.com"),
		})
		ga.NewListener(s, jsii.String("OnImported"), &ga.ListenerProps{Accelerator: ia, PortRanges: &[]*ga.PortRange{{FromPort: jsii.Number(22)}}})
		ol := ga.Listener_FromListenerArn(s, jsii.String("ImportedListener"), jsii.String("arn:aws:globalaccelerator::123456789012:accelerator/abc/listener/def"))
		ga.NewEndpointGroup(s, jsii.String("OnImportedListener"), &ga.EndpointGroupProps{Listener: ol})
		og := ga.EndpointGroup_FromEndpointGroupArn(s, jsii.String("ImportedGroup"), jsii.String("arn:aws:globalaccelerator::123456789012:accelerator/abc/listener/def/endpoint-group/ghi"))
		out(s, "AccArn", acc.AcceleratorArn())
		out(s, "Dns", acc.DnsName())
		out(s, "DualDns", acc.DualStackDnsName())
		out(s, "Ipv4", awscdk.Fn_Select(jsii.Number(0), acc.Ipv4Addresses()))
		out(s, "Ipv6", awscdk.Fn_Select(jsii.Number(0), acc.Ipv6Addresses()))
		out(s, "ListenerArn", l.ListenerArn())
		out(s, "ListenerName", l.ListenerName())
		out(s, "GroupArn", g.EndpointGroupArn())
		out(s, "GroupName", g.EndpointGroupName())
		out(s, "Endpoints", jsii.String(strings.Repeat("1", len(*g.Endpoints()))))
		out(s, "ImportedDns", ia.DnsName())
		out(s, "ImportedGroupArn", og.EndpointGroupArn())
	},
	"Peer": func(s awscdk.Stack) {
		vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(1), NatGateways: jsii.Number(0)})
		sg := awsec2.NewSecurityGroup(s, jsii.String("SG"), &awsec2.SecurityGroupProps{Vpc: vpc})
		acc := ga.NewAccelerator(s, jsii.String("Accelerator"), nil)
		g := acc.AddListener(jsii.String("Listener"), &ga.ListenerOptions{PortRanges: &[]*ga.PortRange{{FromPort: jsii.Number(443)}}}).
			AddEndpointGroup(jsii.String("Group"), &ga.EndpointGroupOptions{Endpoints: &[]ga.IEndpoint{ga.NewRawEndpoint(&ga.RawEndpointProps{EndpointId: jsii.String("i-1")})}})
		sg.Connections().AllowFrom(g.ConnectionsPeer(jsii.String("Peer"), vpc), awsec2.Port_Tcp(jsii.Number(443)), nil)
	},
}

func TestAcceleratorTemplates(t *testing.T) {
	checkTemplates(t, templateCases)
}

var errorCases = map[string]func(s awscdk.Stack){
	"NameTooLong": func(s awscdk.Stack) {
		ga.NewAccelerator(s, jsii.String("A"), &ga.AcceleratorProps{AcceleratorName: jsii.String(strings.Repeat("x", 65))})
	},
	"NameEmpty": func(s awscdk.Stack) {
		ga.NewAccelerator(s, jsii.String("A"), &ga.AcceleratorProps{AcceleratorName: jsii.String("")})
	},
	"TooManyIps": func(s awscdk.Stack) {
		ga.NewAccelerator(s, jsii.String("A"), &ga.AcceleratorProps{IpAddresses: jsii.Strings("1.1.1.1", "2.2.2.2", "3.3.3.3")})
	},
	"NoIps": func(s awscdk.Stack) {
		ga.NewAccelerator(s, jsii.String("A"), &ga.AcceleratorProps{IpAddresses: &[]*string{}})
	},
}

func TestAcceleratorErrors(t *testing.T) {
	checkErrors(t, errorCases)
}
