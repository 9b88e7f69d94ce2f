package awsappsync

// AuthorizationType is how clients authorize against a GraphQL API.
type AuthorizationType string

const (
	AuthorizationType_API_KEY   AuthorizationType = "API_KEY"
	AuthorizationType_IAM       AuthorizationType = "IAM"
	AuthorizationType_USER_POOL AuthorizationType = "USER_POOL"
	AuthorizationType_OIDC      AuthorizationType = "OIDC"
	AuthorizationType_LAMBDA    AuthorizationType = "LAMBDA"
)

// The CloudFormation values behind the Go names (jsii keeps the member
// names, aws-cdk-lib renders the enum values).
var authorizationTypeValues = map[AuthorizationType]string{
	AuthorizationType_API_KEY:   "API_KEY",
	AuthorizationType_IAM:       "AWS_IAM",
	AuthorizationType_USER_POOL: "AMAZON_COGNITO_USER_POOLS",
	AuthorizationType_OIDC:      "OPENID_CONNECT",
	AuthorizationType_LAMBDA:    "AWS_LAMBDA",
}

// Visibility says whether a GraphQL API is reachable from the internet.
type Visibility string

const (
	Visibility_GLOBAL  Visibility = "GLOBAL"
	Visibility_PRIVATE Visibility = "PRIVATE"
)

// FieldLogLevel is how much field resolution AppSync logs.
type FieldLogLevel string

const (
	FieldLogLevel_NONE  FieldLogLevel = "NONE"
	FieldLogLevel_ERROR FieldLogLevel = "ERROR"
	FieldLogLevel_INFO  FieldLogLevel = "INFO"
	FieldLogLevel_DEBUG FieldLogLevel = "DEBUG"
	FieldLogLevel_ALL   FieldLogLevel = "ALL"
)

// UserPoolDefaultAction is what happens to a request a Cognito user pool
// authorizes but no @aws_auth directive matches.
type UserPoolDefaultAction string

const (
	UserPoolDefaultAction_ALLOW UserPoolDefaultAction = "ALLOW"
	UserPoolDefaultAction_DENY  UserPoolDefaultAction = "DENY"
)

// IntrospectionConfig turns GraphQL introspection on or off.
type IntrospectionConfig string

const (
	IntrospectionConfig_ENABLED  IntrospectionConfig = "ENABLED"
	IntrospectionConfig_DISABLED IntrospectionConfig = "DISABLED"
)

// DataSourceLevelMetricsBehavior says which data sources emit enhanced metrics.
type DataSourceLevelMetricsBehavior string

const (
	DataSourceLevelMetricsBehavior_FULL_REQUEST_DATA_SOURCE_METRICS DataSourceLevelMetricsBehavior = "FULL_REQUEST_DATA_SOURCE_METRICS"
	DataSourceLevelMetricsBehavior_PER_DATA_SOURCE_METRICS          DataSourceLevelMetricsBehavior = "PER_DATA_SOURCE_METRICS"
)

// OperationLevelMetricsConfig turns operation-level enhanced metrics on or off.
type OperationLevelMetricsConfig string

const (
	OperationLevelMetricsConfig_ENABLED  OperationLevelMetricsConfig = "ENABLED"
	OperationLevelMetricsConfig_DISABLED OperationLevelMetricsConfig = "DISABLED"
)

// ResolverLevelMetricsBehavior says which resolvers emit enhanced metrics.
type ResolverLevelMetricsBehavior string

const (
	ResolverLevelMetricsBehavior_FULL_REQUEST_RESOLVER_METRICS ResolverLevelMetricsBehavior = "FULL_REQUEST_RESOLVER_METRICS"
	ResolverLevelMetricsBehavior_PER_RESOLVER_METRICS          ResolverLevelMetricsBehavior = "PER_RESOLVER_METRICS"
)

// DataSourceMetricsConfig turns a data source's enhanced metrics on or off.
type DataSourceMetricsConfig string

const (
	DataSourceMetricsConfig_ENABLED  DataSourceMetricsConfig = "ENABLED"
	DataSourceMetricsConfig_DISABLED DataSourceMetricsConfig = "DISABLED"
)

// ResolverMetricsConfig turns a resolver's enhanced metrics on or off.
type ResolverMetricsConfig string

const (
	ResolverMetricsConfig_ENABLED  ResolverMetricsConfig = "ENABLED"
	ResolverMetricsConfig_DISABLED ResolverMetricsConfig = "DISABLED"
)

// FunctionRuntimeFamily is the language family of resolver and function code.
type FunctionRuntimeFamily string

const (
	FunctionRuntimeFamily_JS FunctionRuntimeFamily = "JS"
)

var functionRuntimeFamilyValues = map[FunctionRuntimeFamily]string{FunctionRuntimeFamily_JS: "APPSYNC_JS"}

// MergeType says whether a source API's changes merge into a merged API
// automatically.
type MergeType string

const (
	MergeType_MANUAL_MERGE MergeType = "MANUAL_MERGE"
	MergeType_AUTO_MERGE   MergeType = "AUTO_MERGE"
)

// str returns nil for an empty enum, else its value as a *string.
func str[T ~string](v T) *string {
	if v == "" {
		return nil
	}
	s := string(v)
	return &s
}
