package awsapigatewayv2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigatewayv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// HttpRouteIntegrationBindOptions are what a route integration binds to.
type HttpRouteIntegrationBindOptions struct {
	Route IHttpRoute           `field:"required" json:"route" yaml:"route"`
	Scope constructs.Construct `field:"required" json:"scope" yaml:"scope"`
}

// HttpRouteIntegrationConfig is an integration's configuration, as Bind returns it.
type HttpRouteIntegrationConfig struct {
	PayloadFormatVersion PayloadFormatVersion   `field:"required" json:"payloadFormatVersion" yaml:"payloadFormatVersion"`
	Type                 HttpIntegrationType    `field:"required" json:"type" yaml:"type"`
	ConnectionId         *string                `field:"optional" json:"connectionId" yaml:"connectionId"`
	ConnectionType       HttpConnectionType     `field:"optional" json:"connectionType" yaml:"connectionType"`
	Credentials          IntegrationCredentials `field:"optional" json:"credentials" yaml:"credentials"`
	Method               HttpMethod             `field:"optional" json:"method" yaml:"method"`
	ParameterMapping     ParameterMapping       `field:"optional" json:"parameterMapping" yaml:"parameterMapping"`
	SecureServerName     *string                `field:"optional" json:"secureServerName" yaml:"secureServerName"`
	Subtype              HttpIntegrationSubtype `field:"optional" json:"subtype" yaml:"subtype"`
	Timeout              awscdk.Duration        `field:"optional" json:"timeout" yaml:"timeout"`
	Uri                  *string                `field:"optional" json:"uri" yaml:"uri"`
}

// HttpRouteIntegration is what a route sends requests to. The route calls
// Bind once per API (the first route makes the integration resource) and
// CompleteBind for every route. The integrations are in
// awsapigatewayv2integrations.
type HttpRouteIntegration interface {
	Bind(options *HttpRouteIntegrationBindOptions) *HttpRouteIntegrationConfig
	CompleteBind(options *HttpRouteIntegrationBindOptions)
}

// IIntegration is an API Gateway v2 integration.
type IIntegration interface {
	interfacesawsapigatewayv2.IIntegrationRef
	awscdk.IResource
	IntegrationId() *string
}

// IHttpIntegration is an HTTP API integration.
type IHttpIntegration interface {
	IIntegration
	HttpApi() IHttpApi
}

// HttpIntegrationProps are the props of NewHttpIntegration.
type HttpIntegrationProps struct {
	HttpApi              IHttpApiRef            `field:"required" json:"httpApi" yaml:"httpApi"`
	IntegrationType      HttpIntegrationType    `field:"required" json:"integrationType" yaml:"integrationType"`
	ConnectionId         *string                `field:"optional" json:"connectionId" yaml:"connectionId"`
	ConnectionType       HttpConnectionType     `field:"optional" json:"connectionType" yaml:"connectionType"`
	Credentials          IntegrationCredentials `field:"optional" json:"credentials" yaml:"credentials"`
	IntegrationSubtype   HttpIntegrationSubtype `field:"optional" json:"integrationSubtype" yaml:"integrationSubtype"`
	IntegrationUri       *string                `field:"optional" json:"integrationUri" yaml:"integrationUri"`
	Method               HttpMethod             `field:"optional" json:"method" yaml:"method"`
	ParameterMapping     ParameterMapping       `field:"optional" json:"parameterMapping" yaml:"parameterMapping"`
	PayloadFormatVersion PayloadFormatVersion   `field:"optional" json:"payloadFormatVersion" yaml:"payloadFormatVersion"`
	SecureServerName     *string                `field:"optional" json:"secureServerName" yaml:"secureServerName"`
	// 50 ms to 29 s. Default: 29 s.
	Timeout awscdk.Duration `field:"optional" json:"timeout" yaml:"timeout"`
}

// HttpIntegration is an HTTP API integration (AWS::ApiGatewayV2::Integration).
type HttpIntegration interface {
	awscdk.Resource
	IHttpIntegration
	IntegrationRef() *interfacesawsapigatewayv2.IntegrationReference
}

type httpIntegration struct {
	awscdk.Resource
	api IHttpApiRef
	id  *string
}

// HttpIntegration_PROPERTY_INJECTION_ID is the id property injectors use for HttpIntegration.
func HttpIntegration_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigatewayv2.HttpIntegration")
}

// NewHttpIntegration creates an integration of an HTTP API.
func NewHttpIntegration(scope constructs.Construct, id *string, props *HttpIntegrationProps) HttpIntegration {
	props = l2.Inject(*HttpIntegration_PROPERTY_INJECTION_ID(), props, scope, id)
	i := &httpIntegration{}
	i.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(i.Resource, i)
	if props == nil || props.HttpApi == nil {
		l2.AddError(i, "HttpIntegration: httpApi is required")
		return i
	}
	i.api = props.HttpApi
	if props.IntegrationSubtype == "" && props.IntegrationUri == nil {
		l2.Throw(scope, "Either `integrationSubtype` or `integrationUri` must be specified.")
	}
	if t := props.Timeout; t != nil && !*t.IsUnresolved() && (*t.ToMilliseconds(nil) < 50 || *t.ToMilliseconds(nil) > 29000) {
		l2.Throw(scope, "Integration timeout must be between 50 milliseconds and 29 seconds.")
	}
	cfn := &CfnIntegrationProps{
		ApiId:           props.HttpApi.ApiRef().ApiId,
		IntegrationType: jsii.String(string(props.IntegrationType)),
		IntegrationUri:  props.IntegrationUri,
		ConnectionId:    props.ConnectionId,
		RequestParameters: func() interface{} {
			if props.ParameterMapping == nil {
				return nil
			}
			return renderMappings(props.ParameterMapping)
		}(),
	}
	if props.IntegrationSubtype != "" {
		v := subtypeValues[props.IntegrationSubtype]
		cfn.IntegrationSubtype = &v
	}
	if props.Method != "" {
		cfn.IntegrationMethod = jsii.String(string(props.Method))
	}
	if props.ConnectionType != "" {
		cfn.ConnectionType = jsii.String(string(props.ConnectionType))
	}
	if props.PayloadFormatVersion != nil {
		cfn.PayloadFormatVersion = props.PayloadFormatVersion.Version()
	}
	if props.Credentials != nil {
		cfn.CredentialsArn = props.Credentials.CredentialsArn()
	}
	if props.Timeout != nil {
		cfn.TimeoutInMillis = props.Timeout.ToMilliseconds(nil)
	}
	if props.SecureServerName != nil {
		cfn.TlsConfig = &CfnIntegration_TlsConfigProperty{ServerNameToVerify: props.SecureServerName}
	}
	i.id = NewCfnIntegration(i, jsii.String("Resource"), cfn).Ref()
	return i
}

func (i *httpIntegration) IntegrationId() *string { return i.id }
func (i *httpIntegration) HttpApi() IHttpApi {
	a, _ := i.api.(IHttpApi)
	return a
}
func (i *httpIntegration) IntegrationRef() *interfacesawsapigatewayv2.IntegrationReference {
	return &interfacesawsapigatewayv2.IntegrationReference{ApiId: i.api.ApiRef().ApiId, IntegrationId: i.id}
}
