package awss3

// As in aws-cdk-go, a Go enum constant's value is the member's name
// ("OBJECT_CREATED"); the value CloudFormation sees ("s3:ObjectCreated:*")
// comes from the tables below.

// BucketEncryption is how a bucket encrypts its objects at rest.
type BucketEncryption string

const (
	BucketEncryption_UNENCRYPTED  BucketEncryption = "UNENCRYPTED"
	BucketEncryption_KMS_MANAGED  BucketEncryption = "KMS_MANAGED"
	BucketEncryption_S3_MANAGED   BucketEncryption = "S3_MANAGED"
	BucketEncryption_KMS          BucketEncryption = "KMS"
	BucketEncryption_DSSE_MANAGED BucketEncryption = "DSSE_MANAGED"
	BucketEncryption_DSSE         BucketEncryption = "DSSE"
)

// HttpMethods are the methods a CORS rule allows.
type HttpMethods string

const (
	HttpMethods_GET    HttpMethods = "GET"
	HttpMethods_PUT    HttpMethods = "PUT"
	HttpMethods_HEAD   HttpMethods = "HEAD"
	HttpMethods_POST   HttpMethods = "POST"
	HttpMethods_DELETE HttpMethods = "DELETE"
)

// RedirectProtocol is the protocol of a website redirect.
type RedirectProtocol string

const (
	RedirectProtocol_HTTP  RedirectProtocol = "HTTP"
	RedirectProtocol_HTTPS RedirectProtocol = "HTTPS"
)

var redirectProtocolValues = map[RedirectProtocol]string{
	RedirectProtocol_HTTP: "http", RedirectProtocol_HTTPS: "https",
}

// EventType is an S3 event that can trigger a notification.
type EventType string

const (
	EventType_OBJECT_CREATED                                   EventType = "OBJECT_CREATED"
	EventType_OBJECT_CREATED_PUT                               EventType = "OBJECT_CREATED_PUT"
	EventType_OBJECT_CREATED_POST                              EventType = "OBJECT_CREATED_POST"
	EventType_OBJECT_CREATED_COPY                              EventType = "OBJECT_CREATED_COPY"
	EventType_OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD         EventType = "OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD"
	EventType_OBJECT_REMOVED                                   EventType = "OBJECT_REMOVED"
	EventType_OBJECT_REMOVED_DELETE                            EventType = "OBJECT_REMOVED_DELETE"
	EventType_OBJECT_REMOVED_DELETE_MARKER_CREATED             EventType = "OBJECT_REMOVED_DELETE_MARKER_CREATED"
	EventType_OBJECT_RESTORE_POST                              EventType = "OBJECT_RESTORE_POST"
	EventType_OBJECT_RESTORE_COMPLETED                         EventType = "OBJECT_RESTORE_COMPLETED"
	EventType_OBJECT_RESTORE_DELETE                            EventType = "OBJECT_RESTORE_DELETE"
	EventType_REDUCED_REDUNDANCY_LOST_OBJECT                   EventType = "REDUCED_REDUNDANCY_LOST_OBJECT"
	EventType_REPLICATION_OPERATION_FAILED_REPLICATION         EventType = "REPLICATION_OPERATION_FAILED_REPLICATION"
	EventType_REPLICATION_OPERATION_MISSED_THRESHOLD           EventType = "REPLICATION_OPERATION_MISSED_THRESHOLD"
	EventType_REPLICATION_OPERATION_REPLICATED_AFTER_THRESHOLD EventType = "REPLICATION_OPERATION_REPLICATED_AFTER_THRESHOLD"
	EventType_REPLICATION_OPERATION_NOT_TRACKED                EventType = "REPLICATION_OPERATION_NOT_TRACKED"
	EventType_LIFECYCLE_EXPIRATION                             EventType = "LIFECYCLE_EXPIRATION"
	EventType_LIFECYCLE_EXPIRATION_DELETE                      EventType = "LIFECYCLE_EXPIRATION_DELETE"
	EventType_LIFECYCLE_EXPIRATION_DELETE_MARKER_CREATED       EventType = "LIFECYCLE_EXPIRATION_DELETE_MARKER_CREATED"
	EventType_LIFECYCLE_TRANSITION                             EventType = "LIFECYCLE_TRANSITION"
	EventType_INTELLIGENT_TIERING                              EventType = "INTELLIGENT_TIERING"
	EventType_OBJECT_TAGGING                                   EventType = "OBJECT_TAGGING"
	EventType_OBJECT_TAGGING_PUT                               EventType = "OBJECT_TAGGING_PUT"
	EventType_OBJECT_TAGGING_DELETE                            EventType = "OBJECT_TAGGING_DELETE"
	EventType_OBJECT_ACL_PUT                                   EventType = "OBJECT_ACL_PUT"
	EventType_OBJECT_RESTORE                                   EventType = "OBJECT_RESTORE"
	EventType_REPLICATION                                      EventType = "REPLICATION"
)

var eventTypeValues = map[EventType]string{
	EventType_OBJECT_CREATED:                                   "s3:ObjectCreated:*",
	EventType_OBJECT_CREATED_PUT:                               "s3:ObjectCreated:Put",
	EventType_OBJECT_CREATED_POST:                              "s3:ObjectCreated:Post",
	EventType_OBJECT_CREATED_COPY:                              "s3:ObjectCreated:Copy",
	EventType_OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD:         "s3:ObjectCreated:CompleteMultipartUpload",
	EventType_OBJECT_REMOVED:                                   "s3:ObjectRemoved:*",
	EventType_OBJECT_REMOVED_DELETE:                            "s3:ObjectRemoved:Delete",
	EventType_OBJECT_REMOVED_DELETE_MARKER_CREATED:             "s3:ObjectRemoved:DeleteMarkerCreated",
	EventType_OBJECT_RESTORE_POST:                              "s3:ObjectRestore:Post",
	EventType_OBJECT_RESTORE_COMPLETED:                         "s3:ObjectRestore:Completed",
	EventType_OBJECT_RESTORE_DELETE:                            "s3:ObjectRestore:Delete",
	EventType_REDUCED_REDUNDANCY_LOST_OBJECT:                   "s3:ReducedRedundancyLostObject",
	EventType_REPLICATION_OPERATION_FAILED_REPLICATION:         "s3:Replication:OperationFailedReplication",
	EventType_REPLICATION_OPERATION_MISSED_THRESHOLD:           "s3:Replication:OperationMissedThreshold",
	EventType_REPLICATION_OPERATION_REPLICATED_AFTER_THRESHOLD: "s3:Replication:OperationReplicatedAfterThreshold",
	EventType_REPLICATION_OPERATION_NOT_TRACKED:                "s3:Replication:OperationNotTracked",
	EventType_LIFECYCLE_EXPIRATION:                             "s3:LifecycleExpiration:*",
	EventType_LIFECYCLE_EXPIRATION_DELETE:                      "s3:LifecycleExpiration:Delete",
	EventType_LIFECYCLE_EXPIRATION_DELETE_MARKER_CREATED:       "s3:LifecycleExpiration:DeleteMarkerCreated",
	EventType_LIFECYCLE_TRANSITION:                             "s3:LifecycleTransition",
	EventType_INTELLIGENT_TIERING:                              "s3:IntelligentTiering",
	EventType_OBJECT_TAGGING:                                   "s3:ObjectTagging:*",
	EventType_OBJECT_TAGGING_PUT:                               "s3:ObjectTagging:Put",
	EventType_OBJECT_TAGGING_DELETE:                            "s3:ObjectTagging:Delete",
	EventType_OBJECT_ACL_PUT:                                   "s3:ObjectAcl:Put",
	EventType_OBJECT_RESTORE:                                   "s3:ObjectRestore:*",
	EventType_REPLICATION:                                      "s3:Replication:*",
}

// eventValue is the S3 event name of e. A value that is not one of the
// constants is taken as the event name itself.
func eventValue(e EventType) string {
	if v, ok := eventTypeValues[e]; ok {
		return v
	}
	return string(e)
}

// ObjectOwnership is who owns objects uploaded to a bucket.
type ObjectOwnership string

const (
	ObjectOwnership_BUCKET_OWNER_ENFORCED  ObjectOwnership = "BUCKET_OWNER_ENFORCED"
	ObjectOwnership_BUCKET_OWNER_PREFERRED ObjectOwnership = "BUCKET_OWNER_PREFERRED"
	ObjectOwnership_OBJECT_WRITER          ObjectOwnership = "OBJECT_WRITER"
)

var objectOwnershipValues = map[ObjectOwnership]string{
	ObjectOwnership_BUCKET_OWNER_ENFORCED:  "BucketOwnerEnforced",
	ObjectOwnership_BUCKET_OWNER_PREFERRED: "BucketOwnerPreferred",
	ObjectOwnership_OBJECT_WRITER:          "ObjectWriter",
}

// BucketAccessControl is a canned ACL.
type BucketAccessControl string

const (
	BucketAccessControl_PRIVATE                   BucketAccessControl = "PRIVATE"
	BucketAccessControl_PUBLIC_READ               BucketAccessControl = "PUBLIC_READ"
	BucketAccessControl_PUBLIC_READ_WRITE         BucketAccessControl = "PUBLIC_READ_WRITE"
	BucketAccessControl_AUTHENTICATED_READ        BucketAccessControl = "AUTHENTICATED_READ"
	BucketAccessControl_LOG_DELIVERY_WRITE        BucketAccessControl = "LOG_DELIVERY_WRITE"
	BucketAccessControl_BUCKET_OWNER_READ         BucketAccessControl = "BUCKET_OWNER_READ"
	BucketAccessControl_BUCKET_OWNER_FULL_CONTROL BucketAccessControl = "BUCKET_OWNER_FULL_CONTROL"
	BucketAccessControl_AWS_EXEC_READ             BucketAccessControl = "AWS_EXEC_READ"
)

var accessControlValues = map[BucketAccessControl]string{
	BucketAccessControl_PRIVATE:                   "Private",
	BucketAccessControl_PUBLIC_READ:               "PublicRead",
	BucketAccessControl_PUBLIC_READ_WRITE:         "PublicReadWrite",
	BucketAccessControl_AUTHENTICATED_READ:        "AuthenticatedRead",
	BucketAccessControl_LOG_DELIVERY_WRITE:        "LogDeliveryWrite",
	BucketAccessControl_BUCKET_OWNER_READ:         "BucketOwnerRead",
	BucketAccessControl_BUCKET_OWNER_FULL_CONTROL: "BucketOwnerFullControl",
	BucketAccessControl_AWS_EXEC_READ:             "AwsExecRead",
}

// BucketNotificationDestinationType is the kind of a notification target.
type BucketNotificationDestinationType string

const (
	BucketNotificationDestinationType_LAMBDA BucketNotificationDestinationType = "LAMBDA"
	BucketNotificationDestinationType_QUEUE  BucketNotificationDestinationType = "QUEUE"
	BucketNotificationDestinationType_TOPIC  BucketNotificationDestinationType = "TOPIC"
)

// InventoryFormat is the format of an inventory report.
type InventoryFormat string

const (
	InventoryFormat_CSV     InventoryFormat = "CSV"
	InventoryFormat_PARQUET InventoryFormat = "PARQUET"
	InventoryFormat_ORC     InventoryFormat = "ORC"
)

var inventoryFormatValues = map[InventoryFormat]string{
	InventoryFormat_CSV: "CSV", InventoryFormat_PARQUET: "Parquet", InventoryFormat_ORC: "ORC",
}

// InventoryFrequency is how often an inventory report is made.
type InventoryFrequency string

const (
	InventoryFrequency_DAILY  InventoryFrequency = "DAILY"
	InventoryFrequency_WEEKLY InventoryFrequency = "WEEKLY"
)

var inventoryFrequencyValues = map[InventoryFrequency]string{
	InventoryFrequency_DAILY: "Daily", InventoryFrequency_WEEKLY: "Weekly",
}

// InventoryObjectVersion is which object versions an inventory lists.
type InventoryObjectVersion string

const (
	InventoryObjectVersion_ALL     InventoryObjectVersion = "ALL"
	InventoryObjectVersion_CURRENT InventoryObjectVersion = "CURRENT"
)

var inventoryObjectVersionValues = map[InventoryObjectVersion]string{
	InventoryObjectVersion_ALL: "All", InventoryObjectVersion_CURRENT: "Current",
}

// ObjectLockMode is the mode of an object lock retention.
type ObjectLockMode string

const (
	ObjectLockMode_GOVERNANCE ObjectLockMode = "GOVERNANCE"
	ObjectLockMode_COMPLIANCE ObjectLockMode = "COMPLIANCE"
)

// PartitionDateSource is the date partitioned access log keys use.
type PartitionDateSource string

const (
	PartitionDateSource_EVENT_TIME    PartitionDateSource = "EVENT_TIME"
	PartitionDateSource_DELIVERY_TIME PartitionDateSource = "DELIVERY_TIME"
)

var partitionDateSourceValues = map[PartitionDateSource]string{
	PartitionDateSource_EVENT_TIME: "EventTime", PartitionDateSource_DELIVERY_TIME: "DeliveryTime",
}

// TransitionDefaultMinimumObjectSize is the smallest object lifecycle
// transitions apply to by default.
type TransitionDefaultMinimumObjectSize string

const (
	TransitionDefaultMinimumObjectSize_ALL_STORAGE_CLASSES_128_K TransitionDefaultMinimumObjectSize = "ALL_STORAGE_CLASSES_128_K"
	TransitionDefaultMinimumObjectSize_VARIES_BY_STORAGE_CLASS   TransitionDefaultMinimumObjectSize = "VARIES_BY_STORAGE_CLASS"
)

var transitionMinSizeValues = map[TransitionDefaultMinimumObjectSize]string{
	TransitionDefaultMinimumObjectSize_ALL_STORAGE_CLASSES_128_K: "all_storage_classes_128K",
	TransitionDefaultMinimumObjectSize_VARIES_BY_STORAGE_CLASS:   "varies_by_storage_class",
}

// BucketNamespace is where a bucket's name must be unique.
type BucketNamespace string

const (
	BucketNamespace_GLOBAL           BucketNamespace = "GLOBAL"
	BucketNamespace_ACCOUNT_REGIONAL BucketNamespace = "ACCOUNT_REGIONAL"
)

var bucketNamespaceValues = map[BucketNamespace]string{
	BucketNamespace_GLOBAL: "global", BucketNamespace_ACCOUNT_REGIONAL: "account-regional",
}

// value looks a Go enum constant up in its table; a value that is not a
// constant passes through, as aws-cdk-lib passes any string on.
func value[K ~string](table map[K]string, k K) string {
	if v, ok := table[k]; ok {
		return v
	}
	return string(k)
}
