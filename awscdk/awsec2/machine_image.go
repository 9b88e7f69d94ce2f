package awsec2

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
)

// OperatingSystemType is the OS family of a machine image.
type OperatingSystemType string

const (
	OperatingSystemType_LINUX   OperatingSystemType = "LINUX"
	OperatingSystemType_WINDOWS OperatingSystemType = "WINDOWS"
	OperatingSystemType_UNKNOWN OperatingSystemType = "UNKNOWN"
)

// AmazonLinuxGeneration is the generation of an Amazon Linux image.
type AmazonLinuxGeneration string

const (
	AmazonLinuxGeneration_AMAZON_LINUX      AmazonLinuxGeneration = "AMAZON_LINUX"
	AmazonLinuxGeneration_AMAZON_LINUX_2    AmazonLinuxGeneration = "AMAZON_LINUX_2"
	AmazonLinuxGeneration_AMAZON_LINUX_2022 AmazonLinuxGeneration = "AMAZON_LINUX_2022"
	AmazonLinuxGeneration_AMAZON_LINUX_2023 AmazonLinuxGeneration = "AMAZON_LINUX_2023"
)

var generationValue = map[AmazonLinuxGeneration]string{
	AmazonLinuxGeneration_AMAZON_LINUX: "amzn", AmazonLinuxGeneration_AMAZON_LINUX_2: "amzn2",
	AmazonLinuxGeneration_AMAZON_LINUX_2022: "al2022", AmazonLinuxGeneration_AMAZON_LINUX_2023: "al2023",
}

// AmazonLinuxCpuType is the CPU architecture of an Amazon Linux image.
type AmazonLinuxCpuType string

const (
	AmazonLinuxCpuType_ARM_64 AmazonLinuxCpuType = "ARM_64"
	AmazonLinuxCpuType_X86_64 AmazonLinuxCpuType = "X86_64"
)

var cpuValue = map[AmazonLinuxCpuType]string{AmazonLinuxCpuType_ARM_64: "arm64", AmazonLinuxCpuType_X86_64: "x86_64"}

// AmazonLinuxEdition is the edition of an Amazon Linux image.
type AmazonLinuxEdition string

const (
	AmazonLinuxEdition_STANDARD AmazonLinuxEdition = "STANDARD"
	AmazonLinuxEdition_MINIMAL  AmazonLinuxEdition = "MINIMAL"
)

// AmazonLinuxKernel is the kernel of an Amazon Linux image.
type AmazonLinuxKernel string

const (
	AmazonLinuxKernel_KERNEL5_X AmazonLinuxKernel = "KERNEL5_X"
	AmazonLinuxKernel_KERNEL6_1 AmazonLinuxKernel = "KERNEL6_1"
)

var kernelValue = map[AmazonLinuxKernel]string{AmazonLinuxKernel_KERNEL5_X: "kernel-5.10", AmazonLinuxKernel_KERNEL6_1: "kernel-6.1"}

// AmazonLinuxStorage is the root storage of an Amazon Linux image.
type AmazonLinuxStorage string

const (
	AmazonLinuxStorage_EBS             AmazonLinuxStorage = "EBS"
	AmazonLinuxStorage_S3              AmazonLinuxStorage = "S3"
	AmazonLinuxStorage_GENERAL_PURPOSE AmazonLinuxStorage = "GENERAL_PURPOSE"
)

var storageValue = map[AmazonLinuxStorage]string{AmazonLinuxStorage_EBS: "ebs", AmazonLinuxStorage_S3: "s3", AmazonLinuxStorage_GENERAL_PURPOSE: "gp2"}

// AmazonLinuxVirt is the virtualization of an Amazon Linux image.
type AmazonLinuxVirt string

const (
	AmazonLinuxVirt_HVM AmazonLinuxVirt = "HVM"
	AmazonLinuxVirt_PV  AmazonLinuxVirt = "PV"
)

var virtValue = map[AmazonLinuxVirt]string{AmazonLinuxVirt_HVM: "hvm", AmazonLinuxVirt_PV: "pv"}

// MachineImageConfig is what an image gives an instance.
type MachineImageConfig struct {
	ImageId  *string             `field:"required" json:"imageId" yaml:"imageId"`
	OsType   OperatingSystemType `field:"required" json:"osType" yaml:"osType"`
	UserData UserData            `field:"required" json:"userData" yaml:"userData"`
}

// IMachineImage is an AMI an instance boots from.
type IMachineImage interface {
	GetImage(scope constructs.Construct) *MachineImageConfig
}

// MachineImage makes IMachineImage values.
type MachineImage interface{}

// ssmImageParameter is the CloudFormation parameter aws-cdk-lib's
// StringParameter.valueForTypedStringParameterV2 adds to the stack to read
// an AMI id from SSM at deploy time, shared by everything that asks for the
// same parameter.
func ssmImageParameter(scope constructs.Construct, parameterName string) *string {
	stack := awscdk.Stack_Of(scope)
	id := "SsmParameterValue:" + parameterName + ":C96584B6-F00A-464E-AD19-53AFF4B05118"
	if p, ok := stack.Node().TryFindChild(str(id + ".Parameter")).(awscdk.CfnParameter); ok {
		return p.ValueAsString()
	}
	if stack.Node().TryFindChild(str(id)) == nil {
		r := awscdk.NewResource(stack, str(id), nil)
		host.Set(r, r)
	}
	p := awscdk.NewCfnParameter(stack, str(id+".Parameter"), &awscdk.CfnParameterProps{
		Type: str("AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>"), Default: parameterName,
	})
	return p.ValueAsString()
}

// lookupImage reads an AMI id from an SSM parameter: at deploy time, or at
// synthesis through the CDK CLI's "ssm" context provider when cached.
func lookupImage(scope constructs.Construct, cached bool, parameterName string, additionalCacheKey *string) *string {
	if !cached {
		return ssmImageParameter(scope, parameterName)
	}
	v := awscdk.ContextProvider_GetValue(scope, &awscdk.GetContextValueOptions{
		Provider: str("ssm"), Props: &map[string]interface{}{"parameterName": parameterName},
		DummyValue: "dummy-value-for-" + parameterName, AdditionalCacheKey: additionalCacheKey,
	}).Value
	s, _ := v.(string)
	return str(s)
}

type ssmImage struct {
	name       string
	cached     bool
	cacheKey   *string
	os         OperatingSystemType
	userData   UserData
	deployTime bool // resolve:ssm: at launch
	version    *string
}

func (i *ssmImage) ParameterName() *string { return str(i.name) }

func (i *ssmImage) GetImage(scope constructs.Construct) *MachineImageConfig {
	ud := i.userData
	if ud == nil {
		ud = UserData_ForOperatingSystem(i.os)
	}
	var id *string
	if i.deployTime {
		v := ""
		if deref(i.version) != "" {
			v = ":" + *i.version
		}
		id = str("resolve:ssm:" + i.name + v)
	} else {
		id = lookupImage(scope, i.cached, i.name, i.cacheKey)
	}
	return &MachineImageConfig{ImageId: id, OsType: i.os, UserData: ud}
}

// AmazonLinuxImageProps select an Amazon Linux image.
type AmazonLinuxImageProps struct {
	AdditionalCacheKey *string               `field:"optional" json:"additionalCacheKey" yaml:"additionalCacheKey"`
	CachedInContext    *bool                 `field:"optional" json:"cachedInContext" yaml:"cachedInContext"`
	CpuType            AmazonLinuxCpuType    `field:"optional" json:"cpuType" yaml:"cpuType"`
	Edition            AmazonLinuxEdition    `field:"optional" json:"edition" yaml:"edition"`
	Generation         AmazonLinuxGeneration `field:"optional" json:"generation" yaml:"generation"`
	Kernel             AmazonLinuxKernel     `field:"optional" json:"kernel" yaml:"kernel"`
	Storage            AmazonLinuxStorage    `field:"optional" json:"storage" yaml:"storage"`
	UserData           UserData              `field:"optional" json:"userData" yaml:"userData"`
	Virtualization     AmazonLinuxVirt       `field:"optional" json:"virtualization" yaml:"virtualization"`
}

// AmazonLinuxImage is the latest Amazon Linux image of a generation,
// read from its public SSM parameter.
type AmazonLinuxImage interface {
	IMachineImage
	ParameterName() *string
}

func editionValue(e AmazonLinuxEdition) string {
	if e == AmazonLinuxEdition_MINIMAL {
		return "minimal"
	}
	return ""
}

func joinNonEmpty(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "-")
}

// AmazonLinuxImage_SsmParameterName is the SSM parameter holding the image's id.
func AmazonLinuxImage_SsmParameterName(props *AmazonLinuxImageProps) *string {
	name, err := amazonLinuxParameterName(props)
	if err != "" {
		throwUnscoped(err)
	}
	return str(name)
}

func throwUnscoped(msg string) {
	panic(unscopedError(msg))
}

func amazonLinuxParameterName(props *AmazonLinuxImageProps) (string, string) {
	if props == nil {
		props = &AmazonLinuxImageProps{}
	}
	gen := props.Generation
	if gen == "" {
		gen = AmazonLinuxGeneration_AMAZON_LINUX
	}
	cpu := props.CpuType
	if cpu == "" {
		cpu = AmazonLinuxCpuType_X86_64
	}
	kernel := kernelValue[props.Kernel]
	var virt, storage string
	switch gen {
	case AmazonLinuxGeneration_AMAZON_LINUX_2022, AmazonLinuxGeneration_AMAZON_LINUX_2023:
		kernel = "kernel-5.10"
		name := "2022"
		if gen == AmazonLinuxGeneration_AMAZON_LINUX_2023 {
			kernel, name = "kernel-6.1", "2023"
		}
		if props.Storage != "" {
			return "", "Storage parameter does not exist in SSM parameter name for Amazon Linux " + name + "."
		}
		if props.Virtualization != "" {
			return "", "Virtualization parameter does not exist in SSM parameter name for Amazon Linux " + name + "."
		}
	default:
		virt = virtValue[AmazonLinuxVirt_HVM]
		if props.Virtualization != "" {
			virt = virtValue[props.Virtualization]
		}
		storage = storageValue[AmazonLinuxStorage_GENERAL_PURPOSE]
		if props.Storage != "" {
			storage = storageValue[props.Storage]
		}
	}
	return "/aws/service/ami-amazon-linux-latest/" + joinNonEmpty(generationValue[gen], "ami", editionValue(props.Edition), kernel, virt, cpuValue[cpu], storage), ""
}

// NewAmazonLinuxImage selects the latest Amazon Linux image of a generation.
func NewAmazonLinuxImage(props *AmazonLinuxImageProps) AmazonLinuxImage {
	if props == nil {
		props = &AmazonLinuxImageProps{}
	}
	return &ssmImage{name: *AmazonLinuxImage_SsmParameterName(props), cached: truthy(props.CachedInContext), cacheKey: props.AdditionalCacheKey,
		os: OperatingSystemType_LINUX, userData: props.UserData}
}

// MachineImage_LatestAmazonLinux is NewAmazonLinuxImage.
func MachineImage_LatestAmazonLinux(props *AmazonLinuxImageProps) IMachineImage {
	return NewAmazonLinuxImage(props)
}

// AmazonLinux2023Kernel is a kernel of Amazon Linux 2023.
type AmazonLinux2023Kernel interface{ ToString() *string }

type alKernel struct{ version string }

func (k *alKernel) ToString() *string {
	if k.version == "default" {
		return nil
	}
	return str("kernel-" + k.version)
}

// al2023Kernel names its kernel even when it is "default" (unlike Amazon
// Linux 2's, whose default kernel has no name part).
type al2023Kernel struct{ version string }

func (k *al2023Kernel) ToString() *string { return str("kernel-" + k.version) }

func AmazonLinux2023Kernel_CDK_LATEST() AmazonLinux2023Kernel { return &al2023Kernel{"6.1"} }
func AmazonLinux2023Kernel_DEFAULT() AmazonLinux2023Kernel    { return &al2023Kernel{"default"} }
func AmazonLinux2023Kernel_KERNEL_6_1() AmazonLinux2023Kernel { return &al2023Kernel{"6.1"} }
func NewAmazonLinux2023Kernel(version *string) AmazonLinux2023Kernel {
	return &al2023Kernel{deref(version)}
}

// AmazonLinux2Kernel is a kernel of Amazon Linux 2.
type AmazonLinux2Kernel interface{ ToString() *string }

func AmazonLinux2Kernel_CDK_LATEST() AmazonLinux2Kernel  { return &alKernel{"5.10"} }
func AmazonLinux2Kernel_DEFAULT() AmazonLinux2Kernel     { return &alKernel{"default"} }
func AmazonLinux2Kernel_KERNEL_5_10() AmazonLinux2Kernel { return &alKernel{"5.10"} }
func NewAmazonLinux2Kernel(version *string) AmazonLinux2Kernel {
	return &alKernel{deref(version)}
}

// AmazonLinux2023ImageSsmParameterProps select an Amazon Linux 2023 image.
type AmazonLinux2023ImageSsmParameterProps struct {
	AdditionalCacheKey *string               `field:"optional" json:"additionalCacheKey" yaml:"additionalCacheKey"`
	CachedInContext    *bool                 `field:"optional" json:"cachedInContext" yaml:"cachedInContext"`
	UserData           UserData              `field:"optional" json:"userData" yaml:"userData"`
	CpuType            AmazonLinuxCpuType    `field:"optional" json:"cpuType" yaml:"cpuType"`
	Edition            AmazonLinuxEdition    `field:"optional" json:"edition" yaml:"edition"`
	Kernel             AmazonLinux2023Kernel `field:"optional" json:"kernel" yaml:"kernel"`
}

// AmazonLinux2ImageSsmParameterProps select an Amazon Linux 2 image.
type AmazonLinux2ImageSsmParameterProps struct {
	AdditionalCacheKey *string            `field:"optional" json:"additionalCacheKey" yaml:"additionalCacheKey"`
	CachedInContext    *bool              `field:"optional" json:"cachedInContext" yaml:"cachedInContext"`
	UserData           UserData           `field:"optional" json:"userData" yaml:"userData"`
	CpuType            AmazonLinuxCpuType `field:"optional" json:"cpuType" yaml:"cpuType"`
	Edition            AmazonLinuxEdition `field:"optional" json:"edition" yaml:"edition"`
	Kernel             AmazonLinux2Kernel `field:"optional" json:"kernel" yaml:"kernel"`
	Storage            AmazonLinuxStorage `field:"optional" json:"storage" yaml:"storage"`
	Virtualization     AmazonLinuxVirt    `field:"optional" json:"virtualization" yaml:"virtualization"`
}

// AmazonLinux2023ImageSsmParameter_SsmParameterName is the SSM parameter of an Amazon Linux 2023 image.
func AmazonLinux2023ImageSsmParameter_SsmParameterName(props *AmazonLinux2023ImageSsmParameterProps) *string {
	if props == nil {
		props = &AmazonLinux2023ImageSsmParameterProps{}
	}
	kernel := props.Kernel
	if kernel == nil {
		kernel = AmazonLinux2023Kernel_DEFAULT()
	}
	cpu := props.CpuType
	if cpu == "" {
		cpu = AmazonLinuxCpuType_X86_64
	}
	return str("/aws/service/ami-amazon-linux-latest/" + joinNonEmpty("al2023", "ami", editionValue(props.Edition), deref(kernel.ToString()), cpuValue[cpu]))
}

// AmazonLinux2ImageSsmParameter_SsmParameterName is the SSM parameter of an Amazon Linux 2 image.
func AmazonLinux2ImageSsmParameter_SsmParameterName(props *AmazonLinux2ImageSsmParameterProps) *string {
	if props == nil {
		props = &AmazonLinux2ImageSsmParameterProps{}
	}
	kernel := ""
	if props.Kernel != nil {
		kernel = deref(props.Kernel.ToString())
	}
	virt, cpu, storage := AmazonLinuxVirt_HVM, AmazonLinuxCpuType_X86_64, AmazonLinuxStorage_GENERAL_PURPOSE
	if props.Virtualization != "" {
		virt = props.Virtualization
	}
	if props.CpuType != "" {
		cpu = props.CpuType
	}
	if props.Storage != "" {
		storage = props.Storage
	}
	return str("/aws/service/ami-amazon-linux-latest/" + joinNonEmpty("amzn2", "ami", editionValue(props.Edition), kernel, virtValue[virt], cpuValue[cpu], storageValue[storage]))
}

// AmazonLinux2023ImageSsmParameter is an Amazon Linux 2023 image read from SSM.
type AmazonLinux2023ImageSsmParameter interface {
	AmazonLinuxImageSsmParameterBase
}

// AmazonLinux2ImageSsmParameter is an Amazon Linux 2 image read from SSM.
type AmazonLinux2ImageSsmParameter interface {
	AmazonLinuxImageSsmParameterBase
}

// NewAmazonLinux2023ImageSsmParameter selects an Amazon Linux 2023 image;
// by default its id is looked up at synthesis and cached in the context.
func NewAmazonLinux2023ImageSsmParameter(props *AmazonLinux2023ImageSsmParameterProps) AmazonLinux2023ImageSsmParameter {
	if props == nil {
		props = &AmazonLinux2023ImageSsmParameterProps{}
	}
	return &ssmImage{name: *AmazonLinux2023ImageSsmParameter_SsmParameterName(props), cached: props.CachedInContext == nil || *props.CachedInContext,
		cacheKey: props.AdditionalCacheKey, os: OperatingSystemType_LINUX, userData: props.UserData}
}

// NewAmazonLinux2ImageSsmParameter selects an Amazon Linux 2 image;
// by default its id is looked up at synthesis and cached in the context.
func NewAmazonLinux2ImageSsmParameter(props *AmazonLinux2ImageSsmParameterProps) AmazonLinux2ImageSsmParameter {
	if props == nil {
		props = &AmazonLinux2ImageSsmParameterProps{}
	}
	return &ssmImage{name: *AmazonLinux2ImageSsmParameter_SsmParameterName(props), cached: props.CachedInContext == nil || *props.CachedInContext,
		cacheKey: props.AdditionalCacheKey, os: OperatingSystemType_LINUX, userData: props.UserData}
}

// MachineImage_LatestAmazonLinux2023 is the latest Amazon Linux 2023 image
// (the CDK's latest kernel), read from SSM at deploy time unless CachedInContext.
func MachineImage_LatestAmazonLinux2023(props *AmazonLinux2023ImageSsmParameterProps) IMachineImage {
	p := AmazonLinux2023ImageSsmParameterProps{CachedInContext: boolp(false)}
	if props != nil {
		p = *props
		if p.CachedInContext == nil {
			p.CachedInContext = boolp(false)
		}
	}
	p.Kernel = AmazonLinux2023Kernel_CDK_LATEST()
	return NewAmazonLinux2023ImageSsmParameter(&p)
}

// MachineImage_LatestAmazonLinux2 is the latest Amazon Linux 2 image (the
// CDK's latest kernel), read from SSM at deploy time unless CachedInContext.
func MachineImage_LatestAmazonLinux2(props *AmazonLinux2ImageSsmParameterProps) IMachineImage {
	p := AmazonLinux2ImageSsmParameterProps{CachedInContext: boolp(false)}
	if props != nil {
		p = *props
		if p.CachedInContext == nil {
			p.CachedInContext = boolp(false)
		}
	}
	p.Kernel = AmazonLinux2Kernel_CDK_LATEST()
	return NewAmazonLinux2ImageSsmParameter(&p)
}

// SsmParameterImageOptions say how an image named by an SSM parameter is read.
type SsmParameterImageOptions struct {
	AdditionalCacheKey *string             `field:"optional" json:"additionalCacheKey" yaml:"additionalCacheKey"`
	CachedInContext    *bool               `field:"optional" json:"cachedInContext" yaml:"cachedInContext"`
	Os                 OperatingSystemType `field:"optional" json:"os" yaml:"os"`
	ParameterVersion   *string             `field:"optional" json:"parameterVersion" yaml:"parameterVersion"`
	UserData           UserData            `field:"optional" json:"userData" yaml:"userData"`
}

func ssmOptions(parameterName *string, options *SsmParameterImageOptions) *ssmImage {
	if options == nil {
		options = &SsmParameterImageOptions{}
	}
	os := options.Os
	if os == "" {
		os = OperatingSystemType_LINUX
	}
	return &ssmImage{name: deref(parameterName), cached: truthy(options.CachedInContext), cacheKey: options.AdditionalCacheKey,
		os: os, userData: options.UserData, version: options.ParameterVersion}
}

// MachineImage_FromSsmParameter is the image whose id an SSM parameter holds.
func MachineImage_FromSsmParameter(parameterName *string, options *SsmParameterImageOptions) IMachineImage {
	return ssmOptions(parameterName, options)
}

// MachineImage_ResolveSsmParameterAtLaunch lets EC2 read the image id from
// SSM when the instance launches ("resolve:ssm:...").
func MachineImage_ResolveSsmParameterAtLaunch(parameterName *string, options *SsmParameterImageOptions) IMachineImage {
	i := ssmOptions(parameterName, options)
	i.deployTime = true
	return i
}

// GenericLinuxImageProps configure a GenericLinuxImage.
type GenericLinuxImageProps struct {
	UserData UserData `field:"optional" json:"userData" yaml:"userData"`
}

// GenericWindowsImageProps configure a GenericWindowsImage.
type GenericWindowsImageProps struct {
	UserData UserData `field:"optional" json:"userData" yaml:"userData"`
}

type genericImage struct {
	amis     map[string]*string
	os       OperatingSystemType
	userData UserData
}

func (g *genericImage) GetImage(scope constructs.Construct) *MachineImageConfig {
	ud := g.userData
	if ud == nil {
		ud = UserData_ForOperatingSystem(g.os)
	}
	region := awscdk.Stack_Of(scope).Region()
	if isUnresolved(region) {
		mapping := map[string]*map[string]interface{}{}
		for r, ami := range g.amis {
			mapping[r] = &map[string]interface{}{"ami": ami}
		}
		m := awscdk.NewCfnMapping(scope, str("AmiMap"), &awscdk.CfnMappingProps{Mapping: &mapping})
		return &MachineImageConfig{ImageId: m.FindInMap(awscdk.Aws_REGION(), str("ami"), nil), OsType: g.os, UserData: ud}
	}
	id := g.amis[deref(region)]
	if deref(region) == "test-region" {
		id = str("ami-12345")
	}
	if id == nil {
		throw(scope, "Unable to find AMI in AMI map: no AMI specified for region '%s'", deref(region))
	}
	return &MachineImageConfig{ImageId: id, OsType: g.os, UserData: ud}
}

func amiMap(m *map[string]*string) map[string]*string {
	if m == nil {
		return map[string]*string{}
	}
	return *m
}

// MachineImage_GenericLinux is a Linux image given by id per region.
func MachineImage_GenericLinux(amiMap_ *map[string]*string, props *GenericLinuxImageProps) IMachineImage {
	g := &genericImage{amis: amiMap(amiMap_), os: OperatingSystemType_LINUX}
	if props != nil {
		g.userData = props.UserData
	}
	return g
}

// MachineImage_GenericWindows is a Windows image given by id per region.
func MachineImage_GenericWindows(amiMap_ *map[string]*string, props *GenericWindowsImageProps) IMachineImage {
	g := &genericImage{amis: amiMap(amiMap_), os: OperatingSystemType_WINDOWS}
	if props != nil {
		g.userData = props.UserData
	}
	return g
}

// WindowsImageProps configure a WindowsImage.
type WindowsImageProps struct {
	UserData UserData `field:"optional" json:"userData" yaml:"userData"`
}

// GenericSSMParameterImage is an image whose id a public SSM parameter
// holds, read at deploy time.
type GenericSSMParameterImage interface {
	IMachineImage
	ParameterName() *string
}

// WindowsImage is the latest Windows Server image of a version.
type WindowsImage interface {
	GenericSSMParameterImage
}

// NewGenericSSMParameterImage reads the image id from an SSM parameter at deploy time.
func NewGenericSSMParameterImage(parameterName *string, os OperatingSystemType, userData UserData) GenericSSMParameterImage {
	return &ssmImage{name: deref(parameterName), os: os, userData: userData}
}

// NewWindowsImage selects the latest Windows Server image of a version.
func NewWindowsImage(version WindowsVersion, props *WindowsImageProps) WindowsImage {
	name, ok := windowsImageName[version]
	if !ok {
		name = string(version)
	}
	i := &ssmImage{name: "/aws/service/ami-windows-latest/" + name, os: OperatingSystemType_WINDOWS}
	if props != nil {
		i.userData = props.UserData
	}
	return i
}

// MachineImage_LatestWindows is NewWindowsImage.
func MachineImage_LatestWindows(version WindowsVersion, props *WindowsImageProps) IMachineImage {
	return NewWindowsImage(version, props)
}

// LookupMachineImageProps select an AMI by name (and filters) through the
// CDK CLI's AMI context provider.
type LookupMachineImageProps struct {
	// The image name; "*" matches anything.
	Name *string `field:"required" json:"name" yaml:"name"`
	// A key that keeps this lookup's cached value apart from others.
	AdditionalCacheKey *string `field:"optional" json:"additionalCacheKey" yaml:"additionalCacheKey"`
	// More DescribeImages filters.
	Filters *map[string]*[]*string `field:"optional" json:"filters" yaml:"filters"`
	// The owners of the image.
	Owners *[]*string `field:"optional" json:"owners" yaml:"owners"`
	// The user data. Default: empty user data for the operating system.
	UserData UserData `field:"optional" json:"userData" yaml:"userData"`
	// Look up a Windows image. Default: false.
	Windows *bool `field:"optional" json:"windows" yaml:"windows"`
}

// LookupMachineImage is the newest AMI matching a name, found by the CDK
// CLI at synthesis and cached in cdk.context.json; "ami-1234" stands in
// while the lookup is missing.
type LookupMachineImage interface {
	IMachineImage
}

type lookupMachineImage struct{ props LookupMachineImageProps }

// NewLookupMachineImage selects an AMI by name through a context lookup.
func NewLookupMachineImage(props *LookupMachineImageProps) LookupMachineImage {
	if props == nil {
		props = &LookupMachineImageProps{}
	}
	return &lookupMachineImage{props: *props}
}

// MachineImage_Lookup selects an AMI by name through a context lookup.
func MachineImage_Lookup(props *LookupMachineImageProps) IMachineImage {
	return NewLookupMachineImage(props)
}

func (l *lookupMachineImage) GetImage(scope constructs.Construct) *MachineImageConfig {
	filters := map[string]interface{}{
		"name": []interface{}{deref(l.props.Name)}, "state": []interface{}{"available"}, "image-type": []interface{}{"machine"},
	}
	if truthy(l.props.Windows) {
		filters["platform"] = []interface{}{"windows"}
	}
	if l.props.Filters != nil {
		for k, vs := range *l.props.Filters {
			var list []interface{}
			if vs != nil {
				for _, v := range *vs {
					list = append(list, deref(v))
				}
			}
			filters[k] = list
		}
	}
	props := map[string]interface{}{"filters": filters}
	if l.props.Owners != nil {
		var owners []interface{}
		for _, o := range strs(l.props.Owners) {
			owners = append(owners, o)
		}
		props["owners"] = owners
	}
	v := awscdk.ContextProvider_GetValue(scope, &awscdk.GetContextValueOptions{
		Provider: str("ami"), Props: &props, DummyValue: "ami-1234", AdditionalCacheKey: l.props.AdditionalCacheKey,
	}).Value
	id, ok := v.(string)
	if !ok {
		throw(scope, "Response to AMI lookup invalid, got: %v", v)
	}
	awscdk.Validations_Of(scope).Acknowledge(&awscdk.Acknowledgment{Id: str("CloudFormation-Validate::W9010"),
		Reason: str("The AMI ID is resolved from a synth-time lookup, so the literal AMI ID in the template is expected.")})
	os := OperatingSystemType_LINUX
	if truthy(l.props.Windows) {
		os = OperatingSystemType_WINDOWS
	}
	ud := l.props.UserData
	if ud == nil {
		ud = UserData_ForOperatingSystem(os)
	}
	return &MachineImageConfig{ImageId: str(id), OsType: os, UserData: ud}
}
