// Package awsappsync is aws-cdk-go's aws_appsync module: AWS AppSync GraphQL
// APIs.
//
// The L1 constructs (CfnGraphQLApi, CfnDataSource, CfnResolver, ...) are
// generated, one file per CloudFormation resource type (*_gen.go). The L2
// is hand-written on top of them: GraphqlApi with its schema, authorization
// modes, API key, logging and custom domain; the data sources (None,
// DynamoDB, HTTP, Lambda, EventBridge, RDS) with their service roles and
// grants; Resolver and AppsyncFunction (unit and pipeline, VTL mapping
// templates or APPSYNC_JS code); and the DynamoDB VTL builders
// (MappingTemplate, KeyCondition, PrimaryKey, Values); merged APIs and
// SourceApiAssociation; and the Event API (EventApi, ChannelNamespace,
// the AppSync* data sources). Each writes the template aws-cdk-lib 2.276.0
// writes for the same program.
//
// Not yet here: the OpenSearch and Elasticsearch data sources (Strata has
// no domain L2 for them), so IGraphqlApi and IEventApi lack their Add
// methods.
package awsappsync
