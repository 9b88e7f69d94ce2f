package awsec2

import "strconv"

// PortProps describe a Port.
type PortProps struct {
	// The protocol.
	Protocol Protocol `field:"required" json:"protocol" yaml:"protocol"`
	// How the port appears in rule ids and descriptions.
	StringRepresentation *string `field:"required" json:"stringRepresentation" yaml:"stringRepresentation"`
	// The first port (or ICMP type). Default: none (all traffic).
	FromPort *float64 `field:"optional" json:"fromPort" yaml:"fromPort"`
	// The last port (or ICMP code). Default: FromPort.
	ToPort *float64 `field:"optional" json:"toPort" yaml:"toPort"`
}

// Port is the protocol and port range of a security group rule.
type Port interface {
	// Whether rules with this port can be written inline (no tokens).
	CanInlineRule() *bool
	// The protocol and port fields of a rule.
	ToRuleJson() interface{}
	// The port as it appears in rule ids and descriptions.
	ToString() *string
}

type port struct{ props PortProps }

// NewPort creates a port from its parts.
func NewPort(props *PortProps) Port {
	if props == nil {
		props = &PortProps{}
	}
	return &port{props: *props}
}

func (p *port) CanInlineRule() *bool {
	return boolp(!isUnresolved(p.props.FromPort) && !isUnresolved(p.props.ToPort))
}

// ruleFields is the protocol and port range in CloudFormation's terms.
type ruleFields struct {
	ipProtocol       string
	fromPort, toPort *float64
}

func (p *port) fields() ruleFields {
	proto, ok := protocolNumber[p.props.Protocol]
	if !ok {
		proto = string(p.props.Protocol)
	}
	if proto == "84_" { // IPTM shares protocol number 84 with TTP
		proto = "84"
	}
	return ruleFields{ipProtocol: proto, fromPort: p.props.FromPort, toPort: p.props.ToPort}
}

func (p *port) ToRuleJson() interface{} {
	f := p.fields()
	m := map[string]interface{}{"ipProtocol": f.ipProtocol}
	if f.fromPort != nil {
		m["fromPort"] = *f.fromPort
	}
	if f.toPort != nil {
		m["toPort"] = *f.toPort
	}
	return m
}

func (p *port) ToString() *string { return str(deref(p.props.StringRepresentation)) }

func renderPort(n *float64) string {
	if n == nil {
		return "undefined"
	}
	if isUnresolved(n) {
		return "{IndirectPort}"
	}
	return strconv.FormatFloat(*n, 'f', -1, 64)
}

func newPort(proto Protocol, from, to *float64, repr string) Port {
	return &port{props: PortProps{Protocol: proto, FromPort: from, ToPort: to, StringRepresentation: &repr}}
}

// Port_Tcp is one TCP port.
func Port_Tcp(port *float64) Port { return newPort(Protocol_TCP, port, port, renderPort(port)) }

// Port_TcpRange is a range of TCP ports.
func Port_TcpRange(startPort *float64, endPort *float64) Port {
	return newPort(Protocol_TCP, startPort, endPort, renderPort(startPort)+"-"+renderPort(endPort))
}

// Port_AllTcp is every TCP port.
func Port_AllTcp() Port { return newPort(Protocol_TCP, num(0), num(65535), "ALL PORTS") }

// Port_Udp is one UDP port.
func Port_Udp(port *float64) Port { return newPort(Protocol_UDP, port, port, "UDP "+renderPort(port)) }

// Port_UdpRange is a range of UDP ports.
func Port_UdpRange(startPort *float64, endPort *float64) Port {
	return newPort(Protocol_UDP, startPort, endPort, "UDP "+renderPort(startPort)+"-"+renderPort(endPort))
}

// Port_AllUdp is every UDP port.
func Port_AllUdp() Port { return newPort(Protocol_UDP, num(0), num(65535), "UDP ALL PORTS") }

// Port_IcmpTypeAndCode is one ICMP type and code.
func Port_IcmpTypeAndCode(type_ *float64, code *float64) Port {
	return newPort(Protocol_ICMP, type_, code, "ICMP Type "+renderPort(type_)+" Code "+renderPort(code))
}

// Port_IcmpType is every code of one ICMP type.
func Port_IcmpType(type_ *float64) Port {
	return newPort(Protocol_ICMP, type_, num(-1), "ICMP Type "+renderPort(type_))
}

// Port_IcmpPing is ICMP echo requests (type 8).
func Port_IcmpPing() Port { return Port_IcmpType(num(8)) }

// Port_AllIcmp is all ICMP traffic.
func Port_AllIcmp() Port { return newPort(Protocol_ICMP, num(-1), num(-1), "ALL ICMP") }

// Port_AllIcmpV6 is all ICMPv6 traffic.
func Port_AllIcmpV6() Port { return newPort(Protocol_ICMPV6, num(-1), num(-1), "ALL ICMPv6") }

// Port_AllTraffic is all traffic of every protocol.
func Port_AllTraffic() Port { return newPort(Protocol_ALL, nil, nil, "ALL TRAFFIC") }

// Port_Esp is IPsec ESP (protocol 50).
func Port_Esp() Port { return newPort(Protocol_ESP, num(50), num(50), "ESP 50") }

// Port_Ah is IPsec AH (protocol 51).
func Port_Ah() Port { return newPort(Protocol_AH, num(51), num(51), "AH 51") }

func Port_SSH() Port          { return Port_Tcp(num(22)) }
func Port_SMTP() Port         { return Port_Tcp(num(25)) }
func Port_DNS_UDP() Port      { return Port_Udp(num(53)) }
func Port_DNS_TCP() Port      { return Port_Tcp(num(53)) }
func Port_HTTP() Port         { return Port_Tcp(num(80)) }
func Port_POP3() Port         { return Port_Tcp(num(110)) }
func Port_IMAP() Port         { return Port_Tcp(num(143)) }
func Port_LDAP() Port         { return Port_Tcp(num(389)) }
func Port_HTTPS() Port        { return Port_Tcp(num(443)) }
func Port_SMB() Port          { return Port_Tcp(num(445)) }
func Port_IMAPS() Port        { return Port_Tcp(num(993)) }
func Port_POP3S() Port        { return Port_Tcp(num(995)) }
func Port_MSSQL() Port        { return Port_Tcp(num(1433)) }
func Port_NFS() Port          { return Port_Tcp(num(2049)) }
func Port_MYSQL_AURORA() Port { return Port_Tcp(num(3306)) }
func Port_RDP() Port          { return Port_Tcp(num(3389)) }
func Port_POSTGRES() Port     { return Port_Tcp(num(5432)) }

// portFields returns the protocol and ports of any Port.
func portFields(p Port) ruleFields {
	if pp, ok := p.(*port); ok {
		return pp.fields()
	}
	m, _ := p.ToRuleJson().(map[string]interface{})
	var f ruleFields
	f.ipProtocol, _ = m["ipProtocol"].(string)
	f.fromPort = asNum(m["fromPort"])
	f.toPort = asNum(m["toPort"])
	return f
}

func asNum(v interface{}) *float64 {
	switch n := v.(type) {
	case float64:
		return &n
	case *float64:
		return n
	case int:
		f := float64(n)
		return &f
	}
	return nil
}
