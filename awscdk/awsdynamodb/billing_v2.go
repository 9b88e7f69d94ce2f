package awsdynamodb

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/jsii"
)

// CapacityMode is how a provisioned TableV2 capacity is set: fixed or autoscaled.
type CapacityMode string

const (
	CapacityMode_FIXED      CapacityMode = "FIXED"
	CapacityMode_AUTOSCALED CapacityMode = "AUTOSCALED"
)

// MultiRegionConsistency is the consistency mode of a global table's replicas.
type MultiRegionConsistency string

const (
	MultiRegionConsistency_EVENTUAL MultiRegionConsistency = "EVENTUAL"
	MultiRegionConsistency_STRONG   MultiRegionConsistency = "STRONG"
)

// GlobalTableSettingsReplicationMode says which settings replicate across replicas.
type GlobalTableSettingsReplicationMode string

const (
	GlobalTableSettingsReplicationMode_ALL GlobalTableSettingsReplicationMode = "ALL"
)

// AutoscaledCapacityOptions configure Capacity_Autoscaled.
type AutoscaledCapacityOptions struct {
	MaxCapacity              *float64 `field:"required" json:"maxCapacity" yaml:"maxCapacity"`
	MinCapacity              *float64 `field:"optional" json:"minCapacity" yaml:"minCapacity"`
	SeedCapacity             *float64 `field:"optional" json:"seedCapacity" yaml:"seedCapacity"`
	TargetUtilizationPercent *float64 `field:"optional" json:"targetUtilizationPercent" yaml:"targetUtilizationPercent"`
}

// ThroughputProps are the capacities of Billing_Provisioned.
type ThroughputProps struct {
	ReadCapacity  Capacity `field:"required" json:"readCapacity" yaml:"readCapacity"`
	WriteCapacity Capacity `field:"required" json:"writeCapacity" yaml:"writeCapacity"`
}

// MaxThroughputProps are the optional request-unit ceilings of Billing_OnDemand.
type MaxThroughputProps struct {
	MaxReadRequestUnits  *float64 `field:"optional" json:"maxReadRequestUnits" yaml:"maxReadRequestUnits"`
	MaxWriteRequestUnits *float64 `field:"optional" json:"maxWriteRequestUnits" yaml:"maxWriteRequestUnits"`
}

// Capacity is the read or write capacity of a provisioned TableV2 or index.
type Capacity interface {
	Mode() CapacityMode
}

type capacity struct {
	mode CapacityMode
	iops *float64
	auto *AutoscaledCapacityOptions
	// err is a bad option, reported with the construct path when the
	// capacity is used (Capacity_* have no scope of their own).
	err string
}

func (c *capacity) Mode() CapacityMode { return c.mode }

// Capacity_Fixed is a fixed number of read capacity units (write capacity cannot be fixed).
func Capacity_Fixed(iops *float64) Capacity { return &capacity{mode: CapacityMode_FIXED, iops: iops} }

// Capacity_Autoscaled is capacity that DynamoDB scales between min and max.
func Capacity_Autoscaled(options *AutoscaledCapacityOptions) Capacity {
	c := &capacity{mode: CapacityMode_AUTOSCALED, auto: options}
	if options == nil || options.MaxCapacity == nil {
		c.err = "maxCapacity is required for Capacity.autoscaled"
		c.auto = &AutoscaledCapacityOptions{}
		return c
	}
	min := 1.0
	if options.MinCapacity != nil {
		min = *options.MinCapacity
	}
	switch {
	case min > *options.MaxCapacity:
		c.err = "`minCapacity` must be less than or equal to `maxCapacity`"
	case options.TargetUtilizationPercent != nil && (*options.TargetUtilizationPercent < 20 || *options.TargetUtilizationPercent > 90):
		c.err = "`targetUtilizationPercent` cannot be less than 20 or greater than 90"
	case options.SeedCapacity != nil && *options.SeedCapacity < 1:
		c.err = fmt.Sprintf("'seedCapacity' cannot be less than 1 - received %v", *options.SeedCapacity)
	}
	return c
}

func asCapacity(c Capacity) *capacity {
	if x, ok := c.(*capacity); ok {
		return x
	}
	return nil
}

func (c *capacity) autoscaling() *CfnGlobalTable_CapacityAutoScalingSettingsProperty {
	min, target := jsii.Number(1), jsii.Number(70)
	if c.auto.MinCapacity != nil {
		min = c.auto.MinCapacity
	}
	if c.auto.TargetUtilizationPercent != nil {
		target = c.auto.TargetUtilizationPercent
	}
	return &CfnGlobalTable_CapacityAutoScalingSettingsProperty{
		MinCapacity: min, MaxCapacity: c.auto.MaxCapacity, SeedCapacity: c.auto.SeedCapacity,
		TargetTrackingScalingPolicyConfiguration: &CfnGlobalTable_TargetTrackingScalingPolicyConfigurationProperty{TargetValue: target},
	}
}

// Billing is how a TableV2 is billed: on demand or provisioned.
type Billing interface {
	Mode() BillingMode
}

type billing struct {
	mode        BillingMode
	onDemand    *MaxThroughputProps
	provisioned *ThroughputProps
}

func (b *billing) Mode() BillingMode { return b.mode }

// Billing_OnDemand bills per request, optionally with request-unit ceilings.
func Billing_OnDemand(props *MaxThroughputProps) Billing {
	if props == nil {
		props = &MaxThroughputProps{}
	}
	return &billing{mode: BillingMode_PAY_PER_REQUEST, onDemand: props}
}

// Billing_Provisioned bills for the given read and write capacity.
func Billing_Provisioned(props *ThroughputProps) Billing {
	if props == nil {
		props = &ThroughputProps{}
	}
	return &billing{mode: BillingMode_PROVISIONED, provisioned: props}
}

// TableEncryptionV2 is the server-side encryption of a TableV2.
type TableEncryptionV2 interface {
	ReplicaKeyArns() *map[string]*string
	TableKey() awskms.IKey
	Type() TableEncryption
}

type tableEncryptionV2 struct {
	typ      TableEncryption
	key      awskms.IKey
	replicas *map[string]*string
}

func (e *tableEncryptionV2) ReplicaKeyArns() *map[string]*string { return e.replicas }
func (e *tableEncryptionV2) TableKey() awskms.IKey               { return e.key }
func (e *tableEncryptionV2) Type() TableEncryption               { return e.typ }

// TableEncryptionV2_DynamoOwnedKey encrypts with a key DynamoDB owns.
func TableEncryptionV2_DynamoOwnedKey() TableEncryptionV2 {
	return &tableEncryptionV2{typ: TableEncryption_DEFAULT}
}

// TableEncryptionV2_AwsManagedKey encrypts with the AWS managed key alias/aws/dynamodb.
func TableEncryptionV2_AwsManagedKey() TableEncryptionV2 {
	return &tableEncryptionV2{typ: TableEncryption_AWS_MANAGED}
}

// TableEncryptionV2_CustomerManagedKey encrypts with tableKey in the stack's
// region and with the keys of replicaKeyArns (region to key ARN) in replicas.
func TableEncryptionV2_CustomerManagedKey(tableKey awskms.IKey, replicaKeyArns *map[string]*string) TableEncryptionV2 {
	return &tableEncryptionV2{typ: TableEncryption_CUSTOMER_MANAGED, key: tableKey, replicas: replicaKeyArns}
}
