package awsec2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// BastionHostLinuxProps configure a BastionHostLinux.
type BastionHostLinuxProps struct {
	// The VPC to launch the bastion in.
	Vpc IVpc `field:"required" json:"vpc" yaml:"vpc"`
	// The availability zone. Default: a zone of the selected subnets.
	AvailabilityZone *string `field:"optional" json:"availabilityZone" yaml:"availabilityZone"`
	// The block devices. Default: the image's.
	BlockDevices *[]*BlockDevice `field:"optional" json:"blockDevices" yaml:"blockDevices"`
	// cfn-init configuration applied to the instance.
	Init CloudFormationInit `field:"optional" json:"init" yaml:"init"`
	// cfn-init options.
	InitOptions *ApplyCloudFormationInitOptions `field:"optional" json:"initOptions" yaml:"initOptions"`
	// The instance's Name tag. Default: "BastionHost".
	InstanceName *string `field:"optional" json:"instanceName" yaml:"instanceName"`
	// The instance type. Default: t3.nano.
	InstanceType InstanceType `field:"optional" json:"instanceType" yaml:"instanceType"`
	// The image. Default: the latest Amazon Linux 2023 under the
	// @aws-cdk/aws-ec2:bastionHostUseAmazonLinux2023ByDefault flag, else Amazon Linux 2.
	MachineImage IMachineImage `field:"optional" json:"machineImage" yaml:"machineImage"`
	// Require IMDSv2. Default: false.
	RequireImdsv2 *bool `field:"optional" json:"requireImdsv2" yaml:"requireImdsv2"`
	// The security group. Default: a new one.
	SecurityGroup ISecurityGroup `field:"optional" json:"securityGroup" yaml:"securityGroup"`
	// The subnets. Default: the VPC's private subnets.
	SubnetSelection *SubnetSelection `field:"optional" json:"subnetSelection" yaml:"subnetSelection"`
	// Replace the instance when its user data changes.
	UserDataCausesReplacement *bool `field:"optional" json:"userDataCausesReplacement" yaml:"userDataCausesReplacement"`
}

// BastionHostLinux is a small Linux instance reached through SSM Session
// Manager, to get into the VPC's private network.
type BastionHostLinux interface {
	awscdk.Resource
	IInstance
	GrantPrincipal() awsiam.IPrincipal
	// The underlying instance.
	Instance() Instance
	InstanceRef() *interfacesawsec2.InstanceReference
	Role() awsiam.IRole
	// AllowSshAccessFrom opens port 22 to the peers.
	AllowSshAccessFrom(peer ...IPeer)
}

type bastionHost struct {
	awscdk.Resource
	instance Instance
}

func (b *bastionHost) Connections() Connections          { return b.instance.Connections() }
func (b *bastionHost) GrantPrincipal() awsiam.IPrincipal { return b.instance.GrantPrincipal() }
func (b *bastionHost) Role() awsiam.IRole                { return b.instance.Role() }
func (b *bastionHost) Instance() Instance                { return b.instance }
func (b *bastionHost) InstanceId() *string               { return b.instance.InstanceId() }
func (b *bastionHost) InstanceAvailabilityZone() *string {
	return b.instance.InstanceAvailabilityZone()
}
func (b *bastionHost) InstancePrivateDnsName() *string { return b.instance.InstancePrivateDnsName() }
func (b *bastionHost) InstancePrivateIp() *string      { return b.instance.InstancePrivateIp() }
func (b *bastionHost) InstancePublicDnsName() *string  { return b.instance.InstancePublicDnsName() }
func (b *bastionHost) InstancePublicIp() *string       { return b.instance.InstancePublicIp() }
func (b *bastionHost) InstanceRef() *interfacesawsec2.InstanceReference {
	return &interfacesawsec2.InstanceReference{InstanceId: b.instance.InstanceId()}
}
func (b *bastionHost) AllowSshAccessFrom(peer ...IPeer) {
	for _, p := range peer {
		b.instance.Connections().AllowFrom(p, Port_Tcp(num(22)), str("SSH access"))
	}
}

// NewBastionHostLinux creates a bastion host with the SSM permissions
// Session Manager needs, and outputs its instance id.
func NewBastionHostLinux(scope constructs.Construct, id *string, props *BastionHostLinuxProps) BastionHostLinux {
	props = l2.Inject(*BastionHostLinux_PROPERTY_INJECTION_ID(), props, scope, id)
	b := &bastionHost{}
	b.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(b.Resource, b)
	if props == nil || props.Vpc == nil {
		throw(b, "BastionHostLinux: vpc is required")
	}
	instanceType := props.InstanceType
	if instanceType == nil {
		instanceType = InstanceType_Of(InstanceClass_T3, InstanceSize_NANO)
	}
	image := props.MachineImage
	if image == nil {
		cpu := AmazonLinuxCpuType_X86_64
		switch a := instanceType.Architecture(); a {
		case InstanceArchitecture_ARM_64:
			cpu = AmazonLinuxCpuType_ARM_64
		case InstanceArchitecture_X86_64:
		default:
			throwUnscoped("Unsupported instance architecture '" + string(a) + "'")
		}
		if featureEnabled(b, "@aws-cdk/aws-ec2:bastionHostUseAmazonLinux2023ByDefault") {
			image = MachineImage_LatestAmazonLinux2023(&AmazonLinux2023ImageSsmParameterProps{CpuType: cpu})
		} else {
			image = MachineImage_LatestAmazonLinux2(&AmazonLinux2ImageSsmParameterProps{CpuType: cpu})
		}
	}
	name := props.InstanceName
	if name == nil {
		name = str("BastionHost")
	}
	subnets := props.SubnetSelection
	if subnets == nil {
		subnets = &SubnetSelection{}
	}
	requireImdsv2 := props.RequireImdsv2
	if requireImdsv2 == nil {
		requireImdsv2 = boolp(false)
	}
	b.instance = NewInstance(b, str("Resource"), &InstanceProps{
		Vpc: props.Vpc, AvailabilityZone: props.AvailabilityZone, SecurityGroup: props.SecurityGroup, InstanceName: name,
		InstanceType: instanceType, MachineImage: image, VpcSubnets: subnets, BlockDevices: props.BlockDevices,
		Init: props.Init, InitOptions: props.InitOptions, RequireImdsv2: requireImdsv2,
		UserDataCausesReplacement: props.UserDataCausesReplacement,
	})
	b.instance.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:   jsii.Strings("ssmmessages:*", "ssm:UpdateInstanceInformation", "ec2messages:*"),
		Resources: jsii.Strings("*"),
	}))
	awscdk.NewCfnOutput(b, str("BastionHostId"), &awscdk.CfnOutputProps{
		Description: str("Instance ID of the bastion host. Use this to connect via SSM Session Manager"),
		Value:       b.instance.InstanceId(),
	})
	return b
}

func BastionHostLinux_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ec2.BastionHostLinux")
}
func BastionHostLinux_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func BastionHostLinux_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func BastionHostLinux_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
