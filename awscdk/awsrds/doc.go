// Package awsrds holds Amazon RDS: the L1 classes generated from the
// CloudFormation specification (Cfn*, in cfn_*_gen.go) and the hand-written
// L2 constructs that mirror aws-cdk-lib's aws-rds: engines and their
// versions, credentials with generated secrets, subnet and parameter groups,
// Aurora clusters (DatabaseCluster with provisioned and Serverless v2
// instances, ServerlessCluster for Aurora Serverless v1), single instances
// (DatabaseInstance and its read replicas), clusters and instances
// restored from snapshots, RDS-managed master passwords, proxies, and
// imports by attributes or through the Cloud Control context provider
// (DatabaseInstance_FromLookup, DatabaseCluster_FromLookup), whose queries
// match aws-cdk-lib's so cdk.context.json files are shared with the CDK CLI.
package awsrds
