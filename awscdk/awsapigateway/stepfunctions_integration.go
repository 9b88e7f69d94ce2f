package awsapigateway

import (
	_ "embed"
	"encoding/json"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// stepFunctionsRequestTemplate is the request mapping template that turns
// a request into a StartSyncExecution call. It is aws-cdk-lib's text, kept
// byte for byte: it lands verbatim in every template that uses the
// integration, which must match aws-cdk-lib's.
//
//go:embed stepfunctions_request.vtl
var stepFunctionsRequestTemplate string

// StepFunctionsExecutionIntegrationOptions are the options of
// StepFunctionsIntegration_StartExecution.
type StepFunctionsExecutionIntegrationOptions struct {
	CacheKeyParameters     *[]*string              `field:"optional" json:"cacheKeyParameters" yaml:"cacheKeyParameters"`
	CacheNamespace         *string                 `field:"optional" json:"cacheNamespace" yaml:"cacheNamespace"`
	ConnectionType         ConnectionType          `field:"optional" json:"connectionType" yaml:"connectionType"`
	ContentHandling        ContentHandling         `field:"optional" json:"contentHandling" yaml:"contentHandling"`
	CredentialsPassthrough *bool                   `field:"optional" json:"credentialsPassthrough" yaml:"credentialsPassthrough"`
	CredentialsRole        awsiam.IRole            `field:"optional" json:"credentialsRole" yaml:"credentialsRole"`
	IntegrationResponses   *[]*IntegrationResponse `field:"optional" json:"integrationResponses" yaml:"integrationResponses"`
	PassthroughBehavior    PassthroughBehavior     `field:"optional" json:"passthroughBehavior" yaml:"passthroughBehavior"`
	RequestParameters      *map[string]*string     `field:"optional" json:"requestParameters" yaml:"requestParameters"`
	RequestTemplates       *map[string]*string     `field:"optional" json:"requestTemplates" yaml:"requestTemplates"`
	ResponseTransferMode   ResponseTransferMode    `field:"optional" json:"responseTransferMode" yaml:"responseTransferMode"`
	Timeout                awscdk.Duration         `field:"optional" json:"timeout" yaml:"timeout"`
	VpcLink                IVpcLink                `field:"optional" json:"vpcLink" yaml:"vpcLink"`
	// Pass the authorizer's $context.authorizer values on. Default: false.
	Authorizer *bool `field:"optional" json:"authorizer" yaml:"authorizer"`
	// Pass the request headers on. Default: false.
	Headers *bool `field:"optional" json:"headers" yaml:"headers"`
	// Pass the path parameters on. Default: true.
	Path *bool `field:"optional" json:"path" yaml:"path"`
	// Pass the query string on. Default: true.
	Querystring *bool `field:"optional" json:"querystring" yaml:"querystring"`
	// The $context values to pass on. Default: none.
	RequestContext *RequestContext `field:"optional" json:"requestContext" yaml:"requestContext"`
	// Add the 200, 400 and 500 method responses. Default: true.
	UseDefaultMethodResponses *bool `field:"optional" json:"useDefaultMethodResponses" yaml:"useDefaultMethodResponses"`
}

// StepFunctionsIntegration starts Step Functions executions from API Gateway.
type StepFunctionsIntegration interface{}

type stepFunctionsIntegration struct{}

// NewStepFunctionsIntegration returns a StepFunctionsIntegration; its
// integrations are made by its static functions.
func NewStepFunctionsIntegration() StepFunctionsIntegration { return &stepFunctionsIntegration{} }

// NewStepFunctionsIntegration_Override initializes outer as NewStepFunctionsIntegration does.
func NewStepFunctionsIntegration_Override(outer StepFunctionsIntegration) {
	l2.Override(outer, NewStepFunctionsIntegration())
}

func boolOr(b *bool, def bool) bool {
	if b == nil {
		return def
	}
	return *b
}

// StepFunctionsIntegration_StartExecution runs an EXPRESS state machine
// synchronously (StartSyncExecution) for each request, with the request's
// body, path, query string (and, if asked, headers, authorizer and
// context values) as its input, answering with its output.
func StepFunctionsIntegration_StartExecution(stateMachine awsstepfunctions.IStateMachine, options *StepFunctionsExecutionIntegrationOptions) AwsIntegration {
	if stateMachine == nil || isNil(stateMachine) {
		panic(&diag.UserError{Err: diag.Errorf("", "StepFunctionsIntegration.startExecution needs a state machine")})
	}
	o := StepFunctionsExecutionIntegrationOptions{}
	if options != nil {
		o = *options
	}
	io := &IntegrationOptions{
		CredentialsRole:      o.CredentialsRole,
		IntegrationResponses: sfnIntegrationResponses(),
		PassthroughBehavior:  PassthroughBehavior_NEVER,
		RequestTemplates:     &map[string]*string{"application/json": jsii.String(sfnRequestTemplate(stateMachine, &o))},
	}
	// The options given replace the defaults, as aws-cdk-lib's spread does.
	if o.CacheKeyParameters != nil {
		io.CacheKeyParameters = o.CacheKeyParameters
	}
	if o.CacheNamespace != nil {
		io.CacheNamespace = o.CacheNamespace
	}
	if o.ConnectionType != "" {
		io.ConnectionType = o.ConnectionType
	}
	if o.ContentHandling != "" {
		io.ContentHandling = o.ContentHandling
	}
	if o.CredentialsPassthrough != nil {
		io.CredentialsPassthrough = o.CredentialsPassthrough
	}
	if o.IntegrationResponses != nil {
		io.IntegrationResponses = o.IntegrationResponses
	}
	if o.PassthroughBehavior != "" {
		io.PassthroughBehavior = o.PassthroughBehavior
	}
	if o.RequestParameters != nil {
		io.RequestParameters = o.RequestParameters
	}
	if o.RequestTemplates != nil {
		io.RequestTemplates = o.RequestTemplates
	}
	if o.ResponseTransferMode != "" {
		io.ResponseTransferMode = o.ResponseTransferMode
	}
	if o.Timeout != nil {
		io.Timeout = o.Timeout
	}
	if o.VpcLink != nil {
		io.VpcLink = o.VpcLink
	}
	i := newAwsIntegration(&AwsIntegrationProps{Service: jsii.String("states"), Action: jsii.String("StartSyncExecution"), Options: io})
	if o.IntegrationResponses == nil {
		// The default responses are aws-cdk-lib object literals, which the
		// deployment hash takes in their own key order (selectionPattern
		// first); the preflight rendering keeps that order.
		i.preflight = &preflight{requestTemplates: sortedStrings(io.RequestTemplates), responses: sfnHashResponses(*io.IntegrationResponses)}
	}
	useDefaultResponses := boolOr(o.UseDefaultMethodResponses, true)
	i.bound = func(m Method, cfg *IntegrationConfig) {
		role := cfg.Options.CredentialsRole
		if role == nil {
			role = awsiam.NewRole(m, jsii.String("StartSyncExecutionRole"), &awsiam.RoleProps{
				AssumedBy: awsiam.NewServicePrincipal(jsii.String("apigateway.amazonaws.com"), nil)})
		}
		stateMachine.GrantStartSyncExecution(role)
		var name *string
		if sm, ok := stateMachine.(awsstepfunctions.StateMachine); ok {
			if sm.StateMachineType() != awsstepfunctions.StateMachineType_EXPRESS {
				l2.Throw(m, "State Machine must be of type \"EXPRESS\". Please use StateMachineType.EXPRESS as the stateMachineType")
			}
			if cfn, ok := sm.Node().DefaultChild().(awsstepfunctions.CfnStateMachine); ok {
				name = cfn.StateMachineName()
			}
		} else {
			name = jsii.String("StateMachine-" + *awscdk.Stack_Of(stateMachine).Node().Addr())
		}
		if name != nil && !isUnresolved(*name) {
			b, _ := json.Marshal(map[string]string{"stateMachineName": *name})
			cfg.DeploymentToken = jsii.String(string(b))
		}
		if useDefaultResponses {
			for _, r := range []struct {
				code  string
				model IModel
			}{{"200", Model_EMPTY_MODEL()}, {"400", Model_ERROR_MODEL()}, {"500", Model_ERROR_MODEL()}} {
				m.AddMethodResponse(&MethodResponse{StatusCode: jsii.String(r.code), ResponseModels: &map[string]IModel{"application/json": r.model}})
			}
		}
		cfg.Options.CredentialsRole = role
	}
	return i
}

// sfnIntegrationResponses answer with the execution's output, or its error
// with a 500 when it failed; 4xx and 5xx from the service map to 400 and 500.
func sfnIntegrationResponses() *[]*IntegrationResponse {
	ok := strings.Join([]string{
		"#set($inputRoot = $input.path('$'))",
		`#if($input.path('$.status').toString().equals("FAILED"))`,
		"#set($context.responseOverride.status = 500)",
		"{",
		`"error": "$input.path('$.error')",`,
		`"cause": "$input.path('$.cause')"`,
		"}",
		"#else",
		"$input.path('$.output')",
		"#end",
	}, "\n")
	return &[]*IntegrationResponse{
		{StatusCode: jsii.String("200"), ResponseTemplates: &map[string]*string{"application/json": jsii.String(ok)}},
		{SelectionPattern: jsii.String(`4\d{2}`), StatusCode: jsii.String("400"),
			ResponseTemplates: &map[string]*string{"application/json": jsii.String("{\n            \"error\": \"Bad request!\"\n          }")}},
		{SelectionPattern: jsii.String(`5\d{2}`), StatusCode: jsii.String("500"),
			ResponseTemplates: &map[string]*string{"application/json": jsii.String("{\n          \"error\": \"$input.path('$.error')\"\n        }")}},
	}
}

// sfnHashResponses renders the default responses for the deployment hash.
func sfnHashResponses(rs []*IntegrationResponse) []*ojson.Object {
	var out []*ojson.Object
	for _, r := range rs {
		x := ojson.New()
		if r.SelectionPattern != nil {
			x.Set("selectionPattern", *r.SelectionPattern)
		}
		x.Set("statusCode", *r.StatusCode)
		x.Set("responseTemplates", sortedStrings(r.ResponseTemplates))
		out = append(out, x)
	}
	return out
}

func sfnRequestTemplate(sm awsstepfunctions.IStateMachine, o *StepFunctionsExecutionIntegrationOptions) string {
	ctx := ""
	// As aws-cdk-lib: any field given (even false) makes the object.
	if rc := o.RequestContext; rc != nil && *rc != (RequestContext{}) {
		ctx = sfnRequestContext(rc)
	}
	t := stepFunctionsRequestTemplate
	t = strings.Replace(t, "%STATEMACHINE%", *sm.StateMachineArn(), 1)
	t = strings.Replace(t, "%INCLUDE_HEADERS%", boolString(boolOr(o.Headers, false)), 1)
	t = strings.Replace(t, "%INCLUDE_QUERYSTRING%", boolString(boolOr(o.Querystring, true)), 1)
	t = strings.Replace(t, "%INCLUDE_PATH%", boolString(boolOr(o.Path, true)), 1)
	t = strings.Replace(t, "%INCLUDE_AUTHORIZER%", boolString(boolOr(o.Authorizer, false)), 1)
	return strings.Replace(t, "%REQUESTCONTEXT%", ctx, 1)
}

func boolString(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// sfnRequestContext is the JSON object of the chosen $context values, with
// '"' written as the template's @@ placeholder; empty when none is chosen.
func sfnRequestContext(rc *RequestContext) string {
	o := ojson.New()
	add := func(key string, on *bool, value string) {
		if on != nil && *on {
			o.Set(key, value)
		}
	}
	add("accountId", rc.AccountId, "$context.identity.accountId")
	add("apiId", rc.ApiId, "$context.apiId")
	add("apiKey", rc.ApiKey, "$context.identity.apiKey")
	add("authorizerPrincipalId", rc.AuthorizerPrincipalId, "$context.authorizer.principalId")
	add("caller", rc.Caller, "$context.identity.caller")
	add("cognitoAuthenticationProvider", rc.CognitoAuthenticationProvider, "$context.identity.cognitoAuthenticationProvider")
	add("cognitoAuthenticationType", rc.CognitoAuthenticationType, "$context.identity.cognitoAuthenticationType")
	add("cognitoIdentityId", rc.CognitoIdentityId, "$context.identity.cognitoIdentityId")
	add("cognitoIdentityPoolId", rc.CognitoIdentityPoolId, "$context.identity.cognitoIdentityPoolId")
	add("httpMethod", rc.HttpMethod, "$context.httpMethod")
	add("stage", rc.Stage, "$context.stage")
	add("sourceIp", rc.SourceIp, "$context.identity.sourceIp")
	add("user", rc.User, "$context.identity.user")
	add("userAgent", rc.UserAgent, "$context.identity.userAgent")
	add("userArn", rc.UserArn, "$context.identity.userArn")
	add("requestId", rc.RequestId, "$context.requestId")
	add("resourceId", rc.ResourceId, "$context.resourceId")
	add("resourcePath", rc.ResourcePath, "$context.resourcePath")
	b, _ := ojson.Marshal(o, "")
	return strings.ReplaceAll(string(b), `"`, "@@")
}

// StepFunctionsRestApiProps are the props of NewStepFunctionsRestApi.
type StepFunctionsRestApiProps struct {
	DefaultCorsPreflightOptions *CorsOptions           `field:"optional" json:"defaultCorsPreflightOptions" yaml:"defaultCorsPreflightOptions"`
	DefaultIntegration          Integration            `field:"optional" json:"defaultIntegration" yaml:"defaultIntegration"`
	DefaultMethodOptions        *MethodOptions         `field:"optional" json:"defaultMethodOptions" yaml:"defaultMethodOptions"`
	CloudWatchRole              *bool                  `field:"optional" json:"cloudWatchRole" yaml:"cloudWatchRole"`
	CloudWatchRoleRemovalPolicy awscdk.RemovalPolicy   `field:"optional" json:"cloudWatchRoleRemovalPolicy" yaml:"cloudWatchRoleRemovalPolicy"`
	Deploy                      *bool                  `field:"optional" json:"deploy" yaml:"deploy"`
	DeployOptions               *StageOptions          `field:"optional" json:"deployOptions" yaml:"deployOptions"`
	Description                 *string                `field:"optional" json:"description" yaml:"description"`
	DisableExecuteApiEndpoint   *bool                  `field:"optional" json:"disableExecuteApiEndpoint" yaml:"disableExecuteApiEndpoint"`
	DomainName                  *DomainNameOptions     `field:"optional" json:"domainName" yaml:"domainName"`
	EndpointConfiguration       *EndpointConfiguration `field:"optional" json:"endpointConfiguration" yaml:"endpointConfiguration"`
	EndpointExportName          *string                `field:"optional" json:"endpointExportName" yaml:"endpointExportName"`
	EndpointTypes               *[]EndpointType        `field:"optional" json:"endpointTypes" yaml:"endpointTypes"`
	FailOnWarnings              *bool                  `field:"optional" json:"failOnWarnings" yaml:"failOnWarnings"`
	Parameters                  *map[string]*string    `field:"optional" json:"parameters" yaml:"parameters"`
	Policy                      awsiam.PolicyDocument  `field:"optional" json:"policy" yaml:"policy"`
	RestApiName                 *string                `field:"optional" json:"restApiName" yaml:"restApiName"`
	RetainDeployments           *bool                  `field:"optional" json:"retainDeployments" yaml:"retainDeployments"`
	ApiKeySourceType            ApiKeySourceType       `field:"optional" json:"apiKeySourceType" yaml:"apiKeySourceType"`
	BinaryMediaTypes            *[]*string             `field:"optional" json:"binaryMediaTypes" yaml:"binaryMediaTypes"`
	CloneFrom                   IRestApi               `field:"optional" json:"cloneFrom" yaml:"cloneFrom"`
	MinCompressionSize          awscdk.Size            `field:"optional" json:"minCompressionSize" yaml:"minCompressionSize"`
	MinimumCompressionSize      *float64               `field:"optional" json:"minimumCompressionSize" yaml:"minimumCompressionSize"`
	// The EXPRESS state machine every request runs.
	StateMachine   awsstepfunctions.IStateMachine `field:"required" json:"stateMachine" yaml:"stateMachine"`
	Authorizer     *bool                          `field:"optional" json:"authorizer" yaml:"authorizer"`
	Headers        *bool                          `field:"optional" json:"headers" yaml:"headers"`
	Path           *bool                          `field:"optional" json:"path" yaml:"path"`
	Querystring    *bool                          `field:"optional" json:"querystring" yaml:"querystring"`
	RequestContext *RequestContext                `field:"optional" json:"requestContext" yaml:"requestContext"`
	// The role API Gateway starts executions with. Default: a new role.
	Role                      awsiam.IRole `field:"optional" json:"role" yaml:"role"`
	UseDefaultMethodResponses *bool        `field:"optional" json:"useDefaultMethodResponses" yaml:"useDefaultMethodResponses"`
}

// StepFunctionsRestApi is a REST API whose root ANY method runs a state
// machine for every request.
type StepFunctionsRestApi interface {
	RestApi
}

// StepFunctionsRestApi_PROPERTY_INJECTION_ID identifies the class to property injectors.
func StepFunctionsRestApi_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigateway.StepFunctionsRestApi")
}

// NewStepFunctionsRestApi creates a REST API running props.StateMachine (of
// type EXPRESS) for every request to its root.
func NewStepFunctionsRestApi(scope constructs.Construct, id *string, props *StepFunctionsRestApiProps) StepFunctionsRestApi {
	props = l2.Inject(*StepFunctionsRestApi_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || isNil(props.StateMachine) {
		l2.Throw(scope, "StepFunctionsRestApi %s needs props.StateMachine, the state machine every request runs", deref(id))
	}
	if !isNil(props.DefaultIntegration) {
		l2.Throw(scope, "Cannot specify \"defaultIntegration\" since Step Functions integration is automatically defined")
	}
	if sm, ok := props.StateMachine.(awsstepfunctions.StateMachine); ok {
		if cfn, ok := sm.Node().DefaultChild().(awsstepfunctions.CfnStateMachine); !ok || deref(cfn.StateMachineType()) != string(awsstepfunctions.StateMachineType_EXPRESS) {
			l2.Throw(scope, "State Machine must be of type \"EXPRESS\". Please use StateMachineType.EXPRESS as the stateMachineType")
		}
	} else {
		l2.Throw(scope, "State Machine must be of type \"EXPRESS\". Please use StateMachineType.EXPRESS as the stateMachineType")
	}
	integration := StepFunctionsIntegration_StartExecution(props.StateMachine, &StepFunctionsExecutionIntegrationOptions{
		CredentialsRole: props.Role, RequestContext: props.RequestContext, Path: jsii.Bool(boolOr(props.Path, true)),
		Querystring: jsii.Bool(boolOr(props.Querystring, true)), Headers: props.Headers, Authorizer: props.Authorizer,
		UseDefaultMethodResponses: props.UseDefaultMethodResponses})
	a := NewRestApi(scope, id, &RestApiProps{
		DefaultCorsPreflightOptions: props.DefaultCorsPreflightOptions, DefaultMethodOptions: props.DefaultMethodOptions,
		CloudWatchRole: props.CloudWatchRole, CloudWatchRoleRemovalPolicy: props.CloudWatchRoleRemovalPolicy, Deploy: props.Deploy,
		DeployOptions: props.DeployOptions, Description: props.Description, DisableExecuteApiEndpoint: props.DisableExecuteApiEndpoint,
		DomainName: props.DomainName, EndpointConfiguration: props.EndpointConfiguration, EndpointExportName: props.EndpointExportName,
		EndpointTypes: props.EndpointTypes, FailOnWarnings: props.FailOnWarnings, Parameters: props.Parameters, Policy: props.Policy,
		RestApiName: props.RestApiName, RetainDeployments: props.RetainDeployments, ApiKeySourceType: props.ApiKeySourceType,
		BinaryMediaTypes: props.BinaryMediaTypes, CloneFrom: props.CloneFrom, MinCompressionSize: props.MinCompressionSize,
		MinimumCompressionSize: props.MinimumCompressionSize,
	})
	a.Root().AddMethod(jsii.String("ANY"), integration, nil)
	return a
}

// NewStepFunctionsRestApi_Override initializes outer as NewStepFunctionsRestApi does.
func NewStepFunctionsRestApi_Override(outer StepFunctionsRestApi, scope constructs.Construct, id *string, props *StepFunctionsRestApiProps) {
	l2.Override(outer, NewStepFunctionsRestApi(scope, id, props))
}

// StepFunctionsRestApi_IsConstruct reports whether x is a construct.
func StepFunctionsRestApi_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// StepFunctionsRestApi_IsResource reports whether construct is a resource.
func StepFunctionsRestApi_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// StepFunctionsRestApi_IsOwnedResource reports whether construct is a resource created in this app.
func StepFunctionsRestApi_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// StepFunctionsRestApi_IsRestApi reports whether x is a RestApi created in this app.
func StepFunctionsRestApi_IsRestApi(x interface{}) *bool { return RestApi_IsRestApi(x) }

// StepFunctionsRestApi_FromRestApiId imports a REST API by its id.
func StepFunctionsRestApi_FromRestApiId(scope constructs.Construct, id *string, restApiId *string) IRestApi {
	return RestApi_FromRestApiId(scope, id, restApiId)
}

// StepFunctionsRestApi_FromRestApiAttributes imports a REST API from its attributes.
func StepFunctionsRestApi_FromRestApiAttributes(scope constructs.Construct, id *string, attrs *RestApiAttributes) IRestApi {
	return RestApi_FromRestApiAttributes(scope, id, attrs)
}
