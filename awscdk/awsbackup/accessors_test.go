package awsbackup_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsbackup"
	"github.com/strata-cdk/strata/jsii"
)

// The accessors the templates do not show.
func TestAccessors(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	v := awsbackup.NewBackupVault(s, jsii.String("V"), nil)
	if v.BackupVaultRef().BackupVaultName != v.BackupVaultName() || v.BackupVaultRef().BackupVaultArn != v.BackupVaultArn() {
		t.Error("BackupVaultRef")
	}
	p := awsbackup.BackupPlan_Daily35DayRetention(s, jsii.String("P"), v)
	if p.BackupPlanRef().BackupPlanId != p.BackupPlanId() || p.BackupVault() != awsbackup.IBackupVault(v) {
		t.Error("BackupPlanRef or BackupVault")
	}
	imported := awsbackup.BackupPlan_FromBackupPlanId(s, jsii.String("I"), jsii.String("plan-1"))
	if *imported.BackupPlanId() != "plan-1" || imported.BackupPlanRef().BackupPlanArn == nil {
		t.Error("imported plan reference")
	}
	r := awsbackup.NewBackupPlanRule(&awsbackup.BackupPlanRuleProps{EnableContinuousBackup: jsii.Bool(true)})
	if *r.Props().DeleteAfter.ToDays(nil) != 35 {
		t.Error("continuous backup's default DeleteAfter is not 35 days")
	}
	if *awsbackup.IndexActionResourceType_S3().ToString() != "S3" || *awsbackup.NewIndexActionResourceType(jsii.String("X")).Value() != "X" {
		t.Error("IndexActionResourceType")
	}
	tag := awsbackup.BackupResource_FromTag(jsii.String("k"), jsii.String("v"), awsbackup.TagOperation_DUMMY)
	if *tag.TagCondition().Key != "k" || tag.Resource() != nil || tag.Construct() != nil {
		t.Error("BackupResource_FromTag")
	}
	if !*awsbackup.BackupVault_IsResource(v) || !*awsbackup.BackupPlan_IsConstruct(p) {
		t.Error("statics")
	}
}
