package awslambda

import (
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
	"github.com/strata-cdk/strata/internal/l2"
)

// DockerImageFunctionProps are the props of NewDockerImageFunction: a
// function's options and its image.
type DockerImageFunctionProps struct {
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
	// The function's image.
	Code DockerImageCode `field:"required" json:"code" yaml:"code"`
}

// DockerImageFunction is a function deployed as a container image.
type DockerImageFunction interface {
	Function
}

// NewDockerImageFunction creates a function from a container image (the
// handler and runtime come from the image).
func NewDockerImageFunction(scope constructs.Construct, id *string, props *DockerImageFunctionProps) DockerImageFunction {
	props = l2.Inject(*DockerImageFunction_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Code == nil {
		l2.Throw(scope, "DockerImageFunction %s needs props.Code (DockerImageCode_FromImageAsset or DockerImageCode_FromEcr)", deref(id))
	}
	dc, ok := props.Code.(*dockerImageCode)
	if !ok {
		l2.Throw(scope, "DockerImageFunction %s: props.Code must come from DockerImageCode_FromImageAsset or DockerImageCode_FromEcr", deref(id))
	}
	fp := &FunctionProps{
		MaxEventAge:                  props.MaxEventAge,
		RetryAttempts:                props.RetryAttempts,
		ApplicationLogLevel:          props.ApplicationLogLevel,
		ApplicationLogLevelV2:        props.ApplicationLogLevelV2,
		Architecture:                 props.Architecture,
		CodeSigningConfig:            props.CodeSigningConfig,
		CurrentVersionOptions:        props.CurrentVersionOptions,
		DeadLetterQueue:              props.DeadLetterQueue,
		DeadLetterQueueEnabled:       props.DeadLetterQueueEnabled,
		DeadLetterTopic:              props.DeadLetterTopic,
		Description:                  props.Description,
		Environment:                  props.Environment,
		EnvironmentEncryption:        props.EnvironmentEncryption,
		EphemeralStorageSize:         props.EphemeralStorageSize,
		Events:                       props.Events,
		FunctionName:                 props.FunctionName,
		InitialPolicy:                props.InitialPolicy,
		Layers:                       props.Layers,
		LogFormat:                    props.LogFormat,
		LoggingFormat:                props.LoggingFormat,
		LogGroup:                     props.LogGroup,
		LogRemovalPolicy:             props.LogRemovalPolicy,
		LogRetention:                 props.LogRetention,
		LogRetentionRole:             props.LogRetentionRole,
		LogRetentionRetryOptions:     props.LogRetentionRetryOptions,
		MemorySize:                   props.MemorySize,
		RecursiveLoop:                props.RecursiveLoop,
		OnFailure:                    props.OnFailure,
		OnSuccess:                    props.OnSuccess,
		AdotInstrumentation:          props.AdotInstrumentation,
		AllowAllIpv6Outbound:         props.AllowAllIpv6Outbound,
		AllowAllOutbound:             props.AllowAllOutbound,
		AllowPublicSubnet:            props.AllowPublicSubnet,
		DurableConfig:                props.DurableConfig,
		Filesystem:                   props.Filesystem,
		InsightsVersion:              props.InsightsVersion,
		Ipv6AllowedForDualStack:      props.Ipv6AllowedForDualStack,
		ParamsAndSecrets:             props.ParamsAndSecrets,
		Profiling:                    props.Profiling,
		ProfilingGroup:               props.ProfilingGroup,
		RuntimeManagementMode:        props.RuntimeManagementMode,
		SecurityGroups:               props.SecurityGroups,
		SnapStart:                    props.SnapStart,
		TenancyConfig:                props.TenancyConfig,
		Vpc:                          props.Vpc,
		VpcSubnets:                   props.VpcSubnets,
		ReservedConcurrentExecutions: props.ReservedConcurrentExecutions,
		Role:                         props.Role,
		SystemLogLevel:               props.SystemLogLevel,
		SystemLogLevelV2:             props.SystemLogLevelV2,
		Timeout:                      props.Timeout,
		Tracing:                      props.Tracing,
		Code:                         dc.bind(props.Architecture),
		Handler:                      Handler_FROM_IMAGE(),
		Runtime:                      Runtime_FROM_IMAGE(),
	}
	return NewFunction(scope, id, fp)
}

// DockerImageFunction_FromFunctionArn imports a function by ARN.
func DockerImageFunction_FromFunctionArn(scope constructs.Construct, id *string, functionArn *string) IFunction {
	return Function_FromFunctionArn(scope, id, functionArn)
}

// DockerImageFunction_FromFunctionName imports a function by name.
func DockerImageFunction_FromFunctionName(scope constructs.Construct, id *string, functionName *string) IFunction {
	return Function_FromFunctionName(scope, id, functionName)
}

// DockerImageFunction_FromFunctionAttributes imports a function from its attributes.
func DockerImageFunction_FromFunctionAttributes(scope constructs.Construct, id *string, attrs *FunctionAttributes) IFunction {
	return Function_FromFunctionAttributes(scope, id, attrs)
}

// DockerImageFunction_IsConstruct reports whether x is a construct.
func DockerImageFunction_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// DockerImageFunction_IsResource reports whether construct is a resource.
func DockerImageFunction_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// DockerImageFunction_IsOwnedResource reports whether construct is a resource created in this app.
func DockerImageFunction_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// DockerImageFunction_PROPERTY_INJECTION_ID identifies the class to property injectors.
func DockerImageFunction_PROPERTY_INJECTION_ID() *string {
	s := "aws-cdk-lib.aws-lambda.DockerImageFunction"
	return &s
}
