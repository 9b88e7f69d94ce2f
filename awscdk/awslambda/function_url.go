package awslambda

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// HttpMethod is an HTTP method a function URL allows in CORS.
type HttpMethod string

const (
	HttpMethod_GET     HttpMethod = "GET"
	HttpMethod_PUT     HttpMethod = "PUT"
	HttpMethod_HEAD    HttpMethod = "HEAD"
	HttpMethod_POST    HttpMethod = "POST"
	HttpMethod_DELETE  HttpMethod = "DELETE"
	HttpMethod_PATCH   HttpMethod = "PATCH"
	HttpMethod_OPTIONS HttpMethod = "OPTIONS"
	HttpMethod_ALL     HttpMethod = "ALL"
)

func (m HttpMethod) value() string {
	if m == HttpMethod_ALL {
		return "*"
	}
	return string(m)
}

// InvokeMode says whether a function URL buffers or streams responses.
type InvokeMode string

const (
	InvokeMode_BUFFERED        InvokeMode = "BUFFERED"
	InvokeMode_RESPONSE_STREAM InvokeMode = "RESPONSE_STREAM"
)

// FunctionUrlCorsOptions are the CORS settings of a function URL.
type FunctionUrlCorsOptions struct {
	AllowCredentials *bool           `field:"optional" json:"allowCredentials" yaml:"allowCredentials"`
	AllowedHeaders   *[]*string      `field:"optional" json:"allowedHeaders" yaml:"allowedHeaders"`
	AllowedMethods   *[]HttpMethod   `field:"optional" json:"allowedMethods" yaml:"allowedMethods"`
	AllowedOrigins   *[]*string      `field:"optional" json:"allowedOrigins" yaml:"allowedOrigins"`
	ExposedHeaders   *[]*string      `field:"optional" json:"exposedHeaders" yaml:"exposedHeaders"`
	MaxAge           awscdk.Duration `field:"optional" json:"maxAge" yaml:"maxAge"`
}

// FunctionUrlOptions configure a function URL.
type FunctionUrlOptions struct {
	// Default: AWS_IAM.
	AuthType   FunctionUrlAuthType     `field:"optional" json:"authType" yaml:"authType"`
	Cors       *FunctionUrlCorsOptions `field:"optional" json:"cors" yaml:"cors"`
	InvokeMode InvokeMode              `field:"optional" json:"invokeMode" yaml:"invokeMode"`
}

// FunctionUrlProps are the props of NewFunctionUrl.
type FunctionUrlProps struct {
	AuthType   FunctionUrlAuthType     `field:"optional" json:"authType" yaml:"authType"`
	Cors       *FunctionUrlCorsOptions `field:"optional" json:"cors" yaml:"cors"`
	InvokeMode InvokeMode              `field:"optional" json:"invokeMode" yaml:"invokeMode"`
	// The function (or alias) the URL invokes; not a version.
	Function IFunction `field:"required" json:"function" yaml:"function"`
}

// IFunctionUrl is a function URL.
type IFunctionUrl interface {
	awscdk.IResource
	interfacesawslambda.IUrlRef
	GrantInvokeUrl(identity awsiam.IGrantable) awsiam.Grant
	AuthType() FunctionUrlAuthType
	FunctionArn() *string
	Url() *string
}

// FunctionUrl is an HTTPS endpoint of a function (AWS::Lambda::Url).
type FunctionUrl interface {
	awscdk.Resource
	IFunctionUrl
}

type functionURL struct {
	awscdk.Resource
	authType FunctionUrlAuthType
	url, arn *string
	fn       IFunction
}

// NewFunctionUrl gives props.Function an HTTPS endpoint.
func NewFunctionUrl(scope constructs.Construct, id *string, props *FunctionUrlProps) FunctionUrl {
	props = l2.Inject(*FunctionUrl_PROPERTY_INJECTION_ID(), props, scope, id)
	u := &functionURL{}
	u.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(u.Resource, u)
	if props == nil || isNil(props.Function) {
		throw(u, "a FunctionUrl needs props.Function")
	}
	alias, isAlias := props.Function.(IAlias)
	if _, isVersion := props.Function.(IVersion); isVersion && !isAlias {
		throw(u, "FunctionUrl cannot be used with a Version")
	}
	target := props.Function
	var qualifier *string
	if isAlias {
		target = alias.Version().Lambda()
		qualifier = alias.AliasName()
	}
	u.authType = props.AuthType
	if u.authType == "" {
		u.authType = FunctionUrlAuthType_AWS_IAM
	}
	cfn := &CfnUrlProps{AuthType: jsii.String(string(u.authType)), TargetFunctionArn: target.FunctionArn(), Qualifier: qualifier}
	if props.InvokeMode != "" {
		cfn.InvokeMode = jsii.String(string(props.InvokeMode))
	}
	if c := props.Cors; c != nil {
		if c.MaxAge != nil && !*c.MaxAge.IsUnresolved() && *c.MaxAge.ToSeconds(nil) > 86400 {
			throw(u, "FunctionUrl CORS maxAge should be less than or equal to 86400 secs (got %v)", *c.MaxAge.ToSeconds(nil))
		}
		methods := []*string{jsii.String("*")}
		if c.AllowedMethods != nil {
			methods = nil
			for _, m := range *c.AllowedMethods {
				methods = append(methods, jsii.String(m.value()))
			}
		}
		cors := &CfnUrl_CorsProperty{AllowCredentials: c.AllowCredentials, AllowHeaders: c.AllowedHeaders, AllowMethods: &methods,
			AllowOrigins: c.AllowedOrigins, ExposeHeaders: c.ExposedHeaders}
		if c.MaxAge != nil {
			cors.MaxAge = c.MaxAge.ToSeconds(nil)
		}
		cfn.Cors = cors
	}
	res := NewCfnUrl(u, jsii.String("Resource"), cfn)
	if isAlias && alias.Node().DefaultChild() != nil {
		res.Node().AddDependency(alias.Node().DefaultChild())
	}
	u.url, u.arn, u.fn = res.AttrFunctionUrl(), res.AttrFunctionArn(), props.Function
	if props.AuthType == FunctionUrlAuthType_NONE {
		props.Function.AddPermission(jsii.String("invoke-function-url"), &Permission{Principal: awsiam.NewAnyPrincipal(),
			Action: jsii.String("lambda:InvokeFunctionUrl"), FunctionUrlAuthType: props.AuthType})
		props.Function.AddPermission(jsii.String("invoke-function"), &Permission{Principal: awsiam.NewAnyPrincipal(),
			Action: jsii.String("lambda:InvokeFunction"), InvokedViaFunctionUrl: jsii.Bool(true)})
	}
	return u
}

func (u *functionURL) AuthType() FunctionUrlAuthType { return u.authType }
func (u *functionURL) Url() *string                  { return u.url }
func (u *functionURL) FunctionArn() *string          { return u.arn }
func (u *functionURL) UrlRef() *interfacesawslambda.UrlReference {
	return &interfacesawslambda.UrlReference{FunctionArn: u.arn}
}

// GrantInvokeUrl lets identity call the URL (IAM auth).
func (u *functionURL) GrantInvokeUrl(identity awsiam.IGrantable) awsiam.Grant {
	return u.fn.GrantInvokeUrl(identity)
}

// AddFunctionUrl gives the function an HTTPS endpoint (id "FunctionUrl").
func (f *functionBase) AddFunctionUrl(options *FunctionUrlOptions) FunctionUrl {
	p := &FunctionUrlProps{Function: f.self}
	if options != nil {
		p.AuthType, p.Cors, p.InvokeMode = options.AuthType, options.Cors, options.InvokeMode
	}
	return NewFunctionUrl(f.Resource, jsii.String("FunctionUrl"), p)
}

// GrantInvokeUrl lets grantee call the function's URL (IAM auth), and
// invoke the function through it.
func (f *functionBase) GrantInvokeUrl(grantee awsiam.IGrantable) awsiam.Grant {
	name := ""
	if s, ok := grantee.GrantPrincipal().(interface{ ToString() *string }); ok {
		name = deref(s.ToString())
	}
	id := "InvokeFunctionUrl" + name
	if g, ok := f.invocationGrants[id]; ok {
		return g
	}
	f.grantWith(grantee, id, "lambda:InvokeFunctionUrl", []*string{f.self.FunctionArn()},
		&Permission{FunctionUrlAuthType: FunctionUrlAuthType_AWS_IAM},
		&map[string]*map[string]interface{}{"StringEquals": {"lambda:FunctionUrlAuthType": "AWS_IAM"}})
	g := f.grantWith(grantee, id+"-DualAuth", "lambda:InvokeFunction", []*string{f.self.FunctionArn()},
		&Permission{InvokedViaFunctionUrl: jsii.Bool(true)},
		&map[string]*map[string]interface{}{"Bool": {"lambda:InvokedViaFunctionUrl": true}})
	f.invocationGrants[id] = g
	return g
}

// grantWith is grant with conditions on the identity statement and extra
// fields on the permission a cross-account grant adds.
func (f *functionBase) grantWith(grantee awsiam.IGrantable, id, action string, arns []*string, overrides *Permission, conditions *map[string]*map[string]interface{}) awsiam.Grant {
	return awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
		Grantee:      grantee,
		Actions:      &[]*string{jsii.String(action)},
		ResourceArns: &arns,
		Conditions:   conditions,
		Resource:     &permissionResource{f: f, id: id, grantee: grantee, action: action, overrides: overrides},
	})
}
