package awsappsync_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsappsync"
	"github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsappsync"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

const schemaFile = "testdata/schema.graphql"

func str(v string) *string { return jsii.String(v) }

func fn(s constructs.Construct, id string) awslambda.Function {
	return awslambda.NewFunction(s, str(id), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_NODEJS_20_X(), Handler: str("index.handler"),
		Code: awslambda.Code_FromInline(str("exports.handler = async () => ({});")),
	})
}

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, str(id), &awscdk.CfnOutputProps{Value: v})
}

func def() awsappsync.Definition { return awsappsync.Definition_FromFile(str(schemaFile)) }

func table(s awscdk.Stack) awsdynamodb.Table {
	return awsdynamodb.NewTable(s, str("Table"), &awsdynamodb.TableProps{
		PartitionKey: &awsdynamodb.Attribute{Name: str("id"), Type: awsdynamodb.AttributeType_STRING},
	})
}

func api(s awscdk.Stack, id, name string) awsappsync.GraphqlApi {
	return awsappsync.NewGraphqlApi(s, str(id), &awsappsync.GraphqlApiProps{Name: str(name), Definition: def()})
}

const jsCode = "export function request(ctx) { return {}; }\nexport function response(ctx) { return ctx.prev.result; }"

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Default": func(s awscdk.Stack) {
		a := api(s, "Api", "demo")
		awsappsync.NewGraphqlApi(s, str("Inline"), &awsappsync.GraphqlApiProps{Name: str("inline"), Schema: awsappsync.SchemaFile_FromAsset(str(schemaFile))})
		out(s, "Url", a.GraphqlUrl())
		out(s, "Key", a.ApiKey())
		out(s, "Id", a.ApiId())
		out(s, "Arn", a.Arn())
		out(s, "Name", a.Name())
		out(s, "LogGroup", a.LogGroup().LogGroupName())
	},
	"Auth": func(s awscdk.Stack) {
		pool := awscognito.NewUserPool(s, str("Pool"), nil)
		authFn := fn(s, "AuthFn")
		awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{
			Name: str("auth"), Definition: def(),
			AuthorizationConfig: &awsappsync.AuthorizationConfig{
				DefaultAuthorization: &awsappsync.AuthorizationMode{AuthorizationType: awsappsync.AuthorizationType_OIDC,
					OpenIdConnectConfig: &awsappsync.OpenIdConnectConfig{OidcProvider: str("https://issuer.example.com"), ClientId: str("client"),
						TokenExpiryFromAuth: jsii.Number(1000), TokenExpiryFromIssue: jsii.Number(2000)}},
				AdditionalAuthorizationModes: &[]*awsappsync.AuthorizationMode{
					{AuthorizationType: awsappsync.AuthorizationType_IAM},
					{AuthorizationType: awsappsync.AuthorizationType_USER_POOL, UserPoolConfig: &awsappsync.UserPoolConfig{UserPool: pool,
						AppIdClientRegex: str("abc.*"), DefaultAction: awsappsync.UserPoolDefaultAction_DENY}},
					{AuthorizationType: awsappsync.AuthorizationType_LAMBDA, LambdaAuthorizerConfig: &awsappsync.LambdaAuthorizerConfig{Handler: authFn,
						ResultsCacheTtl: awscdk.Duration_Minutes(jsii.Number(2)), ValidationRegex: str("^Bearer .*")}},
					{AuthorizationType: awsappsync.AuthorizationType_API_KEY, ApiKeyConfig: &awsappsync.ApiKeyConfig{Name: str("Mine"), Description: str("my key")}},
				},
			},
		})
		awsappsync.NewGraphqlApi(s, str("PoolApi"), &awsappsync.GraphqlApiProps{
			Name: str("pool"), Definition: awsappsync.Definition_FromSchema(awsappsync.SchemaFile_FromAsset(str(schemaFile))),
			AuthorizationConfig: &awsappsync.AuthorizationConfig{DefaultAuthorization: &awsappsync.AuthorizationMode{
				AuthorizationType: awsappsync.AuthorizationType_USER_POOL, UserPoolConfig: &awsappsync.UserPoolConfig{UserPool: pool}}},
		})
		awsappsync.NewGraphqlApi(s, str("Lambda"), &awsappsync.GraphqlApiProps{
			Name: str("lambda"), Definition: def(),
			AuthorizationConfig: &awsappsync.AuthorizationConfig{DefaultAuthorization: &awsappsync.AuthorizationMode{
				AuthorizationType: awsappsync.AuthorizationType_LAMBDA, LambdaAuthorizerConfig: &awsappsync.LambdaAuthorizerConfig{Handler: authFn}}},
		})
		awsappsync.NewGraphqlApi(s, str("Iam"), &awsappsync.GraphqlApiProps{
			Name: str("iam"), Definition: def(),
			AuthorizationConfig: &awsappsync.AuthorizationConfig{DefaultAuthorization: &awsappsync.AuthorizationMode{AuthorizationType: awsappsync.AuthorizationType_IAM}},
		})
	},
	"Settings": func(s awscdk.Stack) {
		role := awsiam.NewRole(s, str("LogRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("appsync.amazonaws.com"), nil)})
		cert := awscertificatemanager.Certificate_FromCertificateArn(s, str("Cert"), str("arn:aws:acm:us-east-1:111111111111:certificate/abc"))
		a := awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{
			Name: str("settings"), Definition: def(),
			LogConfig:   &awsappsync.LogConfig{FieldLogLevel: awsappsync.FieldLogLevel_ALL, ExcludeVerboseContent: true, Retention: awslogs.RetentionDays_ONE_WEEK},
			XrayEnabled: jsii.Bool(true), Visibility: awsappsync.Visibility_PRIVATE, IntrospectionConfig: awsappsync.IntrospectionConfig_DISABLED,
			QueryDepthLimit: jsii.Number(10), ResolverCountLimit: jsii.Number(100), OwnerContact: str("team@example.com"),
			EnvironmentVariables: &map[string]*string{"ZED": str("z"), "ALPHA": str("a")},
			EnhancedMetricsConfig: &awsappsync.EnhancedMetricsConfig{
				DataSourceLevelMetricsBehavior: awsappsync.DataSourceLevelMetricsBehavior_PER_DATA_SOURCE_METRICS,
				OperationLevelMetricsConfig:    awsappsync.OperationLevelMetricsConfig_ENABLED,
				ResolverLevelMetricsBehavior:   awsappsync.ResolverLevelMetricsBehavior_PER_RESOLVER_METRICS,
			},
			DomainName: &awsappsync.DomainOptions{Certificate: cert, DomainName: str("api.example.com")},
		})
		a.AddEnvironmentVariable(str("MIDDLE"), str("m"))
		out(s, "Domain", a.AppSyncDomainName())
		awsappsync.NewGraphqlApi(s, str("GivenRole"), &awsappsync.GraphqlApiProps{
			Name: str("given"), Definition: def(), XrayEnabled: jsii.Bool(false), LogConfig: &awsappsync.LogConfig{Role: role},
		})
	},
	"Grants": func(s awscdk.Stack) {
		a := awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{Name: str("grants"), Definition: def(),
			AuthorizationConfig: &awsappsync.AuthorizationConfig{DefaultAuthorization: &awsappsync.AuthorizationMode{AuthorizationType: awsappsync.AuthorizationType_IAM}}})
		role := awsiam.NewRole(s, str("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("lambda.amazonaws.com"), nil)})
		a.GrantQuery(role, str("getItem"), str("listItems"))
		a.GrantMutation(role)
		a.GrantSubscription(role, str("onAdd"))
		a.Grant(role, awsappsync.IamResource_Custom(str("types/Query/fields/getItem")), str("appsync:GraphQL"))
		a.Grant(role, awsappsync.IamResource_All(), str("appsync:GraphQL"), str("appsync:GetSchemaCreationStatus"))
		a.Grant(role, awsappsync.IamResource_OfType(str("Item")), str("appsync:GraphQL"))
		imported := awsappsync.GraphqlApi_FromGraphqlApiAttributes(s, str("Imported"), &awsappsync.GraphqlApiAttributes{GraphqlApiId: str("abcdef")})
		imported.GrantQuery(role)
		importedArn := awsappsync.GraphqlApi_FromGraphqlApiAttributes(s, str("ImportedArn"), &awsappsync.GraphqlApiAttributes{
			GraphqlApiId: str("xyz"), GraphqlApiArn: str("arn:aws:appsync:us-east-1:111111111111:apis/xyz")})
		importedArn.GrantMutation(role, str("addItem"))
		out(s, "ImportedId", imported.ApiId())
		out(s, "ImportedArnOut", imported.Arn())
	},
	"DataSources": func(s awscdk.Stack) {
		a := api(s, "Api", "ds")
		t := table(s)
		f := fn(s, "Fn")
		bus := awsevents.NewEventBus(s, str("Bus"), nil)
		a.AddNoneDataSource(str("none"), nil)
		a.AddNoneDataSource(str("None2"), &awsappsync.DataSourceOptions{Name: str("my-none!"), Description: str("local")})
		a.AddDynamoDbDataSource(str("items"), t, &awsappsync.DataSourceOptions{Description: str("table"), MetricsConfig: awsappsync.DataSourceMetricsConfig_ENABLED})
		awsappsync.NewDynamoDbDataSource(s, str("ReadOnly"), &awsappsync.DynamoDbDataSourceProps{Api: a, Table: t, ReadOnlyAccess: jsii.Bool(true), UseCallerCredentials: jsii.Bool(true)})
		a.AddLambdaDataSource(str("fn"), f, nil)
		a.AddHttpDataSource(str("http"), str("https://example.com"), nil)
		a.AddHttpDataSource(str("signed"), str("https://states.us-east-1.amazonaws.com"), &awsappsync.HttpDataSourceOptions{
			AuthorizationConfig: &awsappsync.AwsIamConfig{SigningRegion: str("us-east-1"), SigningServiceName: str("states")}})
		a.AddEventBridgeDataSource(str("bus"), bus, nil)
		role := awsiam.NewRole(s, str("DsRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("appsync.amazonaws.com"), nil)})
		awsappsync.NewLambdaDataSource(s, str("GivenRole"), &awsappsync.LambdaDataSourceProps{Api: a, LambdaFunction: f, ServiceRole: role, Name: str("given")})
		cluster := awsrds.ServerlessCluster_FromServerlessClusterAttributes(s, str("Cluster"), &awsrds.ServerlessClusterAttributes{ClusterIdentifier: str("my-cluster")})
		secret := awssecretsmanager.Secret_FromSecretCompleteArn(s, str("Secret"), str("arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf"))
		a.AddRdsDataSource(str("rds"), cluster, secret, str("mydb"), nil)
		imported := awsappsync.GraphqlApi_FromGraphqlApiAttributes(s, str("Imported"), &awsappsync.GraphqlApiAttributes{GraphqlApiId: str("abcdef")})
		imported.AddNoneDataSource(str("ImportedNone"), nil)
	},
	"Resolvers": func(s awscdk.Stack) {
		a := api(s, "Api", "resolvers")
		ds := a.AddDynamoDbDataSource(str("items"), table(s), nil)
		ds.CreateResolver(str("GetItem"), &awsappsync.BaseResolverProps{
			TypeName: str("Query"), FieldName: str("getItem"),
			RequestMappingTemplate:  awsappsync.MappingTemplate_DynamoDbGetItem(str("id"), str("id"), nil),
			ResponseMappingTemplate: awsappsync.MappingTemplate_DynamoDbResultItem(),
			CachingConfig:           &awsappsync.CachingConfig{Ttl: awscdk.Duration_Minutes(jsii.Number(1)), CachingKeys: jsii.Strings("$context.arguments.id")},
		})
		ds.CreateResolver(str("ListItems"), &awsappsync.BaseResolverProps{
			TypeName: str("Query"), FieldName: str("listItems"),
			RequestMappingTemplate:  awsappsync.MappingTemplate_DynamoDbScanTable(jsii.Bool(true)),
			ResponseMappingTemplate: awsappsync.MappingTemplate_DynamoDbResultList(),
			MetricsConfig:           awsappsync.ResolverMetricsConfig_ENABLED,
		})
		ds.CreateResolver(str("AddItem"), &awsappsync.BaseResolverProps{
			TypeName: str("Mutation"), FieldName: str("addItem"),
			RequestMappingTemplate: awsappsync.MappingTemplate_DynamoDbPutItem(
				awsappsync.PrimaryKey_Partition(str("id")).Auto(), awsappsync.Values_Projecting(str("input"))),
			ResponseMappingTemplate: awsappsync.MappingTemplate_DynamoDbResultItem(),
		})
		none := a.AddNoneDataSource(str("none"), nil)
		f1 := none.CreateFunction(str("F1"), &awsappsync.BaseAppsyncFunctionProps{
			Name: str("f1"), Runtime: awsappsync.FunctionRuntime_JS_1_0_0(), Code: awsappsync.Code_FromInline(str(jsCode)), Description: str("first"),
		})
		f2 := awsappsync.NewAppsyncFunction(s, str("F2"), &awsappsync.AppsyncFunctionProps{
			Name: str("f2"), Api: a, DataSource: none,
			RequestMappingTemplate:  awsappsync.MappingTemplate_FromString(str(`{"version": "2017-02-28"}`)),
			ResponseMappingTemplate: awsappsync.MappingTemplate_FromString(str("$util.toJson($ctx.result)")),
		})
		f3 := awsappsync.AppsyncFunction_FromAppsyncFunctionAttributes(s, str("F3"), &awsappsync.AppsyncFunctionAttributes{
			FunctionArn: str("arn:aws:appsync:us-east-1:111111111111:apis/abc/functions/fn-123")})
		awsappsync.NewResolver(s, str("Pipeline"), &awsappsync.ResolverProps{
			Api: a, TypeName: str("Query"), FieldName: str("pipeline"),
			PipelineConfig: &[]interfacesawsappsync.IFunctionConfigurationRef{f1, f2, f3},
			Runtime:        awsappsync.FunctionRuntime_JS_1_0_0(), Code: awsappsync.Code_FromInline(str(jsCode)),
		})
		a.CreateResolver(str("Local"), &awsappsync.ExtendedResolverProps{TypeName: str("Query"), FieldName: str("local"), DataSource: none,
			RequestMappingTemplate: awsappsync.MappingTemplate_LambdaRequest(nil, nil), ResponseMappingTemplate: awsappsync.MappingTemplate_LambdaResult()})
		lds := a.AddLambdaDataSource(str("fn"), fn(s, "Fn"), nil)
		lds.CreateFunction(str("Batch"), &awsappsync.BaseAppsyncFunctionProps{Name: str("batch"), MaxBatchSize: jsii.Number(5),
			RequestMappingTemplate:  awsappsync.MappingTemplate_LambdaRequest(str("$util.toJson($ctx.args)"), str("BatchInvoke")),
			ResponseMappingTemplate: awsappsync.MappingTemplate_LambdaResult()})
		lds.CreateResolver(str("Asset"), &awsappsync.BaseResolverProps{TypeName: str("Query"), FieldName: str("asset"), Runtime: awsappsync.FunctionRuntime_JS_1_0_0(),
			Code: awsappsync.Code_FromAsset(str("testdata/resolver.js"), nil), MaxBatchSize: jsii.Number(10)})
		out(s, "F1Id", f1.FunctionId())
		out(s, "F1Name", f1.FunctionName())
		out(s, "F1Arn", f1.FunctionArn())
	},
	"Templates": func(s awscdk.Stack) {
		a := api(s, "Api", "templates")
		none := a.AddNoneDataSource(str("none"), nil)
		kc := awsappsync.KeyCondition_Eq
		templates := []struct {
			name string
			t    awsappsync.MappingTemplate
		}{
			{"Query", awsappsync.MappingTemplate_DynamoDbQuery(kc(str("pk"), str("pk")).And(awsappsync.KeyCondition_BeginsWith(str("sk"), str("prefix"))), nil, nil)},
			{"QueryIndex", awsappsync.MappingTemplate_DynamoDbQuery(awsappsync.KeyCondition_Between(str("n"), str("lo"), str("hi")).And(kc(str("n"), str("lo"))), str("byN"), jsii.Bool(true))},
			{"Compare", awsappsync.MappingTemplate_DynamoDbQuery(awsappsync.KeyCondition_Lt(str("a"), str("x")).And(awsappsync.KeyCondition_Le(str("b"), str("y"))).
				And(awsappsync.KeyCondition_Gt(str("c"), str("z"))).And(awsappsync.KeyCondition_Ge(str("d"), str("w"))), nil, nil)},
			{"Get", awsappsync.MappingTemplate_DynamoDbGetItem(str("id"), str("itemId"), jsii.Bool(true))},
			{"Delete", awsappsync.MappingTemplate_DynamoDbDeleteItem(str("id"), str("itemId"))},
			{"Scan", awsappsync.MappingTemplate_DynamoDbScanTable(nil)},
			{"PutSort", awsappsync.MappingTemplate_DynamoDbPutItem(
				awsappsync.PrimaryKey_Partition(str("pk")).Is(str("pk")).Sort(str("sk")).Auto(),
				awsappsync.Values_Attribute(str("name")).Is(str("$ctx.args.name")).Attribute(str("age")).Is(str("$ctx.args.age")))},
			{"PutSortIs", awsappsync.MappingTemplate_DynamoDbPutItem(
				awsappsync.PrimaryKey_Partition(str("pk")).Auto().Sort(str("sk")).Is(str("sk")), awsappsync.Values_Projecting(nil))},
			{"PutPlain", awsappsync.MappingTemplate_DynamoDbPutItem(awsappsync.NewPrimaryKey(awsappsync.NewAssign(str("id"), str("$ctx.args.id")), nil),
				awsappsync.NewAttributeValues(str("$ctx.args.input"), &[]awsappsync.Assign{awsappsync.NewAssign(str("createdAt"), str("$util.time.nowISO8601()"))}))},
			{"Lambda", awsappsync.MappingTemplate_LambdaRequest(str("$util.toJson($ctx.args)"), nil)},
			{"File", awsappsync.MappingTemplate_FromFile(str("testdata/request.vtl"))},
		}
		for _, t := range templates {
			none.CreateResolver(str(t.name), &awsappsync.BaseResolverProps{TypeName: str("Query"), FieldName: str(strings.ToLower(t.name)),
				RequestMappingTemplate: t.t, ResponseMappingTemplate: awsappsync.MappingTemplate_DynamoDbResultItem()})
		}
	},
	"Merged": func(s awscdk.Stack) {
		a := api(s, "SourceA", "a")
		b := api(s, "SourceB", "b")
		awsappsync.NewGraphqlApi(s, str("Merged"), &awsappsync.GraphqlApiProps{
			Name: str("merged"),
			Definition: awsappsync.Definition_FromSourceApis(&awsappsync.SourceApiOptions{SourceApis: &[]*awsappsync.SourceApi{
				{SourceApi: a},
				{SourceApi: b, MergeType: awsappsync.MergeType_MANUAL_MERGE, Description: str("manual")},
			}}),
		})
		c := api(s, "SourceC", "c")
		role := awsiam.NewRole(s, str("MergedRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("appsync.amazonaws.com"), nil)})
		merged2 := awsappsync.NewGraphqlApi(s, str("Merged2"), &awsappsync.GraphqlApiProps{Name: str("merged2"),
			Definition: awsappsync.Definition_FromSourceApis(&awsappsync.SourceApiOptions{SourceApis: &[]*awsappsync.SourceApi{}, MergedApiExecutionRole: role})})
		assoc := awsappsync.NewSourceApiAssociation(s, str("Assoc"), &awsappsync.SourceApiAssociationProps{SourceApi: c, MergedApi: merged2,
			MergedApiExecutionRole: role, Description: str("standalone")})
		awsappsync.NewSourceApiAssociation(s, str("Manual"), &awsappsync.SourceApiAssociationProps{SourceApi: a, MergedApi: merged2,
			MergedApiExecutionRole: role, MergeType: awsappsync.MergeType_MANUAL_MERGE})
		imported := awsappsync.SourceApiAssociation_FromSourceApiAssociationAttributes(s, str("ImportedAssoc"), &awsappsync.SourceApiAssociationAttributes{
			AssociationArn: str("arn:aws:appsync:us-east-1:111111111111:apis/m/sourceApiAssociations/a1"), SourceApi: c, MergedApi: merged2})
		out(s, "AssocId", assoc.AssociationId())
		out(s, "AssocArn", assoc.AssociationArn())
		out(s, "ImportedId", imported.AssociationId())
	},
}

func TestGraphqlApiTemplates(t *testing.T) {
	checkTemplates(t, templateCases, nil)
}

// The Go twin of the Producer and Consumer stacks: references across
// stacks are weak under the init flags.
func TestCrossStack(t *testing.T) {
	golden.CheckApp(t, []string{"Producer", "Consumer"}, crossStack, ownHandler)
}

var crossStack = func(app awscdk.App) {
	producer := awscdk.NewStack(app, str("Producer"), nil)
	a := awsappsync.NewGraphqlApi(producer, str("Api"), &awsappsync.GraphqlApiProps{Name: str("shared"), Definition: def(),
		AuthorizationConfig: mode(awsappsync.AuthorizationType_IAM)})
	consumer := awscdk.NewStack(app, str("Consumer"), nil)
	tbl := table(consumer)
	ds := awsappsync.NewDynamoDbDataSource(consumer, str("Items"), &awsappsync.DynamoDbDataSourceProps{Api: a, Table: tbl})
	awsappsync.NewResolver(consumer, str("Get"), &awsappsync.ResolverProps{Api: a, DataSource: ds, TypeName: str("Query"), FieldName: str("getItem"),
		RequestMappingTemplate:  awsappsync.MappingTemplate_DynamoDbGetItem(str("id"), str("id"), nil),
		ResponseMappingTemplate: awsappsync.MappingTemplate_DynamoDbResultItem()})
	role := awsiam.NewRole(consumer, str("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("lambda.amazonaws.com"), nil)})
	a.GrantQuery(role, str("getItem"))
}

// Apps built side by side share nothing.
func TestParallelApps(t *testing.T) {
	golden.CheckParallelApps(t, map[string]func(s awscdk.Stack){
		"Resolvers": templateCases["Resolvers"], "EventApi": templateCases["EventApi"], "Merged": templateCases["Merged"],
	})
}

func withApi(s awscdk.Stack) awsappsync.GraphqlApi { return api(s, "Api", "x") }

func mode(t awsappsync.AuthorizationType) *awsappsync.AuthorizationConfig {
	return &awsappsync.AuthorizationConfig{DefaultAuthorization: &awsappsync.AuthorizationMode{AuthorizationType: t}}
}

var errorCases = map[string]func(s awscdk.Stack){
	"NoDefinition": func(s awscdk.Stack) {
		awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{Name: str("x")})
	},
	"BothSchemaAndDefinition": func(s awscdk.Stack) {
		awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{Name: str("x"), Definition: def(), Schema: awsappsync.SchemaFile_FromAsset(str(schemaFile))})
	},
	"QueryDepth": func(s awscdk.Stack) {
		awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{Name: str("x"), Definition: def(), QueryDepthLimit: jsii.Number(76)})
	},
	"ResolverCount": func(s awscdk.Stack) {
		awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{Name: str("x"), Definition: def(), ResolverCountLimit: jsii.Number(10001)})
	},
	"OwnerContact": func(s awscdk.Stack) {
		awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{Name: str("x"), Definition: def(), OwnerContact: str(strings.Repeat("x", 257))})
	},
	"MissingOidc": func(s awscdk.Stack) {
		awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{Name: str("x"), Definition: def(), AuthorizationConfig: mode(awsappsync.AuthorizationType_OIDC)})
	},
	"MissingUserPool": func(s awscdk.Stack) {
		awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{Name: str("x"), Definition: def(), AuthorizationConfig: mode(awsappsync.AuthorizationType_USER_POOL)})
	},
	"MissingLambda": func(s awscdk.Stack) {
		awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{Name: str("x"), Definition: def(), AuthorizationConfig: mode(awsappsync.AuthorizationType_LAMBDA)})
	},
	"DuplicateApiKey": func(s awscdk.Stack) {
		awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{Name: str("x"), Definition: def(), AuthorizationConfig: &awsappsync.AuthorizationConfig{
			AdditionalAuthorizationModes: &[]*awsappsync.AuthorizationMode{{AuthorizationType: awsappsync.AuthorizationType_API_KEY}}}})
	},
	"DuplicateIam": func(s awscdk.Stack) {
		c := mode(awsappsync.AuthorizationType_IAM)
		c.AdditionalAuthorizationModes = &[]*awsappsync.AuthorizationMode{{AuthorizationType: awsappsync.AuthorizationType_IAM}}
		awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{Name: str("x"), Definition: def(), AuthorizationConfig: c})
	},
	"BadEnvKey": func(s awscdk.Stack) {
		awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{Name: str("x"), Definition: def(), EnvironmentVariables: &map[string]*string{"1abc": str("v")}})
	},
	"ShortEnvKey": func(s awscdk.Stack) {
		awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{Name: str("x"), Definition: def(), EnvironmentVariables: &map[string]*string{"A": str("v")}})
	},
	"LongEnvValue": func(s awscdk.Stack) {
		awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{Name: str("x"), Definition: def(), EnvironmentVariables: &map[string]*string{"AB": str(strings.Repeat("v", 513))}})
	},
	"NoDomain": func(s awscdk.Stack) { withApi(s).AppSyncDomainName() },
	"MergedSchema": func(s awscdk.Stack) {
		awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{Name: str("x"), Definition: awsappsync.Definition_FromSourceApis(&awsappsync.SourceApiOptions{SourceApis: &[]*awsappsync.SourceApi{}})}).Schema()
	},
	"MergedEnv": func(s awscdk.Stack) {
		awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{Name: str("x"), Definition: awsappsync.Definition_FromSourceApis(&awsappsync.SourceApiOptions{SourceApis: &[]*awsappsync.SourceApi{}})}).
			AddEnvironmentVariable(str("AB"), str("c"))
	},
	"RuntimeWithoutCode": func(s awscdk.Stack) {
		withApi(s).CreateResolver(str("R"), &awsappsync.ExtendedResolverProps{TypeName: str("Query"), FieldName: str("f"), Runtime: awsappsync.FunctionRuntime_JS_1_0_0()})
	},
	"CodeAndTemplate": func(s awscdk.Stack) {
		withApi(s).AddNoneDataSource(str("none"), nil).CreateFunction(str("F"), &awsappsync.BaseAppsyncFunctionProps{Name: str("f"),
			Code: awsappsync.Code_FromInline(str("x")), RequestMappingTemplate: awsappsync.MappingTemplate_FromString(str("{}"))})
	},
	"PipelineWithDataSource": func(s awscdk.Stack) {
		none := withApi(s).AddNoneDataSource(str("none"), nil)
		f := none.CreateFunction(str("F"), &awsappsync.BaseAppsyncFunctionProps{Name: str("f")})
		none.CreateResolver(str("R"), &awsappsync.BaseResolverProps{TypeName: str("Query"), FieldName: str("f"), PipelineConfig: &[]interfacesawsappsync.IFunctionConfigurationRef{f}})
	},
	"CachingTtl": func(s awscdk.Stack) {
		withApi(s).CreateResolver(str("R"), &awsappsync.ExtendedResolverProps{TypeName: str("Query"), FieldName: str("f"),
			CachingConfig: &awsappsync.CachingConfig{Ttl: awscdk.Duration_Hours(jsii.Number(2))}})
	},
	"CachingKeys": func(s awscdk.Stack) {
		withApi(s).CreateResolver(str("R"), &awsappsync.ExtendedResolverProps{TypeName: str("Query"), FieldName: str("f"),
			CachingConfig: &awsappsync.CachingConfig{Ttl: awscdk.Duration_Minutes(jsii.Number(1)), CachingKeys: jsii.Strings("$context.arguments.a", "$ctx.b")}})
	},
	"ApiKeyExpiry": func(s awscdk.Stack) {
		awsappsync.NewGraphqlApi(s, str("Api"), &awsappsync.GraphqlApiProps{Name: str("x"), Definition: def(),
			AuthorizationConfig: &awsappsync.AuthorizationConfig{DefaultAuthorization: &awsappsync.AuthorizationMode{
				AuthorizationType: awsappsync.AuthorizationType_API_KEY,
				ApiKeyConfig:      &awsappsync.ApiKeyConfig{Expires: awscdk.Expiration_After(awscdk.Duration_Hours(jsii.Number(1)))}}}})
	},
	"AssetAcrossStacks": func(s awscdk.Stack) {
		code := awsappsync.Code_FromAsset(str("testdata/resolver.js"), nil)
		props := &awsappsync.ExtendedResolverProps{TypeName: str("Query"), FieldName: str("a"), Runtime: awsappsync.FunctionRuntime_JS_1_0_0(), Code: code}
		withApi(s).CreateResolver(str("A"), props)
		s2 := awscdk.NewStack(s.Node().Root().(constructs.Construct), str("S2"), nil)
		awsappsync.NewGraphqlApi(s2, str("Api"), &awsappsync.GraphqlApiProps{Name: str("y"), Definition: def()}).CreateResolver(str("B"), props)
	},
	"EmptyInlineCode": func(s awscdk.Stack) { awsappsync.Code_FromInline(str("")) },
	"MaxBatchSizeNotLambda": func(s awscdk.Stack) {
		withApi(s).AddNoneDataSource(str("none"), nil).CreateFunction(str("F"), &awsappsync.BaseAppsyncFunctionProps{Name: str("f"), MaxBatchSize: jsii.Number(2)})
	},
}

func TestGraphqlApiErrors(t *testing.T) {
	checkErrors(t, errorCases, nil)
}
