package awsrds

import (
	"github.com/strata-cdk/strata/internal/cwmetric"
	"regexp"
	"strconv"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsrds"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// BackupProps are the automated backup settings of a database.
type BackupProps struct {
	Retention       awscdk.Duration `field:"required" json:"retention" yaml:"retention"`
	PreferredWindow *string         `field:"optional" json:"preferredWindow" yaml:"preferredWindow"`
}

// InstanceUpdateBehaviour orders updates of a cluster's instances.
type InstanceUpdateBehaviour string

const (
	InstanceUpdateBehaviour_BULK    InstanceUpdateBehaviour = "BULK"
	InstanceUpdateBehaviour_ROLLING InstanceUpdateBehaviour = "ROLLING"
)

// ClusterScalabilityType is the scalability mode of an Aurora cluster.
type ClusterScalabilityType string

const (
	ClusterScalabilityType_STANDARD  ClusterScalabilityType = "STANDARD"
	ClusterScalabilityType_LIMITLESS ClusterScalabilityType = "LIMITLESS"
)

// ClusterScailabilityType is the misspelled, deprecated ClusterScalabilityType.
type ClusterScailabilityType string

const (
	ClusterScailabilityType_STANDARD  ClusterScailabilityType = "STANDARD"
	ClusterScailabilityType_LIMITLESS ClusterScailabilityType = "LIMITLESS"
)

// DatabaseInsightsMode is the Database Insights mode.
type DatabaseInsightsMode string

const (
	DatabaseInsightsMode_STANDARD DatabaseInsightsMode = "STANDARD"
	DatabaseInsightsMode_ADVANCED DatabaseInsightsMode = "ADVANCED"
)

// InstanceProps are the deprecated shared settings of a cluster's instances.
type InstanceProps struct {
	Vpc                             awsec2.IVpc                 `field:"required" json:"vpc" yaml:"vpc"`
	AllowMajorVersionUpgrade        *bool                       `field:"optional" json:"allowMajorVersionUpgrade" yaml:"allowMajorVersionUpgrade"`
	AutoMinorVersionUpgrade         *bool                       `field:"optional" json:"autoMinorVersionUpgrade" yaml:"autoMinorVersionUpgrade"`
	DeleteAutomatedBackups          *bool                       `field:"optional" json:"deleteAutomatedBackups" yaml:"deleteAutomatedBackups"`
	EnablePerformanceInsights       *bool                       `field:"optional" json:"enablePerformanceInsights" yaml:"enablePerformanceInsights"`
	InstanceType                    awsec2.InstanceType         `field:"optional" json:"instanceType" yaml:"instanceType"`
	ParameterGroup                  IParameterGroup             `field:"optional" json:"parameterGroup" yaml:"parameterGroup"`
	Parameters                      *map[string]*string         `field:"optional" json:"parameters" yaml:"parameters"`
	PerformanceInsightEncryptionKey awskms.IKey                 `field:"optional" json:"performanceInsightEncryptionKey" yaml:"performanceInsightEncryptionKey"`
	PerformanceInsightRetention     PerformanceInsightRetention `field:"optional" json:"performanceInsightRetention" yaml:"performanceInsightRetention"`
	PreferredMaintenanceWindow      *string                     `field:"optional" json:"preferredMaintenanceWindow" yaml:"preferredMaintenanceWindow"`
	PubliclyAccessible              *bool                       `field:"optional" json:"publiclyAccessible" yaml:"publiclyAccessible"`
	SecurityGroups                  *[]awsec2.ISecurityGroup    `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	VpcSubnets                      *awsec2.SubnetSelection     `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// DatabaseClusterProps define an Aurora cluster.
type DatabaseClusterProps struct {
	Engine                      IClusterEngine        `field:"required" json:"engine" yaml:"engine"`
	AutoMinorVersionUpgrade     *bool                 `field:"optional" json:"autoMinorVersionUpgrade" yaml:"autoMinorVersionUpgrade"`
	BacktrackWindow             awscdk.Duration       `field:"optional" json:"backtrackWindow" yaml:"backtrackWindow"`
	Backup                      *BackupProps          `field:"optional" json:"backup" yaml:"backup"`
	CloudwatchLogsExports       *[]*string            `field:"optional" json:"cloudwatchLogsExports" yaml:"cloudwatchLogsExports"`
	CloudwatchLogsRetention     awslogs.RetentionDays `field:"optional" json:"cloudwatchLogsRetention" yaml:"cloudwatchLogsRetention"`
	CloudwatchLogsRetentionRole awsiam.IRole          `field:"optional" json:"cloudwatchLogsRetentionRole" yaml:"cloudwatchLogsRetentionRole"`
	// Lower-cased under @aws-cdk/aws-rds:lowercaseDbIdentifier.
	ClusterIdentifier       *string                 `field:"optional" json:"clusterIdentifier" yaml:"clusterIdentifier"`
	ClusterScailabilityType ClusterScailabilityType `field:"optional" json:"clusterScailabilityType" yaml:"clusterScailabilityType"`
	ClusterScalabilityType  ClusterScalabilityType  `field:"optional" json:"clusterScalabilityType" yaml:"clusterScalabilityType"`
	// Default: true.
	CopyTagsToSnapshot *bool `field:"optional" json:"copyTagsToSnapshot" yaml:"copyTagsToSnapshot"`
	// Default: the engine's default username with a generated secret.
	Credentials            Credentials          `field:"optional" json:"credentials" yaml:"credentials"`
	DatabaseInsightsMode   DatabaseInsightsMode `field:"optional" json:"databaseInsightsMode" yaml:"databaseInsightsMode"`
	DefaultDatabaseName    *string              `field:"optional" json:"defaultDatabaseName" yaml:"defaultDatabaseName"`
	DeleteAutomatedBackups *bool                `field:"optional" json:"deleteAutomatedBackups" yaml:"deleteAutomatedBackups"`
	// Default: true when RemovalPolicy is RETAIN.
	DeletionProtection                   *bool                  `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	Domain                               *string                `field:"optional" json:"domain" yaml:"domain"`
	DomainRole                           awsiam.IRole           `field:"optional" json:"domainRole" yaml:"domainRole"`
	EnableClusterLevelEnhancedMonitoring *bool                  `field:"optional" json:"enableClusterLevelEnhancedMonitoring" yaml:"enableClusterLevelEnhancedMonitoring"`
	EnableDataApi                        *bool                  `field:"optional" json:"enableDataApi" yaml:"enableDataApi"`
	EnableLocalWriteForwarding           *bool                  `field:"optional" json:"enableLocalWriteForwarding" yaml:"enableLocalWriteForwarding"`
	EnablePerformanceInsights            *bool                  `field:"optional" json:"enablePerformanceInsights" yaml:"enablePerformanceInsights"`
	EngineLifecycleSupport               EngineLifecycleSupport `field:"optional" json:"engineLifecycleSupport" yaml:"engineLifecycleSupport"`
	IamAuthentication                    *bool                  `field:"optional" json:"iamAuthentication" yaml:"iamAuthentication"`
	InstanceIdentifierBase               *string                `field:"optional" json:"instanceIdentifierBase" yaml:"instanceIdentifierBase"`
	// Deprecated: use Writer and Readers.
	InstanceProps *InstanceProps `field:"optional" json:"instanceProps" yaml:"instanceProps"`
	// Deprecated: use Writer and Readers.
	Instances               *float64                `field:"optional" json:"instances" yaml:"instances"`
	InstanceUpdateBehaviour InstanceUpdateBehaviour `field:"optional" json:"instanceUpdateBehaviour" yaml:"instanceUpdateBehaviour"`
	// RDS manages the master password in Secrets Manager.
	ManageMasterUserPassword        *bool                       `field:"optional" json:"manageMasterUserPassword" yaml:"manageMasterUserPassword"`
	MonitoringInterval              awscdk.Duration             `field:"optional" json:"monitoringInterval" yaml:"monitoringInterval"`
	MonitoringRole                  awsiam.IRole                `field:"optional" json:"monitoringRole" yaml:"monitoringRole"`
	NetworkType                     NetworkType                 `field:"optional" json:"networkType" yaml:"networkType"`
	ParameterGroup                  IParameterGroup             `field:"optional" json:"parameterGroup" yaml:"parameterGroup"`
	Parameters                      *map[string]*string         `field:"optional" json:"parameters" yaml:"parameters"`
	PerformanceInsightEncryptionKey awskms.IKey                 `field:"optional" json:"performanceInsightEncryptionKey" yaml:"performanceInsightEncryptionKey"`
	PerformanceInsightRetention     PerformanceInsightRetention `field:"optional" json:"performanceInsightRetention" yaml:"performanceInsightRetention"`
	// Default: the engine's port.
	Port                       *float64            `field:"optional" json:"port" yaml:"port"`
	PreferredMaintenanceWindow *string             `field:"optional" json:"preferredMaintenanceWindow" yaml:"preferredMaintenanceWindow"`
	Readers                    *[]IClusterInstance `field:"optional" json:"readers" yaml:"readers"`
	// Default: SNAPSHOT.
	RemovalPolicy                 awscdk.RemovalPolicy     `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	ReplicationSourceIdentifier   *string                  `field:"optional" json:"replicationSourceIdentifier" yaml:"replicationSourceIdentifier"`
	S3ExportBuckets               *[]awss3.IBucket         `field:"optional" json:"s3ExportBuckets" yaml:"s3ExportBuckets"`
	S3ExportRole                  awsiam.IRole             `field:"optional" json:"s3ExportRole" yaml:"s3ExportRole"`
	S3ImportBuckets               *[]awss3.IBucket         `field:"optional" json:"s3ImportBuckets" yaml:"s3ImportBuckets"`
	S3ImportRole                  awsiam.IRole             `field:"optional" json:"s3ImportRole" yaml:"s3ImportRole"`
	SecurityGroups                *[]awsec2.ISecurityGroup `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	ServerlessV2AutoPauseDuration awscdk.Duration          `field:"optional" json:"serverlessV2AutoPauseDuration" yaml:"serverlessV2AutoPauseDuration"`
	// 1-256 in steps of 0.5; default 2.
	ServerlessV2MaxCapacity *float64 `field:"optional" json:"serverlessV2MaxCapacity" yaml:"serverlessV2MaxCapacity"`
	// 0-256 in steps of 0.5; default 0.5.
	ServerlessV2MinCapacity *float64                           `field:"optional" json:"serverlessV2MinCapacity" yaml:"serverlessV2MinCapacity"`
	StorageEncrypted        *bool                              `field:"optional" json:"storageEncrypted" yaml:"storageEncrypted"`
	StorageEncryptionKey    interfacesawskms.IKeyRef           `field:"optional" json:"storageEncryptionKey" yaml:"storageEncryptionKey"`
	StorageType             DBClusterStorageType               `field:"optional" json:"storageType" yaml:"storageType"`
	SubnetGroup             interfacesawsrds.IDBSubnetGroupRef `field:"optional" json:"subnetGroup" yaml:"subnetGroup"`
	Vpc                     awsec2.IVpc                        `field:"required" json:"vpc" yaml:"vpc"`
	VpcSubnets              *awsec2.SubnetSelection            `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	// Required unless the deprecated InstanceProps are given.
	Writer IClusterInstance `field:"optional" json:"writer" yaml:"writer"`
}

// IDatabaseCluster is an Aurora cluster, defined here or imported.
type IDatabaseCluster interface {
	awsec2.IConnectable
	interfacesawsrds.IDBClusterRef
	awscdk.IResource
	awssecretsmanager.ISecretAttachmentTarget
	GrantConnect(grantee awsiam.IGrantable, dbUser *string) awsiam.Grant
	AddProxy(id *string, options *DatabaseProxyOptions) DatabaseProxy
	GrantDataApiAccess(grantee awsiam.IGrantable) awsiam.Grant
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricCPUUtilization(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricDatabaseConnections(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricDeadlocks(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricEngineUptime(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricFreeableMemory(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricFreeLocalStorage(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricNetworkReceiveThroughput(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricNetworkThroughput(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricNetworkTransmitThroughput(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricSnapshotStorageUsed(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTotalBackupStorageBilled(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricVolumeBytesUsed(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricVolumeReadIOPs(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricVolumeWriteIOPs(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	ClusterArn() *string
	ClusterEndpoint() Endpoint
	ClusterIdentifier() *string
	ClusterReadEndpoint() Endpoint
	ClusterResourceIdentifier() *string
	Engine() IClusterEngine
	InstanceEndpoints() *[]Endpoint
	InstanceIdentifiers() *[]*string
}

// DatabaseCluster is an Aurora cluster defined in this app.
type DatabaseCluster interface {
	awscdk.Resource
	IDatabaseCluster
	Connections() awsec2.Connections
	HasServerlessInstance() *bool
	MultiUserRotationApplication() awssecretsmanager.SecretRotationApplication
	SingleUserRotationApplication() awssecretsmanager.SecretRotationApplication
	Secret() awssecretsmanager.ISecret
	SecurityGroups() *[]awsec2.ISecurityGroup
	ServerlessV2MaxCapacity() *float64
	ServerlessV2MinCapacity() *float64
	SubnetGroup() ISubnetGroup
	SubnetGroupRef() interfacesawsrds.IDBSubnetGroupRef
	Vpc() awsec2.IVpc
	VpcSubnets() *awsec2.SubnetSelection
	AddRotationSingleUser(options *RotationSingleUserOptions) awssecretsmanager.SecretRotation
	AddProxy(id *string, options *DatabaseProxyOptions) DatabaseProxy
	AddRotationMultiUser(id *string, options *RotationMultiUserOptions) awssecretsmanager.SecretRotation
	EnableDataApi() *bool
	MetricACUUtilization(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricServerlessDatabaseCapacity(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	SetEnableDataApi(val *bool)
	SetHasServerlessInstance(val *bool)
	ManageMasterUserPassword() *bool
	SetManageMasterUserPassword(val *bool)
	MonitoringRole() awsiam.IRole
	PerformanceInsightEncryptionKey() awskms.IKey
	PerformanceInsightRetention() PerformanceInsightRetention
	PerformanceInsightsEnabled() *bool
	ServerlessV2AutoPauseDuration() awscdk.Duration
	DatabaseInsightsMode() DatabaseInsightsMode
	NewCfnProps() *CfnDBClusterProps
	CloudwatchLogGroups() *map[string]awslogs.ILogGroup
}

// clusterBase is what owned and imported clusters share.
type clusterBase struct {
	awscdk.Resource
	self       IDatabaseCluster
	identifier *string
	engine     IClusterEngine
	conns      awsec2.Connections
}

func (c *clusterBase) ClusterIdentifier() *string      { return c.identifier }
func (c *clusterBase) Engine() IClusterEngine          { return c.engine }
func (c *clusterBase) Connections() awsec2.Connections { return c.conns }
func (c *clusterBase) DbClusterRef() *interfacesawsrds.DBClusterReference {
	return &interfacesawsrds.DBClusterReference{DbClusterIdentifier: c.identifier, DbClusterArn: c.ClusterArn()}
}

func (c *clusterBase) ClusterArn() *string {
	return awscdk.Stack_Of(c).FormatArn(&awscdk.ArnComponents{Service: jsii.String("rds"), Resource: jsii.String("cluster"),
		ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME, ResourceName: c.identifier})
}

func (c *clusterBase) AsSecretAttachmentTarget() *awssecretsmanager.SecretAttachmentTargetProps {
	return &awssecretsmanager.SecretAttachmentTargetProps{TargetId: c.identifier, TargetType: awssecretsmanager.AttachmentTargetType_RDS_DB_CLUSTER}
}

// GrantConnect lets grantee connect as dbUser through IAM authentication.
func (c *clusterBase) GrantConnect(grantee awsiam.IGrantable, dbUser *string) awsiam.Grant {
	resourceID, err := c.clusterResourceID()
	if err != "" {
		l2.Throw(c, "%s", err)
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
		Grantee: grantee, Actions: jsii.Strings("rds-db:connect"),
		ResourceArns: &[]*string{awscdk.Stack_Of(c).FormatArn(&awscdk.ArnComponents{Service: jsii.String("rds-db"), Resource: jsii.String("dbuser"),
			ResourceName: jsii.String(*resourceID + "/" + deref(dbUser)), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})},
	})
}

func (c *clusterBase) clusterResourceID() (*string, string) {
	if id := c.self.ClusterResourceIdentifier(); id != nil {
		return id, ""
	}
	return nil, "Cannot grant connect on a cluster without a clusterResourceIdentifier"
}

func (c *clusterBase) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return rdsMetric(c, metricName, "DBClusterIdentifier", c.identifier, "", props)
}

func rdsMetric(scope constructs.IConstruct, name *string, dim string, id *string, statistic string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	p := &awscloudwatch.MetricProps{Namespace: jsii.String("AWS/RDS"), MetricName: name, DimensionsMap: &map[string]*string{dim: id}}
	if statistic != "" {
		p.Statistic = jsii.String(statistic)
	}
	return awscloudwatch.NewMetric(cwmetric.Overlay(p, o)).AttachTo(scope)
}

func (c *clusterBase) metricAvg(name string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return rdsMetric(c, jsii.String(name), "DBClusterIdentifier", c.identifier, "Average", o)
}

func (c *clusterBase) MetricCPUUtilization(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metricAvg("CPUUtilization", o)
}
func (c *clusterBase) MetricDatabaseConnections(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metricAvg("DatabaseConnections", o)
}
func (c *clusterBase) MetricDeadlocks(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metricAvg("Deadlocks", o)
}
func (c *clusterBase) MetricEngineUptime(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metricAvg("EngineUptime", o)
}
func (c *clusterBase) MetricFreeableMemory(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metricAvg("FreeableMemory", o)
}
func (c *clusterBase) MetricFreeLocalStorage(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metricAvg("FreeLocalStorage", o)
}
func (c *clusterBase) MetricNetworkReceiveThroughput(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metricAvg("NetworkReceiveThroughput", o)
}
func (c *clusterBase) MetricNetworkThroughput(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metricAvg("NetworkThroughput", o)
}
func (c *clusterBase) MetricNetworkTransmitThroughput(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metricAvg("NetworkTransmitThroughput", o)
}
func (c *clusterBase) MetricSnapshotStorageUsed(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metricAvg("SnapshotStorageUsed", o)
}
func (c *clusterBase) MetricTotalBackupStorageBilled(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metricAvg("TotalBackupStorageBilled", o)
}
func (c *clusterBase) MetricVolumeBytesUsed(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metricAvg("VolumeBytesUsed", o)
}
func (c *clusterBase) MetricVolumeReadIOPs(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metricAvg("VolumeReadIOPs", o)
}
func (c *clusterBase) MetricVolumeWriteIOPs(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metricAvg("VolumeWriteIOPs", o)
}
func (c *clusterBase) MetricACUUtilization(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metricAvg("ACUUtilization", o)
}
func (c *clusterBase) MetricServerlessDatabaseCapacity(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return c.metricAvg("ServerlessDatabaseCapacity", o)
}

type databaseCluster struct {
	clusterBase
	res                    CfnDBCluster
	vpc                    awsec2.IVpc
	vpcSubnets             *awsec2.SubnetSelection
	sgs                    []awsec2.ISecurityGroup
	subnetGroup            interfacesawsrds.IDBSubnetGroupRef
	secret                 awssecretsmanager.ISecret
	minCap, maxCap         float64
	hasServerless          bool
	dataAPI                *bool
	autoPause              awscdk.Duration
	monitoringRole         awsiam.IRole
	piOn                   bool
	piRet                  PerformanceInsightRetention
	piKey                  awskms.IKey
	insightsMode           DatabaseInsightsMode
	cfnProps               *CfnDBClusterProps
	logGroups              map[string]awslogs.ILogGroup
	endpoint, readEndpoint Endpoint
	instanceIDs            []*string
	instanceEndpoints      []Endpoint
	managedPassword        *bool
}

// DatabaseCluster_PROPERTY_INJECTION_ID is the id property injectors use for DatabaseCluster.
func DatabaseCluster_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-rds.DatabaseCluster")
}

// DatabaseCluster_IsConstruct reports whether x is a construct.
func DatabaseCluster_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// DatabaseCluster_IsResource reports whether the construct is a resource.
func DatabaseCluster_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// DatabaseCluster_IsOwnedResource reports whether the construct is a resource owned by this app.
func DatabaseCluster_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

func (c *databaseCluster) ClusterEndpoint() Endpoint          { return c.endpoint }
func (c *databaseCluster) ClusterReadEndpoint() Endpoint      { return c.readEndpoint }
func (c *databaseCluster) ClusterResourceIdentifier() *string { return c.res.AttrDbClusterResourceId() }
func (c *databaseCluster) InstanceIdentifiers() *[]*string {
	ids := append([]*string(nil), c.instanceIDs...)
	return &ids
}
func (c *databaseCluster) InstanceEndpoints() *[]Endpoint {
	e := append([]Endpoint(nil), c.instanceEndpoints...)
	return &e
}
func (c *databaseCluster) Secret() awssecretsmanager.ISecret                  { return c.secret }
func (c *databaseCluster) HasServerlessInstance() *bool                       { return jsii.Bool(c.hasServerless) }
func (c *databaseCluster) ServerlessV2MaxCapacity() *float64                  { return jsii.Number(c.maxCap) }
func (c *databaseCluster) ServerlessV2MinCapacity() *float64                  { return jsii.Number(c.minCap) }
func (c *databaseCluster) SubnetGroupRef() interfacesawsrds.IDBSubnetGroupRef { return c.subnetGroup }
func (c *databaseCluster) Vpc() awsec2.IVpc                                   { return c.vpc }
func (c *databaseCluster) VpcSubnets() *awsec2.SubnetSelection                { return c.vpcSubnets }
func (c *databaseCluster) EnableDataApi() *bool                               { return c.dataAPI }
func (c *databaseCluster) SecurityGroups() *[]awsec2.ISecurityGroup {
	sgs := append([]awsec2.ISecurityGroup(nil), c.sgs...)
	return &sgs
}
func (c *databaseCluster) SubnetGroup() ISubnetGroup {
	if g, ok := c.subnetGroup.(ISubnetGroup); ok {
		return g
	}
	return SubnetGroup_FromSubnetGroupName(c, jsii.String("SubnetGroupRef"), c.subnetGroup.DbSubnetGroupRef().DbSubnetGroupName)
}
func (c *databaseCluster) MultiUserRotationApplication() awssecretsmanager.SecretRotationApplication {
	return c.engine.MultiUserRotationApplication()
}
func (c *databaseCluster) SingleUserRotationApplication() awssecretsmanager.SecretRotationApplication {
	return c.engine.SingleUserRotationApplication()
}

var halfSteps = regexp.MustCompile(`^[0-9]+\.?5?$`)

func jsNumber(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// NewDatabaseCluster creates an Aurora cluster with a writer and optional readers.
func NewDatabaseCluster(scope constructs.Construct, id *string, props *DatabaseClusterProps) DatabaseCluster {
	props = l2.Inject(*DatabaseCluster_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Engine == nil {
		l2.RequireProps(scope, id, "DatabaseCluster", "engine", "vpc")
	}
	c, cfn := newClusterCommon(scope, id, props)
	// Credentials: a read replica of another cluster has none of its own.
	canHaveCredentials := props.ReplicationSourceIdentifier == nil
	managed := isTrue(props.ManageMasterUserPassword)
	if managed {
		checkManagedCredentials(c, props.Credentials)
		if !canHaveCredentials {
			l2.Throw(c, "cannot use `manageMasterUserPassword` with `replicationSourceIdentifier`; read replicas inherit credentials from the source cluster")
		}
	}
	c.managedPassword = props.ManageMasterUserPassword
	var secret awssecretsmanager.ISecret
	var secretKey awskms.IKey
	if managed {
		cfn.MasterUsername = managedUsername(props.Credentials, props.Engine)
		cfn.ManageMasterUserPassword = jsii.Bool(true)
		if props.Credentials != nil {
			if arn, key := managedSecretKey(props.Credentials.EncryptionKey()); arn != nil {
				cfn.MasterUserSecret = &CfnDBCluster_MasterUserSecretProperty{KmsKeyId: arn}
				secretKey = key
			}
		}
	} else {
		creds := renderCredentials(c, props.Engine, props.Credentials)
		secret = creds.Secret()
		if canHaveCredentials {
			cfn.MasterUsername = creds.Username()
			if pw := creds.Password(); pw != nil {
				cfn.MasterUserPassword = pw.UnsafeUnwrap()
			}
		}
	}
	cfn.ReplicationSourceIdentifier = props.ReplicationSourceIdentifier
	c.createResource(cfn)
	if managed {
		c.secret = managedSecret(c, c.res.AttrMasterUserSecretSecretArn(), secretKey)
	} else if secret != nil {
		c.secret = secret.Attach(c)
	}
	c.finishCluster(props)
	return c
}

// newClusterCommon does what a new cluster and a cluster from a snapshot
// share up to the credentials: groups, engine, validation, CFN props.
func newClusterCommon(scope constructs.Construct, id *string, props *DatabaseClusterProps) (*databaseCluster, *CfnDBClusterProps) {
	c := &databaseCluster{}
	c.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(c.Resource, c)
	c.self = c
	c.engine = props.Engine
	if props.ClusterScalabilityType != "" && props.ClusterScailabilityType != "" {
		l2.Throw(c, "You cannot specify both clusterScalabilityType and clusterScailabilityType (deprecated). Use clusterScalabilityType.")
	}
	// The deprecated instanceProps carry the network when writer and readers are not used.
	ip := props.InstanceProps
	if ip == nil {
		ip = &InstanceProps{}
	}
	if (props.Vpc != nil) == (ip.Vpc != nil) {
		l2.Throw(c, "Provide either vpc or instanceProps.vpc, but not both")
	}
	if props.VpcSubnets != nil && ip.VpcSubnets != nil {
		l2.Throw(c, "Provide either vpcSubnets or instanceProps.vpcSubnets, but not both")
	}
	c.vpc, c.vpcSubnets = props.Vpc, props.VpcSubnets
	if ip.Vpc != nil {
		c.vpc = ip.Vpc
	}
	if ip.VpcSubnets != nil {
		c.vpcSubnets = ip.VpcSubnets
	}
	c.maxCap, c.minCap = 2, 0.5
	if props.ServerlessV2MaxCapacity != nil {
		c.maxCap = *props.ServerlessV2MaxCapacity
	}
	if props.ServerlessV2MinCapacity != nil {
		c.minCap = *props.ServerlessV2MinCapacity
	}
	c.dataAPI = props.EnableDataApi
	c.autoPause = props.ServerlessV2AutoPauseDuration

	if n := len(*c.vpc.SelectSubnets(c.vpcSubnets).SubnetIds); n < 2 {
		l2.AddError(c, "Cluster requires at least 2 subnets, got %d", n)
	}
	if props.SubnetGroup != nil {
		c.subnetGroup = props.SubnetGroup
	} else {
		var rp awscdk.RemovalPolicy
		if helperRemovalPolicy(props.RemovalPolicy) == awscdk.RemovalPolicy_RETAIN {
			rp = awscdk.RemovalPolicy_RETAIN
		}
		c.subnetGroup = NewSubnetGroup(c, jsii.String("Subnets"), &SubnetGroupProps{
			Description: jsii.String("Subnets for " + *id + " database"), Vpc: c.vpc, VpcSubnets: c.vpcSubnets, RemovalPolicy: rp,
		})
	}
	if ip.SecurityGroups != nil {
		c.sgs = append(c.sgs, (*ip.SecurityGroups)...)
	} else if props.SecurityGroups != nil {
		c.sgs = append(c.sgs, (*props.SecurityGroups)...)
	} else {
		c.sgs = []awsec2.ISecurityGroup{awsec2.NewSecurityGroup(c, jsii.String("SecurityGroup"), &awsec2.SecurityGroupProps{
			Description: jsii.String("RDS security group"), Vpc: c.vpc})}
	}
	s3 := &s3Access{importBuckets: props.S3ImportBuckets, exportBuckets: props.S3ExportBuckets, importRole: props.S3ImportRole, exportRole: props.S3ExportRole}
	s3Import, s3Export := s3.roles(c, isTrue(props.Engine.CombineImportAndExportRoles()))
	if props.ParameterGroup != nil && props.Parameters != nil {
		l2.Throw(c, "You cannot specify both parameterGroup and parameters")
	}
	pg := props.ParameterGroup
	if pg == nil && props.Parameters != nil {
		pg = NewParameterGroup(c, jsii.String("ParameterGroup"), &ParameterGroupProps{Engine: props.Engine, Parameters: props.Parameters})
	}
	bindOpts := &ClusterEngineBindOptions{ParameterGroup: pg}
	if s3Import != nil {
		bindOpts.S3ImportRole = s3Import
	}
	if s3Export != nil {
		bindOpts.S3ExportRole = s3Export
	}
	bound := props.Engine.BindToCluster(c, bindOpts)
	var pgName *string
	if g := pg; g != nil {
		pgName = g.BindToCluster(&ParameterGroupClusterBindOptions{}).ParameterGroupName
	} else if bound.ParameterGroup != nil {
		pgName = bound.ParameterGroup.BindToCluster(&ParameterGroupClusterBindOptions{}).ParameterGroupName
	}
	clusterID := props.ClusterIdentifier
	if clusterID != nil && flag(c, "@aws-cdk/aws-rds:lowercaseDbIdentifier") && !*awscdk.Token_IsUnresolved(clusterID) {
		clusterID = jsii.String(toLower(*clusterID))
	}
	// Joining a directory (Kerberos): RDS assumes a role with directory access.
	var domainRoleName *string
	if props.Domain != nil {
		role := props.DomainRole
		if role == nil {
			role = newDirectoryRole(c, "RDSClusterDirectoryServiceRole")
		}
		domainRoleName = role.RoleName()
	}
	if msgs := insightsRuleErrors(props.EnablePerformanceInsights, props.PerformanceInsightRetention, props.PerformanceInsightEncryptionKey != nil, props.DatabaseInsightsMode); props.ReplicationSourceIdentifier != nil && props.Credentials != nil || len(msgs) > 0 {
		if props.ReplicationSourceIdentifier != nil && props.Credentials != nil {
			msgs = append(msgs, "Cannot specify both `replicationSourceIdentifier` and `credentials`. The value is inherited from the source DB cluster")
		}
		l2.Throw(c, "%s", validationFailure("DatabaseCluster", msgs))
	}
	c.validateCapacity(bound)
	c.piOn = isTrue(props.EnablePerformanceInsights) || props.PerformanceInsightRetention != "" || props.PerformanceInsightEncryptionKey != nil ||
		props.DatabaseInsightsMode == DatabaseInsightsMode_ADVANCED
	if c.piOn {
		c.piRet = props.PerformanceInsightRetention
		if c.piRet == "" {
			c.piRet = PerformanceInsightRetention_DEFAULT
		}
	}
	c.piKey = props.PerformanceInsightEncryptionKey
	c.monitoringRole = props.MonitoringRole
	if c.monitoringRole == nil && props.MonitoringInterval != nil && *props.MonitoringInterval.ToSeconds(nil) != 0 {
		c.monitoringRole = newMonitoringRole(c)
	}
	clusterLevel := isTrue(props.EnableClusterLevelEnhancedMonitoring)
	if clusterLevel && props.MonitoringInterval == nil {
		l2.Throw(c, "`monitoringInterval` must be set when `enableClusterLevelEnhancedMonitoring` is true.")
	}
	if d := props.MonitoringInterval; d != nil && !*d.IsUnresolved() {
		switch *d.ToSeconds(nil) {
		case 0, 1, 5, 10, 15, 30, 60:
		default:
			l2.Throw(c, "'monitoringInterval' must be one of 0, 1, 5, 10, 15, 30, or 60 seconds, got: %s seconds.", jsNumber(*d.ToSeconds(nil)))
		}
	}

	port := props.Port
	if port == nil {
		port = bound.Port
	}
	sgIDs := make([]*string, len(c.sgs))
	for i, sg := range c.sgs {
		sgIDs[i] = sg.SecurityGroupId()
	}
	cfn := &CfnDBClusterProps{
		Engine:                          props.Engine.EngineType(),
		DbClusterIdentifier:             clusterID,
		DbSubnetGroupName:               strOrNil(c.subnetGroup.DbSubnetGroupRef().DbSubnetGroupName),
		VpcSecurityGroupIds:             anyList(&sgIDs),
		Port:                            port,
		DbClusterParameterGroupName:     strOrNil(pgName),
		DeletionProtection:              boolOrNil(defaultDeletionProtection(props.DeletionProtection, props.RemovalPolicy)),
		EnableIamDatabaseAuthentication: boolOrNil(props.IamAuthentication),
		EnableHttpEndpoint:              awscdk.Lazy_Any(anyProducer(func() interface{} { return boolOrNil(c.dataAPI) }), nil),
		ServerlessV2ScalingConfiguration: awscdk.Lazy_Any(anyProducer(func() interface{} {
			if !c.hasServerless {
				return nil
			}
			// Rendered by hand: the value is lazy, so the L1 does not map it.
			cfg := ojson.New()
			cfg.Set("MaxCapacity", c.maxCap)
			cfg.Set("MinCapacity", c.minCap)
			if c.autoPause != nil {
				cfg.Set("SecondsUntilAutoPause", c.autoPause.ToSeconds(nil))
			}
			return cfg
		}), nil),
		EnableLocalWriteForwarding:  boolOrNil(props.EnableLocalWriteForwarding),
		Domain:                      props.Domain,
		DomainIamRoleName:           domainRoleName,
		PreferredMaintenanceWindow:  props.PreferredMaintenanceWindow,
		DatabaseName:                props.DefaultDatabaseName,
		EnableCloudwatchLogsExports: props.CloudwatchLogsExports,
		AutoMinorVersionUpgrade:     boolOrNil(props.AutoMinorVersionUpgrade),
		DeleteAutomatedBackups:      boolOrNil(props.DeleteAutomatedBackups),
	}
	if v := props.Engine.EngineVersion(); v != nil {
		cfn.EngineVersion = v.FullVersion
	}
	cfn.AssociatedRoles = clusterRoles(s3Import, s3Export, bound.Features)
	if props.BacktrackWindow != nil {
		cfn.BacktrackWindow = props.BacktrackWindow.ToSeconds(nil)
	}
	if c.piOn {
		cfn.PerformanceInsightsEnabled = jsii.Bool(true)
		cfn.PerformanceInsightsRetentionPeriod = jsii.Number(retentionDays[c.piRet])
	} else {
		cfn.PerformanceInsightsEnabled = boolOrNil(props.EnablePerformanceInsights)
	}
	if c.piKey != nil {
		cfn.PerformanceInsightsKmsKeyId = c.piKey.KeyArn()
	}
	if m := props.DatabaseInsightsMode; m != "" {
		cfn.DatabaseInsightsMode = jsii.String(toLower(string(m)))
	}
	if clusterLevel {
		cfn.MonitoringInterval = props.MonitoringInterval.ToSeconds(nil)
		if c.monitoringRole != nil {
			cfn.MonitoringRoleArn = c.monitoringRole.RoleArn()
		}
	}
	if props.NetworkType != "" {
		cfn.NetworkType = jsii.String(string(props.NetworkType))
	}
	if props.StorageType != "" {
		cfn.StorageType = jsii.String(clusterStorageTypes[props.StorageType])
	}
	if t := props.ClusterScalabilityType; t != "" {
		cfn.ClusterScalabilityType = jsii.String(toLower(string(t)))
	} else if t := props.ClusterScailabilityType; t != "" {
		cfn.ClusterScalabilityType = jsii.String(toLower(string(t)))
	}
	if b := props.Backup; b != nil {
		if b.Retention != nil {
			cfn.BackupRetentionPeriod = b.Retention.ToDays(nil)
		}
		cfn.PreferredBackupWindow = b.PreferredWindow
	}
	if k := props.StorageEncryptionKey; k != nil {
		cfn.KmsKeyId = k.KeyRef().KeyArn
		cfn.StorageEncrypted = jsii.Bool(true)
	} else {
		cfn.StorageEncrypted = boolOrNil(props.StorageEncrypted)
	}
	if props.CopyTagsToSnapshot != nil {
		cfn.CopyTagsToSnapshot = props.CopyTagsToSnapshot
	} else {
		cfn.CopyTagsToSnapshot = jsii.Bool(true)
	}
	if l := props.EngineLifecycleSupport; l != "" {
		cfn.EngineLifecycleSupport = jsii.String(lifecycleValues[l])
	}
	if logs := props.CloudwatchLogsExports; logs != nil {
		supported := map[string]bool{}
		for _, t := range *props.Engine.SupportedLogTypes() {
			supported[*t] = true
		}
		var bad []string
		for _, t := range *logs {
			if !supported[deref(t)] {
				bad = append(bad, deref(t))
			}
		}
		if len(bad) > 0 {
			l2.Throw(c, "Unsupported logs for the current engine type: %s", join(bad, ","))
		}
	}

	c.insightsMode = props.DatabaseInsightsMode
	return c, cfn
}

// createResource makes the AWS::RDS::DBCluster and the cluster's endpoints and connections.
func (c *databaseCluster) createResource(cfn *CfnDBClusterProps) {
	c.cfnProps = cfn
	c.res = NewCfnDBCluster(c, jsii.String("Resource"), cfn)
	checkClusterRules(c.res)
	c.identifier = c.res.Ref()
	portAttr := awscdk.Token_AsNumber(c.res.AttrEndpointPort())
	c.endpoint = NewEndpoint(c.res.AttrEndpointAddress(), portAttr)
	c.readEndpoint = NewEndpoint(c.res.AttrReadEndpointAddress(), portAttr)
	c.conns = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &c.sgs, DefaultPort: awsec2.Port_Tcp(portAttr)})
}

// finishCluster applies the removal policy and creates the instances.
func (c *databaseCluster) finishCluster(props *DatabaseClusterProps) {
	rp := props.RemovalPolicy
	if rp == "" {
		rp = awscdk.RemovalPolicy_SNAPSHOT
	}
	c.res.ApplyRemovalPolicy(rp, nil)
	c.logGroups = setLogRetention(c, "cluster", c.identifier, props.CloudwatchLogsExports, props.CloudwatchLogsRetention, props.CloudwatchLogsRetentionRole)
	limitless := props.ClusterScalabilityType == ClusterScalabilityType_LIMITLESS || props.ClusterScailabilityType == ClusterScailabilityType_LIMITLESS
	if !limitless {
		if (props.Writer != nil || props.Readers != nil) && (props.Instances != nil || props.InstanceProps != nil) {
			l2.Throw(c, "Cannot provide writer or readers if instances or instanceProps are provided")
		}
		if props.InstanceProps == nil && props.Writer == nil {
			l2.Throw(c, "writer must be provided")
		}
		if props.Writer != nil {
			c.createInstances(props, rp)
		} else {
			c.legacyCreateInstances(props)
		}
	}
}

func (c *databaseCluster) validateCapacity(bound *ClusterEngineConfig) {
	if c.maxCap > 256 || c.maxCap < 1 {
		l2.Throw(c, "serverlessV2MaxCapacity must be >= 1 & <= 256")
	}
	if c.minCap > 256 || c.minCap < 0 {
		l2.Throw(c, "serverlessV2MinCapacity must be >= 0 & <= 256")
	}
	if c.maxCap < c.minCap {
		l2.Throw(c, "serverlessV2MaxCapacity must be greater than serverlessV2MinCapacity")
	}
	if !halfSteps.MatchString(jsNumber(c.maxCap)) || !halfSteps.MatchString(jsNumber(c.minCap)) {
		l2.Throw(c, "serverlessV2MinCapacity & serverlessV2MaxCapacity must be in 0.5 step increments, received min: %s, max: %s", jsNumber(c.minCap), jsNumber(c.maxCap))
	}
	if d := c.autoPause; d != nil {
		if bound.Features == nil || !isTrue(bound.Features.ServerlessV2AutoPauseSupported) {
			full := ""
			if v := c.engine.EngineVersion(); v != nil {
				full = deref(v.FullVersion)
			}
			l2.Throw(c, "serverlessV2 auto-pause feature is not supported by %s %s.", deref(c.engine.EngineType()), full)
		}
		if !*d.IsUnresolved() {
			if secs := *d.ToSeconds(nil); secs < 300 || secs > 86400 {
				l2.Throw(c, "serverlessV2AutoPause must be between 300 seconds (5 minutes) and 86,400 seconds (24 hours), received %s seconds", jsNumber(secs))
			}
		}
	}
}

func (c *databaseCluster) createInstances(props *DatabaseClusterProps, rp awscdk.RemovalPolicy) {
	opts := func() *ClusterInstanceBindOptions {
		o := &ClusterInstanceBindOptions{RemovalPolicy: rp, SubnetGroup: c.subnetGroup}
		if !isTrue(props.EnableClusterLevelEnhancedMonitoring) {
			o.MonitoringInterval = props.MonitoringInterval
			if c.monitoringRole != nil {
				o.MonitoringRole = c.monitoringRole
			}
		}
		return o
	}
	wo := opts()
	wo.PromotionTier = jsii.Number(0)
	writer := props.Writer.Bind(c, c, wo)
	c.instanceIDs = append(c.instanceIDs, writer.InstanceIdentifier())
	c.instanceEndpoints = append(c.instanceEndpoints, NewEndpoint(writer.DbInstanceEndpointAddress(), c.endpoint.Port()))
	if writer.Type() == InstanceType_SERVERLESS_V2 {
		c.hasServerless = true
	}
	c.checkInstanceInsights(writer)
	var readers []IAuroraClusterInstance
	if props.Readers != nil {
		for _, r := range *props.Readers {
			inst := r.Bind(c, c, opts())
			readers = append(readers, inst)
			inst.Node().AddDependency(writer)
			c.instanceEndpoints = append(c.instanceEndpoints, NewEndpoint(inst.DbInstanceEndpointAddress(), c.endpoint.Port()))
			c.instanceIDs = append(c.instanceIDs, inst.InstanceIdentifier())
			if inst.Type() == InstanceType_SERVERLESS_V2 {
				c.hasServerless = true
			}
			c.checkInstanceInsights(inst)
		}
	}
	if len(readers) > 0 {
		allServerless, anyFailover := true, false
		for _, r := range readers {
			if r.Type() != InstanceType_SERVERLESS_V2 {
				allServerless = false
			}
			if *r.Tier() <= 1 {
				anyFailover = true
			}
		}
		if allServerless && !anyFailover {
			awscdk.Annotations_Of(c).AddWarningV2(jsii.String("@aws-cdk/aws-rds:noFailoverServerlessReaders"),
				jsii.String("Cluster "+*c.Node().Id()+" only has serverless readers and no reader is in promotion tier 0-1.Serverless readers in promotion tiers >= 2 will NOT scale with the writer, which can lead to availability issues if a failover event occurs. It is recommended that at least one reader has `scaleWithWriter` set to true"))
		}
	}
}

// renderCredentials picks the cluster's or instance's credentials: the
// given ones, or the engine's default username; without a secret or a
// password it generates a DatabaseSecret ("Secret").
func renderCredentials(scope constructs.Construct, engine IEngine, given Credentials) Credentials {
	creds := given
	if creds == nil {
		user := engine.DefaultUsername()
		if user == nil {
			user = jsii.String("admin")
		}
		creds = Credentials_FromUsername(user, nil)
	}
	if creds.Secret() != nil || creds.Password() != nil {
		return creds
	}
	asString := given != nil && isTrue(given.UsernameAsString())
	secret := NewDatabaseSecret(scope, jsii.String("Secret"), &DatabaseSecretProps{
		Username: creds.Username(), SecretName: creds.SecretName(), EncryptionKey: creds.EncryptionKey(),
		ExcludeCharacters: creds.ExcludeCharacters(), ReplaceOnPasswordCriteriaChanges: jsii.Bool(asString),
		ReplicaRegions: creds.ReplicaRegions(),
	})
	var user *string
	if asString {
		user = creds.Username()
	}
	return Credentials_FromSecret(secret, user)
}

func defaultDeletionProtection(given *bool, rp awscdk.RemovalPolicy) *bool {
	if given != nil {
		return given
	}
	if rp == awscdk.RemovalPolicy_RETAIN {
		return jsii.Bool(true)
	}
	return nil
}

// newDirectoryRole is the role RDS assumes to join a directory.
func newDirectoryRole(scope constructs.Construct, id string) awsiam.IRole {
	return awsiam.NewRole(scope, jsii.String(id), &awsiam.RoleProps{
		AssumedBy: awsiam.NewCompositePrincipal(awsiam.NewServicePrincipal(jsii.String("rds.amazonaws.com"), nil),
			awsiam.NewServicePrincipal(jsii.String("directoryservice.rds.amazonaws.com"), nil)),
		ManagedPolicies: &[]awsiam.IManagedPolicy{awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("service-role/AmazonRDSDirectoryServiceAccess"))},
	})
}

// newMonitoringRole is the role RDS enhanced monitoring assumes.
func newMonitoringRole(scope constructs.Construct) awsiam.IRole {
	return awsiam.NewRole(scope, jsii.String("MonitoringRole"), &awsiam.RoleProps{
		AssumedBy:       awsiam.NewServicePrincipal(jsii.String("monitoring.rds.amazonaws.com"), nil),
		ManagedPolicies: &[]awsiam.IManagedPolicy{awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("service-role/AmazonRDSEnhancedMonitoringRole"))},
	})
}

// checkInstanceInsights holds an instance's Performance Insights settings
// to the cluster's.
func (c *databaseCluster) checkInstanceInsights(inst IAuroraClusterInstance) {
	off := false
	if c.piOn && inst.PerformanceInsightsEnabled() != nil && !*inst.PerformanceInsightsEnabled() {
		ai, ok := inst.(*auroraInstance)
		off = ok && ai.piExplicitOff
	}
	c.checkInsights("instance '"+*inst.Node().Id()+"'", off, inst.PerformanceInsightRetention(), inst.PerformanceInsightEncryptionKey())
}

// checkInsights holds an instance's (or instanceProps') Performance
// Insights settings to the cluster's; off says the instance turns them off.
func (c *databaseCluster) checkInsights(target string, off bool, ret PerformanceInsightRetention, key awskms.IKey) {
	if c.piOn && off {
		awscdk.Annotations_Of(c).AddWarningV2(jsii.String("@aws-cdk/aws-rds:instancePerformanceInsightsOverridden"),
			jsii.String("Performance Insights is enabled on cluster '"+*c.Node().Id()+"' at cluster level, but disabled for "+target+". However, Performance Insights for this instance will also be automatically enabled if enabled at cluster level."))
	}
	if c.piRet != "" && ret != "" && ret != c.piRet {
		l2.Throw(c, "`performanceInsightRetention` for each instance must be the same as the one at cluster level, got %s: %s, cluster: %s",
			target, jsNumber(retentionDays[ret]), jsNumber(retentionDays[c.piRet]))
	}
	if c.piKey != nil && key != nil {
		ck, ik := c.piKey.KeyArn(), key.KeyArn()
		switch awscdk.Token_CompareStrings(ck, ik) {
		case awscdk.TokenComparison_DIFFERENT():
			l2.Throw(c, "`performanceInsightEncryptionKey` for each instance must be the same as the one at cluster level, got %s: '%s', cluster: '%s'", target, deref(ik), deref(ck))
		case awscdk.TokenComparison_BOTH_UNRESOLVED():
			if deref(ck) != deref(ik) {
				l2.Throw(c, "`performanceInsightEncryptionKey` for each instance must be the same as the one at cluster level")
			}
		}
	}
}

// legacyCreateInstances makes the deprecated instanceProps' instances:
// Instances (default 2) AWS::RDS::DBInstance resources named Instance1,
// Instance2, ..., updated in bulk or one after the other.
func (c *databaseCluster) legacyCreateInstances(props *DatabaseClusterProps) {
	count := 2.0
	if props.Instances != nil {
		if *awscdk.Token_IsUnresolved(props.Instances) {
			l2.Throw(c, "The number of instances an RDS Cluster consists of cannot be provided as a deploy-time only value!")
		}
		count = *props.Instances
	}
	if count < 1 {
		l2.Throw(c, "At least one instance is required")
	}
	ip := props.InstanceProps
	internet := ip.Vpc.SelectSubnets(ip.VpcSubnets).InternetConnectivityEstablished
	piOn := isTrue(ip.EnablePerformanceInsights) || ip.PerformanceInsightRetention != "" || ip.PerformanceInsightEncryptionKey != nil
	if piOn && ip.EnablePerformanceInsights != nil && !*ip.EnablePerformanceInsights {
		l2.Throw(c, "`enablePerformanceInsights` disabled, but `performanceInsightRetention` or `performanceInsightEncryptionKey` was set")
	}
	var ret PerformanceInsightRetention
	if piOn {
		ret = ip.PerformanceInsightRetention
		if ret == "" {
			ret = PerformanceInsightRetention_DEFAULT
		}
	}
	c.checkInsights("`instanceProps`", !piOn, ret, ip.PerformanceInsightEncryptionKey)
	it := ip.InstanceType
	if it == nil {
		it = awsec2.InstanceType_Of(awsec2.InstanceClass_T3, awsec2.InstanceSize_MEDIUM)
	}
	if ip.ParameterGroup != nil && ip.Parameters != nil {
		l2.Throw(c, "You cannot specify both parameterGroup and parameters")
	}
	pg := ip.ParameterGroup
	if pg == nil && ip.Parameters != nil {
		pg = NewParameterGroup(c, jsii.String("InstanceParameterGroup"), &ParameterGroupProps{Engine: props.Engine, Parameters: ip.Parameters})
	}
	var pgName *string
	if pg != nil {
		pgName = pg.BindToInstance(&ParameterGroupInstanceBindOptions{}).ParameterGroupName
	}
	public := boolOrNil(ip.PubliclyAccessible)
	if ip.PubliclyAccessible == nil && ip.VpcSubnets != nil {
		public = jsii.Bool(ip.VpcSubnets.SubnetType == awsec2.SubnetType_PUBLIC)
	}
	var enablePI interface{}
	if piOn {
		enablePI = jsii.Bool(true)
	} else {
		enablePI = boolOrNil(ip.EnablePerformanceInsights)
	}
	var prev CfnDBInstance
	for i := 1; i <= int(count); i++ {
		n := strconv.Itoa(i)
		var identifier *string
		if props.InstanceIdentifierBase != nil {
			identifier = jsii.String(*props.InstanceIdentifierBase + n)
		} else if props.ClusterIdentifier != nil {
			identifier = jsii.String(*props.ClusterIdentifier + "instance" + n)
		}
		cfn := &CfnDBInstanceProps{Engine: props.Engine.EngineType(), DbClusterIdentifier: c.identifier, DbInstanceIdentifier: identifier,
			DbInstanceClass: jsii.String("db." + *it.ToString()), PubliclyAccessible: public, EnablePerformanceInsights: enablePI,
			DbSubnetGroupName: c.subnetGroup.DbSubnetGroupRef().DbSubnetGroupName, DbParameterGroupName: pgName,
			AutoMinorVersionUpgrade: boolOrNil(ip.AutoMinorVersionUpgrade), AllowMajorVersionUpgrade: boolOrNil(ip.AllowMajorVersionUpgrade),
			DeleteAutomatedBackups: boolOrNil(ip.DeleteAutomatedBackups), PreferredMaintenanceWindow: ip.PreferredMaintenanceWindow}
		if k := ip.PerformanceInsightEncryptionKey; k != nil {
			cfn.PerformanceInsightsKmsKeyId = k.KeyArn()
		}
		if ret != "" {
			cfn.PerformanceInsightsRetentionPeriod = jsii.Number(retentionDays[ret])
		}
		if !isTrue(props.EnableClusterLevelEnhancedMonitoring) {
			if props.MonitoringInterval != nil {
				cfn.MonitoringInterval = props.MonitoringInterval.ToSeconds(nil)
			}
			if c.monitoringRole != nil {
				cfn.MonitoringRoleArn = c.monitoringRole.RoleArn()
			}
		}
		inst := NewCfnDBInstance(c, jsii.String("Instance"+n), cfn)
		checkInstanceRules(inst)
		inst.ApplyRemovalPolicy(helperRemovalPolicy(props.RemovalPolicy), nil)
		inst.Node().AddDependency(internet)
		c.instanceIDs = append(c.instanceIDs, inst.Ref())
		c.instanceEndpoints = append(c.instanceEndpoints, NewEndpoint(inst.AttrEndpointAddress(), c.endpoint.Port()))
		if prev != nil && props.InstanceUpdateBehaviour == InstanceUpdateBehaviour_ROLLING {
			inst.Node().AddDependency(prev)
		}
		prev = inst
	}
}

// insightsRuleErrors are aws-cdk-lib's Database Insights rules.
func insightsRuleErrors(enable *bool, retention PerformanceInsightRetention, hasKey bool, mode DatabaseInsightsMode) []string {
	var out []string
	if enable != nil && !*enable && (retention != "" || hasKey || mode == DatabaseInsightsMode_ADVANCED) {
		out = append(out, "`enablePerformanceInsights` disabled, but `performanceInsightRetention` or `performanceInsightEncryptionKey` was set, or `databaseInsightsMode` was set to '${DatabaseInsightsMode.ADVANCED}'")
	}
	if mode == DatabaseInsightsMode_ADVANCED && retention != PerformanceInsightRetention_MONTHS_15 {
		out = append(out, "`performanceInsightRetention` must be set to '${PerformanceInsightRetention.MONTHS_15}' when `databaseInsightsMode` is set to '${DatabaseInsightsMode.ADVANCED}'")
	}
	return out
}

func validationFailure(class string, msgs []string) string {
	return class + " initialization failed due to the following validation error(s):\n- " + join(msgs, "\n- ")
}

// setLogRetention sets the retention of each exported log group through a
// Custom::LogRetention, returning the log groups by log type.
func setLogRetention(c constructs.Construct, kind string, identifier *string, logs *[]*string, retention awslogs.RetentionDays, role awsiam.IRole) map[string]awslogs.ILogGroup {
	groups := map[string]awslogs.ILogGroup{}
	if logs == nil || retention == "" {
		return groups
	}
	for _, l := range *logs {
		log := deref(l)
		name := jsii.String("/aws/rds/" + kind + "/" + deref(identifier) + "/" + log)
		awslogs.NewLogRetention(c, jsii.String("LogRetention"+log), &awslogs.LogRetentionProps{LogGroupName: name, Retention: retention, Role: role})
		groups[log] = awslogs.LogGroup_FromLogGroupName(c, jsii.String("LogGroup"+deref(identifier)+log), name)
	}
	return groups
}
