package awseventstargets

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// BatchJobProps are the props of NewBatchJob.
type BatchJobProps struct {
	DeadLetterQueue awssqs.IQueue   `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	MaxEventAge     awscdk.Duration `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64        `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	// Retry attempts of the job (1 to 10).
	Attempts *float64                  `field:"optional" json:"attempts" yaml:"attempts"`
	Event    awsevents.RuleTargetInput `field:"optional" json:"event" yaml:"event"`
	// Default: a unique name made from the rule's path.
	JobName *string `field:"optional" json:"jobName" yaml:"jobName"`
	// Array job size (2 to 10,000).
	Size *float64 `field:"optional" json:"size" yaml:"size"`
}

// BatchJob submits an AWS Batch job.
type BatchJob interface {
	awsevents.IRuleTarget
	Bind(rule interfacesawsevents.IRuleRef, id *string) *awsevents.RuleTargetConfig
}

type batchJob struct {
	queueArn, definitionArn *string
	queueScope, defScope    constructs.IConstruct
	props                   *BatchJobProps
}

// NewBatchJob makes a Batch job queue a rule target, submitting jobs of
// the job definition; the scopes are the constructs of queue and definition.
func NewBatchJob(jobQueueArn *string, jobQueueScope constructs.IConstruct, jobDefinitionArn *string, jobDefinitionScope constructs.IConstruct, props *BatchJobProps) BatchJob {
	if props == nil {
		props = &BatchJobProps{}
	}
	return &batchJob{queueArn: jobQueueArn, definitionArn: jobDefinitionArn, queueScope: jobQueueScope, defScope: jobDefinitionScope, props: props}
}

// NewBatchJob_Override initialises outer, a type embedding BatchJob.
func NewBatchJob_Override(outer BatchJob, jobQueueArn *string, jobQueueScope constructs.IConstruct, jobDefinitionArn *string, jobDefinitionScope constructs.IConstruct, props *BatchJobProps) {
	l2.Override(outer, NewBatchJob(jobQueueArn, jobQueueScope, jobDefinitionArn, jobDefinitionScope, props))
}

// Bind lets a role (made under the job definition's scope) submit jobs.
func (b *batchJob) Bind(rule interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	if b.defScope == nil || b.queueArn == nil || b.definitionArn == nil {
		l2.Throw(rule, "BatchJob target: the job queue and job definition are required")
	}
	p := b.props
	if n := p.JobName; n != nil && !*awscdk.Token_IsUnresolved(*n) && (len(*n) < 1 || len(*n) > 128) {
		l2.Throw(rule, "Invalid jobName value %s, must have length between 1 and 128, got: %d", *n, len(*n))
	}
	name := p.JobName
	if name == nil {
		name = awscdk.Names_UniqueResourceName(rule, &awscdk.UniqueResourceNameOptions{MaxLength: jsii.Number(128)})
	}
	params := &awsevents.CfnRule_BatchParametersProperty{JobDefinition: b.definitionArn, JobName: name}
	if p.Size != nil && *p.Size != 0 {
		params.ArrayProperties = &awsevents.CfnRule_BatchArrayPropertiesProperty{Size: p.Size}
	}
	if p.Attempts != nil && *p.Attempts != 0 {
		params.RetryStrategy = &awsevents.CfnRule_BatchRetryStrategyProperty{Attempts: p.Attempts}
	}
	addDeadLetterPolicy(rule, p.DeadLetterQueue)
	role := singletonEventRole(b.defScope)
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("batch:SubmitJob"), Resources: &[]*string{b.definitionArn, b.queueArn},
	}))
	cfg := baseConfig(p.DeadLetterQueue, p.MaxEventAge, p.RetryAttempts)
	cfg.Arn = b.queueArn
	cfg.Role = role
	cfg.Input = p.Event
	cfg.TargetResource = b.queueScope
	cfg.BatchParameters = params
	return cfg
}

// RedshiftQueryProps are the props of NewRedshiftQuery.
type RedshiftQueryProps struct {
	Database *string `field:"required" json:"database" yaml:"database"`
	// The SQL statements (one, or several run as a batch).
	Sql             *[]*string                `field:"required" json:"sql" yaml:"sql"`
	DbUser          *string                   `field:"optional" json:"dbUser" yaml:"dbUser"`
	DeadLetterQueue awssqs.IQueue             `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	Input           awsevents.RuleTargetInput `field:"optional" json:"input" yaml:"input"`
	// Default: a role made under the rule.
	Role                 awsiam.IRole              `field:"optional" json:"role" yaml:"role"`
	Secret               awssecretsmanager.ISecret `field:"optional" json:"secret" yaml:"secret"`
	SendEventBridgeEvent *bool                     `field:"optional" json:"sendEventBridgeEvent" yaml:"sendEventBridgeEvent"`
	StatementName        *string                   `field:"optional" json:"statementName" yaml:"statementName"`
}

// RedshiftQuery runs SQL on a Redshift cluster through the Data API.
type RedshiftQuery interface {
	awsevents.IRuleTarget
	Bind(rule interfacesawsevents.IRuleRef, id *string) *awsevents.RuleTargetConfig
}

type redshiftQuery struct {
	clusterArn *string
	props      *RedshiftQueryProps
}

// NewRedshiftQuery makes a Redshift cluster a rule target.
func NewRedshiftQuery(clusterArn *string, props *RedshiftQueryProps) RedshiftQuery {
	if props == nil {
		props = &RedshiftQueryProps{}
	}
	return &redshiftQuery{clusterArn: clusterArn, props: props}
}

// NewRedshiftQuery_Override initialises outer, a type embedding RedshiftQuery.
func NewRedshiftQuery_Override(outer RedshiftQuery, clusterArn *string, props *RedshiftQueryProps) {
	l2.Override(outer, NewRedshiftQuery(clusterArn, props))
}

// Bind lets the role execute the statement (or the batch).
func (r *redshiftQuery) Bind(rule interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	p := r.props
	role := p.Role
	if role == nil {
		role = singletonEventRole(rule)
	}
	n := 0
	if p.Sql != nil {
		n = len(*p.Sql)
	}
	if n < 1 {
		l2.Throw(rule, "At least one SQL statement must be specified.")
	}
	action := "redshift-data:ExecuteStatement"
	if n > 1 {
		action = "redshift-data:BatchExecuteStatement"
	}
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings(action), Resources: &[]*string{r.clusterArn},
	}))
	params := &awsevents.CfnRule_RedshiftDataParametersProperty{
		Database: p.Database, DbUser: p.DbUser, StatementName: p.StatementName, WithEvent: p.SendEventBridgeEvent,
	}
	if p.Secret != nil {
		params.SecretManagerArn = p.Secret.SecretFullArn()
		if params.SecretManagerArn == nil {
			params.SecretManagerArn = p.Secret.SecretName()
		}
	}
	if n == 1 {
		params.Sql = (*p.Sql)[0]
	} else {
		params.Sqls = p.Sql
	}
	cfg := baseConfig(p.DeadLetterQueue, nil, nil)
	cfg.Arn = r.clusterArn
	cfg.Role = role
	cfg.Input = p.Input
	cfg.RedshiftDataParameters = params
	return cfg
}

// ApiGatewayV2 calls an API Gateway HTTP API.
type ApiGatewayV2 interface {
	awsevents.IRuleTarget
	// IHttpApi is the API.
	IHttpApi() awsapigatewayv2.IHttpApi
	Bind(rule interfacesawsevents.IRuleRef, id *string) *awsevents.RuleTargetConfig
}

type apiGatewayV2Target struct {
	api   awsapigatewayv2.IHttpApi
	props *ApiGatewayProps
}

// NewApiGatewayV2 makes an HTTP API a rule target.
func NewApiGatewayV2(httpApi awsapigatewayv2.IHttpApi, props *ApiGatewayProps) ApiGatewayV2 {
	return &apiGatewayV2Target{api: httpApi, props: props}
}

// NewApiGatewayV2_Override initialises outer, a type embedding ApiGatewayV2.
func NewApiGatewayV2_Override(outer ApiGatewayV2, httpApi awsapigatewayv2.IHttpApi, props *ApiGatewayProps) {
	l2.Override(outer, NewApiGatewayV2(httpApi, props))
}

func (a *apiGatewayV2Target) IHttpApi() awsapigatewayv2.IHttpApi { return a.api }

// Bind lets the role invoke the API at the method, path and stage.
func (a *apiGatewayV2Target) Bind(rule interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	if a.api == nil {
		l2.Throw(rule, "ApiGatewayV2 target: the HTTP API is required")
	}
	p := a.props
	if p == nil {
		p = &ApiGatewayProps{}
	}
	addDeadLetterPolicy(rule, p.DeadLetterQueue)
	wildcards, values := 0, 0
	if p.Path != nil {
		wildcards = len(wildcard.FindAllStringIndex(*p.Path, -1))
	}
	if p.PathParameterValues != nil {
		values = len(*p.PathParameterValues)
	}
	if wildcards != values {
		l2.Throw(rule, "The number of wildcards in the path does not match the number of path pathParameterValues.")
	}
	path := p.Path
	if path == nil || *path == "" {
		path = jsii.String("/")
	}
	stage := p.Stage
	if stage == nil || *stage == "" {
		stage = nil
		if st := a.api.DefaultStage(); st != nil {
			stage = st.StageName()
		}
	}
	arn := a.api.ArnForExecuteApi(p.Method, path, stage)
	role := p.EventRole
	if role == nil {
		role = singletonEventRole(a.api)
	}
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Resources: &[]*string{arn}, Actions: jsii.Strings("execute-api:Invoke", "execute-api:ManageConnections"),
	}))
	cfg := baseConfig(p.DeadLetterQueue, p.MaxEventAge, p.RetryAttempts)
	cfg.Arn = arn
	cfg.Role = role
	cfg.Input = p.PostBody
	cfg.TargetResource = a.api
	hp := &awsevents.CfnRule_HttpParametersProperty{PathParameterValues: p.PathParameterValues}
	if p.HeaderParameters != nil {
		hp.HeaderParameters = p.HeaderParameters
	}
	if p.QueryStringParameters != nil {
		hp.QueryStringParameters = p.QueryStringParameters
	}
	cfg.HttpParameters = hp
	return cfg
}
