// Package awsrds holds Amazon RDS: the L1 classes generated from the
// CloudFormation specification (Cfn*, in cfn_*_gen.go) and the hand-written
// L2 constructs that mirror aws-cdk-lib's aws-rds: engines and their
// versions, credentials with generated secrets, subnet and parameter groups,
// Aurora clusters (DatabaseCluster with provisioned and Serverless v2
// instances) and single instances (DatabaseInstance and its read replicas).
package awsrds
