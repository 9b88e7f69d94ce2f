// Package awsbackup is AWS Backup in Strata, with aws-cdk-go's names: the
// generated L1s (CfnBackupVault, CfnBackupPlan, CfnBackupSelection, ...;
// files *_gen.go) and the hand-written L2s: BackupVault (access policy,
// vault lock, SNS notifications, BlockRecoveryPointDeletion, imports by
// name or ARN), BackupPlan (rules, the daily/weekly/monthly plans,
// AddSelection), BackupPlanRule, BackupSelection and BackupResource.
//
// The L2s render what aws-cdk-lib 2.276.0 renders, logical IDs and
// validation messages included; a mistake is reported with the construct
// path. BackupResource_FromConstruct finds the backupable resources below
// a construct (EFS file systems, DynamoDB tables, EC2 instances and
// volumes, RDS instances and clusters) with an aspect, as aws-cdk-lib does.
package awsbackup
