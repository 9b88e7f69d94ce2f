package awscertificatemanager_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	acm "github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	r53 "github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Certificates": func(s awscdk.Stack) {
		zone := r53.NewPublicHostedZone(s, jsii.String("Zone"), &r53.PublicHostedZoneProps{ZoneName: jsii.String("example.com")})
		other := r53.HostedZone_FromHostedZoneAttributes(s, jsii.String("Other"), &r53.HostedZoneAttributes{HostedZoneId: jsii.String("Z9"), ZoneName: jsii.String("example.net")})
		c := acm.NewCertificate(s, jsii.String("Site"), &acm.CertificateProps{
			DomainName: jsii.String("example.com"), SubjectAlternativeNames: jsii.Strings("*.example.com", "api.example.com"),
			Validation: acm.CertificateValidation_FromDns(zone),
		})
		acm.NewCertificate(s, jsii.String("Multi"), &acm.CertificateProps{
			CertificateName: jsii.String("multi"), DomainName: jsii.String("app.example.com"), SubjectAlternativeNames: jsii.Strings("app.example.net"),
			KeyAlgorithm: acm.KeyAlgorithm_EC_PRIME256V1(), TransparencyLoggingEnabled: jsii.Bool(false), AllowExport: jsii.Bool(true),
			Validation: acm.CertificateValidation_FromDnsMultiZone(&map[string]r53.IHostedZone{"app.example.com": zone, "app.example.net": other}),
		})
		acm.NewCertificate(s, jsii.String("Email"), &acm.CertificateProps{DomainName: jsii.String("mail.example.org"),
			Validation: acm.CertificateValidation_FromEmail(&map[string]*string{"mail.example.org": jsii.String("example.org")})})
		acm.NewCertificate(s, jsii.String("EmailDefault"), &acm.CertificateProps{DomainName: jsii.String("www.example.co.uk"),
			SubjectAlternativeNames: jsii.Strings("shop.example.com", "a.b.s3.amazonaws.com", "localhost")})
		acm.NewCertificate(s, jsii.String("Manual"), &acm.CertificateProps{DomainName: jsii.String("manual.example.com"), Validation: acm.CertificateValidation_FromDns(nil)})
		awscdk.NewCfnOutput(s, jsii.String("Arn"), &awscdk.CfnOutputProps{Value: c.CertificateArn()})
		awscloudwatch.NewAlarm(s, jsii.String("Expiry"), &awscloudwatch.AlarmProps{Metric: c.MetricDaysToExpiry(nil), Threshold: jsii.Number(30),
			EvaluationPeriods: jsii.Number(1), ComparisonOperator: awscloudwatch.ComparisonOperator_LESS_THAN_THRESHOLD})
		awscdk.NewCfnOutput(s, jsii.String("Imported"), &awscdk.CfnOutputProps{Value: acm.Certificate_FromCertificateArn(s, jsii.String("Imp"),
			jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/abc")).CertificateArn()})
	},
}

func TestCertificateTemplates(t *testing.T) {
	checkTemplates(t, templateCases, nil)
}

var errorCases = map[string]func(s awscdk.Stack){
	"LongName": func(s awscdk.Stack) {
		acm.NewCertificate(s, jsii.String("C"), &acm.CertificateProps{DomainName: jsii.String(strings.Repeat("a", 65)), Validation: acm.CertificateValidation_FromDns(nil)})
	},
}

func TestCertificateErrors(t *testing.T) {
	checkErrors(t, errorCases, nil)
}
