package awselasticloadbalancingv2

// Enum constants carry the member names, as aws-cdk-go does; the tables
// below give the value CloudFormation takes for each.

// IpAddressType is the IP version a load balancer serves.
type IpAddressType string

const (
	IpAddressType_IPV4                           IpAddressType = "IPV4"
	IpAddressType_DUAL_STACK                     IpAddressType = "DUAL_STACK"
	IpAddressType_DUAL_STACK_WITHOUT_PUBLIC_IPV4 IpAddressType = "DUAL_STACK_WITHOUT_PUBLIC_IPV4"
)

var ipAddressTypeValues = map[IpAddressType]string{
	IpAddressType_IPV4:                           "ipv4",
	IpAddressType_DUAL_STACK:                     "dualstack",
	IpAddressType_DUAL_STACK_WITHOUT_PUBLIC_IPV4: "dualstack-without-public-ipv4",
}

// cfn renders the value CloudFormation takes; an unknown member passes through.
func (v IpAddressType) cfn() *string {
	if v == "" {
		return nil
	}
	if s, ok := ipAddressTypeValues[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}

// Protocol is a load balancer or target group protocol.
type Protocol string

const (
	Protocol_HTTP    Protocol = "HTTP"
	Protocol_HTTPS   Protocol = "HTTPS"
	Protocol_TCP     Protocol = "TCP"
	Protocol_TLS     Protocol = "TLS"
	Protocol_UDP     Protocol = "UDP"
	Protocol_TCP_UDP Protocol = "TCP_UDP"
)

var protocolValues = map[Protocol]string{
	Protocol_HTTP:    "HTTP",
	Protocol_HTTPS:   "HTTPS",
	Protocol_TCP:     "TCP",
	Protocol_TLS:     "TLS",
	Protocol_UDP:     "UDP",
	Protocol_TCP_UDP: "TCP_UDP",
}

// cfn renders the value CloudFormation takes; an unknown member passes through.
func (v Protocol) cfn() *string {
	if v == "" {
		return nil
	}
	if s, ok := protocolValues[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}

// ApplicationProtocol is the protocol of an application listener or target group.
type ApplicationProtocol string

const (
	ApplicationProtocol_HTTP  ApplicationProtocol = "HTTP"
	ApplicationProtocol_HTTPS ApplicationProtocol = "HTTPS"
)

var applicationProtocolValues = map[ApplicationProtocol]string{
	ApplicationProtocol_HTTP:  "HTTP",
	ApplicationProtocol_HTTPS: "HTTPS",
}

// cfn renders the value CloudFormation takes; an unknown member passes through.
func (v ApplicationProtocol) cfn() *string {
	if v == "" {
		return nil
	}
	if s, ok := applicationProtocolValues[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}

// ApplicationProtocolVersion is the protocol version of an application target group.
type ApplicationProtocolVersion string

const (
	ApplicationProtocolVersion_GRPC  ApplicationProtocolVersion = "GRPC"
	ApplicationProtocolVersion_HTTP1 ApplicationProtocolVersion = "HTTP1"
	ApplicationProtocolVersion_HTTP2 ApplicationProtocolVersion = "HTTP2"
)

var applicationProtocolVersionValues = map[ApplicationProtocolVersion]string{
	ApplicationProtocolVersion_GRPC:  "GRPC",
	ApplicationProtocolVersion_HTTP1: "HTTP1",
	ApplicationProtocolVersion_HTTP2: "HTTP2",
}

// cfn renders the value CloudFormation takes; an unknown member passes through.
func (v ApplicationProtocolVersion) cfn() *string {
	if v == "" {
		return nil
	}
	if s, ok := applicationProtocolVersionValues[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}

// SslPolicy is the TLS security policy of an HTTPS or TLS listener.
type SslPolicy string

const (
	SslPolicy_RECOMMENDED_TLS               SslPolicy = "RECOMMENDED_TLS"
	SslPolicy_TLS13_12_PQ                   SslPolicy = "TLS13_12_PQ"
	SslPolicy_RECOMMENDED                   SslPolicy = "RECOMMENDED"
	SslPolicy_TLS13_RES                     SslPolicy = "TLS13_RES"
	SslPolicy_TLS13_EXT1                    SslPolicy = "TLS13_EXT1"
	SslPolicy_TLS13_EXT2                    SslPolicy = "TLS13_EXT2"
	SslPolicy_TLS13_10                      SslPolicy = "TLS13_10"
	SslPolicy_TLS13_11                      SslPolicy = "TLS13_11"
	SslPolicy_TLS13_13                      SslPolicy = "TLS13_13"
	SslPolicy_TLS13_13_PQ                   SslPolicy = "TLS13_13_PQ"
	SslPolicy_TLS13_12_RES_PQ               SslPolicy = "TLS13_12_RES_PQ"
	SslPolicy_TLS13_12_EXT1_PQ              SslPolicy = "TLS13_12_EXT1_PQ"
	SslPolicy_TLS13_12_EXT2_PQ              SslPolicy = "TLS13_12_EXT2_PQ"
	SslPolicy_TLS13_10_PQ                   SslPolicy = "TLS13_10_PQ"
	SslPolicy_FIPS_TLS13_13                 SslPolicy = "FIPS_TLS13_13"
	SslPolicy_FIPS_TLS13_12_RES             SslPolicy = "FIPS_TLS13_12_RES"
	SslPolicy_FIPS_TLS13_12                 SslPolicy = "FIPS_TLS13_12"
	SslPolicy_FIPS_TLS13_12_EXT0            SslPolicy = "FIPS_TLS13_12_EXT0"
	SslPolicy_FIPS_TLS13_12_EXT1            SslPolicy = "FIPS_TLS13_12_EXT1"
	SslPolicy_FIPS_TLS13_12_EXT2            SslPolicy = "FIPS_TLS13_12_EXT2"
	SslPolicy_FIPS_TLS13_11                 SslPolicy = "FIPS_TLS13_11"
	SslPolicy_FIPS_TLS13_10                 SslPolicy = "FIPS_TLS13_10"
	SslPolicy_FIPS_TLS13_13_PQ              SslPolicy = "FIPS_TLS13_13_PQ"
	SslPolicy_FIPS_TLS13_12_PQ              SslPolicy = "FIPS_TLS13_12_PQ"
	SslPolicy_FIPS_TLS13_12_RES_PQ          SslPolicy = "FIPS_TLS13_12_RES_PQ"
	SslPolicy_FIPS_TLS13_12_EXT0_PQ         SslPolicy = "FIPS_TLS13_12_EXT0_PQ"
	SslPolicy_FIPS_TLS13_12_EXT1_PQ         SslPolicy = "FIPS_TLS13_12_EXT1_PQ"
	SslPolicy_FIPS_TLS13_12_EXT2_PQ         SslPolicy = "FIPS_TLS13_12_EXT2_PQ"
	SslPolicy_FIPS_TLS13_10_PQ              SslPolicy = "FIPS_TLS13_10_PQ"
	SslPolicy_FORWARD_SECRECY_TLS12_RES_GCM SslPolicy = "FORWARD_SECRECY_TLS12_RES_GCM"
	SslPolicy_FORWARD_SECRECY_TLS12_RES     SslPolicy = "FORWARD_SECRECY_TLS12_RES"
	SslPolicy_FORWARD_SECRECY_TLS12         SslPolicy = "FORWARD_SECRECY_TLS12"
	SslPolicy_FORWARD_SECRECY_TLS11         SslPolicy = "FORWARD_SECRECY_TLS11"
	SslPolicy_FORWARD_SECRECY               SslPolicy = "FORWARD_SECRECY"
	SslPolicy_TLS12                         SslPolicy = "TLS12"
	SslPolicy_TLS12_EXT                     SslPolicy = "TLS12_EXT"
	SslPolicy_TLS11                         SslPolicy = "TLS11"
	SslPolicy_LEGACY                        SslPolicy = "LEGACY"
)

var sslPolicyValues = map[SslPolicy]string{
	SslPolicy_RECOMMENDED_TLS:               "ELBSecurityPolicy-TLS13-1-2-2021-06",
	SslPolicy_TLS13_12_PQ:                   "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09",
	SslPolicy_RECOMMENDED:                   "ELBSecurityPolicy-2016-08",
	SslPolicy_TLS13_RES:                     "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
	SslPolicy_TLS13_EXT1:                    "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06",
	SslPolicy_TLS13_EXT2:                    "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06",
	SslPolicy_TLS13_10:                      "ELBSecurityPolicy-TLS13-1-0-2021-06",
	SslPolicy_TLS13_11:                      "ELBSecurityPolicy-TLS13-1-1-2021-06",
	SslPolicy_TLS13_13:                      "ELBSecurityPolicy-TLS13-1-3-2021-06",
	SslPolicy_TLS13_13_PQ:                   "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09",
	SslPolicy_TLS13_12_RES_PQ:               "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09",
	SslPolicy_TLS13_12_EXT1_PQ:              "ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09",
	SslPolicy_TLS13_12_EXT2_PQ:              "ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09",
	SslPolicy_TLS13_10_PQ:                   "ELBSecurityPolicy-TLS13-1-0-PQ-2025-09",
	SslPolicy_FIPS_TLS13_13:                 "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
	SslPolicy_FIPS_TLS13_12_RES:             "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04",
	SslPolicy_FIPS_TLS13_12:                 "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
	SslPolicy_FIPS_TLS13_12_EXT0:            "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04",
	SslPolicy_FIPS_TLS13_12_EXT1:            "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04",
	SslPolicy_FIPS_TLS13_12_EXT2:            "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04",
	SslPolicy_FIPS_TLS13_11:                 "ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04",
	SslPolicy_FIPS_TLS13_10:                 "ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04",
	SslPolicy_FIPS_TLS13_13_PQ:              "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09",
	SslPolicy_FIPS_TLS13_12_PQ:              "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09",
	SslPolicy_FIPS_TLS13_12_RES_PQ:          "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09",
	SslPolicy_FIPS_TLS13_12_EXT0_PQ:         "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09",
	SslPolicy_FIPS_TLS13_12_EXT1_PQ:         "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-PQ-2025-09",
	SslPolicy_FIPS_TLS13_12_EXT2_PQ:         "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-PQ-2025-09",
	SslPolicy_FIPS_TLS13_10_PQ:              "ELBSecurityPolicy-TLS13-1-0-FIPS-PQ-2025-09",
	SslPolicy_FORWARD_SECRECY_TLS12_RES_GCM: "ELBSecurityPolicy-FS-1-2-Res-2020-10",
	SslPolicy_FORWARD_SECRECY_TLS12_RES:     "ELBSecurityPolicy-FS-1-2-Res-2019-08",
	SslPolicy_FORWARD_SECRECY_TLS12:         "ELBSecurityPolicy-FS-1-2-2019-08",
	SslPolicy_FORWARD_SECRECY_TLS11:         "ELBSecurityPolicy-FS-1-1-2019-08",
	SslPolicy_FORWARD_SECRECY:               "ELBSecurityPolicy-FS-2018-06",
	SslPolicy_TLS12:                         "ELBSecurityPolicy-TLS-1-2-2017-01",
	SslPolicy_TLS12_EXT:                     "ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
	SslPolicy_TLS11:                         "ELBSecurityPolicy-TLS-1-1-2017-01",
	SslPolicy_LEGACY:                        "ELBSecurityPolicy-TLS-1-0-2015-04",
}

// cfn renders the value CloudFormation takes; an unknown member passes through.
func (v SslPolicy) cfn() *string {
	if v == "" {
		return nil
	}
	if s, ok := sslPolicyValues[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}

// TargetType is how a target group addresses its targets.
type TargetType string

const (
	TargetType_INSTANCE TargetType = "INSTANCE"
	TargetType_IP       TargetType = "IP"
	TargetType_LAMBDA   TargetType = "LAMBDA"
	TargetType_ALB      TargetType = "ALB"
)

var targetTypeValues = map[TargetType]string{
	TargetType_INSTANCE: "instance",
	TargetType_IP:       "ip",
	TargetType_LAMBDA:   "lambda",
	TargetType_ALB:      "alb",
}

// cfn renders the value CloudFormation takes; an unknown member passes through.
func (v TargetType) cfn() *string {
	if v == "" {
		return nil
	}
	if s, ok := targetTypeValues[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}

// HttpCodeElb is a count of HTTP codes the load balancer itself returned.
type HttpCodeElb string

const (
	HttpCodeElb_ELB_3XX_COUNT HttpCodeElb = "ELB_3XX_COUNT"
	HttpCodeElb_ELB_4XX_COUNT HttpCodeElb = "ELB_4XX_COUNT"
	HttpCodeElb_ELB_5XX_COUNT HttpCodeElb = "ELB_5XX_COUNT"
	HttpCodeElb_ELB_500_COUNT HttpCodeElb = "ELB_500_COUNT"
	HttpCodeElb_ELB_502_COUNT HttpCodeElb = "ELB_502_COUNT"
	HttpCodeElb_ELB_503_COUNT HttpCodeElb = "ELB_503_COUNT"
	HttpCodeElb_ELB_504_COUNT HttpCodeElb = "ELB_504_COUNT"
)

var httpCodeElbValues = map[HttpCodeElb]string{
	HttpCodeElb_ELB_3XX_COUNT: "HTTPCode_ELB_3XX_Count",
	HttpCodeElb_ELB_4XX_COUNT: "HTTPCode_ELB_4XX_Count",
	HttpCodeElb_ELB_5XX_COUNT: "HTTPCode_ELB_5XX_Count",
	HttpCodeElb_ELB_500_COUNT: "HTTPCode_ELB_500_Count",
	HttpCodeElb_ELB_502_COUNT: "HTTPCode_ELB_502_Count",
	HttpCodeElb_ELB_503_COUNT: "HTTPCode_ELB_503_Count",
	HttpCodeElb_ELB_504_COUNT: "HTTPCode_ELB_504_Count",
}

// cfn renders the value CloudFormation takes; an unknown member passes through.
func (v HttpCodeElb) cfn() *string {
	if v == "" {
		return nil
	}
	if s, ok := httpCodeElbValues[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}

// HttpCodeTarget is a count of HTTP codes the targets returned.
type HttpCodeTarget string

const (
	HttpCodeTarget_TARGET_2XX_COUNT HttpCodeTarget = "TARGET_2XX_COUNT"
	HttpCodeTarget_TARGET_3XX_COUNT HttpCodeTarget = "TARGET_3XX_COUNT"
	HttpCodeTarget_TARGET_4XX_COUNT HttpCodeTarget = "TARGET_4XX_COUNT"
	HttpCodeTarget_TARGET_5XX_COUNT HttpCodeTarget = "TARGET_5XX_COUNT"
)

var httpCodeTargetValues = map[HttpCodeTarget]string{
	HttpCodeTarget_TARGET_2XX_COUNT: "HTTPCode_Target_2XX_Count",
	HttpCodeTarget_TARGET_3XX_COUNT: "HTTPCode_Target_3XX_Count",
	HttpCodeTarget_TARGET_4XX_COUNT: "HTTPCode_Target_4XX_Count",
	HttpCodeTarget_TARGET_5XX_COUNT: "HTTPCode_Target_5XX_Count",
}

// cfn renders the value CloudFormation takes; an unknown member passes through.
func (v HttpCodeTarget) cfn() *string {
	if v == "" {
		return nil
	}
	if s, ok := httpCodeTargetValues[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}

// TargetGroupLoadBalancingAlgorithmType is how a target group picks a target.
type TargetGroupLoadBalancingAlgorithmType string

const (
	TargetGroupLoadBalancingAlgorithmType_ROUND_ROBIN                TargetGroupLoadBalancingAlgorithmType = "ROUND_ROBIN"
	TargetGroupLoadBalancingAlgorithmType_LEAST_OUTSTANDING_REQUESTS TargetGroupLoadBalancingAlgorithmType = "LEAST_OUTSTANDING_REQUESTS"
	TargetGroupLoadBalancingAlgorithmType_WEIGHTED_RANDOM            TargetGroupLoadBalancingAlgorithmType = "WEIGHTED_RANDOM"
)

var targetGroupLoadBalancingAlgorithmTypeValues = map[TargetGroupLoadBalancingAlgorithmType]string{
	TargetGroupLoadBalancingAlgorithmType_ROUND_ROBIN:                "round_robin",
	TargetGroupLoadBalancingAlgorithmType_LEAST_OUTSTANDING_REQUESTS: "least_outstanding_requests",
	TargetGroupLoadBalancingAlgorithmType_WEIGHTED_RANDOM:            "weighted_random",
}

// cfn renders the value CloudFormation takes; an unknown member passes through.
func (v TargetGroupLoadBalancingAlgorithmType) cfn() *string {
	if v == "" {
		return nil
	}
	if s, ok := targetGroupLoadBalancingAlgorithmTypeValues[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}

// DesyncMitigationMode is how the load balancer treats requests that may be desync attacks.
type DesyncMitigationMode string

const (
	DesyncMitigationMode_MONITOR   DesyncMitigationMode = "MONITOR"
	DesyncMitigationMode_DEFENSIVE DesyncMitigationMode = "DEFENSIVE"
	DesyncMitigationMode_STRICTEST DesyncMitigationMode = "STRICTEST"
)

var desyncMitigationModeValues = map[DesyncMitigationMode]string{
	DesyncMitigationMode_MONITOR:   "monitor",
	DesyncMitigationMode_DEFENSIVE: "defensive",
	DesyncMitigationMode_STRICTEST: "strictest",
}

// cfn renders the value CloudFormation takes; an unknown member passes through.
func (v DesyncMitigationMode) cfn() *string {
	if v == "" {
		return nil
	}
	if s, ok := desyncMitigationModeValues[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}

// XffHeaderProcessingMode is what the load balancer does with X-Forwarded-For.
type XffHeaderProcessingMode string

const (
	XffHeaderProcessingMode_APPEND   XffHeaderProcessingMode = "APPEND"
	XffHeaderProcessingMode_PRESERVE XffHeaderProcessingMode = "PRESERVE"
	XffHeaderProcessingMode_REMOVE   XffHeaderProcessingMode = "REMOVE"
)

var xffHeaderProcessingModeValues = map[XffHeaderProcessingMode]string{
	XffHeaderProcessingMode_APPEND:   "append",
	XffHeaderProcessingMode_PRESERVE: "preserve",
	XffHeaderProcessingMode_REMOVE:   "remove",
}

// cfn renders the value CloudFormation takes; an unknown member passes through.
func (v XffHeaderProcessingMode) cfn() *string {
	if v == "" {
		return nil
	}
	if s, ok := xffHeaderProcessingModeValues[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}

// TargetGroupIpAddressType is the IP version of a target group.
type TargetGroupIpAddressType string

const (
	TargetGroupIpAddressType_IPV4 TargetGroupIpAddressType = "IPV4"
	TargetGroupIpAddressType_IPV6 TargetGroupIpAddressType = "IPV6"
)

var targetGroupIpAddressTypeValues = map[TargetGroupIpAddressType]string{
	TargetGroupIpAddressType_IPV4: "ipv4",
	TargetGroupIpAddressType_IPV6: "ipv6",
}

// cfn renders the value CloudFormation takes; an unknown member passes through.
func (v TargetGroupIpAddressType) cfn() *string {
	if v == "" {
		return nil
	}
	if s, ok := targetGroupIpAddressTypeValues[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}

// AlpnPolicy is the ALPN policy of a TLS listener.
type AlpnPolicy string

const (
	AlpnPolicy_HTTP1_ONLY      AlpnPolicy = "HTTP1_ONLY"
	AlpnPolicy_HTTP2_ONLY      AlpnPolicy = "HTTP2_ONLY"
	AlpnPolicy_HTTP2_OPTIONAL  AlpnPolicy = "HTTP2_OPTIONAL"
	AlpnPolicy_HTTP2_PREFERRED AlpnPolicy = "HTTP2_PREFERRED"
	AlpnPolicy_NONE            AlpnPolicy = "NONE"
)

var alpnPolicyValues = map[AlpnPolicy]string{
	AlpnPolicy_HTTP1_ONLY:      "HTTP1Only",
	AlpnPolicy_HTTP2_ONLY:      "HTTP2Only",
	AlpnPolicy_HTTP2_OPTIONAL:  "HTTP2Optional",
	AlpnPolicy_HTTP2_PREFERRED: "HTTP2Preferred",
	AlpnPolicy_NONE:            "None",
}

// cfn renders the value CloudFormation takes; an unknown member passes through.
func (v AlpnPolicy) cfn() *string {
	if v == "" {
		return nil
	}
	if s, ok := alpnPolicyValues[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}

// ClientRoutingPolicy is how DNS routes clients of a network load balancer across zones.
type ClientRoutingPolicy string

const (
	ClientRoutingPolicy_AVAILABILITY_ZONE_AFFINITY         ClientRoutingPolicy = "AVAILABILITY_ZONE_AFFINITY"
	ClientRoutingPolicy_PARTIAL_AVAILABILITY_ZONE_AFFINITY ClientRoutingPolicy = "PARTIAL_AVAILABILITY_ZONE_AFFINITY"
	ClientRoutingPolicy_ANY_AVAILABILITY_ZONE              ClientRoutingPolicy = "ANY_AVAILABILITY_ZONE"
)

var clientRoutingPolicyValues = map[ClientRoutingPolicy]string{
	ClientRoutingPolicy_AVAILABILITY_ZONE_AFFINITY:         "availability_zone_affinity",
	ClientRoutingPolicy_PARTIAL_AVAILABILITY_ZONE_AFFINITY: "partial_availability_zone_affinity",
	ClientRoutingPolicy_ANY_AVAILABILITY_ZONE:              "any_availability_zone",
}

// cfn renders the value CloudFormation takes; an unknown member passes through.
func (v ClientRoutingPolicy) cfn() *string {
	if v == "" {
		return nil
	}
	if s, ok := clientRoutingPolicyValues[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}

// UnauthenticatedAction is what an authenticate action does with an unauthenticated request.
type UnauthenticatedAction string

const (
	UnauthenticatedAction_DENY         UnauthenticatedAction = "DENY"
	UnauthenticatedAction_ALLOW        UnauthenticatedAction = "ALLOW"
	UnauthenticatedAction_AUTHENTICATE UnauthenticatedAction = "AUTHENTICATE"
)

var unauthenticatedActionValues = map[UnauthenticatedAction]string{
	UnauthenticatedAction_DENY:         "deny",
	UnauthenticatedAction_ALLOW:        "allow",
	UnauthenticatedAction_AUTHENTICATE: "authenticate",
}

// cfn renders the value CloudFormation takes; an unknown member passes through.
func (v UnauthenticatedAction) cfn() *string {
	if v == "" {
		return nil
	}
	if s, ok := unauthenticatedActionValues[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}

// MutualAuthenticationMode is the mutual TLS mode of a listener.
type MutualAuthenticationMode string

const (
	MutualAuthenticationMode_OFF          MutualAuthenticationMode = "OFF"
	MutualAuthenticationMode_PASS_THROUGH MutualAuthenticationMode = "PASS_THROUGH"
	MutualAuthenticationMode_VERIFY       MutualAuthenticationMode = "VERIFY"
)

var mutualAuthenticationModeValues = map[MutualAuthenticationMode]string{
	MutualAuthenticationMode_OFF:          "off",
	MutualAuthenticationMode_PASS_THROUGH: "passthrough",
	MutualAuthenticationMode_VERIFY:       "verify",
}

// cfn renders the value CloudFormation takes; an unknown member passes through.
func (v MutualAuthenticationMode) cfn() *string {
	if v == "" {
		return nil
	}
	if s, ok := mutualAuthenticationModeValues[v]; ok {
		return &s
	}
	s := string(v)
	return &s
}
