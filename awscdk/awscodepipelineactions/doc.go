// Package awscodepipelineactions holds the actions of CodePipeline pipelines
// (aws-cdk-lib's aws_codepipeline_actions): sources (S3, CodeCommit, ECR,
// GitHub, CodeStar connections), CodeBuild builds and tests, manual approvals,
// Lambda invocations, CloudFormation stack and change-set actions, and S3 and
// ECS deployments. Each action is handed to awscodepipeline.Pipeline's stages;
// the pipeline binds it, gives it a role and renders it into the
// AWS::CodePipeline::Pipeline resource.
//
// Every action is built on the awscodepipeline.Action base, which the pipeline
// calls back through ProvidedActionProperties and Bound.
package awscodepipelineactions
