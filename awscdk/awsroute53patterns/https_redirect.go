package awsroute53patterns

import (
	"crypto/md5"
	"encoding/hex"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awscloudfront"
	"github.com/strata-cdk/strata/awscdk/awscloudfrontorigins"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/awsroute53targets"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscertificatemanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// Feature flags (cdk init sets both): a Distribution rather than a
// CloudFrontWebDistribution, and a plain Certificate (in a us-east-1 stack
// of its own when needed) rather than the DnsValidatedCertificate custom
// resource. The second keeps aws-cdk-lib's misspelling.
const (
	useDistributionFlag = "@aws-cdk/aws-route53-patterns:useDistribution"
	useCertificateFlag  = "@aws-cdk/aws-route53-patters:useCertificate"
)

// HttpsRedirectProps configures an HttpsRedirect.
type HttpsRedirectProps struct {
	// The redirect target fully qualified domain name (FQDN).
	TargetDomain *string `field:"required" json:"targetDomain" yaml:"targetDomain"`
	// Hosted zone of the domain which will be used to create alias record(s)
	// from domain names in the hosted zone to the target domain.
	Zone awsroute53.IHostedZone `field:"required" json:"zone" yaml:"zone"`
	// The AWS Certificate Manager (ACM) certificate that will be associated
	// with the CloudFront distribution; it must be in us-east-1. Default: a
	// new certificate for the record names, in us-east-1.
	Certificate interfacesawscertificatemanager.ICertificateRef `field:"optional" json:"certificate" yaml:"certificate"`
	// The domain names that will redirect to TargetDomain. Default: the
	// domain name of the hosted zone.
	RecordNames *[]*string `field:"optional" json:"recordNames" yaml:"recordNames"`
}

// HttpsRedirect redirects a set of domain names to a target domain over HTTPS.
type HttpsRedirect interface {
	constructs.Construct
}

type httpsRedirect struct {
	constructs.Construct
}

// HttpsRedirect_IsConstruct reports whether x is a construct.
func HttpsRedirect_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// NewHttpsRedirect creates the redirect: bucket, distribution, certificate
// (unless given) and an A and an AAAA alias record per domain name.
func NewHttpsRedirect(scope constructs.Construct, id *string, props *HttpsRedirectProps) HttpsRedirect {
	h := &httpsRedirect{}
	initHttpsRedirect(h, h, scope, id, props)
	return h
}

// NewHttpsRedirect_Override initialises h, a type embedding an HttpsRedirect.
func NewHttpsRedirect_Override(h HttpsRedirect, scope constructs.Construct, id *string, props *HttpsRedirectProps) {
	if inner, ok := h.(*httpsRedirect); ok {
		initHttpsRedirect(inner, inner, scope, id, props)
	}
}

func initHttpsRedirect(h *httpsRedirect, outer constructs.IConstruct, scope constructs.Construct, id *string, props *HttpsRedirectProps) {
	h.Construct = constructs.NewConstruct(scope, id)
	host.Set(h.Construct, outer)
	if props == nil || props.Zone == nil || props.TargetDomain == nil {
		l2.Throw(h, "HttpsRedirect: the 'targetDomain' and 'zone' properties are required")
	}
	var domainNames []*string
	if props.RecordNames != nil {
		domainNames = *props.RecordNames
	} else {
		domainNames = []*string{props.Zone.ZoneName()}
	}
	if len(domainNames) == 0 {
		l2.Throw(h, "HttpsRedirect: 'recordNames' must name at least one domain")
	}
	stack := awscdk.Stack_Of(h)
	var cert interfacesawscertificatemanager.ICertificateRef
	if props.Certificate != nil {
		arn := props.Certificate.CertificateRef().CertificateArn
		region := stack.SplitArn(arn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).Region
		if !*awscdk.Token_IsUnresolved(region) && *region != "us-east-1" {
			l2.Throw(h, "The certificate must be in the us-east-1 region and the certificate you provided is in %s.", *region)
		}
		cert = props.Certificate
	} else {
		cert = h.createCertificate(domainNames, props.Zone)
	}
	bucket := awss3.NewBucket(h, jsii.String("RedirectBucket"), &awss3.BucketProps{
		WebsiteRedirect:   &awss3.RedirectTarget{HostName: props.TargetDomain, Protocol: awss3.RedirectProtocol_HTTPS},
		RemovalPolicy:     awscdk.RemovalPolicy_DESTROY,
		BlockPublicAccess: awss3.BlockPublicAccess_BLOCK_ALL(),
	})
	names := make([]string, len(domainNames))
	for i, d := range domainNames {
		names[i] = *d
	}
	comment := jsii.String("Redirect to " + *props.TargetDomain + " from " + strings.Join(names, ", "))
	var dist awscloudfront.IDistribution
	if *awscdk.FeatureFlags_Of(h).IsEnabled(jsii.String(useDistributionFlag)) {
		dist = awscloudfront.NewDistribution(h, jsii.String("RedirectDistribution"), &awscloudfront.DistributionProps{
			DefaultRootObject: jsii.String(""),
			DefaultBehavior: &awscloudfront.BehaviorOptions{
				Origin:               awscloudfrontorigins.NewS3StaticWebsiteOrigin(bucket, nil),
				ViewerProtocolPolicy: awscloudfront.ViewerProtocolPolicy_REDIRECT_TO_HTTPS,
			},
			DomainNames: &domainNames,
			Certificate: cert,
			Comment:     comment,
			PriceClass:  awscloudfront.PriceClass_PRICE_CLASS_ALL,
		})
	} else {
		dist = awscloudfront.NewCloudFrontWebDistribution(h, jsii.String("RedirectDistribution"), &awscloudfront.CloudFrontWebDistributionProps{
			DefaultRootObject: jsii.String(""),
			OriginConfigs: &[]*awscloudfront.SourceConfiguration{{
				Behaviors: &[]*awscloudfront.Behavior{{IsDefaultBehavior: jsii.Bool(true)}},
				CustomOriginSource: &awscloudfront.CustomOriginConfig{
					DomainName:           bucket.BucketWebsiteDomainName(),
					OriginProtocolPolicy: awscloudfront.OriginProtocolPolicy_HTTP_ONLY,
				},
			}},
			ViewerCertificate:    awscloudfront.ViewerCertificate_FromAcmCertificate(cert, &awscloudfront.ViewerCertificateOptions{Aliases: &domainNames}),
			Comment:              comment,
			PriceClass:           awscloudfront.PriceClass_PRICE_CLASS_ALL,
			ViewerProtocolPolicy: awscloudfront.ViewerProtocolPolicy_REDIRECT_TO_HTTPS,
		})
	}
	for _, d := range domainNames {
		sum := md5.Sum([]byte(*d))
		hash := hex.EncodeToString(sum[:])[:6]
		target := awsroute53.RecordTarget_FromAlias(awsroute53targets.NewCloudFrontTarget(dist))
		awsroute53.NewARecord(h, jsii.String("RedirectAliasRecord"+hash), &awsroute53.ARecordProps{RecordName: d, Zone: props.Zone, Target: target})
		awsroute53.NewAaaaRecord(h, jsii.String("RedirectAliasRecordSix"+hash), &awsroute53.AaaaRecordProps{RecordName: d, Zone: props.Zone, Target: target})
	}
}

// certificateScope is where the certificate goes: CloudFront takes only
// us-east-1 certificates, so outside us-east-1 a stack of its own there,
// shared by the redirects of one stack.
func (h *httpsRedirect) certificateScope() constructs.Construct {
	stack := awscdk.Stack_Of(h)
	parent, ok := stack.Node().Scope().(constructs.Construct)
	if !ok || parent == nil {
		l2.Throw(h, "Stack %s must be created in the scope of an App or Stage", *stack.StackId())
	}
	if *awscdk.Token_IsUnresolved(stack.Region()) {
		l2.Throw(h, "When %s is enabled, a region must be defined on the Stack", useCertificateFlag)
	}
	if *stack.Region() == "us-east-1" {
		return h
	}
	stackID := "certificate-redirect-stack-" + *stack.Node().Addr()
	if existing, ok := parent.Node().TryFindChild(jsii.String(stackID)).(constructs.Construct); ok {
		return existing
	}
	return awscdk.NewStack(parent, jsii.String(stackID), &awscdk.StackProps{Env: &awscdk.Environment{Region: jsii.String("us-east-1"), Account: stack.Account()}})
}

func (h *httpsRedirect) createCertificate(domainNames []*string, zone awsroute53.IHostedZone) interfacesawscertificatemanager.ICertificateRef {
	if *awscdk.FeatureFlags_Of(h).IsEnabled(jsii.String(useCertificateFlag)) {
		scope := h.certificateScope()
		id := "RedirectCertificate"
		if scope != constructs.Construct(h) {
			id += *h.Node().Addr()
		}
		return awscertificatemanager.NewCertificate(scope, jsii.String(id), &awscertificatemanager.CertificateProps{
			DomainName:              domainNames[0],
			SubjectAlternativeNames: &domainNames,
			Validation:              awscertificatemanager.CertificateValidation_FromDns(zone),
		})
	}
	return awscertificatemanager.NewDnsValidatedCertificate(h, jsii.String("RedirectCertificate"), &awscertificatemanager.DnsValidatedCertificateProps{
		DomainName:              domainNames[0],
		SubjectAlternativeNames: &domainNames,
		HostedZone:              zone,
		Region:                  jsii.String("us-east-1"),
	})
}
