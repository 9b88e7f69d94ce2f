// Package awscloudfrontorigins is aws-cdk-go's awscloudfrontorigins: the
// origins a Distribution routes to — S3 buckets through an origin access
// control (the recommended way), an origin access identity or as plain
// S3 origins, and any HTTP server — with templates identical to
// aws-cdk-lib 2.276.0's (../awscloudfront/testdata, from twins.js).
//
// Also origin groups (failover), load balancers (LoadBalancerV2Origin),
// bucket website endpoints (S3StaticWebsiteOrigin), Lambda function URLs
// (FunctionUrlOrigin, with or without an OAC), API Gateway REST APIs
// (RestApiOrigin), VPC origins (VpcOrigin) and the deprecated S3Origin.
package awscloudfrontorigins

import (
	"math"
	"reflect"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudfront"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudfront"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// HttpOriginProps are the props of NewHttpOrigin.
type HttpOriginProps struct {
	ConnectionAttempts        *float64                           `field:"optional" json:"connectionAttempts" yaml:"connectionAttempts"`
	ConnectionTimeout         awscdk.Duration                    `field:"optional" json:"connectionTimeout" yaml:"connectionTimeout"`
	CustomHeaders             *map[string]*string                `field:"optional" json:"customHeaders" yaml:"customHeaders"`
	OriginAccessControlId     *string                            `field:"optional" json:"originAccessControlId" yaml:"originAccessControlId"`
	OriginId                  *string                            `field:"optional" json:"originId" yaml:"originId"`
	OriginShieldEnabled       *bool                              `field:"optional" json:"originShieldEnabled" yaml:"originShieldEnabled"`
	OriginShieldRegion        *string                            `field:"optional" json:"originShieldRegion" yaml:"originShieldRegion"`
	ResponseCompletionTimeout awscdk.Duration                    `field:"optional" json:"responseCompletionTimeout" yaml:"responseCompletionTimeout"`
	OriginPath                *string                            `field:"optional" json:"originPath" yaml:"originPath"`
	HttpPort                  *float64                           `field:"optional" json:"httpPort" yaml:"httpPort"`
	HttpsPort                 *float64                           `field:"optional" json:"httpsPort" yaml:"httpsPort"`
	IpAddressType             awscloudfront.OriginIpAddressType  `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	KeepaliveTimeout          awscdk.Duration                    `field:"optional" json:"keepaliveTimeout" yaml:"keepaliveTimeout"`
	OriginSslProtocols        *[]awscloudfront.OriginSslPolicy   `field:"optional" json:"originSslProtocols" yaml:"originSslProtocols"`
	ProtocolPolicy            awscloudfront.OriginProtocolPolicy `field:"optional" json:"protocolPolicy" yaml:"protocolPolicy"`
	ReadTimeout               awscdk.Duration                    `field:"optional" json:"readTimeout" yaml:"readTimeout"`
}

// HttpOrigin is an origin any HTTP(S) server answers.
type HttpOrigin interface {
	awscloudfront.OriginBase
}

type httpOrigin struct {
	awscloudfront.OriginBase
	props HttpOriginProps
}

// NewHttpOrigin is an origin at domainName.
func NewHttpOrigin(domainName *string, props *HttpOriginProps) HttpOrigin {
	h := &httpOrigin{}
	if props != nil {
		h.props = *props
	}
	p := &h.props
	awscloudfront.NewOriginBase_Override(h, domainName, &awscloudfront.OriginProps{
		ConnectionAttempts: p.ConnectionAttempts, ConnectionTimeout: p.ConnectionTimeout, CustomHeaders: p.CustomHeaders,
		OriginAccessControlId: p.OriginAccessControlId, OriginId: p.OriginId, OriginShieldEnabled: p.OriginShieldEnabled,
		OriginShieldRegion: p.OriginShieldRegion, ResponseCompletionTimeout: p.ResponseCompletionTimeout, OriginPath: p.OriginPath,
	})
	minSeconds("readTimeout", p.ReadTimeout)
	minSeconds("keepaliveTimeout", p.KeepaliveTimeout)
	h.ValidateResponseCompletionTimeoutWithReadTimeout(p.ResponseCompletionTimeout, p.ReadTimeout)
	checkPort("httpPort", p.HttpPort)
	checkPort("httpsPort", p.HttpsPort)
	return h
}

func minSeconds(name string, d awscdk.Duration) {
	if d == nil || *d.IsUnresolved() {
		return
	}
	if s := *d.ToSeconds(nil); s < 1 {
		diag.Panic("", "%s: Must be at least 1 seconds; received %v seconds.", name, s)
	}
}

func checkPort(name string, port *float64) {
	if port == nil || *awscdk.Token_IsUnresolved(*port) {
		return
	}
	p := *port
	if p != math.Trunc(p) || !(p == 80 || p == 443 || (p >= 1024 && p <= 65535)) {
		diag.Panic("", "'%s' must be 80, 443, or an integer between 1024 and 65535; received %v.", name, p)
	}
}

// RenderCustomOriginConfig is the origin's custom origin configuration.
func (h *httpOrigin) RenderCustomOriginConfig() *awscloudfront.CfnDistribution_CustomOriginConfigProperty {
	p := &h.props
	ssl := []*string{jsii.String(string(awscloudfront.OriginSslPolicy_TLS_V1_2))}
	if p.OriginSslProtocols != nil {
		ssl = nil
		for _, s := range *p.OriginSslProtocols {
			ssl = append(ssl, jsii.String(string(s)))
		}
	}
	policy := p.ProtocolPolicy
	if policy == "" {
		policy = awscloudfront.OriginProtocolPolicy_HTTPS_ONLY
	}
	c := &awscloudfront.CfnDistribution_CustomOriginConfigProperty{
		OriginSslProtocols: &ssl, OriginProtocolPolicy: jsii.String(string(policy)), HttpPort: p.HttpPort, HttpsPort: p.HttpsPort,
	}
	if p.ReadTimeout != nil {
		c.OriginReadTimeout = p.ReadTimeout.ToSeconds(nil)
	}
	if p.KeepaliveTimeout != nil {
		c.OriginKeepaliveTimeout = p.KeepaliveTimeout.ToSeconds(nil)
	}
	if p.IpAddressType != "" {
		c.IpAddressType = jsii.String(string(p.IpAddressType))
	}
	return c
}

// S3BucketOriginBaseProps are the settings of an S3 bucket origin.
type S3BucketOriginBaseProps struct {
	ConnectionAttempts        *float64            `field:"optional" json:"connectionAttempts" yaml:"connectionAttempts"`
	ConnectionTimeout         awscdk.Duration     `field:"optional" json:"connectionTimeout" yaml:"connectionTimeout"`
	CustomHeaders             *map[string]*string `field:"optional" json:"customHeaders" yaml:"customHeaders"`
	OriginAccessControlId     *string             `field:"optional" json:"originAccessControlId" yaml:"originAccessControlId"`
	OriginId                  *string             `field:"optional" json:"originId" yaml:"originId"`
	OriginShieldEnabled       *bool               `field:"optional" json:"originShieldEnabled" yaml:"originShieldEnabled"`
	OriginShieldRegion        *string             `field:"optional" json:"originShieldRegion" yaml:"originShieldRegion"`
	ResponseCompletionTimeout awscdk.Duration     `field:"optional" json:"responseCompletionTimeout" yaml:"responseCompletionTimeout"`
	OriginPath                *string             `field:"optional" json:"originPath" yaml:"originPath"`
}

// S3BucketOriginWithOACProps are the props of S3BucketOrigin_WithOriginAccessControl.
type S3BucketOriginWithOACProps struct {
	ConnectionAttempts        *float64                                        `field:"optional" json:"connectionAttempts" yaml:"connectionAttempts"`
	ConnectionTimeout         awscdk.Duration                                 `field:"optional" json:"connectionTimeout" yaml:"connectionTimeout"`
	CustomHeaders             *map[string]*string                             `field:"optional" json:"customHeaders" yaml:"customHeaders"`
	OriginAccessControlId     *string                                         `field:"optional" json:"originAccessControlId" yaml:"originAccessControlId"`
	OriginId                  *string                                         `field:"optional" json:"originId" yaml:"originId"`
	OriginShieldEnabled       *bool                                           `field:"optional" json:"originShieldEnabled" yaml:"originShieldEnabled"`
	OriginShieldRegion        *string                                         `field:"optional" json:"originShieldRegion" yaml:"originShieldRegion"`
	ResponseCompletionTimeout awscdk.Duration                                 `field:"optional" json:"responseCompletionTimeout" yaml:"responseCompletionTimeout"`
	OriginPath                *string                                         `field:"optional" json:"originPath" yaml:"originPath"`
	OriginAccessControl       interfacesawscloudfront.IOriginAccessControlRef `field:"optional" json:"originAccessControl" yaml:"originAccessControl"`
	OriginAccessLevels        *[]awscloudfront.AccessLevel                    `field:"optional" json:"originAccessLevels" yaml:"originAccessLevels"`
}

// S3BucketOriginWithOAIProps are the props of S3BucketOrigin_WithOriginAccessIdentity.
type S3BucketOriginWithOAIProps struct {
	ConnectionAttempts        *float64            `field:"optional" json:"connectionAttempts" yaml:"connectionAttempts"`
	ConnectionTimeout         awscdk.Duration     `field:"optional" json:"connectionTimeout" yaml:"connectionTimeout"`
	CustomHeaders             *map[string]*string `field:"optional" json:"customHeaders" yaml:"customHeaders"`
	OriginAccessControlId     *string             `field:"optional" json:"originAccessControlId" yaml:"originAccessControlId"`
	OriginId                  *string             `field:"optional" json:"originId" yaml:"originId"`
	OriginShieldEnabled       *bool               `field:"optional" json:"originShieldEnabled" yaml:"originShieldEnabled"`
	OriginShieldRegion        *string             `field:"optional" json:"originShieldRegion" yaml:"originShieldRegion"`
	ResponseCompletionTimeout awscdk.Duration     `field:"optional" json:"responseCompletionTimeout" yaml:"responseCompletionTimeout"`
	OriginPath                *string             `field:"optional" json:"originPath" yaml:"originPath"`
	OriginAccessIdentity      interface {
		interfacesawscloudfront.ICloudFrontOriginAccessIdentityRef
		awsiam.IGrantable
	} `field:"optional" json:"originAccessIdentity" yaml:"originAccessIdentity"`
}

// S3BucketOrigin is an S3 bucket as a (REST API) origin.
type S3BucketOrigin interface {
	awscloudfront.OriginBase
}

type s3BucketOrigin struct {
	awscloudfront.OriginBase
	bucket awss3.IBucket
	bind   func(scope constructs.Construct, options *awscloudfront.OriginBindOptions) *awscloudfront.OriginBindConfig
	s3     func() *awscloudfront.CfnDistribution_S3OriginConfigProperty
}

func newS3BucketOrigin(bucket awss3.IBucket, props *awscloudfront.OriginProps) *s3BucketOrigin {
	if bucket == nil {
		diag.Panic("", "S3BucketOrigin: a bucket is required")
	}
	o := &s3BucketOrigin{bucket: bucket}
	awscloudfront.NewOriginBase_Override(o, bucket.BucketRegionalDomainName(), props)
	return o
}

// Bind binds the origin (granting the distribution access first, for the
// OAC and OAI variants).
func (o *s3BucketOrigin) Bind(scope constructs.Construct, options *awscloudfront.OriginBindOptions) *awscloudfront.OriginBindConfig {
	if o.bind != nil {
		return o.bind(scope, options)
	}
	return o.OriginBase.Bind(scope, options)
}

// RenderS3OriginConfig is the S3 origin configuration: an origin access
// identity when there is one, else empty.
func (o *s3BucketOrigin) RenderS3OriginConfig() *awscloudfront.CfnDistribution_S3OriginConfigProperty {
	if o.s3 != nil {
		return o.s3()
	}
	return &awscloudfront.CfnDistribution_S3OriginConfigProperty{OriginAccessIdentity: jsii.String("")}
}

// NewS3BucketOrigin_Override makes s, a struct embedding S3BucketOrigin, an origin for bucket.
func NewS3BucketOrigin_Override(s S3BucketOrigin, bucket awss3.IBucket, props *S3BucketOriginBaseProps) {
	awscloudfront.NewOriginBase_Override(s, bucket.BucketRegionalDomainName(), baseProps(props))
}

func baseProps(p *S3BucketOriginBaseProps) *awscloudfront.OriginProps {
	if p == nil {
		return nil
	}
	return &awscloudfront.OriginProps{ConnectionAttempts: p.ConnectionAttempts, ConnectionTimeout: p.ConnectionTimeout, CustomHeaders: p.CustomHeaders,
		OriginAccessControlId: p.OriginAccessControlId, OriginId: p.OriginId, OriginShieldEnabled: p.OriginShieldEnabled,
		OriginShieldRegion: p.OriginShieldRegion, ResponseCompletionTimeout: p.ResponseCompletionTimeout, OriginPath: p.OriginPath}
}

// S3BucketOrigin_WithBucketDefaults is bucket as an origin with no access control.
func S3BucketOrigin_WithBucketDefaults(bucket awss3.IBucket, props *awscloudfront.OriginProps) awscloudfront.IOrigin {
	return newS3BucketOrigin(bucket, props)
}

type bucketAction struct {
	action    string
	bucketArn bool
}

var bucketActions = map[awscloudfront.AccessLevel][]bucketAction{
	awscloudfront.AccessLevel_READ:           {{"s3:GetObject", false}},
	awscloudfront.AccessLevel_READ_VERSIONED: {{"s3:GetObjectVersion", false}},
	awscloudfront.AccessLevel_LIST:           {{"s3:ListBucket", true}},
	awscloudfront.AccessLevel_WRITE:          {{"s3:PutObject", false}},
	awscloudfront.AccessLevel_DELETE:         {{"s3:DeleteObject", false}},
}

var keyActions = map[awscloudfront.AccessLevel][]string{
	awscloudfront.AccessLevel_READ:  {"kms:Decrypt"},
	awscloudfront.AccessLevel_WRITE: {"kms:Encrypt", "kms:GenerateDataKey*"},
}

// S3BucketOrigin_WithOriginAccessControl is bucket as an origin CloudFront
// reaches by signing with an origin access control (one is made in the
// origin's scope unless given); the bucket policy (and key policy, for
// SSE-KMS) lets the distribution in.
func S3BucketOrigin_WithOriginAccessControl(bucket awss3.IBucket, props *S3BucketOriginWithOACProps) awscloudfront.IOrigin {
	if props == nil {
		props = &S3BucketOriginWithOACProps{}
	}
	o := newS3BucketOrigin(bucket, &awscloudfront.OriginProps{ConnectionAttempts: props.ConnectionAttempts, ConnectionTimeout: props.ConnectionTimeout,
		CustomHeaders: props.CustomHeaders, OriginAccessControlId: props.OriginAccessControlId, OriginId: props.OriginId,
		OriginShieldEnabled: props.OriginShieldEnabled, OriginShieldRegion: props.OriginShieldRegion,
		ResponseCompletionTimeout: props.ResponseCompletionTimeout, OriginPath: props.OriginPath})
	oac := props.OriginAccessControl
	o.bind = func(scope constructs.Construct, options *awscloudfront.OriginBindOptions) *awscloudfront.OriginBindConfig {
		if oac == nil {
			oac = awscloudfront.NewS3OriginAccessControl(scope, jsii.String("S3OriginAccessControl"), nil)
		}
		levels := []awscloudfront.AccessLevel{awscloudfront.AccessLevel_READ}
		if props.OriginAccessLevels != nil {
			levels = nil
			seen := map[awscloudfront.AccessLevel]bool{}
			for _, l := range *props.OriginAccessLevels {
				if !seen[l] {
					seen[l] = true
					levels = append(levels, l)
				}
			}
		}
		for _, l := range levels {
			if l == awscloudfront.AccessLevel_LIST {
				awscdk.Annotations_Of(scope).AddWarningV2(jsii.String("@aws-cdk/aws-cloudfront-origins:listBucketSecurityRisk"),
					jsii.String("When the origin with AccessLevel.LIST is associated to the default behavior, it is strongly recommended to ensure the distribution's defaultRootObject is specified,\nSee the \"Setting up OAC with LIST permission\" section of module's README for more info."))
			}
		}
		var actions []*string
		resources := []*string{bucket.ArnForObjects(jsii.String("*"))}
		needsBucket := false
		for _, l := range levels {
			for _, a := range bucketActions[l] {
				actions = append(actions, jsii.String(a.action))
				needsBucket = needsBucket || a.bucketArn
			}
		}
		if needsBucket {
			resources = append(resources, bucket.BucketArn())
		}
		distID := ""
		if options != nil {
			distID = deref(options.DistributionId)
		}
		added := bucket.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Effect: awsiam.Effect_ALLOW, Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("cloudfront.amazonaws.com"), nil)},
			Actions: &actions, Resources: &resources,
			Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{
				"AWS:SourceArn": "arn:" + *awscdk.Aws_PARTITION() + ":cloudfront::" + *awscdk.Aws_ACCOUNT_ID() + ":distribution/" + distID}},
		}))
		if added == nil || added.StatementAdded == nil || !*added.StatementAdded {
			awscdk.Annotations_Of(scope).AddWarningV2(jsii.String("@aws-cdk/aws-cloudfront-origins:updateImportedBucketPolicyOac"),
				jsii.String("Cannot update bucket policy of an imported bucket. You will need to update the policy manually instead.\nSee the \"Setting up OAC with imported S3 buckets\" section of module's README for more info."))
		}
		if key := bucket.EncryptionKey(); key != nil && !isNil(key) {
			var kActions []*string
			for _, l := range levels {
				for _, a := range keyActions[l] {
					kActions = append(kActions, jsii.String(a))
				}
			}
			grantKey(key, kActions, scope)
		}
		cfg := o.OriginBase.Bind(scope, options)
		cfg.OriginProperty.OriginAccessControlId = oac.OriginAccessControlRef().OriginAccessControlId
		return cfg
	}
	return o
}

func grantKey(key awskms.IKey, actions []*string, scope constructs.Construct) {
	awscdk.Annotations_Of(key.Node().Scope()).AddWarningV2(jsii.String("@aws-cdk/aws-cloudfront-origins:wildcardKeyPolicyForOac"),
		jsii.String("To avoid a circular dependency between the KMS key, Bucket, and Distribution during the initial deployment, a wildcard is used in the Key policy condition to match all Distribution IDs.\nAfter deploying once, it is strongly recommended to further scope down the policy for best security practices by following the guidance in the \"Using OAC for a SSE-KMS encrypted S3 origin\" section in the module README."))
	added := key.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Effect: awsiam.Effect_ALLOW, Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("cloudfront.amazonaws.com"), nil)},
		Actions: &actions, Resources: jsii.Strings("*"),
		Conditions: &map[string]interface{}{"ArnLike": map[string]interface{}{
			"AWS:SourceArn": "arn:" + *awscdk.Aws_PARTITION() + ":cloudfront::" + *awscdk.Aws_ACCOUNT_ID() + ":distribution/*"}},
	}), nil)
	if added == nil || added.StatementAdded == nil || !*added.StatementAdded {
		awscdk.Annotations_Of(scope).AddWarningV2(jsii.String("@aws-cdk/aws-cloudfront-origins:updateImportedKeyPolicyOac"),
			jsii.String("Cannot update key policy of an imported key. You will need to update the policy manually instead.\nSee the \"Updating imported key policies\" section of the module's README for more info."))
	}
}

// S3BucketOrigin_WithOriginAccessIdentity is bucket as an origin reached
// through a (legacy) origin access identity, made beside the origin (or
// in the bucket's stack) unless given.
func S3BucketOrigin_WithOriginAccessIdentity(bucket awss3.IBucket, props *S3BucketOriginWithOAIProps) awscloudfront.IOrigin {
	if props == nil {
		props = &S3BucketOriginWithOAIProps{}
	}
	o := newS3BucketOrigin(bucket, &awscloudfront.OriginProps{ConnectionAttempts: props.ConnectionAttempts, ConnectionTimeout: props.ConnectionTimeout,
		CustomHeaders: props.CustomHeaders, OriginAccessControlId: props.OriginAccessControlId, OriginId: props.OriginId,
		OriginShieldEnabled: props.OriginShieldEnabled, OriginShieldRegion: props.OriginShieldRegion,
		ResponseCompletionTimeout: props.ResponseCompletionTimeout, OriginPath: props.OriginPath})
	var oai interface {
		interfacesawscloudfront.ICloudFrontOriginAccessIdentityRef
		awsiam.IGrantable
	}
	if props.OriginAccessIdentity != nil {
		oai = props.OriginAccessIdentity
	}
	o.s3 = func() *awscloudfront.CfnDistribution_S3OriginConfigProperty {
		if oai == nil {
			diag.Panic("", "Origin access identity cannot be undefined")
		}
		return &awscloudfront.CfnDistribution_S3OriginConfigProperty{OriginAccessIdentity: jsii.String(
			"origin-access-identity/cloudfront/" + *oai.CloudFrontOriginAccessIdentityRef().CloudFrontOriginAccessIdentityId)}
	}
	o.bind = func(scope constructs.Construct, options *awscloudfront.OriginBindOptions) *awscloudfront.OriginBindConfig {
		if oai == nil {
			bucketStack := awscdk.Stack_Of(bucket)
			oaiScope, oaiID := constructs.Construct(scope), "S3Origin"
			if bucketStack != awscdk.Stack_Of(scope) {
				oaiScope, oaiID = bucketStack, *awscdk.Names_UniqueId(scope)+"S3Origin"
			}
			originID := ""
			if options != nil {
				originID = deref(options.OriginId)
			}
			oai = awscloudfront.NewOriginAccessIdentity(oaiScope, jsii.String(oaiID), &awscloudfront.OriginAccessIdentityProps{Comment: jsii.String("Identity for " + originID)})
		}
		added := bucket.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Resources: &[]*string{bucket.ArnForObjects(jsii.String("*"))}, Actions: jsii.Strings("s3:GetObject"),
			Principals: &[]awsiam.IPrincipal{oai.GrantPrincipal()},
		}))
		if added == nil || added.StatementAdded == nil || !*added.StatementAdded {
			awscdk.Annotations_Of(scope).AddWarningV2(jsii.String("@aws-cdk/aws-cloudfront-origins:updateImportedBucketPolicyOai"),
				jsii.String("Cannot update bucket policy of an imported bucket. You will need to update the policy manually instead.\nSee the \"Setting up OAI with imported S3 buckets (legacy)\" section of module's README for more info."))
		}
		return o.OriginBase.Bind(scope, options)
	}
	return o
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func isNil(x interface{}) bool {
	if x == nil {
		return true
	}
	v := reflect.ValueOf(x)
	return v.Kind() == reflect.Ptr && v.IsNil()
}

// NewHttpOrigin_Override makes h, a pointer to a struct embedding HttpOrigin, a new HttpOrigin.
func NewHttpOrigin_Override(h HttpOrigin, domainName *string, props *HttpOriginProps) {
	l2.Override[HttpOrigin](h, NewHttpOrigin(domainName, props))
}
