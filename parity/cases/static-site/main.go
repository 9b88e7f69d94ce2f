// Command static-site is the parity case for issue 19's static-site
// pattern with a zone lookup: a private bucket behind a CloudFront
// distribution through an origin access control, a certificate validated
// by DNS in a hosted zone found with HostedZone_FromLookup, and A/AAAA
// aliases to the distribution. Two stacks: the zone of the first is in the
// context (as cdk.context.json would hand it over), the zone of the second
// is not, so the assembly lists it as missing and the stack is built on
// the DUMMY placeholder, as aws-cdk-lib does.
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

type StaticSiteProps struct {
	awscdk.StackProps
	DomainName    string
	SiteSubDomain string
}

func NewStaticSiteStack(scope constructs.Construct, id string, props *StaticSiteProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, &props.StackProps)
	siteDomain := props.SiteSubDomain + "." + props.DomainName

	zone := awsroute53.HostedZone_FromLookup(stack, jsii.String("Zone"), &awsroute53.HostedZoneProviderProps{
		DomainName: jsii.String(props.DomainName),
	})
	bucket := awss3.NewBucket(stack, jsii.String("SiteBucket"), &awss3.BucketProps{
		BlockPublicAccess: awss3.BlockPublicAccess_BLOCK_ALL(),
		Encryption:        awss3.BucketEncryption_S3_MANAGED,
		EnforceSSL:        jsii.Bool(true),
	})
	cert := awscertificatemanager.NewCertificate(stack, jsii.String("SiteCertificate"), &awscertificatemanager.CertificateProps{
		DomainName: jsii.String(siteDomain),
		Validation: awscertificatemanager.CertificateValidation_FromDns(zone),
	})
	distribution := awscloudfront.NewDistribution(stack, jsii.String("SiteDistribution"), &awscloudfront.DistributionProps{
		Certificate:       cert,
		DefaultRootObject: jsii.String("index.html"),
		DomainNames:       jsii.Strings(siteDomain),
		DefaultBehavior: &awscloudfront.BehaviorOptions{
			Origin:               awscloudfrontorigins.S3BucketOrigin_WithOriginAccessControl(bucket, nil),
			ViewerProtocolPolicy: awscloudfront.ViewerProtocolPolicy_REDIRECT_TO_HTTPS,
			Compress:             jsii.Bool(true),
		},
		ErrorResponses: &[]*awscloudfront.ErrorResponse{{
			HttpStatus: jsii.Number(403), ResponseHttpStatus: jsii.Number(403), ResponsePagePath: jsii.String("/error.html"),
			Ttl: awscdk.Duration_Minutes(jsii.Number(30)),
		}},
	})
	target := awsroute53.RecordTarget_FromAlias(awsroute53targets.NewCloudFrontTarget(distribution))
	awsroute53.NewARecord(stack, jsii.String("SiteAliasRecord"), &awsroute53.ARecordProps{RecordName: jsii.String(siteDomain), Target: target, Zone: zone})
	awsroute53.NewAaaaRecord(stack, jsii.String("SiteAliasRecordV6"), &awsroute53.AaaaRecordProps{RecordName: jsii.String(siteDomain), Target: target, Zone: zone})

	awscdk.NewCfnOutput(stack, jsii.String("Site"), &awscdk.CfnOutputProps{Value: jsii.String("https://" + siteDomain)})
	awscdk.NewCfnOutput(stack, jsii.String("DistributionId"), &awscdk.CfnOutputProps{Value: distribution.DistributionId()})
	return stack
}

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	// What `cdk synth` would have put in cdk.context.json for the first zone.
	app.Node().SetContext(jsii.String("hosted-zone:account=111111111111:domainName=example.com:region=us-east-1"),
		map[string]interface{}{"Id": "/hostedzone/Z0123456789ABCDEFGHIJ", "Name": "example.com."})
	env := &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String("us-east-1")}
	NewStaticSiteStack(app, "StaticSite", &StaticSiteProps{StackProps: awscdk.StackProps{Env: env}, DomainName: "example.com", SiteSubDomain: "www"})
	NewStaticSiteStack(app, "StaticSiteNotLookedUp", &StaticSiteProps{StackProps: awscdk.StackProps{Env: env}, DomainName: "example.org", SiteSubDomain: "www"})
	app.Synth(nil)
}
