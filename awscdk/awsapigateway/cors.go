package awsapigateway

import (
	"fmt"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// CorsOptions configure the OPTIONS method a resource answers CORS
// preflight requests with.
type CorsOptions struct {
	AllowOrigins     *[]*string      `field:"required" json:"allowOrigins" yaml:"allowOrigins"`
	AllowCredentials *bool           `field:"optional" json:"allowCredentials" yaml:"allowCredentials"`
	AllowHeaders     *[]*string      `field:"optional" json:"allowHeaders" yaml:"allowHeaders"`
	AllowMethods     *[]*string      `field:"optional" json:"allowMethods" yaml:"allowMethods"`
	DisableCache     *bool           `field:"optional" json:"disableCache" yaml:"disableCache"`
	ExposeHeaders    *[]*string      `field:"optional" json:"exposeHeaders" yaml:"exposeHeaders"`
	MaxAge           awscdk.Duration `field:"optional" json:"maxAge" yaml:"maxAge"`
	StatusCode       *float64        `field:"optional" json:"statusCode" yaml:"statusCode"`
}

// Cors_ALL_METHODS is every HTTP method API Gateway routes.
func Cors_ALL_METHODS() *[]*string { return strs(allMethods[:]...) }

// Cors_ALL_ORIGINS allows any origin.
func Cors_ALL_ORIGINS() *[]*string { return strs("*") }

// Cors_DEFAULT_HEADERS are the request headers API Gateway clients send.
func Cors_DEFAULT_HEADERS() *[]*string {
	return strs("Content-Type", "X-Amz-Date", "Authorization", "X-Api-Key", "X-Amz-Security-Token", "X-Amz-User-Agent")
}

func plain(p *[]*string) []string {
	if p == nil {
		return nil
	}
	out := make([]string, 0, len(*p))
	for _, s := range *p {
		if s != nil {
			out = append(out, *s)
		}
	}
	return out
}

// addCorsPreflight adds the OPTIONS method: a mock integration answering
// with the Access-Control-* headers, in the order aws-cdk-lib writes them.
func addCorsPreflight(r *resourceBase, options *CorsOptions) Method {
	if options == nil {
		l2.Throw(r.self, "addCorsPreflight needs options with allowOrigins")
	}
	headers := ojson.New()
	allowHeaders := plain(options.AllowHeaders)
	if options.AllowHeaders == nil {
		allowHeaders = plain(Cors_DEFAULT_HEADERS())
	}
	headers.Set("Access-Control-Allow-Headers", "'"+strings.Join(allowHeaders, ",")+"'")
	origins := plain(options.AllowOrigins)
	if len(origins) == 0 {
		l2.Throw(r.self, "allowOrigins must contain at least one origin")
	}
	for _, o := range origins {
		if o == "*" && len(origins) > 1 {
			l2.Throw(r.self, "Invalid \"allowOrigins\" - cannot mix \"*\" with specific origins: %s", strings.Join(origins, ","))
		}
	}
	headers.Set("Access-Control-Allow-Origin", "'"+origins[0]+"'")
	if origins[0] != "*" {
		headers.Set("Vary", "'Origin'")
	}
	methods := plain(options.AllowMethods)
	if options.AllowMethods == nil {
		methods = allMethods[:]
	}
	for _, m := range methods {
		if m == "ANY" {
			if len(methods) > 1 {
				l2.Throw(r.self, "ANY cannot be used with any other method. Received: %s", strings.Join(methods, ","))
			}
			methods = allMethods[:]
			break
		}
	}
	headers.Set("Access-Control-Allow-Methods", "'"+strings.Join(methods, ",")+"'")
	if options.AllowCredentials != nil && *options.AllowCredentials {
		headers.Set("Access-Control-Allow-Credentials", "'true'")
	}
	if options.MaxAge != nil && options.DisableCache != nil && *options.DisableCache {
		l2.Throw(r.self, "The options \"maxAge\" and \"disableCache\" are mutually exclusive")
	}
	var maxAge float64
	if options.MaxAge != nil {
		maxAge = *options.MaxAge.ToSeconds(nil)
	}
	if options.DisableCache != nil && *options.DisableCache {
		maxAge = -1
	}
	if maxAge != 0 {
		headers.Set("Access-Control-Max-Age", "'"+ojson.FormatNumber(maxAge)+"'")
	}
	if options.ExposeHeaders != nil {
		headers.Set("Access-Control-Expose-Headers", "'"+strings.Join(plain(options.ExposeHeaders), ",")+"'")
	}
	status := "204"
	if options.StatusCode != nil {
		status = ojson.FormatNumber(*options.StatusCode)
	}
	integrationParams, methodParams := ojson.New(), ojson.New()
	headers.Range(func(name string, v interface{}) {
		integrationParams.Set("method.response.header."+name, v)
		methodParams.Set("method.response.header."+name, true)
	})
	response := ojson.New()
	response.Set("statusCode", status)
	response.Set("responseParameters", integrationParams)
	if t := corsResponseTemplate(origins); t != nil {
		response.Set("responseTemplates", t)
	}
	requestTemplates := ojson.New()
	requestTemplates.Set("application/json", "{ statusCode: 200 }")
	mock := &integration{props: IntegrationProps{Type: IntegrationType_MOCK}, preflight: &preflight{
		requestTemplates: requestTemplates, responses: []*ojson.Object{response}, methodParams: methodParams}}
	return r.self.AddMethod(jsii.String("OPTIONS"), mock, &MethodOptions{
		Authorizer:        &noneAuthorizer{},
		ApiKeyRequired:    jsii.Bool(false),
		AuthorizationType: AuthorizationType_NONE,
		MethodResponses:   &[]*MethodResponse{{StatusCode: jsii.String(status)}},
	})
}

// corsResponseTemplate answers a request from one of several allowed
// origins with that origin (a header holds a single one).
func corsResponseTemplate(origins []string) *ojson.Object {
	rest := origins[1:]
	if len(rest) == 0 {
		return nil
	}
	lines := []string{
		`#set($origin = $input.params().header.get("Origin"))`,
		`#if($origin == "")`,
		`  #set($origin = $input.params().header.get("origin"))`,
		`#end`,
	}
	conds := make([]string, len(rest))
	for i, o := range rest {
		conds[i] = fmt.Sprintf(`$origin == "%s"`, o)
	}
	lines = append(lines, "#if("+strings.Join(conds, " || ")+")",
		"  #set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)", "#end")
	o := ojson.New()
	o.Set("application/json", strings.Join(lines, "\n"))
	return o
}

// noneAuthorizer is the authorizer aws-cdk-lib gives preflight methods:
// no authorizer ID, authorization NONE, whatever the resource's default.
type noneAuthorizer struct{}

func (*noneAuthorizer) AuthorizerId() *string                { return jsii.String("") }
func (*noneAuthorizer) AuthorizationType() AuthorizationType { return AuthorizationType_NONE }
