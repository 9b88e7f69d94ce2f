package awsecspatterns

import (
	"strconv"
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

// Feature flags the patterns read (all set by `cdk init`).
const (
	flagUniqueTargetGroupID   = "@aws-cdk/aws-ecs-patterns:uniqueTargetGroupId"
	flagSecGroupsDisablesOpen = "@aws-cdk/aws-ecs-patterns:secGroupsDisablesImplicitOpenListener"
	flagRemoveDesiredCount    = "@aws-cdk/aws-ecs-patterns:removeDefaultDesiredCount"
	defaultClusterID          = "EcsDefaultClusterMnL3mNNYN"
)

// ApplicationLoadBalancedServiceRecordType is the kind of Route 53 record
// created for the service's domain name.
type ApplicationLoadBalancedServiceRecordType string

const (
	// ApplicationLoadBalancedServiceRecordType_ALIAS creates an A alias record to the load balancer.
	ApplicationLoadBalancedServiceRecordType_ALIAS ApplicationLoadBalancedServiceRecordType = "ALIAS"
	// ApplicationLoadBalancedServiceRecordType_CNAME creates a CNAME record to the load balancer's DNS name.
	ApplicationLoadBalancedServiceRecordType_CNAME ApplicationLoadBalancedServiceRecordType = "CNAME"
	// ApplicationLoadBalancedServiceRecordType_NONE creates no record.
	ApplicationLoadBalancedServiceRecordType_NONE ApplicationLoadBalancedServiceRecordType = "NONE"
)

// ApplicationLoadBalancedTaskImageOptions describe the container the
// pattern defines when it creates the task definition itself.
type ApplicationLoadBalancedTaskImageOptions struct {
	Image         awsecs.ContainerImage     `field:"required" json:"image" yaml:"image"`
	Command       *[]*string                `field:"optional" json:"command" yaml:"command"`
	ContainerName *string                   `field:"optional" json:"containerName" yaml:"containerName"`
	ContainerPort *float64                  `field:"optional" json:"containerPort" yaml:"containerPort"`
	DockerLabels  *map[string]*string       `field:"optional" json:"dockerLabels" yaml:"dockerLabels"`
	EnableLogging *bool                     `field:"optional" json:"enableLogging" yaml:"enableLogging"`
	EntryPoint    *[]*string                `field:"optional" json:"entryPoint" yaml:"entryPoint"`
	Environment   *map[string]*string       `field:"optional" json:"environment" yaml:"environment"`
	ExecutionRole awsiam.IRole              `field:"optional" json:"executionRole" yaml:"executionRole"`
	Family        *string                   `field:"optional" json:"family" yaml:"family"`
	LogDriver     awsecs.LogDriver          `field:"optional" json:"logDriver" yaml:"logDriver"`
	Secrets       *map[string]awsecs.Secret `field:"optional" json:"secrets" yaml:"secrets"`
	TaskRole      awsiam.IRole              `field:"optional" json:"taskRole" yaml:"taskRole"`
}

// ApplicationLoadBalancedServiceBaseProps are the settings every
// load-balanced application service pattern shares.
type ApplicationLoadBalancedServiceBaseProps struct {
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
}

// ApplicationLoadBalancedServiceBase is what the load-balanced application
// service patterns share: the cluster, the load balancer, its listener(s)
// and target group, the certificate and the DNS record.
type ApplicationLoadBalancedServiceBase interface {
	constructs.Construct
	Certificate() awscertificatemanager.ICertificate
	Cluster() awsecs.ICluster
	InternalDesiredCount() *float64
	Listener() awselasticloadbalancingv2.ApplicationListener
	LoadBalancer() awselasticloadbalancingv2.ApplicationLoadBalancer
	Node() constructs.Node
	RedirectListener() awselasticloadbalancingv2.ApplicationListener
	TargetGroup() awselasticloadbalancingv2.ApplicationTargetGroup
	AddServiceAsTarget(service awsecs.BaseService)
	CreateAWSLogDriver(prefix *string) awsecs.AwsLogDriver
	GetDefaultCluster(scope constructs.Construct, vpc awsec2.IVpc) awsecs.Cluster
	ToString() *string
	With(mixins ...constructs.IMixin) constructs.IConstruct
}

type albServiceBase struct {
	constructs.Construct
	cluster              awsecs.ICluster
	internalDesiredCount *float64
	alb                  awselasticloadbalancingv2.ApplicationLoadBalancer
	listener             awselasticloadbalancingv2.ApplicationListener
	redirectListener     awselasticloadbalancingv2.ApplicationListener
	targetGroup          awselasticloadbalancingv2.ApplicationTargetGroup
	certificate          awscertificatemanager.ICertificate
}

// NewApplicationLoadBalancedServiceBase_Override builds the shared part of
// a load-balanced application service for a Go type that embeds
// ApplicationLoadBalancedServiceBase (aws-cdk-go's way to subclass it).
func NewApplicationLoadBalancedServiceBase_Override(a ApplicationLoadBalancedServiceBase, scope constructs.Construct, id *string, props *ApplicationLoadBalancedServiceBaseProps) {
	b := &albServiceBase{}
	b.init(b, scope, id, props)
	l2.Override(a, ApplicationLoadBalancedServiceBase(b))
}

// ApplicationLoadBalancedServiceBase_IsConstruct reports whether x is a construct.
func ApplicationLoadBalancedServiceBase_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

func flag(c constructs.IConstruct, name string) bool {
	return *awscdk.FeatureFlags_Of(c).IsEnabled(jsii.String(name))
}

func unresolved(v *float64) bool {
	return v != nil && *awscdk.Token_IsUnresolved(*v)
}

// jsNum renders a number as JavaScript's String(n) does for the integers
// and simple decimals that appear in these messages.
func jsNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// init runs aws-cdk-lib's ApplicationLoadBalancedServiceBase constructor:
// self is the outermost Go value, which the construct tree hands out.
func (b *albServiceBase) init(self constructs.IConstruct, scope constructs.Construct, id *string, props *ApplicationLoadBalancedServiceBaseProps) {
	if props == nil {
		props = &ApplicationLoadBalancedServiceBaseProps{}
	}
	b.Construct = constructs.NewConstruct(scope, id)
	host.Set(b.Construct, self)
	if props.Cluster != nil && props.Vpc != nil {
		l2.AddError(b, "You can only specify either vpc or cluster. Alternatively, you can leave both blank")
	}
	b.cluster = props.Cluster
	if b.cluster == nil {
		b.cluster = b.GetDefaultCluster(b, props.Vpc)
	}
	if d := props.DesiredCount; d != nil && !unresolved(d) && *d < 1 {
		l2.AddError(b, "You must specify a desiredCount greater than 0")
	}
	b.internalDesiredCount = props.DesiredCount
	internetFacing := props.PublicLoadBalancer == nil || *props.PublicLoadBalancer
	if t := props.IdleTimeout; t != nil {
		if s := *t.ToSeconds(nil); s > 4000 || s < 1 {
			l2.AddError(b, "Load balancer idle timeout must be between 1 and 4000 seconds.")
		}
	}
	lb := props.LoadBalancer
	if lb == nil {
		lb = awselasticloadbalancingv2.NewApplicationLoadBalancer(b, jsii.String("LB"), &awselasticloadbalancingv2.ApplicationLoadBalancerProps{
			Vpc: b.cluster.Vpc(), LoadBalancerName: props.LoadBalancerName, InternetFacing: jsii.Bool(internetFacing),
			IdleTimeout: props.IdleTimeout, IpAddressType: props.IpAddressType,
		})
	}
	const https = awselasticloadbalancingv2.ApplicationProtocol_HTTPS
	if props.Certificate != nil && props.Protocol != "" && props.Protocol != https {
		l2.AddError(b, "The HTTPS protocol must be used when a certificate is given")
	}
	protocol := props.Protocol
	if protocol == "" {
		protocol = awselasticloadbalancingv2.ApplicationProtocol_HTTP
		if props.Certificate != nil {
			protocol = https
		}
	}
	redirect := props.RedirectHTTP != nil && *props.RedirectHTTP
	if protocol != https && redirect {
		l2.AddError(b, "The HTTPS protocol must be used when redirecting HTTP traffic")
	}
	targetProtocol := props.TargetProtocol
	if targetProtocol == "" {
		targetProtocol = awselasticloadbalancingv2.ApplicationProtocol_HTTP
	}
	open := props.OpenListener
	if open == nil {
		open = jsii.Bool(!(flag(b, flagSecGroupsDisablesOpen) && props.LoadBalancer != nil))
	}
	b.listener = lb.AddListener(jsii.String("PublicListener"), &awselasticloadbalancingv2.BaseApplicationListenerProps{
		Protocol: protocol, Port: props.ListenerPort, Open: open, SslPolicy: props.SslPolicy,
	})
	tgID := "ECS"
	if flag(b, flagUniqueTargetGroupID) {
		if props.LoadBalancerName != nil {
			tgID += *props.LoadBalancerName
		}
		if !internetFacing {
			tgID += "Private"
		}
	}
	b.targetGroup = b.listener.AddTargets(jsii.String(tgID), &awselasticloadbalancingv2.AddApplicationTargetsProps{
		Protocol: targetProtocol, ProtocolVersion: props.ProtocolVersion,
	})
	if protocol == https {
		switch {
		case props.Certificate != nil:
			b.certificate = props.Certificate
		case props.DomainName == nil || props.DomainZone == nil:
			l2.AddError(b, "A domain name and zone is required when using the HTTPS protocol")
		default:
			b.certificate = awscertificatemanager.NewCertificate(b, jsii.String("Certificate"), &awscertificatemanager.CertificateProps{
				DomainName: props.DomainName, Validation: awscertificatemanager.CertificateValidation_FromDns(props.DomainZone),
			})
		}
	}
	if b.certificate != nil {
		b.listener.AddCertificates(jsii.String("Arns"), &[]awselasticloadbalancingv2.IListenerCertificate{
			awselasticloadbalancingv2.ListenerCertificate_FromCertificateManager(b.certificate),
		})
	}
	if redirect {
		port := "443"
		if props.ListenerPort != nil && *props.ListenerPort != 0 {
			port = jsNum(*props.ListenerPort)
		}
		b.redirectListener = lb.AddListener(jsii.String("PublicRedirectListener"), &awselasticloadbalancingv2.BaseApplicationListenerProps{
			Protocol: awselasticloadbalancingv2.ApplicationProtocol_HTTP, Port: jsii.Number(80), Open: open,
			DefaultAction: awselasticloadbalancingv2.ListenerAction_Redirect(&awselasticloadbalancingv2.RedirectOptions{
				Port: jsii.String(port), Protocol: jsii.String(string(https)), Permanent: jsii.Bool(true),
			}),
		})
		b.redirectListener.Node().AddDependency(b.listener)
	}
	domainName := lb.LoadBalancerDnsName()
	if props.DomainName != nil {
		if props.DomainZone == nil {
			l2.AddError(b, "A Route53 hosted domain zone name is required to configure the specified domain name")
		} else {
			switch props.RecordType {
			case ApplicationLoadBalancedServiceRecordType_ALIAS, "":
				domainName = awsroute53.NewARecord(b, jsii.String("DNS"), &awsroute53.ARecordProps{
					Zone: props.DomainZone, RecordName: props.DomainName,
					Target: awsroute53.RecordTarget_FromAlias(awsroute53targets.NewLoadBalancerTarget(lb, nil)),
				}).DomainName()
			case ApplicationLoadBalancedServiceRecordType_CNAME:
				domainName = awsroute53.NewCnameRecord(b, jsii.String("DNS"), &awsroute53.CnameRecordProps{
					Zone: props.DomainZone, RecordName: props.DomainName, DomainName: lb.LoadBalancerDnsName(),
				}).DomainName()
			}
		}
	}
	if alb, ok := lb.(awselasticloadbalancingv2.ApplicationLoadBalancer); ok {
		b.alb = alb
	}
	awscdk.NewCfnOutput(b, jsii.String("LoadBalancerDNS"), &awscdk.CfnOutputProps{Value: lb.LoadBalancerDnsName()})
	awscdk.NewCfnOutput(b, jsii.String("ServiceURL"), &awscdk.CfnOutputProps{
		Value: jsii.String(strings.ToLower(string(protocol)) + "://" + *domainName),
	})
}

func (b *albServiceBase) Certificate() awscertificatemanager.ICertificate { return b.certificate }
func (b *albServiceBase) Cluster() awsecs.ICluster                        { return b.cluster }
func (b *albServiceBase) InternalDesiredCount() *float64                  { return b.internalDesiredCount }
func (b *albServiceBase) Listener() awselasticloadbalancingv2.ApplicationListener {
	return b.listener
}
func (b *albServiceBase) RedirectListener() awselasticloadbalancingv2.ApplicationListener {
	return b.redirectListener
}
func (b *albServiceBase) TargetGroup() awselasticloadbalancingv2.ApplicationTargetGroup {
	return b.targetGroup
}

// LoadBalancer is the load balancer the pattern created; an imported one
// given in the props has no ApplicationLoadBalancer to return.
func (b *albServiceBase) LoadBalancer() awselasticloadbalancingv2.ApplicationLoadBalancer {
	if b.alb == nil {
		l2.Throw(b, ".loadBalancer can only be accessed if the class was constructed with an owned, not imported, load balancer")
	}
	return b.alb
}

// AddServiceAsTarget registers service with the pattern's target group.
func (b *albServiceBase) AddServiceAsTarget(service awsecs.BaseService) {
	b.targetGroup.AddTarget(service)
}

// CreateAWSLogDriver returns an awslogs driver with the stream prefix.
func (b *albServiceBase) CreateAWSLogDriver(prefix *string) awsecs.AwsLogDriver {
	return newAWSLogDriver(prefix)
}

// GetDefaultCluster returns the stack-wide cluster the patterns share when
// given neither a cluster nor (for a given VPC, one per VPC) a VPC.
func (b *albServiceBase) GetDefaultCluster(scope constructs.Construct, vpc awsec2.IVpc) awsecs.Cluster {
	return defaultCluster(scope, vpc)
}

func newAWSLogDriver(prefix *string) awsecs.AwsLogDriver {
	return awsecs.NewAwsLogDriver(&awsecs.AwsLogDriverProps{StreamPrefix: prefix})
}

func defaultCluster(scope constructs.Construct, vpc awsec2.IVpc) awsecs.Cluster {
	id := defaultClusterID
	if vpc != nil {
		id += *vpc.Node().Id()
	}
	stack := awscdk.Stack_Of(scope)
	if c := stack.Node().TryFindChild(jsii.String(id)); c != nil {
		if cl, ok := c.(awsecs.Cluster); ok {
			return cl
		}
		l2.Throw(scope, "%s is not an ECS cluster; the id is reserved for the patterns' default cluster", *c.Node().Path())
	}
	return awsecs.NewCluster(stack, jsii.String(id), &awsecs.ClusterProps{Vpc: vpc})
}
