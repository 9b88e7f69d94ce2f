// Package awskinesis is aws-cdk-go's awskinesis: the generated L1s and the
// Kinesis Data Streams L2s — Stream (provisioned or on-demand, shard count,
// retention, shard-level metrics, encryption: the AWS managed key outside
// the China regions by default, a customer managed key created or given,
// or none), its grants (read, write, read-write, with the key's grants and,
// for principals in other accounts, the stream's resource policy without
// the actions Kinesis policies reject), its CloudWatch metrics, imports by
// ARN or attributes; StreamConsumer (enhanced fan-out, grants, imports)
// and ResourcePolicy — templates identical to aws-cdk-lib 2.276.0's
// (testdata/, from twins.js).
package awskinesis
