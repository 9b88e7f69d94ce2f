package awsrds

import (
	"sort"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsrds"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// IOptionGroup is an RDS option group, defined here or imported.
type IOptionGroup interface {
	interfacesawsrds.IOptionGroupRef
	awscdk.IResource
	AddConfiguration(configuration *OptionConfiguration) *bool
	OptionGroupName() *string
}

// OptionConfiguration is one option of an option group.
type OptionConfiguration struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	// With Vpc, the option listens on this port behind its own security groups.
	Port           *float64                 `field:"optional" json:"port" yaml:"port"`
	SecurityGroups *[]awsec2.ISecurityGroup `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	Settings       *map[string]*string      `field:"optional" json:"settings" yaml:"settings"`
	Version        *string                  `field:"optional" json:"version" yaml:"version"`
	Vpc            awsec2.IVpc              `field:"optional" json:"vpc" yaml:"vpc"`
}

// OptionGroupProps define an option group.
type OptionGroupProps struct {
	Configurations  *[]*OptionConfiguration `field:"required" json:"configurations" yaml:"configurations"`
	Engine          IInstanceEngine         `field:"required" json:"engine" yaml:"engine"`
	Description     *string                 `field:"optional" json:"description" yaml:"description"`
	OptionGroupName *string                 `field:"optional" json:"optionGroupName" yaml:"optionGroupName"`
}

// OptionGroup is an option group defined in this app (AWS::RDS::OptionGroup).
type OptionGroup interface {
	awscdk.Resource
	IOptionGroup
	OptionConnections() *map[string]awsec2.Connections
}

type optionGroup struct {
	awscdk.Resource
	name    *string
	configs []*OptionConfiguration
	conns   map[string]awsec2.Connections
}

// OptionGroup_PROPERTY_INJECTION_ID is the id property injectors use for OptionGroup.
func OptionGroup_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-rds.OptionGroup")
}

// OptionGroup_IsConstruct reports whether x is a construct.
func OptionGroup_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// OptionGroup_IsResource reports whether the construct is a resource.
func OptionGroup_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// OptionGroup_IsOwnedResource reports whether the construct is a resource owned by this app.
func OptionGroup_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// NewOptionGroup creates an option group for a versioned instance engine.
func NewOptionGroup(scope constructs.Construct, id *string, props *OptionGroupProps) OptionGroup {
	props = l2.Inject(*OptionGroup_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Engine == nil || props.Configurations == nil {
		l2.RequireProps(scope, id, "OptionGroup", "configurations", "engine")
	}
	g := &optionGroup{conns: map[string]awsec2.Connections{}}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	v := props.Engine.EngineVersion()
	if v == nil || v.MajorVersion == nil {
		l2.Throw(g, "OptionGroup cannot be used with an engine that doesn't specify a version")
	}
	for _, c := range *props.Configurations {
		g.AddConfiguration(c)
	}
	desc := props.Description
	if deref(desc) == "" {
		desc = jsii.String("Option group for " + deref(props.Engine.EngineType()) + " " + *v.MajorVersion)
	}
	res := NewCfnOptionGroup(g, jsii.String("Resource"), &CfnOptionGroupProps{
		EngineName: props.Engine.EngineType(), MajorEngineVersion: v.MajorVersion, OptionGroupDescription: desc,
		OptionConfigurations: awscdk.Lazy_Any(anyProducer(g.render), nil), OptionGroupName: props.OptionGroupName,
	})
	g.name = props.OptionGroupName
	if g.name == nil {
		g.name = res.Ref()
	}
	return g
}

func (g *optionGroup) OptionGroupName() *string { return g.name }

func (g *optionGroup) OptionGroupRef() *interfacesawsrds.OptionGroupReference {
	return &interfacesawsrds.OptionGroupReference{OptionGroupName: g.name}
}

func (g *optionGroup) OptionConnections() *map[string]awsec2.Connections {
	m := make(map[string]awsec2.Connections, len(g.conns))
	for k, v := range g.conns {
		m[k] = v
	}
	return &m
}

// AddConfiguration adds an option; one with a port gets security groups
// (its own, unless given) in the option's VPC.
func (g *optionGroup) AddConfiguration(configuration *OptionConfiguration) *bool {
	if configuration == nil {
		l2.RequireArg(g, "AddConfiguration", "configuration")
	}
	g.configs = append(g.configs, configuration)
	if configuration.Port != nil {
		if configuration.Vpc == nil {
			l2.Throw(g, "`port` and `vpc` must be specified together.")
		}
		var sgs []awsec2.ISecurityGroup
		if configuration.SecurityGroups != nil && len(*configuration.SecurityGroups) > 0 {
			sgs = append(sgs, (*configuration.SecurityGroups)...)
		} else {
			name := deref(configuration.Name)
			sgs = []awsec2.ISecurityGroup{awsec2.NewSecurityGroup(g, jsii.String("SecurityGroup"+name), &awsec2.SecurityGroupProps{
				Description: jsii.String("Security group for " + name + " option"), Vpc: configuration.Vpc})}
		}
		g.conns[deref(configuration.Name)] = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &sgs, DefaultPort: awsec2.Port_Tcp(configuration.Port)})
	}
	return jsii.Bool(true)
}

// render writes the options by hand: the list is lazy, so the L1 does not map it.
func (g *optionGroup) render() interface{} {
	out := make([]interface{}, 0, len(g.configs))
	for _, c := range g.configs {
		o := ojson.New()
		o.Set("OptionName", c.Name)
		if c.Settings != nil {
			keys := make([]string, 0, len(*c.Settings))
			for k := range *c.Settings {
				keys = append(keys, k)
			}
			sort.Strings(keys) // as jsii hands a Go map over
			settings := make([]interface{}, len(keys))
			for i, k := range keys {
				s := ojson.New()
				s.Set("Name", k)
				s.Set("Value", (*c.Settings)[k])
				settings[i] = s
			}
			o.Set("OptionSettings", settings)
		}
		if c.Version != nil {
			o.Set("OptionVersion", c.Version)
		}
		if c.Port != nil {
			o.Set("Port", c.Port)
		}
		if c.Vpc != nil {
			var ids []interface{}
			for _, sg := range *g.conns[deref(c.Name)].SecurityGroups() {
				ids = append(ids, sg.SecurityGroupId())
			}
			o.Set("VpcSecurityGroupMemberships", ids)
		}
		out = append(out, o)
	}
	return out
}

type importedOptionGroup struct {
	awscdk.Resource
	name *string
}

// OptionGroup_FromOptionGroupName imports an option group by name.
func OptionGroup_FromOptionGroupName(scope constructs.Construct, id *string, optionGroupName *string) IOptionGroup {
	g := &importedOptionGroup{name: optionGroupName}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	return g
}

func (g *importedOptionGroup) OptionGroupName() *string { return g.name }

func (g *importedOptionGroup) OptionGroupRef() *interfacesawsrds.OptionGroupReference {
	return &interfacesawsrds.OptionGroupReference{OptionGroupName: g.name}
}

// AddConfiguration cannot change an imported group.
func (g *importedOptionGroup) AddConfiguration(configuration *OptionConfiguration) *bool {
	return jsii.Bool(false)
}
