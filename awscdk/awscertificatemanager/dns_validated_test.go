package awscertificatemanager_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	acm "github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	r53 "github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsacmpca"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// importedCA is what acmpca.CertificateAuthority.fromCertificateAuthorityArn
// hands aws-cdk-lib: a Resource naming the CA's ARN.
type importedCA struct {
	awscdk.Resource
	arn *string
}

func (c *importedCA) CertificateAuthorityRef() *interfacesawsacmpca.CertificateAuthorityReference {
	return &interfacesawsacmpca.CertificateAuthorityReference{CertificateAuthorityArn: c.arn}
}

// The Go twin of the Validated stack of testdata/twins.js.
var validatedCases = map[string]func(s awscdk.Stack){
	"Validated": func(s awscdk.Stack) {
		zone := r53.HostedZone_FromHostedZoneAttributes(s, jsii.String("Zone"), &r53.HostedZoneAttributes{HostedZoneId: jsii.String("Z123"), ZoneName: jsii.String("example.com")})
		c := acm.NewDnsValidatedCertificate(s, jsii.String("Cert"), &acm.DnsValidatedCertificateProps{DomainName: jsii.String("www.example.com"), HostedZone: zone, Region: jsii.String("us-east-1")})
		awscdk.NewCfnOutput(s, jsii.String("Arn"), &awscdk.CfnOutputProps{Value: c.CertificateArn()})
		role := awsiam.NewRole(s, jsii.String("CrRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		d := acm.NewDnsValidatedCertificate(s, jsii.String("Full"), &acm.DnsValidatedCertificateProps{
			DomainName: jsii.String("example.com"), SubjectAlternativeNames: jsii.Strings("*.example.com", "api.example.com"), HostedZone: zone,
			CleanupRoute53Records: jsii.Bool(true), TransparencyLoggingEnabled: jsii.Bool(false), Route53Endpoint: jsii.String("https://route53.amazonaws.com"), CustomResourceRole: role,
		})
		d.ApplyRemovalPolicy(awscdk.RemovalPolicy_RETAIN)
		awscdk.Tags_Of(d).Add(jsii.String("team"), jsii.String("web"), nil)
		region := "none"
		if d.Region() != nil {
			region = *d.Region()
		}
		awscdk.NewCfnOutput(s, jsii.String("Region"), &awscdk.CfnOutputProps{Value: jsii.String(region)})
		ca := &importedCA{Resource: awscdk.NewResource(s, jsii.String("CA"), nil), arn: jsii.String("arn:aws:acm-pca:us-east-1:111111111111:certificate-authority/abc")}
		p := acm.NewPrivateCertificate(s, jsii.String("Private"), &acm.PrivateCertificateProps{DomainName: jsii.String("internal.example.com"),
			SubjectAlternativeNames: jsii.Strings("a.internal.example.com"), CertificateAuthority: ca, KeyAlgorithm: acm.KeyAlgorithm_RSA_4096(), AllowExport: jsii.Bool(true)})
		awscdk.NewCfnOutput(s, jsii.String("PrivArn"), &awscdk.CfnOutputProps{Value: p.CertificateArn()})
		awscdk.NewCfnOutput(s, jsii.String("PrivImp"), &awscdk.CfnOutputProps{Value: acm.PrivateCertificate_FromCertificateArn(s, jsii.String("PImp"),
			jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/def")).CertificateArn()})
		awscdk.NewCfnOutput(s, jsii.String("Custom"), &awscdk.CfnOutputProps{Value: acm.NewKeyAlgorithm(jsii.String("RSA_8192")).Name()})
	},
}

// ownHandlerKeys puts the S3 key of Strata's own requestor-function code
// where aws-cdk-lib's template has the key of its handler: the one
// allowed difference.
func ownHandlerKeys(t *testing.T, want, got []byte) []byte {
	keys := func(b []byte) []string {
		var doc struct {
			Resources map[string]struct {
				Type       string
				Properties struct {
					Handler string
					Code    struct{ S3Key string }
				}
			}
		}
		_ = json.Unmarshal(b, &doc)
		var out []string
		for _, r := range doc.Resources {
			if r.Type == "AWS::Lambda::Function" && r.Properties.Handler == "index.certificateRequestHandler" {
				out = append(out, r.Properties.Code.S3Key)
			}
		}
		return out
	}
	theirs, ours := keys(want), keys(got)
	if len(theirs) > 0 && len(ours) > 0 {
		want = []byte(strings.ReplaceAll(string(want), theirs[0], ours[0]))
	}
	return want
}

func TestDnsValidatedCertificateTemplates(t *testing.T) {
	golden.CheckTemplates(t, validatedCases, nil, ownHandlerKeys)
}

func init() {
	errorCases["OutsideZone"] = func(s awscdk.Stack) {
		acm.NewDnsValidatedCertificate(s, jsii.String("C"), &acm.DnsValidatedCertificateProps{DomainName: jsii.String("www.example.org"),
			HostedZone: r53.HostedZone_FromHostedZoneAttributes(s, jsii.String("Z"), &r53.HostedZoneAttributes{HostedZoneId: jsii.String("Z1"), ZoneName: jsii.String("example.com")})})
	}
}
