// Package awssecretsmanager is AWS Secrets Manager: the generated L1
// resources (Cfn*) and the hand-written L2 constructs of aws-cdk-lib's
// aws-secretsmanager module — Secret (generated or given values, KMS
// encryption, replicas, grants, resource policies, imports by name and ARN),
// RotationSchedule with a rotation Lambda or a hosted rotation, and
// SecretTargetAttachment.
package awssecretsmanager
