package awsapigatewayv2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	v2 "github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	authz "github.com/strata-cdk/strata/awscdk/awsapigatewayv2authorizers"
	integ "github.com/strata-cdk/strata/awscdk/awsapigatewayv2integrations"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the WsMore stack in testdata/twins.js.
func wsMoreCase(s awscdk.Stack) {
	api := v2.NewWebSocketApi(s, jsii.String("Api"), &v2.WebSocketApiProps{RouteSelectionExpression: jsii.String("$request.body.type"),
		IpAddressType: v2.IpAddressType_IPV4, DisableSchemaValidation: jsii.Bool(true),
		ConnectRouteOptions: &v2.WebSocketRouteOptions{Integration: integ.NewWebSocketMockIntegration(jsii.String("ConnectMock"), nil),
			Authorizer: authz.NewWebSocketLambdaAuthorizer(jsii.String("Auth"), fn(s, "AuthFn"), nil)}})
	raw := v2.NewWebSocketAuthorizer(s, jsii.String("RawAuth"), &v2.WebSocketAuthorizerProps{WebSocketApi: api, IdentitySource: jsii.Strings("route.request.header.X"),
		Type: v2.WebSocketAuthorizerType_IAM})
	out(s, "RawAuthId", raw.AuthorizerId())
	direct := v2.NewWebSocketIntegration(s, jsii.String("Direct"), &v2.WebSocketIntegrationProps{WebSocketApi: api, IntegrationType: v2.WebSocketIntegrationType_AWS_PROXY,
		IntegrationUri:  jsii.String("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:f/invocations"),
		ContentHandling: v2.ContentHandling_CONVERT_TO_BINARY})
	out(s, "DirectId", direct.IntegrationId())
	dn := v2.NewDomainName(s, jsii.String("DN"), &v2.DomainNameProps{DomainName: jsii.String("ws.example.com"), Certificate: certificate(s, "Cert")})
	stage := v2.NewWebSocketStage(s, jsii.String("Stage"), &v2.WebSocketStageProps{StageName: jsii.String("prod"), WebSocketApi: api,
		DomainMapping: &v2.DomainMappingOptions{DomainName: dn, MappingKey: jsii.String("ws")}})
	imported := v2.WebSocketStage_FromWebSocketStageAttributes(s, jsii.String("ImportedStage"), &v2.WebSocketStageAttributes{Api: api, StageName: jsii.String("old")})
	awscloudwatch.NewAlarm(s, jsii.String("Imp"), &awscloudwatch.AlarmProps{Metric: imported.Metric(jsii.String("ConnectCount"), nil), Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
	awscloudwatch.NewAlarm(s, jsii.String("ApiAlarm"), &awscloudwatch.AlarmProps{Metric: api.Metric(jsii.String("MessageCount"), &awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(1))}),
		Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
	out(s, "StageName", stage.StageName())
	http := v2.NewHttpApi(s, jsii.String("Http"), nil)
	queue := awssqs.NewQueue(s, jsii.String("Queue"), nil)
	http.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpSqsIntegration(jsii.String("Delete"), &integ.HttpSqsIntegrationProps{Queue: queue, Subtype: v2.HttpIntegrationSubtype_SQS_DELETE_MESSAGE}),
		Path: jsii.String("/delete"), Methods: methods(v2.HttpMethod_POST)})
	http.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpSqsIntegration(jsii.String("Purge"), &integ.HttpSqsIntegrationProps{Queue: queue, Subtype: v2.HttpIntegrationSubtype_SQS_PURGE_QUEUE,
		ParameterMapping: v2.NewParameterMapping().Custom(jsii.String("QueueUrl"), queue.QueueUrl())}), Path: jsii.String("/purge"), Methods: methods(v2.HttpMethod_POST)})
	bus := awsevents.EventBus_FromEventBusName(s, jsii.String("Bus"), jsii.String("other-bus"))
	http.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpEventBridgeIntegration(jsii.String("Put"), &integ.HttpEventBridgeIntegrationProps{EventBusRef: bus.EventBusRef()}),
		Path: jsii.String("/put"), Methods: methods(v2.HttpMethod_POST)})
}

func TestWsMoreTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"WsMore": wsMoreCase}, nil)
}
