package awsiam

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// PermissionsBoundary sets or removes the permissions boundary of every
// IAM role and user under a scope (through an aspect that overrides the
// CfnRole's and CfnUser's PermissionsBoundary).
type PermissionsBoundary interface {
	Apply(boundaryPolicy IManagedPolicy)
	Clear()
}

type permissionsBoundary struct{ scope constructs.IConstruct }

// PermissionsBoundary_Of returns the permissions boundary of scope.
func PermissionsBoundary_Of(scope constructs.IConstruct) PermissionsBoundary {
	return &permissionsBoundary{scope: scope}
}

// boundaryAspect applies set to every CfnRole and CfnUser it visits. (A
// pointer: the core compares aspects, which a func value cannot be.)
type boundaryAspect struct{ set func(r awscdk.CfnResource) }

func (a *boundaryAspect) Visit(node constructs.IConstruct) {
	r, ok := node.(awscdk.CfnResource)
	if !ok || !*awscdk.CfnResource_IsCfnResource(node) {
		return
	}
	if t := deref(r.CfnResourceType()); t == "AWS::IAM::Role" || t == "AWS::IAM::User" {
		a.set(r)
	}
}

// add registers the aspect with the priority aws-cdk-lib uses: MUTATING
// under @aws-cdk/core:aspectPrioritiesMutating, the default otherwise.
func (b *permissionsBoundary) add(set func(r awscdk.CfnResource)) {
	var opts *awscdk.AspectOptions
	if *awscdk.FeatureFlags_Of(b.scope).IsEnabled(str("@aws-cdk/core:aspectPrioritiesMutating")) {
		opts = &awscdk.AspectOptions{Priority: awscdk.AspectPriority_MUTATING()}
	}
	awscdk.Aspects_Of(b.scope).Add(&boundaryAspect{set: set}, opts)
}

// Apply sets boundaryPolicy as the permissions boundary.
func (b *permissionsBoundary) Apply(boundaryPolicy IManagedPolicy) {
	if boundaryPolicy == nil {
		l2.Throw(b.scope, "PermissionsBoundary.Apply needs a managed policy")
	}
	b.add(func(r awscdk.CfnResource) {
		r.AddPropertyOverride(str("PermissionsBoundary"), boundaryPolicy.ManagedPolicyArn())
	})
}

// Clear removes any permissions boundary.
func (b *permissionsBoundary) Clear() {
	b.add(func(r awscdk.CfnResource) { r.AddPropertyDeletionOverride(str("PermissionsBoundary")) })
}

// GrantableResources carries the statics GrantableResources_*.
type GrantableResources interface{}

type grantableResources struct{}

// NewGrantableResources makes a GrantableResources value.
func NewGrantableResources() GrantableResources { return &grantableResources{} }

// NewGrantableResources_Override initialises a type embedding GrantableResources.
func NewGrantableResources_Override(outer GrantableResources) {
	l2.Override(outer, NewGrantableResources())
}

// GrantableResources_IsResourceWithPolicy reports whether resource has a
// resource policy grants can add to.
func GrantableResources_IsResourceWithPolicy(resource interfaces.IEnvironmentAware) *bool {
	_, ok := resource.(interface {
		AddToResourcePolicy(PolicyStatement) *AddToResourcePolicyResult
	})
	if !ok {
		// A KMS key's AddToResourcePolicy also takes allowNoOp.
		_, ok = resource.(interface {
			AddToResourcePolicy(PolicyStatement, *bool) *AddToResourcePolicyResult
		})
	}
	return &ok
}

// GrantableResources_IsEncryptedResource reports whether resource is
// encrypted with a key grants can reach.
func GrantableResources_IsEncryptedResource(resource interfaces.IEnvironmentAware) *bool {
	_, ok := resource.(IEncryptedResource)
	return &ok
}
