package awslambda

import (
	"regexp"
	"sort"

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
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// Tracing is a function's AWS X-Ray mode.
type Tracing string

const (
	Tracing_ACTIVE       Tracing = "ACTIVE"
	Tracing_PASS_THROUGH Tracing = "PASS_THROUGH"
	Tracing_DISABLED     Tracing = "DISABLED"
)

var tracingValues = map[Tracing]string{Tracing_ACTIVE: "Active", Tracing_PASS_THROUGH: "PassThrough", Tracing_DISABLED: "Disabled"}

// LoggingFormat is the format of a function's logs.
type LoggingFormat string

const (
	LoggingFormat_TEXT LoggingFormat = "TEXT"
	LoggingFormat_JSON LoggingFormat = "JSON"
)

var loggingFormatValues = map[LoggingFormat]string{LoggingFormat_TEXT: "Text", LoggingFormat_JSON: "JSON"}

// ApplicationLogLevel is the level of application logs Lambda keeps.
type ApplicationLogLevel string

const (
	ApplicationLogLevel_INFO  ApplicationLogLevel = "INFO"
	ApplicationLogLevel_DEBUG ApplicationLogLevel = "DEBUG"
	ApplicationLogLevel_WARN  ApplicationLogLevel = "WARN"
	ApplicationLogLevel_TRACE ApplicationLogLevel = "TRACE"
	ApplicationLogLevel_ERROR ApplicationLogLevel = "ERROR"
	ApplicationLogLevel_FATAL ApplicationLogLevel = "FATAL"
)

// SystemLogLevel is the level of system logs Lambda keeps.
type SystemLogLevel string

const (
	SystemLogLevel_INFO  SystemLogLevel = "INFO"
	SystemLogLevel_DEBUG SystemLogLevel = "DEBUG"
	SystemLogLevel_WARN  SystemLogLevel = "WARN"
)

// RecursiveLoop says what Lambda does when it detects a recursive loop.
type RecursiveLoop string

const (
	RecursiveLoop_ALLOW     RecursiveLoop = "ALLOW"
	RecursiveLoop_TERMINATE RecursiveLoop = "TERMINATE"
)

var recursiveLoopValues = map[RecursiveLoop]string{RecursiveLoop_ALLOW: "Allow", RecursiveLoop_TERMINATE: "Terminate"}

// EnvironmentOptions are options of Function.AddEnvironment.
type EnvironmentOptions struct {
	// Drop the variable when the function is used with Lambda@Edge.
	RemoveInEdge *bool `field:"optional" json:"removeInEdge" yaml:"removeInEdge"`
}

// FunctionOptions are the options every function takes (no code, handler
// or runtime). Props that need constructs Strata does not have yet (VPC,
// security groups, file systems, profiling groups, destinations, layers of
// managed extensions, SnapStart, tenancy, durable execution) are not
// offered.
type FunctionOptions struct {
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
}

// FunctionProps are the props of NewFunction.
type FunctionProps struct {
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
}

// Handler_FROM_IMAGE is the handler of container image functions.
func Handler_FROM_IMAGE() *string { return jsii.String(handlerFromImage) }

const handlerFromImage = "FROM_IMAGE"

// FunctionAttributes describe a function defined outside this app.
type FunctionAttributes struct {
	FunctionArn  *string      `field:"required" json:"functionArn" yaml:"functionArn"`
	Architecture Architecture `field:"optional" json:"architecture" yaml:"architecture"`
	// The execution role; without it grants to the function only warn.
	Role awsiam.IRole `field:"optional" json:"role" yaml:"role"`
	// The function is in this stack's account and region: permissions may be added.
	SameEnvironment *bool `field:"optional" json:"sameEnvironment" yaml:"sameEnvironment"`
	// The function's security group: the import gets Connections.
	SecurityGroup awsec2.ISecurityGroup `field:"optional" json:"securityGroup" yaml:"securityGroup"`
	// Do not add permissions (they exist already).
	SkipPermissions *bool         `field:"optional" json:"skipPermissions" yaml:"skipPermissions"`
	TenancyConfig   TenancyConfig `field:"optional" json:"tenancyConfig" yaml:"tenancyConfig"`
}

// Function is a Lambda function defined in this app (AWS::Lambda::Function).
type Function interface {
	FunctionBase
	// DeadLetterQueue is the function's dead-letter queue, if any.
	DeadLetterQueue() awssqs.IQueue
	// DeadLetterTopic is the function's dead-letter topic, if any.
	DeadLetterTopic() awssns.ITopic
	// LogGroup is the function's log group.
	LogGroup() awslogs.ILogGroup
	Runtime() Runtime
	Timeout() awscdk.Duration
	// AddEnvironment sets an environment variable.
	AddEnvironment(key *string, value *string, options *EnvironmentOptions) Function
	// AddLayers adds layers (at most 5 in all).
	AddLayers(layers ...ILayerVersion)
	// AddAlias creates an alias of the function's current version.
	AddAlias(aliasName *string, options *AliasOptions) Alias
	// AddVersion publishes a version named "Version<name>".
	AddVersion(name *string, codeSha256 *string, description *string, provisionedExecutions *float64) Version
	// CurrentVersion is a version that follows the function's configuration.
	CurrentVersion() Version
	// InvalidateVersionBasedOn makes the current version change with x.
	InvalidateVersionBasedOn(x *string)
}

type envVar struct {
	key, value *string
	edge       bool
}

type function struct {
	functionBase
	resource       CfnFunction
	runtime        Runtime
	timeout        awscdk.Duration
	dlq            awssqs.IQueue
	dlTopic        awssns.ITopic
	env            []envVar
	layers         []ILayerVersion
	logGroup       awslogs.ILogGroup
	arnMemo        *string
	nameMemo       *string
	versionOpts    *VersionOptions
	hasVersion     bool
	currentVersion Version
	hashMixins     []string
	cfnProps       *CfnFunctionProps // what the L1 renders, for the version hash
}

// Function_PROPERTY_INJECTION_ID is the id property injectors use for Function.
func Function_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-lambda.Function") }

var functionNamePattern = regexp.MustCompile(`^[a-zA-Z0-9-_]+$`)

var reservedEnvironment = map[string]bool{
	"_HANDLER": true, "_X_AMZN_TRACE_ID": true, "AWS_DEFAULT_REGION": true, "AWS_REGION": true, "AWS_EXECUTION_ENV": true,
	"AWS_LAMBDA_FUNCTION_NAME": true, "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": true, "AWS_LAMBDA_FUNCTION_VERSION": true,
	"AWS_LAMBDA_INITIALIZATION_TYPE": true, "AWS_LAMBDA_LOG_GROUP_NAME": true, "AWS_LAMBDA_LOG_STREAM_NAME": true,
	"AWS_ACCESS_KEY": true, "AWS_ACCESS_KEY_ID": true, "AWS_SECRET_ACCESS_KEY": true, "AWS_SESSION_TOKEN": true,
	"AWS_LAMBDA_RUNTIME_API": true, "LAMBDA_TASK_ROOT": true, "LAMBDA_RUNTIME_DIR": true,
}

// NewFunction creates a Lambda function, with an execution role carrying
// AWSLambdaBasicExecutionRole unless props.Role is given.
func NewFunction(scope constructs.Construct, id *string, props *FunctionProps) Function {
	// Property injectors (aws-cdk-lib's propertyInjectable) see the props first.
	props = l2.Inject(*Function_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "Function", "Code", "Handler", "Runtime")
	}
	f := &function{}
	f.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.FunctionName})
	host.Set(f.Resource, f)
	f.canCreate = true
	f.arn, f.name = f.functionArn, f.functionName
	f.initBase(f)
	f.build(props)
	return f
}

func (f *function) build(props *FunctionProps) {
	if n := props.FunctionName; n != nil && !isUnresolved(n) {
		if l := len(utf16Len(*n)); l > 64 {
			addError(f, "Function name can not be longer than 64 characters but has %d characters.", l)
		} else if !functionNamePattern.MatchString(*n) {
			addError(f, "Function name %s can contain only letters, numbers, hyphens, or underscores with no spaces.", *n)
		}
	}
	if d := props.Description; d != nil && !isUnresolved(d) && len(utf16Len(*d)) > 256 {
		addError(f, "Function description can not be longer than 256 characters but has %d characters.", len(utf16Len(*d)))
	}
	if props.Role != nil {
		f.role = props.Role
	} else {
		basic := "service-role/AWSLambdaBasicExecutionRole"
		if props.DurableConfig != nil {
			basic = "service-role/AWSLambdaBasicDurableExecutionRolePolicy"
		}
		managed := []awsiam.IManagedPolicy{awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String(basic))}
		if props.Vpc != nil {
			managed = append(managed, awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("service-role/AWSLambdaVPCAccessExecutionRole")))
		}
		f.role = awsiam.NewRole(f.Resource, jsii.String("ServiceRole"), &awsiam.RoleProps{
			AssumedBy:       awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil),
			ManagedPolicies: &managed,
		})
	}
	f.grantPrincipal = f.role
	f.tenancy = props.TenancyConfig
	f.checkFilesystem(props)
	if props.InitialPolicy != nil {
		for _, s := range *props.InitialPolicy {
			f.role.AddToPrincipalPolicy(s)
		}
	}
	if props.Code == nil || props.Runtime == nil || props.Handler == nil {
		addError(f, "a Function needs code, a handler and a runtime (props.Code, props.Handler, props.Runtime)")
		return
	}
	code := props.Code.Bind(f.Resource)
	f.verifyCodeConfig(code, props)
	f.configureProfiling(props)
	if props.Environment != nil {
		keys := make([]string, 0, len(*props.Environment))
		for k := range *props.Environment {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			k := k
			f.AddEnvironment(&k, (*props.Environment)[k], nil)
		}
	}
	dlqArn := f.buildDeadLetterQueue(props)
	f.arch = props.Architecture
	if s := props.EphemeralStorageSize; s != nil && !*s.IsUnresolved() {
		if mib := *s.ToMebibytes(nil); mib < 512 || mib > 10240 {
			addError(f, "Ephemeral storage size must be between 512 and 10240 MB, received Size.mebibytes(%v).", mib)
		}
	}
	runtime := props.Runtime
	if runtime == Runtime_NODEJS_LATEST() {
		runtime = determineLatestNodeRuntime(f)
	}
	fromImage := props.Runtime == Runtime_FROM_IMAGE()
	cfnCode := &CfnFunction_CodeProperty{ZipFile: code.InlineCode, SourceKmsKeyArn: code.SourceKMSKeyArn, S3ObjectStorageMode: storageMode(code.S3ObjectStorageMode)}
	if code.S3Location != nil {
		cfnCode.S3Bucket, cfnCode.S3Key, cfnCode.S3ObjectVersion = code.S3Location.BucketName, code.S3Location.ObjectKey, code.S3Location.ObjectVersion
	}
	cfn := &CfnFunctionProps{
		FunctionName:                 f.PhysicalName(),
		Description:                  props.Description,
		Code:                         cfnCode,
		Role:                         f.role.RoleArn(),
		Environment:                  &lazyJSON{f.renderEnvironment},
		MemorySize:                   props.MemorySize,
		ReservedConcurrentExecutions: props.ReservedConcurrentExecutions,
	}
	if code.Image != nil {
		cfnCode.ImageUri = code.Image.ImageUri
		if code.Image.Cmd != nil || code.Image.Entrypoint != nil || code.Image.WorkingDirectory != nil {
			cfn.ImageConfig = &CfnFunction_ImageConfigProperty{Command: code.Image.Cmd, EntryPoint: code.Image.Entrypoint, WorkingDirectory: code.Image.WorkingDirectory}
		}
	}
	if !fromImage || deref(props.Handler) != handlerFromImage {
		if deref(props.Handler) != handlerFromImage {
			cfn.Handler = props.Handler
		}
	}
	if props.Timeout != nil {
		cfn.Timeout = props.Timeout.ToSeconds(nil)
	}
	if fromImage {
		cfn.PackageType = jsii.String("Image")
	} else {
		cfn.Runtime = runtime.Name()
	}
	if props.EphemeralStorageSize != nil {
		cfn.EphemeralStorage = &CfnFunction_EphemeralStorageProperty{Size: props.EphemeralStorageSize.ToMebibytes(nil)}
	}
	if dlqArn != nil {
		cfn.DeadLetterConfig = &CfnFunction_DeadLetterConfigProperty{TargetArn: dlqArn}
	}
	if props.EnvironmentEncryption != nil {
		cfn.KmsKeyArn = props.EnvironmentEncryption.KeyRef().KeyArn
	}
	if props.CodeSigningConfig != nil {
		cfn.CodeSigningConfigArn = props.CodeSigningConfig.CodeSigningConfigRef().CodeSigningConfigArn
	}
	if f.arch != nil {
		cfn.Architectures = &[]*string{f.arch.Name()}
	}
	cfn.VpcConfig = f.configureVpc(props)
	f.renderExtraConfig(cfn, props)
	if lc := f.loggingConfig(props); lc != nil {
		cfn.LoggingConfig = lc
	}
	if props.RecursiveLoop != "" {
		cfn.RecursiveLoop = jsii.String(recursiveLoopValues[props.RecursiveLoop])
	}
	f.resource = NewCfnFunction(f.Resource, jsii.String("Resource"), cfn)
	f.cfnProps = cfn
	if props.Tracing != "" || props.AdotInstrumentation != nil {
		tracing := props.Tracing
		if tracing == "" {
			tracing = Tracing_ACTIVE
		}
		if tc := f.buildTracingConfig(tracing); tc != nil {
			f.resource.SetTracingConfig(tc)
			cfn.TracingConfig = tc
		}
	}
	if props.LogGroup != nil {
		f.logGroup = toILogGroup(f, props.LogGroup)
	}
	f.resource.Node().AddDependency(f.role)
	f.runtime = runtime
	f.timeout = props.Timeout
	if f.arch == nil {
		f.arch = Architecture_X86_64()
	}
	if props.Layers != nil {
		if fromImage {
			addError(f, "Layers are not supported for container image functions")
		} else {
			f.AddLayers(*props.Layers...)
		}
	}
	if props.Events != nil {
		for _, e := range *props.Events {
			f.AddEventSource(e)
		}
	}
	if props.LogRemovalPolicy != "" {
		if props.LogGroup != nil {
			addError(f, "Cannot use `logRemovalPolicy` and `logGroup` together. Please set the removal policy on the logGroup directly")
		} else if *awscdk.FeatureFlags_Of(f).IsEnabled(jsii.String(useCdkManagedLogGroup)) {
			addError(f, "Cannot use `logRemovalPolicy` and `@aws-cdk/aws-lambda:useCdkManagedLogGroup` flag together. Please set the removal policy on the automatically created log group directly")
		}
	}
	if props.LogRetention != "" {
		if props.LogGroup != nil {
			addError(f, "CDK does not support setting logRetention and logGroup")
		} else {
			lr := newLogRetention(f.Resource, jsii.String("LogRetention"), &logRetentionProps{
				logGroupName: jsii.String("/aws/lambda/" + *f.FunctionName()), retention: props.LogRetention,
				role: props.LogRetentionRole, retry: props.LogRetentionRetryOptions,
			})
			f.logGroup = awslogs.LogGroup_FromLogGroupArn(f.Resource, jsii.String("LogGroup"), lr.logGroupArn)
		}
	} else if props.LogGroup == nil && *awscdk.FeatureFlags_Of(f).IsEnabled(jsii.String(useCdkManagedLogGroup)) {
		f.logGroup = awslogs.NewLogGroup(f.Resource, jsii.String("LogGroup"), &awslogs.LogGroupProps{
			LogGroupName: jsii.String("/aws/lambda/" + *f.FunctionName()),
		})
	}
	props.Code.BindToResource(f.resource, nil)
	if wantsAsyncConfig(props.OnFailure, props.OnSuccess, props.MaxEventAge, props.RetryAttempts) {
		f.ConfigureAsyncInvoke(&EventInvokeConfigOptions{OnFailure: props.OnFailure, OnSuccess: props.OnSuccess,
			MaxEventAge: props.MaxEventAge, RetryAttempts: props.RetryAttempts})
	}
	f.versionOpts = props.CurrentVersionOptions
	f.finishFilesystem(props)
	f.configureExtensions(props)
}

const useCdkManagedLogGroup = "@aws-cdk/aws-lambda:useCdkManagedLogGroup"

func utf16Len(s string) []uint16 {
	var out []uint16
	for _, r := range s {
		out = append(out, 0)
		if r >= 0x10000 {
			out = append(out, 0)
		}
	}
	return out
}

// verifyCodeConfig checks the bound code against the handler and runtime.
func (f *function) verifyCodeConfig(code *CodeConfig, props *FunctionProps) {
	n := 0
	for _, set := range []bool{code.InlineCode != nil, code.S3Location != nil, code.Image != nil} {
		if set {
			n++
		}
	}
	if n != 1 {
		addError(f, "lambda.Code must specify exactly one of: \"inlineCode\", \"s3Location\", or \"image\"")
	}
	fromImageHandler := deref(props.Handler) == handlerFromImage
	if (code.Image != nil) != fromImageHandler {
		addError(f, "handler must be `Handler.FROM_IMAGE` when using image asset for Lambda function")
	}
	if (code.Image != nil) != (props.Runtime == Runtime_FROM_IMAGE()) {
		addError(f, "runtime must be `Runtime.FROM_IMAGE` when using image asset for Lambda function")
	}
	if code.InlineCode != nil && !*props.Runtime.SupportsInlineCode() {
		addError(f, "Inline source not allowed for %s", *props.Runtime.Name())
	}
}

func (f *function) functionArn() *string {
	if f.arnMemo == nil {
		f.arnMemo = f.GetResourceArnAttribute(f.resource.AttrArn(), &awscdk.ArnComponents{
			Service: jsii.String("lambda"), Resource: jsii.String("function"), ResourceName: f.PhysicalName(),
			ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
		})
	}
	return f.arnMemo
}

func (f *function) functionName() *string {
	if f.nameMemo == nil {
		f.nameMemo = f.GetResourceNameAttribute(f.resource.Ref())
	}
	return f.nameMemo
}

func (f *function) Runtime() Runtime               { return f.runtime }
func (f *function) Timeout() awscdk.Duration       { return f.timeout }
func (f *function) DeadLetterQueue() awssqs.IQueue { return f.dlq }
func (f *function) DeadLetterTopic() awssns.ITopic { return f.dlTopic }

// AddEnvironment sets an environment variable; the reserved ones of the
// Lambda runtime are refused.
func (f *function) AddEnvironment(key *string, value *string, options *EnvironmentOptions) Function {
	k := deref(key)
	if reservedEnvironment[k] {
		addError(f, "%s environment variable is reserved by the lambda runtime and can not be set manually. See https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html", k)
		return f
	}
	edge := options != nil && options.RemoveInEdge != nil && *options.RemoveInEdge
	for i := range f.env {
		if deref(f.env[i].key) == k {
			f.env[i].value, f.env[i].edge = value, edge
			return f
		}
	}
	f.env = append(f.env, envVar{key: key, value: value, edge: edge})
	return f
}

// renderEnvironment is the Environment property: the variables in the
// order they were added, sorted once the function has a current version.
func (f *function) renderEnvironment() interface{} {
	if len(f.env) == 0 {
		return nil
	}
	vars := append([]envVar(nil), f.env...)
	if f.hasVersion {
		sort.SliceStable(vars, func(i, j int) bool { return deref(vars[i].key) < deref(vars[j].key) })
	}
	o := ojson.New()
	for _, v := range vars {
		o.Set(deref(v.key), v.value)
	}
	env := ojson.New()
	env.Set("Variables", o)
	return env
}

// AddLayers adds layers; their ARNs render sorted by construct path, as
// aws-cdk-lib does under @aws-cdk/aws-lambda:recognizeLayerVersion.
func (f *function) AddLayers(layers ...ILayerVersion) {
	for _, l := range layers {
		if len(f.layers) == 5 {
			addError(f, "Unable to add layer: this lambda function already uses 5 layers.")
			return
		}
		// A layer imported by ARN lists aws-cdk-lib's Runtime.ALL, which
		// holds every runtime created, this function's included.
		imported, byArn := l.(*layerVersion)
		anyRuntime := byArn && imported.all
		if rts := l.CompatibleRuntimes(); rts != nil && f.runtime != nil && !anyRuntime {
			ok := false
			var names []string
			for _, r := range *rts {
				names = append(names, *r.Name())
				if *r.RuntimeEquals(f.runtime) {
					ok = true
				}
			}
			if !ok {
				addError(f, "This lambda function uses a runtime that is incompatible with this layer (%s is not in [%s])", *f.runtime.Name(), joinComma(names))
				continue
			}
		}
		f.layers = append(f.layers, l)
	}
	arns := f.renderLayers()
	f.resource.SetLayers(arns)
	if arns != nil {
		l := make([]interface{}, len(*arns))
		for i, a := range *arns {
			l[i] = a
		}
		f.cfnProps.Layers = &l
	}
}

func (f *function) renderLayers() *[]*string {
	if len(f.layers) == 0 {
		return nil
	}
	sorted := append([]ILayerVersion(nil), f.layers...)
	if *awscdk.FeatureFlags_Of(f).IsEnabled(jsii.String("@aws-cdk/aws-lambda:recognizeLayerVersion")) {
		sort.SliceStable(sorted, func(i, j int) bool { return *sorted[i].Node().Path() < *sorted[j].Node().Path() })
	}
	out := make([]*string, len(sorted))
	for i, l := range sorted {
		out[i] = l.LayerVersionArn()
	}
	return &out
}

func joinComma(xs []string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += x
	}
	return s
}

// buildDeadLetterQueue creates or takes the dead-letter queue or topic and
// lets the function send to it; it returns the target ARN.
func (f *function) buildDeadLetterQueue(props *FunctionProps) *string {
	if props.DeadLetterQueue == nil && (props.DeadLetterQueueEnabled == nil || !*props.DeadLetterQueueEnabled) && props.DeadLetterTopic == nil {
		return nil
	}
	if props.DeadLetterQueue != nil && props.DeadLetterQueueEnabled != nil && !*props.DeadLetterQueueEnabled {
		addError(f, "deadLetterQueue defined but deadLetterQueueEnabled explicitly set to false")
		return nil
	}
	if props.DeadLetterTopic != nil && (props.DeadLetterQueue != nil || props.DeadLetterQueueEnabled != nil) {
		addError(f, "deadLetterQueue and deadLetterTopic cannot be specified together at the same time")
		return nil
	}
	if props.DeadLetterTopic != nil {
		f.dlTopic = props.DeadLetterTopic
		f.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("sns:Publish"), Resources: &[]*string{f.dlTopic.TopicArn()},
		}))
		return f.dlTopic.TopicArn()
	}
	f.dlq = props.DeadLetterQueue
	if f.dlq == nil {
		f.dlq = awssqs.NewQueue(f.Resource, jsii.String("DeadLetterQueue"), &awssqs.QueueProps{RetentionPeriod: awscdk.Duration_Days(jsii.Number(14))})
	}
	f.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("sqs:SendMessage"), Resources: &[]*string{f.dlq.QueueArn()},
	}))
	return f.dlq.QueueArn()
}

func (f *function) buildTracingConfig(t Tracing) *CfnFunction_TracingConfigProperty {
	if t == Tracing_DISABLED {
		return nil
	}
	f.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("xray:PutTraceSegments", "xray:PutTelemetryRecords"), Resources: jsii.Strings("*"),
	}))
	return &CfnFunction_TracingConfigProperty{Mode: jsii.String(tracingValues[t])}
}

func (f *function) loggingConfig(props *FunctionProps) *CfnFunction_LoggingConfigProperty {
	if props.LogFormat != nil && props.LoggingFormat != "" {
		addError(f, "Only define LogFormat or LoggingFormat, not both.")
	}
	if props.ApplicationLogLevel != nil && props.ApplicationLogLevelV2 != "" {
		addError(f, "Only define applicationLogLevel or applicationLogLevelV2, not both.")
	}
	if props.SystemLogLevel != nil && props.SystemLogLevelV2 != "" {
		addError(f, "Only define systemLogLevel or systemLogLevelV2, not both.")
	}
	if props.ApplicationLogLevel != nil || props.ApplicationLogLevelV2 != "" || props.SystemLogLevel != nil || props.SystemLogLevelV2 != "" {
		if deref(props.LogFormat) != "JSON" && props.LoggingFormat == "" {
			addError(f, "To use ApplicationLogLevel and/or SystemLogLevel you must set LogFormat to 'JSON', got '%s'.", jsUndefined(props.LogFormat))
		}
		if props.LoggingFormat != LoggingFormat_JSON && props.LogFormat == nil {
			lf := "undefined"
			if props.LoggingFormat != "" {
				lf = loggingFormatValues[props.LoggingFormat]
			}
			addError(f, "To use ApplicationLogLevel and/or SystemLogLevel you must set LoggingFormat to 'JSON', got '%s'.", lf)
		}
	}
	if props.LogFormat == nil && props.LogGroup == nil && props.LoggingFormat == "" {
		return nil
	}
	lc := &CfnFunction_LoggingConfigProperty{LogFormat: props.LogFormat}
	if lc.LogFormat == nil && props.LoggingFormat != "" {
		lc.LogFormat = jsii.String(loggingFormatValues[props.LoggingFormat])
	}
	lc.SystemLogLevel = props.SystemLogLevel
	if lc.SystemLogLevel == nil && props.SystemLogLevelV2 != "" {
		lc.SystemLogLevel = jsii.String(string(props.SystemLogLevelV2))
	}
	lc.ApplicationLogLevel = props.ApplicationLogLevel
	if lc.ApplicationLogLevel == nil && props.ApplicationLogLevelV2 != "" {
		lc.ApplicationLogLevel = jsii.String(string(props.ApplicationLogLevelV2))
	}
	if props.LogGroup != nil {
		lc.LogGroup = props.LogGroup.LogGroupRef().LogGroupName
	}
	return lc
}

func jsUndefined(s *string) string {
	if s == nil {
		return "undefined"
	}
	return *s
}

// LogGroup is the function's log group: the one given, the one created
// under @aws-cdk/aws-lambda:useCdkManagedLogGroup, or else one imported by
// name (aws-cdk-lib creates a Custom::LogRetention there, which Strata does
// not support yet).
func (f *function) LogGroup() awslogs.ILogGroup {
	if f.logGroup == nil {
		f.logGroup = awslogs.LogGroup_FromLogGroupName(f.Resource, jsii.String(*f.Node().Id()+"-LogGroup"), jsii.String("/aws/lambda/"+*f.FunctionName()))
	}
	return f.logGroup
}

// toILogGroup turns a log group reference into an ILogGroup.
func toILogGroup(scope constructs.Construct, ref interfacesawslogs.ILogGroupRef) awslogs.ILogGroup {
	if lg, ok := ref.(awslogs.ILogGroup); ok {
		return lg
	}
	return awslogs.LogGroup_FromLogGroupArn(scope, jsii.String("LogGroupRef"), ref.LogGroupRef().LogGroupArn)
}

// determineLatestNodeRuntime is NODEJS_LATEST for the stack's region: the
// regional fact, or nodejs24.x.
func determineLatestNodeRuntime(scope constructs.Construct) Runtime {
	name := awscdk.Stack_Of(scope).RegionalFact(jsii.String("LATEST_NODE_RUNTIME"), jsii.String("nodejs24.x"))
	return NewRuntime(name, RuntimeFamily_NODEJS, &LambdaRuntimeProps{SupportsInlineCode: jsii.Bool(true), IsVariable: jsii.Bool(true)})
}

type importedFunction struct {
	functionBase
}

// Function_FromFunctionArn imports a function by ARN.
func Function_FromFunctionArn(scope constructs.Construct, id *string, functionArn *string) IFunction {
	return Function_FromFunctionAttributes(scope, id, &FunctionAttributes{FunctionArn: functionArn})
}

// Function_FromFunctionName imports a function of this stack's account and
// region by name.
func Function_FromFunctionName(scope constructs.Construct, id *string, functionName *string) IFunction {
	arn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("lambda"), Resource: jsii.String("function"),
		ResourceName: functionName, ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
	return Function_FromFunctionAttributes(scope, id, &FunctionAttributes{FunctionArn: arn, SameEnvironment: jsii.Bool(true)})
}

// Function_FromFunctionAttributes imports a function.
func Function_FromFunctionAttributes(scope constructs.Construct, id *string, attrs *FunctionAttributes) IFunction {
	f := &importedFunction{}
	f.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{EnvironmentFromArn: attrs.FunctionArn})
	host.Set(f.Resource, f)
	arn := attrs.FunctionArn
	name := awscdk.Fn_Select(jsii.Number(6), awscdk.Fn_Split(jsii.String(":"), arn, nil))
	f.arn = func() *string { return arn }
	f.name = func() *string { return name }
	f.role = attrs.Role
	f.arch = attrs.Architecture
	f.initBase(f)
	if attrs.SameEnvironment != nil {
		f.canCreate = *attrs.SameEnvironment
	} else {
		f.canCreate = f.isStackAccount()
	}
	f.skipPermissions = attrs.SkipPermissions != nil && *attrs.SkipPermissions
	f.tenancy = attrs.TenancyConfig
	if attrs.SecurityGroup != nil {
		f.connections = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &[]awsec2.ISecurityGroup{attrs.SecurityGroup}})
	}
	if attrs.Role != nil {
		f.grantPrincipal = attrs.Role
	} else {
		f.grantPrincipal = &unknownPrincipal{resource: f}
	}
	return f
}
