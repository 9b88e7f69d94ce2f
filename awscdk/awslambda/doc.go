// Package awslambda is AWS Lambda in Strata, with aws-cdk-go's names: the
// generated L1s (CfnFunction, CfnPermission, CfnVersion, ...; files
// *_gen.go) and the hand-written L2s: Function (inline, S3 and asset code,
// every Runtime_* of aws-cdk-lib 2.276.0, architectures, environment,
// layers, dead-letter queues and topics, tracing, logging config, the
// execution role with AWSLambdaBasicExecutionRole and the CDK-managed log
// group of @aws-cdk/aws-lambda:useCdkManagedLogGroup, currentVersion with
// aws-cdk-lib's configuration hash, logRetention through Custom::LogRetention
// with Strata's own provider handler), container image functions
// (DockerImageFunction, DockerImageCode_FromImageAsset/FromEcr, built by the
// CLI from an awsecrassets.DockerImageAsset with aws-cdk-lib's source hash;
// synthesis never runs Docker), SingletonFunction, Version, Alias (with
// provisioned concurrency autoscaling, Alias.AddAutoScaling),
// LayerVersion, event source mappings (AddEventSource with
// awslambdaeventsources, AddEventSourceMapping), function URLs
// (AddFunctionUrl, GrantInvokeUrl), permissions and grants (AddPermission,
// GrantInvoke), and imported functions, versions, aliases and layers.
//
// Also: VPC placement (Vpc, VpcSubnets, SecurityGroups, Connections and the
// ENI policy on the role), asynchronous invocation with destinations
// (EventInvokeConfig, ConfigureAsyncInvoke, OnSuccess/OnFailure; the
// destinations are in awslambdadestinations), Metric* helpers, profiling
// (CodeGuru), file systems, SnapStart, runtime management, tenancy,
// durable functions, Lambda Insights, ADOT and the Parameters and Secrets
// extension (named versions resolve per region from layer_facts_gen.go,
// which gen_layer_facts.js writes from aws-cdk-lib's region-info),
// CapacityProvider (Lambda Managed Instances), CfnParametersCode, Kafka
// schema registries, event source filters (FilterRule), and
// Code_FromCustomCommand/FromDockerBuild.
//
// The L2s render what aws-cdk-lib 2.276.0 renders, and report mistakes
// with the construct path at synthesis; FunctionVersionUpgrade forces new
// versions when a version-hashing feature flag flips. S3 Files mounts
// (FileSystem_FromS3FilesAccessPoint) find the access point's file system,
// mount targets and their security groups in the app, as aws-cdk-lib does.
// Not provided: Function_ClassifyVersionProperty (aws-cdk-lib keeps that
// table in a process-wide global).
package awslambda
