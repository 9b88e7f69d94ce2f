package awselasticloadbalancingv2

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawselasticloadbalancingv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// INetworkLoadBalancerMetrics are the CloudWatch metrics of a Network Load Balancer.
type INetworkLoadBalancerMetrics interface {
	ActiveFlowCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	ConsumedLCUs(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	Custom(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	NewFlowCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	ProcessedBytes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	TcpClientResetCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	TcpElbResetCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	TcpTargetResetCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

// INetworkLoadBalancer is a Network Load Balancer, defined here or imported.
// (aws-cdk-go also embeds awsec2.IVpcEndpointServiceLoadBalancer, whose one
// method, LoadBalancerArn, is listed here.)
type INetworkLoadBalancer interface {
	awsec2.IConnectable
	ILoadBalancerV2
	LoadBalancerArn() *string
	AddListener(id *string, props *BaseNetworkListenerProps) NetworkListener
	EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic() *string
	IpAddressType() IpAddressType
	Metrics() INetworkLoadBalancerMetrics
	SecurityGroups() *[]*string
	Vpc() awsec2.IVpc
}

// NetworkLoadBalancerProps are the props of NewNetworkLoadBalancer.
type NetworkLoadBalancerProps struct {
	Vpc                                                  awsec2.IVpc              `field:"required" json:"vpc" yaml:"vpc"`
	CrossZoneEnabled                                     *bool                    `field:"optional" json:"crossZoneEnabled" yaml:"crossZoneEnabled"`
	DeletionProtection                                   *bool                    `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	DenyAllIgwTraffic                                    *bool                    `field:"optional" json:"denyAllIgwTraffic" yaml:"denyAllIgwTraffic"`
	InternetFacing                                       *bool                    `field:"optional" json:"internetFacing" yaml:"internetFacing"`
	LoadBalancerName                                     *string                  `field:"optional" json:"loadBalancerName" yaml:"loadBalancerName"`
	MinimumCapacityUnit                                  *float64                 `field:"optional" json:"minimumCapacityUnit" yaml:"minimumCapacityUnit"`
	VpcSubnets                                           *awsec2.SubnetSelection  `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	ClientRoutingPolicy                                  ClientRoutingPolicy      `field:"optional" json:"clientRoutingPolicy" yaml:"clientRoutingPolicy"`
	DisableSecurityGroups                                *bool                    `field:"optional" json:"disableSecurityGroups" yaml:"disableSecurityGroups"`
	EnablePrefixForIpv6SourceNat                         *bool                    `field:"optional" json:"enablePrefixForIpv6SourceNat" yaml:"enablePrefixForIpv6SourceNat"`
	EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic *bool                    `field:"optional" json:"enforceSecurityGroupInboundRulesOnPrivateLinkTraffic" yaml:"enforceSecurityGroupInboundRulesOnPrivateLinkTraffic"`
	IpAddressType                                        IpAddressType            `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	SecurityGroups                                       *[]awsec2.ISecurityGroup `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	SubnetMappings                                       *[]*SubnetMapping        `field:"optional" json:"subnetMappings" yaml:"subnetMappings"`
	ZonalShift                                           *bool                    `field:"optional" json:"zonalShift" yaml:"zonalShift"`
}

// NetworkLoadBalancer is a Network Load Balancer (AWS::ElasticLoadBalancingV2::LoadBalancer).
type NetworkLoadBalancer interface {
	BaseLoadBalancer
	INetworkLoadBalancer
	Connections() awsec2.Connections
	AddSecurityGroup(securityGroup awsec2.ISecurityGroup)
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricActiveFlowCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricConsumedLCUs(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricNewFlowCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricProcessedBytes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTcpClientResetCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTcpElbResetCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTcpTargetResetCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

type networkLoadBalancer struct {
	lbBase
	enforce *string
}

func onOffBool(b *bool) *string {
	if b == nil {
		return nil
	}
	return onOff(b)
}

// NewNetworkLoadBalancer defines a Network Load Balancer; under the
// networkLoadBalancerWithSecurityGroupByDefault flag it gets its own
// security group unless props say otherwise.
func NewNetworkLoadBalancer(scope constructs.Construct, id *string, props *NetworkLoadBalancerProps) NetworkLoadBalancer {
	props = l2.Inject(*NetworkLoadBalancer_PROPERTY_INJECTION_ID(), props, scope, id)
	lb := &networkLoadBalancer{}
	var physical *string
	if props != nil {
		physical = props.LoadBalancerName
	}
	lb.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: physical})
	host.Set(lb.Resource, lb)
	if props == nil || props.Vpc == nil {
		l2.Throw(lb, "NetworkLoadBalancer: vpc is required")
	}
	lb.vpc, lb.physical = props.Vpc, physical
	if props.VpcSubnets != nil && props.SubnetMappings != nil {
		l2.Throw(lb, "You can specify either `vpcSubnets` or `subnetMappings`, not both.")
	}
	if props.IpAddressType == IpAddressType_DUAL_STACK_WITHOUT_PUBLIC_IPV4 {
		l2.Throw(lb, "'ipAddressType' DUAL_STACK_WITHOUT_PUBLIC_IPV4 can only be used with Application Load Balancer, got network")
	}
	internetFacing := props.InternetFacing != nil && *props.InternetFacing
	selection := props.VpcSubnets
	if selection == nil {
		selection = &awsec2.SubnetSelection{}
		if internetFacing {
			selection.SubnetType = awsec2.SubnetType_PUBLIC
		}
	}
	var subnetIDs *[]interface{}
	var mappings interface{}
	var connectivity constructs.IDependable
	if props.SubnetMappings != nil {
		for i, m := range *props.SubnetMappings {
			if m == nil || m.Subnet == nil {
				l2.Throw(lb, "subnetMappings[%d] needs a subnet", i)
			}
		}
		mappings = renderSubnetMappings(*props.SubnetMappings)
		if internetFacing {
			ids := make([]*string, len(*props.SubnetMappings))
			for i, m := range *props.SubnetMappings {
				ids[i] = m.Subnet.SubnetId()
			}
			connectivity = props.Vpc.SelectSubnets(&awsec2.SubnetSelection{SubnetFilters: &[]awsec2.SubnetFilter{awsec2.SubnetFilter_ByIds(&ids)}}).InternetConnectivityEstablished
		}
	} else {
		subnets := props.Vpc.SelectSubnets(selection)
		var ids []interface{}
		for _, s := range *subnets.SubnetIds {
			ids = append(ids, s)
		}
		subnetIDs, connectivity = &ids, subnets.InternetConnectivityEstablished
	}
	scheme := "internal"
	if internetFacing {
		scheme = "internet-facing"
	}
	lb.enforce = onOffBool(props.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic)
	cp := &CfnLoadBalancerProps{Name: physical, Subnets: subnetIDs, SubnetMappings: mappings, Scheme: jsii.String(scheme), Type: jsii.String("network"),
		IpAddressType: props.IpAddressType.cfn(), EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: lb.enforce,
		EnablePrefixForIpv6SourceNat: onOffBool(props.EnablePrefixForIpv6SourceNat)}
	if m := props.MinimumCapacityUnit; m != nil {
		if !*awscdk.Token_IsUnresolved(m) {
			perAZ := *m / float64(len(*props.Vpc.AvailabilityZones()))
			if *m != float64(int64(*m)) || perAZ < 2750 || perAZ > 45000 {
				l2.Throw(lb, "'minimumCapacityUnit' must be a positive value between 2750 and 45000 per AZ for Network Load Balancer, got %v LCU per AZ.", perAZ)
			}
		}
		cp.MinimumLoadBalancerCapacity = &CfnLoadBalancer_MinimumLoadBalancerCapacityProperty{CapacityUnits: m}
	}
	lb.cfn = NewCfnLoadBalancer(lb, jsii.String("Resource"), cp)
	if internetFacing && connectivity != nil {
		lb.cfn.Node().AddDependency(connectivity)
	}
	if props.SubnetMappings != nil {
		for _, m := range *props.SubnetMappings {
			switch {
			case internetFacing && m.PrivateIpv4Address != nil:
				l2.Throw(lb, "Cannot specify `privateIpv4Address` for a internet facing load balancer.")
			case !internetFacing && m.AllocationId != nil:
				l2.Throw(lb, "Cannot specify `allocationId` for a internal load balancer.")
			}
		}
		for _, m := range *props.SubnetMappings {
			if m.SourceNatIpv6Prefix != nil && (props.EnablePrefixForIpv6SourceNat == nil || !*props.EnablePrefixForIpv6SourceNat) {
				l2.Throw(lb, "Cannot specify `sourceNatIpv6Prefix` for a load balancer that does not have `enablePrefixForIpv6SourceNat` enabled.")
			}
		}
	}
	lb.attrs.set("deletion_protection.enabled", jsii.String(fmt.Sprintf("%t", props.DeletionProtection != nil && *props.DeletionProtection)))
	if props.CrossZoneEnabled != nil {
		lb.attrs.set("load_balancing.cross_zone.enabled", jsii.String(fmt.Sprintf("%t", *props.CrossZoneEnabled)))
	}
	if props.DenyAllIgwTraffic != nil {
		if props.IpAddressType != IpAddressType_DUAL_STACK {
			l2.Throw(lb, "'denyAllIgwTraffic' may only be set on load balancers with dualstack addressing.")
		}
		lb.attrs.set("ipv6.deny_all_igw_traffic", jsii.String(fmt.Sprintf("%t", *props.DenyAllIgwTraffic)))
	}
	if props.SecurityGroups != nil && props.DisableSecurityGroups != nil && *props.DisableSecurityGroups {
		l2.Throw(lb, "Cannot specify both `securityGroups` and `disableSecurityGroups` properties.")
	}
	var sgs []awsec2.ISecurityGroup
	if props.SecurityGroups != nil {
		sgs = *props.SecurityGroups
	} else if *awscdk.FeatureFlags_Of(lb).IsEnabled(jsii.String("@aws-cdk/aws-elasticloadbalancingv2:networkLoadBalancerWithSecurityGroupByDefault")) &&
		(props.DisableSecurityGroups == nil || !*props.DisableSecurityGroups) {
		sgs = []awsec2.ISecurityGroup{awsec2.NewSecurityGroup(lb, jsii.String("SecurityGroup"), &awsec2.SecurityGroupProps{Vpc: props.Vpc,
			Description: jsii.String("Automatically created Security Group for ELB " + *awscdk.Names_UniqueId(lb)), AllowAllOutbound: jsii.Bool(false)})}
	}
	lb.noSecurityGroups = props.SecurityGroups == nil
	lb.connections = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &sgs})
	lb.ipType = props.IpAddressType
	if lb.ipType == "" {
		lb.ipType = IpAddressType_IPV4
	}
	if props.ClientRoutingPolicy != "" {
		lb.attrs.set("dns_record.client_routing_policy", props.ClientRoutingPolicy.cfn())
	}
	if props.ZonalShift != nil {
		lb.attrs.set("zonal_shift.config.enabled", jsii.String(fmt.Sprintf("%t", *props.ZonalShift)))
	}
	lb.sync()
	lb.Node().AddValidation(l2.Validation(func() []string { return derefAll(lb.ValidateLoadBalancer()) }))
	return lb
}

// NewNetworkLoadBalancer_Override makes n, a pointer to a struct embedding NetworkLoadBalancer,
// a new NetworkLoadBalancer (jsii's way of extending a class).
func NewNetworkLoadBalancer_Override(n NetworkLoadBalancer, scope constructs.Construct, id *string, props *NetworkLoadBalancerProps) {
	l2.Override[NetworkLoadBalancer](n, NewNetworkLoadBalancer(scope, id, props))
}

func (lb *networkLoadBalancer) EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic() *string {
	return lb.enforce
}

// SecurityGroups are the ids of the load balancer's security groups, or nil without any.
func (lb *networkLoadBalancer) SecurityGroups() *[]*string {
	groups := *lb.connections.SecurityGroups()
	if len(groups) == 0 {
		return nil
	}
	out := make([]*string, len(groups))
	for i, g := range groups {
		out[i] = g.SecurityGroupId()
	}
	return &out
}

// AddListener adds a listener.
func (lb *networkLoadBalancer) AddListener(id *string, props *BaseNetworkListenerProps) NetworkListener {
	if props == nil {
		props = &BaseNetworkListenerProps{}
	}
	return NewNetworkListener(lb, id, &NetworkListenerProps{LoadBalancer: lb, Port: props.Port, AlpnPolicy: props.AlpnPolicy,
		Certificates: props.Certificates, DefaultAction: props.DefaultAction, DefaultTargetGroups: props.DefaultTargetGroups,
		Protocol: props.Protocol, SslPolicy: props.SslPolicy, TcpIdleTimeout: props.TcpIdleTimeout})
}

func (lb *networkLoadBalancer) Metrics() INetworkLoadBalancerMetrics { return &nlbMetrics{lb} }

type nlbMetrics struct {
	lb interface{ LoadBalancerFullName() *string }
}

func (m *nlbMetrics) metric(name, statistic string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return newMetric("AWS/NetworkELB", name, statistic, map[string]*string{"LoadBalancer": m.lb.LoadBalancerFullName()}, o)
}
func (m *nlbMetrics) Custom(n *string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric(deref(n), "", o)
}
func (m *nlbMetrics) ActiveFlowCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("ActiveFlowCount", "Average", o)
}
func (m *nlbMetrics) ConsumedLCUs(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("ConsumedLCUs", "Sum", o)
}
func (m *nlbMetrics) NewFlowCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("NewFlowCount", "Sum", o)
}
func (m *nlbMetrics) ProcessedBytes(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("ProcessedBytes", "Sum", o)
}
func (m *nlbMetrics) TcpClientResetCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("TCP_Client_Reset_Count", "Sum", o)
}
func (m *nlbMetrics) TcpElbResetCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("TCP_ELB_Reset_Count", "Sum", o)
}
func (m *nlbMetrics) TcpTargetResetCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("TCP_Target_Reset_Count", "Sum", o)
}

func (lb *networkLoadBalancer) Metric(n *string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().Custom(n, o)
}
func (lb *networkLoadBalancer) MetricActiveFlowCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().ActiveFlowCount(o)
}
func (lb *networkLoadBalancer) MetricConsumedLCUs(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().ConsumedLCUs(o)
}
func (lb *networkLoadBalancer) MetricNewFlowCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().NewFlowCount(o)
}
func (lb *networkLoadBalancer) MetricProcessedBytes(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().ProcessedBytes(o)
}
func (lb *networkLoadBalancer) MetricTcpClientResetCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().TcpClientResetCount(o)
}
func (lb *networkLoadBalancer) MetricTcpElbResetCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().TcpElbResetCount(o)
}
func (lb *networkLoadBalancer) MetricTcpTargetResetCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().TcpTargetResetCount(o)
}

// NetworkLoadBalancer_PROPERTY_INJECTION_ID is the id property injectors use.
func NetworkLoadBalancer_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-elasticloadbalancingv2.NetworkLoadBalancer")
}

// NetworkLoadBalancer_IsConstruct reports whether x is a construct.
func NetworkLoadBalancer_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// NetworkLoadBalancer_IsResource reports whether construct is a Resource.
func NetworkLoadBalancer_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NetworkLoadBalancer_IsOwnedResource reports whether construct is a Resource owned by the app.
func NetworkLoadBalancer_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// INetworkListener is a network listener, defined here or imported.
type INetworkListener interface {
	IListener
	INetworkListenerRef
}

// BaseNetworkListenerProps are the settings of a listener added to a network load balancer.
type BaseNetworkListenerProps struct {
	Port                *float64                `field:"required" json:"port" yaml:"port"`
	AlpnPolicy          AlpnPolicy              `field:"optional" json:"alpnPolicy" yaml:"alpnPolicy"`
	Certificates        *[]IListenerCertificate `field:"optional" json:"certificates" yaml:"certificates"`
	DefaultAction       NetworkListenerAction   `field:"optional" json:"defaultAction" yaml:"defaultAction"`
	DefaultTargetGroups *[]INetworkTargetGroup  `field:"optional" json:"defaultTargetGroups" yaml:"defaultTargetGroups"`
	Protocol            Protocol                `field:"optional" json:"protocol" yaml:"protocol"`
	SslPolicy           SslPolicy               `field:"optional" json:"sslPolicy" yaml:"sslPolicy"`
	TcpIdleTimeout      awscdk.Duration         `field:"optional" json:"tcpIdleTimeout" yaml:"tcpIdleTimeout"`
}

// NetworkListenerProps are the props of NewNetworkListener.
type NetworkListenerProps struct {
	Port                *float64                `field:"required" json:"port" yaml:"port"`
	AlpnPolicy          AlpnPolicy              `field:"optional" json:"alpnPolicy" yaml:"alpnPolicy"`
	Certificates        *[]IListenerCertificate `field:"optional" json:"certificates" yaml:"certificates"`
	DefaultAction       NetworkListenerAction   `field:"optional" json:"defaultAction" yaml:"defaultAction"`
	DefaultTargetGroups *[]INetworkTargetGroup  `field:"optional" json:"defaultTargetGroups" yaml:"defaultTargetGroups"`
	Protocol            Protocol                `field:"optional" json:"protocol" yaml:"protocol"`
	SslPolicy           SslPolicy               `field:"optional" json:"sslPolicy" yaml:"sslPolicy"`
	TcpIdleTimeout      awscdk.Duration         `field:"optional" json:"tcpIdleTimeout" yaml:"tcpIdleTimeout"`
	LoadBalancer        INetworkLoadBalancer    `field:"required" json:"loadBalancer" yaml:"loadBalancer"`
}

// AddNetworkActionProps are the props of NetworkListener.AddAction.
type AddNetworkActionProps struct {
	Action NetworkListenerAction `field:"required" json:"action" yaml:"action"`
}

// AddNetworkTargetsProps are the props of NetworkListener.AddTargets.
type AddNetworkTargetsProps struct {
	Port                *float64                      `field:"required" json:"port" yaml:"port"`
	DeregistrationDelay awscdk.Duration               `field:"optional" json:"deregistrationDelay" yaml:"deregistrationDelay"`
	HealthCheck         *HealthCheck                  `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	PreserveClientIp    *bool                         `field:"optional" json:"preserveClientIp" yaml:"preserveClientIp"`
	Protocol            Protocol                      `field:"optional" json:"protocol" yaml:"protocol"`
	ProxyProtocolV2     *bool                         `field:"optional" json:"proxyProtocolV2" yaml:"proxyProtocolV2"`
	TargetGroupName     *string                       `field:"optional" json:"targetGroupName" yaml:"targetGroupName"`
	Targets             *[]INetworkLoadBalancerTarget `field:"optional" json:"targets" yaml:"targets"`
}

// NetworkListener is a listener of a Network Load Balancer.
type NetworkListener interface {
	BaseListener
	INetworkListener
	LoadBalancer() INetworkLoadBalancer
	AddAction(_id *string, props *AddNetworkActionProps)
	AddCertificates(id *string, certificates *[]IListenerCertificate)
	AddTargetGroups(_id *string, targetGroups ...INetworkTargetGroup)
	AddTargets(id *string, props *AddNetworkTargetsProps) NetworkTargetGroup
}

type networkListener struct {
	awscdk.Resource
	cfn           CfnListener
	lb            INetworkLoadBalancer
	protocol      Protocol
	certArns      []*string
	defaultAction NetworkListenerAction
	attrs         attributes
}

var networkProtocols = map[Protocol]bool{Protocol_TCP: true, Protocol_TLS: true, Protocol_UDP: true, Protocol_TCP_UDP: true}

// NewNetworkListener defines a listener on props.LoadBalancer; the
// protocol is TLS with certificates, TCP otherwise.
func NewNetworkListener(scope constructs.Construct, id *string, props *NetworkListenerProps) NetworkListener {
	props = l2.Inject(*NetworkListener_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.LoadBalancer == nil || props.Port == nil {
		l2.Throw(scope, "NetworkListener: loadBalancer and port are required")
	}
	var certs []IListenerCertificate
	if props.Certificates != nil {
		certs = *props.Certificates
	}
	proto := props.Protocol
	if proto == "" {
		proto = Protocol_TCP
		if len(certs) > 0 {
			proto = Protocol_TLS
		}
	}
	if !networkProtocols[proto] {
		diag.Panic("", "The protocol must be one of TCP, TLS, UDP, TCP_UDP. Found %s", proto)
	}
	if proto == Protocol_TLS && len(certs) == 0 {
		l2.Throw(scope, "When the protocol is set to TLS, you must specify certificates")
	}
	if proto != Protocol_TLS && len(certs) > 0 {
		l2.Throw(scope, "Protocol must be TLS when certificates have been specified")
	}
	if proto != Protocol_TLS && props.AlpnPolicy != "" {
		l2.Throw(scope, "Protocol must be TLS when alpnPolicy have been specified")
	}
	ssl := props.SslPolicy
	if ssl == "" && proto == Protocol_TLS && *awscdk.FeatureFlags_Of(scope).IsEnabled(jsii.String("@aws-cdk/aws-elasticloadbalancingv2:usePostQuantumTlsPolicy")) {
		ssl = SslPolicy_TLS13_12_PQ
	}
	l := &networkListener{lb: props.LoadBalancer, protocol: proto}
	l.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(l.Resource, l)
	cp := &CfnListenerProps{LoadBalancerArn: props.LoadBalancer.LoadBalancerArn(), Protocol: proto.cfn(), Port: props.Port, SslPolicy: ssl.cfn()}
	if props.AlpnPolicy != "" {
		cp.AlpnPolicy = &[]*string{props.AlpnPolicy.cfn()}
	}
	l.cfn = NewCfnListener(l, jsii.String("Resource"), cp)
	if len(certs) > 0 {
		l.AddCertificates(jsii.String("DefaultCertificates"), &certs)
	}
	if props.DefaultAction != nil && props.DefaultTargetGroups != nil {
		l2.Throw(l, "Specify at most one of 'defaultAction' and 'defaultTargetGroups'")
	}
	if props.DefaultAction != nil {
		l.setDefaultAction(props.DefaultAction)
	}
	if props.DefaultTargetGroups != nil {
		l.setDefaultAction(NetworkListenerAction_Forward(props.DefaultTargetGroups, nil))
	}
	if props.TcpIdleTimeout != nil {
		s := *props.TcpIdleTimeout.ToSeconds(nil)
		if proto == Protocol_UDP {
			l2.Throw(l, "`tcpIdleTimeout` cannot be set when `protocol` is `Protocol.UDP`.")
		}
		if s < 60 || s > 6000 {
			l2.Throw(l, "`tcpIdleTimeout` must be between 60 and 6000 seconds, got %v seconds.", s)
		}
		l.attrs.set("tcp.idle_timeout.seconds", jsii.String(fmt.Sprintf("%v", s)))
		l.sync()
	}
	l.Node().AddValidation(l2.Validation(func() []string { return derefAll(l.ValidateListener()) }))
	return l
}

// NewNetworkListener_Override makes n, a pointer to a struct embedding NetworkListener,
// a new NetworkListener (jsii's way of extending a class).
func NewNetworkListener_Override(n NetworkListener, scope constructs.Construct, id *string, props *NetworkListenerProps) {
	l2.Override[NetworkListener](n, NewNetworkListener(scope, id, props))
}

func (l *networkListener) sync() {
	if len(l.certArns) > 0 {
		certs := make([]*CfnListener_CertificateProperty, len(l.certArns))
		for i, a := range l.certArns {
			certs[i] = &CfnListener_CertificateProperty{CertificateArn: a}
		}
		l.cfn.SetCertificates(certs)
	}
	if l.defaultAction != nil {
		l.cfn.SetDefaultActions(l.defaultAction.RenderActions())
	}
	var attrs []*CfnListener_ListenerAttributeProperty
	for _, a := range l.attrs.render() {
		attrs = append(attrs, &CfnListener_ListenerAttributeProperty{Key: a.Key, Value: a.Value})
	}
	if len(attrs) > 0 {
		l.cfn.SetListenerAttributes(attrs)
	} else {
		l.cfn.SetListenerAttributes(nil)
	}
}

func (l *networkListener) setDefaultAction(action NetworkListenerAction) {
	action.Bind(l, l)
	if l.defaultAction != nil {
		awscdk.Annotations_Of(l).AddWarningV2(jsii.String("@aws-cdk/aws-elbv2:listenerExistingDefaultActionReplaced"),
			jsii.String("A default Action already existed on this Listener and was replaced. Configure exactly one default Action."))
	}
	l.defaultAction = action
	l.sync()
}

func (l *networkListener) IsNetworkListener() *bool { return jsii.Bool(true) }
func (l *networkListener) ListenerArn() *string     { return l.cfn.Ref() }
func (l *networkListener) ListenerRef() *interfacesawselasticloadbalancingv2.ListenerReference {
	return &interfacesawselasticloadbalancingv2.ListenerReference{ListenerArn: l.ListenerArn()}
}
func (l *networkListener) LoadBalancer() INetworkLoadBalancer { return l.lb }

// SetAttribute sets a listener attribute; a nil value removes it.
func (l *networkListener) SetAttribute(key *string, value *string) {
	l.attrs.set(deref(key), value)
	l.sync()
}

// RemoveAttribute removes a listener attribute.
func (l *networkListener) RemoveAttribute(key *string) { l.SetAttribute(key, nil) }

// ValidateListener lists what the listener still lacks.
func (l *networkListener) ValidateListener() *[]*string {
	if l.defaultAction == nil {
		return strs([]string{"Listener needs at least one default action or target group (call addTargetGroups or addAction)"})
	}
	return strs(nil)
}

// AddCertificates adds certificates: the first becomes the listener's
// default certificate, the others ListenerCertificate resources.
func (l *networkListener) AddCertificates(id *string, certificates *[]IListenerCertificate) {
	if certificates == nil {
		return
	}
	extra := append([]IListenerCertificate(nil), (*certificates)...)
	if len(l.certArns) == 0 && len(extra) > 0 {
		l.certArns = append(l.certArns, extra[0].CertificateArn())
		extra = extra[1:]
	}
	// One ListenerCertificate per extra certificate, as aws-cdk-lib's NetworkListenerCertificate renders.
	for i, c := range extra {
		NewApplicationListenerCertificate(l, jsii.String(fmt.Sprintf("%s%d", deref(id), i+1)),
			&ApplicationListenerCertificateProps{Listener: l, Certificates: &[]IListenerCertificate{c}})
	}
	l.sync()
}

// AddAction makes action the default action.
func (l *networkListener) AddAction(_id *string, props *AddNetworkActionProps) {
	if props == nil || props.Action == nil {
		l2.Throw(l, "addAction: an action is required")
	}
	l.setDefaultAction(props.Action)
}

// AddTargetGroups forwards to the target groups by default.
func (l *networkListener) AddTargetGroups(_id *string, targetGroups ...INetworkTargetGroup) {
	l.setDefaultAction(NetworkListenerAction_Forward(&targetGroups, nil))
}

// AddTargets creates a target group for targets and forwards to it.
func (l *networkListener) AddTargets(id *string, props *AddNetworkTargetsProps) NetworkTargetGroup {
	if l.lb.Vpc() == nil {
		l2.Throw(l, "Can only call addTargets() when using a constructed Load Balancer or imported Load Balancer with specified VPC; construct a new TargetGroup and use addTargetGroup")
	}
	if props == nil || props.Port == nil {
		l2.Throw(l, "addTargets: port is required")
	}
	proto := props.Protocol
	if proto == "" {
		proto = l.protocol
	}
	tg := NewNetworkTargetGroup(l, jsii.String(deref(id)+"Group"), &NetworkTargetGroupProps{DeregistrationDelay: props.DeregistrationDelay,
		HealthCheck: props.HealthCheck, Port: props.Port, Protocol: proto, ProxyProtocolV2: props.ProxyProtocolV2,
		PreserveClientIp: props.PreserveClientIp, TargetGroupName: props.TargetGroupName, Targets: props.Targets, Vpc: l.lb.Vpc()})
	l.AddTargetGroups(id, tg)
	return tg
}

// NetworkListener_PROPERTY_INJECTION_ID is the id property injectors use.
func NetworkListener_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-elasticloadbalancingv2.NetworkListener")
}

// NetworkListener_IsConstruct reports whether x is a construct.
func NetworkListener_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// NetworkListener_IsResource reports whether construct is a Resource.
func NetworkListener_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// NetworkListener_IsOwnedResource reports whether construct is a Resource owned by the app.
func NetworkListener_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// NetworkListenerAction is what a network listener does with a connection.
type NetworkListenerAction interface {
	IListenerAction
	Next() NetworkListenerAction
	Bind(scope constructs.Construct, listener INetworkListenerRef)
	RenderActions() *[]*CfnListener_ActionProperty
	RenderRuleActions() *[]*CfnListenerRule_ActionProperty
	Renumber(actions *[]*CfnListener_ActionProperty) *[]*CfnListener_ActionProperty
}

// networkAction renders json and then the actions of next; bound to a
// listener, it registers the listener with groups (those a forward
// action sends to).
type networkAction struct {
	json   *CfnListener_ActionProperty
	next   NetworkListenerAction
	groups []INetworkTargetGroup
}

// NewNetworkListenerAction is an action rendered from its CloudFormation
// JSON, followed by next when next is not nil.
func NewNetworkListenerAction(defaultActionJson *CfnListener_ActionProperty, next NetworkListenerAction) NetworkListenerAction {
	return &networkAction{json: defaultActionJson, next: next}
}

// NewNetworkListenerAction_Override makes n, a pointer to a struct embedding
// NetworkListenerAction, a new NetworkListenerAction (jsii's way of extending a class).
func NewNetworkListenerAction_Override(n NetworkListenerAction, defaultActionJson *CfnListener_ActionProperty, next NetworkListenerAction) {
	l2.Override[NetworkListenerAction](n, NewNetworkListenerAction(defaultActionJson, next))
}

// NetworkForwardOptions tune a network forward action.
type NetworkForwardOptions struct {
	StickinessDuration awscdk.Duration `field:"optional" json:"stickinessDuration" yaml:"stickinessDuration"`
}

// NetworkWeightedTargetGroup is a target group and its share of the traffic.
type NetworkWeightedTargetGroup struct {
	TargetGroup INetworkTargetGroup `field:"required" json:"targetGroup" yaml:"targetGroup"`
	Weight      *float64            `field:"optional" json:"weight" yaml:"weight"`
}

// NetworkListenerAction_Forward sends connections to the target groups.
func NetworkListenerAction_Forward(targetGroups *[]INetworkTargetGroup, options *NetworkForwardOptions) NetworkListenerAction {
	if targetGroups == nil || len(*targetGroups) == 0 {
		diag.Panic("", "Need at least one targetGroup in a NetworkListenerAction.forward()")
	}
	tgs := *targetGroups
	if len(tgs) == 1 && (options == nil || options.StickinessDuration == nil) {
		return &networkAction{json: &CfnListener_ActionProperty{Type: jsii.String("forward"), TargetGroupArn: tgs[0].TargetGroupArn()}, groups: tgs}
	}
	// Unlike weightedForward, aws-cdk-lib writes these tuples without a weight.
	tuples := make([]*CfnListener_TargetGroupTupleProperty, len(tgs))
	for i, tg := range tgs {
		if tg == nil {
			diag.Panic("", "NetworkListenerAction.forward(): targetGroups[%d] is nil", i)
		}
		tuples[i] = &CfnListener_TargetGroupTupleProperty{TargetGroupArn: tg.TargetGroupArn()}
	}
	return &networkAction{json: &CfnListener_ActionProperty{Type: jsii.String("forward"),
		ForwardConfig: &CfnListener_ForwardConfigProperty{TargetGroups: tuples, TargetGroupStickinessConfig: networkStickiness(options)}}, groups: tgs}
}

func networkStickiness(options *NetworkForwardOptions) interface{} {
	if options == nil {
		return nil
	}
	return nilIfNone(stickiness(&ForwardOptions{StickinessDuration: options.StickinessDuration}))
}

// NetworkListenerAction_WeightedForward sends connections to target groups in proportion to their weights.
func NetworkListenerAction_WeightedForward(targetGroups *[]*NetworkWeightedTargetGroup, options *NetworkForwardOptions) NetworkListenerAction {
	if targetGroups == nil || len(*targetGroups) == 0 {
		diag.Panic("", "Need at least one targetGroup in a NetworkListenerAction.weightedForward()")
	}
	var tgs []INetworkTargetGroup
	var tuples []*CfnListener_TargetGroupTupleProperty
	for _, w := range *targetGroups {
		if w == nil || w.TargetGroup == nil {
			diag.Panic("", "NetworkListenerAction.weightedForward(): every entry needs a targetGroup")
		}
		tgs = append(tgs, w.TargetGroup)
		tuples = append(tuples, &CfnListener_TargetGroupTupleProperty{TargetGroupArn: w.TargetGroup.TargetGroupArn(), Weight: w.Weight})
	}
	return &networkAction{json: &CfnListener_ActionProperty{Type: jsii.String("forward"),
		ForwardConfig: &CfnListener_ForwardConfigProperty{TargetGroups: tuples, TargetGroupStickinessConfig: networkStickiness(options)}}, groups: tgs}
}

func (a *networkAction) Next() NetworkListenerAction { return a.next }
func (a *networkAction) Bind(scope constructs.Construct, listener INetworkListenerRef) {
	for _, tg := range a.groups {
		tg.RegisterListener(listener)
	}
}
func (a *networkAction) RenderActions() *[]*CfnListener_ActionProperty {
	var out []*CfnListener_ActionProperty
	if a.json != nil {
		c := *a.json
		out = append(out, &c)
	}
	if a.next != nil {
		if r := a.next.RenderActions(); r != nil {
			out = append(out, *r...)
		}
	}
	return a.Renumber(&out)
}
func (a *networkAction) RenderRuleActions() *[]*CfnListenerRule_ActionProperty {
	// The rule form of the JSON is the application action's, renumbered
	// over the whole chain.
	out := *(&listenerAction{json: a.json}).RenderRuleActions()
	if a.next != nil {
		if r := a.next.RenderRuleActions(); r != nil {
			out = append(out, *r...)
		}
	}
	if len(out) > 1 {
		for i, x := range out {
			c := *x
			c.Order = jsii.Number(float64(i + 1))
			out[i] = &c
		}
	}
	return &out
}
func (a *networkAction) Renumber(actions *[]*CfnListener_ActionProperty) *[]*CfnListener_ActionProperty {
	return (&listenerAction{}).Renumber(actions)
}

// NetworkTargetGroupProps are the props of NewNetworkTargetGroup.
type NetworkTargetGroupProps struct {
	CrossZoneEnabled      *bool                         `field:"optional" json:"crossZoneEnabled" yaml:"crossZoneEnabled"`
	DeregistrationDelay   awscdk.Duration               `field:"optional" json:"deregistrationDelay" yaml:"deregistrationDelay"`
	HealthCheck           *HealthCheck                  `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	IpAddressType         TargetGroupIpAddressType      `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	TargetGroupHealth     *TargetGroupHealth            `field:"optional" json:"targetGroupHealth" yaml:"targetGroupHealth"`
	TargetGroupName       *string                       `field:"optional" json:"targetGroupName" yaml:"targetGroupName"`
	TargetType            TargetType                    `field:"optional" json:"targetType" yaml:"targetType"`
	Vpc                   awsec2.IVpc                   `field:"optional" json:"vpc" yaml:"vpc"`
	Port                  *float64                      `field:"required" json:"port" yaml:"port"`
	ConnectionTermination *bool                         `field:"optional" json:"connectionTermination" yaml:"connectionTermination"`
	PreserveClientIp      *bool                         `field:"optional" json:"preserveClientIp" yaml:"preserveClientIp"`
	Protocol              Protocol                      `field:"optional" json:"protocol" yaml:"protocol"`
	ProxyProtocolV2       *bool                         `field:"optional" json:"proxyProtocolV2" yaml:"proxyProtocolV2"`
	Targets               *[]INetworkLoadBalancerTarget `field:"optional" json:"targets" yaml:"targets"`
}

// NetworkTargetGroup is a target group of a Network Load Balancer.
type NetworkTargetGroup interface {
	TargetGroupBase
	INetworkTargetGroup
	IsNetworkTargetGroup() *bool
	Metrics() INetworkTargetGroupMetrics
	AddTarget(targets ...INetworkLoadBalancerTarget)
	MetricHealthyHostCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricUnHealthyHostCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	RegisterListener(listener INetworkListenerRef)
}

type networkTargetGroup struct {
	targetGroupBase
	listeners []INetworkListenerRef
}

// NewNetworkTargetGroup defines a target group for a Network Load Balancer (TCP unless props say otherwise).
func NewNetworkTargetGroup(scope constructs.Construct, id *string, props *NetworkTargetGroupProps) NetworkTargetGroup {
	props = l2.Inject(*NetworkTargetGroup_PROPERTY_INJECTION_ID(), props, scope, id)
	t := &networkTargetGroup{}
	t.self = t
	t.init(scope, id, t)
	if props == nil || props.Port == nil {
		l2.Throw(t, "NetworkTargetGroup: port is required")
	}
	proto := props.Protocol
	if proto == "" {
		proto = Protocol_TCP
	}
	if !networkProtocols[proto] {
		diag.Panic("", "The protocol must be one of TCP, TLS, UDP, TCP_UDP. Found %s", proto)
	}
	t.setBase(&BaseTargetGroupProps{CrossZoneEnabled: props.CrossZoneEnabled, DeregistrationDelay: props.DeregistrationDelay,
		HealthCheck: props.HealthCheck, IpAddressType: props.IpAddressType, TargetGroupHealth: props.TargetGroupHealth,
		TargetGroupName: props.TargetGroupName, TargetType: props.TargetType, Vpc: props.Vpc},
		&CfnTargetGroupProps{Protocol: proto.cfn(), Port: props.Port})
	t.lbFullName = t.firstLB
	if props.ProxyProtocolV2 != nil {
		t.attrs.set("proxy_protocol_v2.enabled", jsii.String(fmt.Sprintf("%t", *props.ProxyProtocolV2)))
	}
	if props.PreserveClientIp != nil {
		t.attrs.set("preserve_client_ip.enabled", jsii.String(fmt.Sprintf("%t", *props.PreserveClientIp)))
	}
	if props.ConnectionTermination != nil {
		t.attrs.set("deregistration_delay.connection_termination.enabled", jsii.String(fmt.Sprintf("%t", *props.ConnectionTermination)))
	}
	if props.Targets != nil {
		t.AddTarget(*props.Targets...)
	}
	t.sync()
	return t
}

// NewNetworkTargetGroup_Override makes n, a pointer to a struct embedding NetworkTargetGroup,
// a new NetworkTargetGroup (jsii's way of extending a class).
func NewNetworkTargetGroup_Override(n NetworkTargetGroup, scope constructs.Construct, id *string, props *NetworkTargetGroupProps) {
	l2.Override[NetworkTargetGroup](n, NewNetworkTargetGroup(scope, id, props))
}

func (t *networkTargetGroup) firstLB() *string {
	if len(t.listeners) == 0 {
		return nil
	}
	parts := awscdk.Fn_Split(jsii.String("/"), t.listeners[0].ListenerArn(), nil)
	part := func(i float64) string { return *awscdk.Fn_Select(jsii.Number(i), parts) }
	return jsii.String(part(1) + "/" + part(2) + "/" + part(3))
}

func (t *networkTargetGroup) IsNetworkTargetGroup() *bool { return jsii.Bool(true) }

// AddTarget registers targets with the group.
func (t *networkTargetGroup) AddTarget(targets ...INetworkLoadBalancerTarget) {
	for _, target := range targets {
		if target != nil {
			t.AddLoadBalancerTarget(target.AttachToNetworkTargetGroup(t))
		}
	}
}

// RegisterListener records that listener sends traffic to the group.
func (t *networkTargetGroup) RegisterListener(listener INetworkListenerRef) {
	t.attached.Add(listener)
	t.listeners = append(t.listeners, listener)
}

func (t *networkTargetGroup) Metrics() INetworkTargetGroupMetrics { return &ntgMetrics{t} }

type ntgMetrics struct{ t *networkTargetGroup }

func (m *ntgMetrics) metric(name, stat string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return newMetric("AWS/NetworkELB", name, stat,
		map[string]*string{"LoadBalancer": m.t.FirstLoadBalancerFullName(), "TargetGroup": m.t.TargetGroupFullName()}, o)
}
func (m *ntgMetrics) Custom(n *string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric(deref(n), "", o)
}
func (m *ntgMetrics) HealthyHostCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("HealthyHostCount", "Average", o)
}
func (m *ntgMetrics) UnHealthyHostCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("UnHealthyHostCount", "Average", o)
}
func (t *networkTargetGroup) MetricHealthyHostCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.Metrics().HealthyHostCount(o)
}
func (t *networkTargetGroup) MetricUnHealthyHostCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.Metrics().UnHealthyHostCount(o)
}

// NetworkTargetGroup_PROPERTY_INJECTION_ID is the id property injectors use.
func NetworkTargetGroup_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-elasticloadbalancingv2.NetworkTargetGroup")
}

// NetworkTargetGroup_IsConstruct reports whether x is a construct.
func NetworkTargetGroup_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
