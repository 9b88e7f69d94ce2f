package awscognito

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// UserPoolIdentityProviderGoogleProps are the props of NewUserPoolIdentityProviderGoogle.
type UserPoolIdentityProviderGoogleProps struct {
	UserPool          IUserPool          `field:"required" json:"userPool" yaml:"userPool"`
	AttributeMapping  *AttributeMapping  `field:"optional" json:"attributeMapping" yaml:"attributeMapping"`
	ClientId          *string            `field:"required" json:"clientId" yaml:"clientId"`
	ClientSecret      *string            `field:"optional" json:"clientSecret" yaml:"clientSecret"`
	ClientSecretValue awscdk.SecretValue `field:"optional" json:"clientSecretValue" yaml:"clientSecretValue"`
	// Default: ["profile"].
	Scopes *[]*string `field:"optional" json:"scopes" yaml:"scopes"`
}

// UserPoolIdentityProviderGoogle is Google as a user pool identity provider.
type UserPoolIdentityProviderGoogle interface {
	awscdk.Resource
	IUserPoolIdentityProvider
	ConfigureAttributeMapping() interface{}
}

type googleIdp struct{ idpBase }

// NewUserPoolIdentityProviderGoogle adds Google sign-in to a user pool.
func NewUserPoolIdentityProviderGoogle(scope constructs.Construct, id *string, props *UserPoolIdentityProviderGoogleProps) UserPoolIdentityProviderGoogle {
	props = l2.Inject(*UserPoolIdentityProviderGoogle_PROPERTY_INJECTION_ID(), props, scope, id)
	g := &googleIdp{}
	if props == nil {
		props = &UserPoolIdentityProviderGoogleProps{}
	}
	if !g.init(g, scope, id, "UserPoolIdentityProviderGoogle", props.UserPool, props.AttributeMapping) {
		return g
	}
	if (props.ClientSecret == nil) == (props.ClientSecretValue == nil) {
		l2.Throw(g, `Exactly one of "clientSecret" or "clientSecretValue" must be configured.`)
	}
	g.finish(g, "Google", details("client_id", props.ClientId, "client_secret", secretOr(props.ClientSecretValue, props.ClientSecret),
		"authorize_scopes", joinScopes(props.Scopes, []string{"profile"}, " ")))
	return g
}

// UserPoolIdentityProviderFacebookProps are the props of NewUserPoolIdentityProviderFacebook.
type UserPoolIdentityProviderFacebookProps struct {
	UserPool         IUserPool         `field:"required" json:"userPool" yaml:"userPool"`
	AttributeMapping *AttributeMapping `field:"optional" json:"attributeMapping" yaml:"attributeMapping"`
	ClientId         *string           `field:"required" json:"clientId" yaml:"clientId"`
	ClientSecret     *string           `field:"required" json:"clientSecret" yaml:"clientSecret"`
	// Default: Facebook's current version.
	ApiVersion *string `field:"optional" json:"apiVersion" yaml:"apiVersion"`
	// Default: ["public_profile"].
	Scopes *[]*string `field:"optional" json:"scopes" yaml:"scopes"`
}

// UserPoolIdentityProviderFacebook is Facebook as a user pool identity provider.
type UserPoolIdentityProviderFacebook interface {
	awscdk.Resource
	IUserPoolIdentityProvider
	ConfigureAttributeMapping() interface{}
}

type facebookIdp struct{ idpBase }

// NewUserPoolIdentityProviderFacebook adds Facebook sign-in to a user pool.
func NewUserPoolIdentityProviderFacebook(scope constructs.Construct, id *string, props *UserPoolIdentityProviderFacebookProps) UserPoolIdentityProviderFacebook {
	props = l2.Inject(*UserPoolIdentityProviderFacebook_PROPERTY_INJECTION_ID(), props, scope, id)
	f := &facebookIdp{}
	if props == nil {
		props = &UserPoolIdentityProviderFacebookProps{}
	}
	if !f.init(f, scope, id, "UserPoolIdentityProviderFacebook", props.UserPool, props.AttributeMapping) {
		return f
	}
	f.finish(f, "Facebook", details("client_id", props.ClientId, "client_secret", props.ClientSecret,
		"authorize_scopes", joinScopes(props.Scopes, []string{"public_profile"}, ","), "api_version", props.ApiVersion))
	return f
}

// UserPoolIdentityProviderAmazonProps are the props of NewUserPoolIdentityProviderAmazon.
type UserPoolIdentityProviderAmazonProps struct {
	UserPool         IUserPool         `field:"required" json:"userPool" yaml:"userPool"`
	AttributeMapping *AttributeMapping `field:"optional" json:"attributeMapping" yaml:"attributeMapping"`
	ClientId         *string           `field:"required" json:"clientId" yaml:"clientId"`
	ClientSecret     *string           `field:"required" json:"clientSecret" yaml:"clientSecret"`
	// Default: ["profile"].
	Scopes *[]*string `field:"optional" json:"scopes" yaml:"scopes"`
}

// UserPoolIdentityProviderAmazon is Login with Amazon as a user pool identity provider.
type UserPoolIdentityProviderAmazon interface {
	awscdk.Resource
	IUserPoolIdentityProvider
	ConfigureAttributeMapping() interface{}
}

type amazonIdp struct{ idpBase }

// NewUserPoolIdentityProviderAmazon adds Login with Amazon to a user pool.
func NewUserPoolIdentityProviderAmazon(scope constructs.Construct, id *string, props *UserPoolIdentityProviderAmazonProps) UserPoolIdentityProviderAmazon {
	props = l2.Inject(*UserPoolIdentityProviderAmazon_PROPERTY_INJECTION_ID(), props, scope, id)
	a := &amazonIdp{}
	if props == nil {
		props = &UserPoolIdentityProviderAmazonProps{}
	}
	if !a.init(a, scope, id, "UserPoolIdentityProviderAmazon", props.UserPool, props.AttributeMapping) {
		return a
	}
	a.finish(a, "LoginWithAmazon", details("client_id", props.ClientId, "client_secret", props.ClientSecret,
		"authorize_scopes", joinScopes(props.Scopes, []string{"profile"}, " ")))
	return a
}

// UserPoolIdentityProviderAppleProps are the props of NewUserPoolIdentityProviderApple.
type UserPoolIdentityProviderAppleProps struct {
	UserPool         IUserPool          `field:"required" json:"userPool" yaml:"userPool"`
	AttributeMapping *AttributeMapping  `field:"optional" json:"attributeMapping" yaml:"attributeMapping"`
	ClientId         *string            `field:"required" json:"clientId" yaml:"clientId"`
	KeyId            *string            `field:"required" json:"keyId" yaml:"keyId"`
	TeamId           *string            `field:"required" json:"teamId" yaml:"teamId"`
	PrivateKey       *string            `field:"optional" json:"privateKey" yaml:"privateKey"`
	PrivateKeyValue  awscdk.SecretValue `field:"optional" json:"privateKeyValue" yaml:"privateKeyValue"`
	// Default: ["name"].
	Scopes *[]*string `field:"optional" json:"scopes" yaml:"scopes"`
}

// UserPoolIdentityProviderApple is Sign in with Apple as a user pool identity provider.
type UserPoolIdentityProviderApple interface {
	awscdk.Resource
	IUserPoolIdentityProvider
	ConfigureAttributeMapping() interface{}
}

type appleIdp struct{ idpBase }

// NewUserPoolIdentityProviderApple adds Sign in with Apple to a user pool.
func NewUserPoolIdentityProviderApple(scope constructs.Construct, id *string, props *UserPoolIdentityProviderAppleProps) UserPoolIdentityProviderApple {
	props = l2.Inject(*UserPoolIdentityProviderApple_PROPERTY_INJECTION_ID(), props, scope, id)
	a := &appleIdp{}
	if props == nil {
		props = &UserPoolIdentityProviderAppleProps{}
	}
	if !a.init(a, scope, id, "UserPoolIdentityProviderApple", props.UserPool, props.AttributeMapping) {
		return a
	}
	if (props.PrivateKey == nil) == (props.PrivateKeyValue == nil) {
		l2.Throw(a, `Exactly one of "privateKey" or "privateKeyValue" must be configured.`)
	}
	a.finish(a, "SignInWithApple", details("client_id", props.ClientId, "team_id", props.TeamId, "key_id", props.KeyId,
		"private_key", secretOr(props.PrivateKeyValue, props.PrivateKey), "authorize_scopes", joinScopes(props.Scopes, []string{"name"}, " ")))
	return a
}
