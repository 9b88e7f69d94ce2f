package awsapigatewayv2

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigatewayv2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscertificatemanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// EndpointType is where a custom domain's endpoint lives.
type EndpointType string

const (
	EndpointType_EDGE     EndpointType = "EDGE"
	EndpointType_REGIONAL EndpointType = "REGIONAL"
)

// SecurityPolicy is the TLS version a custom domain accepts.
type SecurityPolicy string

const (
	SecurityPolicy_TLS_1_0 SecurityPolicy = "TLS_1_0"
	SecurityPolicy_TLS_1_2 SecurityPolicy = "TLS_1_2"
)

// IDomainName is a custom domain of API Gateway v2 APIs.
type IDomainName interface {
	interfacesawsapigatewayv2.IDomainNameRef
	awscdk.IResource
	Name() *string
	RegionalDomainName() *string
	RegionalHostedZoneId() *string
}

// MTLSConfig is a custom domain's mutual TLS truststore.
type MTLSConfig struct {
	Bucket  awss3.IBucket `field:"required" json:"bucket" yaml:"bucket"`
	Key     *string       `field:"required" json:"key" yaml:"key"`
	Version *string       `field:"optional" json:"version" yaml:"version"`
}

// EndpointOptions describe one endpoint of a custom domain.
type EndpointOptions struct {
	Certificate          interfacesawscertificatemanager.ICertificateRef `field:"required" json:"certificate" yaml:"certificate"`
	CertificateName      *string                                         `field:"optional" json:"certificateName" yaml:"certificateName"`
	EndpointType         EndpointType                                    `field:"optional" json:"endpointType" yaml:"endpointType"`
	IpAddressType        IpAddressType                                   `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	OwnershipCertificate interfacesawscertificatemanager.ICertificateRef `field:"optional" json:"ownershipCertificate" yaml:"ownershipCertificate"`
	SecurityPolicy       SecurityPolicy                                  `field:"optional" json:"securityPolicy" yaml:"securityPolicy"`
}

// DomainNameProps are the props of NewDomainName.
type DomainNameProps struct {
	Certificate          interfacesawscertificatemanager.ICertificateRef `field:"required" json:"certificate" yaml:"certificate"`
	CertificateName      *string                                         `field:"optional" json:"certificateName" yaml:"certificateName"`
	EndpointType         EndpointType                                    `field:"optional" json:"endpointType" yaml:"endpointType"`
	IpAddressType        IpAddressType                                   `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	OwnershipCertificate interfacesawscertificatemanager.ICertificateRef `field:"optional" json:"ownershipCertificate" yaml:"ownershipCertificate"`
	SecurityPolicy       SecurityPolicy                                  `field:"optional" json:"securityPolicy" yaml:"securityPolicy"`
	DomainName           *string                                         `field:"required" json:"domainName" yaml:"domainName"`
	Mtls                 *MTLSConfig                                     `field:"optional" json:"mtls" yaml:"mtls"`
}

// DomainNameAttributes describe a custom domain defined outside this app.
type DomainNameAttributes struct {
	Name                 *string `field:"required" json:"name" yaml:"name"`
	RegionalDomainName   *string `field:"required" json:"regionalDomainName" yaml:"regionalDomainName"`
	RegionalHostedZoneId *string `field:"required" json:"regionalHostedZoneId" yaml:"regionalHostedZoneId"`
}

// DomainName is a custom domain (AWS::ApiGatewayV2::DomainName).
type DomainName interface {
	awscdk.Resource
	IDomainName
	AddEndpoint(options *EndpointOptions)
}

type domainName struct {
	awscdk.Resource
	res     CfnDomainName
	configs []*CfnDomainName_DomainNameConfigurationProperty
}

// DomainName_PROPERTY_INJECTION_ID is the id property injectors use for DomainName.
func DomainName_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigatewayv2.DomainName")
}

// NewDomainName creates a custom domain, with an endpoint when props name a certificate.
func NewDomainName(scope constructs.Construct, id *string, props *DomainNameProps) DomainName {
	props = l2.Inject(*DomainName_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &DomainNameProps{}
	}
	d := &domainName{configs: []*CfnDomainName_DomainNameConfigurationProperty{}}
	d.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(d.Resource, d)
	if props.DomainName != nil && *props.DomainName == "" {
		l2.Throw(scope, "empty string for domainName not allowed")
	}
	if props.OwnershipCertificate != nil && props.Mtls == nil {
		l2.Throw(scope, "ownership certificate can only be used with mtls domains")
	}
	cfn := &CfnDomainNameProps{DomainName: props.DomainName, DomainNameConfigurations: &d.configs}
	if m := props.Mtls; m != nil {
		cfn.MutualTlsAuthentication = &CfnDomainName_MutualTlsAuthenticationProperty{TruststoreUri: m.Bucket.S3UrlForObject(m.Key), TruststoreVersion: m.Version}
	}
	d.res = NewCfnDomainName(d, jsii.String("Resource"), cfn)
	if props.Certificate != nil {
		d.AddEndpoint(&EndpointOptions{Certificate: props.Certificate, CertificateName: props.CertificateName, EndpointType: props.EndpointType,
			IpAddressType: props.IpAddressType, OwnershipCertificate: props.OwnershipCertificate, SecurityPolicy: props.SecurityPolicy})
	}
	return d
}

// AddEndpoint adds an endpoint (one per endpoint type).
func (d *domainName) AddEndpoint(options *EndpointOptions) {
	if options == nil || options.Certificate == nil {
		l2.Throw(d, "addEndpoint: a certificate is required")
	}
	endpointType := "REGIONAL"
	if options.EndpointType != "" {
		endpointType = string(options.EndpointType)
	}
	for _, c := range d.configs {
		if deref(c.EndpointType) == endpointType {
			l2.Throw(d, "an endpoint with type %s already exists", endpointType)
		}
	}
	c := &CfnDomainName_DomainNameConfigurationProperty{CertificateArn: options.Certificate.CertificateRef().CertificateArn,
		CertificateName: options.CertificateName, EndpointType: &endpointType, SecurityPolicy: strOrNil(options.SecurityPolicy),
		IpAddressType: options.IpAddressType.cfn()}
	if options.OwnershipCertificate != nil {
		c.OwnershipVerificationCertificateArn = options.OwnershipCertificate.CertificateRef().CertificateArn
	}
	d.configs = append(d.configs, c)
	d.res.SetDomainNameConfigurations(&d.configs)
}

func (d *domainName) Name() *string { return d.res.Ref() }
func (d *domainName) RegionalDomainName() *string {
	return awscdk.Token_AsString(d.res.GetAtt(jsii.String("RegionalDomainName"), ""), nil)
}
func (d *domainName) RegionalHostedZoneId() *string {
	return awscdk.Token_AsString(d.res.GetAtt(jsii.String("RegionalHostedZoneId"), ""), nil)
}
func (d *domainName) DomainNameRef() *interfacesawsapigatewayv2.DomainNameReference {
	return &interfacesawsapigatewayv2.DomainNameReference{DomainName: d.res.Ref(),
		DomainNameArn: awscdk.Token_AsString(d.res.GetAtt(jsii.String("DomainNameArn"), ""), nil)}
}

type importedDomainName struct {
	awscdk.Resource
	attrs DomainNameAttributes
}

func (d *importedDomainName) Name() *string                 { return d.attrs.Name }
func (d *importedDomainName) RegionalDomainName() *string   { return d.attrs.RegionalDomainName }
func (d *importedDomainName) RegionalHostedZoneId() *string { return d.attrs.RegionalHostedZoneId }
func (d *importedDomainName) DomainNameRef() *interfacesawsapigatewayv2.DomainNameReference {
	return &interfacesawsapigatewayv2.DomainNameReference{DomainName: d.attrs.Name,
		DomainNameArn: awscdk.Stack_Of(d).FormatArn(&awscdk.ArnComponents{Service: jsii.String("apigateway"),
			ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_SLASH_RESOURCE_NAME, Resource: jsii.String("domainnames"), ResourceName: d.attrs.Name})}
}

// DomainName_FromDomainNameAttributes imports a custom domain.
func DomainName_FromDomainNameAttributes(scope constructs.Construct, id *string, attrs *DomainNameAttributes) IDomainName {
	d := &importedDomainName{}
	if attrs != nil {
		d.attrs = *attrs
	}
	d.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(d.Resource, d)
	return d
}

// DomainMappingOptions map a stage to a custom domain.
type DomainMappingOptions struct {
	DomainName interfacesawsapigatewayv2.IDomainNameRef `field:"required" json:"domainName" yaml:"domainName"`
	MappingKey *string                                  `field:"optional" json:"mappingKey" yaml:"mappingKey"`
}

// IApiMapping is a mapping of an API stage to a custom domain.
type IApiMapping interface {
	interfacesawsapigatewayv2.IApiMappingRef
	awscdk.IResource
	ApiMappingId() *string
}

// ApiMappingProps are the props of NewApiMapping.
type ApiMappingProps struct {
	Api           interfacesawsapigatewayv2.IApiRef        `field:"required" json:"api" yaml:"api"`
	DomainName    interfacesawsapigatewayv2.IDomainNameRef `field:"required" json:"domainName" yaml:"domainName"`
	ApiMappingKey *string                                  `field:"optional" json:"apiMappingKey" yaml:"apiMappingKey"`
	// Default: the API's default stage.
	Stage IStage `field:"optional" json:"stage" yaml:"stage"`
}

// ApiMappingAttributes describe an API mapping defined outside this app.
type ApiMappingAttributes struct {
	ApiMappingId *string `field:"required" json:"apiMappingId" yaml:"apiMappingId"`
	DomainName   *string `field:"optional" json:"domainName" yaml:"domainName"`
}

// ApiMapping maps an API stage to a custom domain (AWS::ApiGatewayV2::ApiMapping).
type ApiMapping interface {
	awscdk.Resource
	IApiMapping
	ApiMappingRef() *interfacesawsapigatewayv2.ApiMappingReference
	DomainName() IDomainName
	DomainUrl() *string
	MappingKey() *string
}

type apiMapping struct {
	awscdk.Resource
	id, key *string
	domain  interfacesawsapigatewayv2.IDomainNameRef
}

// ApiMapping_PROPERTY_INJECTION_ID is the id property injectors use for ApiMapping.
func ApiMapping_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigatewayv2.ApiMapping")
}

// NewApiMapping maps a stage (default: the API's default stage) to a custom domain.
func NewApiMapping(scope constructs.Construct, id *string, props *ApiMappingProps) ApiMapping {
	props = l2.Inject(*ApiMapping_PROPERTY_INJECTION_ID(), props, scope, id)
	m := &apiMapping{}
	m.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(m.Resource, m)
	if props == nil || props.Api == nil || props.DomainName == nil {
		l2.Throw(m, "ApiMapping: api and domainName are required")
		return m
	}
	stage := props.Stage
	if stage == nil {
		if h, ok := props.Api.(IHttpApi); ok && h.DefaultStage() != nil {
			stage = h.DefaultStage()
		}
	}
	if stage == nil {
		l2.Throw(scope, "stage property must be specified")
	}
	if props.ApiMappingKey != nil && *props.ApiMappingKey == "" {
		l2.Throw(scope, "empty string for api mapping key not allowed")
	}
	res := NewCfnApiMapping(m, jsii.String("Resource"), &CfnApiMappingProps{ApiId: props.Api.ApiRef().ApiId,
		DomainName: props.DomainName.DomainNameRef().DomainName, Stage: stage.StageName(), ApiMappingKey: props.ApiMappingKey})
	dependOnStage(m, stage)
	m.id, m.key, m.domain = res.Ref(), props.ApiMappingKey, props.DomainName
	return m
}

func (m *apiMapping) ApiMappingId() *string { return m.id }
func (m *apiMapping) MappingKey() *string   { return m.key }
func (m *apiMapping) DomainName() IDomainName {
	d, ok := m.domain.(IDomainName)
	if !ok {
		l2.Throw(m, "Supplied domainName does not implement IDomainName")
	}
	return d
}
func (m *apiMapping) ApiMappingRef() *interfacesawsapigatewayv2.ApiMappingReference {
	return &interfacesawsapigatewayv2.ApiMappingReference{ApiMappingId: m.id, DomainName: m.domain.DomainNameRef().DomainName}
}

// DomainUrl is https://<domain>/<mapping key>.
func (m *apiMapping) DomainUrl() *string {
	return jsii.String("https://" + *m.domain.DomainNameRef().DomainName + "/" + deref(m.key))
}

type importedApiMapping struct {
	awscdk.Resource
	attrs ApiMappingAttributes
}

func (m *importedApiMapping) ApiMappingId() *string { return m.attrs.ApiMappingId }
func (m *importedApiMapping) ApiMappingRef() *interfacesawsapigatewayv2.ApiMappingReference {
	if m.attrs.DomainName == nil {
		l2.Throw(m, "Cannot use object in this API: 'domainName' was not supplied when calling ApiMapping.fromApiMappingAttributes()")
	}
	return &interfacesawsapigatewayv2.ApiMappingReference{ApiMappingId: m.attrs.ApiMappingId, DomainName: m.attrs.DomainName}
}

// ApiMapping_FromApiMappingAttributes imports an API mapping.
func ApiMapping_FromApiMappingAttributes(scope constructs.Construct, id *string, attrs *ApiMappingAttributes) IApiMapping {
	m := &importedApiMapping{}
	if attrs != nil {
		m.attrs = *attrs
	}
	m.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(m.Resource, m)
	return m
}

// addDomainMapping maps stage to the custom domain of opts, once per stage,
// as aws-cdk-lib's StageBase does (the mapping's id is the domain's
// string form followed by the mapping key, "undefined" without one).
func addDomainMapping(stage constructs.Construct, api IApi, st IStage, opts *DomainMappingOptions, existing ApiMapping) ApiMapping {
	if existing != nil {
		l2.Throw(stage, "Only one ApiMapping allowed per Stage")
	}
	key := "undefined"
	if opts.MappingKey != nil {
		key = *opts.MappingKey
	}
	id := jsString(opts.DomainName) + key
	m := NewApiMapping(stage, jsii.String(strings.ReplaceAll(id, "/", "--")), &ApiMappingProps{Api: api, DomainName: opts.DomainName, Stage: st, ApiMappingKey: opts.MappingKey})
	stage.Node().AddDependency(opts.DomainName)
	return m
}

// jsString is what JavaScript's String(x) gives for a construct: its path.
func jsString(c constructs.IConstruct) string {
	if s, ok := c.(interface{ ToString() *string }); ok {
		return deref(s.ToString())
	}
	return *c.Node().Path()
}

// dependOnStage makes m depend on the resources of stage outside m itself
// (a domain mapping of a stage is the stage's child; aws-cdk-lib drops the
// mapping's dependency on itself).
func dependOnStage(m constructs.IConstruct, stage IStage) {
	inside := map[constructs.IConstruct]bool{}
	for _, c := range *m.Node().FindAll(constructs.ConstructOrder_PREORDER) {
		inside[c] = true
	}
	var deps []constructs.IDependable
	for _, c := range *stage.Node().FindAll(constructs.ConstructOrder_PREORDER) {
		if inside[c] {
			continue
		}
		if _, ok := c.(awscdk.CfnResource); ok {
			deps = append(deps, c)
		}
	}
	if len(deps) > 0 {
		m.Node().AddDependency(deps...)
	}
}
