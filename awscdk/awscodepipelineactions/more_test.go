package awscodepipelineactions_test

import (
	"github.com/strata-cdk/strata/awscdk"
	cp "github.com/strata-cdk/strata/awscdk/awscodepipeline"
	a "github.com/strata-cdk/strata/awscdk/awscodepipelineactions"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

func init() {
	templateCases["More"] = func(st awscdk.Stack) {
		bucket := awss3.NewBucket(st, s("Src"), &awss3.BucketProps{Versioned: jsii.Bool(true)})
		src := cp.NewArtifact(s("Src"), nil)
		repo := awsecr.NewRepository(st, s("Images"), nil)
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: acts(a.NewS3SourceAction(&a.S3SourceActionProps{ActionName: s("S3"),
			Bucket: bucket, BucketKey: s("k.zip"), Output: src}))})
		pub := a.NewEcrBuildAndPublishAction(&a.EcrBuildAndPublishActionProps{ActionName: s("Publish"), Input: src, RepositoryName: s("app"),
			RunOrder: jsii.Number(2), DockerfileDirectoryPath: s("docker"), ImageTags: jsii.Strings("a", "b"), RegistryType: a.RegistryType_PUBLIC})
		p.AddStage(&cp.StageOptions{StageName: s("Build"), Actions: acts(
			a.NewEcrBuildAndPublishAction(&a.EcrBuildAndPublishActionProps{ActionName: s("Build"), Input: src, RepositoryName: s("app")}),
			pub,
			a.NewInspectorEcrImageScanAction(&a.InspectorEcrImageScanActionProps{ActionName: s("ScanImage"), Repository: repo, ImageTag: s("v1"),
				Output: cp.NewArtifact(s("ScanOut"), nil), CriticalThreshold: jsii.Number(0), HighThreshold: jsii.Number(1),
				MediumThreshold: jsii.Number(2), LowThreshold: jsii.Number(3), RunOrder: jsii.Number(3)}),
			a.NewInspectorSourceCodeScanAction(&a.InspectorSourceCodeScanActionProps{ActionName: s("ScanCode"), Input: src,
				Output: cp.NewArtifact(s("CodeScanOut"), nil), RunOrder: jsii.Number(3)}),
		)})
		p.AddStage(&cp.StageOptions{StageName: s("Deploy"), Actions: acts(
			a.NewAlexaSkillDeployAction(&a.AlexaSkillDeployActionProps{ActionName: s("Alexa"), ClientId: s("id"),
				ClientSecret: awscdk.SecretValue_UnsafePlainText(s("secret")), RefreshToken: awscdk.SecretValue_SecretsManager(s("rt"), nil),
				SkillId: s("skill"), Input: src}),
			a.NewServiceCatalogDeployActionBeta1(&a.ServiceCatalogDeployActionBeta1Props{ActionName: s("Catalog"), ProductId: s("prod-1"),
				ProductVersionName: s("v1"), ProductVersionDescription: pub.Variables().EcrImageDigestId, TemplatePath: src.AtPath(s("t.json"))}),
		)})
	}
}
