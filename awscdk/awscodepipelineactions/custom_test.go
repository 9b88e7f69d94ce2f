package awscodepipelineactions_test

import (
	"github.com/strata-cdk/strata/awscdk"
	cp "github.com/strata-cdk/strata/awscdk/awscodepipeline"
	a "github.com/strata-cdk/strata/awscdk/awscodepipelineactions"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// myBuild is a user action on this package's Action base.
type myBuild struct{ a.Action }

func (m *myBuild) Bound(scope constructs.Construct, stage cp.IStage, options *cp.ActionBindOptions) *cp.ActionConfig {
	return &cp.ActionConfig{Configuration: map[string]interface{}{"Setting": "on", "Stage": stage.StageName()}}
}

// myApprove is a user action on awscodepipeline's Action base.
type myApprove struct{ cp.Action }

func (m *myApprove) ProvidedActionProperties() *cp.ActionProperties {
	return &cp.ActionProperties{ActionName: s("Base"), Category: cp.ActionCategory_APPROVAL, Provider: s("Manual"),
		ArtifactBounds: &cp.ActionArtifactBounds{MinInputs: jsii.Number(0), MaxInputs: jsii.Number(0), MinOutputs: jsii.Number(0), MaxOutputs: jsii.Number(0)}}
}

func (m *myApprove) Bound(constructs.Construct, cp.IStage, *cp.ActionBindOptions) *cp.ActionConfig {
	return &cp.ActionConfig{}
}

func init() {
	templateCases["Custom"] = func(st awscdk.Stack) {
		bucket := awss3.NewBucket(st, s("Src"), &awss3.BucketProps{Versioned: jsii.Bool(true)})
		src := cp.NewArtifact(s("Src"), nil)
		p := cp.NewPipeline(st, s("Pipeline"), nil)
		p.AddStage(&cp.StageOptions{StageName: s("Source"), Actions: acts(a.NewS3SourceAction(&a.S3SourceActionProps{ActionName: s("S3"),
			Bucket: bucket, BucketKey: s("k.zip"), Output: src}))})
		build := &myBuild{}
		a.NewAction_Override(build, &cp.ActionProperties{ActionName: s("Mine"), Category: cp.ActionCategory_BUILD, Provider: s("MyProvider"),
			Owner: s("Custom"), Version: s("2"), Inputs: &[]cp.Artifact{src},
			ArtifactBounds: &cp.ActionArtifactBounds{MinInputs: jsii.Number(1), MaxInputs: jsii.Number(1), MinOutputs: jsii.Number(0), MaxOutputs: jsii.Number(0)}})
		approve := &myApprove{}
		cp.NewAction_Override(approve)
		p.AddStage(&cp.StageOptions{StageName: s("Build"), Actions: acts(build, approve)})
	}
}
