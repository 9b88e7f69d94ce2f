package awsdynamodb

import (
	"sort"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsdynamodb"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

const (
	maxGlobalSecondaryIndexesV2 = 20
)

// TablePropsV2 are the props of NewTableV2.
type TablePropsV2 struct {
	// Deprecated: use ContributorInsightsSpecification.
	ContributorInsights              *bool                             `field:"optional" json:"contributorInsights" yaml:"contributorInsights"`
	ContributorInsightsSpecification *ContributorInsightsSpecification `field:"optional" json:"contributorInsightsSpecification" yaml:"contributorInsightsSpecification"`
	DeletionProtection               *bool                             `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	KinesisStream                    awskinesis.IStream                `field:"optional" json:"kinesisStream" yaml:"kinesisStream"`
	// Deprecated: use PointInTimeRecoverySpecification.
	PointInTimeRecovery                *bool                              `field:"optional" json:"pointInTimeRecovery" yaml:"pointInTimeRecovery"`
	PointInTimeRecoverySpecification   *PointInTimeRecoverySpecification  `field:"optional" json:"pointInTimeRecoverySpecification" yaml:"pointInTimeRecoverySpecification"`
	ResourcePolicy                     awsiam.PolicyDocument              `field:"optional" json:"resourcePolicy" yaml:"resourcePolicy"`
	StreamResourcePolicy               awsiam.PolicyDocument              `field:"optional" json:"streamResourcePolicy" yaml:"streamResourcePolicy"`
	TableClass                         TableClass                         `field:"optional" json:"tableClass" yaml:"tableClass"`
	Tags                               *[]*awscdk.CfnTag                  `field:"optional" json:"tags" yaml:"tags"`
	PartitionKey                       *Attribute                         `field:"required" json:"partitionKey" yaml:"partitionKey"`
	Billing                            Billing                            `field:"optional" json:"billing" yaml:"billing"`
	DynamoStream                       StreamViewType                     `field:"optional" json:"dynamoStream" yaml:"dynamoStream"`
	Encryption                         TableEncryptionV2                  `field:"optional" json:"encryption" yaml:"encryption"`
	GlobalSecondaryIndexes             *[]*GlobalSecondaryIndexPropsV2    `field:"optional" json:"globalSecondaryIndexes" yaml:"globalSecondaryIndexes"`
	GlobalTableSettingsReplicationMode GlobalTableSettingsReplicationMode `field:"optional" json:"globalTableSettingsReplicationMode" yaml:"globalTableSettingsReplicationMode"`
	LocalSecondaryIndexes              *[]*LocalSecondaryIndexProps       `field:"optional" json:"localSecondaryIndexes" yaml:"localSecondaryIndexes"`
	MultiRegionConsistency             MultiRegionConsistency             `field:"optional" json:"multiRegionConsistency" yaml:"multiRegionConsistency"`
	RemovalPolicy                      awscdk.RemovalPolicy               `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	Replicas                           *[]*ReplicaTableProps              `field:"optional" json:"replicas" yaml:"replicas"`
	SortKey                            *Attribute                         `field:"optional" json:"sortKey" yaml:"sortKey"`
	TableName                          *string                            `field:"optional" json:"tableName" yaml:"tableName"`
	TimeToLiveAttribute                *string                            `field:"optional" json:"timeToLiveAttribute" yaml:"timeToLiveAttribute"`
	WarmThroughput                     *WarmThroughput                    `field:"optional" json:"warmThroughput" yaml:"warmThroughput"`
	WitnessRegion                      *string                            `field:"optional" json:"witnessRegion" yaml:"witnessRegion"`
}

// GlobalSecondaryIndexPropsV2 are the props of a TableV2 global secondary index.
type GlobalSecondaryIndexPropsV2 struct {
	IndexName            *string         `field:"required" json:"indexName" yaml:"indexName"`
	NonKeyAttributes     *[]*string      `field:"optional" json:"nonKeyAttributes" yaml:"nonKeyAttributes"`
	ProjectionType       ProjectionType  `field:"optional" json:"projectionType" yaml:"projectionType"`
	MaxReadRequestUnits  *float64        `field:"optional" json:"maxReadRequestUnits" yaml:"maxReadRequestUnits"`
	MaxWriteRequestUnits *float64        `field:"optional" json:"maxWriteRequestUnits" yaml:"maxWriteRequestUnits"`
	PartitionKey         *Attribute      `field:"optional" json:"partitionKey" yaml:"partitionKey"`
	PartitionKeys        *[]*Attribute   `field:"optional" json:"partitionKeys" yaml:"partitionKeys"`
	ReadCapacity         Capacity        `field:"optional" json:"readCapacity" yaml:"readCapacity"`
	SortKey              *Attribute      `field:"optional" json:"sortKey" yaml:"sortKey"`
	SortKeys             *[]*Attribute   `field:"optional" json:"sortKeys" yaml:"sortKeys"`
	WarmThroughput       *WarmThroughput `field:"optional" json:"warmThroughput" yaml:"warmThroughput"`
	WriteCapacity        Capacity        `field:"optional" json:"writeCapacity" yaml:"writeCapacity"`
}

// ReplicaGlobalSecondaryIndexOptions override an index's settings in one replica.
type ReplicaGlobalSecondaryIndexOptions struct {
	ContributorInsights              *bool                             `field:"optional" json:"contributorInsights" yaml:"contributorInsights"`
	ContributorInsightsSpecification *ContributorInsightsSpecification `field:"optional" json:"contributorInsightsSpecification" yaml:"contributorInsightsSpecification"`
	MaxReadRequestUnits              *float64                          `field:"optional" json:"maxReadRequestUnits" yaml:"maxReadRequestUnits"`
	ReadCapacity                     Capacity                          `field:"optional" json:"readCapacity" yaml:"readCapacity"`
}

// ReplicaTableProps describe a replica of a TableV2 in another region.
type ReplicaTableProps struct {
	ContributorInsights              *bool                                           `field:"optional" json:"contributorInsights" yaml:"contributorInsights"`
	ContributorInsightsSpecification *ContributorInsightsSpecification               `field:"optional" json:"contributorInsightsSpecification" yaml:"contributorInsightsSpecification"`
	DeletionProtection               *bool                                           `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	KinesisStream                    awskinesis.IStream                              `field:"optional" json:"kinesisStream" yaml:"kinesisStream"`
	PointInTimeRecovery              *bool                                           `field:"optional" json:"pointInTimeRecovery" yaml:"pointInTimeRecovery"`
	PointInTimeRecoverySpecification *PointInTimeRecoverySpecification               `field:"optional" json:"pointInTimeRecoverySpecification" yaml:"pointInTimeRecoverySpecification"`
	ResourcePolicy                   awsiam.PolicyDocument                           `field:"optional" json:"resourcePolicy" yaml:"resourcePolicy"`
	StreamResourcePolicy             awsiam.PolicyDocument                           `field:"optional" json:"streamResourcePolicy" yaml:"streamResourcePolicy"`
	TableClass                       TableClass                                      `field:"optional" json:"tableClass" yaml:"tableClass"`
	Tags                             *[]*awscdk.CfnTag                               `field:"optional" json:"tags" yaml:"tags"`
	Region                           *string                                         `field:"required" json:"region" yaml:"region"`
	GlobalSecondaryIndexOptions      *map[string]*ReplicaGlobalSecondaryIndexOptions `field:"optional" json:"globalSecondaryIndexOptions" yaml:"globalSecondaryIndexOptions"`
	MaxReadRequestUnits              *float64                                        `field:"optional" json:"maxReadRequestUnits" yaml:"maxReadRequestUnits"`
	ReadCapacity                     Capacity                                        `field:"optional" json:"readCapacity" yaml:"readCapacity"`
}

// TableAttributesV2 describe a TableV2 defined outside this app.
type TableAttributesV2 struct {
	EncryptionKey         awskms.IKey `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	GlobalIndexes         *[]*string  `field:"optional" json:"globalIndexes" yaml:"globalIndexes"`
	GrantIndexPermissions *bool       `field:"optional" json:"grantIndexPermissions" yaml:"grantIndexPermissions"`
	LocalIndexes          *[]*string  `field:"optional" json:"localIndexes" yaml:"localIndexes"`
	TableArn              *string     `field:"optional" json:"tableArn" yaml:"tableArn"`
	TableId               *string     `field:"optional" json:"tableId" yaml:"tableId"`
	TableName             *string     `field:"optional" json:"tableName" yaml:"tableName"`
	TableStreamArn        *string     `field:"optional" json:"tableStreamArn" yaml:"tableStreamArn"`
}

// ITableV2 is a TableV2, defined in this app or imported.
type ITableV2 interface {
	ITable
	Grants() TableGrants
	// TableId is the table's ID, nil when unknown (imported by name or ARN).
	TableId() *string
}

// TableBaseV2 is what TableV2 and imported TableV2s share.
type TableBaseV2 interface {
	awscdk.Resource
	ITableV2
	awsiam.IResourceWithPolicy
	HasIndex() *bool
	// Region is the region of the table (the stack's, for a TableV2).
	Region() *string
	ResourcePolicy() awsiam.PolicyDocument
	SetResourcePolicy(val awsiam.PolicyDocument)
	TableRef() *interfacesawsdynamodb.TableReference
	GrantOnKey(grantee awsiam.IGrantable, actions ...*string) *awsiam.GrantOnKeyResult
	MetricSystemErrors(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricThrottledRequestsForOperation(operation *string, props *OperationsMetricOptions) awscloudwatch.IMetric
}

// TableV2 is a DynamoDB global table (AWS::DynamoDB::GlobalTable) with a
// replica in the stack's region and, optionally, in other regions.
type TableV2 interface {
	TableBaseV2
	AddGlobalSecondaryIndex(props *GlobalSecondaryIndexPropsV2)
	AddLocalSecondaryIndex(props *LocalSecondaryIndexProps)
	AddReplica(props *ReplicaTableProps)
	// Replica is the replica in region, as an imported table (the table itself for its own region).
	Replica(region *string) ITableV2
	StreamResourcePolicy() awsiam.PolicyDocument
	SetStreamResourcePolicy(val awsiam.PolicyDocument)
	// AddToStreamResourcePolicy adds a statement to the stream's resource policy.
	AddToStreamResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult
	// Tags is the TagManager whose tags (Tags.of) go on every replica.
	Tags() awscdk.TagManager
}

type tableV2 struct {
	tableBaseV2
	props        *TablePropsV2
	resource     CfnGlobalTable
	billingMode  BillingMode
	readProv     *capacity
	writeProv    *capacity
	maxRead      *float64
	maxWrite     *float64
	hasSortKey   bool
	partitionKey *Attribute
	keySchema    []*CfnGlobalTable_KeySchemaProperty
	attributes   []*CfnGlobalTable_AttributeDefinitionProperty
	gsis         []*CfnGlobalTable_GlobalSecondaryIndexProperty
	lsis         []*CfnGlobalTable_LocalSecondaryIndexProperty
	gsiRead      map[string]*capacity
	gsiMaxRead   map[string]*float64
	replicas     []*ReplicaTableProps
	streamPolicy awsiam.PolicyDocument
	tags         awscdk.TagManager
	replicaKeys  map[string]awskms.IKey
}

// TableV2_PROPERTY_INJECTION_ID is the id property injectors use for TableV2.
func TableV2_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-dynamodb.TableV2") }

// NewTableV2 creates a DynamoDB global table.
func NewTableV2(scope constructs.Construct, id *string, props *TablePropsV2) TableV2 {
	props = l2.Inject(*TableV2_PROPERTY_INJECTION_ID(), props, scope, id)
	t := &tableV2{}
	newTableV2(t, scope, id, props)
	return t
}

func newTableV2(t *tableV2, scope constructs.Construct, id *string, props *TablePropsV2) {
	if props == nil {
		props = &TablePropsV2{}
	}
	t.props = props
	t.tags = awscdk.NewTagManager(awscdk.TagType_STANDARD, jsii.String("AWS::DynamoDB::GlobalTable"), nil, nil)
	t.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.TableName})
	host.Set(t.Resource, t)
	t.self = t
	t.gsiRead = map[string]*capacity{}
	t.gsiMaxRead = map[string]*float64{}
	t.hasIndex = func() bool { return len(t.gsis)+len(t.lsis) > 0 }
	t.resourcePolicy = props.ResourcePolicy
	t.streamPolicy = props.StreamResourcePolicy
	t.replicaKeys = map[string]awskms.IKey{}
	if props.Encryption != nil {
		t.key = props.Encryption.TableKey()
		// The replicas' keys are imported up front, as aws-cdk-lib does.
		if arns := props.Encryption.ReplicaKeyArns(); arns != nil {
			regions := make([]string, 0, len(*arns))
			for r := range *arns {
				regions = append(regions, r)
			}
			sort.Strings(regions)
			for _, r := range regions {
				t.replicaKeys[r] = awskms.Key_FromKeyArn(t, jsii.String("ReplicaKey"+r), (*arns)[r])
			}
		}
	}
	if props.PartitionKey == nil {
		l2.Throw(t, "partitionKey is required for TableV2")
	}
	t.partitionKey = props.PartitionKey
	t.hasSortKey = props.SortKey != nil
	t.addKey(props.PartitionKey, hashKeyType)
	if props.SortKey != nil {
		t.addKey(props.SortKey, rangeKeyType)
	}
	t.validatePitr(props.PointInTimeRecovery, props.PointInTimeRecoverySpecification)

	t.billingMode = BillingMode_PAY_PER_REQUEST
	b, ok := props.Billing.(*billing)
	if props.Billing != nil && !ok {
		l2.Throw(t, "billing must be made with Billing.onDemand or Billing.provisioned")
	}
	if ok && b.mode == BillingMode_PROVISIONED {
		t.billingMode = BillingMode_PROVISIONED
		t.readProv = t.capacityOf(b.provisioned.ReadCapacity, "readCapacity")
		t.writeProv = t.capacityOf(b.provisioned.WriteCapacity, "writeCapacity")
		t.writeCapacityCheck(t.writeProv)
	} else if ok {
		t.maxRead, t.maxWrite = b.onDemand.MaxReadRequestUnits, b.onDemand.MaxWriteRequestUnits
	}
	if props.GlobalSecondaryIndexes != nil {
		for _, g := range *props.GlobalSecondaryIndexes {
			t.AddGlobalSecondaryIndex(g)
		}
	}
	if props.LocalSecondaryIndexes != nil {
		for _, l := range *props.LocalSecondaryIndexes {
			t.AddLocalSecondaryIndex(l)
		}
	}
	if props.MultiRegionConsistency == MultiRegionConsistency_STRONG {
		t.validateMrsc(props)
	} else if props.WitnessRegion != nil {
		l2.Throw(t, "Witness region cannot be specified for a Multi-Region Eventual Consistency (MREC) Global Table - Witness regions are only supported for Multi-Region Strong Consistency (MRSC) Global Tables.")
	}

	cfn := &CfnGlobalTableProps{
		TableName:              t.PhysicalName(),
		BillingMode:            jsii.String(string(t.billingMode)),
		MultiRegionConsistency: enumPtr(string(props.MultiRegionConsistency)),
		WarmThroughput:         warmV2(props.WarmThroughput),
	}
	if props.WitnessRegion != nil {
		cfn.GlobalTableWitnesses = []*CfnGlobalTable_GlobalTableWitnessProperty{{Region: props.WitnessRegion}}
	}
	if t.writeProv != nil {
		cfn.WriteProvisionedThroughputSettings = t.writeSettings(t.writeProv)
	}
	if t.maxWrite != nil {
		cfn.WriteOnDemandThroughputSettings = &CfnGlobalTable_WriteOnDemandThroughputSettingsProperty{MaxWriteRequestUnits: t.maxWrite}
	}
	if props.Encryption != nil {
		cfn.SseSpecification = t.sse(props.Encryption)
	}
	if props.TimeToLiveAttribute != nil {
		cfn.TimeToLiveSpecification = &CfnGlobalTable_TimeToLiveSpecificationProperty{AttributeName: props.TimeToLiveAttribute, Enabled: jsii.Bool(true)}
	}
	t.resource = NewCfnGlobalTable(t, jsii.String("Resource"), cfn)
	t.arn = func() *string {
		return t.GetResourceArnAttribute(t.resource.AttrArn(), &awscdk.ArnComponents{Service: jsii.String("dynamodb"), Resource: jsii.String("table"), ResourceName: t.PhysicalName()})
	}
	t.name = func() *string { return t.GetResourceNameAttribute(t.resource.Ref()) }
	// aws-cdk-lib exposes the StreamArn attribute even without a stream.
	t.streamArn = t.resource.AttrStreamArn
	awscdk.Aspects_Of(t).Add(replicaRenderer{t}, &awscdk.AspectOptions{Priority: awscdk.AspectPriority_READONLY()})
	t.sync()
	policy := props.RemovalPolicy
	if policy == "" {
		policy = awscdk.RemovalPolicy_RETAIN
	}
	t.resource.ApplyRemovalPolicy(policy, nil)
	if props.Replicas != nil {
		for _, r := range *props.Replicas {
			t.AddReplica(r)
		}
	}
	if props.TableName != nil {
		t.Node().AddMetadata(jsii.String("aws:cdk:hasPhysicalName"), t.TableName(), nil)
	}
}

// sync writes the parts that indexes and replicas change onto the L1.
func (t *tableV2) sync() {
	if t.resource == nil {
		return
	}
	t.resource.SetKeySchema(t.keySchema)
	t.resource.SetAttributeDefinitions(t.attributes)
	if len(t.gsis) > 0 {
		t.resource.SetGlobalSecondaryIndexes(t.gsis)
	}
	if len(t.lsis) > 0 {
		t.resource.SetLocalSecondaryIndexes(t.lsis)
	}
	if t.props.DynamoStream != "" {
		t.resource.SetStreamSpecification(&CfnGlobalTable_StreamSpecificationProperty{StreamViewType: jsii.String(string(t.props.DynamoStream))})
	} else if len(t.replicas) > 0 {
		t.resource.SetStreamSpecification(&CfnGlobalTable_StreamSpecificationProperty{StreamViewType: jsii.String(string(StreamViewType_NEW_AND_OLD_IMAGES))})
	}
	t.resource.SetReplicas(t.renderReplicas())
}

// renderReplicas renders the replicas at synth, after Tags.of has tagged
// the table: the other regions first, then the stack's own.
func (t *tableV2) renderReplicas() interface{} {
	var reps []*CfnGlobalTable_ReplicaSpecificationProperty
	for _, r := range t.replicas {
		reps = append(reps, t.replicaSpec(r))
	}
	reps = append(reps, t.replicaSpec(&ReplicaTableProps{Region: t.Stack().Region(), KinesisStream: t.props.KinesisStream, Tags: t.props.Tags}))
	return reps
}

// replicaRenderer renders the replicas again after the tree's other
// aspects, so that the tags Tags.of gave the table reach every replica.
type replicaRenderer struct{ t *tableV2 }

func (r replicaRenderer) Visit(node constructs.IConstruct) {
	if *node.Node().Path() == *r.t.Node().Path() {
		r.t.sync()
	}
}

func (t *tableV2) capacityOf(c Capacity, what string) *capacity {
	if c == nil {
		l2.Throw(t, "%s is required for Billing.provisioned", what)
	}
	x := asCapacity(c)
	if x == nil {
		l2.Throw(t, "%s must be made with Capacity.fixed or Capacity.autoscaled", what)
	}
	if x.err != "" {
		l2.Throw(t, "%s", x.err)
	}
	return x
}

func (t *tableV2) writeCapacityCheck(c *capacity) {
	if c.mode == CapacityMode_FIXED {
		l2.Throw(t, "You cannot configure 'writeCapacity' with %s capacity mode", CapacityMode_FIXED)
	}
}

func (t *tableV2) writeSettings(c *capacity) *CfnGlobalTable_WriteProvisionedThroughputSettingsProperty {
	return &CfnGlobalTable_WriteProvisionedThroughputSettingsProperty{WriteCapacityAutoScalingSettings: c.autoscaling()}
}

func (t *tableV2) readSettings(c *capacity) *CfnGlobalTable_ReadProvisionedThroughputSettingsProperty {
	if c == nil {
		return nil
	}
	if c.mode == CapacityMode_FIXED {
		return &CfnGlobalTable_ReadProvisionedThroughputSettingsProperty{ReadCapacityUnits: c.iops}
	}
	return &CfnGlobalTable_ReadProvisionedThroughputSettingsProperty{ReadCapacityAutoScalingSettings: c.autoscaling()}
}

func (t *tableV2) sse(e TableEncryptionV2) *CfnGlobalTable_SSESpecificationProperty {
	switch e.Type() {
	case TableEncryption_DEFAULT:
		return &CfnGlobalTable_SSESpecificationProperty{SseEnabled: jsii.Bool(false)}
	default:
		return &CfnGlobalTable_SSESpecificationProperty{SseEnabled: jsii.Bool(true), SseType: jsii.String("KMS")}
	}
}

// replicaSse is the replica's key: the table key in the stack's region,
// the key of replicaKeyArns elsewhere.
func (t *tableV2) replicaSse(region *string) *CfnGlobalTable_ReplicaSSESpecificationProperty {
	return replicaSseOf(t, t.props.Encryption, region)
}

// replicaSseOf renders encryption e for the replica in region of a table
// in scope's stack.
func replicaSseOf(scope constructs.IConstruct, e TableEncryptionV2, region *string) *CfnGlobalTable_ReplicaSSESpecificationProperty {
	if e == nil || e.Type() != TableEncryption_CUSTOMER_MANAGED {
		return nil
	}
	stackRegion := awscdk.Stack_Of(scope).Region()
	if unresolved(stackRegion) {
		l2.Throw(scope, "Replica SSE specification cannot be rendered in a region agnostic stack")
	}
	keys := map[string]*string{}
	if e.ReplicaKeyArns() != nil {
		keys = *e.ReplicaKeyArns()
	}
	if _, ok := keys[*stackRegion]; ok {
		l2.Throw(scope, "KMS key for deployment region %s cannot be defined in 'replicaKeyArns'", *stackRegion)
	}
	if *region == *stackRegion {
		if e.TableKey() == nil {
			l2.Throw(scope, "TableEncryptionV2.customerManagedKey needs a table key")
		}
		return &CfnGlobalTable_ReplicaSSESpecificationProperty{KmsMasterKeyId: e.TableKey().KeyArn()}
	}
	arn, ok := keys[*region]
	if !ok {
		l2.Throw(scope, "KMS key for %s was not found in 'replicaKeyArns'", *region)
	}
	return &CfnGlobalTable_ReplicaSSESpecificationProperty{KmsMasterKeyId: arn}
}
