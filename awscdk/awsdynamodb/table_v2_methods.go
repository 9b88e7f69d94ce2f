package awsdynamodb

import (
	"sort"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

func (t *tableV2) addKey(a *Attribute, keyType string) {
	t.addAttribute(a)
	t.keySchema = append(t.keySchema, &CfnGlobalTable_KeySchemaProperty{AttributeName: a.Name, KeyType: jsii.String(keyType)})
}

// addAttribute defines an attribute once; the first definition wins, as in aws-cdk-lib.
func (t *tableV2) addAttribute(a *Attribute) {
	if a == nil || a.Name == nil {
		l2.Throw(t, "a key attribute needs a name and a type")
	}
	for _, d := range t.attributes {
		if *d.AttributeName == *a.Name {
			return
		}
	}
	t.attributes = append(t.attributes, &CfnGlobalTable_AttributeDefinitionProperty{AttributeName: a.Name, AttributeType: jsii.String(a.Type.cfn())})
}

func (t *tableV2) indexKeys(pk *Attribute, pks *[]*Attribute, sk *Attribute, sks *[]*Attribute) []*CfnGlobalTable_KeySchemaProperty {
	if (pk == nil) == (pks == nil) {
		l2.Throw(t, "Exactly one of 'partitionKey', 'partitionKeys' must be specified")
	}
	if sk != nil && sks != nil {
		l2.Throw(t, "At most one of 'sortKey', 'sortKeys' may be specified")
	}
	partition, sort := []*Attribute{pk}, []*Attribute{}
	if pks != nil {
		partition = *pks
	}
	if sks != nil {
		sort = *sks
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
	var out []*CfnGlobalTable_KeySchemaProperty
	for _, a := range append(append([]*Attribute{}, partition...), sort...) {
		t.addAttribute(a)
	}
	for _, a := range partition {
		out = append(out, &CfnGlobalTable_KeySchemaProperty{AttributeName: a.Name, KeyType: jsii.String(hashKeyType)})
	}
	for _, a := range sort {
		out = append(out, &CfnGlobalTable_KeySchemaProperty{AttributeName: a.Name, KeyType: jsii.String(rangeKeyType)})
	}
	return out
}

func (t *tableV2) projection(pt ProjectionType, nonKey *[]*string) *CfnGlobalTable_ProjectionProperty {
	if pt == ProjectionType_INCLUDE && nonKey == nil {
		l2.Throw(t, "Non-key attributes should be specified when using %s projection type", ProjectionType_INCLUDE)
	}
	if pt != ProjectionType_INCLUDE && pt != "" && nonKey != nil || pt == "" && nonKey != nil {
		l2.Throw(t, "Non-key attributes should not be specified when not using %s projection type", ProjectionType_INCLUDE)
	}
	if pt == "" {
		pt = ProjectionType_ALL
	}
	return &CfnGlobalTable_ProjectionProperty{ProjectionType: jsii.String(string(pt)), NonKeyAttributes: nonKey}
}

func (t *tableV2) checkIndexName(name *string) {
	if name == nil {
		l2.Throw(t, "indexName is required")
	}
	for _, g := range t.gsis {
		if *g.IndexName == *name {
			l2.Throw(t, "Duplicate secondary index name, %s, is not allowed", *name)
		}
	}
	for _, l := range t.lsis {
		if *l.IndexName == *name {
			l2.Throw(t, "Duplicate secondary index name, %s, is not allowed", *name)
		}
	}
}

// AddGlobalSecondaryIndex adds a global secondary index; its read capacity
// is set per replica, its write capacity on the table.
func (t *tableV2) AddGlobalSecondaryIndex(props *GlobalSecondaryIndexPropsV2) {
	if props == nil {
		l2.Throw(t, "addGlobalSecondaryIndex needs props")
	}
	t.checkIndexName(props.IndexName)
	if len(t.gsis) == maxGlobalSecondaryIndexesV2 {
		l2.Throw(t, "You may not provide more than %d global secondary indexes", maxGlobalSecondaryIndexesV2)
	}
	if t.billingMode == BillingMode_PAY_PER_REQUEST && (props.ReadCapacity != nil || props.WriteCapacity != nil) {
		l2.Throw(t, "You cannot configure 'readCapacity' or 'writeCapacity' on a global secondary index when the billing mode is %s", BillingMode_PAY_PER_REQUEST)
	}
	gsi := &CfnGlobalTable_GlobalSecondaryIndexProperty{
		IndexName: props.IndexName,
		KeySchema: t.indexKeys(props.PartitionKey, props.PartitionKeys, props.SortKey, props.SortKeys),
	}
	gsi.Projection = t.projection(props.ProjectionType, props.NonKeyAttributes)
	if props.ReadCapacity != nil {
		t.gsiRead[*props.IndexName] = t.capacityOf(props.ReadCapacity, "readCapacity")
	}
	write := t.writeProv
	if props.WriteCapacity != nil {
		write = t.capacityOf(props.WriteCapacity, "writeCapacity")
		t.writeCapacityCheck(write)
	}
	if write != nil {
		gsi.WriteProvisionedThroughputSettings = t.writeSettings(write)
	}
	if props.MaxReadRequestUnits != nil {
		t.gsiMaxRead[*props.IndexName] = props.MaxReadRequestUnits
	}
	if props.MaxWriteRequestUnits != nil {
		gsi.WriteOnDemandThroughputSettings = &CfnGlobalTable_WriteOnDemandThroughputSettingsProperty{MaxWriteRequestUnits: props.MaxWriteRequestUnits}
	}
	if w := warmV2(props.WarmThroughput); w != nil {
		gsi.WarmThroughput = w
	}
	t.gsis = append(t.gsis, gsi)
	t.sync()
}

// AddLocalSecondaryIndex adds a local secondary index; the table needs a sort key.
func (t *tableV2) AddLocalSecondaryIndex(props *LocalSecondaryIndexProps) {
	if props == nil {
		l2.Throw(t, "addLocalSecondaryIndex needs props")
	}
	t.checkIndexName(props.IndexName)
	if !t.hasSortKey {
		l2.Throw(t, "The table must have a sort key in order to add a local secondary index")
	}
	if len(t.lsis) == maxLocalSecondaryIndexes {
		l2.Throw(t, "You may not provide more than %d local secondary indexes", maxLocalSecondaryIndexes)
	}
	lsi := &CfnGlobalTable_LocalSecondaryIndexProperty{
		IndexName:  props.IndexName,
		KeySchema:  t.indexKeys(t.partitionKey, nil, props.SortKey, nil),
		Projection: t.projection(props.ProjectionType, props.NonKeyAttributes),
	}
	t.lsis = append(t.lsis, lsi)
	t.sync()
}

// AddReplica adds a replica in another region; the stack needs a concrete region.
func (t *tableV2) AddReplica(props *ReplicaTableProps) {
	if props == nil || props.Region == nil {
		l2.Throw(t, "addReplica needs a region")
	}
	stackRegion := t.Stack().Region()
	if unresolved(stackRegion) {
		l2.Throw(t, "Replica tables are not supported in a region agnostic stack")
	}
	if unresolved(props.Region) {
		l2.Throw(t, "Replica table region must not be a token")
	}
	if *props.Region == *stackRegion {
		l2.Throw(t, "You cannot add a replica table in the same region as the primary table - the primary table region is %s", *stackRegion)
	}
	for _, r := range t.replicas {
		if *r.Region == *props.Region {
			l2.Throw(t, "Duplicate replica table region, %s, is not allowed", *props.Region)
		}
	}
	if t.billingMode == BillingMode_PAY_PER_REQUEST && props.ReadCapacity != nil {
		l2.Throw(t, "You cannot provide 'readCapacity' on a replica table when the billing mode is %s", BillingMode_PAY_PER_REQUEST)
	}
	t.replicas = append(t.replicas, props)
	t.regions = append(t.regions, props.Region)
	t.sync()
}

func unresolved(s *string) bool {
	u := awscdk.Token_IsUnresolved(s)
	return u != nil && *u
}

// cci is the contributor insights of a replica (or index), falling back to the table's.
func (t *tableV2) cci(enabled *bool, spec *ContributorInsightsSpecification) *CfnGlobalTable_ContributorInsightsSpecificationProperty {
	if enabled == nil {
		enabled = t.props.ContributorInsights
	}
	if spec == nil {
		spec = t.props.ContributorInsightsSpecification
	}
	if spec != nil && enabled != nil {
		l2.Throw(t, "`contributorInsightsSpecification` and `contributorInsights` are set. Use `contributorInsightsSpecification` only.")
	}
	if spec != nil {
		return &CfnGlobalTable_ContributorInsightsSpecificationProperty{Enabled: spec.Enabled, Mode: enumPtr(string(spec.Mode))}
	}
	if enabled != nil {
		return &CfnGlobalTable_ContributorInsightsSpecificationProperty{Enabled: enabled}
	}
	return nil
}

func (t *tableV2) validatePitr(enabled *bool, spec *PointInTimeRecoverySpecification) {
	if spec != nil && enabled != nil {
		l2.Throw(t, "`pointInTimeRecoverySpecification` and `pointInTimeRecovery` are set. Use `pointInTimeRecoverySpecification` only.")
	}
	if spec != nil && spec.RecoveryPeriodInDays != nil {
		if !boolOr(spec.PointInTimeRecoveryEnabled) {
			l2.Throw(t, "Cannot set `recoveryPeriodInDays` while `pointInTimeRecoveryEnabled` is set to false.")
		}
		if d := *spec.RecoveryPeriodInDays; d < 1 || d > 35 {
			l2.Throw(t, "`recoveryPeriodInDays` must be a value between `1` and `35`.")
		}
	}
}

func (t *tableV2) replicaSpec(p *ReplicaTableProps) *CfnGlobalTable_ReplicaSpecificationProperty {
	spec := &CfnGlobalTable_ReplicaSpecificationProperty{
		Region:                             p.Region,
		ContributorInsightsSpecification:   nilIfNil(t.cci(p.ContributorInsights, p.ContributorInsightsSpecification)),
		TableClass:                         enumPtr(string(orClass(p.TableClass, t.props.TableClass))),
		GlobalTableSettingsReplicationMode: settingsReplicationMode(t.props.GlobalTableSettingsReplicationMode),
	}
	if dp := p.DeletionProtection; dp != nil {
		spec.DeletionProtectionEnabled = dp
	} else if t.props.DeletionProtection != nil {
		spec.DeletionProtectionEnabled = t.props.DeletionProtection
	}
	if gs := t.replicaGsis(p.GlobalSecondaryIndexOptions); len(gs) > 0 {
		spec.GlobalSecondaryIndexes = gs
	}
	if sse := t.replicaSse(p.Region); sse != nil {
		spec.SseSpecification = sse
	}
	if p.KinesisStream != nil {
		spec.KinesisStreamSpecification = &CfnGlobalTable_KinesisStreamSpecificationProperty{StreamArn: p.KinesisStream.StreamArn()}
	}
	pitrOn := p.PointInTimeRecovery
	if pitrOn == nil {
		pitrOn = t.props.PointInTimeRecovery
	}
	pitr := p.PointInTimeRecoverySpecification
	if pitr == nil {
		pitr = t.props.PointInTimeRecoverySpecification
	}
	if pitr != nil {
		spec.PointInTimeRecoverySpecification = &CfnGlobalTable_PointInTimeRecoverySpecificationProperty{PointInTimeRecoveryEnabled: pitr.PointInTimeRecoveryEnabled, RecoveryPeriodInDays: pitr.RecoveryPeriodInDays}
	} else if pitrOn != nil {
		spec.PointInTimeRecoverySpecification = &CfnGlobalTable_PointInTimeRecoverySpecificationProperty{PointInTimeRecoveryEnabled: pitrOn}
	}
	if p.ReadCapacity != nil {
		spec.ReadProvisionedThroughputSettings = t.readSettings(t.capacityOf(p.ReadCapacity, "readCapacity"))
	} else if t.readProv != nil {
		spec.ReadProvisionedThroughputSettings = t.readSettings(t.readProv)
	}
	if p.MaxReadRequestUnits != nil {
		spec.ReadOnDemandThroughputSettings = &CfnGlobalTable_ReadOnDemandThroughputSettingsProperty{MaxReadRequestUnits: p.MaxReadRequestUnits}
	} else if t.maxRead != nil {
		spec.ReadOnDemandThroughputSettings = &CfnGlobalTable_ReadOnDemandThroughputSettingsProperty{MaxReadRequestUnits: t.maxRead}
	}
	if tags := t.replicaTags(p.Tags); len(tags) > 0 {
		spec.Tags = &tags
	}
	// Under @aws-cdk/aws-dynamodb:resourcePolicyPerReplica the table's
	// policy is its own replica's only; without it every replica falls back to it.
	policy := p.ResourcePolicy
	if awscdk.FeatureFlags_Of(t).IsEnabled(jsii.String("@aws-cdk/aws-dynamodb:resourcePolicyPerReplica")) != nil &&
		*awscdk.FeatureFlags_Of(t).IsEnabled(jsii.String("@aws-cdk/aws-dynamodb:resourcePolicyPerReplica")) {
		if *p.Region == *t.Stack().Region() {
			policy = t.resourcePolicy
		}
	} else if policy == nil {
		policy = t.resourcePolicy
	}
	if policy != nil {
		spec.ResourcePolicy = &CfnGlobalTable_ResourcePolicyProperty{PolicyDocument: policy}
	}
	streamPolicy := p.StreamResourcePolicy
	if *p.Region == *t.Stack().Region() {
		streamPolicy = t.streamPolicy
	}
	if streamPolicy != nil {
		spec.ReplicaStreamSpecification = &CfnGlobalTable_ReplicaStreamSpecificationProperty{ResourcePolicy: &CfnGlobalTable_ResourcePolicyProperty{PolicyDocument: streamPolicy}}
	}
	return spec
}

func nilIfNil(c *CfnGlobalTable_ContributorInsightsSpecificationProperty) interface{} {
	if c == nil {
		return nil
	}
	return c
}

func orClass(a, b TableClass) TableClass {
	if a != "" {
		return a
	}
	return b
}

// replicaTags are the tags of Tags.of (the TagManager) overlaid by the
// replica's own, in aws-cdk-lib's order: managed keys first, then new ones.
func (t *tableV2) replicaTags(own *[]*awscdk.CfnTag) []*awscdk.CfnTag {
	var keys []string
	vals := map[string]*string{}
	set := func(k string, v *string) {
		if _, ok := vals[k]; !ok {
			keys = append(keys, k)
		}
		vals[k] = v
	}
	managed := *t.tags.TagValues()
	names := make([]string, 0, len(managed))
	for k := range managed {
		names = append(names, k)
	}
	// TagManager sorts with a locale collation; byte order agrees with it
	// for the usual lower-case keys.
	sort.Strings(names)
	for _, k := range names {
		set(k, managed[k])
	}
	if own != nil {
		for _, tag := range *own {
			set(*tag.Key, tag.Value)
		}
	}
	var out []*awscdk.CfnTag
	for _, k := range keys {
		out = append(out, &awscdk.CfnTag{Key: jsii.String(k), Value: vals[k]})
	}
	return out
}

func (t *tableV2) Tags() awscdk.TagManager { return t.tags }

// AddToStreamResourcePolicy adds a statement to the stream's resource policy,
// creating the policy document on first use.
func (t *tableV2) AddToStreamResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	if t.streamPolicy == nil {
		t.streamPolicy = awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{})
	}
	t.streamPolicy.AddStatements(statement)
	t.sync()
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(true), PolicyDependable: t}
}

func (t *tableV2) replicaGsis(options *map[string]*ReplicaGlobalSecondaryIndexOptions) []*CfnGlobalTable_ReplicaGlobalSecondaryIndexSpecificationProperty {
	opts := map[string]*ReplicaGlobalSecondaryIndexOptions{}
	if options != nil {
		opts = *options
	}
	for name, o := range opts {
		found := false
		for _, g := range t.gsis {
			found = found || *g.IndexName == name
		}
		if !found {
			l2.Throw(t, "Cannot configure replica global secondary index, %s, because it is not defined on the primary table", name)
		}
		if t.billingMode == BillingMode_PAY_PER_REQUEST && o != nil && o.ReadCapacity != nil {
			l2.Throw(t, "Cannot configure 'readCapacity' for replica global secondary index, %s, because billing mode is %s", name, BillingMode_PAY_PER_REQUEST)
		}
	}
	var out []*CfnGlobalTable_ReplicaGlobalSecondaryIndexSpecificationProperty
	for _, g := range t.gsis {
		name := *g.IndexName
		read, maxRead := t.gsiRead[name], t.gsiMaxRead[name]
		var cci *CfnGlobalTable_ContributorInsightsSpecificationProperty
		if o := opts[name]; o != nil {
			if o.ReadCapacity != nil {
				read = t.capacityOf(o.ReadCapacity, "readCapacity")
			} else {
				read = nil
			}
			maxRead = o.MaxReadRequestUnits
			cci = t.cci(o.ContributorInsights, o.ContributorInsightsSpecification)
		} else {
			cci = t.cci(nil, nil)
		}
		if read == nil {
			read = t.readProv
		}
		r := &CfnGlobalTable_ReplicaGlobalSecondaryIndexSpecificationProperty{IndexName: g.IndexName, ContributorInsightsSpecification: nilIfNil(cci)}
		if rs := t.readSettings(read); rs != nil {
			r.ReadProvisionedThroughputSettings = rs
		}
		if maxRead != nil {
			r.ReadOnDemandThroughputSettings = &CfnGlobalTable_ReadOnDemandThroughputSettingsProperty{MaxReadRequestUnits: maxRead}
		}
		out = append(out, r)
	}
	return out
}

func warmV2(w *WarmThroughput) *CfnGlobalTable_WarmThroughputProperty {
	if w == nil {
		return nil
	}
	return &CfnGlobalTable_WarmThroughputProperty{ReadUnitsPerSecond: w.ReadUnitsPerSecond, WriteUnitsPerSecond: w.WriteUnitsPerSecond}
}

// TableId is nil: aws-cdk-lib's TableV2 exposes the table ID only on imports.
func (t *tableV2) TableId() *string { return nil }

func (t *tableV2) StreamResourcePolicy() awsiam.PolicyDocument     { return t.streamPolicy }
func (t *tableV2) SetStreamResourcePolicy(v awsiam.PolicyDocument) { t.streamPolicy = v; t.sync() }
func (t *tableV2) SetResourcePolicy(v awsiam.PolicyDocument)       { t.resourcePolicy = v; t.sync() }

// AddToResourcePolicy adds a statement to the table's resource policy,
// creating the policy document on first use.
func (t *tableV2) AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	if t.resourcePolicy == nil {
		t.resourcePolicy = awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{})
	}
	t.resourcePolicy.AddStatements(statement)
	t.sync()
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(true), PolicyDependable: t}
}

// ApplyRemovalPolicy sets the removal policy of the global table.
func (t *tableV2) ApplyRemovalPolicy(policy awscdk.RemovalPolicy) {
	t.resource.ApplyRemovalPolicy(policy, nil)
}

// Replica is the replica in region as an imported table, or the table itself in its own region.
func (t *tableV2) Replica(region *string) ITableV2 {
	if unresolved(t.Stack().Region()) {
		l2.Throw(t, "Replica tables are not supported in a region agnostic stack")
	}
	if region == nil || unresolved(region) {
		l2.Throw(t, "Provided `region` cannot be a token")
	}
	if *region == *t.Stack().Region() {
		return t
	}
	var found *ReplicaTableProps
	for _, r := range t.replicas {
		if *r.Region == *region {
			found = r
		}
	}
	if found == nil {
		l2.Throw(t, "No replica table exists in region %s", *region)
	}
	arn := t.Stack().FormatArn(&awscdk.ArnComponents{Region: region, Resource: jsii.String("table"), Service: jsii.String("dynamodb"), ResourceName: t.TableName()})
	return TableV2_FromTableAttributes(t, jsii.String("ReplicaTable"+*region), &TableAttributesV2{
		TableArn: arn, EncryptionKey: t.replicaKeys[*region], GrantIndexPermissions: t.HasIndex(),
		TableStreamArn: jsii.String(*arn + "/stream/*"),
	})
}

// importedTableV2 is a global table defined outside this app: its
// resource policy cannot be changed from here.
type importedTableV2 struct {
	tableBaseV2
	tableID *string
}

func (t *importedTableV2) AddToResourcePolicy(awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(false)}
}

func (t *importedTableV2) TableId() *string { return t.tableID }

// TableV2_FromTableName imports a global table of this stack's account and region by name.
func TableV2_FromTableName(scope constructs.Construct, id *string, tableName *string) ITableV2 {
	return TableV2_FromTableAttributes(scope, id, &TableAttributesV2{TableName: tableName})
}

// TableV2_FromTableArn imports a global table by ARN.
func TableV2_FromTableArn(scope constructs.Construct, id *string, tableArn *string) ITableV2 {
	return TableV2_FromTableAttributes(scope, id, &TableAttributesV2{TableArn: tableArn})
}

// TableV2_FromTableAttributes imports a global table by name or ARN, with its stream, key and indexes.
func TableV2_FromTableAttributes(scope constructs.Construct, id *string, attrs *TableAttributesV2) ITableV2 {
	if attrs == nil {
		attrs = &TableAttributesV2{}
	}
	stack := awscdk.Stack_Of(scope)
	var name, arn *string
	switch {
	case attrs.TableName != nil && attrs.TableArn != nil:
		l2.Throw(scope, "Only one of table name or table ARN can be specified")
	case attrs.TableName != nil:
		name = attrs.TableName
		arn = stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("dynamodb"), Resource: jsii.String("table"), ResourceName: name})
	case attrs.TableArn != nil:
		arn = attrs.TableArn
		name = stack.SplitArn(arn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).ResourceName
		if name == nil {
			l2.Throw(scope, "Table ARN must be of the form: arn:<partition>:dynamodb:<region>:<account>:table/<table-name>")
		}
	default:
		l2.Throw(scope, "At least one of table name or table ARN must be specified")
	}
	t := &importedTableV2{tableID: attrs.TableId}
	t.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(t.Resource, t)
	t.self = t
	t.key = attrs.EncryptionKey
	t.arn = func() *string { return arn }
	t.name = func() *string { return name }
	t.streamArn = func() *string { return attrs.TableStreamArn }
	hasIndex := boolOr(attrs.GrantIndexPermissions) ||
		(attrs.GlobalIndexes != nil && len(*attrs.GlobalIndexes) > 0) ||
		(attrs.LocalIndexes != nil && len(*attrs.LocalIndexes) > 0)
	t.hasIndex = func() bool { return hasIndex }
	return t
}

// TableV2_IsConstruct reports whether x is a construct.
func TableV2_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// TableV2_IsResource reports whether c is a Resource.
func TableV2_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// TableV2_IsOwnedResource reports whether c is a Resource defined in this app.
func TableV2_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
