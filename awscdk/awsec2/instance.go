package awsec2

import (
	"bytes"
	"crypto/md5"
	"encoding/hex"
	"encoding/json"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// CpuCredits is the CPU credit mode of a burstable instance.
type CpuCredits string

const (
	CpuCredits_STANDARD  CpuCredits = "STANDARD"
	CpuCredits_UNLIMITED CpuCredits = "UNLIMITED"
)

// InstanceInitiatedShutdownBehavior is what a shutdown from inside the instance does.
type InstanceInitiatedShutdownBehavior string

const (
	InstanceInitiatedShutdownBehavior_STOP      InstanceInitiatedShutdownBehavior = "STOP"
	InstanceInitiatedShutdownBehavior_TERMINATE InstanceInitiatedShutdownBehavior = "TERMINATE"
)

// HttpTokens says whether the instance metadata service requires session tokens (IMDSv2).
type HttpTokens string

const (
	HttpTokens_OPTIONAL HttpTokens = "OPTIONAL"
	HttpTokens_REQUIRED HttpTokens = "REQUIRED"
)

// InstanceProps are the props of NewInstance.
type InstanceProps struct {
	InstanceType                      InstanceType                        `field:"required" json:"instanceType" yaml:"instanceType"`
	MachineImage                      IMachineImage                       `field:"required" json:"machineImage" yaml:"machineImage"`
	Vpc                               IVpc                                `field:"required" json:"vpc" yaml:"vpc"`
	AllowAllIpv6Outbound              *bool                               `field:"optional" json:"allowAllIpv6Outbound" yaml:"allowAllIpv6Outbound"`
	AllowAllOutbound                  *bool                               `field:"optional" json:"allowAllOutbound" yaml:"allowAllOutbound"`
	AssociatePublicIpAddress          *bool                               `field:"optional" json:"associatePublicIpAddress" yaml:"associatePublicIpAddress"`
	AvailabilityZone                  *string                             `field:"optional" json:"availabilityZone" yaml:"availabilityZone"`
	BlockDevices                      *[]*BlockDevice                     `field:"optional" json:"blockDevices" yaml:"blockDevices"`
	CreditSpecification               CpuCredits                          `field:"optional" json:"creditSpecification" yaml:"creditSpecification"`
	DetailedMonitoring                *bool                               `field:"optional" json:"detailedMonitoring" yaml:"detailedMonitoring"`
	DisableApiTermination             *bool                               `field:"optional" json:"disableApiTermination" yaml:"disableApiTermination"`
	EbsOptimized                      *bool                               `field:"optional" json:"ebsOptimized" yaml:"ebsOptimized"`
	EnclaveEnabled                    *bool                               `field:"optional" json:"enclaveEnabled" yaml:"enclaveEnabled"`
	HibernationEnabled                *bool                               `field:"optional" json:"hibernationEnabled" yaml:"hibernationEnabled"`
	HttpEndpoint                      *bool                               `field:"optional" json:"httpEndpoint" yaml:"httpEndpoint"`
	HttpProtocolIpv6                  *bool                               `field:"optional" json:"httpProtocolIpv6" yaml:"httpProtocolIpv6"`
	HttpPutResponseHopLimit           *float64                            `field:"optional" json:"httpPutResponseHopLimit" yaml:"httpPutResponseHopLimit"`
	HttpTokens                        HttpTokens                          `field:"optional" json:"httpTokens" yaml:"httpTokens"`
	Init                              CloudFormationInit                  `field:"optional" json:"init" yaml:"init"`
	InitOptions                       *ApplyCloudFormationInitOptions     `field:"optional" json:"initOptions" yaml:"initOptions"`
	InstanceInitiatedShutdownBehavior InstanceInitiatedShutdownBehavior   `field:"optional" json:"instanceInitiatedShutdownBehavior" yaml:"instanceInitiatedShutdownBehavior"`
	InstanceMetadataTags              *bool                               `field:"optional" json:"instanceMetadataTags" yaml:"instanceMetadataTags"`
	InstanceName                      *string                             `field:"optional" json:"instanceName" yaml:"instanceName"`
	InstanceProfile                   awsiam.IInstanceProfile             `field:"optional" json:"instanceProfile" yaml:"instanceProfile"`
	Ipv6AddressCount                  *float64                            `field:"optional" json:"ipv6AddressCount" yaml:"ipv6AddressCount"`
	KeyName                           *string                             `field:"optional" json:"keyName" yaml:"keyName"`
	KeyPair                           IKeyPair                            `field:"optional" json:"keyPair" yaml:"keyPair"`
	PlacementGroup                    interfacesawsec2.IPlacementGroupRef `field:"optional" json:"placementGroup" yaml:"placementGroup"`
	PrivateIpAddress                  *string                             `field:"optional" json:"privateIpAddress" yaml:"privateIpAddress"`
	PropagateTagsToVolumeOnCreation   *bool                               `field:"optional" json:"propagateTagsToVolumeOnCreation" yaml:"propagateTagsToVolumeOnCreation"`
	RequireImdsv2                     *bool                               `field:"optional" json:"requireImdsv2" yaml:"requireImdsv2"`
	ResourceSignalTimeout             awscdk.Duration                     `field:"optional" json:"resourceSignalTimeout" yaml:"resourceSignalTimeout"`
	Role                              awsiam.IRole                        `field:"optional" json:"role" yaml:"role"`
	SecurityGroup                     ISecurityGroup                      `field:"optional" json:"securityGroup" yaml:"securityGroup"`
	SourceDestCheck                   *bool                               `field:"optional" json:"sourceDestCheck" yaml:"sourceDestCheck"`
	SsmSessionPermissions             *bool                               `field:"optional" json:"ssmSessionPermissions" yaml:"ssmSessionPermissions"`
	UserData                          UserData                            `field:"optional" json:"userData" yaml:"userData"`
	UserDataCausesReplacement         *bool                               `field:"optional" json:"userDataCausesReplacement" yaml:"userDataCausesReplacement"`
	VpcSubnets                        *SubnetSelection                    `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// Instance is an EC2 instance defined in this app (AWS::EC2::Instance),
// with its security group, role and instance profile.
type Instance interface {
	awscdk.Resource
	IInstance
	GrantPrincipal() awsiam.IPrincipal
	Instance() CfnInstance
	OsType() OperatingSystemType
	Role() awsiam.IRole
	UserData() UserData
	InstanceRef() *interfacesawsec2.InstanceReference
	AddSecurityGroup(securityGroup ISecurityGroup)
	AddToRolePolicy(statement awsiam.PolicyStatement)
	AddUserData(commands ...*string)
	ApplyCloudFormationInit(init CloudFormationInit, options *ApplyCloudFormationInitOptions)
	ToString() *string
}

type instance struct {
	awscdk.Resource
	conns    Connections
	role     awsiam.IRole
	userData UserData
	res      CfnInstance
	os       OperatingSystemType
	groups   []ISecurityGroup
}

func (i *instance) Connections() Connections          { return i.conns }
func (i *instance) GrantPrincipal() awsiam.IPrincipal { return i.role }
func (i *instance) Role() awsiam.IRole                { return i.role }
func (i *instance) UserData() UserData                { return i.userData }
func (i *instance) Instance() CfnInstance             { return i.res }
func (i *instance) OsType() OperatingSystemType       { return i.os }
func (i *instance) InstanceId() *string               { return i.res.Ref() }
func (i *instance) InstanceAvailabilityZone() *string { return i.res.AttrAvailabilityZone() }
func (i *instance) InstancePrivateDnsName() *string   { return i.res.AttrPrivateDnsName() }
func (i *instance) InstancePrivateIp() *string        { return i.res.AttrPrivateIp() }
func (i *instance) InstancePublicDnsName() *string    { return i.res.AttrPublicDnsName() }
func (i *instance) InstancePublicIp() *string         { return i.res.AttrPublicIp() }
func (i *instance) InstanceRef() *interfacesawsec2.InstanceReference {
	return &interfacesawsec2.InstanceReference{InstanceId: i.res.Ref()}
}
func (i *instance) AddUserData(commands ...*string) { i.userData.AddCommands(commands...) }
func (i *instance) AddToRolePolicy(statement awsiam.PolicyStatement) {
	i.role.AddToPrincipalPolicy(statement)
}

// AddSecurityGroup adds a security group to the instance.
func (i *instance) AddSecurityGroup(securityGroup ISecurityGroup) {
	i.groups = append(i.groups, securityGroup)
	i.syncGroups()
}

func (i *instance) groupIds() *[]interface{} {
	ids := make([]interface{}, len(i.groups))
	for n, g := range i.groups {
		ids[n] = g.SecurityGroupId()
	}
	return &ids
}

func (i *instance) syncGroups() {
	if i.res == nil {
		return
	}
	if nis, ok := i.res.NetworkInterfaces().([]*CfnInstance_NetworkInterfaceProperty); ok && len(nis) > 0 {
		ids := make([]*string, len(i.groups))
		for n, g := range i.groups {
			ids[n] = g.SecurityGroupId()
		}
		nis[0].GroupSet = &ids
		return
	}
	ids := make([]*string, len(i.groups))
	for n, g := range i.groups {
		ids[n] = g.SecurityGroupId()
	}
	i.res.SetSecurityGroupIds(&ids)
}

func onOff(b *bool) *string {
	if b == nil {
		return nil
	}
	if *b {
		return str("enabled")
	}
	return str("disabled")
}

// NewInstance creates an EC2 instance in the VPC (by default in its first
// private subnet) with a new security group, role and instance profile.
func NewInstance(scope constructs.Construct, id *string, props *InstanceProps) Instance {
	props = l2.Inject(*Instance_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &InstanceProps{}
	}
	i := &instance{}
	i.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(i.Resource, i)
	if props.InstanceType == nil || props.MachineImage == nil || props.Vpc == nil {
		throw(i, "Instance: 'instanceType', 'machineImage' and 'vpc' are required")
	}
	if props.KeyName != nil && props.KeyPair != nil {
		throw(i, "Cannot specify both of 'keyName' and 'keyPair'; prefer 'keyPair'")
	}
	if props.CreditSpecification != "" && !*props.InstanceType.IsBurstable() {
		throw(i, "creditSpecification is supported only for T4g, T3a, T3, T2 instance type, got: %s", deref(props.InstanceType.ToString()))
	}
	sg := props.SecurityGroup
	if sg == nil {
		sg = NewSecurityGroup(i, str("InstanceSecurityGroup"), &SecurityGroupProps{Vpc: props.Vpc,
			AllowAllOutbound: boolp(props.AllowAllOutbound == nil || *props.AllowAllOutbound), AllowAllIpv6Outbound: props.AllowAllIpv6Outbound})
	}
	i.conns = NewConnections(&ConnectionsProps{SecurityGroups: &[]ISecurityGroup{sg}})
	i.groups = []ISecurityGroup{sg}
	name := props.InstanceName
	if deref(name) == "" {
		name = i.Node().Path()
	}
	awscdk.Tags_Of(i).Add(str(nameTag), name, nil)
	if props.InstanceProfile != nil && props.Role != nil {
		throw(i, "You cannot provide both instanceProfile and role")
	}
	var profileName *string
	if props.InstanceProfile != nil && props.InstanceProfile.Role() != nil {
		i.role = props.InstanceProfile.Role()
		profileName = props.InstanceProfile.InstanceProfileName()
	} else {
		i.role = props.Role
		if i.role == nil {
			i.role = awsiam.NewRole(i, str("InstanceRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("ec2.amazonaws.com"), nil)})
		}
		profileName = awsiam.NewCfnInstanceProfile(i, str("InstanceProfile"), &awsiam.CfnInstanceProfileProps{Roles: &[]interface{}{i.role.RoleName()}}).Ref()
	}
	if truthy(props.SsmSessionPermissions) {
		i.role.AddManagedPolicy(awsiam.ManagedPolicy_FromAwsManagedPolicyName(str("AmazonSSMManagedInstanceCore")))
	}
	img := props.MachineImage.GetImage(i)
	i.userData = props.UserData
	if i.userData == nil {
		i.userData = img.UserData
	}
	i.os = img.OsType
	userDataToken := awscdk.Lazy_String(stableString(func() *string { return awscdk.Fn_Base64(i.userData.Render()) }), nil)
	sel := props.Vpc.SelectSubnets(props.VpcSubnets)
	var subnet ISubnet
	if props.AvailabilityZone != nil {
		var matching []ISubnet
		for _, s := range *sel.Subnets {
			if deref(s.AvailabilityZone()) == *props.AvailabilityZone {
				matching = append(matching, s)
			}
		}
		if len(matching) == 1 {
			subnet = matching[0]
		} else {
			addError(i, "Need exactly 1 subnet to match AZ '%s', found %d. Use a different availabilityZone.", *props.AvailabilityZone, len(matching))
		}
	} else if len(*sel.Subnets) > 0 {
		subnet = (*sel.Subnets)[0]
	} else {
		b, _ := json.Marshal(props.VpcSubnets)
		addError(i, "Did not find any subnets matching '%s', please use a different selection.", string(b))
	}
	if subnet == nil {
		subnet = Subnet_FromSubnetAttributes(i, str("DummySubnet"), &SubnetAttributes{SubnetId: str("s-notfound"), AvailabilityZone: str("az-notfound")})
	}
	if props.KeyPair != nil && !keyPairOsCompatible(props.KeyPair.Type(), i.os) {
		throw(i, "%s keys are not compatible with the chosen AMI", map[KeyPairType]string{KeyPairType_ED25519: "ed25519", KeyPairType_RSA: "rsa"}[props.KeyPair.Type()])
	}
	if truthy(props.EnclaveEnabled) && truthy(props.HibernationEnabled) {
		throw(i, "You can't set both `enclaveEnabled` and `hibernationEnabled` to true on the same instance")
	}
	if c := props.Ipv6AddressCount; c != nil && !isUnresolved(c) && (*c < 0 || *c != float64(int64(*c))) {
		throw(i, "'ipv6AddressCount' must be a non-negative integer, got: %s", renderPort(c))
	}
	if props.Ipv6AddressCount != nil && props.AssociatePublicIpAddress != nil {
		throw(i, "You can't set both 'ipv6AddressCount' and 'associatePublicIpAddress'")
	}
	p := &CfnInstanceProps{
		ImageId: img.ImageId, InstanceType: props.InstanceType.ToString(), IamInstanceProfile: profileName, UserData: userDataToken,
		AvailabilityZone: subnet.AvailabilityZone(), SourceDestCheck: optBool(props.SourceDestCheck),
		PropagateTagsToVolumeOnCreation: optBool(props.PropagateTagsToVolumeOnCreation), Monitoring: optBool(props.DetailedMonitoring),
		EbsOptimized: optBool(props.EbsOptimized), DisableApiTermination: optBool(props.DisableApiTermination),
		Ipv6AddressCount: props.Ipv6AddressCount, MetadataOptions: i.metadataOptions(props),
	}
	if props.KeyPair != nil {
		p.KeyName = props.KeyPair.KeyPairName()
	} else {
		p.KeyName = props.KeyName
	}
	if props.AssociatePublicIpAddress != nil {
		ids := make([]*string, len(i.groups))
		for n, g := range i.groups {
			ids[n] = g.SecurityGroupId()
		}
		p.NetworkInterfaces = []*CfnInstance_NetworkInterfaceProperty{{DeviceIndex: str("0"), AssociatePublicIpAddress: props.AssociatePublicIpAddress,
			SubnetId: subnet.SubnetId(), GroupSet: &ids, PrivateIpAddress: props.PrivateIpAddress}}
	} else {
		p.SubnetId = subnet.SubnetId()
		p.SecurityGroupIds = i.groupIds()
		p.PrivateIpAddress = props.PrivateIpAddress
	}
	if props.BlockDevices != nil {
		p.BlockDeviceMappings = instanceBlockDeviceMappings(i, *props.BlockDevices)
	}
	if props.CreditSpecification != "" {
		p.CreditSpecification = &CfnInstance_CreditSpecificationProperty{CpuCredits: str(map[CpuCredits]string{CpuCredits_STANDARD: "standard", CpuCredits_UNLIMITED: "unlimited"}[props.CreditSpecification])}
	}
	if props.InstanceInitiatedShutdownBehavior != "" {
		p.InstanceInitiatedShutdownBehavior = str(map[InstanceInitiatedShutdownBehavior]string{InstanceInitiatedShutdownBehavior_STOP: "stop",
			InstanceInitiatedShutdownBehavior_TERMINATE: "terminate"}[props.InstanceInitiatedShutdownBehavior])
	}
	if props.PlacementGroup != nil {
		p.PlacementGroupName = props.PlacementGroup.PlacementGroupRef().GroupName
	}
	if props.EnclaveEnabled != nil {
		p.EnclaveOptions = &CfnInstance_EnclaveOptionsProperty{Enabled: props.EnclaveEnabled}
	}
	if props.HibernationEnabled != nil {
		p.HibernationOptions = &CfnInstance_HibernationOptionsProperty{Configured: props.HibernationEnabled}
	}
	i.res = NewCfnInstance(i, str("Resource"), p)
	i.res.Node().AddDependency(i.role)
	if truthy(props.AssociatePublicIpAddress) {
		i.res.Node().AddDependency(props.Vpc.SelectSubnets(props.VpcSubnets).InternetConnectivityEstablished)
	}
	if !truthy(sel.HasPublic) && truthy(props.AssociatePublicIpAddress) {
		throw(i, "To set 'associatePublicIpAddress: true' you must select Public subnets (vpcSubnets: { subnetType: SubnetType.PUBLIC })")
	}
	i.Node().SetDefaultChild(i.res)
	// Under ec2SumTImeoutEnabled the init timeout adds to resourceSignalTimeout;
	// before it, resourceSignalTimeout replaced it.
	if featureEnabled(i, "@aws-cdk/aws-ec2:ec2SumTImeoutEnabled") {
		i.applyUpdatePolicies(props)
		if props.Init != nil {
			i.ApplyCloudFormationInit(props.Init, props.InitOptions)
		}
	} else {
		if props.Init != nil {
			i.ApplyCloudFormationInit(props.Init, props.InitOptions)
		}
		i.applyUpdatePolicies(props)
	}
	if truthy(props.RequireImdsv2) {
		awscdk.Aspects_Of(i).Add(NewInstanceRequireImdsv2Aspect(nil), &awscdk.AspectOptions{Priority: mutatingAspectPriority(i)})
	}
	if props.UserDataCausesReplacement != nil && *props.UserDataCausesReplacement || props.UserDataCausesReplacement == nil && props.InitOptions != nil {
		original := awscdk.Stack_Of(i).GetLogicalId(i.res)
		recursing := false
		i.res.OverrideLogicalId(awscdk.Lazy_UncachedString(stringProducer(func(ctx awscdk.IResolveContext) *string {
			if recursing {
				return original
			}
			recursing = true
			defer func() { recursing = false }()
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false) // as JSON.stringify
			_ = enc.Encode(ctx.Resolve(i.userData.Render(), nil))
			sum := md5.Sum(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
			return str(deref(original) + hex.EncodeToString(sum[:])[:16])
		}), nil))
	}
	return i
}

// ApplyCloudFormationInit renders init on the instance, runs cfn-init from
// its user data and waits for its signal (5 minutes unless told).
func (i *instance) ApplyCloudFormationInit(init CloudFormationInit, options *ApplyCloudFormationInitOptions) {
	if init == nil {
		throw(i, "ApplyCloudFormationInit: init is required")
	}
	o := ApplyCloudFormationInitOptions{}
	if options != nil {
		o = *options
	}
	init.Attach(i.res, &AttachInitOptions{Platform: i.os, InstanceRole: i.role, UserData: i.userData, ConfigSets: o.ConfigSets,
		EmbedFingerprint: o.EmbedFingerprint, PrintLog: o.PrintLog, IgnoreFailures: o.IgnoreFailures, IncludeRole: o.IncludeRole, IncludeUrl: o.IncludeUrl})
	timeout := o.Timeout
	if timeout == nil {
		timeout = awscdk.Duration_Minutes(num(5))
	}
	i.waitForResourceSignal(timeout)
}

func (i *instance) waitForResourceSignal(timeout awscdk.Duration) {
	p := awscdk.CfnCreationPolicy{}
	if old := i.res.CfnOptions().CreationPolicy(); old != nil {
		p = *old
	}
	signal := awscdk.CfnResourceSignal{Count: num(1), Timeout: timeout.ToIsoString()}
	if old := p.ResourceSignal; old != nil {
		if old.Count != nil {
			signal.Count = num(*old.Count + 1)
		}
		if old.Timeout != nil {
			signal.Timeout = awscdk.Duration_Parse(old.Timeout).Plus(timeout).ToIsoString()
		}
	}
	p.ResourceSignal = &signal
	i.res.CfnOptions().SetCreationPolicy(&p)
}

func (i *instance) applyUpdatePolicies(props *InstanceProps) {
	if props.ResourceSignalTimeout == nil {
		return
	}
	p := awscdk.CfnCreationPolicy{}
	if old := i.res.CfnOptions().CreationPolicy(); old != nil {
		p = *old
	}
	signal := awscdk.CfnResourceSignal{}
	if p.ResourceSignal != nil {
		signal = *p.ResourceSignal
	}
	signal.Timeout = props.ResourceSignalTimeout.ToIsoString()
	p.ResourceSignal = &signal
	i.res.CfnOptions().SetCreationPolicy(&p)
}

func (i *instance) metadataOptions(props *InstanceProps) interface{} {
	if props.HttpEndpoint == nil && props.HttpProtocolIpv6 == nil && props.HttpPutResponseHopLimit == nil && props.HttpTokens == "" && props.InstanceMetadataTags == nil {
		return nil
	}
	if truthy(props.RequireImdsv2) {
		throw(i, "Cannot use both requireImdsv2 and metadata options. Use requireImdsv2 for simple IMDSv2 enforcement or individual metadata option properties for advanced configuration, but not both.")
	}
	if l := props.HttpPutResponseHopLimit; l != nil && (*l < 1 || *l > 64) {
		throw(i, "httpPutResponseHopLimit must be between 1 and 64")
	}
	o := &CfnInstance_MetadataOptionsProperty{HttpEndpoint: onOff(props.HttpEndpoint), HttpProtocolIpv6: onOff(props.HttpProtocolIpv6),
		HttpPutResponseHopLimit: props.HttpPutResponseHopLimit, InstanceMetadataTags: onOff(props.InstanceMetadataTags)}
	if props.HttpTokens != "" {
		o.HttpTokens = str(map[HttpTokens]string{HttpTokens_OPTIONAL: "optional", HttpTokens_REQUIRED: "required"}[props.HttpTokens])
	}
	return o
}

func Instance_PROPERTY_INJECTION_ID() *string  { return jsii.String("aws-cdk-lib.aws-ec2.Instance") }
func Instance_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func Instance_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func Instance_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
