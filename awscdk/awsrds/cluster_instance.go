package awsrds

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsrds"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ClusterInstanceBindOptions are what a cluster passes to its instances.
type ClusterInstanceBindOptions struct {
	MonitoringInterval awscdk.Duration                    `field:"optional" json:"monitoringInterval" yaml:"monitoringInterval"`
	MonitoringRole     interfacesawsiam.IRoleRef          `field:"optional" json:"monitoringRole" yaml:"monitoringRole"`
	PromotionTier      *float64                           `field:"optional" json:"promotionTier" yaml:"promotionTier"`
	RemovalPolicy      awscdk.RemovalPolicy               `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	SubnetGroup        interfacesawsrds.IDBSubnetGroupRef `field:"optional" json:"subnetGroup" yaml:"subnetGroup"`
}

// IAuroraClusterInstance is an instance of an Aurora cluster.
type IAuroraClusterInstance interface {
	interfacesawsrds.IDBInstanceRef
	awscdk.IResource
	DbInstanceArn() *string
	DbInstanceEndpointAddress() *string
	DbiResourceId() *string
	InstanceIdentifier() *string
	InstanceSize() *string
	PerformanceInsightEncryptionKey() awskms.IKey
	PerformanceInsightRetention() PerformanceInsightRetention
	PerformanceInsightsEnabled() *bool
	Tier() *float64
	Type() InstanceType
}

// IClusterInstance is a writer or reader a cluster creates when it binds it.
type IClusterInstance interface {
	Bind(scope constructs.Construct, cluster IDatabaseCluster, options *ClusterInstanceBindOptions) IAuroraClusterInstance
}

// ClusterInstance creates cluster instances.
type ClusterInstance interface {
	IClusterInstance
}

// ServerlessV2ClusterInstanceProps define a Serverless v2 cluster instance.
type ServerlessV2ClusterInstanceProps struct {
	AllowMajorVersionUpgrade        *bool                       `field:"optional" json:"allowMajorVersionUpgrade" yaml:"allowMajorVersionUpgrade"`
	ApplyImmediately                *bool                       `field:"optional" json:"applyImmediately" yaml:"applyImmediately"`
	AutoMinorVersionUpgrade         *bool                       `field:"optional" json:"autoMinorVersionUpgrade" yaml:"autoMinorVersionUpgrade"`
	AvailabilityZone                *string                     `field:"optional" json:"availabilityZone" yaml:"availabilityZone"`
	CaCertificate                   CaCertificate               `field:"optional" json:"caCertificate" yaml:"caCertificate"`
	EnablePerformanceInsights       *bool                       `field:"optional" json:"enablePerformanceInsights" yaml:"enablePerformanceInsights"`
	InstanceIdentifier              *string                     `field:"optional" json:"instanceIdentifier" yaml:"instanceIdentifier"`
	IsFromLegacyInstanceProps       *bool                       `field:"optional" json:"isFromLegacyInstanceProps" yaml:"isFromLegacyInstanceProps"`
	ParameterGroup                  IParameterGroup             `field:"optional" json:"parameterGroup" yaml:"parameterGroup"`
	Parameters                      *map[string]*string         `field:"optional" json:"parameters" yaml:"parameters"`
	PerformanceInsightEncryptionKey awskms.IKey                 `field:"optional" json:"performanceInsightEncryptionKey" yaml:"performanceInsightEncryptionKey"`
	PerformanceInsightRetention     PerformanceInsightRetention `field:"optional" json:"performanceInsightRetention" yaml:"performanceInsightRetention"`
	PreferredMaintenanceWindow      *string                     `field:"optional" json:"preferredMaintenanceWindow" yaml:"preferredMaintenanceWindow"`
	PubliclyAccessible              *bool                       `field:"optional" json:"publiclyAccessible" yaml:"publiclyAccessible"`
	// A reader in promotion tier 1 (true) scales with the writer; default tier 2.
	ScaleWithWriter *bool `field:"optional" json:"scaleWithWriter" yaml:"scaleWithWriter"`
}

// ProvisionedClusterInstanceProps define a provisioned cluster instance.
type ProvisionedClusterInstanceProps struct {
	AllowMajorVersionUpgrade        *bool                       `field:"optional" json:"allowMajorVersionUpgrade" yaml:"allowMajorVersionUpgrade"`
	ApplyImmediately                *bool                       `field:"optional" json:"applyImmediately" yaml:"applyImmediately"`
	AutoMinorVersionUpgrade         *bool                       `field:"optional" json:"autoMinorVersionUpgrade" yaml:"autoMinorVersionUpgrade"`
	AvailabilityZone                *string                     `field:"optional" json:"availabilityZone" yaml:"availabilityZone"`
	CaCertificate                   CaCertificate               `field:"optional" json:"caCertificate" yaml:"caCertificate"`
	EnablePerformanceInsights       *bool                       `field:"optional" json:"enablePerformanceInsights" yaml:"enablePerformanceInsights"`
	InstanceIdentifier              *string                     `field:"optional" json:"instanceIdentifier" yaml:"instanceIdentifier"`
	IsFromLegacyInstanceProps       *bool                       `field:"optional" json:"isFromLegacyInstanceProps" yaml:"isFromLegacyInstanceProps"`
	ParameterGroup                  IParameterGroup             `field:"optional" json:"parameterGroup" yaml:"parameterGroup"`
	Parameters                      *map[string]*string         `field:"optional" json:"parameters" yaml:"parameters"`
	PerformanceInsightEncryptionKey awskms.IKey                 `field:"optional" json:"performanceInsightEncryptionKey" yaml:"performanceInsightEncryptionKey"`
	PerformanceInsightRetention     PerformanceInsightRetention `field:"optional" json:"performanceInsightRetention" yaml:"performanceInsightRetention"`
	PreferredMaintenanceWindow      *string                     `field:"optional" json:"preferredMaintenanceWindow" yaml:"preferredMaintenanceWindow"`
	PubliclyAccessible              *bool                       `field:"optional" json:"publiclyAccessible" yaml:"publiclyAccessible"`
	// Default: db.t3.medium.
	InstanceType awsec2.InstanceType `field:"optional" json:"instanceType" yaml:"instanceType"`
	// 0-15; default 2.
	PromotionTier *float64 `field:"optional" json:"promotionTier" yaml:"promotionTier"`
}

// CaCertificate is the certificate authority of a database's server certificate.
type CaCertificate interface {
	ToString() *string
}

type caCertificate string

func (c caCertificate) ToString() *string { return jsii.String(string(c)) }

// CaCertificate_Of is a certificate authority by identifier.
func CaCertificate_Of(identifier *string) CaCertificate { return caCertificate(deref(identifier)) }

// CaCertificate_RDS_CA_RSA2048_G1 is rds-ca-rsa2048-g1.
func CaCertificate_RDS_CA_RSA2048_G1() CaCertificate { return caCertificate("rds-ca-rsa2048-g1") }

// CaCertificate_RDS_CA_RSA4096_G1 is rds-ca-rsa4096-g1.
func CaCertificate_RDS_CA_RSA4096_G1() CaCertificate { return caCertificate("rds-ca-rsa4096-g1") }

// CaCertificate_RDS_CA_ECC384_G1 is rds-ca-ecc384-g1.
func CaCertificate_RDS_CA_ECC384_G1() CaCertificate { return caCertificate("rds-ca-ecc384-g1") }

// instanceSpec is what ClusterInstance_* captured, bound later.
type instanceSpec struct {
	id                              string
	class                           string
	typ                             InstanceType
	tier                            *float64
	allowMajor, applyNow, autoMinor *bool
	az, identifier, window          *string
	ca                              CaCertificate
	enablePI, legacy, public        *bool
	pg                              IParameterGroup
	params                          *map[string]*string
	piKey                           awskms.IKey
	piRetention                     PerformanceInsightRetention
}

// ClusterInstance_ServerlessV2 is a Serverless v2 writer or reader.
func ClusterInstance_ServerlessV2(id *string, props *ServerlessV2ClusterInstanceProps) IClusterInstance {
	if props == nil {
		props = &ServerlessV2ClusterInstanceProps{}
	}
	tier := 2.0
	if isTrue(props.ScaleWithWriter) {
		tier = 1
	}
	return &instanceSpec{id: deref(id), class: "db.serverless", typ: InstanceType_SERVERLESS_V2, tier: &tier,
		allowMajor: props.AllowMajorVersionUpgrade, applyNow: props.ApplyImmediately, autoMinor: props.AutoMinorVersionUpgrade,
		az: props.AvailabilityZone, identifier: props.InstanceIdentifier, window: props.PreferredMaintenanceWindow,
		ca: props.CaCertificate, enablePI: props.EnablePerformanceInsights, legacy: props.IsFromLegacyInstanceProps,
		public: props.PubliclyAccessible, pg: props.ParameterGroup, params: props.Parameters,
		piKey: props.PerformanceInsightEncryptionKey, piRetention: props.PerformanceInsightRetention}
}

// ClusterInstance_Provisioned is a provisioned writer or reader.
func ClusterInstance_Provisioned(id *string, props *ProvisionedClusterInstanceProps) IClusterInstance {
	if props == nil {
		props = &ProvisionedClusterInstanceProps{}
	}
	it := props.InstanceType
	if it == nil {
		it = awsec2.InstanceType_Of(awsec2.InstanceClass_T3, awsec2.InstanceSize_MEDIUM)
	}
	return &instanceSpec{id: deref(id), class: "db." + *it.ToString(), typ: InstanceType_PROVISIONED, tier: props.PromotionTier,
		allowMajor: props.AllowMajorVersionUpgrade, applyNow: props.ApplyImmediately, autoMinor: props.AutoMinorVersionUpgrade,
		az: props.AvailabilityZone, identifier: props.InstanceIdentifier, window: props.PreferredMaintenanceWindow,
		ca: props.CaCertificate, enablePI: props.EnablePerformanceInsights, legacy: props.IsFromLegacyInstanceProps,
		public: props.PubliclyAccessible, pg: props.ParameterGroup, params: props.Parameters,
		piKey: props.PerformanceInsightEncryptionKey, piRetention: props.PerformanceInsightRetention}
}

type auroraInstance struct {
	awscdk.Resource
	res           CfnDBInstance
	tier          float64
	typ           InstanceType
	size          *string
	piOn          bool
	piRet         PerformanceInsightRetention
	piKey         awskms.IKey
	piExplicitOff bool
}

func (i *auroraInstance) DbInstanceArn() *string {
	return i.GetResourceArnAttribute(i.res.AttrDbInstanceArn(), &awscdk.ArnComponents{Resource: jsii.String("db"), Service: jsii.String("rds"),
		ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME, ResourceName: i.PhysicalName()})
}
func (i *auroraInstance) DbInstanceEndpointAddress() *string { return i.res.AttrEndpointAddress() }
func (i *auroraInstance) DbiResourceId() *string             { return i.res.AttrDbiResourceId() }
func (i *auroraInstance) InstanceIdentifier() *string        { return i.res.Ref() }
func (i *auroraInstance) InstanceSize() *string              { return i.size }
func (i *auroraInstance) PerformanceInsightEncryptionKey() awskms.IKey {
	return i.piKey
}
func (i *auroraInstance) PerformanceInsightRetention() PerformanceInsightRetention { return i.piRet }
func (i *auroraInstance) PerformanceInsightsEnabled() *bool                        { return jsii.Bool(i.piOn) }
func (i *auroraInstance) Tier() *float64                                           { return jsii.Number(i.tier) }
func (i *auroraInstance) Type() InstanceType                                       { return i.typ }
func (i *auroraInstance) DbInstanceRef() *interfacesawsrds.DBInstanceReference {
	return &interfacesawsrds.DBInstanceReference{DbInstanceIdentifier: i.InstanceIdentifier(), DbInstanceArn: i.DbInstanceArn()}
}

func (s *instanceSpec) Bind(scope constructs.Construct, cluster IDatabaseCluster, options *ClusterInstanceBindOptions) IAuroraClusterInstance {
	if options == nil {
		options = &ClusterInstanceBindOptions{}
	}
	// An instance migrated from the deprecated instanceProps keeps its
	// AWS::RDS::DBInstance where those made it (the cluster's child, named
	// as the instance), so the migration replaces nothing.
	legacy := isTrue(s.legacy)
	resourceID := s.id
	if legacy {
		resourceID += "Wrapper"
	}
	i := &auroraInstance{typ: s.typ, piKey: s.piKey}
	i.Resource = awscdk.NewResource(scope, jsii.String(resourceID), &awscdk.ResourceProps{PhysicalName: s.identifier})
	host.Set(i.Resource, i)
	tier := s.tier
	if options.PromotionTier != nil {
		tier = options.PromotionTier
	}
	i.tier = 2
	if tier != nil {
		i.tier = *tier
	}
	if i.tier < 0 || i.tier > 15 {
		l2.Throw(i, "promotionTier must be between 0-15")
	}
	var publiclyAccessible *bool = s.public
	var internet constructs.IDependable
	if owned, ok := cluster.(*databaseCluster); ok {
		internet = owned.vpc.SelectSubnets(owned.vpcSubnets).InternetConnectivityEstablished
		if publiclyAccessible == nil && owned.vpcSubnets != nil {
			publiclyAccessible = jsii.Bool(owned.vpcSubnets.SubnetType == awsec2.SubnetType_PUBLIC)
		}
	}
	if s.typ == InstanceType_PROVISIONED {
		i.size = jsii.String(s.class[len("db."):])
	}
	i.piOn = isTrue(s.enablePI) || s.piRetention != "" || s.piKey != nil
	i.piExplicitOff = s.enablePI != nil && !*s.enablePI
	if i.piOn && s.enablePI != nil && !*s.enablePI {
		l2.Throw(i, "`enablePerformanceInsights` disabled, but `performanceInsightRetention` or `performanceInsightEncryptionKey` was set")
	}
	var piDays *float64
	if i.piOn {
		i.piRet = s.piRetention
		if i.piRet == "" {
			i.piRet = PerformanceInsightRetention_DEFAULT
		}
		piDays = jsii.Number(retentionDays[i.piRet])
	}
	engine := cluster.Engine()
	var pgName *string
	if s.pg != nil {
		pgName = s.pg.BindToInstance(&ParameterGroupInstanceBindOptions{}).ParameterGroupName
	} else if s.params != nil {
		var owner constructs.Construct = i
		if oc, ok := cluster.(*databaseCluster); ok && !flag(i, "@aws-cdk/aws-rds:auroraClusterChangeScopeOfInstanceParameterGroupWithEachParameters") {
			owner = oc
		}
		pgName = NewParameterGroup(owner, jsii.String("InstanceParameterGroup"), &ParameterGroupProps{Engine: engine, Parameters: s.params}).
			BindToInstance(&ParameterGroupInstanceBindOptions{}).ParameterGroupName
	}
	props := &CfnDBInstanceProps{
		Engine:                             engine.EngineType(),
		DbClusterIdentifier:                cluster.ClusterIdentifier(),
		PromotionTier:                      jsii.Number(i.tier),
		DbInstanceIdentifier:               i.PhysicalName(),
		DbInstanceClass:                    jsii.String(s.class),
		PubliclyAccessible:                 boolOrNil(publiclyAccessible),
		AvailabilityZone:                   s.az,
		PreferredMaintenanceWindow:         s.window,
		PerformanceInsightsRetentionPeriod: piDays,
		DbParameterGroupName:               strOrNil(pgName),
		AutoMinorVersionUpgrade:            boolOrNil(s.autoMinor),
		AllowMajorVersionUpgrade:           boolOrNil(s.allowMajor),
		ApplyImmediately:                   boolOrNil(s.applyNow),
	}
	if i.piOn || s.enablePI != nil {
		props.EnablePerformanceInsights = jsii.Bool(i.piOn || isTrue(s.enablePI))
	}
	if s.piKey != nil {
		props.PerformanceInsightsKmsKeyId = s.piKey.KeyArn()
	}
	if s.ca != nil {
		props.CaCertificateIdentifier = s.ca.ToString()
	}
	if d := options.MonitoringInterval; d != nil {
		props.MonitoringInterval = d.ToSeconds(nil)
	}
	if r := options.MonitoringRole; r != nil {
		props.MonitoringRoleArn = r.RoleRef().RoleArn
	}
	if legacy {
		props.PromotionTier = nil
		if options.SubnetGroup != nil {
			props.DbSubnetGroupName = options.SubnetGroup.DbSubnetGroupRef().DbSubnetGroupName
		}
		i.res = NewCfnDBInstance(scope, jsii.String(s.id), props)
	} else {
		i.res = NewCfnDBInstance(i, jsii.String("Resource"), props)
	}
	checkInstanceRules(i.res)
	i.res.ApplyRemovalPolicy(helperRemovalPolicy(options.RemovalPolicy), nil)
	if internet != nil {
		i.res.Node().AddDependency(internet)
	}
	return i
}

// helperRemovalPolicy is RETAIN for RETAIN, else DESTROY: the helpers of a
// database (its instances, subnet group) need no snapshot of their own.
func helperRemovalPolicy(p awscdk.RemovalPolicy) awscdk.RemovalPolicy {
	if p == awscdk.RemovalPolicy_RETAIN {
		return awscdk.RemovalPolicy_RETAIN
	}
	return awscdk.RemovalPolicy_DESTROY
}
