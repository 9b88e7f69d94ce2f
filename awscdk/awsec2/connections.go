package awsec2

import "github.com/strata-cdk/strata/internal/diag"

// ConnectionsProps are the props of NewConnections.
type ConnectionsProps struct {
	// The port AllowDefaultPort* methods use.
	DefaultPort Port `field:"optional" json:"defaultPort" yaml:"defaultPort"`
	// The peer rules name when this object has no security groups.
	Peer IPeer `field:"optional" json:"peer" yaml:"peer"`
	// The security groups rules are added to.
	SecurityGroups *[]ISecurityGroup `field:"optional" json:"securityGroups" yaml:"securityGroups"`
}

// Connections manages the security group rules of an object: allowing
// traffic to or from another IConnectable adds the matching rules on both
// sides.
type Connections interface {
	IConnectable
	Connections() Connections
	DefaultPort() Port
	SecurityGroups() *[]ISecurityGroup
	AddSecurityGroup(securityGroups ...ISecurityGroup)
	AllowDefaultPortFrom(other IConnectable, description *string)
	AllowDefaultPortFromAnyIpv4(description *string)
	AllowDefaultPortInternally(description *string)
	AllowDefaultPortTo(other IConnectable, description *string)
	AllowFrom(other IConnectable, portRange Port, description *string)
	AllowFromAnyIpv4(portRange Port, description *string)
	AllowInternally(portRange Port, description *string)
	AllowTo(other IConnectable, portRange Port, description *string)
	AllowToAnyIpv4(portRange Port, description *string)
	AllowToDefaultPort(other IConnectable, description *string)
}

// reactive is a list whose watchers also see the elements added later, so
// a rule allowed before a security group joins still applies to it.
type reactive[T any] struct {
	items    []T
	watchers []func(T)
}

func (r *reactive[T]) push(xs ...T) {
	r.items = append(r.items, xs...)
	for _, w := range r.watchers {
		for _, x := range xs {
			w(x)
		}
	}
}

func (r *reactive[T]) forEachAndForever(f func(T)) {
	for _, x := range append([]T(nil), r.items...) {
		f(x)
	}
	r.watchers = append(r.watchers, f)
}

type connections struct {
	defaultPort Port
	groups      reactive[ISecurityGroup]
	rules       reactive[IPeer]
	skip        bool
	remoteRule  bool
}

// NewConnections creates the connections of an object.
func NewConnections(props *ConnectionsProps) Connections {
	if props == nil {
		props = &ConnectionsProps{}
	}
	c := &connections{defaultPort: props.DefaultPort}
	if props.SecurityGroups != nil {
		for _, g := range *props.SecurityGroups {
			c.groups.push(g)
			c.rules.push(g)
		}
	}
	if props.Peer != nil {
		c.rules.push(props.Peer)
	}
	return c
}

func (c *connections) Connections() Connections { return c }
func (c *connections) DefaultPort() Port        { return c.defaultPort }
func (c *connections) SecurityGroups() *[]ISecurityGroup {
	out := append([]ISecurityGroup{}, c.groups.items...)
	return &out
}

func (c *connections) AddSecurityGroup(securityGroups ...ISecurityGroup) {
	for _, g := range securityGroups {
		c.groups.push(g)
		c.rules.push(g)
	}
}

func impl(other IConnectable) *connections {
	if c, ok := other.Connections().(*connections); ok {
		return c
	}
	diag.Panic("", "connections of %T are not Strata's", other)
	return nil
}

func (c *connections) AllowTo(other IConnectable, portRange Port, description *string) {
	if c.skip {
		return
	}
	remote := c.remoteRule
	o := impl(other)
	c.groups.forEachAndForever(func(g ISecurityGroup) {
		o.rules.forEachAndForever(func(rule IPeer) { g.AddEgressRule(rule, portRange, description, boolp(remote)) })
	})
	c.skip, o.remoteRule = true, true
	defer func() { c.skip, o.remoteRule = false, false }()
	o.AllowFrom(c, portRange, description)
}

func (c *connections) AllowFrom(other IConnectable, portRange Port, description *string) {
	if c.skip {
		return
	}
	remote := c.remoteRule
	o := impl(other)
	c.groups.forEachAndForever(func(g ISecurityGroup) {
		o.rules.forEachAndForever(func(rule IPeer) { g.AddIngressRule(rule, portRange, description, boolp(remote)) })
	})
	c.skip, o.remoteRule = true, true
	defer func() { c.skip, o.remoteRule = false, false }()
	o.AllowTo(c, portRange, description)
}

func (c *connections) AllowInternally(portRange Port, description *string) {
	c.groups.forEachAndForever(func(g ISecurityGroup) {
		c.rules.forEachAndForever(func(rule IPeer) {
			g.AddIngressRule(rule, portRange, description, nil)
			g.AddEgressRule(rule, portRange, description, nil)
		})
	})
}

func (c *connections) AllowToAnyIpv4(portRange Port, description *string) {
	c.AllowTo(Peer_AnyIpv4(), portRange, description)
}

func (c *connections) AllowFromAnyIpv4(portRange Port, description *string) {
	c.AllowFrom(Peer_AnyIpv4(), portRange, description)
}

func (c *connections) AllowDefaultPortFrom(other IConnectable, description *string) {
	if c.defaultPort == nil {
		diag.Panic("", "Cannot call allowDefaultPortFrom(): this resource has no default port")
	}
	c.AllowFrom(other, c.defaultPort, description)
}

func (c *connections) AllowDefaultPortInternally(description *string) {
	if c.defaultPort == nil {
		diag.Panic("", "Cannot call allowDefaultPortInternally(): this resource has no default port")
	}
	c.AllowInternally(c.defaultPort, description)
}

func (c *connections) AllowDefaultPortFromAnyIpv4(description *string) {
	if c.defaultPort == nil {
		diag.Panic("", "Cannot call allowDefaultPortFromAnyIpv4(): this resource has no default port")
	}
	c.AllowFromAnyIpv4(c.defaultPort, description)
}

func (c *connections) AllowToDefaultPort(other IConnectable, description *string) {
	p := other.Connections().DefaultPort()
	if p == nil {
		diag.Panic("", "Cannot call allowToDefaultPort(): other resource has no default port")
	}
	c.AllowTo(other, p, description)
}

func (c *connections) AllowDefaultPortTo(other IConnectable, description *string) {
	if c.defaultPort == nil {
		diag.Panic("", "Cannot call allowDefaultPortTo(): this resource has no default port")
	}
	c.AllowTo(other, c.defaultPort, description)
}
