package awsecs

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IFargateTaskDefinition is a Fargate task definition, owned or imported.
type IFargateTaskDefinition interface {
	ITaskDefinition
}

// FargateTaskDefinitionProps are the props of NewFargateTaskDefinition.
type FargateTaskDefinitionProps struct {
	EnableFaultInjection *bool              `field:"optional" json:"enableFaultInjection" yaml:"enableFaultInjection"`
	ExecutionRole        awsiam.IRole       `field:"optional" json:"executionRole" yaml:"executionRole"`
	Family               *string            `field:"optional" json:"family" yaml:"family"`
	ProxyConfiguration   ProxyConfiguration `field:"optional" json:"proxyConfiguration" yaml:"proxyConfiguration"`
	TaskRole             awsiam.IRole       `field:"optional" json:"taskRole" yaml:"taskRole"`
	Volumes              *[]*Volume         `field:"optional" json:"volumes" yaml:"volumes"`
	// vCPU units: 256 (.25 vCPU) to 16384 (16 vCPU). Default: 256.
	Cpu *float64 `field:"optional" json:"cpu" yaml:"cpu"`
	// Ephemeral storage, 21 to 200 GiB. Default: 20 GiB (Fargate's).
	EphemeralStorageGiB *float64 `field:"optional" json:"ephemeralStorageGiB" yaml:"ephemeralStorageGiB"`
	// Memory in MiB, one of the sizes Fargate allows for Cpu. Default: 512.
	MemoryLimitMiB  *float64         `field:"optional" json:"memoryLimitMiB" yaml:"memoryLimitMiB"`
	PidMode         PidMode          `field:"optional" json:"pidMode" yaml:"pidMode"`
	RuntimePlatform *RuntimePlatform `field:"optional" json:"runtimePlatform" yaml:"runtimePlatform"`
}

// FargateTaskDefinition is a task definition for Fargate.
type FargateTaskDefinition interface {
	TaskDefinition
	IFargateTaskDefinition
	Cpu() *float64
	MemoryMiB() *float64
}

type fargateTaskDefinition struct {
	taskDefinition
	cpuNum, memNum *float64
}

// FargateTaskDefinition_PROPERTY_INJECTION_ID is the id property injectors use for FargateTaskDefinition.
func FargateTaskDefinition_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ecs.FargateTaskDefinition")
}

// NewFargateTaskDefinition creates a Fargate task definition (256 CPU units and 512 MiB unless told).
func NewFargateTaskDefinition(scope constructs.Construct, id *string, props *FargateTaskDefinitionProps) FargateTaskDefinition {
	props = l2.Inject(*FargateTaskDefinition_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &FargateTaskDefinitionProps{}
	}
	t := &fargateTaskDefinition{cpuNum: props.Cpu, memNum: props.MemoryLimitMiB}
	if t.cpuNum == nil {
		t.cpuNum = num(256)
	}
	if t.memNum == nil {
		t.memNum = num(512)
	}
	t.self = t
	t.init(scope, id, &TaskDefinitionProps{
		EnableFaultInjection: props.EnableFaultInjection, ExecutionRole: props.ExecutionRole, Family: props.Family,
		ProxyConfiguration: props.ProxyConfiguration, TaskRole: props.TaskRole, Volumes: props.Volumes,
		Cpu: awscdk.Tokenization_StringifyNumber(t.cpuNum), MemoryMiB: awscdk.Tokenization_StringifyNumber(t.memNum),
		Compatibility: Compatibility_FARGATE, NetworkMode: NetworkMode_AWS_VPC, PidMode: props.PidMode,
		EphemeralStorageGiB: props.EphemeralStorageGiB, RuntimePlatform: props.RuntimePlatform,
	})
	if e := props.EphemeralStorageGiB; e != nil && *e != 0 && !isTokenNum(e) && (*e < 21 || *e > 200) {
		l2.Throw(t, "Ephemeral storage size must be between 21GiB and 200GiB")
	}
	if props.PidMode != "" {
		rp := props.RuntimePlatform
		if rp == nil || rp.OperatingSystemFamily == nil {
			l2.Throw(t, "Specifying 'pidMode' requires that operating system family also be provided.")
		}
		if truthy(rp.OperatingSystemFamily.IsWindows()) {
			l2.Throw(t, "'pidMode' is not supported for Windows containers.")
		}
		if truthy(rp.OperatingSystemFamily.IsLinux()) && props.PidMode != PidMode_TASK {
			l2.Throw(t, "'pidMode' can only be set to 'task' for Linux Fargate containers, got: '%s'.", strings.ToLower(string(props.PidMode)))
		}
	}
	return t
}

func (t *fargateTaskDefinition) Cpu() *float64       { return t.cpuNum }
func (t *fargateTaskDefinition) MemoryMiB() *float64 { return t.memNum }
