package awscdk

import (
	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/constructs"
)

// cfnL1Base is what the L1s generated into this package (CfnStack, ...)
// embed, as the service packages' L1s embed l1base.CfnBase, which this
// package cannot import: the CfnResource methods declared out of line on the
// pointer, so that an L1 gets no value-receiver wrapper for them and its
// pointer wrappers are tail calls (less to compile; see l1base's doc).
type cfnL1Base struct {
	CfnResource
}

//go:noinline
func (b *cfnL1Base) AddDeletionOverride(a0 *string) { b.CfnResource.AddDeletionOverride(a0) }

//go:noinline
func (b *cfnL1Base) AddDependency(a0 CfnResource) { b.CfnResource.AddDependency(a0) }

//go:noinline
func (b *cfnL1Base) AddDependsOn(a0 CfnResource) { b.CfnResource.AddDependsOn(a0) }

//go:noinline
func (b *cfnL1Base) AddMetadata(a0 *string, a1 interface{}) { b.CfnResource.AddMetadata(a0, a1) }

//go:noinline
func (b *cfnL1Base) AddOverride(a0 *string, a1 interface{}) { b.CfnResource.AddOverride(a0, a1) }

//go:noinline
func (b *cfnL1Base) AddPropertyDeletionOverride(a0 *string) {
	b.CfnResource.AddPropertyDeletionOverride(a0)
}

//go:noinline
func (b *cfnL1Base) AddPropertyOverride(a0 *string, a1 interface{}) {
	b.CfnResource.AddPropertyOverride(a0, a1)
}

//go:noinline
func (b *cfnL1Base) AddResourceDependency(a0 CfnResource, a1 *string) {
	b.CfnResource.AddResourceDependency(a0, a1)
}

//go:noinline
func (b *cfnL1Base) ApplyCrossStackReferenceStrength(a0 ReferenceStrength) {
	b.CfnResource.ApplyCrossStackReferenceStrength(a0)
}

//go:noinline
func (b *cfnL1Base) ApplyRemovalPolicy(a0 RemovalPolicy, a1 *RemovalPolicyOptions) {
	b.CfnResource.ApplyRemovalPolicy(a0, a1)
}

//go:noinline
func (b *cfnL1Base) CfnOptions() ICfnResourceOptions { return b.CfnResource.CfnOptions() }

//go:noinline
func (b *cfnL1Base) CfnProperties() *map[string]interface{} { return b.CfnResource.CfnProperties() }

//go:noinline
func (b *cfnL1Base) CfnPropertyName(a0 *string) *string { return b.CfnResource.CfnPropertyName(a0) }

//go:noinline
func (b *cfnL1Base) CfnPropertyNames() *map[string]*string { return b.CfnResource.CfnPropertyNames() }

//go:noinline
func (b *cfnL1Base) CfnResourceType() *string { return b.CfnResource.CfnResourceType() }

//go:noinline
func (b *cfnL1Base) CreationStack() *[]*string { return b.CfnResource.CreationStack() }

//go:noinline
func (b *cfnL1Base) Env() *interfaces.ResourceEnvironment { return b.CfnResource.Env() }

//go:noinline
func (b *cfnL1Base) GetAtt(a0 *string, a1 ResolutionTypeHint) Reference {
	return b.CfnResource.GetAtt(a0, a1)
}

//go:noinline
func (b *cfnL1Base) GetMetadata(a0 *string) interface{} { return b.CfnResource.GetMetadata(a0) }

//go:noinline
func (b *cfnL1Base) LogicalId() *string { return b.CfnResource.LogicalId() }

//go:noinline
func (b *cfnL1Base) Node() constructs.Node { return b.CfnResource.Node() }

//go:noinline
func (b *cfnL1Base) ObtainDependencies() *[]interface{} { return b.CfnResource.ObtainDependencies() }

//go:noinline
func (b *cfnL1Base) ObtainResourceDependencies() *[]CfnResource {
	return b.CfnResource.ObtainResourceDependencies()
}

//go:noinline
func (b *cfnL1Base) OverrideLogicalId(a0 *string) { b.CfnResource.OverrideLogicalId(a0) }

//go:noinline
func (b *cfnL1Base) Ref() *string { return b.CfnResource.Ref() }

//go:noinline
func (b *cfnL1Base) RemoveDependency(a0 CfnResource) { b.CfnResource.RemoveDependency(a0) }

//go:noinline
func (b *cfnL1Base) RemoveResourceDependency(a0 CfnResource) {
	b.CfnResource.RemoveResourceDependency(a0)
}

//go:noinline
func (b *cfnL1Base) RenderProperties(a0 *map[string]interface{}) *map[string]interface{} {
	return b.CfnResource.RenderProperties(a0)
}

//go:noinline
func (b *cfnL1Base) ReplaceDependency(a0 CfnResource, a1 CfnResource) {
	b.CfnResource.ReplaceDependency(a0, a1)
}

//go:noinline
func (b *cfnL1Base) ShouldSynthesize() *bool { return b.CfnResource.ShouldSynthesize() }

//go:noinline
func (b *cfnL1Base) Stack() Stack { return b.CfnResource.Stack() }

//go:noinline
func (b *cfnL1Base) ToString() *string { return b.CfnResource.ToString() }

//go:noinline
func (b *cfnL1Base) UpdatedProperites() *map[string]interface{} {
	return b.CfnResource.UpdatedProperites()
}

//go:noinline
func (b *cfnL1Base) UpdatedProperties() *map[string]interface{} {
	return b.CfnResource.UpdatedProperties()
}

//go:noinline
func (b *cfnL1Base) ValidateProperties(a0 interface{}) { b.CfnResource.ValidateProperties(a0) }

//go:noinline
func (b *cfnL1Base) With(a0 ...constructs.IMixin) constructs.IConstruct {
	return b.CfnResource.With(a0...)
}
