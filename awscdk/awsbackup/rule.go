package awsbackup

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsbackup"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IndexActionResourceType is a resource type whose backups are indexed.
type IndexActionResourceType interface {
	Value() *string
	// ToString is the value.
	ToString() *string
}

type indexActionResourceType struct{ value string }

func (t *indexActionResourceType) Value() *string    { return jsii.String(t.value) }
func (t *indexActionResourceType) ToString() *string { return jsii.String(t.value) }

// NewIndexActionResourceType is a resource type named value.
func NewIndexActionResourceType(value *string) IndexActionResourceType {
	return &indexActionResourceType{value: deref(value)}
}

// NewIndexActionResourceType_Override initialises outer, a type embedding IndexActionResourceType.
func NewIndexActionResourceType_Override(outer IndexActionResourceType, value *string) {
	l2.Override(outer, NewIndexActionResourceType(value))
}

// IndexActionResourceType_EBS is Amazon EBS snapshots.
func IndexActionResourceType_EBS() IndexActionResourceType {
	return &indexActionResourceType{value: "EBS"}
}

// IndexActionResourceType_S3 is Amazon S3 backups.
func IndexActionResourceType_S3() IndexActionResourceType {
	return &indexActionResourceType{value: "S3"}
}

// BackupPlanCopyActionProps copy a rule's recovery points to another vault.
type BackupPlanCopyActionProps struct {
	DestinationBackupVault interfacesawsbackup.IBackupVaultRef `field:"required" json:"destinationBackupVault" yaml:"destinationBackupVault"`
	DeleteAfter            awscdk.Duration                     `field:"optional" json:"deleteAfter" yaml:"deleteAfter"`
	MoveToColdStorageAfter awscdk.Duration                     `field:"optional" json:"moveToColdStorageAfter" yaml:"moveToColdStorageAfter"`
}

// BackupPlanIndexActionProps index a rule's recovery points.
type BackupPlanIndexActionProps struct {
	ResourceTypes *[]IndexActionResourceType `field:"required" json:"resourceTypes" yaml:"resourceTypes"`
}

// BackupPlanRuleProps are the props of NewBackupPlanRule.
type BackupPlanRuleProps struct {
	// Default: the plan's vault.
	BackupVault interfacesawsbackup.IBackupVaultRef `field:"optional" json:"backupVault" yaml:"backupVault"`
	// How long a started job may run. Default: 7 days (AWS Backup's).
	CompletionWindow awscdk.Duration               `field:"optional" json:"completionWindow" yaml:"completionWindow"`
	CopyActions      *[]*BackupPlanCopyActionProps `field:"optional" json:"copyActions" yaml:"copyActions"`
	// When recovery points are deleted. Default: never (35 days with continuous backup).
	DeleteAfter            awscdk.Duration                `field:"optional" json:"deleteAfter" yaml:"deleteAfter"`
	EnableContinuousBackup *bool                          `field:"optional" json:"enableContinuousBackup" yaml:"enableContinuousBackup"`
	IndexActions           *[]*BackupPlanIndexActionProps `field:"optional" json:"indexActions" yaml:"indexActions"`
	MoveToColdStorageAfter awscdk.Duration                `field:"optional" json:"moveToColdStorageAfter" yaml:"moveToColdStorageAfter"`
	RecoveryPointTags      *map[string]*string            `field:"optional" json:"recoveryPointTags" yaml:"recoveryPointTags"`
	// Default: "<plan id>Rule<index>".
	RuleName *string `field:"optional" json:"ruleName" yaml:"ruleName"`
	// A cron schedule. Default: AWS Backup's (daily at 5:00 UTC).
	ScheduleExpression         awsevents.Schedule `field:"optional" json:"scheduleExpression" yaml:"scheduleExpression"`
	ScheduleExpressionTimezone awscdk.TimeZone    `field:"optional" json:"scheduleExpressionTimezone" yaml:"scheduleExpressionTimezone"`
	// How long after the scheduled time a job may start. Default: 8 hours (AWS Backup's).
	StartWindow awscdk.Duration `field:"optional" json:"startWindow" yaml:"startWindow"`
}

// BackupPlanRule is a rule of a backup plan.
type BackupPlanRule interface {
	Props() *BackupPlanRuleProps
}

type backupPlanRule struct{ props BackupPlanRuleProps }

func (r *backupPlanRule) Props() *BackupPlanRuleProps { p := r.props; return &p }

func resolved(d awscdk.Duration) bool { return d != nil && !*d.IsUnresolved() }

// NewBackupPlanRule makes a rule; inconsistent props are a mistake (no
// construct path: a rule is not a construct, as in aws-cdk-lib).
func NewBackupPlanRule(props *BackupPlanRuleProps) BackupPlanRule {
	if props == nil {
		props = &BackupPlanRuleProps{}
	}
	p := *props
	if resolved(p.DeleteAfter) && resolved(p.MoveToColdStorageAfter) && *p.DeleteAfter.ToDays(nil) < *p.MoveToColdStorageAfter.ToDays(nil) {
		diag.Panic("", "`deleteAfter` must be greater than `moveToColdStorageAfter`")
	}
	if p.ScheduleExpression != nil && !strings.HasPrefix(deref(p.ScheduleExpression.ExpressionString()), "cron") {
		diag.Panic("", "`scheduleExpression` must be of type `cron`")
	}
	continuous := isTrue(p.EnableContinuousBackup)
	if continuous && p.MoveToColdStorageAfter != nil {
		diag.Panic("", "`moveToColdStorageAfter` must not be specified if `enableContinuousBackup` is enabled")
	}
	if continuous && resolved(p.DeleteAfter) && (*p.DeleteAfter.ToDays(nil) < 1 || *p.DeleteAfter.ToDays(nil) > 35) {
		diag.Panic("", "'deleteAfter' must be between 1 and 35 days if 'enableContinuousBackup' is enabled, but got %s", *p.DeleteAfter.ToHumanString())
	}
	if p.CopyActions != nil {
		for _, ca := range *p.CopyActions {
			if ca != nil && resolved(ca.DeleteAfter) && resolved(ca.MoveToColdStorageAfter) &&
				*ca.DeleteAfter.ToDays(nil) < *ca.MoveToColdStorageAfter.ToDays(nil)+90 {
				diag.Panic("", "'deleteAfter' must at least 90 days later than corresponding 'moveToColdStorageAfter'\nreceived 'deleteAfter: %s' and 'moveToColdStorageAfter: %s'",
					num(ca.DeleteAfter.ToDays(nil)), num(ca.MoveToColdStorageAfter.ToDays(nil)))
			}
		}
	}
	if continuous && p.DeleteAfter == nil {
		p.DeleteAfter = awscdk.Duration_Days(jsii.Number(35))
	}
	return &backupPlanRule{props: p}
}

// NewBackupPlanRule_Override initialises outer, a type embedding BackupPlanRule.
func NewBackupPlanRule_Override(outer BackupPlanRule, props *BackupPlanRuleProps) {
	l2.Override(outer, NewBackupPlanRule(props))
}

func cron(day, weekDay string) awsevents.Schedule {
	o := &awsevents.CronOptions{Hour: jsii.String("5"), Minute: jsii.String("0")}
	if day != "" {
		o.Day = jsii.String(day)
	}
	if weekDay != "" {
		o.WeekDay = jsii.String(weekDay)
	}
	return awsevents.Schedule_Cron(o)
}

func days(n float64) awscdk.Duration { return awscdk.Duration_Days(jsii.Number(n)) }

// BackupPlanRule_Daily runs at 5:00 UTC every day and keeps recovery points 35 days.
func BackupPlanRule_Daily(backupVault interfacesawsbackup.IBackupVaultRef) BackupPlanRule {
	return NewBackupPlanRule(&BackupPlanRuleProps{BackupVault: backupVault, RuleName: jsii.String("Daily"),
		ScheduleExpression: cron("", ""), DeleteAfter: days(35)})
}

// BackupPlanRule_Weekly runs at 5:00 UTC every Saturday and keeps recovery points 90 days.
func BackupPlanRule_Weekly(backupVault interfacesawsbackup.IBackupVaultRef) BackupPlanRule {
	return NewBackupPlanRule(&BackupPlanRuleProps{BackupVault: backupVault, RuleName: jsii.String("Weekly"),
		ScheduleExpression: cron("", "SAT"), DeleteAfter: days(90)})
}

// BackupPlanRule_Monthly1Year runs on the 1st of the month, moves to cold storage after 30 days, keeps 1 year.
func BackupPlanRule_Monthly1Year(backupVault interfacesawsbackup.IBackupVaultRef) BackupPlanRule {
	return NewBackupPlanRule(&BackupPlanRuleProps{BackupVault: backupVault, RuleName: jsii.String("Monthly1Year"),
		ScheduleExpression: cron("1", ""), MoveToColdStorageAfter: days(30), DeleteAfter: days(365)})
}

// BackupPlanRule_Monthly5Year runs on the 1st of the month, moves to cold storage after 90 days, keeps 5 years.
func BackupPlanRule_Monthly5Year(backupVault interfacesawsbackup.IBackupVaultRef) BackupPlanRule {
	return NewBackupPlanRule(&BackupPlanRuleProps{BackupVault: backupVault, RuleName: jsii.String("Monthly5Year"),
		ScheduleExpression: cron("1", ""), MoveToColdStorageAfter: days(90), DeleteAfter: days(365 * 5)})
}

// BackupPlanRule_Monthly7Year runs on the 1st of the month, moves to cold storage after 90 days, keeps 7 years.
func BackupPlanRule_Monthly7Year(backupVault interfacesawsbackup.IBackupVaultRef) BackupPlanRule {
	return NewBackupPlanRule(&BackupPlanRuleProps{BackupVault: backupVault, RuleName: jsii.String("Monthly7Year"),
		ScheduleExpression: cron("1", ""), MoveToColdStorageAfter: days(90), DeleteAfter: days(365 * 7)})
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
