package awscloudfront

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudfront"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// The account's own cache, origin request and response headers policies.

var policyName = regexp.MustCompile(`^[\w-]+$`)

// behaviorList is the (behavior, names) pair every *Behavior class holds.
type behaviorList struct {
	behavior string
	items    *[]*string
}

func (b *behaviorList) Behavior() *string        { return jsii.String(b.behavior) }
func (b *behaviorList) Cookies() *[]*string      { return b.items }
func (b *behaviorList) Headers() *[]*string      { return b.items }
func (b *behaviorList) QueryStrings() *[]*string { return b.items }

func listOf(behavior string, items []*string, what string) *behaviorList {
	if len(items) == 0 {
		diag.Panic("", "At least one %s must be provided", what)
	}
	return &behaviorList{behavior: behavior, items: &items}
}

// CacheCookieBehavior is which cookies go into the cache key.
type CacheCookieBehavior interface {
	Behavior() *string
	Cookies() *[]*string
}

func CacheCookieBehavior_None() CacheCookieBehavior { return &behaviorList{behavior: "none"} }
func CacheCookieBehavior_All() CacheCookieBehavior  { return &behaviorList{behavior: "all"} }
func CacheCookieBehavior_AllowList(cookies ...*string) CacheCookieBehavior {
	return listOf("whitelist", cookies, "cookie to allow")
}
func CacheCookieBehavior_DenyList(cookies ...*string) CacheCookieBehavior {
	return listOf("allExcept", cookies, "cookie to deny")
}

// CacheHeaderBehavior is which headers go into the cache key.
type CacheHeaderBehavior interface {
	Behavior() *string
	Headers() *[]*string
}

func CacheHeaderBehavior_None() CacheHeaderBehavior { return &behaviorList{behavior: "none"} }
func CacheHeaderBehavior_AllowList(headers ...*string) CacheHeaderBehavior {
	return listOf("whitelist", headers, "header to allow")
}

// CacheQueryStringBehavior is which query strings go into the cache key.
type CacheQueryStringBehavior interface {
	Behavior() *string
	QueryStrings() *[]*string
}

func CacheQueryStringBehavior_None() CacheQueryStringBehavior { return &behaviorList{behavior: "none"} }
func CacheQueryStringBehavior_All() CacheQueryStringBehavior  { return &behaviorList{behavior: "all"} }
func CacheQueryStringBehavior_AllowList(queryStrings ...*string) CacheQueryStringBehavior {
	return listOf("whitelist", queryStrings, "query string to allow")
}
func CacheQueryStringBehavior_DenyList(queryStrings ...*string) CacheQueryStringBehavior {
	return listOf("allExcept", queryStrings, "query string to deny")
}

// OriginRequestCookieBehavior is which cookies CloudFront forwards.
type OriginRequestCookieBehavior interface {
	Behavior() *string
	Cookies() *[]*string
}

func OriginRequestCookieBehavior_None() OriginRequestCookieBehavior {
	return &behaviorList{behavior: "none"}
}
func OriginRequestCookieBehavior_All() OriginRequestCookieBehavior {
	return &behaviorList{behavior: "all"}
}
func OriginRequestCookieBehavior_AllowList(cookies ...*string) OriginRequestCookieBehavior {
	return listOf("whitelist", cookies, "cookie to allow")
}
func OriginRequestCookieBehavior_DenyList(cookies ...*string) OriginRequestCookieBehavior {
	return listOf("allExcept", cookies, "cookie to deny")
}

// OriginRequestHeaderBehavior is which headers CloudFront forwards.
type OriginRequestHeaderBehavior interface {
	Behavior() *string
	Headers() *[]*string
}

func OriginRequestHeaderBehavior_None() OriginRequestHeaderBehavior {
	return &behaviorList{behavior: "none"}
}

// OriginRequestHeaderBehavior_All forwards every viewer header, plus the
// given CloudFront-* headers.
func OriginRequestHeaderBehavior_All(cloudfrontHeaders ...*string) OriginRequestHeaderBehavior {
	if len(cloudfrontHeaders) == 0 {
		return &behaviorList{behavior: "allViewer"}
	}
	for _, h := range cloudfrontHeaders {
		if !strings.HasPrefix(deref(h), "CloudFront-") {
			diag.Panic("", "additional CloudFront headers passed to `OriginRequestHeaderBehavior.all()` must begin with 'CloudFront-'")
		}
	}
	return &behaviorList{behavior: "allViewerAndWhitelistCloudFront", items: &cloudfrontHeaders}
}
func OriginRequestHeaderBehavior_AllowList(headers ...*string) OriginRequestHeaderBehavior {
	b := listOf("whitelist", headers, "header to allow")
	for _, h := range headers {
		if l := strings.ToLower(deref(h)); l == "authorization" || l == "accept-encoding" {
			diag.Panic("", "you cannot pass `Authorization` or `Accept-Encoding` as header values; use a CachePolicy to forward these headers instead")
		}
	}
	return b
}
func OriginRequestHeaderBehavior_DenyList(headers ...*string) OriginRequestHeaderBehavior {
	return listOf("allExcept", headers, "header to deny")
}

// OriginRequestQueryStringBehavior is which query strings CloudFront forwards.
type OriginRequestQueryStringBehavior interface {
	Behavior() *string
	QueryStrings() *[]*string
}

func OriginRequestQueryStringBehavior_None() OriginRequestQueryStringBehavior {
	return &behaviorList{behavior: "none"}
}
func OriginRequestQueryStringBehavior_All() OriginRequestQueryStringBehavior {
	return &behaviorList{behavior: "all"}
}
func OriginRequestQueryStringBehavior_AllowList(queryStrings ...*string) OriginRequestQueryStringBehavior {
	return listOf("whitelist", queryStrings, "query string to allow")
}
func OriginRequestQueryStringBehavior_DenyList(queryStrings ...*string) OriginRequestQueryStringBehavior {
	return listOf("allExcept", queryStrings, "query string to deny")
}

// CachePolicyProps are the props of NewCachePolicy.
type CachePolicyProps struct {
	CachePolicyName            *string                  `field:"optional" json:"cachePolicyName" yaml:"cachePolicyName"`
	Comment                    *string                  `field:"optional" json:"comment" yaml:"comment"`
	CookieBehavior             CacheCookieBehavior      `field:"optional" json:"cookieBehavior" yaml:"cookieBehavior"`
	DefaultTtl                 awscdk.Duration          `field:"optional" json:"defaultTtl" yaml:"defaultTtl"`
	EnableAcceptEncodingBrotli *bool                    `field:"optional" json:"enableAcceptEncodingBrotli" yaml:"enableAcceptEncodingBrotli"`
	EnableAcceptEncodingGzip   *bool                    `field:"optional" json:"enableAcceptEncodingGzip" yaml:"enableAcceptEncodingGzip"`
	HeaderBehavior             CacheHeaderBehavior      `field:"optional" json:"headerBehavior" yaml:"headerBehavior"`
	MaxTtl                     awscdk.Duration          `field:"optional" json:"maxTtl" yaml:"maxTtl"`
	MinTtl                     awscdk.Duration          `field:"optional" json:"minTtl" yaml:"minTtl"`
	QueryStringBehavior        CacheQueryStringBehavior `field:"optional" json:"queryStringBehavior" yaml:"queryStringBehavior"`
}

// CachePolicy is a cache policy of the account (AWS::CloudFront::CachePolicy).
type CachePolicy interface {
	awscdk.Resource
	ICachePolicy
}

type cachePolicy struct {
	awscdk.Resource
	ref *interfacesawscloudfront.CachePolicyReference
}

func (p *cachePolicy) CachePolicyId() *string { return p.ref.CachePolicyId }
func (p *cachePolicy) CachePolicyRef() *interfacesawscloudfront.CachePolicyReference {
	return p.ref
}

func unresolved(s *string) bool { return s != nil && *awscdk.Token_IsUnresolved(*s) }

func seconds(d awscdk.Duration, def awscdk.Duration) *float64 {
	if d == nil {
		d = def
	}
	return d.ToSeconds(nil)
}

func resolvedNum(f *float64) bool { return f != nil && !*awscdk.Token_IsUnresolved(*f) }

// NewCachePolicy defines a cache policy.
func NewCachePolicy(scope constructs.Construct, id *string, props *CachePolicyProps) CachePolicy {
	props = l2.Inject(*CachePolicy_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &CachePolicyProps{}
	}
	p := &cachePolicy{}
	p.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.CachePolicyName})
	host.Set(p.Resource, p)
	name := props.CachePolicyName
	if name == nil {
		uid := *awscdk.Names_UniqueId(p)
		if len(uid) > 110 {
			uid = uid[:110]
		}
		name = jsii.String(uid + "-" + *awscdk.Stack_Of(p).Region())
	}
	if !unresolved(name) && !policyName.MatchString(*name) {
		l2.Throw(p, "'cachePolicyName' can only include '-', '_', and alphanumeric characters, got: '%s'", *name)
	}
	if !unresolved(name) && len(*name) > 128 {
		l2.Throw(p, "'cachePolicyName' cannot be longer than 128 characters, got: '%d'", len(*name))
	}
	if props.Comment != nil && !unresolved(props.Comment) && len(*props.Comment) > 128 {
		l2.Throw(p, "'comment' cannot be longer than 128 characters, got: %d", len(*props.Comment))
	}
	minTtl := seconds(props.MinTtl, awscdk.Duration_Seconds(jsii.Number(0)))
	defTtl := seconds(props.DefaultTtl, awscdk.Duration_Days(jsii.Number(1)))
	maxTtl := seconds(props.MaxTtl, awscdk.Duration_Days(jsii.Number(365)))
	if resolvedNum(defTtl) && resolvedNum(minTtl) && *minTtl > *defTtl {
		defTtl = minTtl
	}
	if resolvedNum(maxTtl) && resolvedNum(defTtl) && *defTtl > *maxTtl {
		maxTtl = defTtl
	}
	cookies, headers, qs := props.CookieBehavior, props.HeaderBehavior, props.QueryStringBehavior
	if cookies == nil {
		cookies = CacheCookieBehavior_None()
	}
	if headers == nil {
		headers = CacheHeaderBehavior_None()
	}
	if qs == nil {
		qs = CacheQueryStringBehavior_None()
	}
	r := NewCfnCachePolicy(p, jsii.String("Resource"), &CfnCachePolicyProps{CachePolicyConfig: &CfnCachePolicy_CachePolicyConfigProperty{
		Name: name, Comment: props.Comment, MinTtl: minTtl, MaxTtl: maxTtl, DefaultTtl: defTtl,
		ParametersInCacheKeyAndForwardedToOrigin: &CfnCachePolicy_ParametersInCacheKeyAndForwardedToOriginProperty{
			CookiesConfig:              &CfnCachePolicy_CookiesConfigProperty{CookieBehavior: cookies.Behavior(), Cookies: cookies.Cookies()},
			HeadersConfig:              &CfnCachePolicy_HeadersConfigProperty{HeaderBehavior: headers.Behavior(), Headers: headers.Headers()},
			EnableAcceptEncodingGzip:   boolOr(props.EnableAcceptEncodingGzip, false),
			EnableAcceptEncodingBrotli: boolOr(props.EnableAcceptEncodingBrotli, false),
			QueryStringsConfig:         &CfnCachePolicy_QueryStringsConfigProperty{QueryStringBehavior: qs.Behavior(), QueryStrings: qs.QueryStrings()},
		},
	}})
	p.ref = r.CachePolicyRef()
	return p
}

// NewCachePolicy_Override initialises outer, a type embedding CachePolicy.
func NewCachePolicy_Override(outer CachePolicy, scope constructs.Construct, id *string, props *CachePolicyProps) {
	l2.Override(outer, NewCachePolicy(scope, id, props))
}

// OriginRequestPolicyProps are the props of NewOriginRequestPolicy.
type OriginRequestPolicyProps struct {
	Comment                 *string                          `field:"optional" json:"comment" yaml:"comment"`
	CookieBehavior          OriginRequestCookieBehavior      `field:"optional" json:"cookieBehavior" yaml:"cookieBehavior"`
	HeaderBehavior          OriginRequestHeaderBehavior      `field:"optional" json:"headerBehavior" yaml:"headerBehavior"`
	OriginRequestPolicyName *string                          `field:"optional" json:"originRequestPolicyName" yaml:"originRequestPolicyName"`
	QueryStringBehavior     OriginRequestQueryStringBehavior `field:"optional" json:"queryStringBehavior" yaml:"queryStringBehavior"`
}

// OriginRequestPolicy is an origin request policy of the account
// (AWS::CloudFront::OriginRequestPolicy).
type OriginRequestPolicy interface {
	awscdk.Resource
	IOriginRequestPolicy
}

type originRequestPolicy struct {
	awscdk.Resource
	ref *interfacesawscloudfront.OriginRequestPolicyReference
}

func (p *originRequestPolicy) OriginRequestPolicyId() *string { return p.ref.OriginRequestPolicyId }
func (p *originRequestPolicy) OriginRequestPolicyRef() *interfacesawscloudfront.OriginRequestPolicyReference {
	return p.ref
}

// NewOriginRequestPolicy defines an origin request policy.
func NewOriginRequestPolicy(scope constructs.Construct, id *string, props *OriginRequestPolicyProps) OriginRequestPolicy {
	props = l2.Inject(*OriginRequestPolicy_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &OriginRequestPolicyProps{}
	}
	p := &originRequestPolicy{}
	p.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.OriginRequestPolicyName})
	host.Set(p.Resource, p)
	name := props.OriginRequestPolicyName
	if name == nil {
		name = awscdk.Names_UniqueId(p)
	}
	if !unresolved(name) && !policyName.MatchString(*name) {
		l2.Throw(p, "'originRequestPolicyName' can only include '-', '_', and alphanumeric characters, got: '%s'", deref(props.OriginRequestPolicyName))
	}
	cookies, headers, qs := props.CookieBehavior, props.HeaderBehavior, props.QueryStringBehavior
	if cookies == nil {
		cookies = OriginRequestCookieBehavior_None()
	}
	if headers == nil {
		headers = OriginRequestHeaderBehavior_None()
	}
	if qs == nil {
		qs = OriginRequestQueryStringBehavior_None()
	}
	r := NewCfnOriginRequestPolicy(p, jsii.String("Resource"), &CfnOriginRequestPolicyProps{OriginRequestPolicyConfig: &CfnOriginRequestPolicy_OriginRequestPolicyConfigProperty{
		Name: name, Comment: props.Comment,
		CookiesConfig:      &CfnOriginRequestPolicy_CookiesConfigProperty{CookieBehavior: cookies.Behavior(), Cookies: cookies.Cookies()},
		HeadersConfig:      &CfnOriginRequestPolicy_HeadersConfigProperty{HeaderBehavior: headers.Behavior(), Headers: headers.Headers()},
		QueryStringsConfig: &CfnOriginRequestPolicy_QueryStringsConfigProperty{QueryStringBehavior: qs.Behavior(), QueryStrings: qs.QueryStrings()},
	}})
	p.ref = r.OriginRequestPolicyRef()
	return p
}

// NewOriginRequestPolicy_Override initialises outer, a type embedding OriginRequestPolicy.
func NewOriginRequestPolicy_Override(outer OriginRequestPolicy, scope constructs.Construct, id *string, props *OriginRequestPolicyProps) {
	l2.Override(outer, NewOriginRequestPolicy(scope, id, props))
}

// HeadersFrameOption is the X-Frame-Options value.
type HeadersFrameOption string

const (
	HeadersFrameOption_DENY       HeadersFrameOption = "DENY"
	HeadersFrameOption_SAMEORIGIN HeadersFrameOption = "SAMEORIGIN"
)

// HeadersReferrerPolicy is the Referrer-Policy value.
type HeadersReferrerPolicy string

const (
	HeadersReferrerPolicy_NO_REFERRER                     HeadersReferrerPolicy = "no-referrer"
	HeadersReferrerPolicy_NO_REFERRER_WHEN_DOWNGRADE      HeadersReferrerPolicy = "no-referrer-when-downgrade"
	HeadersReferrerPolicy_ORIGIN                          HeadersReferrerPolicy = "origin"
	HeadersReferrerPolicy_ORIGIN_WHEN_CROSS_ORIGIN        HeadersReferrerPolicy = "origin-when-cross-origin"
	HeadersReferrerPolicy_SAME_ORIGIN                     HeadersReferrerPolicy = "same-origin"
	HeadersReferrerPolicy_STRICT_ORIGIN                   HeadersReferrerPolicy = "strict-origin"
	HeadersReferrerPolicy_STRICT_ORIGIN_WHEN_CROSS_ORIGIN HeadersReferrerPolicy = "strict-origin-when-cross-origin"
	HeadersReferrerPolicy_UNSAFE_URL                      HeadersReferrerPolicy = "unsafe-url"
)

// ResponseHeadersCorsBehavior is the CORS configuration of a response headers policy.
type ResponseHeadersCorsBehavior struct {
	AccessControlAllowCredentials *bool           `field:"required" json:"accessControlAllowCredentials" yaml:"accessControlAllowCredentials"`
	AccessControlAllowHeaders     *[]*string      `field:"required" json:"accessControlAllowHeaders" yaml:"accessControlAllowHeaders"`
	AccessControlAllowMethods     *[]*string      `field:"required" json:"accessControlAllowMethods" yaml:"accessControlAllowMethods"`
	AccessControlAllowOrigins     *[]*string      `field:"required" json:"accessControlAllowOrigins" yaml:"accessControlAllowOrigins"`
	OriginOverride                *bool           `field:"required" json:"originOverride" yaml:"originOverride"`
	AccessControlExposeHeaders    *[]*string      `field:"optional" json:"accessControlExposeHeaders" yaml:"accessControlExposeHeaders"`
	AccessControlMaxAge           awscdk.Duration `field:"optional" json:"accessControlMaxAge" yaml:"accessControlMaxAge"`
}

// ResponseCustomHeader is a header CloudFront adds to responses.
type ResponseCustomHeader struct {
	Header   *string `field:"required" json:"header" yaml:"header"`
	Override *bool   `field:"required" json:"override" yaml:"override"`
	Value    *string `field:"required" json:"value" yaml:"value"`
}

// ResponseCustomHeadersBehavior are the headers CloudFront adds to responses.
type ResponseCustomHeadersBehavior struct {
	CustomHeaders *[]*ResponseCustomHeader `field:"required" json:"customHeaders" yaml:"customHeaders"`
}

// ResponseHeadersContentSecurityPolicy is the Content-Security-Policy header.
type ResponseHeadersContentSecurityPolicy struct {
	ContentSecurityPolicy *string `field:"required" json:"contentSecurityPolicy" yaml:"contentSecurityPolicy"`
	Override              *bool   `field:"required" json:"override" yaml:"override"`
}

// ResponseHeadersContentTypeOptions is the X-Content-Type-Options header.
type ResponseHeadersContentTypeOptions struct {
	Override *bool `field:"required" json:"override" yaml:"override"`
}

// ResponseHeadersFrameOptions is the X-Frame-Options header.
type ResponseHeadersFrameOptions struct {
	FrameOption HeadersFrameOption `field:"required" json:"frameOption" yaml:"frameOption"`
	Override    *bool              `field:"required" json:"override" yaml:"override"`
}

// ResponseHeadersReferrerPolicy is the Referrer-Policy header.
type ResponseHeadersReferrerPolicy struct {
	Override       *bool                 `field:"required" json:"override" yaml:"override"`
	ReferrerPolicy HeadersReferrerPolicy `field:"required" json:"referrerPolicy" yaml:"referrerPolicy"`
}

// ResponseHeadersStrictTransportSecurity is the Strict-Transport-Security header.
type ResponseHeadersStrictTransportSecurity struct {
	AccessControlMaxAge awscdk.Duration `field:"required" json:"accessControlMaxAge" yaml:"accessControlMaxAge"`
	Override            *bool           `field:"required" json:"override" yaml:"override"`
	IncludeSubdomains   *bool           `field:"optional" json:"includeSubdomains" yaml:"includeSubdomains"`
	Preload             *bool           `field:"optional" json:"preload" yaml:"preload"`
}

// ResponseHeadersXSSProtection is the X-XSS-Protection header.
type ResponseHeadersXSSProtection struct {
	Override   *bool   `field:"required" json:"override" yaml:"override"`
	Protection *bool   `field:"required" json:"protection" yaml:"protection"`
	ModeBlock  *bool   `field:"optional" json:"modeBlock" yaml:"modeBlock"`
	ReportUri  *string `field:"optional" json:"reportUri" yaml:"reportUri"`
}

// ResponseSecurityHeadersBehavior are the security headers CloudFront adds.
type ResponseSecurityHeadersBehavior struct {
	ContentSecurityPolicy   *ResponseHeadersContentSecurityPolicy   `field:"optional" json:"contentSecurityPolicy" yaml:"contentSecurityPolicy"`
	ContentTypeOptions      *ResponseHeadersContentTypeOptions      `field:"optional" json:"contentTypeOptions" yaml:"contentTypeOptions"`
	FrameOptions            *ResponseHeadersFrameOptions            `field:"optional" json:"frameOptions" yaml:"frameOptions"`
	ReferrerPolicy          *ResponseHeadersReferrerPolicy          `field:"optional" json:"referrerPolicy" yaml:"referrerPolicy"`
	StrictTransportSecurity *ResponseHeadersStrictTransportSecurity `field:"optional" json:"strictTransportSecurity" yaml:"strictTransportSecurity"`
	XssProtection           *ResponseHeadersXSSProtection           `field:"optional" json:"xssProtection" yaml:"xssProtection"`
}

// ResponseHeadersPolicyProps are the props of NewResponseHeadersPolicy.
type ResponseHeadersPolicyProps struct {
	Comment                   *string                          `field:"optional" json:"comment" yaml:"comment"`
	CorsBehavior              *ResponseHeadersCorsBehavior     `field:"optional" json:"corsBehavior" yaml:"corsBehavior"`
	CustomHeadersBehavior     *ResponseCustomHeadersBehavior   `field:"optional" json:"customHeadersBehavior" yaml:"customHeadersBehavior"`
	RemoveHeaders             *[]*string                       `field:"optional" json:"removeHeaders" yaml:"removeHeaders"`
	ResponseHeadersPolicyName *string                          `field:"optional" json:"responseHeadersPolicyName" yaml:"responseHeadersPolicyName"`
	SecurityHeadersBehavior   *ResponseSecurityHeadersBehavior `field:"optional" json:"securityHeadersBehavior" yaml:"securityHeadersBehavior"`
	ServerTimingSamplingRate  *float64                         `field:"optional" json:"serverTimingSamplingRate" yaml:"serverTimingSamplingRate"`
}

// ResponseHeadersPolicy is a response headers policy of the account
// (AWS::CloudFront::ResponseHeadersPolicy).
type ResponseHeadersPolicy interface {
	awscdk.Resource
	IResponseHeadersPolicy
}

type responseHeadersPolicy struct {
	awscdk.Resource
	ref *interfacesawscloudfront.ResponseHeadersPolicyReference
}

func (p *responseHeadersPolicy) ResponseHeadersPolicyId() *string {
	return p.ref.ResponseHeadersPolicyId
}
func (p *responseHeadersPolicy) ResponseHeadersPolicyRef() *interfacesawscloudfront.ResponseHeadersPolicyReference {
	return p.ref
}

// NewResponseHeadersPolicy defines a response headers policy.
func NewResponseHeadersPolicy(scope constructs.Construct, id *string, props *ResponseHeadersPolicyProps) ResponseHeadersPolicy {
	props = l2.Inject(*ResponseHeadersPolicy_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &ResponseHeadersPolicyProps{}
	}
	p := &responseHeadersPolicy{}
	p.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.ResponseHeadersPolicyName})
	host.Set(p.Resource, p)
	name := props.ResponseHeadersPolicyName
	if name == nil {
		name = awscdk.Names_UniqueResourceName(p, &awscdk.UniqueResourceNameOptions{MaxLength: jsii.Number(128)})
	}
	cfg := &CfnResponseHeadersPolicy_ResponseHeadersPolicyConfigProperty{Name: name, Comment: props.Comment}
	if props.CorsBehavior != nil {
		cfg.CorsConfig = p.renderCors(props.CorsBehavior)
	}
	if props.CustomHeadersBehavior != nil {
		var items []*CfnResponseHeadersPolicy_CustomHeaderProperty
		if props.CustomHeadersBehavior.CustomHeaders != nil {
			for _, h := range *props.CustomHeadersBehavior.CustomHeaders {
				items = append(items, &CfnResponseHeadersPolicy_CustomHeaderProperty{Header: h.Header, Override: h.Override, Value: h.Value})
			}
		}
		cfg.CustomHeadersConfig = &CfnResponseHeadersPolicy_CustomHeadersConfigProperty{Items: items}
	}
	if s := props.SecurityHeadersBehavior; s != nil {
		sec := &CfnResponseHeadersPolicy_SecurityHeadersConfigProperty{}
		if c := s.ContentSecurityPolicy; c != nil {
			sec.ContentSecurityPolicy = &CfnResponseHeadersPolicy_ContentSecurityPolicyProperty{ContentSecurityPolicy: c.ContentSecurityPolicy, Override: c.Override}
		}
		if c := s.ContentTypeOptions; c != nil {
			sec.ContentTypeOptions = &CfnResponseHeadersPolicy_ContentTypeOptionsProperty{Override: c.Override}
		}
		if c := s.FrameOptions; c != nil {
			sec.FrameOptions = &CfnResponseHeadersPolicy_FrameOptionsProperty{FrameOption: jsii.String(string(c.FrameOption)), Override: c.Override}
		}
		if c := s.ReferrerPolicy; c != nil {
			sec.ReferrerPolicy = &CfnResponseHeadersPolicy_ReferrerPolicyProperty{ReferrerPolicy: jsii.String(string(c.ReferrerPolicy)), Override: c.Override}
		}
		if c := s.StrictTransportSecurity; c != nil {
			if c.AccessControlMaxAge == nil {
				l2.Throw(p, "strictTransportSecurity needs accessControlMaxAge")
			}
			sec.StrictTransportSecurity = &CfnResponseHeadersPolicy_StrictTransportSecurityProperty{
				AccessControlMaxAgeSec: c.AccessControlMaxAge.ToSeconds(nil), IncludeSubdomains: c.IncludeSubdomains, Override: c.Override, Preload: c.Preload}
		}
		if c := s.XssProtection; c != nil {
			sec.XssProtection = &CfnResponseHeadersPolicy_XSSProtectionProperty{ModeBlock: c.ModeBlock, Override: c.Override, Protection: c.Protection, ReportUri: c.ReportUri}
		}
		cfg.SecurityHeadersConfig = sec
	}
	if props.RemoveHeaders != nil {
		var items []*CfnResponseHeadersPolicy_RemoveHeaderProperty
		for _, h := range *props.RemoveHeaders {
			switch strings.ToLower(deref(h)) {
			case "content-encoding", "content-length", "transfer-encoding", "warning", "via":
				if !unresolved(h) {
					l2.Throw(p, "Cannot remove read-only header %s", deref(h))
				}
			}
			items = append(items, &CfnResponseHeadersPolicy_RemoveHeaderProperty{Header: h})
		}
		cfg.RemoveHeadersConfig = &CfnResponseHeadersPolicy_RemoveHeadersConfigProperty{Items: items}
	}
	// aws-cdk-lib tests the rate for truth: 0 means no server timing.
	if r := props.ServerTimingSamplingRate; r != nil && *r != 0 {
		if resolvedNum(r) {
			if *r < 0 || *r > 100 {
				l2.Throw(p, "Sampling rate must be between 0 and 100 (inclusive), received %s", jsNum(*r))
			}
			// JavaScript writes rates under 1e-6 with an exponent, which
			// aws-cdk-lib's decimal count lets through.
			s := jsNum(*r)
			if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i-1 > 4 && *r >= 1e-6 {
				l2.Throw(p, "Sampling rate can have up to four decimal places, received %s", s)
			}
		}
		cfg.ServerTimingHeadersConfig = &CfnResponseHeadersPolicy_ServerTimingHeadersConfigProperty{Enabled: jsii.Bool(true), SamplingRate: r}
	}
	r := NewCfnResponseHeadersPolicy(p, jsii.String("Resource"), &CfnResponseHeadersPolicyProps{ResponseHeadersPolicyConfig: cfg})
	p.ref = r.ResponseHeadersPolicyRef()
	return p
}

func jsNum(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

var corsMethods = []string{"GET", "DELETE", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "ALL"}

func (p *responseHeadersPolicy) renderCors(b *ResponseHeadersCorsBehavior) *CfnResponseHeadersPolicy_CorsConfigProperty {
	if b.AccessControlAllowMethods != nil {
		ms := *b.AccessControlAllowMethods
		all := false
		for _, m := range ms {
			all = all || deref(m) == "ALL"
		}
		if all && len(ms) != 1 {
			l2.Throw(p, "accessControlAllowMethods - 'ALL' cannot be combined with specific HTTP methods.")
		}
		for _, m := range ms {
			ok := unresolved(m)
			for _, a := range corsMethods {
				ok = ok || deref(m) == a
			}
			if !ok {
				l2.Throw(p, "accessControlAllowMethods contains unexpected method name; allowed values: %s", strings.Join(corsMethods, ", "))
			}
		}
	}
	if b.AccessControlAllowCredentials != nil && *b.AccessControlAllowCredentials && b.AccessControlAllowHeaders != nil {
		for _, h := range *b.AccessControlAllowHeaders {
			if !unresolved(h) && strings.Contains(deref(h), "*") {
				l2.Throw(p, `accessControlAllowHeaders cannot contain "*" or headers with "*" when accessControlAllowCredentials is true`)
			}
		}
	}
	c := &CfnResponseHeadersPolicy_CorsConfigProperty{
		AccessControlAllowCredentials: b.AccessControlAllowCredentials,
		AccessControlAllowHeaders:     &CfnResponseHeadersPolicy_AccessControlAllowHeadersProperty{Items: b.AccessControlAllowHeaders},
		AccessControlAllowMethods:     &CfnResponseHeadersPolicy_AccessControlAllowMethodsProperty{Items: b.AccessControlAllowMethods},
		AccessControlAllowOrigins:     &CfnResponseHeadersPolicy_AccessControlAllowOriginsProperty{Items: b.AccessControlAllowOrigins},
		OriginOverride:                b.OriginOverride,
	}
	if b.AccessControlExposeHeaders != nil {
		c.AccessControlExposeHeaders = &CfnResponseHeadersPolicy_AccessControlExposeHeadersProperty{Items: b.AccessControlExposeHeaders}
	}
	if b.AccessControlMaxAge != nil {
		c.AccessControlMaxAgeSec = b.AccessControlMaxAge.ToSeconds(nil)
	}
	return c
}

// NewResponseHeadersPolicy_Override initialises outer, a type embedding ResponseHeadersPolicy.
func NewResponseHeadersPolicy_Override(outer ResponseHeadersPolicy, scope constructs.Construct, id *string, props *ResponseHeadersPolicyProps) {
	l2.Override(outer, NewResponseHeadersPolicy(scope, id, props))
}

func CachePolicy_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cloudfront.CachePolicy")
}
func OriginRequestPolicy_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cloudfront.OriginRequestPolicy")
}
func ResponseHeadersPolicy_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-cloudfront.ResponseHeadersPolicy")
}
