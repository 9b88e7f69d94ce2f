package awscodebuild

import (
	"fmt"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// dlcAccounts is aws-cdk-lib 2.276.0's region fact DLC_REPOSITORY_ACCOUNT:
// the account that publishes the AWS Deep Learning Containers in each region.
var dlcAccounts = map[string]string{
	"ap-east-1": "871362719292", "ap-east-2": "975050140332", "ap-northeast-1": "763104351884",
	"ap-northeast-2": "763104351884", "ap-south-1": "763104351884", "ap-south-2": "772153158452",
	"ap-southeast-1": "763104351884", "ap-southeast-2": "763104351884", "ap-southeast-3": "907027046896",
	"ap-southeast-4": "457447274322", "ap-southeast-6": "633930458069", "ca-central-1": "763104351884",
	"cn-north-1": "727897471807", "cn-northwest-1": "727897471807", "eu-central-1": "763104351884",
	"eu-central-2": "380420809688", "eu-north-1": "763104351884", "eu-south-1": "692866216735",
	"eu-south-2": "503227376785", "eu-west-1": "763104351884", "eu-west-2": "763104351884",
	"eu-west-3": "763104351884", "eusc-de-east-1": "204133271717", "me-central-1": "914824155844",
	"me-south-1": "217643126080", "me-west-1": "124382933778", "sa-east-1": "763104351884",
	"us-east-1": "763104351884", "us-east-2": "763104351884", "us-isof-east-1": "303241398832",
	"us-isof-south-1": "454834333376", "us-west-1": "763104351884", "us-west-2": "763104351884",
}

// regionPartition is the partition a region belongs to, from its name.
func regionPartition(region string) string {
	switch {
	case strings.HasPrefix(region, "cn-"):
		return "aws-cn"
	case strings.HasPrefix(region, "us-gov-"):
		return "aws-us-gov"
	case strings.HasPrefix(region, "us-isob-"):
		return "aws-iso-b"
	case strings.HasPrefix(region, "us-isof-"):
		return "aws-iso-f"
	case strings.HasPrefix(region, "eu-isoe-"):
		return "aws-iso-e"
	case strings.HasPrefix(region, "us-iso-"):
		return "aws-iso"
	case strings.HasPrefix(region, "eusc-"):
		return "aws-eusc"
	}
	return "aws"
}

// dlcAccount is the DLC account for scope's stack: the fact itself in a
// stack with a region, otherwise a lookup in a DlcRepositoryAccountMap
// mapping limited to the target partitions, as Stack.regionalFact does.
func dlcAccount(scope constructs.IConstruct) *string {
	stack := awscdk.Stack_Of(scope)
	if region := stack.Region(); !*awscdk.Token_IsUnresolved(region) {
		acct, ok := dlcAccounts[*region]
		if !ok {
			diag.Panic(pathOf(stack), "region-info: don't know dlcRepositoryAccount for region %s. Use 'Fact.register' to provide this value.", *region)
		}
		return jsii.String(acct)
	}
	var partitions map[string]bool
	if v, ok := stack.Node().TryGetContext(jsii.String("@aws-cdk/core:target-partitions")).([]interface{}); ok {
		partitions = map[string]bool{}
		for _, p := range v {
			partitions[fmt.Sprint(p)] = true
		}
	}
	regions := []string{}
	for r := range dlcAccounts {
		if partitions == nil || partitions[regionPartition(r)] {
			regions = append(regions, r)
		}
	}
	sort.Strings(regions)
	var m awscdk.CfnMapping
	if c, ok := stack.Node().TryFindChild(jsii.String("DlcRepositoryAccountMap")).(awscdk.CfnMapping); ok {
		m = c
	} else {
		m = awscdk.NewCfnMapping(stack, jsii.String("DlcRepositoryAccountMap"), nil)
	}
	for _, r := range regions {
		m.SetValue(jsii.String(r), jsii.String("value"), dlcAccounts[r])
	}
	return m.FindInMap(awscdk.Aws_REGION(), jsii.String("value"), nil)
}

// LinuxGpuBuildImage is a GPU image from the AWS Deep Learning Containers
// (or another ECR repository); it grants the project pull access when bound.
type LinuxGpuBuildImage interface {
	IBindableBuildImage
}

type gpuImage struct {
	repositoryName, tag string
	account             *string
	bound               *string
	imageID             *string
}

func newGpuImage(repositoryName, tag string, account *string) *gpuImage {
	g := &gpuImage{repositoryName: repositoryName, tag: tag, account: account}
	acct := account
	if acct == nil {
		acct = awscdk.Lazy_String(stringProducer(func() *string {
			if g.bound == nil {
				diag.Panic("", "Make sure this 'LinuxGpuBuildImage' is used in a CodeBuild Project construct")
			}
			return g.bound
		}), nil)
	}
	g.imageID = jsii.String(*acct + ".dkr.ecr." + *awscdk.Aws_REGION() + "." + *awscdk.Aws_URL_SUFFIX() + "/" + repositoryName + ":" + tag)
	return g
}

func (g *gpuImage) DefaultComputeType() ComputeType { return ComputeType_LARGE }
func (g *gpuImage) ImageId() *string                { return g.imageID }
func (g *gpuImage) ImagePullPrincipalType() ImagePullPrincipalType {
	return ImagePullPrincipalType_SERVICE_ROLE
}
func (g *gpuImage) Repository() awsecr.IRepository                       { return nil }
func (g *gpuImage) SecretsManagerCredentials() awssecretsmanager.ISecret { return nil }
func (g *gpuImage) Type() *string                                        { return jsii.String(string(EnvironmentType_LINUX_GPU_CONTAINER)) }
func (g *gpuImage) RunScriptBuildspec(entrypoint *string) BuildSpec {
	return runScriptLinuxBuildSpec(entrypoint)
}

func (g *gpuImage) Validate(env *BuildEnvironment) *[]*string {
	out := []*string{}
	if env != nil && env.ComputeType != "" && env.ComputeType != ComputeType_LARGE && env.ComputeType != ComputeType_SMALL {
		out = append(out, jsii.String(fmt.Sprintf("GPU images only support ComputeType '%s' and '%s' - '%s' was given",
			ComputeType_LARGE.value(), ComputeType_SMALL.value(), env.ComputeType.value())))
	}
	return &out
}

// Bind grants project pull access to the image's repository.
func (g *gpuImage) Bind(scope constructs.Construct, project IProject, options *BuildImageBindOptions) *BuildImageConfig {
	account := g.account
	if account == nil {
		account = dlcAccount(scope)
	}
	awsecr.Repository_FromRepositoryAttributes(scope, jsii.String("AwsDlcRepositoryCodeBuild"), &awsecr.RepositoryAttributes{
		RepositoryName: jsii.String(g.repositoryName),
		RepositoryArn:  awsecr.Repository_ArnForLocalRepository(jsii.String(g.repositoryName), scope, account),
	}).GrantPull(project)
	g.bound = account
	return &BuildImageConfig{}
}

// LinuxGpuBuildImage_AwsDeepLearningContainersImage is a Deep Learning
// Containers image; account defaults to the DLC account of the stack's region.
func LinuxGpuBuildImage_AwsDeepLearningContainersImage(repositoryName *string, tag *string, account *string) IBuildImage {
	return newGpuImage(deref(repositoryName), deref(tag), account)
}

// LinuxGpuBuildImage_FromEcrRepository is a GPU image from an ECR repository.
func LinuxGpuBuildImage_FromEcrRepository(repository awsecr.IRepository, tag *string) IBuildImage {
	if repository == nil {
		l2.RequireArg(nil, "LinuxGpuBuildImage_FromEcrRepository", "a repository")
	}
	if tag == nil {
		tag = jsii.String("latest")
	}
	return newGpuImage(deref(repository.RepositoryName()), *tag, repository.Env().Account)
}

func dlc(repo, tag string) IBuildImage { return newGpuImage(repo, tag, nil) }

func LinuxGpuBuildImage_DLC_TENSORFLOW_1_14_0() IBuildImage {
	return dlc("tensorflow-training", "1.14.0-gpu-py36-cu100-ubuntu16.04")
}
func LinuxGpuBuildImage_DLC_TENSORFLOW_1_15_0() IBuildImage {
	return dlc("tensorflow-training", "1.15.0-gpu-py36-cu100-ubuntu18.04")
}
func LinuxGpuBuildImage_DLC_TENSORFLOW_1_15_2_TRAINING() IBuildImage {
	return dlc("tensorflow-training", "1.15.2-gpu-py37-cu100-ubuntu18.04")
}
func LinuxGpuBuildImage_DLC_TENSORFLOW_1_15_2_INFERENCE() IBuildImage {
	return dlc("tensorflow-inference", "1.15.2-gpu-py36-cu100-ubuntu18.04")
}
func LinuxGpuBuildImage_DLC_TENSORFLOW_2_0_0() IBuildImage {
	return dlc("tensorflow-training", "2.0.0-gpu-py36-cu100-ubuntu18.04")
}
func LinuxGpuBuildImage_DLC_TENSORFLOW_2_0_1() IBuildImage {
	return dlc("tensorflow-training", "2.0.1-gpu-py36-cu100-ubuntu18.04")
}
func LinuxGpuBuildImage_DLC_TENSORFLOW_2_1_0_TRAINING() IBuildImage {
	return dlc("tensorflow-training", "2.1.0-gpu-py36-cu101-ubuntu18.04")
}
func LinuxGpuBuildImage_DLC_TENSORFLOW_2_1_0_INFERENCE() IBuildImage {
	return dlc("tensorflow-inference", "2.1.0-gpu-py36-cu101-ubuntu18.04")
}
func LinuxGpuBuildImage_DLC_TENSORFLOW_2_2_0_TRAINING() IBuildImage {
	return dlc("tensorflow-training", "2.2.0-gpu-py37-cu101-ubuntu18.04")
}
func LinuxGpuBuildImage_DLC_PYTORCH_1_2_0() IBuildImage {
	return dlc("pytorch-training", "1.2.0-gpu-py36-cu100-ubuntu16.04")
}
func LinuxGpuBuildImage_DLC_PYTORCH_1_3_1() IBuildImage {
	return dlc("pytorch-training", "1.3.1-gpu-py36-cu101-ubuntu16.04")
}
func LinuxGpuBuildImage_DLC_PYTORCH_1_4_0_TRAINING() IBuildImage {
	return dlc("pytorch-training", "1.4.0-gpu-py36-cu101-ubuntu16.04")
}
func LinuxGpuBuildImage_DLC_PYTORCH_1_4_0_INFERENCE() IBuildImage {
	return dlc("pytorch-inference", "1.4.0-gpu-py36-cu101-ubuntu16.04")
}
func LinuxGpuBuildImage_DLC_PYTORCH_1_5_0_TRAINING() IBuildImage {
	return dlc("pytorch-training", "1.5.0-gpu-py36-cu101-ubuntu16.04")
}
func LinuxGpuBuildImage_DLC_PYTORCH_1_5_0_INFERENCE() IBuildImage {
	return dlc("pytorch-inference", "1.5.0-gpu-py36-cu101-ubuntu16.04")
}
func LinuxGpuBuildImage_DLC_MXNET_1_4_1() IBuildImage {
	return dlc("mxnet-training", "1.4.1-gpu-py36-cu100-ubuntu16.04")
}
func LinuxGpuBuildImage_DLC_MXNET_1_6_0() IBuildImage {
	return dlc("mxnet-training", "1.6.0-gpu-py36-cu101-ubuntu16.04")
}
