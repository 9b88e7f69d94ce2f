package awscloudfront

import (
	"math"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudfront"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// CloudFrontWebDistribution, the legacy distribution construct: origins and
// their behaviors given together, CloudFormation's properties nearly as is.

// ViewerCertificateOptions are the settings of a viewer certificate.
type ViewerCertificateOptions struct {
	Aliases        *[]*string             `field:"optional" json:"aliases" yaml:"aliases"`
	SecurityPolicy SecurityPolicyProtocol `field:"optional" json:"securityPolicy" yaml:"securityPolicy"`
	SslMethod      SSLMethod              `field:"optional" json:"sslMethod" yaml:"sslMethod"`
}

// ViewerCertificate is the certificate and aliases of a CloudFrontWebDistribution.
type ViewerCertificate interface {
	Aliases() *[]*string
	Props() *CfnDistribution_ViewerCertificateProperty
}

type viewerCertificate struct {
	props   *CfnDistribution_ViewerCertificateProperty
	aliases *[]*string
}

func (v *viewerCertificate) Aliases() *[]*string                               { return v.aliases }
func (v *viewerCertificate) Props() *CfnDistribution_ViewerCertificateProperty { return v.props }

func newViewerCertificate(props *CfnDistribution_ViewerCertificateProperty, aliases *[]*string) ViewerCertificate {
	if aliases == nil {
		aliases = &[]*string{}
	}
	return &viewerCertificate{props: props, aliases: aliases}
}

func certOptions(o *ViewerCertificateOptions, p *CfnDistribution_ViewerCertificateProperty) ViewerCertificate {
	if o == nil {
		o = &ViewerCertificateOptions{}
	}
	ssl := o.SslMethod
	if ssl == "" {
		ssl = SSLMethod_SNI
	}
	p.SslSupportMethod = jsii.String(string(ssl))
	if o.SecurityPolicy != "" {
		p.MinimumProtocolVersion = jsii.String(string(o.SecurityPolicy))
	}
	return newViewerCertificate(p, o.Aliases)
}

// ViewerCertificate_FromAcmCertificate is an ACM certificate (in us-east-1).
func ViewerCertificate_FromAcmCertificate(certificate interfacesawscertificatemanager.ICertificateRef, options *ViewerCertificateOptions) ViewerCertificate {
	if certificate == nil {
		diag.Panic("", "ViewerCertificate.fromAcmCertificate needs a certificate; got nil")
	}
	return certOptions(options, &CfnDistribution_ViewerCertificateProperty{AcmCertificateArn: certificate.CertificateRef().CertificateArn})
}

// ViewerCertificate_FromIamCertificate is a certificate uploaded to IAM.
func ViewerCertificate_FromIamCertificate(iamCertificateId *string, options *ViewerCertificateOptions) ViewerCertificate {
	return certOptions(options, &CfnDistribution_ViewerCertificateProperty{IamCertificateId: iamCertificateId})
}

// ViewerCertificate_FromCloudFrontDefaultCertificate is the *.cloudfront.net certificate.
func ViewerCertificate_FromCloudFrontDefaultCertificate(aliases ...*string) ViewerCertificate {
	if aliases == nil {
		aliases = []*string{}
	}
	return newViewerCertificate(&CfnDistribution_ViewerCertificateProperty{CloudFrontDefaultCertificate: jsii.Bool(true)}, &aliases)
}

// LambdaFunctionAssociation runs a Lambda@Edge version on a legacy behavior.
type LambdaFunctionAssociation struct {
	EventType      LambdaEdgeEventType `field:"required" json:"eventType" yaml:"eventType"`
	LambdaFunction awslambda.IVersion  `field:"required" json:"lambdaFunction" yaml:"lambdaFunction"`
	IncludeBody    *bool               `field:"optional" json:"includeBody" yaml:"includeBody"`
}

// Behavior is a cache behavior of a CloudFrontWebDistribution.
type Behavior struct {
	AllowedMethods             CloudFrontAllowedMethods                 `field:"optional" json:"allowedMethods" yaml:"allowedMethods"`
	CachedMethods              CloudFrontAllowedCachedMethods           `field:"optional" json:"cachedMethods" yaml:"cachedMethods"`
	Compress                   *bool                                    `field:"optional" json:"compress" yaml:"compress"`
	DefaultTtl                 awscdk.Duration                          `field:"optional" json:"defaultTtl" yaml:"defaultTtl"`
	ForwardedValues            *CfnDistribution_ForwardedValuesProperty `field:"optional" json:"forwardedValues" yaml:"forwardedValues"`
	FunctionAssociations       *[]*FunctionAssociation                  `field:"optional" json:"functionAssociations" yaml:"functionAssociations"`
	IsDefaultBehavior          *bool                                    `field:"optional" json:"isDefaultBehavior" yaml:"isDefaultBehavior"`
	LambdaFunctionAssociations *[]*LambdaFunctionAssociation            `field:"optional" json:"lambdaFunctionAssociations" yaml:"lambdaFunctionAssociations"`
	MaxTtl                     awscdk.Duration                          `field:"optional" json:"maxTtl" yaml:"maxTtl"`
	MinTtl                     awscdk.Duration                          `field:"optional" json:"minTtl" yaml:"minTtl"`
	PathPattern                *string                                  `field:"optional" json:"pathPattern" yaml:"pathPattern"`
	TrustedKeyGroups           *[]interfacesawscloudfront.IKeyGroupRef  `field:"optional" json:"trustedKeyGroups" yaml:"trustedKeyGroups"`
	TrustedSigners             *[]*string                               `field:"optional" json:"trustedSigners" yaml:"trustedSigners"`
	ViewerProtocolPolicy       ViewerProtocolPolicy                     `field:"optional" json:"viewerProtocolPolicy" yaml:"viewerProtocolPolicy"`
}

// S3OriginConfig is an S3 bucket origin of a CloudFrontWebDistribution.
type S3OriginConfig struct {
	S3BucketSource       awss3.IBucket `field:"required" json:"s3BucketSource" yaml:"s3BucketSource"`
	OriginAccessIdentity interface {
		interfacesawscloudfront.ICloudFrontOriginAccessIdentityRef
		awsiam.IGrantable
	} `field:"optional" json:"originAccessIdentity" yaml:"originAccessIdentity"`
	OriginHeaders      *map[string]*string `field:"optional" json:"originHeaders" yaml:"originHeaders"`
	OriginPath         *string             `field:"optional" json:"originPath" yaml:"originPath"`
	OriginShieldRegion *string             `field:"optional" json:"originShieldRegion" yaml:"originShieldRegion"`
}

// CustomOriginConfig is an HTTP origin of a CloudFrontWebDistribution.
type CustomOriginConfig struct {
	DomainName               *string              `field:"required" json:"domainName" yaml:"domainName"`
	AllowedOriginSSLVersions *[]OriginSslPolicy   `field:"optional" json:"allowedOriginSSLVersions" yaml:"allowedOriginSSLVersions"`
	HttpPort                 *float64             `field:"optional" json:"httpPort" yaml:"httpPort"`
	HttpsPort                *float64             `field:"optional" json:"httpsPort" yaml:"httpsPort"`
	OriginHeaders            *map[string]*string  `field:"optional" json:"originHeaders" yaml:"originHeaders"`
	OriginKeepaliveTimeout   awscdk.Duration      `field:"optional" json:"originKeepaliveTimeout" yaml:"originKeepaliveTimeout"`
	OriginPath               *string              `field:"optional" json:"originPath" yaml:"originPath"`
	OriginProtocolPolicy     OriginProtocolPolicy `field:"optional" json:"originProtocolPolicy" yaml:"originProtocolPolicy"`
	OriginReadTimeout        awscdk.Duration      `field:"optional" json:"originReadTimeout" yaml:"originReadTimeout"`
	OriginShieldRegion       *string              `field:"optional" json:"originShieldRegion" yaml:"originShieldRegion"`
}

// SourceConfiguration is an origin (with its failover) and its behaviors.
type SourceConfiguration struct {
	Behaviors                   *[]*Behavior          `field:"required" json:"behaviors" yaml:"behaviors"`
	ConnectionAttempts          *float64              `field:"optional" json:"connectionAttempts" yaml:"connectionAttempts"`
	ConnectionTimeout           awscdk.Duration       `field:"optional" json:"connectionTimeout" yaml:"connectionTimeout"`
	CustomOriginSource          *CustomOriginConfig   `field:"optional" json:"customOriginSource" yaml:"customOriginSource"`
	FailoverCriteriaStatusCodes *[]FailoverStatusCode `field:"optional" json:"failoverCriteriaStatusCodes" yaml:"failoverCriteriaStatusCodes"`
	FailoverCustomOriginSource  *CustomOriginConfig   `field:"optional" json:"failoverCustomOriginSource" yaml:"failoverCustomOriginSource"`
	FailoverS3OriginSource      *S3OriginConfig       `field:"optional" json:"failoverS3OriginSource" yaml:"failoverS3OriginSource"`
	OriginShieldRegion          *string               `field:"optional" json:"originShieldRegion" yaml:"originShieldRegion"`
	S3OriginSource              *S3OriginConfig       `field:"optional" json:"s3OriginSource" yaml:"s3OriginSource"`
}

// LoggingConfiguration is where a CloudFrontWebDistribution writes access logs.
type LoggingConfiguration struct {
	Bucket         awss3.IBucket `field:"optional" json:"bucket" yaml:"bucket"`
	IncludeCookies *bool         `field:"optional" json:"includeCookies" yaml:"includeCookies"`
	Prefix         *string       `field:"optional" json:"prefix" yaml:"prefix"`
}

// CloudFrontWebDistributionProps are the props of NewCloudFrontWebDistribution.
type CloudFrontWebDistributionProps struct {
	OriginConfigs        *[]*SourceConfiguration                         `field:"required" json:"originConfigs" yaml:"originConfigs"`
	Comment              *string                                         `field:"optional" json:"comment" yaml:"comment"`
	DefaultRootObject    *string                                         `field:"optional" json:"defaultRootObject" yaml:"defaultRootObject"`
	Enabled              *bool                                           `field:"optional" json:"enabled" yaml:"enabled"`
	EnableIpV6           *bool                                           `field:"optional" json:"enableIpV6" yaml:"enableIpV6"`
	ErrorConfigurations  *[]*CfnDistribution_CustomErrorResponseProperty `field:"optional" json:"errorConfigurations" yaml:"errorConfigurations"`
	GeoRestriction       GeoRestriction                                  `field:"optional" json:"geoRestriction" yaml:"geoRestriction"`
	HttpVersion          HttpVersion                                     `field:"optional" json:"httpVersion" yaml:"httpVersion"`
	LoggingConfig        *LoggingConfiguration                           `field:"optional" json:"loggingConfig" yaml:"loggingConfig"`
	PriceClass           PriceClass                                      `field:"optional" json:"priceClass" yaml:"priceClass"`
	ViewerCertificate    ViewerCertificate                               `field:"optional" json:"viewerCertificate" yaml:"viewerCertificate"`
	ViewerProtocolPolicy ViewerProtocolPolicy                            `field:"optional" json:"viewerProtocolPolicy" yaml:"viewerProtocolPolicy"`
	WebACLId             *string                                         `field:"optional" json:"webACLId" yaml:"webACLId"`
}

// CloudFrontWebDistributionAttributes identify a web distribution to import.
type CloudFrontWebDistributionAttributes struct {
	DistributionId *string `field:"required" json:"distributionId" yaml:"distributionId"`
	DomainName     *string `field:"required" json:"domainName" yaml:"domainName"`
}

// CloudFrontWebDistribution is the legacy distribution construct
// (AWS::CloudFront::Distribution); prefer Distribution.
type CloudFrontWebDistribution interface {
	awscdk.Resource
	IDistribution
	DistributionRef() *interfacesawscloudfront.DistributionReference
	Grants() DistributionGrants
	LoggingBucket() awss3.IBucket
}

type webDistribution struct {
	distributionBase
	logging awss3.IBucket
}

func (w *webDistribution) LoggingBucket() awss3.IBucket { return w.logging }

// Grant grants actions on the distribution (all of them on its ARN, unlike
// Distribution's).
func (w *webDistribution) Grant(identity awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: identity, Actions: &actions, ResourceArns: &[]*string{w.DistributionArn()}})
}

var webMethods = map[string][]string{
	"GET_HEAD":         {"GET", "HEAD"},
	"GET_HEAD_OPTIONS": {"GET", "HEAD", "OPTIONS"},
	"ALL":              {"DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"},
}

var validSSLProtocols = map[SSLMethod][]SecurityPolicyProtocol{
	SSLMethod_SNI: {SecurityPolicyProtocol_TLS_V1, SecurityPolicyProtocol_TLS_V1_1_2016, SecurityPolicyProtocol_TLS_V1_2016,
		SecurityPolicyProtocol_TLS_V1_2_2018, SecurityPolicyProtocol_TLS_V1_2_2019, SecurityPolicyProtocol_TLS_V1_2_2021},
	SSLMethod_VIP:       {SecurityPolicyProtocol_SSL_V3, SecurityPolicyProtocol_TLS_V1},
	SSLMethod_STATIC_IP: {SecurityPolicyProtocol_TLS_V1_2_2018, SecurityPolicyProtocol_TLS_V1_2_2019, SecurityPolicyProtocol_TLS_V1_2_2021},
}

var failoverCodes = map[FailoverStatusCode]float64{
	FailoverStatusCode_FORBIDDEN: 403, FailoverStatusCode_NOT_FOUND: 404, FailoverStatusCode_INTERNAL_SERVER_ERROR: 500,
	FailoverStatusCode_BAD_GATEWAY: 502, FailoverStatusCode_SERVICE_UNAVAILABLE: 503, FailoverStatusCode_GATEWAY_TIMEOUT: 504,
}

// NewCloudFrontWebDistribution defines a legacy distribution.
func NewCloudFrontWebDistribution(scope constructs.Construct, id *string, props *CloudFrontWebDistributionProps) CloudFrontWebDistribution {
	props = l2.Inject(*CloudFrontWebDistribution_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.OriginConfigs == nil {
		l2.RequireProps(scope, id, "CloudFrontWebDistribution", "originConfigs")
	}
	w := &webDistribution{}
	w.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(w.Resource, w)
	comment := props.Comment
	if comment != nil && len(*comment) > 128 {
		comment = jsii.String((*comment)[:125] + "...")
	}
	var behaviors []*Behavior
	var targets []string
	var origins []*CfnDistribution_OriginProperty
	var groups []*CfnDistribution_OriginGroupProperty
	for i, oc := range *props.OriginConfigs {
		if oc == nil {
			l2.Throw(w, "originConfigs must not hold nil")
		}
		originID := "origin" + jsNum(float64(i+1))
		prop := w.originProperty(oc, originID)
		if oc.FailoverCustomOriginSource != nil || oc.FailoverS3OriginSource != nil {
			secondaryID := "originSecondary" + jsNum(float64(i+1))
			secondary := w.originProperty(&SourceConfiguration{S3OriginSource: oc.FailoverS3OriginSource, CustomOriginSource: oc.FailoverCustomOriginSource,
				OriginShieldRegion: oc.OriginShieldRegion}, secondaryID)
			groupID := "OriginGroup" + jsNum(float64(i+1))
			codes := []*float64{jsii.Number(500), jsii.Number(502), jsii.Number(503), jsii.Number(504)}
			if oc.FailoverCriteriaStatusCodes != nil {
				codes = []*float64{}
				for _, c := range *oc.FailoverCriteriaStatusCodes {
					codes = append(codes, jsii.Number(failoverCodes[c]))
				}
			}
			groups = append(groups, &CfnDistribution_OriginGroupProperty{Id: jsii.String(groupID),
				Members: &CfnDistribution_OriginGroupMembersProperty{Items: []*CfnDistribution_OriginGroupMemberProperty{
					{OriginId: jsii.String(originID)}, {OriginId: jsii.String(secondaryID)}}, Quantity: jsii.Number(2)},
				FailoverCriteria: &CfnDistribution_OriginGroupFailoverCriteriaProperty{StatusCodes: &CfnDistribution_StatusCodesProperty{
					Items: &codes, Quantity: jsii.Number(float64(len(codes)))}}})
			originID = groupID
			origins = append(origins, secondary)
		}
		if oc.Behaviors != nil {
			for _, b := range *oc.Behaviors {
				if b == nil {
					l2.Throw(w, "behaviors must not hold nil")
				}
				behaviors = append(behaviors, b)
				targets = append(targets, originID)
			}
		}
		origins = append(origins, prop)
	}
	for _, o := range origins {
		if o.S3OriginConfig == nil && o.CustomOriginConfig == nil {
			l2.Throw(w, "Origin %s is missing either S3OriginConfig or CustomOriginConfig. At least 1 must be specified.", deref(o.DomainName))
		}
	}
	defIdx := -1
	count := 0
	for i, b := range behaviors {
		if b.IsDefaultBehavior != nil && *b.IsDefaultBehavior {
			count++
			defIdx = i
		}
	}
	if count != 1 {
		l2.Throw(w, "There can only be one default behavior across all sources. [ One default behavior per distribution ].")
	}
	var others []*CfnDistribution_CacheBehaviorProperty
	for i, b := range behaviors {
		if i == defIdx {
			continue
		}
		if b.PathPattern == nil || *b.PathPattern == "" {
			l2.Throw(w, "pathPattern is required for all non-default behaviors")
		}
		others = append(others, w.cacheBehavior(b, targets[i], props.ViewerProtocolPolicy))
	}
	def := w.cacheBehavior(behaviors[defIdx], targets[defIdx], props.ViewerProtocolPolicy)
	rootObject := props.DefaultRootObject
	if rootObject == nil {
		rootObject = jsii.String("index.html")
	}
	httpVersion := props.HttpVersion
	if httpVersion == "" {
		httpVersion = HttpVersion_HTTP2
	}
	priceClass := props.PriceClass
	if priceClass == "" {
		priceClass = PriceClass_PRICE_CLASS_100
	}
	cfg := &CfnDistribution_DistributionConfigProperty{
		Comment: comment, Enabled: boolOr(props.Enabled, true), DefaultRootObject: rootObject, HttpVersion: jsii.String(string(httpVersion)),
		PriceClass: jsii.String(string(priceClass)), Ipv6Enabled: boolOr(props.EnableIpV6, true), WebAclId: props.WebACLId, Origins: origins,
		DefaultCacheBehavior: &CfnDistribution_DefaultCacheBehaviorProperty{
			AllowedMethods: def.AllowedMethods, CachedMethods: def.CachedMethods, Compress: def.Compress, DefaultTtl: def.DefaultTtl,
			ForwardedValues: def.ForwardedValues, MaxTtl: def.MaxTtl, MinTtl: def.MinTtl, TrustedKeyGroups: def.TrustedKeyGroups,
			TrustedSigners: def.TrustedSigners, TargetOriginId: def.TargetOriginId, ViewerProtocolPolicy: def.ViewerProtocolPolicy,
			FunctionAssociations: def.FunctionAssociations, LambdaFunctionAssociations: def.LambdaFunctionAssociations},
	}
	if props.ErrorConfigurations != nil {
		cfg.CustomErrorResponses = *props.ErrorConfigurations
	}
	if len(groups) > 0 {
		cfg.OriginGroups = &CfnDistribution_OriginGroupsProperty{Items: groups, Quantity: jsii.Number(float64(len(groups)))}
	}
	if len(others) > 0 {
		cfg.CacheBehaviors = others
	}
	if vc := props.ViewerCertificate; vc != nil {
		p := vc.Props()
		cfg.Aliases, cfg.ViewerCertificate = vc.Aliases(), p
		if p != nil && p.MinimumProtocolVersion != nil && p.SslSupportMethod != nil {
			valid := validSSLProtocols[SSLMethod(*p.SslSupportMethod)]
			ok := false
			names := make([]string, len(valid))
			for i, v := range valid {
				names[i] = string(v)
				ok = ok || string(v) == *p.MinimumProtocolVersion
			}
			if !ok {
				l2.Throw(w, "%s is not compabtible with sslMethod %s.\n\tValid Protocols are: %s", *p.MinimumProtocolVersion, *p.SslSupportMethod, strings.Join(names, ", "))
			}
		}
	} else {
		cfg.ViewerCertificate = &CfnDistribution_ViewerCertificateProperty{CloudFrontDefaultCertificate: jsii.Bool(true)}
	}
	if lc := props.LoggingConfig; lc != nil {
		w.logging = lc.Bucket
		if w.logging == nil {
			w.logging = awss3.NewBucket(w, jsii.String("LoggingBucket"), &awss3.BucketProps{Encryption: awss3.BucketEncryption_S3_MANAGED})
		}
		cfg.Logging = &CfnDistribution_LoggingProperty{Bucket: w.logging.BucketRegionalDomainName(), IncludeCookies: boolOr(lc.IncludeCookies, false), Prefix: lc.Prefix}
	}
	if props.GeoRestriction != nil {
		cfg.Restrictions = renderRestrictions(props.GeoRestriction)
	}
	cfn := NewCfnDistribution(w, jsii.String("CFDistribution"), &CfnDistributionProps{DistributionConfig: cfg})
	w.Node().SetDefaultChild(cfn)
	w.id, w.domain = cfn.Ref(), cfn.AttrDomainName()
	return w
}

func secondsOf(d awscdk.Duration) *float64 {
	if d == nil {
		return nil
	}
	return d.ToSeconds(nil)
}

func (w *webDistribution) cacheBehavior(b *Behavior, target string, protocol ViewerProtocolPolicy) *CfnDistribution_CacheBehaviorProperty {
	allowed, cached := string(b.AllowedMethods), string(b.CachedMethods)
	if allowed == "" {
		allowed = "GET_HEAD"
	}
	if cached == "" {
		cached = "GET_HEAD"
	}
	vpp := b.ViewerProtocolPolicy
	if vpp == "" {
		vpp = protocol
	}
	if vpp == "" {
		vpp = ViewerProtocolPolicy_REDIRECT_TO_HTTPS
	}
	fv := b.ForwardedValues
	if fv == nil {
		fv = &CfnDistribution_ForwardedValuesProperty{QueryString: jsii.Bool(false), Cookies: &CfnDistribution_CookiesProperty{Forward: jsii.String("none")}}
	}
	out := &CfnDistribution_CacheBehaviorProperty{
		AllowedMethods: jsii.Strings(webMethods[allowed]...), CachedMethods: jsii.Strings(webMethods[cached]...),
		Compress: jsii.Bool(b.Compress == nil || *b.Compress), DefaultTtl: secondsOf(b.DefaultTtl), ForwardedValues: fv,
		MaxTtl: secondsOf(b.MaxTtl), MinTtl: secondsOf(b.MinTtl), TrustedSigners: b.TrustedSigners, TargetOriginId: jsii.String(target),
		ViewerProtocolPolicy: jsii.String(string(vpp)),
	}
	if b.TrustedKeyGroups != nil {
		ids := []*string{}
		for _, k := range *b.TrustedKeyGroups {
			if k == nil {
				l2.Throw(w, "trustedKeyGroups must not hold nil")
			}
			ids = append(ids, k.KeyGroupRef().KeyGroupId)
		}
		out.TrustedKeyGroups = &ids
	}
	if b.IsDefaultBehavior == nil || !*b.IsDefaultBehavior {
		out.PathPattern = b.PathPattern
	}
	if b.FunctionAssociations != nil {
		fa := []*CfnDistribution_FunctionAssociationProperty{}
		for _, a := range *b.FunctionAssociations {
			if a == nil || a.Function == nil {
				l2.Throw(w, "a function association needs a function")
			}
			fa = append(fa, &CfnDistribution_FunctionAssociationProperty{FunctionArn: a.Function.FunctionRef().FunctionArn, EventType: jsii.String(string(a.EventType))})
		}
		out.FunctionAssociations = fa
	}
	if b.LambdaFunctionAssociations != nil {
		la := []*CfnDistribution_LambdaFunctionAssociationProperty{}
		for _, a := range *b.LambdaFunctionAssociations {
			if a == nil {
				l2.Throw(w, "lambdaFunctionAssociations must not hold nil")
			}
			if a.IncludeBody != nil && *a.IncludeBody && a.EventType != LambdaEdgeEventType_ORIGIN_REQUEST && a.EventType != LambdaEdgeEventType_VIEWER_REQUEST {
				l2.Throw(w, "'includeBody' can only be true for ORIGIN_REQUEST or VIEWER_REQUEST event types.")
			}
		}
		for _, a := range *b.LambdaFunctionAssociations {
			p := &CfnDistribution_LambdaFunctionAssociationProperty{EventType: jsii.String(string(a.EventType)), IncludeBody: a.IncludeBody}
			if a.LambdaFunction != nil {
				p.LambdaFunctionArn = a.LambdaFunction.EdgeArn()
			}
			la = append(la, p)
		}
		out.LambdaFunctionAssociations = la
		for _, a := range *b.LambdaFunctionAssociations {
			if a.LambdaFunction == nil {
				continue
			}
			if role, ok := a.LambdaFunction.Role().(awsiam.Role); ok && role != nil && role.AssumeRolePolicy() != nil {
				role.AssumeRolePolicy().AddStatements(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
					Actions: jsii.Strings("sts:AssumeRole"), Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("edgelambda.amazonaws.com"), nil)}}))
			}
		}
	}
	return out
}

func countSet(ps ...*string) int {
	n := 0
	for _, p := range ps {
		if p != nil && *p != "" {
			n++
		}
	}
	return n
}

func (w *webDistribution) originProperty(oc *SourceConfiguration, originID string) *CfnDistribution_OriginProperty {
	s3, custom := oc.S3OriginSource, oc.CustomOriginSource
	if s3 == nil && custom == nil {
		l2.Throw(w, "There must be at least one origin source - either an s3OriginSource, a customOriginSource")
	}
	if s3 != nil && custom != nil {
		l2.Throw(w, "There cannot be both an s3OriginSource and a customOriginSource in the same SourceConfiguration.")
	}
	var s3Headers, customHeaders *map[string]*string
	var s3Path, customPath, s3Shield, customShield *string
	if s3 != nil {
		s3Headers, s3Path, s3Shield = s3.OriginHeaders, s3.OriginPath, s3.OriginShieldRegion
	}
	if custom != nil {
		customHeaders, customPath, customShield = custom.OriginHeaders, custom.OriginPath, custom.OriginShieldRegion
	}
	nHeaders := 0
	for _, h := range []*map[string]*string{s3Headers, customHeaders} {
		if h != nil {
			nHeaders++
		}
	}
	if nHeaders > 1 {
		l2.Throw(w, "Only one originHeaders field allowed across origin and failover origins")
	}
	if countSet(s3Path, customPath) > 1 {
		l2.Throw(w, "Only one originPath field allowed across origin and failover origins")
	}
	if countSet(oc.OriginShieldRegion, s3Shield, customShield) > 1 {
		l2.Throw(w, "Only one originShieldRegion field allowed across origin and failover origins")
	}
	headers := s3Headers
	if headers == nil {
		headers = customHeaders
	}
	prop := &CfnDistribution_OriginProperty{Id: jsii.String(originID)}
	if headers != nil && len(*headers) > 0 {
		// aws-cdk-lib keeps the object's insertion order; a Go map has
		// none, so headers are sorted by name.
		var hs []*CfnDistribution_OriginCustomHeaderProperty
		for _, k := range sortedKeys(*headers) {
			hs = append(hs, &CfnDistribution_OriginCustomHeaderProperty{HeaderName: jsii.String(k), HeaderValue: (*headers)[k]})
		}
		prop.OriginCustomHeaders = hs
	}
	if s3 != nil {
		if s3.S3BucketSource == nil {
			l2.Throw(w, "s3OriginSource needs an s3BucketSource")
		}
		prop.DomainName = s3.S3BucketSource.BucketRegionalDomainName()
		if s3.OriginAccessIdentity != nil {
			s3.S3BucketSource.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
				Resources: &[]*string{s3.S3BucketSource.ArnForObjects(jsii.String("*"))}, Actions: jsii.Strings("s3:GetObject"),
				Principals: &[]awsiam.IPrincipal{s3.OriginAccessIdentity.GrantPrincipal()}}))
			prop.S3OriginConfig = &CfnDistribution_S3OriginConfigProperty{OriginAccessIdentity: jsii.String("origin-access-identity/cloudfront/" +
				*s3.OriginAccessIdentity.CloudFrontOriginAccessIdentityRef().CloudFrontOriginAccessIdentityId)}
		} else {
			prop.S3OriginConfig = &CfnDistribution_S3OriginConfigProperty{}
		}
	} else {
		prop.DomainName = custom.DomainName
	}
	attempts := 3.0
	if oc.ConnectionAttempts != nil {
		attempts = *oc.ConnectionAttempts
	}
	if attempts < 1 || attempts > 3 || attempts != math.Trunc(attempts) {
		l2.Throw(w, "connectionAttempts: You can specify 1, 2, or 3 as the number of attempts.")
	}
	timeout := 10.0
	if oc.ConnectionTimeout != nil {
		timeout = *oc.ConnectionTimeout.ToSeconds(nil)
	}
	if timeout < 1 || timeout > 10 || timeout != math.Trunc(timeout) {
		l2.Throw(w, "connectionTimeout: You can specify a number of seconds between 1 and 10 (inclusive).")
	}
	prop.ConnectionAttempts, prop.ConnectionTimeout = jsii.Number(attempts), jsii.Number(timeout)
	prop.OriginPath = customPath
	if prop.OriginPath == nil {
		prop.OriginPath = s3Path
	}
	shield := oc.OriginShieldRegion
	if shield == nil {
		shield = customShield
	}
	if shield == nil {
		shield = s3Shield
	}
	if shield != nil && *shield != "" {
		prop.OriginShield = &CfnDistribution_OriginShieldProperty{Enabled: jsii.Bool(true), OriginShieldRegion: shield}
	}
	if custom != nil {
		orZero := func(p *float64, def float64) *float64 {
			if p == nil || *p == 0 {
				return jsii.Number(def)
			}
			return p
		}
		policy := custom.OriginProtocolPolicy
		if policy == "" {
			policy = OriginProtocolPolicy_HTTPS_ONLY
		}
		ssl := []*string{jsii.String(string(OriginSslPolicy_TLS_V1_2))}
		if custom.AllowedOriginSSLVersions != nil {
			ssl = []*string{}
			for _, v := range *custom.AllowedOriginSSLVersions {
				ssl = append(ssl, jsii.String(string(v)))
			}
		}
		prop.CustomOriginConfig = &CfnDistribution_CustomOriginConfigProperty{
			HttpPort: orZero(custom.HttpPort, 80), HttpsPort: orZero(custom.HttpsPort, 443),
			OriginKeepaliveTimeout: orZero(secondsOf(custom.OriginKeepaliveTimeout), 5), OriginReadTimeout: orZero(secondsOf(custom.OriginReadTimeout), 30),
			OriginProtocolPolicy: jsii.String(string(policy)), OriginSslProtocols: &ssl,
		}
	}
	return prop
}

// NewCloudFrontWebDistribution_Override initialises outer, a type embedding CloudFrontWebDistribution.
func NewCloudFrontWebDistribution_Override(outer CloudFrontWebDistribution, scope constructs.Construct, id *string, props *CloudFrontWebDistributionProps) {
	l2.Override(outer, NewCloudFrontWebDistribution(scope, id, props))
}

// CloudFrontWebDistribution_FromDistributionAttributes imports a distribution.
func CloudFrontWebDistribution_FromDistributionAttributes(scope constructs.Construct, id *string, attrs *CloudFrontWebDistributionAttributes) IDistribution {
	w := &webDistribution{}
	w.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(w.Resource, w)
	if attrs == nil || attrs.DistributionId == nil || attrs.DomainName == nil {
		l2.Throw(w, "CloudFrontWebDistribution.fromDistributionAttributes: distributionId and domainName are required")
	}
	w.id, w.domain = attrs.DistributionId, attrs.DomainName
	return w
}

func CloudFrontWebDistribution_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cloudfront.CloudFrontWebDistribution")
}

// CloudFrontWebDistribution_IsConstruct reports whether x is a construct.
func CloudFrontWebDistribution_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// CloudFrontWebDistribution_IsResource reports whether construct is a Resource.
func CloudFrontWebDistribution_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// CloudFrontWebDistribution_IsOwnedResource reports whether construct is a Resource this app created.
func CloudFrontWebDistribution_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}
