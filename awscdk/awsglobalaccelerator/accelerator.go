package awsglobalaccelerator

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsglobalaccelerator"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// IpAddressType is the IP address family of an accelerator.
type IpAddressType string

const (
	IpAddressType_IPV4       IpAddressType = "IPV4"
	IpAddressType_DUAL_STACK IpAddressType = "DUAL_STACK"
)

// IAccelerator is an accelerator, defined here or imported.
type IAccelerator interface {
	interfacesawsglobalaccelerator.IAcceleratorRef
	awscdk.IResource
	// The accelerator's ARN.
	AcceleratorArn() *string
	// The accelerator's IPv4 DNS name.
	DnsName() *string
	// The accelerator's dual-stack DNS name.
	DualStackDnsName() *string
	// The accelerator's static IPv4 addresses.
	Ipv4Addresses() *[]*string
	// The accelerator's static IPv6 addresses.
	Ipv6Addresses() *[]*string
}

// AcceleratorAttributes describe an accelerator defined outside this app.
type AcceleratorAttributes struct {
	AcceleratorArn   *string    `field:"required" json:"acceleratorArn" yaml:"acceleratorArn"`
	DnsName          *string    `field:"required" json:"dnsName" yaml:"dnsName"`
	DualStackDnsName *string    `field:"optional" json:"dualStackDnsName" yaml:"dualStackDnsName"`
	Ipv4Addresses    *[]*string `field:"optional" json:"ipv4Addresses" yaml:"ipv4Addresses"`
	Ipv6Addresses    *[]*string `field:"optional" json:"ipv6Addresses" yaml:"ipv6Addresses"`
}

// AcceleratorProps are the props of NewAccelerator.
type AcceleratorProps struct {
	// Default: a unique name made from the construct path (at most 64 characters).
	AcceleratorName *string `field:"optional" json:"acceleratorName" yaml:"acceleratorName"`
	// Default: true.
	Enabled *bool `field:"optional" json:"enabled" yaml:"enabled"`
	// One or two of your own (BYOIP) addresses. Default: addresses from Amazon's pool.
	IpAddresses *[]*string `field:"optional" json:"ipAddresses" yaml:"ipAddresses"`
	// Default: CloudFormation's default (IPV4).
	IpAddressType IpAddressType `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
}

// Accelerator is a Global Accelerator accelerator (AWS::GlobalAccelerator::Accelerator).
type Accelerator interface {
	awscdk.Resource
	IAccelerator
	// AddListener adds a listener to this accelerator.
	AddListener(id *string, options *ListenerOptions) Listener
}

type acceleratorBase struct {
	awscdk.Resource
	arn, dns, dualDns *string
	ipv4, ipv6        *[]*string
}

func (a *acceleratorBase) AcceleratorArn() *string   { return a.arn }
func (a *acceleratorBase) DnsName() *string          { return a.dns }
func (a *acceleratorBase) DualStackDnsName() *string { return a.dualDns }
func (a *acceleratorBase) Ipv4Addresses() *[]*string { return a.ipv4 }
func (a *acceleratorBase) Ipv6Addresses() *[]*string { return a.ipv6 }
func (a *acceleratorBase) AcceleratorRef() *interfacesawsglobalaccelerator.AcceleratorReference {
	return &interfacesawsglobalaccelerator.AcceleratorReference{AcceleratorArn: a.arn}
}

type accelerator struct {
	acceleratorBase
}

// Accelerator_PROPERTY_INJECTION_ID is the id property injectors use for Accelerator.
func Accelerator_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-globalaccelerator.Accelerator")
}

// NewAccelerator creates an accelerator.
func NewAccelerator(scope constructs.Construct, id *string, props *AcceleratorProps) Accelerator {
	props = l2.Inject(*Accelerator_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &AcceleratorProps{}
	}
	a := &accelerator{}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	if n := props.AcceleratorName; n != nil && !*awscdk.Token_IsUnresolved(*n) && (len(*n) < 1 || len(*n) > 64) {
		l2.Throw(a, "Invalid acceleratorName value %s, must have length between 1 and 64, got: %d", *n, len(*n))
	}
	if ips := props.IpAddresses; ips != nil && (len(*ips) < 1 || len(*ips) > 2) {
		parts := make([]string, len(*ips))
		for i, ip := range *ips {
			parts[i] = deref(ip)
		}
		l2.Throw(a, "Invalid ipAddresses value [%s], you can specify one or two addresses, got: %d", strings.Join(parts, ","), len(*ips))
	}
	name := props.AcceleratorName
	if name == nil {
		name = awscdk.Names_UniqueResourceName(a, &awscdk.UniqueResourceNameOptions{MaxLength: jsii.Number(64)})
	}
	enabled := true
	if props.Enabled != nil {
		enabled = *props.Enabled
	}
	var ipType *string
	if props.IpAddressType != "" {
		ipType = jsii.String(string(props.IpAddressType))
	}
	res := NewCfnAccelerator(a, jsii.String("Resource"), &CfnAcceleratorProps{
		Enabled:       enabled,
		Name:          name,
		IpAddresses:   props.IpAddresses,
		IpAddressType: ipType,
	})
	a.arn = res.AttrAcceleratorArn()
	a.dns = res.AttrDnsName()
	a.dualDns = res.AttrDualStackDnsName()
	a.ipv4 = res.AttrIpv4Addresses()
	a.ipv6 = res.AttrIpv6Addresses()
	return a
}

func (a *accelerator) AddListener(id *string, options *ListenerOptions) Listener {
	if options == nil {
		options = &ListenerOptions{}
	}
	return NewListener(a, id, &ListenerProps{
		Accelerator:    a,
		PortRanges:     options.PortRanges,
		ClientAffinity: options.ClientAffinity,
		ListenerName:   options.ListenerName,
		Protocol:       options.Protocol,
	})
}

type importedAccelerator struct {
	acceleratorBase
}

// Accelerator_FromAcceleratorAttributes imports an accelerator.
func Accelerator_FromAcceleratorAttributes(scope constructs.Construct, id *string, attrs *AcceleratorAttributes) IAccelerator {
	if attrs == nil {
		l2.RequireProps(scope, id, "AcceleratorAttributes", "AcceleratorArn", "DnsName")
	}
	a := &importedAccelerator{}
	a.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(a.Resource, a)
	a.arn, a.dns, a.dualDns, a.ipv4, a.ipv6 = attrs.AcceleratorArn, attrs.DnsName, attrs.DualStackDnsName, attrs.Ipv4Addresses, attrs.Ipv6Addresses
	return a
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// requireField stops, naming the construct about to be made, when a prop
// aws-cdk-lib requires is missing.
func requireField(scope constructs.IConstruct, id *string, typ, field string, missing bool) {
	if !missing {
		return
	}
	path := deref(id)
	if scope != nil && deref(scope.Node().Path()) != "" {
		path = deref(scope.Node().Path()) + "/" + path
	}
	diag.Panic(path, "%s.%s is required", typ, field)
}
