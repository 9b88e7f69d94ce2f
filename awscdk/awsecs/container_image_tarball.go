package awsecs

import (
	"github.com/strata-cdk/strata/awscdk/awsecrassets"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

type tarballImage struct{ file *string }

// ContainerImage_FromTarball is an image loaded from a tarball as
// `docker save` writes it, published to the bootstrap ECR repository as a
// TarballImageAsset ("Tarball", in the container's task definition).
func ContainerImage_FromTarball(tarballFile *string) ContainerImage {
	return &tarballImage{file: tarballFile}
}

func (t *tarballImage) Bind(scope constructs.Construct, c ContainerDefinition) *ContainerImageConfig {
	if t.file == nil || *t.file == "" {
		l2.Throw(scope, "ContainerImage.fromTarball needs the path of a tarball")
	}
	asset := awsecrassets.NewTarballImageAsset(scope, jsii.String("Tarball"), &awsecrassets.TarballImageAssetProps{TarballFile: t.file})
	asset.Repository().GrantPull(c.TaskDefinition().ObtainExecutionRole())
	return &ContainerImageConfig{ImageName: asset.ImageUri()}
}

// FromTarball, inherited by ContainerImage's subclasses.
func AssetImage_FromTarball(tarballFile *string) ContainerImage {
	return ContainerImage_FromTarball(tarballFile)
}
func EcrImage_FromTarball(tarballFile *string) ContainerImage {
	return ContainerImage_FromTarball(tarballFile)
}
func RepositoryImage_FromTarball(tarballFile *string) ContainerImage {
	return ContainerImage_FromTarball(tarballFile)
}
func TagParameterContainerImage_FromTarball(tarballFile *string) ContainerImage {
	return ContainerImage_FromTarball(tarballFile)
}
