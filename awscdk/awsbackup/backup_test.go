package awsbackup_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsbackup"
	"github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsefs"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

func days(n float64) awscdk.Duration { return awscdk.Duration_Days(jsii.Number(n)) }

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Vault": func(s awscdk.Stack) {
		awsbackup.NewBackupVault(s, jsii.String("Default"), nil)
		topic := awssns.NewTopic(s, jsii.String("Topic"), nil)
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		v := awsbackup.NewBackupVault(s, jsii.String("Full"), &awsbackup.BackupVaultProps{
			BackupVaultName:    jsii.String("my-vault"),
			EncryptionKey:      key,
			NotificationTopic:  topic,
			NotificationEvents: &[]awsbackup.BackupVaultEvents{awsbackup.BackupVaultEvents_BACKUP_JOB_FAILED, awsbackup.BackupVaultEvents_RESTORE_JOB_COMPLETED},
			RemovalPolicy:      awscdk.RemovalPolicy_DESTROY,
			LockConfiguration:  &awsbackup.LockConfiguration{MinRetention: days(7), MaxRetention: days(30), ChangeableFor: days(3)},
			AccessPolicy: awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{Statements: &[]awsiam.PolicyStatement{
				awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Effect: awsiam.Effect_DENY, Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()},
					Actions: jsii.Strings("backup:DeleteBackupVault"), Resources: jsii.Strings("*")}),
			}}),
			BlockRecoveryPointDeletion: jsii.Bool(true),
		})
		awsbackup.NewBackupVault(s, jsii.String("AllEvents"), &awsbackup.BackupVaultProps{NotificationTopic: topic,
			LockConfiguration: &awsbackup.LockConfiguration{MinRetention: days(1)}})
		blocked := awsbackup.NewBackupVault(s, jsii.String("Blocked"), nil)
		blocked.BlockRecoveryPointDeletion()
		blocked.AddToAccessPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Principals: &[]awsiam.IPrincipal{awsiam.NewAccountRootPrincipal()},
			Actions: jsii.Strings("backup:CopyIntoBackupVault"), Resources: jsii.Strings("*")}))
		role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		v.Grant(role, jsii.String("backup:StartBackupJob"))
		byName := awsbackup.BackupVault_FromBackupVaultName(s, jsii.String("ByName"), jsii.String("other-vault"))
		byArn := awsbackup.BackupVault_FromBackupVaultArn(s, jsii.String("ByArn"), jsii.String("arn:aws:backup:us-east-1:123456789012:backup-vault:third"))
		byArn.Grant(role, jsii.String("backup:ListRecoveryPointsByBackupVault"))
		out(s, "Name", v.BackupVaultName())
		out(s, "Arn", v.BackupVaultArn())
		out(s, "ByNameArn", byName.BackupVaultArn())
		out(s, "ByArnName", byArn.BackupVaultName())
	},
	"Plans": func(s awscdk.Stack) {
		vault := awsbackup.NewBackupVault(s, jsii.String("Vault"), nil)
		awsbackup.BackupPlan_Daily35DayRetention(s, jsii.String("Daily"), nil)
		awsbackup.BackupPlan_DailyMonthly1YearRetention(s, jsii.String("Monthly1"), vault)
		awsbackup.BackupPlan_DailyWeeklyMonthly5YearRetention(s, jsii.String("Five"), vault)
		seven := awsbackup.BackupPlan_DailyWeeklyMonthly7YearRetention(s, jsii.String("Seven"), nil)
		out(s, "SevenVault", seven.BackupVault().BackupVaultName())
		out(s, "SevenId", seven.BackupPlanId())
		out(s, "SevenArn", seven.BackupPlanArn())
		out(s, "SevenVersion", seven.VersionId())
		imported := awsbackup.BackupPlan_FromBackupPlanId(s, jsii.String("Imported"), jsii.String("plan-id"))
		awsbackup.NewBackupSelection(s, jsii.String("OnImported"), &awsbackup.BackupSelectionProps{BackupPlan: imported,
			Resources: &[]awsbackup.BackupResource{awsbackup.BackupResource_FromArn(jsii.String("arn:aws:dynamodb:us-east-1:123456789012:table/t"))}})
	},
	"Rules": func(s awscdk.Stack) {
		vault := awsbackup.NewBackupVault(s, jsii.String("Vault"), nil)
		other := awsbackup.NewBackupVault(s, jsii.String("Other"), nil)
		plan := awsbackup.NewBackupPlan(s, jsii.String("Plan"), &awsbackup.BackupPlanProps{
			BackupPlanName: jsii.String("my-plan"),
			WindowsVss:     jsii.Bool(true),
			BackupPlanRules: &[]awsbackup.BackupPlanRule{awsbackup.NewBackupPlanRule(&awsbackup.BackupPlanRuleProps{
				BackupVault:                vault,
				RuleName:                   jsii.String("Custom"),
				CompletionWindow:           awscdk.Duration_Hours(jsii.Number(2)),
				StartWindow:                awscdk.Duration_Hours(jsii.Number(1)),
				DeleteAfter:                days(400),
				MoveToColdStorageAfter:     days(30),
				ScheduleExpression:         awsevents.Schedule_Cron(&awsevents.CronOptions{Hour: jsii.String("3"), Minute: jsii.String("30")}),
				ScheduleExpressionTimezone: awscdk.TimeZone_EUROPE_PARIS(),
				RecoveryPointTags:          &map[string]*string{"team": jsii.String("storage"), "env": jsii.String("prod")},
				CopyActions: &[]*awsbackup.BackupPlanCopyActionProps{
					{DestinationBackupVault: other, DeleteAfter: days(120), MoveToColdStorageAfter: days(30)},
					{DestinationBackupVault: other},
				},
				IndexActions: &[]*awsbackup.BackupPlanIndexActionProps{{ResourceTypes: &[]awsbackup.IndexActionResourceType{
					awsbackup.IndexActionResourceType_EBS(), awsbackup.IndexActionResourceType_S3()}}},
			})},
		})
		plan.AddRule(awsbackup.NewBackupPlanRule(&awsbackup.BackupPlanRuleProps{EnableContinuousBackup: jsii.Bool(true)}))
		plan.AddRule(awsbackup.NewBackupPlanRule(&awsbackup.BackupPlanRuleProps{EnableContinuousBackup: jsii.Bool(true), DeleteAfter: days(10)}))
		plan.AddRule(awsbackup.NewBackupPlanRule(&awsbackup.BackupPlanRuleProps{}))
		plan.AddRule(awsbackup.BackupPlanRule_Weekly(other))
		plan.AddRule(awsbackup.BackupPlanRule_Monthly1Year(nil))
		plan.AddRule(awsbackup.BackupPlanRule_Monthly5Year(nil))
		plan.AddRule(awsbackup.BackupPlanRule_Monthly7Year(nil))
		plan.AddRule(awsbackup.BackupPlanRule_Daily(nil))
		custom := awsbackup.NewIndexActionResourceType(jsii.String("EFS"))
		plan.AddRule(awsbackup.NewBackupPlanRule(&awsbackup.BackupPlanRuleProps{IndexActions: &[]*awsbackup.BackupPlanIndexActionProps{
			{ResourceTypes: &[]awsbackup.IndexActionResourceType{custom}}}}))
	},
	"Selections": func(s awscdk.Stack) {
		plan := awsbackup.BackupPlan_Daily35DayRetention(s, jsii.String("Plan"), nil)
		vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(1), NatGateways: jsii.Number(0), RestrictDefaultSecurityGroup: jsii.Bool(false)})
		fs := awsefs.NewFileSystem(s, jsii.String("Fs"), &awsefs.FileSystemProps{Vpc: vpc})
		table := awsdynamodb.NewTable(s, jsii.String("Table"), &awsdynamodb.TableProps{PartitionKey: &awsdynamodb.Attribute{Name: jsii.String("id"), Type: awsdynamodb.AttributeType_STRING}})
		plan.AddSelection(jsii.String("Arns"), &awsbackup.BackupSelectionOptions{Resources: &[]awsbackup.BackupResource{
			awsbackup.BackupResource_FromArn(jsii.String("arn:aws:s3:::my-bucket")),
			awsbackup.BackupResource_FromDynamoDbTable(table),
			awsbackup.BackupResource_FromEfsFileSystem(fs),
			awsbackup.BackupResource_FromTag(jsii.String("stage"), jsii.String("prod"), ""),
			awsbackup.BackupResource_FromTag(jsii.String("team"), jsii.String("storage"), awsbackup.TagOperation_STRING_EQUALS),
		}})
		plan.AddSelection(jsii.String("Construct"), &awsbackup.BackupSelectionOptions{Resources: &[]awsbackup.BackupResource{awsbackup.BackupResource_FromConstruct(s)},
			AllowRestores: jsii.Bool(true), BackupSelectionName: jsii.String("everything")})
		role := awsiam.NewRole(s, jsii.String("BackupRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("backup.amazonaws.com"), nil)})
		sel := awsbackup.NewBackupSelection(s, jsii.String("Explicit"), &awsbackup.BackupSelectionProps{BackupPlan: plan, Role: role, DisableDefaultBackupPolicy: jsii.Bool(true),
			Resources: &[]awsbackup.BackupResource{awsbackup.NewBackupResource(jsii.String("arn:aws:ec2:us-east-1:123456789012:volume/*"), nil, nil)}})
		out(s, "SelectionId", sel.SelectionId())
		out(s, "PlanId", sel.BackupPlanId())
	},
	"Resources": func(s awscdk.Stack) {
		plan := awsbackup.BackupPlan_Daily35DayRetention(s, jsii.String("Plan"), nil)
		group := constructs.NewConstruct(s, jsii.String("Group"))
		instance := awsec2.NewCfnInstance(group, jsii.String("Instance"), &awsec2.CfnInstanceProps{ImageId: jsii.String("ami-0123456789abcdef0"), InstanceType: jsii.String("t3.micro")})
		awsec2.NewCfnVolume(group, jsii.String("Volume"), &awsec2.CfnVolumeProps{AvailabilityZone: jsii.String("us-east-1a"), Size: jsii.Number(10)})
		db := awsrds.NewCfnDBInstance(group, jsii.String("Db"), &awsrds.CfnDBInstanceProps{DbInstanceClass: jsii.String("db.t3.micro"), Engine: jsii.String("mysql"),
			AllocatedStorage: jsii.String("20"), MasterUsername: jsii.String("admin"), ManageMasterUserPassword: jsii.Bool(true)})
		cluster := awsrds.NewCfnDBCluster(group, jsii.String("Cluster"), &awsrds.CfnDBClusterProps{Engine: jsii.String("aurora-mysql"), MasterUsername: jsii.String("admin"),
			ManageMasterUserPassword: jsii.Bool(true)})
		awsrds.NewCfnDBInstance(group, jsii.String("Member"), &awsrds.CfnDBInstanceProps{DbInstanceClass: jsii.String("db.r6g.large"), Engine: jsii.String("aurora-mysql"),
			DbClusterIdentifier: cluster.Ref()})
		awsdynamodb.NewCfnTable(group, jsii.String("Table"), &awsdynamodb.CfnTableProps{
			KeySchema:            []interface{}{&awsdynamodb.CfnTable_KeySchemaProperty{AttributeName: jsii.String("id"), KeyType: jsii.String("HASH")}},
			AttributeDefinitions: []interface{}{&awsdynamodb.CfnTable_AttributeDefinitionProperty{AttributeName: jsii.String("id"), AttributeType: jsii.String("S")}},
			BillingMode:          jsii.String("PAY_PER_REQUEST")})
		plan.AddSelection(jsii.String("Refs"), &awsbackup.BackupSelectionOptions{Resources: &[]awsbackup.BackupResource{
			awsbackup.BackupResource_FromEc2Instance(instance),
			awsbackup.BackupResource_FromRdsDatabaseInstance(db),
			awsbackup.BackupResource_FromRdsDatabaseCluster(cluster),
			awsbackup.BackupResource_FromRdsServerlessCluster(cluster),
		}})
		plan.AddSelection(jsii.String("Found"), &awsbackup.BackupSelectionOptions{Resources: &[]awsbackup.BackupResource{
			awsbackup.BackupResource_FromConstruct(group), awsbackup.BackupResource_FromArn(jsii.String("arn:aws:s3:::first"))}})
	},
}

func TestTemplates(t *testing.T) {
	checkTemplates(t, templateCases, func(name string) *awscdk.StackProps {
		if name == "Selections" {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("us-east-1")}}
		}
		return nil
	})
}

func lock(l *awsbackup.LockConfiguration) func(s awscdk.Stack) {
	return func(s awscdk.Stack) {
		awsbackup.NewBackupVault(s, jsii.String("V"), &awsbackup.BackupVaultProps{LockConfiguration: l})
	}
}

func rule(p *awsbackup.BackupPlanRuleProps) func(s awscdk.Stack) {
	return func(s awscdk.Stack) { awsbackup.NewBackupPlanRule(p) }
}

var errorCases = map[string]func(s awscdk.Stack){
	"BadVaultName": func(s awscdk.Stack) {
		awsbackup.NewBackupVault(s, jsii.String("V"), &awsbackup.BackupVaultProps{BackupVaultName: jsii.String("a")})
	},
	"LockCoolingOff":  lock(&awsbackup.LockConfiguration{MinRetention: days(1), ChangeableFor: awscdk.Duration_Hours(jsii.Number(24))}),
	"LockMaxTooLong":  lock(&awsbackup.LockConfiguration{MinRetention: days(1), MaxRetention: days(40000)}),
	"LockMaxBelowMin": lock(&awsbackup.LockConfiguration{MinRetention: days(10), MaxRetention: days(5)}),
	"LockMinTooShort": lock(&awsbackup.LockConfiguration{MinRetention: awscdk.Duration_Hours(jsii.Number(12))}),
	"GrantWildcard": func(s awscdk.Stack) {
		awsbackup.NewBackupVault(s, jsii.String("V"), nil).Grant(awsiam.NewAccountRootPrincipal(), jsii.String("backup:*"))
	},
	"ImportArnNoName": func(s awscdk.Stack) {
		awsbackup.BackupVault_FromBackupVaultArn(s, jsii.String("V"), jsii.String("arn:aws:backup:us-east-1:123456789012:backup-vault"))
	},
	"RuleDeleteBeforeCold": rule(&awsbackup.BackupPlanRuleProps{DeleteAfter: days(10), MoveToColdStorageAfter: days(20)}),
	"RuleRate":             rule(&awsbackup.BackupPlanRuleProps{ScheduleExpression: awsevents.Schedule_Rate(awscdk.Duration_Hours(jsii.Number(1)))}),
	"RuleContinuousCold":   rule(&awsbackup.BackupPlanRuleProps{EnableContinuousBackup: jsii.Bool(true), MoveToColdStorageAfter: days(1)}),
	"RuleContinuousRange":  rule(&awsbackup.BackupPlanRuleProps{EnableContinuousBackup: jsii.Bool(true), DeleteAfter: days(40)}),
	"RuleCopyTooEarly": func(s awscdk.Stack) {
		awsbackup.NewBackupPlanRule(&awsbackup.BackupPlanRuleProps{CopyActions: &[]*awsbackup.BackupPlanCopyActionProps{
			{DestinationBackupVault: awsbackup.NewBackupVault(s, jsii.String("V"), nil), DeleteAfter: days(100), MoveToColdStorageAfter: days(30)}}})
	},
	"PlanNoVault": func(s awscdk.Stack) { awsbackup.NewBackupPlan(s, jsii.String("P"), nil).BackupVault() },
	"PlanNoRules": func(s awscdk.Stack) { awsbackup.NewBackupPlan(s, jsii.String("P"), nil) },
}

func TestErrors(t *testing.T) { checkErrors(t, errorCases, nil) }

// A selection needs a plan and resources: nil props fail with the path.
func TestNilProps(t *testing.T) {
	err := synthErr(t, func(app awscdk.App) {
		awsbackup.NewBackupSelection(awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("Sel"), nil)
	})
	if err == nil || !strings.Contains(err.Error(), "S/Sel") {
		t.Errorf("got %v, want an error naming S/Sel", err)
	}
}

// Nil arguments where aws-cdk-lib would hit undefined fail with a clear
// message, never a Go nil-pointer trace.
func TestNilArguments(t *testing.T) {
	for name, build := range map[string]func(s awscdk.Stack){
		"FromDynamoDbTable": func(s awscdk.Stack) { awsbackup.BackupResource_FromDynamoDbTable(nil) },
		"FromEfsFileSystem": func(s awscdk.Stack) { awsbackup.BackupResource_FromEfsFileSystem(nil) },
		"CopyWithoutVault": func(s awscdk.Stack) {
			p := awsbackup.NewBackupPlan(s, jsii.String("P"), nil)
			p.AddRule(awsbackup.NewBackupPlanRule(&awsbackup.BackupPlanRuleProps{CopyActions: &[]*awsbackup.BackupPlanCopyActionProps{{}}}))
		},
		"AddRuleNil": func(s awscdk.Stack) { awsbackup.NewBackupPlan(s, jsii.String("P"), nil).AddRule(nil) },
		"FromArnNil": func(s awscdk.Stack) { awsbackup.BackupVault_FromBackupVaultArn(s, jsii.String("V"), nil) },
	} {
		err := synthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) })
		if err == nil || !strings.Contains(err.Error(), "got nil") {
			t.Errorf("%s: got %v, want a clear error", name, err)
		}
	}
}
