// Package awsecs is Amazon ECS in Strata, with aws-cdk-go's names: the
// generated L1s (CfnCluster, CfnService, CfnTaskDefinition, ...; files
// *_gen.go) and the hand-written L2s:
//
//   - Cluster (its own two-AZ VPC when none is given, Container Insights,
//     Fargate and Managed Instances capacity providers, default capacity
//     provider strategies, a new or existing default Cloud Map namespace, ECS Exec
//     and managed storage settings, metrics, imports) and its EC2 capacity:
//     AddCapacity / ClusterProps.Capacity and AsgCapacityProvider with
//     AddAsgCapacityProvider (the instances' user data and permissions, and
//     a task-draining lifecycle hook whose function runs Strata's own code);
//   - TaskDefinition, FargateTaskDefinition, Ec2TaskDefinition and
//     ExternalTaskDefinition (task and execution roles created as aws-cdk-lib
//     creates them, volumes, runtime platform, placement constraints, App Mesh
//     proxies, imports);
//   - ContainerDefinition through AddContainer (images from a registry, an
//     ECR repository, a Docker image asset or a tag parameter; environment and
//     environment files; Secrets Manager secrets and JSON fields, SSM
//     parameters as secrets (Secret_FromSsmParameter), credential specs in
//     S3 or SSM; port mappings; health checks; every Docker log driver and
//     FireLens; Linux parameters; mount points, ulimits, dependencies,
//     restart policies);
//   - FargateService, Ec2Service and ExternalService (networking and security
//     groups, deployment settings and alarms, circuit breaker, ECS Exec,
//     load balancer targets (ELBv2 and classic) and listener configs,
//     blue/green alternate targets, Cloud Map service discovery
//     (CloudMapOptions, EnableCloudMap, AssociateCloudMapService), Service Connect, service-managed EBS volumes, lifecycle hooks,
//     AutoScaleTaskCount on awsapplicationautoscaling, imports);
//   - ECS-optimized and Bottlerocket AMIs.
//
// The L2s render what aws-cdk-lib 2.276.0 renders: the same logical IDs,
// properties, defaults and validation messages, reported with the
// construct path. Task definitions are also checked against the two
// CloudFormation rules aws-cdk-lib's synth-time validation applies to them
// under the `cdk init` flags: the Fargate CPU/memory table (E3047) and
// duplicate port mappings (F3037), with the same messages on the same L1.
package awsecs
