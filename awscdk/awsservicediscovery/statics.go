package awsservicediscovery

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the L2 in the user's struct.

// NewAliasTargetInstance_Override initialises outer, a type embedding AliasTargetInstance.
func NewAliasTargetInstance_Override(outer AliasTargetInstance, scope constructs.Construct, id *string, props *AliasTargetInstanceProps) {
	l2.Override(outer, NewAliasTargetInstance(scope, id, props))
}

// NewCnameInstance_Override initialises outer, a type embedding CnameInstance.
func NewCnameInstance_Override(outer CnameInstance, scope constructs.Construct, id *string, props *CnameInstanceProps) {
	l2.Override(outer, NewCnameInstance(scope, id, props))
}

// NewHttpNamespace_Override initialises outer, a type embedding HttpNamespace.
func NewHttpNamespace_Override(outer HttpNamespace, scope constructs.Construct, id *string, props *HttpNamespaceProps) {
	l2.Override(outer, NewHttpNamespace(scope, id, props))
}

// NewIpInstance_Override initialises outer, a type embedding IpInstance.
func NewIpInstance_Override(outer IpInstance, scope constructs.Construct, id *string, props *IpInstanceProps) {
	l2.Override(outer, NewIpInstance(scope, id, props))
}

// NewNonIpInstance_Override initialises outer, a type embedding NonIpInstance.
func NewNonIpInstance_Override(outer NonIpInstance, scope constructs.Construct, id *string, props *NonIpInstanceProps) {
	l2.Override(outer, NewNonIpInstance(scope, id, props))
}

// NewPrivateDnsNamespace_Override initialises outer, a type embedding PrivateDnsNamespace.
func NewPrivateDnsNamespace_Override(outer PrivateDnsNamespace, scope constructs.Construct, id *string, props *PrivateDnsNamespaceProps) {
	l2.Override(outer, NewPrivateDnsNamespace(scope, id, props))
}

// NewPublicDnsNamespace_Override initialises outer, a type embedding PublicDnsNamespace.
func NewPublicDnsNamespace_Override(outer PublicDnsNamespace, scope constructs.Construct, id *string, props *PublicDnsNamespaceProps) {
	l2.Override(outer, NewPublicDnsNamespace(scope, id, props))
}

// NewService_Override initialises outer, a type embedding Service.
func NewService_Override(outer Service, scope constructs.Construct, id *string, props *ServiceProps) {
	l2.Override(outer, NewService(scope, id, props))
}

// NewInstanceBase_Override initialises outer, a user's own instance type:
// a plain Resource with InstanceBase's id and reference helpers. Service
// and InstanceId stay unset, as aws-cdk-lib leaves them to the subclass.
func NewInstanceBase_Override(outer InstanceBase, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	b := &instanceBase{Resource: awscdk.NewResource(scope, id, props)}
	l2.Override[InstanceBase](outer, b)
}

// AliasTargetInstance_IsConstruct reports whether x is a construct.
func AliasTargetInstance_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// AliasTargetInstance_IsOwnedResource reports whether construct is a Resource this app created.
func AliasTargetInstance_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// AliasTargetInstance_IsResource reports whether construct is a Resource.
func AliasTargetInstance_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// CnameInstance_IsConstruct reports whether x is a construct.
func CnameInstance_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// CnameInstance_IsOwnedResource reports whether construct is a Resource this app created.
func CnameInstance_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// CnameInstance_IsResource reports whether construct is a Resource.
func CnameInstance_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// HttpNamespace_IsConstruct reports whether x is a construct.
func HttpNamespace_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// HttpNamespace_IsOwnedResource reports whether construct is a Resource this app created.
func HttpNamespace_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// HttpNamespace_IsResource reports whether construct is a Resource.
func HttpNamespace_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// InstanceBase_IsConstruct reports whether x is a construct.
func InstanceBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// InstanceBase_IsOwnedResource reports whether construct is a Resource this app created.
func InstanceBase_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// InstanceBase_IsResource reports whether construct is a Resource.
func InstanceBase_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// IpInstance_IsConstruct reports whether x is a construct.
func IpInstance_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// IpInstance_IsOwnedResource reports whether construct is a Resource this app created.
func IpInstance_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// IpInstance_IsResource reports whether construct is a Resource.
func IpInstance_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NonIpInstance_IsConstruct reports whether x is a construct.
func NonIpInstance_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// NonIpInstance_IsOwnedResource reports whether construct is a Resource this app created.
func NonIpInstance_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NonIpInstance_IsResource reports whether construct is a Resource.
func NonIpInstance_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// PrivateDnsNamespace_IsConstruct reports whether x is a construct.
func PrivateDnsNamespace_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// PrivateDnsNamespace_IsOwnedResource reports whether construct is a Resource this app created.
func PrivateDnsNamespace_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// PrivateDnsNamespace_IsResource reports whether construct is a Resource.
func PrivateDnsNamespace_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// PublicDnsNamespace_IsConstruct reports whether x is a construct.
func PublicDnsNamespace_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// PublicDnsNamespace_IsOwnedResource reports whether construct is a Resource this app created.
func PublicDnsNamespace_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// PublicDnsNamespace_IsResource reports whether construct is a Resource.
func PublicDnsNamespace_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Service_IsConstruct reports whether x is a construct.
func Service_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Service_IsOwnedResource reports whether construct is a Resource this app created.
func Service_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Service_IsResource reports whether construct is a Resource.
func Service_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}
