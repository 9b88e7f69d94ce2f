package awscloudfront_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	cf "github.com/strata-cdk/strata/awscdk/awscloudfront"
	origins "github.com/strata-cdk/strata/awscdk/awscloudfrontorigins"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudfront"
	"github.com/strata-cdk/strata/jsii"
)

// Twins of the Policies stack and the policy error cases in testdata/twins.js.
func init() {
	templateCases["Policies"] = func(s awscdk.Stack) {
		cp := cf.NewCachePolicy(s, jsii.String("Cache"), &cf.CachePolicyProps{
			Comment: jsii.String("mine"), DefaultTtl: awscdk.Duration_Minutes(jsii.Number(5)), MinTtl: awscdk.Duration_Minutes(jsii.Number(10)), MaxTtl: awscdk.Duration_Minutes(jsii.Number(7)),
			CookieBehavior: cf.CacheCookieBehavior_AllowList(jsii.String("session"), jsii.String("lang")), HeaderBehavior: cf.CacheHeaderBehavior_AllowList(jsii.String("X-Tenant")),
			QueryStringBehavior: cf.CacheQueryStringBehavior_DenyList(jsii.String("utm")), EnableAcceptEncodingGzip: jsii.Bool(true), EnableAcceptEncodingBrotli: jsii.Bool(true),
		})
		cp2 := cf.NewCachePolicy(s, jsii.String("Cache2"), &cf.CachePolicyProps{CachePolicyName: jsii.String("named-policy"), CookieBehavior: cf.CacheCookieBehavior_All(),
			QueryStringBehavior: cf.CacheQueryStringBehavior_All()})
		orp := cf.NewOriginRequestPolicy(s, jsii.String("Orp"), &cf.OriginRequestPolicyProps{Comment: jsii.String("fwd"), CookieBehavior: cf.OriginRequestCookieBehavior_DenyList(jsii.String("a")),
			HeaderBehavior: cf.OriginRequestHeaderBehavior_All(jsii.String("CloudFront-Is-Mobile-Viewer")), QueryStringBehavior: cf.OriginRequestQueryStringBehavior_AllowList(jsii.String("q"))})
		orp2 := cf.NewOriginRequestPolicy(s, jsii.String("Orp2"), &cf.OriginRequestPolicyProps{OriginRequestPolicyName: jsii.String("orp-two"),
			HeaderBehavior: cf.OriginRequestHeaderBehavior_AllowList(jsii.String("X-A")), CookieBehavior: cf.OriginRequestCookieBehavior_All(), QueryStringBehavior: cf.OriginRequestQueryStringBehavior_All()})
		cf.NewOriginRequestPolicy(s, jsii.String("Orp3"), &cf.OriginRequestPolicyProps{HeaderBehavior: cf.OriginRequestHeaderBehavior_All(),
			CookieBehavior: cf.OriginRequestCookieBehavior_AllowList(jsii.String("c")), QueryStringBehavior: cf.OriginRequestQueryStringBehavior_DenyList(jsii.String("d"))})
		rhp := cf.NewResponseHeadersPolicy(s, jsii.String("Rhp"), &cf.ResponseHeadersPolicyProps{
			Comment: jsii.String("hdrs"),
			CorsBehavior: &cf.ResponseHeadersCorsBehavior{AccessControlAllowCredentials: jsii.Bool(false), AccessControlAllowHeaders: jsii.Strings("*"),
				AccessControlAllowMethods: jsii.Strings("GET", "POST"), AccessControlAllowOrigins: jsii.Strings("https://a.example.com"),
				AccessControlExposeHeaders: jsii.Strings("X-Out"), AccessControlMaxAge: awscdk.Duration_Seconds(jsii.Number(600)), OriginOverride: jsii.Bool(true)},
			CustomHeadersBehavior: &cf.ResponseCustomHeadersBehavior{CustomHeaders: &[]*cf.ResponseCustomHeader{
				{Header: jsii.String("X-Hello"), Value: jsii.String("world"), Override: jsii.Bool(true)},
				{Header: jsii.String("X-B"), Value: jsii.String("b"), Override: jsii.Bool(false)}}},
			SecurityHeadersBehavior: &cf.ResponseSecurityHeadersBehavior{
				ContentSecurityPolicy: &cf.ResponseHeadersContentSecurityPolicy{ContentSecurityPolicy: jsii.String("default-src 'self'"), Override: jsii.Bool(true)},
				ContentTypeOptions:    &cf.ResponseHeadersContentTypeOptions{Override: jsii.Bool(true)},
				FrameOptions:          &cf.ResponseHeadersFrameOptions{FrameOption: cf.HeadersFrameOption_DENY, Override: jsii.Bool(true)},
				ReferrerPolicy:        &cf.ResponseHeadersReferrerPolicy{ReferrerPolicy: cf.HeadersReferrerPolicy_NO_REFERRER, Override: jsii.Bool(false)},
				StrictTransportSecurity: &cf.ResponseHeadersStrictTransportSecurity{AccessControlMaxAge: awscdk.Duration_Days(jsii.Number(365)), IncludeSubdomains: jsii.Bool(true),
					Preload: jsii.Bool(true), Override: jsii.Bool(true)},
				XssProtection: &cf.ResponseHeadersXSSProtection{Protection: jsii.Bool(true), ModeBlock: jsii.Bool(true), Override: jsii.Bool(true)},
			},
			RemoveHeaders: jsii.Strings("Server", "X-Powered-By"), ServerTimingSamplingRate: jsii.Number(12.5),
		})
		cf.NewResponseHeadersPolicy(s, jsii.String("Rhp2"), &cf.ResponseHeadersPolicyProps{ResponseHeadersPolicyName: jsii.String("rhp-two"),
			CorsBehavior: &cf.ResponseHeadersCorsBehavior{AccessControlAllowCredentials: jsii.Bool(true), AccessControlAllowHeaders: jsii.Strings("X-A"),
				AccessControlAllowMethods: jsii.Strings("ALL"), AccessControlAllowOrigins: jsii.Strings("*"), OriginOverride: jsii.Bool(false)}})
		pk := cf.NewPublicKey(s, jsii.String("Key"), &cf.PublicKeyProps{EncodedKey: jsii.String("-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----"), Comment: jsii.String("k")})
		pk2 := cf.PublicKey_FromPublicKeyId(s, jsii.String("Key2"), jsii.String("K2ID"))
		kg := cf.NewKeyGroup(s, jsii.String("Group"), &cf.KeyGroupProps{Items: &[]interfacesawscloudfront.IPublicKeyRef{pk, pk2}, Comment: jsii.String("g")})
		kg2 := cf.KeyGroup_FromKeyGroupId(s, jsii.String("Group2"), jsii.String("G2ID"))
		cf.NewKeyGroup(s, jsii.String("Group3"), &cf.KeyGroupProps{Items: &[]interfacesawscloudfront.IPublicKeyRef{pk}, KeyGroupName: jsii.String("named-group")})
		kvs := cf.NewKeyValueStore(s, jsii.String("Store"), &cf.KeyValueStoreProps{Comment: jsii.String("kv"),
			Source: cf.ImportSource_FromBucket(awss3.NewBucket(s, jsii.String("Data"), nil), jsii.String("data.json"))})
		kvs2 := cf.NewKeyValueStore(s, jsii.String("Store2"), &cf.KeyValueStoreProps{KeyValueStoreName: jsii.String("named-store")})
		cf.NewKeyValueStore(s, jsii.String("Inline"), &cf.KeyValueStoreProps{Source: cf.ImportSource_FromInline(jsii.String(`{"data":[{"key":"a","value":"b"}]}`))})
		cf.NewKeyValueStore(s, jsii.String("FromFile"), &cf.KeyValueStoreProps{Source: cf.ImportSource_FromAsset(jsii.String("testdata/kvs.json"), nil)})
		kimp := cf.KeyValueStore_FromKeyValueStoreArn(s, jsii.String("StoreImp"), jsii.String("arn:aws:cloudfront::111111111111:key-value-store/abc-123"))
		fn := cf.NewFunction(s, jsii.String("Fn"), &cf.FunctionProps{Code: cf.FunctionCode_FromInline(jsii.String("function handler(e) { return e.request; }")), KeyValueStore: kvs})
		cf.NewFunctionUrlOriginAccessControl(s, jsii.String("LambdaOac"), &cf.FunctionUrlOriginAccessControlProps{Signing: cf.Signing_SIGV4_NO_OVERRIDE()})
		cf.NewMediaPackageV2OriginAccessControl(s, jsii.String("MediaOac"), &cf.MediaPackageV2OriginAccessControlProps{OriginAccessControlName: jsii.String("media"), Description: jsii.String("mp")})
		d := cf.NewDistribution(s, jsii.String("Cdn"), &cf.DistributionProps{
			DefaultBehavior: &cf.BehaviorOptions{Origin: origins.NewHttpOrigin(jsii.String("a.example.com"), nil), CachePolicy: cp, OriginRequestPolicy: orp,
				ResponseHeadersPolicy: rhp, TrustedKeyGroups: &[]interfacesawscloudfront.IKeyGroupRef{kg, kg2},
				FunctionAssociations: &[]*cf.FunctionAssociation{{Function: fn, EventType: cf.FunctionEventType_VIEWER_REQUEST}}},
		})
		d.AddBehavior(jsii.String("/b/*"), origins.NewHttpOrigin(jsii.String("b.example.com"), nil), &cf.AddBehaviorOptions{CachePolicy: cp2, OriginRequestPolicy: orp2,
			ResponseHeadersPolicy: cf.ResponseHeadersPolicy_FromResponseHeadersPolicyId(s, jsii.String("RhpImp"), jsii.String("rhp-id"))})
		awscdk.NewCfnOutput(s, jsii.String("Ids"), &awscdk.CfnOutputProps{Value: join(cp.CachePolicyId(), orp.OriginRequestPolicyId(),
			rhp.ResponseHeadersPolicyId(), kg.KeyGroupId(), pk.PublicKeyId())})
		awscdk.NewCfnOutput(s, jsii.String("Kvs"), &awscdk.CfnOutputProps{Value: join(kvs.KeyValueStoreArn(), kvs.KeyValueStoreId(),
			kvs.KeyValueStoreStatus(), kvs2.KeyValueStoreArn(), kimp.KeyValueStoreId())})
	}
	policy := func(s awscdk.Stack, p *cf.ResponseHeadersPolicyProps) {
		cf.NewResponseHeadersPolicy(s, jsii.String("P"), p)
	}
	for name, c := range map[string]func(s awscdk.Stack){
		"CachePolicyName": func(s awscdk.Stack) {
			cf.NewCachePolicy(s, jsii.String("P"), &cf.CachePolicyProps{CachePolicyName: jsii.String("bad name!")})
		},
		"CachePolicyComment": func(s awscdk.Stack) {
			cf.NewCachePolicy(s, jsii.String("P"), &cf.CachePolicyProps{Comment: jsii.String(strings.Repeat("x", 130))})
		},
		"OrpName": func(s awscdk.Stack) {
			cf.NewOriginRequestPolicy(s, jsii.String("P"), &cf.OriginRequestPolicyProps{OriginRequestPolicyName: jsii.String("a.b")})
		},
		"OrpAuth":      func(s awscdk.Stack) { cf.OriginRequestHeaderBehavior_AllowList(jsii.String("Authorization")) },
		"OrpAllCf":     func(s awscdk.Stack) { cf.OriginRequestHeaderBehavior_All(jsii.String("X-Foo")) },
		"EmptyCookies": func(s awscdk.Stack) { cf.CacheCookieBehavior_AllowList() },
		"CorsAll": func(s awscdk.Stack) {
			policy(s, &cf.ResponseHeadersPolicyProps{CorsBehavior: &cf.ResponseHeadersCorsBehavior{AccessControlAllowCredentials: jsii.Bool(false),
				AccessControlAllowHeaders: &[]*string{}, AccessControlAllowMethods: jsii.Strings("ALL", "GET"), AccessControlAllowOrigins: jsii.Strings("*"), OriginOverride: jsii.Bool(true)}})
		},
		"CorsCreds": func(s awscdk.Stack) {
			policy(s, &cf.ResponseHeadersPolicyProps{CorsBehavior: &cf.ResponseHeadersCorsBehavior{AccessControlAllowCredentials: jsii.Bool(true),
				AccessControlAllowHeaders: jsii.Strings("X-*"), AccessControlAllowMethods: jsii.Strings("GET"), AccessControlAllowOrigins: jsii.Strings("*"), OriginOverride: jsii.Bool(true)}})
		},
		"RemoveHeader": func(s awscdk.Stack) { policy(s, &cf.ResponseHeadersPolicyProps{RemoveHeaders: jsii.Strings("Via")}) },
		"SamplingRate": func(s awscdk.Stack) {
			policy(s, &cf.ResponseHeadersPolicyProps{ServerTimingSamplingRate: jsii.Number(101)})
		},
		"SamplingDecimals": func(s awscdk.Stack) {
			policy(s, &cf.ResponseHeadersPolicyProps{ServerTimingSamplingRate: jsii.Number(1.23456)})
		},
		"PublicKeyPem": func(s awscdk.Stack) {
			cf.NewPublicKey(s, jsii.String("K"), &cf.PublicKeyProps{EncodedKey: jsii.String("abc")})
		},
		"KvsArn": func(s awscdk.Stack) {
			cf.KeyValueStore_FromKeyValueStoreArn(s, jsii.String("K"), jsii.String("arn:aws:cloudfront::111111111111:key-value-store"))
		},
		"KvsStatus": func(s awscdk.Stack) {
			cf.KeyValueStore_FromKeyValueStoreArn(s, jsii.String("K"), jsii.String("arn:aws:cloudfront::111111111111:key-value-store/abc")).KeyValueStoreStatus()
		},
	} {
		errorCases[name] = c
	}
}

// aws-cdk-lib renders two behaviors with one path pattern and leaves
// CloudFormation to reject the distribution at deploy; Strata says so at
// synthesis, naming the distribution.
func TestDuplicatePathPattern(t *testing.T) {
	err := synthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		d := cf.NewDistribution(s, jsii.String("D"), &cf.DistributionProps{DefaultBehavior: &cf.BehaviorOptions{Origin: httpOrigin("x.com")},
			AdditionalBehaviors: &map[string]*cf.BehaviorOptions{"/api/*": {Origin: httpOrigin("api.com")}}})
		d.AddBehavior(jsii.String("/api/*"), httpOrigin("y.com"), nil)
	})
	want := "[S/D] Distribution already has a behavior for path pattern '/api/*'"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("error %v; want it to contain %q", err, want)
	}
}

// join is JavaScript's Array.join(","), token strings included.
func join(parts ...*string) *string {
	ss := make([]string, len(parts))
	for i, p := range parts {
		ss[i] = *p
	}
	return jsii.String(strings.Join(ss, ","))
}
