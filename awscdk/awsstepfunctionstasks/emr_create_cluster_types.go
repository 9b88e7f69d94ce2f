package awsstepfunctionstasks

import "github.com/strata-cdk/strata/awscdk"

// The property types and enums of EmrCreateCluster: EMR's RunJobFlow API
// shape, with aws-cdk-go's names. The enum constants carry the member
// names, as aws-cdk-go's do; emrWire maps those whose API value differs.

// EmrCreateCluster_ApplicationConfigProperty is an application EMR installs on the cluster.
type EmrCreateCluster_ApplicationConfigProperty struct {
	Name           *string             `field:"required" json:"name" yaml:"name"`
	AdditionalInfo *map[string]*string `field:"optional" json:"additionalInfo" yaml:"additionalInfo"`
	Args           *[]*string          `field:"optional" json:"args" yaml:"args"`
	Version        *string             `field:"optional" json:"version" yaml:"version"`
}

// EmrCreateCluster_AutoScalingPolicyProperty is the automatic scaling policy of an instance group.
type EmrCreateCluster_AutoScalingPolicyProperty struct {
	Constraints *EmrCreateCluster_ScalingConstraintsProperty `field:"required" json:"constraints" yaml:"constraints"`
	Rules       *[]*EmrCreateCluster_ScalingRuleProperty     `field:"required" json:"rules" yaml:"rules"`
}

// EmrCreateCluster_BootstrapActionConfigProperty is a bootstrap action the cluster runs on its instances.
type EmrCreateCluster_BootstrapActionConfigProperty struct {
	Name                  *string                                               `field:"required" json:"name" yaml:"name"`
	ScriptBootstrapAction *EmrCreateCluster_ScriptBootstrapActionConfigProperty `field:"required" json:"scriptBootstrapAction" yaml:"scriptBootstrapAction"`
}

// EmrCreateCluster_CloudWatchAlarmComparisonOperator is how a scaling alarm compares its metric with the threshold.
type EmrCreateCluster_CloudWatchAlarmComparisonOperator string

const (
	EmrCreateCluster_CloudWatchAlarmComparisonOperator_GREATER_THAN_OR_EQUAL EmrCreateCluster_CloudWatchAlarmComparisonOperator = "GREATER_THAN_OR_EQUAL"
	EmrCreateCluster_CloudWatchAlarmComparisonOperator_GREATER_THAN          EmrCreateCluster_CloudWatchAlarmComparisonOperator = "GREATER_THAN"
	EmrCreateCluster_CloudWatchAlarmComparisonOperator_LESS_THAN             EmrCreateCluster_CloudWatchAlarmComparisonOperator = "LESS_THAN"
	EmrCreateCluster_CloudWatchAlarmComparisonOperator_LESS_THAN_OR_EQUAL    EmrCreateCluster_CloudWatchAlarmComparisonOperator = "LESS_THAN_OR_EQUAL"
)

// EmrCreateCluster_CloudWatchAlarmDefinitionProperty is the CloudWatch alarm that triggers a scaling rule.
type EmrCreateCluster_CloudWatchAlarmDefinitionProperty struct {
	ComparisonOperator EmrCreateCluster_CloudWatchAlarmComparisonOperator `field:"required" json:"comparisonOperator" yaml:"comparisonOperator"`
	MetricName         *string                                            `field:"required" json:"metricName" yaml:"metricName"`
	Period             awscdk.Duration                                    `field:"required" json:"period" yaml:"period"`
	Dimensions         *[]*EmrCreateCluster_MetricDimensionProperty       `field:"optional" json:"dimensions" yaml:"dimensions"`
	EvaluationPeriods  *float64                                           `field:"optional" json:"evaluationPeriods" yaml:"evaluationPeriods"`
	Namespace          *string                                            `field:"optional" json:"namespace" yaml:"namespace"`
	Statistic          EmrCreateCluster_CloudWatchAlarmStatistic          `field:"optional" json:"statistic" yaml:"statistic"`
	Threshold          *float64                                           `field:"optional" json:"threshold" yaml:"threshold"`
	Unit               EmrCreateCluster_CloudWatchAlarmUnit               `field:"optional" json:"unit" yaml:"unit"`
}

// EmrCreateCluster_CloudWatchAlarmStatistic is the statistic of a scaling alarm's metric.
type EmrCreateCluster_CloudWatchAlarmStatistic string

const (
	EmrCreateCluster_CloudWatchAlarmStatistic_SAMPLE_COUNT EmrCreateCluster_CloudWatchAlarmStatistic = "SAMPLE_COUNT"
	EmrCreateCluster_CloudWatchAlarmStatistic_AVERAGE      EmrCreateCluster_CloudWatchAlarmStatistic = "AVERAGE"
	EmrCreateCluster_CloudWatchAlarmStatistic_SUM          EmrCreateCluster_CloudWatchAlarmStatistic = "SUM"
	EmrCreateCluster_CloudWatchAlarmStatistic_MINIMUM      EmrCreateCluster_CloudWatchAlarmStatistic = "MINIMUM"
	EmrCreateCluster_CloudWatchAlarmStatistic_MAXIMUM      EmrCreateCluster_CloudWatchAlarmStatistic = "MAXIMUM"
)

// EmrCreateCluster_CloudWatchAlarmUnit is the unit of a scaling alarm's metric.
type EmrCreateCluster_CloudWatchAlarmUnit string

const (
	EmrCreateCluster_CloudWatchAlarmUnit_NONE                  EmrCreateCluster_CloudWatchAlarmUnit = "NONE"
	EmrCreateCluster_CloudWatchAlarmUnit_SECONDS               EmrCreateCluster_CloudWatchAlarmUnit = "SECONDS"
	EmrCreateCluster_CloudWatchAlarmUnit_MICRO_SECONDS         EmrCreateCluster_CloudWatchAlarmUnit = "MICRO_SECONDS"
	EmrCreateCluster_CloudWatchAlarmUnit_MILLI_SECONDS         EmrCreateCluster_CloudWatchAlarmUnit = "MILLI_SECONDS"
	EmrCreateCluster_CloudWatchAlarmUnit_BYTES                 EmrCreateCluster_CloudWatchAlarmUnit = "BYTES"
	EmrCreateCluster_CloudWatchAlarmUnit_KILO_BYTES            EmrCreateCluster_CloudWatchAlarmUnit = "KILO_BYTES"
	EmrCreateCluster_CloudWatchAlarmUnit_MEGA_BYTES            EmrCreateCluster_CloudWatchAlarmUnit = "MEGA_BYTES"
	EmrCreateCluster_CloudWatchAlarmUnit_GIGA_BYTES            EmrCreateCluster_CloudWatchAlarmUnit = "GIGA_BYTES"
	EmrCreateCluster_CloudWatchAlarmUnit_TERA_BYTES            EmrCreateCluster_CloudWatchAlarmUnit = "TERA_BYTES"
	EmrCreateCluster_CloudWatchAlarmUnit_BITS                  EmrCreateCluster_CloudWatchAlarmUnit = "BITS"
	EmrCreateCluster_CloudWatchAlarmUnit_KILO_BITS             EmrCreateCluster_CloudWatchAlarmUnit = "KILO_BITS"
	EmrCreateCluster_CloudWatchAlarmUnit_MEGA_BITS             EmrCreateCluster_CloudWatchAlarmUnit = "MEGA_BITS"
	EmrCreateCluster_CloudWatchAlarmUnit_GIGA_BITS             EmrCreateCluster_CloudWatchAlarmUnit = "GIGA_BITS"
	EmrCreateCluster_CloudWatchAlarmUnit_TERA_BITS             EmrCreateCluster_CloudWatchAlarmUnit = "TERA_BITS"
	EmrCreateCluster_CloudWatchAlarmUnit_PERCENT               EmrCreateCluster_CloudWatchAlarmUnit = "PERCENT"
	EmrCreateCluster_CloudWatchAlarmUnit_COUNT                 EmrCreateCluster_CloudWatchAlarmUnit = "COUNT"
	EmrCreateCluster_CloudWatchAlarmUnit_BYTES_PER_SECOND      EmrCreateCluster_CloudWatchAlarmUnit = "BYTES_PER_SECOND"
	EmrCreateCluster_CloudWatchAlarmUnit_KILO_BYTES_PER_SECOND EmrCreateCluster_CloudWatchAlarmUnit = "KILO_BYTES_PER_SECOND"
	EmrCreateCluster_CloudWatchAlarmUnit_MEGA_BYTES_PER_SECOND EmrCreateCluster_CloudWatchAlarmUnit = "MEGA_BYTES_PER_SECOND"
	EmrCreateCluster_CloudWatchAlarmUnit_GIGA_BYTES_PER_SECOND EmrCreateCluster_CloudWatchAlarmUnit = "GIGA_BYTES_PER_SECOND"
	EmrCreateCluster_CloudWatchAlarmUnit_TERA_BYTES_PER_SECOND EmrCreateCluster_CloudWatchAlarmUnit = "TERA_BYTES_PER_SECOND"
	EmrCreateCluster_CloudWatchAlarmUnit_BITS_PER_SECOND       EmrCreateCluster_CloudWatchAlarmUnit = "BITS_PER_SECOND"
	EmrCreateCluster_CloudWatchAlarmUnit_KILO_BITS_PER_SECOND  EmrCreateCluster_CloudWatchAlarmUnit = "KILO_BITS_PER_SECOND"
	EmrCreateCluster_CloudWatchAlarmUnit_MEGA_BITS_PER_SECOND  EmrCreateCluster_CloudWatchAlarmUnit = "MEGA_BITS_PER_SECOND"
	EmrCreateCluster_CloudWatchAlarmUnit_GIGA_BITS_PER_SECOND  EmrCreateCluster_CloudWatchAlarmUnit = "GIGA_BITS_PER_SECOND"
	EmrCreateCluster_CloudWatchAlarmUnit_TERA_BITS_PER_SECOND  EmrCreateCluster_CloudWatchAlarmUnit = "TERA_BITS_PER_SECOND"
	EmrCreateCluster_CloudWatchAlarmUnit_COUNT_PER_SECOND      EmrCreateCluster_CloudWatchAlarmUnit = "COUNT_PER_SECOND"
)

// EmrCreateCluster_ComputeLimitsUnitType is the unit of managed scaling limits.
type EmrCreateCluster_ComputeLimitsUnitType string

const (
	EmrCreateCluster_ComputeLimitsUnitType_INSTANCE_FLEET_UNITS EmrCreateCluster_ComputeLimitsUnitType = "INSTANCE_FLEET_UNITS"
	EmrCreateCluster_ComputeLimitsUnitType_INSTANCES            EmrCreateCluster_ComputeLimitsUnitType = "INSTANCES"
	EmrCreateCluster_ComputeLimitsUnitType_VCPU                 EmrCreateCluster_ComputeLimitsUnitType = "VCPU"
)

// EmrCreateCluster_EbsBlockDeviceConfigProperty is EBS volumes attached to each instance.
type EmrCreateCluster_EbsBlockDeviceConfigProperty struct {
	VolumeSpecification *EmrCreateCluster_VolumeSpecificationProperty `field:"required" json:"volumeSpecification" yaml:"volumeSpecification"`
	VolumesPerInstance  *float64                                      `field:"optional" json:"volumesPerInstance" yaml:"volumesPerInstance"`
}

// EmrCreateCluster_EbsBlockDeviceVolumeType is the type of an EBS volume.
type EmrCreateCluster_EbsBlockDeviceVolumeType string

const (
	EmrCreateCluster_EbsBlockDeviceVolumeType_GP3      EmrCreateCluster_EbsBlockDeviceVolumeType = "GP3"
	EmrCreateCluster_EbsBlockDeviceVolumeType_GP2      EmrCreateCluster_EbsBlockDeviceVolumeType = "GP2"
	EmrCreateCluster_EbsBlockDeviceVolumeType_IO1      EmrCreateCluster_EbsBlockDeviceVolumeType = "IO1"
	EmrCreateCluster_EbsBlockDeviceVolumeType_ST1      EmrCreateCluster_EbsBlockDeviceVolumeType = "ST1"
	EmrCreateCluster_EbsBlockDeviceVolumeType_SC1      EmrCreateCluster_EbsBlockDeviceVolumeType = "SC1"
	EmrCreateCluster_EbsBlockDeviceVolumeType_STANDARD EmrCreateCluster_EbsBlockDeviceVolumeType = "STANDARD"
)

// EmrCreateCluster_EbsConfigurationProperty is the EBS configuration of an instance group or type.
type EmrCreateCluster_EbsConfigurationProperty struct {
	EbsBlockDeviceConfigs *[]*EmrCreateCluster_EbsBlockDeviceConfigProperty `field:"optional" json:"ebsBlockDeviceConfigs" yaml:"ebsBlockDeviceConfigs"`
	EbsOptimized          *bool                                             `field:"optional" json:"ebsOptimized" yaml:"ebsOptimized"`
}

// EmrCreateCluster_EmrClusterScaleDownBehavior is how instances are removed when the cluster scales down.
type EmrCreateCluster_EmrClusterScaleDownBehavior string

const (
	EmrCreateCluster_EmrClusterScaleDownBehavior_TERMINATE_AT_INSTANCE_HOUR   EmrCreateCluster_EmrClusterScaleDownBehavior = "TERMINATE_AT_INSTANCE_HOUR"
	EmrCreateCluster_EmrClusterScaleDownBehavior_TERMINATE_AT_TASK_COMPLETION EmrCreateCluster_EmrClusterScaleDownBehavior = "TERMINATE_AT_TASK_COMPLETION"
)

// EmrCreateCluster_InstanceFleetConfigProperty is an instance fleet of the cluster.
type EmrCreateCluster_InstanceFleetConfigProperty struct {
	InstanceFleetType      EmrCreateCluster_InstanceRoleType                                 `field:"required" json:"instanceFleetType" yaml:"instanceFleetType"`
	InstanceTypeConfigs    *[]*EmrCreateCluster_InstanceTypeConfigProperty                   `field:"optional" json:"instanceTypeConfigs" yaml:"instanceTypeConfigs"`
	LaunchSpecifications   *EmrCreateCluster_InstanceFleetProvisioningSpecificationsProperty `field:"optional" json:"launchSpecifications" yaml:"launchSpecifications"`
	Name                   *string                                                           `field:"optional" json:"name" yaml:"name"`
	TargetOnDemandCapacity *float64                                                          `field:"optional" json:"targetOnDemandCapacity" yaml:"targetOnDemandCapacity"`
	TargetSpotCapacity     *float64                                                          `field:"optional" json:"targetSpotCapacity" yaml:"targetSpotCapacity"`
}

// EmrCreateCluster_InstanceFleetProvisioningSpecificationsProperty is the launch specifications of an instance fleet.
type EmrCreateCluster_InstanceFleetProvisioningSpecificationsProperty struct {
	OnDemandSpecification *EmrCreateCluster_OnDemandProvisioningSpecificationProperty `field:"optional" json:"onDemandSpecification" yaml:"onDemandSpecification"`
	SpotSpecification     *EmrCreateCluster_SpotProvisioningSpecificationProperty     `field:"optional" json:"spotSpecification" yaml:"spotSpecification"`
}

// EmrCreateCluster_InstanceGroupConfigProperty is an instance group of the cluster.
type EmrCreateCluster_InstanceGroupConfigProperty struct {
	InstanceCount     *float64                                    `field:"required" json:"instanceCount" yaml:"instanceCount"`
	InstanceRole      EmrCreateCluster_InstanceRoleType           `field:"required" json:"instanceRole" yaml:"instanceRole"`
	InstanceType      *string                                     `field:"required" json:"instanceType" yaml:"instanceType"`
	AutoScalingPolicy *EmrCreateCluster_AutoScalingPolicyProperty `field:"optional" json:"autoScalingPolicy" yaml:"autoScalingPolicy"`
	BidPrice          *string                                     `field:"optional" json:"bidPrice" yaml:"bidPrice"`
	Configurations    *[]*EmrCreateCluster_ConfigurationProperty  `field:"optional" json:"configurations" yaml:"configurations"`
	EbsConfiguration  *EmrCreateCluster_EbsConfigurationProperty  `field:"optional" json:"ebsConfiguration" yaml:"ebsConfiguration"`
	Market            EmrCreateCluster_InstanceMarket             `field:"optional" json:"market" yaml:"market"`
	Name              *string                                     `field:"optional" json:"name" yaml:"name"`
}

// EmrCreateCluster_InstanceMarket is the market instances are bought in.
type EmrCreateCluster_InstanceMarket string

const (
	EmrCreateCluster_InstanceMarket_ON_DEMAND EmrCreateCluster_InstanceMarket = "ON_DEMAND"
	EmrCreateCluster_InstanceMarket_SPOT      EmrCreateCluster_InstanceMarket = "SPOT"
)

// EmrCreateCluster_InstanceRoleType is the role of an instance group or fleet in the cluster.
type EmrCreateCluster_InstanceRoleType string

const (
	EmrCreateCluster_InstanceRoleType_MASTER EmrCreateCluster_InstanceRoleType = "MASTER"
	EmrCreateCluster_InstanceRoleType_CORE   EmrCreateCluster_InstanceRoleType = "CORE"
	EmrCreateCluster_InstanceRoleType_TASK   EmrCreateCluster_InstanceRoleType = "TASK"
)

// EmrCreateCluster_InstanceTypeConfigProperty is an instance type of an instance fleet.
type EmrCreateCluster_InstanceTypeConfigProperty struct {
	InstanceType                        *string                                    `field:"required" json:"instanceType" yaml:"instanceType"`
	BidPrice                            *string                                    `field:"optional" json:"bidPrice" yaml:"bidPrice"`
	BidPriceAsPercentageOfOnDemandPrice *float64                                   `field:"optional" json:"bidPriceAsPercentageOfOnDemandPrice" yaml:"bidPriceAsPercentageOfOnDemandPrice"`
	Configurations                      *[]*EmrCreateCluster_ConfigurationProperty `field:"optional" json:"configurations" yaml:"configurations"`
	EbsConfiguration                    *EmrCreateCluster_EbsConfigurationProperty `field:"optional" json:"ebsConfiguration" yaml:"ebsConfiguration"`
	Priority                            *float64                                   `field:"optional" json:"priority" yaml:"priority"`
	WeightedCapacity                    *float64                                   `field:"optional" json:"weightedCapacity" yaml:"weightedCapacity"`
}

// EmrCreateCluster_InstancesConfigProperty is the instances of the cluster.
type EmrCreateCluster_InstancesConfigProperty struct {
	AdditionalMasterSecurityGroups *[]*string                                       `field:"optional" json:"additionalMasterSecurityGroups" yaml:"additionalMasterSecurityGroups"`
	AdditionalSlaveSecurityGroups  *[]*string                                       `field:"optional" json:"additionalSlaveSecurityGroups" yaml:"additionalSlaveSecurityGroups"`
	Ec2KeyName                     *string                                          `field:"optional" json:"ec2KeyName" yaml:"ec2KeyName"`
	Ec2SubnetId                    *string                                          `field:"optional" json:"ec2SubnetId" yaml:"ec2SubnetId"`
	Ec2SubnetIds                   *[]*string                                       `field:"optional" json:"ec2SubnetIds" yaml:"ec2SubnetIds"`
	EmrManagedMasterSecurityGroup  *string                                          `field:"optional" json:"emrManagedMasterSecurityGroup" yaml:"emrManagedMasterSecurityGroup"`
	EmrManagedSlaveSecurityGroup   *string                                          `field:"optional" json:"emrManagedSlaveSecurityGroup" yaml:"emrManagedSlaveSecurityGroup"`
	HadoopVersion                  *string                                          `field:"optional" json:"hadoopVersion" yaml:"hadoopVersion"`
	InstanceCount                  *float64                                         `field:"optional" json:"instanceCount" yaml:"instanceCount"`
	InstanceFleets                 *[]*EmrCreateCluster_InstanceFleetConfigProperty `field:"optional" json:"instanceFleets" yaml:"instanceFleets"`
	InstanceGroups                 *[]*EmrCreateCluster_InstanceGroupConfigProperty `field:"optional" json:"instanceGroups" yaml:"instanceGroups"`
	MasterInstanceType             *string                                          `field:"optional" json:"masterInstanceType" yaml:"masterInstanceType"`
	Placement                      *EmrCreateCluster_PlacementTypeProperty          `field:"optional" json:"placement" yaml:"placement"`
	ServiceAccessSecurityGroup     *string                                          `field:"optional" json:"serviceAccessSecurityGroup" yaml:"serviceAccessSecurityGroup"`
	SlaveInstanceType              *string                                          `field:"optional" json:"slaveInstanceType" yaml:"slaveInstanceType"`
	TerminationProtected           *bool                                            `field:"optional" json:"terminationProtected" yaml:"terminationProtected"`
}

// EmrCreateCluster_KerberosAttributesProperty is the Kerberos configuration of the cluster.
type EmrCreateCluster_KerberosAttributesProperty struct {
	Realm                            *string `field:"required" json:"realm" yaml:"realm"`
	AdDomainJoinPassword             *string `field:"optional" json:"adDomainJoinPassword" yaml:"adDomainJoinPassword"`
	AdDomainJoinUser                 *string `field:"optional" json:"adDomainJoinUser" yaml:"adDomainJoinUser"`
	CrossRealmTrustPrincipalPassword *string `field:"optional" json:"crossRealmTrustPrincipalPassword" yaml:"crossRealmTrustPrincipalPassword"`
	KdcAdminPassword                 *string `field:"optional" json:"kdcAdminPassword" yaml:"kdcAdminPassword"`
}

// EmrCreateCluster_ManagedScalingComputeLimitsProperty is the limits of managed scaling.
type EmrCreateCluster_ManagedScalingComputeLimitsProperty struct {
	MaximumCapacityUnits         *float64                               `field:"required" json:"maximumCapacityUnits" yaml:"maximumCapacityUnits"`
	MinimumCapacityUnits         *float64                               `field:"required" json:"minimumCapacityUnits" yaml:"minimumCapacityUnits"`
	UnitType                     EmrCreateCluster_ComputeLimitsUnitType `field:"required" json:"unitType" yaml:"unitType"`
	MaximumCoreCapacityUnits     *float64                               `field:"optional" json:"maximumCoreCapacityUnits" yaml:"maximumCoreCapacityUnits"`
	MaximumOnDemandCapacityUnits *float64                               `field:"optional" json:"maximumOnDemandCapacityUnits" yaml:"maximumOnDemandCapacityUnits"`
}

// EmrCreateCluster_ManagedScalingPolicyProperty is the managed scaling policy of the cluster.
type EmrCreateCluster_ManagedScalingPolicyProperty struct {
	ComputeLimits *EmrCreateCluster_ManagedScalingComputeLimitsProperty `field:"optional" json:"computeLimits" yaml:"computeLimits"`
}

// EmrCreateCluster_MetricDimensionProperty is a dimension of a scaling alarm's metric.
type EmrCreateCluster_MetricDimensionProperty struct {
	Key   *string `field:"required" json:"key" yaml:"key"`
	Value *string `field:"required" json:"value" yaml:"value"`
}

// EmrCreateCluster_OnDemandAllocationStrategy is how On-Demand instance types are chosen.
type EmrCreateCluster_OnDemandAllocationStrategy string

const (
	EmrCreateCluster_OnDemandAllocationStrategy_LOWEST_PRICE EmrCreateCluster_OnDemandAllocationStrategy = "LOWEST_PRICE"
	EmrCreateCluster_OnDemandAllocationStrategy_PRIORITIZED  EmrCreateCluster_OnDemandAllocationStrategy = "PRIORITIZED"
)

// EmrCreateCluster_OnDemandProvisioningSpecificationProperty is the On-Demand launch specification of a fleet.
type EmrCreateCluster_OnDemandProvisioningSpecificationProperty struct {
	AllocationStrategy EmrCreateCluster_OnDemandAllocationStrategy `field:"required" json:"allocationStrategy" yaml:"allocationStrategy"`
}

// EmrCreateCluster_PlacementTypeProperty is the Availability Zone(s) of the cluster.
type EmrCreateCluster_PlacementTypeProperty struct {
	AvailabilityZone  *string    `field:"optional" json:"availabilityZone" yaml:"availabilityZone"`
	AvailabilityZones *[]*string `field:"optional" json:"availabilityZones" yaml:"availabilityZones"`
}

// EmrCreateCluster_ScalingActionProperty is what a scaling rule does.
type EmrCreateCluster_ScalingActionProperty struct {
	SimpleScalingPolicyConfiguration *EmrCreateCluster_SimpleScalingPolicyConfigurationProperty `field:"required" json:"simpleScalingPolicyConfiguration" yaml:"simpleScalingPolicyConfiguration"`
	Market                           EmrCreateCluster_InstanceMarket                            `field:"optional" json:"market" yaml:"market"`
}

// EmrCreateCluster_ScalingAdjustmentType is how a scaling adjustment is read.
type EmrCreateCluster_ScalingAdjustmentType string

const (
	EmrCreateCluster_ScalingAdjustmentType_CHANGE_IN_CAPACITY         EmrCreateCluster_ScalingAdjustmentType = "CHANGE_IN_CAPACITY"
	EmrCreateCluster_ScalingAdjustmentType_PERCENT_CHANGE_IN_CAPACITY EmrCreateCluster_ScalingAdjustmentType = "PERCENT_CHANGE_IN_CAPACITY"
	EmrCreateCluster_ScalingAdjustmentType_EXACT_CAPACITY             EmrCreateCluster_ScalingAdjustmentType = "EXACT_CAPACITY"
)

// EmrCreateCluster_ScalingConstraintsProperty is the capacity bounds of an automatic scaling policy.
type EmrCreateCluster_ScalingConstraintsProperty struct {
	MaxCapacity *float64 `field:"required" json:"maxCapacity" yaml:"maxCapacity"`
	MinCapacity *float64 `field:"required" json:"minCapacity" yaml:"minCapacity"`
}

// EmrCreateCluster_ScalingRuleProperty is a rule of an automatic scaling policy.
type EmrCreateCluster_ScalingRuleProperty struct {
	Action      *EmrCreateCluster_ScalingActionProperty  `field:"required" json:"action" yaml:"action"`
	Name        *string                                  `field:"required" json:"name" yaml:"name"`
	Trigger     *EmrCreateCluster_ScalingTriggerProperty `field:"required" json:"trigger" yaml:"trigger"`
	Description *string                                  `field:"optional" json:"description" yaml:"description"`
}

// EmrCreateCluster_ScalingTriggerProperty is what triggers a scaling rule.
type EmrCreateCluster_ScalingTriggerProperty struct {
	CloudWatchAlarmDefinition *EmrCreateCluster_CloudWatchAlarmDefinitionProperty `field:"required" json:"cloudWatchAlarmDefinition" yaml:"cloudWatchAlarmDefinition"`
}

// EmrCreateCluster_ScriptBootstrapActionConfigProperty is the script of a bootstrap action.
type EmrCreateCluster_ScriptBootstrapActionConfigProperty struct {
	Path *string    `field:"required" json:"path" yaml:"path"`
	Args *[]*string `field:"optional" json:"args" yaml:"args"`
}

// EmrCreateCluster_SimpleScalingPolicyConfigurationProperty is the adjustment of a scaling action.
type EmrCreateCluster_SimpleScalingPolicyConfigurationProperty struct {
	ScalingAdjustment *float64                               `field:"required" json:"scalingAdjustment" yaml:"scalingAdjustment"`
	AdjustmentType    EmrCreateCluster_ScalingAdjustmentType `field:"optional" json:"adjustmentType" yaml:"adjustmentType"`
	CoolDown          *float64                               `field:"optional" json:"coolDown" yaml:"coolDown"`
}

// EmrCreateCluster_SpotAllocationStrategy is how Spot instance types are chosen.
type EmrCreateCluster_SpotAllocationStrategy string

const (
	EmrCreateCluster_SpotAllocationStrategy_CAPACITY_OPTIMIZED       EmrCreateCluster_SpotAllocationStrategy = "CAPACITY_OPTIMIZED"
	EmrCreateCluster_SpotAllocationStrategy_PRICE_CAPACITY_OPTIMIZED EmrCreateCluster_SpotAllocationStrategy = "PRICE_CAPACITY_OPTIMIZED"
	EmrCreateCluster_SpotAllocationStrategy_LOWEST_PRICE             EmrCreateCluster_SpotAllocationStrategy = "LOWEST_PRICE"
	EmrCreateCluster_SpotAllocationStrategy_DIVERSIFIED              EmrCreateCluster_SpotAllocationStrategy = "DIVERSIFIED"
)

// EmrCreateCluster_SpotProvisioningSpecificationProperty is the Spot launch specification of a fleet.
type EmrCreateCluster_SpotProvisioningSpecificationProperty struct {
	TimeoutAction          EmrCreateCluster_SpotTimeoutAction      `field:"required" json:"timeoutAction" yaml:"timeoutAction"`
	AllocationStrategy     EmrCreateCluster_SpotAllocationStrategy `field:"optional" json:"allocationStrategy" yaml:"allocationStrategy"`
	BlockDurationMinutes   *float64                                `field:"optional" json:"blockDurationMinutes" yaml:"blockDurationMinutes"`
	Timeout                awscdk.Duration                         `field:"optional" json:"timeout" yaml:"timeout"`
	TimeoutDurationMinutes *float64                                `field:"optional" json:"timeoutDurationMinutes" yaml:"timeoutDurationMinutes"`
}

// EmrCreateCluster_SpotTimeoutAction is what happens when Spot capacity is not provisioned in time.
type EmrCreateCluster_SpotTimeoutAction string

const (
	EmrCreateCluster_SpotTimeoutAction_SWITCH_TO_ON_DEMAND EmrCreateCluster_SpotTimeoutAction = "SWITCH_TO_ON_DEMAND"
	EmrCreateCluster_SpotTimeoutAction_TERMINATE_CLUSTER   EmrCreateCluster_SpotTimeoutAction = "TERMINATE_CLUSTER"
)

// EmrCreateCluster_VolumeSpecificationProperty is the size, type and IOPS of an EBS volume.
type EmrCreateCluster_VolumeSpecificationProperty struct {
	VolumeSize awscdk.Size                               `field:"required" json:"volumeSize" yaml:"volumeSize"`
	VolumeType EmrCreateCluster_EbsBlockDeviceVolumeType `field:"required" json:"volumeType" yaml:"volumeType"`
	Iops       *float64                                  `field:"optional" json:"iops" yaml:"iops"`
}
