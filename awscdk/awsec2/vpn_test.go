package awsec2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the Vpn stack in testdata/twins.js.
func vpn(s awscdk.Stack) {
	vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{
		MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1), VpnGatewayAsn: jsii.Number(64512),
		VpnConnections: &map[string]*awsec2.VpnConnectionOptions{
			"Dynamic": {Ip: jsii.String("1.2.3.4")},
			"Static":  {Ip: jsii.String("5.6.7.8"), Asn: jsii.Number(65001), StaticRoutes: jsii.Strings("192.168.10.0/24", "192.168.20.0/24")},
		},
		VpnRoutePropagation: &[]*awsec2.SubnetSelection{{SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS}, {SubnetType: awsec2.SubnetType_PUBLIC}},
	})
	tunnels := vpc.AddVpnConnection(jsii.String("Tunnels"), &awsec2.VpnConnectionOptions{Ip: jsii.String("9.9.9.9"), TunnelOptions: &[]*awsec2.VpnTunnelOption{
		{PreSharedKey: jsii.String("secretkey1"), TunnelInsideCidr: jsii.String("169.254.10.0/30")},
		{PreSharedKeySecret: awscdk.SecretValue_UnsafePlainText(jsii.String("secretkey2")), TunnelInsideCidr: jsii.String("169.254.11.0/30")},
	}})
	imported := awsec2.VpnConnection_FromVpnConnectionAttributes(s, jsii.String("Imported"), &awsec2.VpnConnectionAttributes{
		VpnId: jsii.String("vpn-1234"), CustomerGatewayId: jsii.String("cgw-1234"), CustomerGatewayIp: jsii.String("10.1.1.1"), CustomerGatewayAsn: jsii.Number(65002)})
	second := awsec2.NewVpc(s, jsii.String("Second"), &awsec2.VpcProps{MaxAzs: jsii.Number(1), NatGateways: jsii.Number(0),
		SubnetConfiguration: &[]*awsec2.SubnetConfiguration{{Name: jsii.String("Isolated"), SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED}}})
	second.EnableVpnGateway(&awsec2.EnableVpnGatewayOptions{Type: jsii.String("ipsec.1"), AmazonSideAsn: jsii.Number(65100),
		VpnRoutePropagation: &[]*awsec2.SubnetSelection{{SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED}}})
	awsec2.NewVpnConnection(s, jsii.String("SecondConnection"), &awsec2.VpnConnectionProps{Vpc: second, Ip: jsii.String("4.4.4.4")})
	tunnels.MetricTunnelState(nil).CreateAlarm(s, jsii.String("TunnelDown"), &awscloudwatch.CreateAlarmOptions{Threshold: jsii.Number(1),
		EvaluationPeriods: jsii.Number(3), ComparisonOperator: awscloudwatch.ComparisonOperator_LESS_THAN_THRESHOLD})
	awsec2.VpnConnection_MetricAllTunnelDataIn(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(5))}).
		CreateAlarm(s, jsii.String("AllDataIn"), &awscloudwatch.CreateAlarmOptions{Threshold: jsii.Number(0), EvaluationPeriods: jsii.Number(1)})
	imported.MetricTunnelDataOut(&awscloudwatch.MetricOptions{Statistic: jsii.String("Maximum")}).
		CreateAlarm(s, jsii.String("ImportedOut"), &awscloudwatch.CreateAlarmOptions{Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
	out(s, "GatewayId", vpc.VpnGatewayId())
	out(s, "VpnId", tunnels.VpnId())
	out(s, "CustomerGateway", tunnels.CustomerGatewayId())
	out(s, "ImportedRef", imported.VpnConnectionRef().VpnConnectionId)
}

func TestVpnTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"Vpn": vpn})
}
