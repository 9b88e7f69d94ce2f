// Command serverless-api is the production serverless API of issue 18: a
// Cognito user pool and web client; a DynamoDB table with a global
// secondary index, TTL and a stream read by a function through a
// DynamoEventSource; a Lambda layer from ./layer shared by inline
// functions; a REST API (Cognito and Lambda request authorizers, a body
// validator with a JSON-schema model, a mock /health, a throttled, logged
// and traced stage with JSON access logs, CORS, alarms on its metrics) and
// an HTTP API (CORS, two Lambda integrations, a Lambda authorizer).
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	"github.com/strata-cdk/strata/awscdk/awsapigatewayv2authorizers"
	"github.com/strata-cdk/strata/awscdk/awsapigatewayv2integrations"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslambdaeventsources"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// NewServerlessApiStack builds the whole API in one stack.
func NewServerlessApiStack(scope constructs.Construct, id string, props *awscdk.StackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, props)

	// Users sign up with their email address; the web client signs in with SRP.
	users := awscognito.NewUserPool(stack, jsii.String("Users"), &awscognito.UserPoolProps{
		SelfSignUpEnabled: jsii.Bool(true),
		SignInAliases:     &awscognito.SignInAliases{Email: jsii.Bool(true)},
		AutoVerify:        &awscognito.AutoVerifiedAttrs{Email: jsii.Bool(true)},
		PasswordPolicy:    &awscognito.PasswordPolicy{MinLength: jsii.Number(12), RequireSymbols: jsii.Bool(true)},
		AccountRecovery:   awscognito.AccountRecovery_EMAIL_ONLY,
		RemovalPolicy:     awscdk.RemovalPolicy_DESTROY,
	})
	client := users.AddClient(jsii.String("WebClient"), &awscognito.UserPoolClientOptions{
		AuthFlows:                  &awscognito.AuthFlow{UserSrp: jsii.Bool(true)},
		PreventUserExistenceErrors: jsii.Bool(true),
	})

	// Items, keyed by owner and ID, expire through TTL and stream their changes.
	table := awsdynamodb.NewTable(stack, jsii.String("Items"), &awsdynamodb.TableProps{
		PartitionKey:        &awsdynamodb.Attribute{Name: jsii.String("pk"), Type: awsdynamodb.AttributeType_STRING},
		SortKey:             &awsdynamodb.Attribute{Name: jsii.String("sk"), Type: awsdynamodb.AttributeType_STRING},
		BillingMode:         awsdynamodb.BillingMode_PAY_PER_REQUEST,
		TimeToLiveAttribute: jsii.String("expiresAt"),
		Stream:              awsdynamodb.StreamViewType_NEW_AND_OLD_IMAGES,
		PointInTimeRecoverySpecification: &awsdynamodb.PointInTimeRecoverySpecification{
			PointInTimeRecoveryEnabled: jsii.Bool(true),
		},
		RemovalPolicy: awscdk.RemovalPolicy_DESTROY,
	})
	table.AddGlobalSecondaryIndex(&awsdynamodb.GlobalSecondaryIndexProps{
		IndexName:        jsii.String("byStatus"),
		PartitionKey:     &awsdynamodb.Attribute{Name: jsii.String("status"), Type: awsdynamodb.AttributeType_STRING},
		SortKey:          &awsdynamodb.Attribute{Name: jsii.String("createdAt"), Type: awsdynamodb.AttributeType_NUMBER},
		ProjectionType:   awsdynamodb.ProjectionType_INCLUDE,
		NonKeyAttributes: jsii.Strings("title"),
	})

	shared := awslambda.NewLayerVersion(stack, jsii.String("Shared"), &awslambda.LayerVersionProps{
		Code:               awslambda.Code_FromAsset(jsii.String("./layer"), nil),
		CompatibleRuntimes: &[]awslambda.Runtime{awslambda.Runtime_NODEJS_22_X()},
		Description:        jsii.String("helpers shared by the API functions"),
	})

	inline := func(id, code string, props *awslambda.FunctionProps) awslambda.Function {
		props.Runtime = awslambda.Runtime_NODEJS_22_X()
		props.Handler = jsii.String("index.handler")
		props.Code = awslambda.Code_FromInline(jsii.String(code))
		return awslambda.NewFunction(stack, jsii.String(id), props)
	}
	itemsFn := inline("ItemsFn", `const { json } = require('/opt/nodejs/shared'); exports.handler = async (e) => json(200, { path: e.path });`, &awslambda.FunctionProps{
		Layers:      &[]awslambda.ILayerVersion{shared},
		Environment: &map[string]*string{"TABLE_NAME": table.TableName()},
		MemorySize:  jsii.Number(512),
		Timeout:     awscdk.Duration_Seconds(jsii.Number(10)),
		Tracing:     awslambda.Tracing_ACTIVE,
	})
	authFn := inline("AuthFn", `exports.handler = async (e) => ({ isAuthorized: e.headers?.['x-api-key'] === process.env.KEY });`, &awslambda.FunctionProps{
		Environment: &map[string]*string{"KEY": jsii.String("not-a-secret")},
	})
	streamFn := inline("StreamFn", `exports.handler = async (e) => { console.log(e.Records.length); };`, &awslambda.FunctionProps{
		Timeout: awscdk.Duration_Minutes(jsii.Number(1)),
	})
	publicFn := inline("PublicFn", `const { json } = require('/opt/nodejs/shared'); exports.handler = async () => json(200, { ok: true });`, &awslambda.FunctionProps{
		Layers:      &[]awslambda.ILayerVersion{shared},
		Environment: &map[string]*string{"TABLE_NAME": table.TableName()},
	})
	table.GrantReadWriteData(itemsFn)
	table.GrantReadData(publicFn)
	streamFn.AddEventSource(awslambdaeventsources.NewDynamoEventSource(table, &awslambdaeventsources.DynamoEventSourceProps{
		StartingPosition:        awslambda.StartingPosition_TRIM_HORIZON,
		BatchSize:               jsii.Number(25),
		MaxBatchingWindow:       awscdk.Duration_Seconds(jsii.Number(10)),
		BisectBatchOnError:      jsii.Bool(true),
		RetryAttempts:           jsii.Number(3),
		ReportBatchItemFailures: jsii.Bool(true),
	}))

	// The REST API: Cognito users on /v1/items, an API key checked by a
	// Lambda authorizer on /v1/admin, a mock /health.
	accessLogs := awslogs.NewLogGroup(stack, jsii.String("AccessLogs"), &awslogs.LogGroupProps{
		Retention:     awslogs.RetentionDays_ONE_MONTH,
		RemovalPolicy: awscdk.RemovalPolicy_DESTROY,
	})
	api := awsapigateway.NewRestApi(stack, jsii.String("Api"), &awsapigateway.RestApiProps{
		RestApiName:    jsii.String("items-api"),
		Description:    jsii.String("Items, for signed-in users"),
		CloudWatchRole: jsii.Bool(true),
		DeployOptions: &awsapigateway.StageOptions{
			StageName:            jsii.String("prod"),
			ThrottlingRateLimit:  jsii.Number(100),
			ThrottlingBurstLimit: jsii.Number(200),
			LoggingLevel:         awsapigateway.MethodLoggingLevel_INFO,
			MetricsEnabled:       jsii.Bool(true),
			TracingEnabled:       jsii.Bool(true),
			AccessLogDestination: awsapigateway.NewLogGroupLogDestination(accessLogs),
			AccessLogFormat:      awsapigateway.AccessLogFormat_JsonWithStandardFields(nil),
		},
		DefaultCorsPreflightOptions: &awsapigateway.CorsOptions{
			AllowOrigins:     jsii.Strings("https://app.example.com"),
			AllowMethods:     awsapigateway.Cors_ALL_METHODS(),
			AllowHeaders:     jsii.Strings("Authorization", "Content-Type", "X-Api-Key"),
			AllowCredentials: jsii.Bool(true),
			MaxAge:           awscdk.Duration_Hours(jsii.Number(1)),
		},
	})
	userAuth := awsapigateway.NewCognitoUserPoolsAuthorizer(stack, jsii.String("UserAuth"), &awsapigateway.CognitoUserPoolsAuthorizerProps{
		CognitoUserPools: &[]awscognito.IUserPool{users},
	})
	keyAuth := awsapigateway.NewRequestAuthorizer(stack, jsii.String("KeyAuth"), &awsapigateway.RequestAuthorizerProps{
		Handler:         authFn,
		IdentitySources: &[]*string{awsapigateway.IdentitySource_Header(jsii.String("X-Api-Key"))},
		ResultsCacheTtl: awscdk.Duration_Minutes(jsii.Number(5)),
	})
	validator := api.AddRequestValidator(jsii.String("BodyValidator"), &awsapigateway.RequestValidatorOptions{
		ValidateRequestBody: jsii.Bool(true),
	})
	itemModel := api.AddModel(jsii.String("ItemModel"), &awsapigateway.ModelOptions{
		ContentType: jsii.String("application/json"),
		ModelName:   jsii.String("Item"),
		Schema: &awsapigateway.JsonSchema{
			Properties: &map[string]*awsapigateway.JsonSchema{
				"title":  {Type: awsapigateway.JsonSchemaType_STRING, MinLength: jsii.Number(1), MaxLength: jsii.Number(200)},
				"status": {Type: awsapigateway.JsonSchemaType_STRING, Enum: &[]interface{}{"draft", "published"}},
			},
			Required: jsii.Strings("title"),
			Schema:   awsapigateway.JsonSchemaVersion_DRAFT4,
			Title:    jsii.String("Item"),
			Type:     awsapigateway.JsonSchemaType_OBJECT,
		},
	})

	api.Root().AddResource(jsii.String("health"), nil).AddMethod(jsii.String("GET"), awsapigateway.NewMockIntegration(&awsapigateway.IntegrationOptions{
		RequestTemplates: &map[string]*string{"application/json": jsii.String(`{"statusCode": 200}`)},
		IntegrationResponses: &[]*awsapigateway.IntegrationResponse{{
			StatusCode:        jsii.String("200"),
			ResponseTemplates: &map[string]*string{"application/json": jsii.String(`{"status": "ok"}`)},
		}},
	}), &awsapigateway.MethodOptions{MethodResponses: &[]*awsapigateway.MethodResponse{{StatusCode: jsii.String("200")}}})

	itemsIntegration := awsapigateway.NewLambdaIntegration(itemsFn, nil)
	v1 := api.Root().AddResource(jsii.String("v1"), nil)
	items := v1.AddResource(jsii.String("items"), nil)
	items.AddMethod(jsii.String("GET"), itemsIntegration, &awsapigateway.MethodOptions{Authorizer: userAuth})
	items.AddMethod(jsii.String("POST"), itemsIntegration, &awsapigateway.MethodOptions{
		Authorizer:       userAuth,
		RequestValidator: validator,
		RequestModels:    &map[string]awsapigateway.IModel{"application/json": itemModel},
	})
	item := items.AddResource(jsii.String("{id}"), nil)
	item.AddMethod(jsii.String("GET"), itemsIntegration, &awsapigateway.MethodOptions{Authorizer: userAuth})
	item.AddMethod(jsii.String("DELETE"), itemsIntegration, &awsapigateway.MethodOptions{
		Authorizer:          userAuth,
		AuthorizationScopes: jsii.Strings("aws.cognito.signin.user.admin"),
	})
	v1.AddResource(jsii.String("admin"), nil).AddResource(jsii.String("stats"), nil).
		AddMethod(jsii.String("GET"), itemsIntegration, &awsapigateway.MethodOptions{Authorizer: keyAuth})

	// Alarms on the stage's server errors and p99 latency.
	api.DeploymentStage().MetricServerError(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(1))}).
		CreateAlarm(stack, jsii.String("ServerErrors"), &awscloudwatch.CreateAlarmOptions{
			Threshold: jsii.Number(5), EvaluationPeriods: jsii.Number(3), DatapointsToAlarm: jsii.Number(2),
			TreatMissingData: awscloudwatch.TreatMissingData_NOT_BREACHING,
		})
	api.MetricLatency(&awscloudwatch.MetricOptions{Statistic: jsii.String("p99")}).
		CreateAlarm(stack, jsii.String("SlowRequests"), &awscloudwatch.CreateAlarmOptions{Threshold: jsii.Number(2000), EvaluationPeriods: jsii.Number(5)})

	// The HTTP API: the same items for API-key holders, a public route.
	httpAuth := awsapigatewayv2authorizers.NewHttpLambdaAuthorizer(jsii.String("HttpKeyAuth"), authFn, &awsapigatewayv2authorizers.HttpLambdaAuthorizerProps{
		ResponseTypes:  &[]awsapigatewayv2authorizers.HttpLambdaResponseType{awsapigatewayv2authorizers.HttpLambdaResponseType_SIMPLE},
		IdentitySource: jsii.Strings("$request.header.X-Api-Key"),
	})
	httpApi := awsapigatewayv2.NewHttpApi(stack, jsii.String("HttpApi"), &awsapigatewayv2.HttpApiProps{
		ApiName: jsii.String("items-http"),
		CorsPreflight: &awsapigatewayv2.CorsPreflightOptions{
			AllowOrigins: jsii.Strings("https://app.example.com"),
			AllowMethods: &[]awsapigatewayv2.CorsHttpMethod{awsapigatewayv2.CorsHttpMethod_GET, awsapigatewayv2.CorsHttpMethod_POST},
			AllowHeaders: jsii.Strings("Content-Type", "X-Api-Key"),
			MaxAge:       awscdk.Duration_Days(jsii.Number(1)),
		},
	})
	httpApi.AddRoutes(&awsapigatewayv2.AddRoutesOptions{
		Path:        jsii.String("/items"),
		Methods:     &[]awsapigatewayv2.HttpMethod{awsapigatewayv2.HttpMethod_GET, awsapigatewayv2.HttpMethod_POST},
		Integration: awsapigatewayv2integrations.NewHttpLambdaIntegration(jsii.String("ItemsIntegration"), itemsFn, nil),
		Authorizer:  httpAuth,
	})
	httpApi.AddRoutes(&awsapigatewayv2.AddRoutesOptions{
		Path:        jsii.String("/public"),
		Methods:     &[]awsapigatewayv2.HttpMethod{awsapigatewayv2.HttpMethod_GET},
		Integration: awsapigatewayv2integrations.NewHttpLambdaIntegration(jsii.String("PublicIntegration"), publicFn, nil),
	})

	awscdk.NewCfnOutput(stack, jsii.String("RestApiUrl"), &awscdk.CfnOutputProps{Value: api.Url()})
	awscdk.NewCfnOutput(stack, jsii.String("HttpApiUrl"), &awscdk.CfnOutputProps{Value: httpApi.Url()})
	awscdk.NewCfnOutput(stack, jsii.String("UserPoolId"), &awscdk.CfnOutputProps{Value: users.UserPoolId()})
	awscdk.NewCfnOutput(stack, jsii.String("UserPoolClientId"), &awscdk.CfnOutputProps{Value: client.UserPoolClientId()})
	awscdk.NewCfnOutput(stack, jsii.String("TableName"), &awscdk.CfnOutputProps{Value: table.TableName()})
	return stack
}

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	NewServerlessApiStack(app, "ServerlessApiStack", &awscdk.StackProps{
		Description: jsii.String("The production serverless API"),
	})
	app.Synth(nil)
}
