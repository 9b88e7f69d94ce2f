package awsecspatterns

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ApplicationMultipleTargetGroupsEc2ServiceProps are the props of
// NewApplicationMultipleTargetGroupsEc2Service.
type ApplicationMultipleTargetGroupsEc2ServiceProps struct {
	CloudMapOptions        *awsecs.CloudMapOptions                `field:"optional" json:"cloudMapOptions" yaml:"cloudMapOptions"`
	Cluster                awsecs.ICluster                        `field:"optional" json:"cluster" yaml:"cluster"`
	DesiredCount           *float64                               `field:"optional" json:"desiredCount" yaml:"desiredCount"`
	EnableECSManagedTags   *bool                                  `field:"optional" json:"enableECSManagedTags" yaml:"enableECSManagedTags"`
	EnableExecuteCommand   *bool                                  `field:"optional" json:"enableExecuteCommand" yaml:"enableExecuteCommand"`
	HealthCheckGracePeriod awscdk.Duration                        `field:"optional" json:"healthCheckGracePeriod" yaml:"healthCheckGracePeriod"`
	LoadBalancers          *[]*ApplicationLoadBalancerProps       `field:"optional" json:"loadBalancers" yaml:"loadBalancers"`
	PropagateTags          awsecs.PropagatedTagSource             `field:"optional" json:"propagateTags" yaml:"propagateTags"`
	ServiceName            *string                                `field:"optional" json:"serviceName" yaml:"serviceName"`
	TargetGroups           *[]*ApplicationTargetProps             `field:"optional" json:"targetGroups" yaml:"targetGroups"`
	TaskImageOptions       *ApplicationLoadBalancedTaskImageProps `field:"optional" json:"taskImageOptions" yaml:"taskImageOptions"`
	Vpc                    awsec2.IVpc                            `field:"optional" json:"vpc" yaml:"vpc"`
	Cpu                    *float64                               `field:"optional" json:"cpu" yaml:"cpu"`
	MemoryLimitMiB         *float64                               `field:"optional" json:"memoryLimitMiB" yaml:"memoryLimitMiB"`
	MemoryReservationMiB   *float64                               `field:"optional" json:"memoryReservationMiB" yaml:"memoryReservationMiB"`
	PlacementConstraints   *[]awsecs.PlacementConstraint          `field:"optional" json:"placementConstraints" yaml:"placementConstraints"`
	PlacementStrategies    *[]awsecs.PlacementStrategy            `field:"optional" json:"placementStrategies" yaml:"placementStrategies"`
	TaskDefinition         awsecs.Ec2TaskDefinition               `field:"optional" json:"taskDefinition" yaml:"taskDefinition"`
}

// ApplicationMultipleTargetGroupsEc2Service is an EC2 service behind one
// or more Application Load Balancers with several target groups.
type ApplicationMultipleTargetGroupsEc2Service interface {
	ApplicationMultipleTargetGroupsServiceBase
	Service() awsecs.Ec2Service
	TargetGroup() awselasticloadbalancingv2.ApplicationTargetGroup
	TaskDefinition() awsecs.Ec2TaskDefinition
}

type albMultiEc2 struct {
	albMultiBase
	service        awsecs.Ec2Service
	targetGroup    awselasticloadbalancingv2.ApplicationTargetGroup
	taskDefinition awsecs.Ec2TaskDefinition
}

// ApplicationMultipleTargetGroupsEc2Service_IsConstruct reports whether x is a construct.
func ApplicationMultipleTargetGroupsEc2Service_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// NewApplicationMultipleTargetGroupsEc2Service defines the pattern on EC2.
func NewApplicationMultipleTargetGroupsEc2Service(scope constructs.Construct, id *string, props *ApplicationMultipleTargetGroupsEc2ServiceProps) ApplicationMultipleTargetGroupsEc2Service {
	s := &albMultiEc2{}
	s.build(s, scope, id, props)
	return s
}

// NewApplicationMultipleTargetGroupsEc2Service_Override builds the pattern
// for a Go type that embeds ApplicationMultipleTargetGroupsEc2Service.
func NewApplicationMultipleTargetGroupsEc2Service_Override(a ApplicationMultipleTargetGroupsEc2Service, scope constructs.Construct, id *string, props *ApplicationMultipleTargetGroupsEc2ServiceProps) {
	s := &albMultiEc2{}
	s.build(s, scope, id, props)
	l2.Override(a, ApplicationMultipleTargetGroupsEc2Service(s))
}

func (s *albMultiEc2) build(self constructs.IConstruct, scope constructs.Construct, id *string, props *ApplicationMultipleTargetGroupsEc2ServiceProps) {
	if props == nil {
		props = &ApplicationMultipleTargetGroupsEc2ServiceProps{}
	}
	s.init(self, scope, id, &ApplicationMultipleTargetGroupsServiceBaseProps{
		Cluster: props.Cluster, DesiredCount: props.DesiredCount, EnableECSManagedTags: props.EnableECSManagedTags,
		EnableExecuteCommand: props.EnableExecuteCommand, HealthCheckGracePeriod: props.HealthCheckGracePeriod,
		LoadBalancers: props.LoadBalancers, PropagateTags: props.PropagateTags, ServiceName: props.ServiceName,
		TargetGroups: props.TargetGroups, TaskImageOptions: props.TaskImageOptions, Vpc: props.Vpc,
	})
	if props.TaskDefinition != nil && props.TaskImageOptions != nil {
		l2.Throw(s, "You must specify only one of TaskDefinition or TaskImageOptions.")
	}
	switch {
	case props.TaskDefinition != nil:
		s.taskDefinition = props.TaskDefinition
	case props.TaskImageOptions != nil:
		o := props.TaskImageOptions
		s.taskDefinition = awsecs.NewEc2TaskDefinition(s, jsii.String("TaskDef"), &awsecs.Ec2TaskDefinitionProps{ExecutionRole: o.ExecutionRole, TaskRole: o.TaskRole})
		c := s.taskDefinition.AddContainer(jsii.String(containerNameOr(o.ContainerName)), &awsecs.ContainerDefinitionOptions{
			Image: o.Image, Cpu: props.Cpu, MemoryLimitMiB: props.MemoryLimitMiB, MemoryReservationMiB: props.MemoryReservationMiB,
			Environment: o.Environment, Secrets: o.Secrets, Logging: s.logDriver, DockerLabels: o.DockerLabels,
		})
		addPorts(c, o.ContainerPorts)
	default:
		l2.Throw(s, "You must specify one of: taskDefinition or image")
	}
	dc := defaultContainerWithPort(s, s.taskDefinition)
	s.service = awsecs.NewEc2Service(s, jsii.String("Service"), &awsecs.Ec2ServiceProps{
		Cluster: s.cluster, CloudMapOptions: props.CloudMapOptions, DesiredCount: desiredFor(s, s.internalDesiredCount), TaskDefinition: s.taskDefinition, AssignPublicIp: jsii.Bool(false),
		ServiceName: props.ServiceName, HealthCheckGracePeriod: props.HealthCheckGracePeriod, PropagateTags: props.PropagateTags,
		EnableECSManagedTags: props.EnableECSManagedTags, EnableExecuteCommand: props.EnableExecuteCommand,
		PlacementConstraints: props.PlacementConstraints, PlacementStrategies: props.PlacementStrategies,
	})
	if props.TargetGroups != nil {
		s.AddPortMappingForTargets(dc, props.TargetGroups)
		s.targetGroup = s.RegisterECSTargets(s.service, dc, props.TargetGroups)
		return
	}
	s.targetGroup = s.listener.AddTargets(jsii.String("ECS"), &awselasticloadbalancingv2.AddApplicationTargetsProps{
		Targets: &[]awselasticloadbalancingv2.IApplicationLoadBalancerTarget{s.service}, Port: (*dc.PortMappings())[0].ContainerPort,
	})
}

func (s *albMultiEc2) Service() awsecs.Ec2Service { return s.service }
func (s *albMultiEc2) TargetGroup() awselasticloadbalancingv2.ApplicationTargetGroup {
	return s.targetGroup
}
func (s *albMultiEc2) TaskDefinition() awsecs.Ec2TaskDefinition { return s.taskDefinition }

// NetworkMultipleTargetGroupsEc2ServiceProps are the props of
// NewNetworkMultipleTargetGroupsEc2Service.
type NetworkMultipleTargetGroupsEc2ServiceProps struct {
	CloudMapOptions        *awsecs.CloudMapOptions            `field:"optional" json:"cloudMapOptions" yaml:"cloudMapOptions"`
	Cluster                awsecs.ICluster                    `field:"optional" json:"cluster" yaml:"cluster"`
	DesiredCount           *float64                           `field:"optional" json:"desiredCount" yaml:"desiredCount"`
	EnableECSManagedTags   *bool                              `field:"optional" json:"enableECSManagedTags" yaml:"enableECSManagedTags"`
	EnableExecuteCommand   *bool                              `field:"optional" json:"enableExecuteCommand" yaml:"enableExecuteCommand"`
	HealthCheckGracePeriod awscdk.Duration                    `field:"optional" json:"healthCheckGracePeriod" yaml:"healthCheckGracePeriod"`
	LoadBalancers          *[]*NetworkLoadBalancerProps       `field:"optional" json:"loadBalancers" yaml:"loadBalancers"`
	PropagateTags          awsecs.PropagatedTagSource         `field:"optional" json:"propagateTags" yaml:"propagateTags"`
	ServiceName            *string                            `field:"optional" json:"serviceName" yaml:"serviceName"`
	TargetGroups           *[]*NetworkTargetProps             `field:"optional" json:"targetGroups" yaml:"targetGroups"`
	TaskImageOptions       *NetworkLoadBalancedTaskImageProps `field:"optional" json:"taskImageOptions" yaml:"taskImageOptions"`
	Vpc                    awsec2.IVpc                        `field:"optional" json:"vpc" yaml:"vpc"`
	Cpu                    *float64                           `field:"optional" json:"cpu" yaml:"cpu"`
	MemoryLimitMiB         *float64                           `field:"optional" json:"memoryLimitMiB" yaml:"memoryLimitMiB"`
	MemoryReservationMiB   *float64                           `field:"optional" json:"memoryReservationMiB" yaml:"memoryReservationMiB"`
	PlacementConstraints   *[]awsecs.PlacementConstraint      `field:"optional" json:"placementConstraints" yaml:"placementConstraints"`
	PlacementStrategies    *[]awsecs.PlacementStrategy        `field:"optional" json:"placementStrategies" yaml:"placementStrategies"`
	TaskDefinition         awsecs.Ec2TaskDefinition           `field:"optional" json:"taskDefinition" yaml:"taskDefinition"`
}

// NetworkMultipleTargetGroupsEc2Service is an EC2 service behind one or
// more Network Load Balancers with several target groups.
type NetworkMultipleTargetGroupsEc2Service interface {
	NetworkMultipleTargetGroupsServiceBase
	Service() awsecs.Ec2Service
	TargetGroup() awselasticloadbalancingv2.NetworkTargetGroup
	TaskDefinition() awsecs.Ec2TaskDefinition
}

type nlbMultiEc2 struct {
	nlbMultiBase
	service        awsecs.Ec2Service
	targetGroup    awselasticloadbalancingv2.NetworkTargetGroup
	taskDefinition awsecs.Ec2TaskDefinition
}

// NetworkMultipleTargetGroupsEc2Service_IsConstruct reports whether x is a construct.
func NetworkMultipleTargetGroupsEc2Service_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// NewNetworkMultipleTargetGroupsEc2Service defines the pattern on EC2.
func NewNetworkMultipleTargetGroupsEc2Service(scope constructs.Construct, id *string, props *NetworkMultipleTargetGroupsEc2ServiceProps) NetworkMultipleTargetGroupsEc2Service {
	s := &nlbMultiEc2{}
	s.build(s, scope, id, props)
	return s
}

// NewNetworkMultipleTargetGroupsEc2Service_Override builds the pattern for
// a Go type that embeds NetworkMultipleTargetGroupsEc2Service.
func NewNetworkMultipleTargetGroupsEc2Service_Override(n NetworkMultipleTargetGroupsEc2Service, scope constructs.Construct, id *string, props *NetworkMultipleTargetGroupsEc2ServiceProps) {
	s := &nlbMultiEc2{}
	s.build(s, scope, id, props)
	l2.Override(n, NetworkMultipleTargetGroupsEc2Service(s))
}

func (s *nlbMultiEc2) build(self constructs.IConstruct, scope constructs.Construct, id *string, props *NetworkMultipleTargetGroupsEc2ServiceProps) {
	if props == nil {
		props = &NetworkMultipleTargetGroupsEc2ServiceProps{}
	}
	s.init(self, scope, id, &NetworkMultipleTargetGroupsServiceBaseProps{
		Cluster: props.Cluster, DesiredCount: props.DesiredCount, EnableECSManagedTags: props.EnableECSManagedTags,
		EnableExecuteCommand: props.EnableExecuteCommand, HealthCheckGracePeriod: props.HealthCheckGracePeriod,
		LoadBalancers: props.LoadBalancers, PropagateTags: props.PropagateTags, ServiceName: props.ServiceName,
		TargetGroups: props.TargetGroups, TaskImageOptions: props.TaskImageOptions, Vpc: props.Vpc,
	})
	if props.TaskDefinition != nil && props.TaskImageOptions != nil {
		l2.Throw(s, "You must specify only one of TaskDefinition or TaskImageOptions.")
	}
	switch {
	case props.TaskDefinition != nil:
		s.taskDefinition = props.TaskDefinition
	case props.TaskImageOptions != nil:
		o := props.TaskImageOptions
		s.taskDefinition = awsecs.NewEc2TaskDefinition(s, jsii.String("TaskDef"), &awsecs.Ec2TaskDefinitionProps{ExecutionRole: o.ExecutionRole, TaskRole: o.TaskRole})
		c := s.taskDefinition.AddContainer(jsii.String(containerNameOr(o.ContainerName)), &awsecs.ContainerDefinitionOptions{
			Image: o.Image, Cpu: props.Cpu, MemoryLimitMiB: props.MemoryLimitMiB, MemoryReservationMiB: props.MemoryReservationMiB,
			Environment: o.Environment, Secrets: o.Secrets, Logging: s.logDriver, DockerLabels: o.DockerLabels,
		})
		addPorts(c, o.ContainerPorts)
	default:
		l2.Throw(s, "You must specify one of: taskDefinition or image")
	}
	dc := defaultContainerWithPort(s, s.taskDefinition)
	s.service = awsecs.NewEc2Service(s, jsii.String("Service"), &awsecs.Ec2ServiceProps{
		Cluster: s.cluster, CloudMapOptions: props.CloudMapOptions, DesiredCount: desiredFor(s, s.internalDesiredCount), TaskDefinition: s.taskDefinition, AssignPublicIp: jsii.Bool(false),
		ServiceName: props.ServiceName, HealthCheckGracePeriod: props.HealthCheckGracePeriod, PropagateTags: props.PropagateTags,
		EnableECSManagedTags: props.EnableECSManagedTags, EnableExecuteCommand: props.EnableExecuteCommand,
		PlacementConstraints: props.PlacementConstraints, PlacementStrategies: props.PlacementStrategies,
	})
	if props.TargetGroups != nil {
		s.AddPortMappingForTargets(dc, props.TargetGroups)
		s.targetGroup = s.RegisterECSTargets(s.service, dc, props.TargetGroups)
		return
	}
	port := (*dc.PortMappings())[0].ContainerPort
	if port == nil || *port == 0 {
		l2.Throw(s, "The first port mapping added to the default container must expose a single port")
	}
	s.targetGroup = s.listener.AddTargets(jsii.String("ECS"), &awselasticloadbalancingv2.AddNetworkTargetsProps{
		Targets: &[]awselasticloadbalancingv2.INetworkLoadBalancerTarget{s.service}, Port: port,
	})
}

func (s *nlbMultiEc2) Service() awsecs.Ec2Service { return s.service }
func (s *nlbMultiEc2) TargetGroup() awselasticloadbalancingv2.NetworkTargetGroup {
	return s.targetGroup
}
func (s *nlbMultiEc2) TaskDefinition() awsecs.Ec2TaskDefinition { return s.taskDefinition }

func addPorts(c awsecs.ContainerDefinition, ports *[]*float64) {
	if ports == nil {
		return
	}
	for _, p := range *ports {
		c.AddPortMappings(&awsecs.PortMapping{ContainerPort: p})
	}
}

// defaultContainerWithPort returns the task definition's default container,
// mapping port 80 when it maps none.
func defaultContainerWithPort(c constructs.IConstruct, td awsecs.TaskDefinition) awsecs.ContainerDefinition {
	dc := td.DefaultContainer()
	if dc == nil {
		l2.Throw(c, "At least one essential container must be specified")
	}
	if pm := dc.PortMappings(); pm == nil || len(*pm) == 0 {
		dc.AddPortMappings(&awsecs.PortMapping{ContainerPort: jsii.Number(80)})
	}
	return dc
}
