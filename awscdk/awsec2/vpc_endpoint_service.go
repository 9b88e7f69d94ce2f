package awsec2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IpAddressType is declared with the instance requirements enums.

// IVpcEndpointServiceLoadBalancer is a Network Load Balancer behind an endpoint service.
type IVpcEndpointServiceLoadBalancer interface {
	LoadBalancerArn() *string
}

// IVpcEndpointService is a VPC endpoint service (PrivateLink).
type IVpcEndpointService interface {
	awscdk.IResource
	interfacesawsec2.IVPCEndpointServiceRef
	VpcEndpointServiceId() *string
	VpcEndpointServiceName() *string
}

// VpcEndpointServiceProps are the props of NewVpcEndpointService.
type VpcEndpointServiceProps struct {
	VpcEndpointServiceLoadBalancers *[]IVpcEndpointServiceLoadBalancer `field:"required" json:"vpcEndpointServiceLoadBalancers" yaml:"vpcEndpointServiceLoadBalancers"`
	AcceptanceRequired              *bool                              `field:"optional" json:"acceptanceRequired" yaml:"acceptanceRequired"`
	AllowedPrincipals               *[]awsiam.ArnPrincipal             `field:"optional" json:"allowedPrincipals" yaml:"allowedPrincipals"`
	AllowedRegions                  *[]*string                         `field:"optional" json:"allowedRegions" yaml:"allowedRegions"`
	ContributorInsights             *bool                              `field:"optional" json:"contributorInsights" yaml:"contributorInsights"`
	SupportedIpAddressTypes         *[]IpAddressType                   `field:"optional" json:"supportedIpAddressTypes" yaml:"supportedIpAddressTypes"`
}

// VpcEndpointService offers Network Load Balancers to other VPCs and
// accounts through PrivateLink (AWS::EC2::VPCEndpointService).
type VpcEndpointService interface {
	awscdk.Resource
	IVpcEndpointService
	AcceptanceRequired() *bool
	AllowedPrincipals() *[]awsiam.ArnPrincipal
	ContributorInsightsEnabled() *bool
	VpcEndpointServiceLoadBalancers() *[]IVpcEndpointServiceLoadBalancer
	ToString() *string
}

type vpcEndpointService struct {
	awscdk.Resource
	lbs        []IVpcEndpointServiceLoadBalancer
	acceptance bool
	insights   *bool
	principals []awsiam.ArnPrincipal
	res        CfnVPCEndpointService
	name       *string
}

func (v *vpcEndpointService) AcceptanceRequired() *bool         { return boolp(v.acceptance) }
func (v *vpcEndpointService) ContributorInsightsEnabled() *bool { return v.insights }
func (v *vpcEndpointService) VpcEndpointServiceId() *string     { return v.res.Ref() }
func (v *vpcEndpointService) VpcEndpointServiceName() *string   { return v.name }
func (v *vpcEndpointService) AllowedPrincipals() *[]awsiam.ArnPrincipal {
	out := append([]awsiam.ArnPrincipal{}, v.principals...)
	return &out
}
func (v *vpcEndpointService) VpcEndpointServiceLoadBalancers() *[]IVpcEndpointServiceLoadBalancer {
	out := append([]IVpcEndpointServiceLoadBalancer{}, v.lbs...)
	return &out
}
func (v *vpcEndpointService) VpcEndpointServiceRef() *interfacesawsec2.VPCEndpointServiceReference {
	return v.res.VpcEndpointServiceRef()
}

// vpceServiceNamePrefix is the region-info fact aws-cdk-lib reads for the
// service name; other regions use the default prefix.
var vpceServiceNamePrefix = map[string]string{
	"cn-north-1": "cn.com.amazonaws.vpce", "cn-northwest-1": "cn.com.amazonaws.vpce",
	"eu-isoe-west-1": "uk.adc-e.cloud.vpce", "eusc-de-east-1": "eu.amazonaws.vpce",
	"us-iso-east-1": "gov.ic.c2s.vpce", "us-iso-west-1": "gov.ic.c2s.vpce",
	"us-isob-east-1": "gov.sgov.sc2s.vpce", "us-isob-west-1": "gov.sgov.sc2s.vpce",
	"us-isof-east-1": "gov.ic.hci.csp.vpce", "us-isof-south-1": "gov.ic.hci.csp.vpce",
}

// NewVpcEndpointService creates an endpoint service for the load balancers.
func NewVpcEndpointService(scope constructs.Construct, id *string, props *VpcEndpointServiceProps) VpcEndpointService {
	props = l2.Inject(*VpcEndpointService_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &VpcEndpointServiceProps{}
	}
	v := &vpcEndpointService{}
	v.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(v.Resource, v)
	if props.VpcEndpointServiceLoadBalancers == nil || len(*props.VpcEndpointServiceLoadBalancers) == 0 {
		throw(v, "VPC Endpoint Service must have at least one load balancer specified.")
	}
	v.lbs = *props.VpcEndpointServiceLoadBalancers
	v.acceptance = props.AcceptanceRequired == nil || *props.AcceptanceRequired
	v.insights = props.ContributorInsights
	if props.AllowedPrincipals != nil {
		v.principals = *props.AllowedPrincipals
	}
	arns := make([]interface{}, len(v.lbs))
	for i, lb := range v.lbs {
		arns[i] = lb.LoadBalancerArn()
	}
	var types *[]*string
	if props.SupportedIpAddressTypes != nil {
		list := make([]*string, len(*props.SupportedIpAddressTypes))
		for i, t := range *props.SupportedIpAddressTypes {
			list[i] = str(map[IpAddressType]string{IpAddressType_IPV4: "ipv4", IpAddressType_IPV6: "ipv6"}[t])
		}
		types = &list
	}
	cp := &CfnVPCEndpointServiceProps{NetworkLoadBalancerArns: &arns, AcceptanceRequired: v.acceptance,
		SupportedIpAddressTypes: types, SupportedRegions: props.AllowedRegions}
	if v.insights != nil {
		cp.ContributorInsightsEnabled = *v.insights
	}
	// aws-cdk-lib gives the L1 the L2's own id.
	v.res = NewCfnVPCEndpointService(v, id, cp)
	prefix := "com.amazonaws.vpce"
	if region := awscdk.Stack_Of(v).Region(); !isUnresolved(region) {
		if p, ok := vpceServiceNamePrefix[deref(region)]; ok {
			prefix = p
		}
	}
	v.name = awscdk.Fn_Join(str("."), &[]*string{str(prefix), awscdk.Aws_REGION(), v.res.Ref()})
	if len(v.principals) > 0 {
		arnList := make([]*string, len(v.principals))
		for i, p := range v.principals {
			arnList[i] = p.Arn()
		}
		NewCfnVPCEndpointServicePermissions(v, str("Permissions"), &CfnVPCEndpointServicePermissionsProps{ServiceId: v.res.Ref(), AllowedPrincipals: &arnList})
	}
	return v
}

// NewVpcEndpointService_Override initialises v, a type embedding VpcEndpointService.
func NewVpcEndpointService_Override(v VpcEndpointService, scope constructs.Construct, id *string, props *VpcEndpointServiceProps) {
	l2.Override(v, NewVpcEndpointService(scope, id, props))
}

// VpcEndpointService_DEFAULT_PREFIX is the service name prefix of most regions.
func VpcEndpointService_DEFAULT_PREFIX() *string { return jsii.String("com.amazonaws.vpce") }

// VpcEndpointService_PROPERTY_INJECTION_ID identifies the class to property injectors.
func VpcEndpointService_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ec2.VpcEndpointService")
}

// VpcEndpointService_IsConstruct reports whether x is a construct.
func VpcEndpointService_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// VpcEndpointService_IsResource reports whether c is a Resource.
func VpcEndpointService_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// VpcEndpointService_IsOwnedResource reports whether c is a Resource this app created.
func VpcEndpointService_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
