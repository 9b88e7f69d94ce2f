// Package awscodedeploy offers AWS CodeDeploy's resources: the generated L1
// classes (CfnApplication, CfnDeploymentConfig, CfnDeploymentGroup, one
// *_gen.go file per CloudFormation resource type) and the hand-written
// L2 constructs of aws-cdk-go's package of the same name, which write the
// same templates as aws-cdk-lib 2.276.0:
//
//   - Lambda: LambdaApplication, LambdaDeploymentGroup (which sets the
//     alias's CodeDeployLambdaAliasUpdate update policy), LambdaDeploymentConfig
//     and its predefined configs, TrafficRouting, and the deprecated
//     CustomLambdaDeploymentConfig (a customresources.AwsCustomResource).
//   - ECS: EcsApplication, EcsDeploymentGroup, EcsDeploymentConfig.
//   - Server (EC2 and on-premises): ServerApplication, ServerDeploymentGroup,
//     ServerDeploymentConfig, InstanceTagSet, LoadBalancer, MinimumHealthyHosts.
//
// The predefined deployment configs (LambdaDeploymentConfig_ALL_AT_ONCE and
// the like) are not constructs, as in aws-cdk-lib: asking one for its
// construct node is a mistake, reported as such.
package awscodedeploy
