// Package awsecs is Amazon ECS in Strata, with aws-cdk-go's names: the
// generated L1s (CfnCluster, CfnService, CfnTaskDefinition, ...; files
// *_gen.go) and the hand-written L2s: Cluster (its own VPC when none is
// given, Container Insights, Fargate capacity providers, imports),
// TaskDefinition and FargateTaskDefinition (task and execution roles,
// volumes, runtime platform), ContainerDefinition through AddContainer
// (images from a registry, an ECR repository or a Docker image asset,
// environment, secrets, port mappings, health checks, awslogs logging) and
// FargateService (networking, security groups, deployment settings, load
// balancer targets).
//
// The L2s render what aws-cdk-lib 2.276.0 renders: the same logical IDs,
// properties, defaults and validation messages, reported with the
// construct path at synthesis. Task definitions are also checked against
// the Fargate CPU/memory table and for duplicate port mappings, the two
// CloudFormation rules aws-cdk-lib's synth-time validation applies to them.
package awsecs
