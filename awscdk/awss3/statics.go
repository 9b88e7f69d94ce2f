package awss3

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the L2 in the user's struct.

// BucketBase_IsConstruct reports whether x is a construct.
func BucketBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// BucketBase_IsOwnedResource reports whether construct is a Resource this app created.
func BucketBase_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// BucketBase_IsResource reports whether construct is a Resource.
func BucketBase_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewBlockPublicAccess_Override initialises outer, a type embedding BlockPublicAccess (how Go programs
// subclass it).
func NewBlockPublicAccess_Override(outer BlockPublicAccess, a1 *BlockPublicAccessOptions) {
	l2.Override(outer, NewBlockPublicAccess(a1))
}

// NewBucketPolicy_Override initialises outer, a type embedding BucketPolicy (how Go programs
// subclass it).
func NewBucketPolicy_Override(outer BucketPolicy, a1 constructs.Construct, a2 *string, a3 *BucketPolicyProps) {
	l2.Override(outer, NewBucketPolicy(a1, a2, a3))
}

// NewBucket_Override initialises outer, a type embedding Bucket (how Go programs
// subclass it).
func NewBucket_Override(outer Bucket, a1 constructs.Construct, a2 *string, a3 *BucketProps) {
	l2.Override(outer, NewBucket(a1, a2, a3))
}

// NewStorageClass_Override initialises outer, a type embedding StorageClass (how Go programs
// subclass it).
func NewStorageClass_Override(outer StorageClass, a1 *string) {
	l2.Override(outer, NewStorageClass(a1))
}
