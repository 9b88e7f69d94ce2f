package awsiam

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/handlers/oidcprovider"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
)

const oidcResourceType = "Custom::AWSCDKOpenIdConnectProvider"

// OpenIdConnectProviderProps are the props of NewOpenIdConnectProvider.
type OpenIdConnectProviderProps struct {
	Url           *string              `field:"required" json:"url" yaml:"url"`
	ClientIds     *[]*string           `field:"optional" json:"clientIds" yaml:"clientIds"`
	RemovalPolicy awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	Thumbprints   *[]*string           `field:"optional" json:"thumbprints" yaml:"thumbprints"`
}

// OpenIdConnectProvider is an IAM OpenID Connect provider made by a custom
// resource (Custom::AWSCDKOpenIdConnectProvider), which can find the
// issuer's thumbprint itself. Its handler is Strata's own code, so the
// handler asset and CodeHash differ from aws-cdk-lib's template.
type OpenIdConnectProvider interface {
	awscdk.Resource
	IOpenIdConnectProvider
	OpenIdConnectProviderthumbprints() *string
}

type openIdConnectProvider struct {
	awscdk.Resource
	res awscdk.CustomResource
}

// NewOpenIdConnectProvider creates an OpenID Connect provider.
func NewOpenIdConnectProvider(scope constructs.Construct, id *string, props *OpenIdConnectProviderProps) OpenIdConnectProvider {
	props = l2.Inject(*OpenIdConnectProvider_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Url == nil {
		l2.RequireProps(scope, id, "OpenIdConnectProvider", "Url")
	}
	o := &openIdConnectProvider{}
	o.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(o.Resource, o)
	reject := *awscdk.FeatureFlags_Of(o).IsEnabled(str("@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections"))
	statement := ojson.New()
	statement.Set("Effect", "Allow")
	statement.Set("Resource", "*")
	statement.Set("Action", []interface{}{"iam:CreateOpenIDConnectProvider", "iam:DeleteOpenIDConnectProvider",
		"iam:UpdateOpenIDConnectProviderThumbprint", "iam:AddClientIDToOpenIDConnectProvider", "iam:RemoveClientIDFromOpenIDConnectProvider"})
	provider := awscdk.CustomResourceProvider_GetOrCreateProvider(o, str(oidcResourceType), &awscdk.CustomResourceProviderProps{
		CodeDirectory:    str(oidcprovider.Dir()),
		Runtime:          awscdk.CustomResourceProviderRuntime_NODEJS_24_X,
		PolicyStatements: &[]interface{}{statement},
	})
	o.res = awscdk.NewCustomResource(o, str("Resource"), &awscdk.CustomResourceProps{
		ResourceType:  str(oidcResourceType),
		ServiceToken:  provider.ServiceToken(),
		RemovalPolicy: props.RemovalPolicy,
	})
	// aws-cdk-lib writes the properties in this order, not sorted as a Go
	// map handed to CustomResourceProps.Properties would be.
	cfn := o.res.Node().DefaultChild().(awscdk.CfnResource)
	if props.ClientIds != nil {
		cfn.AddPropertyOverride(str("ClientIDList"), props.ClientIds)
	}
	if props.Thumbprints != nil {
		cfn.AddPropertyOverride(str("ThumbprintList"), props.Thumbprints)
	}
	cfn.AddPropertyOverride(str("Url"), props.Url)
	cfn.AddPropertyOverride(str("RejectUnauthorized"), reject)
	cfn.AddPropertyOverride(str("CodeHash"), provider.CodeHash())
	return o
}

// NewOpenIdConnectProvider_Override initialises a type embedding OpenIdConnectProvider.
func NewOpenIdConnectProvider_Override(outer OpenIdConnectProvider, scope constructs.Construct, id *string, props *OpenIdConnectProviderProps) {
	l2.Override(outer, NewOpenIdConnectProvider(scope, id, props))
}

func (o *openIdConnectProvider) OpenIdConnectProviderArn() *string {
	return awscdk.Token_AsString(o.res.Ref(), nil)
}
func (o *openIdConnectProvider) OpenIdConnectProviderIssuer() *string {
	return extractResourceName(o.OpenIdConnectProviderArn(), "oidc-provider")
}
func (o *openIdConnectProvider) OpenIdConnectProviderthumbprints() *string {
	return awscdk.Token_AsString(o.res.GetAtt(str("Thumbprints")), nil)
}
func (o *openIdConnectProvider) OidcProviderRef() *interfacesawsiam.OIDCProviderReference {
	return &interfacesawsiam.OIDCProviderReference{OidcProviderArn: o.OpenIdConnectProviderArn()}
}

type importedOpenIdConnectProvider struct {
	awscdk.Resource
	arn, issuer *string
}

func (o *importedOpenIdConnectProvider) OpenIdConnectProviderArn() *string    { return o.arn }
func (o *importedOpenIdConnectProvider) OpenIdConnectProviderIssuer() *string { return o.issuer }
func (o *importedOpenIdConnectProvider) OidcProviderRef() *interfacesawsiam.OIDCProviderReference {
	return &interfacesawsiam.OIDCProviderReference{OidcProviderArn: o.arn}
}

// OpenIdConnectProvider_FromOpenIdConnectProviderArn imports a provider by ARN.
func OpenIdConnectProvider_FromOpenIdConnectProviderArn(scope constructs.Construct, id *string, openIdConnectProviderArn *string) IOpenIdConnectProvider {
	o := &importedOpenIdConnectProvider{arn: openIdConnectProviderArn, issuer: extractResourceName(openIdConnectProviderArn, "oidc-provider")}
	o.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(o.Resource, o)
	return o
}

// OpenIdConnectProvider_IsConstruct reports whether x is a construct.
func OpenIdConnectProvider_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// OpenIdConnectProvider_IsResource reports whether construct is a Resource.
func OpenIdConnectProvider_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// OpenIdConnectProvider_IsOwnedResource reports whether construct is a Resource this app created.
func OpenIdConnectProvider_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// OpenIdConnectProvider_PROPERTY_INJECTION_ID is the id property injectors use for OpenIdConnectProvider.
func OpenIdConnectProvider_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-iam.OpenIdConnectProvider")
}
