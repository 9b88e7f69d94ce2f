package awss3

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// NewBucketBase_Override initialises b, a program's own bucket type that
// embeds BucketBase (aws-cdk-lib's `class X extends BucketBase`). The type
// defines the abstract members itself: BucketArn, BucketName, the domain
// names and website URL, EncryptionKey, IsWebsite, AutoCreatePolicy,
// DisallowPublicAccess, Policy/SetPolicy and ReplicationRoleArn.
// BucketBase's methods (grants, AddToResourcePolicy, notifications, URLs,
// CloudTrail rules) read them from b. A member b leaves out reads as
// aws-cdk-lib's undefined (nil, false), and one it can set but does not
// define (Policy, ReplicationRoleArn, ...) keeps what was set, as a plain
// JavaScript property would.
func NewBucketBase_Override(b BucketBase, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	base := &bucketBase{}
	base.Resource = awscdk.NewResource(scope, id, props)
	l2.OverrideAbstract(b, BucketBase(base))
	base.self = b
	base.init()
}

// autoCreate is AutoCreatePolicy as the outer object (a program's subclass,
// or one of this package's buckets) answers it.
func (b *bucketBase) autoCreate() bool {
	if o, ok := b.self.(interface{ AutoCreatePolicy() *bool }); ok {
		return isTrue(o.AutoCreatePolicy())
	}
	return b.autoCreatePolicy
}
