package awscodepipelineactions_test

import (
	"github.com/strata-cdk/strata/awscdk"
	cp "github.com/strata-cdk/strata/awscdk/awscodepipeline"
	a "github.com/strata-cdk/strata/awscdk/awscodepipelineactions"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

func init() {
	templateCases["Jenkins"] = func(st awscdk.Stack) {
		bucket := awss3.NewBucket(st, s("Src"), &awss3.BucketProps{Versioned: jsii.Bool(true)})
		src := cp.NewArtifact(s("Src"), nil)
		jenkins := a.NewJenkinsProvider(st, s("Jenkins"), &a.JenkinsProviderProps{ProviderName: s("MyJenkins"), ServerUrl: s("https://jenkins.example.com"),
			ForBuild: jsii.Bool(true), Version: s("2")})
		imported := a.JenkinsProvider_FromJenkinsProviderAttributes(st, s("Imported"), &a.JenkinsProviderAttributes{ProviderName: s("Other"), ServerUrl: s("https://other/")})
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: acts(a.NewS3SourceAction(&a.S3SourceActionProps{ActionName: s("S3"),
			Bucket: bucket, BucketKey: s("k.zip"), Output: src}))})
		p.AddStage(&cp.StageOptions{StageName: s("Build"), Actions: acts(
			a.NewJenkinsAction(&a.JenkinsActionProps{ActionName: s("JBuild"), JenkinsProvider: jenkins, ProjectName: s("app"), Type: a.JenkinsActionType_BUILD,
				Inputs: &[]cp.Artifact{src}, Outputs: &[]cp.Artifact{cp.NewArtifact(s("JOut"), nil)}}),
			a.NewJenkinsAction(&a.JenkinsActionProps{ActionName: s("JTest"), JenkinsProvider: jenkins, ProjectName: s("app-test"), Type: a.JenkinsActionType_TEST,
				Inputs: &[]cp.Artifact{src}}),
			a.NewJenkinsAction(&a.JenkinsActionProps{ActionName: s("Other"), JenkinsProvider: imported, ProjectName: s("x"), Type: a.JenkinsActionType_TEST}),
			a.NewEc2DeployAction(&a.Ec2DeployActionProps{ActionName: s("Ec2"), Input: src, InstanceType: a.Ec2InstanceType_EC2, InstanceTagKey: s("Name"),
				InstanceTagValue: s("web"), MaxBatch: a.Ec2MaxInstances_Targets(jsii.Number(2)), MaxError: a.Ec2MaxInstances_Percentage(jsii.Number(10)),
				RunOrder:             jsii.Number(2),
				DeploySpecifications: a.Ec2DeploySpecifications_Inline(&a.Ec2DeploySpecificationsInlineProps{TargetDirectory: s("/opt/app"), PostScript: s("post.sh")})}),
			a.NewEc2DeployAction(&a.Ec2DeployActionProps{ActionName: s("Ssm"), Input: src, InstanceType: a.Ec2InstanceType_SSM_MANAGED_NODE, InstanceTagKey: s("Env"),
				RunOrder: jsii.Number(3),
				DeploySpecifications: a.Ec2DeploySpecifications_Inline(&a.Ec2DeploySpecificationsInlineProps{TargetDirectory: s("/srv"), PreScript: s("pre.sh"),
					PostScript: s("post.sh")})}),
		)})
	}
	errorCases["Ec2Percentage"] = func(st awscdk.Stack) { a.Ec2MaxInstances_Percentage(jsii.Number(101)) }
}
