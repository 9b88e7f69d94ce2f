package awscloudfront_test

import (
	"github.com/strata-cdk/strata/awscdk"
	acm "github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	cf "github.com/strata-cdk/strata/awscdk/awscloudfront"
	origins "github.com/strata-cdk/strata/awscdk/awscloudfrontorigins"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

// Twin of the Edge stack in testdata/twins.js.
func init() {
	templateCases["Edge"] = func(s awscdk.Stack) {
		fn := inlineFn(s, "Edge", "exports.handler = async (e) => e")
		logs := awss3.NewBucket(s, jsii.String("Logs"), &awss3.BucketProps{ObjectOwnership: awss3.ObjectOwnership_OBJECT_WRITER})
		cert := acm.Certificate_FromCertificateArn(s, jsii.String("Cert"), jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/abc"))
		d := cf.NewDistribution(s, jsii.String("Cdn"), &cf.DistributionProps{
			DefaultBehavior: &cf.BehaviorOptions{Origin: origins.NewHttpOrigin(jsii.String("a.example.com"), &origins.HttpOriginProps{OriginId: jsii.String("primary"),
				ConnectionAttempts: jsii.Number(2), ConnectionTimeout: awscdk.Duration_Seconds(jsii.Number(4)), OriginShieldEnabled: jsii.Bool(false)}),
				EdgeLambdas: &[]*cf.EdgeLambda{
					{FunctionVersion: fn.CurrentVersion(), EventType: cf.LambdaEdgeEventType_VIEWER_REQUEST, IncludeBody: jsii.Bool(true)},
					{FunctionVersion: fn.CurrentVersion(), EventType: cf.LambdaEdgeEventType_ORIGIN_RESPONSE}},
				SmoothStreaming: jsii.Bool(true), ViewerProtocolPolicy: cf.ViewerProtocolPolicy_HTTPS_ONLY},
			AdditionalBehaviors: &map[string]*cf.BehaviorOptions{
				"/grpc/*": {Origin: origins.NewHttpOrigin(jsii.String("g.example.com"), nil), EnableGrpc: jsii.Bool(true), AllowedMethods: cf.AllowedMethods_ALLOW_ALL()},
				"/media/*": {Origin: origins.NewOriginGroup(&origins.OriginGroupProps{PrimaryOrigin: origins.NewHttpOrigin(jsii.String("m1.example.com"), nil),
					FallbackOrigin: origins.NewHttpOrigin(jsii.String("m2.example.com"), nil), SelectionCriteria: cf.OriginSelectionCriteria_MEDIA_QUALITY_BASED}),
					AllowedMethods: cf.AllowedMethods_ALLOW_GET_HEAD_OPTIONS()},
			},
			Certificate: cert, DomainNames: jsii.Strings("a.example.com", "b.example.com"), SslSupportMethod: cf.SSLMethod_VIP,
			MinimumProtocolVersion: cf.SecurityPolicyProtocol_TLS_V1_2_2019, HttpVersion: cf.HttpVersion_HTTP2, LogBucket: logs, LogIncludesCookies: jsii.Bool(true),
			GeoRestriction: cf.GeoRestriction_Denylist(jsii.String("KP")), WebAclId: jsii.String("arn:aws:wafv2:us-east-1:111111111111:global/webacl/y/2"),
			PriceClass: cf.PriceClass_PRICE_CLASS_200,
		})
		d.AddBehavior(jsii.String("/static/*"), origins.S3BucketOrigin_WithOriginAccessControl(awss3.NewBucket(s, jsii.String("Static"), nil),
			&origins.S3BucketOriginWithOACProps{OriginAccessLevels: &[]cf.AccessLevel{cf.AccessLevel_READ, cf.AccessLevel_READ_VERSIONED, cf.AccessLevel_DELETE}}),
			&cf.AddBehaviorOptions{EdgeLambdas: &[]*cf.EdgeLambda{{FunctionVersion: fn.CurrentVersion(), EventType: cf.LambdaEdgeEventType_ORIGIN_REQUEST}}})
		awscloudwatch.NewAlarm(s, jsii.String("Latency"), &awscloudwatch.AlarmProps{Metric: d.Metric(jsii.String("OriginLatency"), &awscloudwatch.MetricOptions{Statistic: jsii.String("p90")}),
			Threshold: jsii.Number(1000), EvaluationPeriods: jsii.Number(1)})
		awscloudwatch.NewAlarm(s, jsii.String("Down"), &awscloudwatch.AlarmProps{Metric: d.MetricBytesDownloaded(nil), Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		awscdk.NewCfnOutput(s, jsii.String("Dn"), &awscdk.CfnOutputProps{Value: d.DomainName()})
		awscdk.NewCfnOutput(s, jsii.String("Id"), &awscdk.CfnOutputProps{Value: d.DistributionId()})
	}
}
