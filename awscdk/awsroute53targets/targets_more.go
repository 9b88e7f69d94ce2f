package awsroute53targets

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsglobalaccelerator"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

func evaluate(p IAliasRecordTargetProps) *bool {
	if p == nil {
		return nil
	}
	return p.EvaluateTargetHealth()
}

// ApiGatewayDomain aliases a record to an API Gateway custom domain.
type ApiGatewayDomain interface {
	awsroute53.IAliasRecordTarget
}

type apiGatewayDomain struct{ d awsapigateway.IDomainName }

// NewApiGatewayDomain is an alias target for domainName.
func NewApiGatewayDomain(domainName awsapigateway.IDomainName) ApiGatewayDomain {
	if domainName == nil {
		diag.Panic("", "ApiGatewayDomain: a domain name is required")
	}
	return &apiGatewayDomain{d: domainName}
}

func (t *apiGatewayDomain) Bind(record awsroute53.IRecordSet, zone awsroute53.IHostedZone) *awsroute53.AliasRecordTargetConfig {
	return &awsroute53.AliasRecordTargetConfig{DnsName: t.d.DomainNameAliasDomainName(), HostedZoneId: t.d.DomainNameAliasHostedZoneId()}
}

// ApiGateway aliases a record to a REST API's default custom domain.
type ApiGateway interface {
	ApiGatewayDomain
}

// NewApiGateway is an alias target for api's domain name (api must have one).
func NewApiGateway(api awsapigateway.RestApiBase) ApiGateway {
	if api == nil {
		diag.Panic("", "ApiGateway: an API is required")
	}
	d := api.DomainName()
	if d == nil {
		diag.Panic(*api.Node().Path(), "API does not define a default domain name")
	}
	return &apiGatewayDomain{d: d}
}

// BucketWebsiteTarget aliases a record to a bucket's static website endpoint.
type BucketWebsiteTarget interface {
	awsroute53.IAliasRecordTarget
}

type bucketWebsiteTarget struct {
	bucket awss3.IBucket
	props  IAliasRecordTargetProps
}

// NewBucketWebsiteTarget is an alias target for bucket's website (the
// bucket's stack must name its region).
func NewBucketWebsiteTarget(bucket awss3.IBucket, props IAliasRecordTargetProps) BucketWebsiteTarget {
	if bucket == nil {
		diag.Panic("", "BucketWebsiteTarget: a bucket is required")
	}
	return &bucketWebsiteTarget{bucket: bucket, props: props}
}

func (t *bucketWebsiteTarget) Bind(record awsroute53.IRecordSet, zone awsroute53.IHostedZone) *awsroute53.AliasRecordTargetConfig {
	region := *awscdk.Stack_Of(t.bucket).Region()
	if *awscdk.Token_IsUnresolved(region) {
		diag.Panic(*record.Node().Path(), "Cannot use an S3 record alias in region-agnostic stacks. You must specify a specific region when you define the stack (see https://docs.aws.amazon.com/cdk/latest/guide/environments.html)")
	}
	f := regionFacts[region]
	if f.s3WebsiteZone == "" || f.s3WebsiteEndpoint == "" {
		diag.Panic(*record.Node().Path(), "Bucket website target is not supported for the \"%s\" region", region)
	}
	return &awsroute53.AliasRecordTargetConfig{HostedZoneId: jsii.String(f.s3WebsiteZone), DnsName: jsii.String(f.s3WebsiteEndpoint), EvaluateTargetHealth: evaluate(t.props)}
}

// ElasticBeanstalkEnvironmentEndpointTarget aliases a record to an
// Elastic Beanstalk environment's endpoint.
type ElasticBeanstalkEnvironmentEndpointTarget interface {
	awsroute53.IAliasRecordTarget
}

type beanstalkTarget struct {
	endpoint *string
	props    IAliasRecordTargetProps
	zone     *string
}

// NewElasticBeanstalkEnvironmentEndpointTarget is an alias target for
// environmentEndpoint; the hosted zone comes from props or from the
// endpoint's region.
func NewElasticBeanstalkEnvironmentEndpointTarget(environmentEndpoint *string, props IAliasRecordTargetProps) ElasticBeanstalkEnvironmentEndpointTarget {
	t := &beanstalkTarget{endpoint: environmentEndpoint, props: props}
	if props != nil {
		t.zone = props.HostedZoneId()
	}
	return t
}

func (t *beanstalkTarget) Bind(record awsroute53.IRecordSet, zone awsroute53.IHostedZone) *awsroute53.AliasRecordTargetConfig {
	if t.zone == nil {
		region := *awscdk.Stack_Of(record).Region()
		if ep := deref(t.endpoint); !*awscdk.Token_IsUnresolved(ep) {
			// <env>.<region>.elasticbeanstalk.com: the region is third from the end.
			parts := strings.Split(ep, ".")
			region = ""
			if len(parts) >= 3 {
				region = parts[len(parts)-3]
			}
		}
		if z := regionFacts[region].beanstalkZone; z != "" {
			t.zone = jsii.String(z)
		}
	}
	if t.zone == nil {
		diag.Panic(*record.Node().Path(), "Cannot find Beanstalk `hostedZoneId`. You must specify either `hostedZoneId` using `RegionInfo.get(yourRegion).ebsEnvEndpointHostedZoneId` or Stack region or find correct EBS environment endpoint via AWS console. See Elastic Beanstalk developer guide: https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/customdomains.html")
	}
	return &awsroute53.AliasRecordTargetConfig{HostedZoneId: t.zone, DnsName: t.endpoint, EvaluateTargetHealth: evaluate(t.props)}
}

// GlobalAcceleratorDomainTarget aliases a record to a Global Accelerator's DNS name.
type GlobalAcceleratorDomainTarget interface {
	awsroute53.IAliasRecordTarget
}

// GlobalAcceleratorTarget aliases a record to a Global Accelerator.
type GlobalAcceleratorTarget interface {
	GlobalAcceleratorDomainTarget
}

type acceleratorTarget struct {
	name  *string
	props IAliasRecordTargetProps
}

// GlobalAcceleratorDomainTarget_GLOBAL_ACCELERATOR_ZONE_ID is the hosted
// zone of every Global Accelerator.
func GlobalAcceleratorDomainTarget_GLOBAL_ACCELERATOR_ZONE_ID() *string {
	return jsii.String("Z2BJ6XQ5FK7U4H")
}

// GlobalAcceleratorTarget_GLOBAL_ACCELERATOR_ZONE_ID is the hosted zone
// of every Global Accelerator.
func GlobalAcceleratorTarget_GLOBAL_ACCELERATOR_ZONE_ID() *string {
	return GlobalAcceleratorDomainTarget_GLOBAL_ACCELERATOR_ZONE_ID()
}

// NewGlobalAcceleratorDomainTarget is an alias target for an accelerator's DNS name.
func NewGlobalAcceleratorDomainTarget(acceleratorDomainName *string, props IAliasRecordTargetProps) GlobalAcceleratorDomainTarget {
	return &acceleratorTarget{name: acceleratorDomainName, props: props}
}

// NewGlobalAcceleratorTarget is an alias target for accelerator, which
// must offer its DNS name (an accelerator L2 does; an L1 does not).
func NewGlobalAcceleratorTarget(accelerator interfacesawsglobalaccelerator.IAcceleratorRef, props IAliasRecordTargetProps) GlobalAcceleratorTarget {
	a, ok := accelerator.(interface{ DnsName() *string })
	if !ok {
		diag.Panic("", "'accelerator' instance should implement IAccelerator, but doesn't: %T", accelerator)
	}
	return &acceleratorTarget{name: a.DnsName(), props: props}
}

func (t *acceleratorTarget) Bind(record awsroute53.IRecordSet, zone awsroute53.IHostedZone) *awsroute53.AliasRecordTargetConfig {
	return &awsroute53.AliasRecordTargetConfig{HostedZoneId: GlobalAcceleratorDomainTarget_GLOBAL_ACCELERATOR_ZONE_ID(), DnsName: t.name, EvaluateTargetHealth: evaluate(t.props)}
}

// InterfaceVpcEndpointTarget aliases a record to an interface VPC endpoint's first DNS entry.
type InterfaceVpcEndpointTarget interface {
	awsroute53.IAliasRecordTarget
}

type endpointTarget struct{ entries *[]*string }

// NewInterfaceVpcEndpointTarget is an alias target for vpcEndpoint.
func NewInterfaceVpcEndpointTarget(vpcEndpoint awsec2.InterfaceVpcEndpoint) InterfaceVpcEndpointTarget {
	if vpcEndpoint == nil {
		diag.Panic("", "InterfaceVpcEndpointTarget: a VPC endpoint is required")
	}
	cfn, ok := vpcEndpoint.Node().FindChild(jsii.String("Resource")).(awsec2.CfnVPCEndpoint)
	if !ok {
		diag.Panic(*vpcEndpoint.Node().Path(), "InterfaceVpcEndpointTarget: the endpoint has no CfnVPCEndpoint child named Resource")
	}
	return &endpointTarget{entries: cfn.AttrDnsEntries()}
}

func (t *endpointTarget) Bind(record awsroute53.IRecordSet, zone awsroute53.IHostedZone) *awsroute53.AliasRecordTargetConfig {
	// Each entry reads "<hosted zone id>:<dns name>".
	first := awscdk.Fn_Select(jsii.Number(0), t.entries)
	return &awsroute53.AliasRecordTargetConfig{
		DnsName:      awscdk.Fn_Select(jsii.Number(1), awscdk.Fn_Split(jsii.String(":"), first, nil)),
		HostedZoneId: awscdk.Fn_Select(jsii.Number(0), awscdk.Fn_Split(jsii.String(":"), awscdk.Fn_Select(jsii.Number(0), t.entries), nil)),
	}
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
