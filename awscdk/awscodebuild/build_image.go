package awscodebuild

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awsecrassets"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IBuildImage is a Docker image a project builds in.
type IBuildImage interface {
	// RunScriptBuildspec is a build spec that runs a script from an S3 asset.
	RunScriptBuildspec(entrypoint *string) BuildSpec
	// Validate lists what is wrong with using this image in buildEnvironment.
	Validate(buildEnvironment *BuildEnvironment) *[]*string
	DefaultComputeType() ComputeType
	ImageId() *string
	ImagePullPrincipalType() ImagePullPrincipalType
	Repository() awsecr.IRepository
	SecretsManagerCredentials() awssecretsmanager.ISecret
	// Type is the CloudFormation environment type.
	Type() *string
}

// BuildImageBindOptions are the options of IBindableBuildImage.Bind.
type BuildImageBindOptions struct{}

// BuildImageConfig is what IBindableBuildImage.Bind returns.
type BuildImageConfig struct{}

// IBindableBuildImage is a build image that sets itself up in the project
// that uses it.
type IBindableBuildImage interface {
	IBuildImage
	Bind(scope constructs.Construct, project IProject, options *BuildImageBindOptions) *BuildImageConfig
}

// DockerImageOptions configure an image from a Docker registry.
type DockerImageOptions struct {
	// The secret holding the registry's credentials.
	SecretsManagerCredentials awssecretsmanager.ISecret `field:"optional" json:"secretsManagerCredentials" yaml:"secretsManagerCredentials"`
}

type imageKind int

const (
	kindLinux imageKind = iota
	kindArm
	kindWindows
	kindLambda
	kindArmLambda
	kindMac
)

// buildImage is every kind of build image; kind decides its validation.
type buildImage struct {
	kind           imageKind
	typ            string
	imageID        *string
	pull           ImagePullPrincipalType
	secret         awssecretsmanager.ISecret
	repo           awsecr.IRepository
	defaultCompute ComputeType
}

func (b *buildImage) DefaultComputeType() ComputeType                      { return b.defaultCompute }
func (b *buildImage) ImageId() *string                                     { return b.imageID }
func (b *buildImage) ImagePullPrincipalType() ImagePullPrincipalType       { return b.pull }
func (b *buildImage) Repository() awsecr.IRepository                       { return b.repo }
func (b *buildImage) SecretsManagerCredentials() awssecretsmanager.ISecret { return b.secret }
func (b *buildImage) Type() *string                                        { return jsii.String(b.typ) }
func (b *buildImage) isLambda() bool                                       { return b.kind == kindLambda || b.kind == kindArmLambda }

func (b *buildImage) RunScriptBuildspec(entrypoint *string) BuildSpec {
	if b.kind == kindWindows {
		e := deref(entrypoint)
		return BuildSpec_FromObject(&map[string]interface{}{
			"version": "0.2",
			"phases": map[string]interface{}{
				"pre_build": map[string]interface{}{"commands": []interface{}{}},
				"build": map[string]interface{}{"commands": []interface{}{
					"Set-Variable -Name TEMPDIR -Value (New-TemporaryFile).DirectoryName",
					`aws s3 cp s3://$env:SCRIPT_S3_BUCKET/$env:SCRIPT_S3_KEY $TEMPDIR\scripts.zip`,
					`New-Item -ItemType Directory -Path $TEMPDIR\scriptdir`,
					`Expand-Archive -Path $TEMPDIR/scripts.zip -DestinationPath $TEMPDIR\scriptdir`,
					`$env:SCRIPT_DIR = "$TEMPDIR\scriptdir"`,
					`& $TEMPDIR\scriptdir\` + e,
				}},
			},
		})
	}
	return runScriptLinuxBuildSpec(entrypoint)
}

func (b *buildImage) Validate(env *BuildEnvironment) *[]*string {
	var errs []string
	if env == nil {
		env = &BuildEnvironment{}
	}
	ct := env.ComputeType
	privileged := env.Privileged != nil && *env.Privileged
	switch b.kind {
	case kindLinux:
		if ct != "" && ct.isLambda() {
			errs = append(errs, "x86-64 images do not support Lambda compute types")
		}
	case kindArm:
		if ct != "" && ct.isLambda() {
			errs = append(errs, "ARM images do not support Lambda ComputeTypes, got "+ct.value())
		}
	case kindWindows:
		if privileged {
			errs = append(errs, "Windows images do not support privileged mode")
		}
		if ct != "" && ct.isLambda() {
			errs = append(errs, "Windows images do not support Lambda compute types")
		}
		if env.HostKernel != "" {
			errs = append(errs, "Windows images do not support host kernel selection")
		}
		switch ct {
		case ComputeType_SMALL, ComputeType_X_LARGE, ComputeType_X2_LARGE:
			errs = append(errs, fmt.Sprintf("Windows images do not support the '%s' compute type", ct.value()))
		}
	case kindLambda, kindArmLambda:
		if privileged {
			errs = append(errs, "Lambda compute type does not support privileged mode")
		}
		if ct != "" && !ct.isLambda() {
			errs = append(errs, fmt.Sprintf("Lambda images only support Lambda ComputeTypes between '%s' and '%s', got '%s'",
				ComputeType_LAMBDA_1GB.value(), ComputeType_LAMBDA_10GB.value(), ct.value()))
		}
		if env.HostKernel != "" {
			errs = append(errs, "Lambda images do not support host kernel selection")
		}
	case kindMac:
		if ct != "" && ct.isLambda() {
			errs = append(errs, "Mac images do not support Lambda compute types")
		}
		if env.Fleet == nil {
			errs = append(errs, "Mac images must be used with a fleet")
		}
		if env.HostKernel != "" {
			errs = append(errs, "Mac images do not support host kernel selection")
		}
	}
	out := make([]*string, len(errs))
	for i := range errs {
		out[i] = jsii.String(errs[i])
	}
	return &out
}

func codeBuildImage(kind imageKind, id string) IBuildImage {
	b := &buildImage{kind: kind, imageID: jsii.String(id), pull: ImagePullPrincipalType_CODEBUILD}
	switch kind {
	case kindLinux:
		b.typ, b.defaultCompute = string(EnvironmentType_LINUX_CONTAINER), ComputeType_SMALL
	case kindArm:
		b.typ, b.defaultCompute = string(EnvironmentType_ARM_CONTAINER), ComputeType_LARGE
	case kindMac:
		b.typ, b.defaultCompute = string(EnvironmentType_MAC_ARM), ComputeType_MEDIUM
	case kindLambda:
		b.typ, b.defaultCompute, b.pull = "LINUX_LAMBDA_CONTAINER", ComputeType_LAMBDA_1GB, ""
	case kindArmLambda:
		b.typ, b.defaultCompute, b.pull = "ARM_LAMBDA_CONTAINER", ComputeType_LAMBDA_1GB, ""
	}
	return b
}

func registryImage(kind imageKind, name *string, options *DockerImageOptions) IBuildImage {
	b := codeBuildImage(kind, deref(name)).(*buildImage)
	b.imageID, b.pull = name, ImagePullPrincipalType_SERVICE_ROLE
	if options != nil {
		b.secret = options.SecretsManagerCredentials
	}
	return b
}

func ecrImage(kind imageKind, repository awsecr.IRepository, tagOrDigest *string) IBuildImage {
	if repository == nil {
		l2.RequireArg(nil, "BuildImage FromEcrRepository", "a repository")
	}
	if tagOrDigest == nil {
		tagOrDigest = jsii.String("latest")
	}
	b := codeBuildImage(kind, "").(*buildImage)
	b.imageID, b.pull, b.repo = repository.RepositoryUriForTagOrDigest(tagOrDigest), ImagePullPrincipalType_SERVICE_ROLE, repository
	return b
}

func assetImage(kind imageKind, scope constructs.Construct, id *string, props *awsecrassets.DockerImageAssetProps) IBuildImage {
	asset := awsecrassets.NewDockerImageAsset(scope, id, props)
	b := codeBuildImage(kind, "").(*buildImage)
	b.imageID, b.pull, b.repo = asset.ImageUri(), ImagePullPrincipalType_SERVICE_ROLE, asset.Repository()
	return b
}

// LinuxBuildImage is an x86-64 Linux build image.
type LinuxBuildImage interface{ IBuildImage }

func LinuxBuildImage_FromCodeBuildImageId(id *string) IBuildImage {
	return codeBuildImage(kindLinux, deref(id))
}
func LinuxBuildImage_FromDockerRegistry(name *string, options *DockerImageOptions) IBuildImage {
	return registryImage(kindLinux, name, options)
}
func LinuxBuildImage_FromEcrRepository(repository awsecr.IRepository, tagOrDigest *string) IBuildImage {
	return ecrImage(kindLinux, repository, tagOrDigest)
}
func LinuxBuildImage_FromAsset(scope constructs.Construct, id *string, props *awsecrassets.DockerImageAssetProps) IBuildImage {
	return assetImage(kindLinux, scope, id, props)
}

func linux(id string) IBuildImage { return codeBuildImage(kindLinux, "aws/codebuild/"+id) }

func LinuxBuildImage_STANDARD_1_0() IBuildImage { return linux("standard:1.0") }
func LinuxBuildImage_STANDARD_2_0() IBuildImage { return linux("standard:2.0") }
func LinuxBuildImage_STANDARD_3_0() IBuildImage { return linux("standard:3.0") }
func LinuxBuildImage_STANDARD_4_0() IBuildImage { return linux("standard:4.0") }
func LinuxBuildImage_STANDARD_5_0() IBuildImage { return linux("standard:5.0") }
func LinuxBuildImage_STANDARD_6_0() IBuildImage { return linux("standard:6.0") }
func LinuxBuildImage_STANDARD_7_0() IBuildImage { return linux("standard:7.0") }
func LinuxBuildImage_STANDARD_8_0() IBuildImage { return linux("standard:8.0") }
func LinuxBuildImage_AMAZON_LINUX_2() IBuildImage {
	return linux("amazonlinux2-x86_64-standard:1.0")
}
func LinuxBuildImage_AMAZON_LINUX_2_2() IBuildImage {
	return linux("amazonlinux2-x86_64-standard:2.0")
}
func LinuxBuildImage_AMAZON_LINUX_2_3() IBuildImage {
	return linux("amazonlinux2-x86_64-standard:3.0")
}
func LinuxBuildImage_AMAZON_LINUX_2_4() IBuildImage {
	return linux("amazonlinux2-x86_64-standard:4.0")
}
func LinuxBuildImage_AMAZON_LINUX_2_5() IBuildImage {
	return linux("amazonlinux2-x86_64-standard:5.0")
}
func LinuxBuildImage_AMAZON_LINUX_2023_4() IBuildImage {
	return linux("amazonlinux-x86_64-standard:4.0")
}
func LinuxBuildImage_AMAZON_LINUX_2023_5() IBuildImage {
	return linux("amazonlinux-x86_64-standard:5.0")
}
func LinuxBuildImage_AMAZON_LINUX_2023_6() IBuildImage {
	return linux("amazonlinux-x86_64-standard:6.0")
}
func LinuxBuildImage_AMAZON_LINUX_2_CORETTO_8() IBuildImage {
	return linux("amazonlinux2-x86_64-standard:corretto8")
}
func LinuxBuildImage_AMAZON_LINUX_2_CORETTO_11() IBuildImage {
	return linux("amazonlinux2-x86_64-standard:corretto11")
}
func LinuxBuildImage_AMAZON_LINUX_2023_CORETTO_8() IBuildImage {
	return linux("amazonlinux-x86_64-standard:corretto8")
}
func LinuxBuildImage_AMAZON_LINUX_2023_CORETTO_11() IBuildImage {
	return linux("amazonlinux-x86_64-standard:corretto11")
}
func LinuxBuildImage_AMAZON_LINUX_2_ARM() IBuildImage {
	return LinuxArmBuildImage_AMAZON_LINUX_2_STANDARD_1_0()
}
func LinuxBuildImage_AMAZON_LINUX_2_ARM_2() IBuildImage {
	return LinuxArmBuildImage_AMAZON_LINUX_2_STANDARD_2_0()
}
func LinuxBuildImage_AMAZON_LINUX_2_ARM_3() IBuildImage {
	return LinuxArmBuildImage_AMAZON_LINUX_2_STANDARD_3_0()
}

// LinuxArmBuildImage is an ARM (aarch64) Linux build image.
type LinuxArmBuildImage interface{ IBuildImage }

func arm(id string) IBuildImage { return codeBuildImage(kindArm, "aws/codebuild/"+id) }

func LinuxArmBuildImage_FromCodeBuildImageId(id *string) IBuildImage {
	return codeBuildImage(kindArm, deref(id))
}
func LinuxArmBuildImage_FromDockerRegistry(name *string, options *DockerImageOptions) IBuildImage {
	return registryImage(kindArm, name, options)
}
func LinuxArmBuildImage_FromEcrRepository(repository awsecr.IRepository, tagOrDigest *string) IBuildImage {
	return ecrImage(kindArm, repository, tagOrDigest)
}
func LinuxArmBuildImage_AMAZON_LINUX_2_STANDARD_1_0() IBuildImage {
	return arm("amazonlinux2-aarch64-standard:1.0")
}
func LinuxArmBuildImage_AMAZON_LINUX_2_STANDARD_2_0() IBuildImage {
	return arm("amazonlinux2-aarch64-standard:2.0")
}
func LinuxArmBuildImage_AMAZON_LINUX_2_STANDARD_3_0() IBuildImage {
	return arm("amazonlinux2-aarch64-standard:3.0")
}
func LinuxArmBuildImage_AMAZON_LINUX_2023_STANDARD_2_0() IBuildImage {
	return arm("amazonlinux-aarch64-standard:2.0")
}
func LinuxArmBuildImage_AMAZON_LINUX_2023_STANDARD_3_0() IBuildImage {
	return arm("amazonlinux-aarch64-standard:3.0")
}
func LinuxArmBuildImage_AMAZON_LINUX_2023_STANDARD_4_0() IBuildImage {
	return arm("amazonlinux-aarch64-standard:4.0")
}

// WindowsBuildImage is a Windows build image.
type WindowsBuildImage interface{ IBuildImage }

func windows(id string, t WindowsImageType, pull ImagePullPrincipalType) *buildImage {
	return &buildImage{kind: kindWindows, typ: t.value(), imageID: jsii.String(id), pull: pull, defaultCompute: ComputeType_MEDIUM}
}

func WindowsBuildImage_WINDOWS_BASE_2_0() IBuildImage {
	return windows("aws/codebuild/windows-base:2.0", WindowsImageType_STANDARD, ImagePullPrincipalType_CODEBUILD)
}
func WindowsBuildImage_WIN_SERVER_CORE_2019_BASE() IBuildImage {
	return windows("aws/codebuild/windows-base:2019-1.0", WindowsImageType_SERVER_2019, ImagePullPrincipalType_CODEBUILD)
}
func WindowsBuildImage_WIN_SERVER_CORE_2019_BASE_2_0() IBuildImage {
	return windows("aws/codebuild/windows-base:2019-2.0", WindowsImageType_SERVER_2019, ImagePullPrincipalType_CODEBUILD)
}
func WindowsBuildImage_WIN_SERVER_CORE_2019_BASE_3_0() IBuildImage {
	return windows("aws/codebuild/windows-base:2019-3.0", WindowsImageType_SERVER_2019, ImagePullPrincipalType_CODEBUILD)
}
func WindowsBuildImage_WIN_SERVER_CORE_2022_BASE_3_0() IBuildImage {
	return windows("aws/codebuild/windows-base:2022-1.0", WindowsImageType_SERVER_2022, ImagePullPrincipalType_CODEBUILD)
}
func WindowsBuildImage_FromDockerRegistry(name *string, options *DockerImageOptions, imageType WindowsImageType) IBuildImage {
	b := windows(deref(name), imageType, ImagePullPrincipalType_SERVICE_ROLE)
	b.imageID = name
	if options != nil {
		b.secret = options.SecretsManagerCredentials
	}
	return b
}
func WindowsBuildImage_FromEcrRepository(repository awsecr.IRepository, tagOrDigest *string, imageType WindowsImageType) IBuildImage {
	if repository == nil {
		l2.RequireArg(nil, "WindowsBuildImage_FromEcrRepository", "a repository")
	}
	if tagOrDigest == nil {
		tagOrDigest = jsii.String("latest")
	}
	b := windows("", imageType, ImagePullPrincipalType_SERVICE_ROLE)
	b.imageID, b.repo = repository.RepositoryUriForTagOrDigest(tagOrDigest), repository
	return b
}
func WindowsBuildImage_FromAsset(scope constructs.Construct, id *string, props *awsecrassets.DockerImageAssetProps, imageType WindowsImageType) IBuildImage {
	asset := awsecrassets.NewDockerImageAsset(scope, id, props)
	b := windows("", imageType, ImagePullPrincipalType_SERVICE_ROLE)
	b.imageID, b.repo = asset.ImageUri(), asset.Repository()
	return b
}

// MacBuildImage is a macOS (ARM) build image, used with a Fleet.
type MacBuildImage interface{ IBuildImage }

func MacBuildImage_BASE_14() IBuildImage {
	return codeBuildImage(kindMac, "aws/codebuild/macos-arm-base:14")
}
func MacBuildImage_BASE_15() IBuildImage {
	return codeBuildImage(kindMac, "aws/codebuild/macos-arm-base:15")
}
func MacBuildImage_BASE_26() IBuildImage {
	return codeBuildImage(kindMac, "aws/codebuild/macos-arm-base:26")
}
func MacBuildImage_FromDockerRegistry(name *string, options *DockerImageOptions) IBuildImage {
	return registryImage(kindMac, name, options)
}
func MacBuildImage_FromEcrRepository(repository awsecr.IRepository, tagOrDigest *string) IBuildImage {
	return ecrImage(kindMac, repository, tagOrDigest)
}
func MacBuildImage_FromAsset(scope constructs.Construct, id *string, props *awsecrassets.DockerImageAssetProps) IBuildImage {
	return assetImage(kindMac, scope, id, props)
}

// LinuxLambdaBuildImage is an x86-64 image for Lambda compute.
type LinuxLambdaBuildImage interface{ IBuildImage }

func lambdaImage(id string) IBuildImage {
	return codeBuildImage(kindLambda, "aws/codebuild/amazonlinux-x86_64-lambda-standard:"+id)
}

func LinuxLambdaBuildImage_AMAZON_LINUX_2_NODE_18() IBuildImage     { return lambdaImage("nodejs18") }
func LinuxLambdaBuildImage_AMAZON_LINUX_2023_NODE_20() IBuildImage  { return lambdaImage("nodejs20") }
func LinuxLambdaBuildImage_AMAZON_LINUX_2023_NODE_22() IBuildImage  { return lambdaImage("nodejs22") }
func LinuxLambdaBuildImage_AMAZON_LINUX_2023_NODE_24() IBuildImage  { return lambdaImage("nodejs24") }
func LinuxLambdaBuildImage_AMAZON_LINUX_2_PYTHON_3_11() IBuildImage { return lambdaImage("python3.11") }
func LinuxLambdaBuildImage_AMAZON_LINUX_2023_PYTHON_3_12() IBuildImage {
	return lambdaImage("python3.12")
}
func LinuxLambdaBuildImage_AMAZON_LINUX_2023_PYTHON_3_13() IBuildImage {
	return lambdaImage("python3.13")
}
func LinuxLambdaBuildImage_AMAZON_LINUX_2_RUBY_3_2() IBuildImage    { return lambdaImage("ruby3.2") }
func LinuxLambdaBuildImage_AMAZON_LINUX_2023_RUBY_3_4() IBuildImage { return lambdaImage("ruby3.4") }
func LinuxLambdaBuildImage_AMAZON_LINUX_2023_CORRETTO_21() IBuildImage {
	return lambdaImage("corretto21")
}
func LinuxLambdaBuildImage_AMAZON_LINUX_2_CORRETTO_17() IBuildImage { return lambdaImage("corretto17") }
func LinuxLambdaBuildImage_AMAZON_LINUX_2_CORRETTO_11() IBuildImage { return lambdaImage("corretto11") }
func LinuxLambdaBuildImage_AMAZON_LINUX_2_GO_1_21() IBuildImage     { return lambdaImage("go1.21") }
func LinuxLambdaBuildImage_AMAZON_LINUX_2023_GO_1_24() IBuildImage  { return lambdaImage("go1.24") }
func LinuxLambdaBuildImage_AMAZON_LINUX_2_DOTNET_6() IBuildImage    { return lambdaImage("dotnet6") }
func LinuxLambdaBuildImage_AMAZON_LINUX_2023_DOTNET_8() IBuildImage { return lambdaImage("dotnet8") }

// LinuxArmLambdaBuildImage is an ARM image for Lambda compute.
type LinuxArmLambdaBuildImage interface{ IBuildImage }

func armLambdaImage(id string) IBuildImage {
	return codeBuildImage(kindArmLambda, "aws/codebuild/amazonlinux-aarch64-lambda-standard:"+id)
}

func LinuxArmLambdaBuildImage_AMAZON_LINUX_2_NODE_18() IBuildImage { return armLambdaImage("nodejs18") }
func LinuxArmLambdaBuildImage_AMAZON_LINUX_2023_NODE_20() IBuildImage {
	return armLambdaImage("nodejs20")
}
func LinuxArmLambdaBuildImage_AMAZON_LINUX_2023_NODE_22() IBuildImage {
	return armLambdaImage("nodejs22")
}
func LinuxArmLambdaBuildImage_AMAZON_LINUX_2023_NODE_24() IBuildImage {
	return armLambdaImage("nodejs24")
}
func LinuxArmLambdaBuildImage_AMAZON_LINUX_2_PYTHON_3_11() IBuildImage {
	return armLambdaImage("python3.11")
}
func LinuxArmLambdaBuildImage_AMAZON_LINUX_2023_PYTHON_3_12() IBuildImage {
	return armLambdaImage("python3.12")
}
func LinuxArmLambdaBuildImage_AMAZON_LINUX_2023_PYTHON_3_13() IBuildImage {
	return armLambdaImage("python3.13")
}
func LinuxArmLambdaBuildImage_AMAZON_LINUX_2_RUBY_3_2() IBuildImage { return armLambdaImage("ruby3.2") }
func LinuxArmLambdaBuildImage_AMAZON_LINUX_2023_RUBY_3_4() IBuildImage {
	return armLambdaImage("ruby3.4")
}
func LinuxArmLambdaBuildImage_AMAZON_LINUX_2023_CORRETTO_21() IBuildImage {
	return armLambdaImage("corretto21")
}
func LinuxArmLambdaBuildImage_AMAZON_LINUX_2_CORRETTO_17() IBuildImage {
	return armLambdaImage("corretto17")
}
func LinuxArmLambdaBuildImage_AMAZON_LINUX_2_CORRETTO_11() IBuildImage {
	return armLambdaImage("corretto11")
}
func LinuxArmLambdaBuildImage_AMAZON_LINUX_2_GO_1_21() IBuildImage { return armLambdaImage("go1.21") }
func LinuxArmLambdaBuildImage_AMAZON_LINUX_2023_GO_1_24() IBuildImage {
	return armLambdaImage("go1.24")
}
func LinuxArmLambdaBuildImage_AMAZON_LINUX_2_DOTNET_6() IBuildImage { return armLambdaImage("dotnet6") }
func LinuxArmLambdaBuildImage_AMAZON_LINUX_2023_DOTNET_8() IBuildImage {
	return armLambdaImage("dotnet8")
}
