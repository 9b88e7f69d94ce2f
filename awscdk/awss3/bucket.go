package awss3

import (
	"regexp"
	"time"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// BucketProps are the props of NewBucket.
type BucketProps struct {
	AbacStatus                             *bool                               `field:"optional" json:"abacStatus" yaml:"abacStatus"`
	AccessControl                          BucketAccessControl                 `field:"optional" json:"accessControl" yaml:"accessControl"`
	AutoDeleteObjects                      *bool                               `field:"optional" json:"autoDeleteObjects" yaml:"autoDeleteObjects"`
	BlockedEncryptionTypes                 *[]BlockedEncryptionType            `field:"optional" json:"blockedEncryptionTypes" yaml:"blockedEncryptionTypes"`
	BlockPublicAccess                      BlockPublicAccess                   `field:"optional" json:"blockPublicAccess" yaml:"blockPublicAccess"`
	BucketKeyEnabled                       *bool                               `field:"optional" json:"bucketKeyEnabled" yaml:"bucketKeyEnabled"`
	BucketName                             *string                             `field:"optional" json:"bucketName" yaml:"bucketName"`
	BucketNamePrefix                       *string                             `field:"optional" json:"bucketNamePrefix" yaml:"bucketNamePrefix"`
	BucketNamespace                        BucketNamespace                     `field:"optional" json:"bucketNamespace" yaml:"bucketNamespace"`
	Cors                                   *[]*CorsRule                        `field:"optional" json:"cors" yaml:"cors"`
	Encryption                             BucketEncryption                    `field:"optional" json:"encryption" yaml:"encryption"`
	EncryptionKey                          awskms.IKey                         `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	EnforceSSL                             *bool                               `field:"optional" json:"enforceSSL" yaml:"enforceSSL"`
	EventBridgeEnabled                     *bool                               `field:"optional" json:"eventBridgeEnabled" yaml:"eventBridgeEnabled"`
	IntelligentTieringConfigurations       *[]*IntelligentTieringConfiguration `field:"optional" json:"intelligentTieringConfigurations" yaml:"intelligentTieringConfigurations"`
	Inventories                            *[]*Inventory                       `field:"optional" json:"inventories" yaml:"inventories"`
	LifecycleRules                         *[]*LifecycleRule                   `field:"optional" json:"lifecycleRules" yaml:"lifecycleRules"`
	Metrics                                *[]*BucketMetrics                   `field:"optional" json:"metrics" yaml:"metrics"`
	MinimumTLSVersion                      *float64                            `field:"optional" json:"minimumTLSVersion" yaml:"minimumTLSVersion"`
	NotificationsHandlerRole               awsiam.IRole                        `field:"optional" json:"notificationsHandlerRole" yaml:"notificationsHandlerRole"`
	NotificationsSkipDestinationValidation *bool                               `field:"optional" json:"notificationsSkipDestinationValidation" yaml:"notificationsSkipDestinationValidation"`
	ObjectLockDefaultRetention             ObjectLockRetention                 `field:"optional" json:"objectLockDefaultRetention" yaml:"objectLockDefaultRetention"`
	ObjectLockEnabled                      *bool                               `field:"optional" json:"objectLockEnabled" yaml:"objectLockEnabled"`
	ObjectOwnership                        ObjectOwnership                     `field:"optional" json:"objectOwnership" yaml:"objectOwnership"`
	PublicReadAccess                       *bool                               `field:"optional" json:"publicReadAccess" yaml:"publicReadAccess"`
	RemovalPolicy                          awscdk.RemovalPolicy                `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	ReplicationRole                        awsiam.IRole                        `field:"optional" json:"replicationRole" yaml:"replicationRole"`
	ReplicationRules                       *[]*ReplicationRule                 `field:"optional" json:"replicationRules" yaml:"replicationRules"`
	ServerAccessLogsBucket                 IBucket                             `field:"optional" json:"serverAccessLogsBucket" yaml:"serverAccessLogsBucket"`
	ServerAccessLogsPrefix                 *string                             `field:"optional" json:"serverAccessLogsPrefix" yaml:"serverAccessLogsPrefix"`
	TargetObjectKeyFormat                  TargetObjectKeyFormat               `field:"optional" json:"targetObjectKeyFormat" yaml:"targetObjectKeyFormat"`
	TransferAcceleration                   *bool                               `field:"optional" json:"transferAcceleration" yaml:"transferAcceleration"`
	TransitionDefaultMinimumObjectSize     TransitionDefaultMinimumObjectSize  `field:"optional" json:"transitionDefaultMinimumObjectSize" yaml:"transitionDefaultMinimumObjectSize"`
	Versioned                              *bool                               `field:"optional" json:"versioned" yaml:"versioned"`
	WebsiteErrorDocument                   *string                             `field:"optional" json:"websiteErrorDocument" yaml:"websiteErrorDocument"`
	WebsiteIndexDocument                   *string                             `field:"optional" json:"websiteIndexDocument" yaml:"websiteIndexDocument"`
	WebsiteRedirect                        *RedirectTarget                     `field:"optional" json:"websiteRedirect" yaml:"websiteRedirect"`
	WebsiteRoutingRules                    *[]*RoutingRule                     `field:"optional" json:"websiteRoutingRules" yaml:"websiteRoutingRules"`
}

// Bucket is an S3 bucket defined in this app.
type Bucket interface {
	BucketBase
	AddCorsRule(rule *CorsRule)
	AddInventory(inventory *Inventory)
	AddLifecycleRule(rule *LifecycleRule)
	AddMetric(metric *BucketMetrics)
}

type bucket struct {
	*bucketBase
	res                   CfnBucket
	props                 *BucketProps
	lifecycleRules        []*LifecycleRule
	cors                  []*CorsRule
	metrics               []*BucketMetrics
	inventories           []*Inventory
	accessControl         BucketAccessControl
	transitionMinimumSize TransitionDefaultMinimumObjectSize
}

// Bucket_PROPERTY_INJECTION_ID is the id property injectors use for Bucket.
func Bucket_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-s3.Bucket") }

// NewBucket creates an S3 bucket. Without a removal policy the bucket is
// retained when the stack is deleted.
func NewBucket(scope constructs.Construct, id *string, props *BucketProps) Bucket {
	// Property injectors (aws-cdk-lib's propertyInjectable) see the props first.
	props = l2.Inject(*Bucket_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &BucketProps{}
	}
	b := &bucket{bucketBase: &bucketBase{autoCreatePolicy: true}, props: props}
	b.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.BucketName})
	host.Set(b.Resource, b)
	b.self = b
	b.init()
	b.notificationsHandlerRole = props.NotificationsHandlerRole
	b.notificationsSkipValidate = props.NotificationsSkipDestinationValidation

	encryption, key := b.parseEncryption(props)
	b.encryptionKey = key
	validateBucketNaming(b, props)
	validateBucketNameScoped(b, b.PhysicalName(), false)
	validateBucketNamePrefix(b, props.BucketNamePrefix)

	var publicAccessBlock interface{}
	if bpa := props.BlockPublicAccess; bpa != nil && !isNil(bpa) {
		cfg := &CfnBucket_PublicAccessBlockConfigurationProperty{}
		blockedByDefault := featureEnabled(b, "@aws-cdk/aws-s3:publicAccessBlockedByDefault")
		set := func(v *bool) interface{} {
			if v == nil {
				if blockedByDefault {
					return boolp(true)
				}
				return nil
			}
			return v
		}
		cfg.BlockPublicAcls = set(bpa.BlockPublicAcls())
		cfg.BlockPublicPolicy = set(bpa.BlockPublicPolicy())
		cfg.IgnorePublicAcls = set(bpa.IgnorePublicAcls())
		cfg.RestrictPublicBuckets = set(bpa.RestrictPublicBuckets())
		publicAccessBlock = cfg
	}
	website := b.renderWebsiteConfiguration(props)
	objectLock := b.parseObjectLockConfig(props)
	replication := b.renderReplicationConfiguration(props)
	if replication != nil {
		b.replicationRoleArn = replication.Role
	}
	b.objectOwnership = props.ObjectOwnership
	b.transitionMinimumSize = props.TransitionDefaultMinimumObjectSize
	b.accessControl = props.AccessControl

	cfnProps := &CfnBucketProps{
		BucketName:                     b.PhysicalName(),
		BucketNamePrefix:               props.BucketNamePrefix,
		BucketEncryption:               encryption,
		PublicAccessBlockConfiguration: publicAccessBlock,
		WebsiteConfiguration:           website,
		ObjectLockConfiguration:        objectLock,
	}
	if props.BucketNamespace != "" {
		cfnProps.BucketNamespace = str(value(bucketNamespaceValues, props.BucketNamespace))
	}
	if isTrue(props.Versioned) {
		cfnProps.VersioningConfiguration = &CfnBucket_VersioningConfigurationProperty{Status: str("Enabled")}
	}
	if props.AccessControl != "" {
		cfnProps.AccessControl = str(value(accessControlValues, props.AccessControl))
	}
	ownership := b.parseOwnershipControls(props.AccessControl)
	if ownership != nil {
		cfnProps.OwnershipControls = ownership
	}
	cfnProps.LoggingConfiguration = b.parseServerAccessLogs(props)
	if isTrue(props.TransferAcceleration) {
		cfnProps.AccelerateConfiguration = &CfnBucket_AccelerateConfigurationProperty{AccelerationStatus: str("Enabled")}
	}
	cfnProps.IntelligentTieringConfigurations = b.parseTieringConfig(props)
	if objectLock != nil {
		cfnProps.ObjectLockEnabled = boolp(true)
	} else if props.ObjectLockEnabled != nil {
		cfnProps.ObjectLockEnabled = props.ObjectLockEnabled
	}
	if replication != nil {
		cfnProps.ReplicationConfiguration = replication
	}
	if props.AbacStatus != nil {
		if *props.AbacStatus {
			cfnProps.AbacStatus = str("Enabled")
		} else {
			cfnProps.AbacStatus = str("Disabled")
		}
	}
	b.res = NewCfnBucket(b, str("Resource"), cfnProps)
	b.Node().SetDefaultChild(b.res)
	b.res.ApplyRemovalPolicy(props.RemovalPolicy, nil)

	b.arn = b.GetResourceArnAttribute(b.res.AttrArn(), &awscdk.ArnComponents{
		Region: str(""), Account: str(""), Service: str("s3"), Resource: b.PhysicalName(),
	})
	b.name = b.GetResourceNameAttribute(b.res.Ref())
	b.domainName = b.res.AttrDomainName()
	b.websiteURL = b.res.AttrWebsiteUrl()
	// Made when first asked for: few programs read it.
	b.websiteDomainNameOf = func() *string {
		return awscdk.Fn_Select(num(2), awscdk.Fn_Split(str("/"), b.res.AttrWebsiteUrl(), nil))
	}
	b.dualStackDomainName = b.res.AttrDualStackDomainName()
	b.regionalDomainName = b.res.AttrRegionalDomainName()
	b.isWebsite = func() bool { return !isNil(b.res.WebsiteConfiguration()) }
	b.disallowPublicAccess = func() *bool {
		if cfg, ok := b.res.PublicAccessBlockConfiguration().(*CfnBucket_PublicAccessBlockConfigurationProperty); ok {
			if v, ok := cfg.BlockPublicPolicy.(*bool); ok && isTrue(v) {
				return v
			}
		}
		return nil
	}

	if isTrue(props.EnforceSSL) {
		b.enforceSSLStatement()
		b.minimumTLSVersionStatement(props.MinimumTLSVersion)
	} else if props.MinimumTLSVersion != nil {
		addError(b, "'enforceSSL' must be enabled for 'minimumTLSVersion' to be applied")
	}

	if logs := props.ServerAccessLogsBucket; logs != nil && !isNil(logs) {
		if target, ok := logs.(*bucket); ok {
			target.allowLogDelivery(b, props.ServerAccessLogsPrefix)
		} else {
			awscdk.Annotations_Of(b).AddWarningV2(str("@aws-cdk/aws-s3:accessLogsPolicyNotAdded"),
				str("Unable to add necessary logging permissions to imported target bucket: "+deref(logs.Node().Path())))
		}
	} else if props.ServerAccessLogsPrefix != nil {
		b.allowLogDelivery(b, props.ServerAccessLogsPrefix)
	}

	if props.Inventories != nil {
		for _, inv := range *props.Inventories {
			b.AddInventory(inv)
		}
	}
	if props.Metrics != nil {
		for _, m := range *props.Metrics {
			b.AddMetric(m)
		}
	}
	if props.Cors != nil {
		for _, r := range *props.Cors {
			b.AddCorsRule(r)
		}
	}
	if props.LifecycleRules != nil {
		for _, r := range *props.LifecycleRules {
			b.AddLifecycleRule(r)
		}
	}

	if isTrue(props.PublicReadAccess) {
		if props.BlockPublicAccess == nil || isNil(props.BlockPublicAccess) {
			addError(b, "Cannot use 'publicReadAccess' property on a bucket without allowing bucket-level public access through 'blockPublicAccess' property.")
		} else {
			b.GrantPublicAccess(nil)
		}
	}
	if isTrue(props.AutoDeleteObjects) {
		if props.RemovalPolicy != awscdk.RemovalPolicy_DESTROY {
			addError(b, "Cannot use 'autoDeleteObjects' property on a bucket without setting removal policy to 'DESTROY'.")
		} else {
			b.enableAutoDeleteObjects()
		}
	}
	if isTrue(props.EventBridgeEnabled) {
		b.EnableEventBridgeNotification()
	}
	return b
}

// Bucket_IsConstruct reports whether x is a construct.
func Bucket_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Bucket_IsResource reports whether construct is a Resource.
func Bucket_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Bucket_IsOwnedResource reports whether construct is a Resource of this app.
func Bucket_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ApplyRemovalPolicy sets what happens to the bucket when it leaves the stack.
func (b *bucket) ApplyRemovalPolicy(policy awscdk.RemovalPolicy) {
	b.res.ApplyRemovalPolicy(policy, nil)
}

func (b *bucket) enforceSSLStatement() {
	b.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:    strs("s3:*"),
		Conditions: &map[string]interface{}{"Bool": map[string]interface{}{"aws:SecureTransport": "false"}},
		Effect:     awsiam.Effect_DENY,
		Resources:  &[]*string{b.arn, b.ArnForObjects(str("*"))},
		Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()},
	}))
}

func (b *bucket) minimumTLSVersionStatement(version *float64) {
	if version == nil {
		return
	}
	b.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:    strs("s3:*"),
		Conditions: &map[string]interface{}{"NumericLessThan": map[string]interface{}{"s3:TlsVersion": *version}},
		Effect:     awsiam.Effect_DENY,
		Resources:  &[]*string{b.arn, b.ArnForObjects(str("*"))},
		Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()},
	}))
}

// parseEncryption turns the encryption props into the CfnBucket's
// BucketEncryption and the bucket's KMS key, creating the key ("Key")
// for KMS and DSSE encryption without one.
func (b *bucket) parseEncryption(props *BucketProps) (interface{}, awskms.IKey) {
	enc := props.Encryption
	hasKey := props.EncryptionKey != nil && !isNil(props.EncryptionKey)
	if enc == "" {
		if hasKey {
			enc = BucketEncryption_KMS
		} else {
			enc = BucketEncryption_UNENCRYPTED
		}
	}
	if enc != BucketEncryption_DSSE && enc != BucketEncryption_KMS && hasKey {
		addError(b, "encryptionKey is specified, so 'encryption' must be set to KMS or DSSE (value: %s)", enc)
		return nil, nil
	}
	if isTrue(props.BucketKeyEnabled) && enc == BucketEncryption_UNENCRYPTED {
		addError(b, "bucketKeyEnabled is specified, so 'encryption' must be set to KMS, DSSE or S3 (value: %s)", enc)
		return nil, nil
	}
	var blocked interface{}
	if props.BlockedEncryptionTypes != nil {
		types := *props.BlockedEncryptionTypes
		if len(types) == 0 {
			addError(b, "At least one blocked encryption type must be specified")
			return nil, nil
		}
		names := make([]*string, len(types))
		hasNone := false
		for i, t := range types {
			names[i] = t.Name()
			hasNone = hasNone || deref(names[i]) == "NONE"
		}
		if hasNone && len(types) > 1 {
			addError(b, "If NONE is specified as the blocked encryption type, no other encryption types may be specified")
			return nil, nil
		}
		blocked = &CfnBucket_BlockedEncryptionTypesProperty{EncryptionType: &names}
	}
	rule := func(algorithm string, keyArn *string) interface{} {
		return &CfnBucket_BucketEncryptionProperty{ServerSideEncryptionConfiguration: &[]interface{}{
			&CfnBucket_ServerSideEncryptionRuleProperty{
				BucketKeyEnabled: props.BucketKeyEnabled,
				ServerSideEncryptionByDefault: &CfnBucket_ServerSideEncryptionByDefaultProperty{
					SseAlgorithm: str(algorithm), KmsMasterKeyId: keyArn,
				},
				BlockedEncryptionTypes: blocked,
			},
		}}
	}
	switch enc {
	case BucketEncryption_UNENCRYPTED:
		if blocked == nil {
			return nil, nil
		}
		return &CfnBucket_BucketEncryptionProperty{ServerSideEncryptionConfiguration: &[]interface{}{
			&CfnBucket_ServerSideEncryptionRuleProperty{BlockedEncryptionTypes: blocked},
		}}, nil
	case BucketEncryption_KMS, BucketEncryption_DSSE:
		key := props.EncryptionKey
		if !hasKey {
			kp := &awskms.KeyProps{Description: str("Created by " + *b.Node().Path())}
			if enc == BucketEncryption_KMS {
				kp.EnableKeyRotation = boolp(true)
			}
			key = awskms.NewKey(b, str("Key"), kp)
		}
		algorithm := "aws:kms"
		if enc == BucketEncryption_DSSE {
			algorithm = "aws:kms:dsse"
		}
		return rule(algorithm, key.KeyArn()), key
	case BucketEncryption_S3_MANAGED:
		return rule("AES256", nil), nil
	case BucketEncryption_KMS_MANAGED:
		return rule("aws:kms", nil), nil
	case BucketEncryption_DSSE_MANAGED:
		return rule("aws:kms:dsse", nil), nil
	}
	addError(b, "Unexpected 'encryptionType': %s", enc)
	return nil, nil
}

// AddLifecycleRule adds a rule that expires or transitions objects.
func (b *bucket) AddLifecycleRule(rule *LifecycleRule) {
	if rule == nil {
		l2.RequireArg(b, "AddLifecycleRule", "a rule")
	}
	if isTrue(rule.ExpiredObjectDeleteMarker) && (rule.Expiration != nil || rule.ExpirationDate != nil || (rule.TagFilters != nil && len(*rule.TagFilters) > 0)) {
		addError(b, "ExpiredObjectDeleteMarker cannot be specified with expiration, ExpirationDate, or TagFilters.")
		return
	}
	if rule.AbortIncompleteMultipartUploadAfter == nil && rule.Expiration == nil && rule.ExpirationDate == nil &&
		rule.ExpiredObjectDeleteMarker == nil && rule.NoncurrentVersionExpiration == nil && rule.NoncurrentVersionsToRetain == nil &&
		rule.NoncurrentVersionTransitions == nil && rule.Transitions == nil {
		addError(b, "All rules for `lifecycleRules` must have at least one of the following properties: `abortIncompleteMultipartUploadAfter`, `expiration`, `expirationDate`, `expiredObjectDeleteMarker`, `noncurrentVersionExpiration`, `noncurrentVersionsToRetain`, `noncurrentVersionTransitions`, or `transitions`")
		return
	}
	if rule.Transitions != nil {
		for _, t := range *rule.Transitions {
			if (t.TransitionDate != nil) == (t.TransitionAfter != nil) {
				addError(b, "Exactly one of transitionDate or transitionAfter must be specified in lifecycle rule transition")
				return
			}
		}
	}
	b.lifecycleRules = append(b.lifecycleRules, rule)
	b.res.SetLifecycleConfiguration(b.renderLifecycle())
}

func (b *bucket) renderLifecycle() interface{} {
	if len(b.lifecycleRules) == 0 {
		return nil
	}
	rules := make([]interface{}, len(b.lifecycleRules))
	for i, r := range b.lifecycleRules {
		out := &CfnBucket_RuleProperty{
			Id:                        r.Id,
			Prefix:                    r.Prefix,
			ExpiredObjectDeleteMarker: nilIfNilBool(r.ExpiredObjectDeleteMarker),
			TagFilters:                parseTagFilters(r.TagFilters),
			ObjectSizeLessThan:        r.ObjectSizeLessThan,
			ObjectSizeGreaterThan:     r.ObjectSizeGreaterThan,
		}
		if r.AbortIncompleteMultipartUploadAfter != nil {
			out.AbortIncompleteMultipartUpload = &CfnBucket_AbortIncompleteMultipartUploadProperty{
				DaysAfterInitiation: r.AbortIncompleteMultipartUploadAfter.ToDays(nil),
			}
		}
		if r.ExpirationDate != nil {
			out.ExpirationDate = cfnDate(*r.ExpirationDate)
		}
		if r.Expiration != nil {
			out.ExpirationInDays = r.Expiration.ToDays(nil)
		}
		if r.NoncurrentVersionExpiration != nil {
			out.NoncurrentVersionExpiration = &CfnBucket_NoncurrentVersionExpirationProperty{
				NoncurrentDays:          r.NoncurrentVersionExpiration.ToDays(nil),
				NewerNoncurrentVersions: r.NoncurrentVersionsToRetain,
			}
		}
		if r.NoncurrentVersionTransitions != nil && len(*r.NoncurrentVersionTransitions) > 0 {
			var ts []interface{}
			for _, t := range *r.NoncurrentVersionTransitions {
				ts = append(ts, &CfnBucket_NoncurrentVersionTransitionProperty{
					StorageClass:            t.StorageClass.Value(),
					TransitionInDays:        t.TransitionAfter.ToDays(nil),
					NewerNoncurrentVersions: t.NoncurrentVersionsToRetain,
				})
			}
			out.NoncurrentVersionTransitions = &ts
		}
		if r.Enabled == nil || *r.Enabled {
			out.Status = str("Enabled")
		} else {
			out.Status = str("Disabled")
		}
		if r.Transitions != nil && len(*r.Transitions) > 0 {
			var ts []interface{}
			for _, t := range *r.Transitions {
				tp := &CfnBucket_TransitionProperty{StorageClass: t.StorageClass.Value()}
				if t.TransitionDate != nil {
					tp.TransitionDate = cfnDate(*t.TransitionDate)
				}
				if t.TransitionAfter != nil {
					tp.TransitionInDays = t.TransitionAfter.ToDays(nil)
				}
				ts = append(ts, tp)
			}
			out.Transitions = &ts
		}
		rules[i] = out
	}
	cfg := &CfnBucket_LifecycleConfigurationProperty{Rules: &rules}
	if b.transitionMinimumSize != "" {
		cfg.TransitionDefaultMinimumObjectSize = str(value(transitionMinSizeValues, b.transitionMinimumSize))
	}
	return cfg
}

// cfnDate renders a date as aws-cdk-lib renders a JavaScript Date, as a
// token: the L1's Date properties take tokens whatever they render to.
func cfnDate(t time.Time) awscdk.IResolvable {
	return awscdk.Lazy_Any(anyProducer(func() interface{} { return t.UTC().Format("2006-01-02T15:04:05Z") }), nil)
}

func nilIfNilBool(b *bool) interface{} {
	if b == nil {
		return nil
	}
	return b
}

// parseTagFilters renders tag filters in key order (jsii hands a Go map to
// aws-cdk-lib with its keys sorted).
func parseTagFilters(filters *map[string]interface{}) interface{} {
	if filters == nil || len(*filters) == 0 {
		return nil
	}
	keys := sortedKeys(*filters)
	out := make([]interface{}, len(keys))
	for i, k := range keys {
		out[i] = &CfnBucket_TagFilterProperty{Key: str(k), Value: stringValue((*filters)[k])}
	}
	return &out
}

// AddCorsRule adds a cross-origin access rule.
func (b *bucket) AddCorsRule(rule *CorsRule) {
	if rule == nil {
		l2.RequireArg(b, "AddCorsRule", "a rule")
	}
	b.cors = append(b.cors, rule)
	rules := make([]interface{}, len(b.cors))
	for i, r := range b.cors {
		var methods *[]*string
		if r.AllowedMethods != nil {
			ms := make([]*string, len(*r.AllowedMethods))
			for j, m := range *r.AllowedMethods {
				ms[j] = str(string(m))
			}
			methods = &ms
		}
		rules[i] = &CfnBucket_CorsRuleProperty{
			Id:             r.Id,
			MaxAge:         r.MaxAge,
			AllowedHeaders: r.AllowedHeaders,
			AllowedMethods: methods,
			AllowedOrigins: r.AllowedOrigins,
			ExposedHeaders: r.ExposedHeaders,
		}
	}
	b.res.SetCorsConfiguration(&CfnBucket_CorsConfigurationProperty{CorsRules: &rules})
}

// AddMetric adds a CloudWatch request metrics configuration.
func (b *bucket) AddMetric(metric *BucketMetrics) {
	if metric == nil {
		return
	}
	b.metrics = append(b.metrics, metric)
	out := make([]interface{}, len(b.metrics))
	for i, m := range b.metrics {
		out[i] = &CfnBucket_MetricsConfigurationProperty{Id: m.Id, Prefix: m.Prefix, TagFilters: parseTagFilters(m.TagFilters)}
	}
	b.res.SetMetricsConfigurations(&out)
}

var inventoryIDIllegal = regexp.MustCompile(`[^\w.\-]`)

// AddInventory adds an inventory report configuration; a destination
// bucket of this app gets the policy S3 needs to write the reports.
func (b *bucket) AddInventory(inventory *Inventory) {
	if inventory == nil || inventory.Destination == nil {
		return
	}
	index := len(b.inventories)
	if inventory.InventoryId != nil && (utf16Len(*inventory.InventoryId) > 64 || inventoryIDIllegal.MatchString(*inventory.InventoryId)) {
		addError(b, "inventoryId should not exceed 64 characters and should not contain special characters except . and -, got %s", *inventory.InventoryId)
		return
	}
	b.inventories = append(b.inventories, inventory)
	dest := inventory.Destination
	if target, ok := dest.Bucket.(*bucket); ok {
		target.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Effect:     awsiam.Effect_ALLOW,
			Actions:    strs("s3:PutObject"),
			Resources:  &[]*string{target.arn, target.ArnForObjects(str(deref(dest.Prefix) + "*"))},
			Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(str("s3.amazonaws.com"), nil)},
			Conditions: &map[string]interface{}{"ArnLike": map[string]interface{}{"aws:SourceArn": b.arn}},
		}))
	}
	_ = index
	out := make([]interface{}, len(b.inventories))
	for i, inv := range b.inventories {
		id := inv.InventoryId
		if id == nil {
			generated := inventoryIDIllegal.ReplaceAllString(*b.Node().Id()+"Inventory"+itoa(i), "")
			if len(generated) > 64 {
				generated = generated[len(generated)-64:]
			}
			id = str(generated)
		}
		format := inv.Format
		if format == "" {
			format = InventoryFormat_CSV
		}
		frequency := inv.Frequency
		if frequency == "" {
			frequency = InventoryFrequency_WEEKLY
		}
		versions := inv.IncludeObjectVersions
		if versions == "" {
			versions = InventoryObjectVersion_ALL
		}
		enabled := true
		if inv.Enabled != nil {
			enabled = *inv.Enabled
		}
		out[i] = &CfnBucket_InventoryConfigurationProperty{
			Id: id,
			Destination: &CfnBucket_DestinationProperty{
				BucketArn:       inv.Destination.Bucket.BucketArn(),
				BucketAccountId: inv.Destination.BucketOwner,
				Prefix:          inv.Destination.Prefix,
				Format:          str(value(inventoryFormatValues, format)),
			},
			Enabled:                boolp(enabled),
			IncludedObjectVersions: str(value(inventoryObjectVersionValues, versions)),
			ScheduleFrequency:      str(value(inventoryFrequencyValues, frequency)),
			OptionalFields:         inv.OptionalFields,
			Prefix:                 inv.ObjectsPrefix,
		}
	}
	b.res.SetInventoryConfigurations(&out)
}

func (b *bucket) parseServerAccessLogs(props *BucketProps) interface{} {
	logs := props.ServerAccessLogsBucket
	hasBucket := logs != nil && !isNil(logs)
	if !hasBucket && props.ServerAccessLogsPrefix == nil {
		return nil
	}
	if !hasBucket && (props.Encryption == BucketEncryption_KMS_MANAGED || props.Encryption == BucketEncryption_DSSE_MANAGED) {
		addError(b, "Default bucket encryption with KMS managed or DSSE managed key is not supported for Server Access Logging target buckets")
		return nil
	}
	cfg := &CfnBucket_LoggingConfigurationProperty{LogFilePrefix: props.ServerAccessLogsPrefix}
	if hasBucket {
		if key := logs.EncryptionKey(); key != nil && !isNil(key) {
			key.GrantEncryptDecrypt(awsiam.NewServicePrincipal(str("logging.s3.amazonaws.com"), nil))
		}
		cfg.DestinationBucketName = logs.BucketName()
	}
	if props.TargetObjectKeyFormat != nil && !isNil(props.TargetObjectKeyFormat) {
		cfg.TargetObjectKeyFormat = props.TargetObjectKeyFormat.render()
	}
	return cfg
}

// allowLogDelivery lets S3 server access logging write into this bucket,
// from bucket `from`.
func (b *bucket) allowLogDelivery(from IBucket, prefix *string) {
	if featureEnabled(b, "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy") {
		var conditions *map[string]interface{}
		if fb, ok := from.(*bucket); ok && awscdk.Stack_Of(b) == awscdk.Stack_Of(fb) {
			conditions = &map[string]interface{}{
				"ArnLike":      map[string]interface{}{"aws:SourceArn": fb.arn},
				"StringEquals": map[string]interface{}{"aws:SourceAccount": fb.Env().Account},
			}
		}
		key := "*"
		if prefix != nil && *prefix != "" {
			key = *prefix + "*"
		}
		b.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Effect:     awsiam.Effect_ALLOW,
			Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(str("logging.s3.amazonaws.com"), nil)},
			Actions:    strs("s3:PutObject"),
			Resources:  &[]*string{b.ArnForObjects(str(key))},
			Conditions: conditions,
		}))
		return
	}
	if b.accessControl != "" && b.accessControl != BucketAccessControl_LOG_DELIVERY_WRITE {
		addError(b, "Cannot enable log delivery to this bucket because the bucket's ACL has been set and can't be changed")
		return
	}
	b.accessControl = BucketAccessControl_LOG_DELIVERY_WRITE
	b.res.SetAccessControl(str(value(accessControlValues, b.accessControl)))
	if oc := b.parseOwnershipControls(b.accessControl); oc != nil {
		b.res.SetOwnershipControls(oc)
	}
}

func (b *bucket) parseOwnershipControls(accessControl BucketAccessControl) interface{} {
	requiresOwnership := accessControl != "" && accessControl != BucketAccessControl_PRIVATE &&
		accessControl != BucketAccessControl_BUCKET_OWNER_READ && accessControl != BucketAccessControl_BUCKET_OWNER_FULL_CONTROL
	if b.objectOwnership == "" && !requiresOwnership {
		return nil
	}
	if requiresOwnership && b.objectOwnership == ObjectOwnership_BUCKET_OWNER_ENFORCED {
		addError(b, "objectOwnership must be set to \"ObjectWriter\" when accessControl is \"%s\"", value(accessControlValues, accessControl))
		return nil
	}
	ownership := b.objectOwnership
	if ownership == "" {
		ownership = ObjectOwnership_OBJECT_WRITER
	}
	return &CfnBucket_OwnershipControlsProperty{Rules: &[]interface{}{
		&CfnBucket_OwnershipControlsRuleProperty{ObjectOwnership: str(value(objectOwnershipValues, ownership))},
	}}
}

func (b *bucket) parseTieringConfig(props *BucketProps) interface{} {
	if props.IntelligentTieringConfigurations == nil {
		return nil
	}
	out := []interface{}{}
	for _, c := range *props.IntelligentTieringConfigurations {
		tierings := []interface{}{}
		if c.ArchiveAccessTierTime != nil {
			tierings = append(tierings, &CfnBucket_TieringProperty{AccessTier: str("ARCHIVE_ACCESS"), Days: c.ArchiveAccessTierTime.ToDays(&awscdk.TimeConversionOptions{Integral: boolp(true)})})
		}
		if c.DeepArchiveAccessTierTime != nil {
			tierings = append(tierings, &CfnBucket_TieringProperty{AccessTier: str("DEEP_ARCHIVE_ACCESS"), Days: c.DeepArchiveAccessTierTime.ToDays(&awscdk.TimeConversionOptions{Integral: boolp(true)})})
		}
		var tags interface{}
		if c.Tags != nil {
			ts := make([]interface{}, len(*c.Tags))
			for i, t := range *c.Tags {
				ts[i] = &CfnBucket_TagFilterProperty{Key: t.Key, Value: t.Value}
			}
			tags = &ts
		}
		out = append(out, &CfnBucket_IntelligentTieringConfigurationProperty{
			Id: c.Name, Prefix: c.Prefix, Status: str("Enabled"), TagFilters: tags, Tierings: &tierings,
		})
	}
	return &out
}

func (b *bucket) parseObjectLockConfig(props *BucketProps) interface{} {
	r := props.ObjectLockDefaultRetention
	if r == nil || isNil(r) {
		return nil
	}
	if props.ObjectLockEnabled != nil && !*props.ObjectLockEnabled {
		addError(b, "Object Lock must be enabled to configure default retention settings")
		return nil
	}
	return &CfnBucket_ObjectLockConfigurationProperty{
		ObjectLockEnabled: str("Enabled"),
		Rule: &CfnBucket_ObjectLockRuleProperty{DefaultRetention: &CfnBucket_DefaultRetentionProperty{
			Days: r.Duration().ToDays(nil), Mode: str(string(r.Mode())),
		}},
	}
}

func (b *bucket) renderWebsiteConfiguration(props *BucketProps) interface{} {
	if props.WebsiteErrorDocument == nil && props.WebsiteIndexDocument == nil && props.WebsiteRedirect == nil && props.WebsiteRoutingRules == nil {
		return nil
	}
	if props.WebsiteErrorDocument != nil && props.WebsiteIndexDocument == nil {
		addError(b, "\"websiteIndexDocument\" is required if \"websiteErrorDocument\" is set")
		return nil
	}
	if props.WebsiteRedirect != nil && (props.WebsiteErrorDocument != nil || props.WebsiteIndexDocument != nil || props.WebsiteRoutingRules != nil) {
		addError(b, "\"websiteIndexDocument\", \"websiteErrorDocument\" and, \"websiteRoutingRules\" cannot be set if \"websiteRedirect\" is used")
		return nil
	}
	cfg := &CfnBucket_WebsiteConfigurationProperty{
		IndexDocument: props.WebsiteIndexDocument,
		ErrorDocument: props.WebsiteErrorDocument,
	}
	if r := props.WebsiteRedirect; r != nil {
		redirect := &CfnBucket_RedirectAllRequestsToProperty{HostName: r.HostName}
		if r.Protocol != "" {
			redirect.Protocol = str(value(redirectProtocolValues, r.Protocol))
		}
		cfg.RedirectAllRequestsTo = redirect
	}
	if props.WebsiteRoutingRules != nil {
		rules := make([]interface{}, 0, len(*props.WebsiteRoutingRules))
		for _, rule := range *props.WebsiteRoutingRules {
			if rule.Condition != nil && rule.Condition.HttpErrorCodeReturnedEquals == nil && rule.Condition.KeyPrefixEquals == nil {
				addError(b, "The condition property cannot be an empty object")
				return nil
			}
			redirect := &CfnBucket_RedirectRuleProperty{HostName: rule.HostName, HttpRedirectCode: rule.HttpRedirectCode}
			if rule.Protocol != "" {
				redirect.Protocol = str(value(redirectProtocolValues, rule.Protocol))
			}
			if rule.ReplaceKey != nil && !isNil(rule.ReplaceKey) {
				redirect.ReplaceKeyWith = rule.ReplaceKey.WithKey()
				redirect.ReplaceKeyPrefixWith = rule.ReplaceKey.PrefixWithKey()
			}
			rr := &CfnBucket_RoutingRuleProperty{RedirectRule: redirect}
			if c := rule.Condition; c != nil {
				rr.RoutingRuleCondition = &CfnBucket_RoutingRuleConditionProperty{
					HttpErrorCodeReturnedEquals: c.HttpErrorCodeReturnedEquals,
					KeyPrefixEquals:             c.KeyPrefixEquals,
				}
			}
			rules = append(rules, rr)
		}
		cfg.RoutingRules = &rules
	}
	return cfg
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var buf [20]byte
	n := len(buf)
	neg := i < 0
	if neg {
		i = -i
	}
	for i > 0 {
		n--
		buf[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		buf[n] = '-'
	}
	return string(buf[n:])
}
