package awsrds

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsrds"
)

// DatabaseInstanceNewProps are the settings every new instance takes (a
// read replica, one from a snapshot or a fresh one). aws-cdk-lib's
// DatabaseInstanceProps extends them; Go, as aws-cdk-go, flattens the
// hierarchy, so no constructor takes this type directly.
type DatabaseInstanceNewProps struct {
	Vpc                             awsec2.IVpc                        `field:"required" json:"vpc" yaml:"vpc"`
	ApplyImmediately                *bool                              `field:"optional" json:"applyImmediately" yaml:"applyImmediately"`
	AutoMinorVersionUpgrade         *bool                              `field:"optional" json:"autoMinorVersionUpgrade" yaml:"autoMinorVersionUpgrade"`
	AvailabilityZone                *string                            `field:"optional" json:"availabilityZone" yaml:"availabilityZone"`
	BackupRetention                 awscdk.Duration                    `field:"optional" json:"backupRetention" yaml:"backupRetention"`
	CaCertificate                   CaCertificate                      `field:"optional" json:"caCertificate" yaml:"caCertificate"`
	CloudwatchLogsExports           *[]*string                         `field:"optional" json:"cloudwatchLogsExports" yaml:"cloudwatchLogsExports"`
	CloudwatchLogsRetention         awslogs.RetentionDays              `field:"optional" json:"cloudwatchLogsRetention" yaml:"cloudwatchLogsRetention"`
	CloudwatchLogsRetentionRole     awsiam.IRole                       `field:"optional" json:"cloudwatchLogsRetentionRole" yaml:"cloudwatchLogsRetentionRole"`
	CopyTagsToSnapshot              *bool                              `field:"optional" json:"copyTagsToSnapshot" yaml:"copyTagsToSnapshot"`
	DatabaseInsightsMode            DatabaseInsightsMode               `field:"optional" json:"databaseInsightsMode" yaml:"databaseInsightsMode"`
	DeleteAutomatedBackups          *bool                              `field:"optional" json:"deleteAutomatedBackups" yaml:"deleteAutomatedBackups"`
	DeletionProtection              *bool                              `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	Domain                          *string                            `field:"optional" json:"domain" yaml:"domain"`
	DomainRole                      interfacesawsiam.IRoleRef          `field:"optional" json:"domainRole" yaml:"domainRole"`
	EnablePerformanceInsights       *bool                              `field:"optional" json:"enablePerformanceInsights" yaml:"enablePerformanceInsights"`
	EngineLifecycleSupport          EngineLifecycleSupport             `field:"optional" json:"engineLifecycleSupport" yaml:"engineLifecycleSupport"`
	IamAuthentication               *bool                              `field:"optional" json:"iamAuthentication" yaml:"iamAuthentication"`
	InstanceIdentifier              *string                            `field:"optional" json:"instanceIdentifier" yaml:"instanceIdentifier"`
	Iops                            *float64                           `field:"optional" json:"iops" yaml:"iops"`
	MaxAllocatedStorage             *float64                           `field:"optional" json:"maxAllocatedStorage" yaml:"maxAllocatedStorage"`
	MonitoringInterval              awscdk.Duration                    `field:"optional" json:"monitoringInterval" yaml:"monitoringInterval"`
	MonitoringRole                  interfacesawsiam.IRoleRef          `field:"optional" json:"monitoringRole" yaml:"monitoringRole"`
	MultiAz                         *bool                              `field:"optional" json:"multiAz" yaml:"multiAz"`
	NetworkType                     NetworkType                        `field:"optional" json:"networkType" yaml:"networkType"`
	OptionGroup                     IOptionGroup                       `field:"optional" json:"optionGroup" yaml:"optionGroup"`
	ParameterGroup                  IParameterGroup                    `field:"optional" json:"parameterGroup" yaml:"parameterGroup"`
	PerformanceInsightEncryptionKey interfacesawskms.IKeyRef           `field:"optional" json:"performanceInsightEncryptionKey" yaml:"performanceInsightEncryptionKey"`
	PerformanceInsightRetention     PerformanceInsightRetention        `field:"optional" json:"performanceInsightRetention" yaml:"performanceInsightRetention"`
	Port                            *float64                           `field:"optional" json:"port" yaml:"port"`
	PreferredBackupWindow           *string                            `field:"optional" json:"preferredBackupWindow" yaml:"preferredBackupWindow"`
	PreferredMaintenanceWindow      *string                            `field:"optional" json:"preferredMaintenanceWindow" yaml:"preferredMaintenanceWindow"`
	ProcessorFeatures               *ProcessorFeatures                 `field:"optional" json:"processorFeatures" yaml:"processorFeatures"`
	PubliclyAccessible              *bool                              `field:"optional" json:"publiclyAccessible" yaml:"publiclyAccessible"`
	RemovalPolicy                   awscdk.RemovalPolicy               `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	S3ExportBuckets                 *[]awss3.IBucket                   `field:"optional" json:"s3ExportBuckets" yaml:"s3ExportBuckets"`
	S3ExportRole                    awsiam.IRole                       `field:"optional" json:"s3ExportRole" yaml:"s3ExportRole"`
	S3ImportBuckets                 *[]awss3.IBucket                   `field:"optional" json:"s3ImportBuckets" yaml:"s3ImportBuckets"`
	S3ImportRole                    awsiam.IRole                       `field:"optional" json:"s3ImportRole" yaml:"s3ImportRole"`
	SecurityGroups                  *[]awsec2.ISecurityGroup           `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	StorageThroughput               *float64                           `field:"optional" json:"storageThroughput" yaml:"storageThroughput"`
	StorageType                     StorageType                        `field:"optional" json:"storageType" yaml:"storageType"`
	SubnetGroup                     interfacesawsrds.IDBSubnetGroupRef `field:"optional" json:"subnetGroup" yaml:"subnetGroup"`
	VpcSubnets                      *awsec2.SubnetSelection            `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// DatabaseInstanceSourceProps are DatabaseInstanceNewProps plus the
// settings of an instance that is not a read replica (engine, storage,
// credentials' options). No constructor takes this type directly either.
type DatabaseInstanceSourceProps struct {
	Vpc                             awsec2.IVpc                        `field:"required" json:"vpc" yaml:"vpc"`
	ApplyImmediately                *bool                              `field:"optional" json:"applyImmediately" yaml:"applyImmediately"`
	AutoMinorVersionUpgrade         *bool                              `field:"optional" json:"autoMinorVersionUpgrade" yaml:"autoMinorVersionUpgrade"`
	AvailabilityZone                *string                            `field:"optional" json:"availabilityZone" yaml:"availabilityZone"`
	BackupRetention                 awscdk.Duration                    `field:"optional" json:"backupRetention" yaml:"backupRetention"`
	CaCertificate                   CaCertificate                      `field:"optional" json:"caCertificate" yaml:"caCertificate"`
	CloudwatchLogsExports           *[]*string                         `field:"optional" json:"cloudwatchLogsExports" yaml:"cloudwatchLogsExports"`
	CloudwatchLogsRetention         awslogs.RetentionDays              `field:"optional" json:"cloudwatchLogsRetention" yaml:"cloudwatchLogsRetention"`
	CloudwatchLogsRetentionRole     awsiam.IRole                       `field:"optional" json:"cloudwatchLogsRetentionRole" yaml:"cloudwatchLogsRetentionRole"`
	CopyTagsToSnapshot              *bool                              `field:"optional" json:"copyTagsToSnapshot" yaml:"copyTagsToSnapshot"`
	DatabaseInsightsMode            DatabaseInsightsMode               `field:"optional" json:"databaseInsightsMode" yaml:"databaseInsightsMode"`
	DeleteAutomatedBackups          *bool                              `field:"optional" json:"deleteAutomatedBackups" yaml:"deleteAutomatedBackups"`
	DeletionProtection              *bool                              `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	Domain                          *string                            `field:"optional" json:"domain" yaml:"domain"`
	DomainRole                      interfacesawsiam.IRoleRef          `field:"optional" json:"domainRole" yaml:"domainRole"`
	EnablePerformanceInsights       *bool                              `field:"optional" json:"enablePerformanceInsights" yaml:"enablePerformanceInsights"`
	EngineLifecycleSupport          EngineLifecycleSupport             `field:"optional" json:"engineLifecycleSupport" yaml:"engineLifecycleSupport"`
	IamAuthentication               *bool                              `field:"optional" json:"iamAuthentication" yaml:"iamAuthentication"`
	InstanceIdentifier              *string                            `field:"optional" json:"instanceIdentifier" yaml:"instanceIdentifier"`
	Iops                            *float64                           `field:"optional" json:"iops" yaml:"iops"`
	MaxAllocatedStorage             *float64                           `field:"optional" json:"maxAllocatedStorage" yaml:"maxAllocatedStorage"`
	MonitoringInterval              awscdk.Duration                    `field:"optional" json:"monitoringInterval" yaml:"monitoringInterval"`
	MonitoringRole                  interfacesawsiam.IRoleRef          `field:"optional" json:"monitoringRole" yaml:"monitoringRole"`
	MultiAz                         *bool                              `field:"optional" json:"multiAz" yaml:"multiAz"`
	NetworkType                     NetworkType                        `field:"optional" json:"networkType" yaml:"networkType"`
	OptionGroup                     IOptionGroup                       `field:"optional" json:"optionGroup" yaml:"optionGroup"`
	ParameterGroup                  IParameterGroup                    `field:"optional" json:"parameterGroup" yaml:"parameterGroup"`
	PerformanceInsightEncryptionKey interfacesawskms.IKeyRef           `field:"optional" json:"performanceInsightEncryptionKey" yaml:"performanceInsightEncryptionKey"`
	PerformanceInsightRetention     PerformanceInsightRetention        `field:"optional" json:"performanceInsightRetention" yaml:"performanceInsightRetention"`
	Port                            *float64                           `field:"optional" json:"port" yaml:"port"`
	PreferredBackupWindow           *string                            `field:"optional" json:"preferredBackupWindow" yaml:"preferredBackupWindow"`
	PreferredMaintenanceWindow      *string                            `field:"optional" json:"preferredMaintenanceWindow" yaml:"preferredMaintenanceWindow"`
	ProcessorFeatures               *ProcessorFeatures                 `field:"optional" json:"processorFeatures" yaml:"processorFeatures"`
	PubliclyAccessible              *bool                              `field:"optional" json:"publiclyAccessible" yaml:"publiclyAccessible"`
	RemovalPolicy                   awscdk.RemovalPolicy               `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	S3ExportBuckets                 *[]awss3.IBucket                   `field:"optional" json:"s3ExportBuckets" yaml:"s3ExportBuckets"`
	S3ExportRole                    awsiam.IRole                       `field:"optional" json:"s3ExportRole" yaml:"s3ExportRole"`
	S3ImportBuckets                 *[]awss3.IBucket                   `field:"optional" json:"s3ImportBuckets" yaml:"s3ImportBuckets"`
	S3ImportRole                    awsiam.IRole                       `field:"optional" json:"s3ImportRole" yaml:"s3ImportRole"`
	SecurityGroups                  *[]awsec2.ISecurityGroup           `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	StorageThroughput               *float64                           `field:"optional" json:"storageThroughput" yaml:"storageThroughput"`
	StorageType                     StorageType                        `field:"optional" json:"storageType" yaml:"storageType"`
	SubnetGroup                     interfacesawsrds.IDBSubnetGroupRef `field:"optional" json:"subnetGroup" yaml:"subnetGroup"`
	VpcSubnets                      *awsec2.SubnetSelection            `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	Engine                          IInstanceEngine                    `field:"required" json:"engine" yaml:"engine"`
	AllocatedStorage                *float64                           `field:"optional" json:"allocatedStorage" yaml:"allocatedStorage"`
	AllowMajorVersionUpgrade        *bool                              `field:"optional" json:"allowMajorVersionUpgrade" yaml:"allowMajorVersionUpgrade"`
	DatabaseName                    *string                            `field:"optional" json:"databaseName" yaml:"databaseName"`
	InstanceType                    awsec2.InstanceType                `field:"optional" json:"instanceType" yaml:"instanceType"`
	LicenseModel                    LicenseModel                       `field:"optional" json:"licenseModel" yaml:"licenseModel"`
	Parameters                      *map[string]*string                `field:"optional" json:"parameters" yaml:"parameters"`
	Timezone                        *string                            `field:"optional" json:"timezone" yaml:"timezone"`
}
