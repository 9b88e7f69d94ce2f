package awsapigateway

import (
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscertificatemanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// SecurityPolicy is the TLS version and cipher suite of a custom domain.
type SecurityPolicy string

const (
	SecurityPolicy_TLS_1_0                  SecurityPolicy = "TLS_1_0"
	SecurityPolicy_TLS_1_2                  SecurityPolicy = "TLS_1_2"
	SecurityPolicy_TLS13_1_3_2025_09        SecurityPolicy = "TLS13_1_3_2025_09"
	SecurityPolicy_TLS13_1_3_FIPS_2025_09   SecurityPolicy = "TLS13_1_3_FIPS_2025_09"
	SecurityPolicy_TLS13_1_2_PQ_2025_09     SecurityPolicy = "TLS13_1_2_PQ_2025_09"
	SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09 SecurityPolicy = "TLS13_1_2_PFS_PQ_2025_09"
	SecurityPolicy_TLS13_2025_EDGE          SecurityPolicy = "TLS13_2025_EDGE"
	SecurityPolicy_TLS12_PFS_2025_EDGE      SecurityPolicy = "TLS12_PFS_2025_EDGE"
	SecurityPolicy_TLS12_2018_EDGE          SecurityPolicy = "TLS12_2018_EDGE"
)

// cfnValue is the policy as CloudFormation names it: the enhanced
// policies carry a "SecurityPolicy_" prefix.
func (p SecurityPolicy) cfnValue() string {
	if p.enhanced() {
		return "SecurityPolicy_" + string(p)
	}
	return string(p)
}

func (p SecurityPolicy) enhanced() bool {
	return p != "" && p != SecurityPolicy_TLS_1_0 && p != SecurityPolicy_TLS_1_2
}

func (p SecurityPolicy) edgeOnly() bool {
	return p == SecurityPolicy_TLS13_2025_EDGE || p == SecurityPolicy_TLS12_PFS_2025_EDGE || p == SecurityPolicy_TLS12_2018_EDGE
}

// EndpointAccessMode is how strictly an enhanced security policy is applied.
type EndpointAccessMode string

const (
	EndpointAccessMode_STRICT EndpointAccessMode = "STRICT"
	EndpointAccessMode_BASIC  EndpointAccessMode = "BASIC"
)

// MTLSConfig is the truststore of a domain with mutual TLS.
type MTLSConfig struct {
	Bucket  awss3.IBucket `field:"required" json:"bucket" yaml:"bucket"`
	Key     *string       `field:"required" json:"key" yaml:"key"`
	Version *string       `field:"optional" json:"version" yaml:"version"`
}

// DomainNameOptions describe a custom domain of an API.
type DomainNameOptions struct {
	Certificate        interfacesawscertificatemanager.ICertificateRef `field:"required" json:"certificate" yaml:"certificate"`
	DomainName         *string                                         `field:"required" json:"domainName" yaml:"domainName"`
	BasePath           *string                                         `field:"optional" json:"basePath" yaml:"basePath"`
	EndpointAccessMode EndpointAccessMode                              `field:"optional" json:"endpointAccessMode" yaml:"endpointAccessMode"`
	EndpointType       EndpointType                                    `field:"optional" json:"endpointType" yaml:"endpointType"`
	Mtls               *MTLSConfig                                     `field:"optional" json:"mtls" yaml:"mtls"`
	SecurityPolicy     SecurityPolicy                                  `field:"optional" json:"securityPolicy" yaml:"securityPolicy"`
}

// DomainNameProps are the props of NewDomainName.
type DomainNameProps struct {
	Certificate        interfacesawscertificatemanager.ICertificateRef `field:"required" json:"certificate" yaml:"certificate"`
	DomainName         *string                                         `field:"required" json:"domainName" yaml:"domainName"`
	BasePath           *string                                         `field:"optional" json:"basePath" yaml:"basePath"`
	EndpointAccessMode EndpointAccessMode                              `field:"optional" json:"endpointAccessMode" yaml:"endpointAccessMode"`
	EndpointType       EndpointType                                    `field:"optional" json:"endpointType" yaml:"endpointType"`
	Mtls               *MTLSConfig                                     `field:"optional" json:"mtls" yaml:"mtls"`
	SecurityPolicy     SecurityPolicy                                  `field:"optional" json:"securityPolicy" yaml:"securityPolicy"`
	// The API mapped at BasePath (default none).
	Mapping IRestApi `field:"optional" json:"mapping" yaml:"mapping"`
}

// DomainNameAttributes describe a custom domain defined outside this app.
type DomainNameAttributes struct {
	DomainName                  *string `field:"required" json:"domainName" yaml:"domainName"`
	DomainNameAliasHostedZoneId *string `field:"required" json:"domainNameAliasHostedZoneId" yaml:"domainNameAliasHostedZoneId"`
	DomainNameAliasTarget       *string `field:"required" json:"domainNameAliasTarget" yaml:"domainNameAliasTarget"`
}

// ApiMappingOptions are the options of DomainName.AddApiMapping.
type ApiMappingOptions struct {
	BasePath *string `field:"optional" json:"basePath" yaml:"basePath"`
}

// IDomainName is a custom domain, owned or imported.
type IDomainName interface {
	interfacesawsapigateway.IDomainNameRef
	awscdk.IResource
	DomainName() *string
	DomainNameAliasDomainName() *string
	DomainNameAliasHostedZoneId() *string
}

// DomainName is a custom domain of REST APIs (AWS::ApiGateway::DomainName).
type DomainName interface {
	awscdk.Resource
	IDomainName
	AddApiMapping(targetStage interfacesawsapigateway.IStageRef, options *ApiMappingOptions)
	AddBasePathMapping(targetApi interfacesawsapigateway.IRestApiRef, options *BasePathMappingOptions) BasePathMapping
}

type domainName struct {
	awscdk.Resource
	name, alias, zone *string
	ref               *interfacesawsapigateway.DomainNameReference
	endpointType      EndpointType
	policy            SecurityPolicy
	basePaths         map[string]bool
}

func (d *domainName) DomainName() *string                  { return d.name }
func (d *domainName) DomainNameAliasDomainName() *string   { return d.alias }
func (d *domainName) DomainNameAliasHostedZoneId() *string { return d.zone }
func (d *domainName) DomainNameRef() *interfacesawsapigateway.DomainNameReference {
	return d.ref
}

// NewDomainName creates a custom domain (regional by default) and maps
// props.Mapping at props.BasePath.
func NewDomainName(scope constructs.Construct, id *string, props *DomainNameProps) DomainName {
	props = l2.Inject(*DomainName_PROPERTY_INJECTION_ID(), props, scope, id)
	d := &domainName{basePaths: map[string]bool{}}
	d.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(d.Resource, d)
	if props == nil || props.DomainName == nil || isNil(props.Certificate) {
		l2.Throw(d, "a DomainName needs props.DomainName and props.Certificate")
	}
	d.endpointType = props.EndpointType
	if d.endpointType == "" {
		d.endpointType = EndpointType_REGIONAL
	}
	edge := d.endpointType == EndpointType_EDGE
	d.policy = props.SecurityPolicy
	if !*awscdk.Token_IsUnresolved(props.DomainName) && strings.ToLower(*props.DomainName) != *props.DomainName {
		l2.Throw(scope, "Domain name does not support uppercase letters. Got: %s", *props.DomainName)
	}
	if props.Mtls != nil && d.policy.enhanced() {
		l2.Throw(d, "Mutual TLS (mTLS) cannot be enabled on a domain name that uses an enhanced security policy. See: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html")
	}
	if d.policy.enhanced() && props.EndpointAccessMode == "" {
		l2.Throw(d, "Enhanced security policies require endpointAccessMode to be specified (BASIC or STRICT). STRICT is recommended for production workloads. See: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-security-policies.html#apigateway-security-policies-endpoint-access-mode")
	}
	if !d.policy.enhanced() && props.EndpointAccessMode != "" {
		l2.Throw(d, "endpointAccessMode is not supported for legacy security policies (TLS_1_0, TLS_1_2). It can only be specified when using enhanced security policies (those starting with SecurityPolicy_). See: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-security-policies.html#apigateway-security-policies-endpoint-access-mode")
	}
	if d.policy != "" {
		if edge && d.policy.enhanced() && !d.policy.edgeOnly() {
			l2.Throw(d, "Security policy %s is not supported for edge-optimized endpoints. Use a security policy that supports edge-optimized endpoints. See: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html", d.policy.cfnValue())
		}
		if !edge && d.policy.edgeOnly() {
			l2.Throw(d, "Security policy %s is only supported for edge-optimized endpoints. Use a policy that supports non-edge endpoints. See: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html", d.policy.cfnValue())
		}
	}
	var mtls *CfnDomainName_MutualTlsAuthenticationProperty
	if m := props.Mtls; m != nil {
		mtls = &CfnDomainName_MutualTlsAuthenticationProperty{TruststoreUri: m.Bucket.S3UrlForObject(m.Key), TruststoreVersion: m.Version}
	}
	certArn := props.Certificate.CertificateRef().CertificateArn
	p := &CfnDomainNameProps{DomainName: props.DomainName,
		EndpointConfiguration: &CfnDomainName_EndpointConfigurationProperty{Types: jsii.Strings(string(d.endpointType))},
		SecurityPolicy:        strOrNil(d.policy.cfnValue()), EndpointAccessMode: strOrNil(string(props.EndpointAccessMode))}
	if mtls != nil {
		p.MutualTlsAuthentication = mtls
	}
	if edge {
		p.CertificateArn = certArn
	} else {
		p.RegionalCertificateArn = certArn
	}
	res := NewCfnDomainName(d, jsii.String("Resource"), p)
	d.name, d.ref = res.Ref(), res.DomainNameRef()
	if edge {
		d.alias, d.zone = res.AttrDistributionDomainName(), res.AttrDistributionHostedZoneId()
	} else {
		d.alias, d.zone = res.AttrRegionalDomainName(), res.AttrRegionalHostedZoneId()
	}
	multiLevel := d.validateBasePath(props.BasePath)
	if !isNil(props.Mapping) {
		if multiLevel {
			d.AddApiMapping(props.Mapping.DeploymentStage(), &ApiMappingOptions{BasePath: props.BasePath})
		} else {
			d.AddBasePathMapping(props.Mapping, &BasePathMappingOptions{BasePath: props.BasePath})
		}
	}
	return d
}

func multiLevelPath(path *string) bool {
	n := 0
	for _, part := range strings.Split(deref(path), "/") {
		if part != "" {
			n++
		}
	}
	return n >= 2
}

func (d *domainName) validateBasePath(path *string) bool {
	if !multiLevelPath(path) {
		return false
	}
	if d.endpointType == EndpointType_EDGE {
		l2.Throw(d, "multi-level basePath is only supported when endpointType is EndpointType.REGIONAL")
	}
	if d.policy == SecurityPolicy_TLS_1_0 {
		l2.Throw(d, "securityPolicy must be TLS 1.2 or higher for multi-level basePath. See: https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mappings.html")
	}
	return true
}

// checkFree fails when path is mapped already.
func (d *domainName) checkFree(path *string) {
	if d.basePaths[pathKey(path)] {
		l2.Throw(d, "DomainName %s already has a mapping for path %s", *d.Node().Id(), pathOrUndefined(path))
	}
}

func (d *domainName) claim(path *string) { d.basePaths[pathKey(path)] = true }

func pathOrUndefined(p *string) string {
	if p == nil {
		return "undefined"
	}
	return *p
}

// AddBasePathMapping maps targetApi at options.BasePath (one level at most).
func (d *domainName) AddBasePathMapping(targetApi interfacesawsapigateway.IRestApiRef, options *BasePathMappingOptions) BasePathMapping {
	if options == nil {
		options = &BasePathMappingOptions{}
	}
	d.checkFree(options.BasePath)
	if multiLevelPath(options.BasePath) {
		l2.Throw(d, `BasePathMapping does not support multi-level paths. Use "addApiMapping instead.`)
	}
	d.claim(options.BasePath)
	base := "/"
	if deref(options.BasePath) != "" {
		base = *options.BasePath
	}
	id := "Map:" + base + "=>" + *awscdk.Names_NodeUniqueId(targetApi.Node())
	return NewBasePathMapping(d, jsii.String(id), &BasePathMappingProps{DomainName: d, RestApi: targetApi,
		AttachToStage: options.AttachToStage, BasePath: options.BasePath, Stage: options.Stage})
}

func pathKey(p *string) string {
	if p == nil {
		return "\x00"
	}
	return *p
}

// AddApiMapping maps targetStage at options.BasePath, which may have
// several levels (an AWS::ApiGatewayV2::ApiMapping).
func (d *domainName) AddApiMapping(targetStage interfacesawsapigateway.IStageRef, options *ApiMappingOptions) {
	if options == nil {
		options = &ApiMappingOptions{}
	}
	if isNil(targetStage) {
		l2.Throw(d, "AddApiMapping needs the stage to map (an API deployed with deploy: false has none)")
	}
	d.checkFree(options.BasePath)
	d.validateBasePath(options.BasePath)
	d.claim(options.BasePath)
	base := "none"
	if options.BasePath != nil {
		base = *options.BasePath
	}
	ref := targetStage.StageRef()
	newV2ApiMapping(d, "Map:"+base+"=>"+*awscdk.Names_NodeUniqueId(targetStage.Node()), ref.RestApiId, ref.StageName, d.name, options.BasePath)
}

// DomainName_FromDomainNameAttributes imports a custom domain.
func DomainName_FromDomainNameAttributes(scope constructs.Construct, id *string, attrs *DomainNameAttributes) IDomainName {
	if attrs == nil || attrs.DomainName == nil {
		l2.RequireArg(scope, "DomainName_FromDomainNameAttributes", "attrs.DomainName")
	}
	d := &domainName{name: attrs.DomainName, alias: attrs.DomainNameAliasTarget, zone: attrs.DomainNameAliasHostedZoneId}
	d.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(d.Resource, d)
	d.ref = &interfacesawsapigateway.DomainNameReference{DomainName: attrs.DomainName,
		DomainNameArn: awscdk.Arn_Format(&awscdk.ArnComponents{Service: jsii.String("apigateway"), Resource: jsii.String("domainnames"),
			ResourceName: attrs.DomainName}, awscdk.Stack_Of(scope))}
	return d
}

// DomainName_IsConstruct reports whether x is a construct.
func DomainName_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// DomainName_IsResource reports whether construct is a resource.
func DomainName_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// DomainName_IsOwnedResource reports whether construct is a resource created in this app.
func DomainName_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// DomainName_PROPERTY_INJECTION_ID identifies the class to property injectors.
func DomainName_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigateway.DomainName")
}

// BasePathMappingOptions are the options of DomainName.AddBasePathMapping.
type BasePathMappingOptions struct {
	// Default: true (the API's deployment stage when Stage is nil).
	AttachToStage *bool   `field:"optional" json:"attachToStage" yaml:"attachToStage"`
	BasePath      *string `field:"optional" json:"basePath" yaml:"basePath"`
	Stage         Stage   `field:"optional" json:"stage" yaml:"stage"`
}

// BasePathMappingProps are the props of NewBasePathMapping.
type BasePathMappingProps struct {
	AttachToStage *bool                                  `field:"optional" json:"attachToStage" yaml:"attachToStage"`
	BasePath      *string                                `field:"optional" json:"basePath" yaml:"basePath"`
	Stage         Stage                                  `field:"optional" json:"stage" yaml:"stage"`
	DomainName    interfacesawsapigateway.IDomainNameRef `field:"required" json:"domainName" yaml:"domainName"`
	RestApi       interfacesawsapigateway.IRestApiRef    `field:"required" json:"restApi" yaml:"restApi"`
}

// BasePathMapping maps a path of a custom domain to a REST API
// (AWS::ApiGateway::BasePathMapping).
type BasePathMapping interface {
	awscdk.Resource
}

type basePathMapping struct {
	awscdk.Resource
}

// JavaScript's )-/ range: ) * + , - . /
var basePathChars = regexp.MustCompile(`^[a-zA-Z0-9$_.+!*'(),\-/]+$`)

// NewBasePathMapping maps props.BasePath of props.DomainName to
// props.RestApi's stage.
func NewBasePathMapping(scope constructs.Construct, id *string, props *BasePathMappingProps) BasePathMapping {
	props = l2.Inject(*BasePathMapping_PROPERTY_INJECTION_ID(), props, scope, id)
	m := &basePathMapping{}
	m.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(m.Resource, m)
	if props == nil || isNil(props.DomainName) || isNil(props.RestApi) {
		l2.Throw(m, "a BasePathMapping needs props.DomainName and props.RestApi")
	}
	if p := props.BasePath; p != nil && *p != "" && !*awscdk.Token_IsUnresolved(p) {
		switch {
		case strings.HasPrefix(*p, "/") || strings.HasSuffix(*p, "/"):
			l2.Throw(scope, `A base path cannot start or end with /", received: %s`, *p)
		case strings.Contains(*p, "//"):
			l2.Throw(scope, `A base path cannot have more than one consecutive /", received: %s`, *p)
		case !basePathChars.MatchString(*p):
			l2.Throw(scope, `A base path may only contain letters, numbers, and one of "$-_.+!*'()/", received: %s`, *p)
		}
	}
	var stageName *string
	if !isNil(props.Stage) {
		stageName = props.Stage.StageName()
	} else if api, ok := props.RestApi.(RestApiBase); ok && (props.AttachToStage == nil || *props.AttachToStage) {
		if st := api.DeploymentStage(); !isNil(st) {
			stageName = st.StageName()
		}
	}
	NewCfnBasePathMapping(m, jsii.String("Resource"), &CfnBasePathMappingProps{BasePath: props.BasePath,
		DomainName: props.DomainName.DomainNameRef().DomainName, RestApiId: props.RestApi.RestApiRef().RestApiId, Stage: stageName})
	return m
}

// BasePathMapping_IsConstruct reports whether x is a construct.
func BasePathMapping_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// BasePathMapping_IsResource reports whether construct is a resource.
func BasePathMapping_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// BasePathMapping_IsOwnedResource reports whether construct is a resource created in this app.
func BasePathMapping_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// BasePathMapping_PROPERTY_INJECTION_ID identifies the class to property injectors.
func BasePathMapping_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigateway.BasePathMapping")
}

// AddDomainName maps the API at a custom domain; the first one added is
// the API's DomainName().
func (a *restApi) AddDomainName(id *string, options *DomainNameOptions) DomainName {
	if options == nil {
		l2.Throw(a, "AddDomainName needs options with a DomainName and a Certificate")
	}
	d := NewDomainName(a, id, &DomainNameProps{Certificate: options.Certificate, DomainName: options.DomainName,
		BasePath: options.BasePath, EndpointAccessMode: options.EndpointAccessMode, EndpointType: options.EndpointType,
		Mtls: options.Mtls, SecurityPolicy: options.SecurityPolicy, Mapping: a})
	if a.domain == nil {
		a.domain = d
	}
	return d
}

// DomainName is the API's first custom domain, nil without one.
func (a *restApi) DomainName() DomainName { return a.domain }
