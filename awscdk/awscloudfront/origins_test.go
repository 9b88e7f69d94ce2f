package awscloudfront_test

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	cf "github.com/strata-cdk/strata/awscdk/awscloudfront"
	origins "github.com/strata-cdk/strata/awscdk/awscloudfrontorigins"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

func inlineFn(s awscdk.Stack, id string, code string) awslambda.Function {
	return awslambda.NewFunction(s, jsii.String(id), &awslambda.FunctionProps{Runtime: awslambda.Runtime_NODEJS_20_X(), Handler: jsii.String("index.handler"),
		Code: awslambda.Code_FromInline(jsii.String(code))})
}

// Twins of the Origins stack and the origin error cases in testdata/twins.js.
func init() {
	templateCases["Origins"] = func(s awscdk.Stack) {
		fn := inlineFn(s, "Fn", "exports.handler = async () => ({})")
		iamURL := fn.AddFunctionUrl(&awslambda.FunctionUrlOptions{AuthType: awslambda.FunctionUrlAuthType_AWS_IAM})
		fn2 := inlineFn(s, "Fn2", "exports.handler = async () => ({})")
		openURL := fn2.AddFunctionUrl(&awslambda.FunctionUrlOptions{AuthType: awslambda.FunctionUrlAuthType_NONE})
		api := awsapigateway.NewRestApi(s, jsii.String("Api"), nil)
		api.Root().AddMethod(jsii.String("GET"), nil, nil)
		vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(0), RestrictDefaultSecurityGroup: jsii.Bool(false)})
		alb := elbv2.NewApplicationLoadBalancer(s, jsii.String("Alb"), &elbv2.ApplicationLoadBalancerProps{Vpc: vpc, InternetFacing: jsii.Bool(false)})
		pub := elbv2.NewApplicationLoadBalancer(s, jsii.String("PublicAlb"), &elbv2.ApplicationLoadBalancerProps{Vpc: vpc, InternetFacing: jsii.Bool(true)})
		imported := cf.VpcOrigin_FromVpcOriginArn(s, jsii.String("ImpVpcOrigin"), jsii.String("arn:aws:cloudfront::111111111111:vpcorigin/vo_abc"))
		site := awss3.NewBucket(s, jsii.String("Site"), &awss3.BucketProps{WebsiteIndexDocument: jsii.String("index.html")})
		plain := awss3.NewBucket(s, jsii.String("Plain"), nil)
		cf.NewDistribution(s, jsii.String("Cdn"), &cf.DistributionProps{
			DefaultBehavior: &cf.BehaviorOptions{Origin: origins.FunctionUrlOrigin_WithOriginAccessControl(iamURL, &origins.FunctionUrlOriginWithOACProps{
				ReadTimeout: awscdk.Duration_Seconds(jsii.Number(20)), KeepaliveTimeout: awscdk.Duration_Seconds(jsii.Number(10))})},
			AdditionalBehaviors: &map[string]*cf.BehaviorOptions{
				"/open/*": {Origin: origins.NewFunctionUrlOrigin(openURL, &origins.FunctionUrlOriginProps{IpAddressType: cf.OriginIpAddressType_DUALSTACK, OriginId: jsii.String("open")})},
				"/oac/*": {Origin: origins.FunctionUrlOrigin_WithOriginAccessControl(openURL, &origins.FunctionUrlOriginWithOACProps{
					OriginAccessControl: cf.NewFunctionUrlOriginAccessControl(s, jsii.String("Oac"), &cf.FunctionUrlOriginAccessControlProps{Signing: cf.Signing_SIGV4_NO_OVERRIDE()})})},
				"/api/*": {Origin: origins.NewRestApiOrigin(api, &origins.RestApiOriginProps{ReadTimeout: awscdk.Duration_Seconds(jsii.Number(40))})},
				"/alb/*": {Origin: origins.NewLoadBalancerV2Origin(pub, &origins.LoadBalancerV2OriginProps{ProtocolPolicy: cf.OriginProtocolPolicy_HTTP_ONLY,
					HttpPort: jsii.Number(8080), KeepaliveTimeout: awscdk.Duration_Seconds(jsii.Number(30))}),
					AllowedMethods: cf.AllowedMethods_ALLOW_ALL(), CachePolicy: cf.CachePolicy_CACHING_DISABLED(), OriginRequestPolicy: cf.OriginRequestPolicy_ALL_VIEWER()},
				"/api2/*": {Origin: origins.NewRestApiOrigin(api, &origins.RestApiOriginProps{OriginPath: jsii.String("/custom")})},
				"/vpc/*": {Origin: origins.VpcOrigin_WithApplicationLoadBalancer(alb, &origins.VpcOriginWithEndpointProps{HttpPort: jsii.Number(8080),
					ProtocolPolicy: cf.OriginProtocolPolicy_HTTP_ONLY, VpcOriginName: jsii.String("alb-origin"), ReadTimeout: awscdk.Duration_Seconds(jsii.Number(30))})},
				"/vpc2/*": {Origin: origins.VpcOrigin_WithVpcOrigin(imported, &origins.VpcOriginProps{DomainName: jsii.String("internal.example.com"),
					KeepaliveTimeout: awscdk.Duration_Seconds(jsii.Number(5))})},
				"/site/*":  {Origin: origins.NewS3Origin(site, nil)},
				"/plain/*": {Origin: origins.NewS3Origin(plain, &origins.S3OriginProps{OriginPath: jsii.String("p")})},
			},
		})
		vo := cf.NewVpcOrigin(s, jsii.String("Direct"), &cf.VpcOriginProps{Endpoint: cf.VpcOriginEndpoint_ApplicationLoadBalancer(alb), HttpsPort: jsii.Number(8443),
			OriginSslProtocols: &[]cf.OriginSslPolicy{cf.OriginSslPolicy_TLS_V1_2, cf.OriginSslPolicy_TLS_V1_1}})
		awscdk.NewCfnOutput(s, jsii.String("Vo"), &awscdk.CfnOutputProps{Value: join(vo.VpcOriginId(), vo.VpcOriginArn(), vo.DomainName(), imported.VpcOriginId())})
	}
	errorCases["UrlAuth"] = func(s awscdk.Stack) {
		fn := inlineFn(s, "F", "x")
		cf.NewDistribution(s, jsii.String("D"), &cf.DistributionProps{DefaultBehavior: &cf.BehaviorOptions{
			Origin: origins.FunctionUrlOrigin_WithOriginAccessControl(fn.AddFunctionUrl(&awslambda.FunctionUrlOptions{AuthType: awslambda.FunctionUrlAuthType_NONE}), nil)}})
	}
	errorCases["VpcPort"] = func(s awscdk.Stack) {
		cf.NewVpcOrigin(s, jsii.String("V"), &cf.VpcOriginProps{Endpoint: cf.VpcOriginEndpoint_ApplicationLoadBalancer(elbv2.NewApplicationLoadBalancer(s, jsii.String("A"),
			&elbv2.ApplicationLoadBalancerProps{Vpc: awsec2.NewVpc(s, jsii.String("Vpc"), nil)})), HttpPort: jsii.Number(8)})
	}
	errorCases["VpcImport"] = func(s awscdk.Stack) {
		cf.VpcOrigin_FromVpcOriginAttributes(s, jsii.String("V"), &cf.VpcOriginAttributes{})
	}
	errorCases["VpcDomain"] = func(s awscdk.Stack) {
		origins.VpcOrigin_WithVpcOrigin(cf.VpcOrigin_FromVpcOriginId(s, jsii.String("V"), jsii.String("vo_1")), nil)
	}
}
