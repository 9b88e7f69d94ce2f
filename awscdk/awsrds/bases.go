package awsrds

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// DatabaseClusterBase is what every Aurora cluster offers, defined here or
// imported: aws-cdk-lib's abstract base of DatabaseCluster,
// DatabaseClusterFromSnapshot and imported clusters.
type DatabaseClusterBase interface {
	awscdk.Resource
	IDatabaseCluster
	Connections() awsec2.Connections
	EnableDataApi() *bool
	SetEnableDataApi(val *bool)
	Secret() awssecretsmanager.ISecret
}

// DatabaseInstanceBase is what every database instance offers, defined
// here or imported: aws-cdk-lib's abstract base of DatabaseInstance, its
// read replicas, instances from snapshots and imported instances.
type DatabaseInstanceBase interface {
	awscdk.Resource
	IDatabaseInstance
	Connections() awsec2.Connections
	EnableIamAuthentication() *bool
	SetEnableIamAuthentication(val *bool)
}

// The clusters and instances this package makes are all bases.
var (
	_ DatabaseClusterBase  = (*databaseCluster)(nil)
	_ DatabaseClusterBase  = (*importedCluster)(nil)
	_ DatabaseInstanceBase = (*databaseInstance)(nil)
	_ DatabaseInstanceBase = (*importedInstance)(nil)
)

// DatabaseClusterBase_IsConstruct reports whether x is a construct.
func DatabaseClusterBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// DatabaseClusterBase_IsResource reports whether the construct is a resource.
func DatabaseClusterBase_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// DatabaseClusterBase_IsOwnedResource reports whether the construct is a resource owned by this app.
func DatabaseClusterBase_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// DatabaseInstanceBase_IsConstruct reports whether x is a construct.
func DatabaseInstanceBase_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// DatabaseInstanceBase_IsResource reports whether the construct is a resource.
func DatabaseInstanceBase_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// DatabaseInstanceBase_IsOwnedResource reports whether the construct is a resource owned by this app.
func DatabaseInstanceBase_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// DatabaseInstanceBase_FromDatabaseInstanceAttributes imports an instance.
func DatabaseInstanceBase_FromDatabaseInstanceAttributes(scope constructs.Construct, id *string, attrs *DatabaseInstanceAttributes) IDatabaseInstance {
	return DatabaseInstance_FromDatabaseInstanceAttributes(scope, id, attrs)
}

// DatabaseInstanceFromSnapshot_FromDatabaseInstanceAttributes imports an instance.
func DatabaseInstanceFromSnapshot_FromDatabaseInstanceAttributes(scope constructs.Construct, id *string, attrs *DatabaseInstanceAttributes) IDatabaseInstance {
	return DatabaseInstance_FromDatabaseInstanceAttributes(scope, id, attrs)
}

// onInstanceEvent is OnEvent of every instance: a rule matching the
// instance's RDS events, with options.Target as its target.
func onInstanceEvent(scope constructs.Construct, arn *string, id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	if options == nil {
		options = &awsevents.OnEventOptions{}
	}
	rule := awsevents.NewRule(scope, id, &awsevents.RuleProps{CrossStackScope: options.CrossStackScope,
		Description: options.Description, EventPattern: options.EventPattern, RuleName: options.RuleName})
	// Two merges keep aws-cdk-lib's key order (source before resources),
	// which EventPattern's field order would reverse.
	rule.AddEventPattern(&awsevents.EventPattern{Source: jsii.Strings("aws.rds")})
	rule.AddEventPattern(&awsevents.EventPattern{Resources: &[]*string{arn}})
	if options.Target != nil {
		rule.AddTarget(options.Target)
	}
	return rule
}

// OnEvent runs options.Target on the instance's RDS events.
func (d *databaseInstance) OnEvent(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	return onInstanceEvent(d, d.InstanceArn(), id, options)
}

// OnEvent runs options.Target on the instance's RDS events.
func (d *importedInstance) OnEvent(id *string, options *awsevents.OnEventOptions) awsevents.Rule {
	return onInstanceEvent(d, d.InstanceArn(), id, options)
}

// EnableIamAuthentication is true: an imported instance is taken to allow
// IAM authentication, so GrantConnect works on it.
func (d *importedInstance) EnableIamAuthentication() *bool     { return jsii.Bool(d.iamAuth) }
func (d *importedInstance) SetEnableIamAuthentication(v *bool) { d.iamAuth = isTrue(v) }

// EnableDataApi is whether the imported cluster has the Data API on, as its attributes say.
func (c *importedCluster) EnableDataApi() *bool       { return c.attrs.DataApiEnabled }
func (c *importedCluster) SetEnableDataApi(val *bool) { c.attrs.DataApiEnabled = val }

// Secret is the imported cluster's secret, from its attributes.
func (c *importedCluster) Secret() awssecretsmanager.ISecret { return c.attrs.Secret }

// ClusterInstanceType is the instance class of an Aurora cluster instance:
// a provisioned EC2 type or Serverless v2.
type ClusterInstanceType interface {
	Type() InstanceType
	ToString() *string
}

type clusterInstanceType struct {
	class string
	typ   InstanceType
}

func (t *clusterInstanceType) Type() InstanceType { return t.typ }
func (t *clusterInstanceType) ToString() *string  { return jsii.String(t.class) }

// NewClusterInstanceType names an instance class and its kind.
func NewClusterInstanceType(instanceType *string, type_ InstanceType) ClusterInstanceType {
	return &clusterInstanceType{class: deref(instanceType), typ: type_}
}

// NewClusterInstanceType_Override builds a ClusterInstanceType into c.
func NewClusterInstanceType_Override(c ClusterInstanceType, instanceType *string, type_ InstanceType) {
	l2.Override(c, NewClusterInstanceType(instanceType, type_))
}

// ClusterInstanceType_Provisioned is a provisioned class (default t3.medium).
func ClusterInstanceType_Provisioned(instanceType awsec2.InstanceType) ClusterInstanceType {
	if instanceType == nil {
		instanceType = awsec2.InstanceType_Of(awsec2.InstanceClass_T3, awsec2.InstanceSize_MEDIUM)
	}
	return NewClusterInstanceType(instanceType.ToString(), InstanceType_PROVISIONED)
}

// ClusterInstanceType_ServerlessV2 is db.serverless.
func ClusterInstanceType_ServerlessV2() ClusterInstanceType {
	return NewClusterInstanceType(jsii.String("db.serverless"), InstanceType_SERVERLESS_V2)
}

// ClusterInstanceOptions are the settings every cluster instance takes,
// the base of ProvisionedClusterInstanceProps and
// ServerlessV2ClusterInstanceProps.
type ClusterInstanceOptions struct {
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
}

// ClusterInstanceProps are ClusterInstanceOptions with the instance's class
// and promotion tier: what aws-cdk-lib's internal cluster instance
// construct takes (ClusterInstance_Provisioned and _ServerlessV2 build it).
type ClusterInstanceProps struct {
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
	InstanceType                    ClusterInstanceType         `field:"required" json:"instanceType" yaml:"instanceType"`
	PromotionTier                   *float64                    `field:"optional" json:"promotionTier" yaml:"promotionTier"`
}

// NewCredentials_Override initializes c, a struct embedding Credentials,
// as credentials of the user's own kind, which supply their values (the
// base's are all unset).
func NewCredentials_Override(c Credentials) { l2.Override[Credentials](c, &credentials{}) }

// NewSnapshotCredentials_Override initializes c, a struct embedding
// SnapshotCredentials, as snapshot credentials of the user's own kind.
func NewSnapshotCredentials_Override(c SnapshotCredentials) {
	l2.Override[SnapshotCredentials](c, &snapshotCredentials{})
}

// NewDatabaseClusterEngine_Override exists for aws-cdk-go compatibility;
// DatabaseClusterEngine has only static members.
func NewDatabaseClusterEngine_Override(d DatabaseClusterEngine) {}

// NewDatabaseInstanceEngine_Override exists for aws-cdk-go compatibility;
// DatabaseInstanceEngine has only static members.
func NewDatabaseInstanceEngine_Override(d DatabaseInstanceEngine) {}

// NewDatabaseClusterFromSnapshot_Override builds a DatabaseClusterFromSnapshot into d.
func NewDatabaseClusterFromSnapshot_Override(d DatabaseClusterFromSnapshot, scope constructs.Construct, id *string, props *DatabaseClusterFromSnapshotProps) {
	l2.Override(d, NewDatabaseClusterFromSnapshot(scope, id, props))
}

// NewDatabaseInstanceFromSnapshot_Override builds a DatabaseInstanceFromSnapshot into d.
func NewDatabaseInstanceFromSnapshot_Override(d DatabaseInstanceFromSnapshot, scope constructs.Construct, id *string, props *DatabaseInstanceFromSnapshotProps) {
	l2.Override(d, NewDatabaseInstanceFromSnapshot(scope, id, props))
}

// selfString is a token for a value the embedding type of an _Override
// defines (an abstract member in aws-cdk-lib). When the type leaves it
// undefined the call comes back to the base, which hands out the same
// token: then the value is unset, as an unimplemented member is undefined.
func selfString(get func() *string) *string {
	var tok *string
	tok = awscdk.Lazy_String(stringProducer(func() *string {
		if v := get(); v != tok {
			return v
		}
		return nil
	}), nil)
	return tok
}

// NewDatabaseInstanceBase_Override initializes d, a struct embedding
// DatabaseInstanceBase, as an instance type of the user's own defined at
// scope/id. d supplies what aws-cdk-lib leaves abstract (InstanceIdentifier,
// the endpoint, InstanceResourceId, Engine, Connections); the embedded ARN,
// grants, metrics, events and proxies use d's identifier and resource id.
func NewDatabaseInstanceBase_Override(d DatabaseInstanceBase, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	b := &importedInstance{iamAuth: true, attrs: &DatabaseInstanceAttributes{}}
	b.Resource = awscdk.NewResource(scope, id, props)
	host.Set(b.Resource, b)
	b.attrs.InstanceIdentifier = selfString(func() *string { return d.InstanceIdentifier() })
	b.attrs.InstanceResourceId = selfString(func() *string { return d.InstanceResourceId() })
	b.attrs.InstanceEndpointAddress = selfString(func() *string { return d.DbInstanceEndpointAddress() })
	b.conns = awsec2.NewConnections(nil)
	l2.Override[DatabaseInstanceBase](d, b)
}

// NewDatabaseClusterBase_Override initializes d, a struct embedding
// DatabaseClusterBase, as a cluster type of the user's own defined at
// scope/id. d supplies what aws-cdk-lib leaves abstract (ClusterIdentifier,
// ClusterResourceIdentifier, the endpoints, Engine, Connections); the
// embedded ARN, grants and metrics use d's identifier and resource id.
func NewDatabaseClusterBase_Override(d DatabaseClusterBase, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	b := &importedCluster{attrs: &DatabaseClusterAttributes{}}
	b.Resource = awscdk.NewResource(scope, id, props)
	host.Set(b.Resource, b)
	b.self = d
	b.identifier = selfString(func() *string { return d.ClusterIdentifier() })
	b.attrs.ClusterIdentifier = b.identifier
	b.attrs.ClusterResourceIdentifier = selfString(func() *string { return d.ClusterResourceIdentifier() })
	b.conns = awsec2.NewConnections(nil)
	l2.Override[DatabaseClusterBase](d, b)
}
