package awsapigatewayv2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	v2 "github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	authz "github.com/strata-cdk/strata/awscdk/awsapigatewayv2authorizers"
	integ "github.com/strata-cdk/strata/awscdk/awsapigatewayv2integrations"
	"github.com/strata-cdk/strata/jsii"
)

// Nil props behave as aws-cdk-lib's undefined: defaults where every prop is
// optional, otherwise a user error naming the construct, never a Go panic
// trace (synthErr fails the test on a non-user panic).
func TestNilProps(t *testing.T) {
	id := jsii.String("X")
	cases := map[string]func(s awscdk.Stack){
		"HttpApi":              func(s awscdk.Stack) { v2.NewHttpApi(s, id, nil) },
		"HttpRoute":            func(s awscdk.Stack) { v2.NewHttpRoute(s, id, nil) },
		"HttpStage":            func(s awscdk.Stack) { v2.NewHttpStage(s, id, nil) },
		"HttpIntegration":      func(s awscdk.Stack) { v2.NewHttpIntegration(s, id, nil) },
		"HttpAuthorizer":       func(s awscdk.Stack) { v2.NewHttpAuthorizer(s, id, nil) },
		"WebSocketApi":         func(s awscdk.Stack) { v2.NewWebSocketApi(s, id, nil) },
		"WebSocketRoute":       func(s awscdk.Stack) { v2.NewWebSocketRoute(s, id, nil) },
		"WebSocketStage":       func(s awscdk.Stack) { v2.NewWebSocketStage(s, id, nil) },
		"WebSocketIntegration": func(s awscdk.Stack) { v2.NewWebSocketIntegration(s, id, nil) },
		"WebSocketAuthorizer":  func(s awscdk.Stack) { v2.NewWebSocketAuthorizer(s, id, nil) },
		"DomainName":           func(s awscdk.Stack) { v2.NewDomainName(s, id, nil) },
		"ApiMapping":           func(s awscdk.Stack) { v2.NewApiMapping(s, id, nil) },
		"VpcLink":              func(s awscdk.Stack) { v2.NewVpcLink(s, id, nil) },
		"UsagePlan":            func(s awscdk.Stack) { v2.NewUsagePlan(s, id, nil) },
		"ApiKey":               func(s awscdk.Stack) { v2.NewApiKey(s, id, nil) },
		"RateLimitedApiKey":    func(s awscdk.Stack) { v2.NewRateLimitedApiKey(s, id, nil) },
		"AddRoute":             func(s awscdk.Stack) { v2.NewWebSocketApi(s, id, nil).AddRoute(jsii.String("r"), nil) },
		"AddRoutes":            func(s awscdk.Stack) { v2.NewHttpApi(s, id, nil).AddRoutes(nil) },
		"AddStage":             func(s awscdk.Stack) { v2.NewHttpApi(s, id, nil).AddStage(jsii.String("S2"), nil) },
		"AddVpcLink":           func(s awscdk.Stack) { v2.NewHttpApi(s, id, nil).AddVpcLink(nil) },
		"AddEndpoint": func(s awscdk.Stack) {
			v2.NewDomainName(s, id, &v2.DomainNameProps{DomainName: jsii.String("a.example.com")}).AddEndpoint(nil)
		},
		"ImportHttpApi":         func(s awscdk.Stack) { v2.HttpApi_FromHttpApiAttributes(s, id, nil) },
		"ImportWebSocketApi":    func(s awscdk.Stack) { v2.WebSocketApi_FromWebSocketApiAttributes(s, id, nil) },
		"ImportDomainName":      func(s awscdk.Stack) { v2.DomainName_FromDomainNameAttributes(s, id, nil) },
		"ImportApiMapping":      func(s awscdk.Stack) { v2.ApiMapping_FromApiMappingAttributes(s, id, nil) },
		"ImportVpcLink":         func(s awscdk.Stack) { v2.VpcLink_FromVpcLinkAttributes(s, id, nil) },
		"ImportWebSocketStage":  func(s awscdk.Stack) { v2.WebSocketStage_FromWebSocketStageAttributes(s, id, nil) },
		"ImportWsAuthorizer":    func(s awscdk.Stack) { v2.WebSocketAuthorizer_FromWebSocketAuthorizerAttributes(s, id, nil) },
		"WsMockNilProps":        func(s awscdk.Stack) { integ.NewWebSocketMockIntegration(id, nil) },
		"WsAwsNilProps":         func(s awscdk.Stack) { integ.NewWebSocketAwsIntegration(id, nil) },
		"SqsNilProps":           func(s awscdk.Stack) { integ.NewHttpSqsIntegration(id, nil) },
		"EventBridgeNilProps":   func(s awscdk.Stack) { integ.NewHttpEventBridgeIntegration(id, nil) },
		"WsLambdaAuthNilProps":  func(s awscdk.Stack) { authz.NewWebSocketLambdaAuthorizer(id, fn(s, "F"), nil) },
		"JwtNilId":              func(s awscdk.Stack) { authz.NewHttpJwtAuthorizer(nil, jsii.String("https://x"), nil) },
		"UsagePlanAddApiKeyNil": func(s awscdk.Stack) { v2.NewUsagePlan(s, id, nil).AddApiKey(nil, nil) },
	}
	for name, build := range cases {
		name, build := name, build
		t.Run(name, func(t *testing.T) {
			_ = synthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) })
		})
	}
}
