package awscognito

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscognito"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// CognitoDomainOptions is a domain under amazoncognito.com.
type CognitoDomainOptions struct {
	DomainPrefix *string `field:"required" json:"domainPrefix" yaml:"domainPrefix"`
}

// CustomDomainOptions is a domain of the account's own.
type CustomDomainOptions struct {
	Certificate interfacesawscertificatemanager.ICertificateRef `field:"required" json:"certificate" yaml:"certificate"`
	DomainName  *string                                         `field:"required" json:"domainName" yaml:"domainName"`
}

// UserPoolDomainOptions are the options of UserPool.AddDomain.
type UserPoolDomainOptions struct {
	CognitoDomain       *CognitoDomainOptions `field:"optional" json:"cognitoDomain" yaml:"cognitoDomain"`
	CustomDomain        *CustomDomainOptions  `field:"optional" json:"customDomain" yaml:"customDomain"`
	ManagedLoginVersion ManagedLoginVersion   `field:"optional" json:"managedLoginVersion" yaml:"managedLoginVersion"`
}

// UserPoolDomainProps are the props of NewUserPoolDomain.
type UserPoolDomainProps struct {
	CognitoDomain       *CognitoDomainOptions             `field:"optional" json:"cognitoDomain" yaml:"cognitoDomain"`
	CustomDomain        *CustomDomainOptions              `field:"optional" json:"customDomain" yaml:"customDomain"`
	ManagedLoginVersion ManagedLoginVersion               `field:"optional" json:"managedLoginVersion" yaml:"managedLoginVersion"`
	UserPool            interfacesawscognito.IUserPoolRef `field:"required" json:"userPool" yaml:"userPool"`
}

// BaseUrlOptions are the options of UserPoolDomain.BaseUrl.
type BaseUrlOptions struct {
	Fips *bool `field:"optional" json:"fips" yaml:"fips"`
}

// SignInUrlOptions are the options of UserPoolDomain.SignInUrl.
type SignInUrlOptions struct {
	Fips        *bool   `field:"optional" json:"fips" yaml:"fips"`
	RedirectUri *string `field:"required" json:"redirectUri" yaml:"redirectUri"`
	// Default: "/login".
	SignInPath *string `field:"optional" json:"signInPath" yaml:"signInPath"`
}

// IUserPoolDomain is a user pool domain, defined in this app or imported.
type IUserPoolDomain interface {
	awscdk.IResource
	interfacesawscognito.IUserPoolDomainRef
	DomainName() *string
}

// UserPoolDomain is a user pool's hosted UI domain (AWS::Cognito::UserPoolDomain).
type UserPoolDomain interface {
	awscdk.Resource
	IUserPoolDomain
	CloudFrontEndpoint() *string
	// Deprecated: use CloudFrontEndpoint.
	CloudFrontDomainName() *string
	BaseUrl(options *BaseUrlOptions) *string
	SignInUrl(client UserPoolClient, options *SignInUrlOptions) *string
}

type userPoolDomain struct {
	awscdk.Resource
	pool     interfacesawscognito.IUserPoolRef
	resource CfnUserPoolDomain
	name     *string
	cognito  bool
}

// UserPoolDomain_PROPERTY_INJECTION_ID is the id property injectors use for UserPoolDomain.
func UserPoolDomain_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cognito.UserPoolDomain")
}

var domainPrefixPattern = regexp.MustCompile(`^[a-z0-9-]+$`)

// NewUserPoolDomain creates a Cognito or custom domain for a user pool.
func NewUserPoolDomain(scope constructs.Construct, id *string, props *UserPoolDomainProps) UserPoolDomain {
	props = l2.Inject(*UserPoolDomain_PROPERTY_INJECTION_ID(), props, scope, id)
	d := &userPoolDomain{}
	d.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(d.Resource, d)
	if props == nil || props.UserPool == nil {
		l2.AddError(d, "UserPoolDomain: userPool is required")
		return d
	}
	d.pool = props.UserPool
	if (props.CustomDomain != nil) == (props.CognitoDomain != nil) {
		l2.Throw(d, "One of, and only one of, cognitoDomain or customDomain must be specified")
	}
	if c := props.CognitoDomain; c != nil && c.DomainPrefix != nil && !*awscdk.Token_IsUnresolved(*c.DomainPrefix) && !domainPrefixPattern.MatchString(*c.DomainPrefix) {
		l2.Throw(d, "domainPrefix for cognitoDomain can contain only lowercase alphabets, numbers and hyphens")
	}
	d.cognito = props.CognitoDomain != nil
	cfn := &CfnUserPoolDomainProps{UserPoolId: props.UserPool.UserPoolRef().UserPoolId, ManagedLoginVersion: props.ManagedLoginVersion.cfn()}
	if d.cognito {
		cfn.Domain = props.CognitoDomain.DomainPrefix
	} else {
		cfn.Domain = props.CustomDomain.DomainName
		cfn.CustomDomainConfig = &CfnUserPoolDomain_CustomDomainConfigTypeProperty{CertificateArn: props.CustomDomain.Certificate.CertificateRef().CertificateArn}
	}
	d.resource = NewCfnUserPoolDomain(d, jsii.String("Resource"), cfn)
	d.name = d.resource.Ref()
	return d
}

func (d *userPoolDomain) DomainName() *string { return d.name }

func (d *userPoolDomain) UserPoolDomainRef() *interfacesawscognito.UserPoolDomainReference {
	return &interfacesawscognito.UserPoolDomainReference{Domain: d.name, UserPoolId: d.pool.UserPoolRef().UserPoolId}
}

// CloudFrontEndpoint is the CloudFront distribution of a custom domain.
func (d *userPoolDomain) CloudFrontEndpoint() *string {
	return d.resource.GetAtt(jsii.String("CloudFrontDistribution"), awscdk.ResolutionTypeHint_STRING).ToString()
}

// BaseUrl is the domain's URL.
func (d *userPoolDomain) BaseUrl(options *BaseUrlOptions) *string {
	if d.cognito {
		auth := "auth"
		if options != nil && boolOr(options.Fips) {
			auth = "auth-fips"
		}
		return jsii.String("https://" + *d.name + "." + auth + "." + *awscdk.Stack_Of(d).Region() + ".amazoncognito.com")
	}
	return jsii.String("https://" + *d.name)
}

// SignInUrl is the hosted sign-in URL for client.
func (d *userPoolDomain) SignInUrl(client UserPoolClient, options *SignInUrlOptions) *string {
	if options == nil {
		options = &SignInUrlOptions{}
	}
	var responseType string
	switch f := client.OAuthFlows(); {
	case boolOr(f.AuthorizationCodeGrant):
		responseType = "code"
	case boolOr(f.ImplicitCodeGrant):
		responseType = "token"
	default:
		l2.Throw(d, "signInUrl is not supported for clients without authorizationCodeGrant or implicitCodeGrant flow enabled")
	}
	path := or(options.SignInPath, "/login")
	base := d.BaseUrl(&BaseUrlOptions{Fips: options.Fips})
	return jsii.String(*base + path + "?client_id=" + *client.UserPoolClientId() + "&response_type=" + responseType + "&redirect_uri=" + deref(options.RedirectUri))
}

type importedDomain struct {
	awscdk.Resource
	name *string
}

func (d *importedDomain) DomainName() *string { return d.name }
func (d *importedDomain) UserPoolDomainRef() *interfacesawscognito.UserPoolDomainReference {
	return &interfacesawscognito.UserPoolDomainReference{Domain: d.name}
}

// UserPoolDomain_FromDomainName imports a user pool domain.
func UserPoolDomain_FromDomainName(scope constructs.Construct, id *string, userPoolDomainName *string) IUserPoolDomain {
	d := &importedDomain{name: userPoolDomainName}
	d.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(d.Resource, d)
	return d
}

// UserPoolGroupOptions are the options of UserPool.AddGroup.
type UserPoolGroupOptions struct {
	Description *string                   `field:"optional" json:"description" yaml:"description"`
	GroupName   *string                   `field:"optional" json:"groupName" yaml:"groupName"`
	Precedence  *float64                  `field:"optional" json:"precedence" yaml:"precedence"`
	Role        interfacesawsiam.IRoleRef `field:"optional" json:"role" yaml:"role"`
}

// UserPoolGroupProps are the props of NewUserPoolGroup.
type UserPoolGroupProps struct {
	Description *string                           `field:"optional" json:"description" yaml:"description"`
	GroupName   *string                           `field:"optional" json:"groupName" yaml:"groupName"`
	Precedence  *float64                          `field:"optional" json:"precedence" yaml:"precedence"`
	Role        interfacesawsiam.IRoleRef         `field:"optional" json:"role" yaml:"role"`
	UserPool    interfacesawscognito.IUserPoolRef `field:"required" json:"userPool" yaml:"userPool"`
}

// IUserPoolGroup is a user pool group, defined in this app or imported.
type IUserPoolGroup interface {
	awscdk.IResource
	interfacesawscognito.IUserPoolGroupRef
	GroupName() *string
}

// UserPoolGroup is a user pool group (AWS::Cognito::UserPoolGroup).
type UserPoolGroup interface {
	awscdk.Resource
	IUserPoolGroup
}

type userPoolGroup struct {
	awscdk.Resource
	pool interfacesawscognito.IUserPoolRef
	name *string
}

var groupNamePattern = regexp.MustCompile(`^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$`)

// NewUserPoolGroup creates a user pool group.
func NewUserPoolGroup(scope constructs.Construct, id *string, props *UserPoolGroupProps) UserPoolGroup {
	props = l2.Inject(*UserPoolGroup_PROPERTY_INJECTION_ID(), props, scope, id)
	g := &userPoolGroup{}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	if props == nil || props.UserPool == nil {
		l2.AddError(g, "UserPoolGroup: userPool is required")
		return g
	}
	g.pool = props.UserPool
	if d := props.Description; d != nil && !*awscdk.Token_IsUnresolved(*d) && len([]rune(*d)) > 2048 {
		l2.Throw(g, "`description` must be between 0 and 2048 characters. Received: %d characters", len([]rune(*d)))
	}
	if p := props.Precedence; p != nil && !*awscdk.Token_IsUnresolved(*p) && (*p < 0 || *p > 2147483647) {
		l2.Throw(g, "`precedence` must be between 0 and 2^31-1. Received: %s", num(*p))
	}
	if n := props.GroupName; n != nil && !*awscdk.Token_IsUnresolved(*n) && !groupNamePattern.MatchString(*n) {
		l2.Throw(g, "`groupName` must be between 1 and 128 characters and can include letters, numbers, and symbols.")
	}
	cfn := &CfnUserPoolGroupProps{UserPoolId: props.UserPool.UserPoolRef().UserPoolId, Description: props.Description,
		GroupName: props.GroupName, Precedence: props.Precedence}
	if props.Role != nil {
		cfn.RoleArn = props.Role.RoleRef().RoleArn
	}
	g.name = NewCfnUserPoolGroup(g, jsii.String("Resource"), cfn).Ref()
	return g
}

func (g *userPoolGroup) GroupName() *string { return g.name }
func (g *userPoolGroup) UserPoolGroupRef() *interfacesawscognito.UserPoolGroupReference {
	return &interfacesawscognito.UserPoolGroupReference{GroupName: g.name, UserPoolId: g.pool.UserPoolRef().UserPoolId}
}

type importedGroup struct {
	awscdk.Resource
	name *string
}

func (g *importedGroup) GroupName() *string { return g.name }
func (g *importedGroup) UserPoolGroupRef() *interfacesawscognito.UserPoolGroupReference {
	return &interfacesawscognito.UserPoolGroupReference{GroupName: g.name}
}

// UserPoolGroup_FromGroupName imports a group by name.
func UserPoolGroup_FromGroupName(scope constructs.Construct, id *string, groupName *string) IUserPoolGroup {
	g := &importedGroup{name: groupName}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	return g
}

// ResourceServerScopeProps are the props of NewResourceServerScope.
type ResourceServerScopeProps struct {
	ScopeDescription *string `field:"required" json:"scopeDescription" yaml:"scopeDescription"`
	ScopeName        *string `field:"required" json:"scopeName" yaml:"scopeName"`
}

// ResourceServerScope is a scope a resource server defines.
type ResourceServerScope interface {
	ScopeDescription() *string
	ScopeName() *string
}

type resourceServerScope struct{ name, description *string }

func (s *resourceServerScope) ScopeName() *string        { return s.name }
func (s *resourceServerScope) ScopeDescription() *string { return s.description }

// NewResourceServerScope is a scope: a name of 1 to 256 allowed characters and a description.
func NewResourceServerScope(props *ResourceServerScopeProps) ResourceServerScope {
	if props == nil {
		props = &ResourceServerScopeProps{}
	}
	return &resourceServerScope{name: props.ScopeName, description: props.ScopeDescription}
}

// UserPoolResourceServerOptions are the options of UserPool.AddResourceServer.
type UserPoolResourceServerOptions struct {
	Identifier                 *string                `field:"required" json:"identifier" yaml:"identifier"`
	Scopes                     *[]ResourceServerScope `field:"optional" json:"scopes" yaml:"scopes"`
	UserPoolResourceServerName *string                `field:"optional" json:"userPoolResourceServerName" yaml:"userPoolResourceServerName"`
}

// UserPoolResourceServerProps are the props of NewUserPoolResourceServer.
type UserPoolResourceServerProps struct {
	Identifier                 *string                           `field:"required" json:"identifier" yaml:"identifier"`
	Scopes                     *[]ResourceServerScope            `field:"optional" json:"scopes" yaml:"scopes"`
	UserPoolResourceServerName *string                           `field:"optional" json:"userPoolResourceServerName" yaml:"userPoolResourceServerName"`
	UserPool                   interfacesawscognito.IUserPoolRef `field:"required" json:"userPool" yaml:"userPool"`
}

// IUserPoolResourceServer is a resource server, defined in this app or imported.
type IUserPoolResourceServer interface {
	awscdk.IResource
	interfacesawscognito.IUserPoolResourceServerRef
	UserPoolResourceServerId() *string
}

// UserPoolResourceServer is an OAuth resource server (AWS::Cognito::UserPoolResourceServer).
type UserPoolResourceServer interface {
	awscdk.Resource
	IUserPoolResourceServer
}

type userPoolResourceServer struct {
	awscdk.Resource
	pool interfacesawscognito.IUserPoolRef
	id   *string
}

// NewUserPoolResourceServer creates a resource server.
func NewUserPoolResourceServer(scope constructs.Construct, id *string, props *UserPoolResourceServerProps) UserPoolResourceServer {
	props = l2.Inject(*UserPoolResourceServer_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &UserPoolResourceServerProps{}
	}
	r := &userPoolResourceServer{}
	r.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.Identifier})
	host.Set(r.Resource, r)
	if props.UserPool == nil {
		l2.AddError(r, "UserPoolResourceServer: userPool is required")
		return r
	}
	r.pool = props.UserPool
	name := props.UserPoolResourceServerName
	if name == nil {
		name = r.PhysicalName()
	}
	cfn := &CfnUserPoolResourceServerProps{Identifier: r.PhysicalName(), Name: name, UserPoolId: props.UserPool.UserPoolRef().UserPoolId}
	if props.Scopes != nil {
		var scopes []*CfnUserPoolResourceServer_ResourceServerScopeTypeProperty
		for _, s := range *props.Scopes {
			scopes = append(scopes, &CfnUserPoolResourceServer_ResourceServerScopeTypeProperty{ScopeDescription: s.ScopeDescription(), ScopeName: s.ScopeName()})
		}
		cfn.Scopes = scopes
	}
	r.id = NewCfnUserPoolResourceServer(r, jsii.String("Resource"), cfn).Ref()
	return r
}

func (r *userPoolResourceServer) UserPoolResourceServerId() *string { return r.id }
func (r *userPoolResourceServer) UserPoolResourceServerRef() *interfacesawscognito.UserPoolResourceServerReference {
	return &interfacesawscognito.UserPoolResourceServerReference{Identifier: r.PhysicalName(), UserPoolId: r.pool.UserPoolRef().UserPoolId}
}

type importedResourceServer struct {
	awscdk.Resource
	id *string
}

func (r *importedResourceServer) UserPoolResourceServerId() *string { return r.id }
func (r *importedResourceServer) UserPoolResourceServerRef() *interfacesawscognito.UserPoolResourceServerReference {
	return &interfacesawscognito.UserPoolResourceServerReference{Identifier: r.id}
}

// UserPoolResourceServer_FromUserPoolResourceServerId imports a resource server.
func UserPoolResourceServer_FromUserPoolResourceServerId(scope constructs.Construct, id *string, userPoolResourceServerId *string) IUserPoolResourceServer {
	r := &importedResourceServer{id: userPoolResourceServerId}
	r.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(r.Resource, r)
	return r
}
