package awsecspatterns

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscertificatemanager"
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

// ApplicationLoadBalancedTaskImageProps describe the container of a
// multiple-target-group pattern, which may expose several ports.
type ApplicationLoadBalancedTaskImageProps struct {
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

// ApplicationLoadBalancerProps describe one load balancer of a
// multiple-target-group pattern (Name is also its construct id).
type ApplicationLoadBalancerProps struct {
	Listeners          *[]*ApplicationListenerProps `field:"required" json:"listeners" yaml:"listeners"`
	Name               *string                      `field:"required" json:"name" yaml:"name"`
	DomainName         *string                      `field:"optional" json:"domainName" yaml:"domainName"`
	DomainZone         awsroute53.IHostedZone       `field:"optional" json:"domainZone" yaml:"domainZone"`
	IdleTimeout        awscdk.Duration              `field:"optional" json:"idleTimeout" yaml:"idleTimeout"`
	PublicLoadBalancer *bool                        `field:"optional" json:"publicLoadBalancer" yaml:"publicLoadBalancer"`
}

// ApplicationListenerProps describe one listener of such a load balancer.
type ApplicationListenerProps struct {
	Name        *string                                       `field:"required" json:"name" yaml:"name"`
	Certificate awscertificatemanager.ICertificate            `field:"optional" json:"certificate" yaml:"certificate"`
	Port        *float64                                      `field:"optional" json:"port" yaml:"port"`
	Protocol    awselasticloadbalancingv2.ApplicationProtocol `field:"optional" json:"protocol" yaml:"protocol"`
	SslPolicy   awselasticloadbalancingv2.SslPolicy           `field:"optional" json:"sslPolicy" yaml:"sslPolicy"`
}

// ApplicationTargetProps route a listener (the first unless named) to a
// container port, optionally only for a host header or path pattern.
type ApplicationTargetProps struct {
	ContainerPort *float64        `field:"required" json:"containerPort" yaml:"containerPort"`
	HostHeader    *string         `field:"optional" json:"hostHeader" yaml:"hostHeader"`
	Listener      *string         `field:"optional" json:"listener" yaml:"listener"`
	PathPattern   *string         `field:"optional" json:"pathPattern" yaml:"pathPattern"`
	Priority      *float64        `field:"optional" json:"priority" yaml:"priority"`
	Protocol      awsecs.Protocol `field:"optional" json:"protocol" yaml:"protocol"`
}

// FargateServiceBaseProps are the Fargate settings the Fargate patterns share.
type FargateServiceBaseProps struct {
	CircuitBreaker      *awsecs.DeploymentCircuitBreaker `field:"optional" json:"circuitBreaker" yaml:"circuitBreaker"`
	Cpu                 *float64                         `field:"optional" json:"cpu" yaml:"cpu"`
	EphemeralStorageGiB *float64                         `field:"optional" json:"ephemeralStorageGiB" yaml:"ephemeralStorageGiB"`
	MemoryLimitMiB      *float64                         `field:"optional" json:"memoryLimitMiB" yaml:"memoryLimitMiB"`
	PlatformVersion     awsecs.FargatePlatformVersion    `field:"optional" json:"platformVersion" yaml:"platformVersion"`
	RuntimePlatform     *awsecs.RuntimePlatform          `field:"optional" json:"runtimePlatform" yaml:"runtimePlatform"`
	TaskDefinition      awsecs.FargateTaskDefinition     `field:"optional" json:"taskDefinition" yaml:"taskDefinition"`
}

// ApplicationMultipleTargetGroupsServiceBaseProps are the settings the
// multiple-target-group application patterns share.
type ApplicationMultipleTargetGroupsServiceBaseProps struct {
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
}

// ApplicationMultipleTargetGroupsServiceBase is what the
// multiple-target-group application patterns share: one or more load
// balancers with named listeners, and target groups per container port.
type ApplicationMultipleTargetGroupsServiceBase interface {
	constructs.Construct
	Cluster() awsecs.ICluster
	InternalDesiredCount() *float64
	Listener() awselasticloadbalancingv2.ApplicationListener
	Listeners() *[]awselasticloadbalancingv2.ApplicationListener
	LoadBalancer() awselasticloadbalancingv2.ApplicationLoadBalancer
	LoadBalancers() *[]awselasticloadbalancingv2.ApplicationLoadBalancer
	LogDriver() awsecs.LogDriver
	SetLogDriver(val awsecs.LogDriver)
	Node() constructs.Node
	TargetGroups() *[]awselasticloadbalancingv2.ApplicationTargetGroup
	AddPortMappingForTargets(container awsecs.ContainerDefinition, targets *[]*ApplicationTargetProps)
	CreateAWSLogDriver(prefix *string) awsecs.AwsLogDriver
	FindListener(name *string) awselasticloadbalancingv2.ApplicationListener
	GetDefaultCluster(scope constructs.Construct, vpc awsec2.IVpc) awsecs.Cluster
	RegisterECSTargets(service awsecs.BaseService, container awsecs.ContainerDefinition, targets *[]*ApplicationTargetProps) awselasticloadbalancingv2.ApplicationTargetGroup
	ToString() *string
	With(mixins ...constructs.IMixin) constructs.IConstruct
}

type albMultiBase struct {
	constructs.Construct
	cluster              awsecs.ICluster
	internalDesiredCount *float64
	logDriver            awsecs.LogDriver
	loadBalancer         awselasticloadbalancingv2.ApplicationLoadBalancer
	listener             awselasticloadbalancingv2.ApplicationListener
	loadBalancers        []awselasticloadbalancingv2.ApplicationLoadBalancer
	listeners            []awselasticloadbalancingv2.ApplicationListener
	targetGroups         []awselasticloadbalancingv2.ApplicationTargetGroup
}

// NewApplicationMultipleTargetGroupsServiceBase_Override builds the shared
// part for a Go type that embeds ApplicationMultipleTargetGroupsServiceBase.
func NewApplicationMultipleTargetGroupsServiceBase_Override(a ApplicationMultipleTargetGroupsServiceBase, scope constructs.Construct, id *string, props *ApplicationMultipleTargetGroupsServiceBaseProps) {
	b := &albMultiBase{}
	b.init(b, scope, id, props)
	l2.Override(a, ApplicationMultipleTargetGroupsServiceBase(b))
}

// ApplicationMultipleTargetGroupsServiceBase_IsConstruct reports whether x is a construct.
func ApplicationMultipleTargetGroupsServiceBase_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

func (b *albMultiBase) init(self constructs.IConstruct, scope constructs.Construct, id *string, props *ApplicationMultipleTargetGroupsServiceBaseProps) {
	if props == nil {
		props = &ApplicationMultipleTargetGroupsServiceBaseProps{}
	}
	b.Construct = constructs.NewConstruct(scope, id)
	host.Set(b.Construct, self)
	// aws-cdk-lib checks the input before anything else and throws.
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
		b.loadBalancer = b.newLoadBalancer(jsii.String("LB"), nil, nil)
		protocol := listenerProtocol("", nil)
		b.listener = b.configListener(protocol, &multiListener{name: jsii.String("PublicListener"), lb: b.loadBalancer})
		domainName := b.domainName(b.loadBalancer, nil, nil)
		awscdk.NewCfnOutput(b, jsii.String("LoadBalancerDNS"), &awscdk.CfnOutputProps{Value: b.loadBalancer.LoadBalancerDnsName()})
		awscdk.NewCfnOutput(b, jsii.String("ServiceURL"), &awscdk.CfnOutputProps{Value: jsii.String(strings.ToLower(string(protocol)) + "://" + *domainName)})
		return
	}
	for _, lbp := range *props.LoadBalancers {
		if t := lbp.IdleTimeout; t != nil {
			if s := *t.ToSeconds(nil); s > 4000 || s < 1 {
				l2.Throw(b, "Load balancer idle timeout must be between 1 and 4000 seconds.")
			}
		}
	}
	for _, lbp := range *props.LoadBalancers {
		lb := b.newLoadBalancer(lbp.Name, lbp.PublicLoadBalancer, lbp.IdleTimeout)
		b.loadBalancers = append(b.loadBalancers, lb)
		var protocols []awselasticloadbalancingv2.ApplicationProtocol
		seen := map[awselasticloadbalancingv2.ApplicationProtocol]bool{}
		for _, lp := range *lbp.Listeners {
			protocol := listenerProtocol(lp.Protocol, lp.Certificate)
			if lp.Certificate != nil && protocol != awselasticloadbalancingv2.ApplicationProtocol_HTTPS {
				l2.Throw(b, "The HTTPS protocol must be used when a certificate is given")
			}
			if !seen[protocol] {
				seen[protocol] = true
				protocols = append(protocols, protocol)
			}
			b.listeners = append(b.listeners, b.configListener(protocol, &multiListener{
				certificate: lp.Certificate, domainName: lbp.DomainName, domainZone: lbp.DomainZone,
				name: lp.Name, lb: lb, port: lp.Port, sslPolicy: lp.SslPolicy,
			}))
		}
		domainName := b.domainName(lb, lbp.DomainName, lbp.DomainZone)
		lbID := *lb.Node().Id()
		awscdk.NewCfnOutput(b, jsii.String("LoadBalancerDNS"+lbID), &awscdk.CfnOutputProps{Value: lb.LoadBalancerDnsName()})
		for _, p := range protocols {
			lower := strings.ToLower(string(p))
			awscdk.NewCfnOutput(b, jsii.String("ServiceURL"+lbID+lower), &awscdk.CfnOutputProps{Value: jsii.String(lower + "://" + *domainName)})
		}
	}
	b.loadBalancer = b.loadBalancers[0]
	b.listener = b.listeners[0]
}

type multiListener struct {
	certificate awscertificatemanager.ICertificate
	domainName  *string
	domainZone  awsroute53.IHostedZone
	name        *string
	lb          awselasticloadbalancingv2.ApplicationLoadBalancer
	port        *float64
	sslPolicy   awselasticloadbalancingv2.SslPolicy
}

func listenerProtocol(p awselasticloadbalancingv2.ApplicationProtocol, cert awscertificatemanager.ICertificate) awselasticloadbalancingv2.ApplicationProtocol {
	switch {
	case p != "":
		return p
	case cert != nil:
		return awselasticloadbalancingv2.ApplicationProtocol_HTTPS
	}
	return awselasticloadbalancingv2.ApplicationProtocol_HTTP
}

func (b *albMultiBase) newLoadBalancer(name *string, public *bool, idle awscdk.Duration) awselasticloadbalancingv2.ApplicationLoadBalancer {
	return awselasticloadbalancingv2.NewApplicationLoadBalancer(b, name, &awselasticloadbalancingv2.ApplicationLoadBalancerProps{
		Vpc: b.cluster.Vpc(), InternetFacing: jsii.Bool(public == nil || *public), IdleTimeout: idle, LoadBalancerName: name,
	})
}

func (b *albMultiBase) configListener(protocol awselasticloadbalancingv2.ApplicationProtocol, l *multiListener) awselasticloadbalancingv2.ApplicationListener {
	listener := l.lb.AddListener(l.name, &awselasticloadbalancingv2.BaseApplicationListenerProps{
		Protocol: protocol, Open: jsii.Bool(true), Port: l.port, SslPolicy: l.sslPolicy,
	})
	if protocol != awselasticloadbalancingv2.ApplicationProtocol_HTTPS {
		return listener
	}
	if l.domainName == nil || l.domainZone == nil {
		l2.Throw(b, "A domain name and zone is required when using the HTTPS protocol")
	}
	cert := l.certificate
	if cert == nil {
		cert = awscertificatemanager.NewCertificate(b, jsii.String("Certificate"+*l.name), &awscertificatemanager.CertificateProps{
			DomainName: l.domainName, Validation: awscertificatemanager.CertificateValidation_FromDns(l.domainZone),
		})
	}
	listener.AddCertificates(jsii.String("Arns"+*l.name), &[]awselasticloadbalancingv2.IListenerCertificate{
		awselasticloadbalancingv2.ListenerCertificate_FromArn(cert.CertificateArn()),
	})
	return listener
}

func (b *albMultiBase) domainName(lb awselasticloadbalancingv2.ApplicationLoadBalancer, name *string, zone awsroute53.IHostedZone) *string {
	if name == nil {
		return lb.LoadBalancerDnsName()
	}
	if zone == nil {
		l2.Throw(b, "A Route53 hosted domain zone name is required to configure the specified domain name")
	}
	return awsroute53.NewARecord(b, jsii.String("DNS"+*lb.Node().Id()), &awsroute53.ARecordProps{
		Zone: zone, RecordName: name,
		Target: awsroute53.RecordTarget_FromAlias(awsroute53targets.NewLoadBalancerTarget(lb, nil)),
	}).DomainName()
}

func (b *albMultiBase) Cluster() awsecs.ICluster       { return b.cluster }
func (b *albMultiBase) InternalDesiredCount() *float64 { return b.internalDesiredCount }
func (b *albMultiBase) Listener() awselasticloadbalancingv2.ApplicationListener {
	return b.listener
}
func (b *albMultiBase) Listeners() *[]awselasticloadbalancingv2.ApplicationListener {
	out := append([]awselasticloadbalancingv2.ApplicationListener(nil), b.listeners...)
	return &out
}
func (b *albMultiBase) LoadBalancer() awselasticloadbalancingv2.ApplicationLoadBalancer {
	return b.loadBalancer
}
func (b *albMultiBase) LoadBalancers() *[]awselasticloadbalancingv2.ApplicationLoadBalancer {
	out := append([]awselasticloadbalancingv2.ApplicationLoadBalancer(nil), b.loadBalancers...)
	return &out
}
func (b *albMultiBase) LogDriver() awsecs.LogDriver       { return b.logDriver }
func (b *albMultiBase) SetLogDriver(val awsecs.LogDriver) { b.logDriver = val }
func (b *albMultiBase) TargetGroups() *[]awselasticloadbalancingv2.ApplicationTargetGroup {
	out := append([]awselasticloadbalancingv2.ApplicationTargetGroup(nil), b.targetGroups...)
	return &out
}

// CreateAWSLogDriver returns an awslogs driver with the stream prefix.
func (b *albMultiBase) CreateAWSLogDriver(prefix *string) awsecs.AwsLogDriver {
	return newAWSLogDriver(prefix)
}

// GetDefaultCluster returns the stack-wide cluster the patterns share.
func (b *albMultiBase) GetDefaultCluster(scope constructs.Construct, vpc awsec2.IVpc) awsecs.Cluster {
	return defaultCluster(scope, vpc)
}

// FindListener returns the listener with that construct id (the first
// listener when name is nil).
func (b *albMultiBase) FindListener(name *string) awselasticloadbalancingv2.ApplicationListener {
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

// AddPortMappingForTargets maps each target's container port the container
// does not map yet.
func (b *albMultiBase) AddPortMappingForTargets(container awsecs.ContainerDefinition, targets *[]*ApplicationTargetProps) {
	if targets == nil {
		return
	}
	for _, t := range *targets {
		p := t.Protocol
		if p == "" {
			p = awsecs.Protocol_TCP
		}
		if container.FindPortMapping(t.ContainerPort, p) == nil {
			container.AddPortMappings(&awsecs.PortMapping{ContainerPort: t.ContainerPort, Protocol: t.Protocol})
		}
	}
}

// RegisterECSTargets adds a target group per target to its listener and
// returns the first.
func (b *albMultiBase) RegisterECSTargets(service awsecs.BaseService, container awsecs.ContainerDefinition, targets *[]*ApplicationTargetProps) awselasticloadbalancingv2.ApplicationTargetGroup {
	if targets != nil {
		for _, t := range *targets {
			var conds []awselasticloadbalancingv2.ListenerCondition
			if t.HostHeader != nil {
				conds = append(conds, awselasticloadbalancingv2.ListenerCondition_HostHeaders(&[]*string{t.HostHeader}))
			}
			if t.PathPattern != nil {
				conds = append(conds, awselasticloadbalancingv2.ListenerCondition_PathPatterns(&[]*string{t.PathPattern}))
			}
			id := "ECSTargetGroup" + *container.ContainerName() + jsNum(*t.ContainerPort)
			tg := b.FindListener(t.Listener).AddTargets(jsii.String(id), &awselasticloadbalancingv2.AddApplicationTargetsProps{
				Port: jsii.Number(80),
				Targets: &[]awselasticloadbalancingv2.IApplicationLoadBalancerTarget{service.LoadBalancerTarget(&awsecs.LoadBalancerTargetOptions{
					ContainerName: container.ContainerName(), ContainerPort: t.ContainerPort, Protocol: t.Protocol,
				})},
				Conditions: &conds, Priority: t.Priority,
			})
			b.targetGroups = append(b.targetGroups, tg)
		}
	}
	if len(b.targetGroups) == 0 {
		l2.Throw(b, "At least one target group should be specified.")
	}
	return b.targetGroups[0]
}

// ApplicationMultipleTargetGroupsFargateServiceProps are the props of
// NewApplicationMultipleTargetGroupsFargateService.
type ApplicationMultipleTargetGroupsFargateServiceProps struct {
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
	CircuitBreaker         *awsecs.DeploymentCircuitBreaker       `field:"optional" json:"circuitBreaker" yaml:"circuitBreaker"`
	Cpu                    *float64                               `field:"optional" json:"cpu" yaml:"cpu"`
	EphemeralStorageGiB    *float64                               `field:"optional" json:"ephemeralStorageGiB" yaml:"ephemeralStorageGiB"`
	MemoryLimitMiB         *float64                               `field:"optional" json:"memoryLimitMiB" yaml:"memoryLimitMiB"`
	PlatformVersion        awsecs.FargatePlatformVersion          `field:"optional" json:"platformVersion" yaml:"platformVersion"`
	RuntimePlatform        *awsecs.RuntimePlatform                `field:"optional" json:"runtimePlatform" yaml:"runtimePlatform"`
	TaskDefinition         awsecs.FargateTaskDefinition           `field:"optional" json:"taskDefinition" yaml:"taskDefinition"`
	AssignPublicIp         *bool                                  `field:"optional" json:"assignPublicIp" yaml:"assignPublicIp"`
}

// ApplicationMultipleTargetGroupsFargateService is a Fargate service
// behind one or more Application Load Balancers with several target groups.
type ApplicationMultipleTargetGroupsFargateService interface {
	ApplicationMultipleTargetGroupsServiceBase
	AssignPublicIp() *bool
	Service() awsecs.FargateService
	TargetGroup() awselasticloadbalancingv2.ApplicationTargetGroup
	TaskDefinition() awsecs.FargateTaskDefinition
}

type albMultiFargate struct {
	albMultiBase
	assignPublicIp bool
	service        awsecs.FargateService
	targetGroup    awselasticloadbalancingv2.ApplicationTargetGroup
	taskDefinition awsecs.FargateTaskDefinition
}

// ApplicationMultipleTargetGroupsFargateService_PROPERTY_INJECTION_ID is the id property injectors use.
func ApplicationMultipleTargetGroupsFargateService_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ecs-patterns.ApplicationMultipleTargetGroupsFargateService")
}

// ApplicationMultipleTargetGroupsFargateService_IsConstruct reports whether x is a construct.
func ApplicationMultipleTargetGroupsFargateService_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// NewApplicationMultipleTargetGroupsFargateService defines the pattern.
func NewApplicationMultipleTargetGroupsFargateService(scope constructs.Construct, id *string, props *ApplicationMultipleTargetGroupsFargateServiceProps) ApplicationMultipleTargetGroupsFargateService {
	props = l2.Inject(*ApplicationMultipleTargetGroupsFargateService_PROPERTY_INJECTION_ID(), props, scope, id)
	s := &albMultiFargate{}
	s.build(s, scope, id, props)
	return s
}

// NewApplicationMultipleTargetGroupsFargateService_Override builds the
// pattern for a Go type that embeds ApplicationMultipleTargetGroupsFargateService.
func NewApplicationMultipleTargetGroupsFargateService_Override(a ApplicationMultipleTargetGroupsFargateService, scope constructs.Construct, id *string, props *ApplicationMultipleTargetGroupsFargateServiceProps) {
	s := &albMultiFargate{}
	s.build(s, scope, id, props)
	l2.Override(a, ApplicationMultipleTargetGroupsFargateService(s))
}

func (s *albMultiFargate) build(self constructs.IConstruct, scope constructs.Construct, id *string, props *ApplicationMultipleTargetGroupsFargateServiceProps) {
	if props == nil {
		props = &ApplicationMultipleTargetGroupsFargateServiceProps{}
	}
	s.init(self, scope, id, &ApplicationMultipleTargetGroupsServiceBaseProps{
		Cluster: props.Cluster, DesiredCount: props.DesiredCount, EnableECSManagedTags: props.EnableECSManagedTags,
		EnableExecuteCommand: props.EnableExecuteCommand, HealthCheckGracePeriod: props.HealthCheckGracePeriod,
		LoadBalancers: props.LoadBalancers, PropagateTags: props.PropagateTags, ServiceName: props.ServiceName,
		TargetGroups: props.TargetGroups, TaskImageOptions: props.TaskImageOptions, Vpc: props.Vpc,
	})
	s.assignPublicIp = props.AssignPublicIp != nil && *props.AssignPublicIp
	var dc awsecs.ContainerDefinition
	s.taskDefinition, dc = multiFargateTaskDefinition(s, props.TaskDefinition, props.TaskImageOptions, s.logDriver,
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

func (s *albMultiFargate) AssignPublicIp() *bool          { return jsii.Bool(s.assignPublicIp) }
func (s *albMultiFargate) Service() awsecs.FargateService { return s.service }
func (s *albMultiFargate) TargetGroup() awselasticloadbalancingv2.ApplicationTargetGroup {
	return s.targetGroup
}
func (s *albMultiFargate) TaskDefinition() awsecs.FargateTaskDefinition { return s.taskDefinition }
