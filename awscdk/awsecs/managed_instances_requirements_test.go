package awsecs_test

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/jsii"
)

func init() {
	templateCases["ManagedReqs"] = func(s awscdk.Stack) {
		vpc, cluster := vpcAndCluster(s)
		sg := awsec2.NewSecurityGroup(s, jsii.String("SG"), &awsec2.SecurityGroupProps{Vpc: vpc})
		gib := func(n float64) awscdk.Size { return awscdk.Size_Gibibytes(jsii.Number(n)) }
		full := awsecs.NewManagedInstancesCapacityProvider(s, jsii.String("Full"), &awsecs.ManagedInstancesCapacityProviderProps{
			Subnets: vpc.PrivateSubnets(), SecurityGroups: &[]awsec2.ISecurityGroup{sg},
			InstanceRequirements: &awsec2.InstanceRequirementsConfig{
				VCpuCountMin: jsii.Number(2), VCpuCountMax: jsii.Number(8), MemoryMin: gib(4), MemoryMax: gib(32),
				AcceleratorCountMin:       jsii.Number(1),
				AcceleratorManufacturers:  &[]awsec2.AcceleratorManufacturer{awsec2.AcceleratorManufacturer_NVIDIA},
				AcceleratorNames:          &[]awsec2.AcceleratorName{awsec2.AcceleratorName_T4},
				AcceleratorTotalMemoryMax: gib(16),
				AcceleratorTypes:          &[]awsec2.AcceleratorType{awsec2.AcceleratorType_GPU},
				AllowedInstanceTypes:      jsii.Strings("g4dn.*"), BareMetal: awsec2.BareMetal_EXCLUDED,
				BaselineEbsBandwidthMbpsMin: jsii.Number(100), BurstablePerformance: awsec2.BurstablePerformance_EXCLUDED,
				CpuManufacturers:    &[]awsec2.CpuManufacturer{awsec2.CpuManufacturer_INTEL, awsec2.CpuManufacturer_AMD},
				InstanceGenerations: &[]awsec2.InstanceGeneration{awsec2.InstanceGeneration_CURRENT},
				LocalStorage:        awsec2.LocalStorage_REQUIRED, LocalStorageTypes: &[]awsec2.LocalStorageType{awsec2.LocalStorageType_SSD},
				MaxSpotPriceAsPercentageOfOptimalOnDemandPrice: jsii.Number(50), MemoryPerVCpuMin: gib(2), MemoryPerVCpuMax: gib(8),
				NetworkBandwidthGbpsMin: jsii.Number(10), NetworkInterfaceCountMax: jsii.Number(4), RequireHibernateSupport: jsii.Bool(false),
				SpotMaxPricePercentageOverLowestPrice: jsii.Number(20), TotalLocalStorageGBMin: jsii.Number(100), TotalLocalStorageGBMax: jsii.Number(900),
			}})
		cluster.AddManagedInstancesCapacityProvider(full)
		min := awsecs.NewManagedInstancesCapacityProvider(s, jsii.String("Min"), &awsecs.ManagedInstancesCapacityProviderProps{
			Subnets: vpc.PrivateSubnets(), SecurityGroups: &[]awsec2.ISecurityGroup{sg},
			InstanceRequirements: &awsec2.InstanceRequirementsConfig{
				VCpuCountMin: jsii.Number(1), MemoryMin: awscdk.Size_Mebibytes(jsii.Number(512)), ExcludedInstanceTypes: jsii.Strings("t2.*"),
				OnDemandMaxPricePercentageOverLowestPrice: jsii.Number(10),
			}})
		cluster.AddManagedInstancesCapacityProvider(min)
	}
	mi := func(s awscdk.Stack, r *awsec2.InstanceRequirementsConfig) {
		awsecs.NewManagedInstancesCapacityProvider(s, jsii.String("MI"), &awsecs.ManagedInstancesCapacityProviderProps{
			Subnets:              awsec2.NewVpc(s, jsii.String("V"), nil).PrivateSubnets(),
			SecurityGroups:       &[]awsec2.ISecurityGroup{awsec2.SecurityGroup_FromSecurityGroupId(s, jsii.String("SG"), jsii.String("sg-1"), nil)},
			InstanceRequirements: r,
		})
	}
	errorCases["ManagedReqsBothTypes"] = func(s awscdk.Stack) {
		mi(s, &awsec2.InstanceRequirementsConfig{VCpuCountMin: jsii.Number(1), MemoryMin: awscdk.Size_Gibibytes(jsii.Number(1)),
			AllowedInstanceTypes: jsii.Strings("m5.*"), ExcludedInstanceTypes: jsii.Strings("t2.*")})
	}
	errorCases["ManagedReqsBothPrices"] = func(s awscdk.Stack) {
		mi(s, &awsec2.InstanceRequirementsConfig{VCpuCountMin: jsii.Number(1), MemoryMin: awscdk.Size_Gibibytes(jsii.Number(1)),
			SpotMaxPricePercentageOverLowestPrice: jsii.Number(1), OnDemandMaxPricePercentageOverLowestPrice: jsii.Number(1)})
	}
}
