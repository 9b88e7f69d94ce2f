package awsecs

import (
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// FirelensLogRouterDefinitionOptions are the options of TaskDefinition.AddFirelensLogRouter.
type FirelensLogRouterDefinitionOptions struct {
	Image                         ContainerImage      `field:"required" json:"image" yaml:"image"`
	Command                       *[]*string          `field:"optional" json:"command" yaml:"command"`
	ContainerName                 *string             `field:"optional" json:"containerName" yaml:"containerName"`
	Cpu                           *float64            `field:"optional" json:"cpu" yaml:"cpu"`
	CredentialSpecs               *[]CredentialSpec   `field:"optional" json:"credentialSpecs" yaml:"credentialSpecs"`
	DisableNetworking             *bool               `field:"optional" json:"disableNetworking" yaml:"disableNetworking"`
	DnsSearchDomains              *[]*string          `field:"optional" json:"dnsSearchDomains" yaml:"dnsSearchDomains"`
	DnsServers                    *[]*string          `field:"optional" json:"dnsServers" yaml:"dnsServers"`
	DockerLabels                  *map[string]*string `field:"optional" json:"dockerLabels" yaml:"dockerLabels"`
	DockerSecurityOptions         *[]*string          `field:"optional" json:"dockerSecurityOptions" yaml:"dockerSecurityOptions"`
	EnableRestartPolicy           *bool               `field:"optional" json:"enableRestartPolicy" yaml:"enableRestartPolicy"`
	EntryPoint                    *[]*string          `field:"optional" json:"entryPoint" yaml:"entryPoint"`
	Environment                   *map[string]*string `field:"optional" json:"environment" yaml:"environment"`
	EnvironmentFiles              *[]EnvironmentFile  `field:"optional" json:"environmentFiles" yaml:"environmentFiles"`
	Essential                     *bool               `field:"optional" json:"essential" yaml:"essential"`
	ExtraHosts                    *map[string]*string `field:"optional" json:"extraHosts" yaml:"extraHosts"`
	GpuCount                      *float64            `field:"optional" json:"gpuCount" yaml:"gpuCount"`
	HealthCheck                   *HealthCheck        `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	Hostname                      *string             `field:"optional" json:"hostname" yaml:"hostname"`
	InferenceAcceleratorResources *[]*string          `field:"optional" json:"inferenceAcceleratorResources" yaml:"inferenceAcceleratorResources"`
	Interactive                   *bool               `field:"optional" json:"interactive" yaml:"interactive"`
	LinuxParameters               LinuxParameters     `field:"optional" json:"linuxParameters" yaml:"linuxParameters"`
	Logging                       LogDriver           `field:"optional" json:"logging" yaml:"logging"`
	MemoryLimitMiB                *float64            `field:"optional" json:"memoryLimitMiB" yaml:"memoryLimitMiB"`
	MemoryReservationMiB          *float64            `field:"optional" json:"memoryReservationMiB" yaml:"memoryReservationMiB"`
	PortMappings                  *[]*PortMapping     `field:"optional" json:"portMappings" yaml:"portMappings"`
	Privileged                    *bool               `field:"optional" json:"privileged" yaml:"privileged"`
	PseudoTerminal                *bool               `field:"optional" json:"pseudoTerminal" yaml:"pseudoTerminal"`
	ReadonlyRootFilesystem        *bool               `field:"optional" json:"readonlyRootFilesystem" yaml:"readonlyRootFilesystem"`
	RestartAttemptPeriod          awscdk.Duration     `field:"optional" json:"restartAttemptPeriod" yaml:"restartAttemptPeriod"`
	RestartIgnoredExitCodes       *[]*float64         `field:"optional" json:"restartIgnoredExitCodes" yaml:"restartIgnoredExitCodes"`
	Secrets                       *map[string]Secret  `field:"optional" json:"secrets" yaml:"secrets"`
	StartTimeout                  awscdk.Duration     `field:"optional" json:"startTimeout" yaml:"startTimeout"`
	StopTimeout                   awscdk.Duration     `field:"optional" json:"stopTimeout" yaml:"stopTimeout"`
	SystemControls                *[]*SystemControl   `field:"optional" json:"systemControls" yaml:"systemControls"`
	Ulimits                       *[]*Ulimit          `field:"optional" json:"ulimits" yaml:"ulimits"`
	User                          *string             `field:"optional" json:"user" yaml:"user"`
	VersionConsistency            VersionConsistency  `field:"optional" json:"versionConsistency" yaml:"versionConsistency"`
	WorkingDirectory              *string             `field:"optional" json:"workingDirectory" yaml:"workingDirectory"`
	FirelensConfig                *FirelensConfig     `field:"required" json:"firelensConfig" yaml:"firelensConfig"`
}

// FirelensLogRouterProps are the props of NewFirelensLogRouter.
type FirelensLogRouterProps struct {
	Image                         ContainerImage      `field:"required" json:"image" yaml:"image"`
	Command                       *[]*string          `field:"optional" json:"command" yaml:"command"`
	ContainerName                 *string             `field:"optional" json:"containerName" yaml:"containerName"`
	Cpu                           *float64            `field:"optional" json:"cpu" yaml:"cpu"`
	CredentialSpecs               *[]CredentialSpec   `field:"optional" json:"credentialSpecs" yaml:"credentialSpecs"`
	DisableNetworking             *bool               `field:"optional" json:"disableNetworking" yaml:"disableNetworking"`
	DnsSearchDomains              *[]*string          `field:"optional" json:"dnsSearchDomains" yaml:"dnsSearchDomains"`
	DnsServers                    *[]*string          `field:"optional" json:"dnsServers" yaml:"dnsServers"`
	DockerLabels                  *map[string]*string `field:"optional" json:"dockerLabels" yaml:"dockerLabels"`
	DockerSecurityOptions         *[]*string          `field:"optional" json:"dockerSecurityOptions" yaml:"dockerSecurityOptions"`
	EnableRestartPolicy           *bool               `field:"optional" json:"enableRestartPolicy" yaml:"enableRestartPolicy"`
	EntryPoint                    *[]*string          `field:"optional" json:"entryPoint" yaml:"entryPoint"`
	Environment                   *map[string]*string `field:"optional" json:"environment" yaml:"environment"`
	EnvironmentFiles              *[]EnvironmentFile  `field:"optional" json:"environmentFiles" yaml:"environmentFiles"`
	Essential                     *bool               `field:"optional" json:"essential" yaml:"essential"`
	ExtraHosts                    *map[string]*string `field:"optional" json:"extraHosts" yaml:"extraHosts"`
	GpuCount                      *float64            `field:"optional" json:"gpuCount" yaml:"gpuCount"`
	HealthCheck                   *HealthCheck        `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	Hostname                      *string             `field:"optional" json:"hostname" yaml:"hostname"`
	InferenceAcceleratorResources *[]*string          `field:"optional" json:"inferenceAcceleratorResources" yaml:"inferenceAcceleratorResources"`
	Interactive                   *bool               `field:"optional" json:"interactive" yaml:"interactive"`
	LinuxParameters               LinuxParameters     `field:"optional" json:"linuxParameters" yaml:"linuxParameters"`
	Logging                       LogDriver           `field:"optional" json:"logging" yaml:"logging"`
	MemoryLimitMiB                *float64            `field:"optional" json:"memoryLimitMiB" yaml:"memoryLimitMiB"`
	MemoryReservationMiB          *float64            `field:"optional" json:"memoryReservationMiB" yaml:"memoryReservationMiB"`
	PortMappings                  *[]*PortMapping     `field:"optional" json:"portMappings" yaml:"portMappings"`
	Privileged                    *bool               `field:"optional" json:"privileged" yaml:"privileged"`
	PseudoTerminal                *bool               `field:"optional" json:"pseudoTerminal" yaml:"pseudoTerminal"`
	ReadonlyRootFilesystem        *bool               `field:"optional" json:"readonlyRootFilesystem" yaml:"readonlyRootFilesystem"`
	RestartAttemptPeriod          awscdk.Duration     `field:"optional" json:"restartAttemptPeriod" yaml:"restartAttemptPeriod"`
	RestartIgnoredExitCodes       *[]*float64         `field:"optional" json:"restartIgnoredExitCodes" yaml:"restartIgnoredExitCodes"`
	Secrets                       *map[string]Secret  `field:"optional" json:"secrets" yaml:"secrets"`
	StartTimeout                  awscdk.Duration     `field:"optional" json:"startTimeout" yaml:"startTimeout"`
	StopTimeout                   awscdk.Duration     `field:"optional" json:"stopTimeout" yaml:"stopTimeout"`
	SystemControls                *[]*SystemControl   `field:"optional" json:"systemControls" yaml:"systemControls"`
	Ulimits                       *[]*Ulimit          `field:"optional" json:"ulimits" yaml:"ulimits"`
	User                          *string             `field:"optional" json:"user" yaml:"user"`
	VersionConsistency            VersionConsistency  `field:"optional" json:"versionConsistency" yaml:"versionConsistency"`
	WorkingDirectory              *string             `field:"optional" json:"workingDirectory" yaml:"workingDirectory"`
	TaskDefinition                TaskDefinition      `field:"required" json:"taskDefinition" yaml:"taskDefinition"`
	FirelensConfig                *FirelensConfig     `field:"required" json:"firelensConfig" yaml:"firelensConfig"`
}

// FirelensLogRouterType is the log router a FireLens container runs.
type FirelensLogRouterType string

const (
	FirelensLogRouterType_FLUENTBIT FirelensLogRouterType = "FLUENTBIT"
	FirelensLogRouterType_FLUENTD   FirelensLogRouterType = "FLUENTD"
)

// FirelensConfigFileType is where a custom FireLens configuration lives.
type FirelensConfigFileType string

const (
	FirelensConfigFileType_S3   FirelensConfigFileType = "S3"
	FirelensConfigFileType_FILE FirelensConfigFileType = "FILE"
)

// FirelensOptions configure a FireLens log router.
type FirelensOptions struct {
	ConfigFileType       FirelensConfigFileType `field:"optional" json:"configFileType" yaml:"configFileType"`
	ConfigFileValue      *string                `field:"optional" json:"configFileValue" yaml:"configFileValue"`
	EnableECSLogMetadata *bool                  `field:"optional" json:"enableECSLogMetadata" yaml:"enableECSLogMetadata"`
}

// FirelensConfig is the FireLens configuration of a log router container.
type FirelensConfig struct {
	Type    FirelensLogRouterType `field:"required" json:"type" yaml:"type"`
	Options *FirelensOptions      `field:"optional" json:"options" yaml:"options"`
}

// FirelensLogRouter is a container that routes the task's logs (FireLens).
type FirelensLogRouter interface {
	ContainerDefinition
	FirelensConfig() *FirelensConfig
}

type firelensLogRouter struct {
	*containerDefinition
}

func (r *firelensLogRouter) FirelensConfig() *FirelensConfig { return r.firelens }

// FirelensLogRouter_PROPERTY_INJECTION_ID is the id property injectors use for FirelensLogRouter.
func FirelensLogRouter_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ecs.FirelensLogRouter")
}

// FirelensLogRouter_IsConstruct reports whether x is a construct.
func FirelensLogRouter_IsConstruct(x interface{}) *bool { return isConstruct(x) }

var s3ArnPattern = regexp.MustCompile(`arn:aws[a-zA-Z-]*:s3:::.+`)

// NewFirelensLogRouter adds a FireLens log router container to props.TaskDefinition.
func NewFirelensLogRouter(scope constructs.Construct, id *string, props *FirelensLogRouterProps) FirelensLogRouter {
	props = l2.Inject(*FirelensLogRouter_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.TaskDefinition == nil {
		l2.Throw(constructs.NewConstruct(scope, id), "taskDefinition is required")
	}
	o := firelensContainerOptions(props)
	return newFirelensLogRouter(scope, id, o, props.FirelensConfig, props.TaskDefinition)
}

func newFirelensLogRouter(scope constructs.Construct, id *string, o *ContainerDefinitionOptions, cfg *FirelensConfig, td TaskDefinition) FirelensLogRouter {
	r := &firelensLogRouter{}
	c := newContainerAs(scope, id, o, td, func(c *containerDefinition) ContainerDefinition {
		r.containerDefinition = c
		return r
	})
	if cfg == nil {
		l2.Throw(c, "firelensConfig is required")
	}
	if opts := cfg.Options; opts != nil {
		if (opts.ConfigFileValue != nil && opts.ConfigFileType == "") || (opts.ConfigFileValue == nil && opts.ConfigFileType != "") {
			l2.Throw(c, "configFileValue and configFileType must be set together to define a custom config source")
		}
		hasConfig := opts.ConfigFileValue != nil
		meta := opts.EnableECSLogMetadata == nil || *opts.EnableECSLogMetadata
		fileType := FirelensConfigFileType_FILE
		if (opts.ConfigFileType == "" || opts.ConfigFileType == FirelensConfigFileType_S3) &&
			(isToken(opts.ConfigFileValue) || s3ArnPattern.MatchString(sv(opts.ConfigFileValue))) {
			fileType = FirelensConfigFileType_S3
		}
		cp := &FirelensConfig{Type: cfg.Type, Options: &FirelensOptions{EnableECSLogMetadata: boolp(meta)}}
		if hasConfig {
			cp.Options.ConfigFileType = fileType
			cp.Options.ConfigFileValue = opts.ConfigFileValue
		}
		c.firelens = cp
		if hasConfig && fileType == FirelensConfigFileType_S3 {
			v := sv(opts.ConfigFileValue)
			td.AddToExecutionRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings(v)}))
			td.AddToExecutionRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetBucketLocation"),
				Resources: jsii.Strings(strings.Split(v, "/")[0])}))
		}
	} else {
		c.firelens = cfg
	}
	return r
}

func firelensContainerOptions(p *FirelensLogRouterProps) *ContainerDefinitionOptions {
	return &ContainerDefinitionOptions{
		Image: p.Image, Command: p.Command, ContainerName: p.ContainerName, Cpu: p.Cpu, CredentialSpecs: p.CredentialSpecs,
		DisableNetworking: p.DisableNetworking, DnsSearchDomains: p.DnsSearchDomains, DnsServers: p.DnsServers,
		DockerLabels: p.DockerLabels, DockerSecurityOptions: p.DockerSecurityOptions, EnableRestartPolicy: p.EnableRestartPolicy,
		EntryPoint: p.EntryPoint, Environment: p.Environment, EnvironmentFiles: p.EnvironmentFiles, Essential: p.Essential,
		ExtraHosts: p.ExtraHosts, GpuCount: p.GpuCount, HealthCheck: p.HealthCheck, Hostname: p.Hostname,
		InferenceAcceleratorResources: p.InferenceAcceleratorResources, Interactive: p.Interactive, LinuxParameters: p.LinuxParameters,
		Logging: p.Logging, MemoryLimitMiB: p.MemoryLimitMiB, MemoryReservationMiB: p.MemoryReservationMiB,
		PortMappings: p.PortMappings, Privileged: p.Privileged, PseudoTerminal: p.PseudoTerminal,
		ReadonlyRootFilesystem: p.ReadonlyRootFilesystem, RestartAttemptPeriod: p.RestartAttemptPeriod,
		RestartIgnoredExitCodes: p.RestartIgnoredExitCodes, Secrets: p.Secrets, StartTimeout: p.StartTimeout,
		StopTimeout: p.StopTimeout, SystemControls: p.SystemControls, Ulimits: p.Ulimits, User: p.User,
		VersionConsistency: p.VersionConsistency, WorkingDirectory: p.WorkingDirectory,
	}
}

func definitionToRouterProps(o *FirelensLogRouterDefinitionOptions, td TaskDefinition) *FirelensLogRouterProps {
	return &FirelensLogRouterProps{
		Image: o.Image, Command: o.Command, ContainerName: o.ContainerName, Cpu: o.Cpu, CredentialSpecs: o.CredentialSpecs,
		DisableNetworking: o.DisableNetworking, DnsSearchDomains: o.DnsSearchDomains, DnsServers: o.DnsServers,
		DockerLabels: o.DockerLabels, DockerSecurityOptions: o.DockerSecurityOptions, EnableRestartPolicy: o.EnableRestartPolicy,
		EntryPoint: o.EntryPoint, Environment: o.Environment, EnvironmentFiles: o.EnvironmentFiles, Essential: o.Essential,
		ExtraHosts: o.ExtraHosts, GpuCount: o.GpuCount, HealthCheck: o.HealthCheck, Hostname: o.Hostname,
		InferenceAcceleratorResources: o.InferenceAcceleratorResources, Interactive: o.Interactive, LinuxParameters: o.LinuxParameters,
		Logging: o.Logging, MemoryLimitMiB: o.MemoryLimitMiB, MemoryReservationMiB: o.MemoryReservationMiB,
		PortMappings: o.PortMappings, Privileged: o.Privileged, PseudoTerminal: o.PseudoTerminal,
		ReadonlyRootFilesystem: o.ReadonlyRootFilesystem, RestartAttemptPeriod: o.RestartAttemptPeriod,
		RestartIgnoredExitCodes: o.RestartIgnoredExitCodes, Secrets: o.Secrets, StartTimeout: o.StartTimeout,
		StopTimeout: o.StopTimeout, SystemControls: o.SystemControls, Ulimits: o.Ulimits, User: o.User,
		VersionConsistency: o.VersionConsistency, WorkingDirectory: o.WorkingDirectory,
		TaskDefinition: td, FirelensConfig: o.FirelensConfig,
	}
}

// AddFirelensLogRouter adds the task's FireLens log router (one per task).
func (t *taskDefinition) AddFirelensLogRouter(id *string, props *FirelensLogRouterDefinitionOptions) FirelensLogRouter {
	for _, c := range t.containers {
		if c.firelens != nil {
			l2.Throw(t, "Firelens log router is already added in this task.")
		}
	}
	if props == nil {
		props = &FirelensLogRouterDefinitionOptions{}
	}
	p := definitionToRouterProps(props, t.self)
	return newFirelensLogRouter(t, id, firelensContainerOptions(p), p.FirelensConfig, t.self)
}

func renderFirelensConfig(cfg *FirelensConfig) *CfnTaskDefinition_FirelensConfigurationProperty {
	out := &CfnTaskDefinition_FirelensConfigurationProperty{Type: str(strings.ToLower(string(cfg.Type)))}
	if o := cfg.Options; o != nil {
		meta := "false"
		if truthy(o.EnableECSLogMetadata) {
			meta = "true"
		}
		m := ojson.New()
		m.Set("enable-ecs-log-metadata", meta)
		if o.ConfigFileValue != nil {
			m.Set("config-file-type", strings.ToLower(string(o.ConfigFileType)))
			m.Set("config-file-value", o.ConfigFileValue)
		}
		out.Options = m
	}
	return out
}

// addDefaultLogRouter is aws-cdk-lib's step before rendering the
// containers: a container logging through awsfirelens gets the task a
// Fluent Bit router (image from the public SSM parameter) when it has none.
func (t *taskDefinition) addDefaultLogRouter() {
	var cfg *LogDriverConfig
	for _, c := range t.containers {
		if c.firelens != nil {
			return
		}
		if cfg == nil && c.logConfig != nil && sv(c.logConfig.LogDriver) == "awsfirelens" {
			cfg = c.logConfig
		}
	}
	if cfg == nil {
		return
	}
	t.AddFirelensLogRouter(str("log-router"), &FirelensLogRouterDefinitionOptions{
		Image:                defaultFluentBitImage(t, cfg),
		FirelensConfig:       &FirelensConfig{Type: FirelensLogRouterType_FLUENTBIT},
		Logging:              NewAwsLogDriver(&AwsLogDriverProps{StreamPrefix: str("firelens")}),
		MemoryReservationMiB: num(50),
	})
}

func defaultFluentBitImage(t *taskDefinition, cfg *LogDriverConfig) ContainerImage {
	t.AddToExecutionRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Resources: jsii.Strings("*"),
		Actions: jsii.Strings("ecr:GetAuthorizationToken", "ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage")}))
	var name *string
	if cfg.Options != nil {
		name = (*cfg.Options)["Name"]
	}
	switch sv(name) {
	case "cloudwatch":
		actions := []string{"logs:CreateLogGroup", "logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"}
		if _, ok := (*cfg.Options)["log_retention_days"]; ok {
			actions = append(actions, "logs:PutRetentionPolicy")
		}
		t.AddToTaskRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings(actions...), Resources: jsii.Strings("*")}))
	case "firehose":
		t.AddToTaskRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("firehose:PutRecordBatch"), Resources: jsii.Strings("*")}))
	case "kinesis":
		t.AddToTaskRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("kinesis:PutRecords"), Resources: jsii.Strings("*")}))
	}
	return ContainerImage_FromRegistry(ssmStringParameter(t, "/aws/service/aws-for-fluent-bit/latest"), nil)
}

// ssmStringParameter reads a String parameter from SSM at deploy time, as
// ssm.StringParameter.valueForStringParameter does: one template parameter
// per name, shared by the whole stack.
func ssmStringParameter(scope constructs.Construct, parameterName string) *string {
	stack := awscdk.Stack_Of(scope)
	id := "SsmParameterValue:" + parameterName + ":C96584B6-F00A-464E-AD19-53AFF4B05118"
	if p, ok := stack.Node().TryFindChild(str(id + ".Parameter")).(awscdk.CfnParameter); ok {
		return p.ValueAsString()
	}
	if stack.Node().TryFindChild(str(id)) == nil {
		r := awscdk.NewResource(stack, str(id), nil)
		host.Set(r, r)
	}
	p := awscdk.NewCfnParameter(stack, str(id+".Parameter"), &awscdk.CfnParameterProps{
		Type: str("AWS::SSM::Parameter::Value<String>"), Default: parameterName,
	})
	return p.ValueAsString()
}

// FireLensLogDriverProps configure the awsfirelens log driver.
type FireLensLogDriverProps struct {
	Env           *[]*string          `field:"optional" json:"env" yaml:"env"`
	EnvRegex      *string             `field:"optional" json:"envRegex" yaml:"envRegex"`
	Labels        *[]*string          `field:"optional" json:"labels" yaml:"labels"`
	Tag           *string             `field:"optional" json:"tag" yaml:"tag"`
	Options       *map[string]*string `field:"optional" json:"options" yaml:"options"`
	SecretOptions *map[string]Secret  `field:"optional" json:"secretOptions" yaml:"secretOptions"`
}

// FireLensLogDriver sends logs through the task's FireLens log router.
type FireLensLogDriver interface{ LogDriver }

type fireLensLogDriver struct{ p FireLensLogDriverProps }

// NewFireLensLogDriver creates an awsfirelens log driver.
func NewFireLensLogDriver(props *FireLensLogDriverProps) FireLensLogDriver {
	d := &fireLensLogDriver{}
	if props != nil {
		d.p = *props
	}
	return d
}

// LogDrivers_Firelens is NewFireLensLogDriver.
func LogDrivers_Firelens(props *FireLensLogDriverProps) LogDriver { return NewFireLensLogDriver(props) }

// FireLensLogDriver_AwsLogs is NewAwsLogDriver.
func FireLensLogDriver_AwsLogs(props *AwsLogDriverProps) LogDriver { return NewAwsLogDriver(props) }

func (d *fireLensLogDriver) Bind(_ constructs.Construct, c ContainerDefinition) *LogDriverConfig {
	cfg := &LogDriverConfig{LogDriver: str("awsfirelens")}
	if d.p.Options != nil {
		m := map[string]*string{}
		for k, v := range *d.p.Options {
			if v != nil {
				m[k] = v
			}
		}
		cfg.Options = &m
	}
	if d.p.SecretOptions != nil {
		cfg.SecretOptions = secretOptions(c, sortedKeys(*d.p.SecretOptions), *d.p.SecretOptions)
	}
	return cfg
}
