package awsec2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
)

// IIpv6Addresses plans the IPv6 addresses of a dual-stack VPC.
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

// Ipv6Addresses holds the IPv6 planners of a dual-stack VPC.
type Ipv6Addresses interface{}

// amazonProvided gives the VPC an Amazon-provided /56 and each subnet a /64 of it.
type amazonProvided struct{ amazon bool }

// Ipv6Addresses_AmazonProvided asks AWS for the VPC's IPv6 block (the default).
func Ipv6Addresses_AmazonProvided() IIpv6Addresses { return &amazonProvided{amazon: true} }

func (a *amazonProvided) AmazonProvided() *bool     { return boolp(a.amazon) }
func (a *amazonProvided) SetAmazonProvided(b *bool) { a.amazon = truthy(b) }

func (a *amazonProvided) AllocateVpcIpv6Cidr(input *AllocateVpcIpv6CidrRequest) CfnVPCCidrBlock {
	return NewCfnVPCCidrBlock(input.Scope, str("ipv6cidr"), &CfnVPCCidrBlockProps{VpcId: input.VpcId, AmazonProvidedIpv6CidrBlock: a.amazon})
}

func (a *amazonProvided) CreateIpv6CidrBlocks(input *CreateIpv6CidrBlocksRequest) *[]*string {
	mask := input.SizeMask
	if mask == nil {
		mask = str("64")
	}
	return awscdk.Fn_Cidr(input.Ipv6SelectedCidr, input.SubnetCount, mask)
}

func (a *amazonProvided) AllocateSubnetsIpv6Cidr(input *AllocateIpv6CidrRequest) *SubnetIpamOptions {
	var out []*AllocatedSubnet
	if input.AllocatedSubnets != nil {
		for i, s := range *input.AllocatedSubnets {
			out = append(out, &AllocatedSubnet{Cidr: s.Cidr, Ipv6Cidr: awscdk.Fn_Select(num(float64(i)), input.Ipv6Cidrs)})
		}
	}
	return &SubnetIpamOptions{AllocatedSubnets: &out}
}
