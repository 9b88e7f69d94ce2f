package awsiam

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics aws-cdk-go gives each construct class, and the
// New*_Override constructors with which a Go program "subclasses" an L2:
// the user's struct embeds the interface and is what the construct tree
// (and, for principals, the principal's own methods) hand out.

// Group_IsConstruct reports whether x is a construct.
func Group_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Group_IsResource reports whether construct is a Resource.
func Group_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Group_IsOwnedResource reports whether construct is a Resource this app created.
func Group_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Group_PROPERTY_INJECTION_ID is the id property injectors use for Group.
func Group_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-iam.Group") }

// NewGroup_Override initialises a type embedding Group.
func NewGroup_Override(outer Group, scope constructs.Construct, id *string, props *GroupProps) {
	l2.Override(outer, NewGroup(scope, id, props))
}

// ManagedPolicy_IsConstruct reports whether x is a construct.
func ManagedPolicy_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ManagedPolicy_IsResource reports whether construct is a Resource.
func ManagedPolicy_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// ManagedPolicy_IsOwnedResource reports whether construct is a Resource this app created.
func ManagedPolicy_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ManagedPolicy_PROPERTY_INJECTION_ID is the id property injectors use for ManagedPolicy.
func ManagedPolicy_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-iam.ManagedPolicy") }

// NewManagedPolicy_Override initialises a type embedding ManagedPolicy.
func NewManagedPolicy_Override(outer ManagedPolicy, scope constructs.Construct, id *string, props *ManagedPolicyProps) {
	l2.Override(outer, NewManagedPolicy(scope, id, props))
}

// Policy_IsConstruct reports whether x is a construct.
func Policy_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Policy_IsResource reports whether construct is a Resource.
func Policy_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Policy_IsOwnedResource reports whether construct is a Resource this app created.
func Policy_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Policy_PROPERTY_INJECTION_ID is the id property injectors use for Policy.
func Policy_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-iam.Policy") }

// NewPolicy_Override initialises a type embedding Policy.
func NewPolicy_Override(outer Policy, scope constructs.Construct, id *string, props *PolicyProps) {
	l2.Override(outer, NewPolicy(scope, id, props))
}

// Role_IsConstruct reports whether x is a construct.
func Role_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Role_IsResource reports whether construct is a Resource.
func Role_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Role_IsOwnedResource reports whether construct is a Resource this app created.
func Role_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Role_PROPERTY_INJECTION_ID is the id property injectors use for Role.
func Role_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-iam.Role") }

// NewRole_Override initialises a type embedding Role.
func NewRole_Override(outer Role, scope constructs.Construct, id *string, props *RoleProps) {
	l2.Override(outer, NewRole(scope, id, props))
}

// User_IsConstruct reports whether x is a construct.
func User_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// User_IsResource reports whether construct is a Resource.
func User_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// User_IsOwnedResource reports whether construct is a Resource this app created.
func User_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// User_PROPERTY_INJECTION_ID is the id property injectors use for User.
func User_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-iam.User") }

// NewUser_Override initialises a type embedding User.
func NewUser_Override(outer User, scope constructs.Construct, id *string, props *UserProps) {
	l2.Override(outer, NewUser(scope, id, props))
}

// PolicyStatement_PROPERTY_INJECTION_ID is the id property injectors use for PolicyStatement.
func PolicyStatement_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-iam.PolicyStatement")
}

// NewPolicyStatement_Override initialises a type embedding PolicyStatement.
func NewPolicyStatement_Override(outer PolicyStatement, props *PolicyStatementProps) {
	l2.Override(outer, NewPolicyStatement(props))
}

// NewPolicyDocument_Override initialises a type embedding PolicyDocument.
func NewPolicyDocument_Override(outer PolicyDocument, props *PolicyDocumentProps) {
	l2.Override(outer, NewPolicyDocument(props))
}

// NewCompositeDependable_Override initialises a type embedding CompositeDependable.
func NewCompositeDependable_Override(outer CompositeDependable, dependables ...constructs.IDependable) {
	l2.Override(outer, NewCompositeDependable(dependables...))
}

// NewPrincipalPolicyFragment_Override initialises a type embedding PrincipalPolicyFragment.
func NewPrincipalPolicyFragment_Override(outer PrincipalPolicyFragment, principalJson *map[string]*[]*string, conditions *map[string]interface{}) {
	l2.Override(outer, NewPrincipalPolicyFragment(principalJson, conditions))
}

// NewUnknownPrincipal_Override initialises a type embedding UnknownPrincipal.
func NewUnknownPrincipal_Override(outer UnknownPrincipal, props *UnknownPrincipalProps) {
	l2.Override(outer, NewUnknownPrincipal(props))
}

// overridePrincipal stores inner in outer's embedded field and makes outer
// the principal inner's own methods refer to (aws-cdk-lib's `this`).
func overridePrincipal[T PrincipalBase](outer T, inner T) {
	l2.Override(outer, inner)
	if b, ok := any(inner).(interface{ init(PrincipalBase) }); ok {
		b.init(outer)
	}
}

// abstractPrincipal is the PrincipalBase a user's principal type embeds:
// the type must define PolicyFragment (and DedupeString) itself.
type abstractPrincipal struct{ principalBase }

func (a *abstractPrincipal) PolicyFragment() PrincipalPolicyFragment {
	diag.Panic("", "%T embeds PrincipalBase but does not define PolicyFragment()", a.self)
	return nil
}

func (a *abstractPrincipal) DedupeString() *string { return nil }

// NewPrincipalBase_Override initialises a user's principal type embedding
// PrincipalBase, which must define PolicyFragment.
func NewPrincipalBase_Override(outer PrincipalBase) {
	overridePrincipal[PrincipalBase](outer, &abstractPrincipal{})
}

// NewArnPrincipal_Override initialises a type embedding ArnPrincipal.
func NewArnPrincipal_Override(outer ArnPrincipal, arn *string) {
	overridePrincipal(outer, NewArnPrincipal(arn))
}

// NewAccountPrincipal_Override initialises a type embedding AccountPrincipal.
func NewAccountPrincipal_Override(outer AccountPrincipal, accountId interface{}) {
	overridePrincipal(outer, NewAccountPrincipal(accountId))
}

// NewAccountRootPrincipal_Override initialises a type embedding AccountRootPrincipal.
func NewAccountRootPrincipal_Override(outer AccountRootPrincipal) {
	overridePrincipal(outer, NewAccountRootPrincipal())
}

// NewAnyPrincipal_Override initialises a type embedding AnyPrincipal.
func NewAnyPrincipal_Override(outer AnyPrincipal) {
	overridePrincipal(outer, NewAnyPrincipal())
}

// NewStarPrincipal_Override initialises a type embedding StarPrincipal.
func NewStarPrincipal_Override(outer StarPrincipal) {
	overridePrincipal(outer, NewStarPrincipal())
}

// NewCanonicalUserPrincipal_Override initialises a type embedding CanonicalUserPrincipal.
func NewCanonicalUserPrincipal_Override(outer CanonicalUserPrincipal, canonicalUserId *string) {
	overridePrincipal(outer, NewCanonicalUserPrincipal(canonicalUserId))
}

// NewFederatedPrincipal_Override initialises a type embedding FederatedPrincipal.
func NewFederatedPrincipal_Override(outer FederatedPrincipal, federated *string, conditions *map[string]interface{}, assumeRoleAction *string) {
	overridePrincipal(outer, NewFederatedPrincipal(federated, conditions, assumeRoleAction))
}

// NewOrganizationPrincipal_Override initialises a type embedding OrganizationPrincipal.
func NewOrganizationPrincipal_Override(outer OrganizationPrincipal, organizationId *string) {
	overridePrincipal(outer, NewOrganizationPrincipal(organizationId))
}

// NewServicePrincipal_Override initialises a type embedding ServicePrincipal.
func NewServicePrincipal_Override(outer ServicePrincipal, service *string, opts *ServicePrincipalOpts) {
	overridePrincipal(outer, NewServicePrincipal(service, opts))
}

// NewWebIdentityPrincipal_Override initialises a type embedding WebIdentityPrincipal.
func NewWebIdentityPrincipal_Override(outer WebIdentityPrincipal, identityProvider *string, conditions *map[string]interface{}) {
	overridePrincipal(outer, NewWebIdentityPrincipal(identityProvider, conditions))
}

// NewPrincipalWithConditions_Override initialises a type embedding PrincipalWithConditions.
func NewPrincipalWithConditions_Override(outer PrincipalWithConditions, principal IPrincipal, conditions *map[string]interface{}) {
	overridePrincipal(outer, NewPrincipalWithConditions(principal, conditions))
}

// NewSessionTagsPrincipal_Override initialises a type embedding SessionTagsPrincipal.
func NewSessionTagsPrincipal_Override(outer SessionTagsPrincipal, principal IPrincipal) {
	overridePrincipal(outer, NewSessionTagsPrincipal(principal))
}

// NewCompositePrincipal_Override initialises a type embedding CompositePrincipal.
func NewCompositePrincipal_Override(outer CompositePrincipal, principals ...IPrincipal) {
	overridePrincipal(outer, NewCompositePrincipal(principals...))
}

// AccessKey_IsConstruct reports whether x is a construct.
func AccessKey_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// AccessKey_IsResource reports whether construct is a Resource.
func AccessKey_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// AccessKey_IsOwnedResource reports whether construct is a Resource this app created.
func AccessKey_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// AccessKey_PROPERTY_INJECTION_ID is the id property injectors use for AccessKey.
func AccessKey_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-iam.AccessKey") }

// InstanceProfile_IsConstruct reports whether x is a construct.
func InstanceProfile_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// InstanceProfile_IsResource reports whether construct is a Resource.
func InstanceProfile_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// InstanceProfile_IsOwnedResource reports whether construct is a Resource this app created.
func InstanceProfile_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// InstanceProfile_PROPERTY_INJECTION_ID is the id property injectors use for InstanceProfile.
func InstanceProfile_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-iam.InstanceProfile")
}

// OidcProviderNative_IsConstruct reports whether x is a construct.
func OidcProviderNative_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// OidcProviderNative_IsResource reports whether construct is a Resource.
func OidcProviderNative_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// OidcProviderNative_IsOwnedResource reports whether construct is a Resource this app created.
func OidcProviderNative_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// OidcProviderNative_PROPERTY_INJECTION_ID is the id property injectors use for OidcProviderNative.
func OidcProviderNative_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-iam.OidcProviderNative")
}

// SamlProvider_IsConstruct reports whether x is a construct.
func SamlProvider_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// SamlProvider_IsResource reports whether construct is a Resource.
func SamlProvider_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// SamlProvider_IsOwnedResource reports whether construct is a Resource this app created.
func SamlProvider_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// SamlProvider_PROPERTY_INJECTION_ID is the id property injectors use for SamlProvider.
func SamlProvider_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-iam.SamlProvider") }

// LazyRole_IsConstruct reports whether x is a construct.
func LazyRole_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// LazyRole_IsResource reports whether construct is a Resource.
func LazyRole_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// LazyRole_IsOwnedResource reports whether construct is a Resource this app created.
func LazyRole_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// LazyRole_PROPERTY_INJECTION_ID is the id property injectors use for LazyRole.
func LazyRole_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-iam.LazyRole") }
