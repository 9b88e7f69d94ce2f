package awsappsync

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsappsync"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// The data sources of Event APIs (AppSync*DataSource). They differ from
// the GraphQL ones in taking any API reference and always having a role.

// AppSyncDataSourceType is the type of an Event API data source.
type AppSyncDataSourceType string

const (
	AppSyncDataSourceType_LAMBDA              AppSyncDataSourceType = "LAMBDA"
	AppSyncDataSourceType_DYNAMODB            AppSyncDataSourceType = "DYNAMODB"
	AppSyncDataSourceType_EVENTBRIDGE         AppSyncDataSourceType = "EVENTBRIDGE"
	AppSyncDataSourceType_OPENSEARCH_SERVICE  AppSyncDataSourceType = "OPENSEARCH_SERVICE"
	AppSyncDataSourceType_HTTP                AppSyncDataSourceType = "HTTP"
	AppSyncDataSourceType_RELATIONAL_DATABASE AppSyncDataSourceType = "RELATIONAL_DATABASE"
	AppSyncDataSourceType_BEDROCK             AppSyncDataSourceType = "BEDROCK"
	AppSyncDataSourceType_ELASTICSEARCH       AppSyncDataSourceType = "ELASTICSEARCH"
)

var appSyncDataSourceTypeValues = map[AppSyncDataSourceType]string{
	AppSyncDataSourceType_LAMBDA: "AWS_LAMBDA", AppSyncDataSourceType_DYNAMODB: "AMAZON_DYNAMODB",
	AppSyncDataSourceType_EVENTBRIDGE: "AMAZON_EVENTBRIDGE", AppSyncDataSourceType_OPENSEARCH_SERVICE: "AMAZON_OPENSEARCH_SERVICE",
	AppSyncDataSourceType_HTTP: "HTTP", AppSyncDataSourceType_RELATIONAL_DATABASE: "RELATIONAL_DATABASE",
	AppSyncDataSourceType_BEDROCK: "AMAZON_BEDROCK_RUNTIME", AppSyncDataSourceType_ELASTICSEARCH: "AMAZON_ELASTICSEARCH",
}

// LambdaInvokeType is how a direct Lambda integration invokes its function.
type LambdaInvokeType string

const (
	LambdaInvokeType_EVENT            LambdaInvokeType = "EVENT"
	LambdaInvokeType_REQUEST_RESPONSE LambdaInvokeType = "REQUEST_RESPONSE"
)

// AppSyncDataSourceOptions are the options of an Event API's Add*DataSource methods.
type AppSyncDataSourceOptions struct {
	Description *string `field:"optional" json:"description" yaml:"description"`
	Name        *string `field:"optional" json:"name" yaml:"name"`
}

// AppSyncHttpDataSourceOptions are the options of an Event API's AddHttpDataSource.
type AppSyncHttpDataSourceOptions struct {
	Description         *string              `field:"optional" json:"description" yaml:"description"`
	Name                *string              `field:"optional" json:"name" yaml:"name"`
	AuthorizationConfig *AppSyncAwsIamConfig `field:"optional" json:"authorizationConfig" yaml:"authorizationConfig"`
}

// AppSyncAwsIamConfig is how an HTTP data source signs its requests.
type AppSyncAwsIamConfig struct {
	SigningRegion      *string `field:"required" json:"signingRegion" yaml:"signingRegion"`
	SigningServiceName *string `field:"required" json:"signingServiceName" yaml:"signingServiceName"`
}

// AppSyncBaseDataSourceProps are the props every Event API data source takes.
type AppSyncBaseDataSourceProps struct {
	Api         interfacesawsappsync.IApiRef `field:"required" json:"api" yaml:"api"`
	Description *string                      `field:"optional" json:"description" yaml:"description"`
	Name        *string                      `field:"optional" json:"name" yaml:"name"`
}

// AppSyncBackedDataSourceProps add the service role.
type AppSyncBackedDataSourceProps struct {
	Api         interfacesawsappsync.IApiRef `field:"required" json:"api" yaml:"api"`
	Description *string                      `field:"optional" json:"description" yaml:"description"`
	Name        *string                      `field:"optional" json:"name" yaml:"name"`
	ServiceRole awsiam.IRole                 `field:"optional" json:"serviceRole" yaml:"serviceRole"`
}

// AppSyncExtendedDataSourceProps are the type and service configuration of a data source.
type AppSyncExtendedDataSourceProps struct {
	Type                     AppSyncDataSourceType `field:"required" json:"type" yaml:"type"`
	DynamoDbConfig           interface{}           `field:"optional" json:"dynamoDbConfig" yaml:"dynamoDbConfig"`
	EventBridgeConfig        interface{}           `field:"optional" json:"eventBridgeConfig" yaml:"eventBridgeConfig"`
	HttpConfig               interface{}           `field:"optional" json:"httpConfig" yaml:"httpConfig"`
	LambdaConfig             interface{}           `field:"optional" json:"lambdaConfig" yaml:"lambdaConfig"`
	OpenSearchServiceConfig  interface{}           `field:"optional" json:"openSearchServiceConfig" yaml:"openSearchServiceConfig"`
	RelationalDatabaseConfig interface{}           `field:"optional" json:"relationalDatabaseConfig" yaml:"relationalDatabaseConfig"`
}

// AppSyncBaseDataSource is what every Event API data source shares.
type AppSyncBaseDataSource interface {
	constructs.Construct
	Api() IApi
	SetApi(val IApi)
	Name() *string
	// Resource is the AWS::AppSync::DataSource.
	Resource() CfnDataSource
	ServiceRole() awsiam.IRole
	SetServiceRole(val awsiam.IRole)
}

// AppSyncBackedDataSource is an Event API data source whose role grants go to.
type AppSyncBackedDataSource interface {
	AppSyncBaseDataSource
	awsiam.IGrantable
}

type appSyncDataSource struct {
	constructs.Construct
	api         interfacesawsappsync.IApiRef
	name        *string
	resource    CfnDataSource
	serviceRole awsiam.IRole
}

func newAppSyncDataSource(scope constructs.Construct, id *string, props *AppSyncBackedDataSourceProps, ext *AppSyncExtendedDataSourceProps, typ string) *appSyncDataSource {
	if props == nil || props.Api == nil {
		l2.RequireProps(scope, id, typ, "api")
	}
	if ext == nil {
		ext = &AppSyncExtendedDataSourceProps{}
	}
	d := &appSyncDataSource{Construct: constructs.NewConstruct(scope, id), api: props.Api, serviceRole: props.ServiceRole}
	host.Set(d.Construct, d)
	if d.serviceRole == nil {
		d.serviceRole = awsiam.NewRole(d, jsii.String("ServiceRole"), &awsiam.RoleProps{
			AssumedBy: awsiam.NewServicePrincipal(jsii.String("appsync.amazonaws.com"), nil),
		})
	}
	name := props.Name
	if name == nil {
		name = id
	}
	if !*awscdk.Token_IsUnresolved(*name) {
		name = jsii.String(nonWord.ReplaceAllString(*name, ""))
	}
	d.name = name
	t, ok := appSyncDataSourceTypeValues[ext.Type]
	if !ok {
		t = string(ext.Type)
	}
	d.resource = NewCfnDataSource(d, jsii.String("Resource"), &CfnDataSourceProps{
		ApiId: eventApiIDOf(props.Api), Name: name, Description: props.Description, ServiceRoleArn: d.serviceRole.RoleArn(),
		Type: jsii.String(t), DynamoDbConfig: ext.DynamoDbConfig, EventBridgeConfig: ext.EventBridgeConfig, HttpConfig: ext.HttpConfig,
		LambdaConfig: ext.LambdaConfig, OpenSearchServiceConfig: ext.OpenSearchServiceConfig, RelationalDatabaseConfig: ext.RelationalDatabaseConfig,
	})
	return d
}

// eventApiIDOf is an API's id: ApiId for an IApi, else taken from its ARN.
func eventApiIDOf(api interfacesawsappsync.IApiRef) *string {
	if a, ok := api.(IApi); ok {
		return a.ApiId()
	}
	return awscdk.Fn_Select(jsii.Number(1), awscdk.Fn_Split(jsii.String("/"), api.ApiRef().ApiArn, nil))
}

func (d *appSyncDataSource) Name() *string                     { return d.name }
func (d *appSyncDataSource) Resource() CfnDataSource           { return d.resource }
func (d *appSyncDataSource) ServiceRole() awsiam.IRole         { return d.serviceRole }
func (d *appSyncDataSource) SetServiceRole(val awsiam.IRole)   { d.serviceRole = val }
func (d *appSyncDataSource) SetApi(val IApi)                   { d.api = val }
func (d *appSyncDataSource) GrantPrincipal() awsiam.IPrincipal { return d.serviceRole }

// Api is the data source's API; it must be an IApi (not a bare reference).
func (d *appSyncDataSource) Api() IApi {
	if a, ok := d.api.(IApi); ok {
		return a
	}
	l2.Throw(d, "'api' instance should implement IApi, but doesn't: %T", d.api)
	return nil
}

// AppSyncDynamoDbDataSourceProps are the props of NewAppSyncDynamoDbDataSource.
type AppSyncDynamoDbDataSourceProps struct {
	Api                  interfacesawsappsync.IApiRef `field:"required" json:"api" yaml:"api"`
	Description          *string                      `field:"optional" json:"description" yaml:"description"`
	Name                 *string                      `field:"optional" json:"name" yaml:"name"`
	ServiceRole          awsiam.IRole                 `field:"optional" json:"serviceRole" yaml:"serviceRole"`
	Table                awsdynamodb.ITable           `field:"required" json:"table" yaml:"table"`
	ReadOnlyAccess       *bool                        `field:"optional" json:"readOnlyAccess" yaml:"readOnlyAccess"`
	UseCallerCredentials *bool                        `field:"optional" json:"useCallerCredentials" yaml:"useCallerCredentials"`
}

// AppSyncDynamoDbDataSource is an Event API data source for a DynamoDB table.
type AppSyncDynamoDbDataSource interface{ AppSyncBackedDataSource }

// NewAppSyncDynamoDbDataSource creates the data source and grants its role the table.
func NewAppSyncDynamoDbDataSource(scope constructs.Construct, id *string, props *AppSyncDynamoDbDataSourceProps) AppSyncDynamoDbDataSource {
	if props == nil || props.Table == nil {
		l2.RequireProps(scope, id, "AppSyncDynamoDbDataSource", "api", "table")
	}
	var caller interface{}
	if props.UseCallerCredentials != nil {
		caller = props.UseCallerCredentials
	}
	d := newAppSyncDataSource(scope, id, &AppSyncBackedDataSourceProps{Api: props.Api, Description: props.Description, Name: props.Name, ServiceRole: props.ServiceRole},
		&AppSyncExtendedDataSourceProps{Type: AppSyncDataSourceType_DYNAMODB, DynamoDbConfig: &CfnDataSource_DynamoDBConfigProperty{
			TableName: props.Table.TableName(), AwsRegion: props.Table.Env().Region, UseCallerCredentials: caller}}, "AppSyncDynamoDbDataSource")
	if props.ReadOnlyAccess != nil && *props.ReadOnlyAccess {
		props.Table.GrantReadData(d)
	} else {
		props.Table.GrantReadWriteData(d)
	}
	return d
}

// AppSyncHttpDataSourceProps are the props of NewAppSyncHttpDataSource.
type AppSyncHttpDataSourceProps struct {
	Api                 interfacesawsappsync.IApiRef `field:"required" json:"api" yaml:"api"`
	Description         *string                      `field:"optional" json:"description" yaml:"description"`
	Name                *string                      `field:"optional" json:"name" yaml:"name"`
	ServiceRole         awsiam.IRole                 `field:"optional" json:"serviceRole" yaml:"serviceRole"`
	Endpoint            *string                      `field:"required" json:"endpoint" yaml:"endpoint"`
	AuthorizationConfig *AppSyncAwsIamConfig         `field:"optional" json:"authorizationConfig" yaml:"authorizationConfig"`
}

// AppSyncHttpDataSource is an Event API data source for an HTTP endpoint.
type AppSyncHttpDataSource interface{ AppSyncBackedDataSource }

// NewAppSyncHttpDataSource creates the data source.
func NewAppSyncHttpDataSource(scope constructs.Construct, id *string, props *AppSyncHttpDataSourceProps) AppSyncHttpDataSource {
	if props == nil || props.Endpoint == nil {
		l2.RequireProps(scope, id, "AppSyncHttpDataSource", "api", "endpoint")
	}
	var auth interface{}
	if a := props.AuthorizationConfig; a != nil {
		auth = &CfnDataSource_AuthorizationConfigProperty{AuthorizationType: jsii.String("AWS_IAM"),
			AwsIamConfig: &CfnDataSource_AwsIamConfigProperty{SigningRegion: a.SigningRegion, SigningServiceName: a.SigningServiceName}}
	}
	return newAppSyncDataSource(scope, id, &AppSyncBackedDataSourceProps{Api: props.Api, Description: props.Description, Name: props.Name, ServiceRole: props.ServiceRole},
		&AppSyncExtendedDataSourceProps{Type: AppSyncDataSourceType_HTTP, HttpConfig: &CfnDataSource_HttpConfigProperty{Endpoint: props.Endpoint, AuthorizationConfig: auth}}, "AppSyncHttpDataSource")
}

// AppSyncLambdaDataSourceProps are the props of NewAppSyncLambdaDataSource.
type AppSyncLambdaDataSourceProps struct {
	Api            interfacesawsappsync.IApiRef `field:"required" json:"api" yaml:"api"`
	Description    *string                      `field:"optional" json:"description" yaml:"description"`
	Name           *string                      `field:"optional" json:"name" yaml:"name"`
	ServiceRole    awsiam.IRole                 `field:"optional" json:"serviceRole" yaml:"serviceRole"`
	LambdaFunction awslambda.IFunction          `field:"required" json:"lambdaFunction" yaml:"lambdaFunction"`
}

// AppSyncLambdaDataSource is an Event API data source that invokes a function.
type AppSyncLambdaDataSource interface{ AppSyncBackedDataSource }

// NewAppSyncLambdaDataSource creates the data source and lets its role invoke the function.
func NewAppSyncLambdaDataSource(scope constructs.Construct, id *string, props *AppSyncLambdaDataSourceProps) AppSyncLambdaDataSource {
	if props == nil || props.LambdaFunction == nil {
		l2.RequireProps(scope, id, "AppSyncLambdaDataSource", "api", "lambdaFunction")
	}
	d := newAppSyncDataSource(scope, id, &AppSyncBackedDataSourceProps{Api: props.Api, Description: props.Description, Name: props.Name, ServiceRole: props.ServiceRole},
		&AppSyncExtendedDataSourceProps{Type: AppSyncDataSourceType_LAMBDA, LambdaConfig: &CfnDataSource_LambdaConfigProperty{LambdaFunctionArn: props.LambdaFunction.FunctionArn()}}, "AppSyncLambdaDataSource")
	props.LambdaFunction.GrantInvoke(d)
	return d
}

// AppSyncEventBridgeDataSourceProps are the props of NewAppSyncEventBridgeDataSource.
type AppSyncEventBridgeDataSourceProps struct {
	Api         interfacesawsappsync.IApiRef `field:"required" json:"api" yaml:"api"`
	Description *string                      `field:"optional" json:"description" yaml:"description"`
	Name        *string                      `field:"optional" json:"name" yaml:"name"`
	ServiceRole awsiam.IRole                 `field:"optional" json:"serviceRole" yaml:"serviceRole"`
	EventBus    awsevents.IEventBus          `field:"required" json:"eventBus" yaml:"eventBus"`
}

// AppSyncEventBridgeDataSource is an Event API data source that puts events on a bus.
type AppSyncEventBridgeDataSource interface{ AppSyncBackedDataSource }

// NewAppSyncEventBridgeDataSource creates the data source and lets its role put events.
func NewAppSyncEventBridgeDataSource(scope constructs.Construct, id *string, props *AppSyncEventBridgeDataSourceProps) AppSyncEventBridgeDataSource {
	if props == nil || props.EventBus == nil {
		l2.RequireProps(scope, id, "AppSyncEventBridgeDataSource", "api", "eventBus")
	}
	d := newAppSyncDataSource(scope, id, &AppSyncBackedDataSourceProps{Api: props.Api, Description: props.Description, Name: props.Name, ServiceRole: props.ServiceRole},
		&AppSyncExtendedDataSourceProps{Type: AppSyncDataSourceType_EVENTBRIDGE, EventBridgeConfig: &CfnDataSource_EventBridgeConfigProperty{EventBusArn: props.EventBus.EventBusArn()}}, "AppSyncEventBridgeDataSource")
	props.EventBus.GrantPutEventsTo(d, nil)
	return d
}

// AppSyncRdsDataSourceProps are the props of NewAppSyncRdsDataSource.
type AppSyncRdsDataSourceProps struct {
	Api               interfacesawsappsync.IApiRef `field:"required" json:"api" yaml:"api"`
	Description       *string                      `field:"optional" json:"description" yaml:"description"`
	Name              *string                      `field:"optional" json:"name" yaml:"name"`
	ServiceRole       awsiam.IRole                 `field:"optional" json:"serviceRole" yaml:"serviceRole"`
	SecretStore       awssecretsmanager.ISecret    `field:"required" json:"secretStore" yaml:"secretStore"`
	ServerlessCluster awsrds.IServerlessCluster    `field:"required" json:"serverlessCluster" yaml:"serverlessCluster"`
	DatabaseName      *string                      `field:"optional" json:"databaseName" yaml:"databaseName"`
}

// AppSyncRdsDataSourcePropsV2 are AppSyncRdsDataSourceProps for a database cluster.
type AppSyncRdsDataSourcePropsV2 struct {
	Api               interfacesawsappsync.IApiRef `field:"required" json:"api" yaml:"api"`
	Description       *string                      `field:"optional" json:"description" yaml:"description"`
	Name              *string                      `field:"optional" json:"name" yaml:"name"`
	ServiceRole       awsiam.IRole                 `field:"optional" json:"serviceRole" yaml:"serviceRole"`
	SecretStore       awssecretsmanager.ISecret    `field:"required" json:"secretStore" yaml:"secretStore"`
	ServerlessCluster awsrds.IDatabaseCluster      `field:"required" json:"serverlessCluster" yaml:"serverlessCluster"`
	DatabaseName      *string                      `field:"optional" json:"databaseName" yaml:"databaseName"`
}

// AppSyncRdsDataSource is an Event API data source for a cluster's Data API.
type AppSyncRdsDataSource interface{ AppSyncBackedDataSource }

// NewAppSyncRdsDataSource creates the data source and lets its role read
// the secret and use the Data API.
func NewAppSyncRdsDataSource(scope constructs.Construct, id *string, props *AppSyncRdsDataSourceProps) AppSyncRdsDataSource {
	if props == nil || props.ServerlessCluster == nil || props.SecretStore == nil {
		l2.RequireProps(scope, id, "AppSyncRdsDataSource", "api", "serverlessCluster", "secretStore")
	}
	return newAppSyncRdsDataSource(scope, id, &AppSyncBackedDataSourceProps{Api: props.Api, Description: props.Description, Name: props.Name, ServiceRole: props.ServiceRole},
		props.ServerlessCluster, props.SecretStore, props.DatabaseName)
}

func newAppSyncRdsDataSource(scope constructs.Construct, id *string, props *AppSyncBackedDataSourceProps, cluster rdsCluster, secret awssecretsmanager.ISecret, dbName *string) AppSyncRdsDataSource {
	var d *appSyncDataSource
	clusterArn := func() *string {
		return awscdk.Stack_Of(d).FormatArn(&awscdk.ArnComponents{Service: jsii.String("rds"), Resource: jsii.String("cluster:" + *cluster.ClusterIdentifier())})
	}
	d = newAppSyncDataSource(scope, id, props, &AppSyncExtendedDataSourceProps{
		Type: AppSyncDataSourceType_RELATIONAL_DATABASE,
		RelationalDatabaseConfig: &CfnDataSource_RelationalDatabaseConfigProperty{
			RdsHttpEndpointConfig: &CfnDataSource_RdsHttpEndpointConfigProperty{
				AwsRegion: cluster.Env().Region, DbClusterIdentifier: awscdk.Lazy_String(stringProducer(clusterArn), nil),
				AwsSecretStoreArn: secret.SecretArn(), DatabaseName: dbName,
			},
			RelationalDatabaseSourceType: jsii.String("RDS_HTTP_ENDPOINT"),
		}}, "AppSyncRdsDataSource")
	arn := clusterArn()
	secret.GrantRead(d, nil)
	cluster.GrantDataApiAccess(d)
	awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
		Grantee:      d,
		Actions:      jsii.Strings("rds-data:DeleteItems", "rds-data:ExecuteSql", "rds-data:GetItems", "rds-data:InsertItems", "rds-data:UpdateItems"),
		ResourceArns: &[]*string{arn, jsii.String(fmt.Sprintf("%s:*", *arn))},
	})
	return d
}

// NewAppSyncDynamoDbDataSource_Override initialises outer, a type embedding AppSyncDynamoDbDataSource.
func NewAppSyncDynamoDbDataSource_Override(outer AppSyncDynamoDbDataSource, scope constructs.Construct, id *string, props *AppSyncDynamoDbDataSourceProps) {
	l2.Override(outer, NewAppSyncDynamoDbDataSource(scope, id, props))
}

// NewAppSyncHttpDataSource_Override initialises outer, a type embedding AppSyncHttpDataSource.
func NewAppSyncHttpDataSource_Override(outer AppSyncHttpDataSource, scope constructs.Construct, id *string, props *AppSyncHttpDataSourceProps) {
	l2.Override(outer, NewAppSyncHttpDataSource(scope, id, props))
}

// NewAppSyncLambdaDataSource_Override initialises outer, a type embedding AppSyncLambdaDataSource.
func NewAppSyncLambdaDataSource_Override(outer AppSyncLambdaDataSource, scope constructs.Construct, id *string, props *AppSyncLambdaDataSourceProps) {
	l2.Override(outer, NewAppSyncLambdaDataSource(scope, id, props))
}

// NewAppSyncEventBridgeDataSource_Override initialises outer, a type embedding AppSyncEventBridgeDataSource.
func NewAppSyncEventBridgeDataSource_Override(outer AppSyncEventBridgeDataSource, scope constructs.Construct, id *string, props *AppSyncEventBridgeDataSourceProps) {
	l2.Override(outer, NewAppSyncEventBridgeDataSource(scope, id, props))
}

// NewAppSyncRdsDataSource_Override initialises outer, a type embedding AppSyncRdsDataSource.
func NewAppSyncRdsDataSource_Override(outer AppSyncRdsDataSource, scope constructs.Construct, id *string, props *AppSyncRdsDataSourceProps) {
	l2.Override(outer, NewAppSyncRdsDataSource(scope, id, props))
}

// NewAppSyncBaseDataSource_Override initialises outer, a type embedding
// AppSyncBaseDataSource, as a data source of extended's type.
func NewAppSyncBaseDataSource_Override(outer AppSyncBaseDataSource, scope constructs.Construct, id *string, props *AppSyncBackedDataSourceProps, extended *AppSyncExtendedDataSourceProps) {
	l2.Override(outer, AppSyncBaseDataSource(newAppSyncDataSource(scope, id, props, extended, "AppSyncBaseDataSource")))
}

// NewAppSyncBackedDataSource_Override initialises outer, a type embedding
// AppSyncBackedDataSource, as a data source of extended's type.
func NewAppSyncBackedDataSource_Override(outer AppSyncBackedDataSource, scope constructs.Construct, id *string, props *AppSyncBackedDataSourceProps, extended *AppSyncExtendedDataSourceProps) {
	l2.Override(outer, AppSyncBackedDataSource(newAppSyncDataSource(scope, id, props, extended, "AppSyncBackedDataSource")))
}

// AppSyncBaseDataSource_IsConstruct reports whether x is a construct.
func AppSyncBaseDataSource_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// AppSyncBackedDataSource_IsConstruct reports whether x is a construct.
func AppSyncBackedDataSource_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// AppSyncDynamoDbDataSource_IsConstruct reports whether x is a construct.
func AppSyncDynamoDbDataSource_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// AppSyncHttpDataSource_IsConstruct reports whether x is a construct.
func AppSyncHttpDataSource_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// AppSyncLambdaDataSource_IsConstruct reports whether x is a construct.
func AppSyncLambdaDataSource_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// AppSyncEventBridgeDataSource_IsConstruct reports whether x is a construct.
func AppSyncEventBridgeDataSource_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// AppSyncRdsDataSource_IsConstruct reports whether x is a construct.
func AppSyncRdsDataSource_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}
