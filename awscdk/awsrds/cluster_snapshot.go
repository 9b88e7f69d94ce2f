package awsrds

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsrds"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// DatabaseClusterFromSnapshotProps define a cluster restored from a snapshot.
type DatabaseClusterFromSnapshotProps struct {
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
	// The snapshot to restore (name or ARN).
	SnapshotIdentifier *string `field:"required" json:"snapshotIdentifier" yaml:"snapshotIdentifier"`
	// Default: the snapshot's master user and password.
	SnapshotCredentials SnapshotCredentials `field:"optional" json:"snapshotCredentials" yaml:"snapshotCredentials"`
}

// DatabaseClusterFromSnapshot is a cluster restored from a snapshot.
type DatabaseClusterFromSnapshot interface {
	DatabaseCluster
}

// DatabaseClusterFromSnapshot_PROPERTY_INJECTION_ID is the id property injectors use for DatabaseClusterFromSnapshot.
func DatabaseClusterFromSnapshot_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-rds.DatabaseClusterFromSnapshot")
}

// DatabaseClusterFromSnapshot_IsConstruct reports whether x is a construct.
func DatabaseClusterFromSnapshot_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// DatabaseClusterFromSnapshot_IsResource reports whether the construct is a resource.
func DatabaseClusterFromSnapshot_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// DatabaseClusterFromSnapshot_IsOwnedResource reports whether the construct is a resource owned by this app.
func DatabaseClusterFromSnapshot_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// NewDatabaseClusterFromSnapshot restores an Aurora cluster from a snapshot.
func NewDatabaseClusterFromSnapshot(scope constructs.Construct, id *string, props *DatabaseClusterFromSnapshotProps) DatabaseClusterFromSnapshot {
	props = l2.Inject(*DatabaseClusterFromSnapshot_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Engine == nil {
		l2.RequireProps(scope, id, "DatabaseClusterFromSnapshot", "engine", "snapshotIdentifier", "vpc")
	}
	common := &DatabaseClusterProps{
		Engine:                               props.Engine,
		AutoMinorVersionUpgrade:              props.AutoMinorVersionUpgrade,
		BacktrackWindow:                      props.BacktrackWindow,
		Backup:                               props.Backup,
		CloudwatchLogsExports:                props.CloudwatchLogsExports,
		CloudwatchLogsRetention:              props.CloudwatchLogsRetention,
		CloudwatchLogsRetentionRole:          props.CloudwatchLogsRetentionRole,
		ClusterIdentifier:                    props.ClusterIdentifier,
		ClusterScailabilityType:              props.ClusterScailabilityType,
		ClusterScalabilityType:               props.ClusterScalabilityType,
		CopyTagsToSnapshot:                   props.CopyTagsToSnapshot,
		Credentials:                          props.Credentials,
		DatabaseInsightsMode:                 props.DatabaseInsightsMode,
		DefaultDatabaseName:                  props.DefaultDatabaseName,
		DeleteAutomatedBackups:               props.DeleteAutomatedBackups,
		DeletionProtection:                   props.DeletionProtection,
		Domain:                               props.Domain,
		DomainRole:                           props.DomainRole,
		EnableClusterLevelEnhancedMonitoring: props.EnableClusterLevelEnhancedMonitoring,
		EnableDataApi:                        props.EnableDataApi,
		EnableLocalWriteForwarding:           props.EnableLocalWriteForwarding,
		EnablePerformanceInsights:            props.EnablePerformanceInsights,
		EngineLifecycleSupport:               props.EngineLifecycleSupport,
		IamAuthentication:                    props.IamAuthentication,
		InstanceIdentifierBase:               props.InstanceIdentifierBase,
		InstanceProps:                        props.InstanceProps,
		Instances:                            props.Instances,
		InstanceUpdateBehaviour:              props.InstanceUpdateBehaviour,
		ManageMasterUserPassword:             props.ManageMasterUserPassword,
		MonitoringInterval:                   props.MonitoringInterval,
		MonitoringRole:                       props.MonitoringRole,
		NetworkType:                          props.NetworkType,
		ParameterGroup:                       props.ParameterGroup,
		Parameters:                           props.Parameters,
		PerformanceInsightEncryptionKey:      props.PerformanceInsightEncryptionKey,
		PerformanceInsightRetention:          props.PerformanceInsightRetention,
		Port:                                 props.Port,
		PreferredMaintenanceWindow:           props.PreferredMaintenanceWindow,
		Readers:                              props.Readers,
		RemovalPolicy:                        props.RemovalPolicy,
		S3ExportBuckets:                      props.S3ExportBuckets,
		S3ExportRole:                         props.S3ExportRole,
		S3ImportBuckets:                      props.S3ImportBuckets,
		S3ImportRole:                         props.S3ImportRole,
		SecurityGroups:                       props.SecurityGroups,
		ServerlessV2AutoPauseDuration:        props.ServerlessV2AutoPauseDuration,
		ServerlessV2MaxCapacity:              props.ServerlessV2MaxCapacity,
		ServerlessV2MinCapacity:              props.ServerlessV2MinCapacity,
		StorageEncrypted:                     props.StorageEncrypted,
		StorageEncryptionKey:                 props.StorageEncryptionKey,
		StorageType:                          props.StorageType,
		SubnetGroup:                          props.SubnetGroup,
		Vpc:                                  props.Vpc,
		VpcSubnets:                           props.VpcSubnets,
		Writer:                               props.Writer,
	}
	c, cfn := newClusterCommon(scope, id, common)
	if props.Credentials != nil && props.Credentials.Password() == nil && props.Credentials.Secret() == nil {
		awscdk.Annotations_Of(c).AddWarningV2(jsii.String("@aws-cdk/aws-rds:useSnapshotCredentials"),
			jsii.String("Use `snapshotCredentials` to modify password of a cluster created from a snapshot."))
	}
	if props.Credentials == nil && props.SnapshotCredentials == nil {
		awscdk.Annotations_Of(c).AddWarningV2(jsii.String("@aws-cdk/aws-rds:generatedCredsNotApplied"),
			jsii.String("Generated credentials will not be applied to cluster. Use `snapshotCredentials` instead. `addRotationSingleUser()` and `addRotationMultiUser()` cannot be used on this cluster."))
	}
	managed := isTrue(props.ManageMasterUserPassword)
	if managed {
		checkManagedSnapshotCredentials(c, props.SnapshotCredentials)
	}
	c.managedPassword = props.ManageMasterUserPassword
	// Without @aws-cdk/aws-rds:preventRenderingDeprecatedCredentials a secret
	// is still made for the unused credentials, as aws-cdk-lib once did.
	var deprecated Credentials
	if !managed && !flag(c, "@aws-cdk/aws-rds:preventRenderingDeprecatedCredentials") {
		deprecated = renderCredentials(c, props.Engine, props.Credentials)
	}
	creds := props.SnapshotCredentials
	var secret awssecretsmanager.ISecret
	var secretKey awskms.IKey
	if creds != nil {
		secret = creds.Secret()
		if secret == nil && isTrue(creds.GeneratePassword()) {
			if creds.Username() == nil {
				l2.Throw(c, "`snapshotCredentials` `username` must be specified when `generatePassword` is set to true")
			}
			secret = NewDatabaseSecret(c, jsii.String("SnapshotSecret"), &DatabaseSecretProps{Username: creds.Username(),
				EncryptionKey: creds.EncryptionKey(), ExcludeCharacters: creds.ExcludeCharacters(),
				ReplaceOnPasswordCriteriaChanges: creds.ReplaceOnPasswordCriteriaChanges(), ReplicaRegions: creds.ReplicaRegions()})
		}
	}
	cfn.SnapshotIdentifier = props.SnapshotIdentifier
	switch {
	case managed:
		cfn.ManageMasterUserPassword = jsii.Bool(true)
		if creds != nil {
			if arn, key := managedSecretKey(creds.EncryptionKey()); arn != nil {
				cfn.MasterUserSecret = &CfnDBCluster_MasterUserSecretProperty{KmsKeyId: arn}
				secretKey = key
			}
		}
	case secret != nil:
		cfn.MasterUserPassword = secret.SecretValueFromJson(jsii.String("password")).UnsafeUnwrap()
	case creds != nil && creds.Password() != nil:
		cfn.MasterUserPassword = creds.Password().UnsafeUnwrap()
	}
	c.createResource(cfn)
	if managed {
		c.secret = managedSecret(c, c.res.AttrMasterUserSecretSecretArn(), secretKey)
	} else if secret != nil {
		c.secret = secret.Attach(c)
	}
	if deprecated != nil && deprecated.Secret() != nil {
		attached := deprecated.Secret().Attach(c)
		if c.secret == nil {
			c.secret = attached
		}
	}
	c.finishCluster(common)
	return c
}
