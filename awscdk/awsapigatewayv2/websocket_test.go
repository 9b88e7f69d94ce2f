package awsapigatewayv2_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	v2 "github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	authz "github.com/strata-cdk/strata/awscdk/awsapigatewayv2authorizers"
	integ "github.com/strata-cdk/strata/awscdk/awsapigatewayv2integrations"
	"github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

func certificate(s awscdk.Stack, id string) awscertificatemanager.ICertificate {
	return awscertificatemanager.Certificate_FromCertificateArn(s, jsii.String(id), jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/abc"))
}

// The Go twins of the WebSocket and Domain stacks in testdata/twins.js.
var wsTemplateCases = map[string]func(s awscdk.Stack){
	"WebSocket": func(s awscdk.Stack) {
		role := awsiam.NewRole(s, jsii.String("Backend"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		connect := integ.NewWebSocketLambdaIntegration(jsii.String("ConnectIntegration"), fn(s, "ConnectFn"), nil)
		api := v2.NewWebSocketApi(s, jsii.String("Api"), &v2.WebSocketApiProps{
			ApiKeySelectionExpression: v2.WebSocketApiKeySelectionExpression_HEADER_X_API_KEY(),
			ApiName:                   jsii.String("chat"),
			ConnectRouteOptions: &v2.WebSocketRouteOptions{Integration: connect, Authorizer: authz.NewWebSocketLambdaAuthorizer(jsii.String("Auth"), fn(s, "AuthFn"),
				&authz.WebSocketLambdaAuthorizerProps{IdentitySource: jsii.Strings("route.request.querystring.token")})},
			DefaultRouteOptions: &v2.WebSocketRouteOptions{Integration: integ.NewWebSocketMockIntegration(jsii.String("DefaultIntegration"), &integ.WebSocketMockIntegrationProps{
				RequestTemplates: &map[string]*string{"application/json": jsii.String(`{"statusCode": 200}`)}, TemplateSelectionExpression: jsii.String(`\$default`)}),
				ReturnResponse: jsii.Bool(true)},
			Description: jsii.String("Chat"),
			DisconnectRouteOptions: &v2.WebSocketRouteOptions{Integration: integ.NewWebSocketLambdaIntegration(jsii.String("DisconnectIntegration"), fn(s, "DisconnectFn"),
				&integ.WebSocketLambdaIntegrationProps{Timeout: awscdk.Duration_Seconds(jsii.Number(10))})},
		})
		msg := integ.NewWebSocketLambdaIntegration(jsii.String("MessageIntegration"), fn(s, "MessageFn"), &integ.WebSocketLambdaIntegrationProps{ContentHandling: v2.ContentHandling_CONVERT_TO_TEXT})
		api.AddRoute(jsii.String("sendMessage"), &v2.WebSocketRouteOptions{Integration: msg, ReturnResponse: jsii.Bool(true)})
		api.AddRoute(jsii.String("echo"), &v2.WebSocketRouteOptions{Integration: msg})
		ddbRole := awsiam.NewRole(s, jsii.String("ApiRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("apigateway.amazonaws.com"), nil)})
		api.AddRoute(jsii.String("put"), &v2.WebSocketRouteOptions{Integration: integ.NewWebSocketAwsIntegration(jsii.String("PutIntegration"), &integ.WebSocketAwsIntegrationProps{
			IntegrationMethod:           jsii.String("POST"),
			IntegrationUri:              jsii.String("arn:aws:apigateway:us-east-1:dynamodb:action/PutItem"),
			CredentialsRole:             ddbRole,
			PassthroughBehavior:         v2.PassthroughBehavior_NEVER,
			RequestParameters:           &map[string]*string{"integration.request.header.Content-Type": jsii.String("'application/x-amz-json-1.0'")},
			RequestTemplates:            &map[string]*string{"application/json": jsii.String(`{"TableName":"t"}`)},
			TemplateSelectionExpression: jsii.String("application/json"),
			Timeout:                     awscdk.Duration_Seconds(jsii.Number(5)),
		})})
		v2.NewWebSocketApi(s, jsii.String("IamApi"), &v2.WebSocketApiProps{ConnectRouteOptions: &v2.WebSocketRouteOptions{
			Integration: integ.NewWebSocketMockIntegration(jsii.String("IamMock"), nil), Authorizer: authz.NewWebSocketIamAuthorizer()}})
		v2.NewWebSocketRoute(s, jsii.String("KeyRoute"), &v2.WebSocketRouteProps{Integration: integ.NewWebSocketMockIntegration(jsii.String("KeyMock"), nil),
			RouteKey: jsii.String("keyed"), WebSocketApi: api, ApiKeyRequired: jsii.Bool(true)})
		stage := v2.NewWebSocketStage(s, jsii.String("Stage"), &v2.WebSocketStageProps{
			AutoDeploy: jsii.Bool(true), Description: jsii.String("dev stage"), DetailedMetricsEnabled: jsii.Bool(true),
			StageVariables: &map[string]*string{"b": jsii.String("2"), "a": jsii.String("1")}, Throttle: &v2.ThrottleSettings{BurstLimit: jsii.Number(50), RateLimit: jsii.Number(100)},
			StageName: jsii.String("dev"), WebSocketApi: api,
		})
		stage.AddStageVariable(jsii.String("c"), jsii.String("3"))
		api.GrantManageConnections(role)
		stage.GrantManagementApiAccess(role)
		out(s, "Url", stage.Url())
		out(s, "CallbackUrl", stage.CallbackUrl())
		out(s, "Endpoint", api.ApiEndpoint())
		out(s, "Arn", api.ArnForExecuteApi(jsii.String("any"), jsii.String("/x"), jsii.String("dev")))
		out(s, "ArnDefault", api.ArnForExecuteApi(nil, nil, nil))
		out(s, "ArnV2", api.ArnForExecuteApiV2(jsii.String("$connect"), jsii.String("dev")))
		out(s, "Name", api.WebSocketApiName())
		awscloudwatch.NewAlarm(s, jsii.String("Messages"), &awscloudwatch.AlarmProps{Metric: stage.Metric(jsii.String("MessageCount"), &awscloudwatch.MetricOptions{Statistic: jsii.String("Sum")}),
			Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		imported := v2.WebSocketApi_FromWebSocketApiAttributes(s, jsii.String("Imported"), &v2.WebSocketApiAttributes{WebSocketId: jsii.String("abc123"), ApiEndpoint: jsii.String("wss://abc123.example.com")})
		v2.NewWebSocketStage(s, jsii.String("ImportedStage"), &v2.WebSocketStageProps{StageName: jsii.String("prod"), WebSocketApi: imported})
		v2.NewWebSocketRoute(s, jsii.String("ImportedRoute"), &v2.WebSocketRouteProps{Integration: integ.NewWebSocketMockIntegration(jsii.String("ImportedMock"), nil),
			RouteKey: jsii.String("$connect"), WebSocketApi: imported,
			Authorizer: v2.WebSocketAuthorizer_FromWebSocketAuthorizerAttributes(s, jsii.String("ImportedAuth"), &v2.WebSocketAuthorizerAttributes{AuthorizerId: jsii.String("auth1"), AuthorizerType: jsii.String("CUSTOM")})})
		out(s, "ImportedEndpoint", imported.ApiEndpoint())
	},
	"Domain": func(s awscdk.Stack) {
		cert := certificate(s, "Cert")
		bucket := awss3.NewBucket(s, jsii.String("Truststore"), nil)
		dn := v2.NewDomainName(s, jsii.String("DN"), &v2.DomainNameProps{
			Certificate: cert, SecurityPolicy: v2.SecurityPolicy_TLS_1_2, DomainName: jsii.String("api.example.com"),
			Mtls: &v2.MTLSConfig{Bucket: bucket, Key: jsii.String("truststore.pem"), Version: jsii.String("v1")},
		})
		api := v2.NewHttpApi(s, jsii.String("Api"), &v2.HttpApiProps{DefaultDomainMapping: &v2.DomainMappingOptions{DomainName: dn, MappingKey: jsii.String("v1")}})
		api.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpUrlIntegration(jsii.String("Url"), jsii.String("https://example.org"), nil), Path: jsii.String("/x")})
		beta := api.AddStage(jsii.String("Beta"), &v2.HttpStageOptions{StageName: jsii.String("beta"), AutoDeploy: jsii.Bool(true), DomainMapping: &v2.DomainMappingOptions{DomainName: dn}})
		out(s, "DomainUrl", api.DefaultStage().DomainUrl())
		out(s, "BetaUrl", beta.DomainUrl())
		out(s, "Regional", dn.RegionalDomainName())
		out(s, "Zone", dn.RegionalHostedZoneId())
		other := v2.NewDomainName(s, jsii.String("Other"), &v2.DomainNameProps{DomainName: jsii.String("ws.example.com")})
		other.AddEndpoint(&v2.EndpointOptions{Certificate: cert, CertificateName: jsii.String("ws"), EndpointType: v2.EndpointType_REGIONAL, IpAddressType: v2.IpAddressType_DUAL_STACK})
		ws := v2.NewWebSocketApi(s, jsii.String("Ws"), nil)
		wsStage := v2.NewWebSocketStage(s, jsii.String("WsStage"), &v2.WebSocketStageProps{StageName: jsii.String("live"), WebSocketApi: ws})
		mapping := v2.NewApiMapping(s, jsii.String("Mapping"), &v2.ApiMappingProps{Api: ws, DomainName: other, Stage: wsStage, ApiMappingKey: jsii.String("chat")})
		out(s, "MappingUrl", mapping.DomainUrl())
		out(s, "MappingId", mapping.ApiMappingId())
		imported := v2.DomainName_FromDomainNameAttributes(s, jsii.String("ImportedDN"), &v2.DomainNameAttributes{Name: jsii.String("old.example.com"),
			RegionalDomainName: jsii.String("d-1.execute-api.us-east-1.amazonaws.com"), RegionalHostedZoneId: jsii.String("Z1")})
		v2.NewApiMapping(s, jsii.String("ImportedMapping"), &v2.ApiMappingProps{Api: api, DomainName: imported})
		v2.NewDomainName(s, jsii.String("Bare"), &v2.DomainNameProps{DomainName: jsii.String("bare.example.com")})
	},
}

func TestWebSocketAndDomainTemplates(t *testing.T) {
	checkTemplates(t, wsTemplateCases, nil)
}

func init() {
	for k, v := range map[string]func(s awscdk.Stack){
		"DuplicateRoute": func(s awscdk.Stack) {
			api := v2.NewHttpApi(s, jsii.String("A"), nil)
			u := integ.NewHttpUrlIntegration(jsii.String("U"), jsii.String("https://x"), nil)
			api.AddRoutes(&v2.AddRoutesOptions{Integration: u, Path: jsii.String("/x"), Methods: methods(v2.HttpMethod_GET)})
			api.AddRoutes(&v2.AddRoutesOptions{Integration: u, Path: jsii.String("/x"), Methods: methods(v2.HttpMethod_GET)})
		},
		"DuplicateWebSocketRoute": func(s awscdk.Stack) {
			api := v2.NewWebSocketApi(s, jsii.String("A"), nil)
			api.AddRoute(jsii.String("send"), &v2.WebSocketRouteOptions{Integration: integ.NewWebSocketMockIntegration(jsii.String("M"), nil)})
			api.AddRoute(jsii.String("send"), &v2.WebSocketRouteOptions{Integration: integ.NewWebSocketMockIntegration(jsii.String("N"), nil)})
		},
		"AuthorizerOnMessageRoute": func(s awscdk.Stack) {
			v2.NewWebSocketApi(s, jsii.String("A"), nil).AddRoute(jsii.String("send"), &v2.WebSocketRouteOptions{
				Integration: integ.NewWebSocketMockIntegration(jsii.String("M"), nil), Authorizer: authz.NewWebSocketIamAuthorizer()})
		},
		"IntegrationOnTwoApis": func(s awscdk.Stack) {
			u := integ.NewHttpUrlIntegration(jsii.String("U"), jsii.String("https://x"), nil)
			v2.NewHttpApi(s, jsii.String("A"), nil).AddRoutes(&v2.AddRoutesOptions{Integration: u, Path: jsii.String("/x")})
			v2.NewHttpApi(s, jsii.String("B"), nil).AddRoutes(&v2.AddRoutesOptions{Integration: u, Path: jsii.String("/y")})
		},
		"WebSocketIntegrationOnTwoApis": func(s awscdk.Stack) {
			m := integ.NewWebSocketMockIntegration(jsii.String("M"), nil)
			v2.NewWebSocketApi(s, jsii.String("A"), nil).AddRoute(jsii.String("x"), &v2.WebSocketRouteOptions{Integration: m})
			v2.NewWebSocketApi(s, jsii.String("B"), nil).AddRoute(jsii.String("y"), &v2.WebSocketRouteOptions{Integration: m})
		},
		"EmptyDomainName": func(s awscdk.Stack) {
			v2.NewDomainName(s, jsii.String("D"), &v2.DomainNameProps{DomainName: jsii.String("")})
		},
		"DuplicateEndpoint": func(s awscdk.Stack) {
			cert := certificate(s, "C")
			v2.NewDomainName(s, jsii.String("D"), &v2.DomainNameProps{DomainName: jsii.String("x.example.com"), Certificate: cert}).AddEndpoint(&v2.EndpointOptions{Certificate: cert})
		},
		"OwnershipWithoutMtls": func(s awscdk.Stack) {
			cert := certificate(s, "C")
			v2.NewDomainName(s, jsii.String("D"), &v2.DomainNameProps{DomainName: jsii.String("x.example.com"), Certificate: cert, OwnershipCertificate: cert})
		},
		"DomainMappingWithoutDefaultStage": func(s awscdk.Stack) {
			v2.NewHttpApi(s, jsii.String("A"), &v2.HttpApiProps{CreateDefaultStage: jsii.Bool(false),
				DefaultDomainMapping: &v2.DomainMappingOptions{DomainName: v2.NewDomainName(s, jsii.String("D"), &v2.DomainNameProps{DomainName: jsii.String("x.example.com")})}})
		},
		"ImportedWebSocketEndpoint": func(s awscdk.Stack) {
			out(s, "O", v2.WebSocketApi_FromWebSocketApiAttributes(s, jsii.String("I"), &v2.WebSocketApiAttributes{WebSocketId: jsii.String("x")}).ApiEndpoint())
		},
	} {
		errorCases[k] = v
	}
}

// fixMessage: aws-cdk-lib names its decorated classes HttpApi2 and
// WebSocketApi2 in duplicate-id messages; Strata names the construct's Go
// type and says why ids must differ.
func fixMessage(m string) string {
	if strings.HasPrefix(m, "There is already a Construct with name ") {
		m = strings.Replace(m, "There is already a Construct with name ", "there is already a construct with id ", 1)
		m = strings.Replace(m, "HttpApi2 [", "HttpApi [", 1)
		m = strings.Replace(m, "WebSocketApi2 [", "WebSocketApi [", 1)
	}
	return m
}

func TestAuthorizerWithoutIdentitySourceIsAccepted(t *testing.T) {
	// aws-cdk-lib accepts an empty identity source list (no error at synth);
	// Strata does the same.
	err := synthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		v2.NewHttpApi(s, jsii.String("A"), nil).AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpUrlIntegration(jsii.String("U"), jsii.String("https://x"), nil),
			Path: jsii.String("/x"), Authorizer: authz.NewHttpLambdaAuthorizer(jsii.String("Auth"), fn(s, "F"), &authz.HttpLambdaAuthorizerProps{IdentitySource: &[]*string{}})})
	})
	if err != nil {
		t.Fatal(err)
	}
}
