package awsec2

import (
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// AmazonLinuxImageSsmParameterBase is an Amazon Linux image whose id an SSM
// parameter holds, looked up at synthesis and cached in the context by default.
type AmazonLinuxImageSsmParameterBase interface {
	IMachineImage
}

// AmazonLinuxImageSsmParameterBaseOptions are the options every Amazon Linux SSM image shares.
type AmazonLinuxImageSsmParameterBaseOptions struct {
	AdditionalCacheKey *string  `field:"optional" json:"additionalCacheKey" yaml:"additionalCacheKey"`
	CachedInContext    *bool    `field:"optional" json:"cachedInContext" yaml:"cachedInContext"`
	UserData           UserData `field:"optional" json:"userData" yaml:"userData"`
}

// AmazonLinuxImageSsmParameterBaseProps name the SSM parameter of an Amazon Linux image.
type AmazonLinuxImageSsmParameterBaseProps struct {
	AdditionalCacheKey *string  `field:"optional" json:"additionalCacheKey" yaml:"additionalCacheKey"`
	CachedInContext    *bool    `field:"optional" json:"cachedInContext" yaml:"cachedInContext"`
	UserData           UserData `field:"optional" json:"userData" yaml:"userData"`
	ParameterName      *string  `field:"required" json:"parameterName" yaml:"parameterName"`
}

// AmazonLinuxImageSsmParameterCommonOptions are the options of the Amazon Linux 2022 and 2023 images.
type AmazonLinuxImageSsmParameterCommonOptions struct {
	AdditionalCacheKey *string            `field:"optional" json:"additionalCacheKey" yaml:"additionalCacheKey"`
	CachedInContext    *bool              `field:"optional" json:"cachedInContext" yaml:"cachedInContext"`
	UserData           UserData           `field:"optional" json:"userData" yaml:"userData"`
	CpuType            AmazonLinuxCpuType `field:"optional" json:"cpuType" yaml:"cpuType"`
	Edition            AmazonLinuxEdition `field:"optional" json:"edition" yaml:"edition"`
}

func newAmazonLinuxSsmImage(props *AmazonLinuxImageSsmParameterBaseProps) *ssmImage {
	if props == nil || props.ParameterName == nil {
		diag.Panic("", "AmazonLinuxImageSsmParameterBase: 'parameterName' is required")
	}
	return &ssmImage{name: *props.ParameterName, cached: props.CachedInContext == nil || *props.CachedInContext,
		cacheKey: props.AdditionalCacheKey, os: OperatingSystemType_LINUX, userData: props.UserData}
}

// NewAmazonLinuxImageSsmParameterBase_Override initialises a, a type embedding AmazonLinuxImageSsmParameterBase.
func NewAmazonLinuxImageSsmParameterBase_Override(a AmazonLinuxImageSsmParameterBase, props *AmazonLinuxImageSsmParameterBaseProps) {
	l2.Override[AmazonLinuxImageSsmParameterBase](a, newAmazonLinuxSsmImage(props))
}

// AmazonLinux2022Kernel is a kernel of Amazon Linux 2022.
type AmazonLinux2022Kernel interface{ ToString() *string }

// AmazonLinux2022Kernel_CDK_LATEST is the latest kernel the CDK knows of (5.15).
func AmazonLinux2022Kernel_CDK_LATEST() AmazonLinux2022Kernel { return &al2023Kernel{"5.15"} }

// AmazonLinux2022Kernel_DEFAULT is the image's default kernel.
func AmazonLinux2022Kernel_DEFAULT() AmazonLinux2022Kernel { return &al2023Kernel{"default"} }

// AmazonLinux2022Kernel_KERNEL_5_15 is kernel 5.15.
func AmazonLinux2022Kernel_KERNEL_5_15() AmazonLinux2022Kernel { return &al2023Kernel{"5.15"} }

// NewAmazonLinux2022Kernel is a kernel by version.
func NewAmazonLinux2022Kernel(version *string) AmazonLinux2022Kernel {
	return &al2023Kernel{deref(version)}
}

// NewAmazonLinux2022Kernel_Override initialises a, a type embedding AmazonLinux2022Kernel.
func NewAmazonLinux2022Kernel_Override(a AmazonLinux2022Kernel, version *string) {
	l2.Override(a, NewAmazonLinux2022Kernel(version))
}

// AmazonLinux2022ImageSsmParameterProps select an Amazon Linux 2022 image.
type AmazonLinux2022ImageSsmParameterProps struct {
	AdditionalCacheKey *string               `field:"optional" json:"additionalCacheKey" yaml:"additionalCacheKey"`
	CachedInContext    *bool                 `field:"optional" json:"cachedInContext" yaml:"cachedInContext"`
	UserData           UserData              `field:"optional" json:"userData" yaml:"userData"`
	CpuType            AmazonLinuxCpuType    `field:"optional" json:"cpuType" yaml:"cpuType"`
	Edition            AmazonLinuxEdition    `field:"optional" json:"edition" yaml:"edition"`
	Kernel             AmazonLinux2022Kernel `field:"optional" json:"kernel" yaml:"kernel"`
}

// AmazonLinux2022ImageSsmParameter is an Amazon Linux 2022 image read from SSM.
type AmazonLinux2022ImageSsmParameter interface {
	AmazonLinuxImageSsmParameterBase
}

// AmazonLinux2022ImageSsmParameter_SsmParameterName is the SSM parameter of an Amazon Linux 2022 image.
func AmazonLinux2022ImageSsmParameter_SsmParameterName(props *AmazonLinux2022ImageSsmParameterProps) *string {
	if props == nil {
		props = &AmazonLinux2022ImageSsmParameterProps{}
	}
	kernel := ""
	if props.Kernel != nil {
		kernel = deref(props.Kernel.ToString())
	}
	cpu := props.CpuType
	if cpu == "" {
		cpu = AmazonLinuxCpuType_X86_64
	}
	return str("/aws/service/ami-amazon-linux-latest/" + joinNonEmpty("al2022", "ami", editionValue(props.Edition), kernel, cpuValue[cpu]))
}

// NewAmazonLinux2022ImageSsmParameter selects an Amazon Linux 2022 image;
// by default its id is looked up at synthesis and cached in the context.
func NewAmazonLinux2022ImageSsmParameter(props *AmazonLinux2022ImageSsmParameterProps) AmazonLinux2022ImageSsmParameter {
	if props == nil {
		props = &AmazonLinux2022ImageSsmParameterProps{}
	}
	return newAmazonLinuxSsmImage(&AmazonLinuxImageSsmParameterBaseProps{ParameterName: AmazonLinux2022ImageSsmParameter_SsmParameterName(props),
		CachedInContext: props.CachedInContext, AdditionalCacheKey: props.AdditionalCacheKey, UserData: props.UserData})
}

// NewAmazonLinux2022ImageSsmParameter_Override initialises a, a type embedding AmazonLinux2022ImageSsmParameter.
func NewAmazonLinux2022ImageSsmParameter_Override(a AmazonLinux2022ImageSsmParameter, props *AmazonLinux2022ImageSsmParameterProps) {
	l2.Override(a, NewAmazonLinux2022ImageSsmParameter(props))
}

// MachineImage_LatestAmazonLinux2022 is the latest Amazon Linux 2022 image
// (deprecated in aws-cdk-lib for Amazon Linux 2023), read from SSM at
// deploy time unless CachedInContext.
func MachineImage_LatestAmazonLinux2022(props *AmazonLinux2022ImageSsmParameterProps) IMachineImage {
	p := AmazonLinux2022ImageSsmParameterProps{CachedInContext: boolp(false)}
	if props != nil {
		p = *props
		if p.CachedInContext == nil {
			p.CachedInContext = boolp(false)
		}
	}
	p.Kernel = AmazonLinux2022Kernel_CDK_LATEST()
	return NewAmazonLinux2022ImageSsmParameter(&p)
}

// GenericLinuxImage is a Linux image given by AMI id per region.
type GenericLinuxImage interface {
	IMachineImage
}

// GenericWindowsImage is a Windows image given by AMI id per region.
type GenericWindowsImage interface {
	IMachineImage
}

// NewGenericLinuxImage is a Linux image given by AMI id per region; in an
// environment-agnostic stack the ids go to a CloudFormation mapping.
func NewGenericLinuxImage(amiMap *map[string]*string, props *GenericLinuxImageProps) GenericLinuxImage {
	return MachineImage_GenericLinux(amiMap, props)
}

// NewGenericLinuxImage_Override initialises g, a type embedding GenericLinuxImage.
func NewGenericLinuxImage_Override(g GenericLinuxImage, amiMap *map[string]*string, props *GenericLinuxImageProps) {
	l2.Override(g, NewGenericLinuxImage(amiMap, props))
}

// NewGenericWindowsImage is a Windows image given by AMI id per region.
func NewGenericWindowsImage(amiMap *map[string]*string, props *GenericWindowsImageProps) GenericWindowsImage {
	return MachineImage_GenericWindows(amiMap, props)
}

// NewGenericWindowsImage_Override initialises g, a type embedding GenericWindowsImage.
func NewGenericWindowsImage_Override(g GenericWindowsImage, amiMap *map[string]*string, props *GenericWindowsImageProps) {
	l2.Override(g, NewGenericWindowsImage(amiMap, props))
}

// ResolveSsmParameterAtLaunchImage is an image whose id EC2 reads from an
// SSM parameter when the instance launches ("resolve:ssm:...").
type ResolveSsmParameterAtLaunchImage interface {
	IMachineImage
	ParameterName() *string
}

// NewResolveSsmParameterAtLaunchImage names the parameter (and optionally its version).
func NewResolveSsmParameterAtLaunchImage(parameterName *string, props *SsmParameterImageOptions) ResolveSsmParameterAtLaunchImage {
	i := ssmOptions(parameterName, props)
	i.deployTime = true
	return i
}

// NewResolveSsmParameterAtLaunchImage_Override initialises r, a type embedding ResolveSsmParameterAtLaunchImage.
func NewResolveSsmParameterAtLaunchImage_Override(r ResolveSsmParameterAtLaunchImage, parameterName *string, props *SsmParameterImageOptions) {
	l2.Override(r, NewResolveSsmParameterAtLaunchImage(parameterName, props))
}

type abstractMachineImage struct{}

// NewMachineImage_Override initialises a user's type embedding MachineImage
// (a holder of static factories in aws-cdk-lib, with no behaviour of its own).
func NewMachineImage_Override(m MachineImage) { l2.Override[MachineImage](m, abstractMachineImage{}) }
