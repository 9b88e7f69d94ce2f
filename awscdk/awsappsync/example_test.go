package awsappsync_test

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsappsync"
	"github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/jsii"
)

// A GraphQL API whose schema is a file, with a DynamoDB table behind two
// resolvers written with the VTL builders.
func ExampleNewGraphqlApi() {
	app := awscdk.NewApp(nil)
	stack := awscdk.NewStack(app, jsii.String("Demo"), nil)
	api := awsappsync.NewGraphqlApi(stack, jsii.String("Api"), &awsappsync.GraphqlApiProps{
		Name:       jsii.String("demo"),
		Definition: awsappsync.Definition_FromFile(jsii.String("testdata/schema.graphql")),
	})
	table := awsdynamodb.NewTable(stack, jsii.String("Items"), &awsdynamodb.TableProps{
		PartitionKey: &awsdynamodb.Attribute{Name: jsii.String("id"), Type: awsdynamodb.AttributeType_STRING},
	})
	items := api.AddDynamoDbDataSource(jsii.String("items"), table, nil)
	items.CreateResolver(jsii.String("GetItem"), &awsappsync.BaseResolverProps{
		TypeName:                jsii.String("Query"),
		FieldName:               jsii.String("getItem"),
		RequestMappingTemplate:  awsappsync.MappingTemplate_DynamoDbGetItem(jsii.String("id"), jsii.String("id"), nil),
		ResponseMappingTemplate: awsappsync.MappingTemplate_DynamoDbResultItem(),
	})
	items.CreateResolver(jsii.String("AddItem"), &awsappsync.BaseResolverProps{
		TypeName:  jsii.String("Mutation"),
		FieldName: jsii.String("addItem"),
		RequestMappingTemplate: awsappsync.MappingTemplate_DynamoDbPutItem(
			awsappsync.PrimaryKey_Partition(jsii.String("id")).Auto(),
			awsappsync.Values_Projecting(jsii.String("input"))),
		ResponseMappingTemplate: awsappsync.MappingTemplate_DynamoDbResultItem(),
	})
	fmt.Println(*awsappsync.MappingTemplate_DynamoDbGetItem(jsii.String("id"), jsii.String("id"), nil).RenderTemplate())
	// Output: {"version": "2017-02-28", "operation": "GetItem", "consistentRead": false, "key": {"id": $util.dynamodb.toDynamoDBJson($ctx.args.id)}}
}
