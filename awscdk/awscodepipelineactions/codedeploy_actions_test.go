package awscodepipelineactions_test

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsautoscaling"
	"github.com/strata-cdk/strata/awscdk/awscodedeploy"
	cp "github.com/strata-cdk/strata/awscdk/awscodepipeline"
	a "github.com/strata-cdk/strata/awscdk/awscodepipelineactions"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

func importedEcsGroup(st awscdk.Stack) awscodedeploy.IEcsDeploymentGroup {
	return awscodedeploy.EcsDeploymentGroup_FromEcsDeploymentGroupAttributes(st, s("G"), &awscodedeploy.EcsDeploymentGroupAttributes{
		Application: awscodedeploy.EcsApplication_FromEcsApplicationName(st, s("A"), s("a")), DeploymentGroupName: s("g")})
}

func init() {
	templateCases["CodeDeploy"] = func(st awscdk.Stack) {
		bucket := awss3.NewBucket(st, s("Src"), &awss3.BucketProps{Versioned: jsii.Bool(true)})
		src := cp.NewArtifact(s("Src"), nil)
		image := cp.NewArtifact(s("Image"), nil)
		vpc := awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(0), RestrictDefaultSecurityGroup: jsii.Bool(false)})
		asg := awsautoscaling.NewAutoScalingGroup(st, s("Asg"), &awsautoscaling.AutoScalingGroupProps{
			Vpc: vpc, InstanceType: awsec2.NewInstanceType(s("t3.micro")),
			MachineImage: awsec2.NewGenericLinuxImage(&map[string]*string{"us-east-1": s("ami-12345678")}, nil),
			VpcSubnets:   &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC},
		})
		group := awscodedeploy.NewServerDeploymentGroup(st, s("Group"), &awscodedeploy.ServerDeploymentGroupProps{
			AutoScalingGroups: &[]awsautoscaling.IAutoScalingGroup{asg}, InstallAgent: jsii.Bool(false)})
		importedServer := awscodedeploy.ServerDeploymentGroup_FromServerDeploymentGroupAttributes(st, s("ImportedServer"), &awscodedeploy.ServerDeploymentGroupAttributes{
			Application:         awscodedeploy.ServerApplication_FromServerApplicationName(st, s("ServerApp"), s("srv")),
			DeploymentGroupName: s("srv-group")})
		ecsGroup := awscodedeploy.EcsDeploymentGroup_FromEcsDeploymentGroupAttributes(st, s("EcsGroup"), &awscodedeploy.EcsDeploymentGroupAttributes{
			Application: awscodedeploy.EcsApplication_FromEcsApplicationName(st, s("EcsApp"), s("ecs")), DeploymentGroupName: s("ecs-group"),
			DeploymentConfig: awscodedeploy.EcsDeploymentConfig_CANARY_10PERCENT_5MINUTES()})
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: acts(
			a.NewS3SourceAction(&a.S3SourceActionProps{ActionName: s("S3"), Bucket: bucket, BucketKey: s("k.zip"), Output: src}),
			a.NewS3SourceAction(&a.S3SourceActionProps{ActionName: s("Img"), Bucket: bucket, BucketKey: s("i.zip"), Output: image}),
		)})
		p.AddStage(&cp.StageOptions{StageName: s("Deploy"), Actions: acts(
			a.NewCodeDeployServerDeployAction(&a.CodeDeployServerDeployActionProps{ActionName: s("Server"), DeploymentGroup: group, Input: src}),
			a.NewCodeDeployServerDeployAction(&a.CodeDeployServerDeployActionProps{ActionName: s("Imported"), DeploymentGroup: importedServer, Input: src,
				RunOrder: jsii.Number(2)}),
			a.NewCodeDeployEcsDeployAction(&a.CodeDeployEcsDeployActionProps{ActionName: s("Ecs"), DeploymentGroup: ecsGroup, RunOrder: jsii.Number(3),
				TaskDefinitionTemplateFile: src.AtPath(s("td.json")), AppSpecTemplateInput: src,
				ContainerImageInputs: &[]*a.CodeDeployEcsContainerImageInput{{Input: image, TaskDefinitionPlaceholder: s("IMG")}, {Input: src}}}),
			a.NewCodeDeployEcsDeployAction(&a.CodeDeployEcsDeployActionProps{ActionName: s("Ecs2"), DeploymentGroup: ecsGroup, RunOrder: jsii.Number(4),
				TaskDefinitionTemplateInput: src, AppSpecTemplateFile: image.AtPath(s("app.yaml"))}),
		)})
	}
	errorCases["CodeDeployNoTaskDef"] = func(st awscdk.Stack) {
		a.NewCodeDeployEcsDeployAction(&a.CodeDeployEcsDeployActionProps{ActionName: s("E"), AppSpecTemplateInput: cp.NewArtifact(s("a"), nil),
			DeploymentGroup: importedEcsGroup(st)})
	}
	errorCases["CodeDeployBothAppSpec"] = func(st awscdk.Stack) {
		a.NewCodeDeployEcsDeployAction(&a.CodeDeployEcsDeployActionProps{ActionName: s("E"), TaskDefinitionTemplateInput: cp.NewArtifact(s("a"), nil),
			AppSpecTemplateInput: cp.NewArtifact(s("b"), nil), AppSpecTemplateFile: cp.NewArtifact(s("c"), nil).AtPath(s("x")),
			DeploymentGroup: importedEcsGroup(st)})
	}
	errorCases["CodeDeployTooManyImages"] = func(st awscdk.Stack) {
		var ins []*a.CodeDeployEcsContainerImageInput
		for _, n := range []string{"i1", "i2", "i3", "i4", "i5"} {
			ins = append(ins, &a.CodeDeployEcsContainerImageInput{Input: cp.NewArtifact(s(n), nil)})
		}
		a.NewCodeDeployEcsDeployAction(&a.CodeDeployEcsDeployActionProps{ActionName: s("E"), TaskDefinitionTemplateInput: cp.NewArtifact(s("a"), nil),
			AppSpecTemplateInput: cp.NewArtifact(s("b"), nil), ContainerImageInputs: &ins, DeploymentGroup: importedEcsGroup(st)})
	}
}
