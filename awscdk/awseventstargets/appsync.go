package awseventstargets

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsappsync"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/internal/l2"
)

// AppSyncGraphQLApiProps are the props of NewAppSync.
type AppSyncGraphQLApiProps struct {
	DeadLetterQueue awssqs.IQueue   `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	MaxEventAge     awscdk.Duration `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64        `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	// The GraphQL mutation to run.
	GraphQLOperation *string `field:"required" json:"graphQLOperation" yaml:"graphQLOperation"`
	// The role EventBridge uses. Default: the API's singleton events role, granted the mutations.
	EventRole awsiam.IRole `field:"optional" json:"eventRole" yaml:"eventRole"`
	// The operation's variables. Default: the event.
	Variables awsevents.RuleTargetInput `field:"optional" json:"variables" yaml:"variables"`
}

// AppSync runs a GraphQL mutation of an AppSync API for each event.
type AppSync interface {
	awsevents.IRuleTarget
}

type appSyncTarget struct {
	api   awsappsync.IGraphqlApi
	props AppSyncGraphQLApiProps
}

// NewAppSync targets api with the mutation in props.
func NewAppSync(appsyncApi awsappsync.IGraphqlApi, props *AppSyncGraphQLApiProps) AppSync {
	t := &appSyncTarget{api: appsyncApi}
	if props != nil {
		t.props = *props
	}
	return t
}

// NewAppSync_Override initialises outer, a type embedding AppSync (how Go
// programs subclass it).
func NewAppSync_Override(outer AppSync, appsyncApi awsappsync.IGraphqlApi, props *AppSyncGraphQLApiProps) {
	l2.Override(outer, NewAppSync(appsyncApi, props))
}

func (a *appSyncTarget) Bind(rule interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	if a.api == nil {
		l2.Throw(rule, "AppSync target: the API is required")
	}
	addDeadLetterPolicy(rule, a.props.DeadLetterQueue)
	iam := false
	for _, m := range *a.api.Modes() {
		iam = iam || m == awsappsync.AuthorizationType_IAM
	}
	if !iam {
		l2.Throw(rule, "You must have AWS_IAM authorization mode enabled on your API to configure an AppSync target")
	}
	if a.api.Visibility() != awsappsync.Visibility_GLOBAL {
		l2.Throw(rule, `Your API visibility must be "GLOBAL"`)
	}
	if ep := a.api.GraphQLEndpointArn(); ep == nil || *ep == "" {
		l2.Throw(rule, "You must have a valid `graphQLEndpointArn` set")
	}
	role := a.props.EventRole
	if role == nil {
		role = singletonEventRole(a.api)
		a.api.GrantMutation(role)
	}
	cfg := baseConfig(a.props.DeadLetterQueue, a.props.MaxEventAge, a.props.RetryAttempts)
	cfg.Arn = a.api.GraphQLEndpointArn()
	cfg.Role = role
	cfg.Input = a.props.Variables
	cfg.TargetResource = a.api
	cfg.AppSyncParameters = &awsevents.CfnRule_AppSyncParametersProperty{GraphQlOperation: a.props.GraphQLOperation}
	return cfg
}
