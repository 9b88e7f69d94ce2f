// Package awsroute53targets is aws-cdk-go's awsroute53targets: alias
// record targets — CloudFront distributions, other records, Cognito user
// pool domains, API Gateway REST and v2 domain names, load balancers (ELBv2
// and classic), bucket websites, Elastic Beanstalk environments, Global
// Accelerators and interface VPC endpoints — as aws-cdk-lib 2.276.0 renders
// them (testdata/ and the elbv2 twins).
//
// Not yet: AppSyncTarget, whose target (the GraphQL API L2) Strata does
// not have.
package awsroute53targets

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudfront"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// IAliasRecordTargetProps are the settings some alias targets take.
type IAliasRecordTargetProps interface {
	EvaluateTargetHealth() *bool
	HostedZoneId() *string
}

// CloudFrontTarget aliases a record to a CloudFront distribution.
type CloudFrontTarget interface {
	awsroute53.IAliasRecordTarget
}

type cloudFrontTarget struct{ d awscloudfront.IDistribution }

// NewCloudFrontTarget is an alias target for distribution.
func NewCloudFrontTarget(distribution awscloudfront.IDistribution) CloudFrontTarget {
	return &cloudFrontTarget{d: distribution}
}

// CloudFrontTarget_CLOUDFRONT_ZONE_ID is the hosted zone of every
// CloudFront distribution in the aws partition.
func CloudFrontTarget_CLOUDFRONT_ZONE_ID() *string { return jsii.String("Z2FDTNDATAQYW2") }

// CloudFrontTarget_GetHostedZoneId is CloudFront's hosted zone in the
// partition of scope's stack, read from a mapping the stack holds once.
func CloudFrontTarget_GetHostedZoneId(scope constructs.IConstruct) *string {
	const name = "AWSCloudFrontPartitionHostedZoneIdMap"
	st := awscdk.Stack_Of(scope)
	var m awscdk.CfnMapping
	if c, ok := st.Node().TryFindChild(jsii.String(name)).(awscdk.CfnMapping); ok && c != nil {
		m = c
	} else {
		m = awscdk.NewCfnMapping(st, jsii.String(name), &awscdk.CfnMappingProps{Mapping: &map[string]*map[string]interface{}{
			"aws":    {"zoneId": "Z2FDTNDATAQYW2"},
			"aws-cn": {"zoneId": "Z3RFFRIM2A3IF5"},
		}})
	}
	return m.FindInMap(awscdk.Aws_PARTITION(), jsii.String("zoneId"), nil)
}

func (t *cloudFrontTarget) Bind(record awsroute53.IRecordSet, zone awsroute53.IHostedZone) *awsroute53.AliasRecordTargetConfig {
	return &awsroute53.AliasRecordTargetConfig{HostedZoneId: CloudFrontTarget_GetHostedZoneId(t.d), DnsName: t.d.DistributionDomainName()}
}

// Route53RecordTarget aliases a record to another record of the zone.
type Route53RecordTarget interface {
	awsroute53.IAliasRecordTarget
}

type recordTarget struct{ r awsroute53.IRecordSet }

// NewRoute53RecordTarget is an alias target for record.
func NewRoute53RecordTarget(record awsroute53.IRecordSet) Route53RecordTarget {
	return &recordTarget{r: record}
}

func (t *recordTarget) Bind(record awsroute53.IRecordSet, zone awsroute53.IHostedZone) *awsroute53.AliasRecordTargetConfig {
	if zone == nil {
		diag.Panic(*record.Node().Path(), "Cannot bind to record without a zone")
	}
	return &awsroute53.AliasRecordTargetConfig{DnsName: t.r.DomainName(), HostedZoneId: zone.HostedZoneId()}
}

// UserPoolDomainTarget aliases a record to a Cognito user pool's custom domain.
type UserPoolDomainTarget interface {
	awsroute53.IAliasRecordTarget
}

type userPoolDomainTarget struct{ d awscognito.UserPoolDomain }

// NewUserPoolDomainTarget is an alias target for domain.
func NewUserPoolDomainTarget(domain awscognito.UserPoolDomain) UserPoolDomainTarget {
	return &userPoolDomainTarget{d: domain}
}

func (t *userPoolDomainTarget) Bind(record awsroute53.IRecordSet, zone awsroute53.IHostedZone) *awsroute53.AliasRecordTargetConfig {
	if !*awscdk.FeatureFlags_Of(record).IsEnabled(jsii.String("@aws-cdk/aws-route53-targets:userPoolDomainNameMethodWithoutCustomResource")) {
		// aws-cdk-lib reads the domain's distribution through a custom
		// resource then; Strata has only the attribute.
		diag.Panic(*record.Node().Path(), "UserPoolDomainTarget needs the feature flag @aws-cdk/aws-route53-targets:userPoolDomainNameMethodWithoutCustomResource (cdk init sets it)")
	}
	return &awsroute53.AliasRecordTargetConfig{DnsName: t.d.CloudFrontEndpoint(), HostedZoneId: CloudFrontTarget_GetHostedZoneId(t.d)}
}

// ApiGatewayv2DomainProperties aliases a record to an API Gateway v2
// custom domain, given its regional domain name and hosted zone.
type ApiGatewayv2DomainProperties interface {
	awsroute53.IAliasRecordTarget
}

type apiV2Domain struct{ name, zone *string }

// NewApiGatewayv2DomainProperties is an alias target for a regional API Gateway v2 domain.
func NewApiGatewayv2DomainProperties(regionalDomainName *string, regionalHostedZoneId *string) ApiGatewayv2DomainProperties {
	return &apiV2Domain{name: regionalDomainName, zone: regionalHostedZoneId}
}

func (t *apiV2Domain) Bind(record awsroute53.IRecordSet, zone awsroute53.IHostedZone) *awsroute53.AliasRecordTargetConfig {
	return &awsroute53.AliasRecordTargetConfig{DnsName: t.name, HostedZoneId: t.zone}
}
