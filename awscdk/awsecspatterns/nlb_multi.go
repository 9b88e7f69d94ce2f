package awsecspatterns

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/awsroute53targets"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// NetworkLoadBalancedTaskImageProps describe the container of a
// network multiple-target-group pattern, which may expose several ports.
type NetworkLoadBalancedTaskImageProps struct {
	Image          awsecs.ContainerImage     `field:"required" json:"image" yaml:"image"`
	ContainerName  *string                   `field:"optional" json:"containerName" yaml:"containerName"`
	ContainerPorts *[]*float64               `field:"optional" json:"containerPorts" yaml:"containerPorts"`
	DockerLabels   *map[string]*string       `field:"optional" json:"dockerLabels" yaml:"dockerLabels"`
	EnableLogging  *bool                     `field:"optional" json:"enableLogging" yaml:"enableLogging"`
	Environment    *map[string]*string       `field:"optional" json:"environment" yaml:"environment"`
	ExecutionRole  awsiam.IRole              `field:"optional" json:"executionRole" yaml:"executionRole"`
	Family         *string                   `field:"optional" json:"family" yaml:"family"`
	LogDriver      awsecs.LogDriver          `field:"optional" json:"logDriver" yaml:"logDriver"`
	Secrets        *map[string]awsecs.Secret `field:"optional" json:"secrets" yaml:"secrets"`
	TaskRole       awsiam.IRole              `field:"optional" json:"taskRole" yaml:"taskRole"`
}

// NetworkLoadBalancerProps describe one Network Load Balancer of a
// multiple-target-group pattern (Name is also its construct id).
type NetworkLoadBalancerProps struct {
	Listeners          *[]*NetworkListenerProps `field:"required" json:"listeners" yaml:"listeners"`
	Name               *string                  `field:"required" json:"name" yaml:"name"`
	DomainName         *string                  `field:"optional" json:"domainName" yaml:"domainName"`
	DomainZone         awsroute53.IHostedZone   `field:"optional" json:"domainZone" yaml:"domainZone"`
	PublicLoadBalancer *bool                    `field:"optional" json:"publicLoadBalancer" yaml:"publicLoadBalancer"`
}

// NetworkListenerProps describe one listener (port 80 unless given).
type NetworkListenerProps struct {
	Name *string  `field:"required" json:"name" yaml:"name"`
	Port *float64 `field:"optional" json:"port" yaml:"port"`
}

// NetworkTargetProps route a listener (the first unless named) to a container port.
type NetworkTargetProps struct {
	ContainerPort *float64 `field:"required" json:"containerPort" yaml:"containerPort"`
	Listener      *string  `field:"optional" json:"listener" yaml:"listener"`
}

// NetworkMultipleTargetGroupsServiceBaseProps are the settings the
// network multiple-target-group patterns share.
type NetworkMultipleTargetGroupsServiceBaseProps struct {
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
}

// NetworkMultipleTargetGroupsServiceBase is what the network
// multiple-target-group patterns share.
type NetworkMultipleTargetGroupsServiceBase interface {
	constructs.Construct
	Cluster() awsecs.ICluster
	InternalDesiredCount() *float64
	Listener() awselasticloadbalancingv2.NetworkListener
	Listeners() *[]awselasticloadbalancingv2.NetworkListener
	LoadBalancer() awselasticloadbalancingv2.NetworkLoadBalancer
	LoadBalancers() *[]awselasticloadbalancingv2.NetworkLoadBalancer
	LogDriver() awsecs.LogDriver
	SetLogDriver(val awsecs.LogDriver)
	Node() constructs.Node
	TargetGroups() *[]awselasticloadbalancingv2.NetworkTargetGroup
	AddPortMappingForTargets(container awsecs.ContainerDefinition, targets *[]*NetworkTargetProps)
	CreateAWSLogDriver(prefix *string) awsecs.AwsLogDriver
	FindListener(name *string) awselasticloadbalancingv2.NetworkListener
	GetDefaultCluster(scope constructs.Construct, vpc awsec2.IVpc) awsecs.Cluster
	RegisterECSTargets(service awsecs.BaseService, container awsecs.ContainerDefinition, targets *[]*NetworkTargetProps) awselasticloadbalancingv2.NetworkTargetGroup
	ToString() *string
	With(mixins ...constructs.IMixin) constructs.IConstruct
}

type nlbMultiBase struct {
	constructs.Construct
	cluster              awsecs.ICluster
	internalDesiredCount *float64
	logDriver            awsecs.LogDriver
	loadBalancer         awselasticloadbalancingv2.NetworkLoadBalancer
	listener             awselasticloadbalancingv2.NetworkListener
	loadBalancers        []awselasticloadbalancingv2.NetworkLoadBalancer
	listeners            []awselasticloadbalancingv2.NetworkListener
	targetGroups         []awselasticloadbalancingv2.NetworkTargetGroup
}

// NewNetworkMultipleTargetGroupsServiceBase_Override builds the shared part
// for a Go type that embeds NetworkMultipleTargetGroupsServiceBase.
func NewNetworkMultipleTargetGroupsServiceBase_Override(n NetworkMultipleTargetGroupsServiceBase, scope constructs.Construct, id *string, props *NetworkMultipleTargetGroupsServiceBaseProps) {
	b := &nlbMultiBase{}
	b.init(b, scope, id, props)
	l2.Override(n, NetworkMultipleTargetGroupsServiceBase(b))
}

// NetworkMultipleTargetGroupsServiceBase_IsConstruct reports whether x is a construct.
func NetworkMultipleTargetGroupsServiceBase_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

func (b *nlbMultiBase) init(self constructs.IConstruct, scope constructs.Construct, id *string, props *NetworkMultipleTargetGroupsServiceBaseProps) {
	if props == nil {
		props = &NetworkMultipleTargetGroupsServiceBaseProps{}
	}
	b.Construct = constructs.NewConstruct(scope, id)
	host.Set(b.Construct, self)
	if props.Cluster != nil && props.Vpc != nil {
		l2.Throw(b, "You can only specify either vpc or cluster. Alternatively, you can leave both blank")
	}
	if props.DesiredCount != nil && *props.DesiredCount < 1 {
		l2.Throw(b, "You must specify a desiredCount greater than 0")
	}
	if props.LoadBalancers != nil {
		if len(*props.LoadBalancers) == 0 {
			l2.Throw(b, "At least one load balancer must be specified")
		}
		for _, lb := range *props.LoadBalancers {
			if lb == nil || lb.Listeners == nil || len(*lb.Listeners) == 0 {
				l2.Throw(b, "At least one listener must be specified")
			}
		}
	}
	b.cluster = props.Cluster
	if b.cluster == nil {
		b.cluster = b.GetDefaultCluster(b, props.Vpc)
	}
	b.internalDesiredCount = props.DesiredCount
	if o := props.TaskImageOptions; o != nil {
		b.logDriver = o.LogDriver
		if b.logDriver == nil && (o.EnableLogging == nil || *o.EnableLogging) {
			b.logDriver = b.CreateAWSLogDriver(b.Node().Id())
		}
	}
	if props.LoadBalancers == nil {
		b.loadBalancer = b.newLoadBalancer(jsii.String("LB"), nil)
		b.listener = b.loadBalancer.AddListener(jsii.String("PublicListener"), &awselasticloadbalancingv2.BaseNetworkListenerProps{Port: jsii.Number(80)})
		awscdk.NewCfnOutput(b, jsii.String("LoadBalancerDNS"), &awscdk.CfnOutputProps{Value: b.loadBalancer.LoadBalancerDnsName()})
		return
	}
	for _, lbp := range *props.LoadBalancers {
		lb := b.newLoadBalancer(lbp.Name, lbp.PublicLoadBalancer)
		b.loadBalancers = append(b.loadBalancers, lb)
		for _, lp := range *lbp.Listeners {
			port := lp.Port
			if port == nil || *port == 0 {
				port = jsii.Number(80)
			}
			b.listeners = append(b.listeners, lb.AddListener(lp.Name, &awselasticloadbalancingv2.BaseNetworkListenerProps{Port: port}))
		}
		if lbp.DomainName != nil {
			if lbp.DomainZone == nil {
				l2.Throw(b, "A Route53 hosted domain zone name is required to configure the specified domain name")
			}
			awsroute53.NewARecord(b, jsii.String("DNS"+*lb.Node().Id()), &awsroute53.ARecordProps{
				Zone: lbp.DomainZone, RecordName: lbp.DomainName,
				Target: awsroute53.RecordTarget_FromAlias(awsroute53targets.NewLoadBalancerTarget(lb, nil)),
			})
		}
		awscdk.NewCfnOutput(b, jsii.String("LoadBalancerDNS"+*lb.Node().Id()), &awscdk.CfnOutputProps{Value: lb.LoadBalancerDnsName()})
	}
	b.loadBalancer = b.loadBalancers[0]
	b.listener = b.listeners[0]
}

func (b *nlbMultiBase) newLoadBalancer(name *string, public *bool) awselasticloadbalancingv2.NetworkLoadBalancer {
	return awselasticloadbalancingv2.NewNetworkLoadBalancer(b, name, &awselasticloadbalancingv2.NetworkLoadBalancerProps{
		Vpc: b.cluster.Vpc(), InternetFacing: jsii.Bool(public == nil || *public),
	})
}

func (b *nlbMultiBase) Cluster() awsecs.ICluster       { return b.cluster }
func (b *nlbMultiBase) InternalDesiredCount() *float64 { return b.internalDesiredCount }
func (b *nlbMultiBase) Listener() awselasticloadbalancingv2.NetworkListener {
	return b.listener
}
func (b *nlbMultiBase) Listeners() *[]awselasticloadbalancingv2.NetworkListener {
	out := append([]awselasticloadbalancingv2.NetworkListener(nil), b.listeners...)
	return &out
}
func (b *nlbMultiBase) LoadBalancer() awselasticloadbalancingv2.NetworkLoadBalancer {
	return b.loadBalancer
}
func (b *nlbMultiBase) LoadBalancers() *[]awselasticloadbalancingv2.NetworkLoadBalancer {
	out := append([]awselasticloadbalancingv2.NetworkLoadBalancer(nil), b.loadBalancers...)
	return &out
}
func (b *nlbMultiBase) LogDriver() awsecs.LogDriver       { return b.logDriver }
func (b *nlbMultiBase) SetLogDriver(val awsecs.LogDriver) { b.logDriver = val }
func (b *nlbMultiBase) TargetGroups() *[]awselasticloadbalancingv2.NetworkTargetGroup {
	out := append([]awselasticloadbalancingv2.NetworkTargetGroup(nil), b.targetGroups...)
	return &out
}

// CreateAWSLogDriver returns an awslogs driver with the stream prefix.
func (b *nlbMultiBase) CreateAWSLogDriver(prefix *string) awsecs.AwsLogDriver {
	return newAWSLogDriver(prefix)
}

// GetDefaultCluster returns the stack-wide cluster the patterns share.
func (b *nlbMultiBase) GetDefaultCluster(scope constructs.Construct, vpc awsec2.IVpc) awsecs.Cluster {
	return defaultCluster(scope, vpc)
}

// FindListener returns the listener with that construct id (the first
// listener when name is nil).
func (b *nlbMultiBase) FindListener(name *string) awselasticloadbalancingv2.NetworkListener {
	if name == nil || *name == "" {
		return b.listener
	}
	for _, l := range b.listeners {
		if *l.Node().Id() == *name {
			return l
		}
	}
	l2.Throw(b, "Listener %s is not defined. Did you define listener with name %s?", *name, *name)
	return nil
}

// AddPortMappingForTargets maps each target's container port (TCP) the
// container does not map yet.
func (b *nlbMultiBase) AddPortMappingForTargets(container awsecs.ContainerDefinition, targets *[]*NetworkTargetProps) {
	if targets == nil {
		return
	}
	for _, t := range *targets {
		if container.FindPortMapping(t.ContainerPort, awsecs.Protocol_TCP) == nil {
			container.AddPortMappings(&awsecs.PortMapping{ContainerPort: t.ContainerPort})
		}
	}
}

// RegisterECSTargets adds a target group per target to its listener and
// returns the first.
func (b *nlbMultiBase) RegisterECSTargets(service awsecs.BaseService, container awsecs.ContainerDefinition, targets *[]*NetworkTargetProps) awselasticloadbalancingv2.NetworkTargetGroup {
	if targets != nil {
		for _, t := range *targets {
			port := t.ContainerPort
			if port == nil {
				port = jsii.Number(80)
			}
			id := "ECSTargetGroup" + *container.ContainerName() + jsNum(*port)
			tg := b.FindListener(t.Listener).AddTargets(jsii.String(id), &awselasticloadbalancingv2.AddNetworkTargetsProps{
				Port: port,
				Targets: &[]awselasticloadbalancingv2.INetworkLoadBalancerTarget{service.LoadBalancerTarget(&awsecs.LoadBalancerTargetOptions{
					ContainerName: container.ContainerName(), ContainerPort: t.ContainerPort,
				})},
			})
			b.targetGroups = append(b.targetGroups, tg)
		}
	}
	if len(b.targetGroups) == 0 {
		l2.Throw(b, "At least one target group should be specified.")
	}
	return b.targetGroups[0]
}

// NetworkMultipleTargetGroupsFargateServiceProps are the props of
// NewNetworkMultipleTargetGroupsFargateService.
type NetworkMultipleTargetGroupsFargateServiceProps struct {
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
	CircuitBreaker         *awsecs.DeploymentCircuitBreaker   `field:"optional" json:"circuitBreaker" yaml:"circuitBreaker"`
	Cpu                    *float64                           `field:"optional" json:"cpu" yaml:"cpu"`
	EphemeralStorageGiB    *float64                           `field:"optional" json:"ephemeralStorageGiB" yaml:"ephemeralStorageGiB"`
	MemoryLimitMiB         *float64                           `field:"optional" json:"memoryLimitMiB" yaml:"memoryLimitMiB"`
	PlatformVersion        awsecs.FargatePlatformVersion      `field:"optional" json:"platformVersion" yaml:"platformVersion"`
	RuntimePlatform        *awsecs.RuntimePlatform            `field:"optional" json:"runtimePlatform" yaml:"runtimePlatform"`
	TaskDefinition         awsecs.FargateTaskDefinition       `field:"optional" json:"taskDefinition" yaml:"taskDefinition"`
	AssignPublicIp         *bool                              `field:"optional" json:"assignPublicIp" yaml:"assignPublicIp"`
	MaxHealthyPercent      *float64                           `field:"optional" json:"maxHealthyPercent" yaml:"maxHealthyPercent"`
	MinHealthyPercent      *float64                           `field:"optional" json:"minHealthyPercent" yaml:"minHealthyPercent"`
}

// NetworkMultipleTargetGroupsFargateService is a Fargate service behind
// one or more Network Load Balancers with several target groups.
type NetworkMultipleTargetGroupsFargateService interface {
	NetworkMultipleTargetGroupsServiceBase
	AssignPublicIp() *bool
	Service() awsecs.FargateService
	TargetGroup() awselasticloadbalancingv2.NetworkTargetGroup
	TaskDefinition() awsecs.FargateTaskDefinition
}

type nlbMultiFargate struct {
	nlbMultiBase
	assignPublicIp bool
	service        awsecs.FargateService
	targetGroup    awselasticloadbalancingv2.NetworkTargetGroup
	taskDefinition awsecs.FargateTaskDefinition
}

// NetworkMultipleTargetGroupsFargateService_PROPERTY_INJECTION_ID is the id property injectors use.
func NetworkMultipleTargetGroupsFargateService_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ecs-patterns.NetworkMultipleTargetGroupsFargateService")
}

// NetworkMultipleTargetGroupsFargateService_IsConstruct reports whether x is a construct.
func NetworkMultipleTargetGroupsFargateService_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// NewNetworkMultipleTargetGroupsFargateService defines the pattern.
func NewNetworkMultipleTargetGroupsFargateService(scope constructs.Construct, id *string, props *NetworkMultipleTargetGroupsFargateServiceProps) NetworkMultipleTargetGroupsFargateService {
	props = l2.Inject(*NetworkMultipleTargetGroupsFargateService_PROPERTY_INJECTION_ID(), props, scope, id)
	s := &nlbMultiFargate{}
	s.build(s, scope, id, props)
	return s
}

// NewNetworkMultipleTargetGroupsFargateService_Override builds the pattern
// for a Go type that embeds NetworkMultipleTargetGroupsFargateService.
func NewNetworkMultipleTargetGroupsFargateService_Override(n NetworkMultipleTargetGroupsFargateService, scope constructs.Construct, id *string, props *NetworkMultipleTargetGroupsFargateServiceProps) {
	s := &nlbMultiFargate{}
	s.build(s, scope, id, props)
	l2.Override(n, NetworkMultipleTargetGroupsFargateService(s))
}

func (s *nlbMultiFargate) build(self constructs.IConstruct, scope constructs.Construct, id *string, props *NetworkMultipleTargetGroupsFargateServiceProps) {
	if props == nil {
		props = &NetworkMultipleTargetGroupsFargateServiceProps{}
	}
	s.init(self, scope, id, &NetworkMultipleTargetGroupsServiceBaseProps{
		Cluster: props.Cluster, DesiredCount: props.DesiredCount, EnableECSManagedTags: props.EnableECSManagedTags,
		EnableExecuteCommand: props.EnableExecuteCommand, HealthCheckGracePeriod: props.HealthCheckGracePeriod,
		LoadBalancers: props.LoadBalancers, PropagateTags: props.PropagateTags, ServiceName: props.ServiceName,
		TargetGroups: props.TargetGroups, TaskImageOptions: props.TaskImageOptions, Vpc: props.Vpc,
	})
	s.assignPublicIp = props.AssignPublicIp != nil && *props.AssignPublicIp
	var dc awsecs.ContainerDefinition
	s.taskDefinition, dc = multiFargateTaskDefinition(s, props.TaskDefinition, (*ApplicationLoadBalancedTaskImageProps)(props.TaskImageOptions), s.logDriver,
		&awsecs.FargateTaskDefinitionProps{MemoryLimitMiB: props.MemoryLimitMiB, Cpu: props.Cpu,
			EphemeralStorageGiB: props.EphemeralStorageGiB, RuntimePlatform: props.RuntimePlatform})
	desired := s.internalDesiredCount
	if !flag(s, flagRemoveDesiredCount) {
		desired = jsii.Number(1)
		if d := props.DesiredCount; d != nil && *d != 0 {
			desired = d
		}
	}
	s.service = awsecs.NewFargateService(s, jsii.String("Service"), &awsecs.FargateServiceProps{
		Cluster: s.cluster, CloudMapOptions: props.CloudMapOptions, DesiredCount: desired, TaskDefinition: s.taskDefinition, AssignPublicIp: jsii.Bool(s.assignPublicIp),
		ServiceName: props.ServiceName, HealthCheckGracePeriod: props.HealthCheckGracePeriod, PropagateTags: props.PropagateTags,
		EnableECSManagedTags: props.EnableECSManagedTags, PlatformVersion: props.PlatformVersion, EnableExecuteCommand: props.EnableExecuteCommand,
		MinHealthyPercent: props.MinHealthyPercent, MaxHealthyPercent: props.MaxHealthyPercent, CircuitBreaker: props.CircuitBreaker,
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

func (s *nlbMultiFargate) AssignPublicIp() *bool          { return jsii.Bool(s.assignPublicIp) }
func (s *nlbMultiFargate) Service() awsecs.FargateService { return s.service }
func (s *nlbMultiFargate) TargetGroup() awselasticloadbalancingv2.NetworkTargetGroup {
	return s.targetGroup
}
func (s *nlbMultiFargate) TaskDefinition() awsecs.FargateTaskDefinition { return s.taskDefinition }
