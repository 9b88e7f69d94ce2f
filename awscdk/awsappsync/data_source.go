package awsappsync

import (
	"fmt"
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsappsync"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// DataSourceOptions are the options of the API's Add*DataSource methods.
type DataSourceOptions struct {
	Description *string `field:"optional" json:"description" yaml:"description"`
	// Default: DISABLED.
	MetricsConfig DataSourceMetricsConfig `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	// Default: the construct id, without non-word characters.
	Name *string `field:"optional" json:"name" yaml:"name"`
}

// HttpDataSourceOptions are the options of AddHttpDataSource.
type HttpDataSourceOptions struct {
	Description   *string                 `field:"optional" json:"description" yaml:"description"`
	MetricsConfig DataSourceMetricsConfig `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	Name          *string                 `field:"optional" json:"name" yaml:"name"`
	// Sign requests with SigV4 for this region and service.
	AuthorizationConfig *AwsIamConfig `field:"optional" json:"authorizationConfig" yaml:"authorizationConfig"`
}

// AwsIamConfig is how an HTTP data source signs its requests.
type AwsIamConfig struct {
	SigningRegion      *string `field:"required" json:"signingRegion" yaml:"signingRegion"`
	SigningServiceName *string `field:"required" json:"signingServiceName" yaml:"signingServiceName"`
}

// BaseDataSourceProps are the props every data source takes.
type BaseDataSourceProps struct {
	// The API the data source belongs to.
	Api           interfacesawsappsync.IGraphQLApiRef `field:"required" json:"api" yaml:"api"`
	Description   *string                             `field:"optional" json:"description" yaml:"description"`
	MetricsConfig DataSourceMetricsConfig             `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	Name          *string                             `field:"optional" json:"name" yaml:"name"`
}

// BackedDataSourceProps are the props of a data source backed by an AWS service.
type BackedDataSourceProps struct {
	Api           interfacesawsappsync.IGraphQLApiRef `field:"required" json:"api" yaml:"api"`
	Description   *string                             `field:"optional" json:"description" yaml:"description"`
	MetricsConfig DataSourceMetricsConfig             `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	Name          *string                             `field:"optional" json:"name" yaml:"name"`
	// The role AppSync assumes. Default: a new role.
	ServiceRole awsiam.IRole `field:"optional" json:"serviceRole" yaml:"serviceRole"`
}

// ExtendedDataSourceProps are the type and service configuration of a data source.
type ExtendedDataSourceProps struct {
	// The CloudFormation data source type (AMAZON_DYNAMODB, AWS_LAMBDA, NONE, ...).
	Type                     *string     `field:"required" json:"type" yaml:"type"`
	DynamoDbConfig           interface{} `field:"optional" json:"dynamoDbConfig" yaml:"dynamoDbConfig"`
	ElasticsearchConfig      interface{} `field:"optional" json:"elasticsearchConfig" yaml:"elasticsearchConfig"`
	EventBridgeConfig        interface{} `field:"optional" json:"eventBridgeConfig" yaml:"eventBridgeConfig"`
	HttpConfig               interface{} `field:"optional" json:"httpConfig" yaml:"httpConfig"`
	LambdaConfig             interface{} `field:"optional" json:"lambdaConfig" yaml:"lambdaConfig"`
	OpenSearchServiceConfig  interface{} `field:"optional" json:"openSearchServiceConfig" yaml:"openSearchServiceConfig"`
	RelationalDatabaseConfig interface{} `field:"optional" json:"relationalDatabaseConfig" yaml:"relationalDatabaseConfig"`
}

// BaseDataSource is what every data source shares.
type BaseDataSource interface {
	constructs.Construct
	Api() IGraphqlApi
	SetApi(val IGraphqlApi)
	// Ds is the AWS::AppSync::DataSource.
	Ds() CfnDataSource
	// Name is the data source's name in the API.
	Name() *string
	ServiceRole() awsiam.IRole
	SetServiceRole(val awsiam.IRole)
	// CreateFunction adds a pipeline function on this data source.
	CreateFunction(id *string, props *BaseAppsyncFunctionProps) AppsyncFunction
	// CreateResolver adds a resolver on this data source.
	CreateResolver(id *string, props *BaseResolverProps) Resolver
}

// BackedDataSource is a data source with a service role that grants go to.
type BackedDataSource interface {
	BaseDataSource
	awsiam.IGrantable
}

type baseDataSource struct {
	constructs.Construct
	self        BaseDataSource
	api         interfacesawsappsync.IGraphQLApiRef
	name        *string
	ds          CfnDataSource
	serviceRole awsiam.IRole
}

var nonWord = regexp.MustCompile(`\W+`)

func newBaseDataSource(scope constructs.Construct, id *string, props *BackedDataSourceProps, extended *ExtendedDataSourceProps, typ string) *baseDataSource {
	if props == nil || props.Api == nil {
		l2.RequireProps(scope, id, typ, "api")
	}
	if extended == nil || extended.Type == nil {
		diag.Panic(pathOf(scope, id), "%s needs the data source type; got nil", typ)
	}
	d := &baseDataSource{Construct: constructs.NewConstruct(scope, id), api: props.Api}
	if *extended.Type != "NONE" {
		d.serviceRole = props.ServiceRole
		if d.serviceRole == nil {
			d.serviceRole = awsiam.NewRole(d, jsii.String("ServiceRole"), &awsiam.RoleProps{
				AssumedBy: awsiam.NewServicePrincipal(jsii.String("appsync.amazonaws.com"), nil),
			})
		}
	}
	name := props.Name
	if name == nil {
		name = id
	}
	if !*awscdk.Token_IsUnresolved(*name) {
		name = jsii.String(nonWord.ReplaceAllString(*name, ""))
	}
	d.name = name
	var roleArn interface{}
	if d.serviceRole != nil {
		roleArn = d.serviceRole.RoleArn()
	}
	d.ds = NewCfnDataSource(d, jsii.String("Resource"), &CfnDataSourceProps{
		ApiId: apiIDOf(props.Api), Name: name, Description: props.Description, ServiceRoleArn: roleArn,
		MetricsConfig: str(props.MetricsConfig), Type: extended.Type,
		DynamoDbConfig: extended.DynamoDbConfig, ElasticsearchConfig: extended.ElasticsearchConfig,
		EventBridgeConfig: extended.EventBridgeConfig, HttpConfig: extended.HttpConfig, LambdaConfig: extended.LambdaConfig,
		OpenSearchServiceConfig: extended.OpenSearchServiceConfig, RelationalDatabaseConfig: extended.RelationalDatabaseConfig,
	})
	return d
}

func (d *baseDataSource) init(self BaseDataSource) {
	d.self = self
	host.Set(d.Construct, self)
}

func (d *baseDataSource) Name() *string                   { return d.name }
func (d *baseDataSource) Ds() CfnDataSource               { return d.ds }
func (d *baseDataSource) ServiceRole() awsiam.IRole       { return d.serviceRole }
func (d *baseDataSource) SetServiceRole(val awsiam.IRole) { d.serviceRole = val }
func (d *baseDataSource) SetApi(val IGraphqlApi)          { d.api = val }

// Api is the data source's API; it must be an IGraphqlApi (not a bare reference).
func (d *baseDataSource) Api() IGraphqlApi {
	if a, ok := d.api.(IGraphqlApi); ok {
		return a
	}
	l2.Throw(d, "'api' instance should implement IGraphqlApi, but doesn't: %T", d.api)
	return nil
}

func (d *baseDataSource) apiScope() constructs.Construct {
	api := d.Api()
	c, ok := api.(constructs.Construct)
	if !ok {
		l2.Throw(d, "'api' instance should be a construct, but isn't: %T", api)
	}
	return c
}

func (d *baseDataSource) CreateResolver(id *string, props *BaseResolverProps) Resolver {
	if props == nil {
		props = &BaseResolverProps{}
	}
	return NewResolver(d.apiScope(), id, &ResolverProps{Api: d.Api(), DataSource: d.self, FieldName: props.FieldName, TypeName: props.TypeName,
		CachingConfig: props.CachingConfig, Code: props.Code, MaxBatchSize: props.MaxBatchSize, MetricsConfig: props.MetricsConfig,
		PipelineConfig: props.PipelineConfig, RequestMappingTemplate: props.RequestMappingTemplate,
		ResponseMappingTemplate: props.ResponseMappingTemplate, Runtime: props.Runtime})
}

func (d *baseDataSource) CreateFunction(id *string, props *BaseAppsyncFunctionProps) AppsyncFunction {
	if props == nil {
		props = &BaseAppsyncFunctionProps{}
	}
	return NewAppsyncFunction(d.apiScope(), id, &AppsyncFunctionProps{Api: d.Api(), DataSource: d.self, Name: props.Name,
		Code: props.Code, Description: props.Description, MaxBatchSize: props.MaxBatchSize, RequestMappingTemplate: props.RequestMappingTemplate,
		ResponseMappingTemplate: props.ResponseMappingTemplate, Runtime: props.Runtime})
}

type backedDataSource struct{ *baseDataSource }

func (d *backedDataSource) GrantPrincipal() awsiam.IPrincipal { return d.serviceRole }

// NoneDataSourceProps are the props of NewNoneDataSource.
type NoneDataSourceProps struct {
	Api           interfacesawsappsync.IGraphQLApiRef `field:"required" json:"api" yaml:"api"`
	Description   *string                             `field:"optional" json:"description" yaml:"description"`
	MetricsConfig DataSourceMetricsConfig             `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	Name          *string                             `field:"optional" json:"name" yaml:"name"`
}

// NoneDataSource is a data source of type NONE, for local resolvers.
type NoneDataSource interface{ BaseDataSource }

type noneDataSource struct{ *baseDataSource }

// NewNoneDataSource creates a data source of type NONE.
func NewNoneDataSource(scope constructs.Construct, id *string, props *NoneDataSourceProps) NoneDataSource {
	if props == nil {
		l2.RequireProps(scope, id, "NoneDataSource", "api")
	}
	d := &noneDataSource{newBaseDataSource(scope, id, &BackedDataSourceProps{Api: props.Api, Description: props.Description,
		MetricsConfig: props.MetricsConfig, Name: props.Name}, &ExtendedDataSourceProps{Type: jsii.String("NONE")}, "NoneDataSource")}
	d.init(d)
	return d
}

// DynamoDbDataSourceProps are the props of NewDynamoDbDataSource.
type DynamoDbDataSourceProps struct {
	Api           interfacesawsappsync.IGraphQLApiRef `field:"required" json:"api" yaml:"api"`
	Description   *string                             `field:"optional" json:"description" yaml:"description"`
	MetricsConfig DataSourceMetricsConfig             `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	Name          *string                             `field:"optional" json:"name" yaml:"name"`
	ServiceRole   awsiam.IRole                        `field:"optional" json:"serviceRole" yaml:"serviceRole"`
	// The table.
	Table awsdynamodb.ITable `field:"required" json:"table" yaml:"table"`
	// Grant read access only. Default: read and write.
	ReadOnlyAccess *bool `field:"optional" json:"readOnlyAccess" yaml:"readOnlyAccess"`
	// Use the caller's credentials. Default: false.
	UseCallerCredentials *bool `field:"optional" json:"useCallerCredentials" yaml:"useCallerCredentials"`
}

// DynamoDbDataSource is a data source for a DynamoDB table.
type DynamoDbDataSource interface{ BackedDataSource }

type dynamoDbDataSource struct{ *backedDataSource }

// DynamoDbDataSource_PROPERTY_INJECTION_ID is the id property injectors use.
func DynamoDbDataSource_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-appsync.DynamoDbDataSource")
}

// NewDynamoDbDataSource creates a data source for a table and grants its
// role read (and write, unless ReadOnlyAccess) access.
func NewDynamoDbDataSource(scope constructs.Construct, id *string, props *DynamoDbDataSourceProps) DynamoDbDataSource {
	props = l2.Inject(*DynamoDbDataSource_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Table == nil {
		l2.RequireProps(scope, id, "DynamoDbDataSource", "api", "table")
	}
	var caller interface{}
	if props.UseCallerCredentials != nil {
		caller = props.UseCallerCredentials
	}
	d := &dynamoDbDataSource{&backedDataSource{newBaseDataSource(scope, id, backed(props.Api, props.Description, props.MetricsConfig, props.Name, props.ServiceRole),
		&ExtendedDataSourceProps{Type: jsii.String("AMAZON_DYNAMODB"), DynamoDbConfig: &CfnDataSource_DynamoDBConfigProperty{
			TableName: props.Table.TableName(), AwsRegion: props.Table.Env().Region, UseCallerCredentials: caller}}, "DynamoDbDataSource")}}
	d.init(d)
	if props.ReadOnlyAccess != nil && *props.ReadOnlyAccess {
		props.Table.GrantReadData(d)
	} else {
		props.Table.GrantReadWriteData(d)
	}
	return d
}

func backed(api interfacesawsappsync.IGraphQLApiRef, desc *string, m DataSourceMetricsConfig, name *string, role awsiam.IRole) *BackedDataSourceProps {
	return &BackedDataSourceProps{Api: api, Description: desc, MetricsConfig: m, Name: name, ServiceRole: role}
}

// HttpDataSourceProps are the props of NewHttpDataSource.
type HttpDataSourceProps struct {
	Api           interfacesawsappsync.IGraphQLApiRef `field:"required" json:"api" yaml:"api"`
	Description   *string                             `field:"optional" json:"description" yaml:"description"`
	MetricsConfig DataSourceMetricsConfig             `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	Name          *string                             `field:"optional" json:"name" yaml:"name"`
	ServiceRole   awsiam.IRole                        `field:"optional" json:"serviceRole" yaml:"serviceRole"`
	// The endpoint's URL.
	Endpoint *string `field:"required" json:"endpoint" yaml:"endpoint"`
	// Sign requests with SigV4.
	AuthorizationConfig *AwsIamConfig `field:"optional" json:"authorizationConfig" yaml:"authorizationConfig"`
}

// HttpDataSource is a data source for an HTTP endpoint.
type HttpDataSource interface{ BackedDataSource }

type httpDataSource struct{ *backedDataSource }

// HttpDataSource_PROPERTY_INJECTION_ID is the id property injectors use.
func HttpDataSource_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-appsync.HttpDataSource")
}

// NewHttpDataSource creates a data source for an HTTP endpoint.
func NewHttpDataSource(scope constructs.Construct, id *string, props *HttpDataSourceProps) HttpDataSource {
	props = l2.Inject(*HttpDataSource_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Endpoint == nil {
		l2.RequireProps(scope, id, "HttpDataSource", "api", "endpoint")
	}
	var auth interface{}
	if a := props.AuthorizationConfig; a != nil {
		auth = &CfnDataSource_AuthorizationConfigProperty{AuthorizationType: jsii.String("AWS_IAM"),
			AwsIamConfig: &CfnDataSource_AwsIamConfigProperty{SigningRegion: a.SigningRegion, SigningServiceName: a.SigningServiceName}}
	}
	d := &httpDataSource{&backedDataSource{newBaseDataSource(scope, id, backed(props.Api, props.Description, props.MetricsConfig, props.Name, props.ServiceRole),
		&ExtendedDataSourceProps{Type: jsii.String("HTTP"), HttpConfig: &CfnDataSource_HttpConfigProperty{Endpoint: props.Endpoint, AuthorizationConfig: auth}}, "HttpDataSource")}}
	d.init(d)
	return d
}

// LambdaDataSourceProps are the props of NewLambdaDataSource.
type LambdaDataSourceProps struct {
	Api           interfacesawsappsync.IGraphQLApiRef `field:"required" json:"api" yaml:"api"`
	Description   *string                             `field:"optional" json:"description" yaml:"description"`
	MetricsConfig DataSourceMetricsConfig             `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	Name          *string                             `field:"optional" json:"name" yaml:"name"`
	ServiceRole   awsiam.IRole                        `field:"optional" json:"serviceRole" yaml:"serviceRole"`
	// The function.
	LambdaFunction awslambda.IFunction `field:"required" json:"lambdaFunction" yaml:"lambdaFunction"`
}

// LambdaDataSource is a data source that invokes a Lambda function.
type LambdaDataSource interface{ BackedDataSource }

type lambdaDataSource struct{ *backedDataSource }

// LambdaDataSource_PROPERTY_INJECTION_ID is the id property injectors use.
func LambdaDataSource_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-appsync.LambdaDataSource")
}

// NewLambdaDataSource creates a data source for a function and lets its role invoke it.
func NewLambdaDataSource(scope constructs.Construct, id *string, props *LambdaDataSourceProps) LambdaDataSource {
	props = l2.Inject(*LambdaDataSource_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.LambdaFunction == nil {
		l2.RequireProps(scope, id, "LambdaDataSource", "api", "lambdaFunction")
	}
	d := &lambdaDataSource{&backedDataSource{newBaseDataSource(scope, id, backed(props.Api, props.Description, props.MetricsConfig, props.Name, props.ServiceRole),
		&ExtendedDataSourceProps{Type: jsii.String("AWS_LAMBDA"), LambdaConfig: &CfnDataSource_LambdaConfigProperty{LambdaFunctionArn: props.LambdaFunction.FunctionArn()}}, "LambdaDataSource")}}
	d.init(d)
	props.LambdaFunction.GrantInvoke(d)
	return d
}

// EventBridgeDataSourceProps are the props of NewEventBridgeDataSource.
type EventBridgeDataSourceProps struct {
	Api           interfacesawsappsync.IGraphQLApiRef `field:"required" json:"api" yaml:"api"`
	Description   *string                             `field:"optional" json:"description" yaml:"description"`
	MetricsConfig DataSourceMetricsConfig             `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	Name          *string                             `field:"optional" json:"name" yaml:"name"`
	ServiceRole   awsiam.IRole                        `field:"optional" json:"serviceRole" yaml:"serviceRole"`
	// The bus.
	EventBus awsevents.IEventBus `field:"required" json:"eventBus" yaml:"eventBus"`
}

// EventBridgeDataSource is a data source that puts events on a bus.
type EventBridgeDataSource interface{ BackedDataSource }

type eventBridgeDataSource struct{ *backedDataSource }

// EventBridgeDataSource_PROPERTY_INJECTION_ID is the id property injectors use.
func EventBridgeDataSource_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-appsync.EventBridgeDataSource")
}

// NewEventBridgeDataSource creates a data source for a bus and lets its role put events.
func NewEventBridgeDataSource(scope constructs.Construct, id *string, props *EventBridgeDataSourceProps) EventBridgeDataSource {
	props = l2.Inject(*EventBridgeDataSource_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.EventBus == nil {
		l2.RequireProps(scope, id, "EventBridgeDataSource", "api", "eventBus")
	}
	d := &eventBridgeDataSource{&backedDataSource{newBaseDataSource(scope, id, backed(props.Api, props.Description, props.MetricsConfig, props.Name, props.ServiceRole),
		&ExtendedDataSourceProps{Type: jsii.String("AMAZON_EVENTBRIDGE"), EventBridgeConfig: &CfnDataSource_EventBridgeConfigProperty{EventBusArn: props.EventBus.EventBusArn()}}, "EventBridgeDataSource")}}
	d.init(d)
	props.EventBus.GrantPutEventsTo(d, nil)
	return d
}

// RdsDataSourceProps are the props of NewRdsDataSource.
type RdsDataSourceProps struct {
	Api           interfacesawsappsync.IGraphQLApiRef `field:"required" json:"api" yaml:"api"`
	Description   *string                             `field:"optional" json:"description" yaml:"description"`
	MetricsConfig DataSourceMetricsConfig             `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	Name          *string                             `field:"optional" json:"name" yaml:"name"`
	ServiceRole   awsiam.IRole                        `field:"optional" json:"serviceRole" yaml:"serviceRole"`
	// The secret with the database credentials.
	SecretStore awssecretsmanager.ISecret `field:"required" json:"secretStore" yaml:"secretStore"`
	// The Aurora Serverless v1 cluster.
	ServerlessCluster awsrds.IServerlessCluster `field:"required" json:"serverlessCluster" yaml:"serverlessCluster"`
	DatabaseName      *string                   `field:"optional" json:"databaseName" yaml:"databaseName"`
}

// RdsDataSourcePropsV2 are RdsDataSourceProps for a database cluster with the Data API.
type RdsDataSourcePropsV2 struct {
	Api               interfacesawsappsync.IGraphQLApiRef `field:"required" json:"api" yaml:"api"`
	Description       *string                             `field:"optional" json:"description" yaml:"description"`
	MetricsConfig     DataSourceMetricsConfig             `field:"optional" json:"metricsConfig" yaml:"metricsConfig"`
	Name              *string                             `field:"optional" json:"name" yaml:"name"`
	ServiceRole       awsiam.IRole                        `field:"optional" json:"serviceRole" yaml:"serviceRole"`
	SecretStore       awssecretsmanager.ISecret           `field:"required" json:"secretStore" yaml:"secretStore"`
	ServerlessCluster awsrds.IDatabaseCluster             `field:"required" json:"serverlessCluster" yaml:"serverlessCluster"`
	DatabaseName      *string                             `field:"optional" json:"databaseName" yaml:"databaseName"`
}

// RdsDataSource is a data source for a cluster's Data API.
type RdsDataSource interface{ BackedDataSource }

type rdsDataSource struct{ *backedDataSource }

// RdsDataSource_PROPERTY_INJECTION_ID is the id property injectors use.
func RdsDataSource_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-appsync.RdsDataSource")
}

// rdsCluster is what both cluster kinds offer the data source.
type rdsCluster interface {
	awscdk.IResource
	ClusterIdentifier() *string
	GrantDataApiAccess(grantee awsiam.IGrantable) awsiam.Grant
}

// NewRdsDataSource creates a data source for an Aurora Serverless v1
// cluster and lets its role read the secret and use the Data API.
func NewRdsDataSource(scope constructs.Construct, id *string, props *RdsDataSourceProps) RdsDataSource {
	props = l2.Inject(*RdsDataSource_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.ServerlessCluster == nil || props.SecretStore == nil {
		l2.RequireProps(scope, id, "RdsDataSource", "api", "serverlessCluster", "secretStore")
	}
	return newRdsDataSource(scope, id, backed(props.Api, props.Description, props.MetricsConfig, props.Name, props.ServiceRole),
		props.ServerlessCluster, props.SecretStore, props.DatabaseName)
}

func newRdsDataSource(scope constructs.Construct, id *string, props *BackedDataSourceProps, cluster rdsCluster, secret awssecretsmanager.ISecret, dbName *string) RdsDataSource {
	if cluster == nil || secret == nil {
		l2.RequireProps(scope, id, "RdsDataSource", "serverlessCluster", "secretStore")
	}
	var d *rdsDataSource
	clusterArn := func() *string {
		return awscdk.Stack_Of(d).FormatArn(&awscdk.ArnComponents{Service: jsii.String("rds"), Resource: jsii.String("cluster:" + *cluster.ClusterIdentifier())})
	}
	d = &rdsDataSource{&backedDataSource{newBaseDataSource(scope, id, props, &ExtendedDataSourceProps{
		Type: jsii.String("RELATIONAL_DATABASE"),
		RelationalDatabaseConfig: &CfnDataSource_RelationalDatabaseConfigProperty{
			RdsHttpEndpointConfig: &CfnDataSource_RdsHttpEndpointConfigProperty{
				AwsRegion:           cluster.Env().Region,
				DbClusterIdentifier: awscdk.Lazy_String(stringProducer(clusterArn), nil),
				AwsSecretStoreArn:   secret.SecretArn(),
				DatabaseName:        dbName,
			},
			RelationalDatabaseSourceType: jsii.String("RDS_HTTP_ENDPOINT"),
		}}, "RdsDataSource")}}
	d.init(d)
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

type stringProducer func() *string

func (f stringProducer) Produce() *string { return f() }
