package awsautoscaling

// The enums carry aws-cdk-go's constant names; the maps turn them into the
// values CloudFormation takes (aws-cdk-lib's enum values).

// AdditionalHealthCheckType is a health check besides EC2's.
type AdditionalHealthCheckType string

const (
	AdditionalHealthCheckType_ELB         AdditionalHealthCheckType = "ELB"
	AdditionalHealthCheckType_EBS         AdditionalHealthCheckType = "EBS"
	AdditionalHealthCheckType_VPC_LATTICE AdditionalHealthCheckType = "VPC_LATTICE"
)

// AdjustmentType is how a step scaling adjustment changes the capacity.
type AdjustmentType string

const (
	AdjustmentType_CHANGE_IN_CAPACITY         AdjustmentType = "CHANGE_IN_CAPACITY"
	AdjustmentType_PERCENT_CHANGE_IN_CAPACITY AdjustmentType = "PERCENT_CHANGE_IN_CAPACITY"
	AdjustmentType_EXACT_CAPACITY             AdjustmentType = "EXACT_CAPACITY"
)

var adjustmentTypeValue = map[AdjustmentType]string{
	AdjustmentType_CHANGE_IN_CAPACITY: "ChangeInCapacity", AdjustmentType_PERCENT_CHANGE_IN_CAPACITY: "PercentChangeInCapacity",
	AdjustmentType_EXACT_CAPACITY: "ExactCapacity",
}

// CapacityDistributionStrategy is how instances spread over Availability Zones.
type CapacityDistributionStrategy string

const (
	CapacityDistributionStrategy_BALANCED_ONLY        CapacityDistributionStrategy = "BALANCED_ONLY"
	CapacityDistributionStrategy_BALANCED_BEST_EFFORT CapacityDistributionStrategy = "BALANCED_BEST_EFFORT"
)

var capacityDistributionValue = map[CapacityDistributionStrategy]string{
	CapacityDistributionStrategy_BALANCED_ONLY: "balanced-only", CapacityDistributionStrategy_BALANCED_BEST_EFFORT: "balanced-best-effort",
}

// DefaultResult is what a lifecycle hook does when it times out.
type DefaultResult string

const (
	DefaultResult_CONTINUE DefaultResult = "CONTINUE"
	DefaultResult_ABANDON  DefaultResult = "ABANDON"
)

// DeletionProtection guards the group against deletion.
type DeletionProtection string

const (
	DeletionProtection_NONE                   DeletionProtection = "NONE"
	DeletionProtection_PREVENT_FORCE_DELETION DeletionProtection = "PREVENT_FORCE_DELETION"
	DeletionProtection_PREVENT_ALL_DELETION   DeletionProtection = "PREVENT_ALL_DELETION"
)

var deletionProtectionValue = map[DeletionProtection]string{
	DeletionProtection_NONE: "none", DeletionProtection_PREVENT_FORCE_DELETION: "prevent-force-deletion",
	DeletionProtection_PREVENT_ALL_DELETION: "prevent-all-deletion",
}

// EbsDeviceVolumeType is an EBS volume type.
type EbsDeviceVolumeType string

const (
	EbsDeviceVolumeType_STANDARD EbsDeviceVolumeType = "STANDARD"
	EbsDeviceVolumeType_IO1      EbsDeviceVolumeType = "IO1"
	EbsDeviceVolumeType_GP2      EbsDeviceVolumeType = "GP2"
	EbsDeviceVolumeType_GP3      EbsDeviceVolumeType = "GP3"
	EbsDeviceVolumeType_ST1      EbsDeviceVolumeType = "ST1"
	EbsDeviceVolumeType_SC1      EbsDeviceVolumeType = "SC1"
)

var volumeTypeValue = map[EbsDeviceVolumeType]string{
	EbsDeviceVolumeType_STANDARD: "standard", EbsDeviceVolumeType_IO1: "io1", EbsDeviceVolumeType_GP2: "gp2",
	EbsDeviceVolumeType_GP3: "gp3", EbsDeviceVolumeType_ST1: "st1", EbsDeviceVolumeType_SC1: "sc1",
}

// InstanceRefreshStrategy is how an instance refresh replaces instances.
type InstanceRefreshStrategy string

const (
	InstanceRefreshStrategy_ROLLING             InstanceRefreshStrategy = "ROLLING"
	InstanceRefreshStrategy_REPLACE_ROOT_VOLUME InstanceRefreshStrategy = "REPLACE_ROOT_VOLUME"
)

var refreshStrategyValue = map[InstanceRefreshStrategy]string{
	InstanceRefreshStrategy_ROLLING: "Rolling", InstanceRefreshStrategy_REPLACE_ROOT_VOLUME: "ReplaceRootVolume",
}

// LifecycleTransition is the instance state a lifecycle hook runs at.
type LifecycleTransition string

const (
	LifecycleTransition_INSTANCE_LAUNCHING   LifecycleTransition = "INSTANCE_LAUNCHING"
	LifecycleTransition_INSTANCE_TERMINATING LifecycleTransition = "INSTANCE_TERMINATING"
)

var transitionValue = map[LifecycleTransition]string{
	LifecycleTransition_INSTANCE_LAUNCHING: "autoscaling:EC2_INSTANCE_LAUNCHING", LifecycleTransition_INSTANCE_TERMINATING: "autoscaling:EC2_INSTANCE_TERMINATING",
}

// MetricAggregationType is how a step scaling policy aggregates its metric.
type MetricAggregationType string

const (
	MetricAggregationType_AVERAGE MetricAggregationType = "AVERAGE"
	MetricAggregationType_MINIMUM MetricAggregationType = "MINIMUM"
	MetricAggregationType_MAXIMUM MetricAggregationType = "MAXIMUM"
)

var aggregationValue = map[MetricAggregationType]string{
	MetricAggregationType_AVERAGE: "Average", MetricAggregationType_MINIMUM: "Minimum", MetricAggregationType_MAXIMUM: "Maximum",
}

// Monitoring is the instances' CloudWatch monitoring level.
type Monitoring string

const (
	Monitoring_BASIC    Monitoring = "BASIC"
	Monitoring_DETAILED Monitoring = "DETAILED"
)

// OnDemandAllocationStrategy is how On-Demand capacity is filled.
type OnDemandAllocationStrategy string

const (
	OnDemandAllocationStrategy_PRIORITIZED  OnDemandAllocationStrategy = "PRIORITIZED"
	OnDemandAllocationStrategy_LOWEST_PRICE OnDemandAllocationStrategy = "LOWEST_PRICE"
)

var onDemandValue = map[OnDemandAllocationStrategy]string{
	OnDemandAllocationStrategy_PRIORITIZED: "prioritized", OnDemandAllocationStrategy_LOWEST_PRICE: "lowest-price",
}

// PoolState is the state of instances in a warm pool.
type PoolState string

const (
	PoolState_HIBERNATED PoolState = "HIBERNATED"
	PoolState_RUNNING    PoolState = "RUNNING"
	PoolState_STOPPED    PoolState = "STOPPED"
)

var poolStateValue = map[PoolState]string{PoolState_HIBERNATED: "Hibernated", PoolState_RUNNING: "Running", PoolState_STOPPED: "Stopped"}

// PredefinedMetric is a metric target tracking can follow without a custom metric.
type PredefinedMetric string

const (
	PredefinedMetric_ASG_AVERAGE_CPU_UTILIZATION  PredefinedMetric = "ASG_AVERAGE_CPU_UTILIZATION"
	PredefinedMetric_ASG_AVERAGE_NETWORK_IN       PredefinedMetric = "ASG_AVERAGE_NETWORK_IN"
	PredefinedMetric_ASG_AVERAGE_NETWORK_OUT      PredefinedMetric = "ASG_AVERAGE_NETWORK_OUT"
	PredefinedMetric_ALB_REQUEST_COUNT_PER_TARGET PredefinedMetric = "ALB_REQUEST_COUNT_PER_TARGET"
)

var predefinedMetricValue = map[PredefinedMetric]string{
	PredefinedMetric_ASG_AVERAGE_CPU_UTILIZATION: "ASGAverageCPUUtilization", PredefinedMetric_ASG_AVERAGE_NETWORK_IN: "ASGAverageNetworkIn",
	PredefinedMetric_ASG_AVERAGE_NETWORK_OUT: "ASGAverageNetworkOut", PredefinedMetric_ALB_REQUEST_COUNT_PER_TARGET: "ALBRequestCountPerTarget",
}

// ScaleInProtectedInstances is what an instance refresh does with scale-in protected instances.
type ScaleInProtectedInstances string

const (
	ScaleInProtectedInstances_REFRESH ScaleInProtectedInstances = "REFRESH"
	ScaleInProtectedInstances_IGNORE  ScaleInProtectedInstances = "IGNORE"
	ScaleInProtectedInstances_WAIT    ScaleInProtectedInstances = "WAIT"
)

var scaleInProtectedValue = map[ScaleInProtectedInstances]string{
	ScaleInProtectedInstances_REFRESH: "Refresh", ScaleInProtectedInstances_IGNORE: "Ignore", ScaleInProtectedInstances_WAIT: "Wait",
}

// ScalingEvent is a group event a notification can report.
type ScalingEvent string

const (
	ScalingEvent_INSTANCE_LAUNCH          ScalingEvent = "INSTANCE_LAUNCH"
	ScalingEvent_INSTANCE_TERMINATE       ScalingEvent = "INSTANCE_TERMINATE"
	ScalingEvent_INSTANCE_TERMINATE_ERROR ScalingEvent = "INSTANCE_TERMINATE_ERROR"
	ScalingEvent_INSTANCE_LAUNCH_ERROR    ScalingEvent = "INSTANCE_LAUNCH_ERROR"
	ScalingEvent_TEST_NOTIFICATION        ScalingEvent = "TEST_NOTIFICATION"
)

var scalingEventValue = map[ScalingEvent]string{
	ScalingEvent_INSTANCE_LAUNCH: "autoscaling:EC2_INSTANCE_LAUNCH", ScalingEvent_INSTANCE_TERMINATE: "autoscaling:EC2_INSTANCE_TERMINATE",
	ScalingEvent_INSTANCE_TERMINATE_ERROR: "autoscaling:EC2_INSTANCE_TERMINATE_ERROR", ScalingEvent_INSTANCE_LAUNCH_ERROR: "autoscaling:EC2_INSTANCE_LAUNCH_ERROR",
	ScalingEvent_TEST_NOTIFICATION: "autoscaling:TEST_NOTIFICATION",
}

// ScalingProcess is a process a rolling update can suspend.
type ScalingProcess string

const (
	ScalingProcess_LAUNCH               ScalingProcess = "LAUNCH"
	ScalingProcess_TERMINATE            ScalingProcess = "TERMINATE"
	ScalingProcess_HEALTH_CHECK         ScalingProcess = "HEALTH_CHECK"
	ScalingProcess_REPLACE_UNHEALTHY    ScalingProcess = "REPLACE_UNHEALTHY"
	ScalingProcess_AZ_REBALANCE         ScalingProcess = "AZ_REBALANCE"
	ScalingProcess_ALARM_NOTIFICATION   ScalingProcess = "ALARM_NOTIFICATION"
	ScalingProcess_SCHEDULED_ACTIONS    ScalingProcess = "SCHEDULED_ACTIONS"
	ScalingProcess_ADD_TO_LOAD_BALANCER ScalingProcess = "ADD_TO_LOAD_BALANCER"
	ScalingProcess_INSTANCE_REFRESH     ScalingProcess = "INSTANCE_REFRESH"
)

var scalingProcessValue = map[ScalingProcess]string{
	ScalingProcess_LAUNCH: "Launch", ScalingProcess_TERMINATE: "Terminate", ScalingProcess_HEALTH_CHECK: "HealthCheck",
	ScalingProcess_REPLACE_UNHEALTHY: "ReplaceUnhealthy", ScalingProcess_AZ_REBALANCE: "AZRebalance",
	ScalingProcess_ALARM_NOTIFICATION: "AlarmNotification", ScalingProcess_SCHEDULED_ACTIONS: "ScheduledActions",
	ScalingProcess_ADD_TO_LOAD_BALANCER: "AddToLoadBalancer", ScalingProcess_INSTANCE_REFRESH: "InstanceRefresh",
}

// SpotAllocationStrategy is how Spot capacity is filled.
type SpotAllocationStrategy string

const (
	SpotAllocationStrategy_LOWEST_PRICE                   SpotAllocationStrategy = "LOWEST_PRICE"
	SpotAllocationStrategy_CAPACITY_OPTIMIZED             SpotAllocationStrategy = "CAPACITY_OPTIMIZED"
	SpotAllocationStrategy_CAPACITY_OPTIMIZED_PRIORITIZED SpotAllocationStrategy = "CAPACITY_OPTIMIZED_PRIORITIZED"
	SpotAllocationStrategy_PRICE_CAPACITY_OPTIMIZED       SpotAllocationStrategy = "PRICE_CAPACITY_OPTIMIZED"
)

var spotValue = map[SpotAllocationStrategy]string{
	SpotAllocationStrategy_LOWEST_PRICE: "lowest-price", SpotAllocationStrategy_CAPACITY_OPTIMIZED: "capacity-optimized",
	SpotAllocationStrategy_CAPACITY_OPTIMIZED_PRIORITIZED: "capacity-optimized-prioritized",
	SpotAllocationStrategy_PRICE_CAPACITY_OPTIMIZED:       "price-capacity-optimized",
}

// StandbyInstances is what an instance refresh does with instances in standby.
type StandbyInstances string

const (
	StandbyInstances_TERMINATE StandbyInstances = "TERMINATE"
	StandbyInstances_IGNORE    StandbyInstances = "IGNORE"
	StandbyInstances_WAIT      StandbyInstances = "WAIT"
)

var standbyValue = map[StandbyInstances]string{StandbyInstances_TERMINATE: "Terminate", StandbyInstances_IGNORE: "Ignore", StandbyInstances_WAIT: "Wait"}

// TerminateHookAbandonAction is what happens to an instance whose terminate hook is abandoned.
type TerminateHookAbandonAction string

const (
	TerminateHookAbandonAction_RETAIN    TerminateHookAbandonAction = "RETAIN"
	TerminateHookAbandonAction_TERMINATE TerminateHookAbandonAction = "TERMINATE"
)

var abandonValue = map[TerminateHookAbandonAction]string{TerminateHookAbandonAction_RETAIN: "retain", TerminateHookAbandonAction_TERMINATE: "terminate"}

// TerminationPolicy chooses the instances to terminate on scale-in.
type TerminationPolicy string

const (
	TerminationPolicy_ALLOCATION_STRATEGY           TerminationPolicy = "ALLOCATION_STRATEGY"
	TerminationPolicy_CLOSEST_TO_NEXT_INSTANCE_HOUR TerminationPolicy = "CLOSEST_TO_NEXT_INSTANCE_HOUR"
	TerminationPolicy_DEFAULT                       TerminationPolicy = "DEFAULT"
	TerminationPolicy_NEWEST_INSTANCE               TerminationPolicy = "NEWEST_INSTANCE"
	TerminationPolicy_OLDEST_INSTANCE               TerminationPolicy = "OLDEST_INSTANCE"
	TerminationPolicy_OLDEST_LAUNCH_CONFIGURATION   TerminationPolicy = "OLDEST_LAUNCH_CONFIGURATION"
	TerminationPolicy_OLDEST_LAUNCH_TEMPLATE        TerminationPolicy = "OLDEST_LAUNCH_TEMPLATE"
	TerminationPolicy_CUSTOM_LAMBDA_FUNCTION        TerminationPolicy = "CUSTOM_LAMBDA_FUNCTION"
)

var terminationPolicyValue = map[TerminationPolicy]string{
	TerminationPolicy_ALLOCATION_STRATEGY: "AllocationStrategy", TerminationPolicy_CLOSEST_TO_NEXT_INSTANCE_HOUR: "ClosestToNextInstanceHour",
	TerminationPolicy_DEFAULT: "Default", TerminationPolicy_NEWEST_INSTANCE: "NewestInstance", TerminationPolicy_OLDEST_INSTANCE: "OldestInstance",
	TerminationPolicy_OLDEST_LAUNCH_CONFIGURATION: "OldestLaunchConfiguration", TerminationPolicy_OLDEST_LAUNCH_TEMPLATE: "OldestLaunchTemplate",
	TerminationPolicy_CUSTOM_LAMBDA_FUNCTION: "CustomLambdaFunction",
}

// enumValue is m[v], or nil when v is unset (an unknown value passes through,
// as a jsii program passing a raw string would).
func enumValue[T ~string](m map[T]string, v T) *string {
	if v == "" {
		return nil
	}
	if s, ok := m[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}
