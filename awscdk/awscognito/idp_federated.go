package awscognito

import (
	"fmt"
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// OidcAttributeRequestMethod is how Cognito asks an OIDC provider for attributes.
type OidcAttributeRequestMethod string

const (
	OidcAttributeRequestMethod_GET  OidcAttributeRequestMethod = "GET"
	OidcAttributeRequestMethod_POST OidcAttributeRequestMethod = "POST"
)

// OidcEndpoints are an OIDC provider's endpoints, for providers without discovery.
type OidcEndpoints struct {
	Authorization *string `field:"required" json:"authorization" yaml:"authorization"`
	JwksUri       *string `field:"required" json:"jwksUri" yaml:"jwksUri"`
	Token         *string `field:"required" json:"token" yaml:"token"`
	UserInfo      *string `field:"required" json:"userInfo" yaml:"userInfo"`
}

// UserPoolIdentityProviderOidcProps are the props of NewUserPoolIdentityProviderOidc.
type UserPoolIdentityProviderOidcProps struct {
	UserPool         IUserPool         `field:"required" json:"userPool" yaml:"userPool"`
	AttributeMapping *AttributeMapping `field:"optional" json:"attributeMapping" yaml:"attributeMapping"`
	ClientId         *string           `field:"required" json:"clientId" yaml:"clientId"`
	ClientSecret     *string           `field:"required" json:"clientSecret" yaml:"clientSecret"`
	// IssuerUrl is where Cognito discovers the endpoints unless Endpoints are given.
	IssuerUrl *string `field:"required" json:"issuerUrl" yaml:"issuerUrl"`
	// Default: GET.
	AttributeRequestMethod OidcAttributeRequestMethod `field:"optional" json:"attributeRequestMethod" yaml:"attributeRequestMethod"`
	Endpoints              *OidcEndpoints             `field:"optional" json:"endpoints" yaml:"endpoints"`
	Identifiers            *[]*string                 `field:"optional" json:"identifiers" yaml:"identifiers"`
	// Default: derived from the construct's unique id.
	Name *string `field:"optional" json:"name" yaml:"name"`
	// Default: ["openid"].
	Scopes *[]*string `field:"optional" json:"scopes" yaml:"scopes"`
}

// UserPoolIdentityProviderOidc is an OpenID Connect user pool identity provider.
type UserPoolIdentityProviderOidc interface {
	awscdk.Resource
	IUserPoolIdentityProvider
	ConfigureAttributeMapping() interface{}
}

type oidcIdp struct{ idpBase }

var oidcName = regexp.MustCompile(`^[^_\p{Z}][\p{L}\p{M}\p{S}\p{N}\p{P}][^_\p{Z}]+$`)

// NewUserPoolIdentityProviderOidc adds an OpenID Connect provider to a user pool.
func NewUserPoolIdentityProviderOidc(scope constructs.Construct, id *string, props *UserPoolIdentityProviderOidcProps) UserPoolIdentityProviderOidc {
	props = l2.Inject(*UserPoolIdentityProviderOidc_PROPERTY_INJECTION_ID(), props, scope, id)
	o := &oidcIdp{}
	if props == nil {
		props = &UserPoolIdentityProviderOidcProps{}
	}
	if !o.init(o, scope, id, "UserPoolIdentityProviderOidc", props.UserPool, props.AttributeMapping) {
		return o
	}
	method := props.AttributeRequestMethod
	if method == "" {
		method = OidcAttributeRequestMethod_GET
	}
	e := props.Endpoints
	if e == nil {
		e = &OidcEndpoints{}
	}
	d := details("client_id", props.ClientId, "client_secret", props.ClientSecret,
		"authorize_scopes", joinScopes(props.Scopes, []string{"openid"}, " "), "attributes_request_method", jsii.String(string(method)),
		"oidc_issuer", props.IssuerUrl, "authorize_url", e.Authorization, "token_url", e.Token, "attributes_url", e.UserInfo, "jwks_uri", e.JwksUri)
	o.finishAs(o, o.name(props.Name), "OIDC", d, props.Identifiers)
	return o
}

func (o *oidcIdp) name(name *string) string {
	if name != nil {
		n := *name
		if !*awscdk.Token_IsUnresolved(n) && (len([]rune(n)) < 3 || len([]rune(n)) > 32) {
			l2.Throw(o, "Expected provider name to be between 3 and 32 characters, received %s (%d characters)", n, len([]rune(n)))
		}
		if !oidcName.MatchString(n) {
			l2.Throw(o, "Expected provider name must match [^_p{Z}][p{L}p{M}p{S}p{N}p{P}][^_p{Z}]+, received %s", n)
		}
		return n
	}
	u := deref(awscdk.Names_UniqueId(o))
	switch {
	case len(u) < 3:
		return u + "oidc"
	case len(u) > 32:
		return u[:16] + u[len(u)-16:]
	}
	return u
}

// UserPoolIdentityProviderSamlMetadataType says whether SAML metadata is a URL or a document.
type UserPoolIdentityProviderSamlMetadataType string

const (
	UserPoolIdentityProviderSamlMetadataType_URL  UserPoolIdentityProviderSamlMetadataType = "URL"
	UserPoolIdentityProviderSamlMetadataType_FILE UserPoolIdentityProviderSamlMetadataType = "FILE"
)

// SigningAlgorithm signs SAML requests.
type SigningAlgorithm string

const (
	SigningAlgorithm_RSA_SHA256 SigningAlgorithm = "RSA_SHA256"
)

// cfn is the value aws-cdk-lib writes for the algorithm.
func (a SigningAlgorithm) cfn() *string {
	switch a {
	case "":
		return nil
	case SigningAlgorithm_RSA_SHA256:
		return jsii.String("rsa-sha256")
	}
	return jsii.String(string(a))
}

// UserPoolIdentityProviderSamlMetadata is a SAML provider's metadata, by URL or content.
type UserPoolIdentityProviderSamlMetadata interface {
	MetadataContent() *string
	MetadataType() UserPoolIdentityProviderSamlMetadataType
}

type samlMetadata struct {
	content *string
	typ     UserPoolIdentityProviderSamlMetadataType
}

func (m *samlMetadata) MetadataContent() *string { return m.content }
func (m *samlMetadata) MetadataType() UserPoolIdentityProviderSamlMetadataType {
	return m.typ
}

// UserPoolIdentityProviderSamlMetadata_File is metadata given as the document's content.
func UserPoolIdentityProviderSamlMetadata_File(fileContent *string) UserPoolIdentityProviderSamlMetadata {
	return &samlMetadata{fileContent, UserPoolIdentityProviderSamlMetadataType_FILE}
}

// UserPoolIdentityProviderSamlMetadata_Url is metadata Cognito fetches from url.
func UserPoolIdentityProviderSamlMetadata_Url(url *string) UserPoolIdentityProviderSamlMetadata {
	return &samlMetadata{url, UserPoolIdentityProviderSamlMetadataType_URL}
}

// UserPoolIdentityProviderSamlProps are the props of NewUserPoolIdentityProviderSaml.
type UserPoolIdentityProviderSamlProps struct {
	UserPool           IUserPool                            `field:"required" json:"userPool" yaml:"userPool"`
	AttributeMapping   *AttributeMapping                    `field:"optional" json:"attributeMapping" yaml:"attributeMapping"`
	Metadata           UserPoolIdentityProviderSamlMetadata `field:"required" json:"metadata" yaml:"metadata"`
	EncryptedResponses *bool                                `field:"optional" json:"encryptedResponses" yaml:"encryptedResponses"`
	Identifiers        *[]*string                           `field:"optional" json:"identifiers" yaml:"identifiers"`
	IdpInitiated       *bool                                `field:"optional" json:"idpInitiated" yaml:"idpInitiated"`
	// Default: false.
	IdpSignout *bool `field:"optional" json:"idpSignout" yaml:"idpSignout"`
	// Default: a unique name of at most 32 characters.
	Name                    *string          `field:"optional" json:"name" yaml:"name"`
	RequestSigningAlgorithm SigningAlgorithm `field:"optional" json:"requestSigningAlgorithm" yaml:"requestSigningAlgorithm"`
}

// UserPoolIdentityProviderSaml is a SAML user pool identity provider.
type UserPoolIdentityProviderSaml interface {
	awscdk.Resource
	IUserPoolIdentityProvider
	ConfigureAttributeMapping() interface{}
}

type samlIdp struct{ idpBase }

// NewUserPoolIdentityProviderSaml adds a SAML provider to a user pool.
func NewUserPoolIdentityProviderSaml(scope constructs.Construct, id *string, props *UserPoolIdentityProviderSamlProps) UserPoolIdentityProviderSaml {
	props = l2.Inject(*UserPoolIdentityProviderSaml_PROPERTY_INJECTION_ID(), props, scope, id)
	s := &samlIdp{}
	if props == nil {
		props = &UserPoolIdentityProviderSamlProps{}
	}
	if !s.init(s, scope, id, "UserPoolIdentityProviderSaml", props.UserPool, props.AttributeMapping) {
		return s
	}
	s.checkName(props.Name)
	if props.Metadata == nil {
		l2.Throw(s, "UserPoolIdentityProviderSaml: metadata is required")
	}
	var url, file *string
	if props.Metadata.MetadataType() == UserPoolIdentityProviderSamlMetadataType_URL {
		url = props.Metadata.MetadataContent()
	} else {
		file = props.Metadata.MetadataContent()
	}
	signout := props.IdpSignout
	if signout == nil {
		signout = jsii.Bool(false)
	}
	d := details("IDPSignout", signout, "MetadataURL", url, "MetadataFile", file, "EncryptedResponses", props.EncryptedResponses,
		"RequestSigningAlgorithm", props.RequestSigningAlgorithm.cfn(), "IDPInit", props.IdpInitiated)
	name := deref(props.Name)
	if props.Name == nil {
		name = deref(awscdk.Names_UniqueResourceName(s, &awscdk.UniqueResourceNameOptions{MaxLength: jsii.Number(32)}))
		if len(name) < 3 {
			name += "saml"
		}
	}
	s.finishAs(s, name, "SAML", d, props.Identifiers)
	return s
}

func (s *samlIdp) checkName(name *string) {
	if name == nil || *awscdk.Token_IsUnresolved(*name) {
		return
	}
	if n := len([]rune(*name)); n < 3 || n > 32 {
		l2.Throw(s, "%s", fmt.Sprintf("Expected provider name to be between 3 and 32 characters, received %s (%d characters)", *name, n))
	}
}
