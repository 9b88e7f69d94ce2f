// Package awslogs is Amazon CloudWatch Logs: the generated L1s and the
// hand-written LogGroup and RetentionDays, with aws-cdk-go's names and
// aws-cdk-lib 2.276.0's defaults (two years of retention, retained on
// stack deletion).
package awslogs
