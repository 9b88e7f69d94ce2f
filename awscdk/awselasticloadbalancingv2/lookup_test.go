package awselasticloadbalancingv2_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

const (
	lookupAccount = "123456789012"
	edgeNlbArn    = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/edge/0123456789abcdef"
	shopAlbArn    = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/shop/abcdef0123456789"
)

func lookupProps(string) *awscdk.StackProps {
	return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String(lookupAccount), Region: jsii.String("us-east-1")}}
}

func maintenance(l elbv2.IApplicationListener) {
	l.AddAction(jsii.String("Maint"), &elbv2.AddApplicationActionProps{Priority: jsii.Number(1),
		Conditions: &[]elbv2.ListenerCondition{elbv2.ListenerCondition_PathPatterns(jsii.Strings("/maint"))},
		Action:     elbv2.ListenerAction_FixedResponse(jsii.Number(503), nil)})
	l.Connections().AllowDefaultPortFrom(awsec2.Peer_Ipv4(jsii.String("10.1.0.0/16")), nil)
}

// The Go twins of the LookupMissing and LookupFound stacks in testdata/twins.js.
var lookupCases = map[string]func(s awscdk.Stack){
	"LookupMissing": func(s awscdk.Stack) {
		alb := elbv2.ApplicationLoadBalancer_FromLookup(s, jsii.String("Alb"), &elbv2.ApplicationLoadBalancerLookupOptions{
			LoadBalancerTags: &map[string]*string{"stage": jsii.String("prod"), "app": jsii.String("shop")}})
		alb.AddListener(jsii.String("Http"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(80), DefaultAction: okResponse()})
		out(s, "AlbDns", alb.LoadBalancerDnsName())
		out(s, "AlbZone", alb.LoadBalancerCanonicalHostedZoneId())
		out(s, "AlbVpc", alb.Vpc().VpcId())
		nlb := elbv2.NetworkLoadBalancer_FromLookup(s, jsii.String("Nlb"), &elbv2.NetworkLoadBalancerLookupOptions{LoadBalancerArn: jsii.String(edgeNlbArn)})
		tg := elbv2.NetworkTargetGroup_FromTargetGroupAttributes(s, jsii.String("Tg"), &elbv2.TargetGroupAttributes{
			TargetGroupArn: jsii.String("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef")})
		nlb.AddListener(jsii.String("Tcp"), &elbv2.BaseNetworkListenerProps{Port: jsii.Number(443), DefaultTargetGroups: &[]elbv2.INetworkTargetGroup{tg}})
		awscloudwatch.NewAlarm(s, jsii.String("Flows"), &awscloudwatch.AlarmProps{Metric: nlb.Metrics().ActiveFlowCount(nil), Threshold: jsii.Number(10),
			EvaluationPeriods: jsii.Number(1)})
		maintenance(elbv2.ApplicationListener_FromLookup(s, jsii.String("Listener"), &elbv2.ApplicationListenerLookupOptions{
			LoadBalancerTags: &map[string]*string{"app": jsii.String("shop")}, ListenerProtocol: elbv2.ApplicationProtocol_HTTPS, ListenerPort: jsii.Number(443)}))
		byArn := elbv2.ApplicationListener_FromLookup(s, jsii.String("ByArn"), &elbv2.ApplicationListenerLookupOptions{
			ListenerArn: jsii.String("arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/shop/1/2")})
		out(s, "ByArnArn", byArn.ListenerArn())
		nl := elbv2.NetworkListener_FromLookup(s, jsii.String("NetListener"), &elbv2.NetworkListenerLookupOptions{LoadBalancerArn: jsii.String(edgeNlbArn),
			ListenerProtocol: elbv2.Protocol_TCP_UDP, ListenerPort: jsii.Number(53)})
		out(s, "NetListenerArn", nl.ListenerArn())
	},
	"LookupFound": func(s awscdk.Stack) {
		key := func(provider string, props map[string]interface{}) *string {
			return awscdk.ContextProvider_GetKey(s, &awscdk.GetContextKeyOptions{Provider: jsii.String(provider), Props: &props}).Key
		}
		s.Node().SetContext(key("load-balancer", map[string]interface{}{"loadBalancerArn": shopAlbArn, "loadBalancerType": "application"}),
			map[string]interface{}{"loadBalancerArn": shopAlbArn, "loadBalancerCanonicalHostedZoneId": "Z35SXDOTRQ7X7K",
				"loadBalancerDnsName": "shop-1.us-east-1.elb.amazonaws.com", "vpcId": "vpc-0feed",
				"securityGroupIds": []interface{}{"sg-0aaa", "sg-0bbb"}, "ipAddressType": "ipv4"})
		s.Node().SetContext(key("load-balancer-listener", map[string]interface{}{"listenerPort": 443, "loadBalancerArn": shopAlbArn, "loadBalancerType": "application"}),
			map[string]interface{}{"listenerArn": strings.Replace(shopAlbArn, ":loadbalancer/", ":listener/", 1) + "/fedcba9876543210",
				"listenerPort": float64(443), "securityGroupIds": []interface{}{"sg-0aaa"}})
		alb := elbv2.ApplicationLoadBalancer_FromLookup(s, jsii.String("Alb"), &elbv2.ApplicationLoadBalancerLookupOptions{LoadBalancerArn: jsii.String(shopAlbArn)})
		alb.AddListener(jsii.String("Http"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(8080), DefaultAction: okResponse()})
		out(s, "AlbDns", alb.LoadBalancerDnsName())
		out(s, "AlbName", (*alb.Metrics().RequestCount(nil).Dimensions())["LoadBalancer"].(*string))
		listener := elbv2.ApplicationListener_FromLookup(s, jsii.String("Listener"), &elbv2.ApplicationListenerLookupOptions{
			LoadBalancerArn: jsii.String(shopAlbArn), ListenerPort: jsii.Number(443)})
		maintenance(listener)
		out(s, "ListenerArn", listener.ListenerArn())
		if alb.IpAddressType() != elbv2.IpAddressType_IPV4 {
			panic("the looked-up address type is not IPV4: " + string(alb.IpAddressType()))
		}
	},
}

func TestLookupTemplates(t *testing.T) {
	checkTemplates(t, lookupCases, lookupProps)
}

// TestLookupMissing checks the manifest's "missing" list: the lookups left
// to the CLI, with aws-cdk-lib's keys, query props and dummy values (the
// twins' app also holds stacks of account 111111111111, left out here).
func TestLookupMissing(t *testing.T) {
	ctx := cdkctx.InitContext()
	outdir := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(outdir)})
	for _, name := range []string{"LookupMissing", "LookupFound"} {
		lookupCases[name](awscdk.NewStack(app, jsii.String(name), lookupProps(name)))
	}
	app.Synth(nil)
	read := func(path string) []json.RawMessage {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var list []json.RawMessage
		if strings.HasSuffix(path, "manifest.json") {
			var m struct{ Missing []json.RawMessage }
			err = json.Unmarshal(b, &m)
			list = m.Missing
		} else {
			err = json.Unmarshal(b, &list)
		}
		if err != nil {
			t.Fatal(err)
		}
		return list
	}
	var want []json.RawMessage
	for _, m := range read(filepath.Join("testdata", "missing.json")) {
		if strings.Contains(string(m), "account="+lookupAccount) {
			want = append(want, m)
		}
	}
	got := read(filepath.Join(outdir, "manifest.json"))
	wb, _ := json.MarshalIndent(want, "", " ")
	gb, _ := json.MarshalIndent(got, "", " ")
	if os.Getenv("STRATA_TEST_KEEP") != "" {
		_ = os.WriteFile("/tmp/lbw.json", wb, 0o644)
		_ = os.WriteFile("/tmp/lbg.json", gb, 0o644)
	}
	if string(wb) != string(gb) {
		t.Errorf("missing list differs from aws-cdk-lib's:\n%s", golden.JSONDiff(wb, gb))
	}
}

var lookupErrorCases = map[string]func(s awscdk.Stack){
	"LookupTokenArn": func(s awscdk.Stack) {
		elbv2.ApplicationLoadBalancer_FromLookup(s, jsii.String("L"), &elbv2.ApplicationLoadBalancerLookupOptions{LoadBalancerArn: awscdk.Aws_ACCOUNT_ID()})
	},
	"LookupTokenTag": func(s awscdk.Stack) {
		elbv2.NetworkLoadBalancer_FromLookup(s, jsii.String("L"), &elbv2.NetworkLoadBalancerLookupOptions{LoadBalancerTags: &map[string]*string{"a": awscdk.Aws_REGION()}})
	},
	"LookupTokenListenerArn": func(s awscdk.Stack) {
		elbv2.ApplicationListener_FromLookup(s, jsii.String("L"), &elbv2.ApplicationListenerLookupOptions{ListenerArn: awscdk.Aws_ACCOUNT_ID()})
	},
	"LookupTokenPort": func(s awscdk.Stack) {
		elbv2.NetworkListener_FromLookup(s, jsii.String("L"), &elbv2.NetworkListenerLookupOptions{ListenerPort: awscdk.Token_AsNumber(awscdk.Aws_ACCOUNT_ID())})
	},
	"LookupBadProtocol": func(s awscdk.Stack) {
		elbv2.NetworkListener_FromLookup(s, jsii.String("L"), &elbv2.NetworkListenerLookupOptions{ListenerProtocol: elbv2.Protocol_HTTP})
	},
	"LookupAgnostic": func(s awscdk.Stack) {
		elbv2.ApplicationLoadBalancer_FromLookup(s, jsii.String("L"), &elbv2.ApplicationLoadBalancerLookupOptions{
			LoadBalancerArn: jsii.String("arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/x/y")})
	},
}
