package awseventstargets

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// KinesisStreamProps are the props of NewKinesisStream.
type KinesisStreamProps struct {
	DeadLetterQueue awssqs.IQueue   `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	MaxEventAge     awscdk.Duration `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64        `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	// The record sent. Default: the event.
	Message awsevents.RuleTargetInput `field:"optional" json:"message" yaml:"message"`
	// JSON path of the partition key in the event. Default: the event id.
	PartitionKeyPath *string `field:"optional" json:"partitionKeyPath" yaml:"partitionKeyPath"`
}

// KinesisStream puts events on a Kinesis data stream.
type KinesisStream interface {
	awsevents.IRuleTarget
	Bind(rule interfacesawsevents.IRuleRef, id *string) *awsevents.RuleTargetConfig
}

type kinesisStream struct {
	stream awskinesis.IStream
	props  *KinesisStreamProps
}

// NewKinesisStream makes a stream a rule target.
func NewKinesisStream(stream awskinesis.IStream, props *KinesisStreamProps) KinesisStream {
	if props == nil {
		props = &KinesisStreamProps{}
	}
	return &kinesisStream{stream: stream, props: props}
}

// Bind lets the stream's events role (made under the stream) write to it.
func (k *kinesisStream) Bind(rule interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	if k.stream == nil {
		l2.Throw(rule, "KinesisStream target: the stream is required")
	}
	role := singletonEventRole(k.stream)
	k.stream.GrantWrite(role)
	cfg := baseConfig(k.props.DeadLetterQueue, k.props.MaxEventAge, k.props.RetryAttempts)
	cfg.Arn = k.stream.StreamArn()
	cfg.Role = role
	cfg.Input = k.props.Message
	cfg.TargetResource = k.stream
	if k.props.PartitionKeyPath != nil {
		cfg.KinesisParameters = &awsevents.CfnRule_KinesisParametersProperty{PartitionKeyPath: k.props.PartitionKeyPath}
	}
	return cfg
}

// ApiDestinationProps are the props of NewApiDestination.
type ApiDestinationProps struct {
	DeadLetterQueue awssqs.IQueue   `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	MaxEventAge     awscdk.Duration `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64        `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	// The request body. Default: the event.
	Event awsevents.RuleTargetInput `field:"optional" json:"event" yaml:"event"`
	// Default: a role made under the destination.
	EventRole             awsiam.IRole        `field:"optional" json:"eventRole" yaml:"eventRole"`
	HeaderParameters      *map[string]*string `field:"optional" json:"headerParameters" yaml:"headerParameters"`
	PathParameterValues   *[]*string          `field:"optional" json:"pathParameterValues" yaml:"pathParameterValues"`
	QueryStringParameters *map[string]*string `field:"optional" json:"queryStringParameters" yaml:"queryStringParameters"`
}

// ApiDestination sends events to an EventBridge API destination.
type ApiDestination interface {
	awsevents.IRuleTarget
	Bind(rule interfacesawsevents.IRuleRef, id *string) *awsevents.RuleTargetConfig
}

type apiDestinationTarget struct {
	dest  awsevents.IApiDestination
	props *ApiDestinationProps
}

// NewApiDestination makes an API destination a rule target.
func NewApiDestination(apiDestination awsevents.IApiDestination, props *ApiDestinationProps) ApiDestination {
	if props == nil {
		props = &ApiDestinationProps{}
	}
	return &apiDestinationTarget{dest: apiDestination, props: props}
}

// Bind lets the role invoke the destination.
func (a *apiDestinationTarget) Bind(rule interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	if a.dest == nil {
		l2.Throw(rule, "ApiDestination target: the API destination is required")
	}
	p := a.props
	var httpParams *awsevents.CfnRule_HttpParametersProperty
	if p.HeaderParameters != nil || p.PathParameterValues != nil || p.QueryStringParameters != nil {
		httpParams = &awsevents.CfnRule_HttpParametersProperty{PathParameterValues: p.PathParameterValues}
		if p.HeaderParameters != nil {
			httpParams.HeaderParameters = p.HeaderParameters
		}
		if p.QueryStringParameters != nil {
			httpParams.QueryStringParameters = p.QueryStringParameters
		}
	}
	addDeadLetterPolicy(rule, p.DeadLetterQueue)
	role := p.EventRole
	if role == nil {
		role = singletonEventRole(a.dest)
	}
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Resources: &[]*string{a.dest.ApiDestinationArn()},
		Actions:   jsii.Strings("events:InvokeApiDestination"),
	}))
	cfg := baseConfig(p.DeadLetterQueue, p.MaxEventAge, p.RetryAttempts)
	cfg.Arn = a.dest.ApiDestinationArn()
	cfg.Role = role
	cfg.Input = p.Event
	cfg.TargetResource = a.dest
	cfg.HttpParameters = httpParams
	return cfg
}

// ApiGatewayProps are the props of NewApiGateway.
type ApiGatewayProps struct {
	DeadLetterQueue awssqs.IQueue   `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	MaxEventAge     awscdk.Duration `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64        `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	// Default: a role made under the API.
	EventRole        awsiam.IRole        `field:"optional" json:"eventRole" yaml:"eventRole"`
	HeaderParameters *map[string]*string `field:"optional" json:"headerParameters" yaml:"headerParameters"`
	// Default: any method (*).
	Method *string `field:"optional" json:"method" yaml:"method"`
	// Default: "/". Each * needs a PathParameterValues entry.
	Path                  *string                   `field:"optional" json:"path" yaml:"path"`
	PathParameterValues   *[]*string                `field:"optional" json:"pathParameterValues" yaml:"pathParameterValues"`
	PostBody              awsevents.RuleTargetInput `field:"optional" json:"postBody" yaml:"postBody"`
	QueryStringParameters *map[string]*string       `field:"optional" json:"queryStringParameters" yaml:"queryStringParameters"`
	// Default: the API's deployment stage.
	Stage *string `field:"optional" json:"stage" yaml:"stage"`
}

// ApiGateway calls an API Gateway REST API.
type ApiGateway interface {
	awsevents.IRuleTarget
	// IRestApi is the API.
	IRestApi() awsapigateway.IRestApi
	// RestApi is the API as a RestApi (an error when it is not one).
	RestApi() awsapigateway.RestApi
	Bind(rule interfacesawsevents.IRuleRef, id *string) *awsevents.RuleTargetConfig
}

type apiGatewayTarget struct {
	api   awsapigateway.IRestApi
	props *ApiGatewayProps
}

// NewApiGateway makes a REST API a rule target.
func NewApiGateway(restApi awsapigateway.IRestApi, props *ApiGatewayProps) ApiGateway {
	return &apiGatewayTarget{api: restApi, props: props}
}

func (a *apiGatewayTarget) IRestApi() awsapigateway.IRestApi { return a.api }

func (a *apiGatewayTarget) RestApi() awsapigateway.RestApi {
	if r, ok := a.api.(awsapigateway.RestApi); ok && *awsapigateway.RestApi_IsRestApi(a.api) {
		return r
	}
	l2.Throw(a.api, "The iRestApi is not a RestApi construct, and cannot be retrieved this way.")
	return nil
}

var wildcard = regexp.MustCompile(`\*`)

// Bind lets the role invoke the API at the method, path and stage.
func (a *apiGatewayTarget) Bind(rule interfacesawsevents.IRuleRef, _ *string) *awsevents.RuleTargetConfig {
	if a.api == nil {
		l2.Throw(rule, "ApiGateway target: the REST API is required")
	}
	p := a.props
	if p == nil {
		p = &ApiGatewayProps{}
	}
	addDeadLetterPolicy(rule, p.DeadLetterQueue)
	wildcards := 0
	if p.Path != nil {
		wildcards = len(wildcard.FindAllStringIndex(*p.Path, -1))
	}
	values := 0
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
		stage = a.api.DeploymentStage().StageName()
	}
	arn := a.api.ArnForExecuteApi(p.Method, path, stage)
	role := p.EventRole
	if role == nil {
		role = singletonEventRole(a.api)
	}
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Resources: &[]*string{arn},
		Actions:   jsii.Strings("execute-api:Invoke", "execute-api:ManageConnections"),
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

// NewLambdaFunction_Override initialises outer, a type embedding LambdaFunction.
func NewLambdaFunction_Override(outer LambdaFunction, handler awslambda.IFunction, props *LambdaFunctionProps) {
	l2.Override(outer, NewLambdaFunction(handler, props))
}

// NewSqsQueue_Override initialises outer, a type embedding SqsQueue.
func NewSqsQueue_Override(outer SqsQueue, queue awssqs.IQueue, props *SqsQueueProps) {
	l2.Override(outer, NewSqsQueue(queue, props))
}

// NewSnsTopic_Override initialises outer, a type embedding SnsTopic.
func NewSnsTopic_Override(outer SnsTopic, topic awssns.ITopic, props *SnsTopicProps) {
	l2.Override(outer, NewSnsTopic(topic, props))
}

// NewEventBus_Override initialises outer, a type embedding EventBus.
func NewEventBus_Override(outer EventBus, eventBus awsevents.IEventBus, props *EventBusProps) {
	l2.Override(outer, NewEventBus(eventBus, props))
}

// NewKinesisStream_Override initialises outer, a type embedding KinesisStream.
func NewKinesisStream_Override(outer KinesisStream, stream awskinesis.IStream, props *KinesisStreamProps) {
	l2.Override(outer, NewKinesisStream(stream, props))
}

// NewApiDestination_Override initialises outer, a type embedding ApiDestination.
func NewApiDestination_Override(outer ApiDestination, apiDestination awsevents.IApiDestination, props *ApiDestinationProps) {
	l2.Override(outer, NewApiDestination(apiDestination, props))
}

// NewApiGateway_Override initialises outer, a type embedding ApiGateway.
func NewApiGateway_Override(outer ApiGateway, restApi awsapigateway.IRestApi, props *ApiGatewayProps) {
	l2.Override(outer, NewApiGateway(restApi, props))
}
