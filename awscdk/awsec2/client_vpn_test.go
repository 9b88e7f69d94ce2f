package awsec2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the ClientVpn stack in testdata/twins.js.
func clientVpn(s awscdk.Stack) {
	server, client := jsii.String("arn:aws:acm:us-east-1:123456789012:certificate/server"), jsii.String("arn:aws:acm:us-east-1:123456789012:certificate/client")
	vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1)})
	ep := vpc.AddClientVpnEndpoint(jsii.String("Endpoint"), &awsec2.ClientVpnEndpointOptions{
		Cidr: jsii.String("10.100.0.0/16"), ServerCertificateArn: server, ClientCertificateArn: client,
		DnsServers: jsii.Strings("10.0.0.2"), SplitTunnel: jsii.Bool(true), TransportProtocol: awsec2.TransportProtocol_TCP,
		Port: awsec2.VpnPort_OPENVPN, SessionTimeout: awsec2.ClientVpnSessionTimeout_TWELVE_HOURS,
		ClientLoginBanner: jsii.String("Authorized use only"), Description: jsii.String("Engineers"), SelfServicePortal: jsii.Bool(false),
		DisconnectOnSessionTimeout: jsii.Bool(true),
	})
	ep.AddAuthorizationRule(jsii.String("Peered"), &awsec2.ClientVpnAuthorizationRuleOptions{
		Cidr: jsii.String("10.200.0.0/16"), GroupId: jsii.String("engineers"), Description: jsii.String("peered VPC")})
	ep.AddRoute(jsii.String("ToPeered"), &awsec2.ClientVpnRouteOptions{Cidr: jsii.String("10.200.0.0/16"),
		Target: awsec2.ClientVpnRouteTarget_Subnet((*vpc.PrivateSubnets())[0]), Description: jsii.String("via the first private subnet")})
	logGroup := awslogs.NewLogGroup(s, jsii.String("VpnLogs"), nil)
	stream := logGroup.AddStream(jsii.String("Stream"), nil)
	sg := awsec2.NewSecurityGroup(s, jsii.String("VpnSg"), &awsec2.SecurityGroupProps{Vpc: vpc})
	directory := awsec2.NewClientVpnEndpoint(s, jsii.String("Directory"), &awsec2.ClientVpnEndpointProps{
		Vpc: vpc, Cidr: jsii.String("172.16.0.0/22"), ServerCertificateArn: server,
		UserBasedAuthentication: awsec2.ClientVpnUserBasedAuthentication_ActiveDirectory(jsii.String("d-1234567890")),
		LogGroup:                logGroup, LogStream: stream, SecurityGroups: &[]awsec2.ISecurityGroup{sg},
		AuthorizeAllUsersToVpcCidr: jsii.Bool(false), VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC},
		ClientRouteEnforcementOptions: &awsec2.ClientRouteEnforcementOptions{Enforced: jsii.Bool(true)},
	})
	directory.AddRoute(jsii.String("Local"), &awsec2.ClientVpnRouteOptions{Cidr: jsii.String("10.0.0.0/16"), Target: awsec2.ClientVpnRouteTarget_Local()})
	directory.Connections().AllowTo(awsec2.Peer_Ipv4(jsii.String("10.0.0.0/16")), awsec2.Port_HTTPS(), nil)
	imported := awsec2.ClientVpnEndpoint_FromEndpointAttributes(s, jsii.String("Imported"), &awsec2.ClientVpnEndpointAttributes{
		EndpointId: jsii.String("cvpn-endpoint-0123456789abcdef0"), SecurityGroups: &[]awsec2.ISecurityGroup{sg}})
	awsec2.NewClientVpnAuthorizationRule(s, jsii.String("ImportedRule"), &awsec2.ClientVpnAuthorizationRuleProps{
		ClientVpnEndpoint: imported, Cidr: jsii.String("10.0.0.0/8")})
	awsec2.NewClientVpnEndpoint(s, jsii.String("NoLogs"), &awsec2.ClientVpnEndpointProps{Vpc: vpc, Cidr: jsii.String("192.168.0.0/22"),
		ServerCertificateArn: server, ClientCertificateArn: client, Logging: jsii.Bool(false)})
	out(s, "EndpointId", ep.EndpointId())
	out(s, "ImportedId", imported.EndpointId())
}

func TestClientVpnTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"ClientVpn": clientVpn})
}
