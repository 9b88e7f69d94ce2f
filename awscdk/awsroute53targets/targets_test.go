package awsroute53targets_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	acm "github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	cf "github.com/strata-cdk/strata/awscdk/awscloudfront"
	origins "github.com/strata-cdk/strata/awscdk/awscloudfrontorigins"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	r53 "github.com/strata-cdk/strata/awscdk/awsroute53"
	targets "github.com/strata-cdk/strata/awscdk/awsroute53targets"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Aliases": func(s awscdk.Stack) {
		zone := r53.NewPublicHostedZone(s, jsii.String("Zone"), &r53.PublicHostedZoneProps{ZoneName: jsii.String("example.com")})
		d := cf.NewDistribution(s, jsii.String("Cdn"), &cf.DistributionProps{DefaultBehavior: &cf.BehaviorOptions{Origin: origins.NewHttpOrigin(jsii.String("origin.example.com"), nil)}})
		a := r53.NewARecord(s, jsii.String("Site"), &r53.ARecordProps{Zone: zone, RecordName: jsii.String("www"), Target: r53.RecordTarget_FromAlias(targets.NewCloudFrontTarget(d))})
		r53.NewAaaaRecord(s, jsii.String("Site6"), &r53.AaaaRecordProps{Zone: zone, RecordName: jsii.String("www"), Target: r53.RecordTarget_FromAlias(targets.NewCloudFrontTarget(d))})
		r53.NewARecord(s, jsii.String("Apex"), &r53.ARecordProps{Zone: zone, Target: r53.RecordTarget_FromAlias(targets.NewRoute53RecordTarget(a))})
		pool := awscognito.NewUserPool(s, jsii.String("Pool"), nil)
		cert := acm.Certificate_FromCertificateArn(s, jsii.String("Cert"), jsii.String("arn:aws:acm:us-east-1:111111111111:certificate/abc"))
		dom := pool.AddDomain(jsii.String("Domain"), &awscognito.UserPoolDomainOptions{CustomDomain: &awscognito.CustomDomainOptions{DomainName: jsii.String("auth.example.com"), Certificate: cert}})
		r53.NewARecord(s, jsii.String("Auth"), &r53.ARecordProps{Zone: zone, RecordName: jsii.String("auth"), Target: r53.RecordTarget_FromAlias(targets.NewUserPoolDomainTarget(dom))})
		r53.NewARecord(s, jsii.String("Api"), &r53.ARecordProps{Zone: zone, RecordName: jsii.String("api"),
			Target: r53.RecordTarget_FromAlias(targets.NewApiGatewayv2DomainProperties(jsii.String("d-abc.execute-api.us-east-1.amazonaws.com"), jsii.String("Z1UJRXOUMOOFQ8")))})
		awscdk.NewCfnOutput(s, jsii.String("ZoneId"), &awscdk.CfnOutputProps{Value: targets.CloudFrontTarget_CLOUDFRONT_ZONE_ID()})
	},
}

func TestTargetTemplates(t *testing.T) {
	checkTemplates(t, templateCases, nil)
}
