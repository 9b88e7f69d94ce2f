package awsglobalaccelerator

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsglobalaccelerator"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ConnectionProtocol is the protocol a listener accepts.
type ConnectionProtocol string

const (
	ConnectionProtocol_TCP ConnectionProtocol = "TCP"
	ConnectionProtocol_UDP ConnectionProtocol = "UDP"
)

// ClientAffinity says whether a client keeps going to the same endpoint.
type ClientAffinity string

const (
	ClientAffinity_NONE      ClientAffinity = "NONE"
	ClientAffinity_SOURCE_IP ClientAffinity = "SOURCE_IP"
)

// PortRange is a range of listener ports.
type PortRange struct {
	FromPort *float64 `field:"required" json:"fromPort" yaml:"fromPort"`
	// Default: FromPort.
	ToPort *float64 `field:"optional" json:"toPort" yaml:"toPort"`
}

// ListenerOptions are the options of Accelerator.AddListener.
type ListenerOptions struct {
	// The ports the listener accepts.
	PortRanges *[]*PortRange `field:"required" json:"portRanges" yaml:"portRanges"`
	// Default: ClientAffinity_NONE.
	ClientAffinity ClientAffinity `field:"optional" json:"clientAffinity" yaml:"clientAffinity"`
	// Default: the listener's logical ID.
	ListenerName *string `field:"optional" json:"listenerName" yaml:"listenerName"`
	// Default: ConnectionProtocol_TCP.
	Protocol ConnectionProtocol `field:"optional" json:"protocol" yaml:"protocol"`
}

// ListenerProps are the props of NewListener.
type ListenerProps struct {
	PortRanges     *[]*PortRange      `field:"required" json:"portRanges" yaml:"portRanges"`
	ClientAffinity ClientAffinity     `field:"optional" json:"clientAffinity" yaml:"clientAffinity"`
	ListenerName   *string            `field:"optional" json:"listenerName" yaml:"listenerName"`
	Protocol       ConnectionProtocol `field:"optional" json:"protocol" yaml:"protocol"`
	// The accelerator the listener belongs to.
	Accelerator interfacesawsglobalaccelerator.IAcceleratorRef `field:"required" json:"accelerator" yaml:"accelerator"`
}

// IListener is a listener, defined here or imported.
type IListener interface {
	interfacesawsglobalaccelerator.IListenerRef
	awscdk.IResource
	// The listener's ARN.
	ListenerArn() *string
}

// Listener is a Global Accelerator listener (AWS::GlobalAccelerator::Listener).
type Listener interface {
	awscdk.Resource
	IListener
	// The listener's name (its logical ID unless given).
	ListenerName() *string
	// AddEndpointGroup adds an endpoint group to this listener.
	AddEndpointGroup(id *string, options *EndpointGroupOptions) EndpointGroup
}

type listenerBase struct {
	awscdk.Resource
	arn *string
}

func (l *listenerBase) ListenerArn() *string { return l.arn }
func (l *listenerBase) ListenerRef() *interfacesawsglobalaccelerator.ListenerReference {
	return &interfacesawsglobalaccelerator.ListenerReference{ListenerArn: l.arn}
}

type listener struct {
	listenerBase
	name *string
}

// Listener_PROPERTY_INJECTION_ID is the id property injectors use for Listener.
func Listener_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-globalaccelerator.Listener")
}

// NewListener creates a listener on props.Accelerator.
func NewListener(scope constructs.Construct, id *string, props *ListenerProps) Listener {
	props = l2.Inject(*Listener_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "ListenerProps", "Accelerator", "PortRanges")
	}
	requireField(scope, id, "ListenerProps", "Accelerator", props.Accelerator == nil)
	requireField(scope, id, "ListenerProps", "PortRanges", props.PortRanges == nil)
	l := &listener{}
	l.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(l.Resource, l)
	ranges := []interface{}{}
	for _, r := range *props.PortRanges {
		if r == nil {
			continue
		}
		to := r.ToPort
		if to == nil {
			to = r.FromPort
		}
		ranges = append(ranges, &CfnListener_PortRangeProperty{FromPort: r.FromPort, ToPort: to})
	}
	protocol := props.Protocol
	if protocol == "" {
		protocol = ConnectionProtocol_TCP
	}
	affinity := props.ClientAffinity
	if affinity == "" {
		affinity = ClientAffinity_NONE
	}
	res := NewCfnListener(l, jsii.String("Resource"), &CfnListenerProps{
		AcceleratorArn: props.Accelerator.AcceleratorRef().AcceleratorArn,
		PortRanges:     ranges,
		Protocol:       jsii.String(string(protocol)),
		ClientAffinity: jsii.String(string(affinity)),
	})
	l.arn = res.AttrListenerArn()
	l.name = props.ListenerName
	if l.name == nil {
		l.name = res.LogicalId()
	}
	return l
}

func (l *listener) ListenerName() *string { return l.name }

func (l *listener) AddEndpointGroup(id *string, options *EndpointGroupOptions) EndpointGroup {
	if options == nil {
		options = &EndpointGroupOptions{}
	}
	o := options
	return NewEndpointGroup(l, id, &EndpointGroupProps{
		Listener:              l,
		EndpointGroupName:     o.EndpointGroupName,
		Endpoints:             o.Endpoints,
		HealthCheckInterval:   o.HealthCheckInterval,
		HealthCheckPath:       o.HealthCheckPath,
		HealthCheckPort:       o.HealthCheckPort,
		HealthCheckProtocol:   o.HealthCheckProtocol,
		HealthCheckThreshold:  o.HealthCheckThreshold,
		PortOverrides:         o.PortOverrides,
		Region:                o.Region,
		TrafficDialPercentage: o.TrafficDialPercentage,
	})
}

type importedListener struct {
	listenerBase
}

// Listener_FromListenerArn imports a listener by its ARN.
func Listener_FromListenerArn(scope constructs.Construct, id *string, listenerArn *string) IListener {
	l := &importedListener{}
	l.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(l.Resource, l)
	l.arn = listenerArn
	return l
}
