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
// program that imports this package. Measured here (cold build cache, 2
// shared cores): the core and the first five packages (s3, sqs, sns, iam,
// lambda) cost about 43 s of CPU; the registry now names 18 packages (304
// resource types). The 326 L1 packages hold about 419,000 generated lines
// against about 53,000 for these 18, so naming all of them would cost every
// user of this package several minutes of CPU on a cold cache, which is why
// the list is limited to commonly used services.
//
// Not done: the typed parsing of CreationPolicy and UpdatePolicy (kept as
// raw overrides), the AWS::CodeDeploy::BlueGreen hook (included as a plain
// CfnHook), and extra properties nested inside property types (the whole
// value is then kept as written).
package cloudformationinclude
