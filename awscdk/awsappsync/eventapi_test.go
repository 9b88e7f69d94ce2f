package awsappsync_test

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsappsync"
	"github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/jsii"
)

type authT = awsappsync.AppSyncAuthorizationType

const (
	aIAM    = awsappsync.AppSyncAuthorizationType_IAM
	aKey    = awsappsync.AppSyncAuthorizationType_API_KEY
	aPool   = awsappsync.AppSyncAuthorizationType_USER_POOL
	aOIDC   = awsappsync.AppSyncAuthorizationType_OIDC
	aLambda = awsappsync.AppSyncAuthorizationType_LAMBDA
)

func eventApi(s awscdk.Stack) awsappsync.EventApi {
	return awsappsync.NewEventApi(s, str("Api"), &awsappsync.EventApiProps{ApiName: str("x")})
}

// The Go twin of the EventApi stack in testdata/twins.js.
func eventApiCase(s awscdk.Stack) {
	awsappsync.NewEventApi(s, str("Default"), &awsappsync.EventApiProps{ApiName: str("default")})
	pool := awscognito.NewUserPool(s, str("Pool"), nil)
	authFn := fn(s, "AuthFn")
	cert := awscertificatemanager.Certificate_FromCertificateArn(s, str("Cert"), str("arn:aws:acm:us-east-1:111111111111:certificate/abc"))
	api := awsappsync.NewEventApi(s, str("Api"), &awsappsync.EventApiProps{
		ApiName: str("events"), OwnerContact: str("team-events"),
		AuthorizationConfig: &awsappsync.EventApiAuthConfig{
			AuthProviders: &[]*awsappsync.AppSyncAuthProvider{
				{AuthorizationType: aIAM},
				{AuthorizationType: aKey, ApiKeyConfig: &awsappsync.AppSyncApiKeyConfig{Name: str("First"), Description: str("first key")}},
				{AuthorizationType: aKey, ApiKeyConfig: &awsappsync.AppSyncApiKeyConfig{Name: str("Second")}},
				{AuthorizationType: aPool, CognitoConfig: &awsappsync.AppSyncCognitoConfig{UserPool: pool, AppIdClientRegex: str("abc")}},
				{AuthorizationType: aOIDC, OpenIdConnectConfig: &awsappsync.AppSyncOpenIdConnectConfig{OidcProvider: str("https://issuer.example.com"),
					ClientId: str("c"), TokenExpiryFromAuth: jsii.Number(10), TokenExpiryFromIssue: jsii.Number(20)}},
				{AuthorizationType: aLambda, LambdaAuthorizerConfig: &awsappsync.AppSyncLambdaAuthorizerConfig{Handler: authFn,
					ResultsCacheTtl: awscdk.Duration_Minutes(jsii.Number(1)), ValidationRegex: str(".*")}},
			},
			ConnectionAuthModeTypes:       &[]authT{aIAM, aKey},
			DefaultPublishAuthModeTypes:   &[]authT{aIAM},
			DefaultSubscribeAuthModeTypes: &[]authT{aKey, aLambda},
		},
		LogConfig:  &awsappsync.AppSyncLogConfig{FieldLogLevel: awsappsync.AppSyncFieldLogLevel_INFO, Retention: awslogs.RetentionDays_ONE_MONTH},
		DomainName: &awsappsync.AppSyncDomainOptions{Certificate: cert, DomainName: str("events.example.com")},
	})
	t := table(s)
	f := fn(s, "Fn")
	lds := api.AddLambdaDataSource(str("lambda"), f, &awsappsync.AppSyncDataSourceOptions{Description: str("fn")})
	dds := api.AddDynamoDbDataSource(str("table"), t, &awsappsync.AppSyncDataSourceOptions{Name: str("my-table")})
	api.AddHttpDataSource(str("http"), str("https://example.com"), &awsappsync.AppSyncHttpDataSourceOptions{
		AuthorizationConfig: &awsappsync.AppSyncAwsIamConfig{SigningRegion: str("us-east-1"), SigningServiceName: str("states")}})
	api.AddEventBridgeDataSource(str("bus"), awsevents.NewEventBus(s, str("Bus"), nil), nil)
	cluster := awsrds.ServerlessCluster_FromServerlessClusterAttributes(s, str("Cluster"), &awsrds.ServerlessClusterAttributes{ClusterIdentifier: str("my-cluster")})
	secret := awssecretsmanager.Secret_FromSecretCompleteArn(s, str("Secret"), str("arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf"))
	api.AddRdsDataSource(str("rds"), cluster, secret, str("mydb"), nil)
	awsappsync.NewAppSyncDynamoDbDataSource(s, str("ReadOnly"), &awsappsync.AppSyncDynamoDbDataSourceProps{Api: api, Table: t,
		ReadOnlyAccess: jsii.Bool(true), UseCallerCredentials: jsii.Bool(false)})
	ns := api.AddChannelNamespace(str("chat"), nil)
	api.AddChannelNamespace(str("Direct"), &awsappsync.ChannelNamespaceOptions{
		ChannelNamespaceName:   str("direct"),
		PublishHandlerConfig:   &awsappsync.HandlerConfig{DataSource: lds, Direct: jsii.Bool(true), LambdaInvokeType: awsappsync.LambdaInvokeType_EVENT},
		SubscribeHandlerConfig: &awsappsync.HandlerConfig{DataSource: lds, Direct: jsii.Bool(true)},
		AuthorizationConfig:    &awsappsync.NamespaceAuthConfig{PublishAuthModeTypes: &[]authT{aIAM}, SubscribeAuthModeTypes: &[]authT{aKey}},
	})
	awsappsync.NewChannelNamespace(s, str("Code"), &awsappsync.ChannelNamespaceProps{Api: api,
		Code:                 awsappsync.Code_FromInline(str("export function onPublish(ctx) { return ctx.events; }")),
		PublishHandlerConfig: &awsappsync.HandlerConfig{DataSource: dds}})
	role := awsiam.NewRole(s, str("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("lambda.amazonaws.com"), nil)})
	api.GrantConnect(role)
	api.GrantPublish(role)
	api.GrantSubscribe(role)
	api.GrantPublishAndSubscribe(role)
	api.Grant(role, awsappsync.AppSyncEventResource_All(), str("appsync:*"))
	ns.GrantPublish(role)
	ns.GrantSubscribe(role)
	ns.GrantPublishAndSubscribe(role)
	imported := awsappsync.EventApi_FromEventApiAttributes(s, str("Imported"), &awsappsync.EventApiAttributes{ApiId: str("abc"),
		HttpDns: str("h.example.com"), RealtimeDns: str("r.example.com"), AuthProviderTypes: &[]authT{aIAM}})
	imported.GrantPublish(role)
	imported.AddChannelNamespace(str("ImportedNs"), nil)
	importedNs := awsappsync.ChannelNamespace_FromChannelNamespaceArn(s, str("ImportedNamespace"), str("arn:aws:appsync:us-east-1:111111111111:apis/abc/channelNamespace/x"))
	out(s, "Http", api.HttpDns())
	out(s, "Realtime", api.RealtimeDns())
	out(s, "ApiArn", api.ApiArn())
	out(s, "CustomHttp", api.CustomHttpEndpoint())
	out(s, "CustomRealtime", api.CustomRealtimeEndpoint())
	out(s, "Domain", api.AppSyncDomainName())
	out(s, "FirstKey", (*api.ApiKeys())["First"].AttrApiKey())
	out(s, "NsArn", ns.ChannelNamespaceArn())
	out(s, "ImportedNsArn", importedNs.ChannelNamespaceArn())
	out(s, "ImportedArn", imported.ApiArn())
	out(s, "LogGroupName", api.LogGroup().LogGroupName())
}

func init() {
	templateCases["EventApi"] = eventApiCase
	for name, c := range map[string]func(s awscdk.Stack){
		"EventApiName": func(s awscdk.Stack) {
			awsappsync.NewEventApi(s, str("Api"), &awsappsync.EventApiProps{ApiName: str(strings.Repeat("x", 51))})
		},
		"EventOwnerContact": func(s awscdk.Stack) {
			awsappsync.NewEventApi(s, str("Api"), &awsappsync.EventApiProps{ApiName: str("x"), OwnerContact: str("bad!")})
		},
		"EventKeyNames": func(s awscdk.Stack) {
			awsappsync.NewEventApi(s, str("Api"), &awsappsync.EventApiProps{ApiName: str("x"), AuthorizationConfig: &awsappsync.EventApiAuthConfig{
				AuthProviders: &[]*awsappsync.AppSyncAuthProvider{{AuthorizationType: aKey}, {AuthorizationType: aKey, ApiKeyConfig: &awsappsync.AppSyncApiKeyConfig{Name: str("b")}}}}})
		},
		"EventMissingCognito": func(s awscdk.Stack) {
			awsappsync.NewEventApi(s, str("Api"), &awsappsync.EventApiProps{ApiName: str("x"), AuthorizationConfig: &awsappsync.EventApiAuthConfig{
				AuthProviders: &[]*awsappsync.AppSyncAuthProvider{{AuthorizationType: aPool}}}})
		},
		"EventMissingMode": func(s awscdk.Stack) {
			awsappsync.NewEventApi(s, str("Api"), &awsappsync.EventApiProps{ApiName: str("x"), AuthorizationConfig: &awsappsync.EventApiAuthConfig{
				DefaultPublishAuthModeTypes: &[]authT{aIAM}}})
		},
		"EventEmptyModes": func(s awscdk.Stack) {
			awsappsync.NewEventApi(s, str("Api"), &awsappsync.EventApiProps{ApiName: str("x"), AuthorizationConfig: &awsappsync.EventApiAuthConfig{
				ConnectionAuthModeTypes: &[]authT{}}})
		},
		"EventGrantWithoutIam": func(s awscdk.Stack) {
			eventApi(s).GrantPublish(awsiam.NewRole(s, str("R"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()}))
		},
		"EventNoDomain": func(s awscdk.Stack) { eventApi(s).CustomHttpEndpoint() },
		"NamespaceName": func(s awscdk.Stack) {
			eventApi(s).AddChannelNamespace(str("N"), &awsappsync.ChannelNamespaceOptions{ChannelNamespaceName: str(strings.Repeat("n", 51))})
		},
		"NamespaceMissingMode": func(s awscdk.Stack) {
			eventApi(s).AddChannelNamespace(str("N"), &awsappsync.ChannelNamespaceOptions{AuthorizationConfig: &awsappsync.NamespaceAuthConfig{PublishAuthModeTypes: &[]authT{aIAM}}})
		},
		"NamespaceDirectNoSource": func(s awscdk.Stack) {
			eventApi(s).AddChannelNamespace(str("N"), &awsappsync.ChannelNamespaceOptions{PublishHandlerConfig: &awsappsync.HandlerConfig{Direct: jsii.Bool(true)}})
		},
		"NamespaceDirectNotLambda": func(s awscdk.Stack) {
			api := eventApi(s)
			api.AddChannelNamespace(str("N"), &awsappsync.ChannelNamespaceOptions{SubscribeHandlerConfig: &awsappsync.HandlerConfig{Direct: jsii.Bool(true),
				DataSource: api.AddHttpDataSource(str("h"), str("https://example.com"), nil)}})
		},
		"NamespaceInvokeTypeNotDirect": func(s awscdk.Stack) {
			api := eventApi(s)
			api.AddChannelNamespace(str("N"), &awsappsync.ChannelNamespaceOptions{PublishHandlerConfig: &awsappsync.HandlerConfig{
				DataSource: api.AddHttpDataSource(str("h"), str("https://example.com"), nil), LambdaInvokeType: awsappsync.LambdaInvokeType_EVENT}})
		},
	} {
		errorCases[name] = c
	}
}
