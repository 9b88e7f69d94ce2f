package customresources

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/handlers/providerframework"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ProviderProps are the props of NewProvider.
type ProviderProps struct {
	// The function CloudFormation's create, update and delete requests
	// reach; it returns the PhysicalResourceId (and Data).
	OnEventHandler awslambda.IFunction `field:"required" json:"onEventHandler" yaml:"onEventHandler"`
	// Whether logging of the waiter state machine is disabled. Default: true.
	DisableWaiterStateMachineLogging *bool `field:"optional" json:"disableWaiterStateMachineLogging" yaml:"disableWaiterStateMachineLogging"`
	// The role of the isComplete and onTimeout framework functions.
	FrameworkCompleteAndTimeoutRole awsiam.IRole `field:"optional" json:"frameworkCompleteAndTimeoutRole" yaml:"frameworkCompleteAndTimeoutRole"`
	// Log level of the framework functions. Default: FATAL.
	FrameworkLambdaLoggingLevel awslambda.ApplicationLogLevel `field:"optional" json:"frameworkLambdaLoggingLevel" yaml:"frameworkLambdaLoggingLevel"`
	// The role of the onEvent framework function.
	FrameworkOnEventRole awsiam.IRole `field:"optional" json:"frameworkOnEventRole" yaml:"frameworkOnEventRole"`
	// The function polled until the operation is complete. Default: none,
	// the operation completes when onEvent returns.
	IsCompleteHandler awslambda.IFunction `field:"optional" json:"isCompleteHandler" yaml:"isCompleteHandler"`
	// The log group of the framework functions.
	LogGroup interfacesawslogs.ILogGroupRef `field:"optional" json:"logGroup" yaml:"logGroup"`
	// The log retention of the framework functions (legacy; prefer LogGroup).
	LogRetention awslogs.RetentionDays `field:"optional" json:"logRetention" yaml:"logRetention"`
	// KMS key encrypting the framework functions' environment variables.
	ProviderFunctionEnvEncryption interfacesawskms.IKeyRef `field:"optional" json:"providerFunctionEnvEncryption" yaml:"providerFunctionEnvEncryption"`
	// The name of the onEvent framework function.
	ProviderFunctionName *string `field:"optional" json:"providerFunctionName" yaml:"providerFunctionName"`
	// Time between isComplete calls. Default: 5 seconds.
	QueryInterval awscdk.Duration `field:"optional" json:"queryInterval" yaml:"queryInterval"`
	// The role of every framework function.
	//
	// Deprecated: use FrameworkOnEventRole and FrameworkCompleteAndTimeoutRole.
	Role awsiam.IRole `field:"optional" json:"role" yaml:"role"`
	// Security groups of the framework functions (with Vpc).
	SecurityGroups *[]awsec2.ISecurityGroup `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	// Total timeout of the operation (at most 1 hour). Default: 30 minutes.
	TotalTimeout awscdk.Duration `field:"optional" json:"totalTimeout" yaml:"totalTimeout"`
	// The VPC of the framework functions.
	Vpc awsec2.IVpc `field:"optional" json:"vpc" yaml:"vpc"`
	// Which subnets of Vpc to use.
	VpcSubnets *awsec2.SubnetSelection `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	// What the waiter state machine logs and where.
	WaiterStateMachineLogOptions *LogOptions `field:"optional" json:"waiterStateMachineLogOptions" yaml:"waiterStateMachineLogOptions"`
}

// Provider is the custom resource provider framework: Lambda functions
// between CloudFormation and the user's onEvent (and isComplete) handlers.
// Its ServiceToken is what a CustomResource names.
type Provider interface {
	constructs.Construct
	// The user's isComplete handler, if any.
	IsCompleteHandler() awslambda.IFunction
	// The user's onEvent handler.
	OnEventHandler() awslambda.IFunction
	// The service token of custom resources using this provider.
	ServiceToken() *string
}

type provider struct {
	constructs.Construct
	props        *ProviderProps
	logLevel     awslambda.ApplicationLogLevel
	serviceToken *string
}

// Provider_PROPERTY_INJECTION_ID is the id property injectors use.
func Provider_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-custom-resources.Provider")
}

// Provider_IsConstruct reports whether x is a construct.
func Provider_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// NewProvider_Override initialises outer, a type embedding Provider.
func NewProvider_Override(p Provider, scope constructs.Construct, id *string, props *ProviderProps) {
	l2.Override(p, NewProvider(scope, id, props))
}

// The framework functions' timeout (Lambda's maximum), and the waiter's
// defaults.
const (
	frameworkTimeoutMinutes = 15
	defaultTotalTimeoutSecs = 30 * 60
	defaultIntervalSecs     = 5
)

// NewProvider defines the framework's onEvent function and, with an
// isComplete handler, its isComplete and onTimeout functions and the
// waiter state machine.
func NewProvider(scope constructs.Construct, id *string, props *ProviderProps) Provider {
	props = l2.Inject(*Provider_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "Provider", "OnEventHandler")
	}
	p := &provider{Construct: constructs.NewConstruct(scope, id), props: props}
	host.Set(p.Construct, p)
	if props.OnEventHandler == nil {
		l2.Throw(p, "Provider needs OnEventHandler")
	}
	if props.IsCompleteHandler == nil && (props.QueryInterval != nil || props.TotalTimeout != nil ||
		props.WaiterStateMachineLogOptions != nil || props.DisableWaiterStateMachineLogging != nil) {
		l2.Throw(p, `"queryInterval", "totalTimeout", "waiterStateMachineLogOptions", and "disableWaiterStateMachineLogging" can only be configured if "isCompleteHandler" is specified. Otherwise, they have no meaning`)
	}
	if props.Role != nil && (props.FrameworkOnEventRole != nil || props.FrameworkCompleteAndTimeoutRole != nil) {
		l2.Throw(p, `Cannot specify both "role" and any of "frameworkOnEventRole" or "frameworkCompleteAndTimeoutRole".`)
	}
	if props.IsCompleteHandler == nil && props.FrameworkCompleteAndTimeoutRole != nil {
		l2.Throw(p, `Cannot specify "frameworkCompleteAndTimeoutRole" when "isCompleteHandler" is not specified.`)
	}
	p.logLevel = props.FrameworkLambdaLoggingLevel
	if p.logLevel == "" {
		p.logLevel = awslambda.ApplicationLogLevel_FATAL
	}
	onEvent := p.createFunction("onEvent", props.ProviderFunctionName, props.FrameworkOnEventRole)
	if props.IsCompleteHandler != nil {
		isComplete := p.createFunction("isComplete", nil, props.FrameworkCompleteAndTimeoutRole)
		onTimeout := p.createFunction("onTimeout", nil, props.FrameworkCompleteAndTimeoutRole)
		maxAttempts, interval := p.retryPolicy()
		disable := props.DisableWaiterStateMachineLogging
		if disable == nil {
			disable = jsii.Bool(true)
		}
		waiter := NewWaiterStateMachine(p, jsii.String("waiter-state-machine"), &WaiterStateMachineProps{
			IsCompleteHandler: isComplete,
			TimeoutHandler:    onTimeout,
			BackoffRate:       jsii.Number(1),
			Interval:          interval,
			MaxAttempts:       jsii.Number(maxAttempts),
			LogOptions:        props.WaiterStateMachineLogOptions,
			DisableLogging:    disable,
		})
		onEvent.AddEnvironment(jsii.String("WAITER_STATE_MACHINE_ARN"), waiter.StateMachineArn(), nil)
		waiter.GrantStartExecution(onEvent)
	}
	p.serviceToken = onEvent.FunctionArn()
	return p
}

// retryPolicy is the waiter's attempts and interval: totalTimeout over
// queryInterval, which must divide it.
func (p *provider) retryPolicy() (float64, awscdk.Duration) {
	total := p.props.TotalTimeout
	if total == nil {
		total = awscdk.Duration_Seconds(jsii.Number(defaultTotalTimeoutSecs))
	}
	interval := p.props.QueryInterval
	if interval == nil {
		interval = awscdk.Duration_Seconds(jsii.Number(defaultIntervalSecs))
	}
	t, i := *total.ToSeconds(nil), *interval.ToSeconds(nil)
	if i == 0 {
		l2.Throw(p, "queryInterval must be more than 0 seconds")
	}
	attempts := t / i
	if attempts != float64(int64(attempts+0.5)) {
		l2.Throw(p, "Cannot determine retry count since totalTimeout=%ss is not integrally dividable by queryInterval=%ss", jsNumber(t), jsNumber(i))
	}
	return attempts, interval
}

func (p *provider) createFunction(entrypoint string, name *string, role awsiam.IRole) awslambda.Function {
	dir, err := providerframework.Dir()
	if err != nil {
		l2.Throw(p, "writing the code of the provider framework: %v", err)
	}
	desc := "AWS CDK resource provider framework - " + entrypoint + " (" + *p.Node().Path() + ")"
	if r := []rune(desc); len(r) > 256 {
		desc = string(r[:256])
	}
	if p.props.Role != nil {
		role = p.props.Role
	}
	fn := awslambda.NewFunction(p, jsii.String("framework-"+entrypoint), &awslambda.FunctionProps{
		Code:                  awslambda.Code_FromAsset(jsii.String(dir), nil),
		Description:           jsii.String(desc),
		Runtime:               latestNodeRuntime(p),
		Handler:               jsii.String("framework." + entrypoint),
		Timeout:               awscdk.Duration_Minutes(jsii.Number(frameworkTimeoutMinutes)),
		LoggingFormat:         awslambda.LoggingFormat_JSON,
		ApplicationLogLevelV2: p.logLevel,
		LogRetention:          p.props.LogRetention,
		LogGroup:              p.props.LogGroup,
		Vpc:                   p.props.Vpc,
		VpcSubnets:            p.props.VpcSubnets,
		SecurityGroups:        p.props.SecurityGroups,
		Role:                  role,
		FunctionName:          name,
		EnvironmentEncryption: p.props.ProviderFunctionEnvEncryption,
	})
	fn.AddEnvironment(jsii.String("USER_ON_EVENT_FUNCTION_ARN"), p.props.OnEventHandler.FunctionArn(), nil)
	addPermissions(fn, p.props.OnEventHandler)
	if p.props.IsCompleteHandler != nil {
		fn.AddEnvironment(jsii.String("USER_IS_COMPLETE_FUNCTION_ARN"), p.props.IsCompleteHandler.FunctionArn(), nil)
		addPermissions(fn, p.props.IsCompleteHandler)
	}
	return fn
}

// addPermissions lets the framework function invoke the user's function
// and wait for it to be active.
func addPermissions(framework awslambda.Function, user awslambda.IFunction) {
	user.GrantInvoke(framework)
	framework.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Effect: awsiam.Effect_ALLOW, Actions: jsii.Strings("lambda:GetFunction"), Resources: &[]*string{user.FunctionArn()},
	}))
}

func (p *provider) IsCompleteHandler() awslambda.IFunction { return p.props.IsCompleteHandler }
func (p *provider) OnEventHandler() awslambda.IFunction    { return p.props.OnEventHandler }
func (p *provider) ServiceToken() *string                  { return p.serviceToken }
