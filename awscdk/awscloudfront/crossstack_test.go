package awscloudfront_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	cf "github.com/strata-cdk/strata/awscdk/awscloudfront"
	origins "github.com/strata-cdk/strata/awscdk/awscloudfrontorigins"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// Twin of CfNet + CfFront in testdata/twins.js: the Yoctogram frontend,
// its load balancer in the network stack (a weak reference).
func TestCrossStackDistribution(t *testing.T) {
	golden.CheckApp(t, []string{"CfNet", "CfFront"}, func(app awscdk.App) {
		net := awscdk.NewStack(app, jsii.String("CfNet"), nil)
		vpc := awsec2.NewVpc(net, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(0), RestrictDefaultSecurityGroup: jsii.Bool(false)})
		alb := elbv2.NewApplicationLoadBalancer(net, jsii.String("Alb"), &elbv2.ApplicationLoadBalancerProps{Vpc: vpc, InternetFacing: jsii.Bool(true)})
		front := awscdk.NewStack(app, jsii.String("CfFront"), nil)
		bucket := awss3.NewBucket(front, jsii.String("Frontend"), &awss3.BucketProps{BlockPublicAccess: awss3.BlockPublicAccess_BLOCK_ALL(), EnforceSSL: jsii.Bool(true)})
		d := cf.NewDistribution(front, jsii.String("Cdn"), &cf.DistributionProps{
			DefaultBehavior: &cf.BehaviorOptions{Origin: origins.S3BucketOrigin_WithOriginAccessControl(bucket, nil), ViewerProtocolPolicy: cf.ViewerProtocolPolicy_REDIRECT_TO_HTTPS},
			AdditionalBehaviors: &map[string]*cf.BehaviorOptions{"/api/*": {
				Origin:         origins.NewLoadBalancerV2Origin(alb, &origins.LoadBalancerV2OriginProps{ProtocolPolicy: cf.OriginProtocolPolicy_HTTP_ONLY}),
				AllowedMethods: cf.AllowedMethods_ALLOW_ALL(), CachePolicy: cf.CachePolicy_CACHING_DISABLED(), OriginRequestPolicy: cf.OriginRequestPolicy_ALL_VIEWER()}},
			DefaultRootObject: jsii.String("index.html"),
			ErrorResponses:    &[]*cf.ErrorResponse{{HttpStatus: jsii.Number(404), ResponseHttpStatus: jsii.Number(200), ResponsePagePath: jsii.String("/index.html")}},
		})
		awscdk.NewCfnOutput(front, jsii.String("Url"), &awscdk.CfnOutputProps{Value: d.DistributionDomainName()})
	}, nil)
}

// A bucket in one stack behind an OAC distribution in another is a cycle
// (the bucket policy names the distribution); aws-cdk-lib and Strata both
// refuse it with the same message.
func init() {
	errorCases["CrossStackOac"] = func(s awscdk.Stack) {
		app := s.Node().Scope().(constructs.Construct)
		data := awscdk.NewStack(app, jsii.String("CfData"), nil)
		bucket := awss3.NewBucket(data, jsii.String("Frontend"), nil)
		front := awscdk.NewStack(app, jsii.String("CfFront"), nil)
		cf.NewDistribution(front, jsii.String("Cdn"), &cf.DistributionProps{DefaultBehavior: &cf.BehaviorOptions{Origin: origins.S3BucketOrigin_WithOriginAccessControl(bucket, nil)}})
	}
}
