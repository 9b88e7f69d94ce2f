package awscloudfront

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudfront"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cwmetric"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// HttpVersion is the highest HTTP version viewers may use.
type HttpVersion string

const (
	HttpVersion_HTTP1_1     HttpVersion = "http1.1"
	HttpVersion_HTTP2       HttpVersion = "http2"
	HttpVersion_HTTP2_AND_3 HttpVersion = "http2and3"
	HttpVersion_HTTP3       HttpVersion = "http3"
)

// PriceClass limits the edge locations that serve a distribution.
type PriceClass string

const (
	PriceClass_PRICE_CLASS_100 PriceClass = "PriceClass_100"
	PriceClass_PRICE_CLASS_200 PriceClass = "PriceClass_200"
	PriceClass_PRICE_CLASS_ALL PriceClass = "PriceClass_All"
)

// ViewerProtocolPolicy is what viewers may use to reach a behavior.
type ViewerProtocolPolicy string

const (
	ViewerProtocolPolicy_HTTPS_ONLY        ViewerProtocolPolicy = "https-only"
	ViewerProtocolPolicy_REDIRECT_TO_HTTPS ViewerProtocolPolicy = "redirect-to-https"
	ViewerProtocolPolicy_ALLOW_ALL         ViewerProtocolPolicy = "allow-all"
)

// OriginProtocolPolicy is what CloudFront uses to reach an origin.
type OriginProtocolPolicy string

const (
	OriginProtocolPolicy_HTTP_ONLY    OriginProtocolPolicy = "http-only"
	OriginProtocolPolicy_MATCH_VIEWER OriginProtocolPolicy = "match-viewer"
	OriginProtocolPolicy_HTTPS_ONLY   OriginProtocolPolicy = "https-only"
)

// SSLMethod is how CloudFront serves HTTPS.
type SSLMethod string

const (
	SSLMethod_SNI       SSLMethod = "sni-only"
	SSLMethod_VIP       SSLMethod = "vip"
	SSLMethod_STATIC_IP SSLMethod = "static-ip"
)

// SecurityPolicyProtocol is the minimum TLS policy for viewers.
type SecurityPolicyProtocol string

const (
	SecurityPolicyProtocol_SSL_V3        SecurityPolicyProtocol = "SSLv3"
	SecurityPolicyProtocol_TLS_V1        SecurityPolicyProtocol = "TLSv1"
	SecurityPolicyProtocol_TLS_V1_2016   SecurityPolicyProtocol = "TLSv1_2016"
	SecurityPolicyProtocol_TLS_V1_1_2016 SecurityPolicyProtocol = "TLSv1.1_2016"
	SecurityPolicyProtocol_TLS_V1_2_2018 SecurityPolicyProtocol = "TLSv1.2_2018"
	SecurityPolicyProtocol_TLS_V1_2_2019 SecurityPolicyProtocol = "TLSv1.2_2019"
	SecurityPolicyProtocol_TLS_V1_2_2021 SecurityPolicyProtocol = "TLSv1.2_2021"
	SecurityPolicyProtocol_TLS_V1_2_2025 SecurityPolicyProtocol = "TLSv1.2_2025"
	SecurityPolicyProtocol_TLS_V1_3_2025 SecurityPolicyProtocol = "TLSv1.3_2025"
)

// OriginSslPolicy is a TLS protocol CloudFront may use with an origin.
type OriginSslPolicy string

const (
	OriginSslPolicy_SSL_V3   OriginSslPolicy = "SSLv3"
	OriginSslPolicy_TLS_V1   OriginSslPolicy = "TLSv1"
	OriginSslPolicy_TLS_V1_1 OriginSslPolicy = "TLSv1.1"
	OriginSslPolicy_TLS_V1_2 OriginSslPolicy = "TLSv1.2"
)

// OriginIpAddressType is the IP version CloudFront uses with an origin.
type OriginIpAddressType string

const (
	OriginIpAddressType_IPV4      OriginIpAddressType = "ipv4"
	OriginIpAddressType_IPV6      OriginIpAddressType = "ipv6"
	OriginIpAddressType_DUALSTACK OriginIpAddressType = "dualstack"
)

// LambdaEdgeEventType is when a Lambda@Edge function runs.
type LambdaEdgeEventType string

const (
	LambdaEdgeEventType_ORIGIN_REQUEST  LambdaEdgeEventType = "origin-request"
	LambdaEdgeEventType_ORIGIN_RESPONSE LambdaEdgeEventType = "origin-response"
	LambdaEdgeEventType_VIEWER_REQUEST  LambdaEdgeEventType = "viewer-request"
	LambdaEdgeEventType_VIEWER_RESPONSE LambdaEdgeEventType = "viewer-response"
)

// FunctionEventType is when a CloudFront function runs.
type FunctionEventType string

const (
	FunctionEventType_VIEWER_REQUEST  FunctionEventType = "viewer-request"
	FunctionEventType_VIEWER_RESPONSE FunctionEventType = "viewer-response"
)

// AllowedMethods are the HTTP methods a behavior passes to its origin.
type AllowedMethods interface{ Methods() *[]*string }

// CachedMethods are the HTTP methods whose responses a behavior caches.
type CachedMethods interface{ Methods() *[]*string }

type methods []string

func (m methods) Methods() *[]*string { return jsii.Strings(m...) }

func AllowedMethods_ALLOW_GET_HEAD() AllowedMethods { return methods{"GET", "HEAD"} }
func AllowedMethods_ALLOW_GET_HEAD_OPTIONS() AllowedMethods {
	return methods{"GET", "HEAD", "OPTIONS"}
}
func AllowedMethods_ALLOW_ALL() AllowedMethods {
	return methods{"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"}
}
func CachedMethods_CACHE_GET_HEAD() CachedMethods { return methods{"GET", "HEAD"} }
func CachedMethods_CACHE_GET_HEAD_OPTIONS() CachedMethods {
	return methods{"GET", "HEAD", "OPTIONS"}
}

func isAllowAll(m AllowedMethods) bool {
	if m == nil {
		return false
	}
	got := m.Methods()
	return got != nil && joinStrings(*got) == "GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE"
}

// GeoRestriction limits the countries that may reach a distribution.
type GeoRestriction interface {
	Locations() *[]*string
	RestrictionType() *string
}

type geoRestriction struct {
	kind      string
	locations []*string
}

func (g *geoRestriction) Locations() *[]*string    { return &g.locations }
func (g *geoRestriction) RestrictionType() *string { return jsii.String(g.kind) }

var countryCode = regexp.MustCompile(`^[A-Z]{2}$`)

func newGeoRestriction(kind string, locations []*string) GeoRestriction {
	if len(locations) == 0 {
		diag.Panic("", "Should provide at least 1 location")
	}
	for _, l := range locations {
		if !countryCode.MatchString(deref(l)) {
			diag.Panic("", "Invalid location format for location: %s, location should be two-letter and uppercase country ISO 3166-1-alpha-2 code", deref(l))
		}
	}
	return &geoRestriction{kind: kind, locations: locations}
}

// GeoRestriction_Allowlist lets only the given countries (ISO 3166-1-alpha-2) in.
func GeoRestriction_Allowlist(locations ...*string) GeoRestriction {
	return newGeoRestriction("whitelist", locations)
}

// GeoRestriction_Denylist keeps the given countries out.
func GeoRestriction_Denylist(locations ...*string) GeoRestriction {
	return newGeoRestriction("blacklist", locations)
}

// ErrorResponse replaces an error status from the origin.
type ErrorResponse struct {
	HttpStatus         *float64        `field:"required" json:"httpStatus" yaml:"httpStatus"`
	ResponseHttpStatus *float64        `field:"optional" json:"responseHttpStatus" yaml:"responseHttpStatus"`
	ResponsePagePath   *string         `field:"optional" json:"responsePagePath" yaml:"responsePagePath"`
	Ttl                awscdk.Duration `field:"optional" json:"ttl" yaml:"ttl"`
}

// EdgeLambda runs a Lambda@Edge function version on a behavior.
type EdgeLambda struct {
	EventType       LambdaEdgeEventType `field:"required" json:"eventType" yaml:"eventType"`
	FunctionVersion awslambda.IVersion  `field:"required" json:"functionVersion" yaml:"functionVersion"`
	IncludeBody     *bool               `field:"optional" json:"includeBody" yaml:"includeBody"`
}

// FunctionAssociation runs a CloudFront function on a behavior.
type FunctionAssociation struct {
	EventType FunctionEventType                    `field:"required" json:"eventType" yaml:"eventType"`
	Function  interfacesawscloudfront.IFunctionRef `field:"required" json:"function" yaml:"function"`
}

// AddBehaviorOptions are the settings of a cache behavior.
type AddBehaviorOptions struct {
	AllowedMethods        AllowedMethods                                    `field:"optional" json:"allowedMethods" yaml:"allowedMethods"`
	CachedMethods         CachedMethods                                     `field:"optional" json:"cachedMethods" yaml:"cachedMethods"`
	CachePolicy           interfacesawscloudfront.ICachePolicyRef           `field:"optional" json:"cachePolicy" yaml:"cachePolicy"`
	Compress              *bool                                             `field:"optional" json:"compress" yaml:"compress"`
	EdgeLambdas           *[]*EdgeLambda                                    `field:"optional" json:"edgeLambdas" yaml:"edgeLambdas"`
	EnableGrpc            *bool                                             `field:"optional" json:"enableGrpc" yaml:"enableGrpc"`
	FunctionAssociations  *[]*FunctionAssociation                           `field:"optional" json:"functionAssociations" yaml:"functionAssociations"`
	OriginRequestPolicy   interfacesawscloudfront.IOriginRequestPolicyRef   `field:"optional" json:"originRequestPolicy" yaml:"originRequestPolicy"`
	RealtimeLogConfig     interfacesawscloudfront.IRealtimeLogConfigRef     `field:"optional" json:"realtimeLogConfig" yaml:"realtimeLogConfig"`
	ResponseHeadersPolicy interfacesawscloudfront.IResponseHeadersPolicyRef `field:"optional" json:"responseHeadersPolicy" yaml:"responseHeadersPolicy"`
	SmoothStreaming       *bool                                             `field:"optional" json:"smoothStreaming" yaml:"smoothStreaming"`
	TrustedKeyGroups      *[]interfacesawscloudfront.IKeyGroupRef           `field:"optional" json:"trustedKeyGroups" yaml:"trustedKeyGroups"`
	ViewerProtocolPolicy  ViewerProtocolPolicy                              `field:"optional" json:"viewerProtocolPolicy" yaml:"viewerProtocolPolicy"`
}

// BehaviorOptions are a cache behavior's settings and its origin.
type BehaviorOptions struct {
	AllowedMethods        AllowedMethods                                    `field:"optional" json:"allowedMethods" yaml:"allowedMethods"`
	CachedMethods         CachedMethods                                     `field:"optional" json:"cachedMethods" yaml:"cachedMethods"`
	CachePolicy           interfacesawscloudfront.ICachePolicyRef           `field:"optional" json:"cachePolicy" yaml:"cachePolicy"`
	Compress              *bool                                             `field:"optional" json:"compress" yaml:"compress"`
	EdgeLambdas           *[]*EdgeLambda                                    `field:"optional" json:"edgeLambdas" yaml:"edgeLambdas"`
	EnableGrpc            *bool                                             `field:"optional" json:"enableGrpc" yaml:"enableGrpc"`
	FunctionAssociations  *[]*FunctionAssociation                           `field:"optional" json:"functionAssociations" yaml:"functionAssociations"`
	OriginRequestPolicy   interfacesawscloudfront.IOriginRequestPolicyRef   `field:"optional" json:"originRequestPolicy" yaml:"originRequestPolicy"`
	RealtimeLogConfig     interfacesawscloudfront.IRealtimeLogConfigRef     `field:"optional" json:"realtimeLogConfig" yaml:"realtimeLogConfig"`
	ResponseHeadersPolicy interfacesawscloudfront.IResponseHeadersPolicyRef `field:"optional" json:"responseHeadersPolicy" yaml:"responseHeadersPolicy"`
	SmoothStreaming       *bool                                             `field:"optional" json:"smoothStreaming" yaml:"smoothStreaming"`
	TrustedKeyGroups      *[]interfacesawscloudfront.IKeyGroupRef           `field:"optional" json:"trustedKeyGroups" yaml:"trustedKeyGroups"`
	ViewerProtocolPolicy  ViewerProtocolPolicy                              `field:"optional" json:"viewerProtocolPolicy" yaml:"viewerProtocolPolicy"`
	Origin                IOrigin                                           `field:"required" json:"origin" yaml:"origin"`
}

func (b *BehaviorOptions) options() *AddBehaviorOptions {
	return &AddBehaviorOptions{
		AllowedMethods: b.AllowedMethods, CachedMethods: b.CachedMethods, CachePolicy: b.CachePolicy, Compress: b.Compress,
		EdgeLambdas: b.EdgeLambdas, EnableGrpc: b.EnableGrpc, FunctionAssociations: b.FunctionAssociations,
		OriginRequestPolicy: b.OriginRequestPolicy, RealtimeLogConfig: b.RealtimeLogConfig, ResponseHeadersPolicy: b.ResponseHeadersPolicy,
		SmoothStreaming: b.SmoothStreaming, TrustedKeyGroups: b.TrustedKeyGroups, ViewerProtocolPolicy: b.ViewerProtocolPolicy,
	}
}

// DistributionProps are the props of NewDistribution.
type DistributionProps struct {
	DefaultBehavior          *BehaviorOptions                                `field:"required" json:"defaultBehavior" yaml:"defaultBehavior"`
	AdditionalBehaviors      *map[string]*BehaviorOptions                    `field:"optional" json:"additionalBehaviors" yaml:"additionalBehaviors"`
	Certificate              interfacesawscertificatemanager.ICertificateRef `field:"optional" json:"certificate" yaml:"certificate"`
	Comment                  *string                                         `field:"optional" json:"comment" yaml:"comment"`
	DefaultRootObject        *string                                         `field:"optional" json:"defaultRootObject" yaml:"defaultRootObject"`
	DomainNames              *[]*string                                      `field:"optional" json:"domainNames" yaml:"domainNames"`
	Enabled                  *bool                                           `field:"optional" json:"enabled" yaml:"enabled"`
	EnableIpv6               *bool                                           `field:"optional" json:"enableIpv6" yaml:"enableIpv6"`
	EnableLogging            *bool                                           `field:"optional" json:"enableLogging" yaml:"enableLogging"`
	ErrorResponses           *[]*ErrorResponse                               `field:"optional" json:"errorResponses" yaml:"errorResponses"`
	GeoRestriction           GeoRestriction                                  `field:"optional" json:"geoRestriction" yaml:"geoRestriction"`
	HttpVersion              HttpVersion                                     `field:"optional" json:"httpVersion" yaml:"httpVersion"`
	LogBucket                awss3.IBucket                                   `field:"optional" json:"logBucket" yaml:"logBucket"`
	LogFilePrefix            *string                                         `field:"optional" json:"logFilePrefix" yaml:"logFilePrefix"`
	LogIncludesCookies       *bool                                           `field:"optional" json:"logIncludesCookies" yaml:"logIncludesCookies"`
	MinimumProtocolVersion   SecurityPolicyProtocol                          `field:"optional" json:"minimumProtocolVersion" yaml:"minimumProtocolVersion"`
	PriceClass               PriceClass                                      `field:"optional" json:"priceClass" yaml:"priceClass"`
	PublishAdditionalMetrics *bool                                           `field:"optional" json:"publishAdditionalMetrics" yaml:"publishAdditionalMetrics"`
	SslSupportMethod         SSLMethod                                       `field:"optional" json:"sslSupportMethod" yaml:"sslSupportMethod"`
	WebAclId                 *string                                         `field:"optional" json:"webAclId" yaml:"webAclId"`
}

// DistributionAttributes identify a distribution to import.
type DistributionAttributes struct {
	DistributionId *string `field:"required" json:"distributionId" yaml:"distributionId"`
	DomainName     *string `field:"required" json:"domainName" yaml:"domainName"`
}

// IDistribution is a CloudFront distribution, defined here or imported.
type IDistribution interface {
	interfacesawscloudfront.IDistributionRef
	awscdk.IResource
	Grant(identity awsiam.IGrantable, actions ...*string) awsiam.Grant
	GrantCreateInvalidation(identity awsiam.IGrantable) awsiam.Grant
	DistributionArn() *string
	DistributionDomainName() *string
	DistributionId() *string
}

// Distribution is a CloudFront distribution (AWS::CloudFront::Distribution).
type Distribution interface {
	awscdk.Resource
	IDistribution
	DistributionRef() *interfacesawscloudfront.DistributionReference
	DomainName() *string
	Grants() DistributionGrants
	AddBehavior(pathPattern *string, origin IOrigin, behaviorOptions *AddBehaviorOptions)
	AttachWebAclId(webAclId *string)
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	Metric401ErrorRate(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	Metric403ErrorRate(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	Metric404ErrorRate(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	Metric4xxErrorRate(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	Metric502ErrorRate(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	Metric503ErrorRate(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	Metric504ErrorRate(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	Metric5xxErrorRate(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricBytesDownloaded(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricBytesUploaded(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricCacheHitRate(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricOriginLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricRequests(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTotalErrorRate(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

// distributionBase is what imported and defined distributions share.
type distributionBase struct {
	awscdk.Resource
	id, domain *string
}

func (d *distributionBase) DistributionId() *string         { return d.id }
func (d *distributionBase) DistributionDomainName() *string { return d.domain }
func (d *distributionBase) DomainName() *string             { return d.domain }
func (d *distributionBase) DistributionRef() *interfacesawscloudfront.DistributionReference {
	return &interfacesawscloudfront.DistributionReference{DistributionId: d.id}
}
func (d *distributionBase) self() IDistribution { return host.Of(d.Resource).(IDistribution) }

// DistributionArn is arn:<partition>:cloudfront::<account>:distribution/<id>.
func (d *distributionBase) DistributionArn() *string {
	return awscdk.Stack_Of(d).FormatArn(&awscdk.ArnComponents{Service: jsii.String("cloudfront"), Region: jsii.String(""),
		Resource: jsii.String("distribution"), ResourceName: d.id})
}

// Grants are the distribution's grant helpers.
func (d *distributionBase) Grants() DistributionGrants {
	return DistributionGrants_FromDistribution(d.self())
}

// GrantCreateInvalidation lets identity invalidate the distribution's cache.
func (d *distributionBase) GrantCreateInvalidation(identity awsiam.IGrantable) awsiam.Grant {
	return d.Grants().CreateInvalidation(identity)
}

// Grant grants actions on the distribution; actions CloudFront only
// authorizes on "*" are granted there.
func (d *distributionBase) Grant(identity awsiam.IGrantable, actions ...*string) awsiam.Grant {
	var wildcard, scoped []*string
	for _, a := range actions {
		if wildcardOnlyActions[deref(a)] {
			wildcard = append(wildcard, a)
		} else {
			scoped = append(scoped, a)
		}
	}
	var wg, sg awsiam.Grant
	if len(wildcard) > 0 {
		wg = awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: identity, Actions: &wildcard, ResourceArns: jsii.Strings("*")})
	}
	if len(scoped) > 0 {
		sg = awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: identity, Actions: &scoped, ResourceArns: &[]*string{d.DistributionArn()}})
	}
	switch {
	case wg != nil && sg != nil:
		return sg.Combine(wg)
	case wg != nil:
		return wg
	}
	return sg
}

// DistributionGrants grants permissions on a distribution.
type DistributionGrants interface {
	Resource() interfacesawscloudfront.IDistributionRef
	Actions(grantee awsiam.IGrantable, actions *[]*string, options *awscdk.PermissionsOptions) awsiam.Grant
	CreateInvalidation(grantee awsiam.IGrantable) awsiam.Grant
}

type distributionGrants struct {
	r interfacesawscloudfront.IDistributionRef
}

// DistributionGrants_FromDistribution is the grants of resource.
func DistributionGrants_FromDistribution(resource interfacesawscloudfront.IDistributionRef) DistributionGrants {
	return &distributionGrants{r: resource}
}

func (g *distributionGrants) Resource() interfacesawscloudfront.IDistributionRef { return g.r }
func (g *distributionGrants) Actions(grantee awsiam.IGrantable, actions *[]*string, options *awscdk.PermissionsOptions) awsiam.Grant {
	arns := &[]*string{CfnDistribution_ArnForDistribution(g.r)}
	if options != nil && options.ResourceArns != nil {
		arns = options.ResourceArns
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: actions, ResourceArns: arns})
}
func (g *distributionGrants) CreateInvalidation(grantee awsiam.IGrantable) awsiam.Grant {
	return g.Actions(grantee, jsii.Strings("cloudfront:CreateInvalidation"), nil)
}

// Distribution_FromDistributionAttributes imports a distribution.
func Distribution_FromDistributionAttributes(scope constructs.Construct, id *string, attrs *DistributionAttributes) IDistribution {
	d := &distributionBase{}
	d.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(d.Resource, d)
	if attrs == nil || attrs.DistributionId == nil || attrs.DomainName == nil {
		l2.Throw(d, "Distribution.fromDistributionAttributes: distributionId and domainName are required")
	}
	d.id, d.domain = attrs.DistributionId, attrs.DomainName
	return d
}

// Distribution_PROPERTY_INJECTION_ID is the id property injectors use for Distribution.
func Distribution_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cloudfront.Distribution")
}

// Distribution_IsResource reports whether construct is a Resource.
func Distribution_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Distribution_IsOwnedResource reports whether construct is a Resource owned by the app.
func Distribution_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Distribution_IsConstruct reports whether x is a construct.
func Distribution_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

type boundOrigin struct {
	origin   IOrigin
	originID string
	groupID  string
	property *CfnDistribution_OriginProperty
}

type distribution struct {
	distributionBase
	cfg         *CfnDistribution_DistributionConfigProperty
	httpVersion HttpVersion
	origins     []*boundOrigin
	behaviors   []*CfnDistribution_CacheBehaviorProperty
	groups      []*CfnDistribution_OriginGroupProperty
	webACL      *string
	moreMetrics bool
}

// NewDistribution defines a distribution.
func NewDistribution(scope constructs.Construct, id *string, props *DistributionProps) Distribution {
	props = l2.Inject(*Distribution_PROPERTY_INJECTION_ID(), props, scope, id)
	d := &distribution{}
	d.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(d.Resource, d)
	if props == nil || props.DefaultBehavior == nil || props.DefaultBehavior.Origin == nil {
		l2.Throw(d, "Distribution: defaultBehavior with an origin is required")
	}
	if props.Certificate != nil {
		region := awscdk.Stack_Of(d).SplitArn(props.Certificate.CertificateRef().CertificateArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).Region
		if r := deref(region); !*awscdk.Token_IsUnresolved(r) && r != "us-east-1" {
			l2.Throw(d, "Distribution certificates must be in the us-east-1 region and the certificate you provided is in %s.", r)
		}
		if props.DomainNames == nil || len(*props.DomainNames) == 0 {
			awscdk.Annotations_Of(d).AddWarningV2(jsii.String("@aws-cdk/aws-cloudfront:emptyDomainNames"),
				jsii.String(`No domain names are specified. You will need to specify it after running associate-alias CLI command manually. See the "Moving an alternate domain name to a different distribution" section of module's README for more info.`))
		}
	}
	if props.MinimumProtocolVersion != "" && props.Certificate == nil {
		awscdk.Annotations_Of(d).AddWarningV2(jsii.String("@aws-cdk/aws-cloudfront:minimumProtocolVersionWithoutCertificate"),
			jsii.String("Ignoring 'minimumProtocolVersion': it has no effect without a custom 'certificate'. The distribution uses the CloudFront default certificate, whose security policy is fixed at TLSv1."))
	}
	if props.SslSupportMethod != "" && props.Certificate == nil {
		awscdk.Annotations_Of(d).AddWarningV2(jsii.String("@aws-cdk/aws-cloudfront:sslSupportMethodWithoutCertificate"),
			jsii.String("Ignoring 'sslSupportMethod': it has no effect without a custom 'certificate'. The distribution uses the CloudFront default certificate, which is served to all viewers."))
	}
	d.httpVersion = props.HttpVersion
	if d.httpVersion == "" {
		d.httpVersion = HttpVersion_HTTP2
	}
	d.validateGrpc(props.DefaultBehavior.EnableGrpc)
	defaultOrigin := d.addOrigin(props.DefaultBehavior.Origin, false)
	def := d.renderBehavior(defaultOrigin, "*", props.DefaultBehavior.options())
	if props.AdditionalBehaviors != nil {
		// aws-cdk-lib walks the object's keys in insertion order; a Go map
		// has none, so the paths are taken in sorted order.
		for _, path := range sortedKeys(*props.AdditionalBehaviors) {
			b := (*props.AdditionalBehaviors)[path]
			if b == nil {
				continue
			}
			d.AddBehavior(jsii.String(path), b.Origin, b.options())
		}
	}
	d.webACL = props.WebAclId
	if props.WebAclId != nil {
		d.validateWebACL(*props.WebAclId)
	}
	d.moreMetrics = props.PublishAdditionalMetrics != nil && *props.PublishAdditionalMetrics
	comment := props.Comment
	if comment != nil && len(*comment) > 128 {
		comment = jsii.String((*comment)[:125] + "...")
	}
	d.cfg = &CfnDistribution_DistributionConfigProperty{
		Enabled:              boolOr(props.Enabled, true),
		DefaultCacheBehavior: def,
		Aliases:              props.DomainNames,
		Comment:              comment,
		CustomErrorResponses: d.renderErrorResponses(props.ErrorResponses),
		DefaultRootObject:    props.DefaultRootObject,
		HttpVersion:          jsii.String(string(d.httpVersion)),
		Ipv6Enabled:          boolOr(props.EnableIpv6, true),
		Logging:              d.renderLogging(props),
		Restrictions:         renderRestrictions(props.GeoRestriction),
		WebAclId:             d.webACL,
	}
	if props.PriceClass != "" {
		d.cfg.PriceClass = jsii.String(string(props.PriceClass))
	}
	if props.Certificate != nil {
		min := props.MinimumProtocolVersion
		if min == "" {
			min = SecurityPolicyProtocol_TLS_V1_2_2019
			if *awscdk.FeatureFlags_Of(d).IsEnabled(jsii.String("@aws-cdk/aws-cloudfront:defaultSecurityPolicyTLSv1.2_2021")) {
				min = SecurityPolicyProtocol_TLS_V1_2_2021
			}
		}
		ssl := props.SslSupportMethod
		if ssl == "" {
			ssl = SSLMethod_SNI
		}
		d.cfg.ViewerCertificate = &CfnDistribution_ViewerCertificateProperty{AcmCertificateArn: props.Certificate.CertificateRef().CertificateArn,
			MinimumProtocolVersion: jsii.String(string(min)), SslSupportMethod: jsii.String(string(ssl))}
	}
	d.sync()
	cfn := NewCfnDistribution(d, jsii.String("Resource"), &CfnDistributionProps{DistributionConfig: d.cfg})
	d.id, d.domain = cfn.Ref(), cfn.AttrDomainName()
	if d.moreMetrics {
		NewCfnMonitoringSubscription(d, jsii.String("MonitoringSubscription"), &CfnMonitoringSubscriptionProps{
			DistributionId: d.id,
			MonitoringSubscription: &CfnMonitoringSubscription_MonitoringSubscriptionProperty{
				RealtimeMetricsSubscriptionConfig: &CfnMonitoringSubscription_RealtimeMetricsSubscriptionConfigProperty{
					RealtimeMetricsSubscriptionStatus: jsii.String("Enabled")}},
		})
	}
	return d
}

// sync writes the origins, origin groups and behaviors added so far into
// the configuration the L1 renders at synthesis.
func (d *distribution) sync() {
	if d.cfg == nil {
		return
	}
	var origins []*CfnDistribution_OriginProperty
	for _, o := range d.origins {
		if o.property != nil {
			origins = append(origins, o.property)
		}
	}
	d.cfg.Origins = origins
	d.cfg.OriginGroups = nil
	if len(d.groups) > 0 {
		d.cfg.OriginGroups = &CfnDistribution_OriginGroupsProperty{Items: d.groups, Quantity: jsii.Number(float64(len(d.groups)))}
	}
	d.cfg.CacheBehaviors = nil
	if len(d.behaviors) > 0 {
		d.cfg.CacheBehaviors = d.behaviors
	}
	d.cfg.WebAclId = d.webACL
}

// AddBehavior routes requests matching pathPattern to origin.
func (d *distribution) AddBehavior(pathPattern *string, origin IOrigin, behaviorOptions *AddBehaviorOptions) {
	if deref(pathPattern) == "*" {
		l2.Throw(d, "Only the default behavior can have a path pattern of '*'")
	}
	// aws-cdk-lib renders a second behavior with the same path and
	// CloudFormation rejects the distribution at deploy; say so here.
	for _, b := range d.behaviors {
		if deref(b.PathPattern) == deref(pathPattern) {
			l2.Throw(d, "Distribution already has a behavior for path pattern '%s'; each additional behavior needs its own path pattern", deref(pathPattern))
		}
	}
	if behaviorOptions == nil {
		behaviorOptions = &AddBehaviorOptions{}
	}
	d.validateGrpc(behaviorOptions.EnableGrpc)
	originID := d.addOrigin(origin, false)
	b := d.renderBehavior(originID, deref(pathPattern), behaviorOptions)
	d.behaviors = append(d.behaviors, &CfnDistribution_CacheBehaviorProperty{
		PathPattern: pathPattern, TargetOriginId: b.TargetOriginId, AllowedMethods: b.AllowedMethods, CachedMethods: b.CachedMethods,
		CachePolicyId: b.CachePolicyId, Compress: b.Compress, OriginRequestPolicyId: b.OriginRequestPolicyId,
		RealtimeLogConfigArn: b.RealtimeLogConfigArn, ResponseHeadersPolicyId: b.ResponseHeadersPolicyId, SmoothStreaming: b.SmoothStreaming,
		ViewerProtocolPolicy: b.ViewerProtocolPolicy, FunctionAssociations: b.FunctionAssociations,
		LambdaFunctionAssociations: b.LambdaFunctionAssociations, TrustedKeyGroups: b.TrustedKeyGroups, GrpcConfig: b.GrpcConfig,
	})
	d.sync()
}

// AttachWebAclId associates a WAF web ACL (in us-east-1) with the distribution.
func (d *distribution) AttachWebAclId(webAclId *string) {
	if d.webACL != nil {
		l2.Throw(d, "A WebACL has already been attached to this distribution")
	}
	d.validateWebACL(deref(webAclId))
	d.webACL = webAclId
	d.sync()
}

func (d *distribution) validateWebACL(id string) {
	if *awscdk.Token_IsUnresolved(id) || !strings.HasPrefix(id, "arn:") {
		return
	}
	region := deref(awscdk.Stack_Of(d).SplitArn(&id, awscdk.ArnFormat_SLASH_RESOURCE_NAME).Region)
	if !*awscdk.Token_IsUnresolved(region) && region != "us-east-1" {
		l2.Throw(d, "WebACL for CloudFront distributions must be created in the us-east-1 region; received %s", region)
	}
}

func (d *distribution) validateGrpc(enabled *bool) {
	if enabled == nil || !*enabled {
		return
	}
	if d.httpVersion != HttpVersion_HTTP2 && d.httpVersion != HttpVersion_HTTP2_AND_3 {
		l2.Throw(d, "'httpVersion' must be http2 or http2and3 if 'enableGrpc' in 'defaultBehavior' or 'additionalBehaviors' is true, got %s", d.httpVersion)
	}
}

// addOrigin binds origin once, in a scope named Origin<n>, and returns the
// id behaviors target: the origin's, or its group's when it fails over.
func (d *distribution) addOrigin(origin IOrigin, failover bool) string {
	if origin == nil {
		l2.Throw(d, "a behavior needs an origin")
	}
	for _, b := range d.origins {
		if b.origin == origin {
			if b.groupID != "" {
				return b.groupID
			}
			return b.originID
		}
	}
	scope := constructs.NewConstruct(d, jsii.String(fmt.Sprintf("Origin%d", len(d.origins)+1)))
	generated := last128(*awscdk.Names_UniqueId(scope))
	cfg := origin.Bind(scope, &OriginBindOptions{OriginId: jsii.String(generated),
		DistributionId: awscdk.Lazy_String(stringProducer(func() *string { return d.id }), nil)})
	if cfg == nil {
		cfg = &OriginBindConfig{}
	}
	originID := generated
	if cfg.OriginProperty != nil && cfg.OriginProperty.Id != nil {
		originID = *cfg.OriginProperty.Id
		for _, b := range d.origins {
			if b.property != nil && deref(b.property.Id) == originID {
				l2.Throw(d, "Origin with id %s already exists. OriginIds must be unique within a distribution", originID)
			}
		}
	}
	bound := &boundOrigin{origin: origin, originID: originID, property: cfg.OriginProperty}
	if cfg.FailoverConfig == nil {
		d.origins = append(d.origins, bound)
		return originID
	}
	if failover {
		l2.Throw(d, "An Origin cannot use an Origin with its own failover configuration as its fallback origin!")
	}
	bound.groupID = last128(*awscdk.Names_UniqueId(constructs.NewConstruct(d, jsii.String(fmt.Sprintf("OriginGroup%d", len(d.groups)+1)))))
	d.origins = append(d.origins, bound)
	fallback := d.addOrigin(cfg.FailoverConfig.FailoverOrigin, true)
	codes := []*float64{jsii.Number(500), jsii.Number(502), jsii.Number(503), jsii.Number(504)}
	if cfg.FailoverConfig.StatusCodes != nil {
		codes = *cfg.FailoverConfig.StatusCodes
	}
	if len(codes) == 0 {
		l2.Throw(d, "fallbackStatusCodes cannot be empty")
	}
	group := &CfnDistribution_OriginGroupProperty{
		FailoverCriteria: &CfnDistribution_OriginGroupFailoverCriteriaProperty{StatusCodes: &CfnDistribution_StatusCodesProperty{
			Items: &codes, Quantity: jsii.Number(float64(len(codes)))}},
		Id: jsii.String(bound.groupID),
		Members: &CfnDistribution_OriginGroupMembersProperty{Items: []*CfnDistribution_OriginGroupMemberProperty{
			{OriginId: jsii.String(originID)}, {OriginId: jsii.String(fallback)}}, Quantity: jsii.Number(2)},
	}
	if cfg.SelectionCriteria != "" {
		group.SelectionCriteria = jsii.String(string(cfg.SelectionCriteria))
	}
	d.groups = append(d.groups, group)
	d.sync()
	return bound.groupID
}

func last128(s string) string {
	if len(s) > 128 {
		return s[len(s)-128:]
	}
	return s
}

// renderBehavior is a behavior as CloudFormation wants it (as a default
// behavior; AddBehavior copies it into a CacheBehavior with the path).
func (d *distribution) renderBehavior(originID, path string, o *AddBehaviorOptions) *CfnDistribution_DefaultCacheBehaviorProperty {
	vpp := o.ViewerProtocolPolicy
	if vpp == "" {
		vpp = ViewerProtocolPolicy_ALLOW_ALL
		if *awscdk.FeatureFlags_Of(d).IsEnabled(jsii.String("@aws-cdk/aws-cloudfront:defaultViewerProtocolPolicyRedirectToHttps")) {
			vpp = ViewerProtocolPolicy_REDIRECT_TO_HTTPS
		}
	}
	if o.EnableGrpc != nil && *o.EnableGrpc {
		if !isAllowAll(o.AllowedMethods) {
			l2.Throw(d, "'allowedMethods' can only be AllowedMethods.ALLOW_ALL if 'enableGrpc' is true")
		}
		if o.EdgeLambdas != nil && len(*o.EdgeLambdas) > 0 {
			l2.Throw(d, "'edgeLambdas' cannot be specified if 'enableGrpc' is true")
		}
	}
	b := &CfnDistribution_DefaultCacheBehaviorProperty{
		TargetOriginId:       jsii.String(originID),
		Compress:             boolOr(o.Compress, true),
		ViewerProtocolPolicy: jsii.String(string(vpp)),
	}
	if o.AllowedMethods != nil {
		b.AllowedMethods = o.AllowedMethods.Methods()
	}
	if o.CachedMethods != nil {
		b.CachedMethods = o.CachedMethods.Methods()
	}
	if o.CachePolicy != nil {
		b.CachePolicyId = o.CachePolicy.CachePolicyRef().CachePolicyId
	} else {
		b.CachePolicyId = CachePolicy_CACHING_OPTIMIZED().CachePolicyId()
	}
	if o.OriginRequestPolicy != nil {
		b.OriginRequestPolicyId = o.OriginRequestPolicy.OriginRequestPolicyRef().OriginRequestPolicyId
	}
	if o.RealtimeLogConfig != nil {
		b.RealtimeLogConfigArn = o.RealtimeLogConfig.RealtimeLogConfigRef().RealtimeLogConfigArn
	}
	if o.ResponseHeadersPolicy != nil {
		b.ResponseHeadersPolicyId = o.ResponseHeadersPolicy.ResponseHeadersPolicyRef().ResponseHeadersPolicyId
	}
	if o.SmoothStreaming != nil {
		b.SmoothStreaming = o.SmoothStreaming
	}
	if o.FunctionAssociations != nil {
		var fa []*CfnDistribution_FunctionAssociationProperty
		for _, a := range *o.FunctionAssociations {
			if a == nil || a.Function == nil {
				l2.Throw(d, "behavior '%s': a function association needs a function", path)
			}
			fa = append(fa, &CfnDistribution_FunctionAssociationProperty{FunctionArn: a.Function.FunctionRef().FunctionArn, EventType: jsii.String(string(a.EventType))})
		}
		b.FunctionAssociations = fa
	}
	if o.EdgeLambdas != nil {
		var la []*CfnDistribution_LambdaFunctionAssociationProperty
		for _, e := range *o.EdgeLambdas {
			if e == nil || e.FunctionVersion == nil {
				l2.Throw(d, "behavior '%s': an edge lambda needs a function version", path)
			}
			if e.IncludeBody != nil && *e.IncludeBody && e.EventType != LambdaEdgeEventType_ORIGIN_REQUEST && e.EventType != LambdaEdgeEventType_VIEWER_REQUEST {
				l2.Throw(d, "'includeBody' can only be true for ORIGIN_REQUEST or VIEWER_REQUEST event types.")
			}
			p := &CfnDistribution_LambdaFunctionAssociationProperty{LambdaFunctionArn: e.FunctionVersion.EdgeArn(), EventType: jsii.String(string(e.EventType))}
			if e.IncludeBody != nil {
				p.IncludeBody = e.IncludeBody
			}
			la = append(la, p)
		}
		for _, e := range *o.EdgeLambdas {
			if role, ok := e.FunctionVersion.Role().(awsiam.Role); ok && role != nil && role.AssumeRolePolicy() != nil {
				role.AssumeRolePolicy().AddStatements(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
					Actions: jsii.Strings("sts:AssumeRole"), Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("edgelambda.amazonaws.com"), nil)}}))
			}
		}
		b.LambdaFunctionAssociations = la
	}
	if o.TrustedKeyGroups != nil {
		var ids []*string
		for _, k := range *o.TrustedKeyGroups {
			if k == nil {
				l2.Throw(d, "behavior '%s': trustedKeyGroups must not hold nil", path)
			}
			ids = append(ids, k.KeyGroupRef().KeyGroupId)
		}
		b.TrustedKeyGroups = &ids
	}
	if o.EnableGrpc != nil {
		b.GrpcConfig = &CfnDistribution_GrpcConfigProperty{Enabled: o.EnableGrpc}
	}
	return b
}

func (d *distribution) renderErrorResponses(rs *[]*ErrorResponse) interface{} {
	if rs == nil || len(*rs) == 0 {
		return nil
	}
	var out []*CfnDistribution_CustomErrorResponseProperty
	for _, r := range *rs {
		if r.ResponseHttpStatus == nil && r.Ttl == nil && r.ResponsePagePath == nil {
			l2.Throw(d, "A custom error response without either a 'responseHttpStatus', 'ttl' or 'responsePagePath' is not valid.")
		}
		p := &CfnDistribution_CustomErrorResponseProperty{ErrorCode: r.HttpStatus, ResponseCode: r.ResponseHttpStatus, ResponsePagePath: r.ResponsePagePath}
		if r.Ttl != nil {
			p.ErrorCachingMinTtl = r.Ttl.ToSeconds(nil)
		}
		if r.ResponsePagePath != nil && r.ResponseHttpStatus == nil {
			p.ResponseCode = r.HttpStatus
		}
		out = append(out, p)
	}
	return out
}

func (d *distribution) renderLogging(props *DistributionProps) interface{} {
	enabled := props.EnableLogging != nil && *props.EnableLogging
	if !enabled && props.LogBucket == nil {
		return nil
	}
	if props.EnableLogging != nil && !*props.EnableLogging && props.LogBucket != nil {
		l2.Throw(d, "Explicitly disabled logging but provided a logging bucket.")
	}
	bucket := props.LogBucket
	if bucket == nil {
		bucket = awss3.NewBucket(d, jsii.String("LoggingBucket"), &awss3.BucketProps{Encryption: awss3.BucketEncryption_S3_MANAGED,
			ObjectOwnership: awss3.ObjectOwnership_OBJECT_WRITER})
	}
	p := &CfnDistribution_LoggingProperty{Bucket: bucket.BucketRegionalDomainName(), Prefix: props.LogFilePrefix}
	if props.LogIncludesCookies != nil {
		p.IncludeCookies = props.LogIncludesCookies
	}
	return p
}

func renderRestrictions(g GeoRestriction) interface{} {
	if g == nil {
		return nil
	}
	return &CfnDistribution_RestrictionsProperty{GeoRestriction: &CfnDistribution_GeoRestrictionProperty{RestrictionType: g.RestrictionType(), Locations: g.Locations()}}
}

// Metric is a CloudFront metric of this distribution.
func (d *distribution) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metric(deref(metricName), "", props)
}

func (d *distribution) metric(name, statistic string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	p := &awscloudwatch.MetricProps{Namespace: jsii.String("AWS/CloudFront"), MetricName: jsii.String(name),
		DimensionsMap: &map[string]*string{"DistributionId": d.id}}
	if statistic != "" {
		p.Statistic = jsii.String(statistic)
	}
	cwmetric.Overlay(p, o)
	return awscloudwatch.NewMetric(p)
}

func (d *distribution) additional(name, what string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	if !d.moreMetrics {
		l2.Throw(d, "%s is only available if 'publishAdditionalMetrics' is set 'true'", what)
	}
	return d.metric(name, "", o)
}

func (d *distribution) MetricRequests(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metric("Requests", "sum", o)
}
func (d *distribution) MetricBytesUploaded(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metric("BytesUploaded", "sum", o)
}
func (d *distribution) MetricBytesDownloaded(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metric("BytesDownloaded", "sum", o)
}
func (d *distribution) MetricTotalErrorRate(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metric("TotalErrorRate", "", o)
}
func (d *distribution) Metric4xxErrorRate(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metric("4xxErrorRate", "", o)
}
func (d *distribution) Metric5xxErrorRate(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metric("5xxErrorRate", "", o)
}
func (d *distribution) MetricOriginLatency(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.additional("OriginLatency", "Origin latency metric", o)
}
func (d *distribution) MetricCacheHitRate(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.additional("CacheHitRate", "Cache hit rate metric", o)
}
func (d *distribution) Metric401ErrorRate(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.additional("401ErrorRate", "401 error rate metric", o)
}
func (d *distribution) Metric403ErrorRate(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.additional("403ErrorRate", "403 error rate metric", o)
}
func (d *distribution) Metric404ErrorRate(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.additional("404ErrorRate", "404 error rate metric", o)
}
func (d *distribution) Metric502ErrorRate(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.additional("502ErrorRate", "502 error rate metric", o)
}
func (d *distribution) Metric503ErrorRate(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.additional("503ErrorRate", "503 error rate metric", o)
}
func (d *distribution) Metric504ErrorRate(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.additional("504ErrorRate", "504 error rate metric", o)
}

type stringProducer func() *string

func (f stringProducer) Produce() *string { return f() }

func boolOr(b *bool, def bool) *bool {
	if b == nil {
		return jsii.Bool(def)
	}
	return b
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func joinStrings(ps []*string) string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = deref(p)
	}
	return strings.Join(s, ",")
}

// wildcardOnlyActions are the CloudFront actions IAM only authorizes on
// "*" (from aws-cdk-lib 2.276.0's list).
var wildcardOnlyActions = func() map[string]bool {
	m := map[string]bool{}
	for _, a := range strings.Fields(`CreateFieldLevelEncryptionConfig CreateFieldLevelEncryptionProfile CreateKeyGroup
		CreateMonitoringSubscription CreateOriginAccessControl CreatePublicKey CreateSavingsPlan DeleteKeyGroup
		DeleteMonitoringSubscription DeletePublicKey GetKeyGroup GetKeyGroupConfig GetMonitoringSubscription GetPublicKey
		GetPublicKeyConfig GetSavingsPlan ListAnycastIpLists ListCachePolicies ListCloudFrontOriginAccessIdentities
		ListContinuousDeploymentPolicies ListDistributions ListDistributionsByAnycastIpListId ListDistributionsByCachePolicyId
		ListDistributionsByKeyGroup ListDistributionsByLambdaFunction ListDistributionsByOriginRequestPolicyId
		ListDistributionsByRealtimeLogConfig ListDistributionsByResponseHeadersPolicyId ListDistributionsByVpcOriginId
		ListDistributionsByWebACLId ListFieldLevelEncryptionConfigs ListFieldLevelEncryptionProfiles ListFunctions
		ListKeyGroups ListKeyValueStores ListOriginAccessControls ListOriginRequestPolicies ListPublicKeys ListRateCards
		ListRealtimeLogConfigs ListResponseHeadersPolicies ListSavingsPlans ListStreamingDistributions ListUsages
		ListVpcOrigins UpdateFieldLevelEncryptionConfig UpdateKeyGroup UpdatePublicKey UpdateSavingsPlan`) {
		m["cloudfront:"+a] = true
	}
	return m
}()
