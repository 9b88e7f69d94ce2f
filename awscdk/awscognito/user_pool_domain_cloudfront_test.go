package awscognito_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// awsSdkHandler puts the S3 key of Strata's AwsCustomResource handler
// where aws-cdk-lib's template has its own (the allowed difference).
func awsSdkHandler(t *testing.T, want, got []byte) []byte {
	key := func(b []byte) string {
		var doc struct {
			Resources map[string]struct {
				Properties struct{ Code struct{ S3Key string } }
			}
		}
		_ = json.Unmarshal(b, &doc)
		for id, r := range doc.Resources {
			if strings.HasPrefix(id, "AWS679f53fac002430cb0da5b7982bd2287") && r.Properties.Code.S3Key != "" {
				return r.Properties.Code.S3Key
			}
		}
		return ""
	}
	if theirs, ours := key(want), key(got); theirs != "" && ours != "" {
		want = []byte(strings.ReplaceAll(string(want), theirs, ours))
	}
	return want
}

// The CloudFront stack of testdata/twins.js: CloudFrontDomainName adds one
// Custom::UserPoolCloudFrontDomainName resource (DescribeUserPoolDomain,
// written with aws-cdk-lib's key order) however often it is asked, and
// returns its response field; UserPoolClientSecret likewise adds one
// Custom::DescribeCognitoUserPoolClient (data hidden from the logs). A
// client without GenerateSecret has no secret (TestErrors).
func init() {
	errorCases["SecretWithoutGenerate"] = func(s awscdk.Stack) {
		awscognito.NewUserPool(s, jsii.String("P"), nil).AddClient(jsii.String("C"), nil).UserPoolClientSecret()
	}
}

// TestUserPoolDomainCloudFrontDomainName compares the CloudFront stack.
func TestUserPoolDomainCloudFrontDomainName(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){
		"CloudFront": func(s awscdk.Stack) {
			pool := awscognito.NewUserPool(s, jsii.String("Pool"), nil)
			cert := awscertificatemanager.Certificate_FromCertificateArn(s, jsii.String("Cert"), jsii.String("arn:aws:acm:us-east-1:123456789012:certificate/abc"))
			d := pool.AddDomain(jsii.String("Custom"), &awscognito.UserPoolDomainOptions{
				CustomDomain: &awscognito.CustomDomainOptions{DomainName: jsii.String("auth.example.com"), Certificate: cert}})
			out(s, "CloudFront", d.CloudFrontDomainName())
			out(s, "Again", d.CloudFrontDomainName())
			out(s, "Endpoint", d.CloudFrontEndpoint())
			client := pool.AddClient(jsii.String("Secret"), &awscognito.UserPoolClientOptions{GenerateSecret: jsii.Bool(true)})
			out(s, "ClientSecret", client.UserPoolClientSecret().UnsafeUnwrap())
			out(s, "ClientSecretAgain", client.UserPoolClientSecret().UnsafeUnwrap())
		},
	}, nil, awsSdkHandler)
}
