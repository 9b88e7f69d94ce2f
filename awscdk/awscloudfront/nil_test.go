package awscloudfront_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	cf "github.com/strata-cdk/strata/awscdk/awscloudfront"
	origins "github.com/strata-cdk/strata/awscdk/awscloudfrontorigins"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

// Nil props behave as aws-cdk-lib's undefined: the constructors whose
// props aws-cdk-lib defaults synthesize, the ones that need props say so
// with the construct path; none ends in a Go runtime panic.
func TestNilProps(t *testing.T) {
	ok := map[string]func(s awscdk.Stack){
		"CachePolicy":         func(s awscdk.Stack) { cf.NewCachePolicy(s, jsii.String("X"), nil) },
		"OriginRequestPolicy": func(s awscdk.Stack) { cf.NewOriginRequestPolicy(s, jsii.String("X"), nil) },
		"ResponseHeaders":     func(s awscdk.Stack) { cf.NewResponseHeadersPolicy(s, jsii.String("X"), nil) },
		"KeyValueStore":       func(s awscdk.Stack) { cf.NewKeyValueStore(s, jsii.String("X"), nil) },
		"FunctionUrlOac":      func(s awscdk.Stack) { cf.NewFunctionUrlOriginAccessControl(s, jsii.String("X"), nil) },
		"MediaOac":            func(s awscdk.Stack) { cf.NewMediaPackageV2OriginAccessControl(s, jsii.String("X"), nil) },
		"Origins": func(s awscdk.Stack) {
			fn := inlineFn(s, "F", "x")
			url := fn.AddFunctionUrl(nil)
			api := awsapigateway.NewRestApi(s, jsii.String("Api"), nil)
			api.Root().AddMethod(jsii.String("GET"), nil, nil)
			alb := elbv2.NewApplicationLoadBalancer(s, jsii.String("Alb"), &elbv2.ApplicationLoadBalancerProps{
				Vpc: awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{RestrictDefaultSecurityGroup: jsii.Bool(false)})})
			d := cf.NewDistribution(s, jsii.String("D"), &cf.DistributionProps{DefaultBehavior: &cf.BehaviorOptions{
				Origin: origins.FunctionUrlOrigin_WithOriginAccessControl(url, nil)}})
			d.AddBehavior(jsii.String("/a"), origins.NewFunctionUrlOrigin(url, nil), nil)
			d.AddBehavior(jsii.String("/b"), origins.NewRestApiOrigin(api, nil), nil)
			d.AddBehavior(jsii.String("/c"), origins.NewS3Origin(awss3.NewBucket(s, jsii.String("B"), nil), nil), nil)
			d.AddBehavior(jsii.String("/d"), origins.VpcOrigin_WithApplicationLoadBalancer(alb, nil), nil)
			cf.ViewerCertificate_FromIamCertificate(jsii.String("c"), nil)
		},
	}
	for name, build := range ok {
		if err := synthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) }); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	needProps := map[string]func(s awscdk.Stack){
		"KeyGroup":     func(s awscdk.Stack) { cf.NewKeyGroup(s, jsii.String("X"), nil) },
		"PublicKey":    func(s awscdk.Stack) { cf.NewPublicKey(s, jsii.String("X"), nil) },
		"VpcOrigin":    func(s awscdk.Stack) { cf.NewVpcOrigin(s, jsii.String("X"), nil) },
		"Web":          func(s awscdk.Stack) { cf.NewCloudFrontWebDistribution(s, jsii.String("X"), nil) },
		"Distribution": func(s awscdk.Stack) { cf.NewDistribution(s, jsii.String("X"), nil) },
		"NilFunction": func(s awscdk.Stack) {
			cf.NewDistribution(s, jsii.String("X"), &cf.DistributionProps{DefaultBehavior: &cf.BehaviorOptions{Origin: httpOrigin("a.com"),
				FunctionAssociations: &[]*cf.FunctionAssociation{{EventType: cf.FunctionEventType_VIEWER_REQUEST}}}})
		},
		"NilEdgeLambda": func(s awscdk.Stack) {
			cf.NewDistribution(s, jsii.String("X"), &cf.DistributionProps{DefaultBehavior: &cf.BehaviorOptions{Origin: httpOrigin("a.com"),
				EdgeLambdas: &[]*cf.EdgeLambda{nil}}})
		},
	}
	for name, build := range needProps {
		err := synthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) })
		if err == nil || !strings.Contains(err.Error(), "[S/X]") {
			t.Errorf("%s: error %v; want one naming S/X", name, err)
		}
	}
}
