package awslambda

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscodeguruprofiler"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslambda"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// SingletonFunctionProps are the props of NewSingletonFunction.
type SingletonFunctionProps struct {
	MaxEventAge                  awscdk.Duration                           `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	OnFailure                    IDestination                              `field:"optional" json:"onFailure" yaml:"onFailure"`
	OnSuccess                    IDestination                              `field:"optional" json:"onSuccess" yaml:"onSuccess"`
	RetryAttempts                *float64                                  `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	ApplicationLogLevel          *string                                   `field:"optional" json:"applicationLogLevel" yaml:"applicationLogLevel"`
	ApplicationLogLevelV2        ApplicationLogLevel                       `field:"optional" json:"applicationLogLevelV2" yaml:"applicationLogLevelV2"`
	Architecture                 Architecture                              `field:"optional" json:"architecture" yaml:"architecture"`
	CodeSigningConfig            interfacesawslambda.ICodeSigningConfigRef `field:"optional" json:"codeSigningConfig" yaml:"codeSigningConfig"`
	CurrentVersionOptions        *VersionOptions                           `field:"optional" json:"currentVersionOptions" yaml:"currentVersionOptions"`
	DeadLetterQueue              awssqs.IQueue                             `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	DeadLetterQueueEnabled       *bool                                     `field:"optional" json:"deadLetterQueueEnabled" yaml:"deadLetterQueueEnabled"`
	DeadLetterTopic              awssns.ITopic                             `field:"optional" json:"deadLetterTopic" yaml:"deadLetterTopic"`
	Description                  *string                                   `field:"optional" json:"description" yaml:"description"`
	Environment                  *map[string]*string                       `field:"optional" json:"environment" yaml:"environment"`
	EnvironmentEncryption        interfacesawskms.IKeyRef                  `field:"optional" json:"environmentEncryption" yaml:"environmentEncryption"`
	EphemeralStorageSize         awscdk.Size                               `field:"optional" json:"ephemeralStorageSize" yaml:"ephemeralStorageSize"`
	Events                       *[]IEventSource                           `field:"optional" json:"events" yaml:"events"`
	FunctionName                 *string                                   `field:"optional" json:"functionName" yaml:"functionName"`
	InitialPolicy                *[]awsiam.PolicyStatement                 `field:"optional" json:"initialPolicy" yaml:"initialPolicy"`
	Layers                       *[]ILayerVersion                          `field:"optional" json:"layers" yaml:"layers"`
	LogFormat                    *string                                   `field:"optional" json:"logFormat" yaml:"logFormat"`
	LoggingFormat                LoggingFormat                             `field:"optional" json:"loggingFormat" yaml:"loggingFormat"`
	LogGroup                     interfacesawslogs.ILogGroupRef            `field:"optional" json:"logGroup" yaml:"logGroup"`
	LogRemovalPolicy             awscdk.RemovalPolicy                      `field:"optional" json:"logRemovalPolicy" yaml:"logRemovalPolicy"`
	LogRetention                 awslogs.RetentionDays                     `field:"optional" json:"logRetention" yaml:"logRetention"`
	LogRetentionRole             awsiam.IRole                              `field:"optional" json:"logRetentionRole" yaml:"logRetentionRole"`
	LogRetentionRetryOptions     *LogRetentionRetryOptions                 `field:"optional" json:"logRetentionRetryOptions" yaml:"logRetentionRetryOptions"`
	MemorySize                   *float64                                  `field:"optional" json:"memorySize" yaml:"memorySize"`
	RecursiveLoop                RecursiveLoop                             `field:"optional" json:"recursiveLoop" yaml:"recursiveLoop"`
	ReservedConcurrentExecutions *float64                                  `field:"optional" json:"reservedConcurrentExecutions" yaml:"reservedConcurrentExecutions"`
	Role                         awsiam.IRole                              `field:"optional" json:"role" yaml:"role"`
	SystemLogLevel               *string                                   `field:"optional" json:"systemLogLevel" yaml:"systemLogLevel"`
	SystemLogLevelV2             SystemLogLevel                            `field:"optional" json:"systemLogLevelV2" yaml:"systemLogLevelV2"`
	Timeout                      awscdk.Duration                           `field:"optional" json:"timeout" yaml:"timeout"`
	Tracing                      Tracing                                   `field:"optional" json:"tracing" yaml:"tracing"`
	AdotInstrumentation          *AdotInstrumentationConfig                `field:"optional" json:"adotInstrumentation" yaml:"adotInstrumentation"`
	AllowAllIpv6Outbound         *bool                                     `field:"optional" json:"allowAllIpv6Outbound" yaml:"allowAllIpv6Outbound"`
	AllowAllOutbound             *bool                                     `field:"optional" json:"allowAllOutbound" yaml:"allowAllOutbound"`
	AllowPublicSubnet            *bool                                     `field:"optional" json:"allowPublicSubnet" yaml:"allowPublicSubnet"`
	DurableConfig                *DurableConfig                            `field:"optional" json:"durableConfig" yaml:"durableConfig"`
	Filesystem                   FileSystem                                `field:"optional" json:"filesystem" yaml:"filesystem"`
	InsightsVersion              LambdaInsightsVersion                     `field:"optional" json:"insightsVersion" yaml:"insightsVersion"`
	Ipv6AllowedForDualStack      *bool                                     `field:"optional" json:"ipv6AllowedForDualStack" yaml:"ipv6AllowedForDualStack"`
	ParamsAndSecrets             ParamsAndSecretsLayerVersion              `field:"optional" json:"paramsAndSecrets" yaml:"paramsAndSecrets"`
	Profiling                    *bool                                     `field:"optional" json:"profiling" yaml:"profiling"`
	ProfilingGroup               awscodeguruprofiler.IProfilingGroup       `field:"optional" json:"profilingGroup" yaml:"profilingGroup"`
	RuntimeManagementMode        RuntimeManagementMode                     `field:"optional" json:"runtimeManagementMode" yaml:"runtimeManagementMode"`
	SecurityGroups               *[]awsec2.ISecurityGroup                  `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	SnapStart                    SnapStartConf                             `field:"optional" json:"snapStart" yaml:"snapStart"`
	TenancyConfig                TenancyConfig                             `field:"optional" json:"tenancyConfig" yaml:"tenancyConfig"`
	Vpc                          awsec2.IVpc                               `field:"optional" json:"vpc" yaml:"vpc"`
	VpcSubnets                   *awsec2.SubnetSelection                   `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	// The function's code.
	Code Code `field:"required" json:"code" yaml:"code"`
	// The entry point, e.g. "index.handler" (Handler_FROM_IMAGE for images).
	Handler *string `field:"required" json:"handler" yaml:"handler"`
	// The runtime (Runtime_FROM_IMAGE for images).
	Runtime Runtime `field:"required" json:"runtime" yaml:"runtime"`
	// Identifies the function: every SingletonFunction with this UUID in a
	// stack is the same function.
	Uuid *string `field:"required" json:"uuid" yaml:"uuid"`
	// What the function is for; part of its construct id. Default: "SingletonLambda".
	LambdaPurpose *string `field:"optional" json:"lambdaPurpose" yaml:"lambdaPurpose"`
}

// SingletonFunction is a function created once per stack, however many
// constructs ask for it (by UUID).
type SingletonFunction interface {
	FunctionBase
	// ConstructName is the id of the underlying function.
	ConstructName() *string
	// AddMetadata adds metadata to the underlying function.
	AddMetadata(type_ *string, data interface{}, options *constructs.MetadataOptions)
	Runtime() Runtime
	LogGroup() awslogs.ILogGroup
	AddEnvironment(key *string, value *string, options *EnvironmentOptions) Function
	AddLayers(layers ...ILayerVersion)
	// AddDependency makes the function depend on up.
	AddDependency(up ...constructs.IDependable)
	// DependOn makes down depend on the function.
	DependOn(down constructs.IConstruct)
	// CurrentVersion is the current version of the underlying function.
	CurrentVersion() Version
}

type singletonFunction struct {
	functionBase
	fn Function
}

// SingletonFunction_PROPERTY_INJECTION_ID is the id property injectors use for SingletonFunction.
func SingletonFunction_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-lambda.SingletonFunction")
}

var nonAlnum = regexp.MustCompile(`[^a-zA-Z0-9]`)

// NewSingletonFunction returns the stack's function for props.Uuid,
// creating it (directly under the stack) the first time.
func NewSingletonFunction(scope constructs.Construct, id *string, props *SingletonFunctionProps) SingletonFunction {
	props = l2.Inject(*SingletonFunction_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "SingletonFunction", "Uuid", "Code", "Handler", "Runtime")
	}
	s := &singletonFunction{}
	s.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(s.Resource, s)
	purpose := "SingletonLambda"
	if props.LambdaPurpose != nil && *props.LambdaPurpose != "" {
		purpose = *props.LambdaPurpose
	}
	name := purpose + nonAlnum.ReplaceAllString(deref(props.Uuid), "")
	stack := awscdk.Stack_Of(s)
	if existing, ok := stack.Node().TryFindChild(&name).(Function); ok {
		s.fn = existing
	} else {
		s.fn = NewFunction(stack, &name, props.functionProps())
	}
	s.arn = s.fn.FunctionArn
	s.name = s.fn.FunctionName
	s.role = s.fn.Role()
	s.grantPrincipal = s.fn.GrantPrincipal()
	s.arch = s.fn.Architecture()
	s.canCreate = true
	s.functionNode = s.fn.Node
	s.initBase(s)
	return s
}

func (p *SingletonFunctionProps) functionProps() *FunctionProps {
	return &FunctionProps{
		MaxEventAge:                  p.MaxEventAge,
		RetryAttempts:                p.RetryAttempts,
		ApplicationLogLevel:          p.ApplicationLogLevel,
		ApplicationLogLevelV2:        p.ApplicationLogLevelV2,
		Architecture:                 p.Architecture,
		CodeSigningConfig:            p.CodeSigningConfig,
		CurrentVersionOptions:        p.CurrentVersionOptions,
		DeadLetterQueue:              p.DeadLetterQueue,
		DeadLetterQueueEnabled:       p.DeadLetterQueueEnabled,
		DeadLetterTopic:              p.DeadLetterTopic,
		Description:                  p.Description,
		Environment:                  p.Environment,
		EnvironmentEncryption:        p.EnvironmentEncryption,
		EphemeralStorageSize:         p.EphemeralStorageSize,
		Events:                       p.Events,
		FunctionName:                 p.FunctionName,
		InitialPolicy:                p.InitialPolicy,
		Layers:                       p.Layers,
		LogFormat:                    p.LogFormat,
		LoggingFormat:                p.LoggingFormat,
		LogGroup:                     p.LogGroup,
		LogRemovalPolicy:             p.LogRemovalPolicy,
		LogRetention:                 p.LogRetention,
		LogRetentionRole:             p.LogRetentionRole,
		LogRetentionRetryOptions:     p.LogRetentionRetryOptions,
		MemorySize:                   p.MemorySize,
		RecursiveLoop:                p.RecursiveLoop,
		OnFailure:                    p.OnFailure,
		OnSuccess:                    p.OnSuccess,
		AdotInstrumentation:          p.AdotInstrumentation,
		AllowAllIpv6Outbound:         p.AllowAllIpv6Outbound,
		AllowAllOutbound:             p.AllowAllOutbound,
		AllowPublicSubnet:            p.AllowPublicSubnet,
		DurableConfig:                p.DurableConfig,
		Filesystem:                   p.Filesystem,
		InsightsVersion:              p.InsightsVersion,
		Ipv6AllowedForDualStack:      p.Ipv6AllowedForDualStack,
		ParamsAndSecrets:             p.ParamsAndSecrets,
		Profiling:                    p.Profiling,
		ProfilingGroup:               p.ProfilingGroup,
		RuntimeManagementMode:        p.RuntimeManagementMode,
		SecurityGroups:               p.SecurityGroups,
		SnapStart:                    p.SnapStart,
		TenancyConfig:                p.TenancyConfig,
		Vpc:                          p.Vpc,
		VpcSubnets:                   p.VpcSubnets,
		ReservedConcurrentExecutions: p.ReservedConcurrentExecutions,
		Role:                         p.Role,
		SystemLogLevel:               p.SystemLogLevel,
		SystemLogLevelV2:             p.SystemLogLevelV2,
		Timeout:                      p.Timeout,
		Tracing:                      p.Tracing,
		Code:                         p.Code,
		Handler:                      p.Handler,
		Runtime:                      p.Runtime,
	}
}

func (s *singletonFunction) CurrentVersion() Version          { return s.fn.CurrentVersion() }
func (s *singletonFunction) Runtime() Runtime                 { return s.fn.Runtime() }
func (s *singletonFunction) LogGroup() awslogs.ILogGroup      { return s.fn.LogGroup() }
func (s *singletonFunction) PermissionsNode() constructs.Node { return s.fn.Node() }
func (s *singletonFunction) IsBoundToVpc() *bool              { return s.fn.IsBoundToVpc() }
func (s *singletonFunction) AddEnvironment(key *string, value *string, options *EnvironmentOptions) Function {
	return s.fn.AddEnvironment(key, value, options)
}
func (s *singletonFunction) AddLayers(layers ...ILayerVersion) { s.fn.AddLayers(layers...) }
func (s *singletonFunction) AddPermission(id *string, permission *Permission) {
	s.fn.AddPermission(id, permission)
}
func (s *singletonFunction) AddDependency(up ...constructs.IDependable) {
	s.fn.Node().AddDependency(up...)
}
func (s *singletonFunction) DependOn(down constructs.IConstruct) { down.Node().AddDependency(s.fn) }

// Connections is the network access of the underlying function.
func (s *singletonFunction) Connections() awsec2.Connections { return s.fn.Connections() }

// TenancyConfig is the tenant isolation mode of the underlying function.
func (s *singletonFunction) TenancyConfig() TenancyConfig { return s.fn.TenancyConfig() }

// ConstructName is the id of the underlying function ("SingletonLambda<uuid>").
func (s *singletonFunction) ConstructName() *string { return s.fn.Node().Id() }

// AddMetadata adds metadata to the underlying function.
func (s *singletonFunction) AddMetadata(type_ *string, data interface{}, options *constructs.MetadataOptions) {
	s.fn.Node().AddMetadata(type_, data, options)
}
