package awselasticloadbalancingv2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

func okResponse() elbv2.ListenerAction {
	return elbv2.ListenerAction_FixedResponse(jsii.Number(200), nil)
}

// The Go twins of the Mtls and Mappings stacks in testdata/twins.js.
var extraTemplateCases = map[string]func(s awscdk.Stack){
	"Mtls": func(s awscdk.Stack) {
		v := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(0), RestrictDefaultSecurityGroup: jsii.Bool(false)})
		bucket := awss3.NewBucket(s, jsii.String("Certs"), nil)
		store := elbv2.NewTrustStore(s, jsii.String("Store"), &elbv2.TrustStoreProps{Bucket: bucket, Key: jsii.String("ca/bundle.pem"), Version: jsii.String("v3")})
		named := elbv2.NewTrustStore(s, jsii.String("Named"), &elbv2.TrustStoreProps{Bucket: bucket, Key: jsii.String("ca/other.pem"), TrustStoreName: jsii.String("my-store-1")})
		elbv2.NewTrustStoreRevocation(s, jsii.String("Revoked"), &elbv2.TrustStoreRevocationProps{TrustStore: store, RevocationContents: &[]*elbv2.RevocationContent{
			{Bucket: bucket, Key: jsii.String("crl/one.crl"), RevocationType: elbv2.RevocationType_CRL, Version: jsii.String("v1")},
			{Bucket: bucket, Key: jsii.String("crl/two.crl")}}})
		imported := elbv2.TrustStore_FromTrustStoreArn(s, jsii.String("Imported"),
			jsii.String("arn:aws:elasticloadbalancing:us-east-1:111111111111:truststore/imported-store/0123456789abcdef"))
		lb := elbv2.NewApplicationLoadBalancer(s, jsii.String("Lb"), &elbv2.ApplicationLoadBalancerProps{Vpc: v})
		cert := elbv2.ListenerCertificate_FromArn(jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/abc"))
		certs := &[]elbv2.IListenerCertificate{cert}
		lb.AddListener(jsii.String("Verify"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(443), Certificates: certs, DefaultAction: okResponse(),
			MutualAuthentication: &elbv2.MutualAuthentication{MutualAuthenticationMode: elbv2.MutualAuthenticationMode_VERIFY, TrustStore: store,
				IgnoreClientCertificateExpiry: jsii.Bool(true), AdvertiseTrustStoreCaNames: jsii.Bool(true)}})
		lb.AddListener(jsii.String("Imported"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(8443), Protocol: elbv2.ApplicationProtocol_HTTPS,
			Certificates: certs, DefaultAction: okResponse(),
			MutualAuthentication: &elbv2.MutualAuthentication{MutualAuthenticationMode: elbv2.MutualAuthenticationMode_VERIFY, TrustStore: imported}})
		lb.AddListener(jsii.String("Pass"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(9443), Protocol: elbv2.ApplicationProtocol_HTTPS,
			Certificates: certs, DefaultAction: okResponse(),
			MutualAuthentication: &elbv2.MutualAuthentication{MutualAuthenticationMode: elbv2.MutualAuthenticationMode_PASS_THROUGH}})
		out(s, "StoreName", store.TrustStoreName())
		out(s, "StoreArn", store.TrustStoreArn())
		out(s, "StoreStatus", store.Status())
		out(s, "ImportedName", imported.TrustStoreName())
		out(s, "NamedName", named.TrustStoreName())
	},
	"Mappings": func(s awscdk.Stack) {
		v := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(0), RestrictDefaultSecurityGroup: jsii.Bool(false)})
		pubSubnets, isoSubnets := *v.PublicSubnets(), *v.IsolatedSubnets()
		pub := elbv2.NewNetworkLoadBalancer(s, jsii.String("Public"), &elbv2.NetworkLoadBalancerProps{Vpc: v, InternetFacing: jsii.Bool(true),
			SubnetMappings: &[]*elbv2.SubnetMapping{{Subnet: pubSubnets[0], AllocationId: jsii.String("eipalloc-0001")},
				{Subnet: pubSubnets[1], AllocationId: jsii.String("eipalloc-0002")}}})
		inner := elbv2.NewNetworkLoadBalancer(s, jsii.String("Inner"), &elbv2.NetworkLoadBalancerProps{Vpc: v, IpAddressType: elbv2.IpAddressType_DUAL_STACK,
			EnablePrefixForIpv6SourceNat: jsii.Bool(true), SubnetMappings: &[]*elbv2.SubnetMapping{
				{Subnet: isoSubnets[0], PrivateIpv4Address: jsii.String("10.0.128.10"), Ipv6Address: jsii.String("2001:db8::10"),
					SourceNatIpv6Prefix: elbv2.SourceNatIpv6Prefix_AutoAssigned()},
				{Subnet: isoSubnets[1], SourceNatIpv6Prefix: elbv2.SourceNatIpv6Prefix_FromIpv6Prefix(jsii.String("2001:db8:0:1:1::/80"))},
				{Subnet: isoSubnets[1], SourceNatIpv6Prefix: elbv2.NewSourceNatIpv6Prefix(jsii.String("2001:db8:0:2:1::/80"))}}})
		a := elbv2.NewNetworkTargetGroup(s, jsii.String("A"), &elbv2.NetworkTargetGroupProps{Vpc: v, Port: jsii.Number(80), TargetType: elbv2.TargetType_IP})
		b := elbv2.NewNetworkTargetGroup(s, jsii.String("B"), &elbv2.NetworkTargetGroupProps{Vpc: v, Port: jsii.Number(80), TargetType: elbv2.TargetType_IP})
		both := &[]elbv2.INetworkTargetGroup{a, b}
		pub.AddListener(jsii.String("Both"), &elbv2.BaseNetworkListenerProps{Port: jsii.Number(80), DefaultAction: elbv2.NetworkListenerAction_Forward(both, nil)})
		pub.AddListener(jsii.String("Sticky"), &elbv2.BaseNetworkListenerProps{Port: jsii.Number(81),
			DefaultAction: elbv2.NetworkListenerAction_Forward(both, &elbv2.NetworkForwardOptions{StickinessDuration: awscdk.Duration_Minutes(jsii.Number(5))})})
		custom := elbv2.NewNetworkListenerAction(&elbv2.CfnListener_ActionProperty{Type: jsii.String("forward"), TargetGroupArn: b.TargetGroupArn()},
			elbv2.NewNetworkListenerAction(&elbv2.CfnListener_ActionProperty{Type: jsii.String("forward"), TargetGroupArn: a.TargetGroupArn()}, nil))
		inner.AddListener(jsii.String("Custom"), &elbv2.BaseNetworkListenerProps{Port: jsii.Number(80), DefaultAction: custom})
		inner.AddListener(jsii.String("Single"), &elbv2.BaseNetworkListenerProps{Port: jsii.Number(81),
			DefaultAction: elbv2.NetworkListenerAction_Forward(&[]elbv2.INetworkTargetGroup{a}, nil)})
		out(s, "Prefix", elbv2.SourceNatIpv6Prefix_AutoAssigned().Prefix())
	},
}

func TestTrustStoreAndMappingTemplates(t *testing.T) {
	checkTemplates(t, extraTemplateCases, nil)
}

func newHTTPSListener(s awscdk.Stack, m *elbv2.MutualAuthentication) {
	newLb(s).AddListener(jsii.String("L"), &elbv2.BaseApplicationListenerProps{Port: jsii.Number(443),
		Certificates:  &[]elbv2.IListenerCertificate{elbv2.ListenerCertificate_FromArn(jsii.String("arn:c"))},
		DefaultAction: okResponse(), MutualAuthentication: m})
}

func newNlb(s awscdk.Stack, props func(v awsec2.Vpc) *elbv2.NetworkLoadBalancerProps) {
	v := awsec2.NewVpc(s, jsii.String("V"), nil)
	p := props(v)
	p.Vpc = v
	elbv2.NewNetworkLoadBalancer(s, jsii.String("N"), p)
}

var extraErrorCases = map[string]func(s awscdk.Stack){
	"MtlsVerifyNoStore": func(s awscdk.Stack) {
		newHTTPSListener(s, &elbv2.MutualAuthentication{MutualAuthenticationMode: elbv2.MutualAuthenticationMode_VERIFY})
	},
	"MtlsOffWithStore": func(s awscdk.Stack) {
		newHTTPSListener(s, &elbv2.MutualAuthentication{MutualAuthenticationMode: elbv2.MutualAuthenticationMode_OFF,
			TrustStore: elbv2.TrustStore_FromTrustStoreArn(s, jsii.String("T"), jsii.String("arn:aws:elasticloadbalancing:us-east-1:1:truststore/x/y"))})
	},
	"MtlsPassExpiry": func(s awscdk.Stack) {
		newHTTPSListener(s, &elbv2.MutualAuthentication{MutualAuthenticationMode: elbv2.MutualAuthenticationMode_PASS_THROUGH,
			IgnoreClientCertificateExpiry: jsii.Bool(false)})
	},
	"MtlsOffAdvertise": func(s awscdk.Stack) {
		newHTTPSListener(s, &elbv2.MutualAuthentication{MutualAuthenticationMode: elbv2.MutualAuthenticationMode_OFF, AdvertiseTrustStoreCaNames: jsii.Bool(true)})
	},
	"TrustStoreNameLong": func(s awscdk.Stack) {
		elbv2.NewTrustStore(s, jsii.String("T"), &elbv2.TrustStoreProps{Bucket: awss3.NewBucket(s, jsii.String("B"), nil), Key: jsii.String("k"),
			TrustStoreName: jsii.String("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")})
	},
	"TrustStoreNameHyphen": func(s awscdk.Stack) {
		elbv2.NewTrustStore(s, jsii.String("T"), &elbv2.TrustStoreProps{Bucket: awss3.NewBucket(s, jsii.String("B"), nil), Key: jsii.String("k"),
			TrustStoreName: jsii.String("-bad")})
	},
	"PrefixNoMask": func(s awscdk.Stack) { elbv2.SourceNatIpv6Prefix_FromIpv6Prefix(jsii.String("2001:db8::")) },
	"PrefixMask64": func(s awscdk.Stack) { elbv2.SourceNatIpv6Prefix_FromIpv6Prefix(jsii.String("2001:db8::/64")) },
	"MappingsAndSubnets": func(s awscdk.Stack) {
		newNlb(s, func(v awsec2.Vpc) *elbv2.NetworkLoadBalancerProps {
			return &elbv2.NetworkLoadBalancerProps{VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC},
				SubnetMappings: &[]*elbv2.SubnetMapping{{Subnet: (*v.PublicSubnets())[0]}}}
		})
	},
	"MappingPrivateIpPublic": func(s awscdk.Stack) {
		newNlb(s, func(v awsec2.Vpc) *elbv2.NetworkLoadBalancerProps {
			return &elbv2.NetworkLoadBalancerProps{InternetFacing: jsii.Bool(true),
				SubnetMappings: &[]*elbv2.SubnetMapping{{Subnet: (*v.PublicSubnets())[0], PrivateIpv4Address: jsii.String("10.0.0.5")}}}
		})
	},
	"MappingEipInternal": func(s awscdk.Stack) {
		newNlb(s, func(v awsec2.Vpc) *elbv2.NetworkLoadBalancerProps {
			return &elbv2.NetworkLoadBalancerProps{SubnetMappings: &[]*elbv2.SubnetMapping{{Subnet: (*v.PrivateSubnets())[0], AllocationId: jsii.String("eipalloc-1")}}}
		})
	},
	"MappingNatNoPrefix": func(s awscdk.Stack) {
		newNlb(s, func(v awsec2.Vpc) *elbv2.NetworkLoadBalancerProps {
			return &elbv2.NetworkLoadBalancerProps{SubnetMappings: &[]*elbv2.SubnetMapping{{Subnet: (*v.PrivateSubnets())[0],
				SourceNatIpv6Prefix: elbv2.SourceNatIpv6Prefix_AutoAssigned()}}}
		})
	},
}

// A hand-written chain renders as rule actions numbered over the chain, as
// aws-cdk-lib's renderRuleActions does.
func TestNetworkListenerActionRuleActions(t *testing.T) {
	second := elbv2.NewNetworkListenerAction(&elbv2.CfnListener_ActionProperty{Type: jsii.String("forward"), TargetGroupArn: jsii.String("b")}, nil)
	a := elbv2.NewNetworkListenerAction(&elbv2.CfnListener_ActionProperty{Type: jsii.String("forward"), TargetGroupArn: jsii.String("a")}, second)
	if a.Next() != second {
		t.Errorf("Next() = %v, want the second action", a.Next())
	}
	rules := *a.RenderRuleActions()
	if len(rules) != 2 || *rules[0].TargetGroupArn != "a" || *rules[0].Order != 1 || *rules[1].TargetGroupArn != "b" || *rules[1].Order != 2 {
		t.Errorf("rule actions: %+v %+v", rules[0], rules[1])
	}
	if one := *second.RenderRuleActions(); len(one) != 1 || one[0].Order != nil {
		t.Errorf("a single action has no order: %+v", one[0])
	}
}
