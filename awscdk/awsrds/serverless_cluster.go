package awsrds

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsrds"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ServerlessScalingOptions are the capacity settings of an Aurora
// Serverless v1 cluster.
type ServerlessScalingOptions struct {
	// Default: 5 minutes; a zero duration turns auto-pause off.
	AutoPause awscdk.Duration `field:"optional" json:"autoPause" yaml:"autoPause"`
	// Default: the engine's maximum (RDS decides).
	MaxCapacity AuroraCapacityUnit `field:"optional" json:"maxCapacity" yaml:"maxCapacity"`
	// Default: the engine's minimum (RDS decides).
	MinCapacity AuroraCapacityUnit `field:"optional" json:"minCapacity" yaml:"minCapacity"`
	// 60 to 600 seconds; default 5 minutes.
	Timeout awscdk.Duration `field:"optional" json:"timeout" yaml:"timeout"`
	// Default: ROLLBACK_CAPACITY_CHANGE.
	TimeoutAction TimeoutAction `field:"optional" json:"timeoutAction" yaml:"timeoutAction"`
}

// ServerlessClusterProps define an Aurora Serverless v1 cluster.
type ServerlessClusterProps struct {
	Engine IClusterEngine `field:"required" json:"engine" yaml:"engine"`
	// 1 to 35 days; default 1 day.
	BackupRetention awscdk.Duration `field:"optional" json:"backupRetention" yaml:"backupRetention"`
	// Lower-cased under @aws-cdk/aws-rds:lowercaseDbIdentifier.
	ClusterIdentifier *string `field:"optional" json:"clusterIdentifier" yaml:"clusterIdentifier"`
	// Default: true.
	CopyTagsToSnapshot *bool `field:"optional" json:"copyTagsToSnapshot" yaml:"copyTagsToSnapshot"`
	// Default: the engine's default username with a generated secret.
	Credentials         Credentials `field:"optional" json:"credentials" yaml:"credentials"`
	DefaultDatabaseName *string     `field:"optional" json:"defaultDatabaseName" yaml:"defaultDatabaseName"`
	// Default: true when RemovalPolicy is RETAIN.
	DeletionProtection *bool           `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	EnableDataApi      *bool           `field:"optional" json:"enableDataApi" yaml:"enableDataApi"`
	ParameterGroup     IParameterGroup `field:"optional" json:"parameterGroup" yaml:"parameterGroup"`
	// Default: SNAPSHOT.
	RemovalPolicy awscdk.RemovalPolicy      `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	Scaling       *ServerlessScalingOptions `field:"optional" json:"scaling" yaml:"scaling"`
	// Needs Vpc; default a new security group.
	SecurityGroups       *[]awsec2.ISecurityGroup `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	StorageEncryptionKey awskms.IKey              `field:"optional" json:"storageEncryptionKey" yaml:"storageEncryptionKey"`
	// Needs Vpc; default a new subnet group.
	SubnetGroup interfacesawsrds.IDBSubnetGroupRef `field:"optional" json:"subnetGroup" yaml:"subnetGroup"`
	// Default: the cluster runs in the default VPC (RDS decides).
	Vpc        awsec2.IVpc             `field:"optional" json:"vpc" yaml:"vpc"`
	VpcSubnets *awsec2.SubnetSelection `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// ServerlessClusterFromSnapshotProps define an Aurora Serverless v1 cluster
// restored from a snapshot.
type ServerlessClusterFromSnapshotProps struct {
	Engine             IClusterEngine  `field:"required" json:"engine" yaml:"engine"`
	SnapshotIdentifier *string         `field:"required" json:"snapshotIdentifier" yaml:"snapshotIdentifier"`
	BackupRetention    awscdk.Duration `field:"optional" json:"backupRetention" yaml:"backupRetention"`
	ClusterIdentifier  *string         `field:"optional" json:"clusterIdentifier" yaml:"clusterIdentifier"`
	CopyTagsToSnapshot *bool           `field:"optional" json:"copyTagsToSnapshot" yaml:"copyTagsToSnapshot"`
	// Default: the snapshot's credentials.
	Credentials         SnapshotCredentials                `field:"optional" json:"credentials" yaml:"credentials"`
	DefaultDatabaseName *string                            `field:"optional" json:"defaultDatabaseName" yaml:"defaultDatabaseName"`
	DeletionProtection  *bool                              `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	EnableDataApi       *bool                              `field:"optional" json:"enableDataApi" yaml:"enableDataApi"`
	ParameterGroup      IParameterGroup                    `field:"optional" json:"parameterGroup" yaml:"parameterGroup"`
	RemovalPolicy       awscdk.RemovalPolicy               `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	Scaling             *ServerlessScalingOptions          `field:"optional" json:"scaling" yaml:"scaling"`
	SecurityGroups      *[]awsec2.ISecurityGroup           `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	SubnetGroup         interfacesawsrds.IDBSubnetGroupRef `field:"optional" json:"subnetGroup" yaml:"subnetGroup"`
	Vpc                 awsec2.IVpc                        `field:"optional" json:"vpc" yaml:"vpc"`
	VpcSubnets          *awsec2.SubnetSelection            `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// ServerlessClusterAttributes describe an existing Aurora Serverless v1 cluster.
type ServerlessClusterAttributes struct {
	ClusterIdentifier      *string                   `field:"required" json:"clusterIdentifier" yaml:"clusterIdentifier"`
	ClusterEndpointAddress *string                   `field:"optional" json:"clusterEndpointAddress" yaml:"clusterEndpointAddress"`
	Port                   *float64                  `field:"optional" json:"port" yaml:"port"`
	ReaderEndpointAddress  *string                   `field:"optional" json:"readerEndpointAddress" yaml:"readerEndpointAddress"`
	Secret                 awssecretsmanager.ISecret `field:"optional" json:"secret" yaml:"secret"`
	SecurityGroups         *[]awsec2.ISecurityGroup  `field:"optional" json:"securityGroups" yaml:"securityGroups"`
}

// IServerlessCluster is an Aurora Serverless v1 cluster, defined here or imported.
type IServerlessCluster interface {
	awsec2.IConnectable
	interfacesawsrds.IDBClusterRef
	awscdk.IResource
	awssecretsmanager.ISecretAttachmentTarget
	GrantDataApiAccess(grantee awsiam.IGrantable) awsiam.Grant
	ClusterArn() *string
	ClusterEndpoint() Endpoint
	ClusterIdentifier() *string
	ClusterReadEndpoint() Endpoint
}

// ServerlessCluster is an Aurora Serverless v1 cluster defined in this app.
type ServerlessCluster interface {
	awscdk.Resource
	IServerlessCluster
	Connections() awsec2.Connections
	EnableDataApi() *bool
	SetEnableDataApi(val *bool)
	NewCfnProps() *CfnDBClusterProps
	Secret() awssecretsmanager.ISecret
	SecurityGroups() *[]awsec2.ISecurityGroup
	AddRotationMultiUser(id *string, options *RotationMultiUserOptions) awssecretsmanager.SecretRotation
	AddRotationSingleUser(options *RotationSingleUserOptions) awssecretsmanager.SecretRotation
}

// ServerlessClusterFromSnapshot is an Aurora Serverless v1 cluster restored
// from a snapshot.
type ServerlessClusterFromSnapshot interface {
	awscdk.Resource
	IServerlessCluster
	Connections() awsec2.Connections
	EnableDataApi() *bool
	SetEnableDataApi(val *bool)
	NewCfnProps() *CfnDBClusterProps
	Secret() awssecretsmanager.ISecret
	SecurityGroups() *[]awsec2.ISecurityGroup
}

// serverlessBase is what owned and imported serverless clusters share.
type serverlessBase struct {
	awscdk.Resource
	identifier             *string
	conns                  awsec2.Connections
	secret                 awssecretsmanager.ISecret
	dataAPI                *bool
	endpoint, readEndpoint Endpoint
}

func (c *serverlessBase) ClusterIdentifier() *string        { return c.identifier }
func (c *serverlessBase) Connections() awsec2.Connections   { return c.conns }
func (c *serverlessBase) Secret() awssecretsmanager.ISecret { return c.secret }
func (c *serverlessBase) EnableDataApi() *bool              { return c.dataAPI }
func (c *serverlessBase) SetEnableDataApi(val *bool)        { c.dataAPI = val }
func (c *serverlessBase) ClusterEndpoint() Endpoint         { return c.endpoint }
func (c *serverlessBase) ClusterReadEndpoint() Endpoint     { return c.readEndpoint }
func (c *serverlessBase) DbClusterRef() *interfacesawsrds.DBClusterReference {
	return &interfacesawsrds.DBClusterReference{DbClusterIdentifier: c.identifier, DbClusterArn: c.ClusterArn()}
}

func (c *serverlessBase) ClusterArn() *string {
	return awscdk.Stack_Of(c).FormatArn(&awscdk.ArnComponents{Service: jsii.String("rds"), Resource: jsii.String("cluster"),
		ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME, ResourceName: c.identifier})
}

func (c *serverlessBase) AsSecretAttachmentTarget() *awssecretsmanager.SecretAttachmentTargetProps {
	return &awssecretsmanager.SecretAttachmentTargetProps{TargetId: c.identifier, TargetType: awssecretsmanager.AttachmentTargetType_RDS_DB_CLUSTER}
}

// GrantDataApiAccess lets grantee use the Data API on any cluster (as
// aws-cdk-lib grants it for Serverless v1) and read the secret, turning the
// Data API on.
func (c *serverlessBase) GrantDataApiAccess(grantee awsiam.IGrantable) awsiam.Grant {
	return grantDataAPI(c, &c.dataAPI, jsii.String("*"), c.secret, grantee)
}

// serverlessCluster is both a new cluster and one restored from a snapshot.
type serverlessCluster struct {
	serverlessBase
	res        CfnDBCluster
	cfnProps   *CfnDBClusterProps
	sgs        []awsec2.ISecurityGroup
	vpc        awsec2.IVpc
	vpcSubnets *awsec2.SubnetSelection
	engine     IClusterEngine
}

func (c *serverlessCluster) NewCfnProps() *CfnDBClusterProps { return c.cfnProps }
func (c *serverlessCluster) SecurityGroups() *[]awsec2.ISecurityGroup {
	sgs := append([]awsec2.ISecurityGroup(nil), c.sgs...)
	return &sgs
}

func (c *serverlessCluster) rotation() *rotationTarget {
	return &rotationTarget{owner: c, target: c, secret: c.secret, vpc: c.vpc, subnets: c.vpcSubnets,
		single: c.engine.SingleUserRotationApplication(), multi: c.engine.MultiUserRotationApplication(), noun: "cluster",
		noSingle: "Cannot add single user rotation for a cluster without secret.",
		noMulti:  "Cannot add multi user rotation for a cluster without secret."}
}

// AddRotationSingleUser rotates the master password with the engine's
// single user rotation application; the cluster needs a VPC.
func (c *serverlessCluster) AddRotationSingleUser(options *RotationSingleUserOptions) awssecretsmanager.SecretRotation {
	t := c.rotation()
	if t.secret != nil && c.vpc == nil {
		l2.Throw(c, "Cannot add single user rotation for a cluster without VPC.")
	}
	return t.addSingle(options)
}

// AddRotationMultiUser rotates options.Secret's password using the master
// secret; the cluster needs a VPC.
func (c *serverlessCluster) AddRotationMultiUser(id *string, options *RotationMultiUserOptions) awssecretsmanager.SecretRotation {
	t := c.rotation()
	if t.secret != nil && c.vpc == nil {
		l2.Throw(c, "Cannot add multi user rotation for a cluster without VPC.")
	}
	return t.addMulti(id, options)
}

// serverlessCommon is what ServerlessClusterProps and
// ServerlessClusterFromSnapshotProps share.
type serverlessCommon struct {
	engine             IClusterEngine
	backupRetention    awscdk.Duration
	clusterIdentifier  *string
	copyTags           *bool
	databaseName       *string
	deletionProtection *bool
	dataAPI            *bool
	parameterGroup     IParameterGroup
	removalPolicy      awscdk.RemovalPolicy
	scaling            *ServerlessScalingOptions
	securityGroups     *[]awsec2.ISecurityGroup
	subnetGroup        interfacesawsrds.IDBSubnetGroupRef
	vpc                awsec2.IVpc
	vpcSubnets         *awsec2.SubnetSelection
}

// newServerless does what both kinds of Serverless v1 cluster share up to
// the credentials: groups, engine, validation and the CFN props.
func newServerless(scope constructs.Construct, id *string, p *serverlessCommon) (*serverlessCluster, *CfnDBClusterProps) {
	c := &serverlessCluster{}
	c.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(c.Resource, c)
	c.engine, c.vpc, c.vpcSubnets, c.dataAPI = p.engine, p.vpc, p.vpcSubnets, p.dataAPI
	if p.vpc == nil {
		switch {
		case p.vpcSubnets != nil:
			l2.Throw(c, "A VPC is required to use vpcSubnets in ServerlessCluster. Please add a VPC or remove vpcSubnets")
		case p.subnetGroup != nil:
			l2.Throw(c, "A VPC is required to use subnetGroup in ServerlessCluster. Please add a VPC or remove subnetGroup")
		case p.securityGroups != nil:
			l2.Throw(c, "A VPC is required to use securityGroups in ServerlessCluster. Please add a VPC or remove securityGroups")
		}
	}
	subnetGroup := p.subnetGroup
	if p.vpc != nil {
		if n := len(*p.vpc.SelectSubnets(p.vpcSubnets).SubnetIds); n < 2 {
			l2.AddError(c, "Cluster requires at least 2 subnets, got %d", n)
		}
		if subnetGroup == nil {
			var rp awscdk.RemovalPolicy
			if p.removalPolicy == awscdk.RemovalPolicy_RETAIN {
				rp = awscdk.RemovalPolicy_RETAIN
			}
			subnetGroup = NewSubnetGroup(c, jsii.String("Subnets"), &SubnetGroupProps{
				Description: jsii.String("Subnets for " + *id + " database"), Vpc: p.vpc, VpcSubnets: p.vpcSubnets, RemovalPolicy: rp,
			})
		}
		if p.securityGroups == nil {
			c.sgs = []awsec2.ISecurityGroup{awsec2.NewSecurityGroup(c, jsii.String("SecurityGroup"), &awsec2.SecurityGroupProps{
				Description: jsii.String("RDS security group"), Vpc: p.vpc})}
		}
	}
	if p.securityGroups != nil {
		c.sgs = append(c.sgs, (*p.securityGroups)...)
	}
	var retentionDays *float64
	if d := p.backupRetention; d != nil {
		retentionDays = d.ToDays(nil)
		if days := *retentionDays; days < 1 || days > 35 {
			l2.Throw(c, "backup retention period must be between 1 and 35 days. received: %s", jsNumber(days))
		}
	}
	bound := p.engine.BindToCluster(c, &ClusterEngineBindOptions{ParameterGroup: p.parameterGroup})
	pg := p.parameterGroup
	if pg == nil {
		pg = bound.ParameterGroup
	}
	var pgName *string
	if pg != nil {
		pgName = pg.BindToCluster(&ParameterGroupClusterBindOptions{}).ParameterGroupName
	}
	clusterID := p.clusterIdentifier
	if clusterID != nil && flag(c, "@aws-cdk/aws-rds:lowercaseDbIdentifier") && !*awscdk.Token_IsUnresolved(clusterID) {
		clusterID = jsii.String(toLower(*clusterID))
	}
	sgIDs := make([]*string, len(c.sgs))
	for i, sg := range c.sgs {
		sgIDs[i] = sg.SecurityGroupId()
	}
	cfn := &CfnDBClusterProps{
		BackupRetentionPeriod:       retentionDays,
		DatabaseName:                p.databaseName,
		DbClusterIdentifier:         clusterID,
		DbClusterParameterGroupName: strOrNil(pgName),
		DeletionProtection:          boolOrNil(defaultDeletionProtection(p.deletionProtection, p.removalPolicy)),
		Engine:                      p.engine.EngineType(),
		EngineMode:                  jsii.String("serverless"),
		EnableHttpEndpoint:          awscdk.Lazy_Any(anyProducer(func() interface{} { return boolOrNil(c.dataAPI) }), nil),
		StorageEncrypted:            jsii.Bool(true),
		VpcSecurityGroupIds:         anyList(&sgIDs),
		CopyTagsToSnapshot:          jsii.Bool(true),
	}
	if subnetGroup != nil {
		cfn.DbSubnetGroupName = strOrNil(subnetGroup.DbSubnetGroupRef().DbSubnetGroupName)
	}
	if p.copyTags != nil {
		cfn.CopyTagsToSnapshot = p.copyTags
	}
	if v := p.engine.EngineVersion(); v != nil {
		cfn.EngineVersion = v.FullVersion
	}
	if p.scaling != nil {
		cfn.ScalingConfiguration = c.renderScaling(p.scaling)
	}
	c.cfnProps = cfn
	return c, cfn
}

var capacityUnits = map[AuroraCapacityUnit]float64{
	AuroraCapacityUnit_ACU_1: 1, AuroraCapacityUnit_ACU_2: 2, AuroraCapacityUnit_ACU_4: 4, AuroraCapacityUnit_ACU_8: 8,
	AuroraCapacityUnit_ACU_16: 16, AuroraCapacityUnit_ACU_32: 32, AuroraCapacityUnit_ACU_64: 64, AuroraCapacityUnit_ACU_128: 128,
	AuroraCapacityUnit_ACU_192: 192, AuroraCapacityUnit_ACU_256: 256, AuroraCapacityUnit_ACU_384: 384,
}

var timeoutActions = map[TimeoutAction]string{
	TimeoutAction_ROLLBACK_CAPACITY_CHANGE:    "RollbackCapacityChange",
	TimeoutAction_FORCE_APPLY_CAPACITY_CHANGE: "ForceApplyCapacityChange",
}

func (c *serverlessCluster) capacity(u AuroraCapacityUnit) *float64 {
	if u == "" {
		return nil
	}
	n, ok := capacityUnits[u]
	if !ok {
		l2.Throw(c, "unknown AuroraCapacityUnit %q", string(u))
	}
	return jsii.Number(n)
}

func (c *serverlessCluster) renderScaling(o *ServerlessScalingOptions) *CfnDBCluster_ScalingConfigurationProperty {
	minCap, maxCap := c.capacity(o.MinCapacity), c.capacity(o.MaxCapacity)
	if minCap != nil && maxCap != nil && *minCap > *maxCap {
		l2.Throw(c, "maximum capacity must be greater than or equal to minimum capacity.")
	}
	var autoPause, timeout *float64
	if o.AutoPause != nil {
		autoPause = o.AutoPause.ToSeconds(nil)
		if s := *autoPause; s != 0 && (s < 300 || s > 86400) {
			l2.Throw(c, "auto pause time must be between 5 minutes and 1 day.")
		}
	}
	if o.Timeout != nil {
		timeout = o.Timeout.ToSeconds(nil)
		if s := *timeout; s != 0 && (s < 60 || s > 600) {
			l2.Throw(c, "timeout must be between 60 and 600 seconds, but got %s seconds.", jsNumber(s))
		}
	}
	// Auto-pause stays on unless the duration is zero, as in aws-cdk-lib.
	cfg := &CfnDBCluster_ScalingConfigurationProperty{AutoPause: jsii.Bool(autoPause == nil || *autoPause != 0),
		MinCapacity: minCap, MaxCapacity: maxCap, SecondsBeforeTimeout: timeout}
	if autoPause != nil && *autoPause != 0 {
		cfg.SecondsUntilAutoPause = autoPause
	}
	if a := o.TimeoutAction; a != "" {
		v, ok := timeoutActions[a]
		if !ok {
			l2.Throw(c, "unknown TimeoutAction %q", string(a))
		}
		cfg.TimeoutAction = jsii.String(v)
	}
	return cfg
}

// createResource makes the AWS::RDS::DBCluster, its endpoints and connections.
func (c *serverlessCluster) createResource(cfn *CfnDBClusterProps, rp awscdk.RemovalPolicy) {
	c.res = NewCfnDBCluster(c, jsii.String("Resource"), cfn)
	checkClusterRules(c.res)
	c.identifier = c.res.Ref()
	port := awscdk.Token_AsNumber(c.res.AttrEndpointPort())
	c.endpoint = NewEndpoint(c.res.AttrEndpointAddress(), port)
	c.readEndpoint = NewEndpoint(c.res.AttrReadEndpointAddress(), port)
	c.conns = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &c.sgs, DefaultPort: awsec2.Port_Tcp(port)})
	if rp == "" {
		rp = awscdk.RemovalPolicy_SNAPSHOT
	}
	c.res.ApplyRemovalPolicy(rp, nil)
}

// NewServerlessCluster creates an Aurora Serverless v1 cluster.
func NewServerlessCluster(scope constructs.Construct, id *string, props *ServerlessClusterProps) ServerlessCluster {
	props = l2.Inject(*ServerlessCluster_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Engine == nil {
		l2.RequireProps(scope, id, "ServerlessCluster", "engine")
	}
	c, cfn := newServerless(scope, id, &serverlessCommon{engine: props.Engine, backupRetention: props.BackupRetention,
		clusterIdentifier: props.ClusterIdentifier, copyTags: props.CopyTagsToSnapshot, databaseName: props.DefaultDatabaseName,
		deletionProtection: props.DeletionProtection, dataAPI: props.EnableDataApi, parameterGroup: props.ParameterGroup,
		removalPolicy: props.RemovalPolicy, scaling: props.Scaling, securityGroups: props.SecurityGroups,
		subnetGroup: props.SubnetGroup, vpc: props.Vpc, vpcSubnets: props.VpcSubnets})
	creds := renderCredentials(c, props.Engine, props.Credentials)
	cfn.MasterUsername = creds.Username()
	if pw := creds.Password(); pw != nil {
		cfn.MasterUserPassword = pw.UnsafeUnwrap()
	}
	if k := props.StorageEncryptionKey; k != nil {
		cfn.KmsKeyId = k.KeyArn()
	}
	c.createResource(cfn, props.RemovalPolicy)
	if s := creds.Secret(); s != nil {
		c.secret = s.Attach(c)
	}
	return c
}

// NewServerlessClusterFromSnapshot restores an Aurora Serverless v1 cluster
// from a snapshot.
func NewServerlessClusterFromSnapshot(scope constructs.Construct, id *string, props *ServerlessClusterFromSnapshotProps) ServerlessClusterFromSnapshot {
	props = l2.Inject(*ServerlessClusterFromSnapshot_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Engine == nil || props.SnapshotIdentifier == nil {
		l2.RequireProps(scope, id, "ServerlessClusterFromSnapshot", "engine", "snapshotIdentifier")
	}
	c, cfn := newServerless(scope, id, &serverlessCommon{engine: props.Engine, backupRetention: props.BackupRetention,
		clusterIdentifier: props.ClusterIdentifier, copyTags: props.CopyTagsToSnapshot, databaseName: props.DefaultDatabaseName,
		deletionProtection: props.DeletionProtection, dataAPI: props.EnableDataApi, parameterGroup: props.ParameterGroup,
		removalPolicy: props.RemovalPolicy, scaling: props.Scaling, securityGroups: props.SecurityGroups,
		subnetGroup: props.SubnetGroup, vpc: props.Vpc, vpcSubnets: props.VpcSubnets})
	creds := props.Credentials
	var secret awssecretsmanager.ISecret
	if creds != nil {
		secret = creds.Secret()
		if secret == nil && isTrue(creds.GeneratePassword()) {
			if creds.Username() == nil {
				l2.Throw(c, "`credentials` `username` must be specified when `generatePassword` is set to true")
			}
			secret = NewDatabaseSecret(c, jsii.String("Secret"), &DatabaseSecretProps{Username: creds.Username(),
				EncryptionKey: creds.EncryptionKey(), ExcludeCharacters: creds.ExcludeCharacters(),
				ReplaceOnPasswordCriteriaChanges: creds.ReplaceOnPasswordCriteriaChanges(), ReplicaRegions: creds.ReplicaRegions()})
		}
	}
	cfn.SnapshotIdentifier = props.SnapshotIdentifier
	if secret != nil {
		cfn.MasterUserPassword = secret.SecretValueFromJson(jsii.String("password")).UnsafeUnwrap()
	} else if creds != nil && creds.Password() != nil {
		cfn.MasterUserPassword = creds.Password().UnsafeUnwrap()
	}
	c.createResource(cfn, props.RemovalPolicy)
	if secret != nil {
		c.secret = secret.Attach(c)
	}
	return c
}

// importedServerless is an existing Serverless v1 cluster.
type importedServerless struct{ serverlessBase }

// ServerlessCluster_FromServerlessClusterAttributes imports a Serverless v1
// cluster. Its endpoints exist only when the attributes give an address
// and a port; the Data API is taken to be enabled.
func ServerlessCluster_FromServerlessClusterAttributes(scope constructs.Construct, id *string, attrs *ServerlessClusterAttributes) IServerlessCluster {
	if attrs == nil || attrs.ClusterIdentifier == nil {
		l2.RequireArg(scope, "ServerlessCluster_FromServerlessClusterAttributes", "attrs.ClusterIdentifier")
	}
	c := &importedServerless{}
	c.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(c.Resource, c)
	c.identifier, c.secret, c.dataAPI = attrs.ClusterIdentifier, attrs.Secret, jsii.Bool(true)
	var port awsec2.Port
	if attrs.Port != nil {
		port = awsec2.Port_Tcp(attrs.Port)
	}
	var sgs []awsec2.ISecurityGroup
	if attrs.SecurityGroups != nil {
		sgs = append(sgs, (*attrs.SecurityGroups)...)
	}
	c.conns = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &sgs, DefaultPort: port})
	if attrs.ClusterEndpointAddress != nil && attrs.Port != nil {
		c.endpoint = NewEndpoint(attrs.ClusterEndpointAddress, attrs.Port)
	}
	if attrs.ReaderEndpointAddress != nil && attrs.Port != nil {
		c.readEndpoint = NewEndpoint(attrs.ReaderEndpointAddress, attrs.Port)
	}
	return c
}

func (c *importedServerless) ClusterEndpoint() Endpoint {
	if c.endpoint == nil {
		l2.Throw(c, "Cannot access `clusterEndpoint` of an imported cluster without an endpoint address and port")
	}
	return c.endpoint
}

func (c *importedServerless) ClusterReadEndpoint() Endpoint {
	if c.readEndpoint == nil {
		l2.Throw(c, "Cannot access `clusterReadEndpoint` of an imported cluster without a readerEndpointAddress and port")
	}
	return c.readEndpoint
}

// ServerlessCluster_PROPERTY_INJECTION_ID is the id property injectors use for ServerlessCluster.
func ServerlessCluster_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-rds.ServerlessCluster")
}

// ServerlessCluster_IsConstruct reports whether x is a construct.
func ServerlessCluster_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ServerlessCluster_IsResource reports whether the construct is a resource.
func ServerlessCluster_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// ServerlessCluster_IsOwnedResource reports whether the construct is a resource owned by this app.
func ServerlessCluster_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// ServerlessClusterFromSnapshot_PROPERTY_INJECTION_ID is the id property injectors use for ServerlessClusterFromSnapshot.
func ServerlessClusterFromSnapshot_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-rds.ServerlessClusterFromSnapshot")
}

// ServerlessClusterFromSnapshot_IsConstruct reports whether x is a construct.
func ServerlessClusterFromSnapshot_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// ServerlessClusterFromSnapshot_IsResource reports whether the construct is a resource.
func ServerlessClusterFromSnapshot_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// ServerlessClusterFromSnapshot_IsOwnedResource reports whether the construct is a resource owned by this app.
func ServerlessClusterFromSnapshot_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// NewServerlessCluster_Override builds a ServerlessCluster into c.
func NewServerlessCluster_Override(c ServerlessCluster, scope constructs.Construct, id *string, props *ServerlessClusterProps) {
	l2.Override(c, NewServerlessCluster(scope, id, props))
}

// NewServerlessClusterFromSnapshot_Override builds a ServerlessClusterFromSnapshot into c.
func NewServerlessClusterFromSnapshot_Override(c ServerlessClusterFromSnapshot, scope constructs.Construct, id *string, props *ServerlessClusterFromSnapshotProps) {
	l2.Override(c, NewServerlessClusterFromSnapshot(scope, id, props))
}
