package awsec2

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// CIDR planning, as aws-cdk-lib's NetworkBuilder does it: subnets are cut
// from the VPC range in request order, each aligned up to its own size, and
// subnets without a mask share what is left equally. Planning errors are
// returned, not thrown, so the Vpc can report them with its path.

type cidrError struct{ msg string }

func (e *cidrError) Error() string { return e.msg }

func invalidCidrRange(cidr string) error {
	return &cidrError{cidr + " is not a valid VPC CIDR range. VPCs must be between /16 and /28 and the minimum subnet size is /28."}
}

func validIP(ip string) bool {
	parts := strings.Split(ip, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		n, err := strconv.Atoi(leadingDigits(p))
		if err != nil || n < 0 || n > 255 {
			return false
		}
	}
	return true
}

// leadingDigits mimics parseInt's tolerance of trailing garbage.
func leadingDigits(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i]
}

func ipToNum(ip string) (int64, error) {
	if !validIP(ip) {
		return 0, &cidrError{ip + " is not valid"}
	}
	var n int64
	for _, p := range strings.Split(ip, ".") {
		v, _ := strconv.Atoi(leadingDigits(p))
		n = n*256 + int64(v)
	}
	return n, nil
}

func numToIP(n int64) string {
	return fmt.Sprintf("%d.%d.%d.%d", n>>24&255, n>>16&255, n>>8&255, n&255)
}

// cidrBlock is an aligned IPv4 block.
type cidrBlock struct {
	mask    int
	netAddr int64 // the last address of the block the seed falls into, before alignment
}

func netsize(mask int) int64 { return int64(1) << uint(32-mask) }

func parseCidrBlock(cidr string) (cidrBlock, error) {
	ip, m, _ := strings.Cut(cidr, "/")
	mask, err := strconv.Atoi(leadingDigits(m))
	if err != nil {
		return cidrBlock{}, &cidrError{cidr + " is not valid"}
	}
	n, err := ipToNum(ip)
	if err != nil {
		return cidrBlock{}, err
	}
	return cidrBlock{mask: mask, netAddr: n + netsize(mask) - 1}, nil
}

// blockAt is the first block of the given mask that starts at or after addr.
func blockAt(addr int64, mask int) cidrBlock {
	return cidrBlock{mask: mask, netAddr: addr + netsize(mask) - 1}
}

func (c cidrBlock) minAddress() int64 { return c.netAddr - c.netAddr%netsize(c.mask) }
func (c cidrBlock) maxAddress() int64 { return c.minAddress() + netsize(c.mask) - 1 }
func (c cidrBlock) String() string    { return numToIP(c.minAddress()) + "/" + strconv.Itoa(c.mask) }
func (c cidrBlock) next() cidrBlock   { return blockAt(c.maxAddress()+1, c.mask) }

type networkBuilder struct {
	network cidrBlock
	nextIP  int64
}

func newNetworkBuilder(cidr string) (*networkBuilder, error) {
	b, err := parseCidrBlock(cidr)
	if err != nil {
		return nil, err
	}
	return &networkBuilder{network: b, nextIP: b.minAddress()}, nil
}

func (n *networkBuilder) addSubnet(mask int) (string, error) {
	if mask < 16 || mask > 28 {
		m := strconv.Itoa(mask)
		if mask == math.MaxInt32 {
			m = "Infinity"
		}
		return "", invalidCidrRange("x.x.x.x/" + m)
	}
	if n.network.maxAddress() < n.nextIP+netsize(mask)-1 {
		return "", &cidrError{fmt.Sprintf("1 of /%d exceeds remaining space of %s", mask, n.network)}
	}
	b := blockAt(n.nextIP, mask)
	n.nextIP = b.next().minAddress()
	return b.String(), nil
}

// maskForRemaining is the largest mask that fits count more subnets.
func (n *networkBuilder) maskForRemaining(count int) int {
	remaining := n.network.maxAddress() - n.nextIP + 1
	per := remaining / int64(count)
	if per <= 0 {
		return math.MaxInt32 // aws-cdk-lib gets Infinity here; addSubnet rejects it
	}
	return 32 - int(math.Floor(math.Log2(float64(per))))
}

// planSubnets gives each requested mask (0 = share the rest) its CIDR.
func planSubnets(nb *networkBuilder, masks []int) ([]string, error) {
	var err error
	out := make([]string, len(masks))
	var rest []int
	for i, m := range masks {
		if m == 0 {
			rest = append(rest, i)
			continue
		}
		if out[i], err = nb.addSubnet(m); err != nil {
			return nil, err
		}
	}
	if len(rest) > 0 {
		mask := nb.maskForRemaining(len(rest))
		for _, i := range rest {
			if out[i], err = nb.addSubnet(mask); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}
