package awsecs

import (
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awsecrassets"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// ContainerImageConfig is a bound container image.
type ContainerImageConfig struct {
	ImageName             *string                                          `field:"required" json:"imageName" yaml:"imageName"`
	RepositoryCredentials *CfnTaskDefinition_RepositoryCredentialsProperty `field:"optional" json:"repositoryCredentials" yaml:"repositoryCredentials"`
}

// ContainerImage is the image a container runs.
type ContainerImage interface {
	Bind(scope constructs.Construct, containerDefinition ContainerDefinition) *ContainerImageConfig
}

// RepositoryImageProps are the options of ContainerImage_FromRegistry.
type RepositoryImageProps struct {
	// A Secrets Manager secret with the registry's credentials.
	Credentials awssecretsmanager.ISecret `field:"optional" json:"credentials" yaml:"credentials"`
}

// RepositoryImage is an image from a public or private registry.
type RepositoryImage interface {
	ContainerImage
}

// EcrImage is an image from an ECR repository.
type EcrImage interface {
	ContainerImage
	ImageName() *string
}

// AssetImage is an image built from a local directory.
type AssetImage interface {
	ContainerImage
}

// AssetImageProps are the options of ContainerImage_FromAsset: those of a DockerImageAsset.
type AssetImageProps struct {
	Exclude        *[]*string                                        `field:"optional" json:"exclude" yaml:"exclude"`
	FollowSymlinks awscdk.SymlinkFollowMode                          `field:"optional" json:"followSymlinks" yaml:"followSymlinks"`
	IgnoreMode     awscdk.IgnoreMode                                 `field:"optional" json:"ignoreMode" yaml:"ignoreMode"`
	ExtraHash      *string                                           `field:"optional" json:"extraHash" yaml:"extraHash"`
	AssetName      *string                                           `field:"optional" json:"assetName" yaml:"assetName"`
	BuildArgs      *map[string]*string                               `field:"optional" json:"buildArgs" yaml:"buildArgs"`
	BuildContexts  *map[string]*string                               `field:"optional" json:"buildContexts" yaml:"buildContexts"`
	BuildSecrets   *map[string]*string                               `field:"optional" json:"buildSecrets" yaml:"buildSecrets"`
	BuildSsh       *string                                           `field:"optional" json:"buildSsh" yaml:"buildSsh"`
	CacheDisabled  *bool                                             `field:"optional" json:"cacheDisabled" yaml:"cacheDisabled"`
	CacheFrom      *[]*awsecrassets.DockerCacheOption                `field:"optional" json:"cacheFrom" yaml:"cacheFrom"`
	CacheTo        *awsecrassets.DockerCacheOption                   `field:"optional" json:"cacheTo" yaml:"cacheTo"`
	DisplayName    *string                                           `field:"optional" json:"displayName" yaml:"displayName"`
	File           *string                                           `field:"optional" json:"file" yaml:"file"`
	Invalidation   *awsecrassets.DockerImageAssetInvalidationOptions `field:"optional" json:"invalidation" yaml:"invalidation"`
	NetworkMode    awsecrassets.NetworkMode                          `field:"optional" json:"networkMode" yaml:"networkMode"`
	Outputs        *[]*string                                        `field:"optional" json:"outputs" yaml:"outputs"`
	Platform       awsecrassets.Platform                             `field:"optional" json:"platform" yaml:"platform"`
	Target         *string                                           `field:"optional" json:"target" yaml:"target"`
}

// ecrImageName is how an image in ECR is named, which aws-cdk-lib warns
// about when it comes through FromRegistry (no pull permission is granted).
var ecrImageName = regexp.MustCompile(`(^[a-zA-Z0-9][a-zA-Z0-9-_]*)\.dkr\.ecr\.([a-zA-Z0-9][a-zA-Z0-9-_]*)\.amazonaws.com(\.cn)?\/.*`)

type repositoryImage struct {
	name  *string
	props RepositoryImageProps
}

// ContainerImage_FromRegistry is an image from Docker Hub or another registry ("repository:tag").
func ContainerImage_FromRegistry(name *string, props *RepositoryImageProps) RepositoryImage {
	r := &repositoryImage{name: name}
	if props != nil {
		r.props = *props
	}
	return r
}

func (r *repositoryImage) Bind(scope constructs.Construct, c ContainerDefinition) *ContainerImageConfig {
	if !isToken(r.name) && ecrImageName.MatchString(sv(r.name)) {
		awscdk.Annotations_Of(scope).AddWarningV2(jsii.String("@aws-cdk/aws-ecs:ecrImageRequiresPolicy"),
			jsii.String("Proper policies need to be attached before pulling from ECR repository, or use 'fromEcrRepository'."))
	}
	out := &ContainerImageConfig{ImageName: r.name}
	if r.props.Credentials != nil {
		r.props.Credentials.GrantRead(c.TaskDefinition().ObtainExecutionRole(), nil)
		out.RepositoryCredentials = &CfnTaskDefinition_RepositoryCredentialsProperty{CredentialsParameter: r.props.Credentials.SecretArn()}
	}
	return out
}

type ecrImage struct {
	repo awsecr.IRepository
	name *string
}

// ContainerImage_FromEcrRepository is an image from an ECR repository, by tag or digest (default "latest").
func ContainerImage_FromEcrRepository(repository awsecr.IRepository, tag *string) EcrImage {
	if tag == nil {
		tag = str("latest")
	}
	return &ecrImage{repo: repository, name: repository.RepositoryUriForTagOrDigest(tag)}
}

func (e *ecrImage) ImageName() *string { return e.name }
func (e *ecrImage) Bind(_ constructs.Construct, c ContainerDefinition) *ContainerImageConfig {
	e.repo.GrantPull(c.TaskDefinition().ObtainExecutionRole())
	return &ContainerImageConfig{ImageName: e.name}
}

type assetImage struct {
	dir   *string
	props AssetImageProps
}

// ContainerImage_FromAsset is an image built from a local directory with a Dockerfile.
func ContainerImage_FromAsset(directory *string, props *AssetImageProps) AssetImage {
	a := &assetImage{dir: directory}
	if props != nil {
		a.props = *props
	}
	return a
}

func disableVersionConsistency(c ContainerDefinition) {
	switch cd := c.(type) {
	case *containerDefinition:
		cd.defaultDisableVersionConsistency()
	case *firelensLogRouter:
		cd.defaultDisableVersionConsistency()
	}
}

func (a *assetImage) Bind(scope constructs.Construct, c ContainerDefinition) *ContainerImageConfig {
	disableVersionConsistency(c)
	p := a.props
	asset := awsecrassets.NewDockerImageAsset(scope, jsii.String("AssetImage"), &awsecrassets.DockerImageAssetProps{
		Directory: a.dir, Exclude: p.Exclude, FollowSymlinks: p.FollowSymlinks, IgnoreMode: p.IgnoreMode, ExtraHash: p.ExtraHash,
		AssetName: p.AssetName, BuildArgs: p.BuildArgs, BuildContexts: p.BuildContexts, BuildSecrets: p.BuildSecrets, BuildSsh: p.BuildSsh,
		CacheDisabled: p.CacheDisabled, CacheFrom: p.CacheFrom, CacheTo: p.CacheTo, DisplayName: p.DisplayName, File: p.File,
		Invalidation: p.Invalidation, NetworkMode: p.NetworkMode, Outputs: p.Outputs, Platform: p.Platform, Target: p.Target,
	})
	asset.Repository().GrantPull(c.TaskDefinition().ObtainExecutionRole())
	return &ContainerImageConfig{ImageName: asset.ImageUri()}
}

type dockerImageAssetImage struct{ asset awsecrassets.DockerImageAsset }

// ContainerImage_FromDockerImageAsset is the image of an existing DockerImageAsset.
func ContainerImage_FromDockerImageAsset(asset awsecrassets.DockerImageAsset) ContainerImage {
	return &dockerImageAssetImage{asset}
}

func (d *dockerImageAssetImage) Bind(_ constructs.Construct, c ContainerDefinition) *ContainerImageConfig {
	disableVersionConsistency(c)
	d.asset.Repository().GrantPull(c.TaskDefinition().ObtainExecutionRole())
	return &ContainerImageConfig{ImageName: d.asset.ImageUri()}
}
