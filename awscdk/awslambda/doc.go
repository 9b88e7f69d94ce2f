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
// synthesis never runs Docker), SingletonFunction, Version, Alias,
// LayerVersion, event source mappings (AddEventSource with
// awslambdaeventsources, AddEventSourceMapping), function URLs
// (AddFunctionUrl, GrantInvokeUrl), permissions and grants (AddPermission,
// GrantInvoke), and imported functions, versions, aliases and layers.
//
// The L2s render what aws-cdk-lib 2.276.0 renders, and report mistakes
// with the construct path at synthesis. Not provided yet: VPC placement,
// destinations, code signing, Code_FromDockerBuild/FromCustomCommand,
// metrics.
package awslambda
