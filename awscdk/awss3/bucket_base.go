package awss3

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawss3"
	"github.com/strata-cdk/strata/constructs"
)

// IBucket is an S3 bucket, defined in this app or imported.
//
// aws-cdk-go's OnCloudTrailEvent, OnCloudTrailPutObject and
// OnCloudTrailWriteObject are not offered yet: they return an
// awsevents.Rule, and Strata has no EventBridge L2 so far.
type IBucket interface {
	interfacesawss3.IBucketRef
	awscdk.IResource
	AddEventNotification(event EventType, dest IBucketNotificationDestination, filters ...*NotificationKeyFilter)
	// OnCloudTrailEvent is a rule matching CloudTrail API calls on the bucket.
	OnCloudTrailEvent(id *string, options *OnCloudTrailBucketEventOptions) awsevents.Rule
	// OnCloudTrailPutObject is a rule matching CloudTrail PutObject calls.
	OnCloudTrailPutObject(id *string, options *OnCloudTrailBucketEventOptions) awsevents.Rule
	// OnCloudTrailWriteObject is a rule matching CloudTrail calls that write objects.
	OnCloudTrailWriteObject(id *string, options *OnCloudTrailBucketEventOptions) awsevents.Rule
	AddObjectCreatedNotification(dest IBucketNotificationDestination, filters ...*NotificationKeyFilter)
	AddObjectRemovedNotification(dest IBucketNotificationDestination, filters ...*NotificationKeyFilter)
	AddReplicationPolicy(roleArn *string, accessControlTransition *bool, account *string)
	AddToResourcePolicy(permission awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult
	ArnForObjects(keyPattern *string) *string
	EnableEventBridgeNotification()
	GrantDelete(identity awsiam.IGrantable, objectsKeyPattern interface{}) awsiam.Grant
	GrantPublicAccess(keyPrefix *string, allowedActions ...*string) awsiam.Grant
	GrantPut(identity awsiam.IGrantable, objectsKeyPattern interface{}) awsiam.Grant
	GrantPutAcl(identity awsiam.IGrantable, objectsKeyPattern *string) awsiam.Grant
	GrantRead(identity awsiam.IGrantable, objectsKeyPattern interface{}) awsiam.Grant
	GrantReadWrite(identity awsiam.IGrantable, objectsKeyPattern interface{}) awsiam.Grant
	GrantReplicationPermission(identity awsiam.IGrantable, props *GrantReplicationPermissionProps) awsiam.Grant
	GrantWrite(identity awsiam.IGrantable, objectsKeyPattern interface{}, allowedActionPatterns *[]*string) awsiam.Grant
	S3UrlForObject(key *string) *string
	TransferAccelerationUrlForObject(key *string, options *TransferAccelerationUrlOptions) *string
	UrlForObject(key *string) *string
	VirtualHostedUrlForObject(key *string, options *VirtualHostedStyleUrlOptions) *string
	BucketArn() *string
	BucketDomainName() *string
	BucketDualStackDomainName() *string
	BucketName() *string
	BucketRegionalDomainName() *string
	BucketWebsiteDomainName() *string
	BucketWebsiteUrl() *string
	EncryptionKey() awskms.IKey
	IsWebsite() *bool
	Policy() BucketPolicy
	SetPolicy(p BucketPolicy)
	ReplicationRoleArn() *string
	SetReplicationRoleArn(r *string)
}

// BucketBase is what buckets defined here and imported ones share.
type BucketBase interface {
	awscdk.Resource
	awsiam.IEncryptedResource
	IBucket
	AutoCreatePolicy() *bool
	SetAutoCreatePolicy(val *bool)
	BucketRef() *interfacesawss3.BucketReference
	DisallowPublicAccess() *bool
	SetDisallowPublicAccess(val *bool)
	Grants() BucketGrants
	NotificationsHandlerRole() awsiam.IRole
	SetNotificationsHandlerRole(val awsiam.IRole)
	NotificationsSkipDestinationValidation() *bool
	SetNotificationsSkipDestinationValidation(val *bool)
	ObjectOwnership() ObjectOwnership
	SetObjectOwnership(val ObjectOwnership)
	MaybeAutoCreatePolicy()
	ToString() *string
}

// bucketBase holds what every bucket has: its attributes, its policy and
// notifications, the grants and URL helpers. bucket (defined in this app)
// and importedBucket embed it.
type bucketBase struct {
	awscdk.Resource
	self IBucket // the outer object: *bucket or *importedBucket

	arn, name                 *string
	domainName                *string
	dualStackDomainName       *string
	regionalDomainName        *string
	websiteURL                *string
	websiteDomainName         *string
	websiteDomainNameOf       func() *string // makes websiteDomainName when first read
	encryptionKey             awskms.IKey
	isWebsite                 func() bool
	policy                    BucketPolicy
	replicationRoleArn        *string
	autoCreatePolicy          bool
	disallowPublicAccess      func() *bool
	notificationsHandlerRole  awsiam.IRole
	notificationsSkipValidate *bool
	objectOwnership           ObjectOwnership
	notifications             *bucketNotifications
}

func (b *bucketBase) init() {
	b.Node().AddValidation(validation(func() []string {
		p := b.self.Policy()
		if p == nil || isNil(p) {
			return nil
		}
		var out []string
		for _, e := range *p.Document().ValidateForResourcePolicy(nil) {
			out = append(out, *e)
		}
		return out
	}))
}

func (b *bucketBase) BucketArn() *string                 { return b.arn }
func (b *bucketBase) BucketName() *string                { return b.name }
func (b *bucketBase) BucketDomainName() *string          { return b.domainName }
func (b *bucketBase) BucketDualStackDomainName() *string { return b.dualStackDomainName }
func (b *bucketBase) BucketRegionalDomainName() *string  { return b.regionalDomainName }
func (b *bucketBase) BucketWebsiteUrl() *string          { return b.websiteURL }
func (b *bucketBase) BucketWebsiteDomainName() *string {
	if b.websiteDomainName == nil && b.websiteDomainNameOf != nil {
		b.websiteDomainName = b.websiteDomainNameOf()
	}
	return b.websiteDomainName
}
func (b *bucketBase) EncryptionKey() awskms.IKey      { return b.encryptionKey }
func (b *bucketBase) IsWebsite() *bool                { return boolp(b.isWebsite != nil && b.isWebsite()) }
func (b *bucketBase) Policy() BucketPolicy            { return b.policy }
func (b *bucketBase) SetPolicy(p BucketPolicy)        { b.policy = p }
func (b *bucketBase) ReplicationRoleArn() *string     { return b.replicationRoleArn }
func (b *bucketBase) SetReplicationRoleArn(r *string) { b.replicationRoleArn = r }
func (b *bucketBase) AutoCreatePolicy() *bool         { return boolp(b.autoCreatePolicy) }
func (b *bucketBase) SetAutoCreatePolicy(v *bool)     { b.autoCreatePolicy = isTrue(v) }
func (b *bucketBase) DisallowPublicAccess() *bool {
	if b.disallowPublicAccess == nil {
		return nil
	}
	return b.disallowPublicAccess()
}

// SetDisallowPublicAccess is accepted and ignored, as in aws-cdk-lib, where
// the value is read from the bucket's Block Public Access configuration.
func (b *bucketBase) SetDisallowPublicAccess(*bool) {}

func (b *bucketBase) NotificationsHandlerRole() awsiam.IRole     { return b.notificationsHandlerRole }
func (b *bucketBase) SetNotificationsHandlerRole(r awsiam.IRole) { b.notificationsHandlerRole = r }
func (b *bucketBase) NotificationsSkipDestinationValidation() *bool {
	return b.notificationsSkipValidate
}
func (b *bucketBase) SetNotificationsSkipDestinationValidation(v *bool) {
	b.notificationsSkipValidate = v
}
func (b *bucketBase) ObjectOwnership() ObjectOwnership     { return b.objectOwnership }
func (b *bucketBase) SetObjectOwnership(v ObjectOwnership) { b.objectOwnership = v }

func (b *bucketBase) BucketRef() *interfacesawss3.BucketReference {
	return &interfacesawss3.BucketReference{BucketArn: b.self.BucketArn(), BucketName: b.self.BucketName()}
}

func (b *bucketBase) ToString() *string { return b.Node().Path() }

// Grants returns the bucket's grants, the methods behind GrantRead & co.
func (b *bucketBase) Grants() BucketGrants { return BucketGrants_FromBucket(b.self) }

// GrantOnKey grants actions on the bucket's KMS key, if it has one.
func (b *bucketBase) GrantOnKey(grantee awsiam.IGrantable, actions ...*string) *awsiam.GrantOnKeyResult {
	key := b.self.EncryptionKey()
	if key == nil || isNil(key) {
		return &awsiam.GrantOnKeyResult{}
	}
	return &awsiam.GrantOnKeyResult{Grant: key.Grant(grantee, actions...)}
}

// AddToResourcePolicy adds a statement to the bucket's policy, creating the
// policy for a bucket of this app; imported buckets say the statement was
// not added.
func (b *bucketBase) AddToResourcePolicy(permission awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	b.MaybeAutoCreatePolicy()
	p := b.self.Policy()
	if p == nil || isNil(p) {
		return &awsiam.AddToResourcePolicyResult{StatementAdded: boolp(false)}
	}
	p.Document().AddStatements(permission)
	return &awsiam.AddToResourcePolicyResult{StatementAdded: boolp(true), PolicyDependable: p}
}

// MaybeAutoCreatePolicy creates the bucket's policy ("Policy") if the
// bucket may have one and has none yet.
func (b *bucketBase) MaybeAutoCreatePolicy() {
	if p := b.self.Policy(); (p == nil || isNil(p)) && b.autoCreate() {
		b.self.SetPolicy(NewBucketPolicy(b.Resource, str("Policy"), &BucketPolicyProps{Bucket: b.self}))
	}
}

// UrlForObject is the path-style HTTPS URL of an object, or of the bucket
// when key is nil.
func (b *bucketBase) UrlForObject(key *string) *string {
	prefix := "https://s3." + deref(b.Env().Region) + "." + deref(awscdk.Stack_Of(b).UrlSuffix()) + "/"
	if key == nil {
		return str(urlJoin(prefix, deref(b.self.BucketName())))
	}
	return str(urlJoin(prefix, deref(b.self.BucketName()), *key))
}

// TransferAccelerationUrlForObject is the Transfer Acceleration URL of an
// object, or of the bucket when key is nil.
func (b *bucketBase) TransferAccelerationUrlForObject(key *string, options *TransferAccelerationUrlOptions) *string {
	dual := ""
	if options != nil && isTrue(options.DualStack) {
		dual = ".dualstack"
	}
	prefix := "https://" + deref(b.self.BucketName()) + ".s3-accelerate" + dual + ".amazonaws.com/"
	if key == nil {
		return str(urlJoin(prefix))
	}
	return str(urlJoin(prefix, *key))
}

// VirtualHostedUrlForObject is the virtual-hosted-style URL of an object,
// regional unless options say otherwise.
func (b *bucketBase) VirtualHostedUrlForObject(key *string, options *VirtualHostedStyleUrlOptions) *string {
	domain := b.self.BucketRegionalDomainName()
	if options != nil && options.Regional != nil && !*options.Regional {
		domain = b.self.BucketDomainName()
	}
	prefix := "https://" + deref(domain)
	if key == nil {
		return str(prefix)
	}
	return str(urlJoin(prefix, *key))
}

// S3UrlForObject is the s3:// URL of an object, or of the bucket.
func (b *bucketBase) S3UrlForObject(key *string) *string {
	if key == nil {
		return str(urlJoin("s3://", deref(b.self.BucketName())))
	}
	return str(urlJoin("s3://", deref(b.self.BucketName()), *key))
}

// ArnForObjects is the ARN of the objects matching keyPattern ("*" for all).
func (b *bucketBase) ArnForObjects(keyPattern *string) *string {
	return arnForObjects(b.self.BucketArn(), deref(keyPattern))
}

func arnForObjects(bucketArn *string, key string) *string {
	return str(deref(bucketArn) + "/" + key)
}

// urlJoin joins URL parts with exactly one slash between them.
func urlJoin(parts ...string) string {
	result := parts[0]
	for _, c := range parts[1:] {
		result = strings.TrimSuffix(result, "/")
		c = strings.TrimPrefix(c, "/")
		result = result + "/" + c
	}
	return result
}

func (b *bucketBase) GrantRead(identity awsiam.IGrantable, objectsKeyPattern interface{}) awsiam.Grant {
	return b.Grants().Read(identity, objectsKeyPattern)
}

func (b *bucketBase) GrantWrite(identity awsiam.IGrantable, objectsKeyPattern interface{}, allowedActionPatterns *[]*string) awsiam.Grant {
	return b.Grants().Write(identity, objectsKeyPattern, allowedActionPatterns)
}

func (b *bucketBase) GrantPut(identity awsiam.IGrantable, objectsKeyPattern interface{}) awsiam.Grant {
	return b.Grants().Put(identity, objectsKeyPattern)
}

func (b *bucketBase) GrantPutAcl(identity awsiam.IGrantable, objectsKeyPattern *string) awsiam.Grant {
	return b.Grants().PutAcl(identity, objectsKeyPattern)
}

func (b *bucketBase) GrantDelete(identity awsiam.IGrantable, objectsKeyPattern interface{}) awsiam.Grant {
	return b.Grants().Delete(identity, objectsKeyPattern)
}

func (b *bucketBase) GrantReadWrite(identity awsiam.IGrantable, objectsKeyPattern interface{}) awsiam.Grant {
	return b.Grants().ReadWrite(identity, objectsKeyPattern)
}

func (b *bucketBase) GrantReplicationPermission(identity awsiam.IGrantable, props *GrantReplicationPermissionProps) awsiam.Grant {
	return b.Grants().ReplicationPermission(identity, props)
}

// GrantPublicAccess lets anyone read objects under keyPrefix ("*" for
// all), or perform allowedActions on them.
func (b *bucketBase) GrantPublicAccess(keyPrefix *string, allowedActions ...*string) awsiam.Grant {
	return b.Grants().PublicAccess(keyPrefix, allowedActions...)
}

// AddEventNotification sends the bucket's event notifications of type
// event, for keys matching filters, to dest.
func (b *bucketBase) AddEventNotification(event EventType, dest IBucketNotificationDestination, filters ...*NotificationKeyFilter) {
	b.withNotifications().addNotification(event, dest, filters)
}

func (b *bucketBase) AddObjectCreatedNotification(dest IBucketNotificationDestination, filters ...*NotificationKeyFilter) {
	b.AddEventNotification(EventType_OBJECT_CREATED, dest, filters...)
}

func (b *bucketBase) AddObjectRemovedNotification(dest IBucketNotificationDestination, filters ...*NotificationKeyFilter) {
	b.AddEventNotification(EventType_OBJECT_REMOVED, dest, filters...)
}

// EnableEventBridgeNotification sends all of the bucket's events to
// Amazon EventBridge.
func (b *bucketBase) EnableEventBridgeNotification() {
	b.withNotifications().enableEventBridge()
}

func (b *bucketBase) withNotifications() *bucketNotifications {
	if b.notifications == nil {
		b.notifications = newBucketNotifications(b.Resource, b.self, "Notifications", b.notificationsHandlerRole, isTrue(b.notificationsSkipValidate))
	}
	return b.notifications
}

// AddReplicationPolicy lets roleArn replicate into this bucket.
func (b *bucketBase) AddReplicationPolicy(roleArn *string, accessControlTransition *bool, account *string) {
	var results []bool
	add := func(actions []string, resource *string, principal awsiam.IPrincipal) {
		r := b.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions:    strs(actions...),
			Resources:  &[]*string{resource},
			Principals: &[]awsiam.IPrincipal{principal},
		}))
		results = append(results, isTrue(r.StatementAdded))
	}
	add([]string{"s3:GetBucketVersioning", "s3:PutBucketVersioning"}, b.self.BucketArn(), awsiam.NewArnPrincipal(roleArn))
	add([]string{"s3:ReplicateObject", "s3:ReplicateDelete"}, b.ArnForObjects(str("*")), awsiam.NewArnPrincipal(roleArn))
	if isTrue(accessControlTransition) {
		if account == nil {
			addError(b, "account must be specified to override ownership access control transition")
			return
		}
		add([]string{"s3:ObjectOwnerOverrideToBucketOwner"}, b.ArnForObjects(str("*")), awsiam.NewAccountPrincipal(account))
	}
	for _, ok := range results {
		if !ok {
			resolved := awscdk.Stack_Of(b).Resolve(roleArn)
			awscdk.Annotations_Of(b).AddInfo(str("Cross-account S3 replication for a referenced destination bucket is set up. In the destination bucket's bucket policy, please grant access permissions from " + jsString(resolved) + "."))
			break
		}
	}
}

// jsString renders a resolved value as JavaScript's template literals do.
func jsString(v interface{}) string {
	switch x := v.(type) {
	case string:
		return x
	case nil:
		return "undefined"
	}
	return "[object Object]"
}

var _ constructs.IConstruct = (*bucketBase)(nil)
