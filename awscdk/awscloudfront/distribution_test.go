package awscloudfront_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	acm "github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	cf "github.com/strata-cdk/strata/awscdk/awscloudfront"
	origins "github.com/strata-cdk/strata/awscdk/awscloudfrontorigins"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Site": func(s awscdk.Stack) {
		bucket := awss3.NewBucket(s, jsii.String("Assets"), nil)
		cert := acm.Certificate_FromCertificateArn(s, jsii.String("Cert"), jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/abc"))
		d := cf.NewDistribution(s, jsii.String("Cdn"), &cf.DistributionProps{
			DefaultBehavior: &cf.BehaviorOptions{Origin: origins.S3BucketOrigin_WithOriginAccessControl(bucket, nil), ViewerProtocolPolicy: cf.ViewerProtocolPolicy_REDIRECT_TO_HTTPS},
			AdditionalBehaviors: &map[string]*cf.BehaviorOptions{
				"/api/*": {
					Origin: origins.NewHttpOrigin(jsii.String("api.example.com"), &origins.HttpOriginProps{OriginPath: jsii.String("v1/"),
						CustomHeaders: &map[string]*string{"X-Secret": jsii.String("abc")}, ReadTimeout: awscdk.Duration_Seconds(jsii.Number(45)),
						ResponseCompletionTimeout: awscdk.Duration_Seconds(jsii.Number(60))}),
					AllowedMethods: cf.AllowedMethods_ALLOW_ALL(), CachePolicy: cf.CachePolicy_CACHING_DISABLED(),
					OriginRequestPolicy: cf.OriginRequestPolicy_ALL_VIEWER_EXCEPT_HOST_HEADER(), ResponseHeadersPolicy: cf.ResponseHeadersPolicy_SECURITY_HEADERS(),
				},
				"/img/*": {Origin: origins.S3BucketOrigin_WithBucketDefaults(bucket, &cf.OriginProps{OriginShieldRegion: jsii.String("us-east-1")}),
					CachedMethods: cf.CachedMethods_CACHE_GET_HEAD_OPTIONS(), Compress: jsii.Bool(false)},
			},
			Certificate: cert, DomainNames: jsii.Strings("www.example.com"), DefaultRootObject: jsii.String("index.html"),
			Comment: jsii.String(strings.Repeat("c", 130)), PriceClass: cf.PriceClass_PRICE_CLASS_100,
			GeoRestriction: cf.GeoRestriction_Allowlist(jsii.String("US"), jsii.String("CA")), EnableLogging: jsii.Bool(true), LogFilePrefix: jsii.String("cdn/"),
			ErrorResponses: &[]*cf.ErrorResponse{
				{HttpStatus: jsii.Number(404), ResponsePagePath: jsii.String("/index.html"), Ttl: awscdk.Duration_Minutes(jsii.Number(5))},
				{HttpStatus: jsii.Number(403), ResponseHttpStatus: jsii.Number(200), ResponsePagePath: jsii.String("/403.html")},
			},
			HttpVersion: cf.HttpVersion_HTTP2_AND_3,
		})
		role := awsiam.NewRole(s, jsii.String("Deployer"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		d.GrantCreateInvalidation(role)
		d.Grant(role, jsii.String("cloudfront:GetDistribution"), jsii.String("cloudfront:ListDistributions"))
		awscloudwatch.NewAlarm(s, jsii.String("Errors"), &awscloudwatch.AlarmProps{Metric: d.Metric5xxErrorRate(nil), Threshold: jsii.Number(5), EvaluationPeriods: jsii.Number(1)})
		awscloudwatch.NewAlarm(s, jsii.String("Requests"), &awscloudwatch.AlarmProps{Metric: d.MetricRequests(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(1))}),
			Threshold: jsii.Number(1000), EvaluationPeriods: jsii.Number(2)})
		awscdk.NewCfnOutput(s, jsii.String("Domain"), &awscdk.CfnOutputProps{Value: d.DistributionDomainName()})
		awscdk.NewCfnOutput(s, jsii.String("Arn"), &awscdk.CfnOutputProps{Value: d.DistributionArn()})
	},
	"Legacy": func(s awscdk.Stack) {
		plain := awss3.NewBucket(s, jsii.String("Plain"), nil)
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		secure := awss3.NewBucket(s, jsii.String("Secure"), &awss3.BucketProps{Encryption: awss3.BucketEncryption_KMS, EncryptionKey: key})
		oai := origins.S3BucketOrigin_WithOriginAccessIdentity(plain, nil)
		d := cf.NewDistribution(s, jsii.String("Cdn"), &cf.DistributionProps{
			DefaultBehavior: &cf.BehaviorOptions{Origin: oai}, PublishAdditionalMetrics: jsii.Bool(true), EnableIpv6: jsii.Bool(false), Enabled: jsii.Bool(false),
			MinimumProtocolVersion: cf.SecurityPolicyProtocol_TLS_V1_2_2021,
		})
		d.AddBehavior(jsii.String("/secure/*"), origins.S3BucketOrigin_WithOriginAccessControl(secure, &origins.S3BucketOriginWithOACProps{
			OriginAccessLevels:  &[]cf.AccessLevel{cf.AccessLevel_READ, cf.AccessLevel_LIST, cf.AccessLevel_WRITE},
			OriginAccessControl: cf.NewS3OriginAccessControl(s, jsii.String("Oac"), &cf.S3OriginAccessControlProps{Signing: cf.Signing_SIGV4_NO_OVERRIDE(), Description: jsii.String("mine")}),
		}), &cf.AddBehaviorOptions{ViewerProtocolPolicy: cf.ViewerProtocolPolicy_HTTPS_ONLY})
		d.AddBehavior(jsii.String("/again/*"), oai, nil)
		d.AttachWebAclId(jsii.String("arn:aws:wafv2:us-east-1:111111111111:global/webacl/x/1"))
		awscloudwatch.NewAlarm(s, jsii.String("Hits"), &awscloudwatch.AlarmProps{Metric: d.MetricCacheHitRate(nil), Threshold: jsii.Number(50), EvaluationPeriods: jsii.Number(1),
			ComparisonOperator: awscloudwatch.ComparisonOperator_LESS_THAN_THRESHOLD})
		imp := cf.Distribution_FromDistributionAttributes(s, jsii.String("Imp"), &cf.DistributionAttributes{DistributionId: jsii.String("E123"), DomainName: jsii.String("d1.cloudfront.net")})
		awscdk.NewCfnOutput(s, jsii.String("ImpArn"), &awscdk.CfnOutputProps{Value: imp.DistributionArn()})
		cf.NewOriginAccessIdentity(s, jsii.String("Oai"), &cf.OriginAccessIdentityProps{Comment: jsii.String("mine")})
		awscdk.NewCfnOutput(s, jsii.String("Policy"), &awscdk.CfnOutputProps{Value: cf.CachePolicy_FromCachePolicyId(s, jsii.String("Cp"), jsii.String("abc")).CachePolicyId()})
	},
	"Functions": func(s awscdk.Stack) {
		fn := cf.NewFunction(s, jsii.String("Rewrite"), &cf.FunctionProps{Code: cf.FunctionCode_FromInline(jsii.String("function handler(event) { return event.request; }"))})
		named := cf.NewFunction(s, jsii.String("Named"), &cf.FunctionProps{FunctionName: jsii.String("named-fn"), Comment: jsii.String("mine"), Runtime: cf.FunctionRuntime_JS_1_0(),
			AutoPublish: jsii.Bool(false), Code: cf.FunctionCode_FromInline(jsii.String("function handler(event) { return event.response; }"))})
		imp := cf.Function_FromFunctionAttributes(s, jsii.String("Imp"), &cf.FunctionAttributes{FunctionArn: jsii.String("arn:aws:cloudfront::111111111111:function/x"), FunctionName: jsii.String("x")})
		group := origins.NewOriginGroup(&origins.OriginGroupProps{PrimaryOrigin: origins.NewHttpOrigin(jsii.String("a.example.com"), nil),
			FallbackOrigin: origins.NewHttpOrigin(jsii.String("b.example.com"), nil), FallbackStatusCodes: &[]*float64{jsii.Number(500), jsii.Number(503)}})
		cf.NewDistribution(s, jsii.String("Cdn"), &cf.DistributionProps{
			DefaultBehavior: &cf.BehaviorOptions{Origin: group, FunctionAssociations: &[]*cf.FunctionAssociation{
				{Function: fn, EventType: cf.FunctionEventType_VIEWER_REQUEST},
				{Function: named, EventType: cf.FunctionEventType_VIEWER_RESPONSE},
			}},
			AdditionalBehaviors: &map[string]*cf.BehaviorOptions{
				"/site/*": {Origin: origins.NewS3StaticWebsiteOrigin(awss3.NewBucket(s, jsii.String("Site"), &awss3.BucketProps{WebsiteIndexDocument: jsii.String("index.html")}),
					&origins.S3StaticWebsiteOriginProps{OriginPath: jsii.String("www")})},
				"/x/*": {Origin: origins.NewHttpOrigin(jsii.String("c.example.com"), nil),
					FunctionAssociations: &[]*cf.FunctionAssociation{{Function: imp, EventType: cf.FunctionEventType_VIEWER_REQUEST}}}},
		})
		awscdk.NewCfnOutput(s, jsii.String("Stage"), &awscdk.CfnOutputProps{Value: fn.FunctionStage()})
		awscdk.NewCfnOutput(s, jsii.String("Runtime"), &awscdk.CfnOutputProps{Value: named.FunctionRuntime()})
	},
}

func TestDistributionTemplates(t *testing.T) {
	checkTemplates(t, templateCases, nil)
}

func httpOrigin(domain string) cf.IOrigin { return origins.NewHttpOrigin(jsii.String(domain), nil) }

var errorCases = map[string]func(s awscdk.Stack){
	"CertRegion": func(s awscdk.Stack) {
		cf.NewDistribution(s, jsii.String("D"), &cf.DistributionProps{DefaultBehavior: &cf.BehaviorOptions{Origin: httpOrigin("x.com")},
			Certificate: acm.Certificate_FromCertificateArn(s, jsii.String("C"), jsii.String("arn:aws:acm:eu-west-1:111111111111:certificate/abc")), DomainNames: jsii.Strings("a.com")})
	},
	"StarPath": func(s awscdk.Stack) {
		cf.NewDistribution(s, jsii.String("D"), &cf.DistributionProps{DefaultBehavior: &cf.BehaviorOptions{Origin: httpOrigin("x.com")}}).
			AddBehavior(jsii.String("*"), httpOrigin("y.com"), nil)
	},
	"EmptyErrorResponse": func(s awscdk.Stack) {
		cf.NewDistribution(s, jsii.String("D"), &cf.DistributionProps{DefaultBehavior: &cf.BehaviorOptions{Origin: httpOrigin("x.com")},
			ErrorResponses: &[]*cf.ErrorResponse{{HttpStatus: jsii.Number(404)}}})
	},
	"Metric": func(s awscdk.Stack) {
		cf.NewDistribution(s, jsii.String("D"), &cf.DistributionProps{DefaultBehavior: &cf.BehaviorOptions{Origin: httpOrigin("x.com")}}).Metric404ErrorRate(nil)
	},
	"WebAcl": func(s awscdk.Stack) {
		cf.NewDistribution(s, jsii.String("D"), &cf.DistributionProps{DefaultBehavior: &cf.BehaviorOptions{Origin: httpOrigin("x.com")},
			WebAclId: jsii.String("arn:aws:wafv2:eu-west-1:111111111111:regional/webacl/x/1")})
	},
	"Port": func(s awscdk.Stack) {
		origins.NewHttpOrigin(jsii.String("x.com"), &origins.HttpOriginProps{HttpPort: jsii.Number(8)})
	},
	"Header": func(s awscdk.Stack) {
		origins.NewHttpOrigin(jsii.String("x.com"), &origins.HttpOriginProps{CustomHeaders: &map[string]*string{"Host": jsii.String("a")}})
	},
	"Geo": func(s awscdk.Stack) { cf.GeoRestriction_Denylist(jsii.String("usa")) },
	"Attempts": func(s awscdk.Stack) {
		origins.NewHttpOrigin(jsii.String("x.com"), &origins.HttpOriginProps{ConnectionAttempts: jsii.Number(5)})
	},
	"GroupOfGroup": func(s awscdk.Stack) {
		inner := origins.NewOriginGroup(&origins.OriginGroupProps{PrimaryOrigin: httpOrigin("a.com"), FallbackOrigin: httpOrigin("b.com")})
		cf.NewDistribution(s, jsii.String("D"), &cf.DistributionProps{DefaultBehavior: &cf.BehaviorOptions{
			Origin: origins.NewOriginGroup(&origins.OriginGroupProps{PrimaryOrigin: inner, FallbackOrigin: httpOrigin("c.com")})}})
	},
}

func TestDistributionErrors(t *testing.T) {
	checkErrors(t, errorCases, nil)
}
