package awsroute53_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	r53 "github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

type nlb struct{}

func (nlb) LoadBalancerArn() *string {
	return jsii.String("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/nlb/1")
}

// awsSdkKeys also puts the S3 key of Strata's AwsCustomResource handler
// where aws-cdk-lib's template has its own (the allowed difference).
func awsSdkKeys(t *testing.T, want, got []byte) []byte {
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
	return ownProviderKeys(t, want, got)
}

// The EndpointDomain stack of testdata/twins.js: the three AWS SDK custom
// resources (set the private DNS name, read the TXT record to write, start
// the verification once it is written), their policies, dependencies and
// the md5 lookup id, for two services in one stack.
func TestVpcEndpointServiceDomainNameTemplate(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){
		"EndpointDomain": func(s awscdk.Stack) {
			svc := awsec2.NewVpcEndpointService(s, jsii.String("Service"), &awsec2.VpcEndpointServiceProps{
				VpcEndpointServiceLoadBalancers: &[]awsec2.IVpcEndpointServiceLoadBalancer{nlb{}}, AcceptanceRequired: jsii.Bool(false)})
			zone := r53.NewPublicHostedZone(s, jsii.String("Zone"), &r53.PublicHostedZoneProps{ZoneName: jsii.String("example.com")})
			d := r53.NewVpcEndpointServiceDomainName(s, jsii.String("Domain"), &r53.VpcEndpointServiceDomainNameProps{
				EndpointService: svc, DomainName: jsii.String("svc.example.com"), PublicHostedZone: zone})
			out(s, "DomainName", d.DomainName())
			other := awsec2.NewVpcEndpointService(s, jsii.String("Other"), &awsec2.VpcEndpointServiceProps{
				VpcEndpointServiceLoadBalancers: &[]awsec2.IVpcEndpointServiceLoadBalancer{nlb{}}})
			r53.NewVpcEndpointServiceDomainName(s, jsii.String("OtherDomain"), &r53.VpcEndpointServiceDomainNameProps{
				EndpointService: other, DomainName: jsii.String("other.example.com"), PublicHostedZone: zone})
		},
	}, nil, awsSdkKeys)
}

// A second domain name for one service fails with aws-cdk-lib's message and
// construct path (TestRoute53Errors).
func init() {
	errorCases["EndpointDomainTwice"] = func(s awscdk.Stack) {
		svc := awsec2.NewVpcEndpointService(s, jsii.String("Svc"), &awsec2.VpcEndpointServiceProps{
			VpcEndpointServiceLoadBalancers: &[]awsec2.IVpcEndpointServiceLoadBalancer{nlb{}}})
		zone := r53.NewPublicHostedZone(s, jsii.String("Zone"), &r53.PublicHostedZoneProps{ZoneName: jsii.String("example.com")})
		for _, d := range []string{"D1", "D2"} {
			r53.NewVpcEndpointServiceDomainName(s, jsii.String(d), &r53.VpcEndpointServiceDomainNameProps{
				EndpointService: svc, DomainName: jsii.String(strings.ToLower(d) + ".example.com"), PublicHostedZone: zone})
		}
	}
}

// The same after a first domain name made through
// NewVpcEndpointServiceDomainName_Override; nil or empty props name the
// construct; SetDomainName sets what DomainName returns.
func TestVpcEndpointServiceDomainNameErrors(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		svc := awsec2.NewVpcEndpointService(s, jsii.String("Svc"), &awsec2.VpcEndpointServiceProps{
			VpcEndpointServiceLoadBalancers: &[]awsec2.IVpcEndpointServiceLoadBalancer{nlb{}}})
		zone := r53.NewPublicHostedZone(s, jsii.String("Zone"), &r53.PublicHostedZoneProps{ZoneName: jsii.String("example.com")})
		first := &myDomain{}
		r53.NewVpcEndpointServiceDomainName_Override(first, s, jsii.String("D1"), &r53.VpcEndpointServiceDomainNameProps{
			EndpointService: svc, DomainName: jsii.String("a.example.com"), PublicHostedZone: zone})
		if *first.DomainName() != "a.example.com" || !*r53.VpcEndpointServiceDomainName_IsConstruct(first) {
			t.Errorf("override: DomainName %q", *first.DomainName())
		}
		r53.NewVpcEndpointServiceDomainName(s, jsii.String("D2"), &r53.VpcEndpointServiceDomainNameProps{
			EndpointService: svc, DomainName: jsii.String("b.example.com"), PublicHostedZone: zone})
	})
	if err == nil || !regexp.MustCompile(`S/D2.*another VpcEndpointServiceDomainName \(a\.example\.com\)`).MatchString(err.Error()) {
		t.Errorf("second domain after an override: %v", err)
	}
	// nil props and missing fields name the construct
	for name, props := range map[string]*r53.VpcEndpointServiceDomainNameProps{"nil": nil, "empty": {}} {
		err := golden.SynthErr(t, func(app awscdk.App) {
			r53.NewVpcEndpointServiceDomainName(awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("X"), props)
		})
		if err == nil || !regexp.MustCompile(`S/X`).MatchString(err.Error()) {
			t.Errorf("%s props: %v", name, err)
		}
	}
	// SetDomainName changes what DomainName returns, as the jsii property does
	err = golden.SynthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		svc := awsec2.NewVpcEndpointService(s, jsii.String("Svc"), &awsec2.VpcEndpointServiceProps{
			VpcEndpointServiceLoadBalancers: &[]awsec2.IVpcEndpointServiceLoadBalancer{nlb{}}})
		zone := r53.NewPublicHostedZone(s, jsii.String("Zone"), &r53.PublicHostedZoneProps{ZoneName: jsii.String("example.com")})
		d := r53.NewVpcEndpointServiceDomainName(s, jsii.String("D"), &r53.VpcEndpointServiceDomainNameProps{
			EndpointService: svc, DomainName: jsii.String("a.example.com"), PublicHostedZone: zone})
		d.SetDomainName(jsii.String("c.example.com"))
		if *d.DomainName() != "c.example.com" {
			t.Errorf("SetDomainName: %q", *d.DomainName())
		}
	})
	if err != nil {
		t.Error(err)
	}
}

type myDomain struct {
	r53.VpcEndpointServiceDomainName
}
