package awscloudfrontorigins

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudfront"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// S3StaticWebsiteOriginProps are the props of NewS3StaticWebsiteOrigin.
type S3StaticWebsiteOriginProps struct {
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

// S3StaticWebsiteOrigin is a bucket's website endpoint as an HTTP origin
// (HTTP only unless set otherwise: website endpoints have no HTTPS).
type S3StaticWebsiteOrigin interface {
	HttpOrigin
}

// NewS3StaticWebsiteOrigin is the website endpoint of bucket as an origin.
func NewS3StaticWebsiteOrigin(bucket awss3.IBucket, props *S3StaticWebsiteOriginProps) S3StaticWebsiteOrigin {
	if bucket == nil {
		diag.Panic("", "S3StaticWebsiteOrigin: a bucket is required")
	}
	p := HttpOriginProps{ProtocolPolicy: awscloudfront.OriginProtocolPolicy_HTTP_ONLY}
	if props != nil {
		p = HttpOriginProps(*props)
		if p.ProtocolPolicy == "" {
			p.ProtocolPolicy = awscloudfront.OriginProtocolPolicy_HTTP_ONLY
		}
	}
	return NewHttpOrigin(bucket.BucketWebsiteDomainName(), &p)
}

// NewS3StaticWebsiteOrigin_Override makes s, a pointer to a struct
// embedding S3StaticWebsiteOrigin, a new S3StaticWebsiteOrigin.
func NewS3StaticWebsiteOrigin_Override(s S3StaticWebsiteOrigin, bucket awss3.IBucket, props *S3StaticWebsiteOriginProps) {
	l2.Override[S3StaticWebsiteOrigin](s, NewS3StaticWebsiteOrigin(bucket, props))
}
