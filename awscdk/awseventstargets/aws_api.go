package awseventstargets

import (
	"embed"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/handlers"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/sdkiam"
	"github.com/strata-cdk/strata/jsii"
)

// awsapitarget/sdk-v2-to-v3.json is a copy of the AwsCustomResource
// handler's table; TestAwsAPITargetTableIsFresh keeps them equal.
//
//go:generate cp ../../internal/handlers/awscustomresource/sdk-v2-to-v3.json awsapitarget/

//go:embed awsapitarget/index.js awsapitarget/sdk-v2-to-v3.json
var awsAPITargetHandler embed.FS

// The singleton function aws-cdk-lib shares among a stack's AwsApi targets.
const awsAPITargetUUID = "b4cf1abd-4e4f-4bc6-9944-1af7ccd9ec37"

// AwsApiInput is the AWS SDK call an AwsApi target makes.
type AwsApiInput struct {
	// The service action to call, e.g. runTask.
	Action *string `field:"required" json:"action" yaml:"action"`
	// The service to call, e.g. ECS.
	Service *string `field:"required" json:"service" yaml:"service"`
	// API version to use for the service. Default: the SDK's.
	ApiVersion *string `field:"optional" json:"apiVersion" yaml:"apiVersion"`
	// The regex an error's name must match to be caught. Default: no error is caught.
	CatchErrorPattern *string `field:"optional" json:"catchErrorPattern" yaml:"catchErrorPattern"`
	// The parameters of the call. Default: none.
	Parameters interface{} `field:"optional" json:"parameters" yaml:"parameters"`
}

// AwsApiProps are the props of NewAwsApi.
type AwsApiProps struct {
	// The service action to call, e.g. runTask.
	Action *string `field:"required" json:"action" yaml:"action"`
	// The service to call, e.g. ECS.
	Service *string `field:"required" json:"service" yaml:"service"`
	// API version to use for the service. Default: the SDK's.
	ApiVersion *string `field:"optional" json:"apiVersion" yaml:"apiVersion"`
	// The regex an error's name must match to be caught. Default: no error is caught.
	CatchErrorPattern *string `field:"optional" json:"catchErrorPattern" yaml:"catchErrorPattern"`
	// The parameters of the call. Default: none.
	Parameters interface{} `field:"optional" json:"parameters" yaml:"parameters"`
	// The statement allowing the call. Default: service:Action on every resource.
	PolicyStatement awsiam.PolicyStatement `field:"optional" json:"policyStatement" yaml:"policyStatement"`
}

// AwsApi makes an AWS API call when a rule fires, through a Lambda
// function shared by the stack's AwsApi targets. The function runs
// Strata's own handler code, so its asset hash differs from aws-cdk-lib's.
type AwsApi interface {
	awsevents.IRuleTarget
	Bind(rule interfacesawsevents.IRuleRef, id *string) *awsevents.RuleTargetConfig
}

type awsAPI struct{ props *AwsApiProps }

// NewAwsApi is a target calling an AWS API.
func NewAwsApi(props *AwsApiProps) AwsApi {
	if props == nil {
		props = &AwsApiProps{}
	}
	return &awsAPI{props: props}
}

// NewAwsApi_Override initialises outer, a type embedding AwsApi.
func NewAwsApi_Override(outer AwsApi, props *AwsApiProps) {
	l2.Override(outer, NewAwsApi(props))
}

// Bind adds the shared function (its id in the rule's scope is the rule's
// id and the target's), its permission to make the call and the rule's
// permission to invoke it.
func (a *awsAPI) Bind(rule interfacesawsevents.IRuleRef, id *string) *awsevents.RuleTargetConfig {
	p := a.props
	if p.Service == nil || p.Action == nil {
		l2.Throw(rule, "AwsApi target: service and action are required")
	}
	scope, ok := rule.(constructs.Construct)
	if !ok {
		l2.Throw(rule, "AwsApi target: the rule must be a construct")
	}
	targetID := ""
	if id != nil {
		targetID = *id
	}
	handler := newAwsAPITargetFunction(scope, *rule.Node().Id()+targetID+"Handler")
	action, known := sdkiam.EventsTargetAction(*p.Service, *p.Action)
	if !known {
		awscdk.Annotations_Of(handler).AddWarningV2(jsii.String("@aws-cdk/aws-events-targets:"+*p.Service+"DoesNotExist"),
			jsii.String("Service "+*p.Service+" does not exist in the AWS SDK. Check the list of available services and actions from https://docs.aws.amazon.com/AWSJavaScriptSDK/latest/index.html"))
	}
	if p.PolicyStatement != nil {
		handler.AddToRolePolicy(p.PolicyStatement)
	} else {
		if !known {
			l2.Throw(handler, "AwsApi target: service %s is not in the AWS SDK, so its IAM action is unknown; give a policyStatement", *p.Service)
		}
		handler.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings(action), Resources: jsii.Strings("*"),
		}))
	}
	addLambdaPermission(rule, handler)

	input := ojson.New()
	input.Set("service", p.Service)
	input.Set("action", p.Action)
	if p.Parameters != nil {
		input.Set("parameters", p.Parameters)
	}
	if p.CatchErrorPattern != nil {
		input.Set("catchErrorPattern", p.CatchErrorPattern)
	}
	if p.ApiVersion != nil {
		input.Set("apiVersion", p.ApiVersion)
	}
	return &awsevents.RuleTargetConfig{
		Arn:            handler.FunctionArn(),
		Input:          awsevents.RuleTargetInput_FromObject(input),
		TargetResource: handler,
	}
}

// newAwsAPITargetFunction is aws-cdk-lib's AwsApiSingletonFunction: the
// latest Node.js runtime of the region, one minute, 256 MB.
func newAwsAPITargetFunction(scope constructs.Construct, id string) awslambda.SingletonFunction {
	dir, err := handlers.Stage(awsAPITargetHandler, "awsapitarget")
	if err != nil {
		l2.Throw(scope, "writing the code of the AwsApi target handler: %v", err)
	}
	runtime := awslambda.NewRuntime(
		awscdk.Stack_Of(scope).RegionalFact(jsii.String("LATEST_NODE_RUNTIME"), jsii.String("nodejs24.x")),
		awslambda.RuntimeFamily_NODEJS, &awslambda.LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true), IsVariable: jsii.Bool(true)})
	fn := awslambda.NewSingletonFunction(scope, jsii.String(id), &awslambda.SingletonFunctionProps{
		Uuid:          jsii.String(awsAPITargetUUID),
		LambdaPurpose: jsii.String("AWS"),
		Code:          awslambda.Code_FromAsset(jsii.String(dir), nil),
		Handler:       jsii.String("index.handler"),
		Runtime:       runtime,
		Timeout:       awscdk.Duration_Seconds(jsii.Number(60)),
		MemorySize:    jsii.Number(256),
	})
	fn.AddMetadata(jsii.String("aws:cdk:is-custom-resource-handler-singleton"), true, nil)
	// The runtime family as aws-cdk-lib's enum ordinal (NODEJS is 0).
	fn.AddMetadata(jsii.String("aws:cdk:is-custom-resource-handler-runtime-family"), 0, nil)
	return fn
}
