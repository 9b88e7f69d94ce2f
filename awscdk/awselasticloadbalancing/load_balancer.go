package awselasticloadbalancing

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawselasticloadbalancing"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// LoadBalancingProtocol is a listener's or health check's protocol.
type LoadBalancingProtocol string

const (
	LoadBalancingProtocol_TCP   LoadBalancingProtocol = "TCP"
	LoadBalancingProtocol_SSL   LoadBalancingProtocol = "SSL"
	LoadBalancingProtocol_HTTP  LoadBalancingProtocol = "HTTP"
	LoadBalancingProtocol_HTTPS LoadBalancingProtocol = "HTTPS"
)

// rendered is the protocol as CloudFormation receives it from aws-cdk-lib
// (its enum values are lower case).
func (p LoadBalancingProtocol) rendered() string { return strings.ToLower(string(p)) }

func isHTTP(p LoadBalancingProtocol) bool {
	return p == LoadBalancingProtocol_HTTP || p == LoadBalancingProtocol_HTTPS
}

// wellKnownProtocol is the protocol implied by port 80 or 443, "" otherwise.
func wellKnownProtocol(port float64) LoadBalancingProtocol {
	switch port {
	case 80:
		return LoadBalancingProtocol_HTTP
	case 443:
		return LoadBalancingProtocol_HTTPS
	}
	return ""
}

// HealthCheck says how the load balancer checks its targets.
type HealthCheck struct {
	// What port number to health check on.
	Port *float64 `field:"required" json:"port" yaml:"port"`
	// After how many successful checks is an instance considered healthy.
	// Default: 2.
	HealthyThreshold *float64 `field:"optional" json:"healthyThreshold" yaml:"healthyThreshold"`
	// Number of seconds between health checks.
	// Default: Duration.seconds(30)
	Interval awscdk.Duration `field:"optional" json:"interval" yaml:"interval"`
	// What path to use for HTTP or HTTPS health check (must return 200).
	// Default: "/".
	Path *string `field:"optional" json:"path" yaml:"path"`
	// What protocol to use for health checking.
	// Default: derived from the port (HTTP for 80, HTTPS for 443, else TCP).
	Protocol LoadBalancingProtocol `field:"optional" json:"protocol" yaml:"protocol"`
	// Health check timeout.
	// Default: Duration.seconds(5)
	Timeout awscdk.Duration `field:"optional" json:"timeout" yaml:"timeout"`
	// After how many unsuccessful checks is an instance considered unhealthy.
	// Default: 5.
	UnhealthyThreshold *float64 `field:"optional" json:"unhealthyThreshold" yaml:"unhealthyThreshold"`
}

// LoadBalancerListener is a port the load balancer listens on and the
// instance port it forwards to.
type LoadBalancerListener struct {
	// External listening port.
	ExternalPort *float64 `field:"required" json:"externalPort" yaml:"externalPort"`
	// Peers allowed to connect to the listener. Default: anywhere (IPv4);
	// an empty list allows none.
	AllowConnectionsFrom *[]awsec2.IConnectable `field:"optional" json:"allowConnectionsFrom" yaml:"allowConnectionsFrom"`
	// The public protocol; may be omitted for ports 80 and 443.
	ExternalProtocol LoadBalancingProtocol `field:"optional" json:"externalProtocol" yaml:"externalProtocol"`
	// Instance listening port. Default: ExternalPort.
	InternalPort *float64 `field:"optional" json:"internalPort" yaml:"internalPort"`
	// The instance protocol. Default: from the instance port when it is
	// 80 or 443, else HTTP behind HTTP(S) and TCP behind TCP or SSL.
	InternalProtocol LoadBalancingProtocol `field:"optional" json:"internalProtocol" yaml:"internalProtocol"`
	// SSL policy names.
	PolicyNames *[]*string `field:"optional" json:"policyNames" yaml:"policyNames"`
	// The ARN of the SSL certificate. Default: none.
	SslCertificateArn *string `field:"optional" json:"sslCertificateArn" yaml:"sslCertificateArn"`
}

// LoadBalancerProps are the props of NewLoadBalancer.
type LoadBalancerProps struct {
	// VPC network of the fleet instances.
	Vpc awsec2.IVpc `field:"required" json:"vpc" yaml:"vpc"`
	// Access logs settings. Default: disabled.
	AccessLoggingPolicy *CfnLoadBalancer_AccessLoggingPolicyProperty `field:"optional" json:"accessLoggingPolicy" yaml:"accessLoggingPolicy"`
	// Whether cross zone load balancing is enabled. Default: true.
	CrossZone *bool `field:"optional" json:"crossZone" yaml:"crossZone"`
	// Health check settings for the targets. Default: none.
	HealthCheck *HealthCheck `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	// Whether the load balancer is internet-facing. Default: false.
	InternetFacing *bool `field:"optional" json:"internetFacing" yaml:"internetFacing"`
	// Listeners to set up; more with AddListener.
	Listeners *[]*LoadBalancerListener `field:"optional" json:"listeners" yaml:"listeners"`
	// Subnets to deploy into. Default: public subnets when internet-facing,
	// private ones with egress otherwise.
	SubnetSelection *awsec2.SubnetSelection `field:"optional" json:"subnetSelection" yaml:"subnetSelection"`
	// Targets to balance to; more with AddTarget.
	Targets *[]ILoadBalancerTarget `field:"optional" json:"targets" yaml:"targets"`
}

// ILoadBalancer is a classic load balancer, owned or referenced.
type ILoadBalancer interface {
	interfacesawselasticloadbalancing.ILoadBalancerRef
	awscdk.IResource
}

// ILoadBalancerTarget is something a classic load balancer can send traffic to.
type ILoadBalancerTarget interface {
	awsec2.IConnectable
	// AttachToClassicLB registers the target with loadBalancer.
	AttachToClassicLB(loadBalancer LoadBalancer)
}

// LoadBalancer is a classic load balancer (AWS::ElasticLoadBalancing::LoadBalancer).
type LoadBalancer interface {
	awscdk.Resource
	awsec2.IConnectable
	ILoadBalancer
	// ListenerPorts controls the connections to each listener added so far.
	ListenerPorts() *[]ListenerPort
	LoadBalancerCanonicalHostedZoneName() *string
	LoadBalancerCanonicalHostedZoneNameId() *string
	LoadBalancerDnsName() *string
	LoadBalancerName() *string
	LoadBalancerSourceSecurityGroupGroupName() *string
	LoadBalancerSourceSecurityGroupOwnerAlias() *string
	// AddListener adds a listener and returns what controls connections to it.
	AddListener(listener *LoadBalancerListener) ListenerPort
	// AddTarget registers a target and opens the instance ports to it.
	AddTarget(target ILoadBalancerTarget)
}

// instanceIDAdder is how targets that register instance ids reach the
// load balancer (aws-cdk-lib's internal _addInstanceId).
type instanceIDAdder interface{ addInstanceID(id *string) }

type loadBalancer struct {
	awscdk.Resource
	elb           CfnLoadBalancer
	sg            awsec2.SecurityGroup
	conns         awsec2.Connections
	listeners     []interface{}
	listenerPorts []ListenerPort
	instancePorts []float64
	targets       []ILoadBalancerTarget
	instanceIDs   []*string
}

// LoadBalancer_PROPERTY_INJECTION_ID is the id property injectors use for LoadBalancer.
func LoadBalancer_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-elasticloadbalancing.LoadBalancer")
}

type anyProducer func() interface{}

func (f anyProducer) Produce() interface{} { return f() }

type listProducer func() *[]*string

func (f listProducer) Produce() *[]*string { return f() }

// NewLoadBalancer creates a classic load balancer with its own security
// group (no outbound rules until targets are added).
func NewLoadBalancer(scope constructs.Construct, id *string, props *LoadBalancerProps) LoadBalancer {
	props = l2.Inject(*LoadBalancer_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Vpc == nil {
		l2.RequireProps(scope, id, "LoadBalancer", "vpc")
	}
	lb := &loadBalancer{listeners: []interface{}{}}
	lb.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(lb.Resource, lb)
	lb.sg = awsec2.NewSecurityGroup(lb, jsii.String("SecurityGroup"), &awsec2.SecurityGroupProps{
		Vpc: props.Vpc, AllowAllOutbound: jsii.Bool(false)})
	lb.conns = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &[]awsec2.ISecurityGroup{lb.sg}})

	var sel *awsec2.SelectedSubnets
	internetFacing := props.InternetFacing != nil && *props.InternetFacing
	switch {
	case props.SubnetSelection != nil:
		sel = props.Vpc.SelectSubnets(props.SubnetSelection)
	case internetFacing:
		sel = props.Vpc.SelectSubnets(&awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC})
	default:
		sel = props.Vpc.SelectSubnets(&awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS})
	}
	scheme := "internal"
	if internetFacing {
		scheme = "internet-facing"
	}
	var hc interface{}
	if props.HealthCheck != nil {
		hc = healthCheckJSON(lb, props.HealthCheck)
	}
	crossZone := true
	if props.CrossZone != nil {
		crossZone = *props.CrossZone
	}
	cfn := &CfnLoadBalancerProps{
		SecurityGroups: &[]interface{}{lb.sg.SecurityGroupId()},
		Subnets:        ifaceList(sel.SubnetIds),
		// aws-cdk-lib renders an empty listener list rather than none.
		Listeners: awscdk.Lazy_Any(anyProducer(func() interface{} { return lb.listeners }), &awscdk.LazyAnyValueOptions{OmitEmptyArray: jsii.Bool(false)}),
		Instances: ifaceList(awscdk.Lazy_List(listProducer(func() *[]*string {
			if len(lb.instanceIDs) == 0 {
				return nil
			}
			return &lb.instanceIDs
		}), &awscdk.LazyListValueOptions{DisplayHint: jsii.String("instances")})),
		Scheme:      jsii.String(scheme),
		HealthCheck: hc,
		CrossZone:   crossZone,
	}
	if props.AccessLoggingPolicy != nil {
		cfn.AccessLoggingPolicy = props.AccessLoggingPolicy
	}
	lb.elb = NewCfnLoadBalancer(lb, jsii.String("Resource"), cfn)
	if internetFacing && sel.InternetConnectivityEstablished != nil {
		lb.elb.Node().AddDependency(sel.InternetConnectivityEstablished)
	}
	if props.Listeners != nil {
		for _, l := range *props.Listeners {
			lb.AddListener(l)
		}
	}
	if props.Targets != nil {
		for _, t := range *props.Targets {
			lb.AddTarget(t)
		}
	}
	return lb
}

func ifaceList(l *[]*string) *[]interface{} {
	if l == nil {
		return nil
	}
	out := make([]interface{}, len(*l))
	for i, s := range *l {
		out[i] = s
	}
	return &out
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func healthCheckJSON(lb *loadBalancer, h *HealthCheck) interface{} {
	if h.Port == nil {
		l2.Throw(lb, "healthCheck.port is required")
	}
	protocol := h.Protocol
	if protocol == "" {
		if protocol = wellKnownProtocol(*h.Port); protocol == "" {
			protocol = LoadBalancingProtocol_TCP
		}
	}
	path := ""
	if isHTTP(protocol) {
		path = "/"
		if h.Path != nil {
			path = *h.Path
		}
	}
	orNum := func(p *float64, def float64) string {
		if p != nil {
			return num(*p)
		}
		return num(def)
	}
	secs := func(d awscdk.Duration, def float64) string {
		if d == nil {
			return num(def)
		}
		return num(*d.ToSeconds(nil))
	}
	return &CfnLoadBalancer_HealthCheckProperty{
		HealthyThreshold:   jsii.String(orNum(h.HealthyThreshold, 2)),
		Interval:           jsii.String(secs(h.Interval, 30)),
		Target:             jsii.String(strings.ToUpper(protocol.rendered()) + ":" + num(*h.Port) + path),
		Timeout:            jsii.String(secs(h.Timeout, 5)),
		UnhealthyThreshold: jsii.String(orNum(h.UnhealthyThreshold, 5)),
	}
}

func (lb *loadBalancer) Connections() awsec2.Connections { return lb.conns }
func (lb *loadBalancer) ListenerPorts() *[]ListenerPort {
	out := append([]ListenerPort{}, lb.listenerPorts...)
	return &out
}
func (lb *loadBalancer) LoadBalancerName() *string    { return lb.elb.Ref() }
func (lb *loadBalancer) LoadBalancerDnsName() *string { return lb.elb.AttrDnsName() }
func (lb *loadBalancer) LoadBalancerCanonicalHostedZoneName() *string {
	return lb.elb.AttrCanonicalHostedZoneName()
}
func (lb *loadBalancer) LoadBalancerCanonicalHostedZoneNameId() *string {
	return lb.elb.AttrCanonicalHostedZoneNameId()
}
func (lb *loadBalancer) LoadBalancerSourceSecurityGroupGroupName() *string {
	return lb.elb.AttrSourceSecurityGroupGroupName()
}
func (lb *loadBalancer) LoadBalancerSourceSecurityGroupOwnerAlias() *string {
	return lb.elb.AttrSourceSecurityGroupOwnerAlias()
}

// LoadBalancerRef is the reference other constructs take.
func (lb *loadBalancer) LoadBalancerRef() *interfacesawselasticloadbalancing.LoadBalancerReference {
	return &interfacesawselasticloadbalancing.LoadBalancerReference{LoadBalancerName: lb.LoadBalancerName()}
}

func (lb *loadBalancer) AddListener(listener *LoadBalancerListener) ListenerPort {
	if listener == nil || listener.ExternalPort == nil {
		l2.Throw(lb, "addListener: a listener with an externalPort is required")
	}
	ext := *listener.ExternalPort
	protocol := listener.ExternalProtocol
	if protocol == "" {
		if protocol = wellKnownProtocol(ext); protocol == "" {
			l2.Throw(lb, "Please supply protocol to go with port %s", num(ext))
		}
	}
	instancePort := ext
	if listener.InternalPort != nil && *listener.InternalPort != 0 {
		instancePort = *listener.InternalPort
	}
	instanceProtocol := listener.InternalProtocol
	if instanceProtocol == "" {
		if instanceProtocol = wellKnownProtocol(instancePort); instanceProtocol == "" {
			instanceProtocol = LoadBalancingProtocol_TCP
			if isHTTP(protocol) {
				instanceProtocol = LoadBalancingProtocol_HTTP
			}
		}
	}
	// The list is lazy, so its entries are rendered here with
	// CloudFormation's names rather than by the L1.
	l := map[string]interface{}{
		"LoadBalancerPort": num(ext),
		"Protocol":         protocol.rendered(),
		"InstancePort":     num(instancePort),
		"InstanceProtocol": instanceProtocol.rendered(),
	}
	if listener.SslCertificateArn != nil {
		l["SSLCertificateId"] = listener.SslCertificateArn
	}
	if listener.PolicyNames != nil {
		l["PolicyNames"] = listener.PolicyNames
	}
	lb.listeners = append(lb.listeners, l)
	port := NewListenerPort(lb.sg, awsec2.Port_Tcp(jsii.Number(ext)))
	peers := []awsec2.IConnectable{awsec2.Peer_AnyIpv4()}
	if listener.AllowConnectionsFrom != nil {
		peers = *listener.AllowConnectionsFrom
	}
	for _, peer := range peers {
		port.Connections().AllowDefaultPortFrom(peer, jsii.String(fmt.Sprintf("Default rule allow on %s", num(ext))))
	}
	for _, t := range lb.targets {
		lb.allowTarget(instancePort, t)
	}
	lb.instancePorts = append(lb.instancePorts, instancePort)
	lb.listenerPorts = append(lb.listenerPorts, port)
	return port
}

func (lb *loadBalancer) AddTarget(target ILoadBalancerTarget) {
	if target == nil {
		l2.Throw(lb, "addTarget: a target is required")
	}
	target.AttachToClassicLB(lb)
	for _, p := range lb.instancePorts {
		lb.allowTarget(p, target)
	}
	lb.targets = append(lb.targets, target)
}

func (lb *loadBalancer) allowTarget(port float64, target ILoadBalancerTarget) {
	lb.conns.AllowTo(target, awsec2.Port_Tcp(jsii.Number(port)), jsii.String(fmt.Sprintf("Port %s LB to fleet", num(port))))
}

func (lb *loadBalancer) addInstanceID(id *string) { lb.instanceIDs = append(lb.instanceIDs, id) }

// InstanceTarget registers an EC2 instance with a classic load balancer.
type InstanceTarget interface {
	ILoadBalancerTarget
	// Instance is the instance to register.
	Instance() awsec2.Instance
}

type instanceTarget struct{ instance awsec2.Instance }

// NewInstanceTarget is a target for instance.
func NewInstanceTarget(instance awsec2.Instance) InstanceTarget {
	if instance == nil {
		l2.RequireArg(nil, "InstanceTarget", "instance")
	}
	return &instanceTarget{instance: instance}
}

func (t *instanceTarget) Instance() awsec2.Instance       { return t.instance }
func (t *instanceTarget) Connections() awsec2.Connections { return t.instance.Connections() }

// AttachToClassicLB adds the instance's id to the load balancer's instances.
func (t *instanceTarget) AttachToClassicLB(loadBalancer LoadBalancer) {
	if loadBalancer == nil {
		l2.RequireArg(nil, "InstanceTarget.attachToClassicLB", "loadBalancer")
	}
	a := findAdder(loadBalancer, 4)
	if a == nil {
		l2.Throw(loadBalancer, "InstanceTarget: the load balancer was not made by NewLoadBalancer")
	}
	a.addInstanceID(t.instance.InstanceId())
}

// findAdder finds the load balancer NewLoadBalancer made, also inside a
// user's struct that embeds it (NewLoadBalancer_Override).
func findAdder(v interface{}, depth int) instanceIDAdder {
	if a, ok := v.(instanceIDAdder); ok {
		return a
	}
	if depth == 0 {
		return nil
	}
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Ptr || rv.Kind() == reflect.Interface {
		if rv.IsNil() {
			return nil
		}
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return nil
	}
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Field(i)
		if f.Kind() == reflect.Interface && !f.IsNil() && f.CanInterface() {
			if a := findAdder(f.Interface(), depth-1); a != nil {
				return a
			}
		}
	}
	return nil
}

// ListenerPort controls the connections to one listener of a load balancer.
type ListenerPort interface {
	awsec2.IConnectable
}

type listenerPort struct{ conns awsec2.Connections }

// NewListenerPort is the connections to defaultPort through securityGroup.
func NewListenerPort(securityGroup awsec2.ISecurityGroup, defaultPort awsec2.Port) ListenerPort {
	return &listenerPort{conns: awsec2.NewConnections(&awsec2.ConnectionsProps{
		SecurityGroups: &[]awsec2.ISecurityGroup{securityGroup}, DefaultPort: defaultPort})}
}

func (p *listenerPort) Connections() awsec2.Connections { return p.conns }
