package awsschedulertargets

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsscheduler"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// Tag is a tag given to the tasks a schedule runs.
type Tag struct {
	Key   *string `field:"required" json:"key" yaml:"key"`
	Value *string `field:"required" json:"value" yaml:"value"`
}

// EcsRunTaskBaseProps are what every ECS target accepts.
type EcsRunTaskBaseProps struct {
	DeadLetterQueue awssqs.IQueue                    `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	Input           awsscheduler.ScheduleTargetInput `field:"optional" json:"input" yaml:"input"`
	MaxEventAge     awscdk.Duration                  `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts   *float64                         `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	Role            awsiam.IRole                     `field:"optional" json:"role" yaml:"role"`
	// The task definition to run.
	TaskDefinition             awsecs.TaskDefinition               `field:"required" json:"taskDefinition" yaml:"taskDefinition"`
	CapacityProviderStrategies *[]*awsecs.CapacityProviderStrategy `field:"optional" json:"capacityProviderStrategies" yaml:"capacityProviderStrategies"`
	EnableEcsManagedTags       *bool                               `field:"optional" json:"enableEcsManagedTags" yaml:"enableEcsManagedTags"`
	EnableExecuteCommand       *bool                               `field:"optional" json:"enableExecuteCommand" yaml:"enableExecuteCommand"`
	Group                      *string                             `field:"optional" json:"group" yaml:"group"`
	// Propagate the task definition's tags to the task.
	PropagateTags  *bool                    `field:"optional" json:"propagateTags" yaml:"propagateTags"`
	ReferenceId    *string                  `field:"optional" json:"referenceId" yaml:"referenceId"`
	SecurityGroups *[]awsec2.ISecurityGroup `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	Tags           *[]*Tag                  `field:"optional" json:"tags" yaml:"tags"`
	TaskCount      *float64                 `field:"optional" json:"taskCount" yaml:"taskCount"`
	// Default: private subnets with egress.
	VpcSubnets *awsec2.SubnetSelection `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// FargateTaskProps are the props of NewEcsRunFargateTask.
type FargateTaskProps struct {
	DeadLetterQueue            awssqs.IQueue                       `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	Input                      awsscheduler.ScheduleTargetInput    `field:"optional" json:"input" yaml:"input"`
	MaxEventAge                awscdk.Duration                     `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts              *float64                            `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	Role                       awsiam.IRole                        `field:"optional" json:"role" yaml:"role"`
	TaskDefinition             awsecs.TaskDefinition               `field:"required" json:"taskDefinition" yaml:"taskDefinition"`
	CapacityProviderStrategies *[]*awsecs.CapacityProviderStrategy `field:"optional" json:"capacityProviderStrategies" yaml:"capacityProviderStrategies"`
	EnableEcsManagedTags       *bool                               `field:"optional" json:"enableEcsManagedTags" yaml:"enableEcsManagedTags"`
	EnableExecuteCommand       *bool                               `field:"optional" json:"enableExecuteCommand" yaml:"enableExecuteCommand"`
	Group                      *string                             `field:"optional" json:"group" yaml:"group"`
	PropagateTags              *bool                               `field:"optional" json:"propagateTags" yaml:"propagateTags"`
	ReferenceId                *string                             `field:"optional" json:"referenceId" yaml:"referenceId"`
	SecurityGroups             *[]awsec2.ISecurityGroup            `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	Tags                       *[]*Tag                             `field:"optional" json:"tags" yaml:"tags"`
	TaskCount                  *float64                            `field:"optional" json:"taskCount" yaml:"taskCount"`
	VpcSubnets                 *awsec2.SubnetSelection             `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	// Default: ENABLED for public subnets, else DISABLED.
	AssignPublicIp *bool `field:"optional" json:"assignPublicIp" yaml:"assignPublicIp"`
	// Default: Fargate's LATEST.
	PlatformVersion awsecs.FargatePlatformVersion `field:"optional" json:"platformVersion" yaml:"platformVersion"`
}

// Ec2TaskProps are the props of NewEcsRunEc2Task.
type Ec2TaskProps struct {
	DeadLetterQueue            awssqs.IQueue                       `field:"optional" json:"deadLetterQueue" yaml:"deadLetterQueue"`
	Input                      awsscheduler.ScheduleTargetInput    `field:"optional" json:"input" yaml:"input"`
	MaxEventAge                awscdk.Duration                     `field:"optional" json:"maxEventAge" yaml:"maxEventAge"`
	RetryAttempts              *float64                            `field:"optional" json:"retryAttempts" yaml:"retryAttempts"`
	Role                       awsiam.IRole                        `field:"optional" json:"role" yaml:"role"`
	TaskDefinition             awsecs.TaskDefinition               `field:"required" json:"taskDefinition" yaml:"taskDefinition"`
	CapacityProviderStrategies *[]*awsecs.CapacityProviderStrategy `field:"optional" json:"capacityProviderStrategies" yaml:"capacityProviderStrategies"`
	EnableEcsManagedTags       *bool                               `field:"optional" json:"enableEcsManagedTags" yaml:"enableEcsManagedTags"`
	EnableExecuteCommand       *bool                               `field:"optional" json:"enableExecuteCommand" yaml:"enableExecuteCommand"`
	Group                      *string                             `field:"optional" json:"group" yaml:"group"`
	PropagateTags              *bool                               `field:"optional" json:"propagateTags" yaml:"propagateTags"`
	ReferenceId                *string                             `field:"optional" json:"referenceId" yaml:"referenceId"`
	SecurityGroups             *[]awsec2.ISecurityGroup            `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	Tags                       *[]*Tag                             `field:"optional" json:"tags" yaml:"tags"`
	TaskCount                  *float64                            `field:"optional" json:"taskCount" yaml:"taskCount"`
	VpcSubnets                 *awsec2.SubnetSelection             `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	PlacementConstraints       *[]awsecs.PlacementConstraint       `field:"optional" json:"placementConstraints" yaml:"placementConstraints"`
	PlacementStrategies        *[]awsecs.PlacementStrategy         `field:"optional" json:"placementStrategies" yaml:"placementStrategies"`
}

// EcsRunTask runs an ECS task; EcsRunFargateTask and EcsRunEc2Task are
// the ones to create.
type EcsRunTask interface {
	ScheduleTargetBase
	awsscheduler.IScheduleTarget
	Cluster() awsecs.ICluster
	Props() *EcsRunTaskBaseProps
}

// EcsRunFargateTask runs a task on Fargate.
type EcsRunFargateTask interface{ EcsRunTask }

// EcsRunEc2Task runs a task on EC2 container instances.
type EcsRunEc2Task interface{ EcsRunTask }

type ecsRunTask struct {
	*targetBase
	cluster awsecs.ICluster
	props   *EcsRunTaskBaseProps
}

func newEcsRunTask(cluster awsecs.ICluster, props *EcsRunTaskBaseProps) *ecsRunTask {
	need(cluster != nil, "EcsRunTask needs a cluster")
	if props == nil || props.TaskDefinition == nil {
		diag.Panic(*cluster.Node().Path(), "EcsRunTask needs props (TaskDefinition is required); got nil")
	}
	t := &ecsRunTask{targetBase: newBase(&ScheduleTargetBaseProps{
		DeadLetterQueue: props.DeadLetterQueue, Input: props.Input, MaxEventAge: props.MaxEventAge,
		RetryAttempts: props.RetryAttempts, Role: props.Role,
	}, cluster.ClusterArn()), cluster: cluster, props: props}
	t.self = t
	return t
}

// NewEcsRunTask_Override initialises outer, a type embedding EcsRunTask.
func NewEcsRunTask_Override(e EcsRunTask, cluster awsecs.ICluster, props *EcsRunTaskBaseProps) {
	t := newEcsRunTask(cluster, props)
	t.self = e
	l2.Override(e, EcsRunTask(t))
}

func (t *ecsRunTask) Cluster() awsecs.ICluster    { return t.cluster }
func (t *ecsRunTask) Props() *EcsRunTaskBaseProps { return t.props }

func (t *ecsRunTask) AddTargetActionToRole(role awsiam.IRole) {
	td := t.props.TaskDefinition
	td.GrantRun(role)
	if (t.props.PropagateTags != nil && *t.props.PropagateTags) || t.props.Tags != nil {
		arn := "arn:" + *t.cluster.Stack().Partition() + ":ecs:" + deref(t.cluster.Env().Region) + ":" +
			deref(td.Env().Account) + ":task/" + *t.cluster.ClusterName() + "/*"
		statement(role, jsii.String(arn), "ecs:TagResource")
	}
}

func (t *ecsRunTask) BindBaseTargetConfig(schedule awsscheduler.ISchedule) *awsscheduler.ScheduleTargetConfig {
	cfg := t.targetBase.BindBaseTargetConfig(schedule)
	p := t.props
	ep := &awsscheduler.CfnSchedule_EcsParametersProperty{
		TaskDefinitionArn: p.TaskDefinition.TaskDefinitionArn(),
		TaskCount:         p.TaskCount,
		Group:             p.Group,
		ReferenceId:       p.ReferenceId,
	}
	if p.CapacityProviderStrategies != nil {
		list := []interface{}{}
		for _, c := range *p.CapacityProviderStrategies {
			if c != nil {
				list = append(list, &awsscheduler.CfnSchedule_CapacityProviderStrategyItemProperty{CapacityProvider: c.CapacityProvider, Base: c.Base, Weight: c.Weight})
			}
		}
		ep.CapacityProviderStrategy = list
	}
	if p.Tags != nil {
		// The Tags property is untyped JSON: aws-cdk-lib passes the
		// {key, value} objects through with their lower-case keys.
		list := []interface{}{}
		for _, tag := range *p.Tags {
			if tag != nil {
				list = append(list, map[string]interface{}{"key": tag.Key, "value": tag.Value})
			}
		}
		ep.Tags = list
	}
	if p.PropagateTags != nil && *p.PropagateTags {
		ep.PropagateTags = jsii.String(string(awsecs.PropagatedTagSource_TASK_DEFINITION))
	}
	if p.EnableEcsManagedTags != nil {
		ep.EnableEcsManagedTags = p.EnableEcsManagedTags
	}
	if p.EnableExecuteCommand != nil {
		ep.EnableExecuteCommand = p.EnableExecuteCommand
	}
	cfg.EcsParameters = ep
	return cfg
}

func (t *ecsRunTask) subnetIDs(sel *awsec2.SubnetSelection) *[]*string {
	return t.cluster.Vpc().SelectSubnets(sel).SubnetIds
}

func (t *ecsRunTask) securityGroupIDs() *[]*string {
	sgs := t.props.SecurityGroups
	if sgs == nil || len(*sgs) == 0 {
		return nil
	}
	ids := []*string{}
	for _, sg := range *sgs {
		ids = append(ids, sg.SecurityGroupId())
	}
	return &ids
}

// ---- Fargate ----

type ecsRunFargateTask struct {
	*ecsRunTask
	assignPublicIp *bool
	platform       awsecs.FargatePlatformVersion
}

var platformVersions = map[awsecs.FargatePlatformVersion]string{
	awsecs.FargatePlatformVersion_LATEST: "LATEST", awsecs.FargatePlatformVersion_VERSION1_4: "1.4.0",
	awsecs.FargatePlatformVersion_VERSION1_3: "1.3.0", awsecs.FargatePlatformVersion_VERSION1_2: "1.2.0",
	awsecs.FargatePlatformVersion_VERSION1_1: "1.1.0", awsecs.FargatePlatformVersion_VERSION1_0: "1.0.0",
}

func newEcsRunFargateTask(cluster awsecs.ICluster, props *FargateTaskProps) *ecsRunFargateTask {
	if props == nil {
		props = &FargateTaskProps{}
	}
	base := newEcsRunTask(cluster, &EcsRunTaskBaseProps{
		DeadLetterQueue: props.DeadLetterQueue, Input: props.Input, MaxEventAge: props.MaxEventAge,
		RetryAttempts: props.RetryAttempts, Role: props.Role, TaskDefinition: props.TaskDefinition,
		CapacityProviderStrategies: props.CapacityProviderStrategies, EnableEcsManagedTags: props.EnableEcsManagedTags,
		EnableExecuteCommand: props.EnableExecuteCommand, Group: props.Group, PropagateTags: props.PropagateTags,
		ReferenceId: props.ReferenceId, SecurityGroups: props.SecurityGroups, Tags: props.Tags,
		TaskCount: props.TaskCount, VpcSubnets: props.VpcSubnets,
	})
	t := &ecsRunFargateTask{ecsRunTask: base, assignPublicIp: props.AssignPublicIp, platform: props.PlatformVersion}
	t.self = t
	return t
}

// NewEcsRunFargateTask runs props.TaskDefinition on Fargate in cluster.
func NewEcsRunFargateTask(cluster awsecs.ICluster, props *FargateTaskProps) EcsRunFargateTask {
	return newEcsRunFargateTask(cluster, props)
}

// NewEcsRunFargateTask_Override initialises outer, a type embedding EcsRunFargateTask.
func NewEcsRunFargateTask_Override(e EcsRunFargateTask, cluster awsecs.ICluster, props *FargateTaskProps) {
	t := newEcsRunFargateTask(cluster, props)
	t.self = e
	l2.Override(e, EcsRunFargateTask(t))
}

func (t *ecsRunFargateTask) BindBaseTargetConfig(schedule awsscheduler.ISchedule) *awsscheduler.ScheduleTargetConfig {
	if !*t.props.TaskDefinition.IsFargateCompatible() {
		l2.AddError(schedule, "TaskDefinition is not compatible with Fargate launch type.")
	}
	sel := t.props.VpcSubnets
	if sel == nil {
		sel = &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS}
	}
	if t.assignPublicIp != nil && *t.assignPublicIp && sel.SubnetType != awsec2.SubnetType_PUBLIC {
		l2.AddError(schedule, "assignPublicIp should be set to true only for public subnets")
	}
	assign := "DISABLED"
	if (t.assignPublicIp != nil && *t.assignPublicIp) || (t.assignPublicIp == nil && sel.SubnetType == awsec2.SubnetType_PUBLIC) {
		assign = "ENABLED"
	}
	cfg := t.ecsRunTask.BindBaseTargetConfig(schedule)
	ep := cfg.EcsParameters
	if t.props.CapacityProviderStrategies == nil {
		ep.LaunchType = jsii.String(string(awsecs.LaunchType_FARGATE))
	}
	if t.platform != "" {
		v, ok := platformVersions[t.platform]
		if !ok {
			v = string(t.platform)
		}
		ep.PlatformVersion = jsii.String(v)
	}
	ep.NetworkConfiguration = &awsscheduler.CfnSchedule_NetworkConfigurationProperty{
		AwsvpcConfiguration: &awsscheduler.CfnSchedule_AwsVpcConfigurationProperty{
			AssignPublicIp: jsii.String(assign), Subnets: t.subnetIDs(sel), SecurityGroups: t.securityGroupIDs(),
		},
	}
	return cfg
}

// ---- EC2 ----

type ecsRunEc2Task struct {
	*ecsRunTask
	constraints *[]awsecs.PlacementConstraint
	strategies  *[]awsecs.PlacementStrategy
}

func newEcsRunEc2Task(cluster awsecs.ICluster, props *Ec2TaskProps) *ecsRunEc2Task {
	if props == nil {
		props = &Ec2TaskProps{}
	}
	base := newEcsRunTask(cluster, &EcsRunTaskBaseProps{
		DeadLetterQueue: props.DeadLetterQueue, Input: props.Input, MaxEventAge: props.MaxEventAge,
		RetryAttempts: props.RetryAttempts, Role: props.Role, TaskDefinition: props.TaskDefinition,
		CapacityProviderStrategies: props.CapacityProviderStrategies, EnableEcsManagedTags: props.EnableEcsManagedTags,
		EnableExecuteCommand: props.EnableExecuteCommand, Group: props.Group, PropagateTags: props.PropagateTags,
		ReferenceId: props.ReferenceId, SecurityGroups: props.SecurityGroups, Tags: props.Tags,
		TaskCount: props.TaskCount, VpcSubnets: props.VpcSubnets,
	})
	t := &ecsRunEc2Task{ecsRunTask: base, constraints: props.PlacementConstraints, strategies: props.PlacementStrategies}
	t.self = t
	return t
}

// NewEcsRunEc2Task runs props.TaskDefinition on EC2 in cluster.
func NewEcsRunEc2Task(cluster awsecs.ICluster, props *Ec2TaskProps) EcsRunEc2Task {
	return newEcsRunEc2Task(cluster, props)
}

// NewEcsRunEc2Task_Override initialises outer, a type embedding EcsRunEc2Task.
func NewEcsRunEc2Task_Override(e EcsRunEc2Task, cluster awsecs.ICluster, props *Ec2TaskProps) {
	t := newEcsRunEc2Task(cluster, props)
	t.self = e
	l2.Override(e, EcsRunEc2Task(t))
}

func (t *ecsRunEc2Task) BindBaseTargetConfig(schedule awsscheduler.ISchedule) *awsscheduler.ScheduleTargetConfig {
	td := t.props.TaskDefinition
	if td.Compatibility() == awsecs.Compatibility_FARGATE {
		l2.AddError(schedule, "TaskDefinition is not compatible with EC2 launch type")
	}
	awsvpc := td.NetworkMode() == awsecs.NetworkMode_AWS_VPC
	if !awsvpc && (t.props.SecurityGroups != nil || t.props.VpcSubnets != nil) {
		l2.AddError(schedule, "Security groups and subnets can only be used with awsvpc network mode")
	}
	cfg := t.ecsRunTask.BindBaseTargetConfig(schedule)
	ep := cfg.EcsParameters
	if t.props.CapacityProviderStrategies == nil {
		ep.LaunchType = jsii.String(string(awsecs.LaunchType_EC2))
	}
	if t.constraints != nil && len(*t.constraints) > 0 {
		list := []interface{}{}
		for _, c := range *t.constraints {
			for _, j := range *c.ToJson() {
				list = append(list, &awsscheduler.CfnSchedule_PlacementConstraintProperty{Type: j.Type, Expression: j.Expression})
			}
		}
		ep.PlacementConstraints = list
	}
	if t.strategies != nil && len(*t.strategies) > 0 {
		list := []interface{}{}
		for _, s := range *t.strategies {
			for _, j := range *s.ToJson() {
				list = append(list, &awsscheduler.CfnSchedule_PlacementStrategyProperty{Type: j.Type, Field: j.Field})
			}
		}
		if len(list) > 0 {
			ep.PlacementStrategy = list
		}
	}
	if awsvpc {
		sel := t.props.VpcSubnets
		if sel == nil {
			sel = &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS}
		}
		ep.NetworkConfiguration = &awsscheduler.CfnSchedule_NetworkConfigurationProperty{
			AwsvpcConfiguration: &awsscheduler.CfnSchedule_AwsVpcConfigurationProperty{
				Subnets: t.subnetIDs(sel), SecurityGroups: t.securityGroupIDs(),
			},
		}
	}
	return cfg
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
