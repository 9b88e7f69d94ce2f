package awsapigateway

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// ResponseType is the kind of response API Gateway answers with itself.
type ResponseType interface {
	ResponseType() *string
}

type responseType struct{ t string }

func (r *responseType) ResponseType() *string { return jsii.String(r.t) }

// ResponseType_Of is a response type by name (upper-cased).
func ResponseType_Of(type_ *string) ResponseType { return &responseType{strings.ToUpper(deref(type_))} }

func ResponseType_ACCESS_DENIED() ResponseType { return &responseType{"ACCESS_DENIED"} }
func ResponseType_API_CONFIGURATION_ERROR() ResponseType {
	return &responseType{"API_CONFIGURATION_ERROR"}
}
func ResponseType_AUTHORIZER_FAILURE() ResponseType { return &responseType{"AUTHORIZER_FAILURE"} }
func ResponseType_AUTHORIZER_CONFIGURATION_ERROR() ResponseType {
	return &responseType{"AUTHORIZER_CONFIGURATION_ERROR"}
}
func ResponseType_BAD_REQUEST_PARAMETERS() ResponseType {
	return &responseType{"BAD_REQUEST_PARAMETERS"}
}
func ResponseType_BAD_REQUEST_BODY() ResponseType    { return &responseType{"BAD_REQUEST_BODY"} }
func ResponseType_DEFAULT_4XX() ResponseType         { return &responseType{"DEFAULT_4XX"} }
func ResponseType_DEFAULT_5XX() ResponseType         { return &responseType{"DEFAULT_5XX"} }
func ResponseType_EXPIRED_TOKEN() ResponseType       { return &responseType{"EXPIRED_TOKEN"} }
func ResponseType_INVALID_SIGNATURE() ResponseType   { return &responseType{"INVALID_SIGNATURE"} }
func ResponseType_INTEGRATION_FAILURE() ResponseType { return &responseType{"INTEGRATION_FAILURE"} }
func ResponseType_INTEGRATION_TIMEOUT() ResponseType { return &responseType{"INTEGRATION_TIMEOUT"} }
func ResponseType_INVALID_API_KEY() ResponseType     { return &responseType{"INVALID_API_KEY"} }
func ResponseType_MISSING_AUTHENTICATION_TOKEN() ResponseType {
	return &responseType{"MISSING_AUTHENTICATION_TOKEN"}
}
func ResponseType_QUOTA_EXCEEDED() ResponseType     { return &responseType{"QUOTA_EXCEEDED"} }
func ResponseType_REQUEST_TOO_LARGE() ResponseType  { return &responseType{"REQUEST_TOO_LARGE"} }
func ResponseType_RESOURCE_NOT_FOUND() ResponseType { return &responseType{"RESOURCE_NOT_FOUND"} }
func ResponseType_THROTTLED() ResponseType          { return &responseType{"THROTTLED"} }
func ResponseType_UNAUTHORIZED() ResponseType       { return &responseType{"UNAUTHORIZED"} }
func ResponseType_UNSUPPORTED_MEDIA_TYPE() ResponseType {
	return &responseType{"UNSUPPORTED_MEDIA_TYPE"}
}
func ResponseType_WAF_FILTERED() ResponseType { return &responseType{"WAF_FILTERED"} }

// GatewayResponseOptions configure a gateway response.
type GatewayResponseOptions struct {
	Type            ResponseType        `field:"required" json:"type" yaml:"type"`
	ResponseHeaders *map[string]*string `field:"optional" json:"responseHeaders" yaml:"responseHeaders"`
	StatusCode      *string             `field:"optional" json:"statusCode" yaml:"statusCode"`
	Templates       *map[string]*string `field:"optional" json:"templates" yaml:"templates"`
}

// GatewayResponseProps are the props of NewGatewayResponse.
type GatewayResponseProps struct {
	Type            ResponseType        `field:"required" json:"type" yaml:"type"`
	ResponseHeaders *map[string]*string `field:"optional" json:"responseHeaders" yaml:"responseHeaders"`
	StatusCode      *string             `field:"optional" json:"statusCode" yaml:"statusCode"`
	Templates       *map[string]*string `field:"optional" json:"templates" yaml:"templates"`
	RestApi         IRestApi            `field:"required" json:"restApi" yaml:"restApi"`
}

// IGatewayResponse is a gateway response.
type IGatewayResponse interface {
	interfacesawsapigateway.IGatewayResponseRef
	awscdk.IResource
}

// GatewayResponse customizes a response API Gateway sends itself (an
// authorizer's 401, a throttled 429, ...) (AWS::ApiGateway::GatewayResponse).
type GatewayResponse interface {
	awscdk.Resource
	IGatewayResponse
}

type gatewayResponse struct {
	awscdk.Resource
	res CfnGatewayResponse
}

// NewGatewayResponse customizes a response of props.RestApi.
func NewGatewayResponse(scope constructs.Construct, id *string, props *GatewayResponseProps) GatewayResponse {
	props = l2.Inject(*GatewayResponse_PROPERTY_INJECTION_ID(), props, scope, id)
	g := &gatewayResponse{}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	if props == nil || isNil(props.RestApi) || isNil(props.Type) {
		l2.Throw(g, "a GatewayResponse needs props.RestApi and props.Type")
	}
	var params *ojson.Object
	if props.ResponseHeaders != nil {
		params = ojson.New()
		sortedStrings(props.ResponseHeaders).Range(func(k string, v interface{}) { params.Set("gatewayresponse.header."+k, v) })
	}
	templates := sortedStrings(props.Templates)
	g.res = NewCfnGatewayResponse(g, jsii.String("Resource"), &CfnGatewayResponseProps{RestApiId: props.RestApi.RestApiId(),
		ResponseType: props.Type.ResponseType(), ResponseParameters: orNilOrdered(params), ResponseTemplates: orNilOrdered(templates),
		StatusCode: props.StatusCode})
	if d, ok := props.RestApi.LatestDeployment().(*deployment); ok && d != nil {
		d.Node().AddDependency(g.res)
		h := ojson.New()
		h.Set("restApiId", props.RestApi.RestApiId())
		h.Set("responseType", props.Type.ResponseType())
		h.Set("responseParameters", orNil(params))
		h.Set("responseTemplates", orNil(templates))
		h.Set("statusCode", props.StatusCode)
		w := ojson.New()
		w.Set("gatewayResponse", h)
		d.AddToLogicalId(w)
	}
	g.Node().SetDefaultChild(g.res)
	return g
}

func (g *gatewayResponse) GatewayResponseRef() *interfacesawsapigateway.GatewayResponseReference {
	return g.res.GatewayResponseRef()
}

// AddGatewayResponse customizes a response of the API.
func (a *restApi) AddGatewayResponse(id *string, options *GatewayResponseOptions) GatewayResponse {
	p := &GatewayResponseProps{RestApi: a}
	if options != nil {
		p.Type, p.ResponseHeaders, p.StatusCode, p.Templates = options.Type, options.ResponseHeaders, options.StatusCode, options.Templates
	}
	return NewGatewayResponse(a, id, p)
}

// RestApiAttributes identify an existing REST API.
type RestApiAttributes struct {
	RestApiId      *string `field:"required" json:"restApiId" yaml:"restApiId"`
	RootResourceId *string `field:"required" json:"rootResourceId" yaml:"rootResourceId"`
	RestApiName    *string `field:"optional" json:"restApiName" yaml:"restApiName"`
}

type importedRestApi struct {
	awscdk.Resource
	id, name, rootID *string
	root             IResource
	stage            Stage
}

// RestApi_FromRestApiId imports an API by ID; it has no root resource.
func RestApi_FromRestApiId(scope constructs.Construct, id *string, restApiId *string) IRestApi {
	a := &importedRestApi{id: restApiId, name: id}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	return a
}

// RestApi_FromRestApiAttributes imports an API with its root resource, to
// add resources and methods to.
func RestApi_FromRestApiAttributes(scope constructs.Construct, id *string, attrs *RestApiAttributes) IRestApi {
	a := &importedRestApi{name: id}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	if attrs == nil || attrs.RestApiId == nil || attrs.RootResourceId == nil {
		l2.Throw(a, "RestApi_FromRestApiAttributes needs RestApiId and RootResourceId")
	}
	a.id, a.rootID = attrs.RestApiId, attrs.RootResourceId
	if attrs.RestApiName != nil {
		a.name = attrs.RestApiName
	}
	a.root = newRootResource(a, nil, nil, a.rootID)
	return a
}

// LambdaRestApi_FromRestApiId imports an API by ID.
func LambdaRestApi_FromRestApiId(scope constructs.Construct, id *string, restApiId *string) IRestApi {
	return RestApi_FromRestApiId(scope, id, restApiId)
}

// LambdaRestApi_FromRestApiAttributes imports an API with its root resource.
func LambdaRestApi_FromRestApiAttributes(scope constructs.Construct, id *string, attrs *RestApiAttributes) IRestApi {
	return RestApi_FromRestApiAttributes(scope, id, attrs)
}

func (a *importedRestApi) RestApiId() *string           { return a.id }
func (a *importedRestApi) RestApiName() *string         { return a.name }
func (a *importedRestApi) DeploymentStage() Stage       { return a.stage }
func (a *importedRestApi) SetDeploymentStage(s Stage)   { a.stage = s }
func (a *importedRestApi) LatestDeployment() Deployment { return nil }
func (a *importedRestApi) RestApiRef() *interfacesawsapigateway.RestApiReference {
	return &interfacesawsapigateway.RestApiReference{RestApiId: a.id}
}

func (a *importedRestApi) Root() IResource {
	if a.root == nil {
		l2.Throw(a, "root is not configured when imported using `fromRestApiId()`. Use `fromRestApiAttributes()` API instead.")
	}
	return a.root
}

func (a *importedRestApi) RestApiRootResourceId() *string {
	if a.rootID == nil {
		l2.Throw(a, "restApiRootResourceId is not configured when imported using `fromRestApiId()`. Use `fromRestApiAttributes()` API instead.")
	}
	return a.rootID
}

func (a *importedRestApi) ArnForExecuteApi(method *string, path *string, stage *string) *string {
	return arnForExecuteApi(a, a.id, method, path, stage)
}

// UrlForPath is the URL of path on the deployment stage set with
// SetDeploymentStage.
func (a *importedRestApi) UrlForPath(path *string) *string {
	if isNil(a.stage) {
		l2.Throw(a, "Cannot determine deployment stage for API from \"deploymentStage\". Use \"deploy\" or explicitly set \"deploymentStage\"")
	}
	if path == nil {
		path = jsii.String("/")
	}
	return a.stage.UrlForPath(path)
}
