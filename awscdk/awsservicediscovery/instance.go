package awsservicediscovery

import (
	"sort"
	"strconv"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsservicediscovery"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// IInstance is an instance registered with a Cloud Map service.
type IInstance interface {
	interfacesawsservicediscovery.IInstanceRef
	awscdk.IResource
	InstanceId() *string
	Service() IService
}

// InstanceBase is what every instance construct offers.
type InstanceBase interface {
	awscdk.Resource
	IInstance
	// UniqueInstanceId is an id for the instance derived from its path (at
	// most 64 characters).
	UniqueInstanceId() *string
}

// BaseInstanceProps are what every instance takes.
type BaseInstanceProps struct {
	// Attributes of the instance, besides the ones Cloud Map defines.
	CustomAttributes *map[string]*string `field:"optional" json:"customAttributes" yaml:"customAttributes"`
	// The instance's id. Default: derived from the construct path.
	InstanceId *string `field:"optional" json:"instanceId" yaml:"instanceId"`
}

// IpInstanceBaseProps are the props of Service.RegisterIpInstance.
type IpInstanceBaseProps struct {
	CustomAttributes *map[string]*string `field:"optional" json:"customAttributes" yaml:"customAttributes"`
	InstanceId       *string             `field:"optional" json:"instanceId" yaml:"instanceId"`
	Ipv4             *string             `field:"optional" json:"ipv4" yaml:"ipv4"`
	Ipv6             *string             `field:"optional" json:"ipv6" yaml:"ipv6"`
	// Default: 80.
	Port *float64 `field:"optional" json:"port" yaml:"port"`
}

// IpInstanceProps are the props of NewIpInstance.
type IpInstanceProps struct {
	CustomAttributes *map[string]*string `field:"optional" json:"customAttributes" yaml:"customAttributes"`
	InstanceId       *string             `field:"optional" json:"instanceId" yaml:"instanceId"`
	Ipv4             *string             `field:"optional" json:"ipv4" yaml:"ipv4"`
	Ipv6             *string             `field:"optional" json:"ipv6" yaml:"ipv6"`
	Port             *float64            `field:"optional" json:"port" yaml:"port"`
	Service          IService            `field:"required" json:"service" yaml:"service"`
}

// CnameInstanceBaseProps are the props of Service.RegisterCnameInstance.
type CnameInstanceBaseProps struct {
	CustomAttributes *map[string]*string `field:"optional" json:"customAttributes" yaml:"customAttributes"`
	InstanceId       *string             `field:"optional" json:"instanceId" yaml:"instanceId"`
	InstanceCname    *string             `field:"required" json:"instanceCname" yaml:"instanceCname"`
}

// CnameInstanceProps are the props of NewCnameInstance.
type CnameInstanceProps struct {
	CustomAttributes *map[string]*string `field:"optional" json:"customAttributes" yaml:"customAttributes"`
	InstanceId       *string             `field:"optional" json:"instanceId" yaml:"instanceId"`
	InstanceCname    *string             `field:"required" json:"instanceCname" yaml:"instanceCname"`
	Service          IService            `field:"required" json:"service" yaml:"service"`
}

// NonIpInstanceBaseProps are the props of Service.RegisterNonIpInstance.
type NonIpInstanceBaseProps struct {
	CustomAttributes *map[string]*string `field:"optional" json:"customAttributes" yaml:"customAttributes"`
	InstanceId       *string             `field:"optional" json:"instanceId" yaml:"instanceId"`
}

// NonIpInstanceProps are the props of NewNonIpInstance.
type NonIpInstanceProps struct {
	CustomAttributes *map[string]*string `field:"optional" json:"customAttributes" yaml:"customAttributes"`
	InstanceId       *string             `field:"optional" json:"instanceId" yaml:"instanceId"`
	Service          IService            `field:"required" json:"service" yaml:"service"`
}

// AliasTargetInstanceProps are the props of NewAliasTargetInstance.
type AliasTargetInstanceProps struct {
	CustomAttributes *map[string]*string `field:"optional" json:"customAttributes" yaml:"customAttributes"`
	InstanceId       *string             `field:"optional" json:"instanceId" yaml:"instanceId"`
	// The DNS name of the load balancer.
	DnsName *string  `field:"required" json:"dnsName" yaml:"dnsName"`
	Service IService `field:"required" json:"service" yaml:"service"`
}

// IpInstance is an instance reached at an IP address and port.
type IpInstance interface {
	InstanceBase
	Ipv4() *string
	Ipv6() *string
	Port() *float64
}

// CnameInstance is an instance reached through a CNAME record.
type CnameInstance interface {
	InstanceBase
	Cname() *string
}

// NonIpInstance is an instance known only by its attributes (HTTP namespaces).
type NonIpInstance interface {
	InstanceBase
}

// AliasTargetInstance is a load balancer registered as an alias record.
type AliasTargetInstance interface {
	InstanceBase
	DnsName() *string
}

type instanceBase struct {
	awscdk.Resource
	svc IService
	id  *string
}

func (i *instanceBase) InstanceId() *string { return i.id }
func (i *instanceBase) Service() IService   { return i.svc }
func (i *instanceBase) InstanceRef() *interfacesawsservicediscovery.InstanceReference {
	ref := &interfacesawsservicediscovery.InstanceReference{InstanceId: i.id}
	if i.svc != nil {
		ref.ServiceId = i.svc.ServiceId()
	}
	return ref
}

func (i *instanceBase) UniqueInstanceId() *string {
	id := *awscdk.Names_UniqueId(i)
	if len(id) > 64 {
		id = id[len(id)-64:]
	}
	return &id
}

// attributes are Cloud Map's own attributes followed by the custom ones,
// which replace a built-in one of the same name in place (as a JavaScript
// object spread does); jsii hands Go maps over with sorted keys.
func attributes(builtin [][2]interface{}, custom *map[string]*string) awscdk.IResolvable {
	o := ojson.New()
	for _, kv := range builtin {
		if kv[1] != nil {
			if s, ok := kv[1].(*string); !ok || s != nil {
				o.Set(kv[0].(string), kv[1])
			}
		}
	}
	if custom != nil {
		keys := make([]string, 0, len(*custom))
		for k := range *custom {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if v := (*custom)[k]; v != nil {
				o.Set(k, v)
			}
		}
	}
	// An ordered object is not a property struct: hand it to the resolver
	// as a value so the L1 renders it as it is.
	return awscdk.Lazy_Any(orderedValue{o}, nil)
}

type orderedValue struct{ o *ojson.Object }

func (v orderedValue) Produce() interface{} { return v.o }

func newInstanceBase(scope constructs.Construct, id *string, svc IService) instanceBase {
	return instanceBase{Resource: awscdk.NewResource(scope, id, nil), svc: svc}
}

func (i *instanceBase) instanceID(given *string) *string {
	if given != nil && *given != "" {
		return given
	}
	return i.UniqueInstanceId()
}

type ipInstance struct {
	instanceBase
	ipv4, ipv6 *string
	port       *float64
}

func (i *ipInstance) Ipv4() *string  { return i.ipv4 }
func (i *ipInstance) Ipv6() *string  { return i.ipv6 }
func (i *ipInstance) Port() *float64 { return i.port }

// IpInstance_PROPERTY_INJECTION_ID is the id property injectors use for IpInstance.
func IpInstance_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-servicediscovery.IpInstance")
}

func empty(s *string) bool { return s == nil || *s == "" }

// NewIpInstance registers an instance reached at an IP address.
func NewIpInstance(scope constructs.Construct, id *string, props *IpInstanceProps) IpInstance {
	props = l2.Inject(*IpInstance_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Service == nil {
		l2.RequireProps(scope, id, "IpInstance", "service")
	}
	i := &ipInstance{instanceBase: newInstanceBase(scope, id, props.Service)}
	host.Set(i.Resource, i)
	rt := props.Service.DnsRecordType()
	if rt == DnsRecordType_CNAME {
		l2.Throw(i, "Service must support `A`, `AAAA` or `SRV` records to register this instance type.")
	}
	if rt == DnsRecordType_SRV {
		if props.Port == nil || *props.Port == 0 {
			l2.Throw(i, "A `port` must be specified for a service using a `SRV` record.")
		}
		if empty(props.Ipv4) && empty(props.Ipv6) {
			l2.Throw(i, "At least `ipv4` or `ipv6` must be specified for a service using a `SRV` record.")
		}
	}
	if empty(props.Ipv4) && (rt == DnsRecordType_A || rt == DnsRecordType_A_AAAA) {
		l2.Throw(i, "An `ipv4` must be specified for a service using a `A` record.")
	}
	if empty(props.Ipv6) && (rt == DnsRecordType_AAAA || rt == DnsRecordType_A_AAAA) {
		l2.Throw(i, "An `ipv6` must be specified for a service using a `AAAA` record.")
	}
	port := 80.0
	if props.Port != nil && *props.Port != 0 {
		port = *props.Port
	}
	attrs := attributes([][2]interface{}{
		{"AWS_INSTANCE_IPV4", props.Ipv4}, {"AWS_INSTANCE_IPV6", props.Ipv6},
		{"AWS_INSTANCE_PORT", jsii.String(strconv.FormatFloat(port, 'f', -1, 64))},
	}, props.CustomAttributes)
	res := NewCfnInstance(i, jsii.String("Resource"), &CfnInstanceProps{InstanceAttributes: attrs,
		InstanceId: i.instanceID(props.InstanceId), ServiceId: props.Service.ServiceId()})
	i.id = res.Ref()
	i.ipv4, i.ipv6, i.port = strOr(props.Ipv4), strOr(props.Ipv6), jsii.Number(port)
	return i
}

func strOr(s *string) *string {
	if s == nil {
		return jsii.String("")
	}
	return s
}

type cnameInstance struct {
	instanceBase
	cname *string
}

func (i *cnameInstance) Cname() *string { return i.cname }

// CnameInstance_PROPERTY_INJECTION_ID is the id property injectors use for CnameInstance.
func CnameInstance_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-servicediscovery.CnameInstance")
}

// NewCnameInstance registers an instance reached through a CNAME record.
func NewCnameInstance(scope constructs.Construct, id *string, props *CnameInstanceProps) CnameInstance {
	props = l2.Inject(*CnameInstance_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Service == nil || props.InstanceCname == nil {
		l2.RequireProps(scope, id, "CnameInstance", "instanceCname", "service")
	}
	i := &cnameInstance{instanceBase: newInstanceBase(scope, id, props.Service)}
	host.Set(i.Resource, i)
	if props.Service.Namespace().Type() == NamespaceType_HTTP {
		l2.Throw(i, "Namespace associated with Service must be a DNS Namespace.")
	}
	if props.Service.DnsRecordType() != DnsRecordType_CNAME {
		l2.Throw(i, "A `CnameIntance` can only be used with a service using a `CNAME` record.")
	}
	res := NewCfnInstance(i, jsii.String("Resource"), &CfnInstanceProps{InstanceId: i.instanceID(props.InstanceId),
		ServiceId: props.Service.ServiceId(), InstanceAttributes: attributes([][2]interface{}{{"AWS_INSTANCE_CNAME", props.InstanceCname}}, props.CustomAttributes)})
	i.id, i.cname = res.Ref(), props.InstanceCname
	return i
}

type nonIPInstance struct{ instanceBase }

// NonIpInstance_PROPERTY_INJECTION_ID is the id property injectors use for NonIpInstance.
func NonIpInstance_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-servicediscovery.NonIpInstance")
}

// NewNonIpInstance registers an instance known only by its attributes.
func NewNonIpInstance(scope constructs.Construct, id *string, props *NonIpInstanceProps) NonIpInstance {
	props = l2.Inject(*NonIpInstance_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Service == nil {
		l2.RequireProps(scope, id, "NonIpInstance", "service")
	}
	i := &nonIPInstance{newInstanceBase(scope, id, props.Service)}
	host.Set(i.Resource, i)
	dt := props.Service.DiscoveryType()
	if dt == "" {
		dt = defaultDiscoveryType(props.Service.Namespace())
	}
	if dt != DiscoveryType_API {
		l2.Throw(i, "This type of instance can only be registered for HTTP namespaces.")
	}
	if props.CustomAttributes == nil || len(*props.CustomAttributes) == 0 {
		l2.Throw(i, "You must specify at least one custom attribute for this instance type.")
	}
	res := NewCfnInstance(i, jsii.String("Resource"), &CfnInstanceProps{InstanceId: i.instanceID(props.InstanceId),
		ServiceId: props.Service.ServiceId(), InstanceAttributes: attributes(nil, props.CustomAttributes)})
	i.id = res.Ref()
	return i
}

type aliasTargetInstance struct {
	instanceBase
	dnsName *string
}

func (i *aliasTargetInstance) DnsName() *string { return i.dnsName }

// AliasTargetInstance_PROPERTY_INJECTION_ID is the id property injectors use for AliasTargetInstance.
func AliasTargetInstance_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-servicediscovery.AliasTargetInstance")
}

// NewAliasTargetInstance registers a load balancer's DNS name as an alias record.
func NewAliasTargetInstance(scope constructs.Construct, id *string, props *AliasTargetInstanceProps) AliasTargetInstance {
	props = l2.Inject(*AliasTargetInstance_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Service == nil || props.DnsName == nil {
		l2.RequireProps(scope, id, "AliasTargetInstance", "dnsName", "service")
	}
	i := &aliasTargetInstance{instanceBase: newInstanceBase(scope, id, props.Service)}
	host.Set(i.Resource, i)
	if props.Service.Namespace().Type() == NamespaceType_HTTP {
		l2.Throw(i, "Namespace associated with Service must be a DNS Namespace.")
	}
	rt := props.Service.DnsRecordType()
	if rt != DnsRecordType_A && rt != DnsRecordType_AAAA && rt != DnsRecordType_A_AAAA {
		l2.Throw(i, "Service must use `A` or `AAAA` records to register an AliasRecordTarget.")
	}
	if props.Service.RoutingPolicy() != RoutingPolicy_WEIGHTED {
		l2.Throw(i, "Service must use `WEIGHTED` routing policy.")
	}
	// The alias instance's default id is the whole unique id, not its tail.
	instanceID := props.InstanceId
	if empty(instanceID) {
		instanceID = awscdk.Names_UniqueId(i)
	}
	res := NewCfnInstance(i, jsii.String("Resource"), &CfnInstanceProps{InstanceId: instanceID,
		ServiceId: props.Service.ServiceId(), InstanceAttributes: attributes([][2]interface{}{{"AWS_ALIAS_DNS_NAME", props.DnsName}}, props.CustomAttributes)})
	i.id, i.dnsName = res.Ref(), props.DnsName
	return i
}
