package awsdynamodb

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsdynamodb"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ITable is a DynamoDB table, defined in this app or imported.
type ITable interface {
	awscdk.IResource
	interfacesawsdynamodb.ITableRef
	// Grant gives grantee the actions on the table (and its indexes).
	Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	GrantFullAccess(grantee awsiam.IGrantable) awsiam.Grant
	GrantReadData(grantee awsiam.IGrantable) awsiam.Grant
	GrantReadWriteData(grantee awsiam.IGrantable) awsiam.Grant
	// GrantStream gives grantee the actions on the table's stream.
	GrantStream(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	GrantStreamRead(grantee awsiam.IGrantable) awsiam.Grant
	GrantTableListStreams(grantee awsiam.IGrantable) awsiam.Grant
	GrantWriteData(grantee awsiam.IGrantable) awsiam.Grant
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricConditionalCheckFailedRequests(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricConsumedReadCapacityUnits(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricConsumedWriteCapacityUnits(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricSuccessfulRequestLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricSystemErrorsForOperations(props *SystemErrorsForOperationsMetricOptions) awscloudwatch.IMetric
	MetricThrottledRequests(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricThrottledRequestsForOperations(props *OperationsMetricOptions) awscloudwatch.IMetric
	MetricUserErrors(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	// EncryptionKey is the customer managed key, if any.
	EncryptionKey() awskms.IKey
	TableArn() *string
	TableName() *string
	// TableStreamArn is the stream's ARN, nil without a stream.
	TableStreamArn() *string
}

// TableBase is what Table and imported tables share.
type TableBase interface {
	awscdk.Resource
	ITable
	awsiam.IEncryptedResource
	awsiam.IResourceWithPolicy
	Grants() TableGrants
	HasIndex() *bool
	RegionalArns() *[]*string
	Regions() *[]*string
	ResourcePolicy() awsiam.PolicyDocument
	SetResourcePolicy(val awsiam.PolicyDocument)
	StreamGrants() StreamGrants
	TableRef() *interfacesawsdynamodb.TableReference
	AddToResourcePolicy(statement awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult
	GrantOnKey(grantee awsiam.IGrantable, actions ...*string) *awsiam.GrantOnKeyResult
	MetricSystemErrors(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricThrottledRequestsForOperation(operation *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

// tableSelf is what tableBase needs of the outer object: TableBase and
// TableBaseV2 both have it.
type tableSelf interface {
	constructs.IConstruct
	interfacesawsdynamodb.ITableRef
	awsiam.IEncryptedResource
	awsiam.IResourceWithPolicyV2
	TableArn() *string
	TableName() *string
	TableStreamArn() *string
	Grants() TableGrants
	StreamGrants() StreamGrants
	HasIndex() *bool
}

// tableBase implements TableBase on the core Resource; self is the outer
// object (a *table, an *importedTable, a *tableV2 or an *importedTableV2).
type tableBase struct {
	awscdk.Resource
	self           tableSelf
	key            awskms.IKey
	resourcePolicy awsiam.PolicyDocument
	regions        []*string
	regionalArns   []*string
	arn, name      func() *string
	streamArn      func() *string
	hasIndex       func() bool
	// keyFn, when set, gives the key instead of key (a Go type
	// "subclassing" TableBase supplies its own EncryptionKey).
	keyFn func() awskms.IKey
}

// encKey is the table's KMS key, if any.
func (t *tableBase) encKey() awskms.IKey {
	if t.keyFn != nil {
		return t.keyFn()
	}
	return t.key
}

func (t *tableBase) EncryptionKey() awskms.IKey                { return t.encKey() }
func (t *tableBase) TableArn() *string                         { return t.arn() }
func (t *tableBase) TableName() *string                        { return t.name() }
func (t *tableBase) TableStreamArn() *string                   { return t.streamArn() }
func (t *tableBase) HasIndex() *bool                           { return jsii.Bool(t.hasIndex()) }
func (t *tableBase) Regions() *[]*string                       { return ptrSlice(t.regions) }
func (t *tableBase) RegionalArns() *[]*string                  { return ptrSlice(t.regionalArns) }
func (t *tableBase) ResourcePolicy() awsiam.PolicyDocument     { return t.resourcePolicy }
func (t *tableBase) SetResourcePolicy(v awsiam.PolicyDocument) { t.resourcePolicy = v }

// TableRef is the table's reference (ARN and name).
func (t *tableBase) TableRef() *interfacesawsdynamodb.TableReference {
	return &interfacesawsdynamodb.TableReference{TableArn: t.self.TableArn(), TableName: t.self.TableName()}
}

// Grants is the table's grants object; it covers the index ARNs when the
// table has (or later gets) an index, and the replica tables' ARNs.
func (t *tableBase) Grants() TableGrants {
	return NewTableGrants(&TableGrantsProps{Table: t.self, Regions: t.Regions(), EncryptedResource: t.self, PolicyResource: t.self})
}

// StreamGrants is the grants object of the table's stream; the table must have one.
func (t *tableBase) StreamGrants() StreamGrants {
	arn := t.self.TableStreamArn()
	if arn == nil {
		l2.Throw(t.self, "DynamoDB Streams must be enabled on the table %s", *t.Node().Path())
	}
	return NewStreamGrants(&StreamGrantsProps{TableStreamArn: arn, EncryptionKey: t.encKey(), Table: t.self})
}

// GrantOnKey grants actions on the table's KMS key, if it has one.
func (t *tableBase) GrantOnKey(grantee awsiam.IGrantable, actions ...*string) *awsiam.GrantOnKeyResult {
	key := t.encKey()
	if key == nil {
		return &awsiam.GrantOnKeyResult{}
	}
	return &awsiam.GrantOnKeyResult{Grant: key.Grant(grantee, actions...)}
}

func (t *tableBase) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return t.self.Grants().Actions(grantee, actions...)
}
func (t *tableBase) GrantReadData(grantee awsiam.IGrantable) awsiam.Grant {
	return t.self.Grants().ReadData(grantee)
}
func (t *tableBase) GrantWriteData(grantee awsiam.IGrantable) awsiam.Grant {
	return t.self.Grants().WriteData(grantee)
}
func (t *tableBase) GrantReadWriteData(grantee awsiam.IGrantable) awsiam.Grant {
	return t.self.Grants().ReadWriteData(grantee)
}
func (t *tableBase) GrantFullAccess(grantee awsiam.IGrantable) awsiam.Grant {
	return t.self.Grants().FullAccess(grantee)
}
func (t *tableBase) GrantStream(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return t.self.StreamGrants().Actions(grantee, actions...)
}
func (t *tableBase) GrantStreamRead(grantee awsiam.IGrantable) awsiam.Grant {
	return t.self.StreamGrants().Read(grantee)
}
func (t *tableBase) GrantTableListStreams(grantee awsiam.IGrantable) awsiam.Grant {
	return t.self.StreamGrants().List(grantee)
}

// importedTable is a table defined outside this app: its resource policy
// cannot be changed from here.
type importedTable struct{ tableBase }

func (t *importedTable) AddToResourcePolicy(awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(false)}
}

// Table_FromTableName imports a table of this stack's account and region by name.
func Table_FromTableName(scope constructs.Construct, id *string, tableName *string) ITable {
	return Table_FromTableAttributes(scope, id, &TableAttributes{TableName: tableName})
}

// Table_FromTableArn imports a table by ARN.
func Table_FromTableArn(scope constructs.Construct, id *string, tableArn *string) ITable {
	return Table_FromTableAttributes(scope, id, &TableAttributes{TableArn: tableArn})
}

// Table_FromTableAttributes imports a table by name or ARN, with its stream,
// key and indexes.
func Table_FromTableAttributes(scope constructs.Construct, id *string, attrs *TableAttributes) ITable {
	if attrs == nil {
		attrs = &TableAttributes{}
	}
	stack := awscdk.Stack_Of(scope)
	var name, arn *string
	switch {
	case attrs.TableName != nil && attrs.TableArn != nil:
		l2.Throw(scope, "Only one of tableArn or tableName can be provided")
	case attrs.TableName != nil:
		name = attrs.TableName
		arn = stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("dynamodb"), Resource: jsii.String("table"), ResourceName: name})
	case attrs.TableArn != nil:
		arn = attrs.TableArn
		name = stack.SplitArn(arn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).ResourceName
		if name == nil {
			l2.Throw(scope, "ARN for DynamoDB table must be in the form: ...")
		}
	default:
		l2.Throw(scope, "One of tableName or tableArn is required!")
	}
	t := &importedTable{}
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

// Table_IsConstruct reports whether x is a construct.
func Table_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Table_IsResource reports whether c is a Resource.
func Table_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// Table_IsOwnedResource reports whether c is a Resource defined in this app.
func Table_IsOwnedResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsOwnedResource(c) }

// TableBase_IsConstruct reports whether x is a construct.
func TableBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// TableBase_IsResource reports whether c is a Resource.
func TableBase_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// TableBase_IsOwnedResource reports whether c is a Resource defined in this app.
func TableBase_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

func ptrSlice(xs []*string) *[]*string {
	out := append([]*string{}, xs...)
	return &out
}

func boolOr(b *bool) bool { return b != nil && *b }
