// Package awsdynamodb is aws-cdk-go's awsdynamodb: the generated L1s
// (CfnTable, CfnGlobalTable) and the Table L2 — keys, billing modes,
// global and local secondary indexes (multi-attribute keys included),
// streams, TTL, point-in-time recovery, contributor insights, encryption
// (owned, AWS managed, customer managed with a created or given key),
// resource policies, S3 imports, grants on the table, its indexes and its
// stream, and imports by name, ARN or attributes — templates identical to
// aws-cdk-lib 2.276.0's (testdata/, from twins.js).
//
// TableV2 (AWS::DynamoDB::GlobalTable): Billing_OnDemand/Billing_Provisioned
// with Capacity_Fixed/Capacity_Autoscaled, indexes with per-replica read
// capacity, streams, TTL, PITR, deletion protection, TableEncryptionV2,
// contributor insights, tags (props and Tags.of, on every replica), replicas
// (AddReplica, Replica), multi-region strong consistency with a witness,
// resource and stream policies, TableBaseV2 grants and TableV2_From*.
//
// Table's AutoScale* methods scale the table's or an index's provisioned
// capacity through awsapplicationautoscaling (IScalableTableAttribute).
// TableV2MultiAccountReplica replicates another account's global table.
// TableBase and TableBaseV2 can be "subclassed" with New*_Override.
//
// Not yet: Table's replicationRegions (global tables through a custom
// resource).
package awsdynamodb
