package awscognitoidentitypool

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscognito"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// IIdentityPool is an identity pool, defined here or imported.
type IIdentityPool interface {
	interfacesawscognito.IIdentityPoolRef
	awscdk.IResource
	// The pool's ARN.
	IdentityPoolArn() *string
	// The pool's id ("<region>:<uuid>").
	IdentityPoolId() *string
	// The pool's name.
	IdentityPoolName() *string
}

// IdentityPoolAmazonLoginProvider is Login with Amazon.
type IdentityPoolAmazonLoginProvider struct {
	// The Amazon app id.
	AppId *string `field:"required" json:"appId" yaml:"appId"`
}

// IdentityPoolAppleLoginProvider is Sign in with Apple.
type IdentityPoolAppleLoginProvider struct {
	// The Apple services id.
	ServicesId *string `field:"required" json:"servicesId" yaml:"servicesId"`
}

// IdentityPoolFacebookLoginProvider is Facebook login.
type IdentityPoolFacebookLoginProvider struct {
	// The Facebook app id.
	AppId *string `field:"required" json:"appId" yaml:"appId"`
}

// IdentityPoolGoogleLoginProvider is Google sign-in.
type IdentityPoolGoogleLoginProvider struct {
	// The Google client id.
	ClientId *string `field:"required" json:"clientId" yaml:"clientId"`
}

// IdentityPoolTwitterLoginProvider is Twitter login.
type IdentityPoolTwitterLoginProvider struct {
	// The Twitter consumer key.
	ConsumerKey *string `field:"required" json:"consumerKey" yaml:"consumerKey"`
	// The Twitter consumer secret.
	ConsumerSecret *string `field:"required" json:"consumerSecret" yaml:"consumerSecret"`
}

// IdentityPoolAuthenticationProviders are the identity providers users sign in with.
type IdentityPoolAuthenticationProviders struct {
	Amazon *IdentityPoolAmazonLoginProvider `field:"optional" json:"amazon" yaml:"amazon"`
	Apple  *IdentityPoolAppleLoginProvider  `field:"optional" json:"apple" yaml:"apple"`
	// The developer provider name (DeveloperProviderName).
	CustomProvider *string                            `field:"optional" json:"customProvider" yaml:"customProvider"`
	Facebook       *IdentityPoolFacebookLoginProvider `field:"optional" json:"facebook" yaml:"facebook"`
	Google         *IdentityPoolGoogleLoginProvider   `field:"optional" json:"google" yaml:"google"`
	// IAM OpenID Connect providers.
	OpenIdConnectProviders *[]interfacesawsiam.IOIDCProviderRef `field:"optional" json:"openIdConnectProviders" yaml:"openIdConnectProviders"`
	// IAM SAML providers.
	SamlProviders *[]interfacesawsiam.ISAMLProviderRef `field:"optional" json:"samlProviders" yaml:"samlProviders"`
	Twitter       *IdentityPoolTwitterLoginProvider    `field:"optional" json:"twitter" yaml:"twitter"`
	// User pools.
	UserPools *[]IUserPoolAuthenticationProvider `field:"optional" json:"userPools" yaml:"userPools"`
}

// RoleMappingRule maps a claim's value to a role.
type RoleMappingRule struct {
	// The claim to read.
	Claim *string `field:"required" json:"claim" yaml:"claim"`
	// The value to compare with.
	ClaimValue *string `field:"required" json:"claimValue" yaml:"claimValue"`
	// The role to assume when the rule matches.
	MappedRole awsiam.IRole `field:"required" json:"mappedRole" yaml:"mappedRole"`
	// Default: RoleMappingMatchType_EQUALS.
	MatchType RoleMappingMatchType `field:"optional" json:"matchType" yaml:"matchType"`
}

// IdentityPoolRoleMapping says which role a provider's users get.
type IdentityPoolRoleMapping struct {
	// The provider the mapping applies to.
	ProviderUrl IdentityPoolProviderUrl `field:"required" json:"providerUrl" yaml:"providerUrl"`
	// The key of the mapping. Default: ProviderUrl's value (required when that is a token).
	MappingKey *string `field:"optional" json:"mappingKey" yaml:"mappingKey"`
	// Give ambiguous users the authenticated role instead of denying them. Default: false.
	ResolveAmbiguousRoles *bool `field:"optional" json:"resolveAmbiguousRoles" yaml:"resolveAmbiguousRoles"`
	// The rules, when UseToken is false.
	Rules *[]*RoleMappingRule `field:"optional" json:"rules" yaml:"rules"`
	// Take the role from the token's cognito:roles claim. Default: false.
	UseToken *bool `field:"optional" json:"useToken" yaml:"useToken"`
}

// IdentityPoolProps are the props of NewIdentityPool.
type IdentityPoolProps struct {
	// Allow the basic (classic) authentication flow. Default: false.
	AllowClassicFlow *bool `field:"optional" json:"allowClassicFlow" yaml:"allowClassicFlow"`
	// Allow guests. Default: false.
	AllowUnauthenticatedIdentities *bool `field:"optional" json:"allowUnauthenticatedIdentities" yaml:"allowUnauthenticatedIdentities"`
	// Default: a new role trusting the pool's authenticated identities.
	AuthenticatedRole awsiam.IRole `field:"optional" json:"authenticatedRole" yaml:"authenticatedRole"`
	// The identity providers.
	AuthenticationProviders *IdentityPoolAuthenticationProviders `field:"optional" json:"authenticationProviders" yaml:"authenticationProviders"`
	// Default: generated by CloudFormation.
	IdentityPoolName *string `field:"optional" json:"identityPoolName" yaml:"identityPoolName"`
	// Role mappings per provider.
	RoleMappings *[]*IdentityPoolRoleMapping `field:"optional" json:"roleMappings" yaml:"roleMappings"`
	// Default: a new role trusting the pool's unauthenticated identities.
	UnauthenticatedRole awsiam.IRole `field:"optional" json:"unauthenticatedRole" yaml:"unauthenticatedRole"`
}

// IdentityPool is a Cognito identity pool (AWS::Cognito::IdentityPool) with
// its roles and role attachment.
type IdentityPool interface {
	awscdk.Resource
	IIdentityPool
	// The role authenticated users assume.
	AuthenticatedRole() awsiam.IRole
	// The role guests assume.
	UnauthenticatedRole() awsiam.IRole
	// The pool's role attachment.
	RoleAttachment() awscognito.CfnIdentityPoolRoleAttachment
	// AddUserPoolAuthentication lets a user pool's users sign in.
	AddUserPoolAuthentication(userPool IUserPoolAuthenticationProvider)
}

type identityPool struct {
	awscdk.Resource
	id, arn, name        *string
	authRole, unauthRole awsiam.IRole
	attachment           awscognito.CfnIdentityPoolRoleAttachment
	providers            []*UserPoolAuthenticationProviderBindConfig
}

// IdentityPool_PROPERTY_INJECTION_ID is the id property injectors use for IdentityPool.
func IdentityPool_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cognito-identitypool.IdentityPool")
}

type anyProducer func() interface{}

func (f anyProducer) Produce() interface{} { return f() }

// frozen hands an ordered object to an L1 as a token: the L1 renders plain
// values through their Go types, and the keys must keep aws-cdk-lib's order.
func frozen(v interface{}) interface{} {
	return awscdk.Lazy_Any(anyProducer(func() interface{} { return v }), nil)
}

// NewIdentityPool creates an identity pool, its default roles (unless given)
// and its role attachment.
func NewIdentityPool(scope constructs.Construct, id *string, props *IdentityPoolProps) IdentityPool {
	props = l2.Inject(*IdentityPool_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &IdentityPoolProps{}
	}
	p := &identityPool{}
	p.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.IdentityPoolName})
	host.Set(p.Resource, p)

	auth := props.AuthenticationProviders
	if auth == nil {
		auth = &IdentityPoolAuthenticationProviders{}
	}
	if auth.UserPools != nil {
		for _, up := range *auth.UserPools {
			p.providers = append(p.providers, up.Bind(p, p, nil))
		}
	}
	var oidcArns *[]interface{}
	if auth.OpenIdConnectProviders != nil {
		l := []interface{}{}
		for _, o := range *auth.OpenIdConnectProviders {
			l = append(l, o.OidcProviderRef().OidcProviderArn)
		}
		oidcArns = &l
	}
	var samlArns *[]*string
	if auth.SamlProviders != nil {
		l := []*string{}
		for _, s := range *auth.SamlProviders {
			l = append(l, s.SamlProviderRef().SamlProviderArn)
		}
		samlArns = &l
	}
	// Insertion order is aws-cdk-lib's: Amazon, Facebook, Google, Apple, Twitter.
	logins := ojson.New()
	if auth.Amazon != nil {
		logins.Set("www.amazon.com", deref(auth.Amazon.AppId))
	}
	if auth.Facebook != nil {
		logins.Set("graph.facebook.com", deref(auth.Facebook.AppId))
	}
	if auth.Google != nil {
		logins.Set("accounts.google.com", deref(auth.Google.ClientId))
	}
	if auth.Apple != nil {
		logins.Set("appleid.apple.com", deref(auth.Apple.ServicesId))
	}
	if auth.Twitter != nil {
		logins.Set("api.twitter.com", deref(auth.Twitter.ConsumerKey)+";"+deref(auth.Twitter.ConsumerSecret))
	}
	var supported interface{}
	if logins.Len() > 0 {
		supported = frozen(logins)
	}
	var classic interface{}
	if props.AllowClassicFlow != nil {
		classic = *props.AllowClassicFlow
	}
	cfn := awscognito.NewCfnIdentityPool(p, jsii.String("Resource"), &awscognito.CfnIdentityPoolProps{
		AllowUnauthenticatedIdentities: props.AllowUnauthenticatedIdentities != nil && *props.AllowUnauthenticatedIdentities,
		AllowClassicFlow:               classic,
		IdentityPoolName:               p.PhysicalName(),
		DeveloperProviderName:          auth.CustomProvider,
		OpenIdConnectProviderArns:      oidcArns,
		SamlProviderArns:               samlArns,
		SupportedLoginProviders:        supported,
		// Providers added later by AddUserPoolAuthentication count too.
		CognitoIdentityProviders: awscdk.Lazy_Any(anyProducer(p.renderProviders), nil),
	})
	p.name = cfn.AttrName()
	p.id = cfn.Ref()
	p.arn = awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{
		Service:      jsii.String("cognito-identity"),
		Resource:     jsii.String("identitypool"),
		ResourceName: p.id,
		ArnFormat:    awscdk.ArnFormat_SLASH_RESOURCE_NAME,
	})
	p.authRole = props.AuthenticatedRole
	if p.authRole == nil {
		p.authRole = p.defaultRole("Authenticated")
	}
	p.unauthRole = props.UnauthenticatedRole
	if p.unauthRole == nil {
		p.unauthRole = p.defaultRole("Unauthenticated")
	}
	p.attachment = newRoleAttachment(p, p.authRole, p.unauthRole, props.RoleMappings)
	return p
}

// renderProviders writes CloudFormation's names: the value is a token, which
// the L1 does not map.
func (p *identityPool) renderProviders() interface{} {
	out := []interface{}{}
	for _, c := range p.providers {
		o := ojson.New()
		o.Set("ClientId", deref(c.ClientId))
		o.Set("ProviderName", deref(c.ProviderName))
		o.Set("ServerSideTokenCheck", c.ServerSideTokenCheck != nil && *c.ServerSideTokenCheck)
		out = append(out, o)
	}
	return out
}

// defaultRole is a role the pool's identities of one kind
// ("Authenticated" or "Unauthenticated") may assume.
func (p *identityPool) defaultRole(kind string) awsiam.IRole {
	// The principal carries StringEquals before ForAnyValue:StringLike, as
	// aws-cdk-lib writes them; a Go map would sort them the other way.
	principal := awsiam.NewFederatedPrincipal(jsii.String("cognito-identity.amazonaws.com"),
		&map[string]interface{}{"StringEquals": map[string]interface{}{"cognito-identity.amazonaws.com:aud": p.id}},
		jsii.String("sts:AssumeRoleWithWebIdentity")).
		WithConditions(&map[string]interface{}{"ForAnyValue:StringLike": map[string]interface{}{"cognito-identity.amazonaws.com:amr": strings.ToLower(kind)}})
	return awsiam.NewRole(p, jsii.String(kind+"Role"), &awsiam.RoleProps{
		Description: jsii.String("Default " + kind + " Role for Identity Pool " + deref(p.name)),
		AssumedBy:   principal,
	})
}

func (p *identityPool) IdentityPoolId() *string   { return p.id }
func (p *identityPool) IdentityPoolArn() *string  { return p.arn }
func (p *identityPool) IdentityPoolName() *string { return p.name }
func (p *identityPool) IdentityPoolRef() *interfacesawscognito.IdentityPoolReference {
	return &interfacesawscognito.IdentityPoolReference{IdentityPoolId: p.id}
}
func (p *identityPool) AuthenticatedRole() awsiam.IRole   { return p.authRole }
func (p *identityPool) UnauthenticatedRole() awsiam.IRole { return p.unauthRole }
func (p *identityPool) RoleAttachment() awscognito.CfnIdentityPoolRoleAttachment {
	return p.attachment
}
func (p *identityPool) AddUserPoolAuthentication(userPool IUserPoolAuthenticationProvider) {
	if userPool == nil {
		l2.Throw(p, "AddUserPoolAuthentication: userPool is required")
	}
	p.providers = append(p.providers, userPool.Bind(p, p, nil))
}

// newRoleAttachment is aws-cdk-lib's IdentityPoolRoleAttachment (not public
// in aws-cdk-go): a Resource "DefaultRoleAttachment" holding the L1.
func newRoleAttachment(pool *identityPool, auth, unauth awsiam.IRole, mappings *[]*IdentityPoolRoleMapping) awscognito.CfnIdentityPoolRoleAttachment {
	r := awscdk.NewResource(pool, jsii.String("DefaultRoleAttachment"), nil)
	var roles interface{}
	if auth != nil || unauth != nil {
		o := ojson.New()
		if auth != nil {
			o.Set("authenticated", deref(auth.RoleArn()))
		}
		if unauth != nil {
			o.Set("unauthenticated", deref(unauth.RoleArn()))
		}
		roles = frozen(o)
	}
	var roleMappings interface{}
	if mappings != nil && len(*mappings) > 0 {
		roleMappings = frozen(renderRoleMappings(r, *mappings))
	}
	return awscognito.NewCfnIdentityPoolRoleAttachment(r, jsii.String("Resource"), &awscognito.CfnIdentityPoolRoleAttachmentProps{
		IdentityPoolId: pool.id,
		Roles:          roles,
		RoleMappings:   roleMappings,
	})
}

func renderRoleMappings(scope constructs.IConstruct, mappings []*IdentityPoolRoleMapping) interface{} {
	out := ojson.New()
	for _, m := range mappings {
		if m == nil || m.ProviderUrl == nil {
			l2.Throw(scope, "IdentityPoolRoleMapping.providerUrl is required")
		}
		value := m.ProviderUrl.Value()
		key := deref(m.MappingKey)
		if key == "" {
			if *awscdk.Token_IsUnresolved(deref(value)) {
				l2.Throw(scope, "mappingKey must be provided when providerUrl.value is a token")
			}
			key = deref(value)
		}
		// CloudFormation's names, in aws-cdk-lib's order.
		rm := ojson.New()
		ambiguous := "Deny"
		if m.ResolveAmbiguousRoles != nil && *m.ResolveAmbiguousRoles {
			ambiguous = "AuthenticatedRole"
		}
		rm.Set("AmbiguousRoleResolution", ambiguous)
		rm.Set("IdentityProvider", deref(value))
		if m.UseToken != nil && *m.UseToken {
			rm.Set("Type", "Token")
		} else {
			if m.Rules == nil {
				l2.Throw(scope, "IdentityPoolRoleMapping.rules is required when useToken is false")
			}
			rules := []interface{}{}
			for _, rule := range *m.Rules {
				if rule == nil || rule.MappedRole == nil {
					l2.Throw(scope, "RoleMappingRule.mappedRole is required")
				}
				mt := rule.MatchType
				if mt == "" {
					mt = RoleMappingMatchType_EQUALS
				}
				r := ojson.New()
				r.Set("Claim", deref(rule.Claim))
				r.Set("MatchType", matchTypeValues[mt])
				r.Set("RoleARN", deref(rule.MappedRole.RoleArn()))
				r.Set("Value", deref(rule.ClaimValue))
				rules = append(rules, r)
			}
			rc := ojson.New()
			rc.Set("Rules", rules)
			rm.Set("RulesConfiguration", rc)
			rm.Set("Type", "Rules")
		}
		out.Set(key, rm)
	}
	return out
}
