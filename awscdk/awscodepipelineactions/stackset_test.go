package awscodepipelineactions_test

import (
	"github.com/strata-cdk/strata/awscdk"
	cp "github.com/strata-cdk/strata/awscdk/awscodepipeline"
	a "github.com/strata-cdk/strata/awscdk/awscodepipelineactions"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

func init() {
	templateCases["StackSets"] = func(st awscdk.Stack) {
		bucket := awss3.NewBucket(st, s("Src"), &awss3.BucketProps{Versioned: jsii.Bool(true)})
		src := cp.NewArtifact(s("Src"), nil)
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: acts(a.NewS3SourceAction(&a.S3SourceActionProps{ActionName: s("S3"),
			Bucket: bucket, BucketKey: s("k.zip"), Output: src}))})
		p.AddStage(&cp.StageOptions{StageName: s("Deploy"), Actions: acts(
			a.NewCloudFormationDeployStackSetAction(&a.CloudFormationDeployStackSetActionProps{ActionName: s("Set"), StackSetName: s("set"),
				Template: a.StackSetTemplate_FromArtifactPath(src.AtPath(s("t.yaml"))), Description: s("a set"),
				CfnCapabilities: &[]awscdk.CfnCapabilities{awscdk.CfnCapabilities_NAMED_IAM}, FailureTolerancePercentage: jsii.Number(10),
				MaxAccountConcurrencyPercentage: jsii.Number(50),
				Parameters:                      a.StackSetParameters_FromLiteral(&map[string]*string{"B": s("b"), "A": s("a")}, jsii.Strings("C")),
				StackInstances:                  a.StackInstances_InAccounts(jsii.Strings("111111111111", "222222222222"), jsii.Strings("us-east-1", "eu-west-1"))}),
			a.NewCloudFormationDeployStackSetAction(&a.CloudFormationDeployStackSetActionProps{ActionName: s("OrgSet"), StackSetName: s("org"), RunOrder: jsii.Number(2),
				Template: a.StackSetTemplate_FromArtifactPath(src.AtPath(s("o.yaml"))),
				DeploymentModel: a.StackSetDeploymentModel_Organizations(&a.OrganizationsDeploymentProps{
					AutoDeployment: a.StackSetOrganizationsAutoDeployment_ENABLED}),
				StackInstances: a.StackInstances_InOrganizationalUnits(jsii.Strings("ou-1"), jsii.Strings("us-east-1"))}),
			a.NewCloudFormationDeployStackInstancesAction(&a.CloudFormationDeployStackInstancesActionProps{ActionName: s("Instances"), StackSetName: s("set"),
				RunOrder:           jsii.Number(3),
				StackInstances:     a.StackInstances_FromArtifactPath(src.AtPath(s("targets.json")), jsii.Strings("us-west-2")),
				ParameterOverrides: a.StackSetParameters_FromArtifactPath(src.AtPath(s("params.json")))}),
		)})
	}
	errorCases["BadPercentage"] = func(st awscdk.Stack) {
		a.NewCloudFormationDeployStackInstancesAction(&a.CloudFormationDeployStackInstancesActionProps{ActionName: s("I"), StackSetName: s("s"),
			FailureTolerancePercentage: jsii.Number(101), StackInstances: a.StackInstances_InAccounts(jsii.Strings("1"), jsii.Strings("r"))})
	}
	errorCases["NoRegions"] = func(st awscdk.Stack) { a.StackInstances_InAccounts(jsii.Strings("1"), &[]*string{}) }
}
