package awsec2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the Bastion stack in testdata/twins.js.
func bastion(s awscdk.Stack) {
	vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1)})
	b := awsec2.NewBastionHostLinux(s, jsii.String("Bastion"), &awsec2.BastionHostLinuxProps{Vpc: vpc})
	b.AllowSshAccessFrom(awsec2.Peer_Ipv4(jsii.String("203.0.113.0/24")))
	arm := awsec2.NewBastionHostLinux(s, jsii.String("ArmBastion"), &awsec2.BastionHostLinuxProps{
		Vpc: vpc, InstanceType: awsec2.NewInstanceType(jsii.String("t4g.micro")), InstanceName: jsii.String("arm-bastion"),
		RequireImdsv2: jsii.Bool(true), SubnetSelection: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC},
		BlockDevices: &[]*awsec2.BlockDevice{{DeviceName: jsii.String("/dev/xvda"),
			Volume: awsec2.BlockDeviceVolume_Ebs(jsii.Number(10), &awsec2.EbsDeviceOptions{Encrypted: jsii.Bool(true)})}},
	})
	out(s, "ArmIp", arm.InstancePublicIp())
	out(s, "Role", b.Role().RoleName())
}

func TestBastionTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"Bastion": bastion})
}
