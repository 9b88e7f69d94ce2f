package awselasticloadbalancingv2

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawselasticloadbalancingv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IListener is a listener, defined here or imported.
type IListener interface {
	interfacesawselasticloadbalancingv2.IListenerRef
	awscdk.IResource
	ListenerArn() *string
}

// IApplicationListenerRef is a reference to an application listener.
type IApplicationListenerRef interface {
	IListener
	IsApplicationListener() *bool
}

// IApplicationListener is an application listener, defined here or imported.
type IApplicationListener interface {
	IApplicationListenerRef
	awsec2.IConnectable
	IListener
	AddAction(id *string, props *AddApplicationActionProps)
	AddCertificates(id *string, certificates *[]IListenerCertificate)
	AddTargetGroups(id *string, props *AddApplicationTargetGroupsProps)
	AddTargets(id *string, props *AddApplicationTargetsProps) ApplicationTargetGroup
	RegisterConnectable(connectable awsec2.IConnectable, portRange awsec2.Port)
}

// BaseListener is what application and network listeners share.
type BaseListener interface {
	awscdk.Resource
	IListener
	ListenerRef() *interfacesawselasticloadbalancingv2.ListenerReference
	RemoveAttribute(key *string)
	SetAttribute(key *string, value *string)
	ValidateListener() *[]*string
}

// ApplicationListener is a listener of an Application Load Balancer.
type ApplicationListener interface {
	BaseListener
	IApplicationListener
	Connections() awsec2.Connections
	IsApplicationListener() *bool
	LoadBalancer() IApplicationLoadBalancer
	Port() *float64
	Protocol() ApplicationProtocol
}

// MutualAuthentication configures mutual TLS on an HTTPS listener.
type MutualAuthentication struct {
	AdvertiseTrustStoreCaNames    *bool                                              `field:"optional" json:"advertiseTrustStoreCaNames" yaml:"advertiseTrustStoreCaNames"`
	IgnoreClientCertificateExpiry *bool                                              `field:"optional" json:"ignoreClientCertificateExpiry" yaml:"ignoreClientCertificateExpiry"`
	MutualAuthenticationMode      MutualAuthenticationMode                           `field:"optional" json:"mutualAuthenticationMode" yaml:"mutualAuthenticationMode"`
	TrustStore                    interfacesawselasticloadbalancingv2.ITrustStoreRef `field:"optional" json:"trustStore" yaml:"trustStore"`
}

// BaseApplicationListenerProps are the settings of a listener added to a load balancer.
type BaseApplicationListenerProps struct {
	Certificates         *[]IListenerCertificate    `field:"optional" json:"certificates" yaml:"certificates"`
	DefaultAction        ListenerAction             `field:"optional" json:"defaultAction" yaml:"defaultAction"`
	DefaultTargetGroups  *[]IApplicationTargetGroup `field:"optional" json:"defaultTargetGroups" yaml:"defaultTargetGroups"`
	MutualAuthentication *MutualAuthentication      `field:"optional" json:"mutualAuthentication" yaml:"mutualAuthentication"`
	Open                 *bool                      `field:"optional" json:"open" yaml:"open"`
	Port                 *float64                   `field:"optional" json:"port" yaml:"port"`
	Protocol             ApplicationProtocol        `field:"optional" json:"protocol" yaml:"protocol"`
	SslPolicy            SslPolicy                  `field:"optional" json:"sslPolicy" yaml:"sslPolicy"`
}

// ApplicationListenerProps are the props of NewApplicationListener.
type ApplicationListenerProps struct {
	Certificates         *[]IListenerCertificate    `field:"optional" json:"certificates" yaml:"certificates"`
	DefaultAction        ListenerAction             `field:"optional" json:"defaultAction" yaml:"defaultAction"`
	DefaultTargetGroups  *[]IApplicationTargetGroup `field:"optional" json:"defaultTargetGroups" yaml:"defaultTargetGroups"`
	MutualAuthentication *MutualAuthentication      `field:"optional" json:"mutualAuthentication" yaml:"mutualAuthentication"`
	Open                 *bool                      `field:"optional" json:"open" yaml:"open"`
	Port                 *float64                   `field:"optional" json:"port" yaml:"port"`
	Protocol             ApplicationProtocol        `field:"optional" json:"protocol" yaml:"protocol"`
	SslPolicy            SslPolicy                  `field:"optional" json:"sslPolicy" yaml:"sslPolicy"`
	LoadBalancer         IApplicationLoadBalancer   `field:"required" json:"loadBalancer" yaml:"loadBalancer"`
}

// AddRuleProps place a rule: conditions and a priority go together.
type AddRuleProps struct {
	Conditions *[]ListenerCondition `field:"optional" json:"conditions" yaml:"conditions"`
	Priority   *float64             `field:"optional" json:"priority" yaml:"priority"`
}

// AddApplicationActionProps are the props of ApplicationListener.AddAction.
type AddApplicationActionProps struct {
	Conditions   *[]ListenerCondition `field:"optional" json:"conditions" yaml:"conditions"`
	Priority     *float64             `field:"optional" json:"priority" yaml:"priority"`
	Action       ListenerAction       `field:"required" json:"action" yaml:"action"`
	RemoveSuffix *bool                `field:"optional" json:"removeSuffix" yaml:"removeSuffix"`
}

// AddApplicationTargetGroupsProps are the props of ApplicationListener.AddTargetGroups.
type AddApplicationTargetGroupsProps struct {
	Conditions   *[]ListenerCondition       `field:"optional" json:"conditions" yaml:"conditions"`
	Priority     *float64                   `field:"optional" json:"priority" yaml:"priority"`
	TargetGroups *[]IApplicationTargetGroup `field:"required" json:"targetGroups" yaml:"targetGroups"`
}

// AddApplicationTargetsProps are the props of ApplicationListener.AddTargets.
type AddApplicationTargetsProps struct {
	Conditions                 *[]ListenerCondition                  `field:"optional" json:"conditions" yaml:"conditions"`
	Priority                   *float64                              `field:"optional" json:"priority" yaml:"priority"`
	DeregistrationDelay        awscdk.Duration                       `field:"optional" json:"deregistrationDelay" yaml:"deregistrationDelay"`
	EnableAnomalyMitigation    *bool                                 `field:"optional" json:"enableAnomalyMitigation" yaml:"enableAnomalyMitigation"`
	HealthCheck                *HealthCheck                          `field:"optional" json:"healthCheck" yaml:"healthCheck"`
	LoadBalancingAlgorithmType TargetGroupLoadBalancingAlgorithmType `field:"optional" json:"loadBalancingAlgorithmType" yaml:"loadBalancingAlgorithmType"`
	Port                       *float64                              `field:"optional" json:"port" yaml:"port"`
	Protocol                   ApplicationProtocol                   `field:"optional" json:"protocol" yaml:"protocol"`
	ProtocolVersion            ApplicationProtocolVersion            `field:"optional" json:"protocolVersion" yaml:"protocolVersion"`
	SlowStart                  awscdk.Duration                       `field:"optional" json:"slowStart" yaml:"slowStart"`
	StickinessCookieDuration   awscdk.Duration                       `field:"optional" json:"stickinessCookieDuration" yaml:"stickinessCookieDuration"`
	StickinessCookieName       *string                               `field:"optional" json:"stickinessCookieName" yaml:"stickinessCookieName"`
	TargetGroupName            *string                               `field:"optional" json:"targetGroupName" yaml:"targetGroupName"`
	Targets                    *[]IApplicationLoadBalancerTarget     `field:"optional" json:"targets" yaml:"targets"`
}

type applicationListener struct {
	awscdk.Resource
	cfn           CfnListener
	lb            IApplicationLoadBalancer
	protocol      ApplicationProtocol
	port          *float64
	connections   awsec2.Connections
	certArns      []*string
	defaultAction ListenerAction
	attrs         attributes
}

// NewApplicationListener defines a listener on props.LoadBalancer.
func NewApplicationListener(scope constructs.Construct, id *string, props *ApplicationListenerProps) ApplicationListener {
	props = l2.Inject(*ApplicationListener_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.LoadBalancer == nil {
		l2.Throw(scope, "ApplicationListener: loadBalancer is required")
	}
	protocol, port := protocolAndPort(props.Protocol, props.Port)
	if protocol == "" || port == nil {
		l2.Throw(scope, "At least one of 'port' or 'protocol' is required")
	}
	validateMutualAuthentication(scope, props.MutualAuthentication)
	l := &applicationListener{lb: props.LoadBalancer, protocol: protocol, port: port}
	l.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(l.Resource, l)
	if props.Certificates != nil && len(*props.Certificates) > 0 && protocol == ApplicationProtocol_HTTP {
		awscdk.Annotations_Of(l).AddWarningV2(jsii.String("@aws-cdk/aws-elasticloadbalancingv2:httpListenerWithCertificates"),
			jsii.String("Certificates cannot be specified for HTTP listeners. Use HTTPS instead."))
	}
	ssl := props.SslPolicy
	if ssl == "" && protocol == ApplicationProtocol_HTTPS && *awscdk.FeatureFlags_Of(scope).IsEnabled(jsii.String("@aws-cdk/aws-elasticloadbalancingv2:usePostQuantumTlsPolicy")) {
		ssl = SslPolicy_TLS13_12_PQ
	}
	cp := &CfnListenerProps{LoadBalancerArn: props.LoadBalancer.LoadBalancerArn(), Protocol: protocol.cfn(), Port: port, SslPolicy: ssl.cfn()}
	if m := props.MutualAuthentication; m != nil {
		cp.MutualAuthentication = &CfnListener_MutualAuthenticationProperty{Mode: m.MutualAuthenticationMode.cfn(),
			IgnoreClientCertificateExpiry: boolOrNil(m.IgnoreClientCertificateExpiry), AdvertiseTrustStoreCaNames: onOff(m.AdvertiseTrustStoreCaNames)}
		if m.TrustStore != nil {
			cp.MutualAuthentication.(*CfnListener_MutualAuthenticationProperty).TrustStoreArn = m.TrustStore.TrustStoreRef().TrustStoreArn
		}
	}
	l.cfn = NewCfnListener(l, jsii.String("Resource"), cp)
	l.connections = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: props.LoadBalancer.Connections().SecurityGroups(),
		DefaultPort: awsec2.Port_Tcp(port)})
	if alb, ok := props.LoadBalancer.(*applicationLoadBalancer); ok {
		alb.listeners = append(alb.listeners, l)
	}
	if props.Certificates != nil && len(*props.Certificates) > 0 {
		l.AddCertificates(jsii.String("DefaultCertificates"), props.Certificates)
	}
	if props.DefaultAction != nil && props.DefaultTargetGroups != nil {
		l2.Throw(l, "Specify at most one of 'defaultAction' and 'defaultTargetGroups'")
	}
	if props.DefaultAction != nil {
		l.setDefaultAction(props.DefaultAction)
	}
	if props.DefaultTargetGroups != nil {
		l.setDefaultAction(ListenerAction_Forward(props.DefaultTargetGroups, nil))
	}
	if props.Open == nil || *props.Open {
		desc := jsii.String(fmt.Sprintf("Allow from anyone on port %v", *port))
		l.connections.AllowDefaultPortFrom(awsec2.Peer_AnyIpv4(), desc)
		ip := props.LoadBalancer.IpAddressType()
		if ip == IpAddressType_DUAL_STACK || (ip == IpAddressType_DUAL_STACK_WITHOUT_PUBLIC_IPV4 &&
			*awscdk.FeatureFlags_Of(l).IsEnabled(jsii.String("@aws-cdk/aws-elasticloadbalancingV2:albDualstackWithoutPublicIpv4SecurityGroupRulesDefault"))) {
			l.connections.AllowDefaultPortFrom(awsec2.Peer_AnyIpv6(), desc)
		}
	}
	l.Node().AddValidation(l2.Validation(func() []string { return derefAll(l.ValidateListener()) }))
	return l
}

// validateMutualAuthentication rejects settings the listener's mutual TLS
// mode cannot use, before the listener exists (so the error names scope).
func validateMutualAuthentication(scope constructs.Construct, m *MutualAuthentication) {
	if m == nil {
		return
	}
	const offOrPass = "'off' or 'passthrough'"
	switch m.MutualAuthenticationMode {
	case MutualAuthenticationMode_VERIFY:
		if m.TrustStore == nil {
			l2.Throw(scope, "You must set 'trustStore' when 'mode' is 'verify'")
		}
	case MutualAuthenticationMode_OFF, MutualAuthenticationMode_PASS_THROUGH:
		if m.TrustStore != nil {
			l2.Throw(scope, "You cannot set 'trustStore' when 'mode' is %s", offOrPass)
		}
		if m.IgnoreClientCertificateExpiry != nil {
			l2.Throw(scope, "You cannot set 'ignoreClientCertificateExpiry' when 'mode' is %s", offOrPass)
		}
		if m.AdvertiseTrustStoreCaNames != nil {
			l2.Throw(scope, "You cannot set 'advertiseTrustStoreCaNames' when 'mode' is %s", offOrPass)
		}
	}
}

func boolOrNil(b *bool) interface{} {
	if b == nil {
		return nil
	}
	return *b
}

func onOff(b *bool) *string {
	if b == nil {
		return nil
	}
	if *b {
		return jsii.String("on")
	}
	return jsii.String("off")
}

// NewApplicationListener_Override makes a, a pointer to a struct embedding ApplicationListener,
// a new ApplicationListener (jsii's way of extending a class).
func NewApplicationListener_Override(a ApplicationListener, scope constructs.Construct, id *string, props *ApplicationListenerProps) {
	l2.Override[ApplicationListener](a, NewApplicationListener(scope, id, props))
}

func (l *applicationListener) sync() {
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

func (l *applicationListener) setDefaultAction(action ListenerAction) {
	action.Bind(l, l, l)
	if l.defaultAction != nil {
		awscdk.Annotations_Of(l).AddWarningV2(jsii.String("@aws-cdk/aws-elbv2:listenerExistingDefaultActionReplaced"),
			jsii.String("A default Action already existed on this Listener and was replaced. Configure exactly one default Action."))
	}
	l.defaultAction = action
	l.sync()
}

func (l *applicationListener) ListenerArn() *string { return l.cfn.Ref() }
func (l *applicationListener) ListenerRef() *interfacesawselasticloadbalancingv2.ListenerReference {
	return &interfacesawselasticloadbalancingv2.ListenerReference{ListenerArn: l.ListenerArn()}
}
func (l *applicationListener) Connections() awsec2.Connections        { return l.connections }
func (l *applicationListener) IsApplicationListener() *bool           { return jsii.Bool(true) }
func (l *applicationListener) LoadBalancer() IApplicationLoadBalancer { return l.lb }
func (l *applicationListener) Port() *float64                         { return l.port }
func (l *applicationListener) Protocol() ApplicationProtocol          { return l.protocol }

// SetAttribute sets a listener attribute; a nil value removes it.
func (l *applicationListener) SetAttribute(key *string, value *string) {
	l.attrs.set(deref(key), value)
	l.sync()
}

// RemoveAttribute removes a listener attribute.
func (l *applicationListener) RemoveAttribute(key *string) { l.SetAttribute(key, nil) }

// ValidateListener lists what the listener still lacks.
func (l *applicationListener) ValidateListener() *[]*string {
	var ret []string
	if l.protocol == ApplicationProtocol_HTTPS && len(l.certArns) == 0 {
		ret = append(ret, "HTTPS Listener needs at least one certificate (call addCertificates)")
	}
	if l.defaultAction == nil {
		ret = append(ret, "Listener needs at least one default action or target group (call addTargetGroups or addAction)")
	}
	return strs(ret)
}

// AddCertificates adds certificates: the first becomes the listener's
// default certificate, each other one an ApplicationListenerCertificate.
func (l *applicationListener) AddCertificates(id *string, certificates *[]IListenerCertificate) {
	if certificates == nil {
		return
	}
	extra := append([]IListenerCertificate(nil), (*certificates)...)
	if len(l.certArns) == 0 && len(extra) > 0 {
		l.certArns = append(l.certArns, extra[0].CertificateArn())
		extra = extra[1:]
	}
	for i, c := range extra {
		NewApplicationListenerCertificate(l, jsii.String(fmt.Sprintf("%s%d", deref(id), i+1)),
			&ApplicationListenerCertificateProps{Listener: l, Certificates: &[]IListenerCertificate{c}})
	}
	l.sync()
}

func checkRuleProps(l constructs.IConstruct, conditions *[]ListenerCondition, priority *float64) {
	has := conditions != nil && len(*conditions) > 0
	if has != (priority != nil) {
		l2.Throw(l, "Setting 'conditions', 'pathPattern' or 'hostHeader' also requires 'priority', and vice versa")
	}
}

// AddAction adds a rule with conditions and a priority, or, without
// them, makes action the default.
func (l *applicationListener) AddAction(id *string, props *AddApplicationActionProps) {
	if props == nil || props.Action == nil {
		l2.Throw(l, "addAction: an action is required")
	}
	checkRuleProps(l, props.Conditions, props.Priority)
	if props.Priority != nil {
		ruleID := deref(id)
		if props.RemoveSuffix == nil || !*props.RemoveSuffix {
			ruleID += "Rule"
		}
		NewApplicationListenerRule(l, jsii.String(ruleID), &ApplicationListenerRuleProps{Listener: l, Priority: props.Priority,
			Conditions: props.Conditions, Action: props.Action})
		return
	}
	l.setDefaultAction(props.Action)
}

// AddTargetGroups forwards to target groups, by a rule or by default.
func (l *applicationListener) AddTargetGroups(id *string, props *AddApplicationTargetGroupsProps) {
	if props == nil || props.TargetGroups == nil {
		l2.Throw(l, "addTargetGroups: targetGroups are required")
	}
	checkRuleProps(l, props.Conditions, props.Priority)
	if props.Priority != nil {
		NewApplicationListenerRule(l, jsii.String(deref(id)+"Rule"), &ApplicationListenerRuleProps{Listener: l, Priority: props.Priority,
			Conditions: props.Conditions, TargetGroups: props.TargetGroups})
		return
	}
	l.setDefaultAction(ListenerAction_Forward(props.TargetGroups, nil))
}

// AddTargets creates a target group for targets and forwards to it.
func (l *applicationListener) AddTargets(id *string, props *AddApplicationTargetsProps) ApplicationTargetGroup {
	if l.lb.Vpc() == nil {
		l2.Throw(l, "Can only call addTargets() when using a constructed Load Balancer or an imported Load Balancer with specified vpc; construct a new TargetGroup and use addTargetGroup")
	}
	if props == nil {
		props = &AddApplicationTargetsProps{}
	}
	tg := NewApplicationTargetGroup(l, jsii.String(deref(id)+"Group"), &ApplicationTargetGroupProps{Vpc: l.lb.Vpc(),
		DeregistrationDelay: props.DeregistrationDelay, EnableAnomalyMitigation: props.EnableAnomalyMitigation, HealthCheck: props.HealthCheck,
		LoadBalancingAlgorithmType: props.LoadBalancingAlgorithmType, Port: props.Port, Protocol: props.Protocol, ProtocolVersion: props.ProtocolVersion,
		SlowStart: props.SlowStart, StickinessCookieDuration: props.StickinessCookieDuration, StickinessCookieName: props.StickinessCookieName,
		TargetGroupName: props.TargetGroupName, Targets: props.Targets})
	l.AddTargetGroups(id, &AddApplicationTargetGroupsProps{TargetGroups: &[]IApplicationTargetGroup{tg}, Conditions: props.Conditions, Priority: props.Priority})
	return tg
}

// RegisterConnectable lets the load balancer reach connectable on portRange.
func (l *applicationListener) RegisterConnectable(connectable awsec2.IConnectable, portRange awsec2.Port) {
	l.connections.AllowTo(connectable, portRange, jsii.String("Load balancer to target"))
}

// ApplicationListener_PROPERTY_INJECTION_ID is the id property injectors use.
func ApplicationListener_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-elasticloadbalancingv2.ApplicationListener")
}

// ApplicationListener_IsConstruct reports whether x is a construct.
func ApplicationListener_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ApplicationListener_IsResource reports whether construct is a Resource.
func ApplicationListener_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// ApplicationListener_IsOwnedResource reports whether construct is a Resource owned by the app.
func ApplicationListener_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// ApplicationListenerRuleProps are the props of NewApplicationListenerRule.
type ApplicationListenerRuleProps struct {
	Priority     *float64                   `field:"required" json:"priority" yaml:"priority"`
	Action       ListenerAction             `field:"optional" json:"action" yaml:"action"`
	Conditions   *[]ListenerCondition       `field:"optional" json:"conditions" yaml:"conditions"`
	TargetGroups *[]IApplicationTargetGroup `field:"optional" json:"targetGroups" yaml:"targetGroups"`
	Listener     IApplicationListener       `field:"required" json:"listener" yaml:"listener"`
}

// ApplicationListenerRule is a rule of an application listener (AWS::ElasticLoadBalancingV2::ListenerRule).
type ApplicationListenerRule interface {
	constructs.Construct
	ListenerRuleArn() *string
	AddCondition(condition ListenerCondition)
	ConfigureAction(action ListenerAction)
}

type applicationListenerRule struct {
	constructs.Construct
	cfn        CfnListenerRule
	listener   IApplicationListener
	conditions []ListenerCondition
	action     ListenerAction
}

// NewApplicationListenerRule defines a rule on props.Listener.
func NewApplicationListenerRule(scope constructs.Construct, id *string, props *ApplicationListenerRuleProps) ApplicationListenerRule {
	r := &applicationListenerRule{}
	r.Construct = constructs.NewConstruct(scope, id)
	host.Set(r.Construct, r)
	if props == nil || props.Listener == nil || props.Priority == nil {
		l2.Throw(r, "ApplicationListenerRule: listener and priority are required")
	}
	r.listener = props.Listener
	if props.Conditions != nil {
		r.conditions = append(r.conditions, *props.Conditions...)
	}
	if props.Action != nil && props.TargetGroups != nil {
		l2.Throw(r, "Specify exactly one of 'action' and 'targetGroups'")
	}
	r.cfn = NewCfnListenerRule(r, jsii.String("Resource"), &CfnListenerRuleProps{ListenerArn: props.Listener.ListenerArn(), Priority: props.Priority,
		Conditions: []interface{}{}, Actions: []interface{}{}})
	if props.Action != nil {
		r.ConfigureAction(props.Action)
	}
	if props.TargetGroups != nil {
		r.ConfigureAction(ListenerAction_Forward(props.TargetGroups, nil))
	}
	r.sync()
	r.Node().AddValidation(l2.Validation(func() []string {
		var ret []string
		if r.action == nil {
			ret = append(ret, "Listener rule needs at least one action")
		}
		if len(r.conditions) == 0 {
			ret = append(ret, "Listener rule needs at least one condition")
		}
		return ret
	}))
	return r
}

// NewApplicationListenerRule_Override makes a, a pointer to a struct embedding ApplicationListenerRule,
// a new ApplicationListenerRule (jsii's way of extending a class).
func NewApplicationListenerRule_Override(a ApplicationListenerRule, scope constructs.Construct, id *string, props *ApplicationListenerRuleProps) {
	l2.Override[ApplicationListenerRule](a, NewApplicationListenerRule(scope, id, props))
}

// ApplicationListenerRule_IsConstruct reports whether x is a construct.
func ApplicationListenerRule_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

func (r *applicationListenerRule) sync() {
	conds := make([]interface{}, 0, len(r.conditions))
	for _, c := range r.conditions {
		conds = append(conds, c.RenderRawCondition())
	}
	r.cfn.SetConditions(conds)
	if r.action != nil {
		r.cfn.SetActions(r.action.RenderRuleActions())
	}
}

func (r *applicationListenerRule) ListenerRuleArn() *string { return r.cfn.Ref() }

// AddCondition adds a condition the rule matches on.
func (r *applicationListenerRule) AddCondition(condition ListenerCondition) {
	r.conditions = append(r.conditions, condition)
	r.sync()
}

// ConfigureAction sets what the rule does.
func (r *applicationListenerRule) ConfigureAction(action ListenerAction) {
	action.Bind(r, r.listener, r)
	if r.action != nil {
		awscdk.Annotations_Of(r).AddWarningV2(jsii.String("@aws-cdk/aws-elbv2:listenerRuleExistingActionReplaced"),
			jsii.String("An Action already existed on this ListenerRule and was replaced. Configure exactly one default Action."))
	}
	r.action = action
	r.sync()
}

// ApplicationListenerCertificateProps are the props of NewApplicationListenerCertificate.
type ApplicationListenerCertificateProps struct {
	Listener     interfacesawselasticloadbalancingv2.IListenerRef `field:"required" json:"listener" yaml:"listener"`
	Certificates *[]IListenerCertificate                          `field:"optional" json:"certificates" yaml:"certificates"`
}

// ApplicationListenerCertificate adds certificates to a listener (AWS::ElasticLoadBalancingV2::ListenerCertificate).
type ApplicationListenerCertificate interface {
	constructs.Construct
}

type applicationListenerCertificate struct{ constructs.Construct }

// NewApplicationListenerCertificate adds props.Certificates to props.Listener.
func NewApplicationListenerCertificate(scope constructs.Construct, id *string, props *ApplicationListenerCertificateProps) ApplicationListenerCertificate {
	c := &applicationListenerCertificate{}
	c.Construct = constructs.NewConstruct(scope, id)
	host.Set(c.Construct, c)
	if props == nil || props.Listener == nil || props.Certificates == nil || len(*props.Certificates) == 0 {
		l2.Throw(c, "At least one of 'certificateArns' or 'certificates' is required")
	}
	certs := make([]*CfnListenerCertificate_CertificateProperty, len(*props.Certificates))
	for i, x := range *props.Certificates {
		certs[i] = &CfnListenerCertificate_CertificateProperty{CertificateArn: x.CertificateArn()}
	}
	NewCfnListenerCertificate(c, jsii.String("Resource"), &CfnListenerCertificateProps{ListenerArn: props.Listener.ListenerRef().ListenerArn, Certificates: certs})
	return c
}

// NewApplicationListenerCertificate_Override makes a, a pointer to a struct embedding ApplicationListenerCertificate,
// a new ApplicationListenerCertificate (jsii's way of extending a class).
func NewApplicationListenerCertificate_Override(a ApplicationListenerCertificate, scope constructs.Construct, id *string, props *ApplicationListenerCertificateProps) {
	l2.Override[ApplicationListenerCertificate](a, NewApplicationListenerCertificate(scope, id, props))
}

// ApplicationListenerCertificate_IsConstruct reports whether x is a construct.
func ApplicationListenerCertificate_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}
