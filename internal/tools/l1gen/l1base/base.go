// Package l1base holds CfnBase, the part every generated L1 of a service
// package embeds to be an awscdk.CfnResource.
//
// It exists for compile time. An L1 struct that embeds the awscdk.CfnResource
// interface directly gets every one of its ~35 methods promoted to both the
// struct and its pointer, and the compiler writes a wrapper function for
// each: some 80 functions per resource type, 12,000 in awsec2. CfnBase
// declares the methods on *CfnBase, so they are promoted to the L1's pointer
// only and the value wrappers are never written. Only CfnResource's two
// unexported methods still come through the embedded interface. The methods
// are kept out of line (go:noinline) so that each remaining wrapper compiles
// to a single tail call instead of a copy of the forwarding body: awsglue,
// all L1s, compiles in about 30% less CPU time.
//
// The L1s generated into package awscdk itself cannot import this package
// and embed the interface as before.
package l1base

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
)

// CfnBase forwards the methods of awscdk.CfnResource to the resource it
// holds. Set CfnResource before use.
type CfnBase struct {
	awscdk.CfnResource
}

//go:noinline
func (b *CfnBase) AddDeletionOverride(a0 *string) { b.CfnResource.AddDeletionOverride(a0) }

//go:noinline
func (b *CfnBase) AddDependency(a0 awscdk.CfnResource) { b.CfnResource.AddDependency(a0) }

//go:noinline
func (b *CfnBase) AddDependsOn(a0 awscdk.CfnResource) { b.CfnResource.AddDependsOn(a0) }

//go:noinline
func (b *CfnBase) AddMetadata(a0 *string, a1 interface{}) { b.CfnResource.AddMetadata(a0, a1) }

//go:noinline
func (b *CfnBase) AddOverride(a0 *string, a1 interface{}) { b.CfnResource.AddOverride(a0, a1) }

//go:noinline
func (b *CfnBase) AddPropertyDeletionOverride(a0 *string) {
	b.CfnResource.AddPropertyDeletionOverride(a0)
}

//go:noinline
func (b *CfnBase) AddPropertyOverride(a0 *string, a1 interface{}) {
	b.CfnResource.AddPropertyOverride(a0, a1)
}

//go:noinline
func (b *CfnBase) AddResourceDependency(a0 awscdk.CfnResource, a1 *string) {
	b.CfnResource.AddResourceDependency(a0, a1)
}

//go:noinline
func (b *CfnBase) ApplyCrossStackReferenceStrength(a0 awscdk.ReferenceStrength) {
	b.CfnResource.ApplyCrossStackReferenceStrength(a0)
}

//go:noinline
func (b *CfnBase) ApplyRemovalPolicy(a0 awscdk.RemovalPolicy, a1 *awscdk.RemovalPolicyOptions) {
	b.CfnResource.ApplyRemovalPolicy(a0, a1)
}

//go:noinline
func (b *CfnBase) CfnOptions() awscdk.ICfnResourceOptions { return b.CfnResource.CfnOptions() }

//go:noinline
func (b *CfnBase) CfnProperties() *map[string]interface{} { return b.CfnResource.CfnProperties() }

//go:noinline
func (b *CfnBase) CfnPropertyName(a0 *string) *string { return b.CfnResource.CfnPropertyName(a0) }

//go:noinline
func (b *CfnBase) CfnPropertyNames() *map[string]*string { return b.CfnResource.CfnPropertyNames() }

//go:noinline
func (b *CfnBase) CfnResourceType() *string { return b.CfnResource.CfnResourceType() }

//go:noinline
func (b *CfnBase) CreationStack() *[]*string { return b.CfnResource.CreationStack() }

//go:noinline
func (b *CfnBase) Env() *interfaces.ResourceEnvironment { return b.CfnResource.Env() }

//go:noinline
func (b *CfnBase) GetAtt(a0 *string, a1 awscdk.ResolutionTypeHint) awscdk.Reference {
	return b.CfnResource.GetAtt(a0, a1)
}

//go:noinline
func (b *CfnBase) GetMetadata(a0 *string) interface{} { return b.CfnResource.GetMetadata(a0) }

//go:noinline
func (b *CfnBase) LogicalId() *string { return b.CfnResource.LogicalId() }

//go:noinline
func (b *CfnBase) Node() constructs.Node { return b.CfnResource.Node() }

//go:noinline
func (b *CfnBase) ObtainDependencies() *[]interface{} { return b.CfnResource.ObtainDependencies() }

//go:noinline
func (b *CfnBase) ObtainResourceDependencies() *[]awscdk.CfnResource {
	return b.CfnResource.ObtainResourceDependencies()
}

//go:noinline
func (b *CfnBase) OverrideLogicalId(a0 *string) { b.CfnResource.OverrideLogicalId(a0) }

//go:noinline
func (b *CfnBase) Ref() *string { return b.CfnResource.Ref() }

//go:noinline
func (b *CfnBase) RemoveDependency(a0 awscdk.CfnResource) { b.CfnResource.RemoveDependency(a0) }

//go:noinline
func (b *CfnBase) RemoveResourceDependency(a0 awscdk.CfnResource) {
	b.CfnResource.RemoveResourceDependency(a0)
}

//go:noinline
func (b *CfnBase) RenderProperties(a0 *map[string]interface{}) *map[string]interface{} {
	return b.CfnResource.RenderProperties(a0)
}

//go:noinline
func (b *CfnBase) ReplaceDependency(a0 awscdk.CfnResource, a1 awscdk.CfnResource) {
	b.CfnResource.ReplaceDependency(a0, a1)
}

//go:noinline
func (b *CfnBase) ShouldSynthesize() *bool { return b.CfnResource.ShouldSynthesize() }

//go:noinline
func (b *CfnBase) Stack() awscdk.Stack { return b.CfnResource.Stack() }

//go:noinline
func (b *CfnBase) ToString() *string { return b.CfnResource.ToString() }

//go:noinline
func (b *CfnBase) UpdatedProperites() *map[string]interface{} {
	return b.CfnResource.UpdatedProperites()
}

//go:noinline
func (b *CfnBase) UpdatedProperties() *map[string]interface{} {
	return b.CfnResource.UpdatedProperties()
}

//go:noinline
func (b *CfnBase) ValidateProperties(a0 interface{}) { b.CfnResource.ValidateProperties(a0) }

//go:noinline
func (b *CfnBase) With(a0 ...constructs.IMixin) constructs.IConstruct {
	return b.CfnResource.With(a0...)
}

// ResourceBase is what an imported L1 reference (CfnBucket_FromBucketName,
// ...) embeds to be an awscdk.Resource: the same forwarding as CfnBase, with
// the resource in a named field so that no method is promoted to the value.
type ResourceBase struct {
	r awscdk.Resource
}

// InitResource makes r, a new awscdk.Resource, the resource b forwards to,
// and outer, the struct embedding b, what the construct tree hands out for
// it.
func (b *ResourceBase) InitResource(outer constructs.IConstruct, r awscdk.Resource) {
	b.r = r
	host.Set(r, outer)
}

//go:noinline
func (b *ResourceBase) ApplyCrossStackReferenceStrength(a0 awscdk.ReferenceStrength) {
	b.r.ApplyCrossStackReferenceStrength(a0)
}

//go:noinline
func (b *ResourceBase) ApplyRemovalPolicy(a0 awscdk.RemovalPolicy) { b.r.ApplyRemovalPolicy(a0) }

//go:noinline
func (b *ResourceBase) Env() *interfaces.ResourceEnvironment { return b.r.Env() }

//go:noinline
func (b *ResourceBase) GeneratePhysicalName() *string { return b.r.GeneratePhysicalName() }

//go:noinline
func (b *ResourceBase) GetResourceArnAttribute(a0 *string, a1 *awscdk.ArnComponents) *string {
	return b.r.GetResourceArnAttribute(a0, a1)
}

//go:noinline
func (b *ResourceBase) GetResourceNameAttribute(a0 *string) *string {
	return b.r.GetResourceNameAttribute(a0)
}

//go:noinline
func (b *ResourceBase) Node() constructs.Node { return b.r.Node() }

//go:noinline
func (b *ResourceBase) PhysicalName() *string { return b.r.PhysicalName() }

//go:noinline
func (b *ResourceBase) Stack() awscdk.Stack { return b.r.Stack() }

//go:noinline
func (b *ResourceBase) ToString() *string { return b.r.ToString() }

//go:noinline
func (b *ResourceBase) With(a0 ...constructs.IMixin) constructs.IConstruct { return b.r.With(a0...) }
