package awscloudfront_test

import (
	"github.com/strata-cdk/strata/awscdk"
	acm "github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	cf "github.com/strata-cdk/strata/awscdk/awscloudfront"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudfront"
	"github.com/strata-cdk/strata/jsii"
)

// Twins of the Web stack and the CloudFrontWebDistribution error cases in testdata/twins.js.
func init() {
	templateCases["Web"] = func(s awscdk.Stack) {
		bucket := awss3.NewBucket(s, jsii.String("Bucket"), nil)
		backup := awss3.NewBucket(s, jsii.String("Backup"), nil)
		oai := cf.NewOriginAccessIdentity(s, jsii.String("Oai"), nil)
		edge := inlineFn(s, "Edge", "exports.handler = async (e) => e")
		fn := cf.NewFunction(s, jsii.String("Fn"), &cf.FunctionProps{Code: cf.FunctionCode_FromInline(jsii.String("function handler(e) { return e.request; }"))})
		kg := cf.KeyGroup_FromKeyGroupId(s, jsii.String("Kg"), jsii.String("kg-1"))
		w := cf.NewCloudFrontWebDistribution(s, jsii.String("Dist"), &cf.CloudFrontWebDistributionProps{
			OriginConfigs: &[]*cf.SourceConfiguration{
				{S3OriginSource: &cf.S3OriginConfig{S3BucketSource: bucket, OriginAccessIdentity: oai, OriginPath: jsii.String("/web"),
					OriginHeaders: &map[string]*string{"X-B": jsii.String("b"), "X-A": jsii.String("a")}},
					Behaviors: &[]*cf.Behavior{{IsDefaultBehavior: jsii.Bool(true), Compress: jsii.Bool(false), DefaultTtl: awscdk.Duration_Minutes(jsii.Number(10)),
						MinTtl: awscdk.Duration_Seconds(jsii.Number(0)), MaxTtl: awscdk.Duration_Hours(jsii.Number(2)),
						FunctionAssociations: &[]*cf.FunctionAssociation{{Function: fn, EventType: cf.FunctionEventType_VIEWER_REQUEST}},
						TrustedKeyGroups:     &[]interfacesawscloudfront.IKeyGroupRef{kg}}}},
				{CustomOriginSource: &cf.CustomOriginConfig{DomainName: jsii.String("api.example.com"), HttpPort: jsii.Number(8080),
					OriginReadTimeout: awscdk.Duration_Seconds(jsii.Number(45)), OriginKeepaliveTimeout: awscdk.Duration_Seconds(jsii.Number(0)),
					AllowedOriginSSLVersions: &[]cf.OriginSslPolicy{cf.OriginSslPolicy_TLS_V1_1, cf.OriginSslPolicy_TLS_V1_2},
					OriginProtocolPolicy:     cf.OriginProtocolPolicy_MATCH_VIEWER, OriginShieldRegion: jsii.String("us-west-2")},
					FailoverS3OriginSource:      &cf.S3OriginConfig{S3BucketSource: backup},
					FailoverCriteriaStatusCodes: &[]cf.FailoverStatusCode{cf.FailoverStatusCode_NOT_FOUND, cf.FailoverStatusCode_BAD_GATEWAY},
					ConnectionAttempts:          jsii.Number(2), ConnectionTimeout: awscdk.Duration_Seconds(jsii.Number(5)),
					Behaviors: &[]*cf.Behavior{
						{PathPattern: jsii.String("/api/*"), AllowedMethods: cf.CloudFrontAllowedMethods_ALL, CachedMethods: cf.CloudFrontAllowedCachedMethods_GET_HEAD_OPTIONS,
							ForwardedValues:      &cf.CfnDistribution_ForwardedValuesProperty{QueryString: jsii.Bool(true), Headers: jsii.Strings("Authorization")},
							ViewerProtocolPolicy: cf.ViewerProtocolPolicy_HTTPS_ONLY, TrustedSigners: jsii.Strings("111111111111"),
							LambdaFunctionAssociations: &[]*cf.LambdaFunctionAssociation{{EventType: cf.LambdaEdgeEventType_ORIGIN_REQUEST,
								LambdaFunction: edge.CurrentVersion(), IncludeBody: jsii.Bool(true)}}},
						{PathPattern: jsii.String("/api2/*"), AllowedMethods: cf.CloudFrontAllowedMethods_GET_HEAD_OPTIONS},
					}},
			},
			Comment: jsii.String("web"), DefaultRootObject: jsii.String(""), EnableIpV6: jsii.Bool(false), HttpVersion: cf.HttpVersion_HTTP1_1,
			PriceClass: cf.PriceClass_PRICE_CLASS_ALL, ViewerProtocolPolicy: cf.ViewerProtocolPolicy_ALLOW_ALL,
			WebACLId: jsii.String("arn:aws:wafv2:us-east-1:111111111111:global/webacl/x/1"),
			ErrorConfigurations: &[]*cf.CfnDistribution_CustomErrorResponseProperty{{ErrorCode: jsii.Number(404), ResponseCode: jsii.Number(200),
				ResponsePagePath: jsii.String("/index.html"), ErrorCachingMinTtl: jsii.Number(10)}},
			LoggingConfig:  &cf.LoggingConfiguration{Prefix: jsii.String("logs/"), IncludeCookies: jsii.Bool(true)},
			GeoRestriction: cf.GeoRestriction_Denylist(jsii.String("RU")),
			ViewerCertificate: cf.ViewerCertificate_FromAcmCertificate(acm.Certificate_FromCertificateArn(s, jsii.String("Cert"),
				jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/abc")), &cf.ViewerCertificateOptions{Aliases: jsii.Strings("www.example.com"),
				SecurityPolicy: cf.SecurityPolicyProtocol_TLS_V1_2_2021, SslMethod: cf.SSLMethod_SNI}),
		})
		w.GrantCreateInvalidation(awsiam.NewRole(s, jsii.String("Inv"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()}))
		w.Grant(awsiam.NewRole(s, jsii.String("Lister"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()}), jsii.String("cloudfront:ListDistributions"))
		cf.NewCloudFrontWebDistribution(s, jsii.String("Plain"), &cf.CloudFrontWebDistributionProps{OriginConfigs: &[]*cf.SourceConfiguration{
			{CustomOriginSource: &cf.CustomOriginConfig{DomainName: jsii.String("x.example.com")}, Behaviors: &[]*cf.Behavior{{IsDefaultBehavior: jsii.Bool(true)}}}},
			ViewerCertificate: cf.ViewerCertificate_FromCloudFrontDefaultCertificate()})
		cf.NewCloudFrontWebDistribution(s, jsii.String("Iam"), &cf.CloudFrontWebDistributionProps{OriginConfigs: &[]*cf.SourceConfiguration{
			{S3OriginSource: &cf.S3OriginConfig{S3BucketSource: bucket}, Behaviors: &[]*cf.Behavior{{IsDefaultBehavior: jsii.Bool(true)}}}},
			ViewerCertificate: cf.ViewerCertificate_FromIamCertificate(jsii.String("cert-id"), &cf.ViewerCertificateOptions{SslMethod: cf.SSLMethod_VIP}),
			LoggingConfig:     &cf.LoggingConfiguration{Bucket: backup}})
		imp := cf.CloudFrontWebDistribution_FromDistributionAttributes(s, jsii.String("Imp"), &cf.CloudFrontWebDistributionAttributes{DistributionId: jsii.String("E1"),
			DomainName: jsii.String("d.cloudfront.net")})
		awscdk.NewCfnOutput(s, jsii.String("Out"), &awscdk.CfnOutputProps{Value: join(w.DistributionId(), w.DistributionDomainName(), w.LoggingBucket().BucketName(), imp.DistributionArn())})
	}
	web := func(s awscdk.Stack, oc *cf.SourceConfiguration, vc cf.ViewerCertificate) {
		cf.NewCloudFrontWebDistribution(s, jsii.String("W"), &cf.CloudFrontWebDistributionProps{OriginConfigs: &[]*cf.SourceConfiguration{oc}, ViewerCertificate: vc})
	}
	custom := &cf.CustomOriginConfig{DomainName: jsii.String("a.com")}
	def := &cf.Behavior{IsDefaultBehavior: jsii.Bool(true)}
	errorCases["WebTwoDefaults"] = func(s awscdk.Stack) {
		web(s, &cf.SourceConfiguration{CustomOriginSource: custom, Behaviors: &[]*cf.Behavior{def, {IsDefaultBehavior: jsii.Bool(true)}}}, nil)
	}
	errorCases["WebNoPath"] = func(s awscdk.Stack) {
		web(s, &cf.SourceConfiguration{CustomOriginSource: custom, Behaviors: &[]*cf.Behavior{def, {}}}, nil)
	}
	errorCases["WebNoSource"] = func(s awscdk.Stack) { web(s, &cf.SourceConfiguration{Behaviors: &[]*cf.Behavior{def}}, nil) }
	errorCases["WebSsl"] = func(s awscdk.Stack) {
		web(s, &cf.SourceConfiguration{CustomOriginSource: custom, Behaviors: &[]*cf.Behavior{def}},
			cf.ViewerCertificate_FromIamCertificate(jsii.String("c"), &cf.ViewerCertificateOptions{SslMethod: cf.SSLMethod_VIP, SecurityPolicy: cf.SecurityPolicyProtocol_TLS_V1_2_2021}))
	}
	errorCases["WebAttempts"] = func(s awscdk.Stack) {
		web(s, &cf.SourceConfiguration{CustomOriginSource: custom, ConnectionAttempts: jsii.Number(4), Behaviors: &[]*cf.Behavior{def}}, nil)
	}
}
