package awsapigateway

import (
	"regexp"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// AuthorizationType is how a method authorizes callers.
type AuthorizationType string

const (
	AuthorizationType_NONE    AuthorizationType = "NONE"
	AuthorizationType_IAM     AuthorizationType = "AWS_IAM"
	AuthorizationType_CUSTOM  AuthorizationType = "CUSTOM"
	AuthorizationType_COGNITO AuthorizationType = "COGNITO_USER_POOLS"
)

// IAuthorizer authorizes the callers of a method.
type IAuthorizer interface {
	AuthorizationType() AuthorizationType
	AuthorizerId() *string
}

// IModel is a model of a request or response body.
type IModel interface {
	ModelId() *string
}

// IRequestValidator validates requests before they reach the integration.
type IRequestValidator interface {
	awscdk.IResource
	RequestValidatorId() *string
}

// RequestValidatorOptions configure a request validator.
type RequestValidatorOptions struct {
	RequestValidatorName      *string `field:"optional" json:"requestValidatorName" yaml:"requestValidatorName"`
	ValidateRequestBody       *bool   `field:"optional" json:"validateRequestBody" yaml:"validateRequestBody"`
	ValidateRequestParameters *bool   `field:"optional" json:"validateRequestParameters" yaml:"validateRequestParameters"`
}

// MethodResponse is a response a method may return.
type MethodResponse struct {
	StatusCode         *string            `field:"required" json:"statusCode" yaml:"statusCode"`
	ResponseModels     *map[string]IModel `field:"optional" json:"responseModels" yaml:"responseModels"`
	ResponseParameters *map[string]*bool  `field:"optional" json:"responseParameters" yaml:"responseParameters"`
}

// MethodOptions configure a method.
type MethodOptions struct {
	ApiKeyRequired          *bool                    `field:"optional" json:"apiKeyRequired" yaml:"apiKeyRequired"`
	AuthorizationScopes     *[]*string               `field:"optional" json:"authorizationScopes" yaml:"authorizationScopes"`
	AuthorizationType       AuthorizationType        `field:"optional" json:"authorizationType" yaml:"authorizationType"`
	Authorizer              IAuthorizer              `field:"optional" json:"authorizer" yaml:"authorizer"`
	MethodResponses         *[]*MethodResponse       `field:"optional" json:"methodResponses" yaml:"methodResponses"`
	OperationName           *string                  `field:"optional" json:"operationName" yaml:"operationName"`
	RequestModels           *map[string]IModel       `field:"optional" json:"requestModels" yaml:"requestModels"`
	RequestParameters       *map[string]*bool        `field:"optional" json:"requestParameters" yaml:"requestParameters"`
	RequestValidator        IRequestValidator        `field:"optional" json:"requestValidator" yaml:"requestValidator"`
	RequestValidatorOptions *RequestValidatorOptions `field:"optional" json:"requestValidatorOptions" yaml:"requestValidatorOptions"`
}

// MethodProps are the props of NewMethod.
type MethodProps struct {
	HttpMethod  *string        `field:"required" json:"httpMethod" yaml:"httpMethod"`
	Resource    IResource      `field:"required" json:"resource" yaml:"resource"`
	Integration Integration    `field:"optional" json:"integration" yaml:"integration"`
	Options     *MethodOptions `field:"optional" json:"options" yaml:"options"`
}

// Method is an HTTP method of a resource (AWS::ApiGateway::Method).
type Method interface {
	awscdk.Resource
	Api() IRestApi
	HttpMethod() *string
	// MethodArn is the execute-api ARN of the method on the API's stage.
	MethodArn() *string
	MethodId() *string
	Resource() IResource
	// TestMethodArn is the ARN the console's test invokes the method with.
	TestMethodArn() *string
	AddMethodResponse(methodResponse *MethodResponse)
	// GrantExecute lets grantee invoke the method.
	GrantExecute(grantee awsiam.IGrantable) awsiam.Grant
	Metric(metricName *string, stage interfacesawsapigateway.IStageRef, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricCacheHitCount(stage interfacesawsapigateway.IStageRef, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricCacheMissCount(stage interfacesawsapigateway.IStageRef, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricClientError(stage interfacesawsapigateway.IStageRef, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricCount(stage interfacesawsapigateway.IStageRef, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricIntegrationLatency(stage interfacesawsapigateway.IStageRef, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricLatency(stage interfacesawsapigateway.IStageRef, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricServerError(stage interfacesawsapigateway.IStageRef, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

// cdkResource lets method embed awscdk.Resource under another field name:
// its own Resource method is the API Gateway resource it belongs to.
type cdkResource = awscdk.Resource

type method struct {
	cdkResource
	api        IRestApi
	resource   IResource
	httpMethod string
	methodID   *string
	responses  []*MethodResponse
	preflight  *preflight
}

// Method_IsConstruct reports whether x is a construct.
func Method_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Method_IsResource reports whether construct is a resource.
func Method_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Method_IsOwnedResource reports whether construct is a resource created in this app.
func Method_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Method_PROPERTY_INJECTION_ID identifies the class to property injectors.
func Method_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-apigateway.Method") }

// NewMethod adds a method to props.Resource. A method without an
// integration (and no default on the resource) is a mock.
func NewMethod(scope constructs.Construct, id *string, props *MethodProps) Method {
	props = l2.Inject(*Method_PROPERTY_INJECTION_ID(), props, scope, id)
	m := &method{}
	m.cdkResource = awscdk.NewResource(scope, id, nil)
	host.Set(m.cdkResource, m)
	if props == nil || isNil(props.Resource) || props.HttpMethod == nil {
		l2.Throw(m, "a Method needs props.Resource and props.HttpMethod")
	}
	m.resource = props.Resource
	m.api = props.Resource.Api()
	m.httpMethod = strings.ToUpper(*props.HttpMethod)
	if msg := validateHTTPMethod(m.httpMethod, ""); msg != "" {
		l2.Throw(m, "%s", msg)
	}
	options := props.Options
	if options == nil {
		options = &MethodOptions{}
	}
	defaults := props.Resource.DefaultMethodOptions()
	if defaults == nil {
		defaults = &MethodOptions{}
	}
	var authorizer IAuthorizer
	if !(options.AuthorizationType == AuthorizationType_NONE && isNil(options.Authorizer)) {
		authorizer = options.Authorizer
		if isNil(authorizer) {
			authorizer = defaults.Authorizer
		}
	}
	var authorizerID *string
	if !isNil(authorizer) && deref(authorizer.AuthorizerId()) != "" {
		authorizerID = authorizer.AuthorizerId()
	}
	authType := m.authorizationType(options, defaults, authorizer)
	scopes := options.AuthorizationScopes
	if scopes == nil {
		scopes = defaults.AuthorizationScopes
	}
	var authScopes *[]*string
	if authType == AuthorizationType_COGNITO {
		authScopes = scopes
	} else if scopes != nil {
		awscdk.Annotations_Of(m).AddWarningV2(jsii.String("@aws-cdk/aws-apigateway:invalidAuthScope"),
			jsii.String("'AuthorizationScopes' can only be set when 'AuthorizationType' sets 'COGNITO_USER_POOLS'. Default to ignore the values set in 'AuthorizationScopes'."))
	}
	if a, ok := authorizer.(interface{ attachToApi(IRestApi) }); ok {
		a.attachToApi(m.api)
	}
	responses := options.MethodResponses
	if responses == nil {
		responses = defaults.MethodResponses
	}
	if responses != nil {
		for _, r := range *responses {
			m.AddMethodResponse(r)
		}
	}
	integ := props.Integration
	if isNil(integ) {
		integ = props.Resource.DefaultIntegration()
	}
	if isNil(integ) {
		integ = NewMockIntegration(nil)
	}
	if i, ok := integ.(*integration); ok {
		m.preflight = i.preflight
	}
	bound := integ.Bind(m)

	operationName := options.OperationName
	if deref(operationName) == "" {
		operationName = defaults.OperationName
	}
	apiKeyRequired := options.ApiKeyRequired
	if apiKeyRequired == nil {
		apiKeyRequired = defaults.ApiKeyRequired
	}
	requestParameters := options.RequestParameters
	if requestParameters == nil {
		requestParameters = defaults.RequestParameters
	}
	validatorID := m.requestValidatorID(options)
	hashIntegration, cfnIntegration := m.renderIntegration(bound)
	methodResponses := &lazyAny{func() interface{} { return m.renderMethodResponses(true) }}
	cfn := NewCfnMethod(m, jsii.String("Resource"), &CfnMethodProps{
		ResourceId:          props.Resource.ResourceId(),
		RestApiId:           m.api.RestApiId(),
		HttpMethod:          jsii.String(m.httpMethod),
		OperationName:       operationName,
		ApiKeyRequired:      apiKeyRequired,
		AuthorizationType:   jsii.String(string(authType)),
		AuthorizerId:        authorizerID,
		RequestParameters:   orNilOrdered(sortedBools(requestParameters)),
		Integration:         cfnIntegration,
		MethodResponses:     &lazyAny{func() interface{} { return m.renderMethodResponses(false) }},
		RequestModels:       orNilOrdered(renderModels(options.RequestModels)),
		RequestValidatorId:  validatorID,
		AuthorizationScopes: authScopes,
	})
	m.methodID = cfn.Ref()
	if a, ok := m.api.(interface{ attachMethod(*method) }); ok {
		a.attachMethod(m)
	}
	if d, ok := m.api.LatestDeployment().(*deployment); ok && d != nil {
		d.Node().AddDependency(cfn)
		hp := ojson.New()
		hp.Set("resourceId", props.Resource.ResourceId())
		hp.Set("restApiId", m.api.RestApiId())
		hp.Set("httpMethod", m.httpMethod)
		hp.Set("operationName", operationName)
		hp.Set("apiKeyRequired", apiKeyRequired)
		hp.Set("authorizationType", string(authType))
		hp.Set("authorizerId", authorizerID)
		hp.Set("requestParameters", orNil(sortedBools(requestParameters)))
		hp.Set("integration", hashIntegration)
		hp.Set("methodResponses", methodResponses)
		hp.Set("requestModels", orNil(renderModels(options.RequestModels)))
		hp.Set("requestValidatorId", validatorID)
		hp.Set("authorizationScopes", authScopes)
		hp.Set("integrationToken", bound.DeploymentToken)
		h := ojson.New()
		h.Set("method", hp)
		d.AddToLogicalId(h)
	}
	return m
}

// lazyAny is a value computed when resolved (aws-cdk-lib's Box.derive).
type lazyAny struct{ f func() interface{} }

func (l *lazyAny) Resolve(awscdk.IResolveContext) interface{} { return l.f() }

func orNilOrdered(o *ojson.Object) interface{} {
	if o == nil {
		return nil
	}
	return &ordered{o}
}

func renderModels(m *map[string]IModel) *ojson.Object {
	if m == nil {
		return nil
	}
	keys := make([]string, 0, len(*m))
	for k := range *m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	o := ojson.New()
	for _, k := range keys {
		if v := (*m)[k]; !isNil(v) {
			o.Set(k, v.ModelId())
		}
	}
	return o
}

func (m *method) authorizationType(options, defaults *MethodOptions, authorizer IAuthorizer) AuthorizationType {
	var fromAuthorizer AuthorizationType
	if !isNil(authorizer) {
		fromAuthorizer = authorizer.AuthorizationType()
	}
	fromOptions := options.AuthorizationType
	if fromOptions == "" {
		fromOptions = defaults.AuthorizationType
	}
	if fromAuthorizer != "" && fromOptions != "" && fromAuthorizer != fromOptions {
		l2.Throw(m, "%s/%s - Authorization type is set to %s which is different from what is required by the authorizer [%s]",
			*m.resource.Node().Path(), m.httpMethod, fromOptions, fromAuthorizer)
	}
	switch {
	case fromAuthorizer != "":
		return fromAuthorizer
	case fromOptions != "":
		return fromOptions
	}
	return AuthorizationType_NONE
}

func (m *method) requestValidatorID(options *MethodOptions) *string {
	if !isNil(options.RequestValidator) && options.RequestValidatorOptions != nil {
		l2.Throw(m, "Only one of 'requestValidator' or 'requestValidatorOptions' must be specified.")
	}
	if options.RequestValidatorOptions != nil {
		id := "validator"
		if *awscdk.FeatureFlags_Of(m).IsEnabled(jsii.String("@aws-cdk/aws-apigateway:requestValidatorUniqueId")) {
			id = *awscdk.Names_UniqueResourceName(constructs.NewConstruct(m.cdkResource, jsii.String("Validator")), &awscdk.UniqueResourceNameOptions{})
		}
		a, ok := m.api.(interface {
			AddRequestValidator(*string, *RequestValidatorOptions) RequestValidator
		})
		if !ok {
			l2.Throw(m, "requestValidatorOptions needs a RestApi of this app to add the validator to")
		}
		return a.AddRequestValidator(jsii.String(id), options.RequestValidatorOptions).RequestValidatorId()
	}
	if !isNil(options.RequestValidator) {
		return options.RequestValidator.RequestValidatorId()
	}
	return nil
}

// renderIntegration is the integration as the deployment hash sees it
// (aws-cdk-lib's object, camelCase keys in its order) and as the template
// renders it.
func (m *method) renderIntegration(b *IntegrationConfig) (*ojson.Object, *CfnMethod_IntegrationProperty) {
	o := b.Options
	if o == nil {
		o = &IntegrationOptions{}
	}
	var credentials *string
	if !isNil(o.CredentialsRole) {
		credentials = o.CredentialsRole.RoleArn()
	} else if o.CredentialsPassthrough != nil && *o.CredentialsPassthrough {
		credentials = awscdk.Stack_Of(m).FormatArn(&awscdk.ArnComponents{Service: jsii.String("iam"), Region: jsii.String(""),
			Account: jsii.String("*"), Resource: jsii.String("user"), ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME, ResourceName: jsii.String("*")})
	}
	var timeout *float64
	if o.Timeout != nil {
		timeout = o.Timeout.ToMilliseconds(nil)
	}
	var connectionID *string
	if !isNil(o.VpcLink) {
		connectionID = o.VpcLink.VpcLinkId()
	}
	str := func(s string) *string {
		if s == "" {
			return nil
		}
		return jsii.String(s)
	}
	requestTemplates := sortedStrings(o.RequestTemplates)
	var responses []interface{}
	if o.IntegrationResponses != nil {
		for _, r := range *o.IntegrationResponses {
			if r == nil {
				continue
			}
			x := ojson.New()
			x.Set("statusCode", r.StatusCode)
			x.Set("contentHandling", str(string(r.ContentHandling)))
			x.Set("responseParameters", orNil(sortedStrings(r.ResponseParameters)))
			x.Set("responseTemplates", orNil(sortedStrings(r.ResponseTemplates)))
			x.Set("selectionPattern", r.SelectionPattern)
			responses = append(responses, x)
		}
	}
	if p := m.preflight; p != nil {
		requestTemplates = p.requestTemplates
		responses = nil
		for _, r := range p.responses {
			responses = append(responses, r)
		}
	}
	h := ojson.New()
	h.Set("type", string(b.Type))
	h.Set("uri", b.Uri)
	h.Set("cacheKeyParameters", o.CacheKeyParameters)
	h.Set("cacheNamespace", o.CacheNamespace)
	h.Set("contentHandling", str(string(o.ContentHandling)))
	h.Set("integrationHttpMethod", b.IntegrationHttpMethod)
	h.Set("requestParameters", orNil(sortedStrings(o.RequestParameters)))
	h.Set("requestTemplates", orNil(requestTemplates))
	h.Set("passthroughBehavior", str(string(o.PassthroughBehavior)))
	if responses != nil {
		h.Set("integrationResponses", responses)
	}
	h.Set("connectionType", str(string(o.ConnectionType)))
	h.Set("connectionId", connectionID)
	h.Set("credentials", credentials)
	h.Set("timeoutInMillis", timeout)
	h.Set("responseTransferMode", str(string(o.ResponseTransferMode)))

	c := &CfnMethod_IntegrationProperty{
		Type: jsii.String(string(b.Type)), Uri: b.Uri, CacheKeyParameters: o.CacheKeyParameters, CacheNamespace: o.CacheNamespace,
		ContentHandling: str(string(o.ContentHandling)), IntegrationHttpMethod: b.IntegrationHttpMethod,
		RequestParameters: orNilOrdered(sortedStrings(o.RequestParameters)), RequestTemplates: orNilOrdered(requestTemplates),
		PassthroughBehavior: str(string(o.PassthroughBehavior)), ConnectionType: str(string(o.ConnectionType)), ConnectionId: connectionID,
		Credentials: credentials, TimeoutInMillis: timeout, ResponseTransferMode: str(string(o.ResponseTransferMode)),
	}
	if responses != nil {
		var crs []*CfnMethod_IntegrationResponseProperty
		for _, r := range responses {
			x := r.(*ojson.Object)
			cr := &CfnMethod_IntegrationResponseProperty{}
			if v, ok := x.Get("statusCode"); ok {
				cr.StatusCode = toStr(v)
			}
			if v, ok := x.Get("contentHandling"); ok {
				cr.ContentHandling = toStr(v)
			}
			if v, ok := x.Get("selectionPattern"); ok {
				cr.SelectionPattern = toStr(v)
			}
			if v, ok := x.Get("responseParameters"); ok && v != nil {
				cr.ResponseParameters = orNilOrdered(v.(*ojson.Object))
			}
			if v, ok := x.Get("responseTemplates"); ok && v != nil {
				cr.ResponseTemplates = orNilOrdered(v.(*ojson.Object))
			}
			crs = append(crs, cr)
		}
		c.IntegrationResponses = &crs
	}
	return h, c
}

func toStr(v interface{}) *string {
	switch x := v.(type) {
	case string:
		return &x
	case *string:
		return x
	}
	return nil
}

// renderMethodResponses renders the responses added so far, for the hash
// (camelCase) or the template.
func (m *method) renderMethodResponses(forHash bool) interface{} {
	if len(m.responses) == 0 {
		return nil
	}
	if forHash {
		out := []interface{}{}
		for i, r := range m.responses {
			x := ojson.New()
			x.Set("statusCode", r.StatusCode)
			x.Set("responseParameters", orNil(m.responseParams(i, r)))
			x.Set("responseModels", orNil(renderModels(r.ResponseModels)))
			out = append(out, x)
		}
		return out
	}
	// The template's property struct, rendered here because the list is
	// only known when the template is written.
	out := []interface{}{}
	for i, r := range m.responses {
		x := ojson.New()
		x.Set("ResponseModels", orNil(renderModels(r.ResponseModels)))
		x.Set("ResponseParameters", orNil(m.responseParams(i, r)))
		x.Set("StatusCode", r.StatusCode)
		out = append(out, x)
	}
	return out
}

func (m *method) responseParams(i int, r *MethodResponse) *ojson.Object {
	if m.preflight != nil && i == 0 && r.ResponseParameters == nil {
		return m.preflight.methodParams
	}
	return sortedBools(r.ResponseParameters)
}

func (m *method) Api() IRestApi       { return m.api }
func (m *method) HttpMethod() *string { return jsii.String(m.httpMethod) }
func (m *method) MethodId() *string   { return m.methodID }
func (m *method) Resource() IResource { return m.resource }
func (m *method) RestApi() RestApi    { return m.resource.(interface{ RestApi() RestApi }).RestApi() }
func (m *method) MethodRef() *interfacesawsapigateway.MethodReference {
	return &interfacesawsapigateway.MethodReference{HttpMethod: jsii.String(m.httpMethod), ResourceId: m.resource.ResourceId(), RestApiId: m.api.RestApiId()}
}

var pathParam = regexp.MustCompile(`\{[^}]*\}`)

func pathForArn(path string) string { return pathParam.ReplaceAllString(path, "*") }

func (m *method) MethodArn() *string {
	var stage *string
	if s := m.api.DeploymentStage(); !isNil(s) {
		stage = s.StageName()
	}
	return m.api.ArnForExecuteApi(jsii.String(m.httpMethod), jsii.String(pathForArn(*m.resource.Path())), stage)
}

func (m *method) TestMethodArn() *string {
	return m.api.ArnForExecuteApi(jsii.String(m.httpMethod), jsii.String(pathForArn(*m.resource.Path())), jsii.String("test-invoke-stage"))
}

// AddMethodResponse adds a response; the template reads them when it is
// written, so responses added later still count.
func (m *method) AddMethodResponse(r *MethodResponse) {
	if r == nil {
		return
	}
	for _, x := range m.responses {
		if deref(x.StatusCode) == deref(r.StatusCode) {
			awscdk.Annotations_Of(m).AddWarningV2(jsii.String("@aws-cdk/aws-apigateway:duplicateStatusCodes"),
				jsii.String("addMethodResponse called multiple times with statusCode="+deref(r.StatusCode)+", deployment will be nondeterministic. Use a single addMethodResponse call to configure the entire response."))
			break
		}
	}
	m.responses = append(m.responses, r)
}

func (m *method) GrantExecute(grantee awsiam.IGrantable) awsiam.Grant {
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: jsii.Strings("execute-api:Invoke"),
		ResourceArns: &[]*string{m.MethodArn()}})
}
