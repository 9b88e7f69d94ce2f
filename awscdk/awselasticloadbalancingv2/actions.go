package awselasticloadbalancingv2

import (
	"fmt"
	"github.com/strata-cdk/strata/internal/l2"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscertificatemanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// IListenerAction renders the actions of a listener or a listener rule.
type IListenerAction interface {
	RenderActions() *[]*CfnListener_ActionProperty
	RenderRuleActions() *[]*CfnListenerRule_ActionProperty
}

// ListenerAction is what an application listener or rule does with a
// request: forward, redirect, answer with a fixed response, and so on.
type ListenerAction interface {
	IListenerAction
	Next() ListenerAction
	AddRuleAction(actionJson *CfnListenerRule_ActionProperty)
	Bind(scope constructs.Construct, listener IApplicationListener, associatingConstruct constructs.IConstruct)
	RenderActions() *[]*CfnListener_ActionProperty
	RenderRuleActions() *[]*CfnListenerRule_ActionProperty
	Renumber(actions *[]*CfnListener_ActionProperty) *[]*CfnListener_ActionProperty
}

type listenerAction struct {
	json       *CfnListener_ActionProperty
	ruleJSON   *CfnListenerRule_ActionProperty
	next       ListenerAction
	targetsFor []IApplicationTargetGroup
	// onBind is what an action does to the listener it joins (open a port, check the protocol).
	onBind func(listener IApplicationListener)
}

// NewListenerAction is an action rendered from its CloudFormation JSON,
// followed by next when next is not nil.
func NewListenerAction(defaultActionJson *CfnListener_ActionProperty, next ListenerAction) ListenerAction {
	return &listenerAction{json: defaultActionJson, next: next}
}

// NewListenerAction_Override makes l, a pointer to a struct embedding ListenerAction,
// a new ListenerAction (jsii's way of extending a class).
func NewListenerAction_Override(l ListenerAction, defaultActionJson *CfnListener_ActionProperty, next ListenerAction) {
	l2.Override[ListenerAction](l, NewListenerAction(defaultActionJson, next))
}

func (a *listenerAction) Next() ListenerAction { return a.next }

// AddRuleAction replaces the JSON the action renders inside a listener rule.
func (a *listenerAction) AddRuleAction(actionJson *CfnListenerRule_ActionProperty) {
	a.ruleJSON = actionJson
}

// Bind connects the target groups a forward action sends to with listener.
func (a *listenerAction) Bind(scope constructs.Construct, listener IApplicationListener, associatingConstruct constructs.IConstruct) {
	for _, tg := range a.targetsFor {
		tg.RegisterListener(listener, associatingConstruct)
	}
	if a.next != nil {
		a.next.Bind(scope, listener, associatingConstruct)
	}
	if a.onBind != nil {
		a.onBind(listener)
	}
}

// RenderActions renders this action and those after it, for a listener's default actions.
func (a *listenerAction) RenderActions() *[]*CfnListener_ActionProperty {
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

// Renumber sets Order on each action when there is more than one, as
// CloudFormation requires of chained actions.
func (a *listenerAction) Renumber(actions *[]*CfnListener_ActionProperty) *[]*CfnListener_ActionProperty {
	if actions == nil || len(*actions) < 2 {
		return actions
	}
	out := make([]*CfnListener_ActionProperty, len(*actions))
	for i, x := range *actions {
		c := *x
		c.Order = jsii.Number(float64(i + 1))
		out[i] = &c
	}
	return &out
}

// RenderRuleActions renders this action and those after it, for a listener rule.
func (a *listenerAction) RenderRuleActions() *[]*CfnListenerRule_ActionProperty {
	var out []*CfnListenerRule_ActionProperty
	if a.ruleJSON != nil {
		c := *a.ruleJSON
		out = append(out, &c)
	} else if x := a.json; x != nil {
		out = append(out, &CfnListenerRule_ActionProperty{
			AuthenticateCognitoConfig: x.AuthenticateCognitoConfig, AuthenticateOidcConfig: x.AuthenticateOidcConfig,
			FixedResponseConfig: ruleFixed(x.FixedResponseConfig), ForwardConfig: ruleForward(x.ForwardConfig), JwtValidationConfig: ruleJwt(x.JwtValidationConfig),
			RedirectConfig: ruleRedirect(x.RedirectConfig), TargetGroupArn: x.TargetGroupArn, Type: x.Type,
		})
	}
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

// ForwardOptions tune a forward action.
type ForwardOptions struct {
	StickinessDuration awscdk.Duration `field:"optional" json:"stickinessDuration" yaml:"stickinessDuration"`
}

// WeightedTargetGroup is a target group and its share of the traffic.
type WeightedTargetGroup struct {
	TargetGroup IApplicationTargetGroup `field:"required" json:"targetGroup" yaml:"targetGroup"`
	Weight      *float64                `field:"optional" json:"weight" yaml:"weight"`
}

// FixedResponseOptions are the body of a fixed response.
type FixedResponseOptions struct {
	ContentType *string `field:"optional" json:"contentType" yaml:"contentType"`
	MessageBody *string `field:"optional" json:"messageBody" yaml:"messageBody"`
}

// RedirectOptions say where a redirect sends the client; parts left out
// keep the request's value.
type RedirectOptions struct {
	Host      *string `field:"optional" json:"host" yaml:"host"`
	Path      *string `field:"optional" json:"path" yaml:"path"`
	Permanent *bool   `field:"optional" json:"permanent" yaml:"permanent"`
	Port      *string `field:"optional" json:"port" yaml:"port"`
	Protocol  *string `field:"optional" json:"protocol" yaml:"protocol"`
	Query     *string `field:"optional" json:"query" yaml:"query"`
}

func stickiness(options *ForwardOptions) *CfnListener_TargetGroupStickinessConfigProperty {
	if options == nil || options.StickinessDuration == nil {
		return nil
	}
	return &CfnListener_TargetGroupStickinessConfigProperty{DurationSeconds: options.StickinessDuration.ToSeconds(nil), Enabled: true}
}

// ListenerAction_Forward sends requests to the target groups; with more
// than one, the listener spreads them evenly.
func ListenerAction_Forward(targetGroups *[]IApplicationTargetGroup, options *ForwardOptions) ListenerAction {
	if targetGroups == nil || len(*targetGroups) == 0 {
		diag.Panic("", "Need at least one targetGroup in a ListenerAction.forward()")
	}
	tgs := *targetGroups
	if len(tgs) == 1 && stickiness(options) == nil {
		return &listenerAction{json: &CfnListener_ActionProperty{Type: jsii.String("forward"), TargetGroupArn: tgs[0].TargetGroupArn()},
			targetsFor: tgs}
	}
	// More than one group, or stickiness: an even weighted forward.
	weighted := make([]*WeightedTargetGroup, len(tgs))
	for i, tg := range tgs {
		weighted[i] = &WeightedTargetGroup{TargetGroup: tg, Weight: jsii.Number(1)}
	}
	return ListenerAction_WeightedForward(&weighted, options)
}

// ListenerAction_WeightedForward sends requests to target groups in proportion to their weights.
func ListenerAction_WeightedForward(targetGroups *[]*WeightedTargetGroup, options *ForwardOptions) ListenerAction {
	if targetGroups == nil || len(*targetGroups) == 0 {
		diag.Panic("", "Need at least one targetGroup in a ListenerAction.weightedForward()")
	}
	var tgs []IApplicationTargetGroup
	var tuples []*CfnListener_TargetGroupTupleProperty
	for _, w := range *targetGroups {
		if w == nil || w.TargetGroup == nil {
			diag.Panic("", "ListenerAction.weightedForward(): every entry needs a targetGroup")
		}
		tgs = append(tgs, w.TargetGroup)
		tuples = append(tuples, &CfnListener_TargetGroupTupleProperty{TargetGroupArn: w.TargetGroup.TargetGroupArn(), Weight: w.Weight})
	}
	return &listenerAction{json: &CfnListener_ActionProperty{Type: jsii.String("forward"),
		ForwardConfig: &CfnListener_ForwardConfigProperty{TargetGroups: tuples, TargetGroupStickinessConfig: nilIfNone(stickiness(options))}},
		targetsFor: tgs}
}

func nilIfNone(s *CfnListener_TargetGroupStickinessConfigProperty) interface{} {
	if s == nil {
		return nil
	}
	return s
}

// ListenerAction_FixedResponse answers with statusCode and an optional body.
func ListenerAction_FixedResponse(statusCode *float64, options *FixedResponseOptions) ListenerAction {
	if statusCode == nil {
		diag.Panic("", "ListenerAction.fixedResponse(): statusCode is required")
	}
	cfg := &CfnListener_FixedResponseConfigProperty{StatusCode: jsii.String(fmt.Sprintf("%v", *statusCode))}
	if options != nil {
		if options.MessageBody != nil && len(*options.MessageBody) > 1024 {
			diag.Panic("", "Fixed response message body should not exceed 1024 bytes.")
		}
		cfg.ContentType, cfg.MessageBody = options.ContentType, options.MessageBody
	}
	return &listenerAction{json: &CfnListener_ActionProperty{Type: jsii.String("fixed-response"), FixedResponseConfig: cfg}}
}

// ListenerAction_Redirect sends the client elsewhere (302, or 301 when permanent).
func ListenerAction_Redirect(options *RedirectOptions) ListenerAction {
	if options == nil || (options.Host == nil && options.Path == nil && options.Port == nil && options.Protocol == nil && options.Query == nil) {
		diag.Panic("", "To prevent redirect loops, set at least one of 'protocol', 'host', 'port', 'path', or 'query'.")
	}
	if options.Path != nil && !*awscdk.Token_IsUnresolved(options.Path) && !strings.HasPrefix(*options.Path, "/") {
		diag.Panic("", "Redirect path must start with a '/', got: %s", *options.Path)
	}
	code := "HTTP_302"
	if options.Permanent != nil && *options.Permanent {
		code = "HTTP_301"
	}
	return &listenerAction{json: &CfnListener_ActionProperty{Type: jsii.String("redirect"), RedirectConfig: &CfnListener_RedirectConfigProperty{
		StatusCode: jsii.String(code), Host: options.Host, Path: options.Path, Port: options.Port, Protocol: options.Protocol, Query: options.Query}}}
}

// ListenerCondition is a condition a listener rule matches requests on.
type ListenerCondition interface {
	RenderRawCondition() interface{}
}

type condition struct {
	raw *CfnListenerRule_RuleConditionProperty
}

func (c *condition) RenderRawCondition() interface{} { return c.raw }

// NewListenerCondition_Override makes l, a struct embedding ListenerCondition,
// a condition of the program's own, which supplies RenderRawCondition.
func NewListenerCondition_Override(l ListenerCondition) {
	l2.Override[ListenerCondition](l, abstractCondition{})
}

// abstractCondition is ListenerCondition's base for a program's own condition.
type abstractCondition struct{}

func (abstractCondition) RenderRawCondition() interface{} { return nil }

func values(vs *[]*string) *[]*string {
	if vs == nil {
		return &[]*string{}
	}
	return vs
}

// ListenerCondition_HostHeaders matches the Host header (wildcards allowed).
func ListenerCondition_HostHeaders(values_ *[]*string) ListenerCondition {
	return &condition{&CfnListenerRule_RuleConditionProperty{Field: jsii.String("host-header"),
		HostHeaderConfig: &CfnListenerRule_HostHeaderConfigProperty{Values: values(values_)}}}
}

// ListenerCondition_HttpHeader matches an HTTP header's value.
func ListenerCondition_HttpHeader(name *string, values_ *[]*string) ListenerCondition {
	return &condition{&CfnListenerRule_RuleConditionProperty{Field: jsii.String("http-header"),
		HttpHeaderConfig: &CfnListenerRule_HttpHeaderConfigProperty{HttpHeaderName: name, Values: values(values_)}}}
}

// ListenerCondition_HttpRequestMethods matches the request method.
func ListenerCondition_HttpRequestMethods(values_ *[]*string) ListenerCondition {
	return &condition{&CfnListenerRule_RuleConditionProperty{Field: jsii.String("http-request-method"),
		HttpRequestMethodConfig: &CfnListenerRule_HttpRequestMethodConfigProperty{Values: values(values_)}}}
}

// ListenerCondition_PathPatterns matches the request path (wildcards allowed).
func ListenerCondition_PathPatterns(values_ *[]*string) ListenerCondition {
	return &condition{&CfnListenerRule_RuleConditionProperty{Field: jsii.String("path-pattern"),
		PathPatternConfig: &CfnListenerRule_PathPatternConfigProperty{Values: values(values_)}}}
}

// QueryStringCondition is a key/value pair of the query string to match.
type QueryStringCondition struct {
	Value *string `field:"required" json:"value" yaml:"value"`
	Key   *string `field:"optional" json:"key" yaml:"key"`
}

// ListenerCondition_QueryStrings matches key/value pairs of the query string.
func ListenerCondition_QueryStrings(values_ *[]*QueryStringCondition) ListenerCondition {
	var kv []*CfnListenerRule_QueryStringKeyValueProperty
	if values_ != nil {
		for _, q := range *values_ {
			if q != nil {
				kv = append(kv, &CfnListenerRule_QueryStringKeyValueProperty{Key: q.Key, Value: q.Value})
			}
		}
	}
	return &condition{&CfnListenerRule_RuleConditionProperty{Field: jsii.String("query-string"),
		QueryStringConfig: &CfnListenerRule_QueryStringConfigProperty{Values: kv}}}
}

// ListenerCondition_SourceIps matches the client's address (CIDR blocks).
func ListenerCondition_SourceIps(values_ *[]*string) ListenerCondition {
	return &condition{&CfnListenerRule_RuleConditionProperty{Field: jsii.String("source-ip"),
		SourceIpConfig: &CfnListenerRule_SourceIpConfigProperty{Values: values(values_)}}}
}

// IListenerCertificate is a certificate a listener serves.
type IListenerCertificate interface {
	CertificateArn() *string
}

// ListenerCertificate is a certificate named by its ARN.
type ListenerCertificate interface {
	IListenerCertificate
	CertificateArn() *string
}

type listenerCertificate struct{ arn *string }

func (c *listenerCertificate) CertificateArn() *string { return c.arn }

// NewListenerCertificate is the certificate with ARN certificateArn.
func NewListenerCertificate(certificateArn *string) ListenerCertificate {
	return &listenerCertificate{arn: certificateArn}
}

// NewListenerCertificate_Override makes l, a pointer to a struct embedding ListenerCertificate,
// a new ListenerCertificate (jsii's way of extending a class).
func NewListenerCertificate_Override(l ListenerCertificate, certificateArn *string) {
	l2.Override[ListenerCertificate](l, NewListenerCertificate(certificateArn))
}

// ListenerCertificate_FromArn is the certificate (ACM or IAM) with ARN certificateArn.
func ListenerCertificate_FromArn(certificateArn *string) ListenerCertificate {
	return &listenerCertificate{arn: certificateArn}
}

// ListenerCertificate_FromCertificateManager is an ACM certificate.
func ListenerCertificate_FromCertificateManager(acmCertificate interfacesawscertificatemanager.ICertificateRef) ListenerCertificate {
	if acmCertificate == nil {
		diag.Panic("", "ListenerCertificate.fromCertificateManager(): a certificate is required")
	}
	return &listenerCertificate{arn: acmCertificate.CertificateRef().CertificateArn}
}

// The listener and listener-rule L1s have twin property types; an action
// renders the listener's and these convert for a rule.

func ruleFixed(v interface{}) interface{} {
	if c, ok := v.(*CfnListener_FixedResponseConfigProperty); ok {
		return &CfnListenerRule_FixedResponseConfigProperty{ContentType: c.ContentType, MessageBody: c.MessageBody, StatusCode: c.StatusCode}
	}
	return v
}

func ruleRedirect(v interface{}) interface{} {
	if c, ok := v.(*CfnListener_RedirectConfigProperty); ok {
		return &CfnListenerRule_RedirectConfigProperty{Host: c.Host, Path: c.Path, Port: c.Port, Protocol: c.Protocol, Query: c.Query, StatusCode: c.StatusCode}
	}
	return v
}

func ruleForward(v interface{}) interface{} {
	c, ok := v.(*CfnListener_ForwardConfigProperty)
	if !ok {
		return v
	}
	out := &CfnListenerRule_ForwardConfigProperty{TargetGroupStickinessConfig: c.TargetGroupStickinessConfig, TargetGroups: c.TargetGroups}
	if st, ok := c.TargetGroupStickinessConfig.(*CfnListener_TargetGroupStickinessConfigProperty); ok {
		out.TargetGroupStickinessConfig = &CfnListenerRule_TargetGroupStickinessConfigProperty{DurationSeconds: st.DurationSeconds, Enabled: st.Enabled}
	}
	if tgs, ok := c.TargetGroups.([]*CfnListener_TargetGroupTupleProperty); ok {
		conv := make([]*CfnListenerRule_TargetGroupTupleProperty, len(tgs))
		for i, t := range tgs {
			conv[i] = &CfnListenerRule_TargetGroupTupleProperty{TargetGroupArn: t.TargetGroupArn, Weight: t.Weight}
		}
		out.TargetGroups = conv
	}
	return out
}

func ruleJwt(v interface{}) interface{} {
	if c, ok := v.(*CfnListener_JwtValidationConfigProperty); ok {
		return &CfnListenerRule_JwtValidationConfigProperty{Issuer: c.Issuer, JwksEndpoint: c.JwksEndpoint}
	}
	return v
}

// AuthenticateOidcOptions configure an OpenID Connect authenticate action.
type AuthenticateOidcOptions struct {
	AuthorizationEndpoint            *string               `field:"required" json:"authorizationEndpoint" yaml:"authorizationEndpoint"`
	ClientId                         *string               `field:"required" json:"clientId" yaml:"clientId"`
	ClientSecret                     awscdk.SecretValue    `field:"required" json:"clientSecret" yaml:"clientSecret"`
	Issuer                           *string               `field:"required" json:"issuer" yaml:"issuer"`
	Next                             ListenerAction        `field:"required" json:"next" yaml:"next"`
	TokenEndpoint                    *string               `field:"required" json:"tokenEndpoint" yaml:"tokenEndpoint"`
	UserInfoEndpoint                 *string               `field:"required" json:"userInfoEndpoint" yaml:"userInfoEndpoint"`
	AllowHttpsOutbound               *bool                 `field:"optional" json:"allowHttpsOutbound" yaml:"allowHttpsOutbound"`
	AuthenticationRequestExtraParams *map[string]*string   `field:"optional" json:"authenticationRequestExtraParams" yaml:"authenticationRequestExtraParams"`
	OnUnauthenticatedRequest         UnauthenticatedAction `field:"optional" json:"onUnauthenticatedRequest" yaml:"onUnauthenticatedRequest"`
	Scope                            *string               `field:"optional" json:"scope" yaml:"scope"`
	SessionCookieName                *string               `field:"optional" json:"sessionCookieName" yaml:"sessionCookieName"`
	SessionTimeout                   awscdk.Duration       `field:"optional" json:"sessionTimeout" yaml:"sessionTimeout"`
}

// ListenerAction_AuthenticateOidc authenticates through an OIDC identity
// provider, then runs options.Next; the load balancer may reach the IdP on 443.
func ListenerAction_AuthenticateOidc(options *AuthenticateOidcOptions) ListenerAction {
	if options == nil || options.ClientSecret == nil || options.Next == nil {
		diag.Panic("", "ListenerAction.authenticateOidc(): clientSecret and next are required")
	}
	var extra interface{}
	if options.AuthenticationRequestExtraParams != nil {
		extra = options.AuthenticationRequestExtraParams
	}
	cfg := &CfnListener_AuthenticateOidcConfigProperty{AuthorizationEndpoint: options.AuthorizationEndpoint, ClientId: options.ClientId,
		ClientSecret: options.ClientSecret.UnsafeUnwrap(), Issuer: options.Issuer, TokenEndpoint: options.TokenEndpoint,
		UserInfoEndpoint: options.UserInfoEndpoint, AuthenticationRequestExtraParams: extra,
		OnUnauthenticatedRequest: options.OnUnauthenticatedRequest.cfn(), Scope: options.Scope, SessionCookieName: options.SessionCookieName}
	rule := &CfnListenerRule_AuthenticateOidcConfigProperty{AuthorizationEndpoint: cfg.AuthorizationEndpoint, ClientId: cfg.ClientId,
		ClientSecret: cfg.ClientSecret, Issuer: cfg.Issuer, TokenEndpoint: cfg.TokenEndpoint, UserInfoEndpoint: cfg.UserInfoEndpoint,
		AuthenticationRequestExtraParams: extra, OnUnauthenticatedRequest: cfg.OnUnauthenticatedRequest, Scope: cfg.Scope,
		SessionCookieName: cfg.SessionCookieName}
	if options.SessionTimeout != nil {
		secs := options.SessionTimeout.ToSeconds(nil)
		cfg.SessionTimeout = jsii.String(fmt.Sprintf("%v", *secs))
		rule.SessionTimeout = secs
	}
	a := &listenerAction{json: &CfnListener_ActionProperty{Type: jsii.String("authenticate-oidc"), AuthenticateOidcConfig: cfg}, next: options.Next,
		ruleJSON: &CfnListenerRule_ActionProperty{Type: jsii.String("authenticate-oidc"), AuthenticateOidcConfig: rule}}
	if options.AllowHttpsOutbound == nil || *options.AllowHttpsOutbound {
		a.onBind = func(listener IApplicationListener) {
			listener.Connections().AllowToAnyIpv4(awsec2.Port_Tcp(jsii.Number(443)), jsii.String("Allow to IdP endpoint"))
		}
	}
	return a
}

// AuthenticateJwtOptions configure a JWT validation action.
type AuthenticateJwtOptions struct {
	Issuer       *string        `field:"required" json:"issuer" yaml:"issuer"`
	JwksEndpoint *string        `field:"required" json:"jwksEndpoint" yaml:"jwksEndpoint"`
	Next         ListenerAction `field:"required" json:"next" yaml:"next"`
}

// ListenerAction_AuthenticateJwt validates a JWT access token, then runs
// options.Next; it needs an HTTPS listener.
func ListenerAction_AuthenticateJwt(options *AuthenticateJwtOptions) ListenerAction {
	if options == nil || options.Issuer == nil || options.JwksEndpoint == nil {
		diag.Panic("", "ListenerAction.authenticateJwt(): issuer and jwksEndpoint are required")
	}
	if e := *options.JwksEndpoint; !*awscdk.Token_IsUnresolved(options.JwksEndpoint) {
		if !strings.HasPrefix(e, "https://") {
			diag.Panic("", "JWKS endpoint must use HTTPS protocol, got: %s", e)
		}
		if len(e) > 256 {
			diag.Panic("", "JWKS endpoint must be 256 characters or fewer, got %d characters", len(e))
		}
	}
	if i := *options.Issuer; !*awscdk.Token_IsUnresolved(options.Issuer) && len(i) > 256 {
		diag.Panic("", "Issuer must be 256 characters or fewer, got %d characters", len(i))
	}
	return &listenerAction{json: &CfnListener_ActionProperty{Type: jsii.String("jwt-validation"),
		JwtValidationConfig: &CfnListener_JwtValidationConfigProperty{Issuer: options.Issuer, JwksEndpoint: options.JwksEndpoint}},
		next: options.Next,
		onBind: func(listener IApplicationListener) {
			if l, ok := listener.(ApplicationListener); ok && l.Protocol() != ApplicationProtocol_HTTPS {
				diag.Panic("", "JWT authentication requires an HTTPS listener. Please use ApplicationProtocol.HTTPS for the listener protocol.")
			}
		}}
}
