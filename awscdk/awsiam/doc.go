// Package awsiam is AWS Identity and Access Management: the generated L1s
// (CfnRole, CfnPolicy, ...) and, hand-written on top of them, the L2s of
// aws-cdk-lib's aws-iam module with aws-cdk-go's names: Role, Policy,
// ManagedPolicy, User, Group, PolicyStatement and PolicyDocument, the
// principals, and Grant, through which every other L2 grants permissions.
//
// Policy documents are tokens. They render when the template is resolved,
// and under the @aws-cdk/aws-iam:minimizePolicies flag (set by cdk init)
// merge and sort statements exactly as aws-cdk-lib 2.276.0 does, so
// templates match statement for statement.
package awsiam
