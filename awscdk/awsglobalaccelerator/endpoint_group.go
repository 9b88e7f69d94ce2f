package awsglobalaccelerator

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/customresources"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsglobalaccelerator"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// HealthCheckProtocol is the protocol of an endpoint group's health checks.
type HealthCheckProtocol string

const (
	HealthCheckProtocol_TCP   HealthCheckProtocol = "TCP"
	HealthCheckProtocol_HTTP  HealthCheckProtocol = "HTTP"
	HealthCheckProtocol_HTTPS HealthCheckProtocol = "HTTPS"
)

// PortOverride sends a listener port to a different endpoint port.
type PortOverride struct {
	EndpointPort *float64 `field:"required" json:"endpointPort" yaml:"endpointPort"`
	ListenerPort *float64 `field:"required" json:"listenerPort" yaml:"listenerPort"`
}

// EndpointGroupOptions are the options of Listener.AddEndpointGroup.
type EndpointGroupOptions struct {
	// Default: the group's logical ID.
	EndpointGroupName *string `field:"optional" json:"endpointGroupName" yaml:"endpointGroupName"`
	// The group's endpoints (more with AddEndpoint).
	Endpoints *[]IEndpoint `field:"optional" json:"endpoints" yaml:"endpoints"`
	// Default: 30 seconds (the service's default).
	HealthCheckInterval  awscdk.Duration     `field:"optional" json:"healthCheckInterval" yaml:"healthCheckInterval"`
	HealthCheckPath      *string             `field:"optional" json:"healthCheckPath" yaml:"healthCheckPath"`
	HealthCheckPort      *float64            `field:"optional" json:"healthCheckPort" yaml:"healthCheckPort"`
	HealthCheckProtocol  HealthCheckProtocol `field:"optional" json:"healthCheckProtocol" yaml:"healthCheckProtocol"`
	HealthCheckThreshold *float64            `field:"optional" json:"healthCheckThreshold" yaml:"healthCheckThreshold"`
	PortOverrides        *[]*PortOverride    `field:"optional" json:"portOverrides" yaml:"portOverrides"`
	// Default: the first endpoint's region, else the stack's.
	Region                *string  `field:"optional" json:"region" yaml:"region"`
	TrafficDialPercentage *float64 `field:"optional" json:"trafficDialPercentage" yaml:"trafficDialPercentage"`
}

// EndpointGroupProps are the props of NewEndpointGroup.
type EndpointGroupProps struct {
	EndpointGroupName     *string             `field:"optional" json:"endpointGroupName" yaml:"endpointGroupName"`
	Endpoints             *[]IEndpoint        `field:"optional" json:"endpoints" yaml:"endpoints"`
	HealthCheckInterval   awscdk.Duration     `field:"optional" json:"healthCheckInterval" yaml:"healthCheckInterval"`
	HealthCheckPath       *string             `field:"optional" json:"healthCheckPath" yaml:"healthCheckPath"`
	HealthCheckPort       *float64            `field:"optional" json:"healthCheckPort" yaml:"healthCheckPort"`
	HealthCheckProtocol   HealthCheckProtocol `field:"optional" json:"healthCheckProtocol" yaml:"healthCheckProtocol"`
	HealthCheckThreshold  *float64            `field:"optional" json:"healthCheckThreshold" yaml:"healthCheckThreshold"`
	PortOverrides         *[]*PortOverride    `field:"optional" json:"portOverrides" yaml:"portOverrides"`
	Region                *string             `field:"optional" json:"region" yaml:"region"`
	TrafficDialPercentage *float64            `field:"optional" json:"trafficDialPercentage" yaml:"trafficDialPercentage"`
	// The listener the group belongs to.
	Listener interfacesawsglobalaccelerator.IListenerRef `field:"required" json:"listener" yaml:"listener"`
}

// IEndpointGroup is an endpoint group, defined here or imported.
type IEndpointGroup interface {
	interfacesawsglobalaccelerator.IEndpointGroupRef
	awscdk.IResource
	// The group's ARN.
	EndpointGroupArn() *string
}

// EndpointGroup is a Global Accelerator endpoint group (AWS::GlobalAccelerator::EndpointGroup).
type EndpointGroup interface {
	awscdk.Resource
	IEndpointGroup
	// The group's name (its logical ID unless given).
	EndpointGroupName() *string
	// The group's endpoints so far.
	Endpoints() *[]IEndpoint
	// AddEndpoint adds an endpoint.
	AddEndpoint(endpoint IEndpoint)
	// ConnectionsPeer is the security group Global Accelerator creates in
	// vpc, as a peer for rules (looked up at deploy time by a custom resource).
	ConnectionsPeer(id *string, vpc awsec2.IVpc) awsec2.IPeer
}

type endpointGroupBase struct {
	awscdk.Resource
	arn *string
}

func (g *endpointGroupBase) EndpointGroupArn() *string { return g.arn }
func (g *endpointGroupBase) EndpointGroupRef() *interfacesawsglobalaccelerator.EndpointGroupReference {
	return &interfacesawsglobalaccelerator.EndpointGroupReference{EndpointGroupArn: g.arn}
}

type endpointGroup struct {
	endpointGroupBase
	name      *string
	endpoints []IEndpoint
	resource  CfnEndpointGroup
}

type anyProducer func() interface{}

func (f anyProducer) Produce() interface{} { return f() }

type stringProducer func() *string

func (f stringProducer) Produce() *string { return f() }

// EndpointGroup_PROPERTY_INJECTION_ID is the id property injectors use for EndpointGroup.
func EndpointGroup_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-globalaccelerator.EndpointGroup")
}

// NewEndpointGroup creates an endpoint group on props.Listener.
func NewEndpointGroup(scope constructs.Construct, id *string, props *EndpointGroupProps) EndpointGroup {
	props = l2.Inject(*EndpointGroup_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "EndpointGroupProps", "Listener")
	}
	requireField(scope, id, "EndpointGroupProps", "Listener", props.Listener == nil)
	g := &endpointGroup{}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	region := props.Region
	if region == nil {
		// Endpoints added later may tell the region.
		region = awscdk.Lazy_String(stringProducer(g.firstEndpointRegion), nil)
	}
	var interval *float64
	if props.HealthCheckInterval != nil {
		interval = props.HealthCheckInterval.ToSeconds(&awscdk.TimeConversionOptions{Integral: jsii.Bool(true)})
	}
	var protocol *string
	if props.HealthCheckProtocol != "" {
		protocol = jsii.String(string(props.HealthCheckProtocol))
	}
	var overrides interface{}
	if props.PortOverrides != nil {
		l := []interface{}{}
		for _, o := range *props.PortOverrides {
			if o != nil {
				l = append(l, &CfnEndpointGroup_PortOverrideProperty{EndpointPort: o.EndpointPort, ListenerPort: o.ListenerPort})
			}
		}
		overrides = l
	}
	g.resource = NewCfnEndpointGroup(g, jsii.String("Resource"), &CfnEndpointGroupProps{
		ListenerArn:         props.Listener.ListenerRef().ListenerArn,
		EndpointGroupRegion: region,
		// A token: the L1 does not map the values, so they carry
		// CloudFormation's names already.
		EndpointConfigurations: awscdk.Lazy_Any(anyProducer(func() interface{} {
			if len(g.endpoints) == 0 {
				return nil
			}
			l := []interface{}{}
			for _, e := range g.endpoints {
				l = append(l, endpointConfiguration(e.RenderEndpointConfiguration()))
			}
			return l
		}), nil),
		HealthCheckIntervalSeconds: interval,
		HealthCheckPath:            props.HealthCheckPath,
		HealthCheckPort:            props.HealthCheckPort,
		HealthCheckProtocol:        protocol,
		ThresholdCount:             props.HealthCheckThreshold,
		TrafficDialPercentage:      props.TrafficDialPercentage,
		PortOverrides:              overrides,
	})
	g.arn = g.resource.AttrEndpointGroupArn()
	g.name = props.EndpointGroupName
	if g.name == nil {
		g.name = g.resource.LogicalId()
	}
	if props.Endpoints != nil {
		for _, e := range *props.Endpoints {
			g.AddEndpoint(e)
		}
	}
	return g
}

func (g *endpointGroup) firstEndpointRegion() *string {
	for _, e := range g.endpoints {
		if r := e.Region(); r != nil {
			return r
		}
	}
	return awscdk.Stack_Of(g).Region()
}

func (g *endpointGroup) EndpointGroupName() *string { return g.name }

func (g *endpointGroup) Endpoints() *[]IEndpoint {
	out := append([]IEndpoint{}, g.endpoints...)
	return &out
}

func (g *endpointGroup) AddEndpoint(endpoint IEndpoint) {
	if endpoint == nil {
		l2.Throw(g, "AddEndpoint: endpoint is required")
	}
	g.endpoints = append(g.endpoints, endpoint)
}

func (g *endpointGroup) ConnectionsPeer(id *string, vpc awsec2.IVpc) awsec2.IPeer {
	if vpc == nil {
		l2.Throw(g, "ConnectionsPeer: vpc is required")
	}
	const field = "SecurityGroups.0.GroupId"
	lookup := customresources.NewAwsCustomResource(g, jsii.String(deref(id)+"CustomResource"), &customresources.AwsCustomResourceProps{
		OnUpdate: &customresources.AwsSdkCall{
			Service: jsii.String("EC2"),
			Action:  jsii.String("describeSecurityGroups"),
			Parameters: map[string]interface{}{
				"Filters": []interface{}{
					map[string]interface{}{"Name": "group-name", "Values": []interface{}{"GlobalAccelerator"}},
					map[string]interface{}{"Name": "vpc-id", "Values": []interface{}{vpc.VpcId()}},
				},
			},
			PhysicalResourceId: customresources.PhysicalResourceId_FromResponse(jsii.String(field)),
		},
		Policy: customresources.AwsCustomResourcePolicy_FromSdkCalls(&customresources.SdkCallsPolicyOptions{
			Resources: customresources.AwsCustomResourcePolicy_ANY_RESOURCE(),
		}),
		InstallLatestAwsSdk: jsii.Bool(false),
	})
	lookup.Node().AddDependency(g.resource)
	// aws-cdk-lib writes this call with its keys in the order its own code
	// lists them (service first); AwsCustomResource writes a user's call in
	// aws-cdk-go's field order (action first), so the call is set again here.
	call := ojson.New()
	call.Set("service", "EC2")
	call.Set("action", "describeSecurityGroups")
	filters := []interface{}{}
	for _, f := range [][2]interface{}{{"group-name", "GlobalAccelerator"}, {"vpc-id", deref(vpc.VpcId())}} {
		o := ojson.New()
		o.Set("Name", f[0])
		o.Set("Values", []interface{}{f[1]})
		filters = append(filters, o)
	}
	params := ojson.New()
	params.Set("Filters", filters)
	call.Set("parameters", params)
	prid := ojson.New()
	prid.Set("responsePath", field)
	call.Set("physicalResourceId", prid)
	if cr, ok := lookup.Node().TryFindChild(jsii.String("Resource")).(constructs.IConstruct); ok {
		if cfn, ok := cr.Node().DefaultChild().(awscdk.CfnResource); ok {
			encoded := awscdk.Stack_Of(g).ToJsonString(call, nil)
			cfn.AddPropertyOverride(jsii.String("Create"), encoded)
			cfn.AddPropertyOverride(jsii.String("Update"), encoded)
		}
	}
	p := &acceleratorPeer{sgID: lookup.GetResponseField(jsii.String(field))}
	p.conns = awsec2.NewConnections(&awsec2.ConnectionsProps{Peer: p})
	return p
}

// acceleratorPeer is the security group Global Accelerator made in a VPC.
type acceleratorPeer struct {
	sgID  *string
	conns awsec2.Connections
}

func (p *acceleratorPeer) Connections() awsec2.Connections { return p.conns }
func (p *acceleratorPeer) CanInlineRule() *bool            { return jsii.Bool(false) }
func (p *acceleratorPeer) UniqueId() *string               { return jsii.String("GlobalAcceleratorGroup") }
func (p *acceleratorPeer) ToIngressRuleConfig() *awsec2.IngressRuleConfig {
	return &awsec2.IngressRuleConfig{SourceSecurityGroupId: p.sgID}
}
func (p *acceleratorPeer) ToEgressRuleConfig() *awsec2.EgressRuleConfig {
	return &awsec2.EgressRuleConfig{DestinationSecurityGroupId: p.sgID}
}

type importedEndpointGroup struct {
	endpointGroupBase
}

// EndpointGroup_FromEndpointGroupArn imports an endpoint group by its ARN.
func EndpointGroup_FromEndpointGroupArn(scope constructs.Construct, id *string, endpointGroupArn *string) IEndpointGroup {
	g := &importedEndpointGroup{}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	g.arn = endpointGroupArn
	return g
}
