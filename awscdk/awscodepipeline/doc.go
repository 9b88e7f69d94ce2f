// Package awscodepipeline is aws-cdk-go's aws_codepipeline module: the L1s
// CfnPipeline, CfnCustomActionType and CfnWebhook (generated, cfn_*_gen.go)
// and the hand-written L2 Pipeline with its artifact bucket (and KMS key
// and alias under CrossAccountKeys), role, stages (AddStage, placement,
// disabled transitions, stage conditions), V1/V2 types, variables,
// triggers and execution modes, EventBridge rules and CodeStar
// notifications, and imported pipelines (Pipeline_FromPipelineArn).
//
// Actions come from awscodepipelineactions, or from a Go type embedding
// Action (NewAction_Override) that defines ProvidedActionProperties and
// Bound. The pipeline gives each AWS-owned action a role it can assume,
// a role in another account (the resource's stack or a cross-account
// support stack) and a replication bucket in another region (the
// resource's stack or a cross-region support stack) as aws-cdk-lib does.
//
// Templates match aws-cdk-lib 2.276.0's; testdata/twins.js holds the
// aws-cdk-lib programs the goldens come from.
package awscodepipeline
