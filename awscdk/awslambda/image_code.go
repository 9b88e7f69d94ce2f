package awslambda

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awsecrassets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// AssetImageCodeProps are the props of a function image built from a local
// Dockerfile: the image asset's options plus the image's overrides.
type AssetImageCodeProps struct {
	Exclude          *[]*string                                        `field:"optional" json:"exclude" yaml:"exclude"`
	FollowSymlinks   awscdk.SymlinkFollowMode                          `field:"optional" json:"followSymlinks" yaml:"followSymlinks"`
	IgnoreMode       awscdk.IgnoreMode                                 `field:"optional" json:"ignoreMode" yaml:"ignoreMode"`
	ExtraHash        *string                                           `field:"optional" json:"extraHash" yaml:"extraHash"`
	AssetName        *string                                           `field:"optional" json:"assetName" yaml:"assetName"`
	BuildArgs        *map[string]*string                               `field:"optional" json:"buildArgs" yaml:"buildArgs"`
	BuildContexts    *map[string]*string                               `field:"optional" json:"buildContexts" yaml:"buildContexts"`
	BuildSecrets     *map[string]*string                               `field:"optional" json:"buildSecrets" yaml:"buildSecrets"`
	BuildSsh         *string                                           `field:"optional" json:"buildSsh" yaml:"buildSsh"`
	CacheDisabled    *bool                                             `field:"optional" json:"cacheDisabled" yaml:"cacheDisabled"`
	CacheFrom        *[]*awsecrassets.DockerCacheOption                `field:"optional" json:"cacheFrom" yaml:"cacheFrom"`
	CacheTo          *awsecrassets.DockerCacheOption                   `field:"optional" json:"cacheTo" yaml:"cacheTo"`
	DisplayName      *string                                           `field:"optional" json:"displayName" yaml:"displayName"`
	File             *string                                           `field:"optional" json:"file" yaml:"file"`
	Invalidation     *awsecrassets.DockerImageAssetInvalidationOptions `field:"optional" json:"invalidation" yaml:"invalidation"`
	NetworkMode      awsecrassets.NetworkMode                          `field:"optional" json:"networkMode" yaml:"networkMode"`
	Outputs          *[]*string                                        `field:"optional" json:"outputs" yaml:"outputs"`
	Platform         awsecrassets.Platform                             `field:"optional" json:"platform" yaml:"platform"`
	Target           *string                                           `field:"optional" json:"target" yaml:"target"`
	Cmd              *[]*string                                        `field:"optional" json:"cmd" yaml:"cmd"`
	Entrypoint       *[]*string                                        `field:"optional" json:"entrypoint" yaml:"entrypoint"`
	WorkingDirectory *string                                           `field:"optional" json:"workingDirectory" yaml:"workingDirectory"`
}

// EcrImageCodeProps are the props of a function image from an ECR repository.
type EcrImageCodeProps struct {
	Cmd        *[]*string `field:"optional" json:"cmd" yaml:"cmd"`
	Entrypoint *[]*string `field:"optional" json:"entrypoint" yaml:"entrypoint"`
	// Deprecated: use TagOrDigest.
	Tag              *string `field:"optional" json:"tag" yaml:"tag"`
	TagOrDigest      *string `field:"optional" json:"tagOrDigest" yaml:"tagOrDigest"`
	WorkingDirectory *string `field:"optional" json:"workingDirectory" yaml:"workingDirectory"`
}

// AssetImageCode is a function image built from a local directory with a
// Dockerfile (an awsecrassets.DockerImageAsset, id "AssetImage").
type AssetImageCode interface {
	Code
	IsInline() *bool
}

type assetImageCode struct {
	directory *string
	props     AssetImageCodeProps
	asset     awsecrassets.DockerImageAsset
}

// NewAssetImageCode makes image code from directory.
func NewAssetImageCode(directory *string, props *AssetImageCodeProps) AssetImageCode {
	c := &assetImageCode{directory: directory}
	if props != nil {
		c.props = *props
	}
	return c
}

func (c *assetImageCode) IsInline() *bool { return jsii.Bool(false) }

// Bind builds the image asset the first time; the same code object cannot
// serve two stacks.
func (c *assetImageCode) Bind(scope constructs.Construct) *CodeConfig {
	if c.asset == nil {
		p := &c.props
		c.asset = awsecrassets.NewDockerImageAsset(scope, jsii.String("AssetImage"), &awsecrassets.DockerImageAssetProps{
			Directory: c.directory, Exclude: p.Exclude, FollowSymlinks: p.FollowSymlinks, IgnoreMode: p.IgnoreMode,
			ExtraHash: p.ExtraHash, AssetName: p.AssetName, BuildArgs: p.BuildArgs, BuildContexts: p.BuildContexts,
			BuildSecrets: p.BuildSecrets, BuildSsh: p.BuildSsh, CacheDisabled: p.CacheDisabled, CacheFrom: p.CacheFrom,
			CacheTo: p.CacheTo, DisplayName: p.DisplayName, File: p.File, Invalidation: p.Invalidation,
			NetworkMode: p.NetworkMode, Outputs: p.Outputs, Platform: p.Platform, Target: p.Target,
		})
		c.asset.Repository().GrantPull(awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil))
	} else if awscdk.Stack_Of(c.asset) != awscdk.Stack_Of(scope) {
		throw(scope, "Asset is already associated with another stack '%s'. Create a new Code instance for every stack.", *awscdk.Stack_Of(c.asset).StackName())
	}
	return &CodeConfig{Image: &CodeImageConfig{ImageUri: c.asset.ImageUri(), Entrypoint: c.props.Entrypoint,
		Cmd: c.props.Cmd, WorkingDirectory: c.props.WorkingDirectory}}
}

// BindToResource adds the asset metadata SAM CLI reads.
func (c *assetImageCode) BindToResource(resource awscdk.CfnResource, options *ResourceBindOptions) {
	if c.asset == nil {
		throw(resource, "bindToResource() must be called after bind()")
	}
	prop := "Code.ImageUri"
	if options != nil && options.ResourceProperty != nil {
		prop = *options.ResourceProperty
	}
	c.asset.AddResourceMetadata(resource, &prop)
}

// EcrImageCode is a function image already in an ECR repository.
type EcrImageCode interface {
	Code
	IsInline() *bool
}

type ecrImageCode struct {
	repository awsecr.IRepository
	props      EcrImageCodeProps
}

// NewEcrImageCode makes image code from repository ("latest" unless
// props.TagOrDigest says otherwise).
func NewEcrImageCode(repository awsecr.IRepository, props *EcrImageCodeProps) EcrImageCode {
	c := &ecrImageCode{repository: repository}
	if props != nil {
		c.props = *props
	}
	return c
}

func (c *ecrImageCode) IsInline() *bool { return jsii.Bool(false) }

// Bind lets the Lambda service pull the image.
func (c *ecrImageCode) Bind(scope constructs.Construct) *CodeConfig {
	if c.repository == nil {
		throw(scope, "EcrImageCode needs a repository")
	}
	c.repository.GrantPull(awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil))
	ref := c.props.TagOrDigest
	if ref == nil {
		ref = c.props.Tag
	}
	if ref == nil {
		ref = jsii.String("latest")
	}
	return &CodeConfig{Image: &CodeImageConfig{ImageUri: c.repository.RepositoryUriForTagOrDigest(ref),
		Cmd: c.props.Cmd, Entrypoint: c.props.Entrypoint, WorkingDirectory: c.props.WorkingDirectory}}
}

func (c *ecrImageCode) BindToResource(awscdk.CfnResource, *ResourceBindOptions) {}

// Code_FromAssetImage is image code built from a local Dockerfile.
func Code_FromAssetImage(directory *string, props *AssetImageCodeProps) AssetImageCode {
	return NewAssetImageCode(directory, props)
}

// Code_FromEcrImage is image code from an ECR repository.
func Code_FromEcrImage(repository awsecr.IRepository, props *EcrImageCodeProps) EcrImageCode {
	return NewEcrImageCode(repository, props)
}

// The static factories aws-cdk-go repeats on every Code class.

func AssetImageCode_FromAsset(path *string, options *awss3assets.AssetOptions) AssetCode {
	return Code_FromAsset(path, options)
}
func AssetImageCode_FromAssetImage(directory *string, props *AssetImageCodeProps) AssetImageCode {
	return Code_FromAssetImage(directory, props)
}
func AssetImageCode_FromBucket(bucket awss3.IBucket, key *string, objectVersion *string) S3Code {
	return Code_FromBucket(bucket, key, objectVersion)
}
func AssetImageCode_FromBucketV2(bucket awss3.IBucket, key *string, options *BucketOptions) S3CodeV2 {
	return Code_FromBucketV2(bucket, key, options)
}
func AssetImageCode_FromEcrImage(repository awsecr.IRepository, props *EcrImageCodeProps) EcrImageCode {
	return Code_FromEcrImage(repository, props)
}
func AssetImageCode_FromInline(code *string) InlineCode { return Code_FromInline(code) }
func EcrImageCode_FromAsset(path *string, options *awss3assets.AssetOptions) AssetCode {
	return Code_FromAsset(path, options)
}
func EcrImageCode_FromAssetImage(directory *string, props *AssetImageCodeProps) AssetImageCode {
	return Code_FromAssetImage(directory, props)
}
func EcrImageCode_FromBucket(bucket awss3.IBucket, key *string, objectVersion *string) S3Code {
	return Code_FromBucket(bucket, key, objectVersion)
}
func EcrImageCode_FromBucketV2(bucket awss3.IBucket, key *string, options *BucketOptions) S3CodeV2 {
	return Code_FromBucketV2(bucket, key, options)
}
func EcrImageCode_FromEcrImage(repository awsecr.IRepository, props *EcrImageCodeProps) EcrImageCode {
	return Code_FromEcrImage(repository, props)
}
func EcrImageCode_FromInline(code *string) InlineCode { return Code_FromInline(code) }

// DockerImageCode is the code of a DockerImageFunction: an image from a
// local Dockerfile or from ECR.
type DockerImageCode interface{}

// dockerImageCode defers making the Code until the function's architecture
// is known: an asset image is built for that architecture's platform.
type dockerImageCode struct {
	bind func(arch Architecture) Code
}

// DockerImageCode_FromImageAsset builds the function's image from a local
// directory holding a Dockerfile.
func DockerImageCode_FromImageAsset(directory *string, props *AssetImageCodeProps) DockerImageCode {
	var p AssetImageCodeProps
	if props != nil {
		p = *props
	}
	return &dockerImageCode{bind: func(arch Architecture) Code {
		q := p
		if q.Platform == nil && arch != nil && arch.DockerPlatform() != nil {
			q.Platform = awsecrassets.Platform_Custom(arch.DockerPlatform())
		}
		return NewAssetImageCode(directory, &q)
	}}
}

// DockerImageCode_FromEcr uses an image of an ECR repository.
func DockerImageCode_FromEcr(repository awsecr.IRepository, props *EcrImageCodeProps) DockerImageCode {
	return &dockerImageCode{bind: func(Architecture) Code { return NewEcrImageCode(repository, props) }}
}
