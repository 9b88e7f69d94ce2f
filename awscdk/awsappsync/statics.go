package awsappsync

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// The statics and New*_Override constructors aws-cdk-go offers for this
// package's classes; an _Override stores the L2 in the user's struct.

// NewAppsyncFunction_Override initialises outer, a type embedding AppsyncFunction (how Go programs
// subclass it).
func NewAppsyncFunction_Override(outer AppsyncFunction, scope constructs.Construct, id *string, props *AppsyncFunctionProps) {
	l2.Override(outer, NewAppsyncFunction(scope, id, props))
}

// NewDynamoDbDataSource_Override initialises outer, a type embedding DynamoDbDataSource (how Go programs
// subclass it).
func NewDynamoDbDataSource_Override(outer DynamoDbDataSource, scope constructs.Construct, id *string, props *DynamoDbDataSourceProps) {
	l2.Override(outer, NewDynamoDbDataSource(scope, id, props))
}

// NewEventBridgeDataSource_Override initialises outer, a type embedding EventBridgeDataSource (how Go programs
// subclass it).
func NewEventBridgeDataSource_Override(outer EventBridgeDataSource, scope constructs.Construct, id *string, props *EventBridgeDataSourceProps) {
	l2.Override(outer, NewEventBridgeDataSource(scope, id, props))
}

// NewGraphqlApi_Override initialises outer, a type embedding GraphqlApi (how Go programs
// subclass it).
func NewGraphqlApi_Override(outer GraphqlApi, scope constructs.Construct, id *string, props *GraphqlApiProps) {
	l2.Override(outer, NewGraphqlApi(scope, id, props))
}

// NewHttpDataSource_Override initialises outer, a type embedding HttpDataSource (how Go programs
// subclass it).
func NewHttpDataSource_Override(outer HttpDataSource, scope constructs.Construct, id *string, props *HttpDataSourceProps) {
	l2.Override(outer, NewHttpDataSource(scope, id, props))
}

// NewLambdaDataSource_Override initialises outer, a type embedding LambdaDataSource (how Go programs
// subclass it).
func NewLambdaDataSource_Override(outer LambdaDataSource, scope constructs.Construct, id *string, props *LambdaDataSourceProps) {
	l2.Override(outer, NewLambdaDataSource(scope, id, props))
}

// NewNoneDataSource_Override initialises outer, a type embedding NoneDataSource (how Go programs
// subclass it).
func NewNoneDataSource_Override(outer NoneDataSource, scope constructs.Construct, id *string, props *NoneDataSourceProps) {
	l2.Override(outer, NewNoneDataSource(scope, id, props))
}

// NewRdsDataSource_Override initialises outer, a type embedding RdsDataSource (how Go programs
// subclass it).
func NewRdsDataSource_Override(outer RdsDataSource, scope constructs.Construct, id *string, props *RdsDataSourceProps) {
	l2.Override(outer, NewRdsDataSource(scope, id, props))
}

// NewResolver_Override initialises outer, a type embedding Resolver (how Go programs
// subclass it).
func NewResolver_Override(outer Resolver, scope constructs.Construct, id *string, props *ResolverProps) {
	l2.Override(outer, NewResolver(scope, id, props))
}

// NewAssetCode_Override initialises outer, a type embedding AssetCode (how Go programs
// subclass it).
func NewAssetCode_Override(outer AssetCode, path *string, options *awss3assets.AssetOptions) {
	l2.Override(outer, NewAssetCode(path, options))
}

// NewInlineCode_Override initialises outer, a type embedding InlineCode (how Go programs
// subclass it).
func NewInlineCode_Override(outer InlineCode, code *string) {
	l2.Override(outer, NewInlineCode(code))
}

// NewAssign_Override initialises outer, a type embedding Assign (how Go programs
// subclass it).
func NewAssign_Override(outer Assign, attr *string, arg *string) {
	l2.Override(outer, NewAssign(attr, arg))
}

// NewAttributeValuesStep_Override initialises outer, a type embedding AttributeValuesStep (how Go programs
// subclass it).
func NewAttributeValuesStep_Override(outer AttributeValuesStep, attr *string, container *string, assignments *[]Assign) {
	l2.Override(outer, NewAttributeValuesStep(attr, container, assignments))
}

// NewAttributeValues_Override initialises outer, a type embedding AttributeValues (how Go programs
// subclass it).
func NewAttributeValues_Override(outer AttributeValues, container *string, assignments *[]Assign) {
	l2.Override(outer, NewAttributeValues(container, assignments))
}

// NewFunctionRuntime_Override initialises outer, a type embedding FunctionRuntime (how Go programs
// subclass it).
func NewFunctionRuntime_Override(outer FunctionRuntime, family FunctionRuntimeFamily, version *string) {
	l2.Override(outer, NewFunctionRuntime(family, version))
}

// NewPartitionKeyStep_Override initialises outer, a type embedding PartitionKeyStep (how Go programs
// subclass it).
func NewPartitionKeyStep_Override(outer PartitionKeyStep, key *string) {
	l2.Override(outer, NewPartitionKeyStep(key))
}

// NewPartitionKey_Override initialises outer, a type embedding PartitionKey (how Go programs
// subclass it).
func NewPartitionKey_Override(outer PartitionKey, pkey Assign) {
	l2.Override(outer, NewPartitionKey(pkey))
}

// NewPrimaryKey_Override initialises outer, a type embedding PrimaryKey (how Go programs
// subclass it).
func NewPrimaryKey_Override(outer PrimaryKey, pkey Assign, skey Assign) {
	l2.Override(outer, NewPrimaryKey(pkey, skey))
}

// NewSchemaFile_Override initialises outer, a type embedding SchemaFile (how Go programs
// subclass it).
func NewSchemaFile_Override(outer SchemaFile, options *SchemaProps) {
	l2.Override(outer, NewSchemaFile(options))
}

// NewSortKeyStep_Override initialises outer, a type embedding SortKeyStep (how Go programs
// subclass it).
func NewSortKeyStep_Override(outer SortKeyStep, pkey Assign, skey *string) {
	l2.Override(outer, NewSortKeyStep(pkey, skey))
}

// NewValues_Override initialises outer, a type embedding Values (how Go programs
// subclass it).
func NewValues_Override(outer Values) {
	l2.Override(outer, NewValues())
}

// AppsyncFunction_IsConstruct reports whether x is a construct.
func AppsyncFunction_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// BackedDataSource_IsConstruct reports whether x is a construct.
func BackedDataSource_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// BaseDataSource_IsConstruct reports whether x is a construct.
func BaseDataSource_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// DynamoDbDataSource_IsConstruct reports whether x is a construct.
func DynamoDbDataSource_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// EventBridgeDataSource_IsConstruct reports whether x is a construct.
func EventBridgeDataSource_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// GraphqlApiBase_IsConstruct reports whether x is a construct.
func GraphqlApiBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// GraphqlApi_IsConstruct reports whether x is a construct.
func GraphqlApi_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// HttpDataSource_IsConstruct reports whether x is a construct.
func HttpDataSource_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// LambdaDataSource_IsConstruct reports whether x is a construct.
func LambdaDataSource_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// NoneDataSource_IsConstruct reports whether x is a construct.
func NoneDataSource_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// RdsDataSource_IsConstruct reports whether x is a construct.
func RdsDataSource_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Resolver_IsConstruct reports whether x is a construct.
func Resolver_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// AppsyncFunction_IsOwnedResource reports whether construct is a Resource this app created.
func AppsyncFunction_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// AppsyncFunction_IsResource reports whether construct is a Resource.
func AppsyncFunction_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// GraphqlApiBase_IsOwnedResource reports whether construct is a Resource this app created.
func GraphqlApiBase_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// GraphqlApiBase_IsResource reports whether construct is a Resource.
func GraphqlApiBase_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// GraphqlApi_IsOwnedResource reports whether construct is a Resource this app created.
func GraphqlApi_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// GraphqlApi_IsResource reports whether construct is a Resource.
func GraphqlApi_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NewBaseDataSource_Override initialises outer, a type embedding
// BaseDataSource, as a data source of extended's type.
func NewBaseDataSource_Override(outer BaseDataSource, scope constructs.Construct, id *string, props *BackedDataSourceProps, extended *ExtendedDataSourceProps) {
	d := newBaseDataSource(scope, id, props, extended, "BaseDataSource")
	d.init(d)
	l2.Override(outer, BaseDataSource(d))
	d.self = outer
}

// NewBackedDataSource_Override initialises outer, a type embedding
// BackedDataSource, as a data source of extended's type with a service role.
func NewBackedDataSource_Override(outer BackedDataSource, scope constructs.Construct, id *string, props *BackedDataSourceProps, extended *ExtendedDataSourceProps) {
	d := &backedDataSource{newBaseDataSource(scope, id, props, extended, "BackedDataSource")}
	d.init(d)
	l2.Override(outer, BackedDataSource(d))
	d.self = outer
}

// NewGraphqlApiBase_Override initialises outer, a type embedding
// GraphqlApiBase: outer supplies ApiId, Arn and the other attributes, the
// base the data source, resolver and grant methods, which use outer's.
func NewGraphqlApiBase_Override(outer GraphqlApiBase, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	b := &graphqlApiBase{visibility: Visibility_GLOBAL}
	b.Resource = awscdk.NewResource(scope, id, props)
	host.Set(b.Resource, b)
	b.self = b
	l2.Override(outer, GraphqlApiBase(&importedGraphqlApi{b}))
	b.self = outer
}

// NewCode_Override initialises outer, a type embedding Code; the base holds
// no state, so outer's own Bind is all there is.
func NewCode_Override(outer Code) {}

// NewMappingTemplate_Override initialises outer, a type embedding
// MappingTemplate; the base holds no state, so outer's RenderTemplate is all there is.
func NewMappingTemplate_Override(outer MappingTemplate) {}

// NewDefinition_Override initialises outer, a type embedding Definition;
// the base holds no state, so outer's Schema and SourceApiOptions are all there is.
func NewDefinition_Override(outer Definition) {}
