package awselasticloadbalancingv2

import (
	"fmt"
	"regexp"

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

// HealthCheck is how a target group checks its targets.
type HealthCheck struct {
	Enabled                 *bool           `field:"optional" json:"enabled" yaml:"enabled"`
	HealthyGrpcCodes        *string         `field:"optional" json:"healthyGrpcCodes" yaml:"healthyGrpcCodes"`
	HealthyHttpCodes        *string         `field:"optional" json:"healthyHttpCodes" yaml:"healthyHttpCodes"`
	HealthyThresholdCount   *float64        `field:"optional" json:"healthyThresholdCount" yaml:"healthyThresholdCount"`
	Interval                awscdk.Duration `field:"optional" json:"interval" yaml:"interval"`
	Path                    *string         `field:"optional" json:"path" yaml:"path"`
	Port                    *string         `field:"optional" json:"port" yaml:"port"`
	Protocol                Protocol        `field:"optional" json:"protocol" yaml:"protocol"`
	Timeout                 awscdk.Duration `field:"optional" json:"timeout" yaml:"timeout"`
	UnhealthyThresholdCount *float64        `field:"optional" json:"unhealthyThresholdCount" yaml:"unhealthyThresholdCount"`
}

// TargetGroupHealth are the DNS failover and routing thresholds of a target group.
type TargetGroupHealth struct {
	DnsMinimumHealthyTargetCount          *float64 `field:"optional" json:"dnsMinimumHealthyTargetCount" yaml:"dnsMinimumHealthyTargetCount"`
	DnsMinimumHealthyTargetPercentage     *float64 `field:"optional" json:"dnsMinimumHealthyTargetPercentage" yaml:"dnsMinimumHealthyTargetPercentage"`
	RoutingMinimumHealthyTargetCount      *float64 `field:"optional" json:"routingMinimumHealthyTargetCount" yaml:"routingMinimumHealthyTargetCount"`
	RoutingMinimumHealthyTargetPercentage *float64 `field:"optional" json:"routingMinimumHealthyTargetPercentage" yaml:"routingMinimumHealthyTargetPercentage"`
}

// LoadBalancerTargetProps are what a target tells the group it joins.
type LoadBalancerTargetProps struct {
	TargetType TargetType  `field:"required" json:"targetType" yaml:"targetType"`
	TargetJson interface{} `field:"optional" json:"targetJson" yaml:"targetJson"`
}

// IApplicationLoadBalancerTarget is something an application target group can send traffic to.
type IApplicationLoadBalancerTarget interface {
	AttachToApplicationTargetGroup(targetGroup IApplicationTargetGroup) *LoadBalancerTargetProps
}

// ITargetGroup is a target group, defined here or imported.
type ITargetGroup interface {
	constructs.IConstruct
	interfacesawselasticloadbalancingv2.ITargetGroupRef
	LoadBalancerArns() *string
	LoadBalancerAttached() constructs.IDependable
	TargetGroupArn() *string
	TargetGroupName() *string
}

// IApplicationTargetGroup is an application target group.
type IApplicationTargetGroup interface {
	ITargetGroup
	AddTarget(targets ...IApplicationLoadBalancerTarget)
	RegisterConnectable(connectable awsec2.IConnectable, portRange awsec2.Port)
	RegisterListener(listener IApplicationListener, associatingConstruct constructs.IConstruct)
	Metrics() IApplicationTargetGroupMetrics
}

// TargetGroupBase is what application and network target groups share.
type TargetGroupBase interface {
	constructs.Construct
	ITargetGroup
	DefaultPort() *float64
	Env() *interfaces.ResourceEnvironment
	FirstLoadBalancerFullName() *string
	HealthCheck() *HealthCheck
	SetHealthCheck(val *HealthCheck)
	LoadBalancerArns() *string
	LoadBalancerAttached() constructs.IDependable
	LoadBalancerAttachedDependencies() constructs.DependencyGroup
	Node() constructs.Node
	TargetGroupArn() *string
	TargetGroupFullName() *string
	TargetGroupLoadBalancerArns() *[]*string
	TargetGroupName() *string
	TargetGroupRef() *interfacesawselasticloadbalancingv2.TargetGroupReference
	TargetType() TargetType
	SetTargetType(val TargetType)
	AddLoadBalancerTarget(props *LoadBalancerTargetProps)
	ConfigureHealthCheck(healthCheck *HealthCheck)
	SetAttribute(key *string, value *string)
	ToString() *string
	ValidateHealthCheck() *[]*string
	ValidateTargetGroup() *[]*string
	With(mixins ...constructs.IMixin) constructs.IConstruct
}

// attributes keep the order keys were first set in, as aws-cdk-lib renders them.
type attributes struct {
	keys   []string
	values map[string]*string
}

func (a *attributes) set(key string, value *string) {
	if a.values == nil {
		a.values = map[string]*string{}
	}
	if _, ok := a.values[key]; !ok {
		a.keys = append(a.keys, key)
	}
	a.values[key] = value
}

type attribute struct{ Key, Value *string }

func (a *attributes) render() []attribute {
	var out []attribute
	for _, k := range a.keys {
		if v := a.values[k]; v != nil {
			out = append(out, attribute{Key: jsii.String(k), Value: v})
		}
	}
	return out
}

type targetGroupBase struct {
	constructs.Construct
	cfn         CfnTargetGroup
	attrs       attributes
	targets     []interface{}
	healthCheck *HealthCheck
	targetType  TargetType
	vpc         awsec2.IVpc
	defaultPort *float64
	attached    constructs.DependencyGroup
	name        *string
	lbFullName  func() *string
	// self is the outer target group, whose checks may extend these.
	self interface {
		ValidateHealthCheck() *[]*string
		ValidateTargetGroup() *[]*string
	}
}

func (t *targetGroupBase) init(scope constructs.Construct, id *string, self constructs.IConstruct) {
	t.Construct = constructs.NewConstruct(scope, id)
	host.Set(t.Construct, self)
	t.attached = constructs.NewDependencyGroup()
}

func (t *targetGroupBase) setBase(p *BaseTargetGroupProps, extra *CfnTargetGroupProps) {
	if p.DeregistrationDelay != nil {
		t.attrs.set("deregistration_delay.timeout_seconds", jsii.String(fmt.Sprintf("%v", *p.DeregistrationDelay.ToSeconds(nil))))
	}
	if p.CrossZoneEnabled != nil {
		t.attrs.set("load_balancing.cross_zone.enabled", jsii.String(fmt.Sprintf("%t", *p.CrossZoneEnabled)))
	}
	if h := p.TargetGroupHealth; h != nil {
		off := func(v *float64) *string {
			if *v == 0 {
				return jsii.String("off")
			}
			return jsii.String(fmt.Sprintf("%v", *v))
		}
		if h.DnsMinimumHealthyTargetCount != nil {
			t.attrs.set("target_group_health.dns_failover.minimum_healthy_targets.count", off(h.DnsMinimumHealthyTargetCount))
		}
		if h.DnsMinimumHealthyTargetPercentage != nil {
			t.attrs.set("target_group_health.dns_failover.minimum_healthy_targets.percentage", off(h.DnsMinimumHealthyTargetPercentage))
		}
		if h.RoutingMinimumHealthyTargetCount != nil {
			t.attrs.set("target_group_health.unhealthy_state_routing.minimum_healthy_targets.count", jsii.String(fmt.Sprintf("%v", *h.RoutingMinimumHealthyTargetCount)))
		}
		if h.RoutingMinimumHealthyTargetPercentage != nil {
			t.attrs.set("target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage", off(h.RoutingMinimumHealthyTargetPercentage))
		}
	}
	t.healthCheck = p.HealthCheck
	t.vpc = p.Vpc
	t.targetType = p.TargetType
	t.name = p.TargetGroupName
	// A target group type of the program's own may set these in its L1 props.
	if p.TargetGroupName != nil {
		extra.Name = p.TargetGroupName
	}
	if p.IpAddressType != "" {
		extra.IpAddressType = p.IpAddressType.cfn()
	}
	t.defaultPort = extra.Port
	t.cfn = NewCfnTargetGroup(t, jsii.String("Resource"), extra)
	t.sync()
	t.Node().AddValidation(l2.Validation(func() []string { return derefAll(t.self.ValidateHealthCheck()) }))
	t.Node().AddValidation(l2.Validation(func() []string { return derefAll(t.self.ValidateTargetGroup()) }))
}

// BaseTargetGroupProps are the settings application and network target groups share.
type BaseTargetGroupProps struct {
	CrossZoneEnabled    *bool                    `field:"optional" json:"crossZoneEnabled" yaml:"crossZoneEnabled"`
	DeregistrationDelay awscdk.Duration          `field:"optional" json:"deregistrationDelay" yaml:"deregistrationDelay"`
	HealthCheck         *HealthCheck             `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	IpAddressType       TargetGroupIpAddressType `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	TargetGroupHealth   *TargetGroupHealth       `field:"optional" json:"targetGroupHealth" yaml:"targetGroupHealth"`
	TargetGroupName     *string                  `field:"optional" json:"targetGroupName" yaml:"targetGroupName"`
	TargetType          TargetType               `field:"optional" json:"targetType" yaml:"targetType"`
	Vpc                 awsec2.IVpc              `field:"optional" json:"vpc" yaml:"vpc"`
}

// sync writes the state that changes after construction into the L1.
func (t *targetGroupBase) sync() {
	if t.cfn == nil {
		return
	}
	var attrs []*CfnTargetGroup_TargetGroupAttributeProperty
	for _, a := range t.attrs.render() {
		attrs = append(attrs, &CfnTargetGroup_TargetGroupAttributeProperty{Key: a.Key, Value: a.Value})
	}
	if len(attrs) > 0 {
		t.cfn.SetTargetGroupAttributes(attrs)
	} else {
		t.cfn.SetTargetGroupAttributes(nil)
	}
	t.cfn.SetTargetType(t.targetType.cfn())
	if len(t.targets) > 0 {
		t.cfn.SetTargets(t.targets)
	} else {
		t.cfn.SetTargets(nil)
	}
	if t.vpc != nil && t.targetType != TargetType_LAMBDA {
		t.cfn.SetVpcId(t.vpc.VpcId())
	} else {
		t.cfn.SetVpcId(nil)
	}
	hc := t.healthCheck
	if hc == nil {
		hc = &HealthCheck{}
	}
	if hc.Enabled != nil {
		t.cfn.SetHealthCheckEnabled(*hc.Enabled)
	} else {
		t.cfn.SetHealthCheckEnabled(nil)
	}
	secs := func(d awscdk.Duration) *float64 {
		if d == nil {
			return nil
		}
		return d.ToSeconds(nil)
	}
	t.cfn.SetHealthCheckIntervalSeconds(secs(hc.Interval))
	t.cfn.SetHealthCheckPath(hc.Path)
	t.cfn.SetHealthCheckPort(hc.Port)
	t.cfn.SetHealthCheckProtocol(hc.Protocol.cfn())
	t.cfn.SetHealthCheckTimeoutSeconds(secs(hc.Timeout))
	t.cfn.SetHealthyThresholdCount(hc.HealthyThresholdCount)
	t.cfn.SetUnhealthyThresholdCount(hc.UnhealthyThresholdCount)
	if hc.HealthyHttpCodes != nil || hc.HealthyGrpcCodes != nil {
		t.cfn.SetMatcher(&CfnTargetGroup_MatcherProperty{GrpcCode: hc.HealthyGrpcCodes, HttpCode: hc.HealthyHttpCodes})
	} else {
		t.cfn.SetMatcher(nil)
	}
}

func (t *targetGroupBase) DefaultPort() *float64 { return t.defaultPort }
func (t *targetGroupBase) Env() *interfaces.ResourceEnvironment {
	s := awscdk.Stack_Of(t)
	return &interfaces.ResourceEnvironment{Account: s.Account(), Region: s.Region()}
}
func (t *targetGroupBase) HealthCheck() *HealthCheck { return t.healthCheck }
func (t *targetGroupBase) SetHealthCheck(val *HealthCheck) {
	t.healthCheck = val
	t.sync()
}

// ConfigureHealthCheck replaces the health check.
func (t *targetGroupBase) ConfigureHealthCheck(healthCheck *HealthCheck) {
	t.SetHealthCheck(healthCheck)
}
func (t *targetGroupBase) LoadBalancerArns() *string {
	return awscdk.Token_AsString(t.cfn.AttrLoadBalancerArns(), nil)
}
func (t *targetGroupBase) LoadBalancerAttached() constructs.IDependable { return t.attached }
func (t *targetGroupBase) LoadBalancerAttachedDependencies() constructs.DependencyGroup {
	return t.attached
}
func (t *targetGroupBase) TargetGroupArn() *string      { return t.cfn.Ref() }
func (t *targetGroupBase) TargetGroupFullName() *string { return t.cfn.AttrTargetGroupFullName() }
func (t *targetGroupBase) TargetGroupLoadBalancerArns() *[]*string {
	return t.cfn.AttrLoadBalancerArns()
}
func (t *targetGroupBase) TargetGroupName() *string { return t.cfn.AttrTargetGroupName() }
func (t *targetGroupBase) TargetGroupRef() *interfacesawselasticloadbalancingv2.TargetGroupReference {
	return &interfacesawselasticloadbalancingv2.TargetGroupReference{TargetGroupArn: t.TargetGroupArn()}
}
func (t *targetGroupBase) TargetType() TargetType { return t.targetType }
func (t *targetGroupBase) SetTargetType(val TargetType) {
	t.targetType = val
	t.sync()
}

// SetAttribute sets a target group attribute; a nil value removes it.
func (t *targetGroupBase) SetAttribute(key *string, value *string) {
	t.attrs.set(deref(key), value)
	t.sync()
}

// AddLoadBalancerTarget registers a target described by props.
func (t *targetGroupBase) AddLoadBalancerTarget(props *LoadBalancerTargetProps) {
	if props == nil {
		l2.Throw(t, "addLoadBalancerTarget: props are required")
	}
	if t.targetType != "" && t.targetType != props.TargetType {
		l2.Throw(t, "Already have a of type '%s', adding '%s'; make all targets the same type.", deref(t.targetType.cfn()), deref(props.TargetType.cfn()))
	}
	t.targetType = props.TargetType
	if t.targetType == TargetType_LAMBDA && len(t.targets) >= 1 {
		l2.Throw(t, "TargetGroup can only contain one LAMBDA target. Create a new TargetGroup.")
	}
	if props.TargetJson != nil {
		t.targets = append(t.targets, props.TargetJson)
	}
	t.sync()
}

// FirstLoadBalancerFullName is the full name of the first load balancer
// this group is attached to, for metrics.
func (t *targetGroupBase) FirstLoadBalancerFullName() *string {
	if t.lbFullName != nil {
		if n := t.lbFullName(); n != nil {
			return n
		}
	}
	l2.Throw(t, "The TargetGroup needs to be attached to a LoadBalancer before you can call this method")
	return nil
}

func (t *targetGroupBase) ToString() *string { return t.Node().Path() }

var targetGroupNamePattern = regexp.MustCompile(`(?i)^[0-9a-z-]+$`)

// ValidateTargetGroup lists what is wrong with the group's settings.
func (t *targetGroupBase) ValidateTargetGroup() *[]*string {
	var ret []string
	if t.targetType == "" && len(t.targets) == 0 {
		awscdk.Annotations_Of(t).AddWarningV2(jsii.String("@aws-cdk/aws-elbv2:targetGroupSpecifyTargetTypeForEmptyTargetGroup"),
			jsii.String("When creating an empty TargetGroup, you should specify a 'targetType' (this warning may become an error in the future)."))
	}
	if t.targetType != TargetType_LAMBDA && t.vpc == nil {
		ret = append(ret, "'vpc' is required for a non-Lambda TargetGroup")
	}
	if n := t.name; n != nil && !*awscdk.Token_IsUnresolved(n) {
		if len(*n) > 32 {
			ret = append(ret, fmt.Sprintf("Target group name: %q can have a maximum of 32 characters.", *n))
		}
		if len(*n) > 0 && ((*n)[0] == '-' || (*n)[len(*n)-1] == '-') {
			ret = append(ret, fmt.Sprintf("Target group name: %q must not begin or end with a hyphen.", *n))
		}
		if !targetGroupNamePattern.MatchString(*n) {
			ret = append(ret, fmt.Sprintf("Target group name: %q must contain only alphanumeric characters or hyphens.", *n))
		}
	}
	return strs(ret)
}

// ValidateHealthCheck lists what is wrong with the health check.
func (t *targetGroupBase) ValidateHealthCheck() *[]*string {
	var ret []string
	hc := t.healthCheck
	if hc != nil && hc.Interval != nil && hc.Timeout != nil {
		i, to := *hc.Interval.ToSeconds(nil), *hc.Timeout.ToSeconds(nil)
		if i != 0 && to != 0 && i < to {
			ret = append(ret, fmt.Sprintf("Health check interval must be greater than or equal to the timeout; received interval %v, timeout %v.", i, to))
		}
	}
	return strs(ret)
}

func strs(xs []string) *[]*string {
	out := make([]*string, len(xs))
	for i := range xs {
		out[i] = jsii.String(xs[i])
	}
	return &out
}

func derefAll(xs *[]*string) []string {
	if xs == nil {
		return nil
	}
	out := make([]string, 0, len(*xs))
	for _, x := range *xs {
		out = append(out, deref(x))
	}
	return out
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// metricOptions merges user options into a metric's defaults.
func newMetric(namespace, name, statistic string, dims map[string]*string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	p := &awscloudwatch.MetricProps{Namespace: jsii.String(namespace), MetricName: jsii.String(name), DimensionsMap: &dims}
	if statistic != "" {
		p.Statistic = jsii.String(statistic)
	}
	m := awscloudwatch.NewMetric(p)
	if o != nil {
		m = m.With(o)
	}
	return m
}
