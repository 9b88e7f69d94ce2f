package awscloudfront

import (
	"fmt"
	"math"
	"reflect"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// OriginSelectionCriteria is how an origin group picks its origin.
type OriginSelectionCriteria string

const (
	OriginSelectionCriteria_DEFAULT             OriginSelectionCriteria = "default"
	OriginSelectionCriteria_MEDIA_QUALITY_BASED OriginSelectionCriteria = "media-quality-based"
)

// IOrigin is where a behavior's requests go.
type IOrigin interface {
	// Bind is called once per distribution, in a scope of its own.
	Bind(scope constructs.Construct, options *OriginBindOptions) *OriginBindConfig
}

// OriginBindOptions are what a distribution tells an origin it binds.
type OriginBindOptions struct {
	OriginId       *string `field:"required" json:"originId" yaml:"originId"`
	DistributionId *string `field:"optional" json:"distributionId" yaml:"distributionId"`
}

// OriginBindConfig is what a bound origin contributes to the distribution.
type OriginBindConfig struct {
	FailoverConfig    *OriginFailoverConfig           `field:"optional" json:"failoverConfig" yaml:"failoverConfig"`
	OriginProperty    *CfnDistribution_OriginProperty `field:"optional" json:"originProperty" yaml:"originProperty"`
	SelectionCriteria OriginSelectionCriteria         `field:"optional" json:"selectionCriteria" yaml:"selectionCriteria"`
}

// OriginFailoverConfig names the origin to use when this one fails.
type OriginFailoverConfig struct {
	FailoverOrigin IOrigin     `field:"required" json:"failoverOrigin" yaml:"failoverOrigin"`
	StatusCodes    *[]*float64 `field:"optional" json:"statusCodes" yaml:"statusCodes"`
}

// OriginOptions are the settings every origin has.
type OriginOptions struct {
	ConnectionAttempts        *float64            `field:"optional" json:"connectionAttempts" yaml:"connectionAttempts"`
	ConnectionTimeout         awscdk.Duration     `field:"optional" json:"connectionTimeout" yaml:"connectionTimeout"`
	CustomHeaders             *map[string]*string `field:"optional" json:"customHeaders" yaml:"customHeaders"`
	OriginAccessControlId     *string             `field:"optional" json:"originAccessControlId" yaml:"originAccessControlId"`
	OriginId                  *string             `field:"optional" json:"originId" yaml:"originId"`
	OriginShieldEnabled       *bool               `field:"optional" json:"originShieldEnabled" yaml:"originShieldEnabled"`
	OriginShieldRegion        *string             `field:"optional" json:"originShieldRegion" yaml:"originShieldRegion"`
	ResponseCompletionTimeout awscdk.Duration     `field:"optional" json:"responseCompletionTimeout" yaml:"responseCompletionTimeout"`
}

// OriginProps are OriginOptions plus the path under the origin's domain.
type OriginProps struct {
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

// OriginBase is the base of the origins in awscloudfrontorigins: it
// renders the origin property and asks the concrete origin (through its
// Render* methods) for its S3, custom or VPC configuration.
type OriginBase interface {
	IOrigin
	RenderCustomOriginConfig() *CfnDistribution_CustomOriginConfigProperty
	RenderS3OriginConfig() *CfnDistribution_S3OriginConfigProperty
	RenderVpcOriginConfig() *CfnDistribution_VpcOriginConfigProperty
	ValidateResponseCompletionTimeoutWithReadTimeout(responseCompletionTimeout awscdk.Duration, readTimeout awscdk.Duration)
}

type originBase struct {
	self       OriginBase
	domainName *string
	path       *string
	props      OriginProps
}

// NewOriginBase_Override makes o, a pointer to a struct embedding
// OriginBase, an origin for domainName; o's Render* methods supply its
// configuration.
func NewOriginBase_Override(o OriginBase, domainName *string, props *OriginProps) {
	b := &originBase{self: o, domainName: domainName}
	if props != nil {
		b.props = *props
	}
	p := &b.props
	if p.ConnectionTimeout != nil {
		checkIntRange("connectionTimeout", 1, 10, p.ConnectionTimeout.ToSeconds(nil), " seconds")
	}
	checkIntRange("connectionAttempts", 1, 3, p.ConnectionAttempts, "")
	if p.ResponseCompletionTimeout != nil {
		checkIntRange("responseCompletionTimeout", 1, 3600, p.ResponseCompletionTimeout.ToSeconds(nil), " seconds")
	}
	checkCustomHeaders(p.CustomHeaders)
	b.path = originPath(p.OriginPath)
	embed(o, b)
}

// embed sets the field of o (a pointer to a struct) that embeds
// OriginBase to b: jsii's way of extending a class.
func embed(o OriginBase, b *originBase) {
	rv := reflect.ValueOf(o)
	if rv.Kind() != reflect.Ptr || rv.Elem().Kind() != reflect.Struct {
		diag.Panic("", "%T: NewOriginBase_Override takes a pointer to a struct embedding awscloudfront.OriginBase", o)
	}
	sv := rv.Elem()
	base := reflect.TypeOf((*OriginBase)(nil)).Elem()
	for i := 0; i < sv.NumField(); i++ {
		f := sv.Type().Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Interface && base.Implements(f.Type) && reflect.TypeOf(b).Implements(f.Type) && sv.Field(i).CanSet() {
			if sv.Field(i).IsNil() || sv.Field(i).Type() == base {
				sv.Field(i).Set(reflect.ValueOf(b))
				return
			}
			// An embedded origin type (say S3BucketOrigin) set by its own
			// constructor: reach its OriginBase.
			if inner, ok := sv.Field(i).Interface().(OriginBase); ok && inner != nil {
				embed(inner, b)
				return
			}
		}
	}
	diag.Panic("", "%T embeds no awscloudfront.OriginBase", o)
}

func checkIntRange(name string, min, max float64, v *float64, unit string) {
	if v == nil || *awscdk.Token_IsUnresolved(*v) {
		return
	}
	if *v != math.Trunc(*v) || *v < min || *v > max {
		diag.Panic("", "%s: Must be an int between %v and %v%s (inclusive); received %v.", name, min, max, unit, *v)
	}
}

var prohibitedHeaders = []string{"Cache-Control", "Connection", "Content-Length", "Cookie", "Host", "If-Match", "If-Modified-Since",
	"If-None-Match", "If-Range", "If-Unmodified-Since", "Max-Forwards", "Pragma", "Proxy-Authorization", "Proxy-Connection", "Range",
	"Request-Range", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Via", "X-Real-Ip"}

func checkCustomHeaders(h *map[string]*string) {
	if h == nil {
		return
	}
	var bad, badPrefix []string
	for _, k := range sortedKeys(*h) {
		for _, p := range prohibitedHeaders {
			if strings.EqualFold(k, p) {
				bad = append(bad, k)
			}
		}
		l := strings.ToLower(k)
		if strings.HasPrefix(l, "x-amz-") || strings.HasPrefix(l, "x-edge-") {
			badPrefix = append(badPrefix, k)
		}
	}
	if len(bad) > 0 {
		diag.Panic("", "The following headers cannot be configured as custom origin headers: %s", strings.Join(bad, ", "))
	}
	if len(badPrefix) > 0 {
		diag.Panic("", "The following headers cannot be used as prefixes for custom origin headers: %s", strings.Join(badPrefix, ", "))
	}
}

func originPath(p *string) *string {
	if p == nil || *awscdk.Token_IsUnresolved(*p) {
		return p
	}
	s := *p
	if !strings.HasPrefix(s, "/") {
		s = "/" + s
	}
	s = strings.TrimSuffix(s, "/")
	return &s
}

// Bind renders the origin property.
func (b *originBase) Bind(scope constructs.Construct, options *OriginBindOptions) *OriginBindConfig {
	s3 := b.self.RenderS3OriginConfig()
	custom := b.self.RenderCustomOriginConfig()
	vpc := b.self.RenderVpcOriginConfig()
	if s3 == nil && custom == nil && vpc == nil {
		diag.Panic(*scope.Node().Path(), "Subclass must override and provide either s3OriginConfig, customOriginConfig or vpcOriginConfig")
	}
	p := &b.props
	prop := &CfnDistribution_OriginProperty{
		DomainName: b.domainName, Id: p.OriginId, OriginPath: b.path, ConnectionAttempts: p.ConnectionAttempts,
		OriginAccessControlId: p.OriginAccessControlId,
	}
	if prop.Id == nil && options != nil {
		prop.Id = options.OriginId
	}
	if p.ConnectionTimeout != nil {
		prop.ConnectionTimeout = p.ConnectionTimeout.ToSeconds(nil)
	}
	if p.ResponseCompletionTimeout != nil {
		prop.ResponseCompletionTimeout = p.ResponseCompletionTimeout.ToSeconds(nil)
	}
	if p.CustomHeaders != nil && len(*p.CustomHeaders) > 0 {
		// aws-cdk-lib keeps the object's insertion order; Go maps have
		// none, so headers are sorted by name.
		var hs []*CfnDistribution_OriginCustomHeaderProperty
		for _, k := range sortedKeys(*p.CustomHeaders) {
			hs = append(hs, &CfnDistribution_OriginCustomHeaderProperty{HeaderName: jsii.String(k), HeaderValue: (*p.CustomHeaders)[k]})
		}
		prop.OriginCustomHeaders = hs
	}
	if s3 != nil {
		prop.S3OriginConfig = s3
	}
	if custom != nil {
		prop.CustomOriginConfig = custom
	}
	if vpc != nil {
		prop.VpcOriginConfig = vpc
	}
	switch {
	case p.OriginShieldEnabled != nil && !*p.OriginShieldEnabled:
		prop.OriginShield = &CfnDistribution_OriginShieldProperty{Enabled: jsii.Bool(false)}
	case p.OriginShieldRegion != nil:
		prop.OriginShield = &CfnDistribution_OriginShieldProperty{Enabled: jsii.Bool(true), OriginShieldRegion: p.OriginShieldRegion}
	}
	return &OriginBindConfig{OriginProperty: prop}
}

func (b *originBase) RenderCustomOriginConfig() *CfnDistribution_CustomOriginConfigProperty {
	return nil
}
func (b *originBase) RenderS3OriginConfig() *CfnDistribution_S3OriginConfigProperty   { return nil }
func (b *originBase) RenderVpcOriginConfig() *CfnDistribution_VpcOriginConfigProperty { return nil }

// ValidateResponseCompletionTimeoutWithReadTimeout checks that the
// response completion timeout is at least the read timeout.
func (b *originBase) ValidateResponseCompletionTimeoutWithReadTimeout(responseCompletionTimeout awscdk.Duration, readTimeout awscdk.Duration) {
	if responseCompletionTimeout == nil || readTimeout == nil || *responseCompletionTimeout.IsUnresolved() || *readTimeout.IsUnresolved() {
		return
	}
	rc, rt := *responseCompletionTimeout.ToSeconds(nil), *readTimeout.ToSeconds(nil)
	if rc < rt {
		diag.Panic("", "%s", fmt.Sprintf("responseCompletionTimeout must be equal to or greater than readTimeout (%vs), got: %vs.", rt, rc))
	}
}
