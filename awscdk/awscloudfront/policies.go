package awscloudfront

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudfront"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/jsii"
)

// ICachePolicy is a cache policy.
type ICachePolicy interface {
	interfacesawscloudfront.ICachePolicyRef
	CachePolicyId() *string
}

// IOriginRequestPolicy is an origin request policy.
type IOriginRequestPolicy interface {
	interfacesawscloudfront.IOriginRequestPolicyRef
	OriginRequestPolicyId() *string
}

// IResponseHeadersPolicy is a response headers policy.
type IResponseHeadersPolicy interface {
	interfacesawscloudfront.IResponseHeadersPolicyRef
	ResponseHeadersPolicyId() *string
}

// managed is a policy CloudFront manages, known by id. Like aws-cdk-lib's,
// it is not in the construct tree: asking for its node is a mistake.
type managed struct{ id, from string }

func (m managed) detached() {
	diag.Panic("", "The result of %s can not be used in this API", m.from)
}
func (m managed) Node() constructs.Node                           { m.detached(); return nil }
func (m managed) Env() *interfaces.ResourceEnvironment            { m.detached(); return nil }
func (m managed) With(...constructs.IMixin) constructs.IConstruct { m.detached(); return nil }
func (m managed) CachePolicyId() *string                          { return jsii.String(m.id) }
func (m managed) CachePolicyRef() *interfacesawscloudfront.CachePolicyReference {
	return &interfacesawscloudfront.CachePolicyReference{CachePolicyId: jsii.String(m.id)}
}
func (m managed) OriginRequestPolicyId() *string { return jsii.String(m.id) }
func (m managed) OriginRequestPolicyRef() *interfacesawscloudfront.OriginRequestPolicyReference {
	return &interfacesawscloudfront.OriginRequestPolicyReference{OriginRequestPolicyId: jsii.String(m.id)}
}
func (m managed) ResponseHeadersPolicyId() *string { return jsii.String(m.id) }
func (m managed) ResponseHeadersPolicyRef() *interfacesawscloudfront.ResponseHeadersPolicyReference {
	return &interfacesawscloudfront.ResponseHeadersPolicyReference{ResponseHeadersPolicyId: jsii.String(m.id)}
}

func CachePolicy_AMPLIFY() ICachePolicy {
	return managed{"2e54312d-136d-493c-8eb9-b001f22f67d2", "fromManagedCachePolicy"}
}
func CachePolicy_CACHING_OPTIMIZED() ICachePolicy {
	return managed{"658327ea-f89d-4fab-a63d-7e88639e58f6", "fromManagedCachePolicy"}
}
func CachePolicy_CACHING_OPTIMIZED_FOR_UNCOMPRESSED_OBJECTS() ICachePolicy {
	return managed{"b2884449-e4de-46a7-ac36-70bc7f1ddd6d", "fromManagedCachePolicy"}
}
func CachePolicy_CACHING_DISABLED() ICachePolicy {
	return managed{"4135ea2d-6df8-44a3-9df3-4b5a84be39ad", "fromManagedCachePolicy"}
}
func CachePolicy_ELEMENTAL_MEDIA_PACKAGE() ICachePolicy {
	return managed{"08627262-05a9-4f76-9ded-b50ca2e3a84f", "fromManagedCachePolicy"}
}
func CachePolicy_USE_ORIGIN_CACHE_CONTROL_HEADERS() ICachePolicy {
	return managed{"83da9c7e-98b4-4e11-a168-04f0df8e2c65", "fromManagedCachePolicy"}
}
func CachePolicy_USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS() ICachePolicy {
	return managed{"4cc15a8a-d715-48a4-82b8-cc0b614638fe", "fromManagedCachePolicy"}
}

func OriginRequestPolicy_USER_AGENT_REFERER_HEADERS() IOriginRequestPolicy {
	return managed{"acba4595-bd28-49b8-b9fe-13317c0390fa", "fromManagedOriginRequestPolicy"}
}
func OriginRequestPolicy_CORS_CUSTOM_ORIGIN() IOriginRequestPolicy {
	return managed{"59781a5b-3903-41f3-afcb-af62929ccde1", "fromManagedOriginRequestPolicy"}
}
func OriginRequestPolicy_CORS_S3_ORIGIN() IOriginRequestPolicy {
	return managed{"88a5eaf4-2fd4-4709-b370-b4c650ea3fcf", "fromManagedOriginRequestPolicy"}
}
func OriginRequestPolicy_ALL_VIEWER() IOriginRequestPolicy {
	return managed{"216adef6-5c7f-47e4-b989-5492eafa07d3", "fromManagedOriginRequestPolicy"}
}
func OriginRequestPolicy_ELEMENTAL_MEDIA_TAILOR() IOriginRequestPolicy {
	return managed{"775133bc-15f2-49f9-abea-afb2e0bf67d2", "fromManagedOriginRequestPolicy"}
}
func OriginRequestPolicy_ALL_VIEWER_AND_CLOUDFRONT_2022() IOriginRequestPolicy {
	return managed{"33f36d7e-f396-46d9-90e0-52428a34d9dc", "fromManagedOriginRequestPolicy"}
}
func OriginRequestPolicy_ALL_VIEWER_EXCEPT_HOST_HEADER() IOriginRequestPolicy {
	return managed{"b689b0a8-53d0-40ab-baf2-68738e2966ac", "fromManagedOriginRequestPolicy"}
}
func OriginRequestPolicy_HOST_HEADER_ONLY() IOriginRequestPolicy {
	return managed{"bf0718e1-ba1e-49d1-88b1-f726733018ae", "fromManagedOriginRequestPolicy"}
}

func ResponseHeadersPolicy_CORS_ALLOW_ALL_ORIGINS() IResponseHeadersPolicy {
	return managed{"60669652-455b-4ae9-85a4-c4c02393f86c", "fromManagedResponseHeadersPolicy"}
}
func ResponseHeadersPolicy_CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT() IResponseHeadersPolicy {
	return managed{"5cc3b908-e619-4b99-88e5-2cf7f45965bd", "fromManagedResponseHeadersPolicy"}
}
func ResponseHeadersPolicy_SECURITY_HEADERS() IResponseHeadersPolicy {
	return managed{"67f7725c-6f97-4210-82d7-5512b31e9d03", "fromManagedResponseHeadersPolicy"}
}
func ResponseHeadersPolicy_CORS_ALLOW_ALL_ORIGINS_AND_SECURITY_HEADERS() IResponseHeadersPolicy {
	return managed{"e61eb60c-9c35-4d20-a928-2b84e02af89c", "fromManagedResponseHeadersPolicy"}
}
func ResponseHeadersPolicy_CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT_AND_SECURITY_HEADERS() IResponseHeadersPolicy {
	return managed{"eaab4381-ed33-4a86-88ca-d9558dc6cd63", "fromManagedResponseHeadersPolicy"}
}

// importedPolicy is a policy of the account, imported by id.
type importedPolicy struct {
	awscdk.Resource
	managed
}

func (p *importedPolicy) Node() constructs.Node { return p.Resource.Node() }
func (p *importedPolicy) With(mixins ...constructs.IMixin) constructs.IConstruct {
	return p.Resource.With(mixins...)
}

func importPolicy(scope constructs.Construct, id *string, policyID *string) *importedPolicy {
	p := &importedPolicy{managed: managed{id: deref(policyID)}}
	p.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(p.Resource, p)
	return p
}

// CachePolicy_FromCachePolicyId imports a cache policy.
func CachePolicy_FromCachePolicyId(scope constructs.Construct, id *string, cachePolicyId *string) ICachePolicy {
	return importPolicy(scope, id, cachePolicyId)
}

// OriginRequestPolicy_FromOriginRequestPolicyId imports an origin request policy.
func OriginRequestPolicy_FromOriginRequestPolicyId(scope constructs.Construct, id *string, originRequestPolicyId *string) IOriginRequestPolicy {
	return importPolicy(scope, id, originRequestPolicyId)
}

// ResponseHeadersPolicy_FromResponseHeadersPolicyId imports a response headers policy.
func ResponseHeadersPolicy_FromResponseHeadersPolicyId(scope constructs.Construct, id *string, responseHeadersPolicyId *string) IResponseHeadersPolicy {
	return importPolicy(scope, id, responseHeadersPolicyId)
}

func (p *importedPolicy) Env() *interfaces.ResourceEnvironment { return p.Resource.Env() }

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
