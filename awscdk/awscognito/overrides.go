package awscognito

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// The New*_Override constructors initialise a program's type that embeds
// one of this package's types (aws-cdk-go's way to subclass it). As in
// aws-cdk-go, Strata does not call back methods the embedding type
// redefines.

// NewUserPool_Override initialises outer, a type embedding UserPool.
func NewUserPool_Override(outer UserPool, scope constructs.Construct, id *string, props *UserPoolProps) {
	l2.Override(outer, NewUserPool(scope, id, props))
}

// NewUserPoolClient_Override initialises outer, a type embedding UserPoolClient.
func NewUserPoolClient_Override(outer UserPoolClient, scope constructs.Construct, id *string, props *UserPoolClientProps) {
	l2.Override(outer, NewUserPoolClient(scope, id, props))
}

// NewUserPoolDomain_Override initialises outer, a type embedding UserPoolDomain.
func NewUserPoolDomain_Override(outer UserPoolDomain, scope constructs.Construct, id *string, props *UserPoolDomainProps) {
	l2.Override(outer, NewUserPoolDomain(scope, id, props))
}

// NewUserPoolGroup_Override initialises outer, a type embedding UserPoolGroup.
func NewUserPoolGroup_Override(outer UserPoolGroup, scope constructs.Construct, id *string, props *UserPoolGroupProps) {
	l2.Override(outer, NewUserPoolGroup(scope, id, props))
}

// NewUserPoolResourceServer_Override initialises outer, a type embedding UserPoolResourceServer.
func NewUserPoolResourceServer_Override(outer UserPoolResourceServer, scope constructs.Construct, id *string, props *UserPoolResourceServerProps) {
	l2.Override(outer, NewUserPoolResourceServer(scope, id, props))
}

// NewUserPoolIdentityProviderOidc_Override initialises outer, a type embedding UserPoolIdentityProviderOidc.
func NewUserPoolIdentityProviderOidc_Override(outer UserPoolIdentityProviderOidc, scope constructs.Construct, id *string, props *UserPoolIdentityProviderOidcProps) {
	l2.Override(outer, NewUserPoolIdentityProviderOidc(scope, id, props))
}

// NewUserPoolIdentityProviderSaml_Override initialises outer, a type embedding UserPoolIdentityProviderSaml.
func NewUserPoolIdentityProviderSaml_Override(outer UserPoolIdentityProviderSaml, scope constructs.Construct, id *string, props *UserPoolIdentityProviderSamlProps) {
	l2.Override(outer, NewUserPoolIdentityProviderSaml(scope, id, props))
}

// NewUserPoolIdentityProviderGoogle_Override initialises outer, a type embedding UserPoolIdentityProviderGoogle.
func NewUserPoolIdentityProviderGoogle_Override(outer UserPoolIdentityProviderGoogle, scope constructs.Construct, id *string, props *UserPoolIdentityProviderGoogleProps) {
	l2.Override(outer, NewUserPoolIdentityProviderGoogle(scope, id, props))
}

// NewUserPoolIdentityProviderFacebook_Override initialises outer, a type embedding UserPoolIdentityProviderFacebook.
func NewUserPoolIdentityProviderFacebook_Override(outer UserPoolIdentityProviderFacebook, scope constructs.Construct, id *string, props *UserPoolIdentityProviderFacebookProps) {
	l2.Override(outer, NewUserPoolIdentityProviderFacebook(scope, id, props))
}

// NewUserPoolIdentityProviderAmazon_Override initialises outer, a type embedding UserPoolIdentityProviderAmazon.
func NewUserPoolIdentityProviderAmazon_Override(outer UserPoolIdentityProviderAmazon, scope constructs.Construct, id *string, props *UserPoolIdentityProviderAmazonProps) {
	l2.Override(outer, NewUserPoolIdentityProviderAmazon(scope, id, props))
}

// NewUserPoolIdentityProviderApple_Override initialises outer, a type embedding UserPoolIdentityProviderApple.
func NewUserPoolIdentityProviderApple_Override(outer UserPoolIdentityProviderApple, scope constructs.Construct, id *string, props *UserPoolIdentityProviderAppleProps) {
	l2.Override(outer, NewUserPoolIdentityProviderApple(scope, id, props))
}

// NewStringAttribute_Override initialises outer, a type embedding StringAttribute.
func NewStringAttribute_Override(outer StringAttribute, props *StringAttributeProps) {
	l2.Override(outer, NewStringAttribute(props))
}

// NewNumberAttribute_Override initialises outer, a type embedding NumberAttribute.
func NewNumberAttribute_Override(outer NumberAttribute, props *NumberAttributeProps) {
	l2.Override(outer, NewNumberAttribute(props))
}

// NewBooleanAttribute_Override initialises outer, a type embedding BooleanAttribute.
func NewBooleanAttribute_Override(outer BooleanAttribute, props *CustomAttributeProps) {
	l2.Override(outer, NewBooleanAttribute(props))
}

// NewDateTimeAttribute_Override initialises outer, a type embedding DateTimeAttribute.
func NewDateTimeAttribute_Override(outer DateTimeAttribute, props *CustomAttributeProps) {
	l2.Override(outer, NewDateTimeAttribute(props))
}

// NewResourceServerScope_Override initialises outer, a type embedding ResourceServerScope.
func NewResourceServerScope_Override(outer ResourceServerScope, props *ResourceServerScopeProps) {
	l2.Override(outer, NewResourceServerScope(props))
}

// NewClientAttributes_Override initialises outer, a type embedding ClientAttributes.
func NewClientAttributes_Override(outer ClientAttributes) {
	l2.Override(outer, NewClientAttributes())
}

// NewUserPoolEmail_Override initialises outer, a type embedding
// UserPoolEmail. aws-cdk-lib's UserPoolEmail binds through an internal
// method a subclass cannot provide, so a user pool given such a value
// reports that it must come from UserPoolEmail_WithCognito or WithSES.
func NewUserPoolEmail_Override(outer UserPoolEmail) {
	l2.Override(outer, UserPoolEmail(foreignEmail{}))
}

type foreignEmail struct{}

func (foreignEmail) bind(scope constructs.IConstruct) *UserPoolEmailConfig {
	l2.Throw(scope, "UserPoolEmail must come from UserPoolEmail_WithCognito or UserPoolEmail_WithSES")
	return nil
}
