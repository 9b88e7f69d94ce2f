// Command ec2-instance is the parity case for a VPC with default settings
// and an EC2 instance (issue 17): `awsec2.NewVpc` with no props (two AZs in
// an environment-agnostic stack, public and private subnets, a NAT gateway
// in each, the restrict-default-security-group custom resource) and a web
// server on the latest Amazon Linux 2023 (read from SSM at deploy time)
// with user data, a key pair, an encrypted gp3 root volume and SSM
// session permissions, reachable over HTTP.
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh
// turns it into expected/.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

func NewWebServerStack(scope constructs.Construct, id string, props *awscdk.StackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, props)

	vpc := awsec2.NewVpc(stack, jsii.String("Vpc"), nil)

	userData := awsec2.UserData_ForLinux(nil)
	userData.AddCommands(
		jsii.String("dnf install -y nginx"),
		jsii.String("echo '<h1>Hello from Strata</h1>' > /usr/share/nginx/html/index.html"),
		jsii.String("systemctl enable --now nginx"),
	)

	key := awsec2.NewKeyPair(stack, jsii.String("Key"), &awsec2.KeyPairProps{Type: awsec2.KeyPairType_ED25519})

	web := awsec2.NewInstance(stack, jsii.String("Web"), &awsec2.InstanceProps{
		Vpc:          vpc,
		VpcSubnets:   &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC},
		InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_T3, awsec2.InstanceSize_MICRO),
		MachineImage: awsec2.MachineImage_LatestAmazonLinux2023(nil),
		UserData:     userData,
		KeyPair:      key,
		BlockDevices: &[]*awsec2.BlockDevice{{
			DeviceName: jsii.String("/dev/xvda"),
			Volume:     awsec2.BlockDeviceVolume_Ebs(jsii.Number(16), &awsec2.EbsDeviceOptions{VolumeType: awsec2.EbsDeviceVolumeType_GP3, Encrypted: jsii.Bool(true)}),
		}},
		SsmSessionPermissions: jsii.Bool(true),
		HttpTokens:            awsec2.HttpTokens_REQUIRED,
	})
	web.Connections().AllowFromAnyIpv4(awsec2.Port_HTTP(), jsii.String("HTTP from anywhere"))

	awscdk.NewCfnOutput(stack, jsii.String("PublicDnsName"), &awscdk.CfnOutputProps{Value: web.InstancePublicDnsName()})
	awscdk.NewCfnOutput(stack, jsii.String("KeyParameter"), &awscdk.CfnOutputProps{
		Value: awscdk.Fn_Join(jsii.String(""), &[]*string{jsii.String("/ec2/keypair/"), key.KeyPairId()}),
	})
	return stack
}

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)
	NewWebServerStack(app, "Ec2Instance", &awscdk.StackProps{})
	app.Synth(nil)
}
