package awsec2

import (
	"regexp"

	"github.com/strata-cdk/strata/internal/diag"
)

// Peer makes IPeer values: CIDR ranges, prefix lists and security group ids.
type Peer interface{}

// NewPeer exists for aws-cdk-go compatibility; use the Peer_* functions.
func NewPeer() Peer { return struct{}{} }

var (
	ipv4CIDR = regexp.MustCompile(`^(\d{1,3}\.){3}\d{1,3}(/\d+)?$`)
	ipv6CIDR = regexp.MustCompile(`^([\da-f]{0,4}:){2,7}([\da-f]{0,4})?(/\d+)?$`)
	sgID     = regexp.MustCompile(`^sg-[a-z0-9]{8,17}$`)
	account  = regexp.MustCompile(`^[0-9]{12}$`)
)

// peer is a rule target that is not a security group construct.
type peer struct {
	uniqueID string
	inline   bool
	ingress  IngressRuleConfig
	egress   EgressRuleConfig
	conns    Connections
}

func newPeer(uid string, inline bool, in IngressRuleConfig, eg EgressRuleConfig) *peer {
	p := &peer{uniqueID: uid, inline: inline, ingress: in, egress: eg}
	p.conns = NewConnections(&ConnectionsProps{Peer: p})
	return p
}

func (p *peer) Connections() Connections { return p.conns }
func (p *peer) ToEgressRuleConfig() *EgressRuleConfig {
	c := p.egress
	return &c
}
func (p *peer) ToIngressRuleConfig() *IngressRuleConfig {
	c := p.ingress
	return &c
}
func (p *peer) CanInlineRule() *bool { return boolp(p.inline) }
func (p *peer) UniqueId() *string    { return str(p.uniqueID) }

// Peer_Ipv4 is an IPv4 CIDR range ("10.0.0.0/16").
func Peer_Ipv4(cidrIp *string) IPeer {
	c := deref(cidrIp)
	if !isUnresolved(cidrIp) {
		m := ipv4CIDR.FindStringSubmatch(c)
		if m == nil {
			diag.Panic("", "Invalid IPv4 CIDR: %q", c)
		}
		if m[2] == "" {
			diag.Panic("", "CIDR mask is missing in IPv4: %q. Did you mean \"%s/32\"?", c, c)
		}
	}
	return newPeer(c, true, IngressRuleConfig{CidrIp: str(c)}, EgressRuleConfig{CidrIp: str(c)})
}

// Peer_AnyIpv4 is every IPv4 address.
func Peer_AnyIpv4() IPeer { return Peer_Ipv4(str("0.0.0.0/0")) }

// Peer_Ipv6 is an IPv6 CIDR range.
func Peer_Ipv6(cidrIp *string) IPeer {
	c := deref(cidrIp)
	if !isUnresolved(cidrIp) {
		m := ipv6CIDR.FindStringSubmatch(c)
		if m == nil {
			diag.Panic("", "Invalid IPv6 CIDR: %q", c)
		}
		if m[3] == "" {
			diag.Panic("", "CIDR mask is missing in IPv6: %q. Did you mean \"%s/128\"?", c, c)
		}
	}
	return newPeer(c, true, IngressRuleConfig{CidrIpv6: str(c)}, EgressRuleConfig{CidrIpv6: str(c)})
}

// Peer_AnyIpv6 is every IPv6 address.
func Peer_AnyIpv6() IPeer { return Peer_Ipv6(str("::/0")) }

// Peer_PrefixList is a managed prefix list.
func Peer_PrefixList(prefixListId *string) IPeer {
	id := deref(prefixListId)
	return newPeer(id, false, IngressRuleConfig{SourcePrefixListId: str(id)}, EgressRuleConfig{DestinationPrefixListId: str(id)})
}

// Peer_SecurityGroupId is a security group by id, optionally of another account.
func Peer_SecurityGroupId(securityGroupId *string, sourceSecurityGroupOwnerId *string) IPeer {
	id := deref(securityGroupId)
	if !isUnresolved(securityGroupId) && !sgID.MatchString(id) {
		diag.Panic("", "Invalid security group ID: %q", id)
	}
	owner := deref(sourceSecurityGroupOwnerId)
	if owner != "" && !isUnresolved(sourceSecurityGroupOwnerId) && !account.MatchString(owner) {
		diag.Panic("", "Invalid security group owner ID: %q", owner)
	}
	in := IngressRuleConfig{SourceSecurityGroupId: str(id)}
	if owner != "" {
		in.SourceSecurityGroupOwnerId = str(owner)
	}
	return newPeer(id, true, in, EgressRuleConfig{DestinationSecurityGroupId: str(id)})
}
