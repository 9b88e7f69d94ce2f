package awsecs

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsecs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ITaskDefinition is a task definition, owned or imported.
type ITaskDefinition interface {
	awscdk.IResource
	interfacesawsecs.ITaskDefinitionRef
	Compatibility() Compatibility
	ExecutionRole() awsiam.IRole
	IsEc2Compatible() *bool
	IsExternalCompatible() *bool
	IsFargateCompatible() *bool
	IsManagedInstancesCompatible() *bool
	NetworkMode() NetworkMode
	TaskDefinitionArn() *string
	TaskRole() awsiam.IRole
}

// ITaskDefinitionExtension changes a task definition (TaskDefinition.AddExtension).
type ITaskDefinitionExtension interface {
	Extend(taskDefinition TaskDefinition)
}

// ProxyConfiguration renders a task definition's proxy configuration.
type ProxyConfiguration interface {
	Bind(_scope constructs.Construct, _taskDefinition TaskDefinition) *CfnTaskDefinition_ProxyConfigurationProperty
}

// PlacementConstraint restricts where tasks are placed (EC2 only).
type PlacementConstraint interface {
	ToJson() *[]*CfnService_PlacementConstraintProperty
}

type placementConstraint []*CfnService_PlacementConstraintProperty

func (p placementConstraint) ToJson() *[]*CfnService_PlacementConstraintProperty {
	out := append([]*CfnService_PlacementConstraintProperty{}, p...)
	return &out
}

// PlacementConstraint_DistinctInstances places each task on a different instance.
func PlacementConstraint_DistinctInstances() PlacementConstraint {
	return placementConstraint{{Type: str("distinctInstance")}}
}

// PlacementConstraint_MemberOf places tasks on instances matching every expression.
func PlacementConstraint_MemberOf(expressions ...*string) PlacementConstraint {
	out := placementConstraint{}
	for _, e := range expressions {
		out = append(out, &CfnService_PlacementConstraintProperty{Type: str("memberOf"), Expression: e})
	}
	return out
}

// RuntimePlatform is the CPU architecture and operating system of a task.
type RuntimePlatform struct {
	CpuArchitecture       CpuArchitecture       `field:"optional" json:"cpuArchitecture" yaml:"cpuArchitecture"`
	OperatingSystemFamily OperatingSystemFamily `field:"optional" json:"operatingSystemFamily" yaml:"operatingSystemFamily"`
}

// InferenceAccelerator is an Elastic Inference accelerator of a task (EOL).
type InferenceAccelerator struct {
	DeviceName *string `field:"optional" json:"deviceName" yaml:"deviceName"`
	DeviceType *string `field:"optional" json:"deviceType" yaml:"deviceType"`
}

// Volume is a data volume of a task definition.
type Volume struct {
	Name                      *string                    `field:"required" json:"name" yaml:"name"`
	ConfiguredAtLaunch        *bool                      `field:"optional" json:"configuredAtLaunch" yaml:"configuredAtLaunch"`
	DockerVolumeConfiguration *DockerVolumeConfiguration `field:"optional" json:"dockerVolumeConfiguration" yaml:"dockerVolumeConfiguration"`
	EfsVolumeConfiguration    *EfsVolumeConfiguration    `field:"optional" json:"efsVolumeConfiguration" yaml:"efsVolumeConfiguration"`
	Host                      *Host                      `field:"optional" json:"host" yaml:"host"`
}

// Host is a bind mount from the container instance.
type Host struct {
	SourcePath *string `field:"optional" json:"sourcePath" yaml:"sourcePath"`
}

// DockerVolumeConfiguration is a Docker-managed volume.
type DockerVolumeConfiguration struct {
	Driver        *string             `field:"required" json:"driver" yaml:"driver"`
	Scope         Scope               `field:"required" json:"scope" yaml:"scope"`
	Autoprovision *bool               `field:"optional" json:"autoprovision" yaml:"autoprovision"`
	DriverOpts    *map[string]*string `field:"optional" json:"driverOpts" yaml:"driverOpts"`
	Labels        *map[string]*string `field:"optional" json:"labels" yaml:"labels"`
}

// EfsVolumeConfiguration is an Amazon EFS volume.
type EfsVolumeConfiguration struct {
	FileSystemId          *string              `field:"required" json:"fileSystemId" yaml:"fileSystemId"`
	AuthorizationConfig   *AuthorizationConfig `field:"optional" json:"authorizationConfig" yaml:"authorizationConfig"`
	RootDirectory         *string              `field:"optional" json:"rootDirectory" yaml:"rootDirectory"`
	TransitEncryption     *string              `field:"optional" json:"transitEncryption" yaml:"transitEncryption"`
	TransitEncryptionPort *float64             `field:"optional" json:"transitEncryptionPort" yaml:"transitEncryptionPort"`
}

// AuthorizationConfig is how a task authorizes to an EFS file system.
type AuthorizationConfig struct {
	AccessPointId *string `field:"optional" json:"accessPointId" yaml:"accessPointId"`
	Iam           *string `field:"optional" json:"iam" yaml:"iam"`
}

// CommonTaskDefinitionProps are the props every kind of task definition takes.
type CommonTaskDefinitionProps struct {
	EnableFaultInjection *bool              `field:"optional" json:"enableFaultInjection" yaml:"enableFaultInjection"`
	ExecutionRole        awsiam.IRole       `field:"optional" json:"executionRole" yaml:"executionRole"`
	Family               *string            `field:"optional" json:"family" yaml:"family"`
	ProxyConfiguration   ProxyConfiguration `field:"optional" json:"proxyConfiguration" yaml:"proxyConfiguration"`
	TaskRole             awsiam.IRole       `field:"optional" json:"taskRole" yaml:"taskRole"`
	Volumes              *[]*Volume         `field:"optional" json:"volumes" yaml:"volumes"`
}

// TaskDefinitionProps are the props of NewTaskDefinition.
type TaskDefinitionProps struct {
	EnableFaultInjection  *bool                    `field:"optional" json:"enableFaultInjection" yaml:"enableFaultInjection"`
	ExecutionRole         awsiam.IRole             `field:"optional" json:"executionRole" yaml:"executionRole"`
	Family                *string                  `field:"optional" json:"family" yaml:"family"`
	ProxyConfiguration    ProxyConfiguration       `field:"optional" json:"proxyConfiguration" yaml:"proxyConfiguration"`
	TaskRole              awsiam.IRole             `field:"optional" json:"taskRole" yaml:"taskRole"`
	Volumes               *[]*Volume               `field:"optional" json:"volumes" yaml:"volumes"`
	Compatibility         Compatibility            `field:"required" json:"compatibility" yaml:"compatibility"`
	Cpu                   *string                  `field:"optional" json:"cpu" yaml:"cpu"`
	EphemeralStorageGiB   *float64                 `field:"optional" json:"ephemeralStorageGiB" yaml:"ephemeralStorageGiB"`
	InferenceAccelerators *[]*InferenceAccelerator `field:"optional" json:"inferenceAccelerators" yaml:"inferenceAccelerators"`
	IpcMode               IpcMode                  `field:"optional" json:"ipcMode" yaml:"ipcMode"`
	MemoryMiB             *string                  `field:"optional" json:"memoryMiB" yaml:"memoryMiB"`
	NetworkMode           NetworkMode              `field:"optional" json:"networkMode" yaml:"networkMode"`
	PidMode               PidMode                  `field:"optional" json:"pidMode" yaml:"pidMode"`
	PlacementConstraints  *[]PlacementConstraint   `field:"optional" json:"placementConstraints" yaml:"placementConstraints"`
	RuntimePlatform       *RuntimePlatform         `field:"optional" json:"runtimePlatform" yaml:"runtimePlatform"`
}

// TaskDefinition is an ECS task definition defined in this app (AWS::ECS::TaskDefinition).
type TaskDefinition interface {
	awscdk.Resource
	ITaskDefinition
	Containers() *[]ContainerDefinition
	DefaultContainer() ContainerDefinition
	SetDefaultContainer(val ContainerDefinition)
	EphemeralStorageGiB() *float64
	Family() *string
	InferenceAccelerators() *[]*InferenceAccelerator
	PidMode() PidMode
	ReferencesSecretJsonField() *bool
	RuntimePlatform() *RuntimePlatform
	TaskDefinitionRef() *interfacesawsecs.TaskDefinitionReference
	AddContainer(id *string, props *ContainerDefinitionOptions) ContainerDefinition
	AddExtension(extension ITaskDefinitionExtension)
	AddFirelensLogRouter(id *string, props *FirelensLogRouterDefinitionOptions) FirelensLogRouter
	AddInferenceAccelerator(inferenceAccelerator *InferenceAccelerator)
	AddPlacementConstraint(constraint PlacementConstraint)
	AddToExecutionRolePolicy(statement awsiam.PolicyStatement)
	AddToTaskRolePolicy(statement awsiam.PolicyStatement)
	AddVolume(volume *Volume)
	FindContainer(containerName *string) ContainerDefinition
	FindPortMappingByName(name *string) *PortMapping
	GrantRun(grantee awsiam.IGrantable) awsiam.Grant
	ObtainExecutionRole() awsiam.IRole
}

type taskDefinition struct {
	awscdk.Resource
	self             TaskDefinition
	res              CfnTaskDefinition
	family           *string
	compat           Compatibility
	networkMode      NetworkMode
	pidMode          PidMode
	taskRole         awsiam.IRole
	execRole         awsiam.IRole
	passRole         awsiam.PolicyStatement
	containers       []*containerDefinition
	defaultContainer ContainerDefinition
	volumes          []*Volume
	placement        []*CfnService_PlacementConstraintProperty
	accelerators     []*InferenceAccelerator
	ephemeral        *float64
	runtime          *RuntimePlatform
	cpu, memory      *string
	arn              *string
}

// TaskDefinition_PROPERTY_INJECTION_ID is the id property injectors use for TaskDefinition.
func TaskDefinition_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ecs.TaskDefinition")
}

// NewTaskDefinition creates a task definition for the given compatibility.
func NewTaskDefinition(scope constructs.Construct, id *string, props *TaskDefinitionProps) TaskDefinition {
	props = l2.Inject(*TaskDefinition_PROPERTY_INJECTION_ID(), props, scope, id)
	t := &taskDefinition{}
	t.self = t
	t.init(scope, id, props)
	return t
}

func (t *taskDefinition) init(scope constructs.Construct, id *string, props *TaskDefinitionProps) {
	if props == nil {
		props = &TaskDefinitionProps{}
	}
	t.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(t.Resource, t.self)
	t.family = props.Family
	if t.family == nil {
		t.family = awscdk.Names_UniqueId(t)
	}
	t.compat = props.Compatibility
	if props.Compatibility == "" {
		l2.Throw(t, "compatibility is required")
	}
	if props.Volumes != nil {
		for _, v := range *props.Volumes {
			t.AddVolume(v)
		}
	}
	t.networkMode = props.NetworkMode
	if t.networkMode == "" {
		t.networkMode = NetworkMode_BRIDGE
		if t.compat.fargate() || t.compat.managedInstances() {
			t.networkMode = NetworkMode_AWS_VPC
		}
	}
	nm := networkModeValues[t.networkMode]
	if t.compat.fargate() && t.networkMode != NetworkMode_AWS_VPC {
		l2.Throw(t, "Fargate tasks can only have AwsVpc network mode, got: %s", nm)
	}
	if props.ProxyConfiguration != nil && t.networkMode != NetworkMode_AWS_VPC {
		l2.Throw(t, "ProxyConfiguration can only be used with AwsVpc network mode, got: %s", nm)
	}
	if props.PlacementConstraints != nil && len(*props.PlacementConstraints) > 0 && t.compat.fargate() {
		l2.Throw(t, "Cannot set placement constraints on tasks that run on Fargate")
	}
	if t.compat.fargate() && (props.Cpu == nil || props.MemoryMiB == nil) {
		l2.Throw(t, "Fargate-compatible tasks require both CPU (%s) and memory (%s) specifications", undef(props.Cpu), undef(props.MemoryMiB))
	}
	if props.InferenceAccelerators != nil && len(*props.InferenceAccelerators) > 0 && t.compat.fargate() {
		l2.Throw(t, "Cannot use inference accelerators on tasks that run on Fargate")
	}
	if t.compat.external() && t.networkMode != NetworkMode_BRIDGE && t.networkMode != NetworkMode_HOST && t.networkMode != NetworkMode_NONE {
		l2.Throw(t, "External tasks can only have Bridge, Host or None network mode, got: %s", nm)
	}
	if !t.compat.fargate() && !t.compat.managedInstances() && props.RuntimePlatform != nil {
		l2.Throw(t, "Cannot specify runtimePlatform in non-Fargate and non-Managed Instances compatible tasks")
	}
	if truthy(props.EnableFaultInjection) && t.networkMode != NetworkMode_AWS_VPC && t.networkMode != NetworkMode_HOST {
		l2.Throw(t, "Only AWS_VPC and HOST Network Modes are supported for enabling Fault Injection, got %s mode.", nm)
	}
	t.execRole = props.ExecutionRole
	t.taskRole = props.TaskRole
	if t.taskRole == nil {
		t.taskRole = awsiam.NewRole(t, jsii.String("TaskRole"), &awsiam.RoleProps{AssumedBy: ecsTasksPrincipal()})
	}
	if props.InferenceAccelerators != nil {
		for _, ia := range *props.InferenceAccelerators {
			t.AddInferenceAccelerator(ia)
		}
	}
	t.ephemeral = props.EphemeralStorageGiB
	t.pidMode = props.PidMode
	if rp := props.RuntimePlatform; rp != nil && rp.OperatingSystemFamily != nil && truthy(rp.OperatingSystemFamily.IsWindows()) {
		t.checkWindowsSize(props.Cpu, props.MemoryMiB, rp)
	}
	t.runtime = props.RuntimePlatform
	t.cpu, t.memory = props.Cpu, props.MemoryMiB

	var compat []*string
	for _, c := range []struct {
		ok   bool
		name string
	}{{t.compat.ec2(), "EC2"}, {t.compat.fargate(), "FARGATE"}, {t.compat.external(), "EXTERNAL"}, {t.compat.managedInstances(), "MANAGED_INSTANCES"}} {
		if c.ok {
			compat = append(compat, str(c.name))
		}
	}
	cfn := &CfnTaskDefinitionProps{
		ContainerDefinitions: lazyAny(func() interface{} {
			if len(t.containers) == 0 {
				return nil
			}
			out := make([]interface{}, len(t.containers))
			for i, c := range t.containers {
				out[i] = cfnValue(c.RenderContainerDefinition(t.self))
			}
			return out
		}),
		Volumes: lazyAny(func() interface{} {
			if len(t.volumes) == 0 {
				return nil
			}
			out := make([]interface{}, len(t.volumes))
			for i, v := range t.volumes {
				out[i] = cfnValue(renderVolume(v))
			}
			return out
		}),
		ExecutionRoleArn: awscdk.Lazy_String(stringProducer(func() *string {
			if t.execRole == nil {
				return nil
			}
			return t.execRole.RoleArn()
		}), nil),
		Family:                  t.family,
		TaskRoleArn:             t.taskRole.RoleArn(),
		RequiresCompatibilities: &compat,
		PlacementConstraints: lazyAny(func() interface{} {
			if t.compat.fargate() || t.compat.managedInstances() || len(t.placement) == 0 {
				return nil
			}
			out := make([]interface{}, len(t.placement))
			for i, p := range t.placement {
				out[i] = cfnValue(&CfnTaskDefinition_TaskDefinitionPlacementConstraintProperty{Type: p.Type, Expression: p.Expression})
			}
			return out
		}),
		Cpu:    props.Cpu,
		Memory: props.MemoryMiB,
	}
	if t.networkMode != NetworkMode_NAT {
		cfn.NetworkMode = str(nm)
	}
	if props.ProxyConfiguration != nil {
		cfn.ProxyConfiguration = props.ProxyConfiguration.Bind(awscdk.Stack_Of(t), t.self)
	}
	if props.IpcMode != "" {
		cfn.IpcMode = str(strings.ToLower(string(props.IpcMode)))
	}
	if t.pidMode != "" {
		cfn.PidMode = str(strings.ToLower(string(t.pidMode)))
	}
	if t.ephemeral != nil && *t.ephemeral != 0 {
		cfn.EphemeralStorage = &CfnTaskDefinition_EphemeralStorageProperty{SizeInGiB: t.ephemeral}
	}
	if rp := t.runtime; rp != nil && (t.compat.fargate() || t.compat.managedInstances()) {
		r := &CfnTaskDefinition_RuntimePlatformProperty{}
		if rp.CpuArchitecture != nil {
			r.CpuArchitecture = str(rp.CpuArchitecture.cpuArchitecture())
		}
		if rp.OperatingSystemFamily != nil {
			r.OperatingSystemFamily = str(rp.OperatingSystemFamily.family())
		}
		cfn.RuntimePlatform = r
	}
	if props.EnableFaultInjection != nil {
		cfn.EnableFaultInjection = props.EnableFaultInjection
	}
	if props.InferenceAccelerators != nil {
		cfn.InferenceAccelerators = lazyAny(func() interface{} {
			out := make([]interface{}, len(t.accelerators))
			for i, a := range t.accelerators {
				out[i] = cfnValue(&CfnTaskDefinition_InferenceAcceleratorProperty{DeviceName: a.DeviceName, DeviceType: a.DeviceType})
			}
			return out
		})
	}
	t.res = NewCfnTaskDefinition(t, jsii.String("Resource"), cfn)
	if props.PlacementConstraints != nil {
		for _, pc := range *props.PlacementConstraints {
			t.AddPlacementConstraint(pc)
		}
	}
	t.arn = t.res.Ref()
	awscdk.Aspects_Of(t).Add(defaultLogRouter{t}, &awscdk.AspectOptions{Priority: awscdk.AspectPriority_MUTATING()})
	t.Node().AddValidation(l2.Validation(t.validate))
	t.res.Node().AddValidation(l2.Validation(t.validateTemplateRules))
}

func undef(s *string) string {
	if s == nil {
		return "undefined"
	}
	return *s
}

func ecsTasksPrincipal() awsiam.IPrincipal {
	return awsiam.NewServicePrincipal(str("ecs-tasks.amazonaws.com"), nil)
}

func renderVolume(v *Volume) *CfnTaskDefinition_VolumeProperty {
	out := &CfnTaskDefinition_VolumeProperty{Name: v.Name}
	if v.Host != nil {
		out.Host = &CfnTaskDefinition_HostVolumePropertiesProperty{SourcePath: v.Host.SourcePath}
	}
	if v.ConfiguredAtLaunch != nil {
		out.ConfiguredAtLaunch = v.ConfiguredAtLaunch
	}
	if d := v.DockerVolumeConfiguration; d != nil {
		dc := &CfnTaskDefinition_DockerVolumeConfigurationProperty{Driver: d.Driver}
		if d.Autoprovision != nil {
			dc.Autoprovision = d.Autoprovision
		}
		if d.DriverOpts != nil {
			dc.DriverOpts = d.DriverOpts
		}
		if d.Labels != nil {
			dc.Labels = d.Labels
		}
		if d.Scope != "" {
			dc.Scope = str(strings.ToLower(string(d.Scope)))
		}
		out.DockerVolumeConfiguration = dc
	}
	if e := v.EfsVolumeConfiguration; e != nil {
		ec := &CfnTaskDefinition_EFSVolumeConfigurationProperty{FilesystemId: e.FileSystemId, RootDirectory: e.RootDirectory,
			TransitEncryption: e.TransitEncryption, TransitEncryptionPort: e.TransitEncryptionPort}
		if a := e.AuthorizationConfig; a != nil {
			ec.AuthorizationConfig = &CfnTaskDefinition_AuthorizationConfigProperty{AccessPointId: a.AccessPointId, Iam: a.Iam}
		}
		out.EfsVolumeConfiguration = ec
	}
	return out
}

func (t *taskDefinition) checkWindowsSize(cpu, memory *string, rp *RuntimePlatform) {
	c, _ := strconv.ParseFloat(sv(cpu), 64)
	m, _ := strconv.ParseFloat(sv(memory), 64)
	bad := func(lo, hi float64) bool { return m < lo || m > hi || int64(m)%1024 != 0 }
	switch c {
	case 1024:
		if bad(1024, 8192) {
			l2.Throw(t, "If provided cpu is %s, then memoryMiB must have a min of 1024 and a max of 8192, in 1024 increments. Provided memoryMiB was %v.", sv(cpu), m)
		}
	case 2048:
		if bad(4096, 16384) {
			l2.Throw(t, "If provided cpu is %s, then memoryMiB must have a min of 4096 and max of 16384, in 1024 increments. Provided memoryMiB %v.", sv(cpu), m)
		}
	case 4096:
		if bad(8192, 30720) {
			l2.Throw(t, "If provided cpu is %s, then memoryMiB must have a min of 8192 and a max of 30720, in 1024 increments.Provided memoryMiB was %v.", sv(cpu), m)
		}
	default:
		l2.Throw(t, "If operatingSystemFamily is %s, then cpu must be in 1024 (1 vCPU), 2048 (2 vCPU), or 4096 (4 vCPU). Provided value was: %s", rp.OperatingSystemFamily.family(), sv(cpu))
	}
}

// validate is aws-cdk-lib's validateTaskDefinition.
func (t *taskDefinition) validate() []string {
	var out []string
	if t.compat.ec2() && t.memory == nil {
		for _, c := range t.containers {
			if !c.memoryLimitSpecified {
				out = append(out, fmt.Sprintf("ECS Container %s must have at least one of 'memoryLimitMiB' or 'memoryReservationMiB' specified", sv(c.name)))
			}
		}
	}
	names := map[string]string{}
	for _, c := range t.containers {
		for _, pm := range c.portMappings {
			if pm.Name == nil || *pm.Name == "" {
				continue
			}
			if other, ok := names[*pm.Name]; ok {
				out = append(out, fmt.Sprintf("Port mapping name '%s' cannot appear in both '%s' and '%s'", *pm.Name, sv(c.name), other))
			}
			names[*pm.Name] = sv(c.name)
		}
	}
	var atLaunch []string
	for _, v := range t.volumes {
		if truthy(v.ConfiguredAtLaunch) {
			atLaunch = append(atLaunch, sv(v.Name))
		}
	}
	if len(atLaunch) > 1 {
		out = append(out, fmt.Sprintf("More than one volume is configured at launch: [%s]", strings.Join(atLaunch, ",")))
	}
	for _, v := range t.volumes {
		if !truthy(v.ConfiguredAtLaunch) {
			continue
		}
		mounted := false
		for _, c := range t.containers {
			for _, mp := range c.mountPoints {
				mounted = mounted || sv(mp.SourceVolume) == sv(v.Name)
			}
		}
		if !mounted {
			out = append(out, fmt.Sprintf("Volume '%s' should be mounted by at least one container when 'configuredAtLaunch' is true", sv(v.Name)))
		}
	}
	return out
}

// fargateMemory lists, for each Fargate task CPU value, the memory sizes
// AWS accepts: from, to and step in MiB.
var fargateMemory = map[int][3]int{
	256:   {512, 2048, 0},
	512:   {1024, 4096, 1024},
	1024:  {2048, 8192, 1024},
	2048:  {4096, 16384, 1024},
	4096:  {8192, 30720, 1024},
	8192:  {16384, 61440, 4096},
	16384: {32768, 122880, 8192},
}

func fargateAllows(cpu, mem int) bool {
	r, ok := fargateMemory[cpu]
	if !ok {
		return false
	}
	if cpu == 256 {
		return mem == 512 || mem == 1024 || mem == 2048
	}
	return mem >= r[0] && mem <= r[1] && (mem-r[0])%r[2] == 0
}

// validateTemplateRules applies the CloudFormation rules aws-cdk-lib's
// synth-time validation (the `cdk init` flags) checks task definitions
// against, with the same messages, on the L1 as there.
//
// As in aws-cdk-lib, the rules apply only under
// @aws-cdk/core:validateAgainstDefaultRules, and a finding stops synthesis
// unless @aws-cdk/core:failSynthOnValidationErrors is false (the CDK CLI's
// context), where aws-cdk-lib only reports it.
func (t *taskDefinition) validateTemplateRules() []string {
	if !*awscdk.FeatureFlags_Of(t).IsEnabled(jsii.String("@aws-cdk/core:validateAgainstDefaultRules")) {
		return nil
	}
	if v, ok := t.Node().TryGetContext(jsii.String("@aws-cdk/core:failSynthOnValidationErrors")).(bool); ok && !v {
		return nil
	}
	var out []string
	if t.compat.fargate() && !isToken(t.cpu) && !isToken(t.memory) && t.cpu != nil && t.memory != nil {
		cpu, err1 := strconv.Atoi(*t.cpu)
		mem, err2 := strconv.Atoi(*t.memory)
		if err1 == nil && err2 == nil && !fargateAllows(cpu, mem) {
			out = append(out, fmt.Sprintf("Cpu: Cpu '%s' is not compatible with Memory '%s' for Fargate", *t.cpu, *t.memory))
		}
	}
	for i, c := range t.containers {
		seen := map[string]bool{}
		for _, pm := range c.portMappings {
			k := fmt.Sprintf("%v|%v|%v|%s|%v|%v", deref(pm.ContainerPort), sv(pm.ContainerPortRange), deref(pm.HostPort),
				pm.Protocol.value(), sv(pm.Name), appProtocolValue(pm.AppProtocol))
			if seen[k] {
				out = append(out, fmt.Sprintf("ContainerDefinitions.%d.PortMappings: Array items are not unique", i))
				break
			}
			seen[k] = true
		}
	}
	return out
}

func deref(f *float64) interface{} {
	if f == nil {
		return nil
	}
	return *f
}

func appProtocolValue(a AppProtocol) string {
	if a == nil {
		return ""
	}
	return sv(a.Value())
}

func (t *taskDefinition) TaskDefinitionArn() *string { return t.arn }
func (t *taskDefinition) TaskDefinitionRef() *interfacesawsecs.TaskDefinitionReference {
	return &interfacesawsecs.TaskDefinitionReference{TaskDefinitionArn: t.arn}
}
func (t *taskDefinition) Compatibility() Compatibility { return t.compat }
func (t *taskDefinition) ExecutionRole() awsiam.IRole  { return t.execRole }
func (t *taskDefinition) TaskRole() awsiam.IRole       { return t.taskRole }
func (t *taskDefinition) NetworkMode() NetworkMode     { return t.networkMode }
func (t *taskDefinition) IsEc2Compatible() *bool       { return boolp(t.compat.ec2()) }
func (t *taskDefinition) IsExternalCompatible() *bool  { return boolp(t.compat.external()) }
func (t *taskDefinition) IsFargateCompatible() *bool   { return boolp(t.compat.fargate()) }
func (t *taskDefinition) IsManagedInstancesCompatible() *bool {
	return boolp(t.compat.managedInstances())
}
func (t *taskDefinition) Family() *string                   { return t.family }
func (t *taskDefinition) EphemeralStorageGiB() *float64     { return t.ephemeral }
func (t *taskDefinition) PidMode() PidMode                  { return t.pidMode }
func (t *taskDefinition) RuntimePlatform() *RuntimePlatform { return t.runtime }
func (t *taskDefinition) InferenceAccelerators() *[]*InferenceAccelerator {
	out := append([]*InferenceAccelerator{}, t.accelerators...)
	return &out
}
func (t *taskDefinition) Containers() *[]ContainerDefinition {
	out := make([]ContainerDefinition, len(t.containers))
	for i, c := range t.containers {
		out[i] = c.outer
	}
	return &out
}
func (t *taskDefinition) DefaultContainer() ContainerDefinition       { return t.defaultContainer }
func (t *taskDefinition) SetDefaultContainer(val ContainerDefinition) { t.defaultContainer = val }

func (t *taskDefinition) ReferencesSecretJsonField() *bool {
	for _, c := range t.containers {
		if truthy(c.ReferencesSecretJsonField()) {
			return boolp(true)
		}
	}
	return boolp(false)
}

// AddContainer adds a container to the task definition.
func (t *taskDefinition) AddContainer(id *string, props *ContainerDefinitionOptions) ContainerDefinition {
	if props == nil {
		props = &ContainerDefinitionOptions{}
	}
	return newContainer(t, id, props, t.self)
}

// linkContainer is aws-cdk-lib's _linkContainer: the CPU check and the default container.
func (t *taskDefinition) linkContainer(c *containerDefinition) {
	if t.cpu != nil && !isToken(t.cpu) {
		taskCpu, _ := strconv.ParseFloat(*t.cpu, 64)
		sum := 0.0
		for _, o := range append(append([]*containerDefinition{}, t.containers...), c) {
			if o.cpu != nil {
				sum += *o.cpu
			}
		}
		if taskCpu < sum {
			l2.Throw(t, "The sum of all container cpu values cannot be greater than the value of the task cpu")
		}
	}
	t.containers = append(t.containers, c)
	if t.defaultContainer == nil && c.essential {
		t.defaultContainer = c.outer
	}
}

// AddExtension applies an extension to the task definition.
func (t *taskDefinition) AddExtension(extension ITaskDefinitionExtension) { extension.Extend(t.self) }

// AddInferenceAccelerator adds an inference accelerator (not on Fargate).
func (t *taskDefinition) AddInferenceAccelerator(ia *InferenceAccelerator) {
	if t.compat.fargate() {
		l2.Throw(t, "Cannot use inference accelerators on tasks that run on Fargate")
	}
	t.accelerators = append(t.accelerators, ia)
}

// AddPlacementConstraint adds a placement constraint (not on Fargate).
func (t *taskDefinition) AddPlacementConstraint(constraint PlacementConstraint) {
	if t.compat.fargate() {
		l2.Throw(t, "Cannot set placement constraints on tasks that run on Fargate")
	}
	if js := constraint.ToJson(); js != nil {
		t.placement = append(t.placement, *js...)
	}
}

// AddToTaskRolePolicy adds a statement to the task role's policy.
func (t *taskDefinition) AddToTaskRolePolicy(statement awsiam.PolicyStatement) {
	t.taskRole.AddToPrincipalPolicy(statement)
}

// AddToExecutionRolePolicy adds a statement to the execution role's policy, creating the role if needed.
func (t *taskDefinition) AddToExecutionRolePolicy(statement awsiam.PolicyStatement) {
	t.ObtainExecutionRole().AddToPrincipalPolicy(statement)
}

// AddVolume adds a data volume.
func (t *taskDefinition) AddVolume(volume *Volume) {
	if volume == nil {
		return
	}
	if truthy(volume.ConfiguredAtLaunch) && (volume.Host != nil || volume.DockerVolumeConfiguration != nil || volume.EfsVolumeConfiguration != nil) {
		l2.Throw(t, "Volume Configurations must not be specified for '%s' when 'configuredAtLaunch' is set to true", sv(volume.Name))
	}
	if !truthy(volume.ConfiguredAtLaunch) && t.compat.managedInstances() && volume.DockerVolumeConfiguration != nil {
		l2.Throw(t, "DockerVolumeConfiguration is not supported for tasks running on Managed Instances. Volume '%s' cannot use dockerVolumeConfiguration", sv(volume.Name))
	}
	t.volumes = append(t.volumes, volume)
}

// FindContainer is the container named containerName, nil if none.
func (t *taskDefinition) FindContainer(containerName *string) ContainerDefinition {
	for _, c := range t.containers {
		if sv(c.name) == sv(containerName) {
			return c.outer
		}
	}
	return nil
}

// FindPortMappingByName is the last container's port mapping of that name, nil if none.
func (t *taskDefinition) FindPortMappingByName(name *string) *PortMapping {
	var out *PortMapping
	for _, c := range t.containers {
		if pm := c.FindPortMappingByName(name); pm != nil {
			out = pm
		}
	}
	return out
}

func (t *taskDefinition) passRoleStatement() awsiam.PolicyStatement {
	if t.passRole == nil {
		res := []*string{t.taskRole.RoleArn()}
		if t.execRole != nil {
			res = append(res, t.execRole.RoleArn())
		}
		t.passRole = awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Effect: awsiam.Effect_ALLOW, Actions: jsii.Strings("iam:PassRole"),
			Resources: &res, Conditions: &map[string]interface{}{"StringLike": map[string]interface{}{"iam:PassedToService": "ecs-tasks.amazonaws.com"}}})
	}
	return t.passRole
}

// GrantRun lets grantee run the task definition (and pass its roles).
func (t *taskDefinition) GrantRun(grantee awsiam.IGrantable) awsiam.Grant {
	grantee.GrantPrincipal().AddToPrincipalPolicy(t.passRoleStatement())
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: jsii.Strings("ecs:RunTask"),
		ResourceArns: &[]*string{t.arn}})
}

// ObtainExecutionRole is the execution role, created on first use.
func (t *taskDefinition) ObtainExecutionRole() awsiam.IRole {
	if t.execRole == nil {
		t.execRole = awsiam.NewRole(t, jsii.String("ExecutionRole"), &awsiam.RoleProps{AssumedBy: ecsTasksPrincipal(),
			RoleName: awscdk.PhysicalName_GENERATE_IF_NEEDED()})
		t.passRoleStatement().AddResources(t.execRole.RoleArn())
	}
	return t.execRole
}

// portRangeFor is the port range a load balancer or peer reaches a port mapping on.
func (t *taskDefinition) portRangeFor(pm *PortMapping) awsec2.Port {
	udp := pm.Protocol == Protocol_UDP
	if pm.HostPort != nil && *pm.HostPort != 0 {
		if udp {
			return awsec2.Port_Udp(pm.HostPort)
		}
		return awsec2.Port_Tcp(pm.HostPort)
	}
	if t.networkMode == NetworkMode_BRIDGE || t.networkMode == NetworkMode_NAT {
		return awsec2.Port_TcpRange(num(32768), num(65535))
	}
	if pm.ContainerPort != nil && *pm.ContainerPort != 0 {
		if udp {
			return awsec2.Port_Udp(pm.ContainerPort)
		}
		return awsec2.Port_Tcp(pm.ContainerPort)
	}
	parts := strings.SplitN(sv(pm.ContainerPortRange), "-", 2)
	lo, _ := strconv.ParseFloat(parts[0], 64)
	hi := lo
	if len(parts) == 2 {
		hi, _ = strconv.ParseFloat(parts[1], 64)
	}
	if udp {
		return awsec2.Port_UdpRange(&lo, &hi)
	}
	return awsec2.Port_TcpRange(&lo, &hi)
}

// defaultLogRouter adds the Fluent Bit router once the app is built (aws-cdk-lib adds it while rendering).
type defaultLogRouter struct{ t *taskDefinition }

func (a defaultLogRouter) Visit(node constructs.IConstruct) {
	if host.Of(node) == constructs.IConstruct(a.t.self) {
		a.t.addDefaultLogRouter()
	}
}
