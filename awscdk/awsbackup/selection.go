package awsbackup

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsbackup"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// BackupSelectionOptions are the options of BackupPlan.AddSelection.
type BackupSelectionOptions struct {
	// What to back up.
	Resources *[]BackupResource `field:"required" json:"resources" yaml:"resources"`
	// Give the role AWS Backup's restore policy too.
	AllowRestores *bool `field:"optional" json:"allowRestores" yaml:"allowRestores"`
	// Default: the construct id.
	BackupSelectionName *string `field:"optional" json:"backupSelectionName" yaml:"backupSelectionName"`
	// Do not give the role AWS Backup's backup policy.
	DisableDefaultBackupPolicy *bool `field:"optional" json:"disableDefaultBackupPolicy" yaml:"disableDefaultBackupPolicy"`
	// The role AWS Backup assumes. Default: a new role.
	Role awsiam.IRole `field:"optional" json:"role" yaml:"role"`
}

// BackupSelectionProps are the props of NewBackupSelection.
type BackupSelectionProps struct {
	Resources                  *[]BackupResource                  `field:"required" json:"resources" yaml:"resources"`
	AllowRestores              *bool                              `field:"optional" json:"allowRestores" yaml:"allowRestores"`
	BackupSelectionName        *string                            `field:"optional" json:"backupSelectionName" yaml:"backupSelectionName"`
	DisableDefaultBackupPolicy *bool                              `field:"optional" json:"disableDefaultBackupPolicy" yaml:"disableDefaultBackupPolicy"`
	Role                       awsiam.IRole                       `field:"optional" json:"role" yaml:"role"`
	BackupPlan                 interfacesawsbackup.IBackupPlanRef `field:"required" json:"backupPlan" yaml:"backupPlan"`
}

// BackupSelection is a set of resources a backup plan backs up
// (AWS::Backup::BackupSelection).
type BackupSelection interface {
	awscdk.Resource
	awsiam.IGrantable
	BackupPlanId() *string
	SelectionId() *string
}

type backupSelection struct {
	awscdk.Resource
	planID, selectionID *string
	role                awsiam.IRole
	tags                []interface{}
	arns                []*string
	collected           *collector
	cfn                 *CfnBackupSelection_BackupSelectionResourceTypeProperty
}

// update puts the tags and resources selected so far in the L1's props:
// explicit ARNs first, then those the aspects found.
func (s *backupSelection) update() {
	s.cfn.ListOfTags = nil
	if len(s.tags) > 0 {
		s.cfn.ListOfTags = append([]interface{}{}, s.tags...)
	}
	s.cfn.Resources = nil
	if all := append(append([]*string{}, s.arns...), s.collected.arns...); len(all) > 0 {
		s.cfn.Resources = &all
	}
}

// BackupSelection_PROPERTY_INJECTION_ID is the id property injectors use for BackupSelection.
func BackupSelection_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-backup.BackupSelection")
}

// NewBackupSelection creates a backup selection of a plan.
func NewBackupSelection(scope constructs.Construct, id *string, props *BackupSelectionProps) BackupSelection {
	props = l2.Inject(*BackupSelection_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.BackupPlan == nil || props.Resources == nil {
		l2.RequireProps(scope, id, "BackupSelectionProps", "BackupPlan", "Resources")
	}
	s := &backupSelection{}
	s.collected = &collector{update: func() { s.update() }}
	s.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(s.Resource, s)
	role := props.Role
	if role == nil {
		role = awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("backup.amazonaws.com"), nil)})
	}
	if !isTrue(props.DisableDefaultBackupPolicy) {
		role.AddManagedPolicy(awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("service-role/AWSBackupServiceRolePolicyForBackup")))
	}
	if isTrue(props.AllowRestores) {
		role.AddManagedPolicy(awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("service-role/AWSBackupServiceRolePolicyForRestores")))
	}
	s.role = role
	name := props.BackupSelectionName
	if name == nil || *name == "" {
		name = s.Node().Id()
	}
	// The L1 renders its props at synthesis, after the collector aspects
	// have visited the constructs: s.update keeps s.cfn current.
	s.cfn = &CfnBackupSelection_BackupSelectionResourceTypeProperty{IamRoleArn: role.RoleArn(), SelectionName: name}
	sel := NewCfnBackupSelection(s, jsii.String("Resource"), &CfnBackupSelectionProps{
		BackupPlanId:    props.BackupPlan.BackupPlanRef().BackupPlanId,
		BackupSelection: s.cfn,
	})
	s.planID, s.selectionID = sel.AttrBackupPlanId(), sel.AttrSelectionId()
	for _, r := range *props.Resources {
		s.addResource(r)
	}
	return s
}

func (s *backupSelection) addResource(r BackupResource) {
	if r == nil {
		return
	}
	if t := r.TagCondition(); t != nil {
		op := t.Operation
		if op == "" {
			op = TagOperation_STRING_EQUALS
		}
		v, ok := tagOperationValues[op]
		if !ok {
			v = string(op)
		}
		s.tags = append(s.tags, &CfnBackupSelection_ConditionResourceTypeProperty{ConditionKey: t.Key, ConditionType: jsii.String(v), ConditionValue: t.Value})
	}
	if arn := r.Resource(); arn != nil {
		s.arns = append(s.arns, arn)
	}
	if c := r.Construct(); c != nil {
		var prio *float64
		if *awscdk.FeatureFlags_Of(c).IsEnabled(jsii.String("@aws-cdk/core:aspectPrioritiesMutating")) {
			prio = awscdk.AspectPriority_MUTATING()
		}
		awscdk.Aspects_Of(c).Add(s.collected, &awscdk.AspectOptions{Priority: prio})
	}
	s.update()
}

func (s *backupSelection) BackupPlanId() *string             { return s.planID }
func (s *backupSelection) SelectionId() *string              { return s.selectionID }
func (s *backupSelection) GrantPrincipal() awsiam.IPrincipal { return s.role }

// collector is the aspect that finds the backupable resources below a
// construct, by their CloudFormation type.
type collector struct {
	arns   []*string
	update func()
}

func (c *collector) Visit(node constructs.IConstruct) {
	r, ok := node.(awscdk.CfnResource)
	if !ok {
		return
	}
	stack := awscdk.Stack_Of(node)
	arn := func(service, resource string, colon bool) {
		comps := &awscdk.ArnComponents{Service: jsii.String(service), Resource: jsii.String(resource), ResourceName: r.Ref()}
		if colon {
			comps.ArnFormat = awscdk.ArnFormat_COLON_RESOURCE_NAME
		}
		c.arns = append(c.arns, stack.FormatArn(comps))
		c.update()
	}
	switch *r.CfnResourceType() {
	case "AWS::EFS::FileSystem":
		arn("elasticfilesystem", "file-system", false)
	case "AWS::DynamoDB::Table":
		arn("dynamodb", "table", false)
	case "AWS::EC2::Instance":
		arn("ec2", "instance", false)
	case "AWS::EC2::Volume":
		arn("ec2", "volume", false)
	case "AWS::RDS::DBInstance":
		// An instance of a cluster is backed up with its cluster.
		if m, ok := node.(interface{ DbClusterIdentifier() *string }); !ok || m.DbClusterIdentifier() == nil {
			arn("rds", "db", true)
		}
	case "AWS::RDS::DBCluster":
		arn("rds", "cluster", true)
	}
}
