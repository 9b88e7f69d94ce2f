package awsecs

import (
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// PortMapping maps a container port to the host (or the task's ENI).
type PortMapping struct {
	ContainerPort      *float64    `field:"required" json:"containerPort" yaml:"containerPort"`
	AppProtocol        AppProtocol `field:"optional" json:"appProtocol" yaml:"appProtocol"`
	ContainerPortRange *string     `field:"optional" json:"containerPortRange" yaml:"containerPortRange"`
	HostPort           *float64    `field:"optional" json:"hostPort" yaml:"hostPort"`
	Name               *string     `field:"optional" json:"name" yaml:"name"`
	Protocol           Protocol    `field:"optional" json:"protocol" yaml:"protocol"`
}

// HealthCheck is a container's Docker health check.
type HealthCheck struct {
	// The command: one string runs in a shell (CMD-SHELL); several are exec'd (CMD).
	Command     *[]*string      `field:"required" json:"command" yaml:"command"`
	Interval    awscdk.Duration `field:"optional" json:"interval" yaml:"interval"`
	Retries     *float64        `field:"optional" json:"retries" yaml:"retries"`
	StartPeriod awscdk.Duration `field:"optional" json:"startPeriod" yaml:"startPeriod"`
	Timeout     awscdk.Duration `field:"optional" json:"timeout" yaml:"timeout"`
}

// MountPoint mounts a task volume in a container.
type MountPoint struct {
	ContainerPath *string `field:"required" json:"containerPath" yaml:"containerPath"`
	ReadOnly      *bool   `field:"required" json:"readOnly" yaml:"readOnly"`
	SourceVolume  *string `field:"required" json:"sourceVolume" yaml:"sourceVolume"`
}

// ScratchSpace is a host volume mounted in a container (AddScratch).
type ScratchSpace struct {
	ContainerPath *string `field:"required" json:"containerPath" yaml:"containerPath"`
	Name          *string `field:"required" json:"name" yaml:"name"`
	ReadOnly      *bool   `field:"required" json:"readOnly" yaml:"readOnly"`
	SourcePath    *string `field:"required" json:"sourcePath" yaml:"sourcePath"`
}

// VolumeFrom mounts the volumes of another container.
type VolumeFrom struct {
	ReadOnly        *bool   `field:"required" json:"readOnly" yaml:"readOnly"`
	SourceContainer *string `field:"required" json:"sourceContainer" yaml:"sourceContainer"`
}

// Ulimit is a resource limit of a container.
type Ulimit struct {
	HardLimit *float64   `field:"required" json:"hardLimit" yaml:"hardLimit"`
	Name      UlimitName `field:"required" json:"name" yaml:"name"`
	SoftLimit *float64   `field:"required" json:"softLimit" yaml:"softLimit"`
}

// ContainerDependency makes a container wait for another.
type ContainerDependency struct {
	Container ContainerDefinition          `field:"required" json:"container" yaml:"container"`
	Condition ContainerDependencyCondition `field:"optional" json:"condition" yaml:"condition"`
}

// SystemControl is a namespaced kernel parameter of a container.
type SystemControl struct {
	Namespace *string `field:"required" json:"namespace" yaml:"namespace"`
	Value     *string `field:"required" json:"value" yaml:"value"`
}

// EnvironmentFileType is where an environment file lives.
type EnvironmentFileType string

const EnvironmentFileType_S3 EnvironmentFileType = "S3"

// EnvironmentFileConfig is a bound environment file.
type EnvironmentFileConfig struct {
	FileType   EnvironmentFileType `field:"required" json:"fileType" yaml:"fileType"`
	S3Location *awss3.Location     `field:"required" json:"s3Location" yaml:"s3Location"`
}

// EnvironmentFile is a file of environment variables for a container.
type EnvironmentFile interface {
	Bind(scope constructs.Construct) *EnvironmentFileConfig
}

// CredentialSpecConfig is a bound credential spec.
type CredentialSpecConfig struct {
	Location   *string `field:"required" json:"location" yaml:"location"`
	TypePrefix *string `field:"required" json:"typePrefix" yaml:"typePrefix"`
}

// CredentialSpec is a gMSA credential spec of a container.
type CredentialSpec interface {
	FileLocation() *string
	PrefixId() *string
	Bind() *CredentialSpecConfig
}

type credentialSpec struct{ prefix, location *string }

// NewCredentialSpec is a credential spec of the given kind at fileLocation.
func NewCredentialSpec(prefixId *string, fileLocation *string) CredentialSpec {
	return &credentialSpec{prefixId, fileLocation}
}
func (c *credentialSpec) FileLocation() *string { return c.location }
func (c *credentialSpec) PrefixId() *string     { return c.prefix }
func (c *credentialSpec) Bind() *CredentialSpecConfig {
	return &CredentialSpecConfig{TypePrefix: c.prefix, Location: c.location}
}

// LinuxParameters are Linux-specific options of a container (NewLinuxParameters).
type LinuxParameters interface {
	constructs.Construct
	AddCapabilities(cap ...Capability)
	AddDevices(device ...*Device)
	AddTmpfs(tmpfs ...*Tmpfs)
	DropCapabilities(cap ...Capability)
	RenderLinuxParameters() *CfnTaskDefinition_LinuxParametersProperty
}

// ContainerDefinitionOptions are the options of TaskDefinition.AddContainer.
type ContainerDefinitionOptions struct {
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
}

// ContainerDefinitionProps are the props of NewContainerDefinition.
type ContainerDefinitionProps struct {
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
	// The task definition the container belongs to.
	TaskDefinition TaskDefinition `field:"required" json:"taskDefinition" yaml:"taskDefinition"`
}

// ContainerDefinition is a container of a task definition.
type ContainerDefinition interface {
	constructs.Construct
	ContainerDependencies() *[]*ContainerDependency
	ContainerName() *string
	ContainerPort() *float64
	Cpu() *float64
	CredentialSpecs() *[]*CredentialSpecConfig
	EnvironmentFiles() *[]*EnvironmentFileConfig
	Essential() *bool
	ImageName() *string
	IngressPort() *float64
	LinuxParameters() LinuxParameters
	LogDriverConfig() *LogDriverConfig
	MemoryLimitSpecified() *bool
	MountPoints() *[]*MountPoint
	PortMappings() *[]*PortMapping
	PseudoTerminal() *bool
	ReferencesSecretJsonField() *bool
	TaskDefinition() TaskDefinition
	Ulimits() *[]*Ulimit
	VolumesFrom() *[]*VolumeFrom
	AddContainerDependencies(containerDependencies ...*ContainerDependency)
	AddDockerLabel(name *string, value *string)
	AddEnvironment(name *string, value *string)
	AddInferenceAcceleratorResource(inferenceAcceleratorResources ...*string)
	AddLink(container ContainerDefinition, alias *string)
	AddMountPoints(mountPoints ...*MountPoint)
	AddPortMappings(portMappings ...*PortMapping)
	AddScratch(scratch *ScratchSpace)
	AddSecret(name *string, secret Secret)
	AddToExecutionPolicy(statement awsiam.PolicyStatement)
	AddUlimits(ulimits ...*Ulimit)
	AddVolumesFrom(volumesFrom ...*VolumeFrom)
	FindPortMapping(containerPort *float64, protocol Protocol) *PortMapping
	FindPortMappingByName(name *string) *PortMapping
	RenderContainerDefinition(_taskDefinition TaskDefinition) *CfnTaskDefinition_ContainerDefinitionProperty
}

type kv struct{ k, v *string }

type containerDefinition struct {
	constructs.Construct
	props                ContainerDefinitionOptions
	td                   TaskDefinition
	tdi                  *taskDefinition
	name                 *string
	essential            bool
	memoryLimitSpecified bool
	cpu                  *float64
	image                *ContainerImageConfig
	logConfig            *LogDriverConfig
	env                  []kv
	labels               []kv
	secrets              []*CfnTaskDefinition_SecretProperty
	envFiles             []*EnvironmentFileConfig
	credSpecs            []*CredentialSpecConfig
	portMappings         []*PortMapping
	mountPoints          []*MountPoint
	volumesFrom          []*VolumeFrom
	ulimits              []*Ulimit
	deps                 []*ContainerDependency
	links                []string
	accelerators         []*string
	named                map[string]*PortMapping
	versionConsistency   VersionConsistency
	outer                ContainerDefinition
	firelens             *FirelensConfig
}

// ContainerDefinition_CONTAINER_PORT_USE_RANGE is the container port that means "use ContainerPortRange".
func ContainerDefinition_CONTAINER_PORT_USE_RANGE() *float64 { return num(0) }

// ContainerDefinition_PROPERTY_INJECTION_ID is the id property injectors use for ContainerDefinition.
func ContainerDefinition_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ecs.ContainerDefinition")
}

// NewContainerDefinition adds a container to props.TaskDefinition.
func NewContainerDefinition(scope constructs.Construct, id *string, props *ContainerDefinitionProps) ContainerDefinition {
	props = l2.Inject(*ContainerDefinition_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.TaskDefinition == nil {
		c := constructs.NewConstruct(scope, id)
		l2.Throw(c, "taskDefinition is required")
	}
	o := ContainerDefinitionOptions{
		Image: props.Image, Command: props.Command, ContainerName: props.ContainerName, Cpu: props.Cpu, CredentialSpecs: props.CredentialSpecs,
		DisableNetworking: props.DisableNetworking, DnsSearchDomains: props.DnsSearchDomains, DnsServers: props.DnsServers,
		DockerLabels: props.DockerLabels, DockerSecurityOptions: props.DockerSecurityOptions, EnableRestartPolicy: props.EnableRestartPolicy,
		EntryPoint: props.EntryPoint, Environment: props.Environment, EnvironmentFiles: props.EnvironmentFiles, Essential: props.Essential,
		ExtraHosts: props.ExtraHosts, GpuCount: props.GpuCount, HealthCheck: props.HealthCheck, Hostname: props.Hostname,
		InferenceAcceleratorResources: props.InferenceAcceleratorResources, Interactive: props.Interactive, LinuxParameters: props.LinuxParameters,
		Logging: props.Logging, MemoryLimitMiB: props.MemoryLimitMiB, MemoryReservationMiB: props.MemoryReservationMiB,
		PortMappings: props.PortMappings, Privileged: props.Privileged, PseudoTerminal: props.PseudoTerminal,
		ReadonlyRootFilesystem: props.ReadonlyRootFilesystem, RestartAttemptPeriod: props.RestartAttemptPeriod,
		RestartIgnoredExitCodes: props.RestartIgnoredExitCodes, Secrets: props.Secrets, StartTimeout: props.StartTimeout,
		StopTimeout: props.StopTimeout, SystemControls: props.SystemControls, Ulimits: props.Ulimits, User: props.User,
		VersionConsistency: props.VersionConsistency, WorkingDirectory: props.WorkingDirectory,
	}
	return newContainer(scope, id, &o, props.TaskDefinition)
}

// internalTaskDefinition finds Strata's own task definition behind td.
func internalTaskDefinition(td TaskDefinition) *taskDefinition {
	switch t := td.(type) {
	case *taskDefinition:
		return t
	case *fargateTaskDefinition:
		return &t.taskDefinition
	case *ec2TaskDefinition:
		return &t.taskDefinition
	case *externalTaskDefinition:
		return &t.taskDefinition
	}
	// A user's "subclass" (New*_Override) embeds one of ours.
	v := reflect.ValueOf(td)
	for v.Kind() == reflect.Ptr || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	if v.Kind() == reflect.Struct {
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.Anonymous || !f.IsExported() {
				continue
			}
			if inner, ok := v.Field(i).Interface().(TaskDefinition); ok && inner != nil {
				return internalTaskDefinition(inner)
			}
		}
	}
	return nil
}

func newContainer(scope constructs.Construct, id *string, props *ContainerDefinitionOptions, td TaskDefinition) *containerDefinition {
	return newContainerAs(scope, id, props, td, nil)
}

// newContainerAs creates a container whose public face is wrap's result
// (a FirelensLogRouter) when wrap is not nil.
func newContainerAs(scope constructs.Construct, id *string, props *ContainerDefinitionOptions, td TaskDefinition, wrap func(*containerDefinition) ContainerDefinition) *containerDefinition {
	c := &containerDefinition{props: *props, td: td, tdi: internalTaskDefinition(td), named: map[string]*PortMapping{}}
	c.outer = c
	if wrap != nil {
		c.outer = wrap(c)
	}
	c.Construct = constructs.NewConstruct(scope, id)
	host.Set(c.Construct, c.outer)
	if c.tdi == nil {
		l2.Throw(c, "the task definition must be one Strata created (NewTaskDefinition, NewFargateTaskDefinition, NewEc2TaskDefinition)")
	}
	if props.MemoryLimitMiB != nil && props.MemoryReservationMiB != nil && *props.MemoryLimitMiB < *props.MemoryReservationMiB {
		l2.Throw(c, "MemoryLimitMiB should not be less than MemoryReservationMiB.")
	}
	if props.Image == nil {
		l2.Throw(c, "image is required: set Image (for example ContainerImage_FromRegistry)")
	}
	c.essential = props.Essential == nil || *props.Essential
	c.memoryLimitSpecified = props.MemoryLimitMiB != nil || props.MemoryReservationMiB != nil
	c.name = props.ContainerName
	if c.name == nil {
		c.name = c.Node().Id()
	}
	c.image = props.Image.Bind(c.outer, c.outer)
	// As in aws-cdk-lib, the prop is read after the image is bound, so it
	// replaces whatever the image asked for.
	c.versionConsistency = props.VersionConsistency
	if props.Logging != nil {
		c.logConfig = props.Logging.Bind(c.outer, c.outer)
	}
	if props.Secrets != nil {
		for _, k := range sortedKeys(*props.Secrets) {
			c.AddSecret(str(k), (*props.Secrets)[k])
		}
	}
	if props.DockerLabels != nil {
		for _, k := range sortedStrKeys(*props.DockerLabels) {
			c.labels = append(c.labels, kv{str(k), (*props.DockerLabels)[k]})
		}
	}
	if props.Environment != nil {
		for _, k := range sortedStrKeys(*props.Environment) {
			c.env = append(c.env, kv{str(k), (*props.Environment)[k]})
		}
	}
	if props.EnvironmentFiles != nil {
		for _, f := range *props.EnvironmentFiles {
			c.envFiles = append(c.envFiles, f.Bind(c))
		}
	}
	if props.CredentialSpecs != nil {
		if len(*props.CredentialSpecs) > 1 {
			l2.Throw(c, "Only one credential spec is allowed per container definition.")
		}
		for _, cs := range *props.CredentialSpecs {
			c.credSpecs = append(c.credSpecs, cs.Bind())
		}
	}
	if props.Cpu != nil && *props.Cpu != 0 {
		c.cpu = props.Cpu
	}
	if props.HealthCheck != nil {
		c.checkHealthCheck(props.HealthCheck)
	}
	c.tdi.linkContainer(c)
	if props.PortMappings != nil {
		c.AddPortMappings(*props.PortMappings...)
	}
	if props.InferenceAcceleratorResources != nil {
		c.AddInferenceAcceleratorResource(*props.InferenceAcceleratorResources...)
	}
	if props.Ulimits != nil {
		c.AddUlimits(*props.Ulimits...)
	}
	c.checkRestartPolicy()
	return c
}

func sortedStrKeys(m map[string]*string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func sortedKeys(m map[string]Secret) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func seconds(d awscdk.Duration) *float64 {
	if d == nil {
		return nil
	}
	return d.ToSeconds(nil)
}

// checkHealthCheck reports at construction what aws-cdk-lib reports when
// it renders the container: the same messages, without the resolution
// wrapper.
func (c *containerDefinition) checkHealthCheck(hc *HealthCheck) {
	iv, to := seconds(hc.Interval), seconds(hc.Timeout)
	if iv != nil && (*iv < 5 || *iv > 300) {
		l2.Throw(c, "Interval must be between 5 seconds and 300 seconds.")
	}
	if to != nil && (*to < 2 || *to > 120) {
		l2.Throw(c, "Timeout must be between 2 seconds and 120 seconds.")
	}
	if iv != nil && to != nil && *iv < *to {
		l2.Throw(c, "Health check interval should be longer than timeout.")
	}
	if hc.Command == nil || len(*hc.Command) == 0 {
		l2.Throw(c, "At least one argument must be supplied for health check command.")
	}
}

func (c *containerDefinition) checkRestartPolicy() {
	p := c.props
	if p.EnableRestartPolicy != nil && !*p.EnableRestartPolicy && (p.RestartIgnoredExitCodes != nil || p.RestartAttemptPeriod != nil) {
		l2.Throw(c, "The restartIgnoredExitCodes and restartAttemptPeriod cannot be specified if enableRestartPolicy is false")
	}
	if p.RestartIgnoredExitCodes != nil && len(*p.RestartIgnoredExitCodes) > 50 {
		l2.Throw(c, "Only up to 50 can be specified for restartIgnoredExitCodes, got: %d", len(*p.RestartIgnoredExitCodes))
	}
	if s := seconds(p.RestartAttemptPeriod); s != nil && (*s < 60 || *s > 1800) {
		l2.Throw(c, "The restartAttemptPeriod must be between 60 seconds and 1800 seconds, got %v seconds", *s)
	}
}

func (c *containerDefinition) ContainerName() *string            { return c.name }
func (c *containerDefinition) Cpu() *float64                     { return c.cpu }
func (c *containerDefinition) Essential() *bool                  { return boolp(c.essential) }
func (c *containerDefinition) ImageName() *string                { return c.image.ImageName }
func (c *containerDefinition) LinuxParameters() LinuxParameters  { return c.props.LinuxParameters }
func (c *containerDefinition) LogDriverConfig() *LogDriverConfig { return c.logConfig }
func (c *containerDefinition) MemoryLimitSpecified() *bool       { return boolp(c.memoryLimitSpecified) }
func (c *containerDefinition) PseudoTerminal() *bool             { return c.props.PseudoTerminal }
func (c *containerDefinition) TaskDefinition() TaskDefinition    { return c.td }
func (c *containerDefinition) ContainerDependencies() *[]*ContainerDependency {
	out := append([]*ContainerDependency{}, c.deps...)
	return &out
}
func (c *containerDefinition) CredentialSpecs() *[]*CredentialSpecConfig {
	if c.credSpecs == nil {
		return nil
	}
	out := append([]*CredentialSpecConfig{}, c.credSpecs...)
	return &out
}
func (c *containerDefinition) EnvironmentFiles() *[]*EnvironmentFileConfig {
	if c.envFiles == nil {
		return nil
	}
	out := append([]*EnvironmentFileConfig{}, c.envFiles...)
	return &out
}
func (c *containerDefinition) MountPoints() *[]*MountPoint {
	out := append([]*MountPoint{}, c.mountPoints...)
	return &out
}
func (c *containerDefinition) PortMappings() *[]*PortMapping {
	out := append([]*PortMapping{}, c.portMappings...)
	return &out
}
func (c *containerDefinition) Ulimits() *[]*Ulimit {
	out := append([]*Ulimit{}, c.ulimits...)
	return &out
}
func (c *containerDefinition) VolumesFrom() *[]*VolumeFrom {
	out := append([]*VolumeFrom{}, c.volumesFrom...)
	return &out
}

func (c *containerDefinition) ReferencesSecretJsonField() *bool {
	for _, s := range c.secrets {
		if strings.HasSuffix(sv(s.ValueFrom), "::") {
			return boolp(true)
		}
	}
	return boolp(false)
}

// ContainerPort is the container port of the first port mapping.
func (c *containerDefinition) ContainerPort() *float64 {
	if len(c.portMappings) == 0 {
		l2.Throw(c, "Container %s hasn't defined any ports. Call addPortMappings().", sv(c.name))
	}
	pm := c.portMappings[0]
	if pm.ContainerPortRange != nil {
		l2.Throw(c, "The first port mapping of the container %s must expose a single port.", sv(c.name))
	}
	return pm.ContainerPort
}

// IngressPort is the port traffic reaches the first port mapping on.
func (c *containerDefinition) IngressPort() *float64 {
	if len(c.portMappings) == 0 {
		l2.Throw(c, "Container %s hasn't defined any ports. Call addPortMappings().", sv(c.name))
	}
	pm := c.portMappings[0]
	if pm.HostPort != nil && *pm.HostPort != 0 {
		return pm.HostPort
	}
	if c.tdi.networkMode == NetworkMode_BRIDGE {
		return num(0)
	}
	if pm.ContainerPortRange != nil {
		l2.Throw(c, "The first port mapping of the container %s must expose a single port.", sv(c.name))
	}
	return pm.ContainerPort
}

func (c *containerDefinition) AddContainerDependencies(deps ...*ContainerDependency) {
	c.deps = append(c.deps, deps...)
}
func (c *containerDefinition) AddDockerLabel(name *string, value *string) {
	for i := range c.labels {
		if sv(c.labels[i].k) == sv(name) {
			c.labels[i].v = value
			return
		}
	}
	c.labels = append(c.labels, kv{name, value})
}

// AddEnvironment sets an environment variable (a later value for the same name wins, in its first place).
func (c *containerDefinition) AddEnvironment(name *string, value *string) {
	for i := range c.env {
		if sv(c.env[i].k) == sv(name) {
			c.env[i].v = value
			return
		}
	}
	c.env = append(c.env, kv{name, value})
}

func (c *containerDefinition) AddInferenceAcceleratorResource(resources ...*string) {
	for _, r := range resources {
		found := false
		for _, ia := range c.tdi.accelerators {
			found = found || sv(ia.DeviceName) == sv(r)
		}
		if !found {
			l2.Throw(c, "Resource value %s in container definition doesn't match any inference accelerator device name in the task definition.", sv(r))
		}
		c.accelerators = append(c.accelerators, r)
	}
}

func (c *containerDefinition) AddLink(container ContainerDefinition, alias *string) {
	if c.tdi.networkMode != NetworkMode_BRIDGE {
		l2.Throw(c, "You must use network mode Bridge to add container links.")
	}
	if alias != nil {
		c.links = append(c.links, sv(container.ContainerName())+":"+*alias)
	} else {
		c.links = append(c.links, sv(container.ContainerName()))
	}
}

func (c *containerDefinition) AddMountPoints(mountPoints ...*MountPoint) {
	c.mountPoints = append(c.mountPoints, mountPoints...)
}

func (c *containerDefinition) AddScratch(scratch *ScratchSpace) {
	c.tdi.AddVolume(&Volume{Host: &Host{SourcePath: scratch.SourcePath}, Name: scratch.Name})
	c.AddMountPoints(&MountPoint{ContainerPath: scratch.ContainerPath, ReadOnly: scratch.ReadOnly, SourceVolume: scratch.Name})
}

var portRangeFormat = regexp.MustCompile(`^\d+-\d+$`)

// AddPortMappings adds port mappings, checked as aws-cdk-lib checks them.
func (c *containerDefinition) AddPortMappings(portMappings ...*PortMapping) {
	nm := c.tdi.networkMode
	for _, pm := range portMappings {
		if pm == nil {
			continue
		}
		fail := func(format string, args ...interface{}) { l2.Throw(c, format, args...) }
		if msg := portMapProblem(nm, pm); msg != "" {
			fail("%s", msg)
		}
		if isServiceConnect(pm) {
			if msg := serviceConnectProblem(nm, pm); msg != "" {
				fail("%s", msg)
			}
			if _, dup := c.named[*pm.Name]; dup {
				fail("Port mapping name '%s' already exists on this container", *pm.Name)
			}
			c.named[*pm.Name] = pm
		}
		if nm == NetworkMode_BRIDGE && pm.HostPort == nil && pm.ContainerPortRange == nil {
			cp := *pm
			cp.HostPort = num(0)
			pm = &cp
		}
		c.portMappings = append(c.portMappings, pm)
	}
}

// AddSecret injects a secret as an environment variable and lets the execution role read it.
func (c *containerDefinition) AddSecret(name *string, secret Secret) {
	secret.GrantRead(c.td.ObtainExecutionRole())
	c.secrets = append(c.secrets, &CfnTaskDefinition_SecretProperty{Name: name, ValueFrom: secret.Arn()})
}

func (c *containerDefinition) AddToExecutionPolicy(statement awsiam.PolicyStatement) {
	c.td.AddToExecutionRolePolicy(statement)
}
func (c *containerDefinition) AddUlimits(ulimits ...*Ulimit) {
	c.ulimits = append(c.ulimits, ulimits...)
}
func (c *containerDefinition) AddVolumesFrom(volumesFrom ...*VolumeFrom) {
	c.volumesFrom = append(c.volumesFrom, volumesFrom...)
}

// FindPortMapping is the port mapping of that container port and protocol, nil if none.
func (c *containerDefinition) FindPortMapping(containerPort *float64, protocol Protocol) *PortMapping {
	want := protocol
	if want == "" {
		want = Protocol_TCP
	}
	for _, pm := range c.portMappings {
		p := pm.Protocol
		if p == "" {
			p = Protocol_TCP
		}
		if pm.ContainerPort != nil && containerPort != nil && *pm.ContainerPort == *containerPort && p == want {
			return pm
		}
	}
	return nil
}

// FindPortMappingByName is the named port mapping, nil if none.
func (c *containerDefinition) FindPortMappingByName(name *string) *PortMapping {
	return c.named[sv(name)]
}

// defaultDisableVersionConsistency turns version consistency off for
// images whose tags Strata computes (assets), as aws-cdk-lib does.
func (c *containerDefinition) defaultDisableVersionConsistency() {
	if c.versionConsistency == "" {
		c.versionConsistency = VersionConsistency_DISABLED
	}
}

// RenderContainerDefinition renders the container as its task definition lists it.
func (c *containerDefinition) RenderContainerDefinition(_ TaskDefinition) *CfnTaskDefinition_ContainerDefinitionProperty {
	p := c.props
	out := &CfnTaskDefinition_ContainerDefinitionProperty{
		Command: p.Command, Cpu: p.Cpu, DnsSearchDomains: p.DnsSearchDomains, DnsServers: p.DnsServers,
		DockerSecurityOptions: p.DockerSecurityOptions, EntryPoint: p.EntryPoint, Essential: boolp(c.essential),
		Hostname: p.Hostname, Image: c.image.ImageName, Memory: p.MemoryLimitMiB, MemoryReservation: p.MemoryReservationMiB,
		Name: c.name, User: p.User, WorkingDirectory: p.WorkingDirectory,
		StartTimeout: seconds(p.StartTimeout), StopTimeout: seconds(p.StopTimeout),
	}
	setBool := func(dst *interface{}, b *bool) {
		if b != nil {
			*dst = b
		}
	}
	setBool(&out.DisableNetworking, p.DisableNetworking)
	setBool(&out.Interactive, p.Interactive)
	setBool(&out.Privileged, p.Privileged)
	setBool(&out.PseudoTerminal, p.PseudoTerminal)
	setBool(&out.ReadonlyRootFilesystem, p.ReadonlyRootFilesystem)
	if len(c.credSpecs) > 0 {
		var specs []*string
		for _, cs := range c.credSpecs {
			specs = append(specs, str(sv(cs.TypePrefix)+":"+sv(cs.Location)))
		}
		out.CredentialSpecs = &specs
	}
	if len(c.deps) > 0 {
		var deps []*CfnTaskDefinition_ContainerDependencyProperty
		for _, d := range c.deps {
			cond := d.Condition
			if cond == "" {
				cond = ContainerDependencyCondition_HEALTHY
			}
			deps = append(deps, &CfnTaskDefinition_ContainerDependencyProperty{ContainerName: d.Container.ContainerName(), Condition: str(string(cond))})
		}
		out.DependsOn = deps
	}
	if len(c.labels) > 0 {
		labels := ojson.New()
		for _, l := range c.labels {
			labels.Set(sv(l.k), l.v)
		}
		out.DockerLabels = labels
	}
	if len(c.mountPoints) > 0 {
		var mps []*CfnTaskDefinition_MountPointProperty
		for _, m := range c.mountPoints {
			mps = append(mps, &CfnTaskDefinition_MountPointProperty{ContainerPath: m.ContainerPath, ReadOnly: m.ReadOnly, SourceVolume: m.SourceVolume})
		}
		out.MountPoints = mps
	}
	if len(c.portMappings) > 0 {
		var pms []*CfnTaskDefinition_PortMappingProperty
		for _, pm := range c.portMappings {
			r := &CfnTaskDefinition_PortMappingProperty{ContainerPortRange: pm.ContainerPortRange, HostPort: pm.HostPort,
				Protocol: str(pm.Protocol.value())}
			if pm.ContainerPort != nil && *pm.ContainerPort != 0 {
				r.ContainerPort = pm.ContainerPort
			}
			if pm.AppProtocol != nil {
				r.AppProtocol = pm.AppProtocol.Value()
			}
			if sv(pm.Name) != "" {
				r.Name = pm.Name
			}
			pms = append(pms, r)
		}
		out.PortMappings = pms
	}
	if c.image.RepositoryCredentials != nil {
		out.RepositoryCredentials = c.image.RepositoryCredentials
	}
	if len(c.ulimits) > 0 {
		var uls []*CfnTaskDefinition_UlimitProperty
		for _, u := range c.ulimits {
			uls = append(uls, &CfnTaskDefinition_UlimitProperty{Name: str(strings.ToLower(string(u.Name))), SoftLimit: u.SoftLimit, HardLimit: u.HardLimit})
		}
		out.Ulimits = uls
	}
	if c.versionConsistency != "" {
		out.VersionConsistency = str(strings.ToLower(string(c.versionConsistency)))
	}
	if len(c.volumesFrom) > 0 {
		var vfs []*CfnTaskDefinition_VolumeFromProperty
		for _, v := range c.volumesFrom {
			vfs = append(vfs, &CfnTaskDefinition_VolumeFromProperty{SourceContainer: v.SourceContainer, ReadOnly: v.ReadOnly})
		}
		out.VolumesFrom = vfs
	}
	if c.logConfig != nil {
		out.LogConfiguration = c.logConfig.render()
	}
	if len(c.env) > 0 {
		var env []*CfnTaskDefinition_KeyValuePairProperty
		for _, e := range c.env {
			env = append(env, &CfnTaskDefinition_KeyValuePairProperty{Name: e.k, Value: e.v})
		}
		out.Environment = env
	}
	if c.envFiles != nil {
		var files []*CfnTaskDefinition_EnvironmentFileProperty
		part := awscdk.Stack_Of(c).Partition()
		for _, f := range c.envFiles {
			if f.S3Location == nil {
				l2.Throw(c, "Environment file must specify an S3 location")
			}
			files = append(files, &CfnTaskDefinition_EnvironmentFileProperty{Type: str(strings.ToLower(string(f.FileType))),
				Value: str(fmt.Sprintf("arn:%s:s3:::%s/%s", sv(part), sv(f.S3Location.BucketName), sv(f.S3Location.ObjectKey)))})
		}
		out.EnvironmentFiles = files
	}
	if len(c.secrets) > 0 {
		out.Secrets = c.secrets
	}
	if p.ExtraHosts != nil {
		var hosts []*CfnTaskDefinition_HostEntryProperty
		for _, k := range sortedStrKeys(*p.ExtraHosts) {
			hosts = append(hosts, &CfnTaskDefinition_HostEntryProperty{Hostname: str(k), IpAddress: (*p.ExtraHosts)[k]})
		}
		out.ExtraHosts = hosts
	}
	if hc := p.HealthCheck; hc != nil {
		cmd := *hc.Command
		var full []*string
		if len(cmd) == 1 {
			full = []*string{str("CMD-SHELL"), cmd[0]}
		} else {
			if sv(cmd[0]) != "CMD" && sv(cmd[0]) != "CMD-SHELL" {
				full = append(full, str("CMD"))
			}
			full = append(full, cmd...)
		}
		r := &CfnTaskDefinition_HealthCheckProperty{Command: &full, Interval: seconds(hc.Interval), Retries: hc.Retries,
			StartPeriod: seconds(hc.StartPeriod), Timeout: seconds(hc.Timeout)}
		if r.Interval == nil {
			r.Interval = num(30)
		}
		if r.Retries == nil {
			r.Retries = num(3)
		}
		if r.Timeout == nil {
			r.Timeout = num(5)
		}
		out.HealthCheck = r
	}
	if len(c.links) > 0 {
		links := jsii.Strings(c.links...)
		out.Links = links
	}
	if p.LinuxParameters != nil {
		out.LinuxParameters = p.LinuxParameters.RenderLinuxParameters()
	}
	gpu := p.GpuCount != nil && *p.GpuCount != 0
	if gpu || len(c.accelerators) > 0 {
		var rr []*CfnTaskDefinition_ResourceRequirementProperty
		for _, a := range c.accelerators {
			rr = append(rr, &CfnTaskDefinition_ResourceRequirementProperty{Type: str("InferenceAccelerator"), Value: a})
		}
		if gpu && *p.GpuCount > 0 {
			rr = append(rr, &CfnTaskDefinition_ResourceRequirementProperty{Type: str("GPU"), Value: str(fmtNum(*p.GpuCount))})
		}
		out.ResourceRequirements = rr
	}
	if p.SystemControls != nil {
		var scs []*CfnTaskDefinition_SystemControlProperty
		for _, s := range *p.SystemControls {
			scs = append(scs, &CfnTaskDefinition_SystemControlProperty{Namespace: s.Namespace, Value: s.Value})
		}
		out.SystemControls = scs
	}
	if p.EnableRestartPolicy != nil || p.RestartIgnoredExitCodes != nil || p.RestartAttemptPeriod != nil {
		r := &CfnTaskDefinition_RestartPolicyProperty{Enabled: boolp(p.EnableRestartPolicy == nil || *p.EnableRestartPolicy),
			RestartAttemptPeriod: seconds(p.RestartAttemptPeriod)}
		if p.RestartIgnoredExitCodes != nil {
			r.IgnoredExitCodes = p.RestartIgnoredExitCodes
		}
		out.RestartPolicy = r
	}
	if c.firelens != nil {
		out.FirelensConfiguration = renderFirelensConfig(c.firelens)
	}
	return out
}
