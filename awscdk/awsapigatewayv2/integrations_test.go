package awsapigatewayv2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	v2 "github.com/strata-cdk/strata/awscdk/awsapigatewayv2"
	integ "github.com/strata-cdk/strata/awscdk/awsapigatewayv2integrations"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awsservicediscovery"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the Integrations stack in testdata/twins.js.
func integrationsCase(s awscdk.Stack) {
	api := v2.NewHttpApi(s, jsii.String("Api"), nil)
	queue := awssqs.NewQueue(s, jsii.String("Queue"), nil)
	api.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpSqsIntegration(jsii.String("Send"), &integ.HttpSqsIntegrationProps{Queue: queue}), Path: jsii.String("/send"), Methods: methods(v2.HttpMethod_POST)})
	api.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpSqsIntegration(jsii.String("Receive"), &integ.HttpSqsIntegrationProps{Queue: queue, Subtype: v2.HttpIntegrationSubtype_SQS_RECEIVE_MESSAGE}),
		Path: jsii.String("/receive"), Methods: methods(v2.HttpMethod_POST)})
	bus := awsevents.NewEventBus(s, jsii.String("Bus"), nil)
	api.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpEventBridgeIntegration(jsii.String("Events"), &integ.HttpEventBridgeIntegrationProps{EventBusRef: bus.EventBusRef()}),
		Path: jsii.String("/events"), Methods: methods(v2.HttpMethod_POST)})
	api.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpEventBridgeIntegration(jsii.String("Custom"), &integ.HttpEventBridgeIntegrationProps{EventBusRef: bus.EventBusRef(),
		ParameterMapping: v2.NewParameterMapping().Custom(jsii.String("Detail"), jsii.String("$request.body"))}), Path: jsii.String("/custom"), Methods: methods(v2.HttpMethod_PUT)})
	vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1), RestrictDefaultSecurityGroup: jsii.Bool(false)})
	alb := awselasticloadbalancingv2.NewApplicationLoadBalancer(s, jsii.String("Alb"), &awselasticloadbalancingv2.ApplicationLoadBalancerProps{Vpc: vpc})
	listener := alb.AddListener(jsii.String("Listener"), &awselasticloadbalancingv2.BaseApplicationListenerProps{Port: jsii.Number(80),
		DefaultAction: awselasticloadbalancingv2.ListenerAction_FixedResponse(jsii.Number(200), nil)})
	api.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpAlbIntegration(jsii.String("Alb"), listener, &integ.HttpAlbIntegrationProps{Method: v2.HttpMethod_GET,
		SecureServerName: jsii.String("alb.example.com"), Timeout: awscdk.Duration_Seconds(jsii.Number(10))}), Path: jsii.String("/alb")})
	sg := awsec2.NewSecurityGroup(s, jsii.String("LinkSg"), &awsec2.SecurityGroupProps{Vpc: vpc})
	link := v2.NewVpcLink(s, jsii.String("Link"), &v2.VpcLinkProps{Vpc: vpc, SecurityGroups: &[]interfacesawsec2.ISecurityGroupRef{sg},
		Subnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC}, VpcLinkName: jsii.String("my-link")})
	nlbListener := awselasticloadbalancingv2.NetworkListener_FromNetworkListenerArn(s, jsii.String("Nlb"), jsii.String("arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/net/nlb/1/2"))
	api.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpNlbIntegration(jsii.String("Nlb"), nlbListener, &integ.HttpNlbIntegrationProps{VpcLink: link}), Path: jsii.String("/nlb")})
	service := awsservicediscovery.NewCfnService(s, jsii.String("Service"), &awsservicediscovery.CfnServiceProps{Name: jsii.String("svc")})
	api.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpServiceDiscoveryIntegration(jsii.String("Cloudmap"), service, &integ.HttpServiceDiscoveryIntegrationProps{VpcLink: link,
		ParameterMapping: v2.NewParameterMapping().OverwritePath(v2.MappingValue_RequestPath())}), Path: jsii.String("/svc")})
	again := api.AddVpcLink(&v2.VpcLinkProps{Vpc: vpc})
	out(s, "SameLink", again.VpcLinkId())
	imported := v2.VpcLink_FromVpcLinkAttributes(s, jsii.String("ImportedLink"), &v2.VpcLinkAttributes{Vpc: vpc, VpcLinkId: jsii.String("link-1")})
	api.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpAlbIntegration(jsii.String("AlbImportedLink"), listener, &integ.HttpAlbIntegrationProps{VpcLink: imported}), Path: jsii.String("/alb2")})
	out(s, "HelperArn", v2.HttpApiHelper_FromHttpApi(api).ArnForExecuteApi(jsii.String("GET"), jsii.String("/x"), jsii.String("prod")))
	nlb := awselasticloadbalancingv2.NewNetworkLoadBalancer(s, jsii.String("OwnedNlb"), &awselasticloadbalancingv2.NetworkLoadBalancerProps{Vpc: vpc})
	tg := awselasticloadbalancingv2.NewNetworkTargetGroup(s, jsii.String("Tg"), &awselasticloadbalancingv2.NetworkTargetGroupProps{Vpc: vpc, Port: jsii.Number(80)})
	owned := nlb.AddListener(jsii.String("L"), &awselasticloadbalancingv2.BaseNetworkListenerProps{Port: jsii.Number(80), DefaultTargetGroups: &[]awselasticloadbalancingv2.INetworkTargetGroup{tg}})
	api.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpNlbIntegration(jsii.String("OwnedNlb"), owned, &integ.HttpNlbIntegrationProps{Method: v2.HttpMethod_GET}), Path: jsii.String("/owned-nlb")})
}

// The Go twin of the StepFunctions stack in testdata/twins.js.
func stepFunctionsCase(s awscdk.Stack) {
	api := v2.NewHttpApi(s, jsii.String("Api"), nil)
	standard := awsstepfunctions.NewStateMachine(s, jsii.String("Standard"), &awsstepfunctions.StateMachineProps{
		DefinitionBody: awsstepfunctions.DefinitionBody_FromChainable(awsstepfunctions.NewPass(s, jsii.String("P1"), nil))})
	express := awsstepfunctions.NewStateMachine(s, jsii.String("Express"), &awsstepfunctions.StateMachineProps{StateMachineType: awsstepfunctions.StateMachineType_EXPRESS,
		DefinitionBody: awsstepfunctions.DefinitionBody_FromChainable(awsstepfunctions.NewPass(s, jsii.String("P2"), nil))})
	api.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpStepFunctionsIntegration(jsii.String("Start"), &integ.HttpStepFunctionsIntegrationProps{StateMachine: standard}),
		Path: jsii.String("/start"), Methods: methods(v2.HttpMethod_POST)})
	api.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpStepFunctionsIntegration(jsii.String("Sync"), &integ.HttpStepFunctionsIntegrationProps{StateMachine: express,
		Subtype: v2.HttpIntegrationSubtype_STEPFUNCTIONS_START_SYNC_EXECUTION}), Path: jsii.String("/sync"), Methods: methods(v2.HttpMethod_POST)})
	api.AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpStepFunctionsIntegration(jsii.String("Stop"), &integ.HttpStepFunctionsIntegrationProps{StateMachine: standard,
		Subtype:          v2.HttpIntegrationSubtype_STEPFUNCTIONS_STOP_EXECUTION,
		ParameterMapping: v2.NewParameterMapping().Custom(jsii.String("ExecutionArn"), jsii.String("$request.querystring.executionArn"))}),
		Path: jsii.String("/stop"), Methods: methods(v2.HttpMethod_DELETE)})
}

func TestIntegrationTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"Integrations": integrationsCase, "StepFunctions": stepFunctionsCase}, nil)
}

func init() {
	sfnRoute := func(s awscdk.Stack, subtype v2.HttpIntegrationSubtype) {
		sm := awsstepfunctions.NewStateMachine(s, jsii.String("SM"), &awsstepfunctions.StateMachineProps{
			DefinitionBody: awsstepfunctions.DefinitionBody_FromChainable(awsstepfunctions.NewPass(s, jsii.String("P"), nil))})
		v2.NewHttpApi(s, jsii.String("A"), nil).AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpStepFunctionsIntegration(jsii.String("F"),
			&integ.HttpStepFunctionsIntegrationProps{StateMachine: sm, Subtype: subtype}), Path: jsii.String("/x")})
	}
	errorCases["SfnBadSubtype"] = func(s awscdk.Stack) { sfnRoute(s, v2.HttpIntegrationSubtype_SQS_PURGE_QUEUE) }
	errorCases["SfnSyncStandard"] = func(s awscdk.Stack) { sfnRoute(s, v2.HttpIntegrationSubtype_STEPFUNCTIONS_START_SYNC_EXECUTION) }
	errorCases["SqsBadSubtype"] = func(s awscdk.Stack) {
		v2.NewHttpApi(s, jsii.String("A"), nil).AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpSqsIntegration(jsii.String("Q"), &integ.HttpSqsIntegrationProps{
			Queue: awssqs.NewQueue(s, jsii.String("Queue"), nil), Subtype: v2.HttpIntegrationSubtype_EVENTBRIDGE_PUT_EVENTS}), Path: jsii.String("/x")})
	}
	errorCases["CloudMapWithoutVpcLink"] = func(s awscdk.Stack) {
		v2.NewHttpApi(s, jsii.String("A"), nil).AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpServiceDiscoveryIntegration(jsii.String("C"),
			awsservicediscovery.NewCfnService(s, jsii.String("Svc"), &awsservicediscovery.CfnServiceProps{}), nil), Path: jsii.String("/x")})
	}
	errorCases["NlbImportedWithoutVpcLink"] = func(s awscdk.Stack) {
		v2.NewHttpApi(s, jsii.String("A"), nil).AddRoutes(&v2.AddRoutesOptions{Integration: integ.NewHttpNlbIntegration(jsii.String("N"),
			awselasticloadbalancingv2.NetworkListener_FromNetworkListenerArn(s, jsii.String("L"), jsii.String("arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/net/nlb/1/2")), nil),
			Path: jsii.String("/x")})
	}
}
