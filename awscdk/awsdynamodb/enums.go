package awsdynamodb

// AttributeType is the data type of a key attribute.
type AttributeType string

const (
	AttributeType_BINARY AttributeType = "BINARY"
	AttributeType_NUMBER AttributeType = "NUMBER"
	AttributeType_STRING AttributeType = "STRING"
)

// cfn is the type's CloudFormation letter.
func (a AttributeType) cfn() string {
	switch a {
	case AttributeType_BINARY:
		return "B"
	case AttributeType_NUMBER:
		return "N"
	case AttributeType_STRING:
		return "S"
	}
	return string(a)
}

// BillingMode is how reads and writes are charged.
type BillingMode string

const (
	BillingMode_PAY_PER_REQUEST BillingMode = "PAY_PER_REQUEST"
	BillingMode_PROVISIONED     BillingMode = "PROVISIONED"
)

// StreamViewType is what a table's stream records carry.
type StreamViewType string

const (
	StreamViewType_NEW_IMAGE          StreamViewType = "NEW_IMAGE"
	StreamViewType_OLD_IMAGE          StreamViewType = "OLD_IMAGE"
	StreamViewType_NEW_AND_OLD_IMAGES StreamViewType = "NEW_AND_OLD_IMAGES"
	StreamViewType_KEYS_ONLY          StreamViewType = "KEYS_ONLY"
)

// TableEncryption is who owns the key that encrypts a table at rest.
type TableEncryption string

const (
	// TableEncryption_DEFAULT: a key owned by DynamoDB (SSEEnabled false).
	TableEncryption_DEFAULT TableEncryption = "DEFAULT"
	// TableEncryption_CUSTOMER_MANAGED: a KMS key of the account, created unless EncryptionKey is given.
	TableEncryption_CUSTOMER_MANAGED TableEncryption = "CUSTOMER_MANAGED"
	// TableEncryption_AWS_MANAGED: the AWS managed key alias/aws/dynamodb.
	TableEncryption_AWS_MANAGED TableEncryption = "AWS_MANAGED"
)

// value is the member's value in aws-cdk-lib, which its messages quote.
func (e TableEncryption) value() string {
	if e == TableEncryption_DEFAULT {
		return "AWS_OWNED"
	}
	return string(e)
}

// ProjectionType is which attributes a secondary index copies.
type ProjectionType string

const (
	ProjectionType_KEYS_ONLY ProjectionType = "KEYS_ONLY"
	ProjectionType_INCLUDE   ProjectionType = "INCLUDE"
	ProjectionType_ALL       ProjectionType = "ALL"
)

// TableClass is a table's storage class.
type TableClass string

const (
	TableClass_STANDARD                   TableClass = "STANDARD"
	TableClass_STANDARD_INFREQUENT_ACCESS TableClass = "STANDARD_INFREQUENT_ACCESS"
)

// ContributorInsightsMode is what CloudWatch Contributor Insights reports on.
type ContributorInsightsMode string

const (
	ContributorInsightsMode_ACCESSED_AND_THROTTLED_KEYS ContributorInsightsMode = "ACCESSED_AND_THROTTLED_KEYS"
	ContributorInsightsMode_THROTTLED_KEYS              ContributorInsightsMode = "THROTTLED_KEYS"
)

// ApproximateCreationDateTimePrecision is the timestamp precision of Kinesis stream records.
type ApproximateCreationDateTimePrecision string

const (
	ApproximateCreationDateTimePrecision_MILLISECOND ApproximateCreationDateTimePrecision = "MILLISECOND"
	ApproximateCreationDateTimePrecision_MICROSECOND ApproximateCreationDateTimePrecision = "MICROSECOND"
)

// Operation is a DynamoDB API operation, as the per-operation metrics name it.
type Operation string

const (
	Operation_GET_ITEM                Operation = "GET_ITEM"
	Operation_BATCH_GET_ITEM          Operation = "BATCH_GET_ITEM"
	Operation_SCAN                    Operation = "SCAN"
	Operation_QUERY                   Operation = "QUERY"
	Operation_GET_RECORDS             Operation = "GET_RECORDS"
	Operation_PUT_ITEM                Operation = "PUT_ITEM"
	Operation_DELETE_ITEM             Operation = "DELETE_ITEM"
	Operation_UPDATE_ITEM             Operation = "UPDATE_ITEM"
	Operation_BATCH_WRITE_ITEM        Operation = "BATCH_WRITE_ITEM"
	Operation_TRANSACT_WRITE_ITEMS    Operation = "TRANSACT_WRITE_ITEMS"
	Operation_TRANSACT_GET_ITEMS      Operation = "TRANSACT_GET_ITEMS"
	Operation_EXECUTE_TRANSACTION     Operation = "EXECUTE_TRANSACTION"
	Operation_BATCH_EXECUTE_STATEMENT Operation = "BATCH_EXECUTE_STATEMENT"
	Operation_EXECUTE_STATEMENT       Operation = "EXECUTE_STATEMENT"
)

// Attribute is a key attribute: its name and type.
type Attribute struct {
	// The attribute's name.
	Name *string `field:"required" json:"name" yaml:"name"`
	// The attribute's type.
	Type AttributeType `field:"required" json:"type" yaml:"type"`
}

// KeySchema is a table's or an index's key attributes (multi-attribute keys allowed).
type KeySchema struct {
	// The partition key attributes (1 to 4).
	PartitionKeys *[]*Attribute `field:"required" json:"partitionKeys" yaml:"partitionKeys"`
	// The sort key attributes (0 to 4).
	SortKeys *[]*Attribute `field:"required" json:"sortKeys" yaml:"sortKeys"`
}

// SchemaOptions is a table's or an index's single-attribute key schema.
type SchemaOptions struct {
	PartitionKey *Attribute `field:"optional" json:"partitionKey" yaml:"partitionKey"`
	SortKey      *Attribute `field:"optional" json:"sortKey" yaml:"sortKey"`
}

// PointInTimeRecoverySpecification configures continuous backups.
type PointInTimeRecoverySpecification struct {
	PointInTimeRecoveryEnabled *bool `field:"required" json:"pointInTimeRecoveryEnabled" yaml:"pointInTimeRecoveryEnabled"`
	// Days of recovery history, 1 to 35. Default: 35 (CloudFormation's default).
	RecoveryPeriodInDays *float64 `field:"optional" json:"recoveryPeriodInDays" yaml:"recoveryPeriodInDays"`
}

// ContributorInsightsSpecification configures CloudWatch Contributor Insights.
type ContributorInsightsSpecification struct {
	Enabled *bool                   `field:"required" json:"enabled" yaml:"enabled"`
	Mode    ContributorInsightsMode `field:"optional" json:"mode" yaml:"mode"`
}

// WarmThroughput is the pre-warmed throughput of a table or index.
type WarmThroughput struct {
	ReadUnitsPerSecond  *float64 `field:"optional" json:"readUnitsPerSecond" yaml:"readUnitsPerSecond"`
	WriteUnitsPerSecond *float64 `field:"optional" json:"writeUnitsPerSecond" yaml:"writeUnitsPerSecond"`
}
