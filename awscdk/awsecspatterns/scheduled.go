package awsecspatterns

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awseventstargets"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ScheduledTaskBaseProps are the settings the scheduled-task patterns
// share. Schedule is aws-cdk-go's type for it: an Application Auto
// Scaling schedule, whose expression the EventBridge rule takes.
type ScheduledTaskBaseProps struct {
	Schedule         awsapplicationautoscaling.Schedule `field:"required" json:"schedule" yaml:"schedule"`
	Cluster          awsecs.ICluster                    `field:"optional" json:"cluster" yaml:"cluster"`
	DesiredTaskCount *float64                           `field:"optional" json:"desiredTaskCount" yaml:"desiredTaskCount"`
	Enabled          *bool                              `field:"optional" json:"enabled" yaml:"enabled"`
	PropagateTags    awsecs.PropagatedTagSource         `field:"optional" json:"propagateTags" yaml:"propagateTags"`
	RuleName         *string                            `field:"optional" json:"ruleName" yaml:"ruleName"`
	SecurityGroups   *[]awsec2.ISecurityGroup           `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	SubnetSelection  *awsec2.SubnetSelection            `field:"optional" json:"subnetSelection" yaml:"subnetSelection"`
	Tags             *[]*awseventstargets.Tag           `field:"optional" json:"tags" yaml:"tags"`
	Vpc              awsec2.IVpc                        `field:"optional" json:"vpc" yaml:"vpc"`
}

// ScheduledTaskImageProps describe the container of a scheduled task.
type ScheduledTaskImageProps struct {
	Image         awsecs.ContainerImage     `field:"required" json:"image" yaml:"image"`
	Command       *[]*string                `field:"optional" json:"command" yaml:"command"`
	ContainerName *string                   `field:"optional" json:"containerName" yaml:"containerName"`
	Environment   *map[string]*string       `field:"optional" json:"environment" yaml:"environment"`
	LogDriver     awsecs.LogDriver          `field:"optional" json:"logDriver" yaml:"logDriver"`
	Secrets       *map[string]awsecs.Secret `field:"optional" json:"secrets" yaml:"secrets"`
}

// ScheduledTaskBase is what the scheduled-task patterns share: the cluster
// and the EventBridge rule that starts the task.
type ScheduledTaskBase interface {
	constructs.Construct
	Cluster() awsecs.ICluster
	DesiredTaskCount() *float64
	EventRule() awsevents.Rule
	Node() constructs.Node
	PropagateTags() awsecs.PropagatedTagSource
	SubnetSelection() *awsec2.SubnetSelection
	Tags() *[]*awseventstargets.Tag
	AddTaskAsTarget(ecsTaskTarget awseventstargets.EcsTask)
	AddTaskDefinitionToEventTarget(taskDefinition awsecs.TaskDefinition) awseventstargets.EcsTask
	CreateAWSLogDriver(prefix *string) awsecs.AwsLogDriver
	GetDefaultCluster(scope constructs.Construct, vpc awsec2.IVpc) awsecs.Cluster
	ToString() *string
	With(mixins ...constructs.IMixin) constructs.IConstruct
}

type scheduledBase struct {
	constructs.Construct
	cluster          awsecs.ICluster
	desiredTaskCount float64
	subnetSelection  *awsec2.SubnetSelection
	securityGroups   *[]awsec2.ISecurityGroup
	propagateTags    awsecs.PropagatedTagSource
	tags             *[]*awseventstargets.Tag
	eventRule        awsevents.Rule
}

// NewScheduledTaskBase_Override builds the shared part for a Go type that
// embeds ScheduledTaskBase.
func NewScheduledTaskBase_Override(s ScheduledTaskBase, scope constructs.Construct, id *string, props *ScheduledTaskBaseProps) {
	b := &scheduledBase{}
	b.init(b, scope, id, props)
	l2.Override(s, ScheduledTaskBase(b))
}

// ScheduledTaskBase_IsConstruct reports whether x is a construct.
func ScheduledTaskBase_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

func (b *scheduledBase) init(self constructs.IConstruct, scope constructs.Construct, id *string, props *ScheduledTaskBaseProps) {
	b.Construct = constructs.NewConstruct(scope, id)
	host.Set(b.Construct, self)
	if props == nil || props.Schedule == nil {
		l2.Throw(b, "schedule is required: give an awsapplicationautoscaling.Schedule (Schedule_Expression, Schedule_Rate or Schedule_Cron)")
	}
	b.cluster = props.Cluster
	if b.cluster == nil {
		b.cluster = b.GetDefaultCluster(b, props.Vpc)
	}
	if d := props.DesiredTaskCount; d != nil && *d < 1 {
		l2.Throw(b, "You must specify a desiredTaskCount greater than 0")
	}
	b.desiredTaskCount = 1
	if d := props.DesiredTaskCount; d != nil && *d != 0 {
		b.desiredTaskCount = *d
	}
	b.subnetSelection = props.SubnetSelection
	if b.subnetSelection == nil {
		b.subnetSelection = &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS}
	}
	b.securityGroups = props.SecurityGroups
	b.propagateTags = props.PropagateTags
	b.tags = props.Tags
	b.eventRule = awsevents.NewRule(b, jsii.String("ScheduledEventRule"), &awsevents.RuleProps{
		Schedule: awsevents.Schedule_Expression(props.Schedule.ExpressionString()), RuleName: props.RuleName, Enabled: props.Enabled,
	})
}

func (b *scheduledBase) Cluster() awsecs.ICluster                  { return b.cluster }
func (b *scheduledBase) DesiredTaskCount() *float64                { return jsii.Number(b.desiredTaskCount) }
func (b *scheduledBase) EventRule() awsevents.Rule                 { return b.eventRule }
func (b *scheduledBase) PropagateTags() awsecs.PropagatedTagSource { return b.propagateTags }
func (b *scheduledBase) SubnetSelection() *awsec2.SubnetSelection  { return b.subnetSelection }
func (b *scheduledBase) Tags() *[]*awseventstargets.Tag            { return b.tags }

// AddTaskAsTarget makes the rule start the task.
func (b *scheduledBase) AddTaskAsTarget(ecsTaskTarget awseventstargets.EcsTask) {
	b.eventRule.AddTarget(ecsTaskTarget)
}

// AddTaskDefinitionToEventTarget makes the rule start tasks of taskDefinition
// with the pattern's count, subnets, security groups and tags.
func (b *scheduledBase) AddTaskDefinitionToEventTarget(taskDefinition awsecs.TaskDefinition) awseventstargets.EcsTask {
	t := awseventstargets.NewEcsTask(&awseventstargets.EcsTaskProps{
		Cluster: b.cluster, TaskDefinition: taskDefinition, TaskCount: jsii.Number(b.desiredTaskCount),
		SubnetSelection: b.subnetSelection, SecurityGroups: b.securityGroups, PropagateTags: b.propagateTags, Tags: b.tags,
	})
	b.AddTaskAsTarget(t)
	return t
}

// CreateAWSLogDriver returns an awslogs driver with the stream prefix.
func (b *scheduledBase) CreateAWSLogDriver(prefix *string) awsecs.AwsLogDriver {
	return newAWSLogDriver(prefix)
}

// GetDefaultCluster returns the stack-wide cluster the patterns share.
func (b *scheduledBase) GetDefaultCluster(scope constructs.Construct, vpc awsec2.IVpc) awsecs.Cluster {
	return defaultCluster(scope, vpc)
}

// ScheduledFargateTaskDefinitionOptions give the task definition to run.
type ScheduledFargateTaskDefinitionOptions struct {
	TaskDefinition awsecs.FargateTaskDefinition `field:"required" json:"taskDefinition" yaml:"taskDefinition"`
}

// ScheduledFargateTaskImageOptions describe the container (and the task's
// size) when the pattern creates the task definition.
type ScheduledFargateTaskImageOptions struct {
	Image               awsecs.ContainerImage            `field:"required" json:"image" yaml:"image"`
	Command             *[]*string                       `field:"optional" json:"command" yaml:"command"`
	ContainerName       *string                          `field:"optional" json:"containerName" yaml:"containerName"`
	Environment         *map[string]*string              `field:"optional" json:"environment" yaml:"environment"`
	LogDriver           awsecs.LogDriver                 `field:"optional" json:"logDriver" yaml:"logDriver"`
	Secrets             *map[string]awsecs.Secret        `field:"optional" json:"secrets" yaml:"secrets"`
	CircuitBreaker      *awsecs.DeploymentCircuitBreaker `field:"optional" json:"circuitBreaker" yaml:"circuitBreaker"`
	Cpu                 *float64                         `field:"optional" json:"cpu" yaml:"cpu"`
	EphemeralStorageGiB *float64                         `field:"optional" json:"ephemeralStorageGiB" yaml:"ephemeralStorageGiB"`
	MemoryLimitMiB      *float64                         `field:"optional" json:"memoryLimitMiB" yaml:"memoryLimitMiB"`
	PlatformVersion     awsecs.FargatePlatformVersion    `field:"optional" json:"platformVersion" yaml:"platformVersion"`
	RuntimePlatform     *awsecs.RuntimePlatform          `field:"optional" json:"runtimePlatform" yaml:"runtimePlatform"`
	TaskDefinition      awsecs.FargateTaskDefinition     `field:"optional" json:"taskDefinition" yaml:"taskDefinition"`
}

// ScheduledFargateTaskProps are the props of NewScheduledFargateTask.
type ScheduledFargateTaskProps struct {
	Schedule                              awsapplicationautoscaling.Schedule     `field:"required" json:"schedule" yaml:"schedule"`
	Cluster                               awsecs.ICluster                        `field:"optional" json:"cluster" yaml:"cluster"`
	DesiredTaskCount                      *float64                               `field:"optional" json:"desiredTaskCount" yaml:"desiredTaskCount"`
	Enabled                               *bool                                  `field:"optional" json:"enabled" yaml:"enabled"`
	PropagateTags                         awsecs.PropagatedTagSource             `field:"optional" json:"propagateTags" yaml:"propagateTags"`
	RuleName                              *string                                `field:"optional" json:"ruleName" yaml:"ruleName"`
	SecurityGroups                        *[]awsec2.ISecurityGroup               `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	SubnetSelection                       *awsec2.SubnetSelection                `field:"optional" json:"subnetSelection" yaml:"subnetSelection"`
	Tags                                  *[]*awseventstargets.Tag               `field:"optional" json:"tags" yaml:"tags"`
	Vpc                                   awsec2.IVpc                            `field:"optional" json:"vpc" yaml:"vpc"`
	CircuitBreaker                        *awsecs.DeploymentCircuitBreaker       `field:"optional" json:"circuitBreaker" yaml:"circuitBreaker"`
	Cpu                                   *float64                               `field:"optional" json:"cpu" yaml:"cpu"`
	EphemeralStorageGiB                   *float64                               `field:"optional" json:"ephemeralStorageGiB" yaml:"ephemeralStorageGiB"`
	MemoryLimitMiB                        *float64                               `field:"optional" json:"memoryLimitMiB" yaml:"memoryLimitMiB"`
	PlatformVersion                       awsecs.FargatePlatformVersion          `field:"optional" json:"platformVersion" yaml:"platformVersion"`
	RuntimePlatform                       *awsecs.RuntimePlatform                `field:"optional" json:"runtimePlatform" yaml:"runtimePlatform"`
	TaskDefinition                        awsecs.FargateTaskDefinition           `field:"optional" json:"taskDefinition" yaml:"taskDefinition"`
	ScheduledFargateTaskDefinitionOptions *ScheduledFargateTaskDefinitionOptions `field:"optional" json:"scheduledFargateTaskDefinitionOptions" yaml:"scheduledFargateTaskDefinitionOptions"`
	ScheduledFargateTaskImageOptions      *ScheduledFargateTaskImageOptions      `field:"optional" json:"scheduledFargateTaskImageOptions" yaml:"scheduledFargateTaskImageOptions"`
}

func (p *ScheduledFargateTaskProps) base() *ScheduledTaskBaseProps {
	return &ScheduledTaskBaseProps{Schedule: p.Schedule, Cluster: p.Cluster, DesiredTaskCount: p.DesiredTaskCount, Enabled: p.Enabled,
		PropagateTags: p.PropagateTags, RuleName: p.RuleName, SecurityGroups: p.SecurityGroups, SubnetSelection: p.SubnetSelection,
		Tags: p.Tags, Vpc: p.Vpc}
}

// ScheduledFargateTask runs a Fargate task on a schedule.
type ScheduledFargateTask interface {
	ScheduledTaskBase
	Task() awseventstargets.EcsTask
	TaskDefinition() awsecs.FargateTaskDefinition
}

type scheduledFargate struct {
	scheduledBase
	task           awseventstargets.EcsTask
	taskDefinition awsecs.FargateTaskDefinition
}

// ScheduledFargateTask_PROPERTY_INJECTION_ID is the id property injectors use.
func ScheduledFargateTask_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ecs-patterns.ScheduledFargateTask")
}

// ScheduledFargateTask_IsConstruct reports whether x is a construct.
func ScheduledFargateTask_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// NewScheduledFargateTask defines a rule that starts a Fargate task on the schedule.
func NewScheduledFargateTask(scope constructs.Construct, id *string, props *ScheduledFargateTaskProps) ScheduledFargateTask {
	props = l2.Inject(*ScheduledFargateTask_PROPERTY_INJECTION_ID(), props, scope, id)
	s := &scheduledFargate{}
	s.build(s, scope, id, props)
	return s
}

// NewScheduledFargateTask_Override builds the pattern for a Go type that
// embeds ScheduledFargateTask.
func NewScheduledFargateTask_Override(f ScheduledFargateTask, scope constructs.Construct, id *string, props *ScheduledFargateTaskProps) {
	s := &scheduledFargate{}
	s.build(s, scope, id, props)
	l2.Override(f, ScheduledFargateTask(s))
}

func (s *scheduledFargate) build(self constructs.IConstruct, scope constructs.Construct, id *string, props *ScheduledFargateTaskProps) {
	if props == nil {
		props = &ScheduledFargateTaskProps{}
	}
	s.init(self, scope, id, props.base())
	def, img := props.ScheduledFargateTaskDefinitionOptions, props.ScheduledFargateTaskImageOptions
	if def != nil && img != nil {
		l2.Throw(s, "You must specify either a scheduledFargateTaskDefinitionOptions or scheduledFargateTaskOptions, not both.")
	}
	switch {
	case def != nil:
		s.taskDefinition = def.TaskDefinition
	case img != nil:
		mem, cpu := img.MemoryLimitMiB, img.Cpu
		if mem == nil || *mem == 0 {
			mem = jsii.Number(512)
		}
		if cpu == nil || *cpu == 0 {
			cpu = jsii.Number(256)
		}
		s.taskDefinition = awsecs.NewFargateTaskDefinition(s, jsii.String("ScheduledTaskDef"), &awsecs.FargateTaskDefinitionProps{
			MemoryLimitMiB: mem, Cpu: cpu, EphemeralStorageGiB: img.EphemeralStorageGiB,
		})
		name := img.ContainerName
		if name == nil {
			name = jsii.String("ScheduledContainer")
		}
		s.taskDefinition.AddContainer(name, &awsecs.ContainerDefinitionOptions{
			Image: img.Image, Command: img.Command, Environment: img.Environment, Secrets: img.Secrets,
			Logging: logDriverFor(s, img.LogDriver, nil),
		})
	default:
		l2.Throw(s, "You must specify one of: taskDefinition or image")
	}
	// aws-cdk-lib reads these only from the task or image options.
	for _, ignored := range []struct {
		set  bool
		what string
	}{
		{props.TaskDefinition != nil, "Property 'taskDefinition' is ignored, use 'scheduledFargateTaskDefinitionOptions' or 'scheduledFargateTaskImageOptions' instead."},
		{props.Cpu != nil && *props.Cpu != 0, "Property 'cpu' is ignored, use 'scheduledFargateTaskImageOptions.cpu' instead."},
		{props.MemoryLimitMiB != nil && *props.MemoryLimitMiB != 0, "Property 'memoryLimitMiB' is ignored, use 'scheduledFargateTaskImageOptions.memoryLimitMiB' instead."},
		{props.EphemeralStorageGiB != nil && *props.EphemeralStorageGiB != 0, "Property 'ephemeralStorageGiB' is ignored, use 'scheduledFargateTaskImageOptions.ephemeralStorageGiB' instead."},
		{props.RuntimePlatform != nil, "Property 'runtimePlatform' is ignored."},
	} {
		if ignored.set {
			awscdk.Annotations_Of(s).AddWarningV2(jsii.String("@aws-cdk/aws-ecs-patterns:propertyIgnored"), jsii.String(ignored.what))
		}
	}
	s.task = awseventstargets.NewEcsTask(&awseventstargets.EcsTaskProps{
		Cluster: s.cluster, TaskDefinition: s.taskDefinition, TaskCount: jsii.Number(s.desiredTaskCount),
		SubnetSelection: s.subnetSelection, PlatformVersion: props.PlatformVersion, SecurityGroups: props.SecurityGroups,
		PropagateTags: props.PropagateTags, Tags: props.Tags,
	})
	s.AddTaskAsTarget(s.task)
}

func (s *scheduledFargate) Task() awseventstargets.EcsTask               { return s.task }
func (s *scheduledFargate) TaskDefinition() awsecs.FargateTaskDefinition { return s.taskDefinition }

// ScheduledEc2TaskDefinitionOptions give the task definition to run.
type ScheduledEc2TaskDefinitionOptions struct {
	TaskDefinition awsecs.Ec2TaskDefinition `field:"required" json:"taskDefinition" yaml:"taskDefinition"`
}

// ScheduledEc2TaskImageOptions describe the container when the pattern
// creates the task definition.
type ScheduledEc2TaskImageOptions struct {
	Image                awsecs.ContainerImage     `field:"required" json:"image" yaml:"image"`
	Command              *[]*string                `field:"optional" json:"command" yaml:"command"`
	ContainerName        *string                   `field:"optional" json:"containerName" yaml:"containerName"`
	Environment          *map[string]*string       `field:"optional" json:"environment" yaml:"environment"`
	LogDriver            awsecs.LogDriver          `field:"optional" json:"logDriver" yaml:"logDriver"`
	Secrets              *map[string]awsecs.Secret `field:"optional" json:"secrets" yaml:"secrets"`
	Cpu                  *float64                  `field:"optional" json:"cpu" yaml:"cpu"`
	MemoryLimitMiB       *float64                  `field:"optional" json:"memoryLimitMiB" yaml:"memoryLimitMiB"`
	MemoryReservationMiB *float64                  `field:"optional" json:"memoryReservationMiB" yaml:"memoryReservationMiB"`
}

// ScheduledEc2TaskProps are the props of NewScheduledEc2Task.
type ScheduledEc2TaskProps struct {
	Schedule                          awsapplicationautoscaling.Schedule `field:"required" json:"schedule" yaml:"schedule"`
	Cluster                           awsecs.ICluster                    `field:"optional" json:"cluster" yaml:"cluster"`
	DesiredTaskCount                  *float64                           `field:"optional" json:"desiredTaskCount" yaml:"desiredTaskCount"`
	Enabled                           *bool                              `field:"optional" json:"enabled" yaml:"enabled"`
	PropagateTags                     awsecs.PropagatedTagSource         `field:"optional" json:"propagateTags" yaml:"propagateTags"`
	RuleName                          *string                            `field:"optional" json:"ruleName" yaml:"ruleName"`
	SecurityGroups                    *[]awsec2.ISecurityGroup           `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	SubnetSelection                   *awsec2.SubnetSelection            `field:"optional" json:"subnetSelection" yaml:"subnetSelection"`
	Tags                              *[]*awseventstargets.Tag           `field:"optional" json:"tags" yaml:"tags"`
	Vpc                               awsec2.IVpc                        `field:"optional" json:"vpc" yaml:"vpc"`
	ScheduledEc2TaskDefinitionOptions *ScheduledEc2TaskDefinitionOptions `field:"optional" json:"scheduledEc2TaskDefinitionOptions" yaml:"scheduledEc2TaskDefinitionOptions"`
	ScheduledEc2TaskImageOptions      *ScheduledEc2TaskImageOptions      `field:"optional" json:"scheduledEc2TaskImageOptions" yaml:"scheduledEc2TaskImageOptions"`
}

// ScheduledEc2Task runs an EC2 task on a schedule.
type ScheduledEc2Task interface {
	ScheduledTaskBase
	Task() awseventstargets.EcsTask
	TaskDefinition() awsecs.Ec2TaskDefinition
}

type scheduledEc2 struct {
	scheduledBase
	task           awseventstargets.EcsTask
	taskDefinition awsecs.Ec2TaskDefinition
}

// ScheduledEc2Task_IsConstruct reports whether x is a construct.
func ScheduledEc2Task_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// NewScheduledEc2Task defines a rule that starts an EC2 task on the schedule.
func NewScheduledEc2Task(scope constructs.Construct, id *string, props *ScheduledEc2TaskProps) ScheduledEc2Task {
	s := &scheduledEc2{}
	s.build(s, scope, id, props)
	return s
}

// NewScheduledEc2Task_Override builds the pattern for a Go type that embeds
// ScheduledEc2Task.
func NewScheduledEc2Task_Override(e ScheduledEc2Task, scope constructs.Construct, id *string, props *ScheduledEc2TaskProps) {
	s := &scheduledEc2{}
	s.build(s, scope, id, props)
	l2.Override(e, ScheduledEc2Task(s))
}

func (s *scheduledEc2) build(self constructs.IConstruct, scope constructs.Construct, id *string, props *ScheduledEc2TaskProps) {
	if props == nil {
		props = &ScheduledEc2TaskProps{}
	}
	s.init(self, scope, id, &ScheduledTaskBaseProps{Schedule: props.Schedule, Cluster: props.Cluster, DesiredTaskCount: props.DesiredTaskCount,
		Enabled: props.Enabled, PropagateTags: props.PropagateTags, RuleName: props.RuleName, SecurityGroups: props.SecurityGroups,
		SubnetSelection: props.SubnetSelection, Tags: props.Tags, Vpc: props.Vpc})
	def, img := props.ScheduledEc2TaskDefinitionOptions, props.ScheduledEc2TaskImageOptions
	if def != nil && img != nil {
		l2.Throw(s, "You must specify either a scheduledEc2TaskDefinitionOptions or scheduledEc2TaskOptions, not both.")
	}
	switch {
	case def != nil:
		s.taskDefinition = def.TaskDefinition
	case img != nil:
		s.taskDefinition = awsecs.NewEc2TaskDefinition(s, jsii.String("ScheduledTaskDef"), nil)
		name := img.ContainerName
		if name == nil {
			name = jsii.String("ScheduledContainer")
		}
		s.taskDefinition.AddContainer(name, &awsecs.ContainerDefinitionOptions{
			Image: img.Image, MemoryLimitMiB: img.MemoryLimitMiB, MemoryReservationMiB: img.MemoryReservationMiB, Cpu: img.Cpu,
			Command: img.Command, Environment: img.Environment, Secrets: img.Secrets, Logging: logDriverFor(s, img.LogDriver, nil),
		})
	default:
		l2.Throw(s, "You must specify a taskDefinition or image")
	}
	s.task = s.AddTaskDefinitionToEventTarget(s.taskDefinition)
}

func (s *scheduledEc2) Task() awseventstargets.EcsTask           { return s.task }
func (s *scheduledEc2) TaskDefinition() awsecs.Ec2TaskDefinition { return s.taskDefinition }
