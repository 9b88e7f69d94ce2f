package awsdynamodb

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// TableV2MultiAccountReplicaProps are the props of a replica, in this
// stack's account and region, of a global table owned by another account.
//
// The key schema and the local secondary indexes come from the source
// table (CloudFormation inherits them through GlobalTableSourceArn).
// As in aws-cdk-lib, the deprecated ContributorInsights and
// PointInTimeRecovery flags are not read here: use their *Specification.
type TableV2MultiAccountReplicaProps struct {
	ContributorInsights              *bool                             `field:"optional" json:"contributorInsights" yaml:"contributorInsights"`
	ContributorInsightsSpecification *ContributorInsightsSpecification `field:"optional" json:"contributorInsightsSpecification" yaml:"contributorInsightsSpecification"`
	DeletionProtection               *bool                             `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	KinesisStream                    awskinesis.IStream                `field:"optional" json:"kinesisStream" yaml:"kinesisStream"`
	PointInTimeRecovery              *bool                             `field:"optional" json:"pointInTimeRecovery" yaml:"pointInTimeRecovery"`
	PointInTimeRecoverySpecification *PointInTimeRecoverySpecification `field:"optional" json:"pointInTimeRecoverySpecification" yaml:"pointInTimeRecoverySpecification"`
	ResourcePolicy                   awsiam.PolicyDocument             `field:"optional" json:"resourcePolicy" yaml:"resourcePolicy"`
	StreamResourcePolicy             awsiam.PolicyDocument             `field:"optional" json:"streamResourcePolicy" yaml:"streamResourcePolicy"`
	TableClass                       TableClass                        `field:"optional" json:"tableClass" yaml:"tableClass"`
	Tags                             *[]*awscdk.CfnTag                 `field:"optional" json:"tags" yaml:"tags"`
	// Default: TableEncryptionV2_DynamoOwnedKey().
	Encryption TableEncryptionV2 `field:"optional" json:"encryption" yaml:"encryption"`
	// Default: each replica manages its own settings.
	GlobalTableSettingsReplicationMode GlobalTableSettingsReplicationMode `field:"optional" json:"globalTableSettingsReplicationMode" yaml:"globalTableSettingsReplicationMode"`
	// Whether grants cover the table's indexes. Default: true.
	GrantIndexPermissions *bool `field:"optional" json:"grantIndexPermissions" yaml:"grantIndexPermissions"`
	// Default: RemovalPolicy_RETAIN.
	RemovalPolicy awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	// The table to replicate (required).
	ReplicaSourceTable ITableV2 `field:"optional" json:"replicaSourceTable" yaml:"replicaSourceTable"`
	// Default: generated when another environment needs it.
	TableName *string `field:"optional" json:"tableName" yaml:"tableName"`
}

// TableV2MultiAccountReplica is a replica of a global table of another
// account (AWS::DynamoDB::GlobalTable with GlobalTableSourceArn). It
// grants the DynamoDB replication service access on its own side, and on
// the source's side too when the source is defined in this app.
type TableV2MultiAccountReplica interface {
	TableBaseV2
	StreamResourcePolicy() awsiam.PolicyDocument
	SetStreamResourcePolicy(val awsiam.PolicyDocument)
	// AddToStreamResourcePolicy adds a statement to the stream's resource policy.
	AddToStreamResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult
}

type tableV2MultiAccountReplica struct {
	tableBaseV2
	props        *TableV2MultiAccountReplicaProps
	resource     CfnGlobalTable
	streamPolicy awsiam.PolicyDocument
}

// TableV2MultiAccountReplica_PROPERTY_INJECTION_ID is the id property injectors use.
func TableV2MultiAccountReplica_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-dynamodb.TableV2MultiAccountReplica")
}

// NewTableV2MultiAccountReplica creates a replica of props.ReplicaSourceTable
// in this stack's account and region, which must both differ from the source's.
func NewTableV2MultiAccountReplica(scope constructs.Construct, id *string, props *TableV2MultiAccountReplicaProps) TableV2MultiAccountReplica {
	props = l2.Inject(*TableV2MultiAccountReplica_PROPERTY_INJECTION_ID(), props, scope, id)
	t := &tableV2MultiAccountReplica{}
	newTableV2MultiAccountReplica(t, scope, id, props)
	return t
}

// NewTableV2MultiAccountReplica_Override initialises outer, a type
// embedding TableV2MultiAccountReplica.
func NewTableV2MultiAccountReplica_Override(outer TableV2MultiAccountReplica, scope constructs.Construct, id *string, props *TableV2MultiAccountReplicaProps) {
	l2.Override(outer, NewTableV2MultiAccountReplica(scope, id, props))
}

func newTableV2MultiAccountReplica(t *tableV2MultiAccountReplica, scope constructs.Construct, id *string, props *TableV2MultiAccountReplicaProps) {
	if props == nil {
		props = &TableV2MultiAccountReplicaProps{}
	}
	t.props = props
	name := props.TableName
	if name == nil {
		name = awscdk.PhysicalName_GENERATE_IF_NEEDED()
	}
	t.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: name})
	host.Set(t.Resource, t)
	t.self = t
	source := props.ReplicaSourceTable
	if source == nil {
		l2.Throw(t, "replicaSourceTable is required for TableV2MultiAccountReplica")
	}
	t.validateSource(source)
	hasIndex := props.GrantIndexPermissions == nil || *props.GrantIndexPermissions
	t.hasIndex = func() bool { return hasIndex }
	t.resourcePolicy = props.ResourcePolicy
	t.streamPolicy = props.StreamResourcePolicy
	if props.Encryption != nil {
		t.key = props.Encryption.TableKey()
	}
	t.resource = NewCfnGlobalTable(t, jsii.String("Resource"), &CfnGlobalTableProps{
		TableName:            source.TableName(),
		Replicas:             t.replica(),
		GlobalTableSourceArn: source.TableArn(),
	})
	policy := props.RemovalPolicy
	if policy == "" {
		policy = awscdk.RemovalPolicy_RETAIN
	}
	t.resource.ApplyRemovalPolicy(policy, nil)
	t.arn = func() *string {
		return t.GetResourceArnAttribute(t.resource.AttrArn(), &awscdk.ArnComponents{Service: jsii.String("dynamodb"), Resource: jsii.String("table"), ResourceName: t.PhysicalName()})
	}
	t.name = func() *string { return t.GetResourceNameAttribute(t.resource.Ref()) }
	t.streamArn = t.resource.AttrStreamArn

	t.Grants().MultiAccountReplicationFrom(source.TableArn())
	_, hasPolicy := source.(interface{ ResourcePolicy() awsiam.PolicyDocument })
	if hasPolicy {
		hasPolicy = source.(interface{ ResourcePolicy() awsiam.PolicyDocument }).ResourcePolicy() != nil
	}
	if hasPolicy || source.Node().DefaultChild() != nil {
		source.Grants().MultiAccountReplicationTo(t.TableArn())
	} else {
		awscdk.Annotations_Of(t).AddWarningV2(jsii.String("@aws-cdk/aws-dynamodb:multiAccountReplicaSourceWithoutPolicy"),
			jsii.String("The source table is imported without a resource policy and cannot be granted multi-account replication permissions. "+
				"You must manually configure multi-account replication permissions on the source table. "+
				"Call sourceTable.grants.multiAccountReplicationTo('"+*t.TableArn()+"') on the actual source table stack."))
	}
	if props.TableName != nil {
		t.Node().AddMetadata(jsii.String("aws:cdk:hasPhysicalName"), t.TableName(), nil)
	}
}

// validateSource rejects a source in this replica's account or region, when
// both sides are known: the stack's environment for a table of this app,
// the ARN's for an imported one.
func (t *tableV2MultiAccountReplica) validateSource(source ITableV2) {
	sourceStack := awscdk.Stack_Of(source)
	account, region := sourceStack.Account(), sourceStack.Region()
	if !*awscdk.Resource_IsOwnedResource(source) {
		parts := t.Stack().SplitArn(source.TableArn(), awscdk.ArnFormat_SLASH_RESOURCE_NAME)
		if parts.Account != nil && *parts.Account != "" {
			account = parts.Account
		}
		if parts.Region != nil && *parts.Region != "" {
			region = parts.Region
		}
	}
	known := func(a, b *string) bool { return !unresolved(a) && !unresolved(b) }
	if known(account, t.Stack().Account()) && *account == *t.Stack().Account() {
		l2.Throw(t, "Multi-account replica must be in a different account than the source table. For same-account replication, use addReplica() instead.")
	}
	if known(region, t.Stack().Region()) && *region == *t.Stack().Region() {
		l2.Throw(t, "Multi-account replica must be in a different region than the source table.")
	}
}

// sync renders the one replica this construct defines onto the L1,
// again whenever one of its policy documents is replaced or created.
func (t *tableV2MultiAccountReplica) sync() {
	t.resource.SetReplicas(t.replica())
}

func (t *tableV2MultiAccountReplica) replica() []*CfnGlobalTable_ReplicaSpecificationProperty {
	p := t.props
	region := t.Stack().Region()
	spec := &CfnGlobalTable_ReplicaSpecificationProperty{
		Region:                             region,
		DeletionProtectionEnabled:          p.DeletionProtection,
		TableClass:                         enumPtr(string(p.TableClass)),
		GlobalTableSettingsReplicationMode: settingsReplicationMode(p.GlobalTableSettingsReplicationMode),
	}
	if p.KinesisStream != nil {
		spec.KinesisStreamSpecification = &CfnGlobalTable_KinesisStreamSpecificationProperty{StreamArn: p.KinesisStream.StreamArn()}
	}
	if c := p.ContributorInsightsSpecification; c != nil {
		spec.ContributorInsightsSpecification = &CfnGlobalTable_ContributorInsightsSpecificationProperty{Enabled: c.Enabled, Mode: enumPtr(string(c.Mode))}
	}
	if r := p.PointInTimeRecoverySpecification; r != nil {
		spec.PointInTimeRecoverySpecification = &CfnGlobalTable_PointInTimeRecoverySpecificationProperty{
			PointInTimeRecoveryEnabled: r.PointInTimeRecoveryEnabled, RecoveryPeriodInDays: r.RecoveryPeriodInDays}
	}
	if t.resourcePolicy != nil {
		spec.ResourcePolicy = &CfnGlobalTable_ResourcePolicyProperty{PolicyDocument: t.resourcePolicy}
	}
	if t.streamPolicy != nil {
		spec.ReplicaStreamSpecification = &CfnGlobalTable_ReplicaStreamSpecificationProperty{
			ResourcePolicy: &CfnGlobalTable_ResourcePolicyProperty{PolicyDocument: t.streamPolicy}}
	}
	if p.Encryption != nil {
		if sse := replicaSseOf(t, p.Encryption, region); sse != nil {
			spec.SseSpecification = sse
		}
	}
	if p.Tags != nil {
		spec.Tags = p.Tags
	}
	return []*CfnGlobalTable_ReplicaSpecificationProperty{spec}
}

func (t *tableV2MultiAccountReplica) TableId() *string { return t.resource.AttrTableId() }
func (t *tableV2MultiAccountReplica) StreamResourcePolicy() awsiam.PolicyDocument {
	return t.streamPolicy
}
func (t *tableV2MultiAccountReplica) SetStreamResourcePolicy(v awsiam.PolicyDocument) {
	t.streamPolicy = v
}

// AddToResourcePolicy adds a statement to the replica's resource policy,
// creating the policy document on first use.
func (t *tableV2MultiAccountReplica) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	if t.resourcePolicy == nil {
		t.resourcePolicy = awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{Statements: &[]awsiam.PolicyStatement{}})
	}
	t.resourcePolicy.AddStatements(statement)
	t.sync()
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(true), PolicyDependable: t}
}

// AddToStreamResourcePolicy adds a statement to the replica stream's
// resource policy, creating the policy document on first use.
func (t *tableV2MultiAccountReplica) AddToStreamResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	if t.streamPolicy == nil {
		t.streamPolicy = awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{Statements: &[]awsiam.PolicyStatement{}})
	}
	t.streamPolicy.AddStatements(statement)
	t.sync()
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(true), PolicyDependable: t}
}

// TableV2MultiAccountReplica_IsConstruct reports whether x is a construct.
func TableV2MultiAccountReplica_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// TableV2MultiAccountReplica_IsResource reports whether c is a Resource.
func TableV2MultiAccountReplica_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// TableV2MultiAccountReplica_IsOwnedResource reports whether c is a Resource defined in this app.
func TableV2MultiAccountReplica_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// settingsReplicationMode is the CloudFormation value of a settings
// replication mode: aws-cdk-lib's ALL member stands for "ENABLED".
func settingsReplicationMode(m GlobalTableSettingsReplicationMode) *string {
	switch m {
	case "":
		return nil
	case GlobalTableSettingsReplicationMode_ALL:
		return jsii.String("ENABLED")
	}
	return jsii.String(string(m))
}
