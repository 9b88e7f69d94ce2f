package awsecs

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
)

// AmiHardwareType is the hardware an ECS-optimized AMI is built for.
type AmiHardwareType string

const (
	AmiHardwareType_STANDARD AmiHardwareType = "STANDARD"
	AmiHardwareType_GPU      AmiHardwareType = "GPU"
	AmiHardwareType_ARM      AmiHardwareType = "ARM"
	AmiHardwareType_NEURON   AmiHardwareType = "NEURON"
)

// WindowsOptimizedVersion is a Windows Server release with an ECS-optimized AMI.
type WindowsOptimizedVersion string

const (
	WindowsOptimizedVersion_SERVER_2025 WindowsOptimizedVersion = "SERVER_2025"
	WindowsOptimizedVersion_SERVER_2022 WindowsOptimizedVersion = "SERVER_2022"
	WindowsOptimizedVersion_SERVER_2019 WindowsOptimizedVersion = "SERVER_2019"
	WindowsOptimizedVersion_SERVER_2016 WindowsOptimizedVersion = "SERVER_2016"
)

// BottlerocketEcsVariant is a Bottlerocket variant for ECS.
type BottlerocketEcsVariant string

const (
	BottlerocketEcsVariant_AWS_ECS_1        BottlerocketEcsVariant = "AWS_ECS_1"
	BottlerocketEcsVariant_AWS_ECS_1_NVIDIA BottlerocketEcsVariant = "AWS_ECS_1_NVIDIA"
	BottlerocketEcsVariant_AWS_ECS_2        BottlerocketEcsVariant = "AWS_ECS_2"
	BottlerocketEcsVariant_AWS_ECS_2_NVIDIA BottlerocketEcsVariant = "AWS_ECS_2_NVIDIA"
)

// MachineImageType is the kind of AMI of a capacity provider's instances.
type MachineImageType string

const (
	MachineImageType_AMAZON_LINUX_2 MachineImageType = "AMAZON_LINUX_2"
	MachineImageType_BOTTLEROCKET   MachineImageType = "BOTTLEROCKET"
)

// EcsOptimizedImageOptions configure how an ECS-optimized AMI id is read.
type EcsOptimizedImageOptions struct {
	AdditionalCacheKey *string `field:"optional" json:"additionalCacheKey" yaml:"additionalCacheKey"`
	// Read the id once at synthesis (into cdk.context.json) instead of at every deployment.
	CachedInContext *bool `field:"optional" json:"cachedInContext" yaml:"cachedInContext"`
}

// EcsOptimizedImage is the latest ECS-optimized AMI, read from its public SSM parameter.
type EcsOptimizedImage interface {
	awsec2.IMachineImage
}

type ssmAMI struct {
	parameter string
	os        awsec2.OperatingSystemType
	userData  func() awsec2.UserData
	cached    bool
	cacheKey  *string
}

func newSSMAMI(parameter string, os awsec2.OperatingSystemType, userData func() awsec2.UserData, cached *bool, cacheKey *string) *ssmAMI {
	if cacheKey != nil && !truthy(cached) {
		diag.Panic("", `"additionalCacheKey" was set but "cachedInContext" is false, so it will have no effect`)
	}
	return &ssmAMI{parameter: parameter, os: os, userData: userData, cached: truthy(cached), cacheKey: cacheKey}
}

// GetImage reads the AMI id from SSM (at deployment, or once at synthesis when cached).
func (a *ssmAMI) GetImage(scope constructs.Construct) *awsec2.MachineImageConfig {
	cfg := awsec2.MachineImage_FromSsmParameter(str(a.parameter), &awsec2.SsmParameterImageOptions{
		CachedInContext: boolp(a.cached), AdditionalCacheKey: a.cacheKey, Os: a.os}).GetImage(scope)
	return &awsec2.MachineImageConfig{ImageId: cfg.ImageId, OsType: a.os, UserData: a.userData()}
}

func ecsAMI(generation string, hw AmiHardwareType, windows WindowsOptimizedVersion, o *EcsOptimizedImageOptions) EcsOptimizedImage {
	if o == nil {
		o = &EcsOptimizedImageOptions{}
	}
	var b strings.Builder
	b.WriteString("/aws/service/")
	if windows != "" {
		b.WriteString("ami-windows-latest/")
	} else {
		b.WriteString("ecs/optimized-ami/")
	}
	switch generation {
	case "al1":
		b.WriteString("amazon-linux/")
	case "al2":
		b.WriteString("amazon-linux-2/")
	case "al2023":
		b.WriteString("amazon-linux-2023/")
	}
	if windows != "" {
		b.WriteString("Windows_Server-" + strings.TrimPrefix(string(windows), "SERVER_") + "-English-Full-ECS_Optimized/")
	}
	switch {
	case hw == AmiHardwareType_GPU:
		b.WriteString("gpu/")
	case hw == AmiHardwareType_ARM:
		b.WriteString("arm64/")
	case hw == AmiHardwareType_NEURON && generation == "al2":
		b.WriteString("inf/")
	case hw == AmiHardwareType_NEURON && generation == "al2023":
		b.WriteString("neuron/")
	}
	os := awsec2.OperatingSystemType_LINUX
	if windows != "" {
		b.WriteString("image_id")
		os = awsec2.OperatingSystemType_WINDOWS
	} else {
		b.WriteString("recommended/image_id")
	}
	return newSSMAMI(b.String(), os, func() awsec2.UserData { return awsec2.UserData_ForOperatingSystem(os) }, o.CachedInContext, o.AdditionalCacheKey)
}

// EcsOptimizedImage_AmazonLinux2023 is the ECS-optimized Amazon Linux 2023 AMI (standard hardware by default).
func EcsOptimizedImage_AmazonLinux2023(hardwareType AmiHardwareType, options *EcsOptimizedImageOptions) EcsOptimizedImage {
	if hardwareType == "" {
		hardwareType = AmiHardwareType_STANDARD
	}
	return ecsAMI("al2023", hardwareType, "", options)
}

// EcsOptimizedImage_AmazonLinux2 is the ECS-optimized Amazon Linux 2 AMI (standard hardware by default).
func EcsOptimizedImage_AmazonLinux2(hardwareType AmiHardwareType, options *EcsOptimizedImageOptions) EcsOptimizedImage {
	if hardwareType == "" {
		hardwareType = AmiHardwareType_STANDARD
	}
	return ecsAMI("al2", hardwareType, "", options)
}

// EcsOptimizedImage_AmazonLinux is the ECS-optimized Amazon Linux (1) AMI.
func EcsOptimizedImage_AmazonLinux(options *EcsOptimizedImageOptions) EcsOptimizedImage {
	return ecsAMI("al1", "", "", options)
}

// EcsOptimizedImage_Windows is the ECS-optimized Windows Server AMI.
func EcsOptimizedImage_Windows(windowsVersion WindowsOptimizedVersion, options *EcsOptimizedImageOptions) EcsOptimizedImage {
	return ecsAMI("", "", windowsVersion, options)
}

// BottleRocketImageProps choose a Bottlerocket AMI.
type BottleRocketImageProps struct {
	AdditionalCacheKey *string                     `field:"optional" json:"additionalCacheKey" yaml:"additionalCacheKey"`
	Architecture       awsec2.InstanceArchitecture `field:"optional" json:"architecture" yaml:"architecture"`
	CachedInContext    *bool                       `field:"optional" json:"cachedInContext" yaml:"cachedInContext"`
	Variant            BottlerocketEcsVariant      `field:"optional" json:"variant" yaml:"variant"`
}

// BottleRocketImage is the latest Bottlerocket AMI for ECS.
type BottleRocketImage interface {
	awsec2.IMachineImage
}

type bottleRocketImage struct{ *ssmAMI }

// NewBottleRocketImage is the Bottlerocket AMI of a variant (aws-ecs-1, x86_64 by default).
func NewBottleRocketImage(props *BottleRocketImageProps) BottleRocketImage {
	if props == nil {
		props = &BottleRocketImageProps{}
	}
	variant := props.Variant
	if variant == "" {
		variant = BottlerocketEcsVariant_AWS_ECS_1
	}
	arch := "x86_64"
	if props.Architecture == awsec2.InstanceArchitecture_ARM_64 {
		arch = "arm64"
	}
	name := "/aws/service/bottlerocket/" + strings.ToLower(strings.ReplaceAll(string(variant), "_", "-")) + "/" + arch + "/latest/image_id"
	return &bottleRocketImage{newSSMAMI(name, awsec2.OperatingSystemType_LINUX, func() awsec2.UserData { return awsec2.UserData_Custom(str("")) },
		props.CachedInContext, props.AdditionalCacheKey)}
}

// BottleRocketImage_IsBottleRocketImage reports whether x is a BottleRocketImage.
func BottleRocketImage_IsBottleRocketImage(x interface{}) *bool {
	_, ok := x.(*bottleRocketImage)
	return &ok
}
