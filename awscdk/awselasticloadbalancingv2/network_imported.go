package awselasticloadbalancingv2

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawselasticloadbalancingv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// BaseLoadBalancerProps are the settings application and network load balancers share.
type BaseLoadBalancerProps struct {
	Vpc                 awsec2.IVpc             `field:"required" json:"vpc" yaml:"vpc"`
	CrossZoneEnabled    *bool                   `field:"optional" json:"crossZoneEnabled" yaml:"crossZoneEnabled"`
	DeletionProtection  *bool                   `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	DenyAllIgwTraffic   *bool                   `field:"optional" json:"denyAllIgwTraffic" yaml:"denyAllIgwTraffic"`
	InternetFacing      *bool                   `field:"optional" json:"internetFacing" yaml:"internetFacing"`
	LoadBalancerName    *string                 `field:"optional" json:"loadBalancerName" yaml:"loadBalancerName"`
	MinimumCapacityUnit *float64                `field:"optional" json:"minimumCapacityUnit" yaml:"minimumCapacityUnit"`
	VpcSubnets          *awsec2.SubnetSelection `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// BaseApplicationListenerRuleProps are a rule's settings without its listener.
type BaseApplicationListenerRuleProps struct {
	Priority     *float64                   `field:"required" json:"priority" yaml:"priority"`
	Action       ListenerAction             `field:"optional" json:"action" yaml:"action"`
	Conditions   *[]ListenerCondition       `field:"optional" json:"conditions" yaml:"conditions"`
	TargetGroups *[]IApplicationTargetGroup `field:"optional" json:"targetGroups" yaml:"targetGroups"`
}

// NetworkLoadBalancerAttributes identify a Network Load Balancer to import.
type NetworkLoadBalancerAttributes struct {
	LoadBalancerArn                   *string     `field:"required" json:"loadBalancerArn" yaml:"loadBalancerArn"`
	LoadBalancerCanonicalHostedZoneId *string     `field:"optional" json:"loadBalancerCanonicalHostedZoneId" yaml:"loadBalancerCanonicalHostedZoneId"`
	LoadBalancerDnsName               *string     `field:"optional" json:"loadBalancerDnsName" yaml:"loadBalancerDnsName"`
	LoadBalancerSecurityGroups        *[]*string  `field:"optional" json:"loadBalancerSecurityGroups" yaml:"loadBalancerSecurityGroups"`
	Vpc                               awsec2.IVpc `field:"optional" json:"vpc" yaml:"vpc"`
}

type importedNLB struct {
	awscdk.Resource
	attrs       NetworkLoadBalancerAttributes
	connections awsec2.Connections
	// lookedUp marks a load balancer found by NetworkLoadBalancer_FromLookup,
	// whose address type comes from the lookup.
	lookedUp bool
	ipType   IpAddressType
}

// NetworkLoadBalancer_FromNetworkLoadBalancerAttributes imports a Network
// Load Balancer; listeners can be added to it.
func NetworkLoadBalancer_FromNetworkLoadBalancerAttributes(scope constructs.Construct, id *string, attrs *NetworkLoadBalancerAttributes) INetworkLoadBalancer {
	if attrs == nil || attrs.LoadBalancerArn == nil {
		l2.Throw(scope, "NetworkLoadBalancer.fromNetworkLoadBalancerAttributes: loadBalancerArn is required")
	}
	lb := &importedNLB{attrs: *attrs}
	lb.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{EnvironmentFromArn: attrs.LoadBalancerArn})
	host.Set(lb.Resource, lb)
	var sgs []awsec2.ISecurityGroup
	if attrs.LoadBalancerSecurityGroups != nil {
		for i, sg := range *attrs.LoadBalancerSecurityGroups {
			sgs = append(sgs, awsec2.SecurityGroup_FromSecurityGroupId(lb, jsii.String(fmt.Sprintf("SecurityGroup-%d", i)), sg, nil))
		}
	}
	lb.connections = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &sgs})
	return lb
}

func (lb *importedNLB) LoadBalancerArn() *string { return lb.attrs.LoadBalancerArn }
func (lb *importedNLB) LoadBalancerRef() *interfacesawselasticloadbalancingv2.LoadBalancerReference {
	return &interfacesawselasticloadbalancingv2.LoadBalancerReference{LoadBalancerArn: lb.attrs.LoadBalancerArn}
}
func (lb *importedNLB) Connections() awsec2.Connections { return lb.connections }
func (lb *importedNLB) Vpc() awsec2.IVpc                { return lb.attrs.Vpc }
func (lb *importedNLB) IpAddressType() IpAddressType {
	if lb.lookedUp {
		return lb.ipType
	}
	return IpAddressType_IPV4
}
func (lb *importedNLB) SecurityGroups() *[]*string                                    { return lb.attrs.LoadBalancerSecurityGroups }
func (lb *importedNLB) EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic() *string { return nil }
func (lb *importedNLB) LoadBalancerFullName() *string {
	return loadBalancerFullName(lb.attrs.LoadBalancerArn)
}
func (lb *importedNLB) Metrics() INetworkLoadBalancerMetrics { return &nlbMetrics{lb} }
func (lb *importedNLB) LoadBalancerCanonicalHostedZoneId() *string {
	if lb.attrs.LoadBalancerCanonicalHostedZoneId == nil {
		l2.Throw(lb, "'loadBalancerCanonicalHostedZoneId' was not provided when constructing Network Load Balancer %s from attributes", *lb.Node().Path())
	}
	return lb.attrs.LoadBalancerCanonicalHostedZoneId
}
func (lb *importedNLB) LoadBalancerDnsName() *string {
	if lb.attrs.LoadBalancerDnsName == nil {
		l2.Throw(lb, "'loadBalancerDnsName' was not provided when constructing Network Load Balancer %s from attributes", *lb.Node().Path())
	}
	return lb.attrs.LoadBalancerDnsName
}

// AddListener adds a listener to the imported load balancer.
func (lb *importedNLB) AddListener(id *string, props *BaseNetworkListenerProps) NetworkListener {
	if props == nil {
		props = &BaseNetworkListenerProps{}
	}
	return NewNetworkListener(lb, id, &NetworkListenerProps{LoadBalancer: lb, Port: props.Port, AlpnPolicy: props.AlpnPolicy,
		Certificates: props.Certificates, DefaultAction: props.DefaultAction, DefaultTargetGroups: props.DefaultTargetGroups,
		Protocol: props.Protocol, SslPolicy: props.SslPolicy, TcpIdleTimeout: props.TcpIdleTimeout})
}

type importedNetworkListener struct {
	awscdk.Resource
	arn *string
}

// NetworkListener_FromNetworkListenerArn imports a network listener by ARN.
func NetworkListener_FromNetworkListenerArn(scope constructs.Construct, id *string, networkListenerArn *string) INetworkListener {
	l := &importedNetworkListener{arn: networkListenerArn}
	l.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(l.Resource, l)
	if networkListenerArn == nil {
		l2.Throw(l, "NetworkListener.fromNetworkListenerArn: an ARN is required")
	}
	return l
}

func (l *importedNetworkListener) IsNetworkListener() *bool { return jsii.Bool(true) }
func (l *importedNetworkListener) ListenerArn() *string     { return l.arn }
func (l *importedNetworkListener) ListenerRef() *interfacesawselasticloadbalancingv2.ListenerReference {
	return &interfacesawselasticloadbalancingv2.ListenerReference{ListenerArn: l.arn}
}

type importedNetworkTargetGroup struct {
	importedTargetGroup
}

// NetworkTargetGroup_FromTargetGroupAttributes imports a network target
// group; only self-registering targets can be added to it.
func NetworkTargetGroup_FromTargetGroupAttributes(scope constructs.Construct, id *string, attrs *TargetGroupAttributes) INetworkTargetGroup {
	t := &importedNetworkTargetGroup{importedTargetGroup{attached: constructs.NewDependencyGroup()}}
	t.Construct = constructs.NewConstruct(scope, id)
	host.Set(t.Construct, t)
	if attrs == nil || attrs.TargetGroupArn == nil {
		l2.Throw(t, "NetworkTargetGroup.fromTargetGroupAttributes: targetGroupArn is required")
	}
	t.arn, t.lbArns = attrs.TargetGroupArn, attrs.LoadBalancerArns
	if t.lbArns == nil {
		t.lbArns = awscdk.Aws_NO_VALUE()
	}
	return t
}

func (t *importedNetworkTargetGroup) IsNetworkTargetGroup() *bool { return jsii.Bool(true) }
func (t *importedNetworkTargetGroup) Env() *interfaces.ResourceEnvironment {
	return t.importedTargetGroup.Env()
}

// AddTarget accepts only targets that register themselves.
func (t *importedNetworkTargetGroup) AddTarget(targets ...INetworkLoadBalancerTarget) {
	for _, target := range targets {
		if target == nil {
			continue
		}
		if r := target.AttachToNetworkTargetGroup(t); r != nil && r.TargetJson != nil {
			l2.Throw(t, "Cannot add a non-self registering target to an imported TargetGroup. Create a new TargetGroup instead.")
		}
	}
}

// RegisterListener has nothing to do: the group's members are unknown.
func (t *importedNetworkTargetGroup) RegisterListener(listener INetworkListenerRef) {}

func (t *importedNetworkTargetGroup) Metrics() INetworkTargetGroupMetrics {
	if t.lbArns == nil || *t.lbArns == *awscdk.Aws_NO_VALUE() {
		l2.Throw(t, "The imported NetworkTargetGroup needs the associated NetworkLoadBalancer to be able to provide metrics. Please specify the ARN value when importing it.")
	}
	return &importedNTGMetrics{t}
}

type importedNTGMetrics struct{ t *importedNetworkTargetGroup }

func (m *importedNTGMetrics) metric(name, stat string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	tg := awscdk.Arn_Split(m.t.arn, awscdk.ArnFormat_NO_RESOURCE_NAME).Resource
	return newMetric("AWS/NetworkELB", name, stat, map[string]*string{"LoadBalancer": loadBalancerFullName(m.t.lbArns), "TargetGroup": tg}, o)
}
func (m *importedNTGMetrics) Custom(n *string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric(deref(n), "", o)
}
func (m *importedNTGMetrics) HealthyHostCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("HealthyHostCount", "Average", o)
}
func (m *importedNTGMetrics) UnHealthyHostCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("UnHealthyHostCount", "Average", o)
}
