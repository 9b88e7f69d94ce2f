package awsrds

// InstanceType says whether a cluster instance is provisioned or Serverless v2.
type InstanceType string

const (
	InstanceType_PROVISIONED   InstanceType = "PROVISIONED"
	InstanceType_SERVERLESS_V2 InstanceType = "SERVERLESS_V2"
)

// PerformanceInsightRetention is how long Performance Insights data is kept.
type PerformanceInsightRetention string

const (
	PerformanceInsightRetention_DEFAULT   PerformanceInsightRetention = "DEFAULT"
	PerformanceInsightRetention_MONTHS_1  PerformanceInsightRetention = "MONTHS_1"
	PerformanceInsightRetention_MONTHS_2  PerformanceInsightRetention = "MONTHS_2"
	PerformanceInsightRetention_MONTHS_3  PerformanceInsightRetention = "MONTHS_3"
	PerformanceInsightRetention_MONTHS_4  PerformanceInsightRetention = "MONTHS_4"
	PerformanceInsightRetention_MONTHS_5  PerformanceInsightRetention = "MONTHS_5"
	PerformanceInsightRetention_MONTHS_6  PerformanceInsightRetention = "MONTHS_6"
	PerformanceInsightRetention_MONTHS_7  PerformanceInsightRetention = "MONTHS_7"
	PerformanceInsightRetention_MONTHS_8  PerformanceInsightRetention = "MONTHS_8"
	PerformanceInsightRetention_MONTHS_9  PerformanceInsightRetention = "MONTHS_9"
	PerformanceInsightRetention_MONTHS_10 PerformanceInsightRetention = "MONTHS_10"
	PerformanceInsightRetention_MONTHS_11 PerformanceInsightRetention = "MONTHS_11"
	PerformanceInsightRetention_MONTHS_12 PerformanceInsightRetention = "MONTHS_12"
	PerformanceInsightRetention_MONTHS_13 PerformanceInsightRetention = "MONTHS_13"
	PerformanceInsightRetention_MONTHS_14 PerformanceInsightRetention = "MONTHS_14"
	PerformanceInsightRetention_MONTHS_15 PerformanceInsightRetention = "MONTHS_15"
	PerformanceInsightRetention_MONTHS_16 PerformanceInsightRetention = "MONTHS_16"
	PerformanceInsightRetention_MONTHS_17 PerformanceInsightRetention = "MONTHS_17"
	PerformanceInsightRetention_MONTHS_18 PerformanceInsightRetention = "MONTHS_18"
	PerformanceInsightRetention_MONTHS_19 PerformanceInsightRetention = "MONTHS_19"
	PerformanceInsightRetention_MONTHS_20 PerformanceInsightRetention = "MONTHS_20"
	PerformanceInsightRetention_MONTHS_21 PerformanceInsightRetention = "MONTHS_21"
	PerformanceInsightRetention_MONTHS_22 PerformanceInsightRetention = "MONTHS_22"
	PerformanceInsightRetention_MONTHS_23 PerformanceInsightRetention = "MONTHS_23"
	PerformanceInsightRetention_LONG_TERM PerformanceInsightRetention = "LONG_TERM"
)

// retentionDays are the days each retention stands for.
var retentionDays = map[PerformanceInsightRetention]float64{
	PerformanceInsightRetention_DEFAULT:   7,
	PerformanceInsightRetention_MONTHS_1:  31,
	PerformanceInsightRetention_MONTHS_2:  62,
	PerformanceInsightRetention_MONTHS_3:  93,
	PerformanceInsightRetention_MONTHS_4:  124,
	PerformanceInsightRetention_MONTHS_5:  155,
	PerformanceInsightRetention_MONTHS_6:  186,
	PerformanceInsightRetention_MONTHS_7:  217,
	PerformanceInsightRetention_MONTHS_8:  248,
	PerformanceInsightRetention_MONTHS_9:  279,
	PerformanceInsightRetention_MONTHS_10: 310,
	PerformanceInsightRetention_MONTHS_11: 341,
	PerformanceInsightRetention_MONTHS_12: 372,
	PerformanceInsightRetention_MONTHS_13: 403,
	PerformanceInsightRetention_MONTHS_14: 434,
	PerformanceInsightRetention_MONTHS_15: 465,
	PerformanceInsightRetention_MONTHS_16: 496,
	PerformanceInsightRetention_MONTHS_17: 527,
	PerformanceInsightRetention_MONTHS_18: 558,
	PerformanceInsightRetention_MONTHS_19: 589,
	PerformanceInsightRetention_MONTHS_20: 620,
	PerformanceInsightRetention_MONTHS_21: 651,
	PerformanceInsightRetention_MONTHS_22: 682,
	PerformanceInsightRetention_MONTHS_23: 713,
	PerformanceInsightRetention_LONG_TERM: 731,
}

// DBClusterStorageType is the storage type of an Aurora cluster.
type DBClusterStorageType string

const (
	DBClusterStorageType_AURORA_IOPT1 DBClusterStorageType = "AURORA_IOPT1"
	DBClusterStorageType_AURORA       DBClusterStorageType = "AURORA"
)

var clusterStorageTypes = map[DBClusterStorageType]string{
	DBClusterStorageType_AURORA_IOPT1: "aurora-iopt1", DBClusterStorageType_AURORA: "aurora",
}

// NetworkType is the network type of a database.
type NetworkType string

const (
	NetworkType_IPV4 NetworkType = "IPV4"
	NetworkType_DUAL NetworkType = "DUAL"
	NetworkType_IPV6 NetworkType = "IPV6"
)

// EngineLifecycleSupport is the support lifecycle of a database.
type EngineLifecycleSupport string

const (
	EngineLifecycleSupport_OPEN_SOURCE_RDS_EXTENDED_SUPPORT          EngineLifecycleSupport = "OPEN_SOURCE_RDS_EXTENDED_SUPPORT"
	EngineLifecycleSupport_OPEN_SOURCE_RDS_EXTENDED_SUPPORT_DISABLED EngineLifecycleSupport = "OPEN_SOURCE_RDS_EXTENDED_SUPPORT_DISABLED"
)

var lifecycleValues = map[EngineLifecycleSupport]string{
	EngineLifecycleSupport_OPEN_SOURCE_RDS_EXTENDED_SUPPORT:          "open-source-rds-extended-support",
	EngineLifecycleSupport_OPEN_SOURCE_RDS_EXTENDED_SUPPORT_DISABLED: "open-source-rds-extended-support-disabled",
}

// StorageType is the storage type of a DB instance.
type StorageType string

const (
	StorageType_STANDARD StorageType = "STANDARD"
	StorageType_GP2      StorageType = "GP2"
	StorageType_GP3      StorageType = "GP3"
	StorageType_IO1      StorageType = "IO1"
	StorageType_IO2      StorageType = "IO2"
)

var storageTypes = map[StorageType]string{
	StorageType_STANDARD: "standard", StorageType_GP2: "gp2", StorageType_GP3: "gp3", StorageType_IO1: "io1", StorageType_IO2: "io2",
}

// LicenseModel is the license model of a DB instance.
type LicenseModel string

const (
	LicenseModel_LICENSE_INCLUDED       LicenseModel = "LICENSE_INCLUDED"
	LicenseModel_BRING_YOUR_OWN_LICENSE LicenseModel = "BRING_YOUR_OWN_LICENSE"
	LicenseModel_GENERAL_PUBLIC_LICENSE LicenseModel = "GENERAL_PUBLIC_LICENSE"
)

var licenseModels = map[LicenseModel]string{
	LicenseModel_LICENSE_INCLUDED: "license-included", LicenseModel_BRING_YOUR_OWN_LICENSE: "bring-your-own-license",
	LicenseModel_GENERAL_PUBLIC_LICENSE: "general-public-license",
}

// AuroraCapacityUnit is a capacity of Aurora Serverless v1 (ServerlessCluster).
type AuroraCapacityUnit string

const (
	AuroraCapacityUnit_ACU_1   AuroraCapacityUnit = "ACU_1"
	AuroraCapacityUnit_ACU_2   AuroraCapacityUnit = "ACU_2"
	AuroraCapacityUnit_ACU_4   AuroraCapacityUnit = "ACU_4"
	AuroraCapacityUnit_ACU_8   AuroraCapacityUnit = "ACU_8"
	AuroraCapacityUnit_ACU_16  AuroraCapacityUnit = "ACU_16"
	AuroraCapacityUnit_ACU_32  AuroraCapacityUnit = "ACU_32"
	AuroraCapacityUnit_ACU_64  AuroraCapacityUnit = "ACU_64"
	AuroraCapacityUnit_ACU_128 AuroraCapacityUnit = "ACU_128"
	AuroraCapacityUnit_ACU_192 AuroraCapacityUnit = "ACU_192"
	AuroraCapacityUnit_ACU_256 AuroraCapacityUnit = "ACU_256"
	AuroraCapacityUnit_ACU_384 AuroraCapacityUnit = "ACU_384"
)

// TimeoutAction is what Aurora Serverless v1 does when scaling times out.
type TimeoutAction string

const (
	TimeoutAction_ROLLBACK_CAPACITY_CHANGE    TimeoutAction = "ROLLBACK_CAPACITY_CHANGE"
	TimeoutAction_FORCE_APPLY_CAPACITY_CHANGE TimeoutAction = "FORCE_APPLY_CAPACITY_CHANGE"
)

// ClientPasswordAuthType is how an RDS proxy authenticates clients.
type ClientPasswordAuthType string

const (
	ClientPasswordAuthType_MYSQL_NATIVE_PASSWORD       ClientPasswordAuthType = "MYSQL_NATIVE_PASSWORD"
	ClientPasswordAuthType_MYSQL_CACHING_SHA2_PASSWORD ClientPasswordAuthType = "MYSQL_CACHING_SHA2_PASSWORD"
	ClientPasswordAuthType_POSTGRES_SCRAM_SHA_256      ClientPasswordAuthType = "POSTGRES_SCRAM_SHA_256"
	ClientPasswordAuthType_POSTGRES_MD5                ClientPasswordAuthType = "POSTGRES_MD5"
	ClientPasswordAuthType_SQL_SERVER_AUTHENTICATION   ClientPasswordAuthType = "SQL_SERVER_AUTHENTICATION"
)

// DefaultAuthScheme is an RDS proxy's default authentication scheme.
type DefaultAuthScheme string

const (
	DefaultAuthScheme_IAM_AUTH DefaultAuthScheme = "IAM_AUTH"
	DefaultAuthScheme_NONE     DefaultAuthScheme = "NONE"
)

// ProxyEndpointTargetRole is the role of an RDS proxy endpoint.
type ProxyEndpointTargetRole string

const (
	ProxyEndpointTargetRole_READ_WRITE ProxyEndpointTargetRole = "READ_WRITE"
	ProxyEndpointTargetRole_READ_ONLY  ProxyEndpointTargetRole = "READ_ONLY"
)
