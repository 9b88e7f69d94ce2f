package awscodebuild

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscodebuild"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IFleet is a reserved capacity fleet, defined in this app or imported.
type IFleet interface {
	awsec2.IConnectable
	interfacesawscodebuild.IFleetRef
	awsiam.IGrantable
	awscdk.IResource
	ComputeType() FleetComputeType
	EnvironmentType() EnvironmentType
	FleetArn() *string
	FleetName() *string
}

// FleetComputeType is the size of a fleet's machines.
type FleetComputeType string

const (
	FleetComputeType_SMALL                FleetComputeType = "SMALL"
	FleetComputeType_MEDIUM               FleetComputeType = "MEDIUM"
	FleetComputeType_LARGE                FleetComputeType = "LARGE"
	FleetComputeType_X_LARGE              FleetComputeType = "X_LARGE"
	FleetComputeType_X2_LARGE             FleetComputeType = "X2_LARGE"
	FleetComputeType_ATTRIBUTE_BASED      FleetComputeType = "ATTRIBUTE_BASED"
	FleetComputeType_CUSTOM_INSTANCE_TYPE FleetComputeType = "CUSTOM_INSTANCE_TYPE"
)

// FleetOverflowBehavior says what happens to builds when the fleet is busy.
type FleetOverflowBehavior string

const (
	FleetOverflowBehavior_QUEUE     FleetOverflowBehavior = "QUEUE"
	FleetOverflowBehavior_ON_DEMAND FleetOverflowBehavior = "ON_DEMAND"
)

// MachineType is the machine type of an attribute-based fleet.
type MachineType string

const (
	MachineType_GENERAL MachineType = "GENERAL"
	MachineType_NVME    MachineType = "NVME"
)

type importedFleet struct {
	awscdk.Resource
	arn, name *string
	principal awsiam.IPrincipal
}

// Fleet_FromFleetArn imports a fleet by its ARN.
func Fleet_FromFleetArn(scope constructs.Construct, id *string, fleetArn *string) IFleet {
	if fleetArn == nil {
		l2.RequireArg(scope, "Fleet_FromFleetArn", "a fleet ARN")
	}
	f := &importedFleet{arn: fleetArn}
	f.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(f.Resource, f)
	parts := awscdk.Arn_Split(fleetArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	name := deref(parts.ResourceName)
	for i := 0; i < len(name); i++ {
		if name[i] == ':' {
			name = name[:i]
			break
		}
	}
	f.name = jsii.String(name)
	f.principal = awsiam.NewUnknownPrincipal(&awsiam.UnknownPrincipalProps{Resource: f})
	return f
}

func (f *importedFleet) FleetArn() *string                 { return f.arn }
func (f *importedFleet) FleetName() *string                { return f.name }
func (f *importedFleet) GrantPrincipal() awsiam.IPrincipal { return f.principal }
func (f *importedFleet) FleetRef() *interfacesawscodebuild.FleetReference {
	return &interfacesawscodebuild.FleetReference{FleetArn: f.arn}
}
func (f *importedFleet) ComputeType() FleetComputeType {
	diag.Panic(pathOf(f), "Cannot retrieve computeType property from an imported Fleet")
	return ""
}
func (f *importedFleet) EnvironmentType() EnvironmentType {
	diag.Panic(pathOf(f), "Cannot retrieve environmentType property from an imported Fleet")
	return ""
}
func (f *importedFleet) Connections() awsec2.Connections {
	diag.Panic(pathOf(f), "Cannot retrieve connections property from an imported Fleet")
	return nil
}

func (c FleetComputeType) value() string {
	switch c {
	case FleetComputeType_ATTRIBUTE_BASED:
		return "ATTRIBUTE_BASED_COMPUTE"
	case FleetComputeType_CUSTOM_INSTANCE_TYPE:
		return "CUSTOM_INSTANCE_TYPE"
	}
	return ComputeType(c).value()
}

// ComputeConfiguration describes the machines of an ATTRIBUTE_BASED or
// CUSTOM_INSTANCE_TYPE fleet.
type ComputeConfiguration struct {
	Disk         awscdk.Size         `field:"optional" json:"disk" yaml:"disk"`
	InstanceType awsec2.InstanceType `field:"optional" json:"instanceType" yaml:"instanceType"`
	MachineType  MachineType         `field:"optional" json:"machineType" yaml:"machineType"`
	Memory       awscdk.Size         `field:"optional" json:"memory" yaml:"memory"`
	VCpu         *float64            `field:"optional" json:"vCpu" yaml:"vCpu"`
}

// FleetProps are the props of NewFleet.
type FleetProps struct {
	// Machines kept ready, at least 1.
	BaseCapacity    *float64         `field:"required" json:"baseCapacity" yaml:"baseCapacity"`
	ComputeType     FleetComputeType `field:"required" json:"computeType" yaml:"computeType"`
	EnvironmentType EnvironmentType  `field:"required" json:"environmentType" yaml:"environmentType"`
	// Required for ATTRIBUTE_BASED and CUSTOM_INSTANCE_TYPE compute.
	ComputeConfiguration *ComputeConfiguration `field:"optional" json:"computeConfiguration" yaml:"computeConfiguration"`
	FleetName            *string               `field:"optional" json:"fleetName" yaml:"fleetName"`
	// Default: QUEUE (CodeBuild's default).
	OverflowBehavior FleetOverflowBehavior `field:"optional" json:"overflowBehavior" yaml:"overflowBehavior"`
	// The fleet's service role. Default: created when the fleet needs one (a VPC).
	Role            awsiam.IRole             `field:"optional" json:"role" yaml:"role"`
	SecurityGroups  *[]awsec2.ISecurityGroup `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	SubnetSelection *awsec2.SubnetSelection  `field:"optional" json:"subnetSelection" yaml:"subnetSelection"`
	Vpc             awsec2.IVpc              `field:"optional" json:"vpc" yaml:"vpc"`
}

// Fleet is a reserved capacity fleet defined in this app (AWS::CodeBuild::Fleet).
type Fleet interface {
	awscdk.Resource
	IFleet
}

type fleet struct {
	awscdk.Resource
	resource        CfnFleet
	role            awsiam.IRole
	connections     awsec2.Connections
	computeType     FleetComputeType
	environmentType EnvironmentType
	arnMemo         *string
	nameMemo        *string
}

func Fleet_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-codebuild.Fleet") }

// NewFleet creates a reserved capacity fleet.
func NewFleet(scope constructs.Construct, id *string, props *FleetProps) Fleet {
	props = l2.Inject(*Fleet_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "FleetProps", "BaseCapacity", "ComputeType", "EnvironmentType")
	}
	f := &fleet{role: props.Role}
	f.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.FleetName})
	host.Set(f.Resource, f)
	if n := props.FleetName; n != nil && !*awscdk.Token_IsUnresolved(n) {
		if len(*n) < 2 {
			l2.Throw(f, "Fleet name can not be shorter than 2 characters but has %d characters.", len(*n))
		}
		if len(*n) > 128 {
			l2.Throw(f, "Fleet name can not be longer than 128 characters but has %d characters.", len(*n))
		}
	}
	if props.BaseCapacity != nil && *props.BaseCapacity < 1 {
		l2.Throw(f, "baseCapacity must be greater than or equal to 1")
	}
	var compute *CfnFleet_ComputeConfigurationProperty
	cc := props.ComputeConfiguration
	switch props.ComputeType {
	case FleetComputeType_ATTRIBUTE_BASED:
		if cc == nil || (cc.Disk == nil && cc.MachineType == "" && cc.Memory == nil && cc.VCpu == nil) {
			l2.Throw(f, "At least one compute configuration criteria must be specified if computeType is ATTRIBUTE_BASED")
		}
		if cc.InstanceType != nil {
			l2.Throw(f, "instanceType can only be specified in computeConfiguration if computeType is CUSTOM_INSTANCE_TYPE")
		}
		disk, mem, vcpu := gib(cc.Disk), gib(cc.Memory), 0.0
		if cc.VCpu != nil {
			vcpu = *cc.VCpu
		}
		f.positiveInteger(disk, "disk size")
		f.positiveInteger(mem, "memory size")
		f.positiveInteger(vcpu, "vCPU count")
		compute = &CfnFleet_ComputeConfigurationProperty{Disk: jsii.Number(disk), Memory: jsii.Number(mem), VCpu: jsii.Number(vcpu)}
		if cc.MachineType != "" {
			compute.MachineType = jsii.String(string(cc.MachineType))
		}
	case FleetComputeType_CUSTOM_INSTANCE_TYPE:
		if cc == nil || cc.InstanceType == nil {
			l2.Throw(f, "instanceType must be specified in computeConfiguration if computeType is CUSTOM_INSTANCE_TYPE")
		}
		if cc.MachineType != "" || cc.Memory != nil || (cc.VCpu != nil && *cc.VCpu != 0) {
			l2.Throw(f, "computeConfiguration attributes can only be used if computeType is ATTRIBUTE_BASED")
		}
		compute = &CfnFleet_ComputeConfigurationProperty{InstanceType: cc.InstanceType.ToString()}
		if cc.Disk != nil {
			d := gib(cc.Disk)
			f.positiveInteger(d, "disk size")
			compute.Disk = jsii.Number(d)
		}
	default:
		if cc != nil {
			l2.Throw(f, "computeConfiguration can only be specified if computeType is ATTRIBUTE_BASED or CUSTOM_INSTANCE_TYPE, got: %s", props.ComputeType.value())
		}
	}
	vpcConfig, deps := f.configureVpc(props)
	cfn := &CfnFleetProps{
		Name: props.FleetName, BaseCapacity: props.BaseCapacity, ComputeType: jsii.String(props.ComputeType.value()),
		EnvironmentType: jsii.String(string(props.EnvironmentType)),
	}
	if compute != nil {
		cfn.ComputeConfiguration = compute
	}
	if props.OverflowBehavior != "" {
		cfn.OverflowBehavior = jsii.String(string(props.OverflowBehavior))
	}
	if vpcConfig != nil {
		cfn.FleetVpcConfig = vpcConfig
	}
	if f.role != nil {
		cfn.FleetServiceRole = f.role.RoleArn()
	}
	f.resource = NewCfnFleet(f, jsii.String("Resource"), cfn)
	for _, d := range deps {
		f.resource.Node().AddDependency(d)
	}
	if props.Vpc != nil {
		for _, c := range *props.Vpc.Node().FindAll(constructs.ConstructOrder_PREORDER) {
			f.resource.Node().AddDependency(c)
		}
	}
	f.computeType, f.environmentType = props.ComputeType, props.EnvironmentType
	return f
}

func gib(s awscdk.Size) float64 {
	if s == nil {
		return 0
	}
	return *s.ToGibibytes(nil)
}

func (f *fleet) positiveInteger(v float64, name string) {
	if v < 0 || v != float64(int64(v)) {
		l2.Throw(f, "%s must be a positive integer, got: %s", name, jsNumber(v))
	}
}

func (f *fleet) configureVpc(props *FleetProps) (*CfnFleet_VpcConfigProperty, []constructs.IDependable) {
	if props.SecurityGroups != nil && props.Vpc == nil {
		l2.Throw(f, "Cannot configure securityGroups without configuring a VPC")
	}
	if props.SubnetSelection != nil && props.Vpc == nil {
		l2.Throw(f, "Cannot configure subnetSelection without configuring a VPC")
	}
	if props.Vpc == nil {
		return nil, nil
	}
	var sgs []awsec2.ISecurityGroup
	if props.SecurityGroups != nil && len(*props.SecurityGroups) > 0 {
		sgs = *props.SecurityGroups
	} else {
		sgs = []awsec2.ISecurityGroup{awsec2.NewSecurityGroup(f, jsii.String("SecurityGroup"), &awsec2.SecurityGroupProps{Vpc: props.Vpc})}
	}
	f.connections = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &sgs})
	stack := awscdk.Stack_Of(f)
	subnetIDs := props.Vpc.SelectSubnets(props.SubnetSelection).SubnetIds
	eni := awscdk.Arn_Format(&awscdk.ArnComponents{Service: jsii.String("ec2"), Resource: jsii.String("network-interface"), ResourceName: jsii.String("*")}, stack)
	subnetArns := []interface{}{}
	for _, id := range *subnetIDs {
		subnetArns = append(subnetArns, awscdk.Arn_Format(&awscdk.ArnComponents{Service: jsii.String("ec2"), Resource: jsii.String("subnet"), ResourceName: id}, stack))
	}
	var deps []constructs.IDependable
	res := f.GrantPrincipal().AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("ec2:CreateNetworkInterfacePermission"), Resources: &[]*string{eni},
		Conditions: &map[string]interface{}{"ArnEquals": map[string]interface{}{"ec2:Subnet": subnetArns}},
	}))
	if res.PolicyDependable != nil {
		deps = append(deps, res.PolicyDependable)
	}
	res = f.GrantPrincipal().AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("ec2:DescribeDhcpOptions", "ec2:DescribeNetworkInterfaces", "ec2:DescribeSecurityGroups",
			"ec2:DescribeSubnets", "ec2:DescribeVpcs", "ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface",
			"ec2:ModifyNetworkInterfaceAttribute"),
		Resources: jsii.Strings("*"),
	}))
	if res.PolicyDependable != nil {
		deps = append(deps, res.PolicyDependable)
	}
	ids := []*string{}
	for _, sg := range sgs {
		ids = append(ids, sg.SecurityGroupId())
	}
	return &CfnFleet_VpcConfigProperty{VpcId: props.Vpc.VpcId(), Subnets: subnetIDs, SecurityGroupIds: &ids}, deps
}

// GrantPrincipal is the fleet's service role, created on first use.
func (f *fleet) GrantPrincipal() awsiam.IPrincipal {
	if f.role == nil {
		f.role = awsiam.NewRole(f, jsii.String("Role"), &awsiam.RoleProps{
			RoleName:  awscdk.PhysicalName_GENERATE_IF_NEEDED(),
			AssumedBy: awsiam.NewServicePrincipal(jsii.String("codebuild.amazonaws.com"), nil),
		})
	}
	return f.role
}

func (f *fleet) ComputeType() FleetComputeType    { return f.computeType }
func (f *fleet) EnvironmentType() EnvironmentType { return f.environmentType }
func (f *fleet) FleetRef() *interfacesawscodebuild.FleetReference {
	return &interfacesawscodebuild.FleetReference{FleetArn: f.FleetArn()}
}

func (f *fleet) FleetArn() *string {
	if f.arnMemo == nil {
		f.arnMemo = f.GetResourceArnAttribute(f.resource.AttrArn(), &awscdk.ArnComponents{Service: jsii.String("codebuild"),
			Resource: jsii.String("fleet"), ResourceName: f.PhysicalName(), ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME})
	}
	return f.arnMemo
}

func (f *fleet) FleetName() *string {
	if f.nameMemo == nil {
		f.nameMemo = f.GetResourceNameAttribute(f.resource.Ref())
	}
	return f.nameMemo
}

func (f *fleet) Connections() awsec2.Connections {
	if f.connections == nil {
		l2.Throw(f, "Only VPC-associated Fleets have security groups to manage. Supply the \"vpc\" parameter when creating the Fleet")
	}
	return f.connections
}

func Fleet_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func Fleet_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
func Fleet_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

func NewFleet_Override(outer Fleet, scope constructs.Construct, id *string, props *FleetProps) {
	l2.Override(outer, NewFleet(scope, id, props))
}
