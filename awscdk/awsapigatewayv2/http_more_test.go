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
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the HttpMore stack in testdata/twins.js.
func httpMoreCase(s awscdk.Stack) {
	api := v2.NewHttpApi(s, jsii.String("Api"), &v2.HttpApiProps{
		CreateDefaultStage: jsii.Bool(false), DisableExecuteApiEndpoint: jsii.Bool(true), IpAddressType: v2.IpAddressType_DUAL_STACK, RouteSelectionExpression: jsii.Bool(true),
		DefaultAuthorizationScopes: jsii.Strings("scope/a"),
		DefaultAuthorizer: authz.NewHttpJwtAuthorizer(jsii.String("DefaultJwt"), jsii.String("https://issuer.example.com"), &authz.HttpJwtAuthorizerProps{
			JwtAudience: jsii.Strings("aud"), AuthorizerName: jsii.String("jwt"), IdentitySource: jsii.Strings("$request.header.X-Token")}),
	})
	h := fn(s, "Handler")
	shared := integ.NewHttpLambdaIntegration(jsii.String("Shared"), h, &integ.HttpLambdaIntegrationProps{ScopePermissionToRoute: jsii.Bool(false),
		PayloadFormatVersion: v2.PayloadFormatVersion_Custom(jsii.String("1.0")), Timeout: awscdk.Duration_Seconds(jsii.Number(20)),
		ParameterMapping: v2.NewParameterMapping().
			AppendHeader(jsii.String("h1"), v2.MappingValue_RequestHeader(jsii.String("x"))).
			OverwriteHeader(jsii.String("h2"), v2.MappingValue_ContextVariable(jsii.String("requestId"))).
			RemoveHeader(jsii.String("h3")).
			AppendQueryString(jsii.String("q1"), v2.MappingValue_RequestQueryString(jsii.String("y"))).
			OverwriteQueryString(jsii.String("q2"), v2.MappingValue_StageVariable(jsii.String("v"))).
			RemoveQueryString(jsii.String("q3")).
			OverwritePath(v2.MappingValue_RequestPathParam(jsii.String("p"))).
			Custom(jsii.String("custom"), jsii.String("value"))})
	api.AddRoutes(&v2.AddRoutesOptions{Integration: shared, Path: jsii.String("/a"), Methods: methods(v2.HttpMethod_GET, v2.HttpMethod_DELETE)})
	api.AddRoutes(&v2.AddRoutesOptions{Integration: shared, Path: jsii.String("/b"), AuthorizationScopes: jsii.Strings("scope/b")})
	v2.NewHttpRoute(s, jsii.String("DefaultRoute"), &v2.HttpRouteProps{HttpApi: api, RouteKey: v2.HttpRouteKey_DEFAULT(),
		Integration: integ.NewHttpUrlIntegration(jsii.String("Fallback"), jsii.String("https://fallback.example.com"), &integ.HttpUrlIntegrationProps{Method: v2.HttpMethod_POST,
			ParameterMapping: v2.ParameterMapping_FromObject(&map[string]v2.MappingValue{"overwrite:path": v2.MappingValue_Custom(jsii.String("/x")), "append:header.a": v2.MappingValue_NONE()})}),
		Authorizer: v2.NewHttpNoneAuthorizer()})
	iamRoutes := api.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpUrlIntegration(jsii.String("Iam"), jsii.String("https://iam.example.com"), nil),
		Path: jsii.String("/iam/{id}"), Authorizer: authz.NewHttpIamAuthorizer()})
	caller := awsiam.NewRole(s, jsii.String("Caller"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()})
	(*iamRoutes)[0].GrantInvoke(caller, &v2.GrantInvokeOptions{HttpMethods: methods(v2.HttpMethod_GET, v2.HttpMethod_PUT, v2.HttpMethod_GET)})
	credsRole := awsiam.NewRole(s, jsii.String("Creds"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("apigateway.amazonaws.com"), nil)})
	v2.NewHttpIntegration(s, jsii.String("Direct"), &v2.HttpIntegrationProps{HttpApi: api, IntegrationType: v2.HttpIntegrationType_AWS_PROXY,
		IntegrationSubtype: v2.HttpIntegrationSubtype_KINESIS_PUT_RECORD, Credentials: v2.IntegrationCredentials_FromRole(credsRole),
		ParameterMapping: v2.NewParameterMapping().Custom(jsii.String("StreamName"), jsii.String("s")).Custom(jsii.String("Data"), jsii.String("$request.body.data")).
			Custom(jsii.String("PartitionKey"), jsii.String("k"))})
	v2.NewHttpIntegration(s, jsii.String("Caller2"), &v2.HttpIntegrationProps{HttpApi: api, IntegrationType: v2.HttpIntegrationType_HTTP_PROXY, IntegrationUri: jsii.String("https://x.example.com"),
		Method: v2.HttpMethod_PATCH, ConnectionType: v2.HttpConnectionType_INTERNET, Credentials: v2.IntegrationCredentials_UseCallerIdentity(),
		SecureServerName: jsii.String("x.example.com"), Timeout: awscdk.Duration_Millis(jsii.Number(500))})
	lambdaAuth := authz.NewHttpLambdaAuthorizer(jsii.String("LambdaAuth"), fn(s, "AuthFn"), &authz.HttpLambdaAuthorizerProps{
		ResponseTypes:   &[]authz.HttpLambdaResponseType{authz.HttpLambdaResponseType_IAM, authz.HttpLambdaResponseType_SIMPLE},
		ResultsCacheTtl: awscdk.Duration_Minutes(jsii.Number(10)), AuthorizerName: jsii.String("lambda-auth")})
	api.AddRoutes(&v2.AddRoutesOptions{Integration: shared, Path: jsii.String("/lambda"), Methods: methods(v2.HttpMethod_POST), Authorizer: lambdaAuth})
	authRole := awsiam.NewRole(s, jsii.String("AuthRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("apigateway.amazonaws.com"), nil)})
	api.AddRoutes(&v2.AddRoutesOptions{Integration: shared, Path: jsii.String("/lambda-role"), Methods: methods(v2.HttpMethod_POST),
		Authorizer: authz.NewHttpLambdaAuthorizer(jsii.String("RoleAuth"), fn(s, "RoleAuthFn"), &authz.HttpLambdaAuthorizerProps{Role: authRole,
			ResponseTypes: &[]authz.HttpLambdaResponseType{authz.HttpLambdaResponseType_IAM}})})
	pool := awscognito.NewUserPool(s, jsii.String("Pool"), nil)
	client := pool.AddClient(jsii.String("Client"), nil)
	api.AddRoutes(&v2.AddRoutesOptions{Integration: shared, Path: jsii.String("/cognito"), Methods: methods(v2.HttpMethod_GET),
		Authorizer: authz.NewHttpUserPoolAuthorizer(jsii.String("PoolAuth"), pool, &authz.HttpUserPoolAuthorizerProps{UserPoolClients: &[]awscognito.IUserPoolClient{client},
			UserPoolRegion: jsii.String("eu-west-1"), AuthorizerName: jsii.String("pool")})})
	v2.NewHttpAuthorizer(s, jsii.String("Raw"), &v2.HttpAuthorizerProps{HttpApi: api, IdentitySource: jsii.Strings("$context.identity.sourceIp"), Type: v2.HttpAuthorizerType_LAMBDA,
		AuthorizerUri:        jsii.String("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:f/invocations"),
		PayloadFormatVersion: v2.AuthorizerPayloadVersion_VERSION_1_0, EnableSimpleResponses: jsii.Bool(false), ResultsCacheTtl: awscdk.Duration_Seconds(jsii.Number(30))})
	imported := v2.HttpApi_FromHttpApiAttributes(s, jsii.String("Imported"), &v2.HttpApiAttributes{HttpApiId: jsii.String("imp123"), ApiEndpoint: jsii.String("https://imp123.example.com")})
	v2.NewHttpRoute(s, jsii.String("ImportedRoute"), &v2.HttpRouteProps{HttpApi: imported, RouteKey: v2.HttpRouteKey_With(jsii.String("/imp"), v2.HttpMethod_GET),
		Integration: integ.NewHttpLambdaIntegration(jsii.String("ImportedInteg"), h, nil),
		Authorizer:  v2.HttpAuthorizer_FromHttpAuthorizerAttributes(s, jsii.String("ImportedAuth"), &v2.HttpAuthorizerAttributes{AuthorizerId: jsii.String("auth1"), AuthorizerType: jsii.String("JWT")})})
	stage := api.AddStage(jsii.String("Stage"), &v2.HttpStageOptions{StageName: jsii.String("live"), DetailedMetricsEnabled: jsii.Bool(true), Description: jsii.String("live")})
	importedStage := v2.HttpStage_FromHttpStageAttributes(s, jsii.String("ImportedStage"), &v2.HttpStageAttributes{Api: imported, StageName: jsii.String("old")})
	alarm := func(id string, m awscloudwatch.IMetric) {
		awscloudwatch.NewAlarm(s, jsii.String(id), &awscloudwatch.AlarmProps{Metric: m, Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
	}
	alarm("A1", api.MetricServerError(nil))
	alarm("A2", api.MetricDataProcessed(nil))
	alarm("A3", api.MetricCount(nil))
	alarm("A4", api.MetricIntegrationLatency(nil))
	alarm("S1", stage.MetricClientError(nil))
	alarm("S2", stage.MetricServerError(nil))
	alarm("S3", stage.MetricDataProcessed(nil))
	alarm("S4", stage.MetricIntegrationLatency(nil))
	alarm("S5", stage.MetricLatency(nil))
	alarm("S6", stage.Metric(jsii.String("Custom"), nil))
	alarm("I1", importedStage.MetricCount(nil))
	alarm("I2", imported.MetricLatency(nil))
	out(s, "Arn1", api.ArnForExecuteApi(nil, nil, nil))
	out(s, "Arn2", api.ArnForExecuteApi(jsii.String("GET"), jsii.String("/items"), jsii.String("prod")))
	out(s, "Arn3", imported.ArnForExecuteApi(jsii.String("ANY"), jsii.String("/x"), nil))
	out(s, "ImportedEndpoint", imported.ApiEndpoint())
	out(s, "StageUrl", stage.Url())
	out(s, "ApiName", api.HttpApiName())
}

func TestHttpMoreTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"HttpMore": httpMoreCase}, nil)
}
