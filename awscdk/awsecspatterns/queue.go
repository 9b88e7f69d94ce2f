package awsecspatterns

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// QueueProcessingServiceBaseProps are the settings the queue-processing
// patterns share.
type QueueProcessingServiceBaseProps struct {
	CapacityProviderStrategies  *[]*awsecs.CapacityProviderStrategy           `field:"optional" json:"capacityProviderStrategies" yaml:"capacityProviderStrategies"`
	CircuitBreaker              *awsecs.DeploymentCircuitBreaker              `field:"optional" json:"circuitBreaker" yaml:"circuitBreaker"`
	Cluster                     awsecs.ICluster                               `field:"optional" json:"cluster" yaml:"cluster"`
	Command                     *[]*string                                    `field:"optional" json:"command" yaml:"command"`
	Cooldown                    awscdk.Duration                               `field:"optional" json:"cooldown" yaml:"cooldown"`
	CpuTargetUtilizationPercent *float64                                      `field:"optional" json:"cpuTargetUtilizationPercent" yaml:"cpuTargetUtilizationPercent"`
	DeploymentController        *awsecs.DeploymentController                  `field:"optional" json:"deploymentController" yaml:"deploymentController"`
	DisableCpuBasedScaling      *bool                                         `field:"optional" json:"disableCpuBasedScaling" yaml:"disableCpuBasedScaling"`
	EnableECSManagedTags        *bool                                         `field:"optional" json:"enableECSManagedTags" yaml:"enableECSManagedTags"`
	EnableExecuteCommand        *bool                                         `field:"optional" json:"enableExecuteCommand" yaml:"enableExecuteCommand"`
	EnableLogging               *bool                                         `field:"optional" json:"enableLogging" yaml:"enableLogging"`
	Environment                 *map[string]*string                           `field:"optional" json:"environment" yaml:"environment"`
	Family                      *string                                       `field:"optional" json:"family" yaml:"family"`
	Image                       awsecs.ContainerImage                         `field:"optional" json:"image" yaml:"image"`
	LogDriver                   awsecs.LogDriver                              `field:"optional" json:"logDriver" yaml:"logDriver"`
	MaxHealthyPercent           *float64                                      `field:"optional" json:"maxHealthyPercent" yaml:"maxHealthyPercent"`
	MaxReceiveCount             *float64                                      `field:"optional" json:"maxReceiveCount" yaml:"maxReceiveCount"`
	MaxScalingCapacity          *float64                                      `field:"optional" json:"maxScalingCapacity" yaml:"maxScalingCapacity"`
	MinHealthyPercent           *float64                                      `field:"optional" json:"minHealthyPercent" yaml:"minHealthyPercent"`
	MinScalingCapacity          *float64                                      `field:"optional" json:"minScalingCapacity" yaml:"minScalingCapacity"`
	PropagateTags               awsecs.PropagatedTagSource                    `field:"optional" json:"propagateTags" yaml:"propagateTags"`
	Queue                       awssqs.IQueue                                 `field:"optional" json:"queue" yaml:"queue"`
	RetentionPeriod             awscdk.Duration                               `field:"optional" json:"retentionPeriod" yaml:"retentionPeriod"`
	ScalingSteps                *[]*awsapplicationautoscaling.ScalingInterval `field:"optional" json:"scalingSteps" yaml:"scalingSteps"`
	Secrets                     *map[string]awsecs.Secret                     `field:"optional" json:"secrets" yaml:"secrets"`
	ServiceName                 *string                                       `field:"optional" json:"serviceName" yaml:"serviceName"`
	VisibilityTimeout           awscdk.Duration                               `field:"optional" json:"visibilityTimeout" yaml:"visibilityTimeout"`
	Vpc                         awsec2.IVpc                                   `field:"optional" json:"vpc" yaml:"vpc"`
}

// QueueProcessingServiceBase is what the queue-processing patterns share:
// the queue (and the dead-letter queue made with it), the container's
// environment and secrets, and the scaling bounds and steps.
type QueueProcessingServiceBase interface {
	constructs.Construct
	Cluster() awsecs.ICluster
	DeadLetterQueue() awssqs.IQueue
	Environment() *map[string]*string
	LogDriver() awsecs.LogDriver
	MaxCapacity() *float64
	MinCapacity() *float64
	Node() constructs.Node
	ScalingSteps() *[]*awsapplicationautoscaling.ScalingInterval
	Secrets() *map[string]awsecs.Secret
	SqsQueue() awssqs.IQueue
	ConfigureAutoscalingForService(service awsecs.BaseService)
	GetDefaultCluster(scope constructs.Construct, vpc awsec2.IVpc) awsecs.Cluster
	GrantPermissionsToService(service awsecs.BaseService)
	ToString() *string
	With(mixins ...constructs.IMixin) constructs.IConstruct
}

type queueBase struct {
	constructs.Construct
	cluster         awsecs.ICluster
	queue           awssqs.IQueue
	deadLetterQueue awssqs.IQueue
	userEnv         *map[string]*string
	environment     map[string]*string
	secrets         *map[string]awsecs.Secret
	logDriver       awsecs.LogDriver
	minCapacity     float64
	maxCapacity     float64
	scalingSteps    *[]*awsapplicationautoscaling.ScalingInterval
	cooldown        awscdk.Duration
	disableCpu      bool
	cpuTarget       *float64
}

// NewQueueProcessingServiceBase_Override builds the shared part for a Go
// type that embeds QueueProcessingServiceBase.
func NewQueueProcessingServiceBase_Override(q QueueProcessingServiceBase, scope constructs.Construct, id *string, props *QueueProcessingServiceBaseProps) {
	b := &queueBase{}
	b.init(b, scope, id, props)
	l2.Override(q, QueueProcessingServiceBase(b))
}

// QueueProcessingServiceBase_IsConstruct reports whether x is a construct.
func QueueProcessingServiceBase_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

func (b *queueBase) init(self constructs.IConstruct, scope constructs.Construct, id *string, props *QueueProcessingServiceBaseProps) {
	if props == nil {
		props = &QueueProcessingServiceBaseProps{}
	}
	b.Construct = constructs.NewConstruct(scope, id)
	host.Set(b.Construct, self)
	b.cluster = props.Cluster
	if b.cluster == nil {
		b.cluster = b.GetDefaultCluster(b, props.Vpc)
	}
	if props.Queue != nil {
		var set []string
		if props.RetentionPeriod != nil {
			set = append(set, "retentionPeriod")
		}
		if props.VisibilityTimeout != nil {
			set = append(set, "visibilityTimeout")
		}
		if props.MaxReceiveCount != nil {
			set = append(set, "maxReceiveCount")
		}
		if len(set) > 0 {
			l2.Throw(b, "%s can be set only when queue is not set. Specify them in the QueueProps of the queue", strings.Join(set, ", "))
		}
		b.queue = props.Queue
	} else {
		retention := props.RetentionPeriod
		if retention == nil {
			retention = awscdk.Duration_Days(jsii.Number(14))
		}
		dlq := awssqs.NewQueue(b, jsii.String("EcsProcessingDeadLetterQueue"), &awssqs.QueueProps{RetentionPeriod: retention})
		b.deadLetterQueue = dlq
		receives := props.MaxReceiveCount
		if receives == nil || *receives == 0 {
			receives = jsii.Number(3)
		}
		b.queue = awssqs.NewQueue(b, jsii.String("EcsProcessingQueue"), &awssqs.QueueProps{
			VisibilityTimeout: props.VisibilityTimeout,
			DeadLetterQueue:   &awssqs.DeadLetterQueue{Queue: dlq, MaxReceiveCount: receives},
		})
		awscdk.NewCfnOutput(b, jsii.String("SQSDeadLetterQueue"), &awscdk.CfnOutputProps{Value: dlq.QueueName()})
		awscdk.NewCfnOutput(b, jsii.String("SQSDeadLetterQueueArn"), &awscdk.CfnOutputProps{Value: dlq.QueueArn()})
	}
	b.scalingSteps = props.ScalingSteps
	if b.scalingSteps == nil {
		b.scalingSteps = &[]*awsapplicationautoscaling.ScalingInterval{
			{Upper: jsii.Number(0), Change: jsii.Number(-1)},
			{Lower: jsii.Number(100), Change: jsii.Number(1)},
			{Lower: jsii.Number(500), Change: jsii.Number(5)},
		}
	}
	if c := props.Cooldown; c != nil && *c.ToSeconds(nil) > 999999999 {
		l2.Throw(b, "cooldown cannot be more than 999999999, found: %s", jsNum(*c.ToSeconds(nil)))
	}
	b.cooldown = props.Cooldown
	b.logDriver = props.LogDriver
	if b.logDriver == nil && (props.EnableLogging == nil || *props.EnableLogging) {
		b.logDriver = b.CreateAWSLogDriver(b.Node().Id())
	}
	b.userEnv = props.Environment
	b.environment = map[string]*string{}
	if props.Environment != nil {
		for k, v := range *props.Environment {
			b.environment[k] = v
		}
	}
	b.environment["QUEUE_NAME"] = b.queue.QueueName()
	b.secrets = props.Secrets
	b.disableCpu = props.DisableCpuBasedScaling != nil && *props.DisableCpuBasedScaling
	b.cpuTarget = props.CpuTargetUtilizationPercent
	if b.cpuTarget == nil {
		b.cpuTarget = jsii.Number(50)
	}
	// aws-cdk-go has no desiredTaskCount, so the bounds default to 1 and 2
	// (the removeDefaultDesiredCount behaviour).
	b.minCapacity = 1
	if props.MinScalingCapacity != nil {
		b.minCapacity = *props.MinScalingCapacity
	}
	b.maxCapacity = 2
	if props.MaxScalingCapacity != nil && *props.MaxScalingCapacity != 0 {
		b.maxCapacity = *props.MaxScalingCapacity
	}
	awscdk.NewCfnOutput(b, jsii.String("SQSQueue"), &awscdk.CfnOutputProps{Value: b.queue.QueueName()})
	awscdk.NewCfnOutput(b, jsii.String("SQSQueueArn"), &awscdk.CfnOutputProps{Value: b.queue.QueueArn()})
}

func (b *queueBase) Cluster() awsecs.ICluster       { return b.cluster }
func (b *queueBase) DeadLetterQueue() awssqs.IQueue { return b.deadLetterQueue }
func (b *queueBase) LogDriver() awsecs.LogDriver    { return b.logDriver }
func (b *queueBase) MaxCapacity() *float64          { return jsii.Number(b.maxCapacity) }
func (b *queueBase) MinCapacity() *float64          { return jsii.Number(b.minCapacity) }
func (b *queueBase) SqsQueue() awssqs.IQueue        { return b.queue }
func (b *queueBase) Secrets() *map[string]awsecs.Secret {
	return b.secrets
}
func (b *queueBase) ScalingSteps() *[]*awsapplicationautoscaling.ScalingInterval {
	return b.scalingSteps
}

// Environment is the container's environment: the given variables and
// QUEUE_NAME.
func (b *queueBase) Environment() *map[string]*string {
	out := make(map[string]*string, len(b.environment))
	for k, v := range b.environment {
		out[k] = v
	}
	return &out
}

// CreateAWSLogDriver returns an awslogs driver with the stream prefix.
func (b *queueBase) CreateAWSLogDriver(prefix *string) awsecs.AwsLogDriver {
	return newAWSLogDriver(prefix)
}

// GetDefaultCluster returns the stack-wide cluster the patterns share.
func (b *queueBase) GetDefaultCluster(scope constructs.Construct, vpc awsec2.IVpc) awsecs.Cluster {
	return defaultCluster(scope, vpc)
}

// ConfigureAutoscalingForService scales the service between the bounds on
// CPU (unless disabled) and in steps on the queue's visible messages.
func (b *queueBase) ConfigureAutoscalingForService(service awsecs.BaseService) {
	target := service.AutoScaleTaskCount(&awsapplicationautoscaling.EnableScalingProps{
		MaxCapacity: jsii.Number(b.maxCapacity), MinCapacity: jsii.Number(b.minCapacity),
	})
	if !b.disableCpu {
		target.ScaleOnCpuUtilization(jsii.String("CpuScaling"), &awsecs.CpuUtilizationScalingProps{TargetUtilizationPercent: b.cpuTarget})
	}
	// The queue's ApproximateNumberOfMessagesVisible metric, as aws-cdk-lib's
	// Queue.metricApproximateNumberOfMessagesVisible() defines it.
	visible := awscloudwatch.NewMetric(&awscloudwatch.MetricProps{
		Namespace: jsii.String("AWS/SQS"), MetricName: jsii.String("ApproximateNumberOfMessagesVisible"),
		DimensionsMap: &map[string]*string{"QueueName": b.queue.QueueName()}, Statistic: jsii.String("Maximum"),
	}).AttachTo(b.queue)
	target.ScaleOnMetric(jsii.String("QueueMessagesVisibleScaling"), &awsapplicationautoscaling.BasicStepScalingPolicyProps{
		Metric: visible, ScalingSteps: b.scalingSteps, Cooldown: b.cooldown,
	})
}

// GrantPermissionsToService lets the service's task role consume the queue.
func (b *queueBase) GrantPermissionsToService(service awsecs.BaseService) {
	b.queue.GrantConsumeMessages(service.TaskDefinition().TaskRole())
}

// addQueueContainer adds the worker container; QUEUE_NAME follows the
// given variables, where aws-cdk-lib's object spread puts it.
func (b *queueBase) addQueueContainer(td awsecs.TaskDefinition, name *string, image awsecs.ContainerImage, command *[]*string, hc *awsecs.HealthCheck) {
	if name == nil {
		name = jsii.String("QueueProcessingContainer")
	}
	c := td.AddContainer(name, &awsecs.ContainerDefinitionOptions{
		Image: image, Command: command, Environment: b.userEnv, Secrets: b.secrets, Logging: b.logDriver, HealthCheck: hc,
	})
	c.AddEnvironment(jsii.String("QUEUE_NAME"), b.environment["QUEUE_NAME"])
}

// QueueProcessingFargateServiceProps are the props of
// NewQueueProcessingFargateService.
type QueueProcessingFargateServiceProps struct {
	CapacityProviderStrategies  *[]*awsecs.CapacityProviderStrategy           `field:"optional" json:"capacityProviderStrategies" yaml:"capacityProviderStrategies"`
	CircuitBreaker              *awsecs.DeploymentCircuitBreaker              `field:"optional" json:"circuitBreaker" yaml:"circuitBreaker"`
	Cluster                     awsecs.ICluster                               `field:"optional" json:"cluster" yaml:"cluster"`
	Command                     *[]*string                                    `field:"optional" json:"command" yaml:"command"`
	Cooldown                    awscdk.Duration                               `field:"optional" json:"cooldown" yaml:"cooldown"`
	CpuTargetUtilizationPercent *float64                                      `field:"optional" json:"cpuTargetUtilizationPercent" yaml:"cpuTargetUtilizationPercent"`
	DeploymentController        *awsecs.DeploymentController                  `field:"optional" json:"deploymentController" yaml:"deploymentController"`
	DisableCpuBasedScaling      *bool                                         `field:"optional" json:"disableCpuBasedScaling" yaml:"disableCpuBasedScaling"`
	EnableECSManagedTags        *bool                                         `field:"optional" json:"enableECSManagedTags" yaml:"enableECSManagedTags"`
	EnableExecuteCommand        *bool                                         `field:"optional" json:"enableExecuteCommand" yaml:"enableExecuteCommand"`
	EnableLogging               *bool                                         `field:"optional" json:"enableLogging" yaml:"enableLogging"`
	Environment                 *map[string]*string                           `field:"optional" json:"environment" yaml:"environment"`
	Family                      *string                                       `field:"optional" json:"family" yaml:"family"`
	Image                       awsecs.ContainerImage                         `field:"optional" json:"image" yaml:"image"`
	LogDriver                   awsecs.LogDriver                              `field:"optional" json:"logDriver" yaml:"logDriver"`
	MaxHealthyPercent           *float64                                      `field:"optional" json:"maxHealthyPercent" yaml:"maxHealthyPercent"`
	MaxReceiveCount             *float64                                      `field:"optional" json:"maxReceiveCount" yaml:"maxReceiveCount"`
	MaxScalingCapacity          *float64                                      `field:"optional" json:"maxScalingCapacity" yaml:"maxScalingCapacity"`
	MinHealthyPercent           *float64                                      `field:"optional" json:"minHealthyPercent" yaml:"minHealthyPercent"`
	MinScalingCapacity          *float64                                      `field:"optional" json:"minScalingCapacity" yaml:"minScalingCapacity"`
	PropagateTags               awsecs.PropagatedTagSource                    `field:"optional" json:"propagateTags" yaml:"propagateTags"`
	Queue                       awssqs.IQueue                                 `field:"optional" json:"queue" yaml:"queue"`
	RetentionPeriod             awscdk.Duration                               `field:"optional" json:"retentionPeriod" yaml:"retentionPeriod"`
	ScalingSteps                *[]*awsapplicationautoscaling.ScalingInterval `field:"optional" json:"scalingSteps" yaml:"scalingSteps"`
	Secrets                     *map[string]awsecs.Secret                     `field:"optional" json:"secrets" yaml:"secrets"`
	ServiceName                 *string                                       `field:"optional" json:"serviceName" yaml:"serviceName"`
	VisibilityTimeout           awscdk.Duration                               `field:"optional" json:"visibilityTimeout" yaml:"visibilityTimeout"`
	Vpc                         awsec2.IVpc                                   `field:"optional" json:"vpc" yaml:"vpc"`
	Cpu                         *float64                                      `field:"optional" json:"cpu" yaml:"cpu"`
	EphemeralStorageGiB         *float64                                      `field:"optional" json:"ephemeralStorageGiB" yaml:"ephemeralStorageGiB"`
	MemoryLimitMiB              *float64                                      `field:"optional" json:"memoryLimitMiB" yaml:"memoryLimitMiB"`
	PlatformVersion             awsecs.FargatePlatformVersion                 `field:"optional" json:"platformVersion" yaml:"platformVersion"`
	RuntimePlatform             *awsecs.RuntimePlatform                       `field:"optional" json:"runtimePlatform" yaml:"runtimePlatform"`
	TaskDefinition              awsecs.FargateTaskDefinition                  `field:"optional" json:"taskDefinition" yaml:"taskDefinition"`
	AssignPublicIp              *bool                                         `field:"optional" json:"assignPublicIp" yaml:"assignPublicIp"`
	ContainerName               *string                                       `field:"optional" json:"containerName" yaml:"containerName"`
	HealthCheck                 *awsecs.HealthCheck                           `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	HealthCheckGracePeriod      awscdk.Duration                               `field:"optional" json:"healthCheckGracePeriod" yaml:"healthCheckGracePeriod"`
	SecurityGroups              *[]awsec2.ISecurityGroup                      `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	TaskSubnets                 *awsec2.SubnetSelection                       `field:"optional" json:"taskSubnets" yaml:"taskSubnets"`
}

// QueueProcessingFargateService is a Fargate service that works off an SQS
// queue, scaling on the queue's backlog.
type QueueProcessingFargateService interface {
	QueueProcessingServiceBase
	Service() awsecs.FargateService
	TaskDefinition() awsecs.FargateTaskDefinition
}

type queueFargate struct {
	queueBase
	service        awsecs.FargateService
	taskDefinition awsecs.FargateTaskDefinition
}

// QueueProcessingFargateService_PROPERTY_INJECTION_ID is the id property injectors use.
func QueueProcessingFargateService_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ecs-patterns.QueueProcessingFargateService")
}

// QueueProcessingFargateService_IsConstruct reports whether x is a construct.
func QueueProcessingFargateService_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// NewQueueProcessingFargateService defines the pattern: a queue with a
// dead-letter queue (unless given), a Fargate worker service and its scaling.
func NewQueueProcessingFargateService(scope constructs.Construct, id *string, props *QueueProcessingFargateServiceProps) QueueProcessingFargateService {
	props = l2.Inject(*QueueProcessingFargateService_PROPERTY_INJECTION_ID(), props, scope, id)
	s := &queueFargate{}
	s.build(s, scope, id, props)
	return s
}

// NewQueueProcessingFargateService_Override builds the pattern for a Go
// type that embeds QueueProcessingFargateService.
func NewQueueProcessingFargateService_Override(q QueueProcessingFargateService, scope constructs.Construct, id *string, props *QueueProcessingFargateServiceProps) {
	s := &queueFargate{}
	s.build(s, scope, id, props)
	l2.Override(q, QueueProcessingFargateService(s))
}

func (s *queueFargate) build(self constructs.IConstruct, scope constructs.Construct, id *string, props *QueueProcessingFargateServiceProps) {
	if props == nil {
		props = &QueueProcessingFargateServiceProps{}
	}
	s.init(self, scope, id, &QueueProcessingServiceBaseProps{
		CapacityProviderStrategies: props.CapacityProviderStrategies, CircuitBreaker: props.CircuitBreaker, Cluster: props.Cluster,
		Command: props.Command, Cooldown: props.Cooldown, CpuTargetUtilizationPercent: props.CpuTargetUtilizationPercent,
		DeploymentController: props.DeploymentController, DisableCpuBasedScaling: props.DisableCpuBasedScaling,
		EnableECSManagedTags: props.EnableECSManagedTags, EnableExecuteCommand: props.EnableExecuteCommand,
		EnableLogging: props.EnableLogging, Environment: props.Environment, Family: props.Family, Image: props.Image,
		LogDriver: props.LogDriver, MaxHealthyPercent: props.MaxHealthyPercent, MaxReceiveCount: props.MaxReceiveCount,
		MaxScalingCapacity: props.MaxScalingCapacity, MinHealthyPercent: props.MinHealthyPercent,
		MinScalingCapacity: props.MinScalingCapacity, PropagateTags: props.PropagateTags, Queue: props.Queue,
		RetentionPeriod: props.RetentionPeriod, ScalingSteps: props.ScalingSteps, Secrets: props.Secrets,
		ServiceName: props.ServiceName, VisibilityTimeout: props.VisibilityTimeout, Vpc: props.Vpc,
	})
	if props.TaskDefinition != nil && props.Image != nil {
		l2.Throw(s, "You must specify only one of taskDefinition or image")
	}
	switch {
	case props.TaskDefinition != nil:
		s.taskDefinition = props.TaskDefinition
	case props.Image != nil:
		mem, cpu := props.MemoryLimitMiB, props.Cpu
		if mem == nil || *mem == 0 {
			mem = jsii.Number(512)
		}
		if cpu == nil || *cpu == 0 {
			cpu = jsii.Number(256)
		}
		s.taskDefinition = awsecs.NewFargateTaskDefinition(s, jsii.String("QueueProcessingTaskDef"), &awsecs.FargateTaskDefinitionProps{
			MemoryLimitMiB: mem, Cpu: cpu, EphemeralStorageGiB: props.EphemeralStorageGiB, Family: props.Family, RuntimePlatform: props.RuntimePlatform,
		})
		s.addQueueContainer(s.taskDefinition, props.ContainerName, props.Image, props.Command, props.HealthCheck)
	default:
		l2.Throw(s, "You must specify one of: taskDefinition or image")
	}
	var desired *float64
	if !flag(s, flagRemoveDesiredCount) {
		desired = jsii.Number(1)
	}
	s.service = awsecs.NewFargateService(s, jsii.String("QueueProcessingFargateService"), &awsecs.FargateServiceProps{
		Cluster: s.cluster, DesiredCount: desired, TaskDefinition: s.taskDefinition, ServiceName: props.ServiceName,
		MinHealthyPercent: props.MinHealthyPercent, MaxHealthyPercent: props.MaxHealthyPercent, PropagateTags: props.PropagateTags,
		EnableECSManagedTags: props.EnableECSManagedTags, PlatformVersion: props.PlatformVersion,
		DeploymentController: props.DeploymentController, SecurityGroups: props.SecurityGroups, VpcSubnets: props.TaskSubnets,
		AssignPublicIp: props.AssignPublicIp, CircuitBreaker: props.CircuitBreaker, CapacityProviderStrategies: props.CapacityProviderStrategies,
		EnableExecuteCommand: props.EnableExecuteCommand, HealthCheckGracePeriod: props.HealthCheckGracePeriod,
	})
	s.ConfigureAutoscalingForService(s.service)
	s.GrantPermissionsToService(s.service)
}

func (s *queueFargate) Service() awsecs.FargateService               { return s.service }
func (s *queueFargate) TaskDefinition() awsecs.FargateTaskDefinition { return s.taskDefinition }
