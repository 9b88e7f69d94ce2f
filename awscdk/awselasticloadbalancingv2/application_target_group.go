package awselasticloadbalancingv2

import (
	"fmt"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ApplicationTargetGroupProps are the props of NewApplicationTargetGroup.
type ApplicationTargetGroupProps struct {
	CrossZoneEnabled           *bool                                 `field:"optional" json:"crossZoneEnabled" yaml:"crossZoneEnabled"`
	DeregistrationDelay        awscdk.Duration                       `field:"optional" json:"deregistrationDelay" yaml:"deregistrationDelay"`
	HealthCheck                *HealthCheck                          `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	IpAddressType              TargetGroupIpAddressType              `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	TargetGroupHealth          *TargetGroupHealth                    `field:"optional" json:"targetGroupHealth" yaml:"targetGroupHealth"`
	TargetGroupName            *string                               `field:"optional" json:"targetGroupName" yaml:"targetGroupName"`
	TargetType                 TargetType                            `field:"optional" json:"targetType" yaml:"targetType"`
	Vpc                        awsec2.IVpc                           `field:"optional" json:"vpc" yaml:"vpc"`
	EnableAnomalyMitigation    *bool                                 `field:"optional" json:"enableAnomalyMitigation" yaml:"enableAnomalyMitigation"`
	LoadBalancingAlgorithmType TargetGroupLoadBalancingAlgorithmType `field:"optional" json:"loadBalancingAlgorithmType" yaml:"loadBalancingAlgorithmType"`
	MultiValueHeadersEnabled   *bool                                 `field:"optional" json:"multiValueHeadersEnabled" yaml:"multiValueHeadersEnabled"`
	Port                       *float64                              `field:"optional" json:"port" yaml:"port"`
	Protocol                   ApplicationProtocol                   `field:"optional" json:"protocol" yaml:"protocol"`
	ProtocolVersion            ApplicationProtocolVersion            `field:"optional" json:"protocolVersion" yaml:"protocolVersion"`
	SlowStart                  awscdk.Duration                       `field:"optional" json:"slowStart" yaml:"slowStart"`
	StickinessCookieDuration   awscdk.Duration                       `field:"optional" json:"stickinessCookieDuration" yaml:"stickinessCookieDuration"`
	StickinessCookieName       *string                               `field:"optional" json:"stickinessCookieName" yaml:"stickinessCookieName"`
	Targets                    *[]IApplicationLoadBalancerTarget     `field:"optional" json:"targets" yaml:"targets"`
}

// TargetGroupAttributes identify a target group to import.
type TargetGroupAttributes struct {
	TargetGroupArn   *string `field:"required" json:"targetGroupArn" yaml:"targetGroupArn"`
	LoadBalancerArns *string `field:"optional" json:"loadBalancerArns" yaml:"loadBalancerArns"`
	TargetGroupName  *string `field:"optional" json:"targetGroupName" yaml:"targetGroupName"`
}

// IApplicationTargetGroupMetrics are the CloudWatch metrics of an application target group.
type IApplicationTargetGroupMetrics interface {
	Custom(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	HealthyHostCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	HttpCodeTarget(code HttpCodeTarget, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	Ipv6RequestCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	RequestCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	RequestCountPerTarget(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	TargetConnectionErrorCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	TargetResponseTime(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	TargetTLSNegotiationErrorCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	UnhealthyHostCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

// ApplicationTargetGroup is a target group of an Application Load Balancer.
type ApplicationTargetGroup interface {
	TargetGroupBase
	IApplicationTargetGroup
	Metrics() IApplicationTargetGroupMetrics
	AddTarget(targets ...IApplicationLoadBalancerTarget)
	EnableCookieStickiness(duration awscdk.Duration, cookieName *string)
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricHealthyHostCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricHttpCodeTarget(code HttpCodeTarget, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricIpv6RequestCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricRequestCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricRequestCountPerTarget(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTargetConnectionErrorCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTargetResponseTime(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTargetTLSNegotiationErrorCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricUnhealthyHostCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	RegisterConnectable(connectable awsec2.IConnectable, portRange awsec2.Port)
	RegisterListener(listener IApplicationListener, associatingConstruct constructs.IConstruct)
}

type connectableMember struct {
	connectable awsec2.IConnectable
	port        awsec2.Port
}

type applicationTargetGroup struct {
	targetGroupBase
	protocol  ApplicationProtocol
	port      *float64
	members   []connectableMember
	listeners []IApplicationListener
}

// defaultPortFor and defaultProtocolFor fill in whichever of protocol and port is missing.
func protocolAndPort(protocol ApplicationProtocol, port *float64) (ApplicationProtocol, *float64) {
	if protocol == "" && port == nil {
		return "", nil
	}
	if protocol == "" {
		switch *port {
		case 80, 8000, 8008, 8080:
			protocol = ApplicationProtocol_HTTP
		case 443, 8443:
			protocol = ApplicationProtocol_HTTPS
		default:
			diag.Panic("", "Don't know default protocol for port: %v; please supply a protocol", *port)
		}
	}
	if port == nil {
		port = jsii.Number(80)
		if protocol == ApplicationProtocol_HTTPS {
			port = jsii.Number(443)
		}
	}
	return protocol, port
}

// NewApplicationTargetGroup defines a target group for an Application Load Balancer.
func NewApplicationTargetGroup(scope constructs.Construct, id *string, props *ApplicationTargetGroupProps) ApplicationTargetGroup {
	props = l2.Inject(*ApplicationTargetGroup_PROPERTY_INJECTION_ID(), props, scope, id)
	t := &applicationTargetGroup{}
	t.self = t
	t.init(scope, id, t)
	if props == nil {
		props = &ApplicationTargetGroupProps{}
	}
	t.protocol, t.port = protocolAndPort(props.Protocol, props.Port)
	extra := &CfnTargetGroupProps{Protocol: t.protocol.cfn(), Port: t.port}
	if props.ProtocolVersion != "" {
		extra.ProtocolVersion = props.ProtocolVersion.cfn()
	}
	t.setBase(&BaseTargetGroupProps{CrossZoneEnabled: props.CrossZoneEnabled, DeregistrationDelay: props.DeregistrationDelay,
		HealthCheck: props.HealthCheck, IpAddressType: props.IpAddressType, TargetGroupHealth: props.TargetGroupHealth,
		TargetGroupName: props.TargetGroupName, TargetType: props.TargetType, Vpc: props.Vpc}, extra)
	t.lbFullName = t.firstLB
	t.Node().AddValidation(l2.Validation(func() []string {
		if t.targetType == TargetType_LAMBDA && (t.port != nil || t.protocol != "") {
			return []string{"port/protocol should not be specified for Lambda targets"}
		}
		return nil
	}))
	if props.SlowStart != nil {
		s := *props.SlowStart.ToSeconds(nil)
		if (s < 30 && s != 0) || s > 900 {
			l2.Throw(t, "Slow start duration value must be between 30 and 900 seconds, or 0 to disable slow start.")
		}
		t.attrs.set("slow_start.duration_seconds", jsii.String(fmt.Sprintf("%v", s)))
		if props.LoadBalancingAlgorithmType == TargetGroupLoadBalancingAlgorithmType_WEIGHTED_RANDOM {
			l2.Throw(t, "The weighted random routing algorithm can not be used with slow start mode.")
		}
	}
	if props.StickinessCookieDuration != nil {
		t.EnableCookieStickiness(props.StickinessCookieDuration, props.StickinessCookieName)
	} else {
		t.attrs.set("stickiness.enabled", jsii.String("false"))
	}
	if props.LoadBalancingAlgorithmType != "" {
		t.attrs.set("load_balancing.algorithm.type", props.LoadBalancingAlgorithmType.cfn())
	}
	if props.MultiValueHeadersEnabled != nil && *props.MultiValueHeadersEnabled {
		if t.targetType != TargetType_LAMBDA {
			l2.Throw(t, "multiValueHeadersEnabled is only supported for Lambda targets.")
		}
		t.attrs.set("lambda.multi_value_headers.enabled", jsii.String("true"))
	}
	if props.Targets != nil {
		t.AddTarget(*props.Targets...)
	}
	if props.EnableAnomalyMitigation != nil {
		if *props.EnableAnomalyMitigation && props.LoadBalancingAlgorithmType != TargetGroupLoadBalancingAlgorithmType_WEIGHTED_RANDOM {
			l2.Throw(t, "Anomaly mitigation is only available when `loadBalancingAlgorithmType` is `TargetGroupLoadBalancingAlgorithmType.WEIGHTED_RANDOM`.")
		}
		v := "off"
		if *props.EnableAnomalyMitigation {
			v = "on"
		}
		t.attrs.set("load_balancing.algorithm.anomaly_mitigation", jsii.String(v))
	}
	t.sync()
	return t
}

// NewApplicationTargetGroup_Override makes a, a pointer to a struct embedding ApplicationTargetGroup,
// a new ApplicationTargetGroup (jsii's way of extending a class).
func NewApplicationTargetGroup_Override(a ApplicationTargetGroup, scope constructs.Construct, id *string, props *ApplicationTargetGroupProps) {
	l2.Override[ApplicationTargetGroup](a, NewApplicationTargetGroup(scope, id, props))
}

// firstLB is the full name of the first listener's load balancer, cut
// from the listener ARN (…:listener/app/<name>/<id>/<listener id>).
func (t *applicationTargetGroup) firstLB() *string {
	if len(t.listeners) == 0 {
		return nil
	}
	parts := awscdk.Fn_Split(jsii.String("/"), t.listeners[0].ListenerArn(), nil)
	part := func(i float64) string { return *awscdk.Fn_Select(jsii.Number(i), parts) }
	return jsii.String(part(1) + "/" + part(2) + "/" + part(3))
}

// AddTarget registers targets with the group.
func (t *applicationTargetGroup) AddTarget(targets ...IApplicationLoadBalancerTarget) {
	for _, target := range targets {
		if target == nil {
			continue
		}
		t.AddLoadBalancerTarget(target.AttachToApplicationTargetGroup(t))
	}
	if t.targetType == TargetType_LAMBDA {
		t.attrs.set("stickiness.enabled", nil)
		t.sync()
	}
}

// EnableCookieStickiness turns on load-balancer (or app, with cookieName) cookie stickiness.
func (t *applicationTargetGroup) EnableCookieStickiness(duration awscdk.Duration, cookieName *string) {
	if duration == nil {
		l2.Throw(t, "enableCookieStickiness: duration is required")
	}
	s := *duration.ToSeconds(nil)
	if s < 1 || s > 604800 {
		l2.Throw(t, "Stickiness cookie duration value must be between 1 second and 7 days (604800 seconds).")
	}
	if cookieName != nil {
		if !*awscdk.Token_IsUnresolved(cookieName) && strings.HasPrefix(*cookieName, "AWSALB") {
			l2.Throw(t, "App cookie names that start with the following prefixes are not allowed: AWSALB, AWSALBAPP, and AWSALBTG; they're reserved for use by the load balancer.")
		}
		if *cookieName == "" {
			l2.Throw(t, "App cookie name cannot be an empty string.")
		}
	}
	t.attrs.set("stickiness.enabled", jsii.String("true"))
	if cookieName != nil {
		t.attrs.set("stickiness.type", jsii.String("app_cookie"))
		t.attrs.set("stickiness.app_cookie.cookie_name", cookieName)
		t.attrs.set("stickiness.app_cookie.duration_seconds", jsii.String(fmt.Sprintf("%v", s)))
	} else {
		t.attrs.set("stickiness.type", jsii.String("lb_cookie"))
		t.attrs.set("stickiness.lb_cookie.duration_seconds", jsii.String(fmt.Sprintf("%v", s)))
	}
	t.sync()
}

// RegisterConnectable lets every listener of the group reach connectable on portRange.
func (t *applicationTargetGroup) RegisterConnectable(connectable awsec2.IConnectable, portRange awsec2.Port) {
	if portRange == nil {
		portRange = awsec2.Port_Tcp(t.defaultPort)
	}
	t.members = append(t.members, connectableMember{connectable, portRange})
	for _, l := range t.listeners {
		l.RegisterConnectable(connectable, portRange)
	}
}

// RegisterListener records that listener sends traffic to the group.
func (t *applicationTargetGroup) RegisterListener(listener IApplicationListener, associatingConstruct constructs.IConstruct) {
	for _, m := range t.members {
		listener.RegisterConnectable(m.connectable, m.port)
	}
	t.listeners = append(t.listeners, listener)
	if associatingConstruct != nil {
		t.attached.Add(associatingConstruct)
	} else {
		t.attached.Add(listener)
	}
}

// ValidateTargetGroup adds the application checks to the shared ones.
func (t *applicationTargetGroup) ValidateTargetGroup() *[]*string {
	ret := derefAll(t.targetGroupBase.ValidateTargetGroup())
	if t.targetType != "" && t.targetType != TargetType_LAMBDA && (t.protocol == "" || t.port == nil) {
		ret = append(ret, "At least one of 'port' or 'protocol' is required for a non-Lambda TargetGroup")
	}
	if hc := t.healthCheck; hc != nil {
		if hc.Interval != nil && hc.Timeout != nil && *hc.Interval.ToMilliseconds(nil) <= *hc.Timeout.ToMilliseconds(nil) {
			ret = append(ret, fmt.Sprintf("Healthcheck interval %s must be greater than the timeout %s", *hc.Interval.ToHumanString(), *hc.Timeout.ToHumanString()))
		}
		if hc.Protocol != "" && hc.Protocol != Protocol_HTTP && hc.Protocol != Protocol_HTTPS {
			ret = append(ret, fmt.Sprintf("Health check protocol '%s' is not supported. Must be one of [HTTP, HTTPS]", hc.Protocol))
		}
	}
	return strs(ret)
}

func (t *applicationTargetGroup) Metrics() IApplicationTargetGroupMetrics { return &tgMetrics{t} }

type tgMetrics struct{ t *applicationTargetGroup }

func (m *tgMetrics) dims() map[string]*string {
	return map[string]*string{"LoadBalancer": m.t.FirstLoadBalancerFullName(), "TargetGroup": m.t.TargetGroupFullName()}
}
func (m *tgMetrics) Custom(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return newMetric("AWS/ApplicationELB", deref(metricName), "", m.dims(), props)
}
func (m *tgMetrics) sum(name string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return newMetric("AWS/ApplicationELB", name, "Sum", m.dims(), o)
}
func (m *tgMetrics) avg(name string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return newMetric("AWS/ApplicationELB", name, "Average", m.dims(), o)
}
func (m *tgMetrics) HealthyHostCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.avg("HealthyHostCount", o)
}
func (m *tgMetrics) HttpCodeTarget(code HttpCodeTarget, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.sum(deref(code.cfn()), o)
}
func (m *tgMetrics) Ipv6RequestCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.sum("IPv6RequestCount", o)
}
func (m *tgMetrics) RequestCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.sum("RequestCount", o)
}
func (m *tgMetrics) RequestCountPerTarget(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.sum("RequestCountPerTarget", o)
}
func (m *tgMetrics) TargetConnectionErrorCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.sum("TargetConnectionErrorCount", o)
}
func (m *tgMetrics) TargetResponseTime(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.avg("TargetResponseTime", o)
}
func (m *tgMetrics) TargetTLSNegotiationErrorCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.sum("TargetTLSNegotiationErrorCount", o)
}
func (m *tgMetrics) UnhealthyHostCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.avg("UnHealthyHostCount", o)
}

func (t *applicationTargetGroup) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.Metrics().Custom(metricName, props)
}
func (t *applicationTargetGroup) MetricHealthyHostCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.Metrics().HealthyHostCount(o)
}
func (t *applicationTargetGroup) MetricHttpCodeTarget(code HttpCodeTarget, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.Metrics().HttpCodeTarget(code, o)
}
func (t *applicationTargetGroup) MetricIpv6RequestCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.Metrics().Ipv6RequestCount(o)
}
func (t *applicationTargetGroup) MetricRequestCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.Metrics().RequestCount(o)
}
func (t *applicationTargetGroup) MetricRequestCountPerTarget(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.Metrics().RequestCountPerTarget(o)
}
func (t *applicationTargetGroup) MetricTargetConnectionErrorCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.Metrics().TargetConnectionErrorCount(o)
}
func (t *applicationTargetGroup) MetricTargetResponseTime(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.Metrics().TargetResponseTime(o)
}
func (t *applicationTargetGroup) MetricTargetTLSNegotiationErrorCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.Metrics().TargetTLSNegotiationErrorCount(o)
}
func (t *applicationTargetGroup) MetricUnhealthyHostCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return t.Metrics().UnhealthyHostCount(o)
}

// ApplicationTargetGroup_PROPERTY_INJECTION_ID is the id property injectors use.
func ApplicationTargetGroup_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-elasticloadbalancingv2.ApplicationTargetGroup")
}

// ApplicationTargetGroup_IsConstruct reports whether x is a construct.
func ApplicationTargetGroup_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}
