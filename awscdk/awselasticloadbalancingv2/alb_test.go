package awselasticloadbalancingv2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	targets "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2targets"
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
}

func stackProps(name string) *awscdk.StackProps {
	if name == "Public" {
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
}

func TestApplicationLoadBalancerErrors(t *testing.T) {
	checkErrors(t, errorCases, nil)
}
