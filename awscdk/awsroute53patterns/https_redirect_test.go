package awsroute53patterns_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/awsroute53patterns"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// The programs of testdata/twins.js; the comparisons live in internal/golden.

var usEast1 = &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("us-east-1")}

func importedZone(s awscdk.Stack) awsroute53.IHostedZone {
	return awsroute53.HostedZone_FromHostedZoneAttributes(s, jsii.String("Zone"), &awsroute53.HostedZoneAttributes{HostedZoneId: jsii.String("Z1234"), ZoneName: jsii.String("example.com")})
}

func TestHttpsRedirectTemplates(t *testing.T) {
	cases := map[string]func(s awscdk.Stack){
		"Default": func(s awscdk.Stack) {
			zone := awsroute53.NewPublicHostedZone(s, jsii.String("Zone"), &awsroute53.PublicHostedZoneProps{ZoneName: jsii.String("example.com")})
			awsroute53patterns.NewHttpsRedirect(s, jsii.String("Redirect"), &awsroute53patterns.HttpsRedirectProps{Zone: zone, TargetDomain: jsii.String("www.example.org")})
		},
		"RecordNames": func(s awscdk.Stack) {
			awsroute53patterns.NewHttpsRedirect(s, jsii.String("Redirect"), &awsroute53patterns.HttpsRedirectProps{Zone: importedZone(s), TargetDomain: jsii.String("example.org"),
				RecordNames: jsii.Strings("example.com", "www.example.com", "old.example.com")})
		},
		"GivenCertificate": func(s awscdk.Stack) {
			zone := importedZone(s)
			cert := awscertificatemanager.Certificate_FromCertificateArn(s, jsii.String("Cert"), jsii.String("arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555"))
			awsroute53patterns.NewHttpsRedirect(s, jsii.String("Redirect"), &awsroute53patterns.HttpsRedirectProps{Zone: zone, TargetDomain: jsii.String("example.org"), Certificate: cert, RecordNames: jsii.Strings("a.example.com")})
		},
	}
	golden.CheckTemplates(t, cases, func(name string) *awscdk.StackProps {
		if name == "GivenCertificate" {
			return nil
		}
		return &awscdk.StackProps{Env: usEast1}
	}, nil)
}

// With both feature flags off: a CloudFrontWebDistribution and the
// DnsValidatedCertificate custom resource, whose handler is Strata's own
// code (its asset hash is the one place the templates may differ).
func TestHttpsRedirectLegacy(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){
		"Legacy": func(s awscdk.Stack) {
			s.Node().SetContext(jsii.String("@aws-cdk/aws-route53-patterns:useDistribution"), false)
			s.Node().SetContext(jsii.String("@aws-cdk/aws-route53-patters:useCertificate"), false)
			awsroute53patterns.NewHttpsRedirect(s, jsii.String("Redirect"), &awsroute53patterns.HttpsRedirectProps{Zone: importedZone(s), TargetDomain: jsii.String("example.org")})
		},
	}, func(string) *awscdk.StackProps { return &awscdk.StackProps{Env: usEast1} }, requestorCode)
}

// requestorCode puts the S3 key of Strata's certificate requestor code
// where aws-cdk-lib's template has its own.
func requestorCode(t *testing.T, want, got []byte) []byte {
	key := func(b []byte) string {
		var doc struct {
			Resources map[string]struct {
				Properties struct {
					Code struct{ S3Key string }
				}
			}
		}
		_ = json.Unmarshal(b, &doc)
		return doc.Resources["RedirectRedirectCertificateCertificateRequestorFunction6922BC5C"].Properties.Code.S3Key
	}
	if theirs, ours := key(want), key(got); theirs != "" && ours != "" {
		return []byte(strings.ReplaceAll(string(want), theirs, ours))
	}
	return want
}

// Outside us-east-1 the certificate lives in a us-east-1 stack of its own,
// which the distribution reads through a weak cross-region reference.
func TestHttpsRedirectCrossRegion(t *testing.T) {
	golden.CheckApp(t, []string{"CrossRegion", "certificate-redirect-stack-c8204c4ce625a972ae22e7c117115d5ec92d706003"}, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("CrossRegion"), &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("eu-west-1")}})
		awsroute53patterns.NewHttpsRedirect(s, jsii.String("Redirect"), &awsroute53patterns.HttpsRedirectProps{Zone: importedZone(s), TargetDomain: jsii.String("example.org"),
			RecordNames: jsii.Strings("a.example.com", "b.example.com")})
	}, nil)
}

func TestHttpsRedirectErrors(t *testing.T) {
	golden.CheckErrors(t, map[string]func(s awscdk.Stack){
		"CertificateRegion": func(s awscdk.Stack) {
			cert := awscertificatemanager.Certificate_FromCertificateArn(s, jsii.String("Cert"), jsii.String("arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555"))
			awsroute53patterns.NewHttpsRedirect(s, jsii.String("Redirect"), &awsroute53patterns.HttpsRedirectProps{Zone: importedZone(s), TargetDomain: jsii.String("example.org"), Certificate: cert})
		},
		"AgnosticWithoutCertificate": func(s awscdk.Stack) {
			awsroute53patterns.NewHttpsRedirect(s, jsii.String("Redirect"), &awsroute53patterns.HttpsRedirectProps{Zone: importedZone(s), TargetDomain: jsii.String("example.org")})
		},
	}, nil)
}

// Nil props are a clear error naming the construct, not a Go panic trace.
func TestHttpsRedirectNilProps(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		awsroute53patterns.NewHttpsRedirect(awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("Redirect"), nil)
	})
	if err == nil || err.Error() != "[S/Redirect] HttpsRedirect: the 'targetDomain' and 'zone' properties are required" {
		t.Fatalf("got %v", err)
	}
}
