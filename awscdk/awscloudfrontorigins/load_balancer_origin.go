package awscloudfrontorigins

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudfront"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// LoadBalancerV2OriginProps are the props of NewLoadBalancerV2Origin: an
// HTTP origin's.
type LoadBalancerV2OriginProps struct {
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

// LoadBalancerV2Origin is an HTTP origin at an Application or Network
// Load Balancer's DNS name.
type LoadBalancerV2Origin interface {
	HttpOrigin
}

// NewLoadBalancerV2Origin is an origin for loadBalancer.
func NewLoadBalancerV2Origin(loadBalancer awselasticloadbalancingv2.ILoadBalancerV2, props *LoadBalancerV2OriginProps) LoadBalancerV2Origin {
	if loadBalancer == nil {
		diag.Panic("", "LoadBalancerV2Origin: a load balancer is required")
	}
	var hp *HttpOriginProps
	if props != nil {
		p := HttpOriginProps(*props)
		hp = &p
	}
	return NewHttpOrigin(loadBalancer.LoadBalancerDnsName(), hp)
}

// NewLoadBalancerV2Origin_Override initialises l, a type embedding
// LoadBalancerV2Origin, as an origin for loadBalancer.
func NewLoadBalancerV2Origin_Override(l LoadBalancerV2Origin, loadBalancer awselasticloadbalancingv2.ILoadBalancerV2, props *LoadBalancerV2OriginProps) {
	l2.Override[LoadBalancerV2Origin](l, NewLoadBalancerV2Origin(loadBalancer, props))
}
