package awsrds

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsrds"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
	"strings"
)

// ProcessorFeatures are the CPU cores and threads per core of an instance.
type ProcessorFeatures struct {
	CoreCount      *float64 `field:"optional" json:"coreCount" yaml:"coreCount"`
	ThreadsPerCore *float64 `field:"optional" json:"threadsPerCore" yaml:"threadsPerCore"`
}

// IDatabaseInstance is a single database instance, defined here or imported.
type IDatabaseInstance interface {
	awsec2.IConnectable
	interfacesawsrds.IDBInstanceRef
	awscdk.IResource
	awssecretsmanager.ISecretAttachmentTarget
	GrantConnect(grantee awsiam.IGrantable, dbUser *string) awsiam.Grant
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricCPUUtilization(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricDatabaseConnections(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricFreeableMemory(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricFreeStorageSpace(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricReadIOPS(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricWriteIOPS(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	DbInstanceEndpointAddress() *string
	DbInstanceEndpointPort() *string
	Engine() IInstanceEngine
	InstanceArn() *string
	InstanceEndpoint() Endpoint
	InstanceIdentifier() *string
	AddProxy(id *string, options *DatabaseProxyOptions) DatabaseProxy
	InstanceResourceId() *string
	OnEvent(id *string, options *awsevents.OnEventOptions) awsevents.Rule
}

// DatabaseInstanceProps define a single database instance.
type DatabaseInstanceProps struct {
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
	// Default: db.m5.large.
	InstanceType     awsec2.InstanceType `field:"optional" json:"instanceType" yaml:"instanceType"`
	LicenseModel     LicenseModel        `field:"optional" json:"licenseModel" yaml:"licenseModel"`
	Parameters       *map[string]*string `field:"optional" json:"parameters" yaml:"parameters"`
	Timezone         *string             `field:"optional" json:"timezone" yaml:"timezone"`
	CharacterSetName *string             `field:"optional" json:"characterSetName" yaml:"characterSetName"`
	Credentials      Credentials         `field:"optional" json:"credentials" yaml:"credentials"`
	// RDS manages the master password in Secrets Manager; credentials may
	// then only name the user and the secret's key.
	ManageMasterUserPassword *bool                    `field:"optional" json:"manageMasterUserPassword" yaml:"manageMasterUserPassword"`
	StorageEncrypted         *bool                    `field:"optional" json:"storageEncrypted" yaml:"storageEncrypted"`
	StorageEncryptionKey     interfacesawskms.IKeyRef `field:"optional" json:"storageEncryptionKey" yaml:"storageEncryptionKey"`
}

// DatabaseInstanceReadReplicaProps define a read replica of an instance.
type DatabaseInstanceReadReplicaProps struct {
	Vpc                             awsec2.IVpc                 `field:"required" json:"vpc" yaml:"vpc"`
	ApplyImmediately                *bool                       `field:"optional" json:"applyImmediately" yaml:"applyImmediately"`
	AutoMinorVersionUpgrade         *bool                       `field:"optional" json:"autoMinorVersionUpgrade" yaml:"autoMinorVersionUpgrade"`
	AvailabilityZone                *string                     `field:"optional" json:"availabilityZone" yaml:"availabilityZone"`
	BackupRetention                 awscdk.Duration             `field:"optional" json:"backupRetention" yaml:"backupRetention"`
	CaCertificate                   CaCertificate               `field:"optional" json:"caCertificate" yaml:"caCertificate"`
	CloudwatchLogsExports           *[]*string                  `field:"optional" json:"cloudwatchLogsExports" yaml:"cloudwatchLogsExports"`
	CloudwatchLogsRetention         awslogs.RetentionDays       `field:"optional" json:"cloudwatchLogsRetention" yaml:"cloudwatchLogsRetention"`
	CloudwatchLogsRetentionRole     awsiam.IRole                `field:"optional" json:"cloudwatchLogsRetentionRole" yaml:"cloudwatchLogsRetentionRole"`
	CopyTagsToSnapshot              *bool                       `field:"optional" json:"copyTagsToSnapshot" yaml:"copyTagsToSnapshot"`
	DatabaseInsightsMode            DatabaseInsightsMode        `field:"optional" json:"databaseInsightsMode" yaml:"databaseInsightsMode"`
	DeleteAutomatedBackups          *bool                       `field:"optional" json:"deleteAutomatedBackups" yaml:"deleteAutomatedBackups"`
	DeletionProtection              *bool                       `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	Domain                          *string                     `field:"optional" json:"domain" yaml:"domain"`
	DomainRole                      interfacesawsiam.IRoleRef   `field:"optional" json:"domainRole" yaml:"domainRole"`
	EnablePerformanceInsights       *bool                       `field:"optional" json:"enablePerformanceInsights" yaml:"enablePerformanceInsights"`
	EngineLifecycleSupport          EngineLifecycleSupport      `field:"optional" json:"engineLifecycleSupport" yaml:"engineLifecycleSupport"`
	IamAuthentication               *bool                       `field:"optional" json:"iamAuthentication" yaml:"iamAuthentication"`
	InstanceIdentifier              *string                     `field:"optional" json:"instanceIdentifier" yaml:"instanceIdentifier"`
	Iops                            *float64                    `field:"optional" json:"iops" yaml:"iops"`
	MaxAllocatedStorage             *float64                    `field:"optional" json:"maxAllocatedStorage" yaml:"maxAllocatedStorage"`
	MonitoringInterval              awscdk.Duration             `field:"optional" json:"monitoringInterval" yaml:"monitoringInterval"`
	MonitoringRole                  interfacesawsiam.IRoleRef   `field:"optional" json:"monitoringRole" yaml:"monitoringRole"`
	MultiAz                         *bool                       `field:"optional" json:"multiAz" yaml:"multiAz"`
	NetworkType                     NetworkType                 `field:"optional" json:"networkType" yaml:"networkType"`
	OptionGroup                     IOptionGroup                `field:"optional" json:"optionGroup" yaml:"optionGroup"`
	ParameterGroup                  IParameterGroup             `field:"optional" json:"parameterGroup" yaml:"parameterGroup"`
	PerformanceInsightEncryptionKey interfacesawskms.IKeyRef    `field:"optional" json:"performanceInsightEncryptionKey" yaml:"performanceInsightEncryptionKey"`
	PerformanceInsightRetention     PerformanceInsightRetention `field:"optional" json:"performanceInsightRetention" yaml:"performanceInsightRetention"`
	Port                            *float64                    `field:"optional" json:"port" yaml:"port"`
	PreferredBackupWindow           *string                     `field:"optional" json:"preferredBackupWindow" yaml:"preferredBackupWindow"`
	PreferredMaintenanceWindow      *string                     `field:"optional" json:"preferredMaintenanceWindow" yaml:"preferredMaintenanceWindow"`
	ProcessorFeatures               *ProcessorFeatures          `field:"optional" json:"processorFeatures" yaml:"processorFeatures"`
	PubliclyAccessible              *bool                       `field:"optional" json:"publiclyAccessible" yaml:"publiclyAccessible"`
	RemovalPolicy                   awscdk.RemovalPolicy        `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	// The S3 settings are unused on a replica, as in aws-cdk-lib.
	S3ExportBuckets        *[]awss3.IBucket                   `field:"optional" json:"s3ExportBuckets" yaml:"s3ExportBuckets"`
	S3ExportRole           awsiam.IRole                       `field:"optional" json:"s3ExportRole" yaml:"s3ExportRole"`
	S3ImportBuckets        *[]awss3.IBucket                   `field:"optional" json:"s3ImportBuckets" yaml:"s3ImportBuckets"`
	S3ImportRole           awsiam.IRole                       `field:"optional" json:"s3ImportRole" yaml:"s3ImportRole"`
	SecurityGroups         *[]awsec2.ISecurityGroup           `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	StorageThroughput      *float64                           `field:"optional" json:"storageThroughput" yaml:"storageThroughput"`
	StorageType            StorageType                        `field:"optional" json:"storageType" yaml:"storageType"`
	SubnetGroup            interfacesawsrds.IDBSubnetGroupRef `field:"optional" json:"subnetGroup" yaml:"subnetGroup"`
	VpcSubnets             *awsec2.SubnetSelection            `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	InstanceType           awsec2.InstanceType                `field:"required" json:"instanceType" yaml:"instanceType"`
	SourceDatabaseInstance IDatabaseInstance                  `field:"required" json:"sourceDatabaseInstance" yaml:"sourceDatabaseInstance"`
	AllocatedStorage       *float64                           `field:"optional" json:"allocatedStorage" yaml:"allocatedStorage"`
	StorageEncrypted       *bool                              `field:"optional" json:"storageEncrypted" yaml:"storageEncrypted"`
	StorageEncryptionKey   interfacesawskms.IKeyRef           `field:"optional" json:"storageEncryptionKey" yaml:"storageEncryptionKey"`
}

// DatabaseInstance is a database instance defined in this app.
type DatabaseInstance interface {
	awscdk.Resource
	IDatabaseInstance
	CloudwatchLogGroups() *map[string]awslogs.ILogGroup
	ManageMasterUserPassword() *bool
	SetManageMasterUserPassword(val *bool)
	NewCfnProps() *CfnDBInstanceProps
	SourceCfnProps() *CfnDBInstanceProps
	SetLogRetention()
	Connections() awsec2.Connections
	EnableIamAuthentication() *bool
	SetEnableIamAuthentication(val *bool)
	InstanceType() awsec2.InstanceType
	Secret() awssecretsmanager.ISecret
	Vpc() awsec2.IVpc
	VpcPlacement() *awsec2.SubnetSelection
	AddRotationSingleUser(options *RotationSingleUserOptions) awssecretsmanager.SecretRotation
	AddProxy(id *string, options *DatabaseProxyOptions) DatabaseProxy
	AddRotationMultiUser(id *string, options *RotationMultiUserOptions) awssecretsmanager.SecretRotation
}

// DatabaseInstanceReadReplica is a read replica of an instance.
type DatabaseInstanceReadReplica interface {
	awscdk.Resource
	IDatabaseInstance
	CloudwatchLogGroups() *map[string]awslogs.ILogGroup
	NewCfnProps() *CfnDBInstanceProps
	SetLogRetention()
	Connections() awsec2.Connections
	EnableIamAuthentication() *bool
	SetEnableIamAuthentication(val *bool)
	InstanceType() awsec2.InstanceType
	Vpc() awsec2.IVpc
	VpcPlacement() *awsec2.SubnetSelection
}

type databaseInstance struct {
	awscdk.Resource
	res           CfnDBInstance
	engine        IInstanceEngine
	conns         awsec2.Connections
	vpc           awsec2.IVpc
	placement     *awsec2.SubnetSelection
	instanceType  awsec2.InstanceType
	secret        awssecretsmanager.ISecret
	iamAuth       *bool
	endpoint      Endpoint
	resourceID    *string
	cfnProps      *CfnDBInstanceProps
	logs          *[]*string
	logsRetention awslogs.RetentionDays
	logsRole      awsiam.IRole
	logGroups     map[string]awslogs.ILogGroup
	// managedPassword is ManageMasterUserPassword: RDS holds the password.
	managedPassword *bool
}

// DatabaseInstance_PROPERTY_INJECTION_ID is the id property injectors use for DatabaseInstance.
func DatabaseInstance_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-rds.DatabaseInstance")
}

// DatabaseInstanceReadReplica_PROPERTY_INJECTION_ID is the id property injectors use for DatabaseInstanceReadReplica.
func DatabaseInstanceReadReplica_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-rds.DatabaseInstanceReadReplica")
}

// DatabaseInstance_IsConstruct reports whether x is a construct.
func DatabaseInstance_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// DatabaseInstance_IsResource reports whether the construct is a resource.
func DatabaseInstance_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// DatabaseInstance_IsOwnedResource reports whether the construct is a resource owned by this app.
func DatabaseInstance_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// DatabaseInstanceReadReplica_IsConstruct reports whether x is a construct.
func DatabaseInstanceReadReplica_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// DatabaseInstanceReadReplica_IsResource reports whether the construct is a resource.
func DatabaseInstanceReadReplica_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// DatabaseInstanceReadReplica_IsOwnedResource reports whether the construct is a resource owned by this app.
func DatabaseInstanceReadReplica_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

func (d *databaseInstance) Connections() awsec2.Connections       { return d.conns }
func (d *databaseInstance) Engine() IInstanceEngine               { return d.engine }
func (d *databaseInstance) Vpc() awsec2.IVpc                      { return d.vpc }
func (d *databaseInstance) VpcPlacement() *awsec2.SubnetSelection { return d.placement }
func (d *databaseInstance) InstanceType() awsec2.InstanceType     { return d.instanceType }
func (d *databaseInstance) Secret() awssecretsmanager.ISecret     { return d.secret }
func (d *databaseInstance) EnableIamAuthentication() *bool        { return d.iamAuth }
func (d *databaseInstance) SetEnableIamAuthentication(v *bool)    { d.iamAuth = v }
func (d *databaseInstance) InstanceIdentifier() *string           { return d.res.Ref() }
func (d *databaseInstance) DbInstanceEndpointAddress() *string    { return d.res.AttrEndpointAddress() }
func (d *databaseInstance) DbInstanceEndpointPort() *string       { return d.res.AttrEndpointPort() }
func (d *databaseInstance) InstanceEndpoint() Endpoint            { return d.endpoint }
func (d *databaseInstance) InstanceResourceId() *string           { return d.resourceID }

func (d *databaseInstance) InstanceArn() *string {
	local := awscdk.Stack_Of(d).FormatArn(&awscdk.ArnComponents{Service: jsii.String("rds"), Resource: jsii.String("db"),
		ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME, ResourceName: d.InstanceIdentifier()})
	return d.GetResourceArnAttribute(local, &awscdk.ArnComponents{Service: jsii.String("rds"), Resource: jsii.String("db"),
		ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME, ResourceName: d.PhysicalName()})
}

func (d *databaseInstance) DbInstanceRef() *interfacesawsrds.DBInstanceReference {
	return &interfacesawsrds.DBInstanceReference{DbInstanceIdentifier: d.InstanceIdentifier(), DbInstanceArn: d.InstanceArn()}
}

func (d *databaseInstance) AsSecretAttachmentTarget() *awssecretsmanager.SecretAttachmentTargetProps {
	return &awssecretsmanager.SecretAttachmentTargetProps{TargetId: d.InstanceIdentifier(), TargetType: awssecretsmanager.AttachmentTargetType_RDS_DB_INSTANCE}
}

// GrantConnect lets grantee connect as dbUser (default: the secret's
// username) through IAM authentication, which it turns on.
func (d *databaseInstance) GrantConnect(grantee awsiam.IGrantable, dbUser *string) awsiam.Grant {
	if dbUser == nil {
		if d.secret == nil {
			l2.Throw(d, "A secret or dbUser is required to grantConnect()")
		}
		dbUser = d.secret.SecretValueFromJson(jsii.String("username")).UnsafeUnwrap()
	}
	if d.iamAuth != nil && !*d.iamAuth {
		l2.Throw(d, "Cannot grant connect when IAM authentication is disabled")
	}
	d.iamAuth = jsii.Bool(true)
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
		Grantee: grantee, Actions: jsii.Strings("rds-db:connect"),
		ResourceArns: &[]*string{awscdk.Stack_Of(d).FormatArn(&awscdk.ArnComponents{ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
			Service: jsii.String("rds-db"), Resource: jsii.String("dbuser"),
			ResourceName: jsii.String(deref(d.resourceID) + "/" + deref(dbUser))})},
	})
}

func (d *databaseInstance) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return rdsMetric(d, metricName, "DBInstanceIdentifier", d.InstanceIdentifier(), "", props)
}

func (d *databaseInstance) metricAvg(name string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return rdsMetric(d, jsii.String(name), "DBInstanceIdentifier", d.InstanceIdentifier(), "Average", o)
}

func (d *databaseInstance) MetricCPUUtilization(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metricAvg("CPUUtilization", o)
}
func (d *databaseInstance) MetricDatabaseConnections(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metricAvg("DatabaseConnections", o)
}
func (d *databaseInstance) MetricFreeableMemory(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metricAvg("FreeableMemory", o)
}
func (d *databaseInstance) MetricFreeStorageSpace(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metricAvg("FreeStorageSpace", o)
}
func (d *databaseInstance) MetricReadIOPS(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metricAvg("ReadIOPS", o)
}
func (d *databaseInstance) MetricWriteIOPS(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metricAvg("WriteIOPS", o)
}

// newProps is what every new instance (source or replica) shares: the
// subnet and security groups made here, and the common CloudFormation props.
type newProps struct {
	vpc                                         awsec2.IVpc
	vpcSubnets                                  *awsec2.SubnetSelection
	subnetGroup                                 interfacesawsrds.IDBSubnetGroupRef
	securityGroups                              *[]awsec2.ISecurityGroup
	removal                                     awscdk.RemovalPolicy
	multiAz, autoMinor, copyTags, deleteBackups *bool
	deletionProtection, public, applyNow, iam   *bool
	az, identifier, backupWindow, maintWindow   *string
	backupRetention                             awscdk.Duration
	logs                                        *[]*string
	iops, maxStorage, port, throughput          *float64
	storageType                                 StorageType
	networkType                                 NetworkType
	optionGroup                                 IOptionGroup
	parameterGroup                              IParameterGroup
	ca                                          CaCertificate
	lifecycle                                   EngineLifecycleSupport
	monitoring                                  awscdk.Duration
	monitoringRole                              interfacesawsiam.IRoleRef
	monitoringRoleArn                           *string
	domain                                      *string
	domainRole                                  interfacesawsiam.IRoleRef
	enablePI                                    *bool
	piRet                                       PerformanceInsightRetention
	piKey                                       interfacesawskms.IKeyRef
	insights                                    DatabaseInsightsMode
	cpu                                         *ProcessorFeatures
	logsRetention                               awslogs.RetentionDays
	logsRole                                    awsiam.IRole
}

func (d *databaseInstance) initNew(id *string, p *newProps) *CfnDBInstanceProps {
	if p.vpc == nil {
		l2.Throw(d, "%s needs a vpc", *d.Node().Id())
	}
	d.vpc, d.placement = p.vpc, p.vpcSubnets
	d.logs, d.logsRetention, d.logsRole = p.logs, p.logsRetention, p.logsRole
	if isTrue(p.multiAz) && p.az != nil {
		l2.Throw(d, "Requesting a specific availability zone is not valid for Multi-AZ instances")
	}
	subnetGroup := p.subnetGroup
	if subnetGroup == nil {
		var rp awscdk.RemovalPolicy
		if helperRemovalPolicy(p.removal) == awscdk.RemovalPolicy_RETAIN {
			rp = awscdk.RemovalPolicy_RETAIN
		}
		subnetGroup = NewSubnetGroup(d, jsii.String("SubnetGroup"), &SubnetGroupProps{
			Description: jsii.String("Subnet group for " + *d.Node().Id() + " database"), Vpc: p.vpc, VpcSubnets: p.vpcSubnets, RemovalPolicy: rp})
	}
	var sgs []awsec2.ISecurityGroup
	if p.securityGroups != nil {
		sgs = append(sgs, (*p.securityGroups)...)
	} else {
		sgs = []awsec2.ISecurityGroup{awsec2.NewSecurityGroup(d, jsii.String("SecurityGroup"), &awsec2.SecurityGroupProps{
			Description: jsii.String("Security group for " + *d.Node().Id() + " database"), Vpc: p.vpc})}
	}
	if p.monitoring != nil && *p.monitoring.ToSeconds(nil) != 0 {
		if p.monitoringRole != nil {
			p.monitoringRoleArn = p.monitoringRole.RoleRef().RoleArn
		} else {
			p.monitoringRoleArn = newMonitoringRole(d).RoleArn()
		}
	}
	// Joining a directory (Kerberos): RDS assumes a role with directory access.
	var domainRoleName *string
	if p.domain != nil {
		if p.domainRole != nil {
			domainRoleName = p.domainRole.RoleRef().RoleName
		} else {
			domainRoleName = newDirectoryRole(d, "RDSDirectoryServiceRole").RoleName()
		}
	}
	d.conns = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &sgs,
		DefaultPort: awsec2.Port_Tcp(awscdk.Lazy_Number(numberProducer(func() *float64 { return d.endpoint.Port() })))})
	storage := p.storageType
	if storage == "" {
		storage = StorageType_GP2
	}
	iops := p.iops
	switch storage {
	case StorageType_STANDARD, StorageType_GP2:
		iops = nil
	case StorageType_IO1, StorageType_IO2:
		if iops == nil {
			iops = jsii.Number(1000)
		}
	}
	if p.throughput != nil && storage != StorageType_GP3 {
		l2.Throw(d, "The storage throughput can only be specified with GP3 storage type. Got %s.", storageTypes[storage])
	}
	d.iamAuth = p.iam
	identifier := p.identifier
	if identifier != nil && !*awscdk.Token_IsUnresolved(identifier) && flag(d, "@aws-cdk/aws-rds:lowercaseDbIdentifier") {
		identifier = jsii.String(toLower(*identifier))
	} else if identifier != nil && *awscdk.Token_IsUnresolved(identifier) {
		identifier = d.PhysicalName()
	}
	sgIDs := make([]*string, len(sgs))
	for i, sg := range sgs {
		sgIDs[i] = sg.SecurityGroupId()
	}
	cfn := &CfnDBInstanceProps{
		AutoMinorVersionUpgrade:         boolOrNil(p.autoMinor),
		DbInstanceClass:                 awscdk.Lazy_String(stringProducer(func() *string { return jsii.String("db." + *d.instanceType.ToString()) }), nil),
		DbInstanceIdentifier:            identifier,
		DbSubnetGroupName:               strOrNil(subnetGroup.DbSubnetGroupRef().DbSubnetGroupName),
		DeleteAutomatedBackups:          boolOrNil(p.deleteBackups),
		DeletionProtection:              boolOrNil(defaultDeletionProtection(p.deletionProtection, p.removal)),
		EnableCloudwatchLogsExports:     p.logs,
		EnableIamDatabaseAuthentication: awscdk.Lazy_Any(anyProducer(func() interface{} { return boolOrNil(d.iamAuth) }), nil),
		Iops:                            iops,
		MultiAz:                         boolOrNil(p.multiAz),
		PreferredBackupWindow:           p.backupWindow,
		PreferredMaintenanceWindow:      p.maintWindow,
		StorageType:                     jsii.String(storageTypes[storage]),
		StorageThroughput:               p.throughput,
		VpcSecurityGroups:               anyList(&sgIDs),
		MaxAllocatedStorage:             p.maxStorage,
		ApplyImmediately:                boolOrNil(p.applyNow),
	}
	if !isTrue(p.multiAz) {
		cfn.AvailabilityZone = p.az
	}
	if p.enablePI != nil {
		cfn.EnablePerformanceInsights = p.enablePI
	} else if p.piRet != "" || p.piKey != nil || p.insights == DatabaseInsightsMode_ADVANCED {
		cfn.EnablePerformanceInsights = jsii.Bool(true)
	}
	if p.piKey != nil {
		cfn.PerformanceInsightsKmsKeyId = p.piKey.KeyRef().KeyArn
	}
	if e, ok := cfn.EnablePerformanceInsights.(*bool); ok && *e {
		ret := p.piRet
		if ret == "" {
			ret = PerformanceInsightRetention_DEFAULT
		}
		cfn.PerformanceInsightsRetentionPeriod = jsii.Number(retentionDays[ret])
	}
	if p.insights != "" {
		cfn.DatabaseInsightsMode = jsii.String(toLower(string(p.insights)))
	}
	if f := p.cpu; f != nil {
		// In the order jsii hands the struct's fields over.
		var list []*CfnDBInstance_ProcessorFeatureProperty
		if f.CoreCount != nil {
			list = append(list, &CfnDBInstance_ProcessorFeatureProperty{Name: jsii.String("coreCount"), Value: awscdk.Tokenization_StringifyNumber(f.CoreCount)})
		}
		if f.ThreadsPerCore != nil {
			list = append(list, &CfnDBInstance_ProcessorFeatureProperty{Name: jsii.String("threadsPerCore"), Value: awscdk.Tokenization_StringifyNumber(f.ThreadsPerCore)})
		}
		if len(list) > 0 {
			cfn.ProcessorFeatures = &list
		}
	}
	if p.monitoring != nil {
		cfn.MonitoringInterval = p.monitoring.ToSeconds(nil)
	}
	cfn.MonitoringRoleArn = p.monitoringRoleArn
	cfn.Domain, cfn.DomainIamRoleName = p.domain, domainRoleName
	if p.backupRetention != nil {
		cfn.BackupRetentionPeriod = p.backupRetention.ToDays(nil)
	}
	if p.copyTags != nil {
		cfn.CopyTagsToSnapshot = p.copyTags
	} else {
		cfn.CopyTagsToSnapshot = jsii.Bool(true)
	}
	if p.parameterGroup != nil {
		cfn.DbParameterGroupName = strOrNil(p.parameterGroup.BindToInstance(&ParameterGroupInstanceBindOptions{}).ParameterGroupName)
	}
	if p.optionGroup != nil {
		cfn.OptionGroupName = p.optionGroup.OptionGroupName()
	}
	if p.port != nil {
		cfn.Port = awscdk.Tokenization_StringifyNumber(p.port)
	}
	if p.public != nil {
		cfn.PubliclyAccessible = p.public
	} else if p.vpcSubnets != nil {
		cfn.PubliclyAccessible = jsii.Bool(p.vpcSubnets.SubnetType == awsec2.SubnetType_PUBLIC)
	}
	if p.networkType != "" {
		cfn.NetworkType = jsii.String(string(p.networkType))
	}
	if p.ca != nil {
		cfn.CaCertificateIdentifier = p.ca.ToString()
	}
	if p.lifecycle != "" {
		cfn.EngineLifecycleSupport = jsii.String(lifecycleValues[p.lifecycle])
	}
	return cfn
}

type stringProducer func() *string

func (f stringProducer) Produce() *string { return f() }

type numberProducer func() *float64

func (f numberProducer) Produce() *float64 { return f() }

func (d *databaseInstance) finish(rp awscdk.RemovalPolicy) {
	d.endpoint = NewEndpoint(d.res.AttrEndpointAddress(), awscdk.Token_AsNumber(d.res.AttrEndpointPort()))
	if rp == "" {
		rp = awscdk.RemovalPolicy_SNAPSHOT
	}
	d.res.ApplyRemovalPolicy(rp, nil)
	d.logGroups = map[string]awslogs.ILogGroup{}
	d.SetLogRetention()
}

// NewDatabaseInstance creates a single database instance.
func NewDatabaseInstance(scope constructs.Construct, id *string, props *DatabaseInstanceProps) DatabaseInstance {
	props = l2.Inject(*DatabaseInstance_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Engine == nil || props.Vpc == nil {
		l2.RequireProps(scope, id, "DatabaseInstance", "engine", "vpc")
	}
	d, cfn := newSourceInstance(scope, id, props)
	if msgs := insightsRuleErrors(props.EnablePerformanceInsights, props.PerformanceInsightRetention, props.PerformanceInsightEncryptionKey != nil, props.DatabaseInsightsMode); len(msgs) > 0 {
		l2.Throw(d, "%s", validationFailure("DatabaseInstance", msgs))
	}
	managed := isTrue(props.ManageMasterUserPassword)
	if managed {
		checkManagedCredentials(d, props.Credentials)
	}
	d.managedPassword = props.ManageMasterUserPassword
	var creds Credentials
	var secretKey awskms.IKey
	if managed {
		cfn.MasterUsername = managedUsername(props.Credentials, props.Engine)
		cfn.ManageMasterUserPassword = jsii.Bool(true)
		if props.Credentials != nil {
			if arn, key := managedSecretKey(props.Credentials.EncryptionKey()); arn != nil {
				cfn.MasterUserSecret = &CfnDBInstance_MasterUserSecretProperty{KmsKeyId: arn}
				secretKey = key
			}
		}
	} else {
		creds = renderCredentials(d, props.Engine, props.Credentials)
		cfn.MasterUsername = creds.Username()
		if pw := creds.Password(); pw != nil {
			cfn.MasterUserPassword = pw.UnsafeUnwrap()
		}
	}
	cfn.CharacterSetName = props.CharacterSetName
	if k := props.StorageEncryptionKey; k != nil {
		cfn.KmsKeyId = k.KeyRef().KeyArn
		cfn.StorageEncrypted = jsii.Bool(true)
	} else {
		cfn.StorageEncrypted = boolOrNil(props.StorageEncrypted)
	}
	d.cfnProps = cfn
	d.res = NewCfnDBInstance(d, jsii.String("Resource"), cfn)
	checkInstanceRules(d.res)
	d.resourceID = d.res.AttrDbiResourceId()
	if managed {
		d.secret = managedSecret(d, d.res.AttrMasterUserSecretSecretArn(), secretKey)
	} else if s := creds.Secret(); s != nil {
		d.secret = s.Attach(d)
	}
	d.finish(props.RemovalPolicy)
	return d
}

// newSourceInstance does what a new instance and an instance from a
// snapshot share: the subnet and security groups, the engine, the
// parameter group and the CloudFormation props but the credentials.
func newSourceInstance(scope constructs.Construct, id *string, props *DatabaseInstanceProps) (*databaseInstance, *CfnDBInstanceProps) {
	d := &databaseInstance{engine: props.Engine}
	d.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.InstanceIdentifier})
	host.Set(d.Resource, d)
	// Oracle and SQL Server use one role for S3 import and export.
	s3 := &s3Access{importBuckets: props.S3ImportBuckets, exportBuckets: props.S3ExportBuckets, importRole: props.S3ImportRole, exportRole: props.S3ExportRole}
	engineType := deref(props.Engine.EngineType())
	combineRoles := strings.HasPrefix(engineType, "oracle-") || strings.HasPrefix(engineType, "sqlserver-")
	cfn := d.initNew(id, &newProps{vpc: props.Vpc, vpcSubnets: props.VpcSubnets, subnetGroup: props.SubnetGroup, securityGroups: props.SecurityGroups,
		removal: props.RemovalPolicy, multiAz: props.MultiAz, autoMinor: props.AutoMinorVersionUpgrade, copyTags: props.CopyTagsToSnapshot,
		deleteBackups: props.DeleteAutomatedBackups, deletionProtection: props.DeletionProtection, public: props.PubliclyAccessible,
		applyNow: props.ApplyImmediately, iam: props.IamAuthentication, az: props.AvailabilityZone, identifier: props.InstanceIdentifier,
		backupWindow: props.PreferredBackupWindow, maintWindow: props.PreferredMaintenanceWindow, backupRetention: props.BackupRetention,
		logs: props.CloudwatchLogsExports, iops: props.Iops, maxStorage: props.MaxAllocatedStorage, port: props.Port,
		throughput: props.StorageThroughput, storageType: props.StorageType, networkType: props.NetworkType, optionGroup: props.OptionGroup,
		parameterGroup: props.ParameterGroup, ca: props.CaCertificate, lifecycle: props.EngineLifecycleSupport,
		monitoring: props.MonitoringInterval, monitoringRole: props.MonitoringRole, domain: props.Domain, domainRole: props.DomainRole,
		enablePI: props.EnablePerformanceInsights, piRet: props.PerformanceInsightRetention, piKey: props.PerformanceInsightEncryptionKey, insights: props.DatabaseInsightsMode, cpu: props.ProcessorFeatures,
		logsRetention: props.CloudwatchLogsRetention, logsRole: props.CloudwatchLogsRetentionRole})
	if props.EngineLifecycleSupport != "" && engineType != "mysql" && engineType != "postgres" {
		l2.Throw(d, "'engineLifecycleSupport' can only be specified for RDS for MySQL and RDS for PostgreSQL, got: '%s'", engineType)
	}
	s3Import, s3Export := s3.roles(d, combineRoles)
	bindOpts := &InstanceEngineBindOptions{Timezone: props.Timezone, OptionGroup: props.OptionGroup, Domain: props.Domain}
	if s3Import != nil {
		bindOpts.S3ImportRole = s3Import
	}
	if s3Export != nil {
		bindOpts.S3ExportRole = s3Export
	}
	engineConfig := props.Engine.BindToInstance(d, bindOpts)
	if s3Import != nil || s3Export != nil {
		cfn.AssociatedRoles = instanceRoles(d, props.Engine, s3Import, s3Export, engineConfig.Features)
	}
	d.instanceType = props.InstanceType
	if d.instanceType == nil {
		d.instanceType = awsec2.InstanceType_Of(awsec2.InstanceClass_M5, awsec2.InstanceSize_LARGE)
	}
	if props.ParameterGroup != nil && props.Parameters != nil {
		l2.Throw(d, "You cannot specify both parameterGroup and parameters")
	}
	if props.ParameterGroup == nil && props.Parameters != nil {
		pg := NewParameterGroup(d, jsii.String("ParameterGroup"), &ParameterGroupProps{Engine: props.Engine, Parameters: props.Parameters})
		cfn.DbParameterGroupName = strOrNil(pg.BindToInstance(&ParameterGroupInstanceBindOptions{}).ParameterGroupName)
	}
	if engineConfig.OptionGroup != nil {
		cfn.OptionGroupName = engineConfig.OptionGroup.OptionGroupName()
	}
	if props.AllocatedStorage != nil {
		cfn.AllocatedStorage = awscdk.Tokenization_StringifyNumber(props.AllocatedStorage)
	} else {
		cfn.AllocatedStorage = jsii.String("100")
	}
	cfn.AllowMajorVersionUpgrade = boolOrNil(props.AllowMajorVersionUpgrade)
	cfn.DbName = props.DatabaseName
	cfn.Engine = props.Engine.EngineType()
	if v := props.Engine.EngineVersion(); v != nil {
		cfn.EngineVersion = v.FullVersion
	}
	if props.LicenseModel != "" {
		cfn.LicenseModel = jsii.String(licenseModels[props.LicenseModel])
	}
	cfn.Timezone = props.Timezone
	return d, cfn
}

// NewDatabaseInstanceReadReplica creates a read replica of an instance.
func NewDatabaseInstanceReadReplica(scope constructs.Construct, id *string, props *DatabaseInstanceReadReplicaProps) DatabaseInstanceReadReplica {
	props = l2.Inject(*DatabaseInstanceReadReplica_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.SourceDatabaseInstance == nil || props.InstanceType == nil || props.Vpc == nil {
		l2.RequireProps(scope, id, "DatabaseInstanceReadReplica", "instanceType", "sourceDatabaseInstance", "vpc")
	}
	d := &databaseInstance{}
	d.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.InstanceIdentifier})
	host.Set(d.Resource, d)
	// A replica's S3 settings are unused: as in aws-cdk-lib, only instances
	// that are not replicas set up S3 import and export.
	cfn := d.initNew(id, &newProps{vpc: props.Vpc, vpcSubnets: props.VpcSubnets, subnetGroup: props.SubnetGroup, securityGroups: props.SecurityGroups,
		removal: props.RemovalPolicy, multiAz: props.MultiAz, autoMinor: props.AutoMinorVersionUpgrade, copyTags: props.CopyTagsToSnapshot,
		deleteBackups: props.DeleteAutomatedBackups, deletionProtection: props.DeletionProtection, public: props.PubliclyAccessible,
		applyNow: props.ApplyImmediately, iam: props.IamAuthentication, az: props.AvailabilityZone, identifier: props.InstanceIdentifier,
		backupWindow: props.PreferredBackupWindow, maintWindow: props.PreferredMaintenanceWindow, backupRetention: props.BackupRetention,
		logs: props.CloudwatchLogsExports, iops: props.Iops, maxStorage: props.MaxAllocatedStorage, port: props.Port,
		throughput: props.StorageThroughput, storageType: props.StorageType, networkType: props.NetworkType, optionGroup: props.OptionGroup,
		parameterGroup: props.ParameterGroup, ca: props.CaCertificate, lifecycle: props.EngineLifecycleSupport,
		monitoring: props.MonitoringInterval, monitoringRole: props.MonitoringRole, domain: props.Domain, domainRole: props.DomainRole,
		enablePI: props.EnablePerformanceInsights, piRet: props.PerformanceInsightRetention, piKey: props.PerformanceInsightEncryptionKey, insights: props.DatabaseInsightsMode, cpu: props.ProcessorFeatures,
		logsRetention: props.CloudwatchLogsRetention, logsRole: props.CloudwatchLogsRetentionRole})
	src := props.SourceDatabaseInstance
	d.engine = src.Engine()
	if e := d.engine; e != nil && !isTrue(e.SupportsReadReplicaBackups()) && props.BackupRetention != nil {
		desc := deref(e.EngineType())
		if v := e.EngineVersion(); v != nil && v.FullVersion != nil {
			desc += "-" + *v.FullVersion
		}
		l2.Throw(d, "Cannot set 'backupRetention', as engine '%s' does not support automatic backups for read replicas", desc)
	}
	if e := d.engine; e != nil && props.EngineLifecycleSupport != "" {
		if t := deref(e.EngineType()); t != "mysql" && t != "postgres" {
			l2.Throw(d, "'engineLifecycleSupport' can only be specified for RDS for MySQL and RDS for PostgreSQL, got: '%s'", t)
		}
	}
	d.instanceType = props.InstanceType
	cfn.SourceDbInstanceIdentifier = src.InstanceArn()
	if k := props.StorageEncryptionKey; k != nil {
		cfn.KmsKeyId = k.KeyRef().KeyArn
		cfn.StorageEncrypted = jsii.Bool(true)
	} else {
		cfn.StorageEncrypted = boolOrNil(props.StorageEncrypted)
	}
	if props.AllocatedStorage != nil {
		cfn.AllocatedStorage = awscdk.Tokenization_StringifyNumber(props.AllocatedStorage)
	}
	d.cfnProps = cfn
	d.res = NewCfnDBInstance(d, jsii.String("Resource"), cfn)
	checkInstanceRules(d.res)
	d.resourceID = d.res.AttrDbiResourceId()
	if !flag(d, "@aws-cdk/aws-rds:setCorrectValueForDatabaseInstanceReadReplicaInstanceResourceId") {
		d.resourceID = d.res.AttrDbInstanceArn()
	}
	d.finish(props.RemovalPolicy)
	return d
}
