package awsapigateway_test

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesisfirehose"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func fn(s awscdk.Stack, id string) awslambda.Function {
	return awslambda.NewFunction(s, jsii.String(id), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_NODEJS_22_X(), Handler: jsii.String("index.handler"),
		Code: awslambda.Code_FromInline(jsii.String(`exports.handler = async () => ({ statusCode: 200, body: "hi" });`)),
	})
}

var templateCases = map[string]func(s awscdk.Stack){
	"LambdaProxy": func(s awscdk.Stack) {
		api := awsapigateway.NewLambdaRestApi(s, jsii.String("Api"), &awsapigateway.LambdaRestApiProps{
			Handler: fn(s, "Handler"),
			DefaultCorsPreflightOptions: &awsapigateway.CorsOptions{AllowOrigins: awsapigateway.Cors_ALL_ORIGINS(),
				AllowMethods: awsapigateway.Cors_ALL_METHODS(), AllowHeaders: awsapigateway.Cors_DEFAULT_HEADERS()},
		})
		awscdk.NewCfnOutput(s, jsii.String("Url"), &awscdk.CfnOutputProps{Value: api.Url()})
	},
	"LambdaNoProxy": func(s awscdk.Stack) {
		handler := awslambda.NewFunction(s, jsii.String("Named"), &awslambda.FunctionProps{
			Runtime: awslambda.Runtime_NODEJS_22_X(), Handler: jsii.String("index.handler"), FunctionName: jsii.String("named-fn"),
			Code: awslambda.Code_FromInline(jsii.String(`exports.handler = async () => ({ statusCode: 200 });`)),
		})
		api := awsapigateway.NewLambdaRestApi(s, jsii.String("Api"), &awsapigateway.LambdaRestApiProps{
			Handler: handler, Proxy: jsii.Bool(false), RestApiName: jsii.String("books-api"), Description: jsii.String("Books"),
			IntegrationOptions: &awsapigateway.LambdaIntegrationOptions{AllowTestInvoke: jsii.Bool(false)},
			DeployOptions: &awsapigateway.StageOptions{StageName: jsii.String("v1"), ThrottlingBurstLimit: jsii.Number(10),
				ThrottlingRateLimit: jsii.Number(5), TracingEnabled: jsii.Bool(true), Variables: &map[string]*string{"a": jsii.String("b")}},
			EndpointTypes: &[]awsapigateway.EndpointType{awsapigateway.EndpointType_REGIONAL},
		})
		books := api.Root().AddResource(jsii.String("books"), nil)
		books.AddMethod(jsii.String("GET"), nil, nil)
		books.AddMethod(jsii.String("POST"), awsapigateway.NewLambdaIntegration(handler, &awsapigateway.LambdaIntegrationOptions{ScopePermissionToMethod: jsii.Bool(false)}), nil)
		book := books.AddResource(jsii.String("{id}"), nil)
		book.AddMethod(jsii.String("DELETE"), nil, &awsapigateway.MethodOptions{ApiKeyRequired: jsii.Bool(true),
			AuthorizationType: awsapigateway.AuthorizationType_IAM, OperationName: jsii.String("DeleteBook")})
		api.Root().ResourceForPath(jsii.String("/a/b/c")).AddMethod(jsii.String("GET"), nil, nil)
		awscdk.NewCfnOutput(s, jsii.String("BookUrl"), &awscdk.CfnOutputProps{Value: book.Url()})
		awscdk.NewCfnOutput(s, jsii.String("Arn"), &awscdk.CfnOutputProps{Value: api.ArnForExecuteApi(jsii.String("GET"), jsii.String("/books"), jsii.String("v1"))})
	},
	"RestApiFull": func(s awscdk.Stack) {
		logGroup := awslogs.NewLogGroup(s, jsii.String("AccessLogs"), nil)
		api := awsapigateway.NewRestApi(s, jsii.String("Api"), &awsapigateway.RestApiProps{
			CloudWatchRole: jsii.Bool(true),
			DeployOptions: &awsapigateway.StageOptions{
				LoggingLevel: awsapigateway.MethodLoggingLevel_INFO, DataTraceEnabled: jsii.Bool(true), MetricsEnabled: jsii.Bool(true),
				ThrottlingBurstLimit: jsii.Number(100), ThrottlingRateLimit: jsii.Number(50), TracingEnabled: jsii.Bool(true),
				AccessLogDestination: awsapigateway.NewLogGroupLogDestination(logGroup),
				AccessLogFormat:      awsapigateway.AccessLogFormat_JsonWithStandardFields(nil),
				MethodOptions: &map[string]*awsapigateway.MethodDeploymentOptions{
					"/items/GET": {CachingEnabled: jsii.Bool(true), CacheTtl: awscdk.Duration_Minutes(jsii.Number(5))},
					"/*/POST":    {ThrottlingRateLimit: jsii.Number(1)},
				},
				Description: jsii.String("prod stage"),
			},
			BinaryMediaTypes:     jsii.Strings("image/png"),
			MinCompressionSize:   awscdk.Size_Kibibytes(jsii.Number(1)),
			DefaultMethodOptions: &awsapigateway.MethodOptions{AuthorizationType: awsapigateway.AuthorizationType_IAM},
		})
		items := api.Root().AddResource(jsii.String("items"), &awsapigateway.ResourceOptions{
			DefaultCorsPreflightOptions: &awsapigateway.CorsOptions{AllowOrigins: jsii.Strings("https://a.example", "https://b.example"),
				AllowCredentials: jsii.Bool(true), MaxAge: awscdk.Duration_Minutes(jsii.Number(10)), ExposeHeaders: jsii.Strings("X-Total")},
		})
		getItems := items.AddMethod(jsii.String("GET"), awsapigateway.NewMockIntegration(&awsapigateway.IntegrationOptions{
			RequestTemplates: &map[string]*string{"application/json": jsii.String(`{"statusCode": 200}`)},
			IntegrationResponses: &[]*awsapigateway.IntegrationResponse{{StatusCode: jsii.String("200"),
				ResponseParameters: &map[string]*string{"method.response.header.X-Total": jsii.String("'3'")},
				ResponseTemplates:  &map[string]*string{"application/json": jsii.String("[]")}}},
			PassthroughBehavior: awsapigateway.PassthroughBehavior_NEVER,
		}), &awsapigateway.MethodOptions{
			MethodResponses:   &[]*awsapigateway.MethodResponse{{StatusCode: jsii.String("200"), ResponseParameters: &map[string]*bool{"method.response.header.X-Total": jsii.Bool(true)}}},
			RequestParameters: &map[string]*bool{"method.request.querystring.page": jsii.Bool(false)},
		})
		getItems.AddMethodResponse(&awsapigateway.MethodResponse{StatusCode: jsii.String("500")})
		items.AddMethod(jsii.String("POST"), awsapigateway.NewAwsIntegration(&awsapigateway.AwsIntegrationProps{Service: jsii.String("sqs"),
			Path: jsii.String("123456789012/queue"), IntegrationHttpMethod: jsii.String("POST"), Options: &awsapigateway.IntegrationOptions{
				CredentialsRole:   awsiam.NewRole(s, jsii.String("ApiRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("apigateway.amazonaws.com"), nil)}),
				RequestParameters: &map[string]*string{"integration.request.header.Content-Type": jsii.String("'application/x-www-form-urlencoded'")},
				Timeout:           awscdk.Duration_Seconds(jsii.Number(10)),
			}}), nil)
		items.AddResource(jsii.String("ext"), nil).AddMethod(jsii.String("GET"), awsapigateway.NewHttpIntegration(jsii.String("https://example.com/items"),
			&awsapigateway.HttpIntegrationProps{HttpMethod: jsii.String("GET"), Proxy: jsii.Bool(false)}),
			&awsapigateway.MethodOptions{AuthorizationType: awsapigateway.AuthorizationType_NONE})
		api.Root().AddMethod(jsii.String("GET"), awsapigateway.NewAwsIntegration(&awsapigateway.AwsIntegrationProps{Service: jsii.String("s3"),
			Action: jsii.String("ListBuckets"), ActionParameters: &map[string]*string{"b": jsii.String("2"), "a": jsii.String("1")}}), nil)
		api.Root().AddProxy(&awsapigateway.ProxyResourceOptions{AnyMethod: jsii.Bool(false)}).AddMethod(jsii.String("GET"),
			awsapigateway.NewHttpIntegration(jsii.String("https://example.com/{proxy}"), nil), nil)
		caller := awsiam.NewRole(s, jsii.String("Caller"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()})
		getItems.GrantExecute(caller)
		awscdk.NewCfnOutput(s, jsii.String("StageArn"), &awscdk.CfnOutputProps{Value: api.DeploymentStage().StageArn()})
	},
	"Authorizers": func(s awscdk.Stack) {
		handler := fn(s, "Handler")
		auth := fn(s, "Auth")
		api := awsapigateway.NewRestApi(s, jsii.String("Api"), &awsapigateway.RestApiProps{DefaultIntegration: awsapigateway.NewLambdaIntegration(handler, nil)})
		token := awsapigateway.NewTokenAuthorizer(s, jsii.String("Token"), &awsapigateway.TokenAuthorizerProps{Handler: auth,
			ResultsCacheTtl: awscdk.Duration_Minutes(jsii.Number(10)), ValidationRegex: jsii.String("^Bearer .+$")})
		request := awsapigateway.NewRequestAuthorizer(s, jsii.String("Request"), &awsapigateway.RequestAuthorizerProps{
			Handler: auth, AuthorizerName: jsii.String("by-header"),
			IdentitySources: &[]*string{awsapigateway.IdentitySource_Header(jsii.String("X-Key")), awsapigateway.IdentitySource_QueryString(jsii.String("key")),
				awsapigateway.IdentitySource_Context(jsii.String("sourceIp"))},
			AssumeRole: awsiam.NewRole(s, jsii.String("InvokeRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("apigateway.amazonaws.com"), nil)}),
		})
		validator := api.AddRequestValidator(jsii.String("BodyValidator"), &awsapigateway.RequestValidatorOptions{ValidateRequestBody: jsii.Bool(true), RequestValidatorName: jsii.String("body")})
		pet := api.AddModel(jsii.String("Pet"), &awsapigateway.ModelOptions{
			ContentType: jsii.String("application/json"), ModelName: jsii.String("Pet"), Description: jsii.String("a pet"),
			Schema: &awsapigateway.JsonSchema{
				Properties: &map[string]*awsapigateway.JsonSchema{
					"tags": {Items: &awsapigateway.JsonSchema{Type: awsapigateway.JsonSchemaType_STRING}, Type: awsapigateway.JsonSchemaType_ARRAY},
					"name": {Type: awsapigateway.JsonSchemaType_STRING, MinLength: jsii.Number(1)},
				},
				Required: jsii.Strings("name"),
				Schema:   awsapigateway.JsonSchemaVersion_DRAFT4,
				Title:    jsii.String("Pet"),
				Type:     awsapigateway.JsonSchemaType_OBJECT,
			},
		})
		errModel := awsapigateway.NewModel(s, jsii.String("ErrorModel"), &awsapigateway.ModelProps{RestApi: api, Schema: &awsapigateway.JsonSchema{
			AdditionalProperties: jsii.Bool(false), Properties: &map[string]*awsapigateway.JsonSchema{"message": {Type: awsapigateway.JsonSchemaType_STRING}},
			Type: awsapigateway.JsonSchemaType_OBJECT}})
		pets := api.Root().AddResource(jsii.String("pets"), nil)
		pets.AddMethod(jsii.String("GET"), nil, &awsapigateway.MethodOptions{Authorizer: token})
		pets.AddMethod(jsii.String("POST"), nil, &awsapigateway.MethodOptions{
			Authorizer: request, RequestValidator: validator, RequestModels: &map[string]awsapigateway.IModel{"application/json": pet},
			MethodResponses: &[]*awsapigateway.MethodResponse{
				{StatusCode: jsii.String("200"), ResponseModels: &map[string]awsapigateway.IModel{"application/json": awsapigateway.Model_EMPTY_MODEL()}},
				{StatusCode: jsii.String("400"), ResponseModels: &map[string]awsapigateway.IModel{"application/json": errModel}}},
		})
		pets.AddResource(jsii.String("{id}"), nil).AddMethod(jsii.String("PUT"), nil, &awsapigateway.MethodOptions{Authorizer: request,
			RequestValidatorOptions: &awsapigateway.RequestValidatorOptions{ValidateRequestParameters: jsii.Bool(true)},
			RequestParameters:       &map[string]*bool{"method.request.path.id": jsii.Bool(true)}})
	},
	"Responses": func(s awscdk.Stack) {
		api := awsapigateway.NewRestApi(s, jsii.String("Api"), nil)
		api.Root().AddMethod(jsii.String("GET"), nil, nil)
		api.AddGatewayResponse(jsii.String("Unauthorized"), &awsapigateway.GatewayResponseOptions{
			Type: awsapigateway.ResponseType_UNAUTHORIZED(), StatusCode: jsii.String("401"),
			ResponseHeaders: &map[string]*string{"X-Reason": jsii.String("'auth'"), "Access-Control-Allow-Origin": jsii.String("'*'")},
			Templates:       &map[string]*string{"application/json": jsii.String(`{"message": $context.error.messageString}`)},
		})
		awsapigateway.NewGatewayResponse(s, jsii.String("Default4xx"), &awsapigateway.GatewayResponseProps{RestApi: api, Type: awsapigateway.ResponseType_DEFAULT_4XX()})
		imported := awsapigateway.RestApi_FromRestApiAttributes(s, jsii.String("Imported"), &awsapigateway.RestApiAttributes{
			RestApiId: jsii.String("abc123"), RootResourceId: jsii.String("root456")})
		imported.Root().AddResource(jsii.String("extra"), nil).AddMethod(jsii.String("POST"), nil, nil)
		res := awsapigateway.Resource_FromResourceAttributes(s, jsii.String("ImportedRes"), &awsapigateway.ResourceAttributes{
			Path: jsii.String("/v1"), ResourceId: jsii.String("res111"), RestApi: imported})
		res.AddResource(jsii.String("things"), nil).AddMethod(jsii.String("GET"), nil, nil)
		st := awsapigateway.Stage_FromStageAttributes(s, jsii.String("ImportedStage"), &awsapigateway.StageAttributes{RestApi: imported, StageName: jsii.String("live")})
		st.AddApiKey(jsii.String("LiveKey"), nil)
		byID := awsapigateway.RestApi_FromRestApiId(s, jsii.String("ById"), jsii.String("xyz789"))
		awscdk.NewCfnOutput(s, jsii.String("ImportedArn"), &awscdk.CfnOutputProps{Value: byID.ArnForExecuteApi(jsii.String("GET"), jsii.String("/items"), jsii.String("prod"))})
	},
	"UsagePlans": func(s awscdk.Stack) {
		api := awsapigateway.NewRestApi(s, jsii.String("Api"), nil)
		get := api.Root().AddMethod(jsii.String("GET"), nil, &awsapigateway.MethodOptions{ApiKeyRequired: jsii.Bool(true)})
		key := api.AddApiKey(jsii.String("Key"), &awsapigateway.ApiKeyOptions{ApiKeyName: jsii.String("k1"), Value: jsii.String("abcdefghijklmnopqrstuvwxyz")})
		plan := api.AddUsagePlan(jsii.String("Plan"), &awsapigateway.UsagePlanProps{Name: jsii.String("basic"),
			Quota:    &awsapigateway.QuotaSettings{Limit: jsii.Number(1000), Period: awsapigateway.Period_DAY},
			Throttle: &awsapigateway.ThrottleSettings{BurstLimit: jsii.Number(10), RateLimit: jsii.Number(5)}})
		plan.AddApiStage(&awsapigateway.UsagePlanPerApiStage{Stage: api.DeploymentStage(), Throttle: &[]*awsapigateway.ThrottlingPerMethod{
			{Method: get, Throttle: &awsapigateway.ThrottleSettings{BurstLimit: jsii.Number(2), RateLimit: jsii.Number(1)}}}})
		plan.AddApiKey(key, nil)
		other := awsapigateway.NewApiKey(s, jsii.String("Other"), &awsapigateway.ApiKeyProps{Enabled: jsii.Bool(false), Resources: &[]awsapigateway.IRestApi{api}})
		plan.AddApiKey(other, nil)
		awsapigateway.NewUsagePlan(s, jsii.String("Empty"), nil)
		awscdk.NewCfnOutput(s, jsii.String("KeyArn"), &awscdk.CfnOutputProps{Value: key.KeyArn()})
	},
	"Cognito": func(s awscdk.Stack) {
		pool := awscognito.NewUserPool(s, jsii.String("Pool"), nil)
		other := awscognito.NewUserPool(s, jsii.String("Other"), &awscognito.UserPoolProps{UserPoolName: jsii.String("other")})
		api := awsapigateway.NewRestApi(s, jsii.String("Api"), nil)
		auth := awsapigateway.NewCognitoUserPoolsAuthorizer(s, jsii.String("Auth"), &awsapigateway.CognitoUserPoolsAuthorizerProps{
			CognitoUserPools: &[]awscognito.IUserPool{pool}})
		both := awsapigateway.NewCognitoUserPoolsAuthorizer(s, jsii.String("Both"), &awsapigateway.CognitoUserPoolsAuthorizerProps{
			CognitoUserPools: &[]awscognito.IUserPool{pool, other}, AuthorizerName: jsii.String("both"),
			IdentitySource: awsapigateway.IdentitySource_Header(jsii.String("X-Token")), ResultsCacheTtl: awscdk.Duration_Minutes(jsii.Number(2))})
		api.Root().AddMethod(jsii.String("GET"), nil, &awsapigateway.MethodOptions{Authorizer: auth, AuthorizationScopes: jsii.Strings("api/read")})
		items := api.Root().AddResource(jsii.String("items"), nil)
		items.AddMethod(jsii.String("POST"), nil, &awsapigateway.MethodOptions{Authorizer: auth})
		items.AddMethod(jsii.String("PUT"), nil, &awsapigateway.MethodOptions{Authorizer: both, AuthorizationType: awsapigateway.AuthorizationType_COGNITO})
		awscdk.NewCfnOutput(s, jsii.String("AuthArn"), &awscdk.CfnOutputProps{Value: both.AuthorizerArn()})
	},
	"Metrics": func(s awscdk.Stack) {
		api := awsapigateway.NewRestApi(s, jsii.String("Api"), &awsapigateway.RestApiProps{RestApiName: jsii.String("metered")})
		get := api.Root().AddResource(jsii.String("items"), nil).AddMethod(jsii.String("GET"), nil, nil)
		alarm := func(id string, m awscloudwatch.Metric) {
			m.CreateAlarm(s, jsii.String(id), &awscloudwatch.CreateAlarmOptions{Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		}
		alarm("ApiServerError", api.MetricServerError(nil))
		alarm("ApiClientError", api.MetricClientError(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(1))}))
		alarm("ApiCount", api.MetricCount(nil))
		alarm("ApiCountSum", api.MetricCount(&awscloudwatch.MetricOptions{Statistic: jsii.String("Sum"), Label: jsii.String("requests")}))
		alarm("ApiLatency", api.MetricLatency(&awscloudwatch.MetricOptions{Statistic: jsii.String("p99")}))
		alarm("ApiIntegrationLatency", api.MetricIntegrationLatency(nil))
		alarm("ApiCacheHit", api.MetricCacheHitCount(nil))
		alarm("ApiCacheMiss", api.MetricCacheMissCount(nil))
		alarm("ApiCustom", api.Metric(jsii.String("Custom"), &awscloudwatch.MetricOptions{Unit: awscloudwatch.Unit_COUNT}))
		stage := api.DeploymentStage()
		alarm("StageServerError", stage.MetricServerError(nil))
		alarm("StageClientError", stage.MetricClientError(nil))
		alarm("StageCount", stage.MetricCount(nil))
		alarm("StageLatency", stage.MetricLatency(nil))
		alarm("StageIntegrationLatency", stage.MetricIntegrationLatency(nil))
		alarm("StageCacheHit", stage.MetricCacheHitCount(nil))
		alarm("StageCacheMiss", stage.MetricCacheMissCount(nil))
		alarm("StageCustom", stage.Metric(jsii.String("Custom"), &awscloudwatch.MetricOptions{Statistic: jsii.String("Maximum")}))
		alarm("MethodServerError", get.MetricServerError(stage, nil))
		alarm("MethodClientError", get.MetricClientError(stage, nil))
		alarm("MethodCount", get.MetricCount(stage, nil))
		alarm("MethodLatency", get.MetricLatency(stage, nil))
		alarm("MethodIntegrationLatency", get.MetricIntegrationLatency(stage, nil))
		alarm("MethodCacheHit", get.MetricCacheHitCount(stage, nil))
		alarm("MethodCacheMiss", get.MetricCacheMissCount(stage, nil))
		alarm("MethodCustom", get.Metric(jsii.String("Custom"), stage, &awscloudwatch.MetricOptions{DimensionsMap: &map[string]*string{"ApiName": jsii.String("other")}}))
	},
	"KeyGrants": func(s awscdk.Stack) {
		key := awsapigateway.NewApiKey(s, jsii.String("Key"), nil)
		role := func(id string) awsiam.Role {
			return awsiam.NewRole(s, jsii.String(id), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()})
		}
		reader, writer := role("Reader"), role("Writer")
		key.GrantRead(reader)
		key.GrantWrite(writer)
		key.GrantReadWrite(role("Admin"))
		key.Grants().Actions(reader, jsii.Strings("apigateway:UpdateRestApiPolicy"),
			&awscdk.PermissionsOptions{ResourceArns: jsii.Strings("arn:aws:apigateway:us-east-1::/restapis/*")})
		imported := awsapigateway.ApiKey_FromApiKeyId(s, jsii.String("Imported"), jsii.String("abc123"))
		awsapigateway.ApiKeyGrants_FromApiKey(imported).Read(writer)
	},
	"Domains": func(s awscdk.Stack) {
		cert := awscertificatemanager.Certificate_FromCertificateArn(s, jsii.String("Cert"), jsii.String("arn:aws:acm:us-east-1:123456789012:certificate/abc"))
		api := awsapigateway.NewRestApi(s, jsii.String("Api"), &awsapigateway.RestApiProps{DomainName: &awsapigateway.DomainNameOptions{
			Certificate: cert, DomainName: jsii.String("api.example.com"), BasePath: jsii.String("v1"), SecurityPolicy: awsapigateway.SecurityPolicy_TLS_1_2}})
		api.Root().AddMethod(jsii.String("GET"), nil, nil)
		other := awsapigateway.NewRestApi(s, jsii.String("Other"), nil)
		other.Root().AddMethod(jsii.String("GET"), nil, nil)
		edge := awsapigateway.NewDomainName(s, jsii.String("Edge"), &awsapigateway.DomainNameProps{
			Certificate: cert, DomainName: jsii.String("edge.example.com"), EndpointAccessMode: awsapigateway.EndpointAccessMode_STRICT,
			EndpointType: awsapigateway.EndpointType_EDGE, SecurityPolicy: awsapigateway.SecurityPolicy_TLS12_2018_EDGE})
		edge.AddBasePathMapping(other, nil)
		edge.AddBasePathMapping(api, &awsapigateway.BasePathMappingOptions{AttachToStage: jsii.Bool(false), BasePath: jsii.String("api")})
		undeployed := awsapigateway.NewRestApi(s, jsii.String("Undeployed"), &awsapigateway.RestApiProps{Deploy: jsii.Bool(false)})
		undeployed.Root().AddMethod(jsii.String("GET"), nil, nil)
		edge.AddBasePathMapping(undeployed, &awsapigateway.BasePathMappingOptions{BasePath: jsii.String("u")})
		multi := awsapigateway.NewDomainName(s, jsii.String("Multi"), &awsapigateway.DomainNameProps{
			Certificate: cert, DomainName: jsii.String("multi.example.com"),
			Mtls: &awsapigateway.MTLSConfig{Bucket: awss3.Bucket_FromBucketName(s, jsii.String("Trust"), jsii.String("trust-bucket")),
				Key: jsii.String("truststore.pem"), Version: jsii.String("1")}})
		multi.AddApiMapping(api.DeploymentStage(), &awsapigateway.ApiMappingOptions{BasePath: jsii.String("a/b")})
		multi.AddApiMapping(other.DeploymentStage(), nil)
		imported := awsapigateway.DomainName_FromDomainNameAttributes(s, jsii.String("Imported"), &awsapigateway.DomainNameAttributes{
			DomainName: jsii.String("old.example.com"), DomainNameAliasHostedZoneId: jsii.String("Z123"),
			DomainNameAliasTarget: jsii.String("d-abc.execute-api.us-east-1.amazonaws.com")})
		awsapigateway.NewBasePathMapping(s, jsii.String("ImportedMapping"), &awsapigateway.BasePathMappingProps{
			BasePath: jsii.String("x"), Stage: other.DeploymentStage(), DomainName: imported, RestApi: other})
		awscdk.NewCfnOutput(s, jsii.String("Alias"), &awscdk.CfnOutputProps{Value: api.DomainName().DomainNameAliasDomainName()})
		awscdk.NewCfnOutput(s, jsii.String("Zone"), &awscdk.CfnOutputProps{Value: edge.DomainNameAliasHostedZoneId()})
		awscdk.NewCfnOutput(s, jsii.String("ImportedName"), &awscdk.CfnOutputProps{Value: imported.DomainName()})
	},
	"PrivateApi": func(s awscdk.Stack) {
		e1 := awsec2.InterfaceVpcEndpoint_FromInterfaceVpcEndpointAttributes(s, jsii.String("E1"), &awsec2.InterfaceVpcEndpointAttributes{
			Port: jsii.Number(443), VpcEndpointId: jsii.String("vpce-111")})
		e2 := awsec2.GatewayVpcEndpoint_FromGatewayVpcEndpointId(s, jsii.String("E2"), jsii.String("vpce-222"))
		api := awsapigateway.NewRestApi(s, jsii.String("Api"), &awsapigateway.RestApiProps{EndpointConfiguration: &awsapigateway.EndpointConfiguration{
			Types: &[]awsapigateway.EndpointType{awsapigateway.EndpointType_PRIVATE}, VpcEndpoints: &[]awsec2.IVpcEndpoint{e1}}})
		api.Root().AddMethod(jsii.String("GET"), nil, nil)
		api.GrantInvokeFromVpcEndpointsOnly(&[]awsec2.IVpcEndpoint{e1})
		api.GrantInvokeFromVpcEndpointsOnly(&[]awsec2.IVpcEndpoint{e2, e1})
	},
	"RateLimited": func(s awscdk.Stack) {
		api := awsapigateway.NewRestApi(s, jsii.String("Api"), nil)
		api.Root().AddMethod(jsii.String("GET"), nil, &awsapigateway.MethodOptions{ApiKeyRequired: jsii.Bool(true)})
		limited := awsapigateway.NewRateLimitedApiKey(s, jsii.String("Limited"), &awsapigateway.RateLimitedApiKeyProps{
			ApiKeyName: jsii.String("limited"), Enabled: jsii.Bool(true),
			ApiStages: &[]*awsapigateway.UsagePlanPerApiStage{{Api: api, Stage: api.DeploymentStage()}},
			Quota:     &awsapigateway.QuotaSettings{Limit: jsii.Number(100), Period: awsapigateway.Period_MONTH},
			Throttle:  &awsapigateway.ThrottleSettings{BurstLimit: jsii.Number(2), RateLimit: jsii.Number(10)},
		})
		awsapigateway.NewRateLimitedApiKey(s, jsii.String("Plain"), &awsapigateway.RateLimitedApiKeyProps{Resources: &[]awsapigateway.IRestApi{api}})
		limited.GrantRead(awsiam.NewRole(s, jsii.String("Reader"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()}))
		awsapigateway.UsagePlan_FromUsagePlanId(s, jsii.String("ImportedPlan"), jsii.String("plan123")).AddApiKey(limited, nil)
		api.Root().AddMethod(jsii.String("POST"), nil, &awsapigateway.MethodOptions{
			RequestValidator: awsapigateway.RequestValidator_FromRequestValidatorId(s, jsii.String("ImportedValidator"), jsii.String("val123"))})
		awscdk.NewCfnOutput(s, jsii.String("KeyId"), &awscdk.CfnOutputProps{Value: limited.KeyId()})
		awscdk.NewCfnOutput(s, jsii.String("KeyArn"), &awscdk.CfnOutputProps{Value: limited.KeyArn()})
	},
	"Spec": func(s awscdk.Stack) {
		inline := awsapigateway.NewSpecRestApi(s, jsii.String("Inline"), &awsapigateway.SpecRestApiProps{
			ApiDefinition: awsapigateway.ApiDefinition_FromInline(map[string]interface{}{
				"info":    map[string]interface{}{"title": "inline", "version": "1"},
				"openapi": "3.0.2",
				"paths":   map[string]interface{}{"/items": map[string]interface{}{"get": map[string]interface{}{"x-amazon-apigateway-integration": map[string]interface{}{"type": "MOCK"}}}},
			}),
			DeployOptions: &awsapigateway.StageOptions{StageName: jsii.String("live"), TracingEnabled: jsii.Bool(true)},
			Description:   jsii.String("from a spec"), EndpointTypes: &[]awsapigateway.EndpointType{awsapigateway.EndpointType_REGIONAL},
			Mode: awsapigateway.RestApiMode_MERGE, MinCompressionSize: awscdk.Size_Bytes(jsii.Number(100)), FailOnWarnings: jsii.Bool(true),
		})
		inline.Root().AddResource(jsii.String("extra"), nil).AddMethod(jsii.String("GET"), awsapigateway.NewMockIntegration(nil), nil)
		bucket := awss3.Bucket_FromBucketName(s, jsii.String("Specs"), jsii.String("spec-bucket"))
		fromS3 := awsapigateway.NewSpecRestApi(s, jsii.String("FromS3"), &awsapigateway.SpecRestApiProps{
			ApiDefinition: awsapigateway.ApiDefinition_FromBucket(bucket, jsii.String("openapi.json"), jsii.String("v2")), RestApiName: jsii.String("from-s3")})
		// The twin runs in testdata; the asset's hash is the file's either way.
		awsapigateway.NewSpecRestApi(s, jsii.String("FromAsset"), &awsapigateway.SpecRestApiProps{
			ApiDefinition: awsapigateway.ApiDefinition_FromAsset(jsii.String("testdata/spec/openapi.json"), nil), Deploy: jsii.Bool(false)})
		awscdk.NewCfnOutput(s, jsii.String("Url"), &awscdk.CfnOutputProps{Value: fromS3.Url()})
	},
	"AccessLogFields": func(s awscdk.Stack) {
		fields := map[string]*string{
			"contextAccountId":                             awsapigateway.AccessLogField_ContextAccountId(),
			"contextApiId":                                 awsapigateway.AccessLogField_ContextApiId(),
			"contextAuthenticateError":                     awsapigateway.AccessLogField_ContextAuthenticateError(),
			"contextAuthenticateLatency":                   awsapigateway.AccessLogField_ContextAuthenticateLatency(),
			"contextAuthenticateStatus":                    awsapigateway.AccessLogField_ContextAuthenticateStatus(),
			"contextAuthorizeError":                        awsapigateway.AccessLogField_ContextAuthorizeError(),
			"contextAuthorizeLatency":                      awsapigateway.AccessLogField_ContextAuthorizeLatency(),
			"contextAuthorizeStatus":                       awsapigateway.AccessLogField_ContextAuthorizeStatus(),
			"contextAuthorizer":                            awsapigateway.AccessLogField_ContextAuthorizer(jsii.String("x")),
			"contextAuthorizerClaims":                      awsapigateway.AccessLogField_ContextAuthorizerClaims(jsii.String("x")),
			"contextAuthorizerError":                       awsapigateway.AccessLogField_ContextAuthorizerError(),
			"contextAuthorizerIntegrationLatency":          awsapigateway.AccessLogField_ContextAuthorizerIntegrationLatency(),
			"contextAuthorizerIntegrationStatus":           awsapigateway.AccessLogField_ContextAuthorizerIntegrationStatus(),
			"contextAuthorizerLatency":                     awsapigateway.AccessLogField_ContextAuthorizerLatency(),
			"contextAuthorizerPrincipalId":                 awsapigateway.AccessLogField_ContextAuthorizerPrincipalId(),
			"contextAuthorizerRequestId":                   awsapigateway.AccessLogField_ContextAuthorizerRequestId(),
			"contextAuthorizerStatus":                      awsapigateway.AccessLogField_ContextAuthorizerStatus(),
			"contextAwsEndpointRequestId":                  awsapigateway.AccessLogField_ContextAwsEndpointRequestId(),
			"contextCallerAccountId":                       awsapigateway.AccessLogField_ContextCallerAccountId(),
			"contextConnectionId":                          awsapigateway.AccessLogField_ContextConnectionId(),
			"contextCustomDomainBasePathMatched":           awsapigateway.AccessLogField_ContextCustomDomainBasePathMatched(),
			"contextDomainName":                            awsapigateway.AccessLogField_ContextDomainName(),
			"contextDomainPrefix":                          awsapigateway.AccessLogField_ContextDomainPrefix(),
			"contextErrorMessage":                          awsapigateway.AccessLogField_ContextErrorMessage(),
			"contextErrorMessageString":                    awsapigateway.AccessLogField_ContextErrorMessageString(),
			"contextErrorResponseType":                     awsapigateway.AccessLogField_ContextErrorResponseType(),
			"contextErrorValidationErrorString":            awsapigateway.AccessLogField_ContextErrorValidationErrorString(),
			"contextEventType":                             awsapigateway.AccessLogField_ContextEventType(),
			"contextExtendedRequestId":                     awsapigateway.AccessLogField_ContextExtendedRequestId(),
			"contextHttpMethod":                            awsapigateway.AccessLogField_ContextHttpMethod(),
			"contextIdentityAccountId":                     awsapigateway.AccessLogField_ContextIdentityAccountId(),
			"contextIdentityApiKey":                        awsapigateway.AccessLogField_ContextIdentityApiKey(),
			"contextIdentityApiKeyId":                      awsapigateway.AccessLogField_ContextIdentityApiKeyId(),
			"contextIdentityCaller":                        awsapigateway.AccessLogField_ContextIdentityCaller(),
			"contextIdentityClientCertIssunerDN":           awsapigateway.AccessLogField_ContextIdentityClientCertIssunerDN(),
			"contextIdentityClientCertPem":                 awsapigateway.AccessLogField_ContextIdentityClientCertPem(),
			"contextIdentityClientCertSerialNumber":        awsapigateway.AccessLogField_ContextIdentityClientCertSerialNumber(),
			"contextIdentityClientCertSubjectDN":           awsapigateway.AccessLogField_ContextIdentityClientCertSubjectDN(),
			"contextIdentityClientCertValidityNotAfter":    awsapigateway.AccessLogField_ContextIdentityClientCertValidityNotAfter(),
			"contextIdentityClientCertValidityNotBefore":   awsapigateway.AccessLogField_ContextIdentityClientCertValidityNotBefore(),
			"contextIdentityCognitoAuthenticationProvider": awsapigateway.AccessLogField_ContextIdentityCognitoAuthenticationProvider(),
			"contextIdentityCognitoAuthenticationType":     awsapigateway.AccessLogField_ContextIdentityCognitoAuthenticationType(),
			"contextIdentityCognitoIdentityId":             awsapigateway.AccessLogField_ContextIdentityCognitoIdentityId(),
			"contextIdentityCognitoIdentityPoolId":         awsapigateway.AccessLogField_ContextIdentityCognitoIdentityPoolId(),
			"contextIdentityPrincipalOrgId":                awsapigateway.AccessLogField_ContextIdentityPrincipalOrgId(),
			"contextIdentitySourceIp":                      awsapigateway.AccessLogField_ContextIdentitySourceIp(),
			"contextIdentityUser":                          awsapigateway.AccessLogField_ContextIdentityUser(),
			"contextIdentityUserAgent":                     awsapigateway.AccessLogField_ContextIdentityUserAgent(),
			"contextIdentityUserArn":                       awsapigateway.AccessLogField_ContextIdentityUserArn(),
			"contextIntegrationErrorMessage":               awsapigateway.AccessLogField_ContextIntegrationErrorMessage(),
			"contextIntegrationLatency":                    awsapigateway.AccessLogField_ContextIntegrationLatency(),
			"contextIntegrationStatus":                     awsapigateway.AccessLogField_ContextIntegrationStatus(),
			"contextOwnerAccountId":                        awsapigateway.AccessLogField_ContextOwnerAccountId(),
			"contextPath":                                  awsapigateway.AccessLogField_ContextPath(),
			"contextProtocol":                              awsapigateway.AccessLogField_ContextProtocol(),
			"contextRequestId":                             awsapigateway.AccessLogField_ContextRequestId(),
			"contextRequestOverrideHeader":                 awsapigateway.AccessLogField_ContextRequestOverrideHeader(jsii.String("x")),
			"contextRequestOverridePath":                   awsapigateway.AccessLogField_ContextRequestOverridePath(jsii.String("x")),
			"contextRequestOverrideQuerystring":            awsapigateway.AccessLogField_ContextRequestOverrideQuerystring(jsii.String("x")),
			"contextRequestTime":                           awsapigateway.AccessLogField_ContextRequestTime(),
			"contextRequestTimeEpoch":                      awsapigateway.AccessLogField_ContextRequestTimeEpoch(),
			"contextResourceId":                            awsapigateway.AccessLogField_ContextResourceId(),
			"contextResourcePath":                          awsapigateway.AccessLogField_ContextResourcePath(),
			"contextResponseLatency":                       awsapigateway.AccessLogField_ContextResponseLatency(),
			"contextResponseLength":                        awsapigateway.AccessLogField_ContextResponseLength(),
			"contextResponseOverrideHeader":                awsapigateway.AccessLogField_ContextResponseOverrideHeader(jsii.String("x")),
			"contextResponseOverrideStatus":                awsapigateway.AccessLogField_ContextResponseOverrideStatus(),
			"contextRouteKey":                              awsapigateway.AccessLogField_ContextRouteKey(),
			"contextStage":                                 awsapigateway.AccessLogField_ContextStage(),
			"contextStatus":                                awsapigateway.AccessLogField_ContextStatus(),
			"contextWafError":                              awsapigateway.AccessLogField_ContextWafError(),
			"contextWafLatency":                            awsapigateway.AccessLogField_ContextWafLatency(),
			"contextWafResponseCode":                       awsapigateway.AccessLogField_ContextWafResponseCode(),
			"contextWafStatus":                             awsapigateway.AccessLogField_ContextWafStatus(),
			"contextWebaclArn":                             awsapigateway.AccessLogField_ContextWebaclArn(),
			"contextXrayTraceId":                           awsapigateway.AccessLogField_ContextXrayTraceId(),
		}
		names := make([]string, 0, len(fields))
		for n := range fields {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			awscdk.NewCfnOutput(s, jsii.String(n), &awscdk.CfnOutputProps{Value: fields[n]})
		}
		api := awsapigateway.NewRestApi(s, jsii.String("Api"), &awsapigateway.RestApiProps{DeployOptions: &awsapigateway.StageOptions{
			AccessLogDestination: awsapigateway.NewLogGroupLogDestination(awslogs.NewLogGroup(s, jsii.String("Logs"), nil)),
			AccessLogFormat: awsapigateway.AccessLogFormat_Custom(jsii.String(*awsapigateway.AccessLogField_ContextRequestId() + " " +
				*awsapigateway.AccessLogField_ContextAuthorizerClaims(jsii.String("sub")) + " " + *awsapigateway.AccessLogField_ContextStatus())),
		}})
		api.Root().AddMethod(jsii.String("GET"), nil, nil)
	},
	"Firehose": func(s awscdk.Stack) {
		api := awsapigateway.NewRestApi(s, jsii.String("Api"), &awsapigateway.RestApiProps{DeployOptions: &awsapigateway.StageOptions{
			AccessLogDestination: awsapigateway.NewFirehoseLogDestination(stream(s, "amazon-apigateway-logs")),
			AccessLogFormat:      awsapigateway.AccessLogFormat_Clf(),
		}})
		api.Root().AddMethod(jsii.String("GET"), nil, nil)
	},
}

// TestRestApiTemplates: the templates, deployment logical IDs (the hash of
// the API's configuration) included, equal aws-cdk-lib's.
func TestRestApiTemplates(t *testing.T) {
	golden.CheckTemplates(t, templateCases, nil, nil)
}

// TestRestApiErrors: aws-cdk-lib's messages, with the construct path.
func TestRestApiErrors(t *testing.T) {
	golden.CheckErrors(t, withCases(map[string]func(s awscdk.Stack){
		"DuplicateMethod": func(s awscdk.Stack) {
			r := awsapigateway.NewRestApi(s, jsii.String("Api"), nil).Root().AddResource(jsii.String("books"), nil)
			r.AddMethod(jsii.String("GET"), nil, nil)
			r.AddMethod(jsii.String("GET"), nil, nil)
		},
		"MixedOrigins": func(s awscdk.Stack) {
			awsapigateway.NewRestApi(s, jsii.String("Api"), nil).Root().AddCorsPreflight(&awsapigateway.CorsOptions{AllowOrigins: jsii.Strings("*", "https://a.example")})
		},
		"NoMethods": func(s awscdk.Stack) { awsapigateway.NewRestApi(s, jsii.String("Api"), nil) },
		"BadPathPart": func(s awscdk.Stack) {
			awsapigateway.NewRestApi(s, jsii.String("Api"), nil).Root().AddResource(jsii.String("a b"), nil)
		},
		"DeployOptionsWithoutDeploy": func(s awscdk.Stack) {
			awsapigateway.NewRestApi(s, jsii.String("Api"), &awsapigateway.RestApiProps{Deploy: jsii.Bool(false), DeployOptions: &awsapigateway.StageOptions{}})
		},
		"AccessLogFormatWithoutRequestId": func(s awscdk.Stack) {
			api := awsapigateway.NewRestApi(s, jsii.String("Api"), &awsapigateway.RestApiProps{DeployOptions: &awsapigateway.StageOptions{
				AccessLogDestination: awsapigateway.NewLogGroupLogDestination(awslogs.NewLogGroup(s, jsii.String("L"), nil)),
				AccessLogFormat:      awsapigateway.AccessLogFormat_Custom(jsii.String("$context.status"))}})
			api.Root().AddMethod(jsii.String("GET"), nil, nil)
		},
		"RequestAuthorizerWithoutSources": func(s awscdk.Stack) {
			awsapigateway.NewRequestAuthorizer(s, jsii.String("Auth"), &awsapigateway.RequestAuthorizerProps{Handler: fn(s, "F"), IdentitySources: &[]*string{}})
		},
		"CognitoAuthorizerUnattached": func(s awscdk.Stack) {
			awsapigateway.NewCognitoUserPoolsAuthorizer(s, jsii.String("Auth"), &awsapigateway.CognitoUserPoolsAuthorizerProps{
				CognitoUserPools: &[]awscognito.IUserPool{awscognito.NewUserPool(s, jsii.String("Pool"), nil)}})
		},
		"TokenAuthorizerTwoApis": func(s awscdk.Stack) {
			auth := awsapigateway.NewTokenAuthorizer(s, jsii.String("Auth"), &awsapigateway.TokenAuthorizerProps{Handler: fn(s, "F")})
			awsapigateway.NewRestApi(s, jsii.String("A"), nil).Root().AddMethod(jsii.String("GET"), nil, &awsapigateway.MethodOptions{Authorizer: auth})
			awsapigateway.NewRestApi(s, jsii.String("B"), nil).Root().AddMethod(jsii.String("GET"), nil, &awsapigateway.MethodOptions{Authorizer: auth})
		},
		"CognitoAuthorizerTwoApis": func(s awscdk.Stack) {
			auth := awsapigateway.NewCognitoUserPoolsAuthorizer(s, jsii.String("Auth"), &awsapigateway.CognitoUserPoolsAuthorizerProps{
				CognitoUserPools: &[]awscognito.IUserPool{awscognito.NewUserPool(s, jsii.String("Pool"), nil)}})
			awsapigateway.NewRestApi(s, jsii.String("A"), nil).Root().AddMethod(jsii.String("GET"), nil, &awsapigateway.MethodOptions{Authorizer: auth})
			awsapigateway.NewRestApi(s, jsii.String("B"), nil).Root().AddMethod(jsii.String("GET"), nil, &awsapigateway.MethodOptions{Authorizer: auth})
		},
		"DomainUppercase": func(s awscdk.Stack) {
			domainErr(s, &awsapigateway.DomainNameProps{DomainName: jsii.String("API.example.com")})
		},
		"DomainEdgePolicyOnRegional": func(s awscdk.Stack) {
			domainErr(s, &awsapigateway.DomainNameProps{EndpointAccessMode: awsapigateway.EndpointAccessMode_BASIC, SecurityPolicy: awsapigateway.SecurityPolicy_TLS13_2025_EDGE})
		},
		"DomainEnhancedWithoutAccessMode": func(s awscdk.Stack) {
			domainErr(s, &awsapigateway.DomainNameProps{SecurityPolicy: awsapigateway.SecurityPolicy_TLS13_1_3_2025_09})
		},
		"DomainDuplicatePath": func(s awscdk.Stack) {
			d := domainErr(s, &awsapigateway.DomainNameProps{})
			api := awsapigateway.NewRestApi(s, jsii.String("Api"), nil)
			api.Root().AddMethod(jsii.String("GET"), nil, nil)
			d.AddBasePathMapping(api, &awsapigateway.BasePathMappingOptions{BasePath: jsii.String("v1")})
			d.AddBasePathMapping(api, &awsapigateway.BasePathMappingOptions{BasePath: jsii.String("v1")})
		},
		"DomainMultiLevelBasePathMapping": func(s awscdk.Stack) {
			api := awsapigateway.NewRestApi(s, jsii.String("Api"), nil)
			api.Root().AddMethod(jsii.String("GET"), nil, nil)
			domainErr(s, &awsapigateway.DomainNameProps{}).AddBasePathMapping(api, &awsapigateway.BasePathMappingOptions{BasePath: jsii.String("a/b")})
		},
		"BasePathSlash": func(s awscdk.Stack) {
			api := awsapigateway.NewRestApi(s, jsii.String("Api"), nil)
			api.Root().AddMethod(jsii.String("GET"), nil, nil)
			domainErr(s, &awsapigateway.DomainNameProps{}).AddBasePathMapping(api, &awsapigateway.BasePathMappingOptions{BasePath: jsii.String("v1/")})
		},
		"SpecEmptyInline": func(s awscdk.Stack) {
			awsapigateway.ApiDefinition_FromInline(map[string]interface{}{})
		},
		"FirehoseBadName": func(s awscdk.Stack) {
			api := awsapigateway.NewRestApi(s, jsii.String("Api"), &awsapigateway.RestApiProps{DeployOptions: &awsapigateway.StageOptions{
				AccessLogDestination: awsapigateway.NewFirehoseLogDestination(stream(s, "logs"))}})
			api.Root().AddMethod(jsii.String("GET"), nil, nil)
		},
		"InvalidMethod": func(s awscdk.Stack) {
			awsapigateway.NewRestApi(s, jsii.String("Api"), nil).Root().AddMethod(jsii.String("FETCH"), nil, nil)
		},
	}, vpcLinkErrorCases), func(m string) string {
		// aws-cdk-lib names the class of the duplicate's parent as its
		// decorated (renamed) JavaScript class; Strata says Resource.
		if m == "There is already a Construct with name 'GET' in Resource2 [books]" {
			return "There is already a Construct with name 'GET' in Resource [books]"
		}
		// A token that fails to resolve: aws-cdk-lib wraps the message once
		// per resolution level and cuts it; Strata reports it once.
		if strings.HasPrefix(m, "Resolution error: ") {
			return strings.TrimSuffix(strings.ReplaceAll(m, "Resolution error: ", ""), "...")
		}
		return m
	})
}

// domainErr is a domain of the error cases: props over a certificate and
// a lower-case name.
func domainErr(s awscdk.Stack, props *awsapigateway.DomainNameProps) awsapigateway.DomainName {
	props.Certificate = awscertificatemanager.Certificate_FromCertificateArn(s, jsii.String("C"), jsii.String("arn:aws:acm:us-east-1:123456789012:certificate/abc"))
	if props.DomainName == nil {
		props.DomainName = jsii.String("d.example.com")
	}
	return awsapigateway.NewDomainName(s, jsii.String("D"), props)
}

type myApi struct {
	awsapigateway.RestApi
}

// TestOverride: a Go "subclass" of RestApi built with NewRestApi_Override
// is the object the tree hands out, and synthesizes as RestApi does.
func TestOverride(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	api := &myApi{}
	awsapigateway.NewRestApi_Override(api, s, jsii.String("Api"), &awsapigateway.RestApiProps{RestApiName: jsii.String("mine")})
	api.Root().AddMethod(jsii.String("GET"), nil, nil)
	if got := s.Node().FindChild(jsii.String("Api")); got != api {
		t.Fatalf("the tree hands out %T, not the program's struct", got)
	}
	tmpl := app.Synth(nil).GetStackArtifact(s.ArtifactId()).Template().(map[string]interface{})
	n := 0
	for _, r := range tmpl["Resources"].(map[string]interface{}) {
		if r.(map[string]interface{})["Type"] == "AWS::ApiGateway::RestApi" {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%d RestApi resources, want 1", n)
	}
}

// stream is a Firehose delivery stream named name (to S3).
func stream(s awscdk.Stack, name string) awskinesisfirehose.CfnDeliveryStream {
	return awskinesisfirehose.NewCfnDeliveryStream(s, jsii.String("Stream"), &awskinesisfirehose.CfnDeliveryStreamProps{
		DeliveryStreamName: jsii.String(name), DeliveryStreamType: jsii.String("DirectPut"),
		S3DestinationConfiguration: &awskinesisfirehose.CfnDeliveryStream_S3DestinationConfigurationProperty{
			BucketArn: jsii.String("arn:aws:s3:::logs"), RoleArn: jsii.String("arn:aws:iam::123456789012:role/firehose")},
	})
}

// TestNilProps: constructors given nil props, where aws-cdk-lib would
// fail on undefined, report an error naming the construct, never a Go
// runtime panic; RateLimitedApiKey takes nil as aws-cdk-lib takes {}.
func TestNilProps(t *testing.T) {
	for name, build := range map[string]func(s awscdk.Stack){
		"CognitoUserPoolsAuthorizer": func(s awscdk.Stack) { awsapigateway.NewCognitoUserPoolsAuthorizer(s, jsii.String("A"), nil) },
		"DomainName":                 func(s awscdk.Stack) { awsapigateway.NewDomainName(s, jsii.String("D"), nil) },
		"BasePathMapping":            func(s awscdk.Stack) { awsapigateway.NewBasePathMapping(s, jsii.String("M"), nil) },
		"SpecRestApi":                func(s awscdk.Stack) { awsapigateway.NewSpecRestApi(s, jsii.String("Api"), nil) },
		"ApiMappingWithoutStage": func(s awscdk.Stack) {
			api := awsapigateway.NewRestApi(s, jsii.String("Api"), &awsapigateway.RestApiProps{Deploy: jsii.Bool(false)})
			api.Root().AddMethod(jsii.String("GET"), nil, nil)
			domainErr(s, &awsapigateway.DomainNameProps{Mapping: api, BasePath: jsii.String("a/b")})
		},
		"AddDomainName": func(s awscdk.Stack) {
			awsapigateway.NewRestApi(s, jsii.String("Api"), nil).AddDomainName(jsii.String("D"), nil)
		},
		"VpcLinkFromNilId": func(s awscdk.Stack) { awsapigateway.VpcLink_FromVpcLinkId(s, jsii.String("L"), nil) },
		"VpcLinkNilTarget": func(s awscdk.Stack) { awsapigateway.NewVpcLink(s, jsii.String("L"), nil).AddTargets(nil) },
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				r := recover()
				if r == nil {
					t.Fatal("no error")
				}
				if _, ok := r.(runtime.Error); ok {
					t.Fatalf("Go runtime panic: %v", r)
				}
				if !strings.Contains(fmt.Sprint(r), "S/") && !strings.Contains(fmt.Sprint(r), "[S]") {
					t.Fatalf("error without the construct path: %v", r)
				}
			}()
			app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
			build(awscdk.NewStack(app, jsii.String("S"), nil))
		})
	}
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	if k := awsapigateway.NewRateLimitedApiKey(s, jsii.String("K"), nil); k.KeyId() == nil {
		t.Fatal("RateLimitedApiKey with nil props has no key")
	}
}

type myDefinition struct {
	awsapigateway.ApiDefinition
}

func (d *myDefinition) Bind(constructs.Construct) *awsapigateway.ApiDefinitionConfig {
	return &awsapigateway.ApiDefinitionConfig{S3Location: &awsapigateway.ApiDefinitionS3Location{Bucket: jsii.String("b"), Key: jsii.String("k")}}
}

// TestDefinitionOverride: a definition of the program's own, made with
// NewApiDefinition_Override, defines Bind and inherits BindAfterCreate.
func TestDefinitionOverride(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	def := &myDefinition{}
	awsapigateway.NewApiDefinition_Override(def)
	awsapigateway.NewSpecRestApi(s, jsii.String("Api"), &awsapigateway.SpecRestApiProps{ApiDefinition: def})
	tmpl := app.Synth(nil).GetStackArtifact(s.ArtifactId()).Template().(map[string]interface{})
	found := false
	for _, r := range tmpl["Resources"].(map[string]interface{}) {
		r := r.(map[string]interface{})
		if r["Type"] == "AWS::ApiGateway::RestApi" {
			loc := r["Properties"].(map[string]interface{})["BodyS3Location"].(map[string]interface{})
			found = loc["Bucket"] == "b" && loc["Key"] == "k"
		}
	}
	if !found {
		t.Fatal("the program's definition did not reach the RestApi")
	}
}
