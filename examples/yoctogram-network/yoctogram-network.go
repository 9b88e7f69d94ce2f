// Command yoctogram-network is the network of Yoctogram, the course photo
// sharing app (issue 17), as a Strata user writes it in Go: the VPC part.
//
//   - YoctogramNetworkStack: a two-AZ VPC with public, private-with-egress
//     and isolated subnets, one NAT gateway, an S3 gateway endpoint, and the
//     security groups of the tiers: the load balancer (HTTP/HTTPS from
//     anywhere), the app (from the load balancer) and the Aurora database
//     (Postgres from the app). The database itself (Aurora Serverless v2)
//     goes in the isolated subnets; it belongs to the awsrds part.
//   - YoctogramDevStack: a development box in the account's default VPC,
//     found with Vpc_FromLookup (isDefault), running Amazon Linux 2023 with
//     the app's tools installed by user data.
//
// Usage (the default VPC lookup is listed as missing context until the CLI
// resolves it):
//
//	strata synth
//	strata deploy --all
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// NetworkStack is the network the app and database stacks are built on.
type NetworkStack struct {
	awscdk.Stack
	Vpc   awsec2.IVpc
	AlbSg awsec2.ISecurityGroup
	AppSg awsec2.ISecurityGroup
	DbSg  awsec2.ISecurityGroup
}

func NewNetworkStack(scope constructs.Construct, id string, props *awscdk.StackProps) *NetworkStack {
	stack := awscdk.NewStack(scope, &id, props)

	vpc := awsec2.NewVpc(stack, jsii.String("YoctogramVpc"), &awsec2.VpcProps{
		IpAddresses: awsec2.IpAddresses_Cidr(jsii.String("10.0.0.0/16")),
		MaxAzs:      jsii.Number(2),
		NatGateways: jsii.Number(1),
		SubnetConfiguration: &[]*awsec2.SubnetConfiguration{
			{Name: jsii.String("Public"), SubnetType: awsec2.SubnetType_PUBLIC, CidrMask: jsii.Number(24)},
			{Name: jsii.String("Private"), SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS, CidrMask: jsii.Number(24)},
			{Name: jsii.String("Database"), SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED, CidrMask: jsii.Number(28)},
		},
		GatewayEndpoints: &map[string]*awsec2.GatewayVpcEndpointOptions{
			"S3": {Service: awsec2.GatewayVpcEndpointAwsService_S3()},
		},
	})

	albSg := awsec2.NewSecurityGroup(stack, jsii.String("AlbSecurityGroup"), &awsec2.SecurityGroupProps{
		Vpc: vpc, Description: jsii.String("Yoctogram load balancer"),
	})
	albSg.AddIngressRule(awsec2.Peer_AnyIpv4(), awsec2.Port_HTTP(), jsii.String("HTTP from anywhere"), nil)
	albSg.AddIngressRule(awsec2.Peer_AnyIpv4(), awsec2.Port_HTTPS(), jsii.String("HTTPS from anywhere"), nil)

	appSg := awsec2.NewSecurityGroup(stack, jsii.String("AppSecurityGroup"), &awsec2.SecurityGroupProps{
		Vpc: vpc, Description: jsii.String("Yoctogram app containers"),
	})
	appSg.Connections().AllowFrom(albSg, awsec2.Port_Tcp(jsii.Number(80)), jsii.String("from the load balancer"))

	dbSg := awsec2.NewSecurityGroup(stack, jsii.String("DatabaseSecurityGroup"), &awsec2.SecurityGroupProps{
		Vpc: vpc, Description: jsii.String("Yoctogram Aurora cluster"), AllowAllOutbound: jsii.Bool(false),
	})
	dbSg.Connections().AllowFrom(appSg, awsec2.Port_POSTGRES(), jsii.String("from the app"))

	awscdk.NewCfnOutput(stack, jsii.String("VpcId"), &awscdk.CfnOutputProps{Value: vpc.VpcId()})
	awscdk.NewCfnOutput(stack, jsii.String("DatabaseSubnets"), &awscdk.CfnOutputProps{
		Value: awscdk.Fn_Join(jsii.String(","), vpc.SelectSubnets(&awsec2.SubnetSelection{SubnetGroupName: jsii.String("Database")}).SubnetIds),
	})

	return &NetworkStack{Stack: stack, Vpc: vpc, AlbSg: albSg, AppSg: appSg, DbSg: dbSg}
}

// NewDevStack puts a development instance in the account's default VPC.
func NewDevStack(scope constructs.Construct, id string, props *awscdk.StackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, props)

	vpc := awsec2.Vpc_FromLookup(stack, jsii.String("DefaultVpc"), &awsec2.VpcLookupOptions{IsDefault: jsii.Bool(true)})

	userData := awsec2.UserData_ForLinux(nil)
	userData.AddCommands(
		jsii.String("dnf install -y git docker postgresql16"),
		jsii.String("systemctl enable --now docker"),
		jsii.String("usermod -aG docker ec2-user"),
	)

	box := awsec2.NewInstance(stack, jsii.String("DevBox"), &awsec2.InstanceProps{
		Vpc:                      vpc,
		VpcSubnets:               &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC},
		InstanceType:             awsec2.InstanceType_Of(awsec2.InstanceClass_BURSTABLE3, awsec2.InstanceSize_MICRO),
		MachineImage:             awsec2.MachineImage_LatestAmazonLinux2023(nil),
		UserData:                 userData,
		AssociatePublicIpAddress: jsii.Bool(true),
		SsmSessionPermissions:    jsii.Bool(true),
		HttpTokens:               awsec2.HttpTokens_REQUIRED,
		BlockDevices: &[]*awsec2.BlockDevice{{
			DeviceName: jsii.String("/dev/xvda"),
			Volume:     awsec2.BlockDeviceVolume_Ebs(jsii.Number(30), &awsec2.EbsDeviceOptions{VolumeType: awsec2.EbsDeviceVolumeType_GP3, Encrypted: jsii.Bool(true)}),
		}},
	})
	box.Connections().AllowFromAnyIpv4(awsec2.Port_Tcp(jsii.Number(8000)), jsii.String("the app's dev server"))

	awscdk.NewCfnOutput(stack, jsii.String("DevBoxId"), &awscdk.CfnOutputProps{Value: box.InstanceId()})
	return stack
}

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)

	NewNetworkStack(app, "YoctogramNetworkStack", &awscdk.StackProps{})
	NewDevStack(app, "YoctogramDevStack", &awscdk.StackProps{Env: env()})

	app.Synth(nil)
}

// env pins the dev stack (the default VPC lookup needs an account and a
// region): put yours here, or read CDK_DEFAULT_ACCOUNT and
// CDK_DEFAULT_REGION, which strata sets from your credentials.
func env() *awscdk.Environment {
	return &awscdk.Environment{
		Account: jsii.String("123456789012"),
		Region:  jsii.String("us-east-1"),
	}
}
