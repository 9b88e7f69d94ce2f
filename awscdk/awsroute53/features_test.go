package awsroute53_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awskms"
	r53 "github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/jsii"
)

// Go twins of the Health and Private stacks of testdata/twins.js.
var featureCases = map[string]func(s awscdk.Stack){
	"Health": func(s awscdk.Stack) {
		zone := r53.HostedZone_FromHostedZoneAttributes(s, jsii.String("Zone"), &r53.HostedZoneAttributes{HostedZoneId: jsii.String("Z123"), ZoneName: jsii.String("example.com")})
		http := r53.NewHealthCheck(s, jsii.String("Http"), &r53.HealthCheckProps{Type: r53.HealthCheckType_HTTP, Fqdn: jsii.String("www.example.com"), ResourcePath: jsii.String("/health")})
		https := r53.NewHealthCheck(s, jsii.String("Https"), &r53.HealthCheckProps{Type: r53.HealthCheckType_HTTPS_STR_MATCH, Fqdn: jsii.String("www.example.com"), SearchString: jsii.String("ok"),
			RequestInterval: awscdk.Duration_Seconds(jsii.Number(10)), Regions: jsii.Strings("us-east-1", "eu-west-1", "ap-southeast-1")})
		tcp := r53.NewHealthCheck(s, jsii.String("Tcp"), &r53.HealthCheckProps{Type: r53.HealthCheckType_TCP, IpAddress: jsii.String("1.2.3.4"), Port: jsii.Number(22), FailureThreshold: jsii.Number(2)})
		imported := r53.HealthCheck_FromHealthCheckId(s, jsii.String("Imported"), jsii.String("hc-123"))
		r53.NewHealthCheck(s, jsii.String("Calc"), &r53.HealthCheckProps{Type: r53.HealthCheckType_CALCULATED, ChildHealthChecks: &[]r53.IHealthCheck{http, tcp, imported}})
		r53.NewHealthCheck(s, jsii.String("Alarm"), &r53.HealthCheckProps{Type: r53.HealthCheckType_CLOUDWATCH_METRIC, AlarmIdentifier: &r53.AlarmIdentifier{Name: jsii.String("my-alarm"), Region: jsii.String("us-east-1")}})
		r53.NewHealthCheck(s, jsii.String("AlarmHealthy"), &r53.HealthCheckProps{Type: r53.HealthCheckType_CLOUDWATCH_METRIC, AlarmIdentifier: &r53.AlarmIdentifier{Name: jsii.String("my-alarm"), Region: jsii.String("us-east-1")},
			InsufficientDataHealthStatus: r53.InsufficientDataHealthStatusEnum_HEALTHY, Inverted: jsii.Bool(true)})
		r53.NewARecord(s, jsii.String("Primary"), &r53.ARecordProps{RecordName: jsii.String("f"), Failover: r53.Failover_PRIMARY, HealthCheck: https, Target: ips("1.1.1.1"), Zone: zone})
		r53.NewARecord(s, jsii.String("Secondary"), &r53.ARecordProps{RecordName: jsii.String("f"), Failover: r53.Failover_SECONDARY, Target: ips("2.2.2.2"), Zone: zone})
		r53.NewARecord(s, jsii.String("Cidr"), &r53.ARecordProps{RecordName: jsii.String("c"), CidrRoutingConfig: r53.CidrRoutingConfig_Create(&r53.CidrRoutingConfigProps{
			CollectionId: jsii.String("12345678-1234-1234-1234-123456789012"), LocationName: jsii.String("office")}), SetIdentifier: jsii.String("office"), Target: ips("3.3.3.3"), Zone: zone})
		r53.NewARecord(s, jsii.String("CidrDefault"), &r53.ARecordProps{RecordName: jsii.String("c"), CidrRoutingConfig: r53.CidrRoutingConfig_WithDefaultLocationName(jsii.String("12345678-1234-1234-1234-123456789012")),
			SetIdentifier: jsii.String("default"), Target: ips("4.4.4.4"), Zone: zone})
		r53.NewHttpsRecord(s, jsii.String("HttpsRec"), &r53.HttpsRecordProps{Values: &[]r53.HttpsRecordValue{
			r53.HttpsRecordValue_Alias(jsii.String("cdn.example.net")),
			r53.HttpsRecordValue_Service(&r53.HttpsRecordServiceModeProps{Alpn: &[]r53.Alpn{r53.Alpn_H3(), r53.Alpn_H2(), r53.Alpn_Of(jsii.String("h2c"))}, Port: jsii.Number(8443),
				Ipv4hint: jsii.Strings("1.1.1.1", "2.2.2.2"), Ipv6hint: jsii.Strings("::1"), Mandatory: jsii.Strings("alpn"), NoDefaultAlpn: jsii.Bool(true)}),
			r53.HttpsRecordValue_Service(nil),
		}, Zone: zone})
		r53.NewHttpsRecord(s, jsii.String("HttpsAlias"), &r53.HttpsRecordProps{RecordName: jsii.String("h"), Target: r53.RecordTarget_FromAlias(cloudFront{}), Zone: zone})
		r53.NewSvcbRecord(s, jsii.String("Svcb"), &r53.SvcbRecordProps{RecordName: jsii.String("_dns"), Values: &[]r53.SvcbRecordValue{
			r53.SvcbRecordValue_Service(&r53.SvcbRecordServiceModeProps{Priority: jsii.Number(2), TargetName: jsii.String("dns.example.com"), Alpn: &[]r53.Alpn{r53.Alpn_HTTP1_1()}}),
			r53.SvcbRecordValue_Alias(jsii.String("x.example.com")),
		}, Zone: zone})
		r53.NewDsRecord(s, jsii.String("Ds"), &r53.DsRecordProps{RecordName: jsii.String("sub"), Values: jsii.Strings("12345 3 1 123456789abcdef67890123456789abcdef67890"), Ttl: awscdk.Duration_Minutes(jsii.Number(90)), Zone: zone})
		r53.ARecord_FromARecordAttributes(s, jsii.String("FromAttrs"), &r53.ARecordAttrs{RecordName: jsii.String("attrs"), TargetDNS: jsii.String("elsewhere.example.com"), Zone: zone})
	},
	"Private": func(s awscdk.Stack) {
		vpc := awsec2.Vpc_FromVpcAttributes(s, jsii.String("Vpc"), &awsec2.VpcAttributes{VpcId: jsii.String("vpc-12345678"), AvailabilityZones: jsii.Strings("us-east-1a")})
		other := awsec2.Vpc_FromVpcAttributes(s, jsii.String("Other"), &awsec2.VpcAttributes{VpcId: jsii.String("vpc-87654321"), AvailabilityZones: jsii.Strings("eu-west-1a"), Region: jsii.String("eu-west-1")})
		p := r53.NewPrivateHostedZone(s, jsii.String("Internal"), &r53.PrivateHostedZoneProps{ZoneName: jsii.String("internal.example"), Vpc: vpc})
		p.AddVpc(other)
		r53.NewHostedZone(s, jsii.String("WithVpcs"), &r53.HostedZoneProps{ZoneName: jsii.String("corp.example"), Vpcs: &[]awsec2.IVpc{vpc}})
		key := awskms.NewKey(s, jsii.String("Key"), &awskms.KeyProps{KeySpec: awskms.KeySpec_ECC_NIST_P256, KeyUsage: awskms.KeyUsage_SIGN_VERIFY})
		pub := r53.NewPublicHostedZone(s, jsii.String("Public"), &r53.PublicHostedZoneProps{ZoneName: jsii.String("signed.example.com")})
		ksk := pub.EnableDnssec(&r53.ZoneSigningOptions{KmsKey: key})
		out(s, "KskId", ksk.KeySigningKeyId())
		r53.NewKeySigningKey(s, jsii.String("Named"), &r53.KeySigningKeyProps{HostedZone: pub, KmsKey: key, KeySigningKeyName: jsii.String("my_key"), Status: r53.KeySigningKeyStatus_INACTIVE})
		imp := r53.KeySigningKey_FromKeySigningKeyAttributes(s, jsii.String("ImpKsk"), &r53.KeySigningKeyAttributes{
			HostedZone: r53.HostedZone_FromHostedZoneAttributes(s, jsii.String("IZ"), &r53.HostedZoneAttributes{HostedZoneId: jsii.String("Z9"), ZoneName: jsii.String("x.com")}), KeySigningKeyName: jsii.String("k")})
		out(s, "ImpKskId", imp.KeySigningKeyId())
		out(s, "PrivId", r53.PrivateHostedZone_FromPrivateHostedZoneAttributes(s, jsii.String("PA"), &r53.PrivateHostedZoneAttributes{HostedZoneId: jsii.String("Z77"), ZoneName: jsii.String("p.example")}).ZoneName())
	},
}

func TestRoute53FeatureTemplates(t *testing.T) {
	checkTemplates(t, featureCases, nil)
}

func init() {
	errorCases["PublicAddVpc"] = func(s awscdk.Stack) {
		r53.NewPublicHostedZone(s, jsii.String("P"), &r53.PublicHostedZoneProps{ZoneName: jsii.String("a.com")}).
			AddVpc(awsec2.Vpc_FromVpcAttributes(s, jsii.String("V"), &awsec2.VpcAttributes{VpcId: jsii.String("vpc-1"), AvailabilityZones: jsii.Strings("a")}))
	}
	errorCases["DnssecTwice"] = func(s awscdk.Stack) {
		z := r53.NewHostedZone(s, jsii.String("Z"), &r53.HostedZoneProps{ZoneName: jsii.String("a.com")})
		k := awskms.NewKey(s, jsii.String("K"), nil)
		z.EnableDnssec(&r53.ZoneSigningOptions{KmsKey: k})
		z.EnableDnssec(&r53.ZoneSigningOptions{KmsKey: k})
	}
	errorCases["HttpsNeither"] = func(s awscdk.Stack) {
		r53.NewHttpsRecord(s, jsii.String("H"), &r53.HttpsRecordProps{Zone: zoneOf(s)})
	}
	errorCases["BadCollection"] = func(s awscdk.Stack) {
		r53.CidrRoutingConfig_Create(&r53.CidrRoutingConfigProps{CollectionId: jsii.String("nope"), LocationName: jsii.String("x")})
	}
	errorCases["PrimaryNoHealth"] = func(s awscdk.Stack) {
		r53.NewARecord(s, jsii.String("R"), &r53.ARecordProps{Failover: r53.Failover_PRIMARY, Target: ips("1.1.1.1"), Zone: zoneOf(s)})
	}
}
