package awscodepipelineactions_test

import (
	"github.com/strata-cdk/strata/awscdk"
	cp "github.com/strata-cdk/strata/awscdk/awscodepipeline"
	a "github.com/strata-cdk/strata/awscdk/awscodepipelineactions"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

func importedService(st awscdk.Stack) awsecs.IBaseService {
	cluster := awsecs.Cluster_FromClusterAttributes(st, s("Cluster"), &awsecs.ClusterAttributes{ClusterName: s("c")})
	return awsecs.FargateService_FromFargateServiceAttributes(st, s("Svc"), &awsecs.FargateServiceAttributes{Cluster: cluster, ServiceName: s("svc")})
}

func init() {
	templateCases["Deploy"] = func(st awscdk.Stack) {
		bucket := awss3.NewBucket(st, s("Src"), &awss3.BucketProps{Versioned: jsii.Bool(true)})
		src := cp.NewArtifact(s("Src"), nil)
		site := awss3.NewBucket(st, s("Site"), nil)
		key := awskms.NewKey(st, s("Key"), nil)
		service := importedService(st)
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: acts(a.NewS3SourceAction(&a.S3SourceActionProps{ActionName: s("S3"),
			Bucket: bucket, BucketKey: s("k.zip"), Output: src}))})
		p.AddStage(&cp.StageOptions{StageName: s("Deploy"), Actions: acts(
			a.NewS3DeployAction(&a.S3DeployActionProps{ActionName: s("Site"), Bucket: site, Input: src}),
			a.NewS3DeployAction(&a.S3DeployActionProps{ActionName: s("Object"), Bucket: site, Input: src, Extract: jsii.Bool(false), ObjectKey: s("a/b.zip"),
				AccessControl: awss3.BucketAccessControl_PUBLIC_READ, EncryptionKey: key,
				CacheControl: &[]a.CacheControl{a.CacheControl_SetPublic(), a.CacheControl_MaxAge(awscdk.Duration_Hours(jsii.Number(1))), a.CacheControl_FromString(s("x"))}}),
			a.NewEcsDeployAction(&a.EcsDeployActionProps{ActionName: s("Ecs"), Service: service, ImageFile: src.AtPath(s("images.json")),
				DeploymentTimeout: awscdk.Duration_Minutes(jsii.Number(30)), RunOrder: jsii.Number(2)}),
			a.NewEcsDeployAction(&a.EcsDeployActionProps{ActionName: s("Ecs2"), Service: service, Input: src, RunOrder: jsii.Number(3)}),
		)})
	}
	errorCases["EcsNoInput"] = func(st awscdk.Stack) {
		a.NewEcsDeployAction(&a.EcsDeployActionProps{ActionName: s("E"), Service: importedService(st)})
	}
	errorCases["EcsTimeout"] = func(st awscdk.Stack) {
		a.NewEcsDeployAction(&a.EcsDeployActionProps{ActionName: s("E"), Input: cp.NewArtifact(s("a"), nil),
			DeploymentTimeout: awscdk.Duration_Minutes(jsii.Number(61)), Service: importedService(st)})
	}
}
