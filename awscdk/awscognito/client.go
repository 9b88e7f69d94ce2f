package awscognito

import (
	"regexp"
	"sort"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awspinpoint"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscognito"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// AuthFlow are the authentication flows a client may use.
type AuthFlow struct {
	AdminUserPassword *bool `field:"optional" json:"adminUserPassword" yaml:"adminUserPassword"`
	Custom            *bool `field:"optional" json:"custom" yaml:"custom"`
	User              *bool `field:"optional" json:"user" yaml:"user"`
	UserPassword      *bool `field:"optional" json:"userPassword" yaml:"userPassword"`
	UserSrp           *bool `field:"optional" json:"userSrp" yaml:"userSrp"`
}

// OAuthFlows are the OAuth flows a client may use.
type OAuthFlows struct {
	AuthorizationCodeGrant *bool `field:"optional" json:"authorizationCodeGrant" yaml:"authorizationCodeGrant"`
	ClientCredentials      *bool `field:"optional" json:"clientCredentials" yaml:"clientCredentials"`
	ImplicitCodeGrant      *bool `field:"optional" json:"implicitCodeGrant" yaml:"implicitCodeGrant"`
}

// OAuthSettings configure a client's OAuth.
type OAuthSettings struct {
	// Default: ["https://example.com"] for code and implicit grants.
	CallbackUrls       *[]*string    `field:"optional" json:"callbackUrls" yaml:"callbackUrls"`
	DefaultRedirectUri *string       `field:"optional" json:"defaultRedirectUri" yaml:"defaultRedirectUri"`
	Flows              *OAuthFlows   `field:"optional" json:"flows" yaml:"flows"`
	LogoutUrls         *[]*string    `field:"optional" json:"logoutUrls" yaml:"logoutUrls"`
	Scopes             *[]OAuthScope `field:"optional" json:"scopes" yaml:"scopes"`
}

// OAuthScope is a scope a client may request.
type OAuthScope interface {
	ScopeName() *string
}

type scope string

func (s scope) ScopeName() *string { v := string(s); return &v }

func OAuthScope_PHONE() OAuthScope         { return scope("phone") }
func OAuthScope_EMAIL() OAuthScope         { return scope("email") }
func OAuthScope_OPENID() OAuthScope        { return scope("openid") }
func OAuthScope_PROFILE() OAuthScope       { return scope("profile") }
func OAuthScope_COGNITO_ADMIN() OAuthScope { return scope("aws.cognito.signin.user.admin") }

// OAuthScope_Custom is a scope by name, such as "api/read".
func OAuthScope_Custom(name *string) OAuthScope { return scope(deref(name)) }

// OAuthScope_ResourceServer is a scope of a resource server.
func OAuthScope_ResourceServer(server IUserPoolResourceServer, s ResourceServerScope) OAuthScope {
	return scope(*server.UserPoolResourceServerId() + "/" + deref(s.ScopeName()))
}

// UserPoolClientIdentityProvider is an identity provider a client supports.
type UserPoolClientIdentityProvider interface {
	Name() *string
}

type clientIdp string

func (c clientIdp) Name() *string { v := string(c); return &v }

func UserPoolClientIdentityProvider_APPLE() UserPoolClientIdentityProvider {
	return clientIdp("SignInWithApple")
}
func UserPoolClientIdentityProvider_FACEBOOK() UserPoolClientIdentityProvider {
	return clientIdp("Facebook")
}
func UserPoolClientIdentityProvider_GOOGLE() UserPoolClientIdentityProvider {
	return clientIdp("Google")
}
func UserPoolClientIdentityProvider_AMAZON() UserPoolClientIdentityProvider {
	return clientIdp("LoginWithAmazon")
}
func UserPoolClientIdentityProvider_COGNITO() UserPoolClientIdentityProvider {
	return clientIdp("COGNITO")
}

// UserPoolClientIdentityProvider_Custom is a provider by name.
func UserPoolClientIdentityProvider_Custom(name *string) UserPoolClientIdentityProvider {
	return clientIdp(deref(name))
}

// AnalyticsConfiguration sends a client's events to Amazon Pinpoint.
type AnalyticsConfiguration struct {
	Application   awspinpoint.CfnApp        `field:"optional" json:"application" yaml:"application"`
	ApplicationId *string                   `field:"optional" json:"applicationId" yaml:"applicationId"`
	ExternalId    *string                   `field:"optional" json:"externalId" yaml:"externalId"`
	Role          interfacesawsiam.IRoleRef `field:"optional" json:"role" yaml:"role"`
	ShareUserData *bool                     `field:"optional" json:"shareUserData" yaml:"shareUserData"`
}

// UserPoolClientOptions are the options of UserPool.AddClient.
type UserPoolClientOptions struct {
	AccessTokenValidity                      awscdk.Duration                   `field:"optional" json:"accessTokenValidity" yaml:"accessTokenValidity"`
	Analytics                                *AnalyticsConfiguration           `field:"optional" json:"analytics" yaml:"analytics"`
	AuthFlows                                *AuthFlow                         `field:"optional" json:"authFlows" yaml:"authFlows"`
	AuthSessionValidity                      awscdk.Duration                   `field:"optional" json:"authSessionValidity" yaml:"authSessionValidity"`
	DisableOAuth                             *bool                             `field:"optional" json:"disableOAuth" yaml:"disableOAuth"`
	EnablePropagateAdditionalUserContextData *bool                             `field:"optional" json:"enablePropagateAdditionalUserContextData" yaml:"enablePropagateAdditionalUserContextData"`
	EnableTokenRevocation                    *bool                             `field:"optional" json:"enableTokenRevocation" yaml:"enableTokenRevocation"`
	GenerateSecret                           *bool                             `field:"optional" json:"generateSecret" yaml:"generateSecret"`
	IdTokenValidity                          awscdk.Duration                   `field:"optional" json:"idTokenValidity" yaml:"idTokenValidity"`
	OAuth                                    *OAuthSettings                    `field:"optional" json:"oAuth" yaml:"oAuth"`
	PreventUserExistenceErrors               *bool                             `field:"optional" json:"preventUserExistenceErrors" yaml:"preventUserExistenceErrors"`
	ReadAttributes                           ClientAttributes                  `field:"optional" json:"readAttributes" yaml:"readAttributes"`
	RefreshTokenRotationGracePeriod          awscdk.Duration                   `field:"optional" json:"refreshTokenRotationGracePeriod" yaml:"refreshTokenRotationGracePeriod"`
	RefreshTokenValidity                     awscdk.Duration                   `field:"optional" json:"refreshTokenValidity" yaml:"refreshTokenValidity"`
	SupportedIdentityProviders               *[]UserPoolClientIdentityProvider `field:"optional" json:"supportedIdentityProviders" yaml:"supportedIdentityProviders"`
	UserPoolClientName                       *string                           `field:"optional" json:"userPoolClientName" yaml:"userPoolClientName"`
	WriteAttributes                          ClientAttributes                  `field:"optional" json:"writeAttributes" yaml:"writeAttributes"`
}

func (o *UserPoolClientOptions) props(pool interfacesawscognito.IUserPoolRef) *UserPoolClientProps {
	return &UserPoolClientProps{UserPool: pool, AccessTokenValidity: o.AccessTokenValidity, Analytics: o.Analytics, AuthFlows: o.AuthFlows,
		AuthSessionValidity: o.AuthSessionValidity, DisableOAuth: o.DisableOAuth,
		EnablePropagateAdditionalUserContextData: o.EnablePropagateAdditionalUserContextData, EnableTokenRevocation: o.EnableTokenRevocation,
		GenerateSecret: o.GenerateSecret, IdTokenValidity: o.IdTokenValidity, OAuth: o.OAuth, PreventUserExistenceErrors: o.PreventUserExistenceErrors,
		ReadAttributes: o.ReadAttributes, RefreshTokenRotationGracePeriod: o.RefreshTokenRotationGracePeriod, RefreshTokenValidity: o.RefreshTokenValidity,
		SupportedIdentityProviders: o.SupportedIdentityProviders, UserPoolClientName: o.UserPoolClientName, WriteAttributes: o.WriteAttributes}
}

// UserPoolClientProps are the props of NewUserPoolClient.
type UserPoolClientProps struct {
	AccessTokenValidity                      awscdk.Duration                   `field:"optional" json:"accessTokenValidity" yaml:"accessTokenValidity"`
	Analytics                                *AnalyticsConfiguration           `field:"optional" json:"analytics" yaml:"analytics"`
	AuthFlows                                *AuthFlow                         `field:"optional" json:"authFlows" yaml:"authFlows"`
	AuthSessionValidity                      awscdk.Duration                   `field:"optional" json:"authSessionValidity" yaml:"authSessionValidity"`
	DisableOAuth                             *bool                             `field:"optional" json:"disableOAuth" yaml:"disableOAuth"`
	EnablePropagateAdditionalUserContextData *bool                             `field:"optional" json:"enablePropagateAdditionalUserContextData" yaml:"enablePropagateAdditionalUserContextData"`
	EnableTokenRevocation                    *bool                             `field:"optional" json:"enableTokenRevocation" yaml:"enableTokenRevocation"`
	GenerateSecret                           *bool                             `field:"optional" json:"generateSecret" yaml:"generateSecret"`
	IdTokenValidity                          awscdk.Duration                   `field:"optional" json:"idTokenValidity" yaml:"idTokenValidity"`
	OAuth                                    *OAuthSettings                    `field:"optional" json:"oAuth" yaml:"oAuth"`
	PreventUserExistenceErrors               *bool                             `field:"optional" json:"preventUserExistenceErrors" yaml:"preventUserExistenceErrors"`
	ReadAttributes                           ClientAttributes                  `field:"optional" json:"readAttributes" yaml:"readAttributes"`
	RefreshTokenRotationGracePeriod          awscdk.Duration                   `field:"optional" json:"refreshTokenRotationGracePeriod" yaml:"refreshTokenRotationGracePeriod"`
	RefreshTokenValidity                     awscdk.Duration                   `field:"optional" json:"refreshTokenValidity" yaml:"refreshTokenValidity"`
	SupportedIdentityProviders               *[]UserPoolClientIdentityProvider `field:"optional" json:"supportedIdentityProviders" yaml:"supportedIdentityProviders"`
	UserPoolClientName                       *string                           `field:"optional" json:"userPoolClientName" yaml:"userPoolClientName"`
	WriteAttributes                          ClientAttributes                  `field:"optional" json:"writeAttributes" yaml:"writeAttributes"`
	// The user pool (required).
	UserPool interfacesawscognito.IUserPoolRef `field:"required" json:"userPool" yaml:"userPool"`
}

// IUserPoolClient is an app client, defined in this app or imported.
type IUserPoolClient interface {
	awscdk.IResource
	interfacesawscognito.IUserPoolClientRef
	UserPoolClientId() *string
	// UserPoolClientSecret is the client secret (generateSecret clients only).
	UserPoolClientSecret() awscdk.SecretValue
}

// UserPoolClient is a user pool app client (AWS::Cognito::UserPoolClient).
type UserPoolClient interface {
	awscdk.Resource
	IUserPoolClient
	OAuthFlows() *OAuthFlows
	UserPoolClientName() *string
}

type userPoolClient struct {
	awscdk.Resource
	pool     interfacesawscognito.IUserPoolRef
	id       *string
	name     *string
	flows    *OAuthFlows
	resource CfnUserPoolClient
}

// UserPoolClient_PROPERTY_INJECTION_ID is the id property injectors use for UserPoolClient.
func UserPoolClient_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cognito.UserPoolClient")
}

var redirectPattern = regexp.MustCompile(`^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$`)

// NewUserPoolClient creates an app client of a user pool.
func NewUserPoolClient(scope constructs.Construct, id *string, props *UserPoolClientProps) UserPoolClient {
	props = l2.Inject(*UserPoolClient_PROPERTY_INJECTION_ID(), props, scope, id)
	c := &userPoolClient{}
	c.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(c.Resource, c)
	if props == nil || props.UserPool == nil {
		l2.AddError(c, "UserPoolClient: userPool is required")
		return c
	}
	c.pool = props.UserPool
	if boolOr(props.DisableOAuth) && props.OAuth != nil {
		l2.Throw(c, "OAuth settings cannot be specified when disableOAuth is set.")
	}
	c.flows = &OAuthFlows{ImplicitCodeGrant: jsii.Bool(true), AuthorizationCodeGrant: jsii.Bool(true)}
	if props.OAuth != nil && props.OAuth.Flows != nil {
		c.flows = props.OAuth.Flows
	}
	var callbacks *[]*string
	if props.OAuth != nil {
		callbacks = props.OAuth.CallbackUrls
	}
	if boolOr(c.flows.AuthorizationCodeGrant) || boolOr(c.flows.ImplicitCodeGrant) {
		if callbacks == nil {
			callbacks = jsii.Strings("https://example.com")
		} else if len(*callbacks) == 0 {
			l2.Throw(c, "callbackUrl must not be empty when codeGrant or implicitGrant OAuth flows are enabled.")
		}
	}
	if props.OAuth != nil && props.OAuth.DefaultRedirectUri != nil && !*awscdk.Token_IsUnresolved(*props.OAuth.DefaultRedirectUri) {
		uri := *props.OAuth.DefaultRedirectUri
		found := false
		if callbacks != nil {
			for _, u := range *callbacks {
				found = found || deref(u) == uri
			}
		}
		if callbacks != nil && !found {
			l2.Throw(c, "defaultRedirectUri must be included in callbackUrls.")
		}
		if n := len([]rune(uri)); n > 1024 || !redirectPattern.MatchString(uri) {
			l2.Throw(c, "defaultRedirectUri must match the `^(?=.{1,1024}$)[p{L}p{M}p{S}p{N}p{P}]+$` pattern, got %s", uri)
		}
	}
	if !boolOr(props.GenerateSecret) && boolOr(props.EnablePropagateAdditionalUserContextData) {
		l2.Throw(c, "Cannot activate enablePropagateAdditionalUserContextData in an app client without a client secret.")
	}
	cfn := &CfnUserPoolClientProps{
		ClientName:                      props.UserPoolClientName,
		UserPoolId:                      props.UserPool.UserPoolRef().UserPoolId,
		ExplicitAuthFlows:               authFlows(props),
		AllowedOAuthFlowsUserPoolClient: jsii.Bool(!boolOr(props.DisableOAuth)),
		SupportedIdentityProviders:      c.identityProviders(props),
		PreventUserExistenceErrors:      preventErrors(props.PreventUserExistenceErrors),
	}
	if props.GenerateSecret != nil {
		cfn.GenerateSecret = props.GenerateSecret
	}
	if !boolOr(props.DisableOAuth) {
		cfn.AllowedOAuthFlows = c.oauthFlows()
		cfn.AllowedOAuthScopes = oauthScopes(props.OAuth)
		if callbacks != nil && len(*callbacks) > 0 {
			cfn.CallbackUrLs = callbacks
		}
	}
	if props.OAuth != nil {
		cfn.DefaultRedirectUri = props.OAuth.DefaultRedirectUri
		cfn.LogoutUrLs = props.OAuth.LogoutUrls
	}
	if props.ReadAttributes != nil {
		cfn.ReadAttributes = props.ReadAttributes.Attributes()
	}
	if props.WriteAttributes != nil {
		cfn.WriteAttributes = props.WriteAttributes.Attributes()
	}
	if props.EnableTokenRevocation != nil {
		cfn.EnableTokenRevocation = props.EnableTokenRevocation
	}
	if props.EnablePropagateAdditionalUserContextData != nil {
		cfn.EnablePropagateAdditionalUserContextData = props.EnablePropagateAdditionalUserContextData
	}
	if a := props.Analytics; a != nil {
		cfn.AnalyticsConfiguration = c.analytics(a)
	}
	c.validateDuration("authSessionValidity", awscdk.Duration_Minutes(jsii.Number(3)), awscdk.Duration_Minutes(jsii.Number(15)), props.AuthSessionValidity)
	if v := props.AuthSessionValidity; v != nil {
		cfn.AuthSessionValidity = v.ToMinutes(nil)
	}
	c.tokenValidity(cfn, props)
	if g := props.RefreshTokenRotationGracePeriod; g != nil {
		c.validateDuration("refreshTokenRotationGracePeriod", awscdk.Duration_Seconds(jsii.Number(0)), awscdk.Duration_Minutes(jsii.Number(1)), g)
		cfn.RefreshTokenRotation = &CfnUserPoolClient_RefreshTokenRotationProperty{Feature: jsii.String("ENABLED"), RetryGracePeriodSeconds: g.ToSeconds(nil)}
	}
	c.resource = NewCfnUserPoolClient(c, jsii.String("Resource"), cfn)
	c.id = c.resource.Ref()
	c.name = props.UserPoolClientName
	return c
}

func (c *userPoolClient) UserPoolClientId() *string { return c.id }
func (c *userPoolClient) OAuthFlows() *OAuthFlows   { return c.flows }

// UserPoolClientName is the client's name, when the props gave one.
func (c *userPoolClient) UserPoolClientName() *string {
	if c.name == nil {
		l2.Throw(c, "userPoolClientName is available only if specified on the UserPoolClient during initialization")
	}
	return c.name
}

func (c *userPoolClient) UserPoolClientRef() *interfacesawscognito.UserPoolClientReference {
	ref := &interfacesawscognito.UserPoolClientReference{ClientId: c.id}
	if c.pool != nil {
		ref.UserPoolId = c.pool.UserPoolRef().UserPoolId
	}
	return ref
}

func authFlows(props *UserPoolClientProps) *[]*string {
	f := props.AuthFlows
	if f == nil || (f.AdminUserPassword == nil && f.Custom == nil && f.User == nil && f.UserPassword == nil && f.UserSrp == nil) {
		return nil
	}
	var out []string
	if boolOr(f.UserPassword) {
		out = append(out, "ALLOW_USER_PASSWORD_AUTH")
	}
	if boolOr(f.AdminUserPassword) {
		out = append(out, "ALLOW_ADMIN_USER_PASSWORD_AUTH")
	}
	if boolOr(f.Custom) {
		out = append(out, "ALLOW_CUSTOM_AUTH")
	}
	if boolOr(f.UserSrp) {
		out = append(out, "ALLOW_USER_SRP_AUTH")
	}
	if boolOr(f.User) {
		out = append(out, "ALLOW_USER_AUTH")
	}
	if props.RefreshTokenRotationGracePeriod == nil {
		out = append(out, "ALLOW_REFRESH_TOKEN_AUTH")
	}
	return jsii.Strings(out...)
}

func (c *userPoolClient) oauthFlows() *[]*string {
	f := c.flows
	if (boolOr(f.AuthorizationCodeGrant) || boolOr(f.ImplicitCodeGrant)) && boolOr(f.ClientCredentials) {
		l2.Throw(c, "clientCredentials OAuth flow cannot be selected along with codeGrant or implicitGrant.")
	}
	var out []string
	if boolOr(f.ClientCredentials) {
		out = append(out, "client_credentials")
	}
	if boolOr(f.ImplicitCodeGrant) {
		out = append(out, "implicit")
	}
	if boolOr(f.AuthorizationCodeGrant) {
		out = append(out, "code")
	}
	if len(out) == 0 {
		return nil
	}
	return jsii.Strings(out...)
}

func oauthScopes(o *OAuthSettings) *[]*string {
	var scopes []OAuthScope
	if o != nil && o.Scopes != nil {
		scopes = *o.Scopes
	} else {
		scopes = []OAuthScope{OAuthScope_PROFILE(), OAuthScope_PHONE(), OAuthScope_EMAIL(), OAuthScope_OPENID(), OAuthScope_COGNITO_ADMIN()}
	}
	var names []string
	seen := map[string]bool{}
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	for _, s := range scopes {
		add(deref(s.ScopeName()))
	}
	if seen["phone"] || seen["email"] || seen["profile"] {
		add("openid")
	}
	return jsii.Strings(names...)
}

func preventErrors(p *bool) *string {
	if p == nil {
		return nil
	}
	if *p {
		return jsii.String("ENABLED")
	}
	return jsii.String("LEGACY")
}

func (c *userPoolClient) identityProviders(props *UserPoolClientProps) *[]*string {
	var names []string
	if props.SupportedIdentityProviders != nil {
		for _, p := range *props.SupportedIdentityProviders {
			names = append(names, deref(p.Name()))
		}
	} else {
		seen := map[string]bool{}
		if pool, ok := props.UserPool.(IUserPool); ok {
			for _, p := range *pool.IdentityProviders() {
				n := deref(p.ProviderName())
				if !seen[n] {
					seen[n] = true
					names = append(names, n)
				}
			}
		}
		if !seen["COGNITO"] {
			names = append(names, "COGNITO")
		}
	}
	if len(names) == 0 {
		return nil
	}
	return jsii.Strings(names...)
}

func (c *userPoolClient) analytics(a *AnalyticsConfiguration) *CfnUserPoolClient_AnalyticsConfigurationProperty {
	if a.Application != nil && (a.ApplicationId != nil || a.ExternalId != nil || a.Role != nil) {
		l2.Throw(c, "Either `application` or all of `applicationId`, `externalId` and `role` must be specified.")
	}
	if a.Application == nil && (a.ApplicationId == nil || a.ExternalId == nil || a.Role == nil) {
		l2.Throw(c, "Either all of `applicationId`, `externalId` and `role` must be specified or `application` must be specified.")
	}
	out := &CfnUserPoolClient_AnalyticsConfigurationProperty{ApplicationId: a.ApplicationId, ExternalId: a.ExternalId}
	if a.Application != nil {
		out.ApplicationArn = a.Application.AttrArn()
	}
	if a.Role != nil {
		out.RoleArn = a.Role.RoleRef().RoleArn
	}
	if a.ShareUserData != nil {
		out.UserDataShared = a.ShareUserData
	}
	return out
}

func (c *userPoolClient) tokenValidity(cfn *CfnUserPoolClientProps, props *UserPoolClientProps) {
	c.validateDuration("idTokenValidity", awscdk.Duration_Minutes(jsii.Number(5)), awscdk.Duration_Days(jsii.Number(1)), props.IdTokenValidity)
	c.validateDuration("accessTokenValidity", awscdk.Duration_Minutes(jsii.Number(5)), awscdk.Duration_Days(jsii.Number(1)), props.AccessTokenValidity)
	c.validateDuration("refreshTokenValidity", awscdk.Duration_Minutes(jsii.Number(60)), awscdk.Duration_Days(jsii.Number(3650)), props.RefreshTokenValidity)
	if props.RefreshTokenValidity != nil {
		c.validateDuration("idTokenValidity", awscdk.Duration_Minutes(jsii.Number(5)), props.RefreshTokenValidity, props.IdTokenValidity)
		c.validateDuration("accessTokenValidity", awscdk.Duration_Minutes(jsii.Number(5)), props.RefreshTokenValidity, props.AccessTokenValidity)
	}
	minutes := func(d awscdk.Duration) *string {
		if d == nil {
			return nil
		}
		return jsii.String("minutes")
	}
	if props.AccessTokenValidity != nil || props.IdTokenValidity != nil || props.RefreshTokenValidity != nil {
		cfn.TokenValidityUnits = &CfnUserPoolClient_TokenValidityUnitsProperty{
			IdToken: minutes(props.IdTokenValidity), AccessToken: minutes(props.AccessTokenValidity), RefreshToken: minutes(props.RefreshTokenValidity),
		}
	}
	if d := props.IdTokenValidity; d != nil {
		cfn.IdTokenValidity = d.ToMinutes(nil)
	}
	if d := props.RefreshTokenValidity; d != nil {
		cfn.RefreshTokenValidity = d.ToMinutes(nil)
	}
	if d := props.AccessTokenValidity; d != nil {
		cfn.AccessTokenValidity = d.ToMinutes(nil)
	}
}

func (c *userPoolClient) validateDuration(name string, min, max, value awscdk.Duration) {
	if value == nil {
		return
	}
	v := *value.ToMilliseconds(nil)
	if v < *min.ToMilliseconds(nil) || v > *max.ToMilliseconds(nil) {
		l2.Throw(c, "%s: Must be a duration between %s and %s (inclusive); received %s.", name,
			*min.ToHumanString(), *max.ToHumanString(), *value.ToHumanString())
	}
}

type importedClient struct {
	awscdk.Resource
	id *string
}

func (c *importedClient) UserPoolClientId() *string { return c.id }
func (c *importedClient) UserPoolClientSecret() awscdk.SecretValue {
	l2.Throw(c, "UserPool Client Secret is not available for imported Clients")
	return nil
}
func (c *importedClient) UserPoolClientRef() *interfacesawscognito.UserPoolClientReference {
	return &interfacesawscognito.UserPoolClientReference{ClientId: c.id}
}

// UserPoolClient_FromUserPoolClientId imports an app client by id.
func UserPoolClient_FromUserPoolClientId(scope constructs.Construct, id *string, userPoolClientId *string) IUserPoolClient {
	c := &importedClient{id: userPoolClientId}
	c.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(c.Resource, c)
	return c
}

// UserPoolClient_IsConstruct reports whether x is a construct.
func UserPoolClient_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// UserPoolClient_IsResource reports whether c is a Resource.
func UserPoolClient_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// UserPoolClient_IsOwnedResource reports whether c is a Resource defined in this app.
func UserPoolClient_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
