package awss3

import (
	"time"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// BlockPublicAccessOptions are the four switches of S3 Block Public Access.
type BlockPublicAccessOptions struct {
	BlockPublicAcls       *bool `field:"optional" json:"blockPublicAcls" yaml:"blockPublicAcls"`
	BlockPublicPolicy     *bool `field:"optional" json:"blockPublicPolicy" yaml:"blockPublicPolicy"`
	IgnorePublicAcls      *bool `field:"optional" json:"ignorePublicAcls" yaml:"ignorePublicAcls"`
	RestrictPublicBuckets *bool `field:"optional" json:"restrictPublicBuckets" yaml:"restrictPublicBuckets"`
}

// BlockPublicAccess is a bucket's Block Public Access configuration.
type BlockPublicAccess interface {
	BlockPublicAcls() *bool
	SetBlockPublicAcls(val *bool)
	BlockPublicPolicy() *bool
	SetBlockPublicPolicy(val *bool)
	IgnorePublicAcls() *bool
	SetIgnorePublicAcls(val *bool)
	RestrictPublicBuckets() *bool
	SetRestrictPublicBuckets(val *bool)
}

type blockPublicAccess struct{ o BlockPublicAccessOptions }

// NewBlockPublicAccess makes a Block Public Access configuration. Under the
// @aws-cdk/aws-s3:publicAccessBlockedByDefault flag, switches left nil are
// rendered true.
func NewBlockPublicAccess(options *BlockPublicAccessOptions) BlockPublicAccess {
	if options == nil {
		l2.RequireProps(nil, nil, "BlockPublicAccess")
	}
	b := &blockPublicAccess{}
	if options != nil {
		b.o = *options
	}
	return b
}

// BlockPublicAccess_BLOCK_ALL blocks every kind of public access.
func BlockPublicAccess_BLOCK_ALL() BlockPublicAccess {
	t := true
	return NewBlockPublicAccess(&BlockPublicAccessOptions{BlockPublicAcls: &t, BlockPublicPolicy: &t, IgnorePublicAcls: &t, RestrictPublicBuckets: &t})
}

// BlockPublicAccess_BLOCK_ACLS blocks public ACLs and leaves the policy
// switches unset.
func BlockPublicAccess_BLOCK_ACLS() BlockPublicAccess {
	t := true
	return NewBlockPublicAccess(&BlockPublicAccessOptions{BlockPublicAcls: &t, IgnorePublicAcls: &t})
}

// BlockPublicAccess_BLOCK_ACLS_ONLY blocks public ACLs and explicitly
// allows public bucket policies.
func BlockPublicAccess_BLOCK_ACLS_ONLY() BlockPublicAccess {
	t, f := true, false
	return NewBlockPublicAccess(&BlockPublicAccessOptions{BlockPublicAcls: &t, BlockPublicPolicy: &f, IgnorePublicAcls: &t, RestrictPublicBuckets: &f})
}

func (b *blockPublicAccess) BlockPublicAcls() *bool           { return b.o.BlockPublicAcls }
func (b *blockPublicAccess) SetBlockPublicAcls(v *bool)       { b.o.BlockPublicAcls = v }
func (b *blockPublicAccess) BlockPublicPolicy() *bool         { return b.o.BlockPublicPolicy }
func (b *blockPublicAccess) SetBlockPublicPolicy(v *bool)     { b.o.BlockPublicPolicy = v }
func (b *blockPublicAccess) IgnorePublicAcls() *bool          { return b.o.IgnorePublicAcls }
func (b *blockPublicAccess) SetIgnorePublicAcls(v *bool)      { b.o.IgnorePublicAcls = v }
func (b *blockPublicAccess) RestrictPublicBuckets() *bool     { return b.o.RestrictPublicBuckets }
func (b *blockPublicAccess) SetRestrictPublicBuckets(v *bool) { b.o.RestrictPublicBuckets = v }

// StorageClass is an S3 storage class that lifecycle rules transition to.
type StorageClass interface {
	Value() *string
	ToString() *string
}

type storageClass struct{ v string }

// NewStorageClass makes a storage class from its S3 name.
func NewStorageClass(value *string) StorageClass { return &storageClass{deref(value)} }

func (s *storageClass) Value() *string    { return str(s.v) }
func (s *storageClass) ToString() *string { return str(s.v) }

func StorageClass_DEEP_ARCHIVE() StorageClass              { return &storageClass{"DEEP_ARCHIVE"} }
func StorageClass_GLACIER() StorageClass                   { return &storageClass{"GLACIER"} }
func StorageClass_GLACIER_INSTANT_RETRIEVAL() StorageClass { return &storageClass{"GLACIER_IR"} }
func StorageClass_INFREQUENT_ACCESS() StorageClass         { return &storageClass{"STANDARD_IA"} }
func StorageClass_INTELLIGENT_TIERING() StorageClass       { return &storageClass{"INTELLIGENT_TIERING"} }
func StorageClass_ONE_ZONE_INFREQUENT_ACCESS() StorageClass {
	return &storageClass{"ONEZONE_IA"}
}

// ReplaceKey says how a website routing rule rewrites the object key.
type ReplaceKey interface {
	PrefixWithKey() *string
	WithKey() *string
}

type replaceKey struct{ with, prefixWith *string }

func (r *replaceKey) WithKey() *string       { return r.with }
func (r *replaceKey) PrefixWithKey() *string { return r.prefixWith }

// ReplaceKey_With replaces the whole key.
func ReplaceKey_With(keyReplacement *string) ReplaceKey { return &replaceKey{with: keyReplacement} }

// ReplaceKey_PrefixWith replaces the matched prefix of the key.
func ReplaceKey_PrefixWith(keyReplacement *string) ReplaceKey {
	return &replaceKey{prefixWith: keyReplacement}
}

// BlockedEncryptionType is a server-side encryption type a bucket refuses.
type BlockedEncryptionType interface {
	Name() *string
}

type blockedEncryptionType struct{ name string }

func (b *blockedEncryptionType) Name() *string { return str(b.name) }

func BlockedEncryptionType_NONE() BlockedEncryptionType  { return &blockedEncryptionType{"NONE"} }
func BlockedEncryptionType_SSE_C() BlockedEncryptionType { return &blockedEncryptionType{"SSE-C"} }

// BlockedEncryptionType_Custom names a blocked encryption type.
func BlockedEncryptionType_Custom(name *string) BlockedEncryptionType {
	return &blockedEncryptionType{deref(name)}
}

// ReplicationTimeValue is a replication time control threshold.
type ReplicationTimeValue interface {
	Minutes() *float64
}

type replicationTimeValue struct{ m float64 }

func (r *replicationTimeValue) Minutes() *float64 { return &r.m }

// ReplicationTimeValue_FIFTEEN_MINUTES is the only threshold S3 offers.
func ReplicationTimeValue_FIFTEEN_MINUTES() ReplicationTimeValue {
	return &replicationTimeValue{15}
}

// ObjectLockRetention is a bucket's default object lock retention.
type ObjectLockRetention interface {
	Duration() awscdk.Duration
	Mode() ObjectLockMode
}

type objectLockRetention struct {
	mode ObjectLockMode
	d    awscdk.Duration
}

func (o *objectLockRetention) Duration() awscdk.Duration { return o.d }
func (o *objectLockRetention) Mode() ObjectLockMode      { return o.mode }

func newObjectLockRetention(mode ObjectLockMode, d awscdk.Duration) ObjectLockRetention {
	days := *d.ToDays(nil)
	if days > 365*100 {
		diag.Panic("", "Object Lock retention duration must be less than 100 years")
	}
	if days < 1 {
		diag.Panic("", "Object Lock retention duration must be at least 1 day")
	}
	return &objectLockRetention{mode: mode, d: d}
}

// ObjectLockRetention_Governance retains objects in governance mode.
func ObjectLockRetention_Governance(duration awscdk.Duration) ObjectLockRetention {
	return newObjectLockRetention(ObjectLockMode_GOVERNANCE, duration)
}

// ObjectLockRetention_Compliance retains objects in compliance mode.
func ObjectLockRetention_Compliance(duration awscdk.Duration) ObjectLockRetention {
	return newObjectLockRetention(ObjectLockMode_COMPLIANCE, duration)
}

// TargetObjectKeyFormat is the key format of server access log objects.
type TargetObjectKeyFormat interface {
	render() interface{}
}

type targetObjectKeyFormat struct{ partitioned *PartitionDateSource }

func (t *targetObjectKeyFormat) render() interface{} {
	if t.partitioned != nil {
		return &CfnBucket_TargetObjectKeyFormatProperty{PartitionedPrefix: &CfnBucket_PartitionedPrefixProperty{
			PartitionDateSource: str(value(partitionDateSourceValues, *t.partitioned)),
		}}
	}
	return &CfnBucket_TargetObjectKeyFormatProperty{SimplePrefix: map[string]interface{}{}}
}

// TargetObjectKeyFormat_PartitionedPrefix partitions log keys by date.
func TargetObjectKeyFormat_PartitionedPrefix(dateSource PartitionDateSource) TargetObjectKeyFormat {
	return &targetObjectKeyFormat{partitioned: &dateSource}
}

// TargetObjectKeyFormat_SimplePrefix uses simple log keys.
func TargetObjectKeyFormat_SimplePrefix() TargetObjectKeyFormat { return &targetObjectKeyFormat{} }

// CorsRule is one cross-origin rule of a bucket.
type CorsRule struct {
	AllowedMethods *[]HttpMethods `field:"required" json:"allowedMethods" yaml:"allowedMethods"`
	AllowedOrigins *[]*string     `field:"required" json:"allowedOrigins" yaml:"allowedOrigins"`
	AllowedHeaders *[]*string     `field:"optional" json:"allowedHeaders" yaml:"allowedHeaders"`
	ExposedHeaders *[]*string     `field:"optional" json:"exposedHeaders" yaml:"exposedHeaders"`
	Id             *string        `field:"optional" json:"id" yaml:"id"`
	MaxAge         *float64       `field:"optional" json:"maxAge" yaml:"maxAge"`
}

// LifecycleRule expires or transitions objects.
type LifecycleRule struct {
	AbortIncompleteMultipartUploadAfter awscdk.Duration                 `field:"optional" json:"abortIncompleteMultipartUploadAfter" yaml:"abortIncompleteMultipartUploadAfter"`
	Enabled                             *bool                           `field:"optional" json:"enabled" yaml:"enabled"`
	Expiration                          awscdk.Duration                 `field:"optional" json:"expiration" yaml:"expiration"`
	ExpirationDate                      *time.Time                      `field:"optional" json:"expirationDate" yaml:"expirationDate"`
	ExpiredObjectDeleteMarker           *bool                           `field:"optional" json:"expiredObjectDeleteMarker" yaml:"expiredObjectDeleteMarker"`
	Id                                  *string                         `field:"optional" json:"id" yaml:"id"`
	NoncurrentVersionExpiration         awscdk.Duration                 `field:"optional" json:"noncurrentVersionExpiration" yaml:"noncurrentVersionExpiration"`
	NoncurrentVersionsToRetain          *float64                        `field:"optional" json:"noncurrentVersionsToRetain" yaml:"noncurrentVersionsToRetain"`
	NoncurrentVersionTransitions        *[]*NoncurrentVersionTransition `field:"optional" json:"noncurrentVersionTransitions" yaml:"noncurrentVersionTransitions"`
	ObjectSizeGreaterThan               *float64                        `field:"optional" json:"objectSizeGreaterThan" yaml:"objectSizeGreaterThan"`
	ObjectSizeLessThan                  *float64                        `field:"optional" json:"objectSizeLessThan" yaml:"objectSizeLessThan"`
	Prefix                              *string                         `field:"optional" json:"prefix" yaml:"prefix"`
	TagFilters                          *map[string]interface{}         `field:"optional" json:"tagFilters" yaml:"tagFilters"`
	Transitions                         *[]*Transition                  `field:"optional" json:"transitions" yaml:"transitions"`
}

// Transition moves current objects to another storage class.
type Transition struct {
	StorageClass    StorageClass    `field:"required" json:"storageClass" yaml:"storageClass"`
	TransitionAfter awscdk.Duration `field:"optional" json:"transitionAfter" yaml:"transitionAfter"`
	TransitionDate  *time.Time      `field:"optional" json:"transitionDate" yaml:"transitionDate"`
}

// NoncurrentVersionTransition moves noncurrent versions to another storage class.
type NoncurrentVersionTransition struct {
	StorageClass               StorageClass    `field:"required" json:"storageClass" yaml:"storageClass"`
	TransitionAfter            awscdk.Duration `field:"required" json:"transitionAfter" yaml:"transitionAfter"`
	NoncurrentVersionsToRetain *float64        `field:"optional" json:"noncurrentVersionsToRetain" yaml:"noncurrentVersionsToRetain"`
}

// RedirectTarget is where a website bucket redirects every request.
type RedirectTarget struct {
	HostName *string          `field:"required" json:"hostName" yaml:"hostName"`
	Protocol RedirectProtocol `field:"optional" json:"protocol" yaml:"protocol"`
}

// RoutingRule is a website redirect rule.
type RoutingRule struct {
	Condition        *RoutingRuleCondition `field:"optional" json:"condition" yaml:"condition"`
	HostName         *string               `field:"optional" json:"hostName" yaml:"hostName"`
	HttpRedirectCode *string               `field:"optional" json:"httpRedirectCode" yaml:"httpRedirectCode"`
	Protocol         RedirectProtocol      `field:"optional" json:"protocol" yaml:"protocol"`
	ReplaceKey       ReplaceKey            `field:"optional" json:"replaceKey" yaml:"replaceKey"`
}

// RoutingRuleCondition is when a routing rule applies.
type RoutingRuleCondition struct {
	HttpErrorCodeReturnedEquals *string `field:"optional" json:"httpErrorCodeReturnedEquals" yaml:"httpErrorCodeReturnedEquals"`
	KeyPrefixEquals             *string `field:"optional" json:"keyPrefixEquals" yaml:"keyPrefixEquals"`
}

// NotificationKeyFilter limits notifications to keys with a prefix and/or suffix.
type NotificationKeyFilter struct {
	Prefix *string `field:"optional" json:"prefix" yaml:"prefix"`
	Suffix *string `field:"optional" json:"suffix" yaml:"suffix"`
}

// BucketNotificationDestinationConfig is what a destination returns when
// bound to a bucket.
type BucketNotificationDestinationConfig struct {
	Arn          *string                           `field:"required" json:"arn" yaml:"arn"`
	Type         BucketNotificationDestinationType `field:"required" json:"type" yaml:"type"`
	Dependencies *[]constructs.IDependable         `field:"optional" json:"dependencies" yaml:"dependencies"`
}

// IBucketNotificationDestination is a target of bucket notifications
// (awss3notifications has Lambda, SQS and SNS ones).
type IBucketNotificationDestination interface {
	Bind(scope constructs.Construct, bucket interfacesawss3.IBucketRef) *BucketNotificationDestinationConfig
}

// VirtualHostedStyleUrlOptions are options of VirtualHostedUrlForObject.
type VirtualHostedStyleUrlOptions struct {
	Regional *bool `field:"optional" json:"regional" yaml:"regional"`
}

// TransferAccelerationUrlOptions are options of TransferAccelerationUrlForObject.
type TransferAccelerationUrlOptions struct {
	DualStack *bool `field:"optional" json:"dualStack" yaml:"dualStack"`
}

// BucketMetrics is a CloudWatch request metrics filter.
type BucketMetrics struct {
	Id         *string                 `field:"required" json:"id" yaml:"id"`
	Prefix     *string                 `field:"optional" json:"prefix" yaml:"prefix"`
	TagFilters *map[string]interface{} `field:"optional" json:"tagFilters" yaml:"tagFilters"`
}

// Tag is a key and value.
type Tag struct {
	Key   *string `field:"required" json:"key" yaml:"key"`
	Value *string `field:"required" json:"value" yaml:"value"`
}

// IntelligentTieringConfiguration archives objects after a time.
type IntelligentTieringConfiguration struct {
	Name                      *string         `field:"required" json:"name" yaml:"name"`
	ArchiveAccessTierTime     awscdk.Duration `field:"optional" json:"archiveAccessTierTime" yaml:"archiveAccessTierTime"`
	DeepArchiveAccessTierTime awscdk.Duration `field:"optional" json:"deepArchiveAccessTierTime" yaml:"deepArchiveAccessTierTime"`
	Prefix                    *string         `field:"optional" json:"prefix" yaml:"prefix"`
	Tags                      *[]*Tag         `field:"optional" json:"tags" yaml:"tags"`
}

// InventoryDestination is where inventory reports go.
type InventoryDestination struct {
	Bucket      IBucket `field:"required" json:"bucket" yaml:"bucket"`
	BucketOwner *string `field:"optional" json:"bucketOwner" yaml:"bucketOwner"`
	Prefix      *string `field:"optional" json:"prefix" yaml:"prefix"`
}

// Inventory is a bucket inventory report configuration.
type Inventory struct {
	Destination           *InventoryDestination  `field:"required" json:"destination" yaml:"destination"`
	Enabled               *bool                  `field:"optional" json:"enabled" yaml:"enabled"`
	Format                InventoryFormat        `field:"optional" json:"format" yaml:"format"`
	Frequency             InventoryFrequency     `field:"optional" json:"frequency" yaml:"frequency"`
	IncludeObjectVersions InventoryObjectVersion `field:"optional" json:"includeObjectVersions" yaml:"includeObjectVersions"`
	InventoryId           *string                `field:"optional" json:"inventoryId" yaml:"inventoryId"`
	ObjectsPrefix         *string                `field:"optional" json:"objectsPrefix" yaml:"objectsPrefix"`
	OptionalFields        *[]*string             `field:"optional" json:"optionalFields" yaml:"optionalFields"`
}

// Location is an object in S3.
type Location struct {
	BucketName    *string `field:"required" json:"bucketName" yaml:"bucketName"`
	ObjectKey     *string `field:"required" json:"objectKey" yaml:"objectKey"`
	ObjectVersion *string `field:"optional" json:"objectVersion" yaml:"objectVersion"`
}
