// Command static-site is the most copied CDK pattern: a static website in
// a private S3 bucket behind a CloudFront distribution (origin access
// control, HTTPS only, TLS 1.2+), with a DNS-validated ACM certificate and
// an alias record in a Route 53 hosted zone found by lookup, and the files
// of ./site-contents uploaded by a BucketDeployment that then invalidates
// the distribution's cache. It is written exactly as aws-cdk-go code, with
// only the imports rewritten to Strata.
//
// The site's domain comes from the context ("domain", "subdomain"); the
// hosted zone of each domain is looked up in the account. A zone lookup
// needs AWS credentials once: `strata synth` resolves it and caches the
// answer in cdk.context.json. So that this example (and CI) synthesizes
// without credentials, main pins the production zone's answer the way
// cdk.context.json would hold it; the preview site's zone is not pinned,
// so a plain `go run .` lists its lookup as missing in the cloud assembly
// and builds that stack on a placeholder zone, as the CDK does.
//
//	go run .        synthesize into cdk.out (the preview lookup listed as missing)
//	strata synth    look the zones up, cache them in cdk.context.json, synthesize
//	strata deploy StaticSite
package main

import (
	"os"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awscloudfront"
	"github.com/strata-cdk/strata/awscdk/awscloudfrontorigins"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/awsroute53targets"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3deployment"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// StaticSiteProps name the site: SiteSubDomain.DomainName, in the hosted
// zone of DomainName.
type StaticSiteProps struct {
	DomainName    string
	SiteSubDomain string
}

// NewStaticSite builds the site's bucket, certificate, distribution,
// alias record and content deployment under scope.
func NewStaticSite(scope constructs.Construct, id string, props *StaticSiteProps) constructs.Construct {
	site := constructs.NewConstruct(scope, &id)
	siteDomain := props.SiteSubDomain + "." + props.DomainName

	zone := awsroute53.HostedZone_FromLookup(site, jsii.String("Zone"), &awsroute53.HostedZoneProviderProps{
		DomainName: jsii.String(props.DomainName),
	})
	awscdk.NewCfnOutput(site, jsii.String("Site"), &awscdk.CfnOutputProps{Value: jsii.String("https://" + siteDomain)})

	// Private: only the distribution reads it, through origin access control.
	siteBucket := awss3.NewBucket(site, jsii.String("SiteBucket"), &awss3.BucketProps{
		BucketName:        jsii.String(siteDomain),
		BlockPublicAccess: awss3.BlockPublicAccess_BLOCK_ALL(),
		Encryption:        awss3.BucketEncryption_S3_MANAGED,
		EnforceSSL:        jsii.Bool(true),
		// Not for production content: the bucket and its files go with the stack.
		RemovalPolicy:     awscdk.RemovalPolicy_DESTROY,
		AutoDeleteObjects: jsii.Bool(true),
	})
	awscdk.NewCfnOutput(site, jsii.String("Bucket"), &awscdk.CfnOutputProps{Value: siteBucket.BucketName()})

	// CloudFront takes certificates from us-east-1 only: the stack is there.
	certificate := awscertificatemanager.NewCertificate(site, jsii.String("SiteCertificate"), &awscertificatemanager.CertificateProps{
		DomainName: jsii.String(siteDomain),
		Validation: awscertificatemanager.CertificateValidation_FromDns(zone),
	})
	awscdk.NewCfnOutput(site, jsii.String("Certificate"), &awscdk.CfnOutputProps{Value: certificate.CertificateArn()})

	distribution := awscloudfront.NewDistribution(site, jsii.String("SiteDistribution"), &awscloudfront.DistributionProps{
		Certificate:            certificate,
		DefaultRootObject:      jsii.String("index.html"),
		DomainNames:            jsii.Strings(siteDomain),
		MinimumProtocolVersion: awscloudfront.SecurityPolicyProtocol_TLS_V1_2_2021,
		ErrorResponses: &[]*awscloudfront.ErrorResponse{{
			HttpStatus:         jsii.Number(403),
			ResponseHttpStatus: jsii.Number(403),
			ResponsePagePath:   jsii.String("/error.html"),
			Ttl:                awscdk.Duration_Minutes(jsii.Number(30)),
		}},
		DefaultBehavior: &awscloudfront.BehaviorOptions{
			Origin:               awscloudfrontorigins.S3BucketOrigin_WithOriginAccessControl(siteBucket, nil),
			Compress:             jsii.Bool(true),
			AllowedMethods:       awscloudfront.AllowedMethods_ALLOW_GET_HEAD_OPTIONS(),
			ViewerProtocolPolicy: awscloudfront.ViewerProtocolPolicy_REDIRECT_TO_HTTPS,
		},
	})
	awscdk.NewCfnOutput(site, jsii.String("DistributionId"), &awscdk.CfnOutputProps{Value: distribution.DistributionId()})

	awsroute53.NewARecord(site, jsii.String("SiteAliasRecord"), &awsroute53.ARecordProps{
		RecordName: jsii.String(siteDomain),
		Target:     awsroute53.RecordTarget_FromAlias(awsroute53targets.NewCloudFrontTarget(distribution)),
		Zone:       zone,
	})

	// Upload ./site-contents and invalidate every cached path.
	awss3deployment.NewBucketDeployment(site, jsii.String("DeployWithInvalidation"), &awss3deployment.BucketDeploymentProps{
		Sources:           &[]awss3deployment.ISource{awss3deployment.Source_Asset(jsii.String("./site-contents"), nil)},
		DestinationBucket: siteBucket,
		Distribution:      distribution,
		DistributionPaths: jsii.Strings("/*"),
	})
	return site
}

// NewStaticSiteStack is a stack holding one site.
func NewStaticSiteStack(scope constructs.Construct, id string, props *awscdk.StackProps, site *StaticSiteProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, props)
	NewStaticSite(stack, "StaticSite", site)
	return stack
}

// pinnedLookups are context values as `strata synth` caches them in
// cdk.context.json after a lookup; a value already in the context wins.
var pinnedLookups = map[string]interface{}{
	"hosted-zone:account=111111111111:domainName=example.com:region=us-east-1": map[string]interface{}{
		"Id": "/hostedzone/Z0123456789ABCDEFGHIJ", "Name": "example.com.",
	},
}

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	buildApp(app)
	app.Synth(nil)
}

// buildApp adds the site's stacks to app, with the pinned lookups as
// context unless the app's context has them.
func buildApp(app awscdk.App) {
	for k, v := range pinnedLookups {
		if app.Node().TryGetContext(jsii.String(k)) == nil {
			app.Node().SetContext(jsii.String(k), v)
		}
	}

	domain, subdomain := contextString(app, "domain", "example.com"), contextString(app, "subdomain", "www")
	env := &awscdk.Environment{Account: jsii.String(envOr("CDK_DEFAULT_ACCOUNT", "111111111111")), Region: jsii.String("us-east-1")}
	NewStaticSiteStack(app, "StaticSite", &awscdk.StackProps{Env: env}, &StaticSiteProps{DomainName: domain, SiteSubDomain: subdomain})
	// A preview of the next site, in a zone not looked up yet.
	NewStaticSiteStack(app, "StaticSitePreview", &awscdk.StackProps{Env: env}, &StaticSiteProps{DomainName: "example.net", SiteSubDomain: "preview"})
}

func contextString(app awscdk.App, key, def string) string {
	if v, ok := app.Node().TryGetContext(jsii.String(key)).(string); ok && v != "" {
		return v
	}
	return def
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
