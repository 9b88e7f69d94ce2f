package awsec2

import (
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/diag"
)

// AllocateCidrRequest is what a Vpc asks its IIpAddresses for: a CIDR for
// each requested subnet.
type AllocateCidrRequest struct {
	RequestedSubnets *[]*RequestedSubnet `field:"required" json:"requestedSubnets" yaml:"requestedSubnets"`
	VpcCidr          *string             `field:"required" json:"vpcCidr" yaml:"vpcCidr"`
}

// RequestedSubnet is one subnet a Vpc wants.
type RequestedSubnet struct {
	AvailabilityZone  *string              `field:"required" json:"availabilityZone" yaml:"availabilityZone"`
	Configuration     *SubnetConfiguration `field:"required" json:"configuration" yaml:"configuration"`
	SubnetConstructId *string              `field:"required" json:"subnetConstructId" yaml:"subnetConstructId"`
}

// AllocatedSubnet is the CIDR given to one requested subnet.
type AllocatedSubnet struct {
	Cidr     *string `field:"required" json:"cidr" yaml:"cidr"`
	Ipv6Cidr *string `field:"optional" json:"ipv6Cidr" yaml:"ipv6Cidr"`
}

// SubnetIpamOptions are the CIDRs of the requested subnets, in request order.
type SubnetIpamOptions struct {
	AllocatedSubnets *[]*AllocatedSubnet `field:"required" json:"allocatedSubnets" yaml:"allocatedSubnets"`
}

// VpcIpamOptions say how the VPC gets its CIDR.
type VpcIpamOptions struct {
	CidrBlock         *string  `field:"optional" json:"cidrBlock" yaml:"cidrBlock"`
	Ipv4IpamPoolId    *string  `field:"optional" json:"ipv4IpamPoolId" yaml:"ipv4IpamPoolId"`
	Ipv4NetmaskLength *float64 `field:"optional" json:"ipv4NetmaskLength" yaml:"ipv4NetmaskLength"`
}

// IIpAddresses plans the IPv4 addresses of a VPC and its subnets.
type IIpAddresses interface {
	AllocateSubnetsCidr(input *AllocateCidrRequest) *SubnetIpamOptions
	AllocateVpcCidr() *VpcIpamOptions
}

// IpAddresses makes IIpAddresses values.
type IpAddresses interface{}

// cidrAddresses cuts subnets from a fixed block; like aws-cdk-lib's, it
// remembers what it handed out, so two VPCs sharing one continue where the
// other stopped.
type cidrAddresses struct {
	cidr string
	nb   *networkBuilder
}

func newCidrAddresses(cidr string) (*cidrAddresses, error) {
	nb, err := newNetworkBuilder(cidr)
	if err != nil {
		return nil, err
	}
	return &cidrAddresses{cidr: cidr, nb: nb}, nil
}

// IpAddresses_Cidr plans the VPC's addresses from a fixed CIDR block,
// cutting subnets from it as aws-cdk-lib does.
func IpAddresses_Cidr(cidrBlock *string) IIpAddresses {
	if isUnresolved(cidrBlock) {
		diag.Panic("", "'cidr' property must be a concrete CIDR string, got a Token (we need to parse it for automatic subdivision)")
	}
	c, err := newCidrAddresses(deref(cidrBlock))
	if err != nil {
		diag.Panic("", "%s", err)
	}
	return c
}

func (c *cidrAddresses) AllocateVpcCidr() *VpcIpamOptions {
	return &VpcIpamOptions{CidrBlock: str(c.nb.network.String())}
}

func (c *cidrAddresses) AllocateSubnetsCidr(input *AllocateCidrRequest) *SubnetIpamOptions {
	out, err := c.plan(input)
	if err != nil {
		diag.Panic("", "%s", err)
	}
	return out
}

func (c *cidrAddresses) plan(input *AllocateCidrRequest) (*SubnetIpamOptions, error) {
	var masks []int
	if input != nil && input.RequestedSubnets != nil {
		for _, r := range *input.RequestedSubnets {
			m := 0
			if r != nil && r.Configuration != nil && r.Configuration.CidrMask != nil {
				m = int(*r.Configuration.CidrMask)
			}
			masks = append(masks, m)
		}
	}
	cidrs, err := planSubnets(c.nb, masks)
	if err != nil {
		return nil, err
	}
	subs := make([]*AllocatedSubnet, len(cidrs))
	for i := range cidrs {
		subs[i] = &AllocatedSubnet{Cidr: str(cidrs[i])}
	}
	return &SubnetIpamOptions{AllocatedSubnets: &subs}, nil
}

// AwsIpamProps configure IpAddresses_AwsIpamAllocation.
type AwsIpamProps struct {
	// The IPAM pool the VPC's CIDR is allocated from.
	Ipv4IpamPoolId *string `field:"required" json:"ipv4IpamPoolId" yaml:"ipv4IpamPoolId"`
	// The VPC's netmask.
	Ipv4NetmaskLength *float64 `field:"required" json:"ipv4NetmaskLength" yaml:"ipv4NetmaskLength"`
	// The netmask of subnets without a CidrMask.
	DefaultSubnetIpv4NetmaskLength *float64 `field:"optional" json:"defaultSubnetIpv4NetmaskLength" yaml:"defaultSubnetIpv4NetmaskLength"`
}

type awsIpam struct{ props AwsIpamProps }

// IpAddresses_AwsIpamAllocation allocates the VPC's CIDR from an IPAM
// pool at deploy time; subnets are cut from it with Fn::Cidr.
func IpAddresses_AwsIpamAllocation(props *AwsIpamProps) IIpAddresses {
	a := &awsIpam{}
	if props != nil {
		a.props = *props
	}
	return a
}

func (a *awsIpam) AllocateVpcCidr() *VpcIpamOptions {
	return &VpcIpamOptions{Ipv4NetmaskLength: a.props.Ipv4NetmaskLength, Ipv4IpamPoolId: a.props.Ipv4IpamPoolId}
}

// cidrSplit is subnet index of count subnets of a netmask in a block.
type cidrSplit struct{ count, netmask, index int }

func (a *awsIpam) AllocateSubnetsCidr(input *AllocateCidrRequest) *SubnetIpamOptions {
	out, err := a.plan(input)
	if err != nil {
		throwUnscoped(err.Error())
	}
	return out
}

// plan returns its errors so that a Vpc reports them with its path.
func (a *awsIpam) plan(input *AllocateCidrRequest) (*SubnetIpamOptions, error) {
	var masks []int
	if input != nil && input.RequestedSubnets != nil {
		for _, r := range *input.RequestedSubnets {
			m := r.Configuration.CidrMask
			if m == nil {
				if a.props.DefaultSubnetIpv4NetmaskLength == nil {
					return nil, &cidrError{"If you have not set a cidr for all subnets in this case you must set a defaultCidrMask in AwsIpam Options"}
				}
				m = a.props.DefaultSubnetIpv4NetmaskLength
			}
			masks = append(masks, int(*m))
		}
	}
	root := 0
	if a.props.Ipv4NetmaskLength != nil {
		root = int(*a.props.Ipv4NetmaskLength)
	}
	var out []*AllocatedSubnet
	offset := int64(0)
	for _, m := range masks {
		size := int64(1) << uint(32-m)
		offset = (offset + size - 1) / size * size
		out = append(out, &AllocatedSubnet{Cidr: cidrSplitExpression(input.VpcCidr, cidrSplit{count: 1 << uint(m-root), netmask: m, index: int(offset / size)})})
		offset += size
	}
	if offset > int64(1)<<uint(32-root) {
		var names []string
		for _, m := range masks {
			names = append(names, "/"+strconv.Itoa(m))
		}
		return nil, &cidrError{"IP space of size /" + strconv.Itoa(root) + " not big enough to allocate subnets of sizes " + strings.Join(names, ",")}
	}
	return &SubnetIpamOptions{AllocatedSubnets: &out}, nil
}

// cidrSplitExpression is the CloudFormation expression of one split:
// Fn::Select over Fn::Cidr, nested when a block holds over 256 subnets.
func cidrSplitExpression(parent *string, s cidrSplit) *string {
	if s.count == 1 {
		return parent
	}
	if s.count <= 256 {
		return awscdk.Fn_Select(num(float64(s.index)), awscdk.Fn_Cidr(parent, num(float64(s.count)), str(strconv.Itoa(32-s.netmask))))
	}
	if s.netmask-8 < 1 {
		throwUnscoped("Cannot split an IP range into " + strconv.Itoa(s.count) + " /" + strconv.Itoa(s.netmask) + "s")
	}
	up := cidrSplit{netmask: s.netmask - 8, count: (s.count + 255) / 256, index: s.index / 256}
	return cidrSplitExpression(cidrSplitExpression(parent, up), cidrSplit{netmask: s.netmask, count: 256, index: s.index - up.index*256})
}
