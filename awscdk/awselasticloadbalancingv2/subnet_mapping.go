package awselasticloadbalancingv2

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// SubnetMapping places a Network Load Balancer in a subnet with a fixed
// address: an Elastic IP (internet-facing), a private IPv4 address
// (internal), an IPv6 address or a source NAT IPv6 prefix.
type SubnetMapping struct {
	// The subnet.
	Subnet awsec2.ISubnet `field:"required" json:"subnet" yaml:"subnet"`
	// The allocation id of an Elastic IP, for an internet-facing load balancer.
	AllocationId *string `field:"optional" json:"allocationId" yaml:"allocationId"`
	// The IPv6 address.
	Ipv6Address *string `field:"optional" json:"ipv6Address" yaml:"ipv6Address"`
	// The private IPv4 address, for an internal load balancer.
	PrivateIpv4Address *string `field:"optional" json:"privateIpv4Address" yaml:"privateIpv4Address"`
	// The IPv6 prefix for source NAT (needs EnablePrefixForIpv6SourceNat).
	SourceNatIpv6Prefix SourceNatIpv6Prefix `field:"optional" json:"sourceNatIpv6Prefix" yaml:"sourceNatIpv6Prefix"`
}

// SourceNatIpv6Prefix is the IPv6 prefix a Network Load Balancer uses for
// source NAT in one subnet.
type SourceNatIpv6Prefix interface {
	Prefix() *string
}

type sourceNatIpv6Prefix struct{ prefix *string }

func (p *sourceNatIpv6Prefix) Prefix() *string { return p.prefix }

// NewSourceNatIpv6Prefix is the prefix written as given, unchecked.
func NewSourceNatIpv6Prefix(prefix *string) SourceNatIpv6Prefix {
	return &sourceNatIpv6Prefix{prefix: prefix}
}

// NewSourceNatIpv6Prefix_Override makes s, a pointer to a struct embedding
// SourceNatIpv6Prefix, a new SourceNatIpv6Prefix (jsii's way of extending a class).
func NewSourceNatIpv6Prefix_Override(s SourceNatIpv6Prefix, prefix *string) {
	l2.Override[SourceNatIpv6Prefix](s, NewSourceNatIpv6Prefix(prefix))
}

// SourceNatIpv6Prefix_AutoAssigned lets the service pick the prefix.
func SourceNatIpv6Prefix_AutoAssigned() SourceNatIpv6Prefix {
	return NewSourceNatIpv6Prefix(jsii.String("auto_assigned"))
}

// SourceNatIpv6Prefix_FromIpv6Prefix is a /80 IPv6 prefix such as 2001:db8::/80.
func SourceNatIpv6Prefix_FromIpv6Prefix(prefix *string) SourceNatIpv6Prefix {
	p := deref(prefix)
	if !strings.Contains(p, "/") {
		diag.Panic("", "IPv6 prefix must include netmask (e.g. 2001:db8::/80), got %s", p)
	}
	if mask := strings.Split(p, "/")[1]; mask != "80" {
		diag.Panic("", "IPv6 prefix must have a /80 netmask, got %s", mask)
	}
	return NewSourceNatIpv6Prefix(prefix)
}

// renderSubnetMappings is the SubnetMappings property of the load balancer.
func renderSubnetMappings(mappings []*SubnetMapping) []interface{} {
	out := []interface{}{}
	for _, m := range mappings {
		p := &CfnLoadBalancer_SubnetMappingProperty{SubnetId: m.Subnet.SubnetId(), AllocationId: m.AllocationId,
			PrivateIPv4Address: m.PrivateIpv4Address, IPv6Address: m.Ipv6Address}
		if m.SourceNatIpv6Prefix != nil {
			p.SourceNatIpv6Prefix = m.SourceNatIpv6Prefix.Prefix()
		}
		out = append(out, p)
	}
	return out
}
