package awsec2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

func n(f float64) *float64 { return jsii.Number(f) }
func s(v string) *string   { return jsii.String(v) }

// The Go twins of the security group, endpoint and flow log stacks in testdata/twins.js.
var networkCases = map[string]func(st awscdk.Stack){
	"SecurityGroups": func(st awscdk.Stack) {
		vpc := awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{NatGateways: n(0), MaxAzs: n(1)})
		web := awsec2.NewSecurityGroup(st, s("Web"), &awsec2.SecurityGroupProps{Vpc: vpc, Description: s("web tier"), SecurityGroupName: s("web")})
		web.AddIngressRule(awsec2.Peer_AnyIpv4(), awsec2.Port_HTTPS(), s("https from anywhere"), nil)
		web.AddIngressRule(awsec2.Peer_AnyIpv4(), awsec2.Port_HTTPS(), s("duplicate is dropped"), nil)
		web.AddIngressRule(awsec2.Peer_AnyIpv6(), awsec2.Port_Tcp(n(80)), nil, nil)
		web.AddIngressRule(awsec2.Peer_Ipv4(s("10.1.0.0/16")), awsec2.Port_TcpRange(n(8000), n(8100)), nil, nil)
		web.AddIngressRule(awsec2.Peer_Ipv4(s("10.2.0.0/16")), awsec2.Port_UdpRange(n(5000), n(5010)), nil, nil)
		web.AddIngressRule(awsec2.Peer_PrefixList(s("pl-12345678")), awsec2.Port_SSH(), nil, nil)
		web.AddIngressRule(awsec2.Peer_SecurityGroupId(s("sg-0123456789abcdef0"), s("123456789012")), awsec2.Port_AllTcp(), nil, nil)
		web.AddIngressRule(awsec2.Peer_Ipv4(s("10.3.0.0/16")), awsec2.Port_IcmpPing(), nil, nil)
		web.AddIngressRule(awsec2.Peer_Ipv4(s("10.4.0.0/16")), awsec2.Port_AllIcmp(), nil, nil)
		web.AddIngressRule(awsec2.Peer_Ipv4(s("10.5.0.0/16")), awsec2.Port_IcmpTypeAndCode(n(3), n(4)), nil, nil)
		web.AddIngressRule(awsec2.Peer_Ipv4(s("10.6.0.0/16")), awsec2.Port_AllUdp(), nil, nil)
		web.AddIngressRule(awsec2.Peer_Ipv4(s("10.7.0.0/16")), awsec2.Port_Esp(), nil, nil)
		web.AddIngressRule(awsec2.Peer_Ipv4(s("10.8.0.0/16")), awsec2.Port_Ah(), nil, nil)
		web.AddIngressRule(awsec2.Peer_AnyIpv6(), awsec2.Port_AllIcmpV6(), nil, nil)
		web.AddEgressRule(awsec2.Peer_AnyIpv4(), awsec2.Port_Tcp(n(25)), nil, nil)
		app := awsec2.NewSecurityGroup(st, s("App"), &awsec2.SecurityGroupProps{Vpc: vpc, AllowAllOutbound: jsii.Bool(false)})
		app.AddEgressRule(awsec2.Peer_Ipv4(s("10.0.0.0/8")), awsec2.Port_HTTPS(), nil, nil)
		app.AddEgressRule(awsec2.Peer_PrefixList(s("pl-87654321")), awsec2.Port_HTTPS(), s("to S3"), nil)
		app.Connections().AllowFrom(web, awsec2.Port_Tcp(n(8080)), s("web to app"))
		db := awsec2.NewSecurityGroup(st, s("Db"), &awsec2.SecurityGroupProps{Vpc: vpc, AllowAllOutbound: jsii.Bool(false), AllowAllIpv6Outbound: jsii.Bool(true), DisableInlineRules: jsii.Bool(true)})
		db.Connections().AllowFrom(app, awsec2.Port_POSTGRES(), nil)
		db.AddIngressRule(awsec2.Peer_Ipv4(s("10.9.0.0/16")), awsec2.Port_MYSQL_AURORA(), nil, nil)
		db.AddEgressRule(awsec2.Peer_Ipv4(s("10.10.0.0/16")), awsec2.Port_Tcp(n(443)), nil, nil)
		cache := awsec2.NewSecurityGroup(st, s("Cache"), &awsec2.SecurityGroupProps{Vpc: vpc, AllowAllOutbound: jsii.Bool(false)})
		cache.Connections().AllowInternally(awsec2.Port_Tcp(n(6379)), s("cluster"))
		conns := awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &[]awsec2.ISecurityGroup{cache}, DefaultPort: awsec2.Port_Tcp(n(6379))})
		conns.AllowDefaultPortFrom(app, nil)
		conns.AllowDefaultPortFromAnyIpv4(s("any"))
		conns.AllowToAnyIpv4(awsec2.Port_Tcp(n(123)), nil)
		late := awsec2.NewConnections(&awsec2.ConnectionsProps{DefaultPort: awsec2.Port_Tcp(n(9000))})
		late.AllowDefaultPortFrom(awsec2.Peer_Ipv4(s("10.11.0.0/16")), nil)
		late.AddSecurityGroup(awsec2.NewSecurityGroup(st, s("Late"), &awsec2.SecurityGroupProps{Vpc: vpc}))
		app.Connections().AllowToDefaultPort(conns, nil)
		mutable := awsec2.SecurityGroup_FromSecurityGroupId(st, s("Imported"), s("sg-11111111"), nil)
		mutable.AddIngressRule(awsec2.Peer_Ipv4(s("10.12.0.0/16")), awsec2.Port_Tcp(n(22)), nil, nil)
		mutable.AddEgressRule(awsec2.Peer_Ipv4(s("10.12.0.0/16")), awsec2.Port_Tcp(n(22)), nil, nil)
		strict := awsec2.SecurityGroup_FromSecurityGroupId(st, s("ImportedStrict"), s("sg-22222222"), &awsec2.SecurityGroupImportOptions{AllowAllOutbound: jsii.Bool(false)})
		strict.AddEgressRule(awsec2.Peer_Ipv4(s("10.13.0.0/16")), awsec2.Port_Tcp(n(22)), nil, nil)
		frozen := awsec2.SecurityGroup_FromSecurityGroupId(st, s("ImportedFrozen"), s("sg-33333333"), &awsec2.SecurityGroupImportOptions{Mutable: jsii.Bool(false)})
		frozen.AddIngressRule(awsec2.Peer_AnyIpv4(), awsec2.Port_Tcp(n(22)), nil, nil)
		web.Connections().AllowTo(mutable, awsec2.Port_Tcp(n(3000)), nil)
		out(st, "WebId", web.SecurityGroupId())
		out(st, "WebVpc", web.SecurityGroupVpcId())
		out(st, "Unique", web.UniqueId())
	},
	"Endpoints": func(st awscdk.Stack) {
		vpc := awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{
			MaxAzs: n(2), NatGateways: n(1),
			GatewayEndpoints: &map[string]*awsec2.GatewayVpcEndpointOptions{
				"S3":     {Service: awsec2.GatewayVpcEndpointAwsService_S3()},
				"Dynamo": {Service: awsec2.GatewayVpcEndpointAwsService_DYNAMODB(), Subnets: &[]*awsec2.SubnetSelection{{SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS}}},
			},
			FlowLogs: &map[string]*awsec2.FlowLogOptions{"All": {}, "Rejects": {TrafficType: awsec2.FlowLogTrafficType_REJECT}},
		})
		secrets := vpc.AddInterfaceEndpoint(s("Secrets"), &awsec2.InterfaceVpcEndpointOptions{Service: awsec2.InterfaceVpcEndpointAwsService_SECRETS_MANAGER()})
		secrets.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("secretsmanager:GetSecretValue"), Resources: jsii.Strings("*"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()}}))
		vpc.AddInterfaceEndpoint(s("Ecr"), &awsec2.InterfaceVpcEndpointOptions{Service: awsec2.InterfaceVpcEndpointAwsService_ECR_DOCKER(), Open: jsii.Bool(false),
			PrivateDnsEnabled: jsii.Bool(false), Subnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC}})
		awsec2.NewInterfaceVpcEndpoint(st, s("Custom"), &awsec2.InterfaceVpcEndpointProps{Vpc: vpc,
			Service:        awsec2.NewInterfaceVpcEndpointService(s("com.amazonaws.vpce.us-east-1.vpce-svc-123"), n(8443)),
			SecurityGroups: &[]awsec2.ISecurityGroup{awsec2.NewSecurityGroup(st, s("EpSg"), &awsec2.SecurityGroupProps{Vpc: vpc})}})
		vpc.AddInterfaceEndpoint(s("Keyspaces"), &awsec2.InterfaceVpcEndpointOptions{Service: awsec2.InterfaceVpcEndpointAwsService_KEYSPACES()})
		vpc.AddInterfaceEndpoint(s("Iam"), &awsec2.InterfaceVpcEndpointOptions{Service: awsec2.InterfaceVpcEndpointAwsService_IAM()})
		group := awslogs.NewLogGroup(st, s("FlowLogs"), nil)
		vpc.AddFlowLog(s("ToGroup"), &awsec2.FlowLogOptions{Destination: awsec2.FlowLogDestination_ToCloudWatchLogs(group, nil),
			MaxAggregationInterval: awsec2.FlowLogMaxAggregationInterval_ONE_MINUTE,
			LogFormat:              &[]awsec2.LogFormat{awsec2.LogFormat_SRC_ADDR(), awsec2.LogFormat_DST_ADDR(), awsec2.LogFormat_Custom(s("${bytes}"))}})
		vpc.AddFlowLog(s("ToS3"), &awsec2.FlowLogOptions{Destination: awsec2.FlowLogDestination_ToS3(nil, s("flows"),
			&awsec2.S3DestinationOptions{FileFormat: awsec2.FlowLogFileFormat_PARQUET, HiveCompatiblePartitions: jsii.Bool(true)})})
		awsec2.NewFlowLog(st, s("SubnetLog"), &awsec2.FlowLogProps{ResourceType: awsec2.FlowLogResourceType_FromSubnet((*vpc.PrivateSubnets())[0]),
			Destination: awsec2.FlowLogDestination_ToS3(awss3.NewBucket(st, s("Logs"), nil), nil, nil), FlowLogName: s("subnet")})
		imported := awsec2.Vpc_FromVpcAttributes(st, s("Imported"), &awsec2.VpcAttributes{
			VpcId: s("vpc-0a1b2c3d"), VpcCidrBlock: s("10.9.0.0/16"), AvailabilityZones: jsii.Strings("us-east-1a", "us-east-1b"),
			PublicSubnetIds: jsii.Strings("subnet-0000000a", "subnet-0000000b"), PublicSubnetRouteTableIds: jsii.Strings("rtb-0000000a", "rtb-0000000b"),
			PrivateSubnetIds: jsii.Strings("subnet-000000a1", "subnet-000000a2", "subnet-000000b1", "subnet-000000b2"), PrivateSubnetNames: jsii.Strings("app", "batch"),
			PrivateSubnetRouteTableIds:  jsii.Strings("rtb-000000a1", "rtb-000000a2", "rtb-000000b1", "rtb-000000b2"),
			PrivateSubnetIpv4CidrBlocks: jsii.Strings("10.9.0.0/24", "10.9.1.0/24", "10.9.2.0/24", "10.9.3.0/24"),
		})
		imported.AddGatewayEndpoint(s("S3"), &awsec2.GatewayVpcEndpointOptions{Service: awsec2.GatewayVpcEndpointAwsService_S3(),
			Subnets: &[]*awsec2.SubnetSelection{{SubnetGroupName: s("batch")}}})
		awsec2.NewSecurityGroup(st, s("ImportedSg"), &awsec2.SecurityGroupProps{Vpc: imported})
		out(st, "Batch", joined(imported.SelectSubnets(&awsec2.SubnetSelection{SubnetGroupName: s("batch")}).SubnetIds))
		out(st, "App", joined(imported.SelectSubnets(nil).AvailabilityZones))
		out(st, "Public", joined(imported.SelectSubnets(&awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC}).SubnetIds))
		out(st, "Arn", imported.VpcArn())
		out(st, "Subnet", awsec2.Subnet_FromSubnetAttributes(st, s("One"), &awsec2.SubnetAttributes{SubnetId: s("subnet-0000000c"),
			AvailabilityZone: s("us-east-1a"), RouteTableId: s("rtb-0000000c")}).RouteTable().RouteTableId())
	},
}

func TestNetworkTemplates(t *testing.T) { checkTemplates(t, networkCases) }

// Tiered security groups passed across stacks: ALB -> app -> db and cache.
func TestTieredAcrossStacks(t *testing.T) {
	checkApp(t, []string{"TierNetwork", "TierApp", "TierData"}, func(app awscdk.App) {
		net := awscdk.NewStack(app, s("TierNetwork"), nil)
		vpc := awsec2.NewVpc(net, s("Vpc"), &awsec2.VpcProps{MaxAzs: n(2)})
		alb := awsec2.NewSecurityGroup(net, s("Alb"), &awsec2.SecurityGroupProps{Vpc: vpc, Description: s("load balancer")})
		alb.AddIngressRule(awsec2.Peer_AnyIpv4(), awsec2.Port_HTTPS(), nil, nil)
		appStack := awscdk.NewStack(app, s("TierApp"), nil)
		appSg := awsec2.NewSecurityGroup(appStack, s("App"), &awsec2.SecurityGroupProps{Vpc: vpc, Description: s("app")})
		appSg.Connections().AllowFrom(alb, awsec2.Port_Tcp(n(8080)), s("from the load balancer"))
		data := awscdk.NewStack(app, s("TierData"), nil)
		db := awsec2.NewSecurityGroup(data, s("Db"), &awsec2.SecurityGroupProps{Vpc: vpc, AllowAllOutbound: jsii.Bool(false)})
		cache := awsec2.NewSecurityGroup(data, s("Cache"), &awsec2.SecurityGroupProps{Vpc: vpc, AllowAllOutbound: jsii.Bool(false)})
		db.Connections().AllowFrom(appSg, awsec2.Port_POSTGRES(), s("app to db"))
		cache.Connections().AllowFrom(appSg, awsec2.Port_Tcp(n(6379)), s("app to cache"))
	})
}
