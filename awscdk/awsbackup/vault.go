package awsbackup

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsbackup"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// BackupVaultEvents are the vault events SNS notifications can report.
type BackupVaultEvents string

const (
	BackupVaultEvents_BACKUP_JOB_STARTED       BackupVaultEvents = "BACKUP_JOB_STARTED"
	BackupVaultEvents_BACKUP_JOB_COMPLETED     BackupVaultEvents = "BACKUP_JOB_COMPLETED"
	BackupVaultEvents_BACKUP_JOB_SUCCESSFUL    BackupVaultEvents = "BACKUP_JOB_SUCCESSFUL"
	BackupVaultEvents_BACKUP_JOB_FAILED        BackupVaultEvents = "BACKUP_JOB_FAILED"
	BackupVaultEvents_BACKUP_JOB_EXPIRED       BackupVaultEvents = "BACKUP_JOB_EXPIRED"
	BackupVaultEvents_RESTORE_JOB_STARTED      BackupVaultEvents = "RESTORE_JOB_STARTED"
	BackupVaultEvents_RESTORE_JOB_COMPLETED    BackupVaultEvents = "RESTORE_JOB_COMPLETED"
	BackupVaultEvents_RESTORE_JOB_SUCCESSFUL   BackupVaultEvents = "RESTORE_JOB_SUCCESSFUL"
	BackupVaultEvents_RESTORE_JOB_FAILED       BackupVaultEvents = "RESTORE_JOB_FAILED"
	BackupVaultEvents_COPY_JOB_STARTED         BackupVaultEvents = "COPY_JOB_STARTED"
	BackupVaultEvents_COPY_JOB_SUCCESSFUL      BackupVaultEvents = "COPY_JOB_SUCCESSFUL"
	BackupVaultEvents_COPY_JOB_FAILED          BackupVaultEvents = "COPY_JOB_FAILED"
	BackupVaultEvents_RECOVERY_POINT_MODIFIED  BackupVaultEvents = "RECOVERY_POINT_MODIFIED"
	BackupVaultEvents_BACKUP_PLAN_CREATED      BackupVaultEvents = "BACKUP_PLAN_CREATED"
	BackupVaultEvents_BACKUP_PLAN_MODIFIED     BackupVaultEvents = "BACKUP_PLAN_MODIFIED"
	BackupVaultEvents_S3_BACKUP_OBJECT_FAILED  BackupVaultEvents = "S3_BACKUP_OBJECT_FAILED"
	BackupVaultEvents_S3_RESTORE_OBJECT_FAILED BackupVaultEvents = "S3_RESTORE_OBJECT_FAILED"
)

// allVaultEvents is every event, in aws-cdk-lib's order: the default of NotificationEvents.
var allVaultEvents = [...]BackupVaultEvents{
	BackupVaultEvents_BACKUP_JOB_STARTED, BackupVaultEvents_BACKUP_JOB_COMPLETED, BackupVaultEvents_BACKUP_JOB_SUCCESSFUL,
	BackupVaultEvents_BACKUP_JOB_FAILED, BackupVaultEvents_BACKUP_JOB_EXPIRED, BackupVaultEvents_RESTORE_JOB_STARTED,
	BackupVaultEvents_RESTORE_JOB_COMPLETED, BackupVaultEvents_RESTORE_JOB_SUCCESSFUL, BackupVaultEvents_RESTORE_JOB_FAILED,
	BackupVaultEvents_COPY_JOB_STARTED, BackupVaultEvents_COPY_JOB_SUCCESSFUL, BackupVaultEvents_COPY_JOB_FAILED,
	BackupVaultEvents_RECOVERY_POINT_MODIFIED, BackupVaultEvents_BACKUP_PLAN_CREATED, BackupVaultEvents_BACKUP_PLAN_MODIFIED,
	BackupVaultEvents_S3_BACKUP_OBJECT_FAILED, BackupVaultEvents_S3_RESTORE_OBJECT_FAILED,
}

var vaultNamePattern = regexp.MustCompile(`^[a-zA-Z0-9\-_]{2,50}$`)

// LockConfiguration is an AWS Backup Vault Lock.
type LockConfiguration struct {
	// The shortest time recovery points are kept (at least 1 day).
	MinRetention awscdk.Duration `field:"required" json:"minRetention" yaml:"minRetention"`
	// How long before the lock becomes immutable (at least 72 hours). Default: governance mode, never immutable.
	ChangeableFor awscdk.Duration `field:"optional" json:"changeableFor" yaml:"changeableFor"`
	// The longest time recovery points are kept (at most 36,500 days).
	MaxRetention awscdk.Duration `field:"optional" json:"maxRetention" yaml:"maxRetention"`
}

// BackupVaultProps are the props of NewBackupVault.
type BackupVaultProps struct {
	// The vault's resource policy. Default: empty, with statements added later.
	AccessPolicy awsiam.PolicyDocument `field:"optional" json:"accessPolicy" yaml:"accessPolicy"`
	// 2 to 50 letters, digits, hyphens and underscores. Default: made from the construct's unique id.
	BackupVaultName *string `field:"optional" json:"backupVaultName" yaml:"backupVaultName"`
	// Deny deleting recovery points and changing their lifecycle, in the access policy.
	BlockRecoveryPointDeletion *bool `field:"optional" json:"blockRecoveryPointDeletion" yaml:"blockRecoveryPointDeletion"`
	// The key that encrypts the backups. Default: AWS Backup's key.
	EncryptionKey     interfacesawskms.IKeyRef `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	LockConfiguration *LockConfiguration       `field:"optional" json:"lockConfiguration" yaml:"lockConfiguration"`
	// The events notified. Default: all of them, when NotificationTopic is set.
	NotificationEvents *[]BackupVaultEvents `field:"optional" json:"notificationEvents" yaml:"notificationEvents"`
	NotificationTopic  awssns.ITopic        `field:"optional" json:"notificationTopic" yaml:"notificationTopic"`
	// Default: RETAIN.
	RemovalPolicy awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
}

// IBackupVault is a backup vault, defined in this app or imported.
type IBackupVault interface {
	interfacesawsbackup.IBackupVaultRef
	awscdk.IResource
	// Grant gives grantee the actions on this vault (no wildcards).
	Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	BackupVaultArn() *string
	BackupVaultName() *string
}

// BackupVault is a backup vault defined in this app (AWS::Backup::BackupVault).
type BackupVault interface {
	awscdk.Resource
	IBackupVault
	// AddToAccessPolicy adds a statement to the vault's access policy.
	AddToAccessPolicy(statement awsiam.PolicyStatement)
	// BlockRecoveryPointDeletion denies deleting recovery points and changing their lifecycle.
	BlockRecoveryPointDeletion()
}

type backupVault struct {
	awscdk.Resource
	name, arn    *string
	accessPolicy awsiam.PolicyDocument
}

// BackupVault_PROPERTY_INJECTION_ID is the id property injectors use for BackupVault.
func BackupVault_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-backup.BackupVault")
}

// NewBackupVault creates a backup vault.
func NewBackupVault(scope constructs.Construct, id *string, props *BackupVaultProps) BackupVault {
	props = l2.Inject(*BackupVault_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &BackupVaultProps{}
	}
	v := &backupVault{}
	v.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(v.Resource, v)
	if n := props.BackupVaultName; n != nil && *n != "" && !*awscdk.Token_IsUnresolved(*n) && !vaultNamePattern.MatchString(*n) {
		l2.Throw(v, "Expected vault name to match pattern `^[a-zA-Z0-9-_]{2,50}$`")
	}
	var notifications interface{}
	if props.NotificationTopic != nil {
		events := []*string{}
		if props.NotificationEvents != nil {
			for _, e := range *props.NotificationEvents {
				events = append(events, jsii.String(string(e)))
			}
		} else {
			for _, e := range allVaultEvents {
				events = append(events, jsii.String(string(e)))
			}
		}
		notifications = &CfnBackupVault_NotificationObjectTypeProperty{BackupVaultEvents: &events, SnsTopicArn: props.NotificationTopic.TopicArn()}
		props.NotificationTopic.GrantPublish(awsiam.NewServicePrincipal(jsii.String("backup.amazonaws.com"), nil))
	}
	v.accessPolicy = props.AccessPolicy
	if v.accessPolicy == nil {
		v.accessPolicy = awsiam.NewPolicyDocument(nil)
	}
	if isTrue(props.BlockRecoveryPointDeletion) {
		v.BlockRecoveryPointDeletion()
	}
	name := props.BackupVaultName
	if name == nil || *name == "" {
		uid := *awscdk.Names_UniqueId(v)
		if len(uid) > 50 {
			uid = uid[len(uid)-50:]
		}
		name = &uid
	}
	cfn := &CfnBackupVaultProps{
		BackupVaultName: name,
		// Rendered at synthesis as aws-cdk-lib's toJSON: statements added
		// later count, and none are merged.
		AccessPolicy:  awscdk.Lazy_Any(anyProducer(func() interface{} { return v.accessPolicy.ToJSON() }), nil),
		Notifications: notifications,
	}
	if props.EncryptionKey != nil {
		cfn.EncryptionKeyArn = props.EncryptionKey.KeyRef().KeyArn
	}
	if lc := renderLockConfiguration(v, props.LockConfiguration); lc != nil {
		cfn.LockConfiguration = lc
	}
	resource := NewCfnBackupVault(v, jsii.String("Resource"), cfn)
	policy := props.RemovalPolicy
	if policy == "" {
		policy = awscdk.RemovalPolicy_RETAIN
	}
	resource.ApplyRemovalPolicy(policy, nil)
	v.name, v.arn = resource.AttrBackupVaultName(), resource.AttrBackupVaultArn()
	return v
}

func renderLockConfiguration(c constructs.IConstruct, lc *LockConfiguration) *CfnBackupVault_LockConfigurationTypeProperty {
	if lc == nil {
		return nil
	}
	if lc.MinRetention == nil {
		l2.Throw(c, "LockConfiguration needs MinRetention")
	}
	if cf := lc.ChangeableFor; cf != nil && !*cf.IsUnresolved() && *cf.ToHours(nil) < 72 {
		l2.Throw(c, "AWS Backup enforces a 72-hour cooling-off period before Vault Lock takes effect and becomes immutable, got %s hours", num(cf.ToHours(nil)))
	}
	if mr := lc.MaxRetention; mr != nil && !*mr.IsUnresolved() {
		if *mr.ToDays(nil) > 36500 {
			l2.Throw(c, "The longest maximum retention period you can specify is 36500 days, got %s days", num(mr.ToDays(nil)))
		}
		if !*lc.MinRetention.IsUnresolved() && *mr.ToDays(nil) <= *lc.MinRetention.ToDays(nil) {
			l2.Throw(c, "The maximum retention period (%s days) must be greater than the minimum retention period (%s days)",
				num(mr.ToDays(nil)), num(lc.MinRetention.ToDays(nil)))
		}
	}
	if !*lc.MinRetention.IsUnresolved() && *lc.MinRetention.ToHours(nil) < 24 {
		l2.Throw(c, "The shortest minimum retention period you can specify is 1 day, got %s hours", num(lc.MinRetention.ToHours(nil)))
	}
	out := &CfnBackupVault_LockConfigurationTypeProperty{MinRetentionDays: lc.MinRetention.ToDays(nil)}
	if lc.MaxRetention != nil {
		out.MaxRetentionDays = lc.MaxRetention.ToDays(nil)
	}
	if lc.ChangeableFor != nil {
		out.ChangeableForDays = lc.ChangeableFor.ToDays(nil)
	}
	return out
}

func (v *backupVault) AddToAccessPolicy(statement awsiam.PolicyStatement) {
	if v.accessPolicy == nil {
		l2.Throw(v, "The access policy of an imported backup vault cannot be changed")
	}
	v.accessPolicy.AddStatements(statement)
}

func (v *backupVault) BlockRecoveryPointDeletion() {
	v.AddToAccessPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Effect:     awsiam.Effect_DENY,
		Actions:    jsii.Strings("backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle"),
		Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()},
		Resources:  jsii.Strings("*"),
	}))
}

func (v *backupVault) BackupVaultArn() *string  { return v.arn }
func (v *backupVault) BackupVaultName() *string { return v.name }

// BackupVaultRef is the vault's reference (name and ARN).
func (v *backupVault) BackupVaultRef() *interfacesawsbackup.BackupVaultReference {
	return &interfacesawsbackup.BackupVaultReference{BackupVaultName: v.name, BackupVaultArn: v.arn}
}

func (v *backupVault) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	for _, a := range actions {
		if a != nil && strings.Contains(*a, "*") {
			l2.Throw(v, "AWS Backup access policies don't support a wildcard in the Action key.")
		}
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: &actions, ResourceArns: &[]*string{v.arn}})
}

// BackupVault_FromBackupVaultName imports a vault of this stack's account and region by name.
func BackupVault_FromBackupVaultName(scope constructs.Construct, id *string, backupVaultName *string) IBackupVault {
	arn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: jsii.String("backup"), Resource: jsii.String("backup-vault"),
		ResourceName: backupVaultName, ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
	return BackupVault_FromBackupVaultArn(scope, id, arn)
}

// BackupVault_FromBackupVaultArn imports a vault by its ARN.
func BackupVault_FromBackupVaultArn(scope constructs.Construct, id *string, backupVaultArn *string) IBackupVault {
	if backupVaultArn == nil {
		l2.RequireArg(scope, "BackupVault_FromBackupVaultArn", "backupVaultArn")
	}
	parsed := awscdk.Stack_Of(scope).SplitArn(backupVaultArn, awscdk.ArnFormat_COLON_RESOURCE_NAME)
	if detectedArnFormat(*backupVaultArn) != awscdk.ArnFormat_COLON_RESOURCE_NAME {
		l2.Throw(scope, "Backup Vault Arn %s has the wrong format, expected %s.", *backupVaultArn, "arn:aws:service:region:account:resource:resourceName")
	}
	if parsed.ResourceName == nil || *parsed.ResourceName == "" {
		l2.Throw(scope, "Backup Vault Arn %s does not have a resource name.", *backupVaultArn)
	}
	v := &backupVault{name: parsed.ResourceName, arn: backupVaultArn}
	v.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{Account: parsed.Account, Region: parsed.Region})
	host.Set(v.Resource, v)
	return v
}

func isTrue(b *bool) bool { return b != nil && *b }

// num formats a number as JavaScript's template strings do.
func num(f *float64) string {
	if f == nil {
		return "undefined"
	}
	return fmt.Sprint(*f)
}

// detectedArnFormat is the shape of arn's resource part, as aws-cdk-lib's
// Arn.split reports it; an ARN that is a token has the shape asked for.
func detectedArnFormat(arn string) awscdk.ArnFormat {
	parts := strings.SplitN(arn, ":", 6)
	if *awscdk.Token_IsUnresolved(arn) || len(parts) < 6 {
		return awscdk.ArnFormat_COLON_RESOURCE_NAME
	}
	res := parts[5]
	switch {
	case strings.HasPrefix(res, "/"):
		return awscdk.ArnFormat_SLASH_RESOURCE_SLASH_RESOURCE_NAME
	case strings.Contains(res, "/"):
		return awscdk.ArnFormat_SLASH_RESOURCE_NAME
	case strings.Contains(res, ":"):
		return awscdk.ArnFormat_COLON_RESOURCE_NAME
	}
	return awscdk.ArnFormat_NO_RESOURCE_NAME
}
