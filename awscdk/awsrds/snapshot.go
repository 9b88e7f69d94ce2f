package awsrds

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
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
)

// SnapshotCredentials are the master user's credentials of an instance
// restored from a snapshot.
type SnapshotCredentials interface {
	EncryptionKey() awskms.IKey
	ExcludeCharacters() *string
	GeneratePassword() *bool
	Password() awscdk.SecretValue
	ReplaceOnPasswordCriteriaChanges() *bool
	ReplicaRegions() *[]*awssecretsmanager.ReplicaRegion
	Secret() awssecretsmanager.ISecret
	Username() *string
}

// SnapshotCredentialsFromGeneratedPasswordOptions shape a generated password's secret.
type SnapshotCredentialsFromGeneratedPasswordOptions struct {
	EncryptionKey     awskms.IKey                         `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	ExcludeCharacters *string                             `field:"optional" json:"excludeCharacters" yaml:"excludeCharacters"`
	ReplicaRegions    *[]*awssecretsmanager.ReplicaRegion `field:"optional" json:"replicaRegions" yaml:"replicaRegions"`
}

type snapshotCredentials struct {
	key               awskms.IKey
	exclude           *string
	generate, replace bool
	password          awscdk.SecretValue
	replicas          *[]*awssecretsmanager.ReplicaRegion
	secret            awssecretsmanager.ISecret
	username          *string
}

func (c *snapshotCredentials) EncryptionKey() awskms.IKey   { return c.key }
func (c *snapshotCredentials) ExcludeCharacters() *string   { return c.exclude }
func (c *snapshotCredentials) GeneratePassword() *bool      { return jsii.Bool(c.generate) }
func (c *snapshotCredentials) Password() awscdk.SecretValue { return c.password }
func (c *snapshotCredentials) ReplaceOnPasswordCriteriaChanges() *bool {
	if !c.replace {
		return nil
	}
	return jsii.Bool(true)
}
func (c *snapshotCredentials) ReplicaRegions() *[]*awssecretsmanager.ReplicaRegion { return c.replicas }
func (c *snapshotCredentials) Secret() awssecretsmanager.ISecret                   { return c.secret }
func (c *snapshotCredentials) Username() *string                                   { return c.username }

func generated(username *string, o *SnapshotCredentialsFromGeneratedPasswordOptions, replace bool) SnapshotCredentials {
	if o == nil {
		o = &SnapshotCredentialsFromGeneratedPasswordOptions{}
	}
	return &snapshotCredentials{key: o.EncryptionKey, exclude: o.ExcludeCharacters, replicas: o.ReplicaRegions, generate: true,
		replace: replace, username: username}
}

// SnapshotCredentials_FromGeneratedSecret generates a new password into a
// secret, replaced when the password criteria change.
func SnapshotCredentials_FromGeneratedSecret(username *string, options *SnapshotCredentialsFromGeneratedPasswordOptions) SnapshotCredentials {
	return generated(username, options, true)
}

// SnapshotCredentials_FromGeneratedPassword generates a new password into a secret.
func SnapshotCredentials_FromGeneratedPassword(username *string, options *SnapshotCredentialsFromGeneratedPasswordOptions) SnapshotCredentials {
	return generated(username, options, false)
}

// SnapshotCredentials_FromPassword sets a new password (which ends up in the template).
func SnapshotCredentials_FromPassword(password awscdk.SecretValue) SnapshotCredentials {
	return &snapshotCredentials{password: password}
}

// SnapshotCredentials_FromSecret sets the password held by an existing secret.
func SnapshotCredentials_FromSecret(secret awssecretsmanager.ISecret) SnapshotCredentials {
	if secret == nil {
		l2.RequireArg(nil, "SnapshotCredentials_FromSecret", "secret")
	}
	return &snapshotCredentials{password: secret.SecretValueFromJson(jsii.String("password")), secret: secret}
}

// DatabaseInstanceFromSnapshotProps define an instance restored from a snapshot.
type DatabaseInstanceFromSnapshotProps struct {
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
	InstanceType awsec2.InstanceType `field:"optional" json:"instanceType" yaml:"instanceType"`
	LicenseModel LicenseModel        `field:"optional" json:"licenseModel" yaml:"licenseModel"`
	Parameters   *map[string]*string `field:"optional" json:"parameters" yaml:"parameters"`
	Timezone     *string             `field:"optional" json:"timezone" yaml:"timezone"`
	// The cluster snapshot to restore (one of this and SnapshotIdentifier).
	ClusterSnapshotIdentifier *string `field:"optional" json:"clusterSnapshotIdentifier" yaml:"clusterSnapshotIdentifier"`
	// Default: the snapshot's master user and password.
	Credentials SnapshotCredentials `field:"optional" json:"credentials" yaml:"credentials"`
	// The snapshot to restore (name or ARN).
	SnapshotIdentifier *string `field:"optional" json:"snapshotIdentifier" yaml:"snapshotIdentifier"`
}

// DatabaseInstanceFromSnapshot is an instance restored from a snapshot.
type DatabaseInstanceFromSnapshot interface {
	DatabaseInstance
}

// DatabaseInstanceFromSnapshot_PROPERTY_INJECTION_ID is the id property injectors use for DatabaseInstanceFromSnapshot.
func DatabaseInstanceFromSnapshot_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-rds.DatabaseInstanceFromSnapshot")
}

// DatabaseInstanceFromSnapshot_IsConstruct reports whether x is a construct.
func DatabaseInstanceFromSnapshot_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// DatabaseInstanceFromSnapshot_IsResource reports whether the construct is a resource.
func DatabaseInstanceFromSnapshot_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// DatabaseInstanceFromSnapshot_IsOwnedResource reports whether the construct is a resource owned by this app.
func DatabaseInstanceFromSnapshot_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// NewDatabaseInstanceFromSnapshot restores an instance from a DB or cluster snapshot.
func NewDatabaseInstanceFromSnapshot(scope constructs.Construct, id *string, props *DatabaseInstanceFromSnapshotProps) DatabaseInstanceFromSnapshot {
	props = l2.Inject(*DatabaseInstanceFromSnapshot_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Engine == nil || props.Vpc == nil {
		l2.RequireProps(scope, id, "DatabaseInstanceFromSnapshot", "engine", "vpc")
	}
	d, cfn := newSourceInstance(scope, id, &DatabaseInstanceProps{
		Vpc:                             props.Vpc,
		ApplyImmediately:                props.ApplyImmediately,
		AutoMinorVersionUpgrade:         props.AutoMinorVersionUpgrade,
		AvailabilityZone:                props.AvailabilityZone,
		BackupRetention:                 props.BackupRetention,
		CaCertificate:                   props.CaCertificate,
		CloudwatchLogsExports:           props.CloudwatchLogsExports,
		CloudwatchLogsRetention:         props.CloudwatchLogsRetention,
		CloudwatchLogsRetentionRole:     props.CloudwatchLogsRetentionRole,
		CopyTagsToSnapshot:              props.CopyTagsToSnapshot,
		DatabaseInsightsMode:            props.DatabaseInsightsMode,
		DeleteAutomatedBackups:          props.DeleteAutomatedBackups,
		DeletionProtection:              props.DeletionProtection,
		Domain:                          props.Domain,
		DomainRole:                      props.DomainRole,
		EnablePerformanceInsights:       props.EnablePerformanceInsights,
		EngineLifecycleSupport:          props.EngineLifecycleSupport,
		IamAuthentication:               props.IamAuthentication,
		InstanceIdentifier:              props.InstanceIdentifier,
		Iops:                            props.Iops,
		MaxAllocatedStorage:             props.MaxAllocatedStorage,
		MonitoringInterval:              props.MonitoringInterval,
		MonitoringRole:                  props.MonitoringRole,
		MultiAz:                         props.MultiAz,
		NetworkType:                     props.NetworkType,
		OptionGroup:                     props.OptionGroup,
		ParameterGroup:                  props.ParameterGroup,
		PerformanceInsightEncryptionKey: props.PerformanceInsightEncryptionKey,
		PerformanceInsightRetention:     props.PerformanceInsightRetention,
		Port:                            props.Port,
		PreferredBackupWindow:           props.PreferredBackupWindow,
		PreferredMaintenanceWindow:      props.PreferredMaintenanceWindow,
		ProcessorFeatures:               props.ProcessorFeatures,
		PubliclyAccessible:              props.PubliclyAccessible,
		RemovalPolicy:                   props.RemovalPolicy,
		S3ExportBuckets:                 props.S3ExportBuckets,
		S3ExportRole:                    props.S3ExportRole,
		S3ImportBuckets:                 props.S3ImportBuckets,
		S3ImportRole:                    props.S3ImportRole,
		SecurityGroups:                  props.SecurityGroups,
		StorageThroughput:               props.StorageThroughput,
		StorageType:                     props.StorageType,
		SubnetGroup:                     props.SubnetGroup,
		VpcSubnets:                      props.VpcSubnets,
		Engine:                          props.Engine,
		AllocatedStorage:                props.AllocatedStorage,
		AllowMajorVersionUpgrade:        props.AllowMajorVersionUpgrade,
		DatabaseName:                    props.DatabaseName,
		InstanceType:                    props.InstanceType,
		LicenseModel:                    props.LicenseModel,
		Parameters:                      props.Parameters,
		Timezone:                        props.Timezone,
	})
	host.Set(d.Resource, d)
	if props.SnapshotIdentifier == nil && props.ClusterSnapshotIdentifier == nil {
		l2.Throw(d, "You must specify `snapshotIdentifier` or `clusterSnapshotIdentifier`")
	}
	if props.SnapshotIdentifier != nil && props.ClusterSnapshotIdentifier != nil {
		l2.Throw(d, "You cannot specify both `snapshotIdentifier` and `clusterSnapshotIdentifier`")
	}
	creds := props.Credentials
	var secret awssecretsmanager.ISecret
	if creds != nil {
		secret = creds.Secret()
	}
	if secret == nil && creds != nil && isTrue(creds.GeneratePassword()) {
		if creds.Username() == nil {
			l2.Throw(d, "`credentials` `username` must be specified when `generatePassword` is set to true")
		}
		secret = NewDatabaseSecret(d, jsii.String("Secret"), &DatabaseSecretProps{Username: creds.Username(), EncryptionKey: creds.EncryptionKey(),
			ExcludeCharacters: creds.ExcludeCharacters(), ReplaceOnPasswordCriteriaChanges: creds.ReplaceOnPasswordCriteriaChanges(),
			ReplicaRegions: creds.ReplicaRegions()})
	}
	cfn.DbSnapshotIdentifier = props.SnapshotIdentifier
	cfn.DbClusterSnapshotIdentifier = props.ClusterSnapshotIdentifier
	if secret != nil {
		cfn.MasterUserPassword = secret.SecretValueFromJson(jsii.String("password")).UnsafeUnwrap()
	} else if creds != nil && creds.Password() != nil {
		cfn.MasterUserPassword = creds.Password().UnsafeUnwrap()
	}
	d.cfnProps = cfn
	d.res = NewCfnDBInstance(d, jsii.String("Resource"), cfn)
	checkInstanceRules(d.res)
	d.resourceID = d.res.AttrDbiResourceId()
	d.finish(props.RemovalPolicy)
	if secret != nil {
		d.secret = secret.Attach(d)
	}
	return d
}
