package awsecspatterns

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// The EC2 variants of the patterns: an Ec2TaskDefinition whose container
// takes the cpu and memory settings, and an Ec2Service with placement.

// ApplicationLoadBalancedEc2ServiceProps are the props of
// NewApplicationLoadBalancedEc2Service.
type ApplicationLoadBalancedEc2ServiceProps struct {
	CapacityProviderStrategies *[]*awsecs.CapacityProviderStrategy                  `field:"optional" json:"capacityProviderStrategies" yaml:"capacityProviderStrategies"`
	Certificate                awscertificatemanager.ICertificate                   `field:"optional" json:"certificate" yaml:"certificate"`
	CircuitBreaker             *awsecs.DeploymentCircuitBreaker                     `field:"optional" json:"circuitBreaker" yaml:"circuitBreaker"`
	CloudMapOptions            *awsecs.CloudMapOptions                              `field:"optional" json:"cloudMapOptions" yaml:"cloudMapOptions"`
	Cluster                    awsecs.ICluster                                      `field:"optional" json:"cluster" yaml:"cluster"`
	DeploymentController       *awsecs.DeploymentController                         `field:"optional" json:"deploymentController" yaml:"deploymentController"`
	DesiredCount               *float64                                             `field:"optional" json:"desiredCount" yaml:"desiredCount"`
	DomainName                 *string                                              `field:"optional" json:"domainName" yaml:"domainName"`
	DomainZone                 awsroute53.IHostedZone                               `field:"optional" json:"domainZone" yaml:"domainZone"`
	EnableECSManagedTags       *bool                                                `field:"optional" json:"enableECSManagedTags" yaml:"enableECSManagedTags"`
	EnableExecuteCommand       *bool                                                `field:"optional" json:"enableExecuteCommand" yaml:"enableExecuteCommand"`
	HealthCheckGracePeriod     awscdk.Duration                                      `field:"optional" json:"healthCheckGracePeriod" yaml:"healthCheckGracePeriod"`
	IdleTimeout                awscdk.Duration                                      `field:"optional" json:"idleTimeout" yaml:"idleTimeout"`
	IpAddressType              awselasticloadbalancingv2.IpAddressType              `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	ListenerPort               *float64                                             `field:"optional" json:"listenerPort" yaml:"listenerPort"`
	LoadBalancer               awselasticloadbalancingv2.IApplicationLoadBalancer   `field:"optional" json:"loadBalancer" yaml:"loadBalancer"`
	LoadBalancerName           *string                                              `field:"optional" json:"loadBalancerName" yaml:"loadBalancerName"`
	MaxHealthyPercent          *float64                                             `field:"optional" json:"maxHealthyPercent" yaml:"maxHealthyPercent"`
	MinHealthyPercent          *float64                                             `field:"optional" json:"minHealthyPercent" yaml:"minHealthyPercent"`
	OpenListener               *bool                                                `field:"optional" json:"openListener" yaml:"openListener"`
	PropagateTags              awsecs.PropagatedTagSource                           `field:"optional" json:"propagateTags" yaml:"propagateTags"`
	Protocol                   awselasticloadbalancingv2.ApplicationProtocol        `field:"optional" json:"protocol" yaml:"protocol"`
	ProtocolVersion            awselasticloadbalancingv2.ApplicationProtocolVersion `field:"optional" json:"protocolVersion" yaml:"protocolVersion"`
	PublicLoadBalancer         *bool                                                `field:"optional" json:"publicLoadBalancer" yaml:"publicLoadBalancer"`
	RecordType                 ApplicationLoadBalancedServiceRecordType             `field:"optional" json:"recordType" yaml:"recordType"`
	RedirectHTTP               *bool                                                `field:"optional" json:"redirectHTTP" yaml:"redirectHTTP"`
	ServiceName                *string                                              `field:"optional" json:"serviceName" yaml:"serviceName"`
	SslPolicy                  awselasticloadbalancingv2.SslPolicy                  `field:"optional" json:"sslPolicy" yaml:"sslPolicy"`
	TargetProtocol             awselasticloadbalancingv2.ApplicationProtocol        `field:"optional" json:"targetProtocol" yaml:"targetProtocol"`
	TaskImageOptions           *ApplicationLoadBalancedTaskImageOptions             `field:"optional" json:"taskImageOptions" yaml:"taskImageOptions"`
	Vpc                        awsec2.IVpc                                          `field:"optional" json:"vpc" yaml:"vpc"`
	Cpu                        *float64                                             `field:"optional" json:"cpu" yaml:"cpu"`
	MemoryLimitMiB             *float64                                             `field:"optional" json:"memoryLimitMiB" yaml:"memoryLimitMiB"`
	MemoryReservationMiB       *float64                                             `field:"optional" json:"memoryReservationMiB" yaml:"memoryReservationMiB"`
	PlacementConstraints       *[]awsecs.PlacementConstraint                        `field:"optional" json:"placementConstraints" yaml:"placementConstraints"`
	PlacementStrategies        *[]awsecs.PlacementStrategy                          `field:"optional" json:"placementStrategies" yaml:"placementStrategies"`
	TaskDefinition             awsecs.Ec2TaskDefinition                             `field:"optional" json:"taskDefinition" yaml:"taskDefinition"`
}

func (p *ApplicationLoadBalancedEc2ServiceProps) base() *ApplicationLoadBalancedServiceBaseProps {
	return &ApplicationLoadBalancedServiceBaseProps{CapacityProviderStrategies: p.CapacityProviderStrategies, Certificate: p.Certificate, CircuitBreaker: p.CircuitBreaker, Cluster: p.Cluster, DeploymentController: p.DeploymentController, DesiredCount: p.DesiredCount, DomainName: p.DomainName, DomainZone: p.DomainZone, EnableECSManagedTags: p.EnableECSManagedTags, EnableExecuteCommand: p.EnableExecuteCommand, HealthCheckGracePeriod: p.HealthCheckGracePeriod, IdleTimeout: p.IdleTimeout, IpAddressType: p.IpAddressType, ListenerPort: p.ListenerPort, LoadBalancer: p.LoadBalancer, LoadBalancerName: p.LoadBalancerName, MaxHealthyPercent: p.MaxHealthyPercent, MinHealthyPercent: p.MinHealthyPercent, OpenListener: p.OpenListener, PropagateTags: p.PropagateTags, Protocol: p.Protocol, ProtocolVersion: p.ProtocolVersion, PublicLoadBalancer: p.PublicLoadBalancer, RecordType: p.RecordType, RedirectHTTP: p.RedirectHTTP, ServiceName: p.ServiceName, SslPolicy: p.SslPolicy, TargetProtocol: p.TargetProtocol, TaskImageOptions: p.TaskImageOptions, Vpc: p.Vpc}
}

// ApplicationLoadBalancedEc2Service is an EC2 service behind an
// Application Load Balancer.
type ApplicationLoadBalancedEc2Service interface {
	ApplicationLoadBalancedServiceBase
	Service() awsecs.Ec2Service
	TaskDefinition() awsecs.Ec2TaskDefinition
}

type albEc2Service struct {
	albServiceBase
	service        awsecs.Ec2Service
	taskDefinition awsecs.Ec2TaskDefinition
}

// ApplicationLoadBalancedEc2Service_IsConstruct reports whether x is a construct.
func ApplicationLoadBalancedEc2Service_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// NewApplicationLoadBalancedEc2Service defines an EC2 service behind a new
// (or the given) Application Load Balancer.
func NewApplicationLoadBalancedEc2Service(scope constructs.Construct, id *string, props *ApplicationLoadBalancedEc2ServiceProps) ApplicationLoadBalancedEc2Service {
	s := &albEc2Service{}
	s.build(s, scope, id, props)
	return s
}

// NewApplicationLoadBalancedEc2Service_Override builds the pattern for a Go
// type that embeds ApplicationLoadBalancedEc2Service.
func NewApplicationLoadBalancedEc2Service_Override(a ApplicationLoadBalancedEc2Service, scope constructs.Construct, id *string, props *ApplicationLoadBalancedEc2ServiceProps) {
	s := &albEc2Service{}
	s.build(s, scope, id, props)
	l2.Override(a, ApplicationLoadBalancedEc2Service(s))
}

func (s *albEc2Service) build(self constructs.IConstruct, scope constructs.Construct, id *string, props *ApplicationLoadBalancedEc2ServiceProps) {
	if props == nil {
		props = &ApplicationLoadBalancedEc2ServiceProps{}
	}
	s.init(self, scope, id, props.base())
	if props.TaskDefinition != nil && props.TaskImageOptions != nil {
		l2.Throw(s, "You must specify either a taskDefinition or taskImageOptions, not both.")
	}
	switch {
	case props.TaskDefinition != nil:
		s.taskDefinition = props.TaskDefinition
	case props.TaskImageOptions != nil:
		o := props.TaskImageOptions
		s.taskDefinition = awsecs.NewEc2TaskDefinition(s, jsii.String("TaskDef"), &awsecs.Ec2TaskDefinitionProps{
			ExecutionRole: o.ExecutionRole, TaskRole: o.TaskRole, Family: o.Family,
		})
		c := s.taskDefinition.AddContainer(jsii.String(containerNameOr(o.ContainerName)), &awsecs.ContainerDefinitionOptions{
			Image: o.Image, Cpu: props.Cpu, MemoryLimitMiB: props.MemoryLimitMiB, MemoryReservationMiB: props.MemoryReservationMiB,
			Environment: o.Environment, Secrets: o.Secrets, Logging: s.logDriverFor(o.LogDriver, o.EnableLogging),
			DockerLabels: o.DockerLabels, Command: o.Command, EntryPoint: o.EntryPoint,
		})
		c.AddPortMappings(&awsecs.PortMapping{ContainerPort: portOr80(o.ContainerPort)})
	default:
		l2.Throw(s, "You must specify one of: taskDefinition or image")
	}
	s.service = awsecs.NewEc2Service(s, jsii.String("Service"), &awsecs.Ec2ServiceProps{
		Cluster: s.cluster, CloudMapOptions: props.CloudMapOptions, DesiredCount: desiredFor(s, s.internalDesiredCount), TaskDefinition: s.taskDefinition, AssignPublicIp: jsii.Bool(false),
		ServiceName: props.ServiceName, HealthCheckGracePeriod: props.HealthCheckGracePeriod,
		MinHealthyPercent: props.MinHealthyPercent, MaxHealthyPercent: props.MaxHealthyPercent, PropagateTags: props.PropagateTags,
		EnableECSManagedTags: props.EnableECSManagedTags, DeploymentController: props.DeploymentController,
		CircuitBreaker: props.CircuitBreaker, EnableExecuteCommand: props.EnableExecuteCommand,
		PlacementConstraints: props.PlacementConstraints, PlacementStrategies: props.PlacementStrategies,
		CapacityProviderStrategies: props.CapacityProviderStrategies,
	})
	s.AddServiceAsTarget(s.service)
}

func (s *albEc2Service) Service() awsecs.Ec2Service               { return s.service }
func (s *albEc2Service) TaskDefinition() awsecs.Ec2TaskDefinition { return s.taskDefinition }

// NetworkLoadBalancedEc2ServiceProps are the props of
// NewNetworkLoadBalancedEc2Service.
type NetworkLoadBalancedEc2ServiceProps struct {
	CapacityProviderStrategies *[]*awsecs.CapacityProviderStrategy            `field:"optional" json:"capacityProviderStrategies" yaml:"capacityProviderStrategies"`
	CircuitBreaker             *awsecs.DeploymentCircuitBreaker               `field:"optional" json:"circuitBreaker" yaml:"circuitBreaker"`
	CloudMapOptions            *awsecs.CloudMapOptions                        `field:"optional" json:"cloudMapOptions" yaml:"cloudMapOptions"`
	Cluster                    awsecs.ICluster                                `field:"optional" json:"cluster" yaml:"cluster"`
	DeploymentController       *awsecs.DeploymentController                   `field:"optional" json:"deploymentController" yaml:"deploymentController"`
	DesiredCount               *float64                                       `field:"optional" json:"desiredCount" yaml:"desiredCount"`
	DomainName                 *string                                        `field:"optional" json:"domainName" yaml:"domainName"`
	DomainZone                 awsroute53.IHostedZone                         `field:"optional" json:"domainZone" yaml:"domainZone"`
	EnableECSManagedTags       *bool                                          `field:"optional" json:"enableECSManagedTags" yaml:"enableECSManagedTags"`
	EnableExecuteCommand       *bool                                          `field:"optional" json:"enableExecuteCommand" yaml:"enableExecuteCommand"`
	HealthCheckGracePeriod     awscdk.Duration                                `field:"optional" json:"healthCheckGracePeriod" yaml:"healthCheckGracePeriod"`
	IpAddressType              awselasticloadbalancingv2.IpAddressType        `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	ListenerCertificate        awselasticloadbalancingv2.IListenerCertificate `field:"optional" json:"listenerCertificate" yaml:"listenerCertificate"`
	ListenerPort               *float64                                       `field:"optional" json:"listenerPort" yaml:"listenerPort"`
	LoadBalancer               awselasticloadbalancingv2.INetworkLoadBalancer `field:"optional" json:"loadBalancer" yaml:"loadBalancer"`
	MaxHealthyPercent          *float64                                       `field:"optional" json:"maxHealthyPercent" yaml:"maxHealthyPercent"`
	MinHealthyPercent          *float64                                       `field:"optional" json:"minHealthyPercent" yaml:"minHealthyPercent"`
	PropagateTags              awsecs.PropagatedTagSource                     `field:"optional" json:"propagateTags" yaml:"propagateTags"`
	PublicLoadBalancer         *bool                                          `field:"optional" json:"publicLoadBalancer" yaml:"publicLoadBalancer"`
	RecordType                 NetworkLoadBalancedServiceRecordType           `field:"optional" json:"recordType" yaml:"recordType"`
	ServiceName                *string                                        `field:"optional" json:"serviceName" yaml:"serviceName"`
	TaskImageOptions           *NetworkLoadBalancedTaskImageOptions           `field:"optional" json:"taskImageOptions" yaml:"taskImageOptions"`
	Vpc                        awsec2.IVpc                                    `field:"optional" json:"vpc" yaml:"vpc"`
	Cpu                        *float64                                       `field:"optional" json:"cpu" yaml:"cpu"`
	MemoryLimitMiB             *float64                                       `field:"optional" json:"memoryLimitMiB" yaml:"memoryLimitMiB"`
	MemoryReservationMiB       *float64                                       `field:"optional" json:"memoryReservationMiB" yaml:"memoryReservationMiB"`
	PlacementConstraints       *[]awsecs.PlacementConstraint                  `field:"optional" json:"placementConstraints" yaml:"placementConstraints"`
	PlacementStrategies        *[]awsecs.PlacementStrategy                    `field:"optional" json:"placementStrategies" yaml:"placementStrategies"`
	TaskDefinition             awsecs.Ec2TaskDefinition                       `field:"optional" json:"taskDefinition" yaml:"taskDefinition"`
}

func (p *NetworkLoadBalancedEc2ServiceProps) base() *NetworkLoadBalancedServiceBaseProps {
	return &NetworkLoadBalancedServiceBaseProps{CapacityProviderStrategies: p.CapacityProviderStrategies, CircuitBreaker: p.CircuitBreaker, Cluster: p.Cluster, DeploymentController: p.DeploymentController, DesiredCount: p.DesiredCount, DomainName: p.DomainName, DomainZone: p.DomainZone, EnableECSManagedTags: p.EnableECSManagedTags, EnableExecuteCommand: p.EnableExecuteCommand, HealthCheckGracePeriod: p.HealthCheckGracePeriod, IpAddressType: p.IpAddressType, ListenerCertificate: p.ListenerCertificate, ListenerPort: p.ListenerPort, LoadBalancer: p.LoadBalancer, MaxHealthyPercent: p.MaxHealthyPercent, MinHealthyPercent: p.MinHealthyPercent, PropagateTags: p.PropagateTags, PublicLoadBalancer: p.PublicLoadBalancer, RecordType: p.RecordType, ServiceName: p.ServiceName, TaskImageOptions: p.TaskImageOptions, Vpc: p.Vpc}
}

// NetworkLoadBalancedEc2Service is an EC2 service behind a Network Load
// Balancer.
type NetworkLoadBalancedEc2Service interface {
	NetworkLoadBalancedServiceBase
	Service() awsecs.Ec2Service
	TaskDefinition() awsecs.Ec2TaskDefinition
}

type nlbEc2Service struct {
	nlbServiceBase
	service        awsecs.Ec2Service
	taskDefinition awsecs.Ec2TaskDefinition
}

// NetworkLoadBalancedEc2Service_IsConstruct reports whether x is a construct.
func NetworkLoadBalancedEc2Service_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// NewNetworkLoadBalancedEc2Service defines an EC2 service behind a new (or
// the given) Network Load Balancer.
func NewNetworkLoadBalancedEc2Service(scope constructs.Construct, id *string, props *NetworkLoadBalancedEc2ServiceProps) NetworkLoadBalancedEc2Service {
	s := &nlbEc2Service{}
	s.build(s, scope, id, props)
	return s
}

// NewNetworkLoadBalancedEc2Service_Override builds the pattern for a Go
// type that embeds NetworkLoadBalancedEc2Service.
func NewNetworkLoadBalancedEc2Service_Override(n NetworkLoadBalancedEc2Service, scope constructs.Construct, id *string, props *NetworkLoadBalancedEc2ServiceProps) {
	s := &nlbEc2Service{}
	s.build(s, scope, id, props)
	l2.Override(n, NetworkLoadBalancedEc2Service(s))
}

func (s *nlbEc2Service) build(self constructs.IConstruct, scope constructs.Construct, id *string, props *NetworkLoadBalancedEc2ServiceProps) {
	if props == nil {
		props = &NetworkLoadBalancedEc2ServiceProps{}
	}
	s.init(self, scope, id, props.base())
	if props.TaskDefinition != nil && props.TaskImageOptions != nil {
		l2.Throw(s, "You must specify either a taskDefinition or an image, not both.")
	}
	switch {
	case props.TaskDefinition != nil:
		s.taskDefinition = props.TaskDefinition
	case props.TaskImageOptions != nil:
		o := props.TaskImageOptions
		s.taskDefinition = awsecs.NewEc2TaskDefinition(s, jsii.String("TaskDef"), &awsecs.Ec2TaskDefinitionProps{
			ExecutionRole: o.ExecutionRole, TaskRole: o.TaskRole, Family: o.Family,
		})
		c := s.taskDefinition.AddContainer(jsii.String(containerNameOr(o.ContainerName)), &awsecs.ContainerDefinitionOptions{
			Image: o.Image, Cpu: props.Cpu, MemoryLimitMiB: props.MemoryLimitMiB, MemoryReservationMiB: props.MemoryReservationMiB,
			Environment: o.Environment, Secrets: o.Secrets, Logging: logDriverFor(s, o.LogDriver, o.EnableLogging), DockerLabels: o.DockerLabels,
		})
		c.AddPortMappings(&awsecs.PortMapping{ContainerPort: portOr80(o.ContainerPort)})
	default:
		l2.Throw(s, "You must specify one of: taskDefinition or image")
	}
	s.service = awsecs.NewEc2Service(s, jsii.String("Service"), &awsecs.Ec2ServiceProps{
		Cluster: s.cluster, CloudMapOptions: props.CloudMapOptions, DesiredCount: desiredFor(s, s.internalDesiredCount), TaskDefinition: s.taskDefinition, AssignPublicIp: jsii.Bool(false),
		ServiceName: props.ServiceName, HealthCheckGracePeriod: props.HealthCheckGracePeriod,
		MinHealthyPercent: props.MinHealthyPercent, MaxHealthyPercent: props.MaxHealthyPercent, PropagateTags: props.PropagateTags,
		EnableECSManagedTags: props.EnableECSManagedTags, DeploymentController: props.DeploymentController,
		CircuitBreaker: props.CircuitBreaker, EnableExecuteCommand: props.EnableExecuteCommand,
		PlacementConstraints: props.PlacementConstraints, PlacementStrategies: props.PlacementStrategies,
		CapacityProviderStrategies: props.CapacityProviderStrategies,
	})
	s.AddServiceAsTarget(s.service)
}

func (s *nlbEc2Service) Service() awsecs.Ec2Service               { return s.service }
func (s *nlbEc2Service) TaskDefinition() awsecs.Ec2TaskDefinition { return s.taskDefinition }

// QueueProcessingEc2ServiceProps are the props of
// NewQueueProcessingEc2Service.
type QueueProcessingEc2ServiceProps struct {
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
	ContainerName               *string                                       `field:"optional" json:"containerName" yaml:"containerName"`
	Cpu                         *float64                                      `field:"optional" json:"cpu" yaml:"cpu"`
	GpuCount                    *float64                                      `field:"optional" json:"gpuCount" yaml:"gpuCount"`
	MemoryLimitMiB              *float64                                      `field:"optional" json:"memoryLimitMiB" yaml:"memoryLimitMiB"`
	MemoryReservationMiB        *float64                                      `field:"optional" json:"memoryReservationMiB" yaml:"memoryReservationMiB"`
	PlacementConstraints        *[]awsecs.PlacementConstraint                 `field:"optional" json:"placementConstraints" yaml:"placementConstraints"`
	PlacementStrategies         *[]awsecs.PlacementStrategy                   `field:"optional" json:"placementStrategies" yaml:"placementStrategies"`
}

// QueueProcessingEc2Service is an EC2 service that works off an SQS queue.
type QueueProcessingEc2Service interface {
	QueueProcessingServiceBase
	Service() awsecs.Ec2Service
	TaskDefinition() awsecs.Ec2TaskDefinition
}

type queueEc2 struct {
	queueBase
	service        awsecs.Ec2Service
	taskDefinition awsecs.Ec2TaskDefinition
}

// QueueProcessingEc2Service_IsConstruct reports whether x is a construct.
func QueueProcessingEc2Service_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// NewQueueProcessingEc2Service defines the queue-processing pattern on EC2.
func NewQueueProcessingEc2Service(scope constructs.Construct, id *string, props *QueueProcessingEc2ServiceProps) QueueProcessingEc2Service {
	s := &queueEc2{}
	s.build(s, scope, id, props)
	return s
}

// NewQueueProcessingEc2Service_Override builds the pattern for a Go type
// that embeds QueueProcessingEc2Service.
func NewQueueProcessingEc2Service_Override(q QueueProcessingEc2Service, scope constructs.Construct, id *string, props *QueueProcessingEc2ServiceProps) {
	s := &queueEc2{}
	s.build(s, scope, id, props)
	l2.Override(q, QueueProcessingEc2Service(s))
}

func (s *queueEc2) build(self constructs.IConstruct, scope constructs.Construct, id *string, props *QueueProcessingEc2ServiceProps) {
	if props == nil {
		props = &QueueProcessingEc2ServiceProps{}
	}
	p := props
	s.init(self, scope, id, &QueueProcessingServiceBaseProps{CapacityProviderStrategies: p.CapacityProviderStrategies, CircuitBreaker: p.CircuitBreaker, Cluster: p.Cluster, Command: p.Command, Cooldown: p.Cooldown, CpuTargetUtilizationPercent: p.CpuTargetUtilizationPercent, DeploymentController: p.DeploymentController, DisableCpuBasedScaling: p.DisableCpuBasedScaling, EnableECSManagedTags: p.EnableECSManagedTags, EnableExecuteCommand: p.EnableExecuteCommand, EnableLogging: p.EnableLogging, Environment: p.Environment, Family: p.Family, Image: p.Image, LogDriver: p.LogDriver, MaxHealthyPercent: p.MaxHealthyPercent, MaxReceiveCount: p.MaxReceiveCount, MaxScalingCapacity: p.MaxScalingCapacity, MinHealthyPercent: p.MinHealthyPercent, MinScalingCapacity: p.MinScalingCapacity, PropagateTags: p.PropagateTags, Queue: p.Queue, RetentionPeriod: p.RetentionPeriod, ScalingSteps: p.ScalingSteps, Secrets: p.Secrets, ServiceName: p.ServiceName, VisibilityTimeout: p.VisibilityTimeout, Vpc: p.Vpc})
	if props.Image == nil {
		l2.Throw(s, "image must be specified for EC2 queue processing service")
	}
	name := props.ContainerName
	if name == nil {
		name = jsii.String("QueueProcessingContainer")
	}
	s.taskDefinition = awsecs.NewEc2TaskDefinition(s, jsii.String("QueueProcessingTaskDef"), &awsecs.Ec2TaskDefinitionProps{Family: props.Family})
	c := s.taskDefinition.AddContainer(name, &awsecs.ContainerDefinitionOptions{
		Image: props.Image, MemoryLimitMiB: props.MemoryLimitMiB, MemoryReservationMiB: props.MemoryReservationMiB, Cpu: props.Cpu,
		GpuCount: props.GpuCount, Command: props.Command, Environment: s.userEnv, Secrets: s.secrets, Logging: s.logDriver,
	})
	c.AddEnvironment(jsii.String("QUEUE_NAME"), s.environment["QUEUE_NAME"])
	var desired *float64
	if !flag(s, flagRemoveDesiredCount) {
		desired = jsii.Number(1)
	}
	s.service = awsecs.NewEc2Service(s, jsii.String("QueueProcessingService"), &awsecs.Ec2ServiceProps{
		Cluster: s.cluster, DesiredCount: desired, TaskDefinition: s.taskDefinition, ServiceName: props.ServiceName,
		MinHealthyPercent: props.MinHealthyPercent, MaxHealthyPercent: props.MaxHealthyPercent, PropagateTags: props.PropagateTags,
		EnableECSManagedTags: props.EnableECSManagedTags, DeploymentController: props.DeploymentController,
		CircuitBreaker: props.CircuitBreaker, CapacityProviderStrategies: props.CapacityProviderStrategies,
		EnableExecuteCommand: props.EnableExecuteCommand, PlacementConstraints: props.PlacementConstraints,
		PlacementStrategies: props.PlacementStrategies,
	})
	s.ConfigureAutoscalingForService(s.service)
	s.GrantPermissionsToService(s.service)
}

func (s *queueEc2) Service() awsecs.Ec2Service               { return s.service }
func (s *queueEc2) TaskDefinition() awsecs.Ec2TaskDefinition { return s.taskDefinition }

func containerNameOr(name *string) string {
	if name != nil {
		return *name
	}
	return "web"
}

func portOr80(port *float64) *float64 {
	if port != nil && *port != 0 {
		return port
	}
	return jsii.Number(80)
}

// desiredFor is the desired count a service gets: the one given (or none)
// under removeDefaultDesiredCount, else at least 1.
func desiredFor(c constructs.IConstruct, internal *float64) *float64 {
	if flag(c, flagRemoveDesiredCount) {
		return internal
	}
	if internal != nil && *internal != 0 {
		return internal
	}
	return jsii.Number(1)
}

// logDriverFor is the container's log driver: the given one, else awslogs
// with the construct's id as prefix unless logging is disabled.
func logDriverFor(c interface {
	constructs.IConstruct
	CreateAWSLogDriver(prefix *string) awsecs.AwsLogDriver
}, given awsecs.LogDriver, enable *bool) awsecs.LogDriver {
	if given != nil {
		return given
	}
	if enable == nil || *enable {
		return c.CreateAWSLogDriver(c.Node().Id())
	}
	return nil
}

func (b *albServiceBase) logDriverFor(given awsecs.LogDriver, enable *bool) awsecs.LogDriver {
	return logDriverFor(b, given, enable)
}
