package awscodepipelineactions_test

import (
	"github.com/strata-cdk/strata/awscdk"
	cp "github.com/strata-cdk/strata/awscdk/awscodepipeline"
	a "github.com/strata-cdk/strata/awscdk/awscodepipelineactions"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

func init() { templateCases["CloudFormation"] = cloudFormationCase }

func cloudFormationCase(st awscdk.Stack) {
	bucket := awss3.NewBucket(st, s("Src"), &awss3.BucketProps{Versioned: jsii.Bool(true)})
	src := cp.NewArtifact(s("Src"), nil)
	p := cp.NewPipeline(st, s("Pipeline"), nil)
	p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: acts(a.NewS3SourceAction(&a.S3SourceActionProps{ActionName: s("S3"),
		Bucket: bucket, BucketKey: s("k.zip"), Output: src}))})
	deploy := a.NewCloudFormationCreateUpdateStackAction(&a.CloudFormationCreateUpdateStackActionProps{
		ActionName: s("Deploy"), StackName: s("app"), TemplatePath: src.AtPath(s("template.json")), AdminPermissions: jsii.Bool(true),
		ParameterOverrides: &map[string]interface{}{"Bucket": src.BucketName(), "Key": "v"}, TemplateConfiguration: src.AtPath(s("config.json")),
		OutputFileName: s("out.json"),
	})
	p.AddStage(&cp.StageOptions{StageName: s("Deploy"), Actions: acts(
		deploy,
		a.NewCloudFormationCreateReplaceChangeSetAction(&a.CloudFormationCreateReplaceChangeSetActionProps{ActionName: s("Prepare"), StackName: s("other"),
			ChangeSetName: s("cs"), TemplatePath: src.AtPath(s("t.yaml")), AdminPermissions: jsii.Bool(false),
			CfnCapabilities: &[]awscdk.CfnCapabilities{awscdk.CfnCapabilities_NAMED_IAM, awscdk.CfnCapabilities_AUTO_EXPAND}, RunOrder: jsii.Number(2)}),
		a.NewCloudFormationExecuteChangeSetAction(&a.CloudFormationExecuteChangeSetActionProps{ActionName: s("Execute"), StackName: s("other"),
			ChangeSetName: s("cs"), RunOrder: jsii.Number(3)}),
		a.NewCloudFormationDeleteStackAction(&a.CloudFormationDeleteStackActionProps{ActionName: s("Delete"), StackName: s("old"),
			AdminPermissions: jsii.Bool(false), RunOrder: jsii.Number(4)}),
		a.NewCloudFormationCreateUpdateStackAction(&a.CloudFormationCreateUpdateStackActionProps{ActionName: s("Replace"), StackName: s("rep"),
			TemplatePath: src.AtPath(s("t.json")), AdminPermissions: jsii.Bool(false), ReplaceOnFailure: jsii.Bool(true),
			CfnCapabilities: &[]awscdk.CfnCapabilities{awscdk.CfnCapabilities_ANONYMOUS_IAM}, RunOrder: jsii.Number(5)}),
	)})
	deploy.AddToDeploymentRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sqs:*"), Resources: jsii.Strings("*")}))
}
