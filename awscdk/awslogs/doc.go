// Package awslogs is Amazon CloudWatch Logs: the generated L1s and the
// hand-written L2s with aws-cdk-go's names and aws-cdk-lib 2.276.0's
// behaviour: LogGroup (two years of retention and RETAIN by default,
// grants, resource policy, data protection and field index policies),
// the log group's metrics and ExtractMetric, LogStream, MetricFilter (with
// its metric and unit), SubscriptionFilter with any
// ILogSubscriptionDestination (CrossAccountDestination here), every
// FilterPattern builder, QueryDefinition/QueryString, ResourcePolicy,
// Transformer with its processors, and LogRetention (through Strata's own
// handler, internal/handlers/logretention).
package awslogs
