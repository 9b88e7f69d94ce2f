package awsec2

import "github.com/strata-cdk/strata/internal/diag"

// SubnetFilter narrows a selection of subnets.
type SubnetFilter interface {
	// Returns the subnets that pass the filter.
	SelectSubnets(_subnets *[]ISubnet) *[]ISubnet
}

type subnetFilter func([]ISubnet) []ISubnet

func (f subnetFilter) SelectSubnets(subnets *[]ISubnet) *[]ISubnet {
	var in []ISubnet
	if subnets != nil {
		in = *subnets
	}
	out := f(in)
	if out == nil {
		out = []ISubnet{}
	}
	return &out
}

func keep(subnets []ISubnet, ok func(ISubnet) bool) []ISubnet {
	out := []ISubnet{}
	for _, s := range subnets {
		if ok(s) {
			out = append(out, s)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// SubnetFilter_ByIds keeps the subnets with these ids.
func SubnetFilter_ByIds(subnetIds *[]*string) SubnetFilter {
	ids := strs(subnetIds)
	return subnetFilter(func(in []ISubnet) []ISubnet {
		return keep(in, func(s ISubnet) bool { return contains(ids, deref(s.SubnetId())) })
	})
}

// SubnetFilter_AvailabilityZones keeps the subnets in these zones.
func SubnetFilter_AvailabilityZones(availabilityZones *[]*string) SubnetFilter {
	azs := strs(availabilityZones)
	return subnetFilter(func(in []ISubnet) []ISubnet {
		return keep(in, func(s ISubnet) bool { return contains(azs, deref(s.AvailabilityZone())) })
	})
}

// SubnetFilter_OnePerAz keeps the first subnet of each zone.
func SubnetFilter_OnePerAz() SubnetFilter {
	return subnetFilter(func(in []ISubnet) []ISubnet {
		seen := map[string]bool{}
		return keep(in, func(s ISubnet) bool {
			az := deref(s.AvailabilityZone())
			if seen[az] {
				return false
			}
			seen[az] = true
			return true
		})
	})
}

func mustCidr(c string) cidrBlock {
	b, err := parseCidrBlock(c)
	if err != nil {
		diag.Panic("", "%s", err)
	}
	return b
}

func (c cidrBlock) containsBlock(o cidrBlock) bool {
	return c.maxAddress() >= o.maxAddress() && c.minAddress() <= o.minAddress()
}

// SubnetFilter_ContainsIpAddresses keeps the subnets holding any of these addresses.
func SubnetFilter_ContainsIpAddresses(ipv4addrs *[]*string) SubnetFilter {
	ips := strs(ipv4addrs)
	return subnetFilter(func(in []ISubnet) []ISubnet {
		var blocks []cidrBlock
		for _, ip := range ips {
			n, err := ipToNum(ip)
			if err != nil {
				diag.Panic("", "%s", err)
			}
			blocks = append(blocks, blockAt(n, 32))
		}
		return keep(in, func(s ISubnet) bool {
			sb := mustCidr(deref(s.Ipv4CidrBlock()))
			for _, b := range blocks {
				if sb.containsBlock(b) {
					return true
				}
			}
			return false
		})
	})
}

// SubnetFilter_ByCidrMask keeps the subnets with this netmask.
func SubnetFilter_ByCidrMask(mask *float64) SubnetFilter {
	return subnetFilter(func(in []ISubnet) []ISubnet {
		return keep(in, func(s ISubnet) bool {
			return mask != nil && float64(mustCidr(deref(s.Ipv4CidrBlock())).mask) == *mask
		})
	})
}

// SubnetFilter_ByCidrRanges keeps the subnets inside any of these ranges.
func SubnetFilter_ByCidrRanges(cidrs *[]*string) SubnetFilter {
	ranges := strs(cidrs)
	return subnetFilter(func(in []ISubnet) []ISubnet {
		var blocks []cidrBlock
		for _, c := range ranges {
			blocks = append(blocks, mustCidr(c))
		}
		return keep(in, func(s ISubnet) bool {
			sb := mustCidr(deref(s.Ipv4CidrBlock()))
			for _, b := range blocks {
				if b.containsBlock(sb) {
					return true
				}
			}
			return false
		})
	})
}
