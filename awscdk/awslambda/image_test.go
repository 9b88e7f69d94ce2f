package awslambda_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awsecrassets"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/jsii"
)

// TestImageFunctions: DockerImageFunction from a local Dockerfile (default
// and with every build option, on ARM) and from ECR, and a plain Function
// with image code: the image URIs carry aws-cdk-lib's asset hashes.
func TestImageFunctions(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){
		"Images": func(s awscdk.Stack) {
			awslambda.NewDockerImageFunction(s, jsii.String("Asset"), &awslambda.DockerImageFunctionProps{
				Code: awslambda.DockerImageCode_FromImageAsset(jsii.String("testdata/image"), nil)})
			awslambda.NewDockerImageFunction(s, jsii.String("Arm"), &awslambda.DockerImageFunctionProps{
				Code: awslambda.DockerImageCode_FromImageAsset(jsii.String("testdata/image"), &awslambda.AssetImageCodeProps{
					BuildArgs: &map[string]*string{"B": jsii.String("2"), "A": jsii.String("1")}, File: jsii.String("Dockerfile.alt"), Target: jsii.String("prod"),
					Cmd: jsii.Strings("app.other"), Entrypoint: jsii.Strings("/lambda-entrypoint.sh"), WorkingDirectory: jsii.String("/var/task"),
				}),
				Architecture: awslambda.Architecture_ARM_64(), MemorySize: jsii.Number(512), Timeout: awscdk.Duration_Seconds(jsii.Number(10)),
				Environment: &map[string]*string{"MODE": jsii.String("arm")},
			})
			repo := awsecr.Repository_FromRepositoryName(s, jsii.String("Repo"), jsii.String("my-repo"))
			awslambda.NewDockerImageFunction(s, jsii.String("FromEcr"), &awslambda.DockerImageFunctionProps{
				Code: awslambda.DockerImageCode_FromEcr(repo, &awslambda.EcrImageCodeProps{TagOrDigest: jsii.String("v1")})})
			awslambda.NewDockerImageFunction(s, jsii.String("FromDigest"), &awslambda.DockerImageFunctionProps{
				Code: awslambda.DockerImageCode_FromEcr(repo, &awslambda.EcrImageCodeProps{TagOrDigest: jsii.String("sha256:abc")})})
			awslambda.NewDockerImageFunction(s, jsii.String("Latest"), &awslambda.DockerImageFunctionProps{
				Code: awslambda.DockerImageCode_FromEcr(repo, nil)})
			awslambda.NewFunction(s, jsii.String("Classic"), &awslambda.FunctionProps{
				Code:    awslambda.Code_FromAssetImage(jsii.String("testdata/image"), &awslambda.AssetImageCodeProps{Platform: awsecrassets.Platform_LINUX_ARM64()}),
				Handler: awslambda.Handler_FROM_IMAGE(), Runtime: awslambda.Runtime_FROM_IMAGE(),
			})
			awscdk.NewCfnOutput(s, jsii.String("RepoUri"), &awscdk.CfnOutputProps{Value: repo.RepositoryUri()})
			awscdk.NewCfnOutput(s, jsii.String("RegistryUri"), &awscdk.CfnOutputProps{Value: repo.RegistryUri()})
		},
	}, nil)
}

func init() {
	errorCases["ImageWithoutDockerfile"] = func(s awscdk.Stack) {
		awslambda.NewDockerImageFunction(s, jsii.String("F"), &awslambda.DockerImageFunctionProps{
			Code: awslambda.DockerImageCode_FromImageAsset(jsii.String("testdata/handler"), nil)})
	}
	errorCases["ImageDirMissing"] = func(s awscdk.Stack) {
		awslambda.NewDockerImageFunction(s, jsii.String("F"), &awslambda.DockerImageFunctionProps{
			Code: awslambda.DockerImageCode_FromImageAsset(jsii.String("testdata/no-such-dir"), nil)})
	}
}

// fixTestdata puts this checkout's testdata directory where the twin
// wrote <testdata> (aws-cdk-lib's messages carry absolute paths).
func fixTestdata(msg string) string {
	abs, _ := filepath.Abs("testdata")
	return strings.ReplaceAll(msg, "<testdata>", abs)
}
