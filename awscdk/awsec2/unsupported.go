package awsec2

import (
	"github.com/strata-cdk/strata/constructs"
)

// Types the IVpc interface names whose constructs Strata does not build
// yet: the methods that would create them report a clear error.

// IIpv6Addresses plans the IPv6 addresses of a dual-stack VPC (not supported by Strata yet).
type IIpv6Addresses interface {
	AllocateSubnetsIpv6Cidr(input *AllocateIpv6CidrRequest) *SubnetIpamOptions
	AllocateVpcIpv6Cidr(input *AllocateVpcIpv6CidrRequest) CfnVPCCidrBlock
	CreateIpv6CidrBlocks(input *CreateIpv6CidrBlocksRequest) *[]*string
	AmazonProvided() *bool
	SetAmazonProvided(a *bool)
}

type AllocateIpv6CidrRequest struct {
	AllocatedSubnets *[]*AllocatedSubnet `field:"required" json:"allocatedSubnets" yaml:"allocatedSubnets"`
	Ipv6Cidrs        *[]*string          `field:"required" json:"ipv6Cidrs" yaml:"ipv6Cidrs"`
}

type AllocateVpcIpv6CidrRequest struct {
	Scope constructs.Construct `field:"required" json:"scope" yaml:"scope"`
	VpcId *string              `field:"required" json:"vpcId" yaml:"vpcId"`
}

type CreateIpv6CidrBlocksRequest struct {
	Ipv6SelectedCidr *string  `field:"required" json:"ipv6SelectedCidr" yaml:"ipv6SelectedCidr"`
	SubnetCount      *float64 `field:"required" json:"subnetCount" yaml:"subnetCount"`
	SizeMask         *string  `field:"optional" json:"sizeMask" yaml:"sizeMask"`
}
