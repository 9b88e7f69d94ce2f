// Command ec2-network is the parity case for a production network (issue
// 17): a 3-AZ VPC on 10.0.0.0/16 with explicit availability zones, public,
// private-with-egress and isolated /24 tiers, one NAT gateway, a flow log
// to a log group, S3 and DynamoDB gateway endpoints, a Secrets Manager
// interface endpoint and tiered security groups (ALB -> app -> db and
// cache); a second stack imports the VPC with Vpc_FromVpcAttributes from
// values handed over through its props and adds a worker tier to it.
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh
// turns it into expected/.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

var zones = []string{"us-east-1a", "us-east-1b", "us-east-1c"}

type NetworkStack struct {
	awscdk.Stack
	Vpc   awsec2.Vpc
	AppSg awsec2.SecurityGroup
}

func NewNetworkStack(scope constructs.Construct, id string, props *awscdk.StackProps) *NetworkStack {
	stack := awscdk.NewStack(scope, &id, props)

	flowLogs := awslogs.NewLogGroup(stack, jsii.String("FlowLogs"), &awslogs.LogGroupProps{
		Retention:     awslogs.RetentionDays_ONE_MONTH,
		RemovalPolicy: awscdk.RemovalPolicy_DESTROY,
	})

	vpc := awsec2.NewVpc(stack, jsii.String("Vpc"), &awsec2.VpcProps{
		IpAddresses:       awsec2.IpAddresses_Cidr(jsii.String("10.0.0.0/16")),
		AvailabilityZones: jsii.Strings(zones...),
		NatGateways:       jsii.Number(1),
		SubnetConfiguration: &[]*awsec2.SubnetConfiguration{
			{Name: jsii.String("public"), SubnetType: awsec2.SubnetType_PUBLIC, CidrMask: jsii.Number(24)},
			{Name: jsii.String("app"), SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS, CidrMask: jsii.Number(24)},
			{Name: jsii.String("data"), SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED, CidrMask: jsii.Number(24)},
		},
		GatewayEndpoints: &map[string]*awsec2.GatewayVpcEndpointOptions{
			"S3":       {Service: awsec2.GatewayVpcEndpointAwsService_S3()},
			"DynamoDb": {Service: awsec2.GatewayVpcEndpointAwsService_DYNAMODB()},
		},
	})
	vpc.AddFlowLog(jsii.String("FlowLog"), &awsec2.FlowLogOptions{
		Destination: awsec2.FlowLogDestination_ToCloudWatchLogs(flowLogs, nil),
		TrafficType: awsec2.FlowLogTrafficType_ALL,
	})
	vpc.AddInterfaceEndpoint(jsii.String("SecretsManager"), &awsec2.InterfaceVpcEndpointOptions{
		Service: awsec2.InterfaceVpcEndpointAwsService_SECRETS_MANAGER(),
		Subnets: &awsec2.SubnetSelection{SubnetGroupName: jsii.String("app")},
	})

	albSg := awsec2.NewSecurityGroup(stack, jsii.String("AlbSg"), &awsec2.SecurityGroupProps{
		Vpc: vpc, Description: jsii.String("Load balancer"),
	})
	albSg.AddIngressRule(awsec2.Peer_AnyIpv4(), awsec2.Port_HTTPS(), jsii.String("HTTPS from the internet"), nil)
	albSg.AddIngressRule(awsec2.Peer_AnyIpv4(), awsec2.Port_HTTP(), jsii.String("HTTP redirect"), nil)

	appSg := awsec2.NewSecurityGroup(stack, jsii.String("AppSg"), &awsec2.SecurityGroupProps{
		Vpc: vpc, Description: jsii.String("Application tier"),
	})
	appSg.Connections().AllowFrom(albSg, awsec2.Port_Tcp(jsii.Number(8080)), jsii.String("ALB to app"))

	dbSg := awsec2.NewSecurityGroup(stack, jsii.String("DbSg"), &awsec2.SecurityGroupProps{
		Vpc: vpc, Description: jsii.String("Database tier"), AllowAllOutbound: jsii.Bool(false),
	})
	dbSg.Connections().AllowFrom(appSg, awsec2.Port_POSTGRES(), jsii.String("app to Postgres"))

	cacheSg := awsec2.NewSecurityGroup(stack, jsii.String("CacheSg"), &awsec2.SecurityGroupProps{
		Vpc: vpc, Description: jsii.String("Cache tier"), AllowAllOutbound: jsii.Bool(false),
	})
	cacheSg.Connections().AllowFrom(appSg, awsec2.Port_Tcp(jsii.Number(6379)), jsii.String("app to Redis"))

	isolated := vpc.SelectSubnets(&awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED})
	awscdk.NewCfnOutput(stack, jsii.String("VpcId"), &awscdk.CfnOutputProps{Value: vpc.VpcId()})
	awscdk.NewCfnOutput(stack, jsii.String("DataSubnets"), &awscdk.CfnOutputProps{
		Value: awscdk.Fn_Join(jsii.String(","), isolated.SubnetIds),
	})

	return &NetworkStack{Stack: stack, Vpc: vpc, AppSg: appSg}
}

type WorkerStackProps struct {
	awscdk.StackProps
	VpcId            *string
	VpcCidr          *string
	PrivateSubnetIds *[]*string
	PrivateTableIds  *[]*string
	AppSg            awsec2.ISecurityGroup
}

func NewWorkerStack(scope constructs.Construct, id string, props *WorkerStackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, &props.StackProps)

	vpc := awsec2.Vpc_FromVpcAttributes(stack, jsii.String("Vpc"), &awsec2.VpcAttributes{
		VpcId:                      props.VpcId,
		VpcCidrBlock:               props.VpcCidr,
		AvailabilityZones:          jsii.Strings(zones...),
		PrivateSubnetIds:           props.PrivateSubnetIds,
		PrivateSubnetRouteTableIds: props.PrivateTableIds,
	})
	workerSg := awsec2.NewSecurityGroup(stack, jsii.String("WorkerSg"), &awsec2.SecurityGroupProps{
		Vpc: vpc, Description: jsii.String("Workers"),
	})
	workerSg.Connections().AllowFrom(props.AppSg, awsec2.Port_TcpRange(jsii.Number(9000), jsii.Number(9100)), jsii.String("app to workers"))
	workerSg.AddIngressRule(awsec2.Peer_Ipv4(vpc.VpcCidrBlock()), awsec2.Port_Tcp(jsii.Number(22)), jsii.String("SSH inside the VPC"), nil)

	selected := vpc.SelectSubnets(&awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS, OnePerAz: jsii.Bool(true)})
	awscdk.NewCfnOutput(stack, jsii.String("WorkerSubnets"), &awscdk.CfnOutputProps{
		Value: awscdk.Fn_Join(jsii.String(","), selected.SubnetIds),
	})
	awscdk.NewCfnOutput(stack, jsii.String("WorkerZones"), &awscdk.CfnOutputProps{
		Value: awscdk.Fn_Join(jsii.String(","), selected.AvailabilityZones),
	})
	return stack
}

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)

	network := NewNetworkStack(app, "Ec2Network", &awscdk.StackProps{})

	var subnets, tables []*string
	for _, s := range *network.Vpc.PrivateSubnets() {
		subnets = append(subnets, s.SubnetId())
		tables = append(tables, s.RouteTable().RouteTableId())
	}
	NewWorkerStack(app, "Ec2Workers", &WorkerStackProps{
		VpcId:            network.Vpc.VpcId(),
		VpcCidr:          network.Vpc.VpcCidrBlock(),
		PrivateSubnetIds: &subnets,
		PrivateTableIds:  &tables,
		AppSg:            network.AppSg,
	})

	app.Synth(nil)
}
