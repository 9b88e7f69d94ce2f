package awsec2

import (
	"strconv"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// SpotInstanceInterruption is what happens to an interrupted spot instance.
type SpotInstanceInterruption string

const (
	SpotInstanceInterruption_STOP      SpotInstanceInterruption = "STOP"
	SpotInstanceInterruption_TERMINATE SpotInstanceInterruption = "TERMINATE"
	SpotInstanceInterruption_HIBERNATE SpotInstanceInterruption = "HIBERNATE"
)

// SpotRequestType is a one-time or persistent spot request.
type SpotRequestType string

const (
	SpotRequestType_ONE_TIME   SpotRequestType = "ONE_TIME"
	SpotRequestType_PERSISTENT SpotRequestType = "PERSISTENT"
)

// LaunchTemplateHttpTokens says whether IMDS session tokens are required.
type LaunchTemplateHttpTokens string

const (
	LaunchTemplateHttpTokens_OPTIONAL LaunchTemplateHttpTokens = "OPTIONAL"
	LaunchTemplateHttpTokens_REQUIRED LaunchTemplateHttpTokens = "REQUIRED"
)

// LaunchTemplateSpecialVersions name the moving versions of a launch template.
type LaunchTemplateSpecialVersions interface{}

func NewLaunchTemplateSpecialVersions() LaunchTemplateSpecialVersions { return struct{}{} }
func LaunchTemplateSpecialVersions_LATEST_VERSION() *string           { return str("$Latest") }
func LaunchTemplateSpecialVersions_DEFAULT_VERSION() *string          { return str("$Default") }

// LaunchTemplateCpuOptions are the CPU options of a launch template.
type LaunchTemplateCpuOptions struct {
	AmdSevSnp            *bool    `field:"optional" json:"amdSevSnp" yaml:"amdSevSnp"`
	CoreCount            *float64 `field:"optional" json:"coreCount" yaml:"coreCount"`
	NestedVirtualization *bool    `field:"optional" json:"nestedVirtualization" yaml:"nestedVirtualization"`
	ThreadsPerCore       *float64 `field:"optional" json:"threadsPerCore" yaml:"threadsPerCore"`
}

// LaunchTemplateSpotOptions make the instances spot instances.
type LaunchTemplateSpotOptions struct {
	BlockDuration        awscdk.Duration          `field:"optional" json:"blockDuration" yaml:"blockDuration"`
	InterruptionBehavior SpotInstanceInterruption `field:"optional" json:"interruptionBehavior" yaml:"interruptionBehavior"`
	MaxPrice             *float64                 `field:"optional" json:"maxPrice" yaml:"maxPrice"`
	RequestType          SpotRequestType          `field:"optional" json:"requestType" yaml:"requestType"`
	ValidUntil           awscdk.Expiration        `field:"optional" json:"validUntil" yaml:"validUntil"`
}

// LaunchTemplateProps are the props of NewLaunchTemplate.
type LaunchTemplateProps struct {
	AssociatePublicIpAddress          *bool                               `field:"optional" json:"associatePublicIpAddress" yaml:"associatePublicIpAddress"`
	BlockDevices                      *[]*BlockDevice                     `field:"optional" json:"blockDevices" yaml:"blockDevices"`
	CpuCredits                        CpuCredits                          `field:"optional" json:"cpuCredits" yaml:"cpuCredits"`
	CpuOptions                        *LaunchTemplateCpuOptions           `field:"optional" json:"cpuOptions" yaml:"cpuOptions"`
	DetailedMonitoring                *bool                               `field:"optional" json:"detailedMonitoring" yaml:"detailedMonitoring"`
	DisableApiTermination             *bool                               `field:"optional" json:"disableApiTermination" yaml:"disableApiTermination"`
	EbsOptimized                      *bool                               `field:"optional" json:"ebsOptimized" yaml:"ebsOptimized"`
	HibernationConfigured             *bool                               `field:"optional" json:"hibernationConfigured" yaml:"hibernationConfigured"`
	HttpEndpoint                      *bool                               `field:"optional" json:"httpEndpoint" yaml:"httpEndpoint"`
	HttpProtocolIpv6                  *bool                               `field:"optional" json:"httpProtocolIpv6" yaml:"httpProtocolIpv6"`
	HttpPutResponseHopLimit           *float64                            `field:"optional" json:"httpPutResponseHopLimit" yaml:"httpPutResponseHopLimit"`
	HttpTokens                        LaunchTemplateHttpTokens            `field:"optional" json:"httpTokens" yaml:"httpTokens"`
	InstanceInitiatedShutdownBehavior InstanceInitiatedShutdownBehavior   `field:"optional" json:"instanceInitiatedShutdownBehavior" yaml:"instanceInitiatedShutdownBehavior"`
	InstanceMetadataTags              *bool                               `field:"optional" json:"instanceMetadataTags" yaml:"instanceMetadataTags"`
	InstanceType                      InstanceType                        `field:"optional" json:"instanceType" yaml:"instanceType"`
	KeyName                           *string                             `field:"optional" json:"keyName" yaml:"keyName"`
	KeyPair                           IKeyPair                            `field:"optional" json:"keyPair" yaml:"keyPair"`
	LaunchTemplateName                *string                             `field:"optional" json:"launchTemplateName" yaml:"launchTemplateName"`
	MachineImage                      IMachineImage                       `field:"optional" json:"machineImage" yaml:"machineImage"`
	NitroEnclaveEnabled               *bool                               `field:"optional" json:"nitroEnclaveEnabled" yaml:"nitroEnclaveEnabled"`
	PlacementGroup                    interfacesawsec2.IPlacementGroupRef `field:"optional" json:"placementGroup" yaml:"placementGroup"`
	InstanceProfile                   awsiam.IInstanceProfile             `field:"optional" json:"instanceProfile" yaml:"instanceProfile"`
	RequireImdsv2                     *bool                               `field:"optional" json:"requireImdsv2" yaml:"requireImdsv2"`
	Role                              awsiam.IRole                        `field:"optional" json:"role" yaml:"role"`
	SecurityGroup                     ISecurityGroup                      `field:"optional" json:"securityGroup" yaml:"securityGroup"`
	SpotOptions                       *LaunchTemplateSpotOptions          `field:"optional" json:"spotOptions" yaml:"spotOptions"`
	UserData                          UserData                            `field:"optional" json:"userData" yaml:"userData"`
	VersionDescription                *string                             `field:"optional" json:"versionDescription" yaml:"versionDescription"`
}

// LaunchTemplateAttributes describe a launch template defined outside this app.
type LaunchTemplateAttributes struct {
	LaunchTemplateId   *string `field:"optional" json:"launchTemplateId" yaml:"launchTemplateId"`
	LaunchTemplateName *string `field:"optional" json:"launchTemplateName" yaml:"launchTemplateName"`
	VersionNumber      *string `field:"optional" json:"versionNumber" yaml:"versionNumber"`
}

// ILaunchTemplate is a launch template.
type ILaunchTemplate interface {
	interfacesawsec2.ILaunchTemplateRef
	awscdk.IResource
	LaunchTemplateId() *string
	LaunchTemplateName() *string
	VersionNumber() *string
}

// LaunchTemplate is an EC2 launch template defined in this app
// (AWS::EC2::LaunchTemplate).
type LaunchTemplate interface {
	awscdk.Resource
	IConnectable
	ILaunchTemplate
	awsiam.IGrantable
	DefaultVersionNumber() *string
	ImageId() *string
	InstanceType() InstanceType
	LatestVersionNumber() *string
	LaunchTemplateRef() *interfacesawsec2.LaunchTemplateReference
	OsType() OperatingSystemType
	Role() awsiam.IRole
	Tags() awscdk.TagManager
	UserData() UserData
	AddSecurityGroup(securityGroup ISecurityGroup)
	ToString() *string
}

type launchTemplate struct {
	awscdk.Resource
	res      CfnLaunchTemplate
	name     *string
	role     awsiam.IRole
	conns    Connections
	userData UserData
	itype    InstanceType
	os       OperatingSystemType
	imageID  *string
	tags     awscdk.TagManager
}

func (l *launchTemplate) LaunchTemplateId() *string     { return l.res.Ref() }
func (l *launchTemplate) LaunchTemplateName() *string   { return l.name }
func (l *launchTemplate) DefaultVersionNumber() *string { return l.res.AttrDefaultVersionNumber() }
func (l *launchTemplate) LatestVersionNumber() *string  { return l.res.AttrLatestVersionNumber() }
func (l *launchTemplate) VersionNumber() *string {
	return awscdk.Token_AsString(l.res.GetAtt(str("LatestVersionNumber"), ""), nil)
}
func (l *launchTemplate) LaunchTemplateRef() *interfacesawsec2.LaunchTemplateReference {
	return &interfacesawsec2.LaunchTemplateReference{LaunchTemplateId: l.res.Ref()}
}
func (l *launchTemplate) ImageId() *string            { return l.imageID }
func (l *launchTemplate) InstanceType() InstanceType  { return l.itype }
func (l *launchTemplate) OsType() OperatingSystemType { return l.os }
func (l *launchTemplate) Role() awsiam.IRole          { return l.role }
func (l *launchTemplate) Tags() awscdk.TagManager     { return l.tags }
func (l *launchTemplate) UserData() UserData          { return l.userData }
func (l *launchTemplate) GrantPrincipal() awsiam.IPrincipal {
	if l.role == nil {
		throw(l, "This LaunchTemplate was created without a Role. It cannot be used as an IGrantable.")
	}
	return l.role
}
func (l *launchTemplate) Connections() Connections {
	if l.conns == nil {
		throw(l, "LaunchTemplate can only be used as IConnectable if a securityGroup is provided when constructing it.")
	}
	return l.conns
}

// AddSecurityGroup adds a security group (one must have been given at construction).
func (l *launchTemplate) AddSecurityGroup(securityGroup ISecurityGroup) {
	if l.conns == nil {
		throw(l, "LaunchTemplate can only be added a securityGroup if another securityGroup is initialized in the constructor.")
	}
	l.conns.AddSecurityGroup(securityGroup)
}

type listProducer func() *[]*string

func (p listProducer) Produce() *[]*string { return p() }

type anyLazy func() interface{}

func (p anyLazy) Produce() interface{} { return p() }

// renderTags turns the template's tags into tag specifications.
func (l *launchTemplate) renderTags(types ...string) interface{} {
	if !truthy(l.tags.HasTags()) {
		return nil
	}
	rendered, _ := l.tags.RenderTags(nil).([]interface{})
	var specs []interface{}
	for _, t := range types {
		o := ojson.New()
		o.Set("ResourceType", t)
		o.Set("Tags", rendered)
		specs = append(specs, o)
	}
	return specs
}

// NewLaunchTemplate creates a launch template.
func NewLaunchTemplate(scope constructs.Construct, id *string, props *LaunchTemplateProps) LaunchTemplate {
	props = l2.Inject(*LaunchTemplate_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &LaunchTemplateProps{}
	}
	l := &launchTemplate{}
	l.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(l.Resource, l)
	var spotHours *float64
	if props.SpotOptions != nil && props.SpotOptions.BlockDuration != nil {
		spotHours = props.SpotOptions.BlockDuration.ToHours(&awscdk.TimeConversionOptions{Integral: boolp(true)})
		if *spotHours < 1 || *spotHours > 6 {
			addError(l, "Spot block duration must be exactly 1, 2, 3, 4, 5, or 6 hours.")
		}
	}
	if h := props.HttpPutResponseHopLimit; h != nil && (*h < 1 || *h > 64) {
		addError(l, "HttpPutResponseHopLimit must between 1 and 64")
	}
	if props.KeyName != nil && props.KeyPair != nil {
		throw(l, "Cannot specify both of 'keyName' and 'keyPair'; prefer 'keyPair'")
	}
	if props.InstanceProfile != nil && props.Role != nil {
		throw(l, "You cannot provide both an instanceProfile and a role")
	}
	var profileArn *string
	if props.InstanceProfile != nil {
		l.role = props.InstanceProfile.Role()
		profileArn = props.InstanceProfile.InstanceProfileArn()
	} else if props.Role != nil {
		l.role = props.Role
		profileArn = awsiam.NewCfnInstanceProfile(l, str("Profile"), &awsiam.CfnInstanceProfileProps{Roles: &[]interface{}{l.role.RoleName()}}).AttrArn()
	}
	if props.SecurityGroup != nil {
		l.conns = NewConnections(&ConnectionsProps{SecurityGroups: &[]ISecurityGroup{props.SecurityGroup}})
	}
	groupIds := func() *[]*string {
		if l.conns == nil || len(*l.conns.SecurityGroups()) == 0 {
			return nil
		}
		var ids []*string
		for _, g := range *l.conns.SecurityGroups() {
			ids = append(ids, g.SecurityGroupId())
		}
		return &ids
	}
	var img *MachineImageConfig
	if props.MachineImage != nil {
		img = props.MachineImage.GetImage(l)
		l.os, l.imageID = img.OsType, img.ImageId
	}
	if l.os != "" && props.KeyPair != nil && !keyPairOsCompatible(props.KeyPair.Type(), l.os) {
		throw(l, "%s keys are not compatible with the chosen AMI", map[KeyPairType]string{KeyPairType_ED25519: "ed25519", KeyPairType_RSA: "rsa"}[props.KeyPair.Type()])
	}
	l.userData = props.UserData
	if l.userData == nil && img != nil && (featureEnabled(l, "@aws-cdk/aws-ec2:launchTemplateDefaultUserData") ||
		featureEnabled(l, "@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig")) {
		l.userData = img.UserData
	}
	l.itype = props.InstanceType
	var market interface{}
	if so := props.SpotOptions; so != nil {
		spot := &CfnLaunchTemplate_SpotOptionsProperty{}
		empty := true
		if spotHours != nil {
			spot.BlockDurationMinutes, empty = num(*spotHours*60), false
		}
		if so.InterruptionBehavior != "" {
			spot.InstanceInterruptionBehavior, empty = str(map[SpotInstanceInterruption]string{SpotInstanceInterruption_STOP: "stop",
				SpotInstanceInterruption_TERMINATE: "terminate", SpotInstanceInterruption_HIBERNATE: "hibernate"}[so.InterruptionBehavior]), false
		}
		if so.MaxPrice != nil {
			spot.MaxPrice, empty = str(strconv.FormatFloat(*so.MaxPrice, 'f', -1, 64)), false
		}
		if so.RequestType != "" {
			spot.SpotInstanceType, empty = str(map[SpotRequestType]string{SpotRequestType_ONE_TIME: "one-time", SpotRequestType_PERSISTENT: "persistent"}[so.RequestType]), false
		}
		if so.ValidUntil != nil {
			spot.ValidUntil, empty = str(so.ValidUntil.Date().UTC().Format("Mon, 02 Jan 2006 15:04:05 GMT")), false
		}
		m := &CfnLaunchTemplate_InstanceMarketOptionsProperty{MarketType: str("spot")}
		if !empty {
			m.SpotOptions = spot
		}
		market = m
	}
	l.tags = awscdk.NewTagManager(awscdk.TagType_KEY_VALUE, str("AWS::EC2::LaunchTemplate"), nil, nil)
	var sgToken *[]*string
	if props.SecurityGroup != nil {
		sgToken = awscdk.Lazy_List(listProducer(groupIds), nil)
	}
	var nis interface{}
	if props.AssociatePublicIpAddress != nil {
		nis = []*CfnLaunchTemplate_NetworkInterfaceProperty{{DeviceIndex: num(0), AssociatePublicIpAddress: props.AssociatePublicIpAddress, Groups: sgToken}}
	}
	if d := props.VersionDescription; d != nil && !isUnresolved(d) && len(*d) > 255 {
		throw(l, "versionDescription must be less than or equal to 255 characters, got %d", len(*d))
	}
	data := &CfnLaunchTemplate_LaunchTemplateDataProperty{
		CpuOptions: renderCpuOptions(props.CpuOptions), DisableApiTermination: optBool(props.DisableApiTermination),
		EbsOptimized: optBool(props.EbsOptimized), InstanceMarketOptions: market, MetadataOptions: l.metadataOptions(props),
		NetworkInterfaces: nis,
		TagSpecifications: awscdk.Lazy_Any(anyLazy(func() interface{} { return l.renderTags("instance", "volume") }), nil),
	}
	if props.BlockDevices != nil {
		data.BlockDeviceMappings = launchTemplateBlockDeviceMappings(l, *props.BlockDevices)
	}
	if props.CpuCredits != "" {
		data.CreditSpecification = &CfnLaunchTemplate_CreditSpecificationProperty{CpuCredits: str(map[CpuCredits]string{CpuCredits_STANDARD: "standard", CpuCredits_UNLIMITED: "unlimited"}[props.CpuCredits])}
	}
	if props.NitroEnclaveEnabled != nil {
		data.EnclaveOptions = &CfnLaunchTemplate_EnclaveOptionsProperty{Enabled: props.NitroEnclaveEnabled}
	}
	if props.HibernationConfigured != nil {
		data.HibernationOptions = &CfnLaunchTemplate_HibernationOptionsProperty{Configured: props.HibernationConfigured}
	}
	if profileArn != nil {
		data.IamInstanceProfile = &CfnLaunchTemplate_IamInstanceProfileProperty{Arn: profileArn}
	}
	if img != nil {
		data.ImageId = img.ImageId
	}
	if props.InstanceType != nil {
		data.InstanceType = props.InstanceType.ToString()
	}
	if props.InstanceInitiatedShutdownBehavior != "" {
		data.InstanceInitiatedShutdownBehavior = str(map[InstanceInitiatedShutdownBehavior]string{InstanceInitiatedShutdownBehavior_STOP: "stop",
			InstanceInitiatedShutdownBehavior_TERMINATE: "terminate"}[props.InstanceInitiatedShutdownBehavior])
	}
	if props.KeyPair != nil {
		data.KeyName = props.KeyPair.KeyPairName()
	} else {
		data.KeyName = props.KeyName
	}
	if props.DetailedMonitoring != nil {
		data.Monitoring = &CfnLaunchTemplate_MonitoringProperty{Enabled: props.DetailedMonitoring}
	}
	if nis == nil {
		data.SecurityGroupIds = sgToken
	}
	if l.userData != nil {
		data.UserData = awscdk.Lazy_String(stableString(func() *string { return awscdk.Fn_Base64(l.userData.Render()) }), nil)
	}
	if props.PlacementGroup != nil {
		data.Placement = &CfnLaunchTemplate_PlacementProperty{GroupName: props.PlacementGroup.PlacementGroupRef().GroupName}
	}
	l.res = NewCfnLaunchTemplate(l, str("Resource"), &CfnLaunchTemplateProps{
		LaunchTemplateName: props.LaunchTemplateName, VersionDescription: props.VersionDescription, LaunchTemplateData: data,
		TagSpecifications: awscdk.Lazy_Any(anyLazy(func() interface{} { return l.renderTags("launch-template") }), nil),
	})
	if l.role != nil {
		l.res.Node().AddDependency(l.role)
	}
	awscdk.Tags_Of(l).Add(str(nameTag), l.Node().Path(), nil)
	l.name = props.LaunchTemplateName
	return l
}

func renderCpuOptions(o *LaunchTemplateCpuOptions) interface{} {
	if o == nil || (o.AmdSevSnp == nil && o.CoreCount == nil && o.NestedVirtualization == nil && o.ThreadsPerCore == nil) {
		return nil
	}
	return &CfnLaunchTemplate_CpuOptionsProperty{AmdSevSnp: onOff(o.AmdSevSnp), CoreCount: o.CoreCount,
		NestedVirtualization: onOff(o.NestedVirtualization), ThreadsPerCore: o.ThreadsPerCore}
}

func (l *launchTemplate) metadataOptions(props *LaunchTemplateProps) interface{} {
	if truthy(props.RequireImdsv2) && props.HttpTokens == LaunchTemplateHttpTokens_OPTIONAL {
		addError(l, "httpTokens must be required when requireImdsv2 is true")
	}
	if props.HttpEndpoint == nil && props.HttpProtocolIpv6 == nil && props.HttpPutResponseHopLimit == nil && props.HttpTokens == "" &&
		props.InstanceMetadataTags == nil && !truthy(props.RequireImdsv2) {
		return nil
	}
	tokens := props.HttpTokens
	if truthy(props.RequireImdsv2) {
		tokens = LaunchTemplateHttpTokens_REQUIRED
	}
	o := &CfnLaunchTemplate_MetadataOptionsProperty{HttpEndpoint: onOff(props.HttpEndpoint), HttpProtocolIpv6: onOff(props.HttpProtocolIpv6),
		HttpPutResponseHopLimit: props.HttpPutResponseHopLimit, InstanceMetadataTags: onOff(props.InstanceMetadataTags)}
	if tokens != "" {
		o.HttpTokens = str(map[LaunchTemplateHttpTokens]string{LaunchTemplateHttpTokens_OPTIONAL: "optional", LaunchTemplateHttpTokens_REQUIRED: "required"}[tokens])
	}
	return o
}

// launchTemplateBlockDeviceMappings renders block devices as a launch
// template's BlockDeviceMappings.
func launchTemplateBlockDeviceMappings(c constructs.IConstruct, devices []*BlockDevice) []*CfnLaunchTemplate_BlockDeviceMappingProperty {
	var out []*CfnLaunchTemplate_BlockDeviceMappingProperty
	for _, d := range devices {
		if d == nil || d.Volume == nil {
			continue
		}
		m := &CfnLaunchTemplate_BlockDeviceMappingProperty{DeviceName: d.DeviceName, VirtualName: d.Volume.VirtualName()}
		if ebs := d.Volume.EbsDevice(); ebs != nil {
			checkEbs(c, ebs)
			e := &CfnLaunchTemplate_EbsProperty{DeleteOnTermination: optBool(ebs.DeleteOnTermination), Encrypted: optBool(ebs.Encrypted),
				Iops: ebs.Iops, SnapshotId: ebs.SnapshotId, Throughput: ebs.Throughput, VolumeSize: ebs.VolumeSize,
				VolumeType: optEnum(volumeTypeValue[ebs.VolumeType])}
			if ebs.VolumeInitializationRate != nil {
				e.VolumeInitializationRate = ebs.VolumeInitializationRate.ToMebibytes(nil)
			}
			if ebs.KmsKey != nil {
				e.KmsKeyId = ebs.KmsKey.KeyArn()
			}
			m.Ebs = e
		}
		if d.MappingEnabled != nil && !*d.MappingEnabled {
			m.NoDevice = str("")
		}
		out = append(out, m)
	}
	return out
}

type importedLaunchTemplate struct {
	awscdk.Resource
	attrs LaunchTemplateAttributes
}

func (l *importedLaunchTemplate) LaunchTemplateId() *string   { return l.attrs.LaunchTemplateId }
func (l *importedLaunchTemplate) LaunchTemplateName() *string { return l.attrs.LaunchTemplateName }
func (l *importedLaunchTemplate) VersionNumber() *string {
	if l.attrs.VersionNumber == nil {
		return LaunchTemplateSpecialVersions_DEFAULT_VERSION()
	}
	return l.attrs.VersionNumber
}
func (l *importedLaunchTemplate) LaunchTemplateRef() *interfacesawsec2.LaunchTemplateReference {
	if l.attrs.LaunchTemplateId == nil {
		throw(l, "You must set launchTemplateId in LaunchTemplate.fromLaunchTemplateAttributes() in order to use the LaunchTemplate in this API")
	}
	return &interfacesawsec2.LaunchTemplateReference{LaunchTemplateId: l.attrs.LaunchTemplateId}
}

// LaunchTemplate_FromLaunchTemplateAttributes imports a launch template by id or name.
func LaunchTemplate_FromLaunchTemplateAttributes(scope constructs.Construct, id *string, attrs *LaunchTemplateAttributes) ILaunchTemplate {
	if attrs == nil {
		attrs = &LaunchTemplateAttributes{}
	}
	if (deref(attrs.LaunchTemplateId) != "") == (deref(attrs.LaunchTemplateName) != "") {
		throw(scope, "LaunchTemplate.fromLaunchTemplateAttributes() requires exactly one of launchTemplateId or launchTemplateName be provided.")
	}
	l := &importedLaunchTemplate{attrs: *attrs}
	l.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(l.Resource, l)
	return l
}

func LaunchTemplate_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ec2.LaunchTemplate")
}
func LaunchTemplate_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func LaunchTemplate_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func LaunchTemplate_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
