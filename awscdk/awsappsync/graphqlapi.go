package awsappsync

import (
	"fmt"
	"regexp"
	"sort"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// ApiKeyConfig configures the API key AppSync creates for API_KEY authorization.
type ApiKeyConfig struct {
	Description *string `field:"optional" json:"description" yaml:"description"`
	// When the key expires, 1 to 365 days from now. Default: 7 days (AppSync's default).
	Expires awscdk.Expiration `field:"optional" json:"expires" yaml:"expires"`
	// The key's construct id prefix. Default: "Default".
	Name *string `field:"optional" json:"name" yaml:"name"`
}

// LambdaAuthorizerConfig configures AWS_LAMBDA authorization.
type LambdaAuthorizerConfig struct {
	// The authorizer function.
	Handler awslambda.IFunction `field:"required" json:"handler" yaml:"handler"`
	// How long AppSync caches the authorizer's answer. Default: 5 minutes.
	ResultsCacheTtl awscdk.Duration `field:"optional" json:"resultsCacheTtl" yaml:"resultsCacheTtl"`
	// A regular expression tokens must match before the authorizer runs.
	ValidationRegex *string `field:"optional" json:"validationRegex" yaml:"validationRegex"`
}

// OpenIdConnectConfig configures OPENID_CONNECT authorization.
type OpenIdConnectConfig struct {
	// The issuer's URL.
	OidcProvider *string `field:"required" json:"oidcProvider" yaml:"oidcProvider"`
	ClientId     *string `field:"optional" json:"clientId" yaml:"clientId"`
	// Milliseconds a token is valid after authentication.
	TokenExpiryFromAuth *float64 `field:"optional" json:"tokenExpiryFromAuth" yaml:"tokenExpiryFromAuth"`
	// Milliseconds a token is valid after being issued.
	TokenExpiryFromIssue *float64 `field:"optional" json:"tokenExpiryFromIssue" yaml:"tokenExpiryFromIssue"`
}

// UserPoolConfig configures AMAZON_COGNITO_USER_POOLS authorization.
type UserPoolConfig struct {
	// The user pool.
	UserPool         awscognito.IUserPool `field:"required" json:"userPool" yaml:"userPool"`
	AppIdClientRegex *string              `field:"optional" json:"appIdClientRegex" yaml:"appIdClientRegex"`
	// Default: ALLOW.
	DefaultAction UserPoolDefaultAction `field:"optional" json:"defaultAction" yaml:"defaultAction"`
}

// AuthorizationMode is one way clients may authorize.
type AuthorizationMode struct {
	AuthorizationType      AuthorizationType       `field:"required" json:"authorizationType" yaml:"authorizationType"`
	ApiKeyConfig           *ApiKeyConfig           `field:"optional" json:"apiKeyConfig" yaml:"apiKeyConfig"`
	LambdaAuthorizerConfig *LambdaAuthorizerConfig `field:"optional" json:"lambdaAuthorizerConfig" yaml:"lambdaAuthorizerConfig"`
	OpenIdConnectConfig    *OpenIdConnectConfig    `field:"optional" json:"openIdConnectConfig" yaml:"openIdConnectConfig"`
	UserPoolConfig         *UserPoolConfig         `field:"optional" json:"userPoolConfig" yaml:"userPoolConfig"`
}

// AuthorizationConfig is an API's default and additional authorization modes.
type AuthorizationConfig struct {
	AdditionalAuthorizationModes *[]*AuthorizationMode `field:"optional" json:"additionalAuthorizationModes" yaml:"additionalAuthorizationModes"`
	// Default: API_KEY.
	DefaultAuthorization *AuthorizationMode `field:"optional" json:"defaultAuthorization" yaml:"defaultAuthorization"`
}

// LogConfig configures the API's CloudWatch logging.
type LogConfig struct {
	// A bool or token. Default: false.
	ExcludeVerboseContent interface{} `field:"optional" json:"excludeVerboseContent" yaml:"excludeVerboseContent"`
	// Default: NONE.
	FieldLogLevel FieldLogLevel `field:"optional" json:"fieldLogLevel" yaml:"fieldLogLevel"`
	// How long logs are kept. Default: forever.
	Retention awslogs.RetentionDays `field:"optional" json:"retention" yaml:"retention"`
	// The role AppSync logs with. Default: a new role.
	Role interfacesawsiam.IRoleRef `field:"optional" json:"role" yaml:"role"`
}

// DomainOptions is a custom domain for the API.
type DomainOptions struct {
	// The domain's certificate (in us-east-1).
	Certificate interfacesawscertificatemanager.ICertificateRef `field:"required" json:"certificate" yaml:"certificate"`
	DomainName  *string                                         `field:"required" json:"domainName" yaml:"domainName"`
}

// EnhancedMetricsConfig configures the API's enhanced CloudWatch metrics.
type EnhancedMetricsConfig struct {
	DataSourceLevelMetricsBehavior DataSourceLevelMetricsBehavior `field:"required" json:"dataSourceLevelMetricsBehavior" yaml:"dataSourceLevelMetricsBehavior"`
	OperationLevelMetricsConfig    OperationLevelMetricsConfig    `field:"required" json:"operationLevelMetricsConfig" yaml:"operationLevelMetricsConfig"`
	ResolverLevelMetricsBehavior   ResolverLevelMetricsBehavior   `field:"required" json:"resolverLevelMetricsBehavior" yaml:"resolverLevelMetricsBehavior"`
}

// GraphqlApiProps are the props of NewGraphqlApi.
type GraphqlApiProps struct {
	// The API's name.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Default: API_KEY only.
	AuthorizationConfig *AuthorizationConfig `field:"optional" json:"authorizationConfig" yaml:"authorizationConfig"`
	// The schema or source APIs (this or Schema is required).
	Definition Definition `field:"optional" json:"definition" yaml:"definition"`
	// A custom domain.
	DomainName            *DomainOptions         `field:"optional" json:"domainName" yaml:"domainName"`
	EnhancedMetricsConfig *EnhancedMetricsConfig `field:"optional" json:"enhancedMetricsConfig" yaml:"enhancedMetricsConfig"`
	// Up to 50 variables resolvers and functions can read.
	EnvironmentVariables *map[string]*string `field:"optional" json:"environmentVariables" yaml:"environmentVariables"`
	IntrospectionConfig  IntrospectionConfig `field:"optional" json:"introspectionConfig" yaml:"introspectionConfig"`
	// Log to CloudWatch. Default: no logging.
	LogConfig *LogConfig `field:"optional" json:"logConfig" yaml:"logConfig"`
	// Up to 256 characters.
	OwnerContact *string `field:"optional" json:"ownerContact" yaml:"ownerContact"`
	// 0 to 75.
	QueryDepthLimit *float64 `field:"optional" json:"queryDepthLimit" yaml:"queryDepthLimit"`
	// 0 to 10000.
	ResolverCountLimit *float64 `field:"optional" json:"resolverCountLimit" yaml:"resolverCountLimit"`
	// Deprecated: use Definition.
	Schema ISchema `field:"optional" json:"schema" yaml:"schema"`
	// Default: GLOBAL.
	Visibility  Visibility `field:"optional" json:"visibility" yaml:"visibility"`
	XrayEnabled *bool      `field:"optional" json:"xrayEnabled" yaml:"xrayEnabled"`
}

// GraphqlApi is an AppSync GraphQL API (AWS::AppSync::GraphQLApi).
type GraphqlApi interface {
	GraphqlApiBase
	// ApiKey is the default API key's value, when API_KEY is a mode.
	ApiKey() *string
	// AppSyncDomainName is the CloudFront domain of the custom domain.
	AppSyncDomainName() *string
	GraphqlUrl() *string
	LogGroup() awslogs.ILogGroup
	Name() *string
	// Schema is the API's schema (merged APIs have none).
	Schema() ISchema
	// AddEnvironmentVariable adds an environment variable.
	AddEnvironmentVariable(key *string, value *string)
}

type graphqlApi struct {
	*graphqlApiBase
	name, url, apiKey *string
	logGroup          awslogs.ILogGroup
	definition        Definition
	api               CfnGraphQLApi
	schemaResource    CfnGraphQLSchema
	domainResource    CfnDomainName
	mergedRole        awsiam.IRole
	envKeys           []string
	env               map[string]*string
}

// GraphqlApi_PROPERTY_INJECTION_ID is the id property injectors use for GraphqlApi.
func GraphqlApi_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-appsync.GraphqlApi")
}

const (
	flagScopeLambdaPermission = "@aws-cdk/aws-appsync:appSyncGraphQLAPIScopeLambdaPermission"
	flagArnForSourceApi       = "@aws-cdk/aws-appsync:useArnForSourceApiAssociationIdentifier"
)

// NewGraphqlApi creates a GraphQL API with its schema, API key, log
// settings and custom domain.
func NewGraphqlApi(scope constructs.Construct, id *string, props *GraphqlApiProps) GraphqlApi {
	props = l2.Inject(*GraphqlApi_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "GraphqlApi", "name")
	}
	g := &graphqlApi{graphqlApiBase: &graphqlApiBase{}, env: map[string]*string{}}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	g.self = g

	defaultMode := &AuthorizationMode{AuthorizationType: AuthorizationType_API_KEY}
	var additional []*AuthorizationMode
	if ac := props.AuthorizationConfig; ac != nil {
		if ac.DefaultAuthorization != nil {
			defaultMode = ac.DefaultAuthorization
		}
		if ac.AdditionalAuthorizationModes != nil {
			additional = *ac.AdditionalAuthorizationModes
		}
	}
	modes := append([]*AuthorizationMode{defaultMode}, additional...)
	for _, m := range modes {
		if m == nil {
			l2.Throw(g, "an authorization mode is nil")
		}
		g.modes = append(g.modes, m.AuthorizationType)
	}
	g.validateAuthorizationProps(modes)
	if props.Schema == nil && props.Definition == nil {
		l2.Throw(g, "You must specify a GraphQL schema or source APIs in property definition.")
	}
	if props.Schema != nil && props.Definition != nil {
		l2.Throw(g, "You cannot specify both properties schema and definition.")
	}
	if d := props.QueryDepthLimit; d != nil && (*d < 0 || *d > 75) {
		l2.Throw(g, "You must specify a query depth limit between 0 and 75.")
	}
	if r := props.ResolverCountLimit; r != nil && (*r < 0 || *r > 10000) {
		l2.Throw(g, "You must specify a resolver count limit between 0 and 10000.")
	}
	if oc := props.OwnerContact; oc != nil && !*awscdk.Token_IsUnresolved(oc) && len([]rune(*oc)) > 256 {
		l2.Throw(g, "You must specify `ownerContact` as a string of 256 characters or less.")
	}
	if props.Schema != nil {
		g.definition = Definition_FromSchema(props.Schema)
	} else {
		g.definition = props.Definition
	}
	if so := g.definition.SourceApiOptions(); so != nil {
		if so.MergedApiExecutionRole != nil {
			g.mergedRole = so.MergedApiExecutionRole
		} else {
			g.mergedRole = awsiam.NewRole(g, jsii.String("MergedApiExecutionRole"), &awsiam.RoleProps{
				AssumedBy: awsiam.NewServicePrincipal(jsii.String("appsync.amazonaws.com"), nil),
			})
		}
	}
	if props.EnvironmentVariables != nil {
		// jsii hands Go maps over with their keys sorted.
		keys := make([]string, 0, len(*props.EnvironmentVariables))
		for k := range *props.EnvironmentVariables {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			g.AddEnvironmentVariable(jsii.String(k), (*props.EnvironmentVariables)[k])
		}
	}
	g.Node().AddValidation(l2.Validation(func() []string {
		if n := len(g.envKeys); n > 50 {
			return []string{fmt.Sprintf("Only 50 environment variables can be set, got %d", n)}
		}
		return nil
	}))
	g.visibility = Visibility_GLOBAL
	if props.Visibility != "" {
		g.visibility = props.Visibility
	}
	var apiType, mergedRoleArn *string
	if g.definition.SourceApiOptions() != nil {
		apiType = jsii.String("MERGED")
		mergedRoleArn = g.mergedRole.RoleArn()
	}
	var xray interface{}
	if props.XrayEnabled != nil {
		xray = props.XrayEnabled
	}
	cfn := &CfnGraphQLApiProps{
		Name:                              props.Name,
		AuthenticationType:                jsii.String(authorizationTypeValues[defaultMode.AuthorizationType]),
		LogConfig:                         g.setupLogConfig(props.LogConfig),
		OpenIdConnectConfig:               openIDConfig(defaultMode.OpenIdConnectConfig),
		UserPoolConfig:                    userPoolConfig(defaultMode.UserPoolConfig),
		LambdaAuthorizerConfig:            lambdaAuthorizerConfig(defaultMode.LambdaAuthorizerConfig),
		AdditionalAuthenticationProviders: additionalProviders(additional),
		XrayEnabled:                       xray,
		Visibility:                        str(props.Visibility),
		MergedApiExecutionRoleArn:         mergedRoleArn,
		ApiType:                           apiType,
		IntrospectionConfig:               str(props.IntrospectionConfig),
		QueryDepthLimit:                   props.QueryDepthLimit,
		ResolverCountLimit:                props.ResolverCountLimit,
		EnvironmentVariables:              awscdk.Lazy_Any(anyProducer(g.renderEnvironmentVariables), nil),
		OwnerContact:                      props.OwnerContact,
		EnhancedMetricsConfig:             g.setupEnhancedMetricsConfig(props.EnhancedMetricsConfig),
	}
	g.api = NewCfnGraphQLApi(g, jsii.String("Resource"), cfn)
	g.apiID, g.arn, g.url = g.api.AttrApiId(), g.api.AttrArn(), g.api.AttrGraphQlUrl()
	g.name, g.endpointArn = g.api.Name(), g.api.AttrGraphQlEndpointArn()

	if schema := g.definition.Schema(); schema != nil {
		cfg := schema.Bind(g, &SchemaBindOptions{})
		g.schemaResource = NewCfnGraphQLSchema(g, jsii.String("Schema"), &CfnGraphQLSchemaProps{ApiId: cfg.ApiId(), Definition: cfg.Definition()})
	} else {
		g.setupSourceApiAssociations()
	}
	if dn := props.DomainName; dn != nil {
		if dn.Certificate == nil || dn.DomainName == nil {
			l2.Throw(g, "domainName needs a certificate and a domainName")
		}
		g.domainResource = NewCfnDomainName(g, jsii.String("DomainName"), &CfnDomainNameProps{
			DomainName:     dn.DomainName,
			CertificateArn: dn.Certificate.CertificateRef().CertificateArn,
			Description:    jsii.String(fmt.Sprintf("domain for %s at %s", *g.name, *g.url)),
		})
		assoc := NewCfnDomainNameApiAssociation(g, jsii.String("DomainAssociation"), &CfnDomainNameApiAssociationProps{
			DomainName: dn.DomainName, ApiId: g.apiID,
		})
		assoc.AddResourceDependency(g.domainResource, nil)
	}
	if g.hasMode(AuthorizationType_API_KEY) {
		var cfg *ApiKeyConfig
		for _, m := range modes {
			if m.AuthorizationType == AuthorizationType_API_KEY && m.ApiKeyConfig != nil {
				cfg = m.ApiKeyConfig
				break
			}
		}
		key := g.createAPIKey(cfg)
		if g.schemaResource != nil {
			key.AddResourceDependency(g.schemaResource, nil)
		}
		g.apiKey = key.AttrApiKey()
	}
	if g.hasMode(AuthorizationType_LAMBDA) {
		var cfg *LambdaAuthorizerConfig
		for _, m := range modes {
			if m.AuthorizationType == AuthorizationType_LAMBDA && m.LambdaAuthorizerConfig != nil {
				cfg = m.LambdaAuthorizerConfig
				break
			}
		}
		if cfg != nil && cfg.Handler != nil {
			perm := &awslambda.Permission{
				Principal: awsiam.NewServicePrincipal(jsii.String("appsync.amazonaws.com"), nil),
				Action:    jsii.String("lambda:InvokeFunction"),
			}
			if *awscdk.FeatureFlags_Of(g).IsEnabled(jsii.String(flagScopeLambdaPermission)) {
				perm.SourceArn = g.arn
			}
			cfg.Handler.AddPermission(jsii.String(*id+"-appsync"), perm)
		}
	}
	logGroupName := jsii.String("/aws/appsync/apis/" + *g.apiID)
	if lc := props.LogConfig; lc != nil {
		retention := lc.Retention
		if retention == "" {
			retention = awslogs.RetentionDays_INFINITE
		}
		lr := awslogs.NewLogRetention(g, jsii.String("LogRetention"), &awslogs.LogRetentionProps{LogGroupName: logGroupName, Retention: retention})
		g.logGroup = awslogs.LogGroup_FromLogGroupArn(g, jsii.String("LogGroup"), lr.LogGroupArn())
	} else {
		g.logGroup = awslogs.LogGroup_FromLogGroupName(g, jsii.String("LogGroup"), logGroupName)
	}
	return g
}

func (g *graphqlApi) hasMode(t AuthorizationType) bool {
	for _, m := range g.modes {
		if m == t {
			return true
		}
	}
	return false
}

func (g *graphqlApi) validateAuthorizationProps(modes []*AuthorizationMode) {
	count := map[AuthorizationType]int{}
	for _, m := range modes {
		count[m.AuthorizationType]++
	}
	if count[AuthorizationType_LAMBDA] > 1 {
		l2.Throw(g, "You can only have a single AWS Lambda function configured to authorize your API.")
	}
	for _, m := range modes {
		switch {
		case m.AuthorizationType == AuthorizationType_OIDC && m.OpenIdConnectConfig == nil:
			l2.Throw(g, "Missing OIDC Configuration")
		case m.AuthorizationType == AuthorizationType_USER_POOL && m.UserPoolConfig == nil:
			l2.Throw(g, "Missing User Pool Configuration")
		case m.AuthorizationType == AuthorizationType_LAMBDA && m.LambdaAuthorizerConfig == nil:
			l2.Throw(g, "Missing Lambda Configuration")
		}
	}
	if count[AuthorizationType_API_KEY] > 1 {
		l2.Throw(g, "You can't duplicate API_KEY configuration. See https://docs.aws.amazon.com/appsync/latest/devguide/security.html")
	}
	if count[AuthorizationType_IAM] > 1 {
		l2.Throw(g, "You can't duplicate IAM configuration. See https://docs.aws.amazon.com/appsync/latest/devguide/security.html")
	}
}

func (g *graphqlApi) setupSourceApiAssociations() {
	so := g.definition.SourceApiOptions()
	if so == nil || so.SourceApis == nil {
		return
	}
	for _, src := range *so.SourceApis {
		if src == nil || src.SourceApi == nil {
			l2.Throw(g, "a source API is nil")
		}
		mergeType := src.MergeType
		if mergeType == "" {
			mergeType = MergeType_AUTO_MERGE
		}
		sourceID, mergedID := src.SourceApi.ApiId(), g.apiID
		if *awscdk.FeatureFlags_Of(g).IsEnabled(jsii.String(flagArnForSourceApi)) {
			sourceID, mergedID = src.SourceApi.Arn(), g.arn
		}
		assoc := NewCfnSourceApiAssociation(g, jsii.String(*src.SourceApi.Node().Id()+"Association"), &CfnSourceApiAssociationProps{
			SourceApiIdentifier:        sourceID,
			MergedApiIdentifier:        mergedID,
			SourceApiAssociationConfig: &CfnSourceApiAssociation_SourceApiAssociationConfigProperty{MergeType: jsii.String(string(mergeType))},
			Description:                src.Description,
		})
		src.SourceApi.AddSchemaDependency(assoc)
		addSourceGraphQLPermission(assoc, g.mergedRole)
		if mergeType == MergeType_AUTO_MERGE {
			addSourceApiAutoMergePermission(assoc, g.mergedRole)
		}
	}
}

func addSourceGraphQLPermission(assoc CfnSourceApiAssociation, role awsiam.IRole) {
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Effect:    awsiam.Effect_ALLOW,
		Actions:   jsii.Strings("appsync:SourceGraphQL"),
		Resources: &[]*string{assoc.AttrSourceApiArn(), jsii.String(*assoc.AttrSourceApiArn() + "/*")},
	}))
}

func addSourceApiAutoMergePermission(assoc CfnSourceApiAssociation, role awsiam.IRole) {
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Effect:    awsiam.Effect_ALLOW,
		Actions:   jsii.Strings("appsync:StartSchemaMerge"),
		Resources: &[]*string{assoc.AttrAssociationArn()},
	}))
}

// AddSchemaDependency makes construct wait for the schema.
func (g *graphqlApi) AddSchemaDependency(construct awscdk.CfnResource) *bool {
	if g.schemaResource != nil && construct != nil {
		construct.AddResourceDependency(g.schemaResource, nil)
	}
	return jsii.Bool(true)
}

var envKeyPattern = regexp.MustCompile(`^[A-Za-z]+\w*$`)

func (g *graphqlApi) AddEnvironmentVariable(key *string, value *string) {
	if g.definition != nil && g.definition.SourceApiOptions() != nil {
		l2.Throw(g, "Environment variables are not supported for merged APIs")
	}
	k, v := s(key), s(value)
	if !*awscdk.Token_IsUnresolved(k) && !envKeyPattern.MatchString(k) {
		l2.Throw(g, "Key '%s' must begin with a letter and can only contain letters, numbers, and underscores", k)
	}
	if n := len([]rune(k)); !*awscdk.Token_IsUnresolved(k) && (n < 2 || n > 64) {
		l2.Throw(g, "Key '%s' must be between 2 and 64 characters long, got %d", k, n)
	}
	if n := len([]rune(v)); value != nil && !*awscdk.Token_IsUnresolved(v) && n > 512 {
		l2.Throw(g, "Value for '%s' is too long. Values can be up to 512 characters long, got %d", k, n)
	}
	if _, ok := g.env[k]; !ok {
		g.envKeys = append(g.envKeys, k)
	}
	g.env[k] = value
}

func (g *graphqlApi) renderEnvironmentVariables() interface{} {
	if len(g.envKeys) == 0 {
		return nil
	}
	// Insertion order, as aws-cdk-lib renders its object.
	m := ojson.New()
	for _, k := range g.envKeys {
		m.Set(k, g.env[k])
	}
	return m
}

func (g *graphqlApi) setupLogConfig(c *LogConfig) interface{} {
	if c == nil {
		return nil
	}
	var roleArn *string
	if c.Role != nil {
		roleArn = c.Role.RoleRef().RoleArn
	} else {
		roleArn = awsiam.NewRole(g, jsii.String("ApiLogsRole"), &awsiam.RoleProps{
			AssumedBy: awsiam.NewServicePrincipal(jsii.String("appsync.amazonaws.com"), nil),
			ManagedPolicies: &[]awsiam.IManagedPolicy{
				awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("service-role/AWSAppSyncPushToCloudWatchLogs")),
			},
		}).RoleArn()
	}
	level := c.FieldLogLevel
	if level == "" {
		level = FieldLogLevel_NONE
	}
	return &CfnGraphQLApi_LogConfigProperty{CloudWatchLogsRoleArn: roleArn, ExcludeVerboseContent: c.ExcludeVerboseContent, FieldLogLevel: jsii.String(string(level))}
}

func openIDConfig(c *OpenIdConnectConfig) interface{} {
	if c == nil {
		return nil
	}
	return &CfnGraphQLApi_OpenIDConnectConfigProperty{AuthTtl: c.TokenExpiryFromAuth, ClientId: c.ClientId, IatTtl: c.TokenExpiryFromIssue, Issuer: c.OidcProvider}
}

func userPoolConfig(c *UserPoolConfig) interface{} {
	if c == nil || c.UserPool == nil {
		return nil
	}
	action := c.DefaultAction
	if action == "" {
		action = UserPoolDefaultAction_ALLOW
	}
	return &CfnGraphQLApi_UserPoolConfigProperty{UserPoolId: c.UserPool.UserPoolId(), AwsRegion: c.UserPool.Env().Region,
		AppIdClientRegex: c.AppIdClientRegex, DefaultAction: jsii.String(string(action))}
}

// additionalUserPoolConfig is what an additional provider takes: the
// default action is dropped, as CloudFormation's CognitoUserPoolConfig has none.
func additionalUserPoolConfig(c *UserPoolConfig) interface{} {
	if c == nil || c.UserPool == nil {
		return nil
	}
	return &CfnGraphQLApi_CognitoUserPoolConfigProperty{UserPoolId: c.UserPool.UserPoolId(), AwsRegion: c.UserPool.Env().Region,
		AppIdClientRegex: c.AppIdClientRegex}
}

func lambdaAuthorizerConfig(c *LambdaAuthorizerConfig) interface{} {
	if c == nil || c.Handler == nil {
		return nil
	}
	var ttl *float64
	if c.ResultsCacheTtl != nil {
		ttl = c.ResultsCacheTtl.ToSeconds(nil)
	}
	return &CfnGraphQLApi_LambdaAuthorizerConfigProperty{AuthorizerResultTtlInSeconds: ttl, AuthorizerUri: c.Handler.FunctionArn(),
		IdentityValidationExpression: c.ValidationRegex}
}

func additionalProviders(modes []*AuthorizationMode) interface{} {
	if len(modes) == 0 {
		return nil
	}
	var out []interface{}
	for _, m := range modes {
		out = append(out, &CfnGraphQLApi_AdditionalAuthenticationProviderProperty{
			AuthenticationType:     jsii.String(authorizationTypeValues[m.AuthorizationType]),
			UserPoolConfig:         additionalUserPoolConfig(m.UserPoolConfig),
			OpenIdConnectConfig:    openIDConfig(m.OpenIdConnectConfig),
			LambdaAuthorizerConfig: lambdaAuthorizerConfig(m.LambdaAuthorizerConfig),
		})
	}
	return out
}

func (g *graphqlApi) setupEnhancedMetricsConfig(c *EnhancedMetricsConfig) interface{} {
	if c == nil {
		return nil
	}
	if c.DataSourceLevelMetricsBehavior == DataSourceLevelMetricsBehavior_FULL_REQUEST_DATA_SOURCE_METRICS {
		awscdk.Annotations_Of(g).AddWarningV2(jsii.String("@aws-cdk/aws-appsync:fullRequestDataSourceMetrics"),
			jsii.String("When DataSourceLevelMetricsBehavior is set to FULL_REQUEST_DATA_SOURCE_METRICS, metrics are sent to CloudWatch for all data sources used in the request, regardless of whether a data source\u2019s MetricsConfig is set to ENABLED or DISABLED."))
	}
	if c.ResolverLevelMetricsBehavior == ResolverLevelMetricsBehavior_FULL_REQUEST_RESOLVER_METRICS {
		awscdk.Annotations_Of(g).AddWarningV2(jsii.String("@aws-cdk/aws-appsync:fullRequestResolverMetrics"),
			jsii.String("When ResolverLevelMetricsBehavior is set to FULL_REQUEST_RESOLVER_METRICS, metrics are sent to CloudWatch for all resolvers used in the request, regardless of whether a resolver\u2019s MetricsConfig is set to ENABLED or DISABLED."))
	}
	return &CfnGraphQLApi_EnhancedMetricsConfigProperty{
		DataSourceLevelMetricsBehavior: str(c.DataSourceLevelMetricsBehavior),
		OperationLevelMetricsConfig:    str(c.OperationLevelMetricsConfig),
		ResolverLevelMetricsBehavior:   str(c.ResolverLevelMetricsBehavior),
	}
}

func (g *graphqlApi) createAPIKey(c *ApiKeyConfig) CfnApiKey {
	name := "Default"
	var expires *float64
	var desc *string
	if c != nil {
		if c.Expires != nil {
			if *c.Expires.IsBefore(awscdk.Duration_Days(jsii.Number(1))) || *c.Expires.IsAfter(awscdk.Duration_Days(jsii.Number(365))) {
				l2.Throw(g, "API key expiration must be between 1 and 365 days.")
			}
			expires = c.Expires.ToEpoch()
		}
		desc = c.Description
		if c.Name != nil && *c.Name != "" {
			name = *c.Name
		}
	}
	return NewCfnApiKey(g, jsii.String(name+"ApiKey"), &CfnApiKeyProps{Expires: expires, Description: desc, ApiId: g.apiID})
}

func (g *graphqlApi) ApiKey() *string             { return g.apiKey }
func (g *graphqlApi) GraphqlUrl() *string         { return g.url }
func (g *graphqlApi) LogGroup() awslogs.ILogGroup { return g.logGroup }
func (g *graphqlApi) Name() *string               { return g.name }

func (g *graphqlApi) Schema() ISchema {
	if sc := g.definition.Schema(); sc != nil {
		return sc
	}
	l2.Throw(g, "Schema does not exist for AppSync merged APIs.")
	return nil
}

func (g *graphqlApi) AppSyncDomainName() *string {
	if g.domainResource == nil {
		l2.Throw(g, "Cannot retrieve the appSyncDomainName without a domainName configuration")
	}
	return g.domainResource.AttrAppSyncDomainName()
}

type anyProducer func() interface{}

func (f anyProducer) Produce() interface{} { return f() }
