package awsiam

import (
	"os"
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ---- RoleGrants ----

// RoleGrants grants permissions on a role: to assume it, or to pass it.
type RoleGrants interface {
	AssumeRole(identity IPrincipal) Grant
	PassRole(identity IPrincipal) Grant
}

type roleGrants struct{ role interfacesawsiam.IRoleRef }

// RoleGrants_FromRole returns the grants of a role.
func RoleGrants_FromRole(role interfacesawsiam.IRoleRef) RoleGrants { return &roleGrants{role: role} }

func (g *roleGrants) AssumeRole(identity IPrincipal) Grant {
	switch identity.(type) {
	case ServicePrincipal, AccountPrincipal:
		throwScoped(g.role, "Cannot use a service or account principal with grantAssumeRole, use assumeRolePolicy instead.")
	}
	return Grant_AddToPrincipal(&GrantOnPrincipalOptions{Grantee: identity, Actions: &[]*string{str("sts:AssumeRole")},
		ResourceArns: &[]*string{g.role.RoleRef().RoleArn}})
}

func (g *roleGrants) PassRole(identity IPrincipal) Grant {
	return Grant_AddToPrincipal(&GrantOnPrincipalOptions{Grantee: identity, Actions: &[]*string{str("iam:PassRole")},
		ResourceArns: &[]*string{g.role.RoleRef().RoleArn}})
}

// Grants returns the role's grants.
func (r *role) Grants() RoleGrants { return RoleGrants_FromRole(r) }

// ---- AccessKey ----

// AccessKeyStatus is whether an access key can be used.
type AccessKeyStatus string

const (
	AccessKeyStatus_ACTIVE   AccessKeyStatus = "ACTIVE"
	AccessKeyStatus_INACTIVE AccessKeyStatus = "INACTIVE"
	AccessKeyStatus_EXPIRED  AccessKeyStatus = "EXPIRED"
)

var accessKeyStatusValues = map[AccessKeyStatus]string{"ACTIVE": "Active", "INACTIVE": "Inactive", "EXPIRED": "Expired"}

// AccessKeyProps are the props of NewAccessKey.
type AccessKeyProps struct {
	User   IUser           `field:"required" json:"user" yaml:"user"`
	Serial *float64        `field:"optional" json:"serial" yaml:"serial"`
	Status AccessKeyStatus `field:"optional" json:"status" yaml:"status"`
}

// IAccessKey is an IAM user's access key.
type IAccessKey interface {
	interfacesawsiam.IAccessKeyRef
	awscdk.IResource
	AccessKeyId() *string
	SecretAccessKey() awscdk.SecretValue
}

// AccessKey is an access key of an IAM user (AWS::IAM::AccessKey).
type AccessKey interface {
	awscdk.Resource
	IAccessKey
}

type accessKey struct {
	awscdk.Resource
	res CfnAccessKey
}

// NewAccessKey creates an access key for props.User.
func NewAccessKey(scope constructs.Construct, id *string, props *AccessKeyProps) AccessKey {
	props = l2.Inject(*AccessKey_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.User == nil {
		l2.RequireProps(scope, id, "AccessKey", "User")
	}
	a := &accessKey{}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	var status *string
	if props.Status != "" {
		v, ok := accessKeyStatusValues[props.Status]
		if !ok {
			v = string(props.Status)
		}
		status = str(v)
	}
	a.res = NewCfnAccessKey(a, str("Resource"), &CfnAccessKeyProps{UserName: props.User.UserName(), Serial: props.Serial, Status: status})
	return a
}

// NewAccessKey_Override initialises a type embedding AccessKey.
func NewAccessKey_Override(outer AccessKey, scope constructs.Construct, id *string, props *AccessKeyProps) {
	l2.Override(outer, NewAccessKey(scope, id, props))
}

func (a *accessKey) AccessKeyId() *string { return a.res.Ref() }
func (a *accessKey) AccessKeyRef() *interfacesawsiam.AccessKeyReference {
	return &interfacesawsiam.AccessKeyReference{AccessKeyId: a.res.Ref()}
}
func (a *accessKey) SecretAccessKey() awscdk.SecretValue {
	return awscdk.SecretValue_ResourceAttribute(a.res.AttrSecretAccessKey())
}

// ---- InstanceProfile ----

// InstanceProfileProps are the props of NewInstanceProfile.
type InstanceProfileProps struct {
	InstanceProfileName *string `field:"optional" json:"instanceProfileName" yaml:"instanceProfileName"`
	Path                *string `field:"optional" json:"path" yaml:"path"`
	Role                IRole   `field:"optional" json:"role" yaml:"role"`
}

// InstanceProfileAttributes identify an existing instance profile.
type InstanceProfileAttributes struct {
	InstanceProfileArn *string `field:"required" json:"instanceProfileArn" yaml:"instanceProfileArn"`
	Role               IRole   `field:"optional" json:"role" yaml:"role"`
}

// IInstanceProfile is an EC2 instance profile.
type IInstanceProfile interface {
	interfacesawsiam.IInstanceProfileRef
	awscdk.IResource
	InstanceProfileArn() *string
	InstanceProfileName() *string
	Role() IRole
}

// InstanceProfile is an EC2 instance profile (AWS::IAM::InstanceProfile);
// without a role it makes one EC2 can assume.
type InstanceProfile interface {
	awscdk.Resource
	IInstanceProfile
}

type instanceProfile struct {
	awscdk.Resource
	role      IRole
	res       CfnInstanceProfile
	path      *string
	arn, name *string
}

// NewInstanceProfile creates an instance profile.
func NewInstanceProfile(scope constructs.Construct, id *string, props *InstanceProfileProps) InstanceProfile {
	props = l2.Inject(*InstanceProfile_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &InstanceProfileProps{}
	}
	p := &instanceProfile{path: props.Path}
	p.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.InstanceProfileName})
	host.Set(p.Resource, p)
	p.role = props.Role
	if p.role == nil || isNil(p.role) {
		p.role = NewRole(p.Resource, str("InstanceRole"), &RoleProps{RoleName: awscdk.PhysicalName_GENERATE_IF_NEEDED(),
			AssumedBy: NewServicePrincipal(str("ec2.amazonaws.com"), nil)})
	}
	p.res = NewCfnInstanceProfile(p, str("Resource"), &CfnInstanceProfileProps{
		Roles: &[]interface{}{p.role.RoleName()}, InstanceProfileName: p.PhysicalName(), Path: props.Path,
	})
	return p
}

// NewInstanceProfile_Override initialises a type embedding InstanceProfile.
func NewInstanceProfile_Override(outer InstanceProfile, scope constructs.Construct, id *string, props *InstanceProfileProps) {
	l2.Override(outer, NewInstanceProfile(scope, id, props))
}

func (p *instanceProfile) Role() IRole { return p.role }
func (p *instanceProfile) InstanceProfileName() *string {
	if p.name == nil {
		p.name = p.GetResourceNameAttribute(p.res.Ref())
	}
	return p.name
}
func (p *instanceProfile) InstanceProfileArn() *string {
	if p.arn == nil {
		prefix := deref(p.path)
		prefix = strings.TrimPrefix(prefix, "/")
		p.arn = p.GetResourceArnAttribute(p.res.AttrArn(), &awscdk.ArnComponents{Region: str(""), Service: str("iam"),
			Resource: str("instance-profile"), ResourceName: str(prefix + deref(p.PhysicalName()))})
	}
	return p.arn
}
func (p *instanceProfile) InstanceProfileRef() *interfacesawsiam.InstanceProfileReference {
	return &interfacesawsiam.InstanceProfileReference{InstanceProfileName: p.InstanceProfileName(), InstanceProfileArn: p.InstanceProfileArn()}
}

type importedInstanceProfile struct {
	awscdk.Resource
	arn, name *string
	role      IRole
}

func (p *importedInstanceProfile) Role() IRole                  { return p.role }
func (p *importedInstanceProfile) InstanceProfileArn() *string  { return p.arn }
func (p *importedInstanceProfile) InstanceProfileName() *string { return p.name }
func (p *importedInstanceProfile) InstanceProfileRef() *interfacesawsiam.InstanceProfileReference {
	return &interfacesawsiam.InstanceProfileReference{InstanceProfileName: p.name, InstanceProfileArn: p.arn}
}

// InstanceProfile_FromInstanceProfileAttributes imports an instance profile.
func InstanceProfile_FromInstanceProfileAttributes(scope constructs.Construct, id *string, attrs *InstanceProfileAttributes) IInstanceProfile {
	if attrs == nil || attrs.InstanceProfileArn == nil {
		l2.RequireProps(scope, id, "InstanceProfileAttributes", "InstanceProfileArn")
	}
	name := extractResourceName(attrs.InstanceProfileArn, "instance-profile")
	// The last path segment, as aws-cdk-lib's split("/").pop(); a token
	// has no "/" to split at and is taken whole.
	if !*awscdk.Token_IsUnresolved(name) {
		parts := strings.Split(*name, "/")
		name = str(parts[len(parts)-1])
	}
	p := &importedInstanceProfile{arn: attrs.InstanceProfileArn, name: name, role: attrs.Role}
	p.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(p.Resource, p)
	return p
}

// InstanceProfile_FromInstanceProfileArn imports an instance profile by ARN.
func InstanceProfile_FromInstanceProfileArn(scope constructs.Construct, id *string, instanceProfileArn *string) IInstanceProfile {
	return InstanceProfile_FromInstanceProfileAttributes(scope, id, &InstanceProfileAttributes{InstanceProfileArn: instanceProfileArn})
}

// InstanceProfile_FromInstanceProfileName imports an instance profile of the stack's account by name.
func InstanceProfile_FromInstanceProfileName(scope constructs.Construct, id *string, instanceProfileName *string) IInstanceProfile {
	arn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: str("iam"), Region: str(""), Resource: str("instance-profile"), ResourceName: instanceProfileName})
	return InstanceProfile_FromInstanceProfileAttributes(scope, id, &InstanceProfileAttributes{InstanceProfileArn: arn})
}

// ---- SAML ----

// SamlMetadataDocument is the XML metadata of a SAML identity provider.
type SamlMetadataDocument interface {
	Xml() *string
}

type samlMetadata struct{ xml *string }

func (s *samlMetadata) Xml() *string { return s.xml }

// SamlMetadataDocument_FromXml uses the XML as given.
func SamlMetadataDocument_FromXml(xml *string) SamlMetadataDocument { return &samlMetadata{xml: xml} }

// SamlMetadataDocument_FromFile reads the XML from a file.
func SamlMetadataDocument_FromFile(path *string) SamlMetadataDocument {
	b, err := os.ReadFile(deref(path))
	if err != nil {
		diag.Panic("", "SamlMetadataDocument_FromFile: %v", err)
	}
	return &samlMetadata{xml: str(string(b))}
}

type abstractSamlMetadata struct{}

func (abstractSamlMetadata) Xml() *string {
	diag.Panic("", "a type embedding SamlMetadataDocument must define Xml()")
	return nil
}

// NewSamlMetadataDocument_Override initialises a user's type embedding
// SamlMetadataDocument, which must define Xml.
func NewSamlMetadataDocument_Override(outer SamlMetadataDocument) {
	l2.Override[SamlMetadataDocument](outer, abstractSamlMetadata{})
}

// SamlProviderProps are the props of NewSamlProvider.
type SamlProviderProps struct {
	MetadataDocument SamlMetadataDocument `field:"required" json:"metadataDocument" yaml:"metadataDocument"`
	Name             *string              `field:"optional" json:"name" yaml:"name"`
}

// ISamlProvider is a SAML identity provider.
type ISamlProvider interface {
	awscdk.IResource
	interfacesawsiam.ISAMLProviderRef
	SamlProviderArn() *string
}

// SamlProvider is a SAML identity provider (AWS::IAM::SAMLProvider).
type SamlProvider interface {
	awscdk.Resource
	ISamlProvider
}

type samlProvider struct {
	awscdk.Resource
	arn *string
}

func (s *samlProvider) SamlProviderArn() *string { return s.arn }
func (s *samlProvider) SamlProviderRef() *interfacesawsiam.SAMLProviderReference {
	return &interfacesawsiam.SAMLProviderReference{SamlProviderArn: s.arn}
}

var samlName = regexp.MustCompile(`^[\w+=,.@-]{1,128}$`)

// NewSamlProvider creates a SAML provider.
func NewSamlProvider(scope constructs.Construct, id *string, props *SamlProviderProps) SamlProvider {
	props = l2.Inject(*SamlProvider_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.MetadataDocument == nil {
		l2.RequireProps(scope, id, "SamlProvider", "MetadataDocument")
	}
	s := &samlProvider{}
	s.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(s.Resource, s)
	if n := props.Name; n != nil && *n != "" && !*awscdk.Token_IsUnresolved(n) && !samlName.MatchString(*n) {
		throwScoped(s, "Invalid SAML provider name. The name must be a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: _+=,.@-. Length must be between 1 and 128 characters.")
	}
	res := NewCfnSAMLProvider(s, str("Resource"), &CfnSAMLProviderProps{Name: props.Name, SamlMetadataDocument: props.MetadataDocument.Xml()})
	s.arn = res.Ref()
	return s
}

// NewSamlProvider_Override initialises a type embedding SamlProvider.
func NewSamlProvider_Override(outer SamlProvider, scope constructs.Construct, id *string, props *SamlProviderProps) {
	l2.Override(outer, NewSamlProvider(scope, id, props))
}

type importedSamlProvider struct {
	awscdk.Resource
	arn *string
}

func (s *importedSamlProvider) SamlProviderArn() *string { return s.arn }
func (s *importedSamlProvider) SamlProviderRef() *interfacesawsiam.SAMLProviderReference {
	return &interfacesawsiam.SAMLProviderReference{SamlProviderArn: s.arn}
}

// SamlProvider_FromSamlProviderArn imports a SAML provider by ARN.
func SamlProvider_FromSamlProviderArn(scope constructs.Construct, id *string, samlProviderArn *string) ISamlProvider {
	s := &importedSamlProvider{arn: samlProviderArn}
	s.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(s.Resource, s)
	return s
}

// SamlPrincipal is a principal federated through a SAML provider.
type SamlPrincipal interface {
	FederatedPrincipal
}

type samlPrincipal struct{ federatedPrincipal }

// NewSamlPrincipal makes a principal assumed with sts:AssumeRoleWithSAML.
func NewSamlPrincipal(samlProvider interfacesawsiam.ISAMLProviderRef, conditions *map[string]interface{}) SamlPrincipal {
	return newSamlPrincipal(samlProvider, conditions, "SamlPrincipal")
}

func newSamlPrincipal(provider interfacesawsiam.ISAMLProviderRef, conditions *map[string]interface{}, name string) *samlPrincipal {
	if provider == nil {
		diag.Panic("", "%s needs a SAML provider", name)
	}
	p := &samlPrincipal{federatedPrincipal: *newFederated(provider.SamlProviderRef().SamlProviderArn, conditions, "sts:AssumeRoleWithSAML", name)}
	p.init(p)
	return p
}

// NewSamlPrincipal_Override initialises a type embedding SamlPrincipal.
func NewSamlPrincipal_Override(outer SamlPrincipal, samlProvider interfacesawsiam.ISAMLProviderRef, conditions *map[string]interface{}) {
	overridePrincipal(outer, NewSamlPrincipal(samlProvider, conditions))
}

// SamlConsolePrincipal is a SAML principal signing in to the AWS console:
// its SAML:aud condition is the sign-in URL of the provider's partition.
type SamlConsolePrincipal interface {
	SamlPrincipal
}

// NewSamlConsolePrincipal makes a console SAML principal.
func NewSamlConsolePrincipal(samlProvider ISamlProvider, conditions *map[string]interface{}) SamlConsolePrincipal {
	if samlProvider == nil {
		diag.Panic("", "SamlConsolePrincipal needs a SAML provider")
	}
	c := map[string]interface{}{}
	if conditions != nil {
		for k, v := range *conditions {
			c[k] = v
		}
	}
	c["StringEquals"] = map[string]interface{}{"SAML:aud": samlSignOnURL(deref(awscdk.Stack_Of(samlProvider).Region()))}
	return newSamlPrincipal(samlProvider, &c, "SamlConsolePrincipal")
}

// NewSamlConsolePrincipal_Override initialises a type embedding SamlConsolePrincipal.
func NewSamlConsolePrincipal_Override(outer SamlConsolePrincipal, samlProvider ISamlProvider, conditions *map[string]interface{}) {
	overridePrincipal(outer, NewSamlConsolePrincipal(samlProvider, conditions))
}

// samlSignOnURL is aws-cdk-lib's region fact for the SAML sign-on URL; an
// unknown region (or a token) gets the commercial partition's.
func samlSignOnURL(region string) string {
	switch {
	case strings.HasPrefix(region, "cn-"):
		return "https://signin.amazonaws.cn/saml"
	case strings.HasPrefix(region, "us-gov-"):
		return "https://signin.amazonaws-us-gov.com/saml"
	case strings.HasPrefix(region, "us-isob-"):
		return "https://signin.sc2shome.sgov.gov/saml"
	case strings.HasPrefix(region, "us-iso-"):
		return "https://signin.c2shome.ic.gov/saml"
	case strings.HasPrefix(region, "us-isof-"), strings.HasPrefix(region, "eu-isoe-"), strings.HasPrefix(region, "eusc-"):
		return ""
	}
	return "https://signin.aws.amazon.com/saml"
}

// ---- OIDC ----

// IOpenIdConnectProvider is an OpenID Connect identity provider.
type IOpenIdConnectProvider interface {
	interfacesawsiam.IOIDCProviderRef
	awscdk.IResource
	OpenIdConnectProviderArn() *string
	OpenIdConnectProviderIssuer() *string
}

// IOidcProvider is an OpenID Connect provider made natively
// (AWS::IAM::OIDCProvider).
type IOidcProvider interface {
	interfacesawsiam.IOIDCProviderRef
	awscdk.IResource
	OidcProviderArn() *string
	OidcProviderIssuer() *string
	OpenIdConnectProviderArn() *string
	OpenIdConnectProviderIssuer() *string
}

// OidcProviderNativeProps are the props of NewOidcProviderNative.
type OidcProviderNativeProps struct {
	Url              *string              `field:"required" json:"url" yaml:"url"`
	ClientIds        *[]*string           `field:"optional" json:"clientIds" yaml:"clientIds"`
	OidcProviderName *string              `field:"optional" json:"oidcProviderName" yaml:"oidcProviderName"`
	RemovalPolicy    awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	Thumbprints      *[]*string           `field:"optional" json:"thumbprints" yaml:"thumbprints"`
}

// OidcProviderNative is an OpenID Connect provider (AWS::IAM::OIDCProvider).
type OidcProviderNative interface {
	awscdk.Resource
	IOidcProvider
	OidcProviderThumbprints() *string
}

type oidcProvider struct {
	awscdk.Resource
	res CfnOIDCProvider
}

var hexOnly = regexp.MustCompile(`^[0-9a-fA-F]+$`)

// NewOidcProviderNative creates an OIDC provider for an https URL.
func NewOidcProviderNative(scope constructs.Construct, id *string, props *OidcProviderNativeProps) OidcProviderNative {
	props = l2.Inject(*OidcProviderNative_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Url == nil {
		l2.RequireProps(scope, id, "OidcProviderNative", "Url")
	}
	// aws-cdk-lib reports these against the scope, not the provider.
	if u := *props.Url; !*awscdk.Token_IsUnresolved(props.Url) {
		if !strings.HasPrefix(u, "https://") {
			throwScoped(scope, "The URL of the identity provider must start with https://")
		}
		if len(u) > 255 {
			throwScoped(scope, "The maximum length allowed for url is 255 characters")
		}
	}
	if props.ClientIds != nil {
		if len(*props.ClientIds) > 100 {
			throwScoped(scope, "The maximum number of clients that can be registered is 100")
		}
		for _, c := range *props.ClientIds {
			if !*awscdk.Token_IsUnresolved(c) && len(deref(c)) > 255 {
				throwScoped(scope, "The maximum length of a client ID is 255 characters")
			}
		}
	}
	if props.Thumbprints != nil {
		if len(*props.Thumbprints) > 5 {
			throwScoped(scope, "The maximum number of thumbprints is 5")
		}
		for _, t := range *props.Thumbprints {
			if !*awscdk.Token_IsUnresolved(t) && len(deref(t)) != 40 {
				throwScoped(scope, "The length of a thumbprint must be 40 characters")
			}
		}
		for _, t := range *props.Thumbprints {
			if !*awscdk.Token_IsUnresolved(t) && !hexOnly.MatchString(deref(t)) {
				throwScoped(scope, "All thumbprints must be in hexadecimal format")
			}
		}
	}
	o := &oidcProvider{}
	o.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.OidcProviderName})
	host.Set(o.Resource, o)
	o.res = NewCfnOIDCProvider(o, str("Resource"), &CfnOIDCProviderProps{Url: props.Url, ClientIdList: props.ClientIds, ThumbprintList: props.Thumbprints})
	if props.RemovalPolicy != "" {
		o.res.ApplyRemovalPolicy(props.RemovalPolicy, nil)
	}
	return o
}

// NewOidcProviderNative_Override initialises a type embedding OidcProviderNative.
func NewOidcProviderNative_Override(outer OidcProviderNative, scope constructs.Construct, id *string, props *OidcProviderNativeProps) {
	l2.Override(outer, NewOidcProviderNative(scope, id, props))
}

func (o *oidcProvider) OidcProviderArn() *string { return awscdk.Token_AsString(o.res.Ref(), nil) }
func (o *oidcProvider) OidcProviderIssuer() *string {
	return extractResourceName(o.OidcProviderArn(), "oidc-provider")
}
func (o *oidcProvider) OidcProviderThumbprints() *string {
	return awscdk.Token_AsString(o.res.ThumbprintList(), nil)
}
func (o *oidcProvider) OpenIdConnectProviderArn() *string    { return o.OidcProviderArn() }
func (o *oidcProvider) OpenIdConnectProviderIssuer() *string { return o.OidcProviderIssuer() }
func (o *oidcProvider) OidcProviderRef() *interfacesawsiam.OIDCProviderReference {
	return &interfacesawsiam.OIDCProviderReference{OidcProviderArn: o.OidcProviderArn()}
}

type importedOidcProvider struct {
	awscdk.Resource
	arn, issuer *string
}

func (o *importedOidcProvider) OidcProviderArn() *string             { return o.arn }
func (o *importedOidcProvider) OidcProviderIssuer() *string          { return o.issuer }
func (o *importedOidcProvider) OpenIdConnectProviderArn() *string    { return o.arn }
func (o *importedOidcProvider) OpenIdConnectProviderIssuer() *string { return o.issuer }
func (o *importedOidcProvider) OidcProviderRef() *interfacesawsiam.OIDCProviderReference {
	return &interfacesawsiam.OIDCProviderReference{OidcProviderArn: o.arn}
}

// OidcProviderNative_FromOidcProviderArn imports an OIDC provider by ARN.
func OidcProviderNative_FromOidcProviderArn(scope constructs.Construct, id *string, oidcProviderArn *string) IOidcProvider {
	o := &importedOidcProvider{arn: oidcProviderArn, issuer: extractResourceName(oidcProviderArn, "oidc-provider")}
	o.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(o.Resource, o)
	return o
}

// OpenIdConnectPrincipal is a principal federated through an OIDC provider.
type OpenIdConnectPrincipal interface {
	WebIdentityPrincipal
}

type openIdConnectPrincipal struct{ webIdentityPrincipal }

// NewOpenIdConnectPrincipal makes a principal assumed with
// sts:AssumeRoleWithWebIdentity through the provider.
func NewOpenIdConnectPrincipal(openIdConnectProvider interfacesawsiam.IOIDCProviderRef, conditions *map[string]interface{}) OpenIdConnectPrincipal {
	if openIdConnectProvider == nil {
		diag.Panic("", "OpenIdConnectPrincipal needs an OpenID Connect provider")
	}
	p := &openIdConnectPrincipal{webIdentityPrincipal{federatedPrincipal: *newFederated(openIdConnectProvider.OidcProviderRef().OidcProviderArn,
		conditions, "sts:AssumeRoleWithWebIdentity", "OpenIdConnectPrincipal")}}
	p.init(p)
	return p
}

// NewOpenIdConnectPrincipal_Override initialises a type embedding OpenIdConnectPrincipal.
func NewOpenIdConnectPrincipal_Override(outer OpenIdConnectPrincipal, openIdConnectProvider interfacesawsiam.IOIDCProviderRef, conditions *map[string]interface{}) {
	overridePrincipal(outer, NewOpenIdConnectPrincipal(openIdConnectProvider, conditions))
}

// extractResourceName is aws-cdk-lib's Arn.extractResourceName: for a token
// ARN, the part after ":<type>/"; for a literal one, the resource name of
// the expected type. (awscdk.Arn_ExtractResourceName splits token ARNs
// differently; this keeps the templates identical until the core matches.)
func extractResourceName(arn *string, resourceType string) *string {
	a := deref(arn)
	if !strings.HasPrefix(a, "arn:") && *awscdk.Token_IsUnresolved(arn) {
		return awscdk.Fn_Select(jsii.Number(1), awscdk.Fn_Split(str(":"+resourceType+"/"), arn, nil))
	}
	parts := awscdk.Arn_Split(arn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	if !*awscdk.Token_IsUnresolved(parts.Resource) && deref(parts.Resource) != resourceType {
		diag.Panic("", "Expected resource type '%s' in ARN, got '%s' in '%s'", resourceType, deref(parts.Resource), a)
	}
	if deref(parts.ResourceName) == "" {
		diag.Panic("", "Expected resource name in ARN, didn't find one: '%s'", a)
	}
	return parts.ResourceName
}
