package awsdynamodb

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/awscdk/awskms"
)

// TableOptions are a table's settings other than its name.
type TableOptions struct {
	// The partition key (required).
	PartitionKey *Attribute `field:"optional" json:"partitionKey" yaml:"partitionKey"`
	// The sort key, if any.
	SortKey *Attribute `field:"optional" json:"sortKey" yaml:"sortKey"`
	// Default: PROVISIONED, or PAY_PER_REQUEST with ReplicationRegions.
	BillingMode BillingMode `field:"optional" json:"billingMode" yaml:"billingMode"`
	// Deprecated: use ContributorInsightsSpecification.
	ContributorInsightsEnabled       *bool                             `field:"optional" json:"contributorInsightsEnabled" yaml:"contributorInsightsEnabled"`
	ContributorInsightsSpecification *ContributorInsightsSpecification `field:"optional" json:"contributorInsightsSpecification" yaml:"contributorInsightsSpecification"`
	DeletionProtection               *bool                             `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	// Default: DEFAULT, or CUSTOMER_MANAGED when EncryptionKey is set.
	Encryption TableEncryption `field:"optional" json:"encryption" yaml:"encryption"`
	// The customer managed key; only with CUSTOMER_MANAGED encryption.
	EncryptionKey        awskms.IKey                `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	ImportSource         *ImportSourceSpecification `field:"optional" json:"importSource" yaml:"importSource"`
	MaxReadRequestUnits  *float64                   `field:"optional" json:"maxReadRequestUnits" yaml:"maxReadRequestUnits"`
	MaxWriteRequestUnits *float64                   `field:"optional" json:"maxWriteRequestUnits" yaml:"maxWriteRequestUnits"`
	// Deprecated: use PointInTimeRecoverySpecification.
	PointInTimeRecovery              *bool                             `field:"optional" json:"pointInTimeRecovery" yaml:"pointInTimeRecovery"`
	PointInTimeRecoverySpecification *PointInTimeRecoverySpecification `field:"optional" json:"pointInTimeRecoverySpecification" yaml:"pointInTimeRecoverySpecification"`
	// Provisioned read capacity. Default: 5.
	ReadCapacity *float64 `field:"optional" json:"readCapacity" yaml:"readCapacity"`
	// Default: RETAIN.
	RemovalPolicy              awscdk.RemovalPolicy  `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	ReplicaRemovalPolicy       awscdk.RemovalPolicy  `field:"optional" json:"replicaRemovalPolicy" yaml:"replicaRemovalPolicy"`
	ReplicationRegions         *[]*string            `field:"optional" json:"replicationRegions" yaml:"replicationRegions"`
	ReplicationTimeout         awscdk.Duration       `field:"optional" json:"replicationTimeout" yaml:"replicationTimeout"`
	ResourcePolicy             awsiam.PolicyDocument `field:"optional" json:"resourcePolicy" yaml:"resourcePolicy"`
	Stream                     StreamViewType        `field:"optional" json:"stream" yaml:"stream"`
	TableClass                 TableClass            `field:"optional" json:"tableClass" yaml:"tableClass"`
	TimeToLiveAttribute        *string               `field:"optional" json:"timeToLiveAttribute" yaml:"timeToLiveAttribute"`
	WaitForReplicationToFinish *bool                 `field:"optional" json:"waitForReplicationToFinish" yaml:"waitForReplicationToFinish"`
	WarmThroughput             *WarmThroughput       `field:"optional" json:"warmThroughput" yaml:"warmThroughput"`
	// Provisioned write capacity. Default: 5.
	WriteCapacity *float64 `field:"optional" json:"writeCapacity" yaml:"writeCapacity"`
}

// TableProps are the props of NewTable.
type TableProps struct {
	PartitionKey                     *Attribute                           `field:"optional" json:"partitionKey" yaml:"partitionKey"`
	SortKey                          *Attribute                           `field:"optional" json:"sortKey" yaml:"sortKey"`
	BillingMode                      BillingMode                          `field:"optional" json:"billingMode" yaml:"billingMode"`
	ContributorInsightsEnabled       *bool                                `field:"optional" json:"contributorInsightsEnabled" yaml:"contributorInsightsEnabled"`
	ContributorInsightsSpecification *ContributorInsightsSpecification    `field:"optional" json:"contributorInsightsSpecification" yaml:"contributorInsightsSpecification"`
	DeletionProtection               *bool                                `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	Encryption                       TableEncryption                      `field:"optional" json:"encryption" yaml:"encryption"`
	EncryptionKey                    awskms.IKey                          `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	ImportSource                     *ImportSourceSpecification           `field:"optional" json:"importSource" yaml:"importSource"`
	MaxReadRequestUnits              *float64                             `field:"optional" json:"maxReadRequestUnits" yaml:"maxReadRequestUnits"`
	MaxWriteRequestUnits             *float64                             `field:"optional" json:"maxWriteRequestUnits" yaml:"maxWriteRequestUnits"`
	PointInTimeRecovery              *bool                                `field:"optional" json:"pointInTimeRecovery" yaml:"pointInTimeRecovery"`
	PointInTimeRecoverySpecification *PointInTimeRecoverySpecification    `field:"optional" json:"pointInTimeRecoverySpecification" yaml:"pointInTimeRecoverySpecification"`
	ReadCapacity                     *float64                             `field:"optional" json:"readCapacity" yaml:"readCapacity"`
	RemovalPolicy                    awscdk.RemovalPolicy                 `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	ReplicaRemovalPolicy             awscdk.RemovalPolicy                 `field:"optional" json:"replicaRemovalPolicy" yaml:"replicaRemovalPolicy"`
	ReplicationRegions               *[]*string                           `field:"optional" json:"replicationRegions" yaml:"replicationRegions"`
	ReplicationTimeout               awscdk.Duration                      `field:"optional" json:"replicationTimeout" yaml:"replicationTimeout"`
	ResourcePolicy                   awsiam.PolicyDocument                `field:"optional" json:"resourcePolicy" yaml:"resourcePolicy"`
	Stream                           StreamViewType                       `field:"optional" json:"stream" yaml:"stream"`
	TableClass                       TableClass                           `field:"optional" json:"tableClass" yaml:"tableClass"`
	TimeToLiveAttribute              *string                              `field:"optional" json:"timeToLiveAttribute" yaml:"timeToLiveAttribute"`
	WaitForReplicationToFinish       *bool                                `field:"optional" json:"waitForReplicationToFinish" yaml:"waitForReplicationToFinish"`
	WarmThroughput                   *WarmThroughput                      `field:"optional" json:"warmThroughput" yaml:"warmThroughput"`
	WriteCapacity                    *float64                             `field:"optional" json:"writeCapacity" yaml:"writeCapacity"`
	KinesisPrecisionTimestamp        ApproximateCreationDateTimePrecision `field:"optional" json:"kinesisPrecisionTimestamp" yaml:"kinesisPrecisionTimestamp"`
	// A Kinesis data stream the table's changes are written to.
	KinesisStream awskinesis.IStream `field:"optional" json:"kinesisStream" yaml:"kinesisStream"`
	// The table's name. Default: generated by CloudFormation.
	TableName *string `field:"optional" json:"tableName" yaml:"tableName"`
}

// SecondaryIndexProps are what global and local secondary indexes share.
type SecondaryIndexProps struct {
	IndexName        *string        `field:"required" json:"indexName" yaml:"indexName"`
	NonKeyAttributes *[]*string     `field:"optional" json:"nonKeyAttributes" yaml:"nonKeyAttributes"`
	ProjectionType   ProjectionType `field:"optional" json:"projectionType" yaml:"projectionType"`
}

// GlobalSecondaryIndexProps are the props of Table.AddGlobalSecondaryIndex.
type GlobalSecondaryIndexProps struct {
	IndexName        *string        `field:"required" json:"indexName" yaml:"indexName"`
	NonKeyAttributes *[]*string     `field:"optional" json:"nonKeyAttributes" yaml:"nonKeyAttributes"`
	ProjectionType   ProjectionType `field:"optional" json:"projectionType" yaml:"projectionType"`
	PartitionKey     *Attribute     `field:"optional" json:"partitionKey" yaml:"partitionKey"`
	SortKey          *Attribute     `field:"optional" json:"sortKey" yaml:"sortKey"`
	// Deprecated: use ContributorInsightsSpecification.
	ContributorInsightsEnabled       *bool                             `field:"optional" json:"contributorInsightsEnabled" yaml:"contributorInsightsEnabled"`
	ContributorInsightsSpecification *ContributorInsightsSpecification `field:"optional" json:"contributorInsightsSpecification" yaml:"contributorInsightsSpecification"`
	MaxReadRequestUnits              *float64                          `field:"optional" json:"maxReadRequestUnits" yaml:"maxReadRequestUnits"`
	MaxWriteRequestUnits             *float64                          `field:"optional" json:"maxWriteRequestUnits" yaml:"maxWriteRequestUnits"`
	// Multi-attribute partition key (1 to 4), instead of PartitionKey.
	PartitionKeys *[]*Attribute `field:"optional" json:"partitionKeys" yaml:"partitionKeys"`
	ReadCapacity  *float64      `field:"optional" json:"readCapacity" yaml:"readCapacity"`
	// Multi-attribute sort key (up to 4), instead of SortKey.
	SortKeys       *[]*Attribute   `field:"optional" json:"sortKeys" yaml:"sortKeys"`
	WarmThroughput *WarmThroughput `field:"optional" json:"warmThroughput" yaml:"warmThroughput"`
	WriteCapacity  *float64        `field:"optional" json:"writeCapacity" yaml:"writeCapacity"`
}

// LocalSecondaryIndexProps are the props of Table.AddLocalSecondaryIndex.
type LocalSecondaryIndexProps struct {
	IndexName        *string        `field:"required" json:"indexName" yaml:"indexName"`
	NonKeyAttributes *[]*string     `field:"optional" json:"nonKeyAttributes" yaml:"nonKeyAttributes"`
	ProjectionType   ProjectionType `field:"optional" json:"projectionType" yaml:"projectionType"`
	SortKey          *Attribute     `field:"required" json:"sortKey" yaml:"sortKey"`
}

// TableAttributes describe a table defined outside this app.
type TableAttributes struct {
	EncryptionKey awskms.IKey `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	// Names of its global indexes: grants then cover index ARNs.
	GlobalIndexes *[]*string `field:"optional" json:"globalIndexes" yaml:"globalIndexes"`
	// Grant on index ARNs even without index names.
	GrantIndexPermissions *bool      `field:"optional" json:"grantIndexPermissions" yaml:"grantIndexPermissions"`
	LocalIndexes          *[]*string `field:"optional" json:"localIndexes" yaml:"localIndexes"`
	// Exactly one of TableArn and TableName.
	TableArn       *string `field:"optional" json:"tableArn" yaml:"tableArn"`
	TableName      *string `field:"optional" json:"tableName" yaml:"tableName"`
	TableStreamArn *string `field:"optional" json:"tableStreamArn" yaml:"tableStreamArn"`
}

// InputCompressionType is how the files of an S3 import are compressed.
type InputCompressionType string

const (
	InputCompressionType_GZIP InputCompressionType = "GZIP"
	InputCompressionType_ZSTD InputCompressionType = "ZSTD"
	InputCompressionType_NONE InputCompressionType = "NONE"
)
