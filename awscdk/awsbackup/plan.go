package awsbackup

import (
	"strconv"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsbackup"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// BackupPlanProps are the props of NewBackupPlan.
type BackupPlanProps struct {
	// Default: the construct id.
	BackupPlanName  *string           `field:"optional" json:"backupPlanName" yaml:"backupPlanName"`
	BackupPlanRules *[]BackupPlanRule `field:"optional" json:"backupPlanRules" yaml:"backupPlanRules"`
	// The vault of rules that name none. Default: a new vault, made with the first such rule.
	BackupVault interfacesawsbackup.IBackupVaultRef `field:"optional" json:"backupVault" yaml:"backupVault"`
	// Take Windows VSS backups of EC2 instances.
	WindowsVss *bool `field:"optional" json:"windowsVss" yaml:"windowsVss"`
}

// IBackupPlan is a backup plan, defined in this app or imported.
type IBackupPlan interface {
	interfacesawsbackup.IBackupPlanRef
	awscdk.IResource
	BackupPlanId() *string
}

// BackupPlan is a backup plan defined in this app (AWS::Backup::BackupPlan).
type BackupPlan interface {
	awscdk.Resource
	IBackupPlan
	BackupPlanArn() *string
	// BackupVault is the plan's vault; a mistake when no rule made or named one.
	BackupVault() IBackupVault
	VersionId() *string
	// AddRule adds a rule to the plan.
	AddRule(rule BackupPlanRule)
	// AddSelection adds resources to back up with the plan.
	AddSelection(id *string, options *BackupSelectionOptions) BackupSelection
}

type backupPlan struct {
	awscdk.Resource
	id, arn, version *string
	rules            []interface{}
	cfn              *CfnBackupPlan_BackupPlanResourceTypeProperty
	vault            interfacesawsbackup.IBackupVaultRef
	imported         bool
}

// BackupPlan_PROPERTY_INJECTION_ID is the id property injectors use for BackupPlan.
func BackupPlan_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-backup.BackupPlan")
}

// NewBackupPlan creates a backup plan; it needs at least one rule by synthesis.
func NewBackupPlan(scope constructs.Construct, id *string, props *BackupPlanProps) BackupPlan {
	props = l2.Inject(*BackupPlan_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &BackupPlanProps{}
	}
	p := &backupPlan{}
	p.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(p.Resource, p)
	name := props.BackupPlanName
	if name == nil || *name == "" {
		name = id
	}
	var advanced interface{}
	if isTrue(props.WindowsVss) {
		advanced = []interface{}{&CfnBackupPlan_AdvancedBackupSettingResourceTypeProperty{
			BackupOptions: map[string]interface{}{"WindowsVSS": "enabled"}, ResourceType: jsii.String("EC2")}}
	}
	// The L1 renders its props at synthesis: AddRule updates p.cfn.
	p.cfn = &CfnBackupPlan_BackupPlanResourceTypeProperty{AdvancedBackupSettings: advanced, BackupPlanName: name}
	plan := NewCfnBackupPlan(p, jsii.String("Resource"), &CfnBackupPlanProps{BackupPlan: p.cfn})
	p.id, p.arn, p.version = plan.AttrBackupPlanId(), plan.AttrBackupPlanArn(), plan.AttrVersionId()
	p.vault = props.BackupVault
	if props.BackupPlanRules != nil {
		for _, r := range *props.BackupPlanRules {
			p.AddRule(r)
		}
	}
	p.Node().AddValidation(l2.Validation(func() []string {
		if len(p.rules) == 0 {
			return []string{"A backup plan must have at least 1 rule."}
		}
		return nil
	}))
	return p
}

func lifecycle(deleteAfter, coldAfter awscdk.Duration) interface{} {
	if deleteAfter == nil && coldAfter == nil {
		return nil
	}
	l := &CfnBackupPlan_LifecycleResourceTypeProperty{}
	if deleteAfter != nil {
		l.DeleteAfterDays = deleteAfter.ToDays(nil)
	}
	if coldAfter != nil {
		l.MoveToColdStorageAfterDays = coldAfter.ToDays(nil)
	}
	return l
}

func (p *backupPlan) AddRule(rule BackupPlanRule) {
	if rule == nil {
		l2.RequireArg(p, "BackupPlan.AddRule", "rule")
	}
	if p.imported {
		l2.Throw(p, "An imported backup plan cannot have rules added")
	}
	rp := rule.Props()
	vault := rp.BackupVault
	if vault == nil {
		if p.vault == nil {
			p.vault = NewBackupVault(p, jsii.String("Vault"), nil)
		}
		vault = p.vault
	}
	name := rp.RuleName
	if name == nil {
		name = jsii.String(*p.Node().Id() + "Rule" + strconv.Itoa(len(p.rules)))
	}
	r := &CfnBackupPlan_BackupRuleResourceTypeProperty{
		Lifecycle:              lifecycle(rp.DeleteAfter, rp.MoveToColdStorageAfter),
		RuleName:               name,
		EnableContinuousBackup: boolOrNil(rp.EnableContinuousBackup),
		TargetBackupVault:      vault.BackupVaultRef().BackupVaultName,
	}
	if rp.CompletionWindow != nil {
		r.CompletionWindowMinutes = rp.CompletionWindow.ToMinutes(nil)
	}
	if rp.ScheduleExpression != nil {
		r.ScheduleExpression = rp.ScheduleExpression.ExpressionString()
	}
	if rp.ScheduleExpressionTimezone != nil {
		r.ScheduleExpressionTimezone = rp.ScheduleExpressionTimezone.TimezoneName()
	}
	if rp.StartWindow != nil {
		r.StartWindowMinutes = rp.StartWindow.ToMinutes(nil)
	}
	if rp.CopyActions != nil {
		copies := []interface{}{}
		for _, ca := range *rp.CopyActions {
			if ca == nil || ca.DestinationBackupVault == nil {
				l2.RequireArg(p, "BackupPlan.AddRule", "a DestinationBackupVault in each copy action")
			}
			copies = append(copies, &CfnBackupPlan_CopyActionResourceTypeProperty{
				DestinationBackupVaultArn: ca.DestinationBackupVault.BackupVaultRef().BackupVaultArn,
				Lifecycle:                 lifecycle(ca.DeleteAfter, ca.MoveToColdStorageAfter),
			})
		}
		r.CopyActions = copies
	}
	if rp.RecoveryPointTags != nil {
		r.RecoveryPointTags = rp.RecoveryPointTags
	}
	if rp.IndexActions != nil {
		actions := []interface{}{}
		for _, ia := range *rp.IndexActions {
			types := []*string{}
			if ia.ResourceTypes != nil {
				for _, t := range *ia.ResourceTypes {
					types = append(types, t.Value())
				}
			}
			actions = append(actions, &CfnBackupPlan_IndexActionsResourceTypeProperty{ResourceTypes: &types})
		}
		r.IndexActions = actions
	}
	p.rules = append(p.rules, r)
	p.cfn.BackupPlanRule = append([]interface{}{}, p.rules...)
}

func (p *backupPlan) BackupVault() IBackupVault {
	if p.vault == nil {
		l2.Throw(p, "No backup vault!")
	}
	v, ok := p.vault.(IBackupVault)
	if !ok {
		l2.Throw(p, "'backupVault' instance should implement IBackupVault, but doesn't: %T", p.vault)
	}
	return v
}

func (p *backupPlan) AddSelection(id *string, options *BackupSelectionOptions) BackupSelection {
	if options == nil {
		l2.RequireArg(p, "BackupPlan.AddSelection", "options (Resources is required)")
	}
	return NewBackupSelection(p, id, &BackupSelectionProps{
		BackupPlan: p, Resources: options.Resources, AllowRestores: options.AllowRestores,
		BackupSelectionName: options.BackupSelectionName, DisableDefaultBackupPolicy: options.DisableDefaultBackupPolicy, Role: options.Role,
	})
}

func (p *backupPlan) BackupPlanId() *string { return p.id }
func (p *backupPlan) VersionId() *string    { return p.version }

func (p *backupPlan) BackupPlanArn() *string {
	if p.arn == nil {
		p.arn = awscdk.Stack_Of(p).FormatArn(&awscdk.ArnComponents{Service: jsii.String("backup"), Resource: jsii.String("backup-plan"),
			ResourceName: p.id, ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
	}
	return p.arn
}

// BackupPlanRef is the plan's reference (id and ARN).
func (p *backupPlan) BackupPlanRef() *interfacesawsbackup.BackupPlanReference {
	return &interfacesawsbackup.BackupPlanReference{BackupPlanId: p.id, BackupPlanArn: p.BackupPlanArn()}
}

// BackupPlan_FromBackupPlanId imports a backup plan by its id.
func BackupPlan_FromBackupPlanId(scope constructs.Construct, id *string, backupPlanId *string) IBackupPlan {
	p := &backupPlan{id: backupPlanId, imported: true}
	p.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(p.Resource, p)
	return p
}

func newPlanWith(scope constructs.Construct, id *string, vault interfacesawsbackup.IBackupVaultRef, rules ...BackupPlanRule) BackupPlan {
	p := NewBackupPlan(scope, id, &BackupPlanProps{BackupVault: vault})
	for _, r := range rules {
		p.AddRule(r)
	}
	return p
}

// BackupPlan_Daily35DayRetention is a plan with the daily rule.
func BackupPlan_Daily35DayRetention(scope constructs.Construct, id *string, backupVault interfacesawsbackup.IBackupVaultRef) BackupPlan {
	return newPlanWith(scope, id, backupVault, BackupPlanRule_Daily(nil))
}

// BackupPlan_DailyMonthly1YearRetention is a plan with the daily and monthly (1 year) rules.
func BackupPlan_DailyMonthly1YearRetention(scope constructs.Construct, id *string, backupVault interfacesawsbackup.IBackupVaultRef) BackupPlan {
	return newPlanWith(scope, id, backupVault, BackupPlanRule_Daily(nil), BackupPlanRule_Monthly1Year(nil))
}

// BackupPlan_DailyWeeklyMonthly5YearRetention is a plan with the daily, weekly and monthly (5 years) rules.
func BackupPlan_DailyWeeklyMonthly5YearRetention(scope constructs.Construct, id *string, backupVault interfacesawsbackup.IBackupVaultRef) BackupPlan {
	return newPlanWith(scope, id, backupVault, BackupPlanRule_Daily(nil), BackupPlanRule_Weekly(nil), BackupPlanRule_Monthly5Year(nil))
}

// BackupPlan_DailyWeeklyMonthly7YearRetention is a plan with the daily, weekly and monthly (7 years) rules.
func BackupPlan_DailyWeeklyMonthly7YearRetention(scope constructs.Construct, id *string, backupVault interfacesawsbackup.IBackupVaultRef) BackupPlan {
	return newPlanWith(scope, id, backupVault, BackupPlanRule_Daily(nil), BackupPlanRule_Weekly(nil), BackupPlanRule_Monthly7Year(nil))
}

type anyProducer func() interface{}

func (p anyProducer) Produce() interface{} { return p() }

func boolOrNil(b *bool) interface{} {
	if b == nil {
		return nil
	}
	return b
}
