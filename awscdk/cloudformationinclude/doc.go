// Package cloudformationinclude includes an existing CloudFormation
// template (JSON or YAML, with the short-form tags) in a stack, as
// aws-cdk-lib's cloudformation-include module does.
//
// Design. aws-cdk-lib maps each resource type to its L1 class and calls
// the class's generated fromCloudFormation. Strata's generated L1s already
// carry, in the `cfn` struct tag of every props field, the CloudFormation
// name and a description of the accepted kinds (string, number, boolean,
// list, map, property type, JSON). So no per-type parsing code is
// generated: registry_gen.go (written by gen_registry.sh from the L1
// sources) holds only two immutable switches, CloudFormation type to
// NewCfnXxx constructor and property type name to its Go struct, and
// props.go fills the props struct by reflection over the tags, after the
// parser (parser.go) has turned intrinsics into tokens that follow the
// referenced element's final logical ID. GetResource("Bucket").(awss3.CfnBucket)
// works for every registered type; a resource of any other type becomes a
// CfnResource carrying its properties as written (top-level properties of
// AWS:: types ordered as aws-cdk-lib's L1 would render them).
//
// Compile cost. Each package the registry names is compiled into every
// program that imports this package. Measured here with an empty build
// cache (2 cores shared with other builds, so CPU time is the number to
// read): the core plus s3, sqs, sns, iam and lambda cost 42.8 s of CPU;
// the other 13 packages the registry names (kms, logs, dynamodb, ec2,
// events, ssm, secretsmanager, cloudwatch, apigateway, route53, ecr,
// stepfunctions and the core's own L1s) add 31.9 s, about 0.7 s per 1,000
// generated lines. The 326 L1 packages hold 419,000 generated lines, so
// naming all of them would cost every user of this package about 5 minutes
// of CPU on a cold cache: the registry is limited to 18 packages (304
// resource types, 749 property types); any other type is included as a
// CfnResource that renders the same template but cannot be asserted to
// its typed L1.
//
// Not done: the typed parsing of CreationPolicy and UpdatePolicy (kept as
// raw overrides), the AWS::CodeDeploy::BlueGreen hook (included as a plain
// CfnHook), and extra properties nested inside property types (the whole
// value is then kept as written).
package cloudformationinclude

//go:generate ./gen_registry.sh
