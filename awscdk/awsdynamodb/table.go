package awsdynamodb

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

const (
	hashKeyType              = "HASH"
	rangeKeyType             = "RANGE"
	maxLocalSecondaryIndexes = 5
	tableSchemaName          = "<table-schema>"
)

// Table is a DynamoDB table defined in this app (AWS::DynamoDB::Table).
//
// Not yet in Strata: replicationRegions (global tables through a custom
// resource).
type Table interface {
	TableBase
	AddGlobalSecondaryIndex(props *GlobalSecondaryIndexProps)
	AddLocalSecondaryIndex(props *LocalSecondaryIndexProps)
	// AutoScaleGlobalSecondaryIndexReadCapacity enables auto scaling of an index's read capacity.
	AutoScaleGlobalSecondaryIndexReadCapacity(indexName *string, props *EnableScalingProps) IScalableTableAttribute
	// AutoScaleGlobalSecondaryIndexWriteCapacity enables auto scaling of an index's write capacity.
	AutoScaleGlobalSecondaryIndexWriteCapacity(indexName *string, props *EnableScalingProps) IScalableTableAttribute
	// AutoScaleReadCapacity enables auto scaling of the table's read capacity.
	AutoScaleReadCapacity(props *EnableScalingProps) IScalableTableAttribute
	// AutoScaleWriteCapacity enables auto scaling of the table's write capacity.
	AutoScaleWriteCapacity(props *EnableScalingProps) IScalableTableAttribute
	// Schema is the single-attribute key schema of the table, or of the named index.
	Schema(indexName *string) *SchemaOptions
	// SchemaV2 is the key schema of the table, or of the named index.
	SchemaV2(indexName *string) *KeySchema
}

type table struct {
	tableBase
	resource     CfnTable
	billingMode  BillingMode
	keySchema    []*CfnTable_KeySchemaProperty
	attributes   []*CfnTable_AttributeDefinitionProperty
	gsis         []*CfnTable_GlobalSecondaryIndexProperty
	lsis         []*CfnTable_LocalSecondaryIndexProperty
	schemas      map[string]*KeySchema
	nonKeyCount  map[string]bool
	partitionKey *Attribute
	sortKey      *Attribute
	arnMemo      *string
	nameMemo     *string
	scalingRole  awsiam.IRole
	tableScaling scalingPair
	indexScaling map[string]*scalingPair
}

// Table_PROPERTY_INJECTION_ID is the id property injectors use for Table.
func Table_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-dynamodb.Table") }

// NewTable creates a DynamoDB table.
func NewTable(scope constructs.Construct, id *string, props *TableProps) Table {
	props = l2.Inject(*Table_PROPERTY_INJECTION_ID(), props, scope, id)
	t := &table{}
	newTable(t, scope, id, props)
	return t
}

func newTable(t *table, scope constructs.Construct, id *string, props *TableProps) {
	if props == nil {
		props = &TableProps{}
	}
	t.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.TableName})
	host.Set(t.Resource, t)
	t.self = t
	t.schemas = map[string]*KeySchema{}
	t.nonKeyCount = map[string]bool{}
	t.indexScaling = map[string]*scalingPair{}
	t.arn, t.name = t.tableArn, t.tableName
	t.hasIndex = func() bool { return len(t.gsis)+len(t.lsis) > 0 }
	t.streamArn = func() *string { return nil }
	if props.PartitionKey == nil {
		// Reported at synth; the table is still built so that nothing
		// the program does with it afterwards crashes.
		l2.AddError(t, "partitionKey is required for Table")
	} else {
		t.schemas[tableSchemaName] = t.parseKeySchema(props.PartitionKey, nil, props.SortKey, nil)
	}
	t.resourcePolicy = props.ResourcePolicy

	sse, key := t.parseEncryption(props)
	pitr := t.validatePitr(props)
	cci := t.validateCCI(props.ContributorInsightsEnabled, props.ContributorInsightsSpecification)
	var stream *CfnTable_StreamSpecificationProperty
	if props.ReplicationRegions != nil {
		if props.Stream != "" && props.Stream != StreamViewType_NEW_AND_OLD_IMAGES {
			l2.AddError(t, "`stream` must be set to `NEW_AND_OLD_IMAGES` when specifying `replicationRegions`")
		}
		l2.AddError(t, "replicationRegions (DynamoDB global tables through a custom resource) is not supported by Strata yet; use TableV2 replicas or awsdynamodb.CfnGlobalTable")
		t.billingMode = orBilling(props.BillingMode, BillingMode_PAY_PER_REQUEST)
	} else {
		t.billingMode = orBilling(props.BillingMode, BillingMode_PROVISIONED)
		if props.Stream != "" {
			stream = &CfnTable_StreamSpecificationProperty{StreamViewType: jsii.String(string(props.Stream))}
		}
	}
	t.validateProvisioning(props.ReadCapacity, props.WriteCapacity)

	cfn := &CfnTableProps{
		TableName:                        t.PhysicalName(),
		PointInTimeRecoverySpecification: pitr,
		BillingMode:                      nil,
		ProvisionedThroughput:            t.provisioned(props.ReadCapacity, props.WriteCapacity),
		OnDemandThroughput:               t.onDemand(props.MaxReadRequestUnits, props.MaxWriteRequestUnits),
		ContributorInsightsSpecification: cci,
		TableClass:                       enumPtr(string(props.TableClass)),
		DeletionProtectionEnabled:        props.DeletionProtection,
		ImportSourceSpecification:        renderImportSource(props.ImportSource),
		WarmThroughput:                   warm(props.WarmThroughput),
	}
	if sse != nil {
		cfn.SseSpecification = sse
	}
	if stream != nil {
		cfn.StreamSpecification = stream
	}
	if t.billingMode == BillingMode_PAY_PER_REQUEST {
		cfn.BillingMode = jsii.String(string(t.billingMode))
	}
	if props.TimeToLiveAttribute != nil {
		cfn.TimeToLiveSpecification = &CfnTable_TimeToLiveSpecificationProperty{AttributeName: props.TimeToLiveAttribute, Enabled: jsii.Bool(true)}
	}
	if props.KinesisStream != nil {
		cfn.KinesisStreamSpecification = &CfnTable_KinesisStreamSpecificationProperty{StreamArn: props.KinesisStream.StreamArn(),
			ApproximateCreationDateTimePrecision: enumPtr(string(props.KinesisPrecisionTimestamp))}
	}
	t.resource = NewCfnTable(t, jsii.String("Resource"), cfn)
	if stream != nil {
		t.streamArn = t.resource.AttrStreamArn
	}
	policy := props.RemovalPolicy
	if policy == "" {
		policy = awscdk.RemovalPolicy_RETAIN
	}
	t.resource.ApplyRemovalPolicy(policy, nil)
	if t.resourcePolicy != nil {
		t.resource.SetResourcePolicy(&CfnTable_ResourcePolicyProperty{PolicyDocument: t.resourcePolicy})
	}
	t.key = key
	if props.TableName != nil {
		t.Node().AddMetadata(jsii.String("aws:cdk:hasPhysicalName"), t.TableName(), nil)
	}
	t.scalingRole = awsiam.Role_FromRoleArn(t, jsii.String("ScalingRole"), awscdk.Stack_Of(t).FormatArn(&awscdk.ArnComponents{
		Service:      jsii.String("iam"),
		Region:       jsii.String(""),
		Resource:     jsii.String("role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com"),
		ResourceName: jsii.String("AWSServiceRoleForApplicationAutoScaling_DynamoDBTable"),
	}), nil)
	t.resource.SetKeySchema([]*CfnTable_KeySchemaProperty{})
	if props.PartitionKey != nil {
		t.addKey(props.PartitionKey, hashKeyType)
		t.partitionKey = props.PartitionKey
	}
	if props.SortKey != nil && props.PartitionKey != nil {
		t.addKey(props.SortKey, rangeKeyType)
		t.sortKey = props.SortKey
	}
	t.Node().AddValidation(l2.Validation(t.validateTable))
}

func (t *table) tableArn() *string {
	if t.arnMemo == nil {
		t.arnMemo = t.GetResourceArnAttribute(t.resource.AttrArn(), &awscdk.ArnComponents{
			Service: jsii.String("dynamodb"), Resource: jsii.String("table"), ResourceName: t.PhysicalName(),
		})
	}
	return t.arnMemo
}

func (t *table) tableName() *string {
	if t.nameMemo == nil {
		t.nameMemo = t.GetResourceNameAttribute(t.resource.Ref())
	}
	return t.nameMemo
}

// AddToResourcePolicy adds a statement to the table's resource policy.
func (t *table) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	if t.resourcePolicy == nil {
		t.resourcePolicy = awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{Statements: &[]awsiam.PolicyStatement{}})
	}
	t.resourcePolicy.AddStatements(statement)
	t.resource.SetResourcePolicy(&CfnTable_ResourcePolicyProperty{PolicyDocument: t.resourcePolicy})
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(true), PolicyDependable: t}
}

// AddGlobalSecondaryIndex adds a global secondary index.
func (t *table) AddGlobalSecondaryIndex(props *GlobalSecondaryIndexProps) {
	if props == nil || props.IndexName == nil {
		l2.Throw(t, "addGlobalSecondaryIndex: indexName is required")
	}
	t.validateProvisioning(props.ReadCapacity, props.WriteCapacity)
	t.validateIndexName(*props.IndexName)
	schema := t.parseKeySchema(props.PartitionKey, props.PartitionKeys, props.SortKey, props.SortKeys)
	cci := t.validateCCI(props.ContributorInsightsEnabled, props.ContributorInsightsSpecification)
	if schema == nil {
		return
	}
	t.gsis = append(t.gsis, &CfnTable_GlobalSecondaryIndexProperty{
		ContributorInsightsSpecification: cci,
		IndexName:                        props.IndexName,
		KeySchema:                        t.indexKeySchema(schema),
		Projection:                       t.projection(props.ProjectionType, props.NonKeyAttributes),
		ProvisionedThroughput:            t.provisioned(props.ReadCapacity, props.WriteCapacity),
		OnDemandThroughput:               t.onDemand(props.MaxReadRequestUnits, props.MaxWriteRequestUnits),
		WarmThroughput:                   warm(props.WarmThroughput),
	})
	t.schemas[*props.IndexName] = schema
	t.indexScaling[*props.IndexName] = &scalingPair{}
	t.resource.SetGlobalSecondaryIndexes(t.gsis)
}

// AddLocalSecondaryIndex adds a local secondary index (at most five); the
// table must have a sort key.
func (t *table) AddLocalSecondaryIndex(props *LocalSecondaryIndexProps) {
	if props == nil || props.IndexName == nil {
		l2.Throw(t, "addLocalSecondaryIndex: indexName is required")
	}
	if len(t.lsis) >= maxLocalSecondaryIndexes {
		l2.Throw(t, "a maximum number of local secondary index per table is %d", maxLocalSecondaryIndexes)
	}
	schema := t.parseKeySchema(t.partitionKey, nil, props.SortKey, nil)
	t.validateIndexName(*props.IndexName)
	if schema == nil {
		return
	}
	t.lsis = append(t.lsis, &CfnTable_LocalSecondaryIndexProperty{
		IndexName:  props.IndexName,
		KeySchema:  t.indexKeySchema(schema),
		Projection: t.projection(props.ProjectionType, props.NonKeyAttributes),
	})
	t.schemas[*props.IndexName] = schema
	t.resource.SetLocalSecondaryIndexes(t.lsis)
}

// Schema is the table's (or the named index's) single-attribute key schema.
func (t *table) Schema(indexName *string) *SchemaOptions {
	s := t.SchemaV2(indexName)
	if len(*s.PartitionKeys) > 1 || len(*s.SortKeys) > 1 {
		l2.Throw(t, "Index %s uses multi-attribute keys and cannot be returned by schema(), use schemaV2() instead.", deref(indexName))
	}
	out := &SchemaOptions{PartitionKey: (*s.PartitionKeys)[0]}
	if len(*s.SortKeys) > 0 {
		out.SortKey = (*s.SortKeys)[0]
	}
	return out
}

// SchemaV2 is the table's (or the named index's) key schema.
func (t *table) SchemaV2(indexName *string) *KeySchema {
	name := tableSchemaName
	if indexName != nil {
		name = *indexName
	}
	s := t.schemas[name]
	if s == nil {
		l2.Throw(t, "Cannot find schema for index: %s. Use 'addGlobalSecondaryIndex' or 'addLocalSecondaryIndex' to add index", deref(indexName))
	}
	return s
}

// parseKeySchema normalizes single and multi-attribute keys, as aws-cdk-lib does.
func (t *table) parseKeySchema(pk *Attribute, pks *[]*Attribute, sk *Attribute, sks *[]*Attribute) *KeySchema {
	if (pk == nil) == (pks == nil) {
		l2.Throw(t, "Exactly one of 'partitionKey', 'partitionKeys' must be specified")
	}
	if sk != nil && sks != nil {
		l2.Throw(t, "At most one of 'sortKey', 'sortKeys' may be specified")
	}
	var partition, sort []*Attribute
	if pks != nil {
		partition = append(partition, *pks...)
	} else {
		partition = []*Attribute{pk}
	}
	if sks != nil {
		sort = append(sort, *sks...)
	} else if sk != nil {
		sort = []*Attribute{sk}
	}
	switch {
	case len(partition) == 0:
		l2.Throw(t, "'partitionKeys' must contain at least one element")
	case len(partition) > 4:
		l2.Throw(t, "Maximum of 4 partition keys allowed")
	case len(sort) > 4:
		l2.Throw(t, "Maximum of 4 sort keys allowed")
	}
	return &KeySchema{PartitionKeys: &partition, SortKeys: &sort}
}

func (t *table) indexKeySchema(s *KeySchema) []*CfnTable_KeySchemaProperty {
	var out []*CfnTable_KeySchemaProperty
	for _, a := range append(append([]*Attribute{}, *s.PartitionKeys...), *s.SortKeys...) {
		t.registerAttribute(a)
	}
	for _, a := range *s.PartitionKeys {
		out = append(out, &CfnTable_KeySchemaProperty{AttributeName: a.Name, KeyType: jsii.String(hashKeyType)})
	}
	for _, a := range *s.SortKeys {
		out = append(out, &CfnTable_KeySchemaProperty{AttributeName: a.Name, KeyType: jsii.String(rangeKeyType)})
	}
	return out
}

func (t *table) projection(pt ProjectionType, nonKey *[]*string) *CfnTable_ProjectionProperty {
	if pt == ProjectionType_INCLUDE && nonKey == nil {
		l2.Throw(t, "non-key attributes should be specified when using INCLUDE projection type")
	}
	if pt != ProjectionType_INCLUDE && nonKey != nil {
		l2.Throw(t, "non-key attributes should not be specified when not using INCLUDE projection type")
	}
	if nonKey != nil {
		if len(t.nonKeyCount)+len(*nonKey) > 100 {
			l2.Throw(t, "a maximum number of nonKeyAttributes across all of secondary indexes is 100")
		}
		for _, a := range *nonKey {
			t.nonKeyCount[deref(a)] = true
		}
	}
	if pt == "" {
		pt = ProjectionType_ALL
	}
	return &CfnTable_ProjectionProperty{ProjectionType: jsii.String(string(pt)), NonKeyAttributes: nonKey}
}

func (t *table) addKey(a *Attribute, keyType string) {
	for _, k := range t.keySchema {
		if *k.KeyType == keyType {
			l2.Throw(t, "Unable to set %s as a %s key, because %s is a %s key", deref(a.Name), keyType, *k.AttributeName, keyType)
		}
	}
	t.registerAttribute(a)
	t.keySchema = append(t.keySchema, &CfnTable_KeySchemaProperty{AttributeName: a.Name, KeyType: jsii.String(keyType)})
	t.resource.SetKeySchema(t.keySchema)
}

func (t *table) registerAttribute(a *Attribute) {
	if a == nil || a.Name == nil {
		l2.Throw(t, "a key attribute needs a name and a type")
	}
	for _, d := range t.attributes {
		if *d.AttributeName == *a.Name {
			if *d.AttributeType != a.Type.cfn() {
				l2.Throw(t, "Unable to specify %s as %s because it was already defined as %s", *a.Name, a.Type.cfn(), *d.AttributeType)
			}
			return
		}
	}
	t.attributes = append(t.attributes, &CfnTable_AttributeDefinitionProperty{AttributeName: a.Name, AttributeType: jsii.String(a.Type.cfn())})
	if t.resource != nil {
		t.resource.SetAttributeDefinitions(t.attributes)
	}
}

func (t *table) validateProvisioning(read, write *float64) {
	if t.billingMode == BillingMode_PAY_PER_REQUEST && (read != nil || write != nil) {
		l2.Throw(t, "you cannot provision read and write capacity for a table with PAY_PER_REQUEST billing mode")
	}
}

func (t *table) validateIndexName(name string) {
	if _, dup := t.schemas[name]; dup {
		l2.Throw(t, "a duplicate index name, %s, is not allowed", name)
	}
}

func (t *table) validatePitr(props *TableProps) *CfnTable_PointInTimeRecoverySpecificationProperty {
	spec := props.PointInTimeRecoverySpecification
	if spec != nil && props.PointInTimeRecovery != nil {
		l2.Throw(t, "`pointInTimeRecoverySpecification` and `pointInTimeRecovery` are set. Use `pointInTimeRecoverySpecification` only.")
	}
	if spec != nil {
		days := spec.RecoveryPeriodInDays
		if !boolOr(spec.PointInTimeRecoveryEnabled) && days != nil && *days != 0 {
			l2.Throw(t, "Cannot set `recoveryPeriodInDays` while `pointInTimeRecoveryEnabled` is set to false.")
		}
		if days != nil && (*days < 1 || *days > 35) {
			l2.Throw(t, "`recoveryPeriodInDays` must be a value between `1` and `35`.")
		}
		return &CfnTable_PointInTimeRecoverySpecificationProperty{PointInTimeRecoveryEnabled: spec.PointInTimeRecoveryEnabled, RecoveryPeriodInDays: days}
	}
	if props.PointInTimeRecovery != nil {
		return &CfnTable_PointInTimeRecoverySpecificationProperty{PointInTimeRecoveryEnabled: props.PointInTimeRecovery}
	}
	return nil
}

func (t *table) validateCCI(enabled *bool, spec *ContributorInsightsSpecification) *CfnTable_ContributorInsightsSpecificationProperty {
	if spec != nil && enabled != nil {
		l2.Throw(t, "`contributorInsightsSpecification` and `contributorInsightsEnabled` are set. Use `contributorInsightsSpecification` only.")
	}
	if spec != nil {
		return &CfnTable_ContributorInsightsSpecificationProperty{Enabled: spec.Enabled, Mode: enumPtr(string(spec.Mode))}
	}
	if enabled != nil {
		return &CfnTable_ContributorInsightsSpecificationProperty{Enabled: enabled}
	}
	return nil
}

func (t *table) provisioned(read, write *float64) *CfnTable_ProvisionedThroughputProperty {
	if t.billingMode == BillingMode_PAY_PER_REQUEST {
		return nil
	}
	return &CfnTable_ProvisionedThroughputProperty{ReadCapacityUnits: orFive(read), WriteCapacityUnits: orFive(write)}
}

func (t *table) onDemand(read, write *float64) *CfnTable_OnDemandThroughputProperty {
	if !nonZero(read) && !nonZero(write) || t.billingMode == BillingMode_PROVISIONED {
		return nil
	}
	out := &CfnTable_OnDemandThroughputProperty{}
	if nonZero(read) {
		out.MaxReadRequestUnits = read
	}
	if nonZero(write) {
		out.MaxWriteRequestUnits = write
	}
	return out
}

func (t *table) parseEncryption(props *TableProps) (*CfnTable_SSESpecificationProperty, awskms.IKey) {
	return t.encryption(props.Encryption, props.EncryptionKey, props.ReplicationRegions != nil)
}

func (t *table) encryption(enc TableEncryption, key awskms.IKey, global bool) (*CfnTable_SSESpecificationProperty, awskms.IKey) {
	if enc == "" {
		if key != nil {
			enc = TableEncryption_CUSTOMER_MANAGED
		}
	}
	if enc != TableEncryption_CUSTOMER_MANAGED && key != nil {
		l2.Throw(t, "encryptionKey cannot be specified unless encryption is set to TableEncryption.CUSTOMER_MANAGED (it was set to %s)", enc.value())
	}
	if enc == TableEncryption_CUSTOMER_MANAGED && global {
		l2.Throw(t, "TableEncryption.CUSTOMER_MANAGED is not supported by DynamoDB Global Tables (where replicationRegions was set)")
	}
	switch enc {
	case TableEncryption_CUSTOMER_MANAGED:
		if key == nil {
			key = awskms.NewKey(t, jsii.String("Key"), &awskms.KeyProps{
				Description:       jsii.String(fmt.Sprintf("Customer-managed key auto-created for encrypting DynamoDB table at %s", *t.Node().Path())),
				EnableKeyRotation: jsii.Bool(true),
			})
		}
		return &CfnTable_SSESpecificationProperty{SseEnabled: jsii.Bool(true), KmsMasterKeyId: key.KeyArn(), SseType: jsii.String("KMS")}, key
	case TableEncryption_AWS_MANAGED:
		return &CfnTable_SSESpecificationProperty{SseEnabled: jsii.Bool(true)}, nil
	case TableEncryption_DEFAULT:
		return &CfnTable_SSESpecificationProperty{SseEnabled: jsii.Bool(false)}, nil
	case "":
		return nil, nil
	}
	l2.Throw(t, "Unexpected 'encryptionType': %s", enc)
	return nil, nil
}

func (t *table) validateTable() []string {
	var errs []string
	if t.partitionKey == nil {
		errs = append(errs, "a partition key must be specified")
	}
	if len(t.lsis) > 0 && t.sortKey == nil {
		errs = append(errs, "a sort key of the table must be specified to add local secondary indexes")
	}
	return errs
}

func orBilling(b, def BillingMode) BillingMode {
	if b == "" {
		return def
	}
	return b
}

// orFive is aws-cdk-lib's `capacity || 5`: unset and 0 both become 5.
func orFive(p *float64) *float64 {
	if !nonZero(p) {
		return jsii.Number(5)
	}
	return p
}

func nonZero(p *float64) bool { return p != nil && *p != 0 }

func enumPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func warm(w *WarmThroughput) *CfnTable_WarmThroughputProperty {
	if w == nil {
		return nil
	}
	return &CfnTable_WarmThroughputProperty{ReadUnitsPerSecond: w.ReadUnitsPerSecond, WriteUnitsPerSecond: w.WriteUnitsPerSecond}
}

func deref(s *string) string {
	if s == nil {
		return "undefined"
	}
	return *s
}
