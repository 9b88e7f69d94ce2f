package awsefs

// LifecyclePolicy says after how long without access a file moves to a
// colder storage class.
type LifecyclePolicy string

const (
	LifecyclePolicy_AFTER_1_DAY    LifecyclePolicy = "AFTER_1_DAY"
	LifecyclePolicy_AFTER_7_DAYS   LifecyclePolicy = "AFTER_7_DAYS"
	LifecyclePolicy_AFTER_14_DAYS  LifecyclePolicy = "AFTER_14_DAYS"
	LifecyclePolicy_AFTER_30_DAYS  LifecyclePolicy = "AFTER_30_DAYS"
	LifecyclePolicy_AFTER_60_DAYS  LifecyclePolicy = "AFTER_60_DAYS"
	LifecyclePolicy_AFTER_90_DAYS  LifecyclePolicy = "AFTER_90_DAYS"
	LifecyclePolicy_AFTER_180_DAYS LifecyclePolicy = "AFTER_180_DAYS"
	LifecyclePolicy_AFTER_270_DAYS LifecyclePolicy = "AFTER_270_DAYS"
	LifecyclePolicy_AFTER_365_DAYS LifecyclePolicy = "AFTER_365_DAYS"
)

// OutOfInfrequentAccessPolicy says when a file moves back to primary storage.
type OutOfInfrequentAccessPolicy string

const (
	OutOfInfrequentAccessPolicy_AFTER_1_ACCESS OutOfInfrequentAccessPolicy = "AFTER_1_ACCESS"
)

// PerformanceMode is the file system's performance mode.
type PerformanceMode string

const (
	PerformanceMode_GENERAL_PURPOSE PerformanceMode = "GENERAL_PURPOSE"
	PerformanceMode_MAX_IO          PerformanceMode = "MAX_IO"
)

// Go's constants hold the member names; CloudFormation takes these values.
var performanceModeValues = map[PerformanceMode]string{
	PerformanceMode_GENERAL_PURPOSE: "generalPurpose", PerformanceMode_MAX_IO: "maxIO",
}

// ThroughputMode is the file system's throughput mode.
type ThroughputMode string

const (
	ThroughputMode_BURSTING    ThroughputMode = "BURSTING"
	ThroughputMode_PROVISIONED ThroughputMode = "PROVISIONED"
	ThroughputMode_ELASTIC     ThroughputMode = "ELASTIC"
)

var throughputModeValues = map[ThroughputMode]string{
	ThroughputMode_BURSTING: "bursting", ThroughputMode_PROVISIONED: "provisioned", ThroughputMode_ELASTIC: "elastic",
}

// ReplicationOverwriteProtection says whether the file system may become a
// replication destination.
type ReplicationOverwriteProtection string

const (
	ReplicationOverwriteProtection_ENABLED  ReplicationOverwriteProtection = "ENABLED"
	ReplicationOverwriteProtection_DISABLED ReplicationOverwriteProtection = "DISABLED"
)

// enumValue is the value aws-cdk-lib gives an enum member.
func enumValue[E ~string](values map[E]string, e E) *string {
	if e == "" {
		return nil
	}
	if v, ok := values[e]; ok {
		return &v
	}
	s := string(e)
	return &s
}
