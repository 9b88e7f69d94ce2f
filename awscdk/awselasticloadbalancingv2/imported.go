package awselasticloadbalancingv2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawselasticloadbalancingv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ApplicationLoadBalancerAttributes identify an Application Load Balancer to import.
type ApplicationLoadBalancerAttributes struct {
	LoadBalancerArn                   *string     `field:"required" json:"loadBalancerArn" yaml:"loadBalancerArn"`
	SecurityGroupId                   *string     `field:"required" json:"securityGroupId" yaml:"securityGroupId"`
	LoadBalancerCanonicalHostedZoneId *string     `field:"optional" json:"loadBalancerCanonicalHostedZoneId" yaml:"loadBalancerCanonicalHostedZoneId"`
	LoadBalancerDnsName               *string     `field:"optional" json:"loadBalancerDnsName" yaml:"loadBalancerDnsName"`
	SecurityGroupAllowsAllOutbound    *bool       `field:"optional" json:"securityGroupAllowsAllOutbound" yaml:"securityGroupAllowsAllOutbound"`
	Vpc                               awsec2.IVpc `field:"optional" json:"vpc" yaml:"vpc"`
}

// loadBalancerFullName is app/<name>/<id>, cut from a load balancer ARN.
func loadBalancerFullName(arn *string) *string {
	if *awscdk.Token_IsUnresolved(arn) {
		parts := awscdk.Fn_Split(jsii.String("/"), arn, nil)
		part := func(i float64) string { return *awscdk.Fn_Select(jsii.Number(i), parts) }
		return jsii.String(part(1) + "/" + part(2) + "/" + part(3))
	}
	name := awscdk.Arn_Split(arn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).ResourceName
	if name == nil || *name == "" {
		diag.Panic("", "Provided ARN does not belong to a load balancer: %s", *arn)
	}
	return name
}

type importedALB struct {
	awscdk.Resource
	attrs       ApplicationLoadBalancerAttributes
	connections awsec2.Connections
	// lookedUp marks a load balancer found by ApplicationLoadBalancer_FromLookup,
	// whose address type comes from the lookup.
	lookedUp bool
	ipType   IpAddressType
}

// ApplicationLoadBalancer_FromApplicationLoadBalancerAttributes imports an
// Application Load Balancer; listeners can be added to it.
func ApplicationLoadBalancer_FromApplicationLoadBalancerAttributes(scope constructs.Construct, id *string, attrs *ApplicationLoadBalancerAttributes) IApplicationLoadBalancer {
	if attrs == nil || attrs.LoadBalancerArn == nil || attrs.SecurityGroupId == nil {
		l2.Throw(scope, "ApplicationLoadBalancer.fromApplicationLoadBalancerAttributes: loadBalancerArn and securityGroupId are required")
	}
	lb := &importedALB{attrs: *attrs}
	lb.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{EnvironmentFromArn: attrs.LoadBalancerArn})
	host.Set(lb.Resource, lb)
	sg := awsec2.SecurityGroup_FromSecurityGroupId(lb, jsii.String("SecurityGroup"), attrs.SecurityGroupId,
		&awsec2.SecurityGroupImportOptions{AllowAllOutbound: attrs.SecurityGroupAllowsAllOutbound})
	lb.connections = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &[]awsec2.ISecurityGroup{sg}})
	return lb
}

func (lb *importedALB) IsApplicationLoadBalancer() *bool { return jsii.Bool(true) }
func (lb *importedALB) LoadBalancerArn() *string         { return lb.attrs.LoadBalancerArn }
func (lb *importedALB) LoadBalancerRef() *interfacesawselasticloadbalancingv2.LoadBalancerReference {
	return &interfacesawselasticloadbalancingv2.LoadBalancerReference{LoadBalancerArn: lb.attrs.LoadBalancerArn}
}
func (lb *importedALB) Connections() awsec2.Connections { return lb.connections }
func (lb *importedALB) IpAddressType() IpAddressType {
	if lb.lookedUp {
		return lb.ipType
	}
	return IpAddressType_IPV4
}
func (lb *importedALB) Vpc() awsec2.IVpc { return lb.attrs.Vpc }
func (lb *importedALB) Listeners() *[]ApplicationListener {
	if lb.lookedUp {
		l2.Throw(lb, ".listeners can only be accessed if the class was constructed as an owned, not looked up, load balancer")
	}
	l2.Throw(lb, ".listeners can only be accessed if the class was constructed as an owned, not imported, load balancer")
	return nil
}
func (lb *importedALB) LoadBalancerCanonicalHostedZoneId() *string {
	if lb.attrs.LoadBalancerCanonicalHostedZoneId == nil {
		l2.Throw(lb, "'loadBalancerCanonicalHostedZoneId' was not provided when constructing Application Load Balancer %s from attributes", *lb.Node().Path())
	}
	return lb.attrs.LoadBalancerCanonicalHostedZoneId
}
func (lb *importedALB) LoadBalancerDnsName() *string {
	if lb.attrs.LoadBalancerDnsName == nil {
		l2.Throw(lb, "'loadBalancerDnsName' was not provided when constructing Application Load Balancer %s from attributes", *lb.Node().Path())
	}
	return lb.attrs.LoadBalancerDnsName
}
func (lb *importedALB) LoadBalancerFullName() *string {
	return loadBalancerFullName(lb.attrs.LoadBalancerArn)
}

// AddListener adds a listener to the imported load balancer.
func (lb *importedALB) AddListener(id *string, props *BaseApplicationListenerProps) ApplicationListener {
	if props == nil {
		props = &BaseApplicationListenerProps{}
	}
	return NewApplicationListener(lb, id, &ApplicationListenerProps{LoadBalancer: lb, Certificates: props.Certificates,
		DefaultAction: props.DefaultAction, DefaultTargetGroups: props.DefaultTargetGroups, MutualAuthentication: props.MutualAuthentication,
		Open: props.Open, Port: props.Port, Protocol: props.Protocol, SslPolicy: props.SslPolicy})
}

func (lb *importedALB) Metrics() IApplicationLoadBalancerMetrics { return &albMetrics{lb} }

// ApplicationListenerAttributes identify an application listener to import.
type ApplicationListenerAttributes struct {
	ListenerArn   *string               `field:"required" json:"listenerArn" yaml:"listenerArn"`
	SecurityGroup awsec2.ISecurityGroup `field:"required" json:"securityGroup" yaml:"securityGroup"`
	DefaultPort   *float64              `field:"optional" json:"defaultPort" yaml:"defaultPort"`
}

type importedListener struct {
	awscdk.Resource
	arn         *string
	connections awsec2.Connections
}

// ApplicationListener_FromApplicationListenerAttributes imports a listener;
// rules (with a priority) and certificates can be added to it.
func ApplicationListener_FromApplicationListenerAttributes(scope constructs.Construct, id *string, attrs *ApplicationListenerAttributes) IApplicationListener {
	if attrs == nil || attrs.ListenerArn == nil || attrs.SecurityGroup == nil {
		l2.Throw(scope, "ApplicationListener.fromApplicationListenerAttributes: listenerArn and securityGroup are required")
	}
	l := &importedListener{arn: attrs.ListenerArn}
	l.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(l.Resource, l)
	cp := &awsec2.ConnectionsProps{SecurityGroups: &[]awsec2.ISecurityGroup{attrs.SecurityGroup}}
	if attrs.DefaultPort != nil {
		cp.DefaultPort = awsec2.Port_Tcp(attrs.DefaultPort)
	}
	l.connections = awsec2.NewConnections(cp)
	return l
}

func (l *importedListener) IsApplicationListener() *bool    { return jsii.Bool(true) }
func (l *importedListener) ListenerArn() *string            { return l.arn }
func (l *importedListener) Connections() awsec2.Connections { return l.connections }
func (l *importedListener) ListenerRef() *interfacesawselasticloadbalancingv2.ListenerReference {
	return &interfacesawselasticloadbalancingv2.ListenerReference{ListenerArn: l.arn}
}
func (l *importedListener) RegisterConnectable(connectable awsec2.IConnectable, portRange awsec2.Port) {
	l.connections.AllowTo(connectable, portRange, jsii.String("Load balancer to target"))
}
func (l *importedListener) AddCertificates(id *string, certificates *[]IListenerCertificate) {
	NewApplicationListenerCertificate(l, id, &ApplicationListenerCertificateProps{Listener: l, Certificates: certificates})
}
func (l *importedListener) AddTargetGroups(id *string, props *AddApplicationTargetGroupsProps) {
	if props == nil || props.TargetGroups == nil {
		l2.Throw(l, "addTargetGroups: targetGroups are required")
	}
	checkRuleProps(l, props.Conditions, props.Priority)
	if props.Priority == nil {
		l2.Throw(l, "Cannot add default Target Groups to imported ApplicationListener")
	}
	NewApplicationListenerRule(l, id, &ApplicationListenerRuleProps{Listener: l, Priority: props.Priority, Conditions: props.Conditions,
		TargetGroups: props.TargetGroups})
}
func (l *importedListener) AddTargets(id *string, props *AddApplicationTargetsProps) ApplicationTargetGroup {
	l2.Throw(l, "Can only call addTargets() when using a constructed ApplicationListener; construct a new TargetGroup and use addTargetGroup.")
	return nil
}
func (l *importedListener) AddAction(id *string, props *AddApplicationActionProps) {
	if props == nil || props.Action == nil {
		l2.Throw(l, "addAction: an action is required")
	}
	checkRuleProps(l, props.Conditions, props.Priority)
	if props.Priority == nil {
		l2.Throw(l, "priority must be set for actions added to an imported listener")
	}
	ruleID := deref(id)
	if props.RemoveSuffix == nil || !*props.RemoveSuffix {
		ruleID += "Rule"
	}
	NewApplicationListenerRule(l, jsii.String(ruleID), &ApplicationListenerRuleProps{Listener: l, Priority: props.Priority,
		Conditions: props.Conditions, Action: props.Action})
}

type importedTargetGroup struct {
	constructs.Construct
	arn, lbArns *string
	attached    constructs.DependencyGroup
}

// ApplicationTargetGroup_FromTargetGroupAttributes imports a target group;
// only self-registering targets can be added to it.
func ApplicationTargetGroup_FromTargetGroupAttributes(scope constructs.Construct, id *string, attrs *TargetGroupAttributes) IApplicationTargetGroup {
	t := &importedTargetGroup{attached: constructs.NewDependencyGroup()}
	t.Construct = constructs.NewConstruct(scope, id)
	host.Set(t.Construct, t)
	if attrs == nil || attrs.TargetGroupArn == nil {
		l2.Throw(t, "ApplicationTargetGroup.fromTargetGroupAttributes: targetGroupArn is required")
	}
	t.arn, t.lbArns = attrs.TargetGroupArn, attrs.LoadBalancerArns
	if t.lbArns == nil {
		t.lbArns = awscdk.Aws_NO_VALUE()
	}
	return t
}

func (t *importedTargetGroup) TargetGroupArn() *string { return t.arn }
func (t *importedTargetGroup) Env() *interfaces.ResourceEnvironment {
	s := awscdk.Stack_Of(t)
	return &interfaces.ResourceEnvironment{Account: s.Account(), Region: s.Region()}
}
func (t *importedTargetGroup) TargetGroupRef() *interfacesawselasticloadbalancingv2.TargetGroupReference {
	return &interfacesawselasticloadbalancingv2.TargetGroupReference{TargetGroupArn: t.arn}
}
func (t *importedTargetGroup) TargetGroupName() *string {
	return awscdk.Fn_Select(jsii.Number(1), awscdk.Fn_Split(jsii.String("/"), t.arn, nil))
}
func (t *importedTargetGroup) LoadBalancerArns() *string                    { return t.lbArns }
func (t *importedTargetGroup) LoadBalancerAttached() constructs.IDependable { return t.attached }

// AddTarget accepts only targets that register themselves.
func (t *importedTargetGroup) AddTarget(targets ...IApplicationLoadBalancerTarget) {
	for _, target := range targets {
		if target == nil {
			continue
		}
		if r := target.AttachToApplicationTargetGroup(t); r != nil && r.TargetJson != nil {
			l2.Throw(t, "Cannot add a non-self registering target to an imported TargetGroup. Create a new TargetGroup instead.")
		}
	}
}

// RegisterConnectable cannot open security groups of members it does not know.
func (t *importedTargetGroup) RegisterConnectable(connectable awsec2.IConnectable, portRange awsec2.Port) {
	awscdk.Annotations_Of(t).AddWarningV2(jsii.String("@aws-cdk/aws-elbv2:albTargetGroupCannotRegisterConnectable"),
		jsii.String("Cannot register connectable on imported target group -- security groups might need to be updated manually"))
}

// RegisterListener has nothing to do: the group's members are unknown.
func (t *importedTargetGroup) RegisterListener(listener IApplicationListener, associatingConstruct constructs.IConstruct) {
}

func (t *importedTargetGroup) Metrics() IApplicationTargetGroupMetrics {
	if t.lbArns == nil || *t.lbArns == *awscdk.Aws_NO_VALUE() {
		l2.Throw(t, "The imported ApplicationTargetGroup needs the associated ApplicationLoadBalancer to be able to provide metrics. Please specify the ARN value when importing it.")
	}
	return &importedTGMetrics{t}
}

type importedTGMetrics struct{ t *importedTargetGroup }

func (m *importedTGMetrics) dims() map[string]*string {
	tg := awscdk.Arn_Split(m.t.arn, awscdk.ArnFormat_NO_RESOURCE_NAME).Resource
	return map[string]*string{"LoadBalancer": loadBalancerFullName(m.t.lbArns), "TargetGroup": tg}
}
func (m *importedTGMetrics) m(name, stat string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return newMetric("AWS/ApplicationELB", name, stat, m.dims(), o)
}
func (m *importedTGMetrics) Custom(n *string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.m(deref(n), "", o)
}
func (m *importedTGMetrics) HealthyHostCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.m("HealthyHostCount", "Average", o)
}
func (m *importedTGMetrics) HttpCodeTarget(code HttpCodeTarget, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.m(deref(code.cfn()), "Sum", o)
}
func (m *importedTGMetrics) Ipv6RequestCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.m("IPv6RequestCount", "Sum", o)
}
func (m *importedTGMetrics) RequestCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.m("RequestCount", "Sum", o)
}
func (m *importedTGMetrics) RequestCountPerTarget(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.m("RequestCountPerTarget", "Sum", o)
}
func (m *importedTGMetrics) TargetConnectionErrorCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.m("TargetConnectionErrorCount", "Sum", o)
}
func (m *importedTGMetrics) TargetResponseTime(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.m("TargetResponseTime", "Average", o)
}
func (m *importedTGMetrics) TargetTLSNegotiationErrorCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.m("TargetTLSNegotiationErrorCount", "Sum", o)
}
func (m *importedTGMetrics) UnhealthyHostCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.m("UnHealthyHostCount", "Average", o)
}

// The static helpers aws-cdk-go exposes on the abstract base classes.

// BaseListener_IsConstruct reports whether x is a construct.
func BaseListener_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// BaseListener_IsResource reports whether construct is a Resource.
func BaseListener_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// BaseListener_IsOwnedResource reports whether construct is a Resource owned by the app.
func BaseListener_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// BaseLoadBalancer_IsConstruct reports whether x is a construct.
func BaseLoadBalancer_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// BaseLoadBalancer_IsResource reports whether construct is a Resource.
func BaseLoadBalancer_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// BaseLoadBalancer_IsOwnedResource reports whether construct is a Resource owned by the app.
func BaseLoadBalancer_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// TargetGroupBase_IsConstruct reports whether x is a construct.
func TargetGroupBase_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
