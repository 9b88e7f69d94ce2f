// Command vpc-lookup is the parity case for Vpc_FromLookup (issue 17): an
// app deployed into VPCs it does not own. The first stack's VPC is in the
// context, as `cdk synth` leaves it in cdk.context.json (three zones, an
// isolated tier in two of them, a VPN gateway), and the stack builds on
// its subnets: a security group, a Secrets Manager interface endpoint, an
// RDS subnet group and an ElastiCache subnet group, outputs of the selected
// subnets. The second stack's lookup (the account's default VPC) is not in
// the context, so the assembly lists it as missing, with aws-cdk-lib's
// dummy value, and the stack builds on that dummy VPC. Both stacks also look
// up a security group by id, which is not in the context; the first looks
// one up by name in its VPC, which is (with allowAllOutbound false, so an
// egress rule on it is rendered).
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh
// turns it into expected/.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awselasticache"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

type LookupStackProps struct {
	awscdk.StackProps
	Lookup *awsec2.VpcLookupOptions
	// OutputsOnly leaves the VPC's resources out (the log group stays): on the dummy VPC of a missing
	// lookup, aws-cdk-lib's synth-time validation rejects their ids
	// ("vpc-12345" is no VPC id) when the app runs outside the CLI.
	OutputsOnly bool
}

func NewSharedVpcStack(scope constructs.Construct, id string, props *LookupStackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, &props.StackProps)
	vpc := awsec2.Vpc_FromLookup(stack, jsii.String("Vpc"), props.Lookup)
	awslogs.NewLogGroup(stack, jsii.String("AppLogs"), &awslogs.LogGroupProps{Retention: awslogs.RetentionDays_TWO_WEEKS})
	if !props.OutputsOnly {
		addResources(stack, vpc)
	}

	private := vpc.SelectSubnets(nil)
	public := vpc.SelectSubnets(&awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC, OnePerAz: jsii.Bool(true)})
	join := func(l *[]*string) *string { return awscdk.Fn_Join(jsii.String(","), l) }
	awscdk.NewCfnOutput(stack, jsii.String("VpcId"), &awscdk.CfnOutputProps{Value: vpc.VpcId()})
	awscdk.NewCfnOutput(stack, jsii.String("VpcArn"), &awscdk.CfnOutputProps{Value: vpc.VpcArn()})
	awscdk.NewCfnOutput(stack, jsii.String("VpcCidr"), &awscdk.CfnOutputProps{Value: vpc.VpcCidrBlock()})
	awscdk.NewCfnOutput(stack, jsii.String("Zones"), &awscdk.CfnOutputProps{Value: join(vpc.AvailabilityZones())})
	awscdk.NewCfnOutput(stack, jsii.String("PrivateSubnets"), &awscdk.CfnOutputProps{Value: join(private.SubnetIds)})
	awscdk.NewCfnOutput(stack, jsii.String("PublicSubnets"), &awscdk.CfnOutputProps{Value: join(public.SubnetIds)})
	awscdk.NewCfnOutput(stack, jsii.String("PrivateZones"), &awscdk.CfnOutputProps{Value: join(private.AvailabilityZones)})
	legacy := awsec2.SecurityGroup_FromLookupById(stack, jsii.String("LegacySg"), jsii.String("sg-0fedcba9876543210"))
	awscdk.NewCfnOutput(stack, jsii.String("LegacySgId"), &awscdk.CfnOutputProps{Value: legacy.SecurityGroupId()})
	if gw := vpc.VpnGatewayId(); gw != nil {
		awscdk.NewCfnOutput(stack, jsii.String("VpnGateway"), &awscdk.CfnOutputProps{Value: gw})
	}
	return stack
}

// addResources builds on the looked-up subnets: a security group, an
// interface endpoint, RDS and ElastiCache subnet groups in the isolated tier.
func addResources(stack awscdk.Stack, vpc awsec2.IVpc) {
	appSg := awsec2.NewSecurityGroup(stack, jsii.String("AppSg"), &awsec2.SecurityGroupProps{
		Vpc: vpc, Description: jsii.String("Application tier"),
	})
	appSg.AddIngressRule(awsec2.Peer_Ipv4(vpc.VpcCidrBlock()), awsec2.Port_Tcp(jsii.Number(8080)), jsii.String("from inside the VPC"), nil)
	shared := awsec2.SecurityGroup_FromLookupByName(stack, jsii.String("SharedSg"), jsii.String("shared-ingress"), vpc)
	appSg.AddIngressRule(shared, awsec2.Port_Tcp(jsii.Number(8443)), jsii.String("from the shared ingress tier"), nil)
	shared.AddEgressRule(appSg, awsec2.Port_Tcp(jsii.Number(8443)), jsii.String("to the app tier"), nil)
	vpc.AddInterfaceEndpoint(jsii.String("SecretsManager"), &awsec2.InterfaceVpcEndpointOptions{
		Service: awsec2.InterfaceVpcEndpointAwsService_SECRETS_MANAGER(),
	})

	// A worker on the organisation's golden image (in the context); the
	// candidate image is not looked up yet, so its id is ami-1234 (only an
	// output: an instance on it would fail aws-cdk-lib's validation).
	image := func(name string) awsec2.IMachineImage {
		return awsec2.MachineImage_Lookup(&awsec2.LookupMachineImageProps{Name: jsii.String(name), Owners: jsii.Strings("222222222222"),
			Filters: &map[string]*[]*string{"architecture": jsii.Strings("x86_64")}})
	}
	awsec2.NewInstance(stack, jsii.String("Worker"), &awsec2.InstanceProps{
		Vpc: vpc, InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_T3, awsec2.InstanceSize_SMALL), SecurityGroup: appSg,
		MachineImage: image("golden-al2023-*"),
	})
	awscdk.NewCfnOutput(stack, jsii.String("CandidateImage"), &awscdk.CfnOutputProps{Value: image("candidate-al2023-*").GetImage(stack).ImageId})

	data := &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED}
	awsrds.NewSubnetGroup(stack, jsii.String("DbSubnets"), &awsrds.SubnetGroupProps{
		Description: jsii.String("database subnets"), Vpc: vpc, VpcSubnets: data,
	})
	var cacheSubnets []interface{}
	for _, s := range *vpc.SelectSubnets(data).SubnetIds {
		cacheSubnets = append(cacheSubnets, s)
	}
	awselasticache.NewCfnSubnetGroup(stack, jsii.String("CacheSubnets"), &awselasticache.CfnSubnetGroupProps{
		Description: jsii.String("cache subnets"), SubnetIds: &cacheSubnets,
	})
}

func subnet(id, cidr, az, table string) map[string]interface{} {
	return map[string]interface{}{"availabilityZone": az, "cidr": cidr, "routeTableId": table, "subnetId": id}
}

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	// What `cdk synth` would have put in cdk.context.json for the shared VPC.
	app.Node().SetContext(jsii.String("vpc-provider:account=111111111111:filter.tag:Name=shared-prod:region=eu-west-1:returnAsymmetricSubnets=true"),
		map[string]interface{}{
			"availabilityZones": []interface{}{},
			"ownerAccountId":    "111111111111",
			"subnetGroups": []interface{}{
				map[string]interface{}{"name": "Ingress", "type": "Public", "subnets": []interface{}{
					subnet("subnet-0a00000000000000a", "10.20.0.0/24", "eu-west-1a", "rtb-0a00000000000000a"),
					subnet("subnet-0b00000000000000b", "10.20.1.0/24", "eu-west-1b", "rtb-0a00000000000000a"),
					subnet("subnet-0c00000000000000c", "10.20.2.0/24", "eu-west-1c", "rtb-0a00000000000000a"),
				}},
				map[string]interface{}{"name": "App", "type": "Private", "subnets": []interface{}{
					subnet("subnet-1a00000000000000a", "10.20.10.0/24", "eu-west-1a", "rtb-1a00000000000000a"),
					subnet("subnet-1b00000000000000b", "10.20.11.0/24", "eu-west-1b", "rtb-1b00000000000000b"),
					subnet("subnet-1c00000000000000c", "10.20.12.0/24", "eu-west-1c", "rtb-1c00000000000000c"),
				}},
				map[string]interface{}{"name": "Data", "type": "Isolated", "subnets": []interface{}{
					subnet("subnet-2a00000000000000a", "10.20.20.0/24", "eu-west-1a", "rtb-2000000000000000a"),
					subnet("subnet-2b00000000000000b", "10.20.21.0/24", "eu-west-1b", "rtb-2000000000000000a"),
				}},
			},
			"vpcCidrBlock": "10.20.0.0/16",
			"vpcId":        "vpc-0123456789abcdef0",
			"vpnGatewayId": "vgw-0123456789abcdef0",
		})
	// ... and for the shared ingress tier's security group in that VPC.
	app.Node().SetContext(jsii.String("security-group:account=111111111111:region=eu-west-1:securityGroupName=shared-ingress:vpcId=vpc-0123456789abcdef0"),
		map[string]interface{}{"allowAllOutbound": false, "securityGroupId": "sg-0123456789abcdef0"})
	// ... and for the golden image.
	app.Node().SetContext(jsii.String("ami:account=111111111111:filters.architecture.0=x86_64:filters.image-type.0=machine:filters.name.0=golden-al2023-*:filters.state.0=available:owners.0=222222222222:region=eu-west-1"),
		"ami-0123456789abcdef0")
	env := &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("eu-west-1")}
	NewSharedVpcStack(app, "SharedVpcApp", &LookupStackProps{
		StackProps: awscdk.StackProps{Env: env},
		Lookup:     &awsec2.VpcLookupOptions{VpcName: jsii.String("shared-prod")},
	})
	NewSharedVpcStack(app, "DefaultVpcApp", &LookupStackProps{
		StackProps:  awscdk.StackProps{Env: env},
		Lookup:      &awsec2.VpcLookupOptions{IsDefault: jsii.Bool(true)},
		OutputsOnly: true,
	})
	app.Synth(nil)
}
