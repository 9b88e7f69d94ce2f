package awsec2

import "github.com/strata-cdk/strata/awscdk"

// The attribute-based instance type selection (instance requirements) of
// a launch template override: enums and the config struct. Auto Scaling
// groups render them in their mixed instances policy.

// AcceleratorManufacturer makes the accelerators an instance type may have.
type AcceleratorManufacturer string

const (
	AcceleratorManufacturer_AWS    AcceleratorManufacturer = "AWS"
	AcceleratorManufacturer_AMD    AcceleratorManufacturer = "AMD"
	AcceleratorManufacturer_NVIDIA AcceleratorManufacturer = "NVIDIA"
	AcceleratorManufacturer_XILINX AcceleratorManufacturer = "XILINX"
	AcceleratorManufacturer_HABANA AcceleratorManufacturer = "HABANA"
)

// AcceleratorName is an accelerator model an instance type may have.
type AcceleratorName string

const (
	AcceleratorName_A100            AcceleratorName = "A100"
	AcceleratorName_K80             AcceleratorName = "K80"
	AcceleratorName_M60             AcceleratorName = "M60"
	AcceleratorName_RADEON_PRO_V520 AcceleratorName = "RADEON_PRO_V520"
	AcceleratorName_T4              AcceleratorName = "T4"
	AcceleratorName_V100            AcceleratorName = "V100"
	AcceleratorName_VU9P            AcceleratorName = "VU9P"
	AcceleratorName_A10G            AcceleratorName = "A10G"
	AcceleratorName_H100            AcceleratorName = "H100"
	AcceleratorName_INFERENTIA      AcceleratorName = "INFERENTIA"
	AcceleratorName_K520            AcceleratorName = "K520"
	AcceleratorName_T4G             AcceleratorName = "T4G"
	AcceleratorName_L40S            AcceleratorName = "L40S"
	AcceleratorName_L4              AcceleratorName = "L4"
	AcceleratorName_GAUDI_HL_205    AcceleratorName = "GAUDI_HL_205"
	AcceleratorName_INFERENTIA2     AcceleratorName = "INFERENTIA2"
	AcceleratorName_TRAINIUM        AcceleratorName = "TRAINIUM"
	AcceleratorName_TRAINIUM2       AcceleratorName = "TRAINIUM2"
	AcceleratorName_U30             AcceleratorName = "U30"
)

// AcceleratorType is a kind of accelerator.
type AcceleratorType string

const (
	AcceleratorType_GPU       AcceleratorType = "GPU"
	AcceleratorType_FPGA      AcceleratorType = "FPGA"
	AcceleratorType_INFERENCE AcceleratorType = "INFERENCE"
	AcceleratorType_MEDIA     AcceleratorType = "MEDIA"
)

// BareMetal says whether bare metal instance types are included, required or excluded.
type BareMetal string

const (
	BareMetal_INCLUDED BareMetal = "INCLUDED"
	BareMetal_REQUIRED BareMetal = "REQUIRED"
	BareMetal_EXCLUDED BareMetal = "EXCLUDED"
)

// BurstablePerformance says whether burstable instance types are included, required or excluded.
type BurstablePerformance string

const (
	BurstablePerformance_INCLUDED BurstablePerformance = "INCLUDED"
	BurstablePerformance_REQUIRED BurstablePerformance = "REQUIRED"
	BurstablePerformance_EXCLUDED BurstablePerformance = "EXCLUDED"
)

// CpuManufacturer makes the CPUs an instance type may have.
type CpuManufacturer string

const (
	CpuManufacturer_INTEL CpuManufacturer = "INTEL"
	CpuManufacturer_AMD   CpuManufacturer = "AMD"
	CpuManufacturer_AWS   CpuManufacturer = "AWS"
	CpuManufacturer_APPLE CpuManufacturer = "APPLE"
)

// InstanceGeneration is a generation of instance types.
type InstanceGeneration string

const (
	InstanceGeneration_CURRENT  InstanceGeneration = "CURRENT"
	InstanceGeneration_PREVIOUS InstanceGeneration = "PREVIOUS"
)

// LocalStorage says whether instance types with local storage are included, required or excluded.
type LocalStorage string

const (
	LocalStorage_INCLUDED LocalStorage = "INCLUDED"
	LocalStorage_REQUIRED LocalStorage = "REQUIRED"
	LocalStorage_EXCLUDED LocalStorage = "EXCLUDED"
)

// LocalStorageType is a kind of local storage.
type LocalStorageType string

const (
	LocalStorageType_HDD LocalStorageType = "HDD"
	LocalStorageType_SSD LocalStorageType = "SSD"
)

// IpAddressType is an IP address type a VPC endpoint service supports.
type IpAddressType string

const (
	IpAddressType_IPV4 IpAddressType = "IPV4"
	IpAddressType_IPV6 IpAddressType = "IPV6"
)

// InstanceRequirementsConfig lists the attributes an instance type must
// have to be chosen: vCPUs and memory are required, the rest narrow it.
type InstanceRequirementsConfig struct {
	MemoryMin                                      awscdk.Size                `field:"required" json:"memoryMin" yaml:"memoryMin"`
	VCpuCountMin                                   *float64                   `field:"required" json:"vCpuCountMin" yaml:"vCpuCountMin"`
	AcceleratorCountMax                            *float64                   `field:"optional" json:"acceleratorCountMax" yaml:"acceleratorCountMax"`
	AcceleratorCountMin                            *float64                   `field:"optional" json:"acceleratorCountMin" yaml:"acceleratorCountMin"`
	AcceleratorManufacturers                       *[]AcceleratorManufacturer `field:"optional" json:"acceleratorManufacturers" yaml:"acceleratorManufacturers"`
	AcceleratorNames                               *[]AcceleratorName         `field:"optional" json:"acceleratorNames" yaml:"acceleratorNames"`
	AcceleratorTotalMemoryMax                      awscdk.Size                `field:"optional" json:"acceleratorTotalMemoryMax" yaml:"acceleratorTotalMemoryMax"`
	AcceleratorTotalMemoryMin                      awscdk.Size                `field:"optional" json:"acceleratorTotalMemoryMin" yaml:"acceleratorTotalMemoryMin"`
	AcceleratorTypes                               *[]AcceleratorType         `field:"optional" json:"acceleratorTypes" yaml:"acceleratorTypes"`
	AllowedInstanceTypes                           *[]*string                 `field:"optional" json:"allowedInstanceTypes" yaml:"allowedInstanceTypes"`
	BareMetal                                      BareMetal                  `field:"optional" json:"bareMetal" yaml:"bareMetal"`
	BaselineEbsBandwidthMbpsMax                    *float64                   `field:"optional" json:"baselineEbsBandwidthMbpsMax" yaml:"baselineEbsBandwidthMbpsMax"`
	BaselineEbsBandwidthMbpsMin                    *float64                   `field:"optional" json:"baselineEbsBandwidthMbpsMin" yaml:"baselineEbsBandwidthMbpsMin"`
	BurstablePerformance                           BurstablePerformance       `field:"optional" json:"burstablePerformance" yaml:"burstablePerformance"`
	CpuManufacturers                               *[]CpuManufacturer         `field:"optional" json:"cpuManufacturers" yaml:"cpuManufacturers"`
	ExcludedInstanceTypes                          *[]*string                 `field:"optional" json:"excludedInstanceTypes" yaml:"excludedInstanceTypes"`
	InstanceGenerations                            *[]InstanceGeneration      `field:"optional" json:"instanceGenerations" yaml:"instanceGenerations"`
	LocalStorage                                   LocalStorage               `field:"optional" json:"localStorage" yaml:"localStorage"`
	LocalStorageTypes                              *[]LocalStorageType        `field:"optional" json:"localStorageTypes" yaml:"localStorageTypes"`
	MaxSpotPriceAsPercentageOfOptimalOnDemandPrice *float64                   `field:"optional" json:"maxSpotPriceAsPercentageOfOptimalOnDemandPrice" yaml:"maxSpotPriceAsPercentageOfOptimalOnDemandPrice"`
	MemoryMax                                      awscdk.Size                `field:"optional" json:"memoryMax" yaml:"memoryMax"`
	MemoryPerVCpuMax                               awscdk.Size                `field:"optional" json:"memoryPerVCpuMax" yaml:"memoryPerVCpuMax"`
	MemoryPerVCpuMin                               awscdk.Size                `field:"optional" json:"memoryPerVCpuMin" yaml:"memoryPerVCpuMin"`
	NetworkBandwidthGbpsMax                        *float64                   `field:"optional" json:"networkBandwidthGbpsMax" yaml:"networkBandwidthGbpsMax"`
	NetworkBandwidthGbpsMin                        *float64                   `field:"optional" json:"networkBandwidthGbpsMin" yaml:"networkBandwidthGbpsMin"`
	NetworkInterfaceCountMax                       *float64                   `field:"optional" json:"networkInterfaceCountMax" yaml:"networkInterfaceCountMax"`
	NetworkInterfaceCountMin                       *float64                   `field:"optional" json:"networkInterfaceCountMin" yaml:"networkInterfaceCountMin"`
	OnDemandMaxPricePercentageOverLowestPrice      *float64                   `field:"optional" json:"onDemandMaxPricePercentageOverLowestPrice" yaml:"onDemandMaxPricePercentageOverLowestPrice"`
	RequireHibernateSupport                        *bool                      `field:"optional" json:"requireHibernateSupport" yaml:"requireHibernateSupport"`
	SpotMaxPricePercentageOverLowestPrice          *float64                   `field:"optional" json:"spotMaxPricePercentageOverLowestPrice" yaml:"spotMaxPricePercentageOverLowestPrice"`
	TotalLocalStorageGBMax                         *float64                   `field:"optional" json:"totalLocalStorageGBMax" yaml:"totalLocalStorageGBMax"`
	TotalLocalStorageGBMin                         *float64                   `field:"optional" json:"totalLocalStorageGBMin" yaml:"totalLocalStorageGBMin"`
	VCpuCountMax                                   *float64                   `field:"optional" json:"vCpuCountMax" yaml:"vCpuCountMax"`
}
