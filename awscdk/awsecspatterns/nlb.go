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

// NetworkLoadBalancedServiceRecordType is the kind of Route 53 record
// created for a network-load-balanced service's domain name.
type NetworkLoadBalancedServiceRecordType string

const (
	// NetworkLoadBalancedServiceRecordType_ALIAS creates an A alias record to the load balancer.
	NetworkLoadBalancedServiceRecordType_ALIAS NetworkLoadBalancedServiceRecordType = "ALIAS"
	// NetworkLoadBalancedServiceRecordType_CNAME creates a CNAME record to the load balancer's DNS name.
	NetworkLoadBalancedServiceRecordType_CNAME NetworkLoadBalancedServiceRecordType = "CNAME"
	// NetworkLoadBalancedServiceRecordType_NONE creates no record.
	NetworkLoadBalancedServiceRecordType_NONE NetworkLoadBalancedServiceRecordType = "NONE"
)

// NetworkLoadBalancedTaskImageOptions describe the container a
// network-load-balanced pattern defines when it creates the task definition.
type NetworkLoadBalancedTaskImageOptions struct {
	Image         awsecs.ContainerImage     `field:"required" json:"image" yaml:"image"`
	ContainerName *string                   `field:"optional" json:"containerName" yaml:"containerName"`
	ContainerPort *float64                  `field:"optional" json:"containerPort" yaml:"containerPort"`
	DockerLabels  *map[string]*string       `field:"optional" json:"dockerLabels" yaml:"dockerLabels"`
	EnableLogging *bool                     `field:"optional" json:"enableLogging" yaml:"enableLogging"`
	Environment   *map[string]*string       `field:"optional" json:"environment" yaml:"environment"`
	ExecutionRole awsiam.IRole              `field:"optional" json:"executionRole" yaml:"executionRole"`
	Family        *string                   `field:"optional" json:"family" yaml:"family"`
	LogDriver     awsecs.LogDriver          `field:"optional" json:"logDriver" yaml:"logDriver"`
	Secrets       *map[string]awsecs.Secret `field:"optional" json:"secrets" yaml:"secrets"`
	TaskRole      awsiam.IRole              `field:"optional" json:"taskRole" yaml:"taskRole"`
}

// NetworkLoadBalancedServiceBaseProps are the settings every
// network-load-balanced service pattern shares.
type NetworkLoadBalancedServiceBaseProps struct {
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
}

// NetworkLoadBalancedServiceBase is what the network-load-balanced service
// patterns share: the cluster, the load balancer, its listener and target
// group, and the DNS record.
type NetworkLoadBalancedServiceBase interface {
	constructs.Construct
	Cluster() awsecs.ICluster
	InternalDesiredCount() *float64
	Listener() awselasticloadbalancingv2.NetworkListener
	LoadBalancer() awselasticloadbalancingv2.NetworkLoadBalancer
	Node() constructs.Node
	TargetGroup() awselasticloadbalancingv2.NetworkTargetGroup
	AddServiceAsTarget(service awsecs.BaseService)
	CreateAWSLogDriver(prefix *string) awsecs.AwsLogDriver
	GetDefaultCluster(scope constructs.Construct, vpc awsec2.IVpc) awsecs.Cluster
	ToString() *string
	With(mixins ...constructs.IMixin) constructs.IConstruct
}

type nlbServiceBase struct {
	constructs.Construct
	cluster              awsecs.ICluster
	internalDesiredCount *float64
	nlb                  awselasticloadbalancingv2.NetworkLoadBalancer
	listener             awselasticloadbalancingv2.NetworkListener
	targetGroup          awselasticloadbalancingv2.NetworkTargetGroup
}

// NewNetworkLoadBalancedServiceBase_Override builds the shared part of a
// network-load-balanced service for a Go type that embeds
// NetworkLoadBalancedServiceBase.
func NewNetworkLoadBalancedServiceBase_Override(n NetworkLoadBalancedServiceBase, scope constructs.Construct, id *string, props *NetworkLoadBalancedServiceBaseProps) {
	b := &nlbServiceBase{}
	b.init(b, scope, id, props)
	l2.Override(n, NetworkLoadBalancedServiceBase(b))
}

// NetworkLoadBalancedServiceBase_IsConstruct reports whether x is a construct.
func NetworkLoadBalancedServiceBase_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// init runs aws-cdk-lib's NetworkLoadBalancedServiceBase constructor.
func (b *nlbServiceBase) init(self constructs.IConstruct, scope constructs.Construct, id *string, props *NetworkLoadBalancedServiceBaseProps) {
	if props == nil {
		props = &NetworkLoadBalancedServiceBaseProps{}
	}
	b.Construct = constructs.NewConstruct(scope, id)
	host.Set(b.Construct, self)
	b.cluster = props.Cluster
	if b.cluster == nil {
		b.cluster = b.GetDefaultCluster(b, props.Vpc)
	}
	if d := props.DesiredCount; d != nil && *d < 1 {
		l2.AddError(b, "You must specify a desiredCount greater than 0")
	}
	b.internalDesiredCount = props.DesiredCount
	internetFacing := props.PublicLoadBalancer == nil || *props.PublicLoadBalancer
	lb := props.LoadBalancer
	if lb == nil {
		lb = awselasticloadbalancingv2.NewNetworkLoadBalancer(b, jsii.String("LB"), &awselasticloadbalancingv2.NetworkLoadBalancerProps{
			Vpc: b.cluster.Vpc(), InternetFacing: jsii.Bool(internetFacing), IpAddressType: props.IpAddressType,
		})
	}
	defaultPort := 80.0
	var certs *[]awselasticloadbalancingv2.IListenerCertificate
	if props.ListenerCertificate != nil {
		defaultPort = 443
		certs = &[]awselasticloadbalancingv2.IListenerCertificate{props.ListenerCertificate}
	}
	port := props.ListenerPort
	if port == nil {
		port = jsii.Number(defaultPort)
	}
	b.listener = lb.AddListener(jsii.String("PublicListener"), &awselasticloadbalancingv2.BaseNetworkListenerProps{Port: port, Certificates: certs})
	targetPort := jsii.Number(defaultPort)
	if o := props.TaskImageOptions; o != nil && o.ContainerPort != nil {
		targetPort = o.ContainerPort
	}
	b.targetGroup = b.listener.AddTargets(jsii.String("ECS"), &awselasticloadbalancingv2.AddNetworkTargetsProps{Port: targetPort})
	if props.DomainName != nil {
		if props.DomainZone == nil {
			l2.AddError(b, "A Route53 hosted domain zone name is required to configure the specified domain name")
		} else {
			switch props.RecordType {
			case NetworkLoadBalancedServiceRecordType_ALIAS, "":
				awsroute53.NewARecord(b, jsii.String("DNS"), &awsroute53.ARecordProps{
					Zone: props.DomainZone, RecordName: props.DomainName,
					Target: awsroute53.RecordTarget_FromAlias(awsroute53targets.NewLoadBalancerTarget(lb, nil)),
				})
			case NetworkLoadBalancedServiceRecordType_CNAME:
				awsroute53.NewCnameRecord(b, jsii.String("DNS"), &awsroute53.CnameRecordProps{
					Zone: props.DomainZone, RecordName: props.DomainName, DomainName: lb.LoadBalancerDnsName(),
				})
			}
		}
	}
	if n, ok := lb.(awselasticloadbalancingv2.NetworkLoadBalancer); ok {
		b.nlb = n
	}
	if props.LoadBalancer == nil {
		awscdk.NewCfnOutput(b, jsii.String("LoadBalancerDNS"), &awscdk.CfnOutputProps{Value: lb.LoadBalancerDnsName()})
	}
}

func (b *nlbServiceBase) Cluster() awsecs.ICluster       { return b.cluster }
func (b *nlbServiceBase) InternalDesiredCount() *float64 { return b.internalDesiredCount }
func (b *nlbServiceBase) Listener() awselasticloadbalancingv2.NetworkListener {
	return b.listener
}
func (b *nlbServiceBase) TargetGroup() awselasticloadbalancingv2.NetworkTargetGroup {
	return b.targetGroup
}

// LoadBalancer is the load balancer the pattern created; an imported one
// given in the props has no NetworkLoadBalancer to return.
func (b *nlbServiceBase) LoadBalancer() awselasticloadbalancingv2.NetworkLoadBalancer {
	if b.nlb == nil {
		l2.Throw(b, ".loadBalancer can only be accessed if the class was constructed with an owned, not imported, load balancer")
	}
	return b.nlb
}

// AddServiceAsTarget registers service with the pattern's target group.
func (b *nlbServiceBase) AddServiceAsTarget(service awsecs.BaseService) {
	b.targetGroup.AddTarget(service)
}

// CreateAWSLogDriver returns an awslogs driver with the stream prefix.
func (b *nlbServiceBase) CreateAWSLogDriver(prefix *string) awsecs.AwsLogDriver {
	return newAWSLogDriver(prefix)
}

// GetDefaultCluster returns the stack-wide cluster the patterns share.
func (b *nlbServiceBase) GetDefaultCluster(scope constructs.Construct, vpc awsec2.IVpc) awsecs.Cluster {
	return defaultCluster(scope, vpc)
}

// NetworkLoadBalancedFargateServiceProps are the props of
// NewNetworkLoadBalancedFargateService.
type NetworkLoadBalancedFargateServiceProps struct {
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
	EphemeralStorageGiB        *float64                                       `field:"optional" json:"ephemeralStorageGiB" yaml:"ephemeralStorageGiB"`
	MemoryLimitMiB             *float64                                       `field:"optional" json:"memoryLimitMiB" yaml:"memoryLimitMiB"`
	PlatformVersion            awsecs.FargatePlatformVersion                  `field:"optional" json:"platformVersion" yaml:"platformVersion"`
	RuntimePlatform            *awsecs.RuntimePlatform                        `field:"optional" json:"runtimePlatform" yaml:"runtimePlatform"`
	TaskDefinition             awsecs.FargateTaskDefinition                   `field:"optional" json:"taskDefinition" yaml:"taskDefinition"`
	AssignPublicIp             *bool                                          `field:"optional" json:"assignPublicIp" yaml:"assignPublicIp"`
	SecurityGroups             *[]awsec2.ISecurityGroup                       `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	TaskSubnets                *awsec2.SubnetSelection                        `field:"optional" json:"taskSubnets" yaml:"taskSubnets"`
}

func (p *NetworkLoadBalancedFargateServiceProps) base() *NetworkLoadBalancedServiceBaseProps {
	return &NetworkLoadBalancedServiceBaseProps{
		CapacityProviderStrategies: p.CapacityProviderStrategies, CircuitBreaker: p.CircuitBreaker,
		Cluster: p.Cluster, DeploymentController: p.DeploymentController, DesiredCount: p.DesiredCount,
		DomainName: p.DomainName, DomainZone: p.DomainZone, EnableECSManagedTags: p.EnableECSManagedTags,
		EnableExecuteCommand: p.EnableExecuteCommand, HealthCheckGracePeriod: p.HealthCheckGracePeriod,
		IpAddressType: p.IpAddressType, ListenerCertificate: p.ListenerCertificate, ListenerPort: p.ListenerPort,
		LoadBalancer: p.LoadBalancer, MaxHealthyPercent: p.MaxHealthyPercent, MinHealthyPercent: p.MinHealthyPercent,
		PropagateTags: p.PropagateTags, PublicLoadBalancer: p.PublicLoadBalancer, RecordType: p.RecordType,
		ServiceName: p.ServiceName, TaskImageOptions: p.TaskImageOptions, Vpc: p.Vpc,
	}
}

// NetworkLoadBalancedFargateService is a Fargate service behind a Network
// Load Balancer.
type NetworkLoadBalancedFargateService interface {
	NetworkLoadBalancedServiceBase
	AssignPublicIp() *bool
	Service() awsecs.FargateService
	TaskDefinition() awsecs.FargateTaskDefinition
}

type nlbFargateService struct {
	nlbServiceBase
	assignPublicIp bool
	service        awsecs.FargateService
	taskDefinition awsecs.FargateTaskDefinition
}

// NetworkLoadBalancedFargateService_PROPERTY_INJECTION_ID is the id property injectors use.
func NetworkLoadBalancedFargateService_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ecs-patterns.NetworkLoadBalancedFargateService")
}

// NetworkLoadBalancedFargateService_IsConstruct reports whether x is a construct.
func NetworkLoadBalancedFargateService_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// NewNetworkLoadBalancedFargateService defines a Fargate service behind a
// new (or the given) Network Load Balancer.
func NewNetworkLoadBalancedFargateService(scope constructs.Construct, id *string, props *NetworkLoadBalancedFargateServiceProps) NetworkLoadBalancedFargateService {
	props = l2.Inject(*NetworkLoadBalancedFargateService_PROPERTY_INJECTION_ID(), props, scope, id)
	s := &nlbFargateService{}
	s.build(s, scope, id, props)
	return s
}

// NewNetworkLoadBalancedFargateService_Override builds the pattern for a Go
// type that embeds NetworkLoadBalancedFargateService.
func NewNetworkLoadBalancedFargateService_Override(n NetworkLoadBalancedFargateService, scope constructs.Construct, id *string, props *NetworkLoadBalancedFargateServiceProps) {
	s := &nlbFargateService{}
	s.build(s, scope, id, props)
	l2.Override(n, NetworkLoadBalancedFargateService(s))
}

func (s *nlbFargateService) build(self constructs.IConstruct, scope constructs.Construct, id *string, props *NetworkLoadBalancedFargateServiceProps) {
	if props == nil {
		props = &NetworkLoadBalancedFargateServiceProps{}
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
		name := "web"
		if o.ContainerName != nil {
			name = *o.ContainerName
		}
		c := s.taskDefinition.AddContainer(jsii.String(name), &awsecs.ContainerDefinitionOptions{
			Image: o.Image, Logging: logDriver, Environment: o.Environment, Secrets: o.Secrets, DockerLabels: o.DockerLabels,
		})
		port := jsii.Number(80)
		if o.ContainerPort != nil && *o.ContainerPort != 0 {
			port = o.ContainerPort
		}
		c.AddPortMappings(&awsecs.PortMapping{ContainerPort: port})
	default:
		l2.Throw(s, "You must specify one of: taskDefinition or image")
	}
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

func (s *nlbFargateService) AssignPublicIp() *bool                        { return jsii.Bool(s.assignPublicIp) }
func (s *nlbFargateService) Service() awsecs.FargateService               { return s.service }
func (s *nlbFargateService) TaskDefinition() awsecs.FargateTaskDefinition { return s.taskDefinition }
