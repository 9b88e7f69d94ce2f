package awsec2

import "github.com/strata-cdk/strata/internal/diag"

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
