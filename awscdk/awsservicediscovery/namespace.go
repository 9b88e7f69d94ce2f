package awsservicediscovery

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsservicediscovery"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// NamespaceType is the kind of a Cloud Map namespace.
type NamespaceType string

const (
	// NamespaceType_HTTP: instances are discovered with the API only.
	NamespaceType_HTTP NamespaceType = "HTTP"
	// NamespaceType_DNS_PRIVATE: DNS queries inside a VPC, and the API.
	NamespaceType_DNS_PRIVATE NamespaceType = "DNS_PRIVATE"
	// NamespaceType_DNS_PUBLIC: public DNS queries, and the API.
	NamespaceType_DNS_PUBLIC NamespaceType = "DNS_PUBLIC"
)

// INamespace is a Cloud Map namespace, owned or imported.
type INamespace interface {
	awscdk.IResource
	NamespaceArn() *string
	NamespaceId() *string
	NamespaceName() *string
	// Type is the kind of namespace.
	Type() NamespaceType
}

// IHttpNamespace is an HTTP namespace.
type IHttpNamespace interface {
	interfacesawsservicediscovery.IHttpNamespaceRef
	INamespace
}

// IPrivateDnsNamespace is a private DNS namespace.
type IPrivateDnsNamespace interface {
	INamespace
	interfacesawsservicediscovery.IPrivateDnsNamespaceRef
}

// IPublicDnsNamespace is a public DNS namespace.
type IPublicDnsNamespace interface {
	INamespace
	interfacesawsservicediscovery.IPublicDnsNamespaceRef
}

// BaseNamespaceProps are what every namespace takes.
type BaseNamespaceProps struct {
	// A name for the namespace.
	Name *string `field:"required" json:"name" yaml:"name"`
	// A description of the namespace. Default: none.
	Description *string `field:"optional" json:"description" yaml:"description"`
}

// HttpNamespaceProps are the props of NewHttpNamespace.
type HttpNamespaceProps struct {
	// A name for the namespace.
	Name *string `field:"required" json:"name" yaml:"name"`
	// A description of the namespace. Default: none.
	Description *string `field:"optional" json:"description" yaml:"description"`
}

// PrivateDnsNamespaceProps are the props of NewPrivateDnsNamespace.
type PrivateDnsNamespaceProps struct {
	// A name for the namespace.
	Name *string `field:"required" json:"name" yaml:"name"`
	// A description of the namespace. Default: none.
	Description *string `field:"optional" json:"description" yaml:"description"`
	// The VPC the namespace's hosted zone is associated with.
	Vpc awsec2.IVpc `field:"required" json:"vpc" yaml:"vpc"`
}

// PublicDnsNamespaceProps are the props of NewPublicDnsNamespace.
type PublicDnsNamespaceProps struct {
	// A name for the namespace.
	Name *string `field:"required" json:"name" yaml:"name"`
	// A description of the namespace. Default: none.
	Description *string `field:"optional" json:"description" yaml:"description"`
}

// HttpNamespaceAttributes describe an existing HTTP namespace.
type HttpNamespaceAttributes struct {
	NamespaceArn  *string `field:"required" json:"namespaceArn" yaml:"namespaceArn"`
	NamespaceId   *string `field:"required" json:"namespaceId" yaml:"namespaceId"`
	NamespaceName *string `field:"required" json:"namespaceName" yaml:"namespaceName"`
}

// PrivateDnsNamespaceAttributes describe an existing private DNS namespace.
type PrivateDnsNamespaceAttributes struct {
	NamespaceArn  *string `field:"required" json:"namespaceArn" yaml:"namespaceArn"`
	NamespaceId   *string `field:"required" json:"namespaceId" yaml:"namespaceId"`
	NamespaceName *string `field:"required" json:"namespaceName" yaml:"namespaceName"`
}

// PublicDnsNamespaceAttributes describe an existing public DNS namespace.
type PublicDnsNamespaceAttributes struct {
	NamespaceArn  *string `field:"required" json:"namespaceArn" yaml:"namespaceArn"`
	NamespaceId   *string `field:"required" json:"namespaceId" yaml:"namespaceId"`
	NamespaceName *string `field:"required" json:"namespaceName" yaml:"namespaceName"`
}

// namespaceBase holds what every namespace, owned or imported, answers.
type namespaceBase struct {
	awscdk.Resource
	name, id, arn *string
	typ           NamespaceType
}

func (n *namespaceBase) NamespaceArn() *string  { return n.arn }
func (n *namespaceBase) NamespaceId() *string   { return n.id }
func (n *namespaceBase) NamespaceName() *string { return n.name }
func (n *namespaceBase) Type() NamespaceType    { return n.typ }

// HttpNamespace is a Cloud Map namespace for API discovery only
// (AWS::ServiceDiscovery::HttpNamespace).
type HttpNamespace interface {
	awscdk.Resource
	IHttpNamespace
	HttpNamespaceArn() *string
	HttpNamespaceId() *string
	HttpNamespaceName() *string
	// CreateService creates a service in this namespace.
	CreateService(id *string, props *BaseServiceProps) Service
}

// PrivateDnsNamespace is a Cloud Map namespace with a private hosted zone
// (AWS::ServiceDiscovery::PrivateDnsNamespace).
type PrivateDnsNamespace interface {
	awscdk.Resource
	IPrivateDnsNamespace
	NamespaceHostedZoneId() *string
	PrivateDnsNamespaceArn() *string
	PrivateDnsNamespaceId() *string
	PrivateDnsNamespaceName() *string
	// CreateService creates a service in this namespace.
	CreateService(id *string, props *DnsServiceProps) Service
}

// PublicDnsNamespace is a Cloud Map namespace with a public hosted zone
// (AWS::ServiceDiscovery::PublicDnsNamespace).
type PublicDnsNamespace interface {
	awscdk.Resource
	IPublicDnsNamespace
	NamespaceHostedZoneId() *string
	PublicDnsNamespaceArn() *string
	PublicDnsNamespaceId() *string
	PublicDnsNamespaceName() *string
	// CreateService creates a service in this namespace.
	CreateService(id *string, props *DnsServiceProps) Service
}

type httpNamespace struct{ namespaceBase }

func (n *httpNamespace) HttpNamespaceArn() *string  { return n.arn }
func (n *httpNamespace) HttpNamespaceId() *string   { return n.id }
func (n *httpNamespace) HttpNamespaceName() *string { return n.name }
func (n *httpNamespace) HttpNamespaceRef() *interfacesawsservicediscovery.HttpNamespaceReference {
	return &interfacesawsservicediscovery.HttpNamespaceReference{HttpNamespaceId: n.id, HttpNamespaceArn: n.arn}
}

func (n *httpNamespace) CreateService(id *string, props *BaseServiceProps) Service {
	sp := &ServiceProps{Namespace: host.Of(n).(INamespace)}
	if props != nil {
		sp.CustomHealthCheck, sp.Description, sp.HealthCheck, sp.Name = props.CustomHealthCheck, props.Description, props.HealthCheck, props.Name
	}
	return NewService(n, id, sp)
}

type dnsNamespace struct {
	namespaceBase
	zoneID *string
}

func (n *dnsNamespace) NamespaceHostedZoneId() *string { return n.zoneID }

func (n *dnsNamespace) CreateService(id *string, props *DnsServiceProps) Service {
	sp := &ServiceProps{Namespace: host.Of(n).(INamespace)}
	if props != nil {
		sp.CustomHealthCheck, sp.Description, sp.HealthCheck, sp.Name = props.CustomHealthCheck, props.Description, props.HealthCheck, props.Name
		sp.DiscoveryType, sp.DnsRecordType, sp.DnsTtl, sp.LoadBalancer, sp.RoutingPolicy = props.DiscoveryType, props.DnsRecordType, props.DnsTtl, props.LoadBalancer, props.RoutingPolicy
	}
	return NewService(n, id, sp)
}

type privateDnsNamespace struct{ dnsNamespace }

func (n *privateDnsNamespace) PrivateDnsNamespaceArn() *string  { return n.arn }
func (n *privateDnsNamespace) PrivateDnsNamespaceId() *string   { return n.id }
func (n *privateDnsNamespace) PrivateDnsNamespaceName() *string { return n.name }
func (n *privateDnsNamespace) PrivateDnsNamespaceRef() *interfacesawsservicediscovery.PrivateDnsNamespaceReference {
	return &interfacesawsservicediscovery.PrivateDnsNamespaceReference{PrivateDnsNamespaceId: n.id, PrivateDnsNamespaceArn: n.arn}
}

type publicDnsNamespace struct{ dnsNamespace }

func (n *publicDnsNamespace) PublicDnsNamespaceArn() *string  { return n.arn }
func (n *publicDnsNamespace) PublicDnsNamespaceId() *string   { return n.id }
func (n *publicDnsNamespace) PublicDnsNamespaceName() *string { return n.name }
func (n *publicDnsNamespace) PublicDnsNamespaceRef() *interfacesawsservicediscovery.PublicDnsNamespaceReference {
	return &interfacesawsservicediscovery.PublicDnsNamespaceReference{PublicDnsNamespaceId: n.id, PublicDnsNamespaceArn: n.arn}
}

// HttpNamespace_PROPERTY_INJECTION_ID is the id property injectors use for HttpNamespace.
func HttpNamespace_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-servicediscovery.HttpNamespace")
}

// PrivateDnsNamespace_PROPERTY_INJECTION_ID is the id property injectors use for PrivateDnsNamespace.
func PrivateDnsNamespace_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-servicediscovery.PrivateDnsNamespace")
}

// PublicDnsNamespace_PROPERTY_INJECTION_ID is the id property injectors use for PublicDnsNamespace.
func PublicDnsNamespace_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-servicediscovery.PublicDnsNamespace")
}

// NewHttpNamespace creates an HTTP namespace.
func NewHttpNamespace(scope constructs.Construct, id *string, props *HttpNamespaceProps) HttpNamespace {
	props = l2.Inject(*HttpNamespace_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Name == nil {
		l2.RequireProps(scope, id, "HttpNamespace", "name")
	}
	n := &httpNamespace{}
	n.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(n.Resource, n)
	ns := NewCfnHttpNamespace(n, jsii.String("Resource"), &CfnHttpNamespaceProps{Name: props.Name, Description: props.Description})
	n.name, n.id, n.arn, n.typ = props.Name, ns.AttrId(), ns.AttrArn(), NamespaceType_HTTP
	return n
}

// NewPrivateDnsNamespace creates a private DNS namespace in a VPC.
func NewPrivateDnsNamespace(scope constructs.Construct, id *string, props *PrivateDnsNamespaceProps) PrivateDnsNamespace {
	props = l2.Inject(*PrivateDnsNamespace_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Name == nil {
		l2.RequireProps(scope, id, "PrivateDnsNamespace", "name", "vpc")
	}
	n := &privateDnsNamespace{}
	n.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(n.Resource, n)
	if props.Vpc == nil {
		l2.Throw(n, "VPC must be specified for PrivateDNSNamespaces")
	}
	ns := NewCfnPrivateDnsNamespace(n, jsii.String("Resource"), &CfnPrivateDnsNamespaceProps{
		Name: props.Name, Description: props.Description, Vpc: props.Vpc.VpcId()})
	n.name, n.id, n.arn, n.zoneID, n.typ = props.Name, ns.AttrId(), ns.AttrArn(), ns.AttrHostedZoneId(), NamespaceType_DNS_PRIVATE
	return n
}

// NewPublicDnsNamespace creates a public DNS namespace.
func NewPublicDnsNamespace(scope constructs.Construct, id *string, props *PublicDnsNamespaceProps) PublicDnsNamespace {
	props = l2.Inject(*PublicDnsNamespace_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Name == nil {
		l2.RequireProps(scope, id, "PublicDnsNamespace", "name")
	}
	n := &publicDnsNamespace{}
	n.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(n.Resource, n)
	ns := NewCfnPublicDnsNamespace(n, jsii.String("Resource"), &CfnPublicDnsNamespaceProps{Name: props.Name, Description: props.Description})
	n.name, n.id, n.arn, n.zoneID, n.typ = props.Name, ns.AttrId(), ns.AttrArn(), ns.AttrHostedZoneId(), NamespaceType_DNS_PUBLIC
	return n
}

func importedBase(scope constructs.Construct, id *string, typ NamespaceType, name, nsID, arn *string) namespaceBase {
	return namespaceBase{Resource: awscdk.NewResource(scope, id, nil), name: name, id: nsID, arn: arn, typ: typ}
}

// HttpNamespace_FromHttpNamespaceAttributes references an existing HTTP namespace.
func HttpNamespace_FromHttpNamespaceAttributes(scope constructs.Construct, id *string, attrs *HttpNamespaceAttributes) IHttpNamespace {
	if attrs == nil {
		l2.RequireProps(scope, id, "HttpNamespace.fromHttpNamespaceAttributes", "namespaceArn", "namespaceId", "namespaceName")
	}
	n := &importedHTTP{importedBase(scope, id, NamespaceType_HTTP, attrs.NamespaceName, attrs.NamespaceId, attrs.NamespaceArn)}
	host.Set(n.Resource, n)
	return n
}

// PrivateDnsNamespace_FromPrivateDnsNamespaceAttributes references an existing private DNS namespace.
func PrivateDnsNamespace_FromPrivateDnsNamespaceAttributes(scope constructs.Construct, id *string, attrs *PrivateDnsNamespaceAttributes) IPrivateDnsNamespace {
	if attrs == nil {
		l2.RequireProps(scope, id, "PrivateDnsNamespace.fromPrivateDnsNamespaceAttributes", "namespaceArn", "namespaceId", "namespaceName")
	}
	n := &importedPrivate{importedBase(scope, id, NamespaceType_DNS_PRIVATE, attrs.NamespaceName, attrs.NamespaceId, attrs.NamespaceArn)}
	host.Set(n.Resource, n)
	return n
}

// PublicDnsNamespace_FromPublicDnsNamespaceAttributes references an existing public DNS namespace.
func PublicDnsNamespace_FromPublicDnsNamespaceAttributes(scope constructs.Construct, id *string, attrs *PublicDnsNamespaceAttributes) IPublicDnsNamespace {
	if attrs == nil {
		l2.RequireProps(scope, id, "PublicDnsNamespace.fromPublicDnsNamespaceAttributes", "namespaceArn", "namespaceId", "namespaceName")
	}
	n := &importedPublic{importedBase(scope, id, NamespaceType_DNS_PUBLIC, attrs.NamespaceName, attrs.NamespaceId, attrs.NamespaceArn)}
	host.Set(n.Resource, n)
	return n
}

type importedHTTP struct{ namespaceBase }

func (n *importedHTTP) HttpNamespaceRef() *interfacesawsservicediscovery.HttpNamespaceReference {
	return &interfacesawsservicediscovery.HttpNamespaceReference{HttpNamespaceId: n.id, HttpNamespaceArn: n.arn}
}

type importedPrivate struct{ namespaceBase }

func (n *importedPrivate) PrivateDnsNamespaceRef() *interfacesawsservicediscovery.PrivateDnsNamespaceReference {
	return &interfacesawsservicediscovery.PrivateDnsNamespaceReference{PrivateDnsNamespaceId: n.id, PrivateDnsNamespaceArn: n.arn}
}

type importedPublic struct{ namespaceBase }

func (n *importedPublic) PublicDnsNamespaceRef() *interfacesawsservicediscovery.PublicDnsNamespaceReference {
	return &interfacesawsservicediscovery.PublicDnsNamespaceReference{PublicDnsNamespaceId: n.id, PublicDnsNamespaceArn: n.arn}
}
