package awsroute53targets

import (
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awscloudfront"
	"github.com/strata-cdk/strata/awscdk/awscognito"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsglobalaccelerator"
	"github.com/strata-cdk/strata/internal/l2"
)

// The New*_Override constructors aws-cdk-go offers for this package's
// classes; each stores the target in the user's struct that embeds it.

// NewApiGatewayDomain_Override initialises outer, a type embedding ApiGatewayDomain.
func NewApiGatewayDomain_Override(outer ApiGatewayDomain, domainName awsapigateway.IDomainName) {
	l2.Override(outer, NewApiGatewayDomain(domainName))
}

// NewApiGateway_Override initialises outer, a type embedding ApiGateway.
func NewApiGateway_Override(outer ApiGateway, api awsapigateway.RestApiBase) {
	l2.Override(outer, NewApiGateway(api))
}

// NewApiGatewayv2DomainProperties_Override initialises outer, a type embedding ApiGatewayv2DomainProperties.
func NewApiGatewayv2DomainProperties_Override(outer ApiGatewayv2DomainProperties, regionalDomainName *string, regionalHostedZoneId *string) {
	l2.Override(outer, NewApiGatewayv2DomainProperties(regionalDomainName, regionalHostedZoneId))
}

// NewBucketWebsiteTarget_Override initialises outer, a type embedding BucketWebsiteTarget.
func NewBucketWebsiteTarget_Override(outer BucketWebsiteTarget, bucket awss3.IBucket, props IAliasRecordTargetProps) {
	l2.Override(outer, NewBucketWebsiteTarget(bucket, props))
}

// NewCloudFrontTarget_Override initialises outer, a type embedding CloudFrontTarget.
func NewCloudFrontTarget_Override(outer CloudFrontTarget, distribution awscloudfront.IDistribution) {
	l2.Override(outer, NewCloudFrontTarget(distribution))
}

// NewElasticBeanstalkEnvironmentEndpointTarget_Override initialises outer, a type embedding ElasticBeanstalkEnvironmentEndpointTarget.
func NewElasticBeanstalkEnvironmentEndpointTarget_Override(outer ElasticBeanstalkEnvironmentEndpointTarget, environmentEndpoint *string, props IAliasRecordTargetProps) {
	l2.Override(outer, NewElasticBeanstalkEnvironmentEndpointTarget(environmentEndpoint, props))
}

// NewGlobalAcceleratorDomainTarget_Override initialises outer, a type embedding GlobalAcceleratorDomainTarget.
func NewGlobalAcceleratorDomainTarget_Override(outer GlobalAcceleratorDomainTarget, acceleratorDomainName *string, props IAliasRecordTargetProps) {
	l2.Override(outer, NewGlobalAcceleratorDomainTarget(acceleratorDomainName, props))
}

// NewGlobalAcceleratorTarget_Override initialises outer, a type embedding GlobalAcceleratorTarget.
func NewGlobalAcceleratorTarget_Override(outer GlobalAcceleratorTarget, accelerator interfacesawsglobalaccelerator.IAcceleratorRef, props IAliasRecordTargetProps) {
	l2.Override(outer, NewGlobalAcceleratorTarget(accelerator, props))
}

// NewInterfaceVpcEndpointTarget_Override initialises outer, a type embedding InterfaceVpcEndpointTarget.
func NewInterfaceVpcEndpointTarget_Override(outer InterfaceVpcEndpointTarget, vpcEndpoint awsec2.InterfaceVpcEndpoint) {
	l2.Override(outer, NewInterfaceVpcEndpointTarget(vpcEndpoint))
}

// NewRoute53RecordTarget_Override initialises outer, a type embedding Route53RecordTarget.
func NewRoute53RecordTarget_Override(outer Route53RecordTarget, record awsroute53.IRecordSet) {
	l2.Override(outer, NewRoute53RecordTarget(record))
}

// NewUserPoolDomainTarget_Override initialises outer, a type embedding UserPoolDomainTarget.
func NewUserPoolDomainTarget_Override(outer UserPoolDomainTarget, domain awscognito.UserPoolDomain) {
	l2.Override(outer, NewUserPoolDomainTarget(domain))
}
