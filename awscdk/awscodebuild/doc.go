// Package awscodebuild is aws-cdk-go's aws_codebuild module: the L1s
// (CfnProject, CfnReportGroup, CfnFleet, CfnSourceCredential; generated,
// cfn_*_gen.go) and the hand-written L2s: Project and PipelineProject with
// their service role and its policy, build images (LinuxBuildImage,
// LinuxArmBuildImage, WindowsBuildImage, the Lambda images, MacBuildImage),
// BuildSpec, sources (S3, CodeCommit, GitHub, GitHub Enterprise, Bitbucket)
// with webhook FilterGroups, artifacts, caches, VPC placement and
// Connections, logging, environment variables backed by Parameter Store or
// Secrets Manager, EFS file system locations, EventBridge rules and
// CloudWatch metrics; ReportGroup; and the source credential constructs.
//
// Templates match aws-cdk-lib 2.276.0's; testdata/twins.js holds the
// aws-cdk-lib programs the goldens come from.
package awscodebuild
