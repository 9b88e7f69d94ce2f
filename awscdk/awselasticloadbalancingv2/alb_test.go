package awselasticloadbalancingv2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	acm "github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	cf "github.com/strata-cdk/strata/awscdk/awscloudfront"
	origins "github.com/strata-cdk/strata/awscdk/awscloudfrontorigins"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	targets "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2targets"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	r53targets "github.com/strata-cdk/strata/awscdk/awsroute53targets"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

func vpc(s awscdk.Stack, id string) awsec2.Vpc {
	return awsec2.NewVpc(s, jsii.String(id), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1), RestrictDefaultSecurityGroup: jsii.Bool(false)})
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Public": func(s awscdk.Stack) {
		v := vpc(s, "Vpc")
		lb := elbv2.NewApplicationLoadBalancer(s, jsii.String("Lb"), &elbv2.ApplicationLoadBalancerProps{Vpc: v, InternetFacing: jsii.Bool(true)})
		lb.AddRedirect(nil)
		https := lb.AddListener(jsii.String("Https"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(443),
			Certificates: &[]elbv2.IListenerCertificate{elbv2.ListenerCertificate_FromArn(jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/abc"))}})
		https.AddTargets(jsii.String("Api"), &elbv2.AddApplicationTargetsProps{Port: jsii.Number(8080),
			Targets:     &[]elbv2.IApplicationLoadBalancerTarget{targets.NewIpTarget(jsii.String("10.0.0.10"), nil, nil)},
			HealthCheck: &elbv2.HealthCheck{Path: jsii.String("/health"), Interval: awscdk.Duration_Seconds(jsii.Number(30)), HealthyHttpCodes: jsii.String("200-299")}})
		https.AddAction(jsii.String("Ok"), &elbv2.AddApplicationActionProps{Priority: jsii.Number(10),
			Conditions: &[]elbv2.ListenerCondition{elbv2.ListenerCondition_PathPatterns(jsii.Strings("/ok"))},
			Action:     elbv2.ListenerAction_FixedResponse(jsii.Number(200), &elbv2.FixedResponseOptions{ContentType: jsii.String("text/plain"), MessageBody: jsii.String("ok")})})
		logs := awss3.NewBucket(s, jsii.String("Logs"), nil)
		lb.LogAccessLogs(logs, jsii.String("alb"))
		awscloudwatch.NewAlarm(s, jsii.String("Errors"), &awscloudwatch.AlarmProps{Metric: lb.Metrics().HttpCodeElb(elbv2.HttpCodeElb_ELB_5XX_COUNT, nil),
			Threshold: jsii.Number(5), EvaluationPeriods: jsii.Number(1)})
		awscdk.NewCfnOutput(s, jsii.String("Dns"), &awscdk.CfnOutputProps{Value: lb.LoadBalancerDnsName()})
	},
	"Internal": func(s awscdk.Stack) {
		v := vpc(s, "Vpc")
		lb := elbv2.NewApplicationLoadBalancer(s, jsii.String("Lb"), &elbv2.ApplicationLoadBalancerProps{Vpc: v, LoadBalancerName: jsii.String("inner"),
			IdleTimeout: awscdk.Duration_Seconds(jsii.Number(120))})
		blue := elbv2.NewApplicationTargetGroup(s, jsii.String("Blue"), &elbv2.ApplicationTargetGroupProps{Vpc: v, Port: jsii.Number(80), TargetType: elbv2.TargetType_IP})
		green := elbv2.NewApplicationTargetGroup(s, jsii.String("Green"), &elbv2.ApplicationTargetGroupProps{Vpc: v, Protocol: elbv2.ApplicationProtocol_HTTP,
			TargetType: elbv2.TargetType_IP, DeregistrationDelay: awscdk.Duration_Seconds(jsii.Number(10))})
		green.ConfigureHealthCheck(&elbv2.HealthCheck{Path: jsii.String("/ping"), HealthyThresholdCount: jsii.Number(3)})
		l := lb.AddListener(jsii.String("Http"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(80), Open: jsii.Bool(false),
			DefaultAction: elbv2.ListenerAction_WeightedForward(&[]*elbv2.WeightedTargetGroup{
				{TargetGroup: blue, Weight: jsii.Number(80)}, {TargetGroup: green, Weight: jsii.Number(20)}}, nil)})
		l.AddAction(jsii.String("Old"), &elbv2.AddApplicationActionProps{Priority: jsii.Number(5),
			Conditions: &[]elbv2.ListenerCondition{elbv2.ListenerCondition_HostHeaders(jsii.Strings("old.example.com")),
				elbv2.ListenerCondition_PathPatterns(jsii.Strings("/a", "/b"))},
			Action: elbv2.ListenerAction_Redirect(&elbv2.RedirectOptions{Host: jsii.String("new.example.com"), Permanent: jsii.Bool(true)})})
		l.AddAction(jsii.String("Blue"), &elbv2.AddApplicationActionProps{Priority: jsii.Number(7),
			Conditions: &[]elbv2.ListenerCondition{elbv2.ListenerCondition_HttpHeader(jsii.String("X-Env"), jsii.Strings("blue"))},
			Action:     elbv2.ListenerAction_Forward(&[]elbv2.IApplicationTargetGroup{blue}, nil)})
		l.Connections().AllowDefaultPortFrom(awsec2.Peer_Ipv4(jsii.String("10.0.0.0/8")), nil)
		awscdk.NewCfnOutput(s, jsii.String("Arn"), &awscdk.CfnOutputProps{Value: l.ListenerArn()})
	},
	"Edge": func(s awscdk.Stack) {
		v := vpc(s, "Vpc")
		lb := elbv2.NewApplicationLoadBalancer(s, jsii.String("Lb"), &elbv2.ApplicationLoadBalancerProps{Vpc: v, InternetFacing: jsii.Bool(true),
			Http2Enabled: jsii.Bool(false), DropInvalidHeaderFields: jsii.Bool(true)})
		cert := acm.Certificate_FromCertificateArn(s, jsii.String("Cert"), jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/main"))
		https := lb.AddListener(jsii.String("Https"), &elbv2.BaseApplicationListenerProps{Protocol: elbv2.ApplicationProtocol_HTTPS,
			Certificates: &[]elbv2.IListenerCertificate{elbv2.ListenerCertificate_FromCertificateManager(cert)}, SslPolicy: elbv2.SslPolicy_RECOMMENDED_TLS})
		https.AddCertificates(jsii.String("More"), &[]elbv2.IListenerCertificate{
			elbv2.ListenerCertificate_FromArn(jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/b")),
			elbv2.ListenerCertificate_FromArn(jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/c"))})
		appSg := awsec2.NewSecurityGroup(s, jsii.String("AppSg"), &awsec2.SecurityGroupProps{Vpc: v})
		api := https.AddTargets(jsii.String("Api"), &elbv2.AddApplicationTargetsProps{Port: jsii.Number(8080),
			StickinessCookieDuration: awscdk.Duration_Hours(jsii.Number(1)), DeregistrationDelay: awscdk.Duration_Seconds(jsii.Number(5)),
			HealthCheck: &elbv2.HealthCheck{Path: jsii.String("/api/health"), Timeout: awscdk.Duration_Seconds(jsii.Number(5)), UnhealthyThresholdCount: jsii.Number(2)}})
		api.SetTargetType(elbv2.TargetType_IP)
		api.RegisterConnectable(appSg, nil)
		web := elbv2.NewApplicationTargetGroup(s, jsii.String("Web"), &elbv2.ApplicationTargetGroupProps{Vpc: v, Port: jsii.Number(3000),
			Protocol: elbv2.ApplicationProtocol_HTTP, TargetType: elbv2.TargetType_IP,
			Targets: &[]elbv2.IApplicationLoadBalancerTarget{targets.NewIpTarget(jsii.String("10.0.1.1"), jsii.Number(3001), jsii.String("all"))}})
		https.AddAction(jsii.String("Split"), &elbv2.AddApplicationActionProps{Priority: jsii.Number(20),
			Conditions: &[]elbv2.ListenerCondition{elbv2.ListenerCondition_HttpRequestMethods(jsii.Strings("GET")), elbv2.ListenerCondition_SourceIps(jsii.Strings("10.0.0.0/8"))},
			Action:     elbv2.ListenerAction_Forward(&[]elbv2.IApplicationTargetGroup{api, web}, &elbv2.ForwardOptions{StickinessDuration: awscdk.Duration_Minutes(jsii.Number(10))})})
		https.AddTargetGroups(jsii.String("Web"), &elbv2.AddApplicationTargetGroupsProps{TargetGroups: &[]elbv2.IApplicationTargetGroup{web}, Priority: jsii.Number(30),
			Conditions: &[]elbv2.ListenerCondition{elbv2.ListenerCondition_QueryStrings(&[]*elbv2.QueryStringCondition{{Key: jsii.String("v"), Value: jsii.String("2")}, {Value: jsii.String("x")}})}})
		awscloudwatch.NewAlarm(s, jsii.String("Healthy"), &awscloudwatch.AlarmProps{Metric: api.Metrics().HealthyHostCount(nil), Threshold: jsii.Number(1),
			EvaluationPeriods: jsii.Number(1), ComparisonOperator: awscloudwatch.ComparisonOperator_LESS_THAN_THRESHOLD})
		awscloudwatch.NewAlarm(s, jsii.String("Latency"), &awscloudwatch.AlarmProps{Metric: lb.Metrics().TargetResponseTime(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(1))}),
			Threshold: jsii.Number(2), EvaluationPeriods: jsii.Number(3)})
		zone := awsroute53.HostedZone_FromHostedZoneAttributes(s, jsii.String("Zone"), &awsroute53.HostedZoneAttributes{HostedZoneId: jsii.String("Z123"), ZoneName: jsii.String("example.com")})
		awsroute53.NewARecord(s, jsii.String("Api"), &awsroute53.ARecordProps{Zone: zone, RecordName: jsii.String("api"),
			Target: awsroute53.RecordTarget_FromAlias(r53targets.NewLoadBalancerTarget(lb, nil))})
		cf.NewDistribution(s, jsii.String("Cdn"), &cf.DistributionProps{
			DefaultBehavior: &cf.BehaviorOptions{Origin: origins.NewLoadBalancerV2Origin(lb, &origins.LoadBalancerV2OriginProps{ProtocolPolicy: cf.OriginProtocolPolicy_HTTPS_ONLY})},
			AdditionalBehaviors: &map[string]*cf.BehaviorOptions{"/api/*": {Origin: origins.NewLoadBalancerV2Origin(lb, &origins.LoadBalancerV2OriginProps{ReadTimeout: awscdk.Duration_Seconds(jsii.Number(60))}),
				AllowedMethods: cf.AllowedMethods_ALLOW_ALL(), CachePolicy: cf.CachePolicy_CACHING_DISABLED()}},
		})
	},
	"Imported": func(s awscdk.Stack) {
		lbArn := jsii.String("arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/my-lb/50dc6c495c0c9188")
		lb := elbv2.ApplicationLoadBalancer_FromApplicationLoadBalancerAttributes(s, jsii.String("Lb"), &elbv2.ApplicationLoadBalancerAttributes{
			LoadBalancerArn: lbArn, SecurityGroupId: jsii.String("sg-0123456789abcdef0"),
			LoadBalancerDnsName: jsii.String("my-lb-1.us-east-1.elb.amazonaws.com"), LoadBalancerCanonicalHostedZoneId: jsii.String("Z35SXDOTRQ7X7K"),
			SecurityGroupAllowsAllOutbound: jsii.Bool(false)})
		lb.AddListener(jsii.String("Http"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(8080),
			DefaultAction: elbv2.ListenerAction_FixedResponse(jsii.Number(503), &elbv2.FixedResponseOptions{MessageBody: jsii.String("down")})})
		sg := awsec2.SecurityGroup_FromSecurityGroupId(s, jsii.String("ListenerSg"), jsii.String("sg-0123456789abcdef1"), nil)
		l := elbv2.ApplicationListener_FromApplicationListenerAttributes(s, jsii.String("Listener"), &elbv2.ApplicationListenerAttributes{
			ListenerArn: jsii.String("arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/app/my-lb/50dc6c495c0c9188/f2f7dc8efc522ab2"), SecurityGroup: sg})
		tg := elbv2.ApplicationTargetGroup_FromTargetGroupAttributes(s, jsii.String("Tg"), &elbv2.TargetGroupAttributes{
			TargetGroupArn: jsii.String("arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/my-tg/73e2d6bc24d8a067"), LoadBalancerArns: lbArn})
		l.AddTargetGroups(jsii.String("Tg"), &elbv2.AddApplicationTargetGroupsProps{TargetGroups: &[]elbv2.IApplicationTargetGroup{tg}, Priority: jsii.Number(4),
			Conditions: &[]elbv2.ListenerCondition{elbv2.ListenerCondition_PathPatterns(jsii.Strings("/tg/*"))}})
		l.AddAction(jsii.String("Deny"), &elbv2.AddApplicationActionProps{Priority: jsii.Number(5),
			Conditions: &[]elbv2.ListenerCondition{elbv2.ListenerCondition_SourceIps(jsii.Strings("192.0.2.0/24"))}, Action: elbv2.ListenerAction_FixedResponse(jsii.Number(403), nil)})
		awscloudwatch.NewAlarm(s, jsii.String("Requests"), &awscloudwatch.AlarmProps{Metric: lb.Metrics().RequestCount(nil), Threshold: jsii.Number(100), EvaluationPeriods: jsii.Number(1)})
		awscloudwatch.NewAlarm(s, jsii.String("Unhealthy"), &awscloudwatch.AlarmProps{Metric: tg.Metrics().UnhealthyHostCount(nil), Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		awscdk.NewCfnOutput(s, jsii.String("Name"), &awscdk.CfnOutputProps{Value: tg.TargetGroupName()})
		nlbArn := jsii.String("arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/my-nlb/50dc6c495c0c9189")
		nlb := elbv2.NetworkLoadBalancer_FromNetworkLoadBalancerAttributes(s, jsii.String("Nlb"), &elbv2.NetworkLoadBalancerAttributes{LoadBalancerArn: nlbArn,
			Vpc: awsec2.Vpc_FromVpcAttributes(s, jsii.String("ImpVpc"), &awsec2.VpcAttributes{VpcId: jsii.String("vpc-12345678"), AvailabilityZones: jsii.Strings("us-east-1a")})})
		ntg := elbv2.NetworkTargetGroup_FromTargetGroupAttributes(s, jsii.String("Ntg"), &elbv2.TargetGroupAttributes{
			TargetGroupArn: jsii.String("arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/my-ntg/73e2d6bc24d8a068"), LoadBalancerArns: nlbArn})
		nlb.AddListener(jsii.String("Tcp"), &elbv2.BaseNetworkListenerProps{Port: jsii.Number(22), DefaultTargetGroups: &[]elbv2.INetworkTargetGroup{ntg}})
		awscloudwatch.NewAlarm(s, jsii.String("NetUnhealthy"), &awscloudwatch.AlarmProps{Metric: ntg.Metrics().UnHealthyHostCount(nil), Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		awscloudwatch.NewAlarm(s, jsii.String("NetFlows"), &awscloudwatch.AlarmProps{Metric: nlb.Metrics().NewFlowCount(nil), Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		awscdk.NewCfnOutput(s, jsii.String("NetListener"), &awscdk.CfnOutputProps{Value: elbv2.NetworkListener_FromNetworkListenerArn(s, jsii.String("NetL"),
			jsii.String("arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/net/my-nlb/50dc6c495c0c9189/abc")).ListenerArn()})
	},
	"Lambda": func(s awscdk.Stack) {
		v := vpc(s, "Vpc")
		fn := awslambda.NewFunction(s, jsii.String("Fn"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_NODEJS_22_X(), Handler: jsii.String("index.handler"),
			Code: awslambda.Code_FromInline(jsii.String("exports.handler = async () => ({ statusCode: 200 })"))})
		lb := elbv2.NewApplicationLoadBalancer(s, jsii.String("Lb"), &elbv2.ApplicationLoadBalancerProps{Vpc: v})
		l := lb.AddListener(jsii.String("Http"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(80), Open: jsii.Bool(false)})
		l.AddTargets(jsii.String("Fn"), &elbv2.AddApplicationTargetsProps{Targets: &[]elbv2.IApplicationLoadBalancerTarget{targets.NewLambdaTarget(fn)},
			HealthCheck: &elbv2.HealthCheck{Enabled: jsii.Bool(true)}})
	},
	"Auth": func(s awscdk.Stack) {
		v := vpc(s, "Vpc")
		lb := elbv2.NewApplicationLoadBalancer(s, jsii.String("Lb"), &elbv2.ApplicationLoadBalancerProps{Vpc: v, InternetFacing: jsii.Bool(true)})
		tg := elbv2.NewApplicationTargetGroup(s, jsii.String("Tg"), &elbv2.ApplicationTargetGroupProps{Vpc: v, Port: jsii.Number(80), TargetType: elbv2.TargetType_IP})
		oidc := func(timeout awscdk.Duration, scope *string, extra *map[string]*string, un elbv2.UnauthenticatedAction, outbound *bool) elbv2.ListenerAction {
			return elbv2.ListenerAction_AuthenticateOidc(&elbv2.AuthenticateOidcOptions{AuthorizationEndpoint: jsii.String("https://idp.example.com/auth"),
				ClientId: jsii.String("client"), ClientSecret: awscdk.SecretValue_UnsafePlainText(jsii.String("secret")), Issuer: jsii.String("https://idp.example.com"),
				TokenEndpoint: jsii.String("https://idp.example.com/token"), UserInfoEndpoint: jsii.String("https://idp.example.com/userinfo"),
				Scope: scope, SessionTimeout: timeout, AuthenticationRequestExtraParams: extra, OnUnauthenticatedRequest: un, AllowHttpsOutbound: outbound,
				Next: elbv2.ListenerAction_Forward(&[]elbv2.IApplicationTargetGroup{tg}, nil)})
		}
		l := lb.AddListener(jsii.String("Https"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(443),
			Certificates:  &[]elbv2.IListenerCertificate{elbv2.ListenerCertificate_FromArn(jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/abc"))},
			DefaultAction: oidc(awscdk.Duration_Hours(jsii.Number(8)), jsii.String("openid email"), &map[string]*string{"a": jsii.String("1"), "b": jsii.String("2")}, elbv2.UnauthenticatedAction_AUTHENTICATE, nil)})
		l.AddAction(jsii.String("Api"), &elbv2.AddApplicationActionProps{Priority: jsii.Number(1),
			Conditions: &[]elbv2.ListenerCondition{elbv2.ListenerCondition_PathPatterns(jsii.Strings("/api/*"))},
			Action: elbv2.ListenerAction_AuthenticateJwt(&elbv2.AuthenticateJwtOptions{Issuer: jsii.String("https://idp.example.com"), JwksEndpoint: jsii.String("https://idp.example.com/jwks"),
				Next: elbv2.ListenerAction_FixedResponse(jsii.Number(200), &elbv2.FixedResponseOptions{MessageBody: jsii.String("ok")})})})
		l.AddAction(jsii.String("Sso"), &elbv2.AddApplicationActionProps{Priority: jsii.Number(2),
			Conditions: &[]elbv2.ListenerCondition{elbv2.ListenerCondition_PathPatterns(jsii.Strings("/sso/*"))},
			Action:     oidc(awscdk.Duration_Hours(jsii.Number(1)), nil, nil, "", jsii.Bool(false))})
	},
	"Network": func(s awscdk.Stack) {
		v := vpc(s, "Vpc")
		lb := elbv2.NewNetworkLoadBalancer(s, jsii.String("Lb"), &elbv2.NetworkLoadBalancerProps{Vpc: v, InternetFacing: jsii.Bool(true), CrossZoneEnabled: jsii.Bool(true)})
		l := lb.AddListener(jsii.String("Tcp"), &elbv2.BaseNetworkListenerProps{Port: jsii.Number(443)})
		svc := l.AddTargets(jsii.String("Svc"), &elbv2.AddNetworkTargetsProps{Port: jsii.Number(8443),
			Targets:     &[]elbv2.INetworkLoadBalancerTarget{targets.NewIpTarget(jsii.String("10.0.0.5"), nil, nil)},
			HealthCheck: &elbv2.HealthCheck{Port: jsii.String("8080"), Protocol: elbv2.Protocol_HTTP, Path: jsii.String("/h")}})
		udp := elbv2.NewNetworkTargetGroup(s, jsii.String("Dns"), &elbv2.NetworkTargetGroupProps{Vpc: v, Port: jsii.Number(53), Protocol: elbv2.Protocol_UDP,
			TargetType: elbv2.TargetType_IP, PreserveClientIp: jsii.Bool(true)})
		lb.AddListener(jsii.String("Udp"), &elbv2.BaseNetworkListenerProps{Port: jsii.Number(53), Protocol: elbv2.Protocol_UDP,
			DefaultTargetGroups: &[]elbv2.INetworkTargetGroup{udp}})
		inner := elbv2.NewNetworkLoadBalancer(s, jsii.String("Inner"), &elbv2.NetworkLoadBalancerProps{Vpc: v, DisableSecurityGroups: jsii.Bool(true)})
		inner.AddListener(jsii.String("Tls"), &elbv2.BaseNetworkListenerProps{Port: jsii.Number(443),
			Certificates: &[]elbv2.IListenerCertificate{elbv2.ListenerCertificate_FromArn(jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/abc")),
				elbv2.ListenerCertificate_FromArn(jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/def"))},
			DefaultAction: elbv2.NetworkListenerAction_Forward(&[]elbv2.INetworkTargetGroup{svc}, nil)})
		awscloudwatch.NewAlarm(s, jsii.String("Flows"), &awscloudwatch.AlarmProps{Metric: lb.Metrics().ActiveFlowCount(nil), Threshold: jsii.Number(10), EvaluationPeriods: jsii.Number(1)})
		awscloudwatch.NewAlarm(s, jsii.String("Healthy"), &awscloudwatch.AlarmProps{Metric: svc.Metrics().HealthyHostCount(nil), Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		awscdk.NewCfnOutput(s, jsii.String("DnsName"), &awscdk.CfnOutputProps{Value: lb.LoadBalancerDnsName()})
		alb := elbv2.NewApplicationLoadBalancer(s, jsii.String("Alb"), &elbv2.ApplicationLoadBalancerProps{Vpc: v})
		albListener := alb.AddListener(jsii.String("Http"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(80), Open: jsii.Bool(false),
			DefaultAction: elbv2.ListenerAction_FixedResponse(jsii.Number(200), nil)})
		lb.AddListener(jsii.String("ToAlb"), &elbv2.BaseNetworkListenerProps{Port: jsii.Number(80)}).AddTargets(jsii.String("Alb"),
			&elbv2.AddNetworkTargetsProps{Port: jsii.Number(80), Targets: &[]elbv2.INetworkLoadBalancerTarget{targets.NewAlbListenerTarget(albListener)}})
	},
}

func stackProps(name string) *awscdk.StackProps {
	if name == "Public" || name == "Edge" {
		return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("us-east-1")}}
	}
	return nil
}

func TestApplicationLoadBalancerTemplates(t *testing.T) {
	checkTemplates(t, templateCases, stackProps)
}

func newLb(s awscdk.Stack) elbv2.ApplicationLoadBalancer {
	return elbv2.NewApplicationLoadBalancer(s, jsii.String("Lb"), &elbv2.ApplicationLoadBalancerProps{Vpc: awsec2.NewVpc(s, jsii.String("V"), nil)})
}

var errorCases = map[string]func(s awscdk.Stack){
	"NoPort": func(s awscdk.Stack) { newLb(s).AddListener(jsii.String("L"), nil) },
	"NoCert": func(s awscdk.Stack) {
		newLb(s).AddListener(jsii.String("L"), &elbv2.BaseApplicationListenerProps{Protocol: elbv2.ApplicationProtocol_HTTPS,
			DefaultAction: elbv2.ListenerAction_FixedResponse(jsii.Number(404), nil)})
	},
	"NoAction": func(s awscdk.Stack) {
		newLb(s).AddListener(jsii.String("L"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(80)})
	},
	"TwoDefaults": func(s awscdk.Stack) {
		newLb(s).AddListener(jsii.String("L"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(80),
			DefaultAction:       elbv2.ListenerAction_FixedResponse(jsii.Number(404), nil),
			DefaultTargetGroups: &[]elbv2.IApplicationTargetGroup{elbv2.NewApplicationTargetGroup(s, jsii.String("T"), &elbv2.ApplicationTargetGroupProps{Port: jsii.Number(80)})}})
	},
	"PriorityNoConditions": func(s awscdk.Stack) {
		newLb(s).AddListener(jsii.String("L"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(80),
			DefaultAction: elbv2.ListenerAction_FixedResponse(jsii.Number(404), nil)}).
			AddAction(jsii.String("A"), &elbv2.AddApplicationActionProps{Priority: jsii.Number(3), Action: elbv2.ListenerAction_FixedResponse(jsii.Number(200), nil)})
	},
	"JwtOnHttp": func(s awscdk.Stack) {
		newLb(s).AddListener(jsii.String("L"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(80),
			DefaultAction: elbv2.ListenerAction_AuthenticateJwt(&elbv2.AuthenticateJwtOptions{Issuer: jsii.String("i"), JwksEndpoint: jsii.String("https://x/jwks"),
				Next: elbv2.ListenerAction_FixedResponse(jsii.Number(401), nil)})})
	},
	"JwksHttp": func(s awscdk.Stack) {
		elbv2.ListenerAction_AuthenticateJwt(&elbv2.AuthenticateJwtOptions{Issuer: jsii.String("i"), JwksEndpoint: jsii.String("http://x/jwks"),
			Next: elbv2.ListenerAction_FixedResponse(jsii.Number(401), nil)})
	},
	"UnknownPort": func(s awscdk.Stack) {
		elbv2.NewApplicationTargetGroup(s, jsii.String("T"), &elbv2.ApplicationTargetGroupProps{Port: jsii.Number(3000)})
	},
	"RedirectLoop": func(s awscdk.Stack) {
		elbv2.ListenerAction_Redirect(&elbv2.RedirectOptions{Permanent: jsii.Bool(true)})
	},
	"RedirectPath": func(s awscdk.Stack) { elbv2.ListenerAction_Redirect(&elbv2.RedirectOptions{Path: jsii.String("x")}) },
	"AccessLogsAgnostic": func(s awscdk.Stack) {
		newLb(s).LogAccessLogs(awss3.NewBucket(s, jsii.String("B"), nil), nil)
	},
	"HealthTimeout": func(s awscdk.Stack) {
		elbv2.NewApplicationTargetGroup(s, jsii.String("T"), &elbv2.ApplicationTargetGroupProps{Vpc: awsec2.NewVpc(s, jsii.String("V"), nil), Port: jsii.Number(80),
			TargetType: elbv2.TargetType_IP, HealthCheck: &elbv2.HealthCheck{Interval: awscdk.Duration_Seconds(jsii.Number(5)),
				Timeout: awscdk.Duration_Seconds(jsii.Number(10)), Protocol: elbv2.Protocol_TCP}})
	},
}

func TestApplicationLoadBalancerErrors(t *testing.T) {
	all := map[string]func(s awscdk.Stack){}
	for _, m := range []map[string]func(s awscdk.Stack){errorCases, extraErrorCases, lookupErrorCases, baseErrorCases} {
		for k, v := range m {
			all[k] = v
		}
	}
	checkErrors(t, all, nil)
}
