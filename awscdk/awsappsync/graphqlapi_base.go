package awsappsync

import (
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
	"github.com/strata-cdk/strata/jsii"
)

// IGraphqlApi is a GraphQL API, defined in this app or imported.
//
// aws-cdk-go's interface also has AddElasticsearchDataSource and
// AddOpenSearchDataSource; Strata has no Elasticsearch or OpenSearch
// domain L2 yet, so they are left out rather than faked.
type IGraphqlApi interface {
	interfacesawsappsync.IGraphQLApiRef
	awscdk.IResource
	// AddDynamoDbDataSource adds a data source for table.
	AddDynamoDbDataSource(id *string, table awsdynamodb.ITable, options *DataSourceOptions) DynamoDbDataSource
	// AddEventBridgeDataSource adds a data source that puts events on eventBus.
	AddEventBridgeDataSource(id *string, eventBus awsevents.IEventBus, options *DataSourceOptions) EventBridgeDataSource
	// AddHttpDataSource adds a data source for an HTTP endpoint.
	AddHttpDataSource(id *string, endpoint *string, options *HttpDataSourceOptions) HttpDataSource
	// AddLambdaDataSource adds a data source that invokes lambdaFunction.
	AddLambdaDataSource(id *string, lambdaFunction awslambda.IFunction, options *DataSourceOptions) LambdaDataSource
	// AddNoneDataSource adds a data source of type NONE (local resolvers).
	AddNoneDataSource(id *string, options *DataSourceOptions) NoneDataSource
	// AddRdsDataSource adds a data source for an Aurora Serverless v1 cluster's Data API.
	AddRdsDataSource(id *string, serverlessCluster awsrds.IServerlessCluster, secretStore awssecretsmanager.ISecret, databaseName *string, options *DataSourceOptions) RdsDataSource
	// AddRdsDataSourceV2 adds a data source for a database cluster's Data API.
	AddRdsDataSourceV2(id *string, serverlessCluster awsrds.IDatabaseCluster, secretStore awssecretsmanager.ISecret, databaseName *string, options *DataSourceOptions) RdsDataSource
	// AddSchemaDependency makes construct depend on the API's schema; false when the API has none here.
	AddSchemaDependency(construct awscdk.CfnResource) *bool
	// CreateResolver adds a resolver to the API.
	CreateResolver(id *string, props *ExtendedResolverProps) Resolver
	// Grant gives grantee actions on resources of this API.
	Grant(grantee awsiam.IGrantable, resources IamResource, actions ...*string) awsiam.Grant
	// GrantMutation lets grantee run the mutations fields (all when none).
	GrantMutation(grantee awsiam.IGrantable, fields ...*string) awsiam.Grant
	// GrantQuery lets grantee run the queries fields (all when none).
	GrantQuery(grantee awsiam.IGrantable, fields ...*string) awsiam.Grant
	// GrantSubscription lets grantee run the subscriptions fields (all when none).
	GrantSubscription(grantee awsiam.IGrantable, fields ...*string) awsiam.Grant
	ApiId() *string
	Arn() *string
	GraphQLEndpointArn() *string
	Modes() *[]AuthorizationType
	Visibility() Visibility
}

// GraphqlApiBase is what GraphqlApi and imported APIs share.
type GraphqlApiBase interface {
	awscdk.Resource
	IGraphqlApi
	GraphQlApiRef() *interfacesawsappsync.GraphQLApiReference
}

// graphqlApiBase implements GraphqlApiBase on the core Resource; self is
// the outer object, handed to the data sources and resolvers it creates.
type graphqlApiBase struct {
	awscdk.Resource
	self        IGraphqlApi
	apiID, arn  *string
	endpointArn *string
	modes       []AuthorizationType
	visibility  Visibility
}

func (g *graphqlApiBase) ApiId() *string              { return g.apiID }
func (g *graphqlApiBase) Arn() *string                { return g.arn }
func (g *graphqlApiBase) GraphQLEndpointArn() *string { return g.endpointArn }
func (g *graphqlApiBase) Visibility() Visibility      { return g.visibility }
func (g *graphqlApiBase) Modes() *[]AuthorizationType {
	m := append([]AuthorizationType{}, g.modes...)
	return &m
}

func (g *graphqlApiBase) GraphQlApiRef() *interfacesawsappsync.GraphQLApiReference {
	return &interfacesawsappsync.GraphQLApiReference{GraphQlApiArn: g.self.Arn()}
}

// AddSchemaDependency is false: an imported API has no schema here.
func (g *graphqlApiBase) AddSchemaDependency(construct awscdk.CfnResource) *bool {
	return jsii.Bool(false)
}

func opts(o *DataSourceOptions) *DataSourceOptions {
	if o == nil {
		return &DataSourceOptions{}
	}
	return o
}

func (g *graphqlApiBase) AddNoneDataSource(id *string, options *DataSourceOptions) NoneDataSource {
	o := opts(options)
	return NewNoneDataSource(g.Resource, id, &NoneDataSourceProps{Api: g.self, Name: o.Name, Description: o.Description, MetricsConfig: o.MetricsConfig})
}

func (g *graphqlApiBase) AddDynamoDbDataSource(id *string, table awsdynamodb.ITable, options *DataSourceOptions) DynamoDbDataSource {
	o := opts(options)
	return NewDynamoDbDataSource(g.Resource, id, &DynamoDbDataSourceProps{Api: g.self, Table: table, Name: o.Name, Description: o.Description, MetricsConfig: o.MetricsConfig})
}

func (g *graphqlApiBase) AddHttpDataSource(id *string, endpoint *string, options *HttpDataSourceOptions) HttpDataSource {
	if options == nil {
		options = &HttpDataSourceOptions{}
	}
	return NewHttpDataSource(g.Resource, id, &HttpDataSourceProps{Api: g.self, Endpoint: endpoint, Name: options.Name,
		Description: options.Description, MetricsConfig: options.MetricsConfig, AuthorizationConfig: options.AuthorizationConfig})
}

func (g *graphqlApiBase) AddLambdaDataSource(id *string, lambdaFunction awslambda.IFunction, options *DataSourceOptions) LambdaDataSource {
	o := opts(options)
	return NewLambdaDataSource(g.Resource, id, &LambdaDataSourceProps{Api: g.self, LambdaFunction: lambdaFunction, Name: o.Name, Description: o.Description, MetricsConfig: o.MetricsConfig})
}

func (g *graphqlApiBase) AddEventBridgeDataSource(id *string, eventBus awsevents.IEventBus, options *DataSourceOptions) EventBridgeDataSource {
	o := opts(options)
	return NewEventBridgeDataSource(g.Resource, id, &EventBridgeDataSourceProps{Api: g.self, EventBus: eventBus, Name: o.Name, Description: o.Description, MetricsConfig: o.MetricsConfig})
}

func (g *graphqlApiBase) AddRdsDataSource(id *string, serverlessCluster awsrds.IServerlessCluster, secretStore awssecretsmanager.ISecret, databaseName *string, options *DataSourceOptions) RdsDataSource {
	o := opts(options)
	return NewRdsDataSource(g.Resource, id, &RdsDataSourceProps{Api: g.self, Name: o.Name, Description: o.Description, MetricsConfig: o.MetricsConfig,
		ServerlessCluster: serverlessCluster, SecretStore: secretStore, DatabaseName: databaseName})
}

func (g *graphqlApiBase) AddRdsDataSourceV2(id *string, serverlessCluster awsrds.IDatabaseCluster, secretStore awssecretsmanager.ISecret, databaseName *string, options *DataSourceOptions) RdsDataSource {
	o := opts(options)
	return newRdsDataSource(g.Resource, id, &BackedDataSourceProps{Api: g.self, Name: o.Name, Description: o.Description, MetricsConfig: o.MetricsConfig},
		serverlessCluster, secretStore, databaseName)
}

func (g *graphqlApiBase) CreateResolver(id *string, props *ExtendedResolverProps) Resolver {
	if props == nil {
		props = &ExtendedResolverProps{}
	}
	return NewResolver(g.Resource, id, &ResolverProps{Api: g.self, FieldName: props.FieldName, TypeName: props.TypeName,
		CachingConfig: props.CachingConfig, Code: props.Code, MaxBatchSize: props.MaxBatchSize, MetricsConfig: props.MetricsConfig,
		PipelineConfig: props.PipelineConfig, RequestMappingTemplate: props.RequestMappingTemplate,
		ResponseMappingTemplate: props.ResponseMappingTemplate, Runtime: props.Runtime, DataSource: props.DataSource})
}

func (g *graphqlApiBase) Grant(grantee awsiam.IGrantable, resources IamResource, actions ...*string) awsiam.Grant {
	if grantee == nil || resources == nil {
		diag.Panic(*g.Node().Path(), "grant needs a grantee and resources; got nil")
	}
	base, _ := g.self.(GraphqlApiBase)
	if base == nil {
		base = &importedGraphqlApi{graphqlApiBase: g}
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
		Grantee: grantee, Actions: &actions, ResourceArns: resources.ResourceArns(base),
	})
}

func (g *graphqlApiBase) GrantMutation(grantee awsiam.IGrantable, fields ...*string) awsiam.Grant {
	return g.self.Grant(grantee, IamResource_OfType(jsii.String("Mutation"), fields...), jsii.String("appsync:GraphQL"))
}

func (g *graphqlApiBase) GrantQuery(grantee awsiam.IGrantable, fields ...*string) awsiam.Grant {
	return g.self.Grant(grantee, IamResource_OfType(jsii.String("Query"), fields...), jsii.String("appsync:GraphQL"))
}

func (g *graphqlApiBase) GrantSubscription(grantee awsiam.IGrantable, fields ...*string) awsiam.Grant {
	return g.self.Grant(grantee, IamResource_OfType(jsii.String("Subscription"), fields...), jsii.String("appsync:GraphQL"))
}

// IamResource names the parts of an API an IAM policy covers.
type IamResource interface {
	// ResourceArns are the ARNs of these parts of api.
	ResourceArns(api GraphqlApiBase) *[]*string
}

type iamResource struct{ arns []string }

// IamResource_All is every part of the API.
func IamResource_All() IamResource { return &iamResource{[]string{"*"}} }

// IamResource_Custom is the given resource paths (types/..., at least one).
func IamResource_Custom(arns ...*string) IamResource {
	if len(arns) == 0 {
		diag.Panic("", "At least 1 custom ARN must be provided.")
	}
	r := &iamResource{}
	for _, a := range arns {
		r.arns = append(r.arns, s(a))
	}
	return r
}

// IamResource_OfType is the fields of type type_ (all its fields when none).
func IamResource_OfType(type_ *string, fields ...*string) IamResource {
	r := &iamResource{}
	if len(fields) == 0 {
		r.arns = []string{"types/" + s(type_) + "/*"}
	}
	for _, f := range fields {
		r.arns = append(r.arns, "types/"+s(type_)+"/fields/"+s(f))
	}
	return r
}

func (r *iamResource) ResourceArns(api GraphqlApiBase) *[]*string {
	out := []*string{}
	for _, a := range r.arns {
		out = append(out, awscdk.Stack_Of(api).FormatArn(&awscdk.ArnComponents{
			Service: jsii.String("appsync"), Resource: jsii.String("apis/" + *api.ApiId()),
			ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME, ResourceName: jsii.String(a),
		}))
	}
	return &out
}

// GraphqlApiAttributes describe an existing API to import.
type GraphqlApiAttributes struct {
	// The API's id.
	GraphqlApiId *string `field:"required" json:"graphqlApiId" yaml:"graphqlApiId"`
	// Default: built from the id.
	GraphqlApiArn *string `field:"optional" json:"graphqlApiArn" yaml:"graphqlApiArn"`
	// Default: "" (unknown).
	GraphQLEndpointArn *string `field:"optional" json:"graphQLEndpointArn" yaml:"graphQLEndpointArn"`
	// Default: none.
	Modes *[]AuthorizationType `field:"optional" json:"modes" yaml:"modes"`
	// Default: GLOBAL.
	Visibility Visibility `field:"optional" json:"visibility" yaml:"visibility"`
}

type importedGraphqlApi struct{ *graphqlApiBase }

// GraphqlApi_FromGraphqlApiAttributes imports an existing API.
func GraphqlApi_FromGraphqlApiAttributes(scope constructs.Construct, id *string, attrs *GraphqlApiAttributes) IGraphqlApi {
	if attrs == nil || attrs.GraphqlApiId == nil {
		diag.Panic(pathOf(scope, id), "GraphqlApi.fromGraphqlApiAttributes needs attrs (graphqlApiId is required); got nil")
	}
	arn := attrs.GraphqlApiArn
	if arn == nil {
		arn = awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("appsync"), Resource: jsii.String("apis/" + *attrs.GraphqlApiId)})
	}
	g := &importedGraphqlApi{&graphqlApiBase{apiID: attrs.GraphqlApiId, arn: arn, endpointArn: jsii.String(""), visibility: Visibility_GLOBAL}}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	g.self = g
	if attrs.GraphQLEndpointArn != nil {
		g.endpointArn = attrs.GraphQLEndpointArn
	}
	if attrs.Visibility != "" {
		g.visibility = attrs.Visibility
	}
	if attrs.Modes != nil {
		g.modes = append(g.modes, *attrs.Modes...)
	}
	return g
}

// pathOf is the path a construct id under scope would have.
func pathOf(scope constructs.IConstruct, id *string) string {
	p := ""
	if scope != nil {
		p = *scope.Node().Path()
	}
	if id != nil {
		if p != "" {
			p += "/"
		}
		p += *id
	}
	return p
}
