package awsroute53_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	r53 "github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/jsii"
)

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

type cloudFront struct{}

func (cloudFront) Bind(r53.IRecordSet, r53.IHostedZone) *r53.AliasRecordTargetConfig {
	return &r53.AliasRecordTargetConfig{DnsName: jsii.String("d123.cloudfront.net"), HostedZoneId: jsii.String("Z2FDTNDATAQYW2")}
}

func ips(v ...string) r53.RecordTarget {
	return r53.RecordTarget_FromIpAddresses(*jsii.Strings(v...)...)
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Zones": func(s awscdk.Stack) {
		z := r53.NewHostedZone(s, jsii.String("Zone"), &r53.HostedZoneProps{ZoneName: jsii.String("example.com"), Comment: jsii.String("main")})
		pub := r53.NewPublicHostedZone(s, jsii.String("Public"), &r53.PublicHostedZoneProps{
			ZoneName: jsii.String("example.org"), CaaAmazon: jsii.Bool(true),
			CrossAccountZoneDelegationPrincipal: awsiam.NewAccountPrincipal(jsii.String("111111111111")),
		})
		sub := r53.NewPublicHostedZone(s, jsii.String("Sub"), &r53.PublicHostedZoneProps{ZoneName: jsii.String("dev.example.org")})
		pub.AddDelegation(sub, nil)
		out(s, "ZoneId", z.HostedZoneId())
		out(s, "NameServers", awscdk.Fn_Join(jsii.String(","), z.HostedZoneNameServers()))
		out(s, "Arn", z.HostedZoneArn())
		z.GrantDelegation(awsiam.NewRole(s, jsii.String("Delegator"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()}),
			&r53.GrantDelegationOptions{DelegatedZoneNames: jsii.Strings("sub.example.com")})
	},
	"Records": func(s awscdk.Stack) {
		zone := r53.HostedZone_FromHostedZoneAttributes(s, jsii.String("Zone"), &r53.HostedZoneAttributes{HostedZoneId: jsii.String("Z123"), ZoneName: jsii.String("example.com")})
		r53.NewARecord(s, jsii.String("Apex"), &r53.ARecordProps{Target: ips("1.2.3.4", "5.6.7.8"), Zone: zone})
		r53.NewARecord(s, jsii.String("Www"), &r53.ARecordProps{RecordName: jsii.String("www"), Target: ips("1.2.3.4"), Ttl: awscdk.Duration_Minutes(jsii.Number(5)), Zone: zone})
		r53.NewAaaaRecord(s, jsii.String("V6"), &r53.AaaaRecordProps{RecordName: jsii.String("v6.example.com"), Target: ips("::1"), Zone: zone})
		r53.NewCnameRecord(s, jsii.String("Cname"), &r53.CnameRecordProps{DomainName: jsii.String("target.example.net"), RecordName: jsii.String("alias"), Zone: zone, Comment: jsii.String("a cname")})
		r53.NewTxtRecord(s, jsii.String("Txt"), &r53.TxtRecordProps{Values: jsii.Strings("v=spf1 include:amazonses.com ~all", strings.Repeat("x", 300)), Zone: zone})
		r53.NewMxRecord(s, jsii.String("Mx"), &r53.MxRecordProps{Values: &[]*r53.MxRecordValue{{HostName: jsii.String("mail.example.com"), Priority: jsii.Number(10)}}, Zone: zone})
		r53.NewNsRecord(s, jsii.String("Ns"), &r53.NsRecordProps{RecordName: jsii.String("sub"), Values: jsii.Strings("ns-1.example.net.", "ns-2.example.net"), Zone: zone})
		r53.NewCaaRecord(s, jsii.String("Caa"), &r53.CaaRecordProps{Values: &[]*r53.CaaRecordValue{{Flag: jsii.Number(0), Tag: r53.CaaTag_ISSUEWILD, Value: jsii.String("letsencrypt.org")}}, Zone: zone})
		r53.NewSrvRecord(s, jsii.String("Srv"), &r53.SrvRecordProps{RecordName: jsii.String("_sip._tcp"), Values: &[]*r53.SrvRecordValue{{HostName: jsii.String("sip.example.com"),
			Port: jsii.Number(5060), Priority: jsii.Number(1), Weight: jsii.Number(2)}}, Zone: zone})
		r53.NewARecord(s, jsii.String("Weighted"), &r53.ARecordProps{RecordName: jsii.String("w"), Target: ips("1.1.1.1"), Weight: jsii.Number(80), Zone: zone})
		r53.NewARecord(s, jsii.String("Regional"), &r53.ARecordProps{RecordName: jsii.String("r"), Region: jsii.String("eu-west-1"), Target: ips("1.1.1.1"), Zone: zone})
		r53.NewARecord(s, jsii.String("Geo"), &r53.ARecordProps{GeoLocation: r53.GeoLocation_Continent(r53.Continent_EUROPE), RecordName: jsii.String("g"), Target: ips("1.1.1.1"), Zone: zone})
		r53.NewARecord(s, jsii.String("GeoDefault"), &r53.ARecordProps{GeoLocation: r53.GeoLocation_Default(), RecordName: jsii.String("g"), Target: ips("1.1.1.2"), Zone: zone})
		r53.NewARecord(s, jsii.String("Multi"), &r53.ARecordProps{MultiValueAnswer: jsii.Bool(true), RecordName: jsii.String("m"), Target: ips("1.1.1.1"), Zone: zone})
		rec := r53.NewARecord(s, jsii.String("Alias"), &r53.ARecordProps{RecordName: jsii.String("alias2"), Target: r53.RecordTarget_FromAlias(cloudFront{}), Zone: zone})
		out(s, "Domain", rec.DomainName())
	},
}

func TestRoute53Templates(t *testing.T) {
	checkTemplates(t, templateCases, nil)
}

func zoneOf(s awscdk.Stack) r53.IHostedZone {
	return r53.HostedZone_FromHostedZoneAttributes(s, jsii.String("Z"), &r53.HostedZoneAttributes{HostedZoneId: jsii.String("Z1"), ZoneName: jsii.String("example.com")})
}

var errorCases = map[string]func(s awscdk.Stack){
	"BadWeight": func(s awscdk.Stack) {
		r53.NewARecord(s, jsii.String("R"), &r53.ARecordProps{Target: ips("1.1.1.1"), Weight: jsii.Number(300), Zone: zoneOf(s)})
	},
	"TwoPolicies": func(s awscdk.Stack) {
		r53.NewARecord(s, jsii.String("R"), &r53.ARecordProps{Target: ips("1.1.1.1"), Weight: jsii.Number(1), Region: jsii.String("us-east-1"), Zone: zoneOf(s)})
	},
	"SetIdSimple": func(s awscdk.Stack) {
		r53.NewARecord(s, jsii.String("R"), &r53.ARecordProps{Target: ips("1.1.1.1"), SetIdentifier: jsii.String("x"), Zone: zoneOf(s)})
	},
	"BadZoneName": func(s awscdk.Stack) {
		r53.NewHostedZone(s, jsii.String("Z"), &r53.HostedZoneProps{ZoneName: jsii.String("bad zone.com")})
	},
	"ZoneNameFromId": func(s awscdk.Stack) {
		r53.NewARecord(s, jsii.String("R"), &r53.ARecordProps{Target: ips("1.1.1.1"), Zone: r53.HostedZone_FromHostedZoneId(s, jsii.String("Z"), jsii.String("Z1"))})
	},
	"BadCountry": func(s awscdk.Stack) { r53.GeoLocation_Country(jsii.String("usa")) },
}

func TestRoute53Errors(t *testing.T) {
	checkErrors(t, errorCases, nil)
}
