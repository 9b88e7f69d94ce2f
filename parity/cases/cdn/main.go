// Command cdn is the parity case for issue 19's CDN shapes: a site bucket
// behind a distribution through an origin access control, with a
// DNS-validated certificate (a SAN included), an alias domain, error
// responses for a single-page app and an /api/* behaviour to an HTTP origin;
// a legacy bucket behind a second distribution through an origin access
// identity; and Route 53 A and AAAA aliases to the first distribution —
// written as an aws-cdk-go user writes it, imports rewritten to Strata.
//
// twin/app.js is the same program on aws-cdk-lib 2.276.0; parity/regen.sh
// turns it into expected/.
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awscloudfront"
	"github.com/strata-cdk/strata/awscdk/awscloudfrontorigins"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/awsroute53targets"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

func NewCdnStack(scope constructs.Construct, id string, props *awscdk.StackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, props)

	zone := awsroute53.NewPublicHostedZone(stack, jsii.String("Zone"), &awsroute53.PublicHostedZoneProps{
		ZoneName: jsii.String("example.com"),
	})
	cert := awscertificatemanager.NewCertificate(stack, jsii.String("SiteCert"), &awscertificatemanager.CertificateProps{
		DomainName:              jsii.String("www.example.com"),
		SubjectAlternativeNames: jsii.Strings("example.com"),
		Validation:              awscertificatemanager.CertificateValidation_FromDns(zone),
	})

	site := awss3.NewBucket(stack, jsii.String("SiteBucket"), &awss3.BucketProps{
		BlockPublicAccess: awss3.BlockPublicAccess_BLOCK_ALL(),
		Encryption:        awss3.BucketEncryption_S3_MANAGED,
		EnforceSSL:        jsii.Bool(true),
		RemovalPolicy:     awscdk.RemovalPolicy_DESTROY,
		AutoDeleteObjects: jsii.Bool(true),
	})
	distribution := awscloudfront.NewDistribution(stack, jsii.String("SiteDistribution"), &awscloudfront.DistributionProps{
		DefaultBehavior: &awscloudfront.BehaviorOptions{
			Origin:               awscloudfrontorigins.S3BucketOrigin_WithOriginAccessControl(site, nil),
			ViewerProtocolPolicy: awscloudfront.ViewerProtocolPolicy_REDIRECT_TO_HTTPS,
		},
		AdditionalBehaviors: &map[string]*awscloudfront.BehaviorOptions{
			"/api/*": {
				Origin:              awscloudfrontorigins.NewHttpOrigin(jsii.String("api.example.com"), nil),
				AllowedMethods:      awscloudfront.AllowedMethods_ALLOW_ALL(),
				CachePolicy:         awscloudfront.CachePolicy_CACHING_DISABLED(),
				OriginRequestPolicy: awscloudfront.OriginRequestPolicy_ALL_VIEWER_EXCEPT_HOST_HEADER(),
			},
		},
		DomainNames:       jsii.Strings("www.example.com", "example.com"),
		Certificate:       cert,
		DefaultRootObject: jsii.String("index.html"),
		ErrorResponses: &[]*awscloudfront.ErrorResponse{
			{HttpStatus: jsii.Number(403), ResponseHttpStatus: jsii.Number(200), ResponsePagePath: jsii.String("/index.html")},
			{HttpStatus: jsii.Number(404), ResponseHttpStatus: jsii.Number(200), ResponsePagePath: jsii.String("/index.html")},
		},
	})
	target := awsroute53.RecordTarget_FromAlias(awsroute53targets.NewCloudFrontTarget(distribution))
	awsroute53.NewARecord(stack, jsii.String("SiteAlias"), &awsroute53.ARecordProps{Zone: zone, RecordName: jsii.String("www"), Target: target})
	awsroute53.NewAaaaRecord(stack, jsii.String("SiteAliasV6"), &awsroute53.AaaaRecordProps{Zone: zone, RecordName: jsii.String("www"), Target: target})

	legacy := awss3.NewBucket(stack, jsii.String("LegacyBucket"), nil)
	legacyCdn := awscloudfront.NewDistribution(stack, jsii.String("LegacyDistribution"), &awscloudfront.DistributionProps{
		DefaultBehavior: &awscloudfront.BehaviorOptions{
			Origin: awscloudfrontorigins.S3BucketOrigin_WithOriginAccessIdentity(legacy, nil),
		},
		PriceClass: awscloudfront.PriceClass_PRICE_CLASS_100,
	})

	awscdk.NewCfnOutput(stack, jsii.String("SiteUrl"), &awscdk.CfnOutputProps{Value: jsii.String("https://" + *distribution.DistributionDomainName())})
	awscdk.NewCfnOutput(stack, jsii.String("LegacyDistributionId"), &awscdk.CfnOutputProps{Value: legacyCdn.DistributionId()})
	return stack
}

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	NewCdnStack(app, "CdnStack", &awscdk.StackProps{
		Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("us-east-1")},
	})
	app.Synth(nil)
}
