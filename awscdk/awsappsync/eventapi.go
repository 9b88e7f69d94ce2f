package awsappsync

import (
	"fmt"
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsappsync"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// AppSyncAuthorizationType is how clients authorize against an Event API.
type AppSyncAuthorizationType string

const (
	AppSyncAuthorizationType_API_KEY   AppSyncAuthorizationType = "API_KEY"
	AppSyncAuthorizationType_IAM       AppSyncAuthorizationType = "IAM"
	AppSyncAuthorizationType_USER_POOL AppSyncAuthorizationType = "USER_POOL"
	AppSyncAuthorizationType_OIDC      AppSyncAuthorizationType = "OIDC"
	AppSyncAuthorizationType_LAMBDA    AppSyncAuthorizationType = "LAMBDA"
)

var appSyncAuthorizationTypeValues = map[AppSyncAuthorizationType]string{
	AppSyncAuthorizationType_API_KEY: "API_KEY", AppSyncAuthorizationType_IAM: "AWS_IAM",
	AppSyncAuthorizationType_USER_POOL: "AMAZON_COGNITO_USER_POOLS", AppSyncAuthorizationType_OIDC: "OPENID_CONNECT",
	AppSyncAuthorizationType_LAMBDA: "AWS_LAMBDA",
}

func authValue(t AppSyncAuthorizationType) *string {
	if v, ok := appSyncAuthorizationTypeValues[t]; ok {
		return jsii.String(v)
	}
	return jsii.String(string(t))
}

// AppSyncFieldLogLevel is how much an Event API logs.
type AppSyncFieldLogLevel string

const (
	AppSyncFieldLogLevel_NONE  AppSyncFieldLogLevel = "NONE"
	AppSyncFieldLogLevel_ERROR AppSyncFieldLogLevel = "ERROR"
	AppSyncFieldLogLevel_INFO  AppSyncFieldLogLevel = "INFO"
	AppSyncFieldLogLevel_DEBUG AppSyncFieldLogLevel = "DEBUG"
	AppSyncFieldLogLevel_ALL   AppSyncFieldLogLevel = "ALL"
)

// AppSyncApiKeyConfig configures an Event API key.
type AppSyncApiKeyConfig struct {
	Description *string           `field:"optional" json:"description" yaml:"description"`
	Expires     awscdk.Expiration `field:"optional" json:"expires" yaml:"expires"`
	Name        *string           `field:"optional" json:"name" yaml:"name"`
}

// AppSyncCognitoConfig configures Cognito user pool authorization.
type AppSyncCognitoConfig struct {
	UserPool         awscognito.IUserPool `field:"required" json:"userPool" yaml:"userPool"`
	AppIdClientRegex *string              `field:"optional" json:"appIdClientRegex" yaml:"appIdClientRegex"`
}

// AppSyncLambdaAuthorizerConfig configures Lambda authorization.
type AppSyncLambdaAuthorizerConfig struct {
	Handler         awslambda.IFunction `field:"required" json:"handler" yaml:"handler"`
	ResultsCacheTtl awscdk.Duration     `field:"optional" json:"resultsCacheTtl" yaml:"resultsCacheTtl"`
	ValidationRegex *string             `field:"optional" json:"validationRegex" yaml:"validationRegex"`
}

// AppSyncOpenIdConnectConfig configures OIDC authorization.
type AppSyncOpenIdConnectConfig struct {
	OidcProvider         *string  `field:"required" json:"oidcProvider" yaml:"oidcProvider"`
	ClientId             *string  `field:"optional" json:"clientId" yaml:"clientId"`
	TokenExpiryFromAuth  *float64 `field:"optional" json:"tokenExpiryFromAuth" yaml:"tokenExpiryFromAuth"`
	TokenExpiryFromIssue *float64 `field:"optional" json:"tokenExpiryFromIssue" yaml:"tokenExpiryFromIssue"`
}

// AppSyncAuthProvider is one authorization provider of an Event API.
type AppSyncAuthProvider struct {
	AuthorizationType      AppSyncAuthorizationType       `field:"required" json:"authorizationType" yaml:"authorizationType"`
	ApiKeyConfig           *AppSyncApiKeyConfig           `field:"optional" json:"apiKeyConfig" yaml:"apiKeyConfig"`
	CognitoConfig          *AppSyncCognitoConfig          `field:"optional" json:"cognitoConfig" yaml:"cognitoConfig"`
	LambdaAuthorizerConfig *AppSyncLambdaAuthorizerConfig `field:"optional" json:"lambdaAuthorizerConfig" yaml:"lambdaAuthorizerConfig"`
	OpenIdConnectConfig    *AppSyncOpenIdConnectConfig    `field:"optional" json:"openIdConnectConfig" yaml:"openIdConnectConfig"`
}

// IAppSyncAuthConfig renders authorization configurations for CloudFormation.
type IAppSyncAuthConfig interface {
	SetupCognitoConfig(config *AppSyncCognitoConfig) interface{}
	SetupLambdaAuthorizerConfig(config *AppSyncLambdaAuthorizerConfig) interface{}
	SetupOpenIdConnectConfig(config *AppSyncOpenIdConnectConfig) interface{}
}

// AppSyncLogConfig configures an Event API's logging.
type AppSyncLogConfig struct {
	ExcludeVerboseContent *bool                     `field:"optional" json:"excludeVerboseContent" yaml:"excludeVerboseContent"`
	FieldLogLevel         AppSyncFieldLogLevel      `field:"optional" json:"fieldLogLevel" yaml:"fieldLogLevel"`
	Retention             awslogs.RetentionDays     `field:"optional" json:"retention" yaml:"retention"`
	Role                  interfacesawsiam.IRoleRef `field:"optional" json:"role" yaml:"role"`
}

// AppSyncDomainOptions is a custom domain for an Event API.
type AppSyncDomainOptions struct {
	Certificate interfacesawscertificatemanager.ICertificateRef `field:"required" json:"certificate" yaml:"certificate"`
	DomainName  *string                                         `field:"required" json:"domainName" yaml:"domainName"`
}

// EventApiAuthConfig is an Event API's providers and the modes each operation uses.
type EventApiAuthConfig struct {
	// Default: API_KEY.
	AuthProviders *[]*AppSyncAuthProvider `field:"optional" json:"authProviders" yaml:"authProviders"`
	// Default: every provider's type.
	ConnectionAuthModeTypes       *[]AppSyncAuthorizationType `field:"optional" json:"connectionAuthModeTypes" yaml:"connectionAuthModeTypes"`
	DefaultPublishAuthModeTypes   *[]AppSyncAuthorizationType `field:"optional" json:"defaultPublishAuthModeTypes" yaml:"defaultPublishAuthModeTypes"`
	DefaultSubscribeAuthModeTypes *[]AppSyncAuthorizationType `field:"optional" json:"defaultSubscribeAuthModeTypes" yaml:"defaultSubscribeAuthModeTypes"`
}

// EventApiProps are the props of NewEventApi.
type EventApiProps struct {
	// 1 to 50 characters.
	ApiName             *string               `field:"required" json:"apiName" yaml:"apiName"`
	AuthorizationConfig *EventApiAuthConfig   `field:"optional" json:"authorizationConfig" yaml:"authorizationConfig"`
	DomainName          *AppSyncDomainOptions `field:"optional" json:"domainName" yaml:"domainName"`
	LogConfig           *AppSyncLogConfig     `field:"optional" json:"logConfig" yaml:"logConfig"`
	OwnerContact        *string               `field:"optional" json:"ownerContact" yaml:"ownerContact"`
}

// EventApiAttributes describe an existing Event API to import.
type EventApiAttributes struct {
	ApiId             *string                     `field:"required" json:"apiId" yaml:"apiId"`
	HttpDns           *string                     `field:"required" json:"httpDns" yaml:"httpDns"`
	RealtimeDns       *string                     `field:"required" json:"realtimeDns" yaml:"realtimeDns"`
	ApiArn            *string                     `field:"optional" json:"apiArn" yaml:"apiArn"`
	ApiName           *string                     `field:"optional" json:"apiName" yaml:"apiName"`
	AuthProviderTypes *[]AppSyncAuthorizationType `field:"optional" json:"authProviderTypes" yaml:"authProviderTypes"`
}

// IApi is an AppSync API (AWS::AppSync::Api).
type IApi interface {
	interfacesawsappsync.IApiRef
	awscdk.IResource
	ApiArn() *string
	ApiId() *string
}

// ApiBase is what AppSync APIs share.
type ApiBase interface {
	awscdk.Resource
	IApi
}

// IEventApi is an Event API, defined in this app or imported.
type IEventApi interface {
	IApi
	AddChannelNamespace(id *string, options *ChannelNamespaceOptions) ChannelNamespace
	AddDynamoDbDataSource(id *string, table awsdynamodb.ITable, options *AppSyncDataSourceOptions) AppSyncDynamoDbDataSource
	AddEventBridgeDataSource(id *string, eventBus awsevents.IEventBus, options *AppSyncDataSourceOptions) AppSyncEventBridgeDataSource
	AddHttpDataSource(id *string, endpoint *string, options *AppSyncHttpDataSourceOptions) AppSyncHttpDataSource
	AddLambdaDataSource(id *string, lambdaFunction awslambda.IFunction, options *AppSyncDataSourceOptions) AppSyncLambdaDataSource
	// AddRdsDataSource takes an awsrds.IServerlessCluster or an awsrds.IDatabaseCluster.
	AddRdsDataSource(id *string, serverlessCluster interface{}, secretStore awssecretsmanager.ISecret, databaseName *string, options *AppSyncDataSourceOptions) AppSyncRdsDataSource
	Grant(grantee awsiam.IGrantable, resources AppSyncEventResource, actions ...*string) awsiam.Grant
	GrantConnect(grantee awsiam.IGrantable) awsiam.Grant
	GrantPublish(grantee awsiam.IGrantable) awsiam.Grant
	GrantPublishAndSubscribe(grantee awsiam.IGrantable) awsiam.Grant
	GrantSubscribe(grantee awsiam.IGrantable) awsiam.Grant
	AuthProviderTypes() *[]AppSyncAuthorizationType
	HttpDns() *string
	RealtimeDns() *string
}

// EventApiBase is what EventApi and imported Event APIs share.
type EventApiBase interface {
	ApiBase
	IEventApi
}

type eventApiBase struct {
	awscdk.Resource
	self                          IEventApi
	apiID, apiArn, httpDNS, rtDNS *string
	authTypes                     []AppSyncAuthorizationType
}

func (e *eventApiBase) ApiId() *string       { return e.apiID }
func (e *eventApiBase) ApiArn() *string      { return e.apiArn }
func (e *eventApiBase) HttpDns() *string     { return e.httpDNS }
func (e *eventApiBase) RealtimeDns() *string { return e.rtDNS }
func (e *eventApiBase) AuthProviderTypes() *[]AppSyncAuthorizationType {
	t := append([]AppSyncAuthorizationType{}, e.authTypes...)
	return &t
}
func (e *eventApiBase) ApiRef() *interfacesawsappsync.ApiReference {
	return &interfacesawsappsync.ApiReference{ApiArn: e.self.ApiArn()}
}

func (e *eventApiBase) AddChannelNamespace(id *string, options *ChannelNamespaceOptions) ChannelNamespace {
	if options == nil {
		options = &ChannelNamespaceOptions{}
	}
	name := options.ChannelNamespaceName
	if name == nil {
		name = id
	}
	return NewChannelNamespace(e.Resource, id, &ChannelNamespaceProps{Api: e.self, ChannelNamespaceName: name,
		AuthorizationConfig: options.AuthorizationConfig, Code: options.Code,
		PublishHandlerConfig: options.PublishHandlerConfig, SubscribeHandlerConfig: options.SubscribeHandlerConfig})
}

func dsOpts(o *AppSyncDataSourceOptions) *AppSyncDataSourceOptions {
	if o == nil {
		return &AppSyncDataSourceOptions{}
	}
	return o
}

func (e *eventApiBase) AddDynamoDbDataSource(id *string, table awsdynamodb.ITable, options *AppSyncDataSourceOptions) AppSyncDynamoDbDataSource {
	o := dsOpts(options)
	return NewAppSyncDynamoDbDataSource(e.Resource, id, &AppSyncDynamoDbDataSourceProps{Api: e.self, Table: table, Name: o.Name, Description: o.Description})
}

func (e *eventApiBase) AddHttpDataSource(id *string, endpoint *string, options *AppSyncHttpDataSourceOptions) AppSyncHttpDataSource {
	if options == nil {
		options = &AppSyncHttpDataSourceOptions{}
	}
	return NewAppSyncHttpDataSource(e.Resource, id, &AppSyncHttpDataSourceProps{Api: e.self, Endpoint: endpoint, Name: options.Name,
		Description: options.Description, AuthorizationConfig: options.AuthorizationConfig})
}

func (e *eventApiBase) AddLambdaDataSource(id *string, lambdaFunction awslambda.IFunction, options *AppSyncDataSourceOptions) AppSyncLambdaDataSource {
	o := dsOpts(options)
	return NewAppSyncLambdaDataSource(e.Resource, id, &AppSyncLambdaDataSourceProps{Api: e.self, LambdaFunction: lambdaFunction, Name: o.Name, Description: o.Description})
}

func (e *eventApiBase) AddEventBridgeDataSource(id *string, eventBus awsevents.IEventBus, options *AppSyncDataSourceOptions) AppSyncEventBridgeDataSource {
	o := dsOpts(options)
	return NewAppSyncEventBridgeDataSource(e.Resource, id, &AppSyncEventBridgeDataSourceProps{Api: e.self, EventBus: eventBus, Name: o.Name, Description: o.Description})
}

func (e *eventApiBase) AddRdsDataSource(id *string, serverlessCluster interface{}, secretStore awssecretsmanager.ISecret, databaseName *string, options *AppSyncDataSourceOptions) AppSyncRdsDataSource {
	o := dsOpts(options)
	cluster, ok := serverlessCluster.(rdsCluster)
	if !ok || secretStore == nil {
		l2.Throw(e, "addRdsDataSource needs an awsrds.IServerlessCluster or awsrds.IDatabaseCluster and a secret; got %T", serverlessCluster)
	}
	return newAppSyncRdsDataSource(e.Resource, id, &AppSyncBackedDataSourceProps{Api: e.self, Name: o.Name, Description: o.Description}, cluster, secretStore, databaseName)
}

func (e *eventApiBase) Grant(grantee awsiam.IGrantable, resources AppSyncEventResource, actions ...*string) awsiam.Grant {
	iam := false
	for _, t := range *e.self.AuthProviderTypes() {
		iam = iam || t == AppSyncAuthorizationType_IAM
	}
	if !iam {
		l2.Throw(e, "Cannot use grant method because IAM Authorization mode is missing in the auth providers on this API.")
	}
	if grantee == nil || resources == nil {
		l2.Throw(e, "grant needs a grantee and resources; got nil")
	}
	base, _ := e.self.(EventApiBase)
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: &actions, ResourceArns: resources.ResourceArns(base)})
}

func (e *eventApiBase) GrantPublish(grantee awsiam.IGrantable) awsiam.Grant {
	return e.self.Grant(grantee, AppSyncEventResource_AllChannelNamespaces(), jsii.String("appsync:EventPublish"))
}

func (e *eventApiBase) GrantSubscribe(grantee awsiam.IGrantable) awsiam.Grant {
	return e.self.Grant(grantee, AppSyncEventResource_AllChannelNamespaces(), jsii.String("appsync:EventSubscribe"))
}

func (e *eventApiBase) GrantPublishAndSubscribe(grantee awsiam.IGrantable) awsiam.Grant {
	return e.self.Grant(grantee, AppSyncEventResource_AllChannelNamespaces(), jsii.String("appsync:EventPublish"), jsii.String("appsync:EventSubscribe"))
}

func (e *eventApiBase) GrantConnect(grantee awsiam.IGrantable) awsiam.Grant {
	return e.self.Grant(grantee, AppSyncEventResource_ForAPI(), jsii.String("appsync:EventConnect"))
}

// AppSyncEventResource names the parts of an Event API an IAM policy covers.
type AppSyncEventResource interface {
	ResourceArns(api EventApiBase) *[]*string
}

type appSyncEventResource struct{ arns []string }

// AppSyncEventResource_ForAPI is the API itself (for EventConnect).
func AppSyncEventResource_ForAPI() AppSyncEventResource { return &appSyncEventResource{[]string{""}} }

// AppSyncEventResource_OfChannelNamespace is one channel namespace.
func AppSyncEventResource_OfChannelNamespace(channelNamespace *string) AppSyncEventResource {
	return &appSyncEventResource{[]string{"channelNamespace/" + s(channelNamespace)}}
}

// AppSyncEventResource_All is everything in the API.
func AppSyncEventResource_All() AppSyncEventResource { return &appSyncEventResource{[]string{"*"}} }

// AppSyncEventResource_AllChannelNamespaces is every channel namespace.
func AppSyncEventResource_AllChannelNamespaces() AppSyncEventResource {
	return &appSyncEventResource{[]string{"channelNamespace/*"}}
}

func (r *appSyncEventResource) ResourceArns(api EventApiBase) *[]*string {
	if api == nil {
		diag.Panic("", "AppSyncEventResource.resourceArns needs an API; got nil")
	}
	out := []*string{}
	for _, a := range r.arns {
		c := &awscdk.ArnComponents{Service: jsii.String("appsync"), Resource: jsii.String("apis/" + *api.ApiId())}
		if a == "" {
			c.ArnFormat = awscdk.ArnFormat_NO_RESOURCE_NAME
		} else {
			c.ArnFormat, c.ResourceName = awscdk.ArnFormat_SLASH_RESOURCE_NAME, jsii.String(a)
		}
		out = append(out, awscdk.Stack_Of(api).FormatArn(c))
	}
	return &out
}

// EventApi is an AppSync Event API (AWS::AppSync::Api).
type EventApi interface {
	EventApiBase
	// ApiKeys are the API keys by name.
	ApiKeys() *map[string]CfnApiKey
	AppSyncDomainName() *string
	ConnectionModeTypes() *[]AppSyncAuthorizationType
	CustomHttpEndpoint() *string
	CustomRealtimeEndpoint() *string
	DefaultPublishModeTypes() *[]AppSyncAuthorizationType
	DefaultSubscribeModeTypes() *[]AppSyncAuthorizationType
	LogGroup() awslogs.ILogGroup
}

type eventApi struct {
	*eventApiBase
	apiKeys                        map[string]CfnApiKey
	connection, publish, subscribe []AppSyncAuthorizationType
	logGroup                       awslogs.ILogGroup
	domain                         CfnDomainName
}

// EventApi_PROPERTY_INJECTION_ID is the id property injectors use for EventApi.
func EventApi_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-appsync.EventApi") }

var ownerContactPattern = regexp.MustCompile(`^[A-Za-z0-9_\- .]+$`)

// NewEventApi creates an Event API with its API keys, log settings and custom domain.
func NewEventApi(scope constructs.Construct, id *string, props *EventApiProps) EventApi {
	props = l2.Inject(*EventApi_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.ApiName == nil {
		l2.RequireProps(scope, id, "EventApi", "apiName")
	}
	if n := len([]rune(*props.ApiName)); !*awscdk.Token_IsUnresolved(*props.ApiName) && (n < 1 || n > 50) {
		l2.Throw(scope, "`apiName` must be between 1 and 50 characters, got: %d characters.", n)
	}
	e := &eventApi{eventApiBase: &eventApiBase{}, apiKeys: map[string]CfnApiKey{}}
	e.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.ApiName})
	host.Set(e.Resource, e)
	e.self = e
	providers := []*AppSyncAuthProvider{{AuthorizationType: AppSyncAuthorizationType_API_KEY}}
	ac := props.AuthorizationConfig
	if ac != nil && ac.AuthProviders != nil {
		providers = *ac.AuthProviders
	}
	for _, p := range providers {
		if p == nil {
			l2.Throw(e, "an auth provider is nil")
		}
	}
	if len(providers) == 0 {
		e.authTypes = []AppSyncAuthorizationType{AppSyncAuthorizationType_API_KEY}
	}
	for _, p := range providers {
		e.authTypes = append(e.authTypes, p.AuthorizationType)
	}
	pick := func(v *[]AppSyncAuthorizationType) []AppSyncAuthorizationType {
		if v != nil {
			return *v
		}
		return e.authTypes
	}
	if ac == nil {
		ac = &EventApiAuthConfig{}
	}
	e.connection, e.publish, e.subscribe = pick(ac.ConnectionAuthModeTypes), pick(ac.DefaultPublishAuthModeTypes), pick(ac.DefaultSubscribeAuthModeTypes)
	e.validate(props, providers)

	modes := func(ts []AppSyncAuthorizationType) interface{} {
		out := []interface{}{}
		for _, t := range ts {
			out = append(out, &CfnApi_AuthModeProperty{AuthType: authValue(t)})
		}
		return out
	}
	var rendered []interface{}
	for _, p := range providers {
		rendered = append(rendered, &CfnApi_AuthProviderProperty{AuthType: authValue(p.AuthorizationType),
			CognitoConfig: cognitoConfig(p.CognitoConfig), OpenIdConnectConfig: eventOidcConfig(p.OpenIdConnectConfig),
			LambdaAuthorizerConfig: eventLambdaConfig(p.LambdaAuthorizerConfig)})
	}
	if rendered == nil {
		rendered = []interface{}{}
	}
	api := NewCfnApi(e, jsii.String("Resource"), &CfnApiProps{
		Name: e.PhysicalName(), OwnerContact: props.OwnerContact,
		EventConfig: &CfnApi_EventConfigProperty{
			AuthProviders: rendered, ConnectionAuthModes: modes(e.connection),
			DefaultPublishAuthModes: modes(e.publish), DefaultSubscribeAuthModes: modes(e.subscribe),
			LogConfig: e.setupLogConfig(props.LogConfig),
		},
	})
	e.apiID, e.apiArn, e.httpDNS, e.rtDNS = api.AttrApiId(), api.AttrApiArn(), api.AttrDnsHttp(), api.AttrDnsRealtime()
	for _, p := range providers {
		if p.AuthorizationType != AppSyncAuthorizationType_API_KEY {
			continue
		}
		name := "Default"
		if p.ApiKeyConfig != nil && p.ApiKeyConfig.Name != nil {
			name = *p.ApiKeyConfig.Name
		}
		e.apiKeys[name] = e.createAPIKey(p.ApiKeyConfig)
	}
	for _, p := range providers {
		if p.AuthorizationType == AppSyncAuthorizationType_LAMBDA && p.LambdaAuthorizerConfig != nil && p.LambdaAuthorizerConfig.Handler != nil {
			p.LambdaAuthorizerConfig.Handler.AddPermission(jsii.String(*id+"-appsync"), &awslambda.Permission{
				Principal: awsiam.NewServicePrincipal(jsii.String("appsync.amazonaws.com"), nil),
				Action:    jsii.String("lambda:InvokeFunction"), SourceArn: e.apiArn,
			})
			break
		}
	}
	if dn := props.DomainName; dn != nil {
		if dn.Certificate == nil || dn.DomainName == nil {
			l2.Throw(e, "domainName needs a certificate and a domainName")
		}
		e.domain = NewCfnDomainName(e, jsii.String("DomainName"), &CfnDomainNameProps{DomainName: dn.DomainName,
			CertificateArn: dn.Certificate.CertificateRef().CertificateArn, Description: jsii.String(fmt.Sprintf("domain for %s Event API", *props.ApiName))})
		NewCfnDomainNameApiAssociation(e, jsii.String("DomainAssociation"), &CfnDomainNameApiAssociationProps{DomainName: dn.DomainName, ApiId: e.apiID}).
			AddResourceDependency(e.domain, nil)
	}
	logGroupName := jsii.String("/aws/appsync/apis/" + *e.apiID)
	if lc := props.LogConfig; lc != nil {
		retention := lc.Retention
		if retention == "" {
			retention = awslogs.RetentionDays_INFINITE
		}
		lr := awslogs.NewLogRetention(e, jsii.String("LogRetention"), &awslogs.LogRetentionProps{LogGroupName: logGroupName, Retention: retention})
		e.logGroup = awslogs.LogGroup_FromLogGroupArn(e, jsii.String("LogGroup"), lr.LogGroupArn())
	} else {
		e.logGroup = awslogs.LogGroup_FromLogGroupName(e, jsii.String("LogGroup"), logGroupName)
	}
	return e
}

func (e *eventApi) validate(props *EventApiProps, providers []*AppSyncAuthProvider) {
	if oc := props.OwnerContact; oc != nil && !*awscdk.Token_IsUnresolved(*oc) {
		if n := len([]rune(*oc)); n < 1 || n > 256 {
			l2.Throw(e, "`ownerContact` must be between 1 and 256 characters, got: %d characters.", n)
		}
		if !ownerContactPattern.MatchString(*oc) {
			l2.Throw(e, "`ownerContact` must contain only alphanumeric characters, underscores, hyphens, spaces, and periods, got: %s", *oc)
		}
	}
	keys, unnamed, lambdas, iams := 0, false, 0, 0
	for _, p := range providers {
		switch p.AuthorizationType {
		case AppSyncAuthorizationType_API_KEY:
			keys++
			unnamed = unnamed || p.ApiKeyConfig == nil || p.ApiKeyConfig.Name == nil || *p.ApiKeyConfig.Name == ""
		case AppSyncAuthorizationType_LAMBDA:
			lambdas++
		case AppSyncAuthorizationType_IAM:
			iams++
		}
	}
	if keys > 1 && unnamed {
		l2.Throw(e, "You must specify key names when configuring more than 1 API key.")
	}
	if lambdas > 1 {
		l2.Throw(e, "You can only have a single AWS Lambda function configured to authorize your API. See https://docs.aws.amazon.com/appsync/latest/devguide/security.html")
	}
	if iams > 1 {
		l2.Throw(e, "You can't duplicate IAM configuration. See https://docs.aws.amazon.com/appsync/latest/devguide/security.html")
	}
	for _, p := range providers {
		switch {
		case p.AuthorizationType == AppSyncAuthorizationType_OIDC && p.OpenIdConnectConfig == nil:
			l2.Throw(e, "OPENID_CONNECT authorization type is specified but OIDC Authorizer Configuration is missing in the AuthProvider")
		case p.AuthorizationType == AppSyncAuthorizationType_USER_POOL && p.CognitoConfig == nil:
			l2.Throw(e, "AMAZON_COGNITO_USER_POOLS authorization type is specified but Cognito Authorizer Configuration is missing in the AuthProvider")
		case p.AuthorizationType == AppSyncAuthorizationType_LAMBDA && p.LambdaAuthorizerConfig == nil:
			l2.Throw(e, "AWS_LAMBDA authorization type is specified but Lambda Authorizer Configuration is missing in the AuthProvider")
		}
	}
	for _, types := range [][]AppSyncAuthorizationType{e.connection, e.publish, e.subscribe} {
		for _, t := range types {
			found := false
			for _, p := range providers {
				found = found || p.AuthorizationType == t
			}
			if !found {
				l2.Throw(e, "Missing authorization configuration for %s", *authValue(t))
			}
		}
		if len(types) == 0 {
			l2.Throw(e, "Empty AuthModeTypes array is not allowed, if specifying, you must specify a valid mode")
		}
	}
}

func (e *eventApi) createAPIKey(c *AppSyncApiKeyConfig) CfnApiKey {
	name := "Default"
	var expires *float64
	var desc *string
	if c != nil {
		if c.Expires != nil {
			if *c.Expires.IsBefore(awscdk.Duration_Days(jsii.Number(1))) || *c.Expires.IsAfter(awscdk.Duration_Days(jsii.Number(365))) {
				l2.Throw(e, "API key expiration must be between 1 and 365 days.")
			}
			expires = c.Expires.ToEpoch()
		}
		desc = c.Description
		if c.Name != nil && *c.Name != "" {
			name = *c.Name
		}
	}
	return NewCfnApiKey(e, jsii.String(name+"ApiKey"), &CfnApiKeyProps{Expires: expires, Description: desc, ApiId: e.apiID})
}

func (e *eventApi) setupLogConfig(c *AppSyncLogConfig) interface{} {
	if c == nil {
		return nil
	}
	var roleArn *string
	if c.Role != nil {
		roleArn = c.Role.RoleRef().RoleArn
	} else {
		roleArn = awsiam.NewRole(e, jsii.String("ApiLogsRole"), &awsiam.RoleProps{
			AssumedBy: awsiam.NewServicePrincipal(jsii.String("appsync.amazonaws.com"), nil),
			ManagedPolicies: &[]awsiam.IManagedPolicy{
				awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("service-role/AWSAppSyncPushToCloudWatchLogs")),
			},
		}).RoleRef().RoleArn
	}
	level := c.FieldLogLevel
	if level == "" {
		level = AppSyncFieldLogLevel_NONE
	}
	return &CfnApi_EventLogConfigProperty{CloudWatchLogsRoleArn: roleArn, LogLevel: jsii.String(string(level))}
}

func cognitoConfig(c *AppSyncCognitoConfig) interface{} {
	if c == nil || c.UserPool == nil {
		return nil
	}
	return &CfnApi_CognitoConfigProperty{UserPoolId: c.UserPool.UserPoolId(), AwsRegion: c.UserPool.Env().Region, AppIdClientRegex: c.AppIdClientRegex}
}

func eventOidcConfig(c *AppSyncOpenIdConnectConfig) interface{} {
	if c == nil {
		return nil
	}
	return &CfnApi_OpenIDConnectConfigProperty{AuthTtl: c.TokenExpiryFromAuth, ClientId: c.ClientId, IatTtl: c.TokenExpiryFromIssue, Issuer: c.OidcProvider}
}

func eventLambdaConfig(c *AppSyncLambdaAuthorizerConfig) interface{} {
	if c == nil || c.Handler == nil {
		return nil
	}
	var ttl *float64
	if c.ResultsCacheTtl != nil {
		ttl = c.ResultsCacheTtl.ToSeconds(nil)
	}
	return &CfnApi_LambdaAuthorizerConfigProperty{AuthorizerResultTtlInSeconds: ttl, AuthorizerUri: c.Handler.FunctionArn(), IdentityValidationExpression: c.ValidationRegex}
}

func (e *eventApi) ApiKeys() *map[string]CfnApiKey {
	m := map[string]CfnApiKey{}
	for k, v := range e.apiKeys {
		m[k] = v
	}
	return &m
}

func copyTypes(t []AppSyncAuthorizationType) *[]AppSyncAuthorizationType {
	c := append([]AppSyncAuthorizationType{}, t...)
	return &c
}

func (e *eventApi) ConnectionModeTypes() *[]AppSyncAuthorizationType     { return copyTypes(e.connection) }
func (e *eventApi) DefaultPublishModeTypes() *[]AppSyncAuthorizationType { return copyTypes(e.publish) }
func (e *eventApi) DefaultSubscribeModeTypes() *[]AppSyncAuthorizationType {
	return copyTypes(e.subscribe)
}
func (e *eventApi) LogGroup() awslogs.ILogGroup { return e.logGroup }

func (e *eventApi) requireDomain() {
	if e.domain == nil {
		l2.Throw(e, "Cannot retrieve the appSyncDomainName without a domainName configuration")
	}
}

func (e *eventApi) AppSyncDomainName() *string {
	e.requireDomain()
	return e.domain.AttrAppSyncDomainName()
}

func (e *eventApi) CustomHttpEndpoint() *string {
	e.requireDomain()
	return jsii.String("https://" + *e.domain.AttrDomainName() + "/event")
}

func (e *eventApi) CustomRealtimeEndpoint() *string {
	e.requireDomain()
	return jsii.String("wss://" + *e.domain.AttrDomainName() + "/event/realtime")
}

type importedEventApi struct{ *eventApiBase }

// EventApi_FromEventApiAttributes imports an existing Event API.
func EventApi_FromEventApiAttributes(scope constructs.Construct, id *string, attrs *EventApiAttributes) IEventApi {
	if attrs == nil || attrs.ApiId == nil {
		l2.RequireProps(scope, id, "EventApi.fromEventApiAttributes", "apiId", "httpDns", "realtimeDns")
	}
	arn := attrs.ApiArn
	if arn == nil {
		arn = awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("appsync"), Resource: jsii.String("apis"), ResourceName: attrs.ApiId})
	}
	e := &importedEventApi{&eventApiBase{apiID: attrs.ApiId, apiArn: arn, httpDNS: attrs.HttpDns, rtDNS: attrs.RealtimeDns}}
	e.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(e.Resource, e)
	e.self = e
	if attrs.AuthProviderTypes != nil {
		e.authTypes = append(e.authTypes, *attrs.AuthProviderTypes...)
	}
	return e
}
