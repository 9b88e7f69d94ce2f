package awsapigateway

import (
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsapigateway"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// IResource is a path of a REST API.
type IResource interface {
	awscdk.IResource
	interfacesawsapigateway.IResourceRef
	AddCorsPreflight(options *CorsOptions) Method
	AddMethod(httpMethod *string, target Integration, options *MethodOptions) Method
	AddProxy(options *ProxyResourceOptions) ProxyResource
	AddResource(pathPart *string, options *ResourceOptions) Resource
	GetResource(pathPart *string) IResource
	ResourceForPath(path *string) Resource
	Api() IRestApi
	DefaultCorsPreflightOptions() *CorsOptions
	DefaultIntegration() Integration
	DefaultMethodOptions() *MethodOptions
	ParentResource() IResource
	Path() *string
	ResourceId() *string
}

// ResourceOptions are the defaults a resource passes to its children.
type ResourceOptions struct {
	DefaultCorsPreflightOptions *CorsOptions   `field:"optional" json:"defaultCorsPreflightOptions" yaml:"defaultCorsPreflightOptions"`
	DefaultIntegration          Integration    `field:"optional" json:"defaultIntegration" yaml:"defaultIntegration"`
	DefaultMethodOptions        *MethodOptions `field:"optional" json:"defaultMethodOptions" yaml:"defaultMethodOptions"`
}

// ResourceProps are the props of NewResource.
type ResourceProps struct {
	DefaultCorsPreflightOptions *CorsOptions   `field:"optional" json:"defaultCorsPreflightOptions" yaml:"defaultCorsPreflightOptions"`
	DefaultIntegration          Integration    `field:"optional" json:"defaultIntegration" yaml:"defaultIntegration"`
	DefaultMethodOptions        *MethodOptions `field:"optional" json:"defaultMethodOptions" yaml:"defaultMethodOptions"`
	Parent                      IResource      `field:"required" json:"parent" yaml:"parent"`
	PathPart                    *string        `field:"required" json:"pathPart" yaml:"pathPart"`
}

// ProxyResourceOptions configure a {proxy+} resource.
type ProxyResourceOptions struct {
	DefaultCorsPreflightOptions *CorsOptions   `field:"optional" json:"defaultCorsPreflightOptions" yaml:"defaultCorsPreflightOptions"`
	DefaultIntegration          Integration    `field:"optional" json:"defaultIntegration" yaml:"defaultIntegration"`
	DefaultMethodOptions        *MethodOptions `field:"optional" json:"defaultMethodOptions" yaml:"defaultMethodOptions"`
	// Add an ANY method (default true).
	AnyMethod *bool `field:"optional" json:"anyMethod" yaml:"anyMethod"`
}

// ProxyResourceProps are the props of NewProxyResource.
type ProxyResourceProps struct {
	DefaultCorsPreflightOptions *CorsOptions   `field:"optional" json:"defaultCorsPreflightOptions" yaml:"defaultCorsPreflightOptions"`
	DefaultIntegration          Integration    `field:"optional" json:"defaultIntegration" yaml:"defaultIntegration"`
	DefaultMethodOptions        *MethodOptions `field:"optional" json:"defaultMethodOptions" yaml:"defaultMethodOptions"`
	AnyMethod                   *bool          `field:"optional" json:"anyMethod" yaml:"anyMethod"`
	Parent                      IResource      `field:"required" json:"parent" yaml:"parent"`
}

// ResourceBase is what resources and the root share.
type ResourceBase interface {
	awscdk.Resource
	IResource
	ResourceRef() *interfacesawsapigateway.ResourceReference
	Url() *string
}

// Resource is a path part of a REST API (AWS::ApiGateway::Resource).
type Resource interface {
	ResourceBase
}

// ProxyResource is a {proxy+} resource, with an ANY method by default.
type ProxyResource interface {
	Resource
	AnyMethod() Method
}

type resourceBase struct {
	awscdk.Resource
	self          IResource
	api           IRestApi
	parent        IResource
	path          string
	resourceID    *string
	children      map[string]IResource
	integration   Integration
	methodOptions *MethodOptions
	cors          *CorsOptions
	restAPI       RestApi
	// proxying is set on a LambdaRestApi's root once its proxy exists.
	proxying  bool
	anyMethod Method
}

func (r *resourceBase) Api() IRestApi                             { return r.api }
func (r *resourceBase) ParentResource() IResource                 { return r.parent }
func (r *resourceBase) Path() *string                             { return jsii.String(r.path) }
func (r *resourceBase) ResourceId() *string                       { return r.resourceID }
func (r *resourceBase) DefaultIntegration() Integration           { return r.integration }
func (r *resourceBase) DefaultMethodOptions() *MethodOptions      { return r.methodOptions }
func (r *resourceBase) DefaultCorsPreflightOptions() *CorsOptions { return r.cors }
func (r *resourceBase) AnyMethod() Method                         { return r.anyMethod }
func (r *resourceBase) ResourceRef() *interfacesawsapigateway.ResourceReference {
	return &interfacesawsapigateway.ResourceReference{ResourceId: r.self.ResourceId(), RestApiId: r.self.Api().RestApiId()}
}

// RestApi is the API this resource belongs to.
func (r *resourceBase) RestApi() RestApi {
	if r.restAPI == nil {
		l2.Throw(r.self, "RestApi is not available on Resource not connected to an instance of RestApi. Use `api` instead")
	}
	return r.restAPI
}

// Url is the resource's URL on the API's deployment stage.
func (r *resourceBase) Url() *string {
	api, ok := r.self.Api().(interface{ UrlForPath(*string) *string })
	if !ok {
		l2.Throw(r.self, "Url needs the resource's Api to be a RestApi (one with a deployment stage)")
	}
	return api.UrlForPath(r.self.Path())
}

func (r *resourceBase) checkProxying(what string) {
	if r.proxying {
		l2.Throw(r.self, "Cannot call '%s' on a proxying LambdaRestApi; set 'proxy' to false", what)
	}
}

func (r *resourceBase) AddResource(pathPart *string, options *ResourceOptions) Resource {
	r.checkProxying("addResource")
	p := &ResourceProps{Parent: r.self, PathPart: pathPart}
	if options != nil {
		p.DefaultCorsPreflightOptions, p.DefaultIntegration, p.DefaultMethodOptions = options.DefaultCorsPreflightOptions, options.DefaultIntegration, options.DefaultMethodOptions
	}
	return NewResource(r.Resource, pathPart, p)
}

func (r *resourceBase) AddMethod(httpMethod *string, target Integration, options *MethodOptions) Method {
	r.checkProxying("addMethod")
	return r.addMethod(httpMethod, target, options)
}

func (r *resourceBase) addMethod(httpMethod *string, target Integration, options *MethodOptions) Method {
	if httpMethod == nil {
		l2.Throw(r.self, "AddMethod needs an HTTP method")
	}
	if existing := r.self.Node().TryFindChild(httpMethod); existing != nil {
		l2.Throw(r.self, "There is already a Construct with name '%s' in %s", *httpMethod, r.constructName())
	}
	return NewMethod(r.Resource, httpMethod, &MethodProps{Resource: r.self, HttpMethod: httpMethod, Integration: target, Options: options})
}

// constructName is how aws-cdk-lib names a construct in its messages
// ("Resource [proxy]").
func (r *resourceBase) constructName() string {
	kind := "Resource"
	switch r.self.(type) {
	case *proxyResource:
		kind = "ProxyResource"
	case *rootResource:
		kind = "RootResource"
	}
	return kind + " [" + *r.self.Node().Id() + "]"
}

func (r *resourceBase) AddProxy(options *ProxyResourceOptions) ProxyResource {
	r.checkProxying("addProxy")
	p := &ProxyResourceProps{Parent: r.self}
	if options != nil {
		p.DefaultCorsPreflightOptions, p.DefaultIntegration, p.DefaultMethodOptions, p.AnyMethod = options.DefaultCorsPreflightOptions, options.DefaultIntegration, options.DefaultMethodOptions, options.AnyMethod
	}
	return NewProxyResource(r.Resource, jsii.String("{proxy+}"), p)
}

func (r *resourceBase) AddCorsPreflight(options *CorsOptions) Method {
	return addCorsPreflight(r, options)
}

func (r *resourceBase) GetResource(pathPart *string) IResource {
	if c, ok := r.children[deref(pathPart)]; ok {
		return c
	}
	return nil
}

func (r *resourceBase) ResourceForPath(path *string) Resource {
	p := deref(path)
	if p == "" {
		if res, ok := r.self.(Resource); ok {
			return res
		}
		return nil
	}
	if strings.HasPrefix(p, "/") {
		if here := deref(r.self.Path()); here != "/" {
			l2.Throw(r.self, "Path may start with \"/\" only for the resource, but we are at: %s", here)
		}
		return r.ResourceForPath(jsii.String(p[1:]))
	}
	parts := strings.Split(p, "/")
	next := parts[0]
	if next == "" {
		l2.Throw(r.self, "resourceForPath cannot be called with an empty path")
	}
	child := r.GetResource(jsii.String(next))
	if child == nil {
		child = r.self.AddResource(jsii.String(next), nil)
	}
	return child.ResourceForPath(jsii.String(strings.Join(parts[1:], "/")))
}

type resource struct{ resourceBase }

type proxyResource struct{ resourceBase }

type rootResource struct{ resourceBase }

// Resource_IsConstruct reports whether x is a construct.
func Resource_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Resource_IsResource reports whether construct is a resource.
func Resource_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Resource_IsOwnedResource reports whether construct is a resource created in this app.
func Resource_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Resource_PROPERTY_INJECTION_ID identifies the class to property injectors.
func Resource_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigateway.Resource")
}

var pathPartPattern = regexp.MustCompile(`^[a-zA-Z0-9:._\-$]+$`)

// NewResource adds a path part under props.Parent.
func NewResource(scope constructs.Construct, id *string, props *ResourceProps) Resource {
	props = l2.Inject(*Resource_PROPERTY_INJECTION_ID(), props, scope, id)
	r := &resource{}
	r.init(scope, id, props, r)
	return r
}

func (r *resourceBase) init(scope constructs.Construct, id *string, props *ResourceProps, self IResource) {
	r.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(r.Resource, self)
	r.self = self
	if props == nil || isNil(props.Parent) || props.PathPart == nil {
		l2.Throw(self, "a Resource needs props.Parent and props.PathPart")
	}
	part := *props.PathPart
	check := part
	if strings.HasPrefix(check, "{") && strings.HasSuffix(check, "}") {
		check = strings.TrimSuffix(check[1:len(check)-1], "+")
	}
	if !pathPartPattern.MatchString(check) {
		l2.Throw(scope, "Resource's path part only allow [a-zA-Z0-9:._-$], an optional trailing '+'\n      and curly braces at the beginning and the end: %s", check)
	}
	r.parent = props.Parent
	if pb := resourceBaseOf(props.Parent); pb != nil {
		pb.trackChild(part, self)
	}
	r.api = props.Parent.Api()
	if pb := resourceBaseOf(props.Parent); pb != nil {
		r.restAPI = pb.restApiOrNil()
	}
	cfnProps := &CfnResourceProps{RestApiId: r.api.RestApiId(), ParentId: props.Parent.ResourceId(), PathPart: jsii.String(part)}
	cfn := NewCfnResource(r.Resource, jsii.String("Resource"), cfnProps)
	r.resourceID = cfn.Ref()
	r.path = *props.Parent.Path()
	if !strings.HasSuffix(r.path, "/") {
		r.path += "/"
	}
	r.path += part
	if d, ok := r.api.LatestDeployment().(*deployment); ok && d != nil {
		d.Node().AddDependency(cfn)
		rp := ojson.New()
		rp.Set("restApiId", r.api.RestApiId())
		rp.Set("parentId", props.Parent.ResourceId())
		rp.Set("pathPart", part)
		h := ojson.New()
		h.Set("resource", rp)
		d.AddToLogicalId(h)
	}
	r.integration = props.DefaultIntegration
	if isNil(r.integration) {
		r.integration = props.Parent.DefaultIntegration()
	}
	r.methodOptions = mergeMethodOptions(props.Parent.DefaultMethodOptions(), props.DefaultMethodOptions)
	r.cors = props.DefaultCorsPreflightOptions
	if r.cors == nil {
		r.cors = props.Parent.DefaultCorsPreflightOptions()
	}
	if r.cors != nil {
		self.AddCorsPreflight(r.cors)
	}
}

func (r *resourceBase) trackChild(part string, child IResource) {
	if r.children == nil {
		r.children = map[string]IResource{}
	}
	r.children[part] = child
}

func (r *resourceBase) restApiOrNil() RestApi { return r.restAPI }

// mergeMethodOptions is {...parent, ...child}: the child's set fields win.
func mergeMethodOptions(parent, child *MethodOptions) *MethodOptions {
	out := MethodOptions{}
	if parent != nil {
		out = *parent
	}
	if child == nil {
		return &out
	}
	c := child
	if c.ApiKeyRequired != nil {
		out.ApiKeyRequired = c.ApiKeyRequired
	}
	if c.AuthorizationScopes != nil {
		out.AuthorizationScopes = c.AuthorizationScopes
	}
	if c.AuthorizationType != "" {
		out.AuthorizationType = c.AuthorizationType
	}
	if !isNil(c.Authorizer) {
		out.Authorizer = c.Authorizer
	}
	if c.MethodResponses != nil {
		out.MethodResponses = c.MethodResponses
	}
	if c.OperationName != nil {
		out.OperationName = c.OperationName
	}
	if c.RequestModels != nil {
		out.RequestModels = c.RequestModels
	}
	if c.RequestParameters != nil {
		out.RequestParameters = c.RequestParameters
	}
	if !isNil(c.RequestValidator) {
		out.RequestValidator = c.RequestValidator
	}
	if c.RequestValidatorOptions != nil {
		out.RequestValidatorOptions = c.RequestValidatorOptions
	}
	return &out
}

// NewProxyResource adds a greedy {proxy+} resource under props.Parent.
func NewProxyResource(scope constructs.Construct, id *string, props *ProxyResourceProps) ProxyResource {
	props = l2.Inject(*ProxyResource_PROPERTY_INJECTION_ID(), props, scope, id)
	r := &proxyResource{}
	if props == nil {
		props = &ProxyResourceProps{}
	}
	r.init(scope, id, &ResourceProps{Parent: props.Parent, PathPart: jsii.String("{proxy+}"),
		DefaultIntegration: props.DefaultIntegration, DefaultMethodOptions: props.DefaultMethodOptions}, r)
	if props.AnyMethod == nil || *props.AnyMethod {
		r.anyMethod = r.AddMethod(jsii.String("ANY"), nil, nil)
	}
	return r
}

// AddMethod on a proxy under the root also adds the method to the root,
// so that "/" is served too.
func (r *proxyResource) AddMethod(httpMethod *string, target Integration, options *MethodOptions) Method {
	if p, ok := r.parent.(*rootResource); ok && p.path == "/" {
		if _, isMethod := p.Node().TryFindChild(httpMethod).(Method); !isMethod {
			p.addMethod(httpMethod, target, options)
		}
	}
	return r.resourceBase.AddMethod(httpMethod, target, options)
}

// ProxyResource_IsConstruct reports whether x is a construct.
func ProxyResource_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ProxyResource_IsResource reports whether construct is a resource.
func ProxyResource_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// ProxyResource_IsOwnedResource reports whether construct is a resource created in this app.
func ProxyResource_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ProxyResource_PROPERTY_INJECTION_ID identifies the class to property injectors.
func ProxyResource_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigateway.ProxyResource")
}

func newRootResource(api IRestApi, restAPI RestApi, options *ResourceOptions, resourceID *string) *rootResource {
	r := &rootResource{}
	r.Resource = awscdk.NewResource(api.(constructs.Construct), jsii.String("Default"), nil)
	host.Set(r.Resource, r)
	r.self = r
	r.api = api
	r.restAPI = restAPI
	r.resourceID = resourceID
	r.path = "/"
	if options != nil {
		r.integration, r.methodOptions, r.cors = options.DefaultIntegration, options.DefaultMethodOptions, options.DefaultCorsPreflightOptions
	}
	if r.cors != nil {
		r.AddCorsPreflight(r.cors)
	}
	return r
}
