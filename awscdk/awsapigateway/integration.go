package awsapigateway

import (
	"encoding/json"
	"net/url"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// IntegrationType is the kind of backend a method calls.
type IntegrationType string

const (
	IntegrationType_AWS        IntegrationType = "AWS"
	IntegrationType_AWS_PROXY  IntegrationType = "AWS_PROXY"
	IntegrationType_HTTP       IntegrationType = "HTTP"
	IntegrationType_HTTP_PROXY IntegrationType = "HTTP_PROXY"
	IntegrationType_MOCK       IntegrationType = "MOCK"
)

// ContentHandling converts a payload between binary and text.
type ContentHandling string

const (
	ContentHandling_CONVERT_TO_BINARY ContentHandling = "CONVERT_TO_BINARY"
	ContentHandling_CONVERT_TO_TEXT   ContentHandling = "CONVERT_TO_TEXT"
)

// PassthroughBehavior says what happens to a request no template maps.
type PassthroughBehavior string

const (
	PassthroughBehavior_WHEN_NO_MATCH     PassthroughBehavior = "WHEN_NO_MATCH"
	PassthroughBehavior_NEVER             PassthroughBehavior = "NEVER"
	PassthroughBehavior_WHEN_NO_TEMPLATES PassthroughBehavior = "WHEN_NO_TEMPLATES"
)

// ConnectionType is how API Gateway reaches an HTTP backend.
type ConnectionType string

const (
	ConnectionType_INTERNET ConnectionType = "INTERNET"
	ConnectionType_VPC_LINK ConnectionType = "VPC_LINK"
)

// ResponseTransferMode says whether a response is buffered or streamed.
type ResponseTransferMode string

const (
	ResponseTransferMode_BUFFERED ResponseTransferMode = "BUFFERED"
	ResponseTransferMode_STREAM   ResponseTransferMode = "STREAM"
)

// IVpcLink is a VPC link for private integrations.
type IVpcLink interface {
	awscdk.IResource
	interfacesawsapigateway.IVpcLinkRef
	VpcLinkId() *string
}

// IntegrationResponse maps a backend response to a method response.
type IntegrationResponse struct {
	StatusCode         *string             `field:"required" json:"statusCode" yaml:"statusCode"`
	ContentHandling    ContentHandling     `field:"optional" json:"contentHandling" yaml:"contentHandling"`
	ResponseParameters *map[string]*string `field:"optional" json:"responseParameters" yaml:"responseParameters"`
	ResponseTemplates  *map[string]*string `field:"optional" json:"responseTemplates" yaml:"responseTemplates"`
	SelectionPattern   *string             `field:"optional" json:"selectionPattern" yaml:"selectionPattern"`
}

// IntegrationOptions configure how a method calls its backend.
type IntegrationOptions struct {
	CacheKeyParameters     *[]*string              `field:"optional" json:"cacheKeyParameters" yaml:"cacheKeyParameters"`
	CacheNamespace         *string                 `field:"optional" json:"cacheNamespace" yaml:"cacheNamespace"`
	ConnectionType         ConnectionType          `field:"optional" json:"connectionType" yaml:"connectionType"`
	ContentHandling        ContentHandling         `field:"optional" json:"contentHandling" yaml:"contentHandling"`
	CredentialsPassthrough *bool                   `field:"optional" json:"credentialsPassthrough" yaml:"credentialsPassthrough"`
	CredentialsRole        awsiam.IRole            `field:"optional" json:"credentialsRole" yaml:"credentialsRole"`
	IntegrationResponses   *[]*IntegrationResponse `field:"optional" json:"integrationResponses" yaml:"integrationResponses"`
	PassthroughBehavior    PassthroughBehavior     `field:"optional" json:"passthroughBehavior" yaml:"passthroughBehavior"`
	RequestParameters      *map[string]*string     `field:"optional" json:"requestParameters" yaml:"requestParameters"`
	RequestTemplates       *map[string]*string     `field:"optional" json:"requestTemplates" yaml:"requestTemplates"`
	ResponseTransferMode   ResponseTransferMode    `field:"optional" json:"responseTransferMode" yaml:"responseTransferMode"`
	Timeout                awscdk.Duration         `field:"optional" json:"timeout" yaml:"timeout"`
	VpcLink                IVpcLink                `field:"optional" json:"vpcLink" yaml:"vpcLink"`
}

// IntegrationProps are the props of NewIntegration.
type IntegrationProps struct {
	Type                  IntegrationType     `field:"required" json:"type" yaml:"type"`
	IntegrationHttpMethod *string             `field:"optional" json:"integrationHttpMethod" yaml:"integrationHttpMethod"`
	Options               *IntegrationOptions `field:"optional" json:"options" yaml:"options"`
	Uri                   interface{}         `field:"optional" json:"uri" yaml:"uri"`
}

// IntegrationConfig is what an integration gives the method it binds to.
type IntegrationConfig struct {
	Type                  IntegrationType     `field:"required" json:"type" yaml:"type"`
	DeploymentToken       *string             `field:"optional" json:"deploymentToken" yaml:"deploymentToken"`
	IntegrationHttpMethod *string             `field:"optional" json:"integrationHttpMethod" yaml:"integrationHttpMethod"`
	Options               *IntegrationOptions `field:"optional" json:"options" yaml:"options"`
	Uri                   *string             `field:"optional" json:"uri" yaml:"uri"`
}

// Integration is the backend of a method.
type Integration interface {
	// Bind is called when a method uses the integration.
	Bind(method Method) *IntegrationConfig
}

// preflight holds what a CORS preflight's mock integration renders in
// aws-cdk-lib's insertion order.
type preflight struct {
	requestTemplates *ojson.Object
	responses        []*ojson.Object
	methodParams     *ojson.Object
}

type integration struct {
	props     IntegrationProps
	preflight *preflight
	// bound, when set, runs after the basic bind (Lambda permissions).
	bound func(m Method, cfg *IntegrationConfig)
	scope Method
}

func validateIntegration(props *IntegrationProps) {
	o := props.Options
	if o == nil {
		o = &IntegrationOptions{}
	}
	fail := func(msg string) { panic(&diag.UserError{Err: diag.Errorf("", "%s", msg)}) }
	if o.CredentialsPassthrough != nil && o.CredentialsRole != nil {
		fail("'credentialsPassthrough' and 'credentialsRole' are mutually exclusive")
	}
	if o.ConnectionType == ConnectionType_VPC_LINK && o.VpcLink == nil {
		fail("'connectionType' of VPC_LINK requires 'vpcLink' prop to be set")
	}
	if o.ConnectionType == ConnectionType_INTERNET && o.VpcLink != nil {
		fail("cannot set 'vpcLink' where 'connectionType' is INTERNET")
	}
	if o.Timeout != nil && !*o.Timeout.IsUnresolved() && *o.Timeout.ToMilliseconds(nil) < 50 {
		fail("Integration timeout must be greater than 50 milliseconds.")
	}
	if props.Type != IntegrationType_MOCK && props.IntegrationHttpMethod == nil {
		fail("integrationHttpMethod is required for non-mock integration types.")
	}
	if o.ResponseTransferMode == ResponseTransferMode_STREAM && props.Type != IntegrationType_AWS_PROXY && props.Type != IntegrationType_HTTP_PROXY {
		fail("ResponseTransferMode STREAM is only supported for AWS_PROXY and HTTP_PROXY integration types, got: " + string(props.Type))
	}
}

// NewIntegration is an integration of any type.
func NewIntegration(props *IntegrationProps) Integration {
	if props == nil {
		props = &IntegrationProps{}
	}
	validateIntegration(props)
	return &integration{props: *props}
}

func (i *integration) Bind(method Method) *IntegrationConfig {
	i.scope = method
	opts := i.props.Options
	cfg := &IntegrationConfig{Type: i.props.Type, IntegrationHttpMethod: i.props.IntegrationHttpMethod}
	switch u := i.props.Uri.(type) {
	case *string:
		cfg.Uri = u
	case string:
		cfg.Uri = jsii.String(u)
	case func() *string:
		cfg.Uri = u()
	}
	o := IntegrationOptions{}
	if opts != nil {
		o = *opts
	}
	// As aws-cdk-lib: a VPC_LINK integration without a URI gets
	// http://<DNS name> of its link's only load balancer, worked out at
	// synthesis when the link has all its targets.
	if o.ConnectionType == ConnectionType_VPC_LINK && cfg.Uri == nil {
		link := o.VpcLink
		cfg.Uri = awscdk.Lazy_String(stringProducer(func() *string {
			if v, ok := link.(*vpcLink); ok {
				return v.defaultURI(method)
			}
			l2.Throw(method, "'uri' is required when the 'connectionType' is VPC_LINK")
			return nil
		}), nil)
	}
	if o.VpcLink != nil {
		o.ConnectionType = ConnectionType_VPC_LINK
	}
	cfg.Options = &o
	if i.bound != nil {
		i.bound(method, cfg)
	}
	return cfg
}

// MockIntegration answers without a backend, from its integration
// responses.
type MockIntegration interface {
	Integration
}

// NewMockIntegration makes a mock integration.
func NewMockIntegration(options *IntegrationOptions) MockIntegration {
	return NewIntegration(&IntegrationProps{Type: IntegrationType_MOCK, Options: options}).(*integration)
}

// AwsIntegrationProps are the props of NewAwsIntegration.
type AwsIntegrationProps struct {
	Service               *string             `field:"required" json:"service" yaml:"service"`
	Action                *string             `field:"optional" json:"action" yaml:"action"`
	ActionParameters      *map[string]*string `field:"optional" json:"actionParameters" yaml:"actionParameters"`
	IntegrationHttpMethod *string             `field:"optional" json:"integrationHttpMethod" yaml:"integrationHttpMethod"`
	Options               *IntegrationOptions `field:"optional" json:"options" yaml:"options"`
	Path                  *string             `field:"optional" json:"path" yaml:"path"`
	Proxy                 *bool               `field:"optional" json:"proxy" yaml:"proxy"`
	Region                *string             `field:"optional" json:"region" yaml:"region"`
	Subdomain             *string             `field:"optional" json:"subdomain" yaml:"subdomain"`
}

// AwsIntegration calls an AWS service API.
type AwsIntegration interface {
	Integration
}

// NewAwsIntegration makes an integration calling an AWS service action or
// path.
func NewAwsIntegration(props *AwsIntegrationProps) AwsIntegration {
	if props == nil || props.Service == nil {
		panic(&diag.UserError{Err: diag.Errorf("", "AwsIntegration needs props.Service")})
	}
	return newAwsIntegration(props)
}

func newAwsIntegration(props *AwsIntegrationProps) *integration {
	backend := *props.Service
	if props.Subdomain != nil {
		backend = *props.Subdomain + "." + backend
	}
	typ := IntegrationType_AWS
	if props.Proxy != nil && *props.Proxy {
		typ = IntegrationType_AWS_PROXY
	}
	apiType, apiValue := parseAwsAPICall(props.Path, props.Action, props.ActionParameters)
	method := props.IntegrationHttpMethod
	if method == nil {
		method = jsii.String("POST")
	}
	i := &integration{}
	i.props = IntegrationProps{Type: typ, IntegrationHttpMethod: method, Options: props.Options,
		Uri: func() *string {
			return awscdk.Stack_Of(i.scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("apigateway"), Account: jsii.String(backend),
				Resource: jsii.String(apiType), ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME, ResourceName: jsii.String(apiValue), Region: props.Region})
		}}
	validateIntegration(&i.props)
	return i
}

func parseAwsAPICall(path, action *string, params *map[string]*string) (string, string) {
	fail := func(msg string) { panic(&diag.UserError{Err: diag.Errorf("", "%s", msg)}) }
	if params != nil && action == nil {
		fail(`"actionParams" requires that "action" will be set`)
	}
	if path != nil && action != nil {
		fail(`"path" and "action" are mutually exclusive (path="` + *path + `", action="` + *action + `")`)
	}
	if path != nil {
		return "path", *path
	}
	if action != nil {
		a := *action
		if params != nil {
			keys := make([]string, 0, len(*params))
			for k := range *params {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			var q []string
			for _, k := range keys {
				q = append(q, url.QueryEscape(k)+"="+url.QueryEscape(deref((*params)[k])))
			}
			a += "&" + strings.Join(q, "&")
		}
		return "action", a
	}
	fail(`Either "path" or "action" are required`)
	return "", ""
}

// LambdaIntegrationOptions configure a Lambda integration.
type LambdaIntegrationOptions struct {
	CacheKeyParameters     *[]*string              `field:"optional" json:"cacheKeyParameters" yaml:"cacheKeyParameters"`
	CacheNamespace         *string                 `field:"optional" json:"cacheNamespace" yaml:"cacheNamespace"`
	ConnectionType         ConnectionType          `field:"optional" json:"connectionType" yaml:"connectionType"`
	ContentHandling        ContentHandling         `field:"optional" json:"contentHandling" yaml:"contentHandling"`
	CredentialsPassthrough *bool                   `field:"optional" json:"credentialsPassthrough" yaml:"credentialsPassthrough"`
	CredentialsRole        awsiam.IRole            `field:"optional" json:"credentialsRole" yaml:"credentialsRole"`
	IntegrationResponses   *[]*IntegrationResponse `field:"optional" json:"integrationResponses" yaml:"integrationResponses"`
	PassthroughBehavior    PassthroughBehavior     `field:"optional" json:"passthroughBehavior" yaml:"passthroughBehavior"`
	RequestParameters      *map[string]*string     `field:"optional" json:"requestParameters" yaml:"requestParameters"`
	RequestTemplates       *map[string]*string     `field:"optional" json:"requestTemplates" yaml:"requestTemplates"`
	ResponseTransferMode   ResponseTransferMode    `field:"optional" json:"responseTransferMode" yaml:"responseTransferMode"`
	Timeout                awscdk.Duration         `field:"optional" json:"timeout" yaml:"timeout"`
	VpcLink                IVpcLink                `field:"optional" json:"vpcLink" yaml:"vpcLink"`
	// Also let the console's "test" invoke the function (default true).
	AllowTestInvoke *bool `field:"optional" json:"allowTestInvoke" yaml:"allowTestInvoke"`
	// Use Lambda proxy integration (default true).
	Proxy *bool `field:"optional" json:"proxy" yaml:"proxy"`
	// Scope the invoke permission to the method (default true) rather than the API.
	ScopePermissionToMethod *bool `field:"optional" json:"scopePermissionToMethod" yaml:"scopePermissionToMethod"`
}

// LambdaIntegration calls a Lambda function and lets API Gateway invoke it.
type LambdaIntegration interface {
	AwsIntegration
}

// NewLambdaIntegration makes an integration calling handler (proxy by
// default).
func NewLambdaIntegration(handler awslambda.IFunction, options *LambdaIntegrationOptions) LambdaIntegration {
	if isNil(handler) {
		panic(&diag.UserError{Err: diag.Errorf("", "LambdaIntegration needs a handler function")})
	}
	o := LambdaIntegrationOptions{}
	if options != nil {
		o = *options
	}
	proxy := o.Proxy == nil || *o.Proxy
	path := "2015-03-31/functions/" + *handler.FunctionArn() + "/invocations"
	if o.ResponseTransferMode == ResponseTransferMode_STREAM {
		path = "2021-11-15/functions/" + *handler.FunctionArn() + "/response-streaming-invocations"
	}
	io := &IntegrationOptions{CacheKeyParameters: o.CacheKeyParameters, CacheNamespace: o.CacheNamespace, ConnectionType: o.ConnectionType,
		ContentHandling: o.ContentHandling, CredentialsPassthrough: o.CredentialsPassthrough, CredentialsRole: o.CredentialsRole,
		IntegrationResponses: o.IntegrationResponses, PassthroughBehavior: o.PassthroughBehavior, RequestParameters: o.RequestParameters,
		RequestTemplates: o.RequestTemplates, ResponseTransferMode: o.ResponseTransferMode, Timeout: o.Timeout, VpcLink: o.VpcLink}
	i := newAwsIntegration(&AwsIntegrationProps{Proxy: jsii.Bool(proxy), Service: jsii.String("lambda"), Path: jsii.String(path), Options: io})
	enableTest := o.AllowTestInvoke == nil || *o.AllowTestInvoke
	scoped := o.ScopePermissionToMethod == nil || *o.ScopePermissionToMethod
	i.bound = func(m Method, cfg *IntegrationConfig) {
		principal := awsiam.NewServicePrincipal(jsii.String("apigateway.amazonaws.com"), nil)
		api := m.Api()
		if scoped {
			desc := *awscdk.Names_NodeUniqueId(api.Node()) + "." + *m.HttpMethod() + "." + strings.ReplaceAll(*m.Resource().Path(), "/", ".")
			handler.AddPermission(jsii.String("ApiPermission."+desc), &awslambda.Permission{Principal: principal, Scope: m,
				SourceArn: awscdk.Lazy_String(stringProducer(func() *string { return m.MethodArn() }), nil)})
			if enableTest {
				handler.AddPermission(jsii.String("ApiPermission.Test."+desc), &awslambda.Permission{Principal: principal, Scope: m,
					SourceArn: m.TestMethodArn()})
			}
		} else {
			id := "ApiPermission.ApiScoped." + *awscdk.Names_NodeUniqueId(handler.Node()) + "." + *awscdk.Names_NodeUniqueId(api.Node())
			found := false
			for _, c := range *api.Node().FindAll(constructs.ConstructOrder_PREORDER) {
				if _, ok := c.(awslambda.CfnPermission); ok && *c.Node().Id() == id {
					found = true
					break
				}
			}
			if !found {
				handler.AddPermission(jsii.String(id), &awslambda.Permission{Principal: principal, Scope: api.(constructs.Construct),
					SourceArn: awscdk.Lazy_String(stringProducer(func() *string { return api.ArnForExecuteApi(nil, nil, nil) }), nil)})
			}
			if !enableTest {
				awscdk.Annotations_Of(m).AddWarningV2(jsii.String("@aws-cdk/aws-apigateway:allowTestInvoke"),
					jsii.String("Value 'false' for 'allowTestInvoke' in LambdaIntegration is ignored since 'scopePermissionToMethod' is 'false'"))
			}
		}
		var name *string
		if fn, ok := handler.(awslambda.Function); ok {
			if cfn, ok := fn.Node().DefaultChild().(awslambda.CfnFunction); ok {
				name = cfn.FunctionName()
			}
		} else {
			name = handler.FunctionName()
		}
		if name != nil && !isUnresolved(*name) {
			b, _ := json.Marshal(map[string]string{"functionName": *name})
			cfg.DeploymentToken = jsii.String(string(b))
		}
	}
	return i
}

type stringProducer func() *string

func (p stringProducer) Produce() *string { return p() }

// HttpIntegrationProps are the props of NewHttpIntegration.
type HttpIntegrationProps struct {
	HttpMethod *string             `field:"optional" json:"httpMethod" yaml:"httpMethod"`
	Options    *IntegrationOptions `field:"optional" json:"options" yaml:"options"`
	Proxy      *bool               `field:"optional" json:"proxy" yaml:"proxy"`
}

// HttpIntegration calls an HTTP endpoint.
type HttpIntegration interface {
	Integration
}

// NewHttpIntegration makes an integration calling url (proxy by default).
func NewHttpIntegration(url *string, props *HttpIntegrationProps) HttpIntegration {
	p := HttpIntegrationProps{}
	if props != nil {
		p = *props
	}
	typ := IntegrationType_HTTP_PROXY
	if p.Proxy != nil && !*p.Proxy {
		typ = IntegrationType_HTTP
	}
	method := p.HttpMethod
	if method == nil {
		method = jsii.String("GET")
	}
	return NewIntegration(&IntegrationProps{Type: typ, IntegrationHttpMethod: method, Uri: url, Options: p.Options})
}
