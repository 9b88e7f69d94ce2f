package awselasticloadbalancingv2actions

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// AuthenticateCognitoActionProps configure a Cognito sign-in action.
type AuthenticateCognitoActionProps struct {
	// What to do once the user is signed in.
	Next           elbv2.ListenerAction       `field:"required" json:"next" yaml:"next"`
	UserPool       awscognito.IUserPool       `field:"required" json:"userPool" yaml:"userPool"`
	UserPoolClient awscognito.IUserPoolClient `field:"required" json:"userPoolClient" yaml:"userPoolClient"`
	UserPoolDomain awscognito.IUserPoolDomain `field:"required" json:"userPoolDomain" yaml:"userPoolDomain"`
	// Let the load balancer reach Cognito's endpoints on 443 (default true).
	AllowHttpsOutbound               *bool                       `field:"optional" json:"allowHttpsOutbound" yaml:"allowHttpsOutbound"`
	AuthenticationRequestExtraParams *map[string]*string         `field:"optional" json:"authenticationRequestExtraParams" yaml:"authenticationRequestExtraParams"`
	OnUnauthenticatedRequest         elbv2.UnauthenticatedAction `field:"optional" json:"onUnauthenticatedRequest" yaml:"onUnauthenticatedRequest"`
	Scope                            *string                     `field:"optional" json:"scope" yaml:"scope"`
	SessionCookieName                *string                     `field:"optional" json:"sessionCookieName" yaml:"sessionCookieName"`
	SessionTimeout                   awscdk.Duration             `field:"optional" json:"sessionTimeout" yaml:"sessionTimeout"`
}

// AuthenticateCognitoAction signs users in through a Cognito user pool,
// then runs the next action.
type AuthenticateCognitoAction interface {
	elbv2.ListenerAction
}

type cognitoAction struct {
	elbv2.ListenerAction
	allowHttpsOutbound bool
}

// The CloudFormation names of UnauthenticatedAction's members.
var unauthenticated = map[elbv2.UnauthenticatedAction]string{
	elbv2.UnauthenticatedAction_DENY:         "deny",
	elbv2.UnauthenticatedAction_ALLOW:        "allow",
	elbv2.UnauthenticatedAction_AUTHENTICATE: "authenticate",
}

// NewAuthenticateCognitoAction makes the action.
func NewAuthenticateCognitoAction(options *AuthenticateCognitoActionProps) AuthenticateCognitoAction {
	if options == nil || options.Next == nil || options.UserPool == nil || options.UserPoolClient == nil || options.UserPoolDomain == nil {
		diag.Panic("", "AuthenticateCognitoAction: next, userPool, userPoolClient and userPoolDomain are required")
	}
	var onUnauth *string
	if options.OnUnauthenticatedRequest != "" {
		v, ok := unauthenticated[options.OnUnauthenticatedRequest]
		if !ok {
			v = string(options.OnUnauthenticatedRequest)
		}
		onUnauth = jsii.String(v)
	}
	var extra interface{}
	if options.AuthenticationRequestExtraParams != nil {
		extra = options.AuthenticationRequestExtraParams
	}
	cfg := &elbv2.CfnListener_AuthenticateCognitoConfigProperty{
		UserPoolArn:                      options.UserPool.UserPoolArn(),
		UserPoolClientId:                 options.UserPoolClient.UserPoolClientId(),
		UserPoolDomain:                   options.UserPoolDomain.DomainName(),
		AuthenticationRequestExtraParams: extra,
		OnUnauthenticatedRequest:         onUnauth,
		Scope:                            options.Scope,
		SessionCookieName:                options.SessionCookieName,
	}
	rule := &elbv2.CfnListenerRule_AuthenticateCognitoConfigProperty{
		UserPoolArn:                      cfg.UserPoolArn,
		UserPoolClientId:                 cfg.UserPoolClientId,
		UserPoolDomain:                   cfg.UserPoolDomain,
		AuthenticationRequestExtraParams: extra,
		OnUnauthenticatedRequest:         onUnauth,
		Scope:                            cfg.Scope,
		SessionCookieName:                cfg.SessionCookieName,
	}
	// A listener takes the timeout as a string of seconds, a rule as a number.
	if options.SessionTimeout != nil {
		secs := options.SessionTimeout.ToSeconds(nil)
		cfg.SessionTimeout = jsii.String(fmt.Sprintf("%v", *secs))
		rule.SessionTimeout = secs
	}
	base := elbv2.NewListenerAction(&elbv2.CfnListener_ActionProperty{
		Type: jsii.String("authenticate-cognito"), AuthenticateCognitoConfig: cfg,
	}, options.Next)
	base.AddRuleAction(&elbv2.CfnListenerRule_ActionProperty{
		Type: jsii.String("authenticate-cognito"), AuthenticateCognitoConfig: rule,
	})
	return &cognitoAction{ListenerAction: base, allowHttpsOutbound: options.AllowHttpsOutbound == nil || *options.AllowHttpsOutbound}
}

// NewAuthenticateCognitoAction_Override makes a, a pointer to a struct
// embedding AuthenticateCognitoAction, a new AuthenticateCognitoAction.
func NewAuthenticateCognitoAction_Override(a AuthenticateCognitoAction, options *AuthenticateCognitoActionProps) {
	l2.Override[AuthenticateCognitoAction](a, NewAuthenticateCognitoAction(options))
}

// Bind joins the action to listener and, unless told not to, lets the
// load balancer reach Cognito on 443.
func (a *cognitoAction) Bind(scope constructs.Construct, listener elbv2.IApplicationListener, associatingConstruct constructs.IConstruct) {
	a.ListenerAction.Bind(scope, listener, associatingConstruct)
	if a.allowHttpsOutbound {
		listener.Connections().AllowToAnyIpv4(awsec2.Port_Tcp(jsii.Number(443)), jsii.String("Allow to IdP endpoint"))
	}
}

// The ListenerAction statics, as aws-cdk-go repeats them on the subclass.

func AuthenticateCognitoAction_AuthenticateJwt(options *elbv2.AuthenticateJwtOptions) elbv2.ListenerAction {
	return elbv2.ListenerAction_AuthenticateJwt(options)
}

func AuthenticateCognitoAction_AuthenticateOidc(options *elbv2.AuthenticateOidcOptions) elbv2.ListenerAction {
	return elbv2.ListenerAction_AuthenticateOidc(options)
}

func AuthenticateCognitoAction_FixedResponse(statusCode *float64, options *elbv2.FixedResponseOptions) elbv2.ListenerAction {
	return elbv2.ListenerAction_FixedResponse(statusCode, options)
}

func AuthenticateCognitoAction_Forward(targetGroups *[]elbv2.IApplicationTargetGroup, options *elbv2.ForwardOptions) elbv2.ListenerAction {
	return elbv2.ListenerAction_Forward(targetGroups, options)
}

func AuthenticateCognitoAction_Redirect(options *elbv2.RedirectOptions) elbv2.ListenerAction {
	return elbv2.ListenerAction_Redirect(options)
}

func AuthenticateCognitoAction_WeightedForward(targetGroups *[]*elbv2.WeightedTargetGroup, options *elbv2.ForwardOptions) elbv2.ListenerAction {
	return elbv2.ListenerAction_WeightedForward(targetGroups, options)
}
