package awscodebuild

// ComputeType is the size of the build machine. The constants hold
// aws-cdk-go's member names; computeTypeValues maps them to CodeBuild's.
type ComputeType string

const (
	ComputeType_SMALL                ComputeType = "SMALL"
	ComputeType_MEDIUM               ComputeType = "MEDIUM"
	ComputeType_LARGE                ComputeType = "LARGE"
	ComputeType_X_LARGE              ComputeType = "X_LARGE"
	ComputeType_X2_LARGE             ComputeType = "X2_LARGE"
	ComputeType_LAMBDA_1GB           ComputeType = "LAMBDA_1GB"
	ComputeType_LAMBDA_2GB           ComputeType = "LAMBDA_2GB"
	ComputeType_LAMBDA_4GB           ComputeType = "LAMBDA_4GB"
	ComputeType_LAMBDA_8GB           ComputeType = "LAMBDA_8GB"
	ComputeType_LAMBDA_10GB          ComputeType = "LAMBDA_10GB"
	ComputeType_ATTRIBUTE_BASED      ComputeType = "ATTRIBUTE_BASED"
	ComputeType_CUSTOM_INSTANCE_TYPE ComputeType = "CUSTOM_INSTANCE_TYPE"
)

var computeTypeValues = map[ComputeType]string{
	ComputeType_SMALL: "BUILD_GENERAL1_SMALL", ComputeType_MEDIUM: "BUILD_GENERAL1_MEDIUM",
	ComputeType_LARGE: "BUILD_GENERAL1_LARGE", ComputeType_X_LARGE: "BUILD_GENERAL1_XLARGE",
	ComputeType_X2_LARGE: "BUILD_GENERAL1_2XLARGE", ComputeType_LAMBDA_1GB: "BUILD_LAMBDA_1GB",
	ComputeType_LAMBDA_2GB: "BUILD_LAMBDA_2GB", ComputeType_LAMBDA_4GB: "BUILD_LAMBDA_4GB",
	ComputeType_LAMBDA_8GB: "BUILD_LAMBDA_8GB", ComputeType_LAMBDA_10GB: "BUILD_LAMBDA_10GB",
	ComputeType_ATTRIBUTE_BASED: "ATTRIBUTE_BASED_COMPUTE", ComputeType_CUSTOM_INSTANCE_TYPE: "CUSTOM_INSTANCE_TYPE",
}

func (c ComputeType) value() string {
	if v, ok := computeTypeValues[c]; ok {
		return v
	}
	return string(c)
}

func (c ComputeType) isLambda() bool {
	switch c {
	case ComputeType_LAMBDA_1GB, ComputeType_LAMBDA_2GB, ComputeType_LAMBDA_4GB, ComputeType_LAMBDA_8GB, ComputeType_LAMBDA_10GB:
		return true
	}
	return len(c) > 12 && c[:12] == "BUILD_LAMBDA"
}

// DockerServerComputeType is the size of a project's Docker server.
type DockerServerComputeType string

const (
	DockerServerComputeType_SMALL                   DockerServerComputeType = "SMALL"
	DockerServerComputeType_MEDIUM                  DockerServerComputeType = "MEDIUM"
	DockerServerComputeType_LARGE                   DockerServerComputeType = "LARGE"
	DockerServerComputeType_X_LARGE                 DockerServerComputeType = "X_LARGE"
	DockerServerComputeType_X2_LARGE                DockerServerComputeType = "X2_LARGE"
	DockerServerComputeType_ATTRIBUTE_BASED_COMPUTE DockerServerComputeType = "ATTRIBUTE_BASED_COMPUTE"
	DockerServerComputeType_BUILD_LAMBDA_10GB       DockerServerComputeType = "BUILD_LAMBDA_10GB"
	DockerServerComputeType_BUILD_LAMBDA_1GB        DockerServerComputeType = "BUILD_LAMBDA_1GB"
	DockerServerComputeType_BUILD_LAMBDA_2GB        DockerServerComputeType = "BUILD_LAMBDA_2GB"
	DockerServerComputeType_BUILD_LAMBDA_4GB        DockerServerComputeType = "BUILD_LAMBDA_4GB"
	DockerServerComputeType_BUILD_LAMBDA_8GB        DockerServerComputeType = "BUILD_LAMBDA_8GB"
	DockerServerComputeType_CUSTOM_INSTANCE_TYPE    DockerServerComputeType = "CUSTOM_INSTANCE_TYPE"
)

func (c DockerServerComputeType) value() string {
	switch c {
	case DockerServerComputeType_SMALL, DockerServerComputeType_MEDIUM, DockerServerComputeType_LARGE,
		DockerServerComputeType_X_LARGE, DockerServerComputeType_X2_LARGE:
		return ComputeType(c).value()
	}
	return string(c)
}

// EnvironmentType is the kind of build environment (CloudFormation's values).
type EnvironmentType string

const (
	EnvironmentType_ARM_CONTAINER                 EnvironmentType = "ARM_CONTAINER"
	EnvironmentType_LINUX_CONTAINER               EnvironmentType = "LINUX_CONTAINER"
	EnvironmentType_LINUX_GPU_CONTAINER           EnvironmentType = "LINUX_GPU_CONTAINER"
	EnvironmentType_WINDOWS_SERVER_2019_CONTAINER EnvironmentType = "WINDOWS_SERVER_2019_CONTAINER"
	EnvironmentType_WINDOWS_SERVER_2022_CONTAINER EnvironmentType = "WINDOWS_SERVER_2022_CONTAINER"
	EnvironmentType_MAC_ARM                       EnvironmentType = "MAC_ARM"
	EnvironmentType_LINUX_EC2                     EnvironmentType = "LINUX_EC2"
	EnvironmentType_ARM_EC2                       EnvironmentType = "ARM_EC2"
	EnvironmentType_WINDOWS_EC2                   EnvironmentType = "WINDOWS_EC2"
)

// ImagePullPrincipalType says who pulls the build image: CodeBuild's own
// identity or the project's service role.
type ImagePullPrincipalType string

const (
	ImagePullPrincipalType_CODEBUILD    ImagePullPrincipalType = "CODEBUILD"
	ImagePullPrincipalType_SERVICE_ROLE ImagePullPrincipalType = "SERVICE_ROLE"
)

// BuildEnvironmentVariableType says where an environment variable's value comes from.
type BuildEnvironmentVariableType string

const (
	BuildEnvironmentVariableType_PLAINTEXT       BuildEnvironmentVariableType = "PLAINTEXT"
	BuildEnvironmentVariableType_PARAMETER_STORE BuildEnvironmentVariableType = "PARAMETER_STORE"
	BuildEnvironmentVariableType_SECRETS_MANAGER BuildEnvironmentVariableType = "SECRETS_MANAGER"
)

// ProjectVisibility says who may see a project's builds.
type ProjectVisibility string

const (
	ProjectVisibility_PUBLIC_READ ProjectVisibility = "PUBLIC_READ"
	ProjectVisibility_PRIVATE     ProjectVisibility = "PRIVATE"
)

// ProjectNotificationEvents are the CodeStar Notifications event types of a project.
type ProjectNotificationEvents string

const (
	ProjectNotificationEvents_BUILD_FAILED          ProjectNotificationEvents = "BUILD_FAILED"
	ProjectNotificationEvents_BUILD_SUCCEEDED       ProjectNotificationEvents = "BUILD_SUCCEEDED"
	ProjectNotificationEvents_BUILD_IN_PROGRESS     ProjectNotificationEvents = "BUILD_IN_PROGRESS"
	ProjectNotificationEvents_BUILD_STOPPED         ProjectNotificationEvents = "BUILD_STOPPED"
	ProjectNotificationEvents_BUILD_PHASE_FAILED    ProjectNotificationEvents = "BUILD_PHASE_FAILED"
	ProjectNotificationEvents_BUILD_PHASE_SUCCEEDED ProjectNotificationEvents = "BUILD_PHASE_SUCCEEDED"
)

// WindowsImageType is the Windows flavour of a WindowsBuildImage.
type WindowsImageType string

const (
	WindowsImageType_STANDARD    WindowsImageType = "STANDARD"
	WindowsImageType_SERVER_2019 WindowsImageType = "SERVER_2019"
	WindowsImageType_SERVER_2022 WindowsImageType = "SERVER_2022"
)

func (w WindowsImageType) value() string {
	switch w {
	case WindowsImageType_SERVER_2019:
		return "WINDOWS_SERVER_2019_CONTAINER"
	case WindowsImageType_SERVER_2022:
		return "WINDOWS_SERVER_2022_CONTAINER"
	}
	return "WINDOWS_CONTAINER"
}

// LocalCacheMode is what a local cache keeps.
type LocalCacheMode string

const (
	LocalCacheMode_SOURCE       LocalCacheMode = "SOURCE"
	LocalCacheMode_DOCKER_LAYER LocalCacheMode = "DOCKER_LAYER"
	LocalCacheMode_CUSTOM       LocalCacheMode = "CUSTOM"
)

func (m LocalCacheMode) value() string {
	switch m {
	case LocalCacheMode_SOURCE:
		return "LOCAL_SOURCE_CACHE"
	case LocalCacheMode_DOCKER_LAYER:
		return "LOCAL_DOCKER_LAYER_CACHE"
	case LocalCacheMode_CUSTOM:
		return "LOCAL_CUSTOM_CACHE"
	}
	return string(m)
}

// EventAction is a webhook event a FilterGroup reacts to.
type EventAction string

const (
	EventAction_PUSH                  EventAction = "PUSH"
	EventAction_PULL_REQUEST_CREATED  EventAction = "PULL_REQUEST_CREATED"
	EventAction_PULL_REQUEST_UPDATED  EventAction = "PULL_REQUEST_UPDATED"
	EventAction_PULL_REQUEST_CLOSED   EventAction = "PULL_REQUEST_CLOSED"
	EventAction_PULL_REQUEST_MERGED   EventAction = "PULL_REQUEST_MERGED"
	EventAction_PULL_REQUEST_REOPENED EventAction = "PULL_REQUEST_REOPENED"
	EventAction_RELEASED              EventAction = "RELEASED"
	EventAction_PRERELEASED           EventAction = "PRERELEASED"
	EventAction_WORKFLOW_JOB_QUEUED   EventAction = "WORKFLOW_JOB_QUEUED"
)

// ReportGroupType is what a report group collects.
type ReportGroupType string

const (
	ReportGroupType_TEST          ReportGroupType = "TEST"
	ReportGroupType_CODE_COVERAGE ReportGroupType = "CODE_COVERAGE"
)

// HostKernel is the Linux kernel of the build host (aws-cdk-lib 2.276).
type HostKernel string

const (
	HostKernel_LINUX_KERNEL_4      HostKernel = "LINUX_KERNEL_4"
	HostKernel_LINUX_KERNEL_6      HostKernel = "LINUX_KERNEL_6"
	HostKernel_LINUX_KERNEL_LATEST HostKernel = "LINUX_KERNEL_LATEST"
)
