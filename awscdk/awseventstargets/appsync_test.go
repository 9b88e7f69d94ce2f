package awseventstargets_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsappsync"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awseventstargets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/jsii"
)

const appsyncSchema = "../awsappsync/testdata/schema.graphql"

func every5min(s awscdk.Stack, id string) awsevents.Rule {
	return awsevents.NewRule(s, jsii.String(id), &awsevents.RuleProps{Schedule: awsevents.Schedule_Rate(awscdk.Duration_Minutes(jsii.Number(5)))})
}

func iamMode() *awsappsync.AuthorizationConfig {
	return &awsappsync.AuthorizationConfig{DefaultAuthorization: &awsappsync.AuthorizationMode{AuthorizationType: awsappsync.AuthorizationType_IAM}}
}

// The Go twin of the AppSync stack in testdata/twins.js.
var appsyncCases = map[string]func(s awscdk.Stack){
	"AppSync": func(s awscdk.Stack) {
		api := awsappsync.NewGraphqlApi(s, jsii.String("Api"), &awsappsync.GraphqlApiProps{
			Name: jsii.String("api"), Definition: awsappsync.Definition_FromSchema(awsappsync.SchemaFile_FromAsset(jsii.String(appsyncSchema))),
			AuthorizationConfig: iamMode(),
		})
		dlq := awssqs.NewQueue(s, jsii.String("DLQ"), nil)
		every5min(s, "Rule").AddTarget(awseventstargets.NewAppSync(api, &awseventstargets.AppSyncGraphQLApiProps{
			GraphQLOperation: jsii.String("mutation Publish($message: String!){ publish(message: $message) { message } }"),
			Variables:        awsevents.RuleTargetInput_FromObject(map[string]interface{}{"message": "hello"}),
			DeadLetterQueue:  dlq, RetryAttempts: jsii.Number(2), MaxEventAge: awscdk.Duration_Hours(jsii.Number(2)),
		}))
		role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("events.amazonaws.com"), nil)})
		every5min(s, "Given").AddTarget(awseventstargets.NewAppSync(api, &awseventstargets.AppSyncGraphQLApiProps{
			GraphQLOperation: jsii.String("mutation { ping }"), EventRole: role}))
	},
}

func TestAppSyncTemplate(t *testing.T) { checkTemplates(t, appsyncCases, nil) }

// The AppSync error cases join the package's table (errors.json is one file).
func init() {
	op := &awseventstargets.AppSyncGraphQLApiProps{GraphQLOperation: jsii.String("mutation { a }")}
	def := func() awsappsync.Definition { return awsappsync.Definition_FromFile(jsii.String(appsyncSchema)) }
	errorCases["AppSyncWithoutIam"] = func(s awscdk.Stack) {
		api := awsappsync.NewGraphqlApi(s, jsii.String("Api"), &awsappsync.GraphqlApiProps{Name: jsii.String("x"), Definition: def()})
		every5min(s, "R").AddTarget(awseventstargets.NewAppSync(api, op))
	}
	errorCases["AppSyncPrivate"] = func(s awscdk.Stack) {
		api := awsappsync.NewGraphqlApi(s, jsii.String("Api"), &awsappsync.GraphqlApiProps{Name: jsii.String("x"), Definition: def(),
			Visibility: awsappsync.Visibility_PRIVATE, AuthorizationConfig: iamMode()})
		every5min(s, "R").AddTarget(awseventstargets.NewAppSync(api, op))
	}
	errorCases["AppSyncNoEndpoint"] = func(s awscdk.Stack) {
		api := awsappsync.GraphqlApi_FromGraphqlApiAttributes(s, jsii.String("Api"), &awsappsync.GraphqlApiAttributes{
			GraphqlApiId: jsii.String("id"), Modes: &[]awsappsync.AuthorizationType{awsappsync.AuthorizationType_IAM}})
		every5min(s, "R").AddTarget(awseventstargets.NewAppSync(api, op))
	}
}
