package awsapigatewayv2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	v2 "github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	authz "github.com/strata-cdk/strata/awscdk/awsapigatewayv2authorizers"
	integ "github.com/strata-cdk/strata/awscdk/awsapigatewayv2integrations"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/jsii"
)

func fn(s awscdk.Stack, id string) awslambda.Function {
	return awslambda.NewFunction(s, jsii.String(id), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_NODEJS_22_X(), Handler: jsii.String("index.handler"),
		Code: awslambda.Code_FromInline(jsii.String("exports.handler = async () => ({ statusCode: 200 })")),
	})
}

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

func methods(m ...v2.HttpMethod) *[]v2.HttpMethod { return &m }

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Basic": func(s awscdk.Stack) {
		api := v2.NewHttpApi(s, jsii.String("Api"), &v2.HttpApiProps{DefaultIntegration: integ.NewHttpLambdaIntegration(jsii.String("FnIntegration"), fn(s, "Fn"), nil)})
		out(s, "Url", api.Url())
		out(s, "Endpoint", api.ApiEndpoint())
		out(s, "Id", api.HttpApiId())
	},
	"Routes": func(s awscdk.Stack) {
		api := v2.NewHttpApi(s, jsii.String("Api"), &v2.HttpApiProps{
			ApiName: jsii.String("items-api"),
			CorsPreflight: &v2.CorsPreflightOptions{
				AllowHeaders: jsii.Strings("Content-Type", "Authorization"),
				AllowMethods: &[]v2.CorsHttpMethod{v2.CorsHttpMethod_GET, v2.CorsHttpMethod_POST, v2.CorsHttpMethod_OPTIONS},
				AllowOrigins: jsii.Strings("https://example.com"),
				MaxAge:       awscdk.Duration_Days(jsii.Number(1)),
			},
			Description: jsii.String("Items"),
		})
		list := integ.NewHttpLambdaIntegration(jsii.String("List"), fn(s, "ListFn"), nil)
		get := integ.NewHttpLambdaIntegration(jsii.String("Get"), fn(s, "GetFn"), &integ.HttpLambdaIntegrationProps{PayloadFormatVersion: v2.PayloadFormatVersion_VERSION_1_0()})
		api.AddRoutes(&v2.AddRoutesOptions{Integration: list, Path: jsii.String("/items"), Methods: methods(v2.HttpMethod_GET, v2.HttpMethod_POST)})
		api.AddRoutes(&v2.AddRoutesOptions{Integration: get, Path: jsii.String("/items/{id}"), Methods: methods(v2.HttpMethod_GET)})
		api.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpUrlIntegration(jsii.String("Proxy"), jsii.String("https://example.org/{proxy}"), nil), Path: jsii.String("/proxy/{proxy+}")})
		api.AddStage(jsii.String("Prod"), &v2.HttpStageOptions{AutoDeploy: jsii.Bool(true), StageName: jsii.String("prod"),
			Throttle: &v2.ThrottleSettings{BurstLimit: jsii.Number(10), RateLimit: jsii.Number(5)}, StageVariables: &map[string]*string{"env": jsii.String("prod")}})
		out(s, "Url", api.Url())
		beta := api.AddStage(jsii.String("Beta"), &v2.HttpStageOptions{StageName: jsii.String("beta")})
		alarm := func(id string, m awscloudwatch.IMetric) {
			awscloudwatch.NewAlarm(s, jsii.String(id), &awscloudwatch.AlarmProps{Metric: m, Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		}
		alarm("ClientErrors", api.MetricClientError(nil))
		alarm("Latency", api.MetricLatency(&awscloudwatch.MetricOptions{Statistic: jsii.String("p99")}))
		alarm("StageCount", beta.MetricCount(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(1))}))
		alarm("Custom", api.Metric(jsii.String("IntegrationError"), &awscloudwatch.MetricOptions{Statistic: jsii.String("Sum")}))
	},
	"Authorizers": func(s awscdk.Stack) {
		auth := authz.NewHttpLambdaAuthorizer(jsii.String("Authorizer"), fn(s, "AuthFn"), &authz.HttpLambdaAuthorizerProps{
			IdentitySource:  jsii.Strings("$request.header.Authorization"),
			ResponseTypes:   &[]authz.HttpLambdaResponseType{authz.HttpLambdaResponseType_SIMPLE},
			ResultsCacheTtl: awscdk.Duration_Seconds(jsii.Number(0)),
		})
		api := v2.NewHttpApi(s, jsii.String("Api"), &v2.HttpApiProps{DefaultAuthorizer: auth})
		h := integ.NewHttpLambdaIntegration(jsii.String("Handler"), fn(s, "Handler"), nil)
		api.AddRoutes(&v2.AddRoutesOptions{Integration: h, Path: jsii.String("/private"), Methods: methods(v2.HttpMethod_GET)})
		api.AddRoutes(&v2.AddRoutesOptions{Authorizer: v2.NewHttpNoneAuthorizer(), Integration: h, Path: jsii.String("/public"), Methods: methods(v2.HttpMethod_GET)})
		api.AddRoutes(&v2.AddRoutesOptions{
			AuthorizationScopes: jsii.Strings("read"),
			Authorizer:          authz.NewHttpJwtAuthorizer(jsii.String("Jwt"), jsii.String("https://issuer.example.com"), &authz.HttpJwtAuthorizerProps{JwtAudience: jsii.Strings("aud1")}),
			Integration:         h, Path: jsii.String("/jwt"), Methods: methods(v2.HttpMethod_GET),
		})
		pool := awscognito.NewUserPool(s, jsii.String("Pool"), nil)
		api.AddRoutes(&v2.AddRoutesOptions{Authorizer: authz.NewHttpUserPoolAuthorizer(jsii.String("Cognito"), pool, nil), Integration: h, Path: jsii.String("/cognito"), Methods: methods(v2.HttpMethod_GET)})
		iamRoute := (*api.AddRoutes(&v2.AddRoutesOptions{Authorizer: authz.NewHttpIamAuthorizer(), Integration: h, Path: jsii.String("/iam"), Methods: methods(v2.HttpMethod_GET)}))[0]
		iamRoute.GrantInvoke(awsiam.NewRole(s, jsii.String("Caller"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()}), nil)
	},
}

func TestHttpApiTemplates(t *testing.T) {
	checkTemplates(t, templateCases, nil)
}

var errorCases = map[string]func(s awscdk.Stack){
	"BadPath": func(s awscdk.Stack) {
		v2.NewHttpApi(s, jsii.String("A"), nil).AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpUrlIntegration(jsii.String("U"), jsii.String("https://x"), nil), Path: jsii.String("items")})
	},
	"CredentialsWithAnyOrigin": func(s awscdk.Stack) {
		v2.NewHttpApi(s, jsii.String("A"), &v2.HttpApiProps{CorsPreflight: &v2.CorsPreflightOptions{AllowCredentials: jsii.Bool(true), AllowOrigins: jsii.Strings("*")}})
	},
	"Timeout": func(s awscdk.Stack) {
		v2.NewHttpApi(s, jsii.String("A"), nil).AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpUrlIntegration(jsii.String("U"), jsii.String("https://x"),
			&integ.HttpUrlIntegrationProps{Timeout: awscdk.Duration_Seconds(jsii.Number(30))}), Path: jsii.String("/x")})
	},
	"JwtWithoutAudience": func(s awscdk.Stack) {
		v2.NewHttpAuthorizer(s, jsii.String("Auth"), &v2.HttpAuthorizerProps{HttpApi: v2.NewHttpApi(s, jsii.String("A"), nil),
			IdentitySource: jsii.Strings("$request.header.Authorization"), Type: v2.HttpAuthorizerType_JWT, JwtIssuer: jsii.String("https://x")})
	},
	"GrantWithoutIam": func(s awscdk.Stack) {
		r := (*v2.NewHttpApi(s, jsii.String("A"), nil).AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpUrlIntegration(jsii.String("U"), jsii.String("https://x"), nil), Path: jsii.String("/x")}))[0]
		r.GrantInvoke(awsiam.NewRole(s, jsii.String("R"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()}), nil)
	},
}

func TestHttpApiErrors(t *testing.T) {
	checkErrors(t, errorCases, fixMessage)
}
