package awsservicediscovery

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsservicediscovery"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// DiscoveryType says how a service's instances are discovered.
type DiscoveryType string

const (
	// DiscoveryType_API: with the DiscoverInstances API only.
	DiscoveryType_API DiscoveryType = "API"
	// DiscoveryType_DNS_AND_API: with DNS queries and the API.
	DiscoveryType_DNS_AND_API DiscoveryType = "DNS_AND_API"
)

// DnsRecordType is the kind of DNS records a service's instances get.
type DnsRecordType string

const (
	DnsRecordType_A      DnsRecordType = "A"
	DnsRecordType_AAAA   DnsRecordType = "AAAA"
	DnsRecordType_A_AAAA DnsRecordType = "A_AAAA"
	DnsRecordType_SRV    DnsRecordType = "SRV"
	DnsRecordType_CNAME  DnsRecordType = "CNAME"
)

// RoutingPolicy says how Route 53 answers for a service's records.
type RoutingPolicy string

const (
	RoutingPolicy_WEIGHTED   RoutingPolicy = "WEIGHTED"
	RoutingPolicy_MULTIVALUE RoutingPolicy = "MULTIVALUE"
)

// HealthCheckType is the protocol of a Route 53 health check.
type HealthCheckType string

const (
	HealthCheckType_HTTP  HealthCheckType = "HTTP"
	HealthCheckType_HTTPS HealthCheckType = "HTTPS"
	HealthCheckType_TCP   HealthCheckType = "TCP"
)

// HealthCheckConfig is a Route 53 health check for a public DNS service.
type HealthCheckConfig struct {
	// Consecutive checks that must fail or pass to change status. Default: 1.
	FailureThreshold *float64 `field:"optional" json:"failureThreshold" yaml:"failureThreshold"`
	// The path Route 53 requests (HTTP and HTTPS). Default: "/".
	ResourcePath *string `field:"optional" json:"resourcePath" yaml:"resourcePath"`
	// The check's protocol. Default: HTTP.
	Type HealthCheckType `field:"optional" json:"type" yaml:"type"`
}

// HealthCheckCustomConfig is a health check reported by a third party.
type HealthCheckCustomConfig struct {
	// Deprecated by Cloud Map, which always uses 1.
	FailureThreshold *float64 `field:"optional" json:"failureThreshold" yaml:"failureThreshold"`
}

// BaseServiceProps are what every service takes.
type BaseServiceProps struct {
	CustomHealthCheck *HealthCheckCustomConfig `field:"optional" json:"customHealthCheck" yaml:"customHealthCheck"`
	Description       *string                  `field:"optional" json:"description" yaml:"description"`
	HealthCheck       *HealthCheckConfig       `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	Name              *string                  `field:"optional" json:"name" yaml:"name"`
}

// DnsServiceProps are the props of a service in a DNS namespace.
type DnsServiceProps struct {
	CustomHealthCheck *HealthCheckCustomConfig `field:"optional" json:"customHealthCheck" yaml:"customHealthCheck"`
	Description       *string                  `field:"optional" json:"description" yaml:"description"`
	HealthCheck       *HealthCheckConfig       `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	Name              *string                  `field:"optional" json:"name" yaml:"name"`
	// Default: DNS_AND_API, or API in an HTTP namespace.
	DiscoveryType DiscoveryType `field:"optional" json:"discoveryType" yaml:"discoveryType"`
	// Default: A.
	DnsRecordType DnsRecordType `field:"optional" json:"dnsRecordType" yaml:"dnsRecordType"`
	// Default: 1 minute.
	DnsTtl awscdk.Duration `field:"optional" json:"dnsTtl" yaml:"dnsTtl"`
	// Whether the service will register load balancers (WEIGHTED routing).
	LoadBalancer *bool `field:"optional" json:"loadBalancer" yaml:"loadBalancer"`
	// Default: WEIGHTED for CNAME records and load balancers, else MULTIVALUE.
	RoutingPolicy RoutingPolicy `field:"optional" json:"routingPolicy" yaml:"routingPolicy"`
}

// ServiceProps are the props of NewService.
type ServiceProps struct {
	CustomHealthCheck *HealthCheckCustomConfig `field:"optional" json:"customHealthCheck" yaml:"customHealthCheck"`
	Description       *string                  `field:"optional" json:"description" yaml:"description"`
	HealthCheck       *HealthCheckConfig       `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	Name              *string                  `field:"optional" json:"name" yaml:"name"`
	DiscoveryType     DiscoveryType            `field:"optional" json:"discoveryType" yaml:"discoveryType"`
	DnsRecordType     DnsRecordType            `field:"optional" json:"dnsRecordType" yaml:"dnsRecordType"`
	DnsTtl            awscdk.Duration          `field:"optional" json:"dnsTtl" yaml:"dnsTtl"`
	LoadBalancer      *bool                    `field:"optional" json:"loadBalancer" yaml:"loadBalancer"`
	RoutingPolicy     RoutingPolicy            `field:"optional" json:"routingPolicy" yaml:"routingPolicy"`
	// The namespace the service belongs to.
	Namespace INamespace `field:"required" json:"namespace" yaml:"namespace"`
}

// ServiceAttributes describe an existing service.
type ServiceAttributes struct {
	DnsRecordType DnsRecordType `field:"required" json:"dnsRecordType" yaml:"dnsRecordType"`
	Namespace     INamespace    `field:"required" json:"namespace" yaml:"namespace"`
	RoutingPolicy RoutingPolicy `field:"required" json:"routingPolicy" yaml:"routingPolicy"`
	ServiceArn    *string       `field:"required" json:"serviceArn" yaml:"serviceArn"`
	ServiceId     *string       `field:"required" json:"serviceId" yaml:"serviceId"`
	ServiceName   *string       `field:"required" json:"serviceName" yaml:"serviceName"`
	// Default: from the namespace (API for HTTP, else DNS_AND_API).
	DiscoveryType DiscoveryType `field:"optional" json:"discoveryType" yaml:"discoveryType"`
}

// IService is a Cloud Map service, owned or imported.
type IService interface {
	awscdk.IResource
	interfacesawsservicediscovery.IServiceRef
	DiscoveryType() DiscoveryType
	DnsRecordType() DnsRecordType
	Namespace() INamespace
	RoutingPolicy() RoutingPolicy
	ServiceArn() *string
	ServiceId() *string
	ServiceName() *string
}

// Service is a Cloud Map service (AWS::ServiceDiscovery::Service).
type Service interface {
	awscdk.Resource
	IService
	// RegisterCnameInstance registers a CNAME instance with the service.
	RegisterCnameInstance(id *string, props *CnameInstanceBaseProps) IInstance
	// RegisterIpInstance registers an IP instance with the service.
	RegisterIpInstance(id *string, props *IpInstanceBaseProps) IInstance
	// RegisterLoadBalancer registers an ELBv2 load balancer as an alias instance.
	RegisterLoadBalancer(id *string, loadBalancer awselasticloadbalancingv2.ILoadBalancerV2, customAttributes *map[string]*string) IInstance
	// RegisterNonIpInstance registers an instance known only by its attributes.
	RegisterNonIpInstance(id *string, props *NonIpInstanceBaseProps) IInstance
}

type serviceBase struct {
	awscdk.Resource
	name, id, arn *string
	ns            INamespace
	recordType    DnsRecordType
	routing       RoutingPolicy
	discovery     DiscoveryType
}

func (s *serviceBase) DiscoveryType() DiscoveryType { return s.discovery }
func (s *serviceBase) DnsRecordType() DnsRecordType { return s.recordType }
func (s *serviceBase) Namespace() INamespace        { return s.ns }
func (s *serviceBase) RoutingPolicy() RoutingPolicy { return s.routing }
func (s *serviceBase) ServiceArn() *string          { return s.arn }
func (s *serviceBase) ServiceId() *string           { return s.id }
func (s *serviceBase) ServiceName() *string         { return s.name }
func (s *serviceBase) ServiceRef() *interfacesawsservicediscovery.ServiceReference {
	return &interfacesawsservicediscovery.ServiceReference{ServiceId: s.id, ServiceArn: s.arn}
}

type service struct{ serviceBase }

func defaultDiscoveryType(ns INamespace) DiscoveryType {
	if ns.Type() == NamespaceType_HTTP {
		return DiscoveryType_API
	}
	return DiscoveryType_DNS_AND_API
}

// Service_PROPERTY_INJECTION_ID is the id property injectors use for Service.
func Service_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-servicediscovery.Service")
}

// NewService creates a service in a namespace.
func NewService(scope constructs.Construct, id *string, props *ServiceProps) Service {
	props = l2.Inject(*Service_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Namespace == nil {
		l2.RequireProps(scope, id, "Service", "namespace")
	}
	s := &service{}
	s.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(s.Resource, s)

	nsType := props.Namespace.Type()
	discovery := props.DiscoveryType
	if discovery == "" {
		discovery = defaultDiscoveryType(props.Namespace)
	}
	isMultivalue := props.RoutingPolicy == RoutingPolicy_MULTIVALUE
	loadBalancer := props.LoadBalancer != nil && *props.LoadBalancer
	switch {
	case nsType == NamespaceType_HTTP && discovery == DiscoveryType_DNS_AND_API:
		l2.Throw(s, "Cannot specify `discoveryType` of DNS_AND_API when using an HTTP namespace.")
	case discovery == DiscoveryType_API && (props.RoutingPolicy != "" || props.DnsRecordType != ""):
		l2.Throw(s, "Cannot specify `routingPolicy` or `dnsRecord` when using an HTTP namespace.")
	case props.HealthCheck != nil && props.CustomHealthCheck != nil:
		l2.Throw(s, "Cannot specify both `healthCheckConfig` and `healthCheckCustomConfig`.")
	case nsType == NamespaceType_DNS_PRIVATE && props.HealthCheck != nil:
		l2.Throw(s, "Cannot specify `healthCheckConfig` for a Private DNS namespace.")
	case isMultivalue && props.DnsRecordType == DnsRecordType_CNAME:
		l2.Throw(s, "Cannot use `CNAME` record when routing policy is `Multivalue`.")
	case isMultivalue && loadBalancer:
		l2.Throw(s, "Cannot register loadbalancers when routing policy is `Multivalue`.")
	case props.HealthCheck != nil && props.HealthCheck.Type == HealthCheckType_TCP && props.HealthCheck.ResourcePath != nil:
		l2.Throw(s, "Cannot specify `resourcePath` when using a `TCP` health check.")
	}
	// The routing policy follows the record type and load balancing; an
	// explicit routingPolicy is validated above but, as in aws-cdk-lib, not used.
	routing := RoutingPolicy_MULTIVALUE
	if props.DnsRecordType == DnsRecordType_CNAME || loadBalancer {
		routing = RoutingPolicy_WEIGHTED
	}
	recordType := props.DnsRecordType
	if recordType == "" {
		recordType = DnsRecordType_A
	}
	if loadBalancer && recordType != DnsRecordType_A && recordType != DnsRecordType_AAAA && recordType != DnsRecordType_A_AAAA {
		l2.Throw(s, "Must support `A` or `AAAA` records to register loadbalancers.")
	}

	cfn := &CfnServiceProps{Name: props.Name, Description: props.Description, NamespaceId: props.Namespace.NamespaceId()}
	if discovery != DiscoveryType_API {
		ttl := 60.0
		if props.DnsTtl != nil {
			ttl = *props.DnsTtl.ToSeconds(nil)
		}
		var records []interface{}
		if recordType == DnsRecordType_A_AAAA {
			records = []interface{}{
				&CfnService_DnsRecordProperty{Type: jsii.String(string(DnsRecordType_A)), Ttl: jsii.Number(ttl)},
				&CfnService_DnsRecordProperty{Type: jsii.String(string(DnsRecordType_AAAA)), Ttl: jsii.Number(ttl)},
			}
		} else {
			records = []interface{}{&CfnService_DnsRecordProperty{Type: jsii.String(string(recordType)), Ttl: jsii.Number(ttl)}}
		}
		cfn.DnsConfig = &CfnService_DnsConfigProperty{DnsRecords: records, NamespaceId: props.Namespace.NamespaceId(),
			RoutingPolicy: jsii.String(string(routing))}
	}
	if hc := props.HealthCheck; hc != nil {
		typ := hc.Type
		if typ == "" {
			typ = HealthCheckType_HTTP
		}
		threshold := hc.FailureThreshold
		if threshold == nil {
			threshold = jsii.Number(1)
		}
		path := hc.ResourcePath
		if path == nil && hc.Type != HealthCheckType_TCP {
			path = jsii.String("/")
		}
		cfn.HealthCheckConfig = &CfnService_HealthCheckConfigProperty{Type: jsii.String(string(typ)), FailureThreshold: threshold, ResourcePath: path}
	}
	if props.CustomHealthCheck != nil {
		cfn.HealthCheckCustomConfig = &CfnService_HealthCheckCustomConfigProperty{FailureThreshold: props.CustomHealthCheck.FailureThreshold}
	}
	// Only an explicit API discovery type makes an HTTP service.
	if props.DiscoveryType == DiscoveryType_API {
		cfn.Type = jsii.String("HTTP")
	}
	res := NewCfnService(s, jsii.String("Resource"), cfn)
	s.name, s.arn, s.id = res.AttrName(), res.AttrArn(), res.AttrId()
	s.ns, s.recordType, s.routing, s.discovery = props.Namespace, recordType, routing, discovery
	return s
}

func (s *service) self() IService { return host.Of(s).(IService) }

func (s *service) RegisterLoadBalancer(id *string, loadBalancer awselasticloadbalancingv2.ILoadBalancerV2, customAttributes *map[string]*string) IInstance {
	if loadBalancer == nil {
		l2.Throw(s, "registerLoadBalancer: a load balancer is required")
	}
	return NewAliasTargetInstance(s, id, &AliasTargetInstanceProps{Service: s.self(), DnsName: loadBalancer.LoadBalancerDnsName(), CustomAttributes: customAttributes})
}

func (s *service) RegisterNonIpInstance(id *string, props *NonIpInstanceBaseProps) IInstance {
	p := &NonIpInstanceProps{Service: s.self()}
	if props != nil {
		p.CustomAttributes, p.InstanceId = props.CustomAttributes, props.InstanceId
	}
	return NewNonIpInstance(s, id, p)
}

func (s *service) RegisterIpInstance(id *string, props *IpInstanceBaseProps) IInstance {
	p := &IpInstanceProps{Service: s.self()}
	if props != nil {
		p.CustomAttributes, p.InstanceId, p.Ipv4, p.Ipv6, p.Port = props.CustomAttributes, props.InstanceId, props.Ipv4, props.Ipv6, props.Port
	}
	return NewIpInstance(s, id, p)
}

func (s *service) RegisterCnameInstance(id *string, props *CnameInstanceBaseProps) IInstance {
	p := &CnameInstanceProps{Service: s.self()}
	if props != nil {
		p.CustomAttributes, p.InstanceId, p.InstanceCname = props.CustomAttributes, props.InstanceId, props.InstanceCname
	}
	return NewCnameInstance(s, id, p)
}

type importedService struct{ serviceBase }

// Service_FromServiceAttributes references an existing service.
func Service_FromServiceAttributes(scope constructs.Construct, id *string, attrs *ServiceAttributes) IService {
	if attrs == nil || attrs.Namespace == nil {
		l2.RequireProps(scope, id, "Service.fromServiceAttributes", "namespace", "serviceArn", "serviceId", "serviceName")
	}
	s := &importedService{}
	s.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(s.Resource, s)
	s.ns, s.id, s.arn, s.recordType, s.routing, s.name = attrs.Namespace, attrs.ServiceId, attrs.ServiceArn, attrs.DnsRecordType, attrs.RoutingPolicy, attrs.ServiceName
	s.discovery = attrs.DiscoveryType
	if s.discovery == "" {
		s.discovery = defaultDiscoveryType(attrs.Namespace)
	}
	return s
}
