package awscognitoidentitypool

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscognito"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// UserPoolAuthenticationProviderBindOptions are the options of Bind (none yet).
type UserPoolAuthenticationProviderBindOptions struct {
}

// UserPoolAuthenticationProviderBindConfig is one entry of the pool's
// CognitoIdentityProviders.
type UserPoolAuthenticationProviderBindConfig struct {
	// The user pool client's id.
	ClientId *string `field:"required" json:"clientId" yaml:"clientId"`
	// The user pool's provider name.
	ProviderName *string `field:"required" json:"providerName" yaml:"providerName"`
	// Whether Cognito checks with the user pool that the user is still valid.
	ServerSideTokenCheck *bool `field:"required" json:"serverSideTokenCheck" yaml:"serverSideTokenCheck"`
}

// UserPoolAuthenticationProviderProps are the props of NewUserPoolAuthenticationProvider.
type UserPoolAuthenticationProviderProps struct {
	// The user pool whose users sign in.
	UserPool awscognito.IUserPool `field:"required" json:"userPool" yaml:"userPool"`
	// Skip the server-side token check. Default: false.
	DisableServerSideTokenCheck *bool `field:"optional" json:"disableServerSideTokenCheck" yaml:"disableServerSideTokenCheck"`
	// The client. Default: a new client of UserPool.
	UserPoolClient interfacesawscognito.IUserPoolClientRef `field:"optional" json:"userPoolClient" yaml:"userPoolClient"`
}

// IUserPoolAuthenticationProvider lets a user pool's users sign in to an identity pool.
type IUserPoolAuthenticationProvider interface {
	// Bind wires the provider to identityPool and says how to list it.
	Bind(scope constructs.Construct, identityPool IIdentityPool, options *UserPoolAuthenticationProviderBindOptions) *UserPoolAuthenticationProviderBindConfig
}

// UserPoolAuthenticationProvider is a user pool (and one of its clients)
// as an identity pool's authentication provider.
type UserPoolAuthenticationProvider interface {
	IUserPoolAuthenticationProvider
}

type userPoolAuthenticationProvider struct {
	userPool       awscognito.IUserPool
	client         interfacesawscognito.IUserPoolClientRef
	disableTokenCk bool
}

// NewUserPoolAuthenticationProvider makes a provider for props.UserPool; without a
// client it adds one to the pool (UserPoolAuthenticationProviderClient).
func NewUserPoolAuthenticationProvider(props *UserPoolAuthenticationProviderProps) UserPoolAuthenticationProvider {
	if props == nil || props.UserPool == nil {
		diag.Panic("", "UserPoolAuthenticationProvider: props.UserPool is required")
	}
	p := &userPoolAuthenticationProvider{userPool: props.UserPool, client: props.UserPoolClient}
	if p.client == nil {
		p.client = props.UserPool.AddClient(jsii.String("UserPoolAuthenticationProviderClient"), nil)
	}
	p.disableTokenCk = props.DisableServerSideTokenCheck != nil && *props.DisableServerSideTokenCheck
	return p
}

// NewUserPoolAuthenticationProvider_Override initialises outer, a type embedding
// UserPoolAuthenticationProvider.
func NewUserPoolAuthenticationProvider_Override(u UserPoolAuthenticationProvider, props *UserPoolAuthenticationProviderProps) {
	l2.Override(u, NewUserPoolAuthenticationProvider(props))
}

func (p *userPoolAuthenticationProvider) Bind(scope constructs.Construct, identityPool IIdentityPool, _ *UserPoolAuthenticationProviderBindOptions) *UserPoolAuthenticationProviderBindConfig {
	// The pool's resources wait for the user pool and its client.
	identityPool.Node().AddDependency(p.userPool)
	identityPool.Node().AddDependency(p.client)
	stack := awscdk.Stack_Of(scope)
	name := "cognito-idp." + deref(stack.Region()) + "." + deref(stack.UrlSuffix()) + "/" + deref(p.userPool.UserPoolId())
	check := !p.disableTokenCk
	return &UserPoolAuthenticationProviderBindConfig{
		ClientId:             p.client.UserPoolClientRef().ClientId,
		ProviderName:         &name,
		ServerSideTokenCheck: &check,
	}
}
