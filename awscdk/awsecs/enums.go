package awsecs

// NetworkMode is the Docker networking mode of a task's containers.
type NetworkMode string

const (
	NetworkMode_NONE    NetworkMode = "NONE"
	NetworkMode_BRIDGE  NetworkMode = "BRIDGE"
	NetworkMode_AWS_VPC NetworkMode = "AWS_VPC"
	NetworkMode_HOST    NetworkMode = "HOST"
	NetworkMode_NAT     NetworkMode = "NAT"
)

var networkModeValues = map[NetworkMode]string{NetworkMode_NONE: "none", NetworkMode_BRIDGE: "bridge",
	NetworkMode_AWS_VPC: "awsvpc", NetworkMode_HOST: "host", NetworkMode_NAT: "nat"}

// Compatibility says where a task definition's tasks may run.
type Compatibility string

const (
	Compatibility_EC2                                   Compatibility = "EC2"
	Compatibility_FARGATE                               Compatibility = "FARGATE"
	Compatibility_EC2_AND_FARGATE                       Compatibility = "EC2_AND_FARGATE"
	Compatibility_EXTERNAL                              Compatibility = "EXTERNAL"
	Compatibility_MANAGED_INSTANCES                     Compatibility = "MANAGED_INSTANCES"
	Compatibility_EC2_AND_MANAGED_INSTANCES             Compatibility = "EC2_AND_MANAGED_INSTANCES"
	Compatibility_FARGATE_AND_MANAGED_INSTANCES         Compatibility = "FARGATE_AND_MANAGED_INSTANCES"
	Compatibility_FARGATE_AND_EC2_AND_MANAGED_INSTANCES Compatibility = "FARGATE_AND_EC2_AND_MANAGED_INSTANCES"
)

// The compatibility sets are aws-cdk-lib's: FARGATE_AND_EC2_AND_MANAGED_INSTANCES
// counts as none of them there, and so here.
func (c Compatibility) ec2() bool {
	return c == Compatibility_EC2 || c == Compatibility_EC2_AND_FARGATE || c == Compatibility_EC2_AND_MANAGED_INSTANCES
}
func (c Compatibility) fargate() bool {
	return c == Compatibility_FARGATE || c == Compatibility_EC2_AND_FARGATE || c == Compatibility_FARGATE_AND_MANAGED_INSTANCES
}
func (c Compatibility) external() bool { return c == Compatibility_EXTERNAL }
func (c Compatibility) managedInstances() bool {
	return c == Compatibility_MANAGED_INSTANCES || c == Compatibility_EC2_AND_MANAGED_INSTANCES || c == Compatibility_FARGATE_AND_MANAGED_INSTANCES
}

// PidMode is the process namespace of a task's containers.
type PidMode string

const (
	PidMode_HOST PidMode = "HOST"
	PidMode_TASK PidMode = "TASK"
)

// IpcMode is the IPC namespace of a task's containers.
type IpcMode string

const (
	IpcMode_NONE IpcMode = "NONE"
	IpcMode_HOST IpcMode = "HOST"
	IpcMode_TASK IpcMode = "TASK"
)

// Scope is the lifetime of a Docker volume.
type Scope string

const (
	Scope_TASK   Scope = "TASK"
	Scope_SHARED Scope = "SHARED"
)

// Protocol is a port mapping's transport protocol.
type Protocol string

const (
	Protocol_TCP Protocol = "TCP"
	Protocol_UDP Protocol = "UDP"
)

func (p Protocol) value() string {
	if p == Protocol_UDP {
		return "udp"
	}
	return "tcp"
}

// ContainerInsights is a cluster's Container Insights setting.
type ContainerInsights string

const (
	ContainerInsights_ENABLED  ContainerInsights = "ENABLED"
	ContainerInsights_DISABLED ContainerInsights = "DISABLED"
	ContainerInsights_ENHANCED ContainerInsights = "ENHANCED"
)

var containerInsightsValues = map[ContainerInsights]string{ContainerInsights_ENABLED: "enabled",
	ContainerInsights_DISABLED: "disabled", ContainerInsights_ENHANCED: "enhanced"}

// ContainerDependencyCondition is the state a container waits for in another.
type ContainerDependencyCondition string

const (
	ContainerDependencyCondition_START    ContainerDependencyCondition = "START"
	ContainerDependencyCondition_COMPLETE ContainerDependencyCondition = "COMPLETE"
	ContainerDependencyCondition_SUCCESS  ContainerDependencyCondition = "SUCCESS"
	ContainerDependencyCondition_HEALTHY  ContainerDependencyCondition = "HEALTHY"
)

// UlimitName is a resource a ulimit applies to.
type UlimitName string

const (
	UlimitName_CORE       UlimitName = "CORE"
	UlimitName_CPU        UlimitName = "CPU"
	UlimitName_DATA       UlimitName = "DATA"
	UlimitName_FSIZE      UlimitName = "FSIZE"
	UlimitName_LOCKS      UlimitName = "LOCKS"
	UlimitName_MEMLOCK    UlimitName = "MEMLOCK"
	UlimitName_MSGQUEUE   UlimitName = "MSGQUEUE"
	UlimitName_NICE       UlimitName = "NICE"
	UlimitName_NOFILE     UlimitName = "NOFILE"
	UlimitName_NPROC      UlimitName = "NPROC"
	UlimitName_RSS        UlimitName = "RSS"
	UlimitName_RTPRIO     UlimitName = "RTPRIO"
	UlimitName_RTTIME     UlimitName = "RTTIME"
	UlimitName_SIGPENDING UlimitName = "SIGPENDING"
	UlimitName_STACK      UlimitName = "STACK"
)

// VersionConsistency says whether ECS resolves image tags to digests.
type VersionConsistency string

const (
	VersionConsistency_ENABLED  VersionConsistency = "ENABLED"
	VersionConsistency_DISABLED VersionConsistency = "DISABLED"
)

// LaunchType is where a service's tasks run.
type LaunchType string

const (
	LaunchType_EC2      LaunchType = "EC2"
	LaunchType_FARGATE  LaunchType = "FARGATE"
	LaunchType_EXTERNAL LaunchType = "EXTERNAL"
)

// PropagatedTagSource is where a service's tasks take their tags from.
type PropagatedTagSource string

const (
	PropagatedTagSource_SERVICE         PropagatedTagSource = "SERVICE"
	PropagatedTagSource_TASK_DEFINITION PropagatedTagSource = "TASK_DEFINITION"
	PropagatedTagSource_NONE            PropagatedTagSource = "NONE"
)

// DeploymentControllerType is who deploys a service's new tasks.
type DeploymentControllerType string

const (
	DeploymentControllerType_ECS         DeploymentControllerType = "ECS"
	DeploymentControllerType_CODE_DEPLOY DeploymentControllerType = "CODE_DEPLOY"
	DeploymentControllerType_EXTERNAL    DeploymentControllerType = "EXTERNAL"
)

// FargatePlatformVersion is a Fargate platform version.
type FargatePlatformVersion string

const (
	FargatePlatformVersion_LATEST     FargatePlatformVersion = "LATEST"
	FargatePlatformVersion_VERSION1_4 FargatePlatformVersion = "VERSION1_4"
	FargatePlatformVersion_VERSION1_3 FargatePlatformVersion = "VERSION1_3"
	FargatePlatformVersion_VERSION1_2 FargatePlatformVersion = "VERSION1_2"
	FargatePlatformVersion_VERSION1_1 FargatePlatformVersion = "VERSION1_1"
	FargatePlatformVersion_VERSION1_0 FargatePlatformVersion = "VERSION1_0"
)

var fargatePlatformVersionValues = map[FargatePlatformVersion]string{FargatePlatformVersion_LATEST: "LATEST",
	FargatePlatformVersion_VERSION1_4: "1.4.0", FargatePlatformVersion_VERSION1_3: "1.3.0", FargatePlatformVersion_VERSION1_2: "1.2.0",
	FargatePlatformVersion_VERSION1_1: "1.1.0", FargatePlatformVersion_VERSION1_0: "1.0.0"}

// AwsLogDriverMode is how the awslogs driver delivers log lines.
type AwsLogDriverMode string

const (
	AwsLogDriverMode_BLOCKING     AwsLogDriverMode = "BLOCKING"
	AwsLogDriverMode_NON_BLOCKING AwsLogDriverMode = "NON_BLOCKING"
)

var awsLogDriverModeValues = map[AwsLogDriverMode]string{AwsLogDriverMode_BLOCKING: "blocking", AwsLogDriverMode_NON_BLOCKING: "non-blocking"}

// ExecuteCommandLogging is where ECS Exec sessions are logged.
type ExecuteCommandLogging string

const (
	ExecuteCommandLogging_NONE     ExecuteCommandLogging = "NONE"
	ExecuteCommandLogging_DEFAULT  ExecuteCommandLogging = "DEFAULT"
	ExecuteCommandLogging_OVERRIDE ExecuteCommandLogging = "OVERRIDE"
)

// CpuArchitecture is the CPU architecture of a task's runtime platform.
type CpuArchitecture interface {
	cpuArchitecture() string
}

type cpuArchitecture string

func (c cpuArchitecture) cpuArchitecture() string { return string(c) }

// CpuArchitecture_Of is another CPU architecture by its ECS name.
func CpuArchitecture_Of(cpuArchitecture_ *string) CpuArchitecture {
	return cpuArchitecture(sv(cpuArchitecture_))
}

// CpuArchitecture_ARM64 is ARM64 (Graviton).
func CpuArchitecture_ARM64() CpuArchitecture { return cpuArchitecture("ARM64") }

// CpuArchitecture_X86_64 is x86-64.
func CpuArchitecture_X86_64() CpuArchitecture { return cpuArchitecture("X86_64") }

// OperatingSystemFamily is the operating system of a task's runtime platform.
type OperatingSystemFamily interface {
	IsLinux() *bool
	IsWindows() *bool
	family() string
}

type osFamily string

func (f osFamily) family() string   { return string(f) }
func (f osFamily) IsLinux() *bool   { b := f == "LINUX"; return &b }
func (f osFamily) IsWindows() *bool { b := len(f) >= 7 && f[:7] == "WINDOWS"; return &b }

// OperatingSystemFamily_Of is another operating system family by its ECS name.
func OperatingSystemFamily_Of(family *string) OperatingSystemFamily {
	return osFamily(sv(family))
}

func OperatingSystemFamily_LINUX() OperatingSystemFamily { return osFamily("LINUX") }
func OperatingSystemFamily_WINDOWS_SERVER_2004_CORE() OperatingSystemFamily {
	return osFamily("WINDOWS_SERVER_2004_CORE")
}
func OperatingSystemFamily_WINDOWS_SERVER_2016_FULL() OperatingSystemFamily {
	return osFamily("WINDOWS_SERVER_2016_FULL")
}
func OperatingSystemFamily_WINDOWS_SERVER_2019_CORE() OperatingSystemFamily {
	return osFamily("WINDOWS_SERVER_2019_CORE")
}
func OperatingSystemFamily_WINDOWS_SERVER_2019_FULL() OperatingSystemFamily {
	return osFamily("WINDOWS_SERVER_2019_FULL")
}
func OperatingSystemFamily_WINDOWS_SERVER_2022_CORE() OperatingSystemFamily {
	return osFamily("WINDOWS_SERVER_2022_CORE")
}
func OperatingSystemFamily_WINDOWS_SERVER_2022_FULL() OperatingSystemFamily {
	return osFamily("WINDOWS_SERVER_2022_FULL")
}
func OperatingSystemFamily_WINDOWS_SERVER_2025_CORE() OperatingSystemFamily {
	return osFamily("WINDOWS_SERVER_2025_CORE")
}
func OperatingSystemFamily_WINDOWS_SERVER_2025_FULL() OperatingSystemFamily {
	return osFamily("WINDOWS_SERVER_2025_FULL")
}
func OperatingSystemFamily_WINDOWS_SERVER_20H2_CORE() OperatingSystemFamily {
	return osFamily("WINDOWS_SERVER_20H2_CORE")
}

// AppProtocol is the application protocol of a Service Connect port mapping.
type AppProtocol interface {
	Value() *string
}

type appProtocol struct{ value string }

func (a *appProtocol) Value() *string { v := a.value; return &v }

// NewAppProtocol is an application protocol by name.
func NewAppProtocol(value *string) AppProtocol { return &appProtocol{value: sv(value)} }

func AppProtocol_Grpc() AppProtocol  { return &appProtocol{"grpc"} }
func AppProtocol_Http() AppProtocol  { return &appProtocol{"http"} }
func AppProtocol_Http2() AppProtocol { return &appProtocol{"http2"} }
