package awsecs

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/internal/l2"
)

// renderInstanceRequirements is the InstanceRequirements of a managed
// instances launch template: each min/max pair becomes a range when either
// end is set, sizes in MiB (memory per vCPU in GiB), enums as strings.
func renderInstanceRequirements(m *managedInstances, r *awsec2.InstanceRequirementsConfig) *CfnCapacityProvider_InstanceRequirementsRequestProperty {
	if r.AllowedInstanceTypes != nil && len(*r.AllowedInstanceTypes) > 0 && r.ExcludedInstanceTypes != nil && len(*r.ExcludedInstanceTypes) > 0 {
		l2.Throw(m, "Cannot specify both allowedInstanceTypes and excludedInstanceTypes. Use one or the other.")
	}
	if r.SpotMaxPricePercentageOverLowestPrice != nil && r.OnDemandMaxPricePercentageOverLowestPrice != nil {
		l2.Throw(m, "Cannot specify both spotMaxPricePercentageOverLowestPrice and onDemandMaxPricePercentageOverLowestPrice. Use one or the other.")
	}
	if r.MemoryMin == nil || r.VCpuCountMin == nil {
		l2.Throw(m, "instanceRequirements needs memoryMin and vCpuCountMin")
	}
	mib := func(s awscdk.Size) *float64 {
		if s == nil {
			return nil
		}
		return s.ToMebibytes(nil)
	}
	gib := func(s awscdk.Size) *float64 {
		if s == nil {
			return nil
		}
		return s.ToGibibytes(nil)
	}
	out := &CfnCapacityProvider_InstanceRequirementsRequestProperty{
		VCpuCount:            &CfnCapacityProvider_VCpuCountRangeRequestProperty{Min: r.VCpuCountMin, Max: r.VCpuCountMax},
		MemoryMiB:            &CfnCapacityProvider_MemoryMiBRequestProperty{Min: mib(r.MemoryMin), Max: mib(r.MemoryMax)},
		AllowedInstanceTypes: r.AllowedInstanceTypes, ExcludedInstanceTypes: r.ExcludedInstanceTypes,
		MaxSpotPriceAsPercentageOfOptimalOnDemandPrice: r.MaxSpotPriceAsPercentageOfOptimalOnDemandPrice,
		OnDemandMaxPricePercentageOverLowestPrice:      r.OnDemandMaxPricePercentageOverLowestPrice,
		RequireHibernateSupport:                        r.RequireHibernateSupport,
		SpotMaxPricePercentageOverLowestPrice:          r.SpotMaxPricePercentageOverLowestPrice,
	}
	if r.AcceleratorCountMin != nil || r.AcceleratorCountMax != nil {
		out.AcceleratorCount = &CfnCapacityProvider_AcceleratorCountRequestProperty{Min: r.AcceleratorCountMin, Max: r.AcceleratorCountMax}
	}
	if r.AcceleratorTotalMemoryMin != nil || r.AcceleratorTotalMemoryMax != nil {
		out.AcceleratorTotalMemoryMiB = &CfnCapacityProvider_AcceleratorTotalMemoryMiBRequestProperty{Min: mib(r.AcceleratorTotalMemoryMin), Max: mib(r.AcceleratorTotalMemoryMax)}
	}
	if r.BaselineEbsBandwidthMbpsMin != nil || r.BaselineEbsBandwidthMbpsMax != nil {
		out.BaselineEbsBandwidthMbps = &CfnCapacityProvider_BaselineEbsBandwidthMbpsRequestProperty{Min: r.BaselineEbsBandwidthMbpsMin, Max: r.BaselineEbsBandwidthMbpsMax}
	}
	if r.MemoryPerVCpuMin != nil || r.MemoryPerVCpuMax != nil {
		out.MemoryGiBPerVCpu = &CfnCapacityProvider_MemoryGiBPerVCpuRequestProperty{Min: gib(r.MemoryPerVCpuMin), Max: gib(r.MemoryPerVCpuMax)}
	}
	if r.NetworkBandwidthGbpsMin != nil || r.NetworkBandwidthGbpsMax != nil {
		out.NetworkBandwidthGbps = &CfnCapacityProvider_NetworkBandwidthGbpsRequestProperty{Min: r.NetworkBandwidthGbpsMin, Max: r.NetworkBandwidthGbpsMax}
	}
	if r.NetworkInterfaceCountMin != nil || r.NetworkInterfaceCountMax != nil {
		out.NetworkInterfaceCount = &CfnCapacityProvider_NetworkInterfaceCountRequestProperty{Min: r.NetworkInterfaceCountMin, Max: r.NetworkInterfaceCountMax}
	}
	if r.TotalLocalStorageGBMin != nil || r.TotalLocalStorageGBMax != nil {
		out.TotalLocalStorageGb = &CfnCapacityProvider_TotalLocalStorageGBRequestProperty{Min: r.TotalLocalStorageGBMin, Max: r.TotalLocalStorageGBMax}
	}
	if r.BareMetal != "" {
		out.BareMetal = strPtr(ec2EnumValue(string(r.BareMetal)))
	}
	if r.BurstablePerformance != "" {
		out.BurstablePerformance = strPtr(ec2EnumValue(string(r.BurstablePerformance)))
	}
	if r.LocalStorage != "" {
		out.LocalStorage = strPtr(ec2EnumValue(string(r.LocalStorage)))
	}
	out.AcceleratorManufacturers = enumStrings(r.AcceleratorManufacturers)
	out.AcceleratorNames = enumStrings(r.AcceleratorNames)
	out.AcceleratorTypes = enumStrings(r.AcceleratorTypes)
	out.CpuManufacturers = enumStrings(r.CpuManufacturers)
	out.InstanceGenerations = enumStrings(r.InstanceGenerations)
	out.LocalStorageTypes = enumStrings(r.LocalStorageTypes)
	return out
}

func strPtr(s string) *string { return &s }

// ec2EnumValue is the value aws-cdk-lib gives an awsec2 instance
// requirements enum member, whose Go value is the member's name: lower
// case with hyphens, AWS spelled out.
func ec2EnumValue(name string) string {
	if name == "AWS" {
		return "amazon-web-services"
	}
	return strings.ToLower(strings.ReplaceAll(name, "_", "-"))
}

// enumStrings is aws-cdk-lib's list?.map(x => x.toString()).
func enumStrings[T ~string](xs *[]T) *[]*string {
	if xs == nil {
		return nil
	}
	out := make([]*string, len(*xs))
	for i, x := range *xs {
		out[i] = strPtr(ec2EnumValue(string(x)))
	}
	return &out
}
