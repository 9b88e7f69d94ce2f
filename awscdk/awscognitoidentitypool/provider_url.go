package awscognitoidentitypool

import (
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/jsii"
)

// IdentityPoolProviderType is the kind of identity provider a URL names.
type IdentityPoolProviderType string

const (
	IdentityPoolProviderType_FACEBOOK  IdentityPoolProviderType = "FACEBOOK"
	IdentityPoolProviderType_GOOGLE    IdentityPoolProviderType = "GOOGLE"
	IdentityPoolProviderType_AMAZON    IdentityPoolProviderType = "AMAZON"
	IdentityPoolProviderType_APPLE     IdentityPoolProviderType = "APPLE"
	IdentityPoolProviderType_TWITTER   IdentityPoolProviderType = "TWITTER"
	IdentityPoolProviderType_OPEN_ID   IdentityPoolProviderType = "OPEN_ID"
	IdentityPoolProviderType_SAML      IdentityPoolProviderType = "SAML"
	IdentityPoolProviderType_USER_POOL IdentityPoolProviderType = "USER_POOL"
	IdentityPoolProviderType_CUSTOM    IdentityPoolProviderType = "CUSTOM"
)

// RoleMappingMatchType is how a role mapping rule compares a claim.
type RoleMappingMatchType string

const (
	RoleMappingMatchType_EQUALS      RoleMappingMatchType = "EQUALS"
	RoleMappingMatchType_CONTAINS    RoleMappingMatchType = "CONTAINS"
	RoleMappingMatchType_STARTS_WITH RoleMappingMatchType = "STARTS_WITH"
	RoleMappingMatchType_NOTEQUAL    RoleMappingMatchType = "NOTEQUAL"
)

// The values CloudFormation takes for each match type.
var matchTypeValues = map[RoleMappingMatchType]string{
	RoleMappingMatchType_EQUALS:      "Equals",
	RoleMappingMatchType_CONTAINS:    "Contains",
	RoleMappingMatchType_STARTS_WITH: "StartsWith",
	RoleMappingMatchType_NOTEQUAL:    "NotEqual",
}

// IdentityPoolProviderUrl names an identity provider: the key of a role
// mapping and the provider the mapping reads claims from.
type IdentityPoolProviderUrl interface {
	// The kind of provider.
	Type() IdentityPoolProviderType
	// The provider's URL (or user pool provider name and client id).
	Value() *string
}

type providerUrl struct {
	typ   IdentityPoolProviderType
	value *string
}

func (u *providerUrl) Type() IdentityPoolProviderType { return u.typ }
func (u *providerUrl) Value() *string                 { return u.value }

// NewIdentityPoolProviderUrl makes a provider URL of the given type.
func NewIdentityPoolProviderUrl(type_ IdentityPoolProviderType, value *string) IdentityPoolProviderUrl {
	return &providerUrl{typ: type_, value: value}
}

// IdentityPoolProviderUrl_AMAZON is Login with Amazon.
func IdentityPoolProviderUrl_AMAZON() IdentityPoolProviderUrl {
	return NewIdentityPoolProviderUrl(IdentityPoolProviderType_AMAZON, jsii.String("www.amazon.com"))
}

// IdentityPoolProviderUrl_APPLE is Sign in with Apple.
func IdentityPoolProviderUrl_APPLE() IdentityPoolProviderUrl {
	return NewIdentityPoolProviderUrl(IdentityPoolProviderType_APPLE, jsii.String("appleid.apple.com"))
}

// IdentityPoolProviderUrl_FACEBOOK is Facebook login.
func IdentityPoolProviderUrl_FACEBOOK() IdentityPoolProviderUrl {
	return NewIdentityPoolProviderUrl(IdentityPoolProviderType_FACEBOOK, jsii.String("graph.facebook.com"))
}

// IdentityPoolProviderUrl_GOOGLE is Google sign-in.
func IdentityPoolProviderUrl_GOOGLE() IdentityPoolProviderUrl {
	return NewIdentityPoolProviderUrl(IdentityPoolProviderType_GOOGLE, jsii.String("accounts.google.com"))
}

// IdentityPoolProviderUrl_TWITTER is Twitter login.
func IdentityPoolProviderUrl_TWITTER() IdentityPoolProviderUrl {
	return NewIdentityPoolProviderUrl(IdentityPoolProviderType_TWITTER, jsii.String("api.twitter.com"))
}

// IdentityPoolProviderUrl_OpenId is an OpenID Connect provider's URL.
func IdentityPoolProviderUrl_OpenId(url *string) IdentityPoolProviderUrl {
	return NewIdentityPoolProviderUrl(IdentityPoolProviderType_OPEN_ID, url)
}

// IdentityPoolProviderUrl_Saml is a SAML provider's URL.
func IdentityPoolProviderUrl_Saml(url *string) IdentityPoolProviderUrl {
	return NewIdentityPoolProviderUrl(IdentityPoolProviderType_SAML, url)
}

// IdentityPoolProviderUrl_Custom is any other provider.
func IdentityPoolProviderUrl_Custom(url *string) IdentityPoolProviderUrl {
	return NewIdentityPoolProviderUrl(IdentityPoolProviderType_CUSTOM, url)
}

// IdentityPoolProviderUrl_UserPool is a user pool with one of its clients,
// written "<provider name>:<client id>" as Cognito expects.
func IdentityPoolProviderUrl_UserPool(userPool awscognito.IUserPool, userPoolClient awscognito.IUserPoolClient) IdentityPoolProviderUrl {
	url := deref(userPool.UserPoolProviderName()) + ":" + deref(userPoolClient.UserPoolClientId())
	return NewIdentityPoolProviderUrl(IdentityPoolProviderType_USER_POOL, &url)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
