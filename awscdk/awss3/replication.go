package awss3

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
)

// Filter selects the objects a replication rule applies to.
type Filter struct {
	Prefix *string `field:"optional" json:"prefix" yaml:"prefix"`
	Tags   *[]*Tag `field:"optional" json:"tags" yaml:"tags"`
}

// ReplicationRule replicates objects to another bucket.
type ReplicationRule struct {
	Destination             IBucket              `field:"required" json:"destination" yaml:"destination"`
	AccessControlTransition *bool                `field:"optional" json:"accessControlTransition" yaml:"accessControlTransition"`
	DeleteMarkerReplication *bool                `field:"optional" json:"deleteMarkerReplication" yaml:"deleteMarkerReplication"`
	Filter                  *Filter              `field:"optional" json:"filter" yaml:"filter"`
	Id                      *string              `field:"optional" json:"id" yaml:"id"`
	KmsKey                  awskms.IKey          `field:"optional" json:"kmsKey" yaml:"kmsKey"`
	Metrics                 ReplicationTimeValue `field:"optional" json:"metrics" yaml:"metrics"`
	Priority                *float64             `field:"optional" json:"priority" yaml:"priority"`
	ReplicaModifications    *bool                `field:"optional" json:"replicaModifications" yaml:"replicaModifications"`
	ReplicationTimeControl  ReplicationTimeValue `field:"optional" json:"replicationTimeControl" yaml:"replicationTimeControl"`
	SseKmsEncryptedObjects  *bool                `field:"optional" json:"sseKmsEncryptedObjects" yaml:"sseKmsEncryptedObjects"`
	StorageClass            StorageClass         `field:"optional" json:"storageClass" yaml:"storageClass"`
}

// GrantReplicationPermissionProps are the props of GrantReplicationPermission.
type GrantReplicationPermissionProps struct {
	Destinations        *[]*GrantReplicationPermissionDestinationProps `field:"required" json:"destinations" yaml:"destinations"`
	SourceDecryptionKey awskms.IKey                                    `field:"optional" json:"sourceDecryptionKey" yaml:"sourceDecryptionKey"`
}

// GrantReplicationPermissionDestinationProps is one replication destination.
type GrantReplicationPermissionDestinationProps struct {
	Bucket        IBucket     `field:"required" json:"bucket" yaml:"bucket"`
	EncryptionKey awskms.IKey `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
}

func enabledStatus(b bool) *string {
	if b {
		return str("Enabled")
	}
	return str("Disabled")
}

// renderReplicationConfiguration checks the replication rules and renders
// them, creating the replication role ("ReplicationRole") when none is given.
func (b *bucket) renderReplicationConfiguration(props *BucketProps) *CfnBucket_ReplicationConfigurationProperty {
	empty := props.ReplicationRules == nil || len(*props.ReplicationRules) == 0
	hasRole := props.ReplicationRole != nil && !isNil(props.ReplicationRole)
	if empty && hasRole {
		addError(b, "cannot specify replicationRole when replicationRules is empty")
		return nil
	}
	if empty {
		return nil
	}
	rules := *props.ReplicationRules
	if !isTrue(props.Versioned) {
		addError(b, "Replication rules require versioning to be enabled on the bucket")
		return nil
	}
	if len(rules) > 1 {
		for _, r := range rules {
			if r.Priority == nil {
				addError(b, "'priority' must be specified for all replication rules when there are multiple rules")
				return nil
			}
		}
	}
	for _, r := range rules {
		if r.ReplicationTimeControl != nil && r.Metrics == nil {
			addError(b, "'replicationTimeControlMetrics' must be enabled when 'replicationTimeControl' is enabled.")
			return nil
		}
		if isTrue(r.DeleteMarkerReplication) && r.Filter != nil && r.Filter.Tags != nil {
			addError(b, "tag filter cannot be specified when 'deleteMarkerReplication' is enabled.")
			return nil
		}
	}
	var role awsiam.IRole
	if hasRole {
		role = props.ReplicationRole
	} else {
		name := str("CDKReplicationRole")
		if featureEnabled(b, "@aws-cdk/aws-s3:setUniqueReplicationRoleName") {
			name = awscdk.PhysicalName_GENERATE_IF_NEEDED()
		}
		role = awsiam.NewRole(b, str("ReplicationRole"), &awsiam.RoleProps{
			AssumedBy: awsiam.NewServicePrincipal(str("s3.amazonaws.com"), nil),
			RoleName:  name,
		})
		var dests []*GrantReplicationPermissionDestinationProps
		for _, r := range rules {
			dests = append(dests, &GrantReplicationPermissionDestinationProps{EncryptionKey: r.KmsKey, Bucket: r.Destination})
		}
		b.GrantReplicationPermission(role, &GrantReplicationPermissionProps{SourceDecryptionKey: props.EncryptionKey, Destinations: &dests})
	}
	out := make([]interface{}, 0, len(rules))
	for _, r := range rules {
		var criteria interface{}
		if r.ReplicaModifications != nil || r.SseKmsEncryptedObjects != nil {
			c := &CfnBucket_SourceSelectionCriteriaProperty{}
			if r.ReplicaModifications != nil {
				c.ReplicaModifications = &CfnBucket_ReplicaModificationsProperty{Status: enabledStatus(*r.ReplicaModifications)}
			}
			if r.SseKmsEncryptedObjects != nil {
				c.SseKmsEncryptedObjects = &CfnBucket_SseKmsEncryptedObjectsProperty{Status: enabledStatus(*r.SseKmsEncryptedObjects)}
			}
			criteria = c
		}
		prefix := str("")
		if r.Filter != nil && r.Filter.Prefix != nil {
			prefix = r.Filter.Prefix
		}
		var filter interface{} = &CfnBucket_ReplicationRuleFilterProperty{Prefix: prefix}
		if r.Filter != nil && r.Filter.Tags != nil && len(*r.Filter.Tags) > 0 {
			tags := make([]interface{}, len(*r.Filter.Tags))
			for i, t := range *r.Filter.Tags {
				tags[i] = &CfnBucket_TagFilterProperty{Key: t.Key, Value: t.Value}
			}
			filter = &CfnBucket_ReplicationRuleFilterProperty{And: &CfnBucket_ReplicationRuleAndOperatorProperty{Prefix: prefix, TagFilters: &tags}}
		}
		source := awscdk.Stack_Of(b).Account()
		destAccount := r.Destination.Env().Account
		crossAccount := deref(source) != deref(destAccount)
		if crossAccount {
			awscdk.Annotations_Of(b).AddInfo(str("For Cross-account S3 replication, ensure to set up permissions on destination bucket using method addReplicationPolicy() "))
		} else if isTrue(r.AccessControlTransition) {
			addError(b, "accessControlTranslation is only supported for cross-account replication")
			return nil
		}
		dest := &CfnBucket_ReplicationDestinationProperty{Bucket: r.Destination.BucketArn()}
		if crossAccount {
			dest.Account = destAccount
		}
		if r.StorageClass != nil && !isNil(r.StorageClass) {
			dest.StorageClass = r.StorageClass.ToString()
		}
		if isTrue(r.AccessControlTransition) {
			dest.AccessControlTranslation = &CfnBucket_AccessControlTranslationProperty{Owner: str("Destination")}
		}
		if r.KmsKey != nil && !isNil(r.KmsKey) {
			dest.EncryptionConfiguration = &CfnBucket_EncryptionConfigurationProperty{ReplicaKmsKeyId: r.KmsKey.KeyArn()}
		}
		if r.ReplicationTimeControl != nil {
			dest.ReplicationTime = &CfnBucket_ReplicationTimeProperty{Status: str("Enabled"), Time: &CfnBucket_ReplicationTimeValueProperty{Minutes: r.ReplicationTimeControl.Minutes()}}
		}
		if r.Metrics != nil {
			m := &CfnBucket_MetricsProperty{Status: str("Enabled")}
			if r.ReplicationTimeControl != nil {
				m.EventThreshold = &CfnBucket_ReplicationTimeValueProperty{Minutes: r.Metrics.Minutes()}
			}
			dest.Metrics = m
		}
		out = append(out, &CfnBucket_ReplicationRuleProperty{
			Id:                      r.Id,
			Priority:                r.Priority,
			Status:                  str("Enabled"),
			Destination:             dest,
			Filter:                  filter,
			DeleteMarkerReplication: &CfnBucket_DeleteMarkerReplicationProperty{Status: enabledStatus(isTrue(r.DeleteMarkerReplication))},
			SourceSelectionCriteria: criteria,
		})
	}
	return &CfnBucket_ReplicationConfigurationProperty{Role: role.RoleArn(), Rules: &out}
}
