package awsservicediscovery_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	sd "github.com/strata-cdk/strata/awscdk/awsservicediscovery"
	"github.com/strata-cdk/strata/jsii"
)

var str = jsii.String

func vpcOf(s awscdk.Stack) awsec2.IVpc {
	return awsec2.Vpc_FromVpcAttributes(s, str("Vpc"), &awsec2.VpcAttributes{
		VpcId: str("vpc-0a1b2c3d"), AvailabilityZones: jsii.Strings("us-east-1a", "us-east-1b"),
		PublicSubnetIds: jsii.Strings("subnet-0aa11111", "subnet-0aa22222"), PrivateSubnetIds: jsii.Strings("subnet-0bb11111", "subnet-0bb22222"),
	})
}

// outputs adds one output per pair, in order (the twin's Object.entries).
func outputs(s awscdk.Stack, prefix string, kv ...interface{}) {
	for i := 0; i < len(kv); i += 2 {
		var v *string
		switch x := kv[i+1].(type) {
		case *string:
			v = x
		case sd.NamespaceType:
			v = str(string(x))
		case sd.DiscoveryType:
			v = str(string(x))
		case sd.DnsRecordType:
			v = str(string(x))
		case sd.RoutingPolicy:
			v = str(string(x))
		}
		awscdk.NewCfnOutput(s, str(prefix+kv[i].(string)), &awscdk.CfnOutputProps{Value: v})
	}
}

func attrs(kv ...string) *map[string]*string {
	m := map[string]*string{}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i]] = str(kv[i+1])
	}
	return &m
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Http": func(s awscdk.Stack) {
		ns := sd.NewHttpNamespace(s, str("Ns"), &sd.HttpNamespaceProps{Name: str("http.local"), Description: str("an HTTP namespace")})
		svc := ns.CreateService(str("Svc"), &sd.BaseServiceProps{Name: str("api"), Description: str("a service"),
			CustomHealthCheck: &sd.HealthCheckCustomConfig{FailureThreshold: jsii.Number(2)}})
		svc.RegisterNonIpInstance(str("NonIp"), &sd.NonIpInstanceBaseProps{CustomAttributes: attrs("zeta", "z", "alpha", "a")})
		svc.RegisterNonIpInstance(str("NonIpNamed"), &sd.NonIpInstanceBaseProps{InstanceId: str("my-instance"), CustomAttributes: attrs("k", "v")})
		explicit := sd.NewService(s, str("Explicit"), &sd.ServiceProps{Namespace: ns, DiscoveryType: sd.DiscoveryType_API})
		explicit.RegisterIpInstance(str("Ip"), &sd.IpInstanceBaseProps{Ipv4: str("10.0.0.1"), Port: jsii.Number(8080)})
		ns.CreateService(str("Bare"), nil)
		outputs(s, "Ns", "Arn", ns.NamespaceArn(), "Id", ns.NamespaceId(), "Name", ns.NamespaceName(), "Type", ns.Type(),
			"HArn", ns.HttpNamespaceArn(), "HId", ns.HttpNamespaceId(), "HName", ns.HttpNamespaceName())
		outputs(s, "Svc", "Arn", svc.ServiceArn(), "Id", svc.ServiceId(), "Name", svc.ServiceName(), "Disc", svc.DiscoveryType(),
			"Rec", svc.DnsRecordType(), "Rout", svc.RoutingPolicy())
	},
	"Private": func(s awscdk.Stack) {
		vpc := vpcOf(s)
		ns := sd.NewPrivateDnsNamespace(s, str("Ns"), &sd.PrivateDnsNamespaceProps{Name: str("private.local"), Vpc: vpc})
		a := ns.CreateService(str("A"), &sd.DnsServiceProps{Name: str("a"), CustomHealthCheck: &sd.HealthCheckCustomConfig{}})
		a.RegisterIpInstance(str("Ip"), &sd.IpInstanceBaseProps{Ipv4: str("10.0.0.2"), CustomAttributes: attrs("AWS_INSTANCE_PORT", "9000", "AAA", "first", "tag", "x")})
		srv := ns.CreateService(str("Srv"), &sd.DnsServiceProps{DnsRecordType: sd.DnsRecordType_SRV, DnsTtl: awscdk.Duration_Seconds(jsii.Number(30))})
		srv.RegisterIpInstance(str("Ip6"), &sd.IpInstanceBaseProps{Ipv6: str("::1"), Port: jsii.Number(443)})
		both := ns.CreateService(str("Both"), &sd.DnsServiceProps{DnsRecordType: sd.DnsRecordType_A_AAAA, DnsTtl: awscdk.Duration_Minutes(jsii.Number(5)), RoutingPolicy: sd.RoutingPolicy_MULTIVALUE})
		both.RegisterIpInstance(str("Ip"), &sd.IpInstanceBaseProps{Ipv4: str("10.0.0.3"), Ipv6: str("::2"), InstanceId: str("fixed")})
		cname := ns.CreateService(str("Cname"), &sd.DnsServiceProps{DnsRecordType: sd.DnsRecordType_CNAME, RoutingPolicy: sd.RoutingPolicy_WEIGHTED})
		cname.RegisterCnameInstance(str("C"), &sd.CnameInstanceBaseProps{InstanceCname: str("foo.example.com"), CustomAttributes: attrs("x", "y")})
		lbs := ns.CreateService(str("Lbs"), &sd.DnsServiceProps{LoadBalancer: jsii.Bool(true)})
		alb := awselasticloadbalancingv2.NewApplicationLoadBalancer(s, str("Alb"), &awselasticloadbalancingv2.ApplicationLoadBalancerProps{Vpc: vpc})
		lbs.RegisterLoadBalancer(str("Alb"), alb, nil)
		lbs.RegisterLoadBalancer(str("Alb2"), alb, attrs("env", "prod"))
		api := ns.CreateService(str("Api"), &sd.DnsServiceProps{DiscoveryType: sd.DiscoveryType_API})
		api.RegisterNonIpInstance(str("N"), &sd.NonIpInstanceBaseProps{CustomAttributes: attrs("a", "b")})
		sd.NewAliasTargetInstance(s, str("Alias"), &sd.AliasTargetInstanceProps{Service: lbs, DnsName: str("lb.example.com"), InstanceId: str("alias")})
		sd.NewIpInstance(s, str("Direct"), &sd.IpInstanceProps{Service: a, Ipv4: str("10.0.0.9")})
		sd.NewCnameInstance(s, str("DirectCname"), &sd.CnameInstanceProps{Service: cname, InstanceCname: str("bar.example.com")})
		sd.NewNonIpInstance(s, str("DirectNonIp"), &sd.NonIpInstanceProps{Service: api, CustomAttributes: attrs("q", "r")})
		outputs(s, "Ns", "Zone", ns.NamespaceHostedZoneId(), "Arn", ns.PrivateDnsNamespaceArn(), "Id", ns.PrivateDnsNamespaceId(),
			"Name", ns.PrivateDnsNamespaceName(), "Type", ns.Type())
		outputs(s, "Both", "Rout", both.RoutingPolicy(), "Disc", both.DiscoveryType())
		outputs(s, "Cname", "Rout", cname.RoutingPolicy())
	},
	"Public": func(s awscdk.Stack) {
		ns := sd.NewPublicDnsNamespace(s, str("Ns"), &sd.PublicDnsNamespaceProps{Name: str("example.com"), Description: str("public")})
		ns.CreateService(str("Http"), &sd.DnsServiceProps{HealthCheck: &sd.HealthCheckConfig{}}).RegisterIpInstance(str("Ip"), &sd.IpInstanceBaseProps{Ipv4: str("54.0.0.1")})
		ns.CreateService(str("Https"), &sd.DnsServiceProps{HealthCheck: &sd.HealthCheckConfig{Type: sd.HealthCheckType_HTTPS, ResourcePath: str("/health"), FailureThreshold: jsii.Number(3)}})
		ns.CreateService(str("Tcp"), &sd.DnsServiceProps{HealthCheck: &sd.HealthCheckConfig{Type: sd.HealthCheckType_TCP}, DnsRecordType: sd.DnsRecordType_AAAA}).
			RegisterIpInstance(str("Ip"), &sd.IpInstanceBaseProps{Ipv6: str("2001:db8::1")})
		ns.CreateService(str("Path"), &sd.DnsServiceProps{HealthCheck: &sd.HealthCheckConfig{ResourcePath: str("/ping")}})
		outputs(s, "Ns", "Zone", ns.NamespaceHostedZoneId(), "Arn", ns.PublicDnsNamespaceArn(), "Id", ns.PublicDnsNamespaceId(),
			"Name", ns.PublicDnsNamespaceName(), "Type", ns.Type())
	},
	"Import": func(s awscdk.Stack) {
		http := sd.HttpNamespace_FromHttpNamespaceAttributes(s, str("Http"), &sd.HttpNamespaceAttributes{NamespaceName: str("h"), NamespaceId: str("ns-h"),
			NamespaceArn: str("arn:aws:servicediscovery:us-east-1:111111111111:namespace/ns-h")})
		priv := sd.PrivateDnsNamespace_FromPrivateDnsNamespaceAttributes(s, str("Priv"), &sd.PrivateDnsNamespaceAttributes{NamespaceName: str("p"), NamespaceId: str("ns-p"), NamespaceArn: str("arn:p")})
		pub := sd.PublicDnsNamespace_FromPublicDnsNamespaceAttributes(s, str("Pub"), &sd.PublicDnsNamespaceAttributes{NamespaceName: str("q"), NamespaceId: str("ns-q"), NamespaceArn: str("arn:q")})
		sd.NewService(s, str("InHttp"), &sd.ServiceProps{Namespace: http})
		sd.NewService(s, str("InPriv"), &sd.ServiceProps{Namespace: priv, DnsRecordType: sd.DnsRecordType_SRV})
		svc := sd.Service_FromServiceAttributes(s, str("Svc"), &sd.ServiceAttributes{Namespace: pub, ServiceId: str("srv-1"), ServiceArn: str("arn:srv"),
			ServiceName: str("svc"), DnsRecordType: sd.DnsRecordType_A, RoutingPolicy: sd.RoutingPolicy_WEIGHTED})
		sd.NewIpInstance(s, str("Ip"), &sd.IpInstanceProps{Service: svc, Ipv4: str("1.2.3.4")})
		sd.NewAliasTargetInstance(s, str("Alias"), &sd.AliasTargetInstanceProps{Service: svc, DnsName: str("x.example.com")})
		outputs(s, "Http", "Type", http.Type(), "Name", http.NamespaceName())
		outputs(s, "Priv", "Type", priv.Type(), "Id", priv.NamespaceId())
		outputs(s, "Pub", "Type", pub.Type(), "Arn", pub.NamespaceArn())
		outputs(s, "Svc", "Disc", svc.DiscoveryType(), "Id", svc.ServiceId())
	},
}

func pub(s awscdk.Stack) sd.PublicDnsNamespace {
	return sd.NewPublicDnsNamespace(s, str("Ns"), &sd.PublicDnsNamespaceProps{Name: str("n")})
}

func httpNs(s awscdk.Stack) sd.HttpNamespace {
	return sd.NewHttpNamespace(s, str("Ns"), &sd.HttpNamespaceProps{Name: str("n")})
}

func svc(s awscdk.Stack, p *sd.ServiceProps) { sd.NewService(s, str("Svc"), p) }

var errorCases = map[string]func(s awscdk.Stack){
	"HttpDnsAndApi": func(s awscdk.Stack) {
		svc(s, &sd.ServiceProps{Namespace: httpNs(s), DiscoveryType: sd.DiscoveryType_DNS_AND_API})
	},
	"ApiWithRecord": func(s awscdk.Stack) {
		svc(s, &sd.ServiceProps{Namespace: pub(s), DiscoveryType: sd.DiscoveryType_API, DnsRecordType: sd.DnsRecordType_A})
	},
	"BothHealthChecks": func(s awscdk.Stack) {
		svc(s, &sd.ServiceProps{Namespace: pub(s), HealthCheck: &sd.HealthCheckConfig{}, CustomHealthCheck: &sd.HealthCheckCustomConfig{}})
	},
	"PrivateHealthCheck": func(s awscdk.Stack) {
		svc(s, &sd.ServiceProps{Namespace: sd.NewPrivateDnsNamespace(s, str("Ns"), &sd.PrivateDnsNamespaceProps{Name: str("n"), Vpc: vpcOf(s)}), HealthCheck: &sd.HealthCheckConfig{}})
	},
	"CnameMultivalue": func(s awscdk.Stack) {
		svc(s, &sd.ServiceProps{Namespace: pub(s), DnsRecordType: sd.DnsRecordType_CNAME, RoutingPolicy: sd.RoutingPolicy_MULTIVALUE})
	},
	"LbMultivalue": func(s awscdk.Stack) {
		svc(s, &sd.ServiceProps{Namespace: pub(s), LoadBalancer: jsii.Bool(true), RoutingPolicy: sd.RoutingPolicy_MULTIVALUE})
	},
	"TcpPath": func(s awscdk.Stack) {
		svc(s, &sd.ServiceProps{Namespace: pub(s), HealthCheck: &sd.HealthCheckConfig{Type: sd.HealthCheckType_TCP, ResourcePath: str("/")}})
	},
	"LbSrv": func(s awscdk.Stack) {
		svc(s, &sd.ServiceProps{Namespace: pub(s), LoadBalancer: jsii.Bool(true), DnsRecordType: sd.DnsRecordType_SRV})
	},
	"IpOnCname": func(s awscdk.Stack) {
		pub(s).CreateService(str("Svc"), &sd.DnsServiceProps{DnsRecordType: sd.DnsRecordType_CNAME}).RegisterIpInstance(str("I"), &sd.IpInstanceBaseProps{Ipv4: str("1.1.1.1")})
	},
	"SrvNoPort": func(s awscdk.Stack) {
		pub(s).CreateService(str("Svc"), &sd.DnsServiceProps{DnsRecordType: sd.DnsRecordType_SRV}).RegisterIpInstance(str("I"), &sd.IpInstanceBaseProps{Ipv4: str("1.1.1.1")})
	},
	"SrvNoIp": func(s awscdk.Stack) {
		pub(s).CreateService(str("Svc"), &sd.DnsServiceProps{DnsRecordType: sd.DnsRecordType_SRV}).RegisterIpInstance(str("I"), &sd.IpInstanceBaseProps{Port: jsii.Number(80)})
	},
	"ANoIpv4": func(s awscdk.Stack) {
		pub(s).CreateService(str("Svc"), nil).RegisterIpInstance(str("I"), &sd.IpInstanceBaseProps{Ipv6: str("::1")})
	},
	"AaaaNoIpv6": func(s awscdk.Stack) {
		pub(s).CreateService(str("Svc"), &sd.DnsServiceProps{DnsRecordType: sd.DnsRecordType_AAAA}).RegisterIpInstance(str("I"), &sd.IpInstanceBaseProps{Ipv4: str("1.1.1.1")})
	},
	"CnameOnHttp": func(s awscdk.Stack) {
		sd.NewCnameInstance(s, str("I"), &sd.CnameInstanceProps{Service: httpNs(s).CreateService(str("Svc"), nil), InstanceCname: str("c")})
	},
	"CnameOnA": func(s awscdk.Stack) {
		pub(s).CreateService(str("Svc"), nil).RegisterCnameInstance(str("I"), &sd.CnameInstanceBaseProps{InstanceCname: str("c")})
	},
	"NonIpOnDns": func(s awscdk.Stack) {
		pub(s).CreateService(str("Svc"), nil).RegisterNonIpInstance(str("I"), &sd.NonIpInstanceBaseProps{CustomAttributes: attrs("a", "b")})
	},
	"NonIpNoAttributes": func(s awscdk.Stack) {
		httpNs(s).CreateService(str("Svc"), nil).RegisterNonIpInstance(str("I"), &sd.NonIpInstanceBaseProps{})
	},
	"AliasOnHttp": func(s awscdk.Stack) {
		sd.NewAliasTargetInstance(s, str("I"), &sd.AliasTargetInstanceProps{Service: httpNs(s).CreateService(str("Svc"), nil), DnsName: str("d")})
	},
	"AliasOnSrv": func(s awscdk.Stack) {
		sd.NewAliasTargetInstance(s, str("I"), &sd.AliasTargetInstanceProps{Service: pub(s).CreateService(str("Svc"), &sd.DnsServiceProps{DnsRecordType: sd.DnsRecordType_SRV}), DnsName: str("d")})
	},
	"AliasMultivalue": func(s awscdk.Stack) {
		sd.NewAliasTargetInstance(s, str("I"), &sd.AliasTargetInstanceProps{Service: pub(s).CreateService(str("Svc"), nil), DnsName: str("d")})
	},
}

func TestServiceDiscoveryTemplates(t *testing.T) { checkTemplates(t, templateCases, nil) }

func TestServiceDiscoveryErrors(t *testing.T) { checkErrors(t, errorCases, nil) }
