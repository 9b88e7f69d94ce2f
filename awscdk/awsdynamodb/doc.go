// Package awsdynamodb is aws-cdk-go's awsdynamodb: the generated L1s
// (CfnTable, CfnGlobalTable) and the Table L2 — keys, billing modes,
// global and local secondary indexes (multi-attribute keys included),
// streams, TTL, point-in-time recovery, contributor insights, encryption
// (owned, AWS managed, customer managed with a created or given key),
// resource policies, S3 imports, grants on the table, its indexes and its
// stream, and imports by name, ARN or attributes — templates identical to
// aws-cdk-lib 2.276.0's (testdata/, from twins.js).
//
// Not yet: TableV2, replicationRegions, auto scaling and the Metric*
// methods (they need the awsapplicationautoscaling and awscloudwatch L2s),
// and the KinesisStream prop (no awskinesis L2 yet).
package awsdynamodb
