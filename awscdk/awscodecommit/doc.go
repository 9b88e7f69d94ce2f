// Package awscodecommit is aws-cdk-go's aws_codecommit module: the L1
// CfnRepository (generated, cfn_*_gen.go) and the hand-written L2
// Repository, with its initial code from a directory, a zip file or an S3
// asset, repository triggers, IAM grants (RepositoryGrants) and EventBridge
// rules for its events. Imported repositories (Repository_FromRepositoryArn,
// Repository_FromRepositoryName) offer the same grants and events.
//
// Templates match aws-cdk-lib 2.276.0's; testdata/twins.js holds the
// aws-cdk-lib programs the goldens come from.
package awscodecommit
