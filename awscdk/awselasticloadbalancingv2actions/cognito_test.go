package awselasticloadbalancingv2actions_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	actions "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2actions"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// Each case is built exactly as its twin in testdata/twins.js.
func TestTemplates(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){
		"Cognito": func(s awscdk.Stack) {
			vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(0), RestrictDefaultSecurityGroup: jsii.Bool(false)})
			lb := elbv2.NewApplicationLoadBalancer(s, jsii.String("Lb"), &elbv2.ApplicationLoadBalancerProps{Vpc: vpc, InternetFacing: jsii.Bool(true)})
			pool := awscognito.NewUserPool(s, jsii.String("Pool"), nil)
			client := pool.AddClient(jsii.String("Client"), &awscognito.UserPoolClientOptions{
				GenerateSecret: jsii.Bool(true),
				OAuth: &awscognito.OAuthSettings{
					Flows:        &awscognito.OAuthFlows{AuthorizationCodeGrant: jsii.Bool(true)},
					Scopes:       &[]awscognito.OAuthScope{awscognito.OAuthScope_EMAIL()},
					CallbackUrls: jsii.Strings("https://app.example.com/oauth2/idpresponse"),
				},
			})
			domain := pool.AddDomain(jsii.String("Domain"), &awscognito.UserPoolDomainOptions{
				CognitoDomain: &awscognito.CognitoDomainOptions{DomainPrefix: jsii.String("strata-test")},
			})
			l := lb.AddListener(jsii.String("Https"), &elbv2.BaseApplicationListenerProps{
				Port:         jsii.Number(443),
				Certificates: &[]elbv2.IListenerCertificate{elbv2.ListenerCertificate_FromArn(jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/abc"))},
				DefaultAction: actions.NewAuthenticateCognitoAction(&actions.AuthenticateCognitoActionProps{
					UserPool: pool, UserPoolClient: client, UserPoolDomain: domain,
					Next: elbv2.ListenerAction_FixedResponse(jsii.Number(200), &elbv2.FixedResponseOptions{ContentType: jsii.String("text/plain"), MessageBody: jsii.String("signed in")}),
				}),
			})
			l.AddAction(jsii.String("Admin"), &elbv2.AddApplicationActionProps{
				Priority:   jsii.Number(5),
				Conditions: &[]elbv2.ListenerCondition{elbv2.ListenerCondition_PathPatterns(jsii.Strings("/admin/*"))},
				Action: actions.NewAuthenticateCognitoAction(&actions.AuthenticateCognitoActionProps{
					UserPool: pool, UserPoolClient: client, UserPoolDomain: domain,
					SessionTimeout:                   awscdk.Duration_Hours(jsii.Number(1)),
					OnUnauthenticatedRequest:         elbv2.UnauthenticatedAction_DENY,
					Scope:                            jsii.String("openid email"),
					SessionCookieName:                jsii.String("admin"),
					AuthenticationRequestExtraParams: &map[string]*string{"display": jsii.String("page")},
					AllowHttpsOutbound:               jsii.Bool(false),
					Next:                             elbv2.ListenerAction_FixedResponse(jsii.Number(403), nil),
				}),
			})
		},
	}, nil, nil)
}

// Missing required props end in a clear error, not a Go panic trace.
func TestRequiredProps(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		actions.NewAuthenticateCognitoAction(&actions.AuthenticateCognitoActionProps{})
	})
	if err == nil {
		t.Fatal("no error")
	}
}
