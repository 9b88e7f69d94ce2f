package awsecs

// The New*_Override constructors aws-cdk-go offers for this package's
// classes: how a Go program "subclasses" one. Each stores the value built
// from the same arguments in the user's struct (internal/l2.Override).

import (
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// NewCluster_Override initialises outer, a type embedding Cluster.
func NewCluster_Override(outer Cluster, scope constructs.Construct, id *string, props *ClusterProps) {
	l2.Override(outer, NewCluster(scope, id, props))
}

// NewTaskDefinition_Override initialises outer, a type embedding TaskDefinition.
func NewTaskDefinition_Override(outer TaskDefinition, scope constructs.Construct, id *string, props *TaskDefinitionProps) {
	l2.Override(outer, NewTaskDefinition(scope, id, props))
}

// NewFargateTaskDefinition_Override initialises outer, a type embedding FargateTaskDefinition.
func NewFargateTaskDefinition_Override(outer FargateTaskDefinition, scope constructs.Construct, id *string, props *FargateTaskDefinitionProps) {
	l2.Override(outer, NewFargateTaskDefinition(scope, id, props))
}

// NewEc2TaskDefinition_Override initialises outer, a type embedding Ec2TaskDefinition.
func NewEc2TaskDefinition_Override(outer Ec2TaskDefinition, scope constructs.Construct, id *string, props *Ec2TaskDefinitionProps) {
	l2.Override(outer, NewEc2TaskDefinition(scope, id, props))
}

// NewExternalTaskDefinition_Override initialises outer, a type embedding ExternalTaskDefinition.
func NewExternalTaskDefinition_Override(outer ExternalTaskDefinition, scope constructs.Construct, id *string, props *ExternalTaskDefinitionProps) {
	l2.Override(outer, NewExternalTaskDefinition(scope, id, props))
}

// NewContainerDefinition_Override initialises outer, a type embedding ContainerDefinition.
func NewContainerDefinition_Override(outer ContainerDefinition, scope constructs.Construct, id *string, props *ContainerDefinitionProps) {
	l2.Override(outer, NewContainerDefinition(scope, id, props))
}

// NewFirelensLogRouter_Override initialises outer, a type embedding FirelensLogRouter.
func NewFirelensLogRouter_Override(outer FirelensLogRouter, scope constructs.Construct, id *string, props *FirelensLogRouterProps) {
	l2.Override(outer, NewFirelensLogRouter(scope, id, props))
}

// NewFargateService_Override initialises outer, a type embedding FargateService.
func NewFargateService_Override(outer FargateService, scope constructs.Construct, id *string, props *FargateServiceProps) {
	l2.Override(outer, NewFargateService(scope, id, props))
}

// NewEc2Service_Override initialises outer, a type embedding Ec2Service.
func NewEc2Service_Override(outer Ec2Service, scope constructs.Construct, id *string, props *Ec2ServiceProps) {
	l2.Override(outer, NewEc2Service(scope, id, props))
}

// NewExternalService_Override initialises outer, a type embedding ExternalService.
func NewExternalService_Override(outer ExternalService, scope constructs.Construct, id *string, props *ExternalServiceProps) {
	l2.Override(outer, NewExternalService(scope, id, props))
}

// NewLinuxParameters_Override initialises outer, a type embedding LinuxParameters.
func NewLinuxParameters_Override(outer LinuxParameters, scope constructs.Construct, id *string, props *LinuxParametersProps) {
	l2.Override(outer, NewLinuxParameters(scope, id, props))
}

// NewScalableTaskCount_Override initialises outer, a type embedding ScalableTaskCount.
func NewScalableTaskCount_Override(outer ScalableTaskCount, scope constructs.Construct, id *string, props *ScalableTaskCountProps) {
	l2.Override(outer, NewScalableTaskCount(scope, id, props))
}

// NewAwsLogDriver_Override initialises outer, a type embedding AwsLogDriver.
func NewAwsLogDriver_Override(outer AwsLogDriver, props *AwsLogDriverProps) {
	l2.Override(outer, NewAwsLogDriver(props))
}

// NewFireLensLogDriver_Override initialises outer, a type embedding FireLensLogDriver.
func NewFireLensLogDriver_Override(outer FireLensLogDriver, props *FireLensLogDriverProps) {
	l2.Override(outer, NewFireLensLogDriver(props))
}

// NewFluentdLogDriver_Override initialises outer, a type embedding FluentdLogDriver.
func NewFluentdLogDriver_Override(outer FluentdLogDriver, props *FluentdLogDriverProps) {
	l2.Override(outer, NewFluentdLogDriver(props))
}

// NewGelfLogDriver_Override initialises outer, a type embedding GelfLogDriver.
func NewGelfLogDriver_Override(outer GelfLogDriver, props *GelfLogDriverProps) {
	l2.Override(outer, NewGelfLogDriver(props))
}

// NewGenericLogDriver_Override initialises outer, a type embedding GenericLogDriver.
func NewGenericLogDriver_Override(outer GenericLogDriver, props *GenericLogDriverProps) {
	l2.Override(outer, NewGenericLogDriver(props))
}

// NewJournaldLogDriver_Override initialises outer, a type embedding JournaldLogDriver.
func NewJournaldLogDriver_Override(outer JournaldLogDriver, props *JournaldLogDriverProps) {
	l2.Override(outer, NewJournaldLogDriver(props))
}

// NewJsonFileLogDriver_Override initialises outer, a type embedding JsonFileLogDriver.
func NewJsonFileLogDriver_Override(outer JsonFileLogDriver, props *JsonFileLogDriverProps) {
	l2.Override(outer, NewJsonFileLogDriver(props))
}

// NewNoneLogDriver_Override initialises outer, a type embedding NoneLogDriver.
func NewNoneLogDriver_Override(outer NoneLogDriver) { l2.Override(outer, NewNoneLogDriver()) }

// NewSplunkLogDriver_Override initialises outer, a type embedding SplunkLogDriver.
func NewSplunkLogDriver_Override(outer SplunkLogDriver, props *SplunkLogDriverProps) {
	l2.Override(outer, NewSplunkLogDriver(props))
}

// NewSyslogLogDriver_Override initialises outer, a type embedding SyslogLogDriver.
func NewSyslogLogDriver_Override(outer SyslogLogDriver, props *SyslogLogDriverProps) {
	l2.Override(outer, NewSyslogLogDriver(props))
}

// NewCredentialSpec_Override initialises outer, a type embedding CredentialSpec.
func NewCredentialSpec_Override(outer CredentialSpec, prefixId *string, fileLocation *string) {
	l2.Override(outer, NewCredentialSpec(prefixId, fileLocation))
}

// NewS3EnvironmentFile_Override initialises outer, a type embedding S3EnvironmentFile.
func NewS3EnvironmentFile_Override(outer S3EnvironmentFile, bucket awss3.IBucket, key *string, objectVersion *string) {
	l2.Override(outer, NewS3EnvironmentFile(bucket, key, objectVersion))
}

// NewAssetEnvironmentFile_Override initialises outer, a type embedding AssetEnvironmentFile.
func NewAssetEnvironmentFile_Override(outer AssetEnvironmentFile, path *string, options *awss3assets.AssetOptions) {
	l2.Override(outer, NewAssetEnvironmentFile(path, options))
}

// NewRepositoryImage_Override initialises outer, a type embedding RepositoryImage.
func NewRepositoryImage_Override(outer RepositoryImage, imageName *string, props *RepositoryImageProps) {
	l2.Override(outer, NewRepositoryImage(imageName, props))
}

// NewEcrImage_Override initialises outer, a type embedding EcrImage.
func NewEcrImage_Override(outer EcrImage, repository awsecr.IRepository, tagOrDigest *string) {
	l2.Override(outer, NewEcrImage(repository, tagOrDigest))
}

// NewAssetImage_Override initialises outer, a type embedding AssetImage.
func NewAssetImage_Override(outer AssetImage, directory *string, props *AssetImageProps) {
	l2.Override(outer, NewAssetImage(directory, props))
}

// NewAppProtocol_Override initialises outer, a type embedding AppProtocol.
func NewAppProtocol_Override(outer AppProtocol, value *string) {
	l2.Override(outer, NewAppProtocol(value))
}

// NewLogDrivers_Override initialises outer, a type embedding LogDrivers.
func NewLogDrivers_Override(outer LogDrivers) { l2.Override(outer, NewLogDrivers()) }

// NewRepositoryImage is an image from a registry (ContainerImage_FromRegistry).
func NewRepositoryImage(imageName *string, props *RepositoryImageProps) RepositoryImage {
	return ContainerImage_FromRegistry(imageName, props)
}

// NewEcrImage is an image from an ECR repository by tag or digest.
func NewEcrImage(repository awsecr.IRepository, tagOrDigest *string) EcrImage {
	return &ecrImage{repo: repository, name: repository.RepositoryUriForTagOrDigest(tagOrDigest)}
}

// NewAssetImage is an image built from a local directory (ContainerImage_FromAsset).
func NewAssetImage(directory *string, props *AssetImageProps) AssetImage {
	return ContainerImage_FromAsset(directory, props)
}

// NewDeploymentLifecycleLambdaTarget_Override initialises outer, a type embedding DeploymentLifecycleLambdaTarget.
func NewDeploymentLifecycleLambdaTarget_Override(outer DeploymentLifecycleLambdaTarget, handler awslambda.IFunction, id *string, props *DeploymentLifecycleLambdaTargetProps) {
	l2.Override(outer, NewDeploymentLifecycleLambdaTarget(handler, id, props))
}

// NewDomainJoinedCredentialSpec_Override initialises outer, a type embedding DomainJoinedCredentialSpec.
func NewDomainJoinedCredentialSpec_Override(outer DomainJoinedCredentialSpec, fileLocation *string) {
	l2.Override(outer, NewDomainJoinedCredentialSpec(fileLocation))
}

// NewDomainlessCredentialSpec_Override initialises outer, a type embedding DomainlessCredentialSpec.
func NewDomainlessCredentialSpec_Override(outer DomainlessCredentialSpec, fileLocation *string) {
	l2.Override(outer, NewDomainlessCredentialSpec(fileLocation))
}

// NewPortMap_Override initialises outer, a type embedding PortMap.
func NewPortMap_Override(outer PortMap, networkmode NetworkMode, pm *PortMapping) {
	l2.Override(outer, NewPortMap(networkmode, pm))
}

// NewServiceConnect_Override initialises outer, a type embedding ServiceConnect.
func NewServiceConnect_Override(outer ServiceConnect, networkmode NetworkMode, pm *PortMapping) {
	l2.Override(outer, NewServiceConnect(networkmode, pm))
}

// NewServiceManagedVolume_Override initialises outer, a type embedding ServiceManagedVolume.
func NewServiceManagedVolume_Override(outer ServiceManagedVolume, scope constructs.Construct, id *string, props *ServiceManagedVolumeProps) {
	l2.Override(outer, NewServiceManagedVolume(scope, id, props))
}

// NewTagParameterContainerImage_Override initialises outer, a type embedding TagParameterContainerImage.
func NewTagParameterContainerImage_Override(outer TagParameterContainerImage, repository awsecr.IRepository) {
	l2.Override(outer, NewTagParameterContainerImage(repository))
}

// NewAppMeshProxyConfiguration_Override initialises outer, a type embedding AppMeshProxyConfiguration.
func NewAppMeshProxyConfiguration_Override(outer AppMeshProxyConfiguration, props *AppMeshProxyConfigurationConfigProps) {
	l2.Override(outer, NewAppMeshProxyConfiguration(props))
}

// NewBottleRocketImage_Override initialises outer, a type embedding BottleRocketImage.
func NewBottleRocketImage_Override(outer BottleRocketImage, props *BottleRocketImageProps) {
	l2.Override(outer, NewBottleRocketImage(props))
}

// FirelensLogRouter_CONTAINER_PORT_USE_RANGE is the container port that means "use ContainerPortRange".
func FirelensLogRouter_CONTAINER_PORT_USE_RANGE() *float64 { return num(0) }
