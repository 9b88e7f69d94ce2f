package awsecspatterns

import (
	"math"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ApplicationLoadBalancedFargateServiceProps are the props of
// NewApplicationLoadBalancedFargateService: the shared load-balancer
// settings, then the Fargate task and service settings.
type ApplicationLoadBalancedFargateServiceProps struct {
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
	EphemeralStorageGiB        *float64                                             `field:"optional" json:"ephemeralStorageGiB" yaml:"ephemeralStorageGiB"`
	MemoryLimitMiB             *float64                                             `field:"optional" json:"memoryLimitMiB" yaml:"memoryLimitMiB"`
	PlatformVersion            awsecs.FargatePlatformVersion                        `field:"optional" json:"platformVersion" yaml:"platformVersion"`
	RuntimePlatform            *awsecs.RuntimePlatform                              `field:"optional" json:"runtimePlatform" yaml:"runtimePlatform"`
	TaskDefinition             awsecs.FargateTaskDefinition                         `field:"optional" json:"taskDefinition" yaml:"taskDefinition"`
	AssignPublicIp             *bool                                                `field:"optional" json:"assignPublicIp" yaml:"assignPublicIp"`
	ContainerCpu               *float64                                             `field:"optional" json:"containerCpu" yaml:"containerCpu"`
	ContainerMemoryLimitMiB    *float64                                             `field:"optional" json:"containerMemoryLimitMiB" yaml:"containerMemoryLimitMiB"`
	HealthCheck                *awsecs.HealthCheck                                  `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	SecurityGroups             *[]awsec2.ISecurityGroup                             `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	TaskSubnets                *awsec2.SubnetSelection                              `field:"optional" json:"taskSubnets" yaml:"taskSubnets"`
}

func (p *ApplicationLoadBalancedFargateServiceProps) base() *ApplicationLoadBalancedServiceBaseProps {
	return &ApplicationLoadBalancedServiceBaseProps{
		CapacityProviderStrategies: p.CapacityProviderStrategies, Certificate: p.Certificate, CircuitBreaker: p.CircuitBreaker,
		Cluster: p.Cluster, DeploymentController: p.DeploymentController,
		DesiredCount: p.DesiredCount, DomainName: p.DomainName, DomainZone: p.DomainZone,
		EnableECSManagedTags: p.EnableECSManagedTags, EnableExecuteCommand: p.EnableExecuteCommand,
		HealthCheckGracePeriod: p.HealthCheckGracePeriod, IdleTimeout: p.IdleTimeout, IpAddressType: p.IpAddressType,
		ListenerPort: p.ListenerPort, LoadBalancer: p.LoadBalancer, LoadBalancerName: p.LoadBalancerName,
		MaxHealthyPercent: p.MaxHealthyPercent, MinHealthyPercent: p.MinHealthyPercent, OpenListener: p.OpenListener,
		PropagateTags: p.PropagateTags, Protocol: p.Protocol, ProtocolVersion: p.ProtocolVersion,
		PublicLoadBalancer: p.PublicLoadBalancer, RecordType: p.RecordType, RedirectHTTP: p.RedirectHTTP,
		ServiceName: p.ServiceName, SslPolicy: p.SslPolicy, TargetProtocol: p.TargetProtocol,
		TaskImageOptions: p.TaskImageOptions, Vpc: p.Vpc,
	}
}

// ApplicationLoadBalancedFargateService is a Fargate service behind an
// Application Load Balancer.
type ApplicationLoadBalancedFargateService interface {
	ApplicationLoadBalancedServiceBase
	AssignPublicIp() *bool
	Service() awsecs.FargateService
	TaskDefinition() awsecs.FargateTaskDefinition
}

type albFargateService struct {
	albServiceBase
	assignPublicIp bool
	service        awsecs.FargateService
	taskDefinition awsecs.FargateTaskDefinition
}

// ApplicationLoadBalancedFargateService_PROPERTY_INJECTION_ID is the id property injectors use.
func ApplicationLoadBalancedFargateService_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ecs-patterns.ApplicationLoadBalancedFargateService")
}

// ApplicationLoadBalancedFargateService_IsConstruct reports whether x is a construct.
func ApplicationLoadBalancedFargateService_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// NewApplicationLoadBalancedFargateService defines a Fargate service
// behind a new (or the given) Application Load Balancer. Without a cluster
// or VPC it uses the stack's default cluster (and a new VPC).
func NewApplicationLoadBalancedFargateService(scope constructs.Construct, id *string, props *ApplicationLoadBalancedFargateServiceProps) ApplicationLoadBalancedFargateService {
	props = l2.Inject(*ApplicationLoadBalancedFargateService_PROPERTY_INJECTION_ID(), props, scope, id)
	s := &albFargateService{}
	s.build(s, scope, id, props)
	return s
}

// NewApplicationLoadBalancedFargateService_Override builds the pattern for
// a Go type that embeds ApplicationLoadBalancedFargateService.
func NewApplicationLoadBalancedFargateService_Override(a ApplicationLoadBalancedFargateService, scope constructs.Construct, id *string, props *ApplicationLoadBalancedFargateServiceProps) {
	s := &albFargateService{}
	s.build(s, scope, id, props)
	l2.Override(a, ApplicationLoadBalancedFargateService(s))
}

func (s *albFargateService) build(self constructs.IConstruct, scope constructs.Construct, id *string, props *ApplicationLoadBalancedFargateServiceProps) {
	if props == nil {
		props = &ApplicationLoadBalancedFargateServiceProps{}
	}
	s.init(self, scope, id, props.base())
	s.assignPublicIp = props.AssignPublicIp != nil && *props.AssignPublicIp
	switch {
	case props.TaskDefinition != nil:
		s.taskDefinition = props.TaskDefinition
	case props.TaskImageOptions != nil:
		o := props.TaskImageOptions
		s.taskDefinition = awsecs.NewFargateTaskDefinition(s, jsii.String("TaskDef"), &awsecs.FargateTaskDefinitionProps{
			MemoryLimitMiB: props.MemoryLimitMiB, Cpu: props.Cpu, EphemeralStorageGiB: props.EphemeralStorageGiB,
			ExecutionRole: o.ExecutionRole, TaskRole: o.TaskRole, Family: o.Family, RuntimePlatform: props.RuntimePlatform,
		})
		logDriver := o.LogDriver
		if logDriver == nil && (o.EnableLogging == nil || *o.EnableLogging) {
			logDriver = s.CreateAWSLogDriver(s.Node().Id())
		}
		checkContainerCpu(s, s.taskDefinition.Cpu(), props.ContainerCpu)
		checkContainerMemory(s, s.taskDefinition.MemoryMiB(), props.ContainerMemoryLimitMiB)
		addImageContainer(s.taskDefinition, o, props.HealthCheck, logDriver, props.ContainerCpu, props.ContainerMemoryLimitMiB)
	default:
		l2.Throw(s, "You must specify one of: taskDefinition or image")
	}
	checkHealthyPercentages(s, props.MinHealthyPercent, props.MaxHealthyPercent)
	desired := s.internalDesiredCount
	if !flag(s, flagRemoveDesiredCount) {
		desired = jsii.Number(1)
		if d := props.DesiredCount; d != nil && *d != 0 {
			desired = d
		}
	}
	s.service = awsecs.NewFargateService(s, jsii.String("Service"), &awsecs.FargateServiceProps{
		Cluster: s.cluster, CloudMapOptions: props.CloudMapOptions, DesiredCount: desired, TaskDefinition: s.taskDefinition, AssignPublicIp: jsii.Bool(s.assignPublicIp),
		ServiceName: props.ServiceName, HealthCheckGracePeriod: props.HealthCheckGracePeriod,
		MinHealthyPercent: props.MinHealthyPercent, MaxHealthyPercent: props.MaxHealthyPercent,
		PropagateTags: props.PropagateTags, EnableECSManagedTags: props.EnableECSManagedTags,
		PlatformVersion:      props.PlatformVersion,
		DeploymentController: props.DeploymentController, CircuitBreaker: props.CircuitBreaker,
		SecurityGroups: props.SecurityGroups, VpcSubnets: props.TaskSubnets,
		EnableExecuteCommand: props.EnableExecuteCommand, CapacityProviderStrategies: props.CapacityProviderStrategies,
	})
	s.AddServiceAsTarget(s.service)
}

// addImageContainer adds the pattern's container ("web" unless named) with
// its single port mapping (80 unless given).
func addImageContainer(td awsecs.TaskDefinition, o *ApplicationLoadBalancedTaskImageOptions, hc *awsecs.HealthCheck, logDriver awsecs.LogDriver, cpu, mem *float64) {
	name := "web"
	if o.ContainerName != nil {
		name = *o.ContainerName
	}
	c := td.AddContainer(jsii.String(name), &awsecs.ContainerDefinitionOptions{
		Image: o.Image, HealthCheck: hc, Logging: logDriver, Environment: o.Environment, Secrets: o.Secrets,
		DockerLabels: o.DockerLabels, Command: o.Command, EntryPoint: o.EntryPoint, Cpu: cpu, MemoryLimitMiB: mem,
	})
	port := jsii.Number(80)
	if o.ContainerPort != nil && *o.ContainerPort != 0 {
		port = o.ContainerPort
	}
	c.AddPortMappings(&awsecs.PortMapping{ContainerPort: port})
}

func (s *albFargateService) AssignPublicIp() *bool                        { return jsii.Bool(s.assignPublicIp) }
func (s *albFargateService) Service() awsecs.FargateService               { return s.service }
func (s *albFargateService) TaskDefinition() awsecs.FargateTaskDefinition { return s.taskDefinition }

func isInt(v float64) bool { return v == math.Trunc(v) && !math.IsInf(v, 0) }

func checkHealthyPercentages(c constructs.IConstruct, min, max *float64) {
	for _, p := range []struct {
		name string
		v    *float64
	}{{"minHealthyPercent", min}, {"maxHealthyPercent", max}} {
		if p.v != nil && !unresolved(p.v) && (!isInt(*p.v) || *p.v < 0) {
			l2.AddError(c, "%s: Must be a non-negative integer; received %s", p.name, jsNum(*p.v))
		}
	}
	if min != nil && *min != 0 && !unresolved(min) && max != nil && *max != 0 && !unresolved(max) && *min >= *max {
		l2.AddError(c, "Minimum healthy percent must be less than maximum healthy percent.")
	}
}

// The container checks throw, as aws-cdk-lib does, before the task
// definition sees the container and reports the same mistake less clearly.
func checkContainerCpu(c constructs.IConstruct, cpu, containerCpu *float64) {
	if containerCpu == nil || unresolved(containerCpu) || cpu == nil || unresolved(cpu) {
		return
	}
	if *containerCpu > *cpu {
		l2.Throw(c, "containerCpu must be less than to cpu; received containerCpu: %s, cpu: %s", jsNum(*containerCpu), jsNum(*cpu))
	} else if *containerCpu < 0 || !isInt(*containerCpu) {
		l2.Throw(c, "containerCpu must be a non-negative integer; received %s", jsNum(*containerCpu))
	}
}

func checkContainerMemory(c constructs.IConstruct, mem, containerMem *float64) {
	if containerMem == nil || unresolved(containerMem) || mem == nil || unresolved(mem) {
		return
	}
	if *containerMem > *mem {
		l2.Throw(c, "containerMemoryLimitMiB must be less than to memoryLimitMiB; received containerMemoryLimitMiB: %s, memoryLimitMiB: %s",
			jsNum(*containerMem), jsNum(*mem))
	} else if *containerMem <= 0 || !isInt(*containerMem) {
		l2.Throw(c, "containerMemoryLimitMiB must be a positive integer; received %s", jsNum(*containerMem))
	}
}
