package awsrds

import (
	"sort"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsrds"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// ParameterGroupClusterBindOptions are given to IParameterGroup.BindToCluster.
type ParameterGroupClusterBindOptions struct{}

// ParameterGroupInstanceBindOptions are given to IParameterGroup.BindToInstance.
type ParameterGroupInstanceBindOptions struct{}

// ParameterGroupClusterConfig is a parameter group bound to a cluster.
type ParameterGroupClusterConfig struct {
	ParameterGroupName *string `field:"required" json:"parameterGroupName" yaml:"parameterGroupName"`
}

// ParameterGroupInstanceConfig is a parameter group bound to an instance.
type ParameterGroupInstanceConfig struct {
	ParameterGroupName *string `field:"required" json:"parameterGroupName" yaml:"parameterGroupName"`
}

// IParameterGroup is a parameter group; it renders a cluster or an instance
// parameter group (or both) depending on what it is bound to.
type IParameterGroup interface {
	interfacesawsrds.IDBClusterParameterGroupRef
	interfacesawsrds.IDBParameterGroupRef
	awscdk.IResource
	AddParameter(key *string, value *string) *bool
	BindToCluster(options *ParameterGroupClusterBindOptions) *ParameterGroupClusterConfig
	BindToInstance(options *ParameterGroupInstanceBindOptions) *ParameterGroupInstanceConfig
}

// ParameterGroupProps define a parameter group.
type ParameterGroupProps struct {
	Engine IEngine `field:"required" json:"engine" yaml:"engine"`
	// Default: "Parameter group for <family>" (or "Cluster parameter group for <family>").
	Description *string             `field:"optional" json:"description" yaml:"description"`
	Name        *string             `field:"optional" json:"name" yaml:"name"`
	Parameters  *map[string]*string `field:"optional" json:"parameters" yaml:"parameters"`
	// Default: DESTROY (nothing rendered).
	RemovalPolicy awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
}

// ParameterGroup is a parameter group defined in this app.
type ParameterGroup interface {
	awscdk.Resource
	IParameterGroup
}

type parameterGroup struct {
	awscdk.Resource
	family, description *string
	name                *string
	params              *ojson.Object
	removal             awscdk.RemovalPolicy
	cluster             CfnDBClusterParameterGroup
	instance            CfnDBParameterGroup
}

// ParameterGroup_PROPERTY_INJECTION_ID is the id property injectors use for ParameterGroup.
func ParameterGroup_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-rds.ParameterGroup")
}

// ParameterGroup_IsConstruct reports whether x is a construct.
func ParameterGroup_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// ParameterGroup_IsResource reports whether the construct is a resource.
func ParameterGroup_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// ParameterGroup_IsOwnedResource reports whether the construct is a resource owned by this app.
func ParameterGroup_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// NewParameterGroup creates a parameter group; its CloudFormation resource
// is made when a cluster or an instance uses it.
func NewParameterGroup(scope constructs.Construct, id *string, props *ParameterGroupProps) ParameterGroup {
	props = l2.Inject(*ParameterGroup_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Engine == nil {
		l2.RequireProps(scope, id, "ParameterGroup", "engine")
	}
	g := &parameterGroup{}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	g.family = props.Engine.ParameterGroupFamily()
	if g.family == nil {
		l2.Throw(g, "ParameterGroup cannot be used with an engine that doesn't specify a version")
	}
	g.description, g.name, g.removal = props.Description, props.Name, props.RemovalPolicy
	g.params = ojson.New()
	if props.Parameters != nil {
		// jsii hands a Go map over with its keys sorted.
		keys := make([]string, 0, len(*props.Parameters))
		for k := range *props.Parameters {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			g.params.Set(k, (*props.Parameters)[k])
		}
	}
	return g
}

// ParameterGroup_ForCluster creates a parameter group with its cluster resource.
func ParameterGroup_ForCluster(scope constructs.Construct, id *string, props *ParameterGroupProps) IParameterGroup {
	g := NewParameterGroup(scope, id, props)
	g.BindToCluster(nil)
	return g
}

// ParameterGroup_ForInstance creates a parameter group with its instance resource.
func ParameterGroup_ForInstance(scope constructs.Construct, id *string, props *ParameterGroupProps) IParameterGroup {
	g := NewParameterGroup(scope, id, props)
	g.BindToInstance(nil)
	return g
}

func (g *parameterGroup) paramsValue() interface{} {
	return awscdk.Lazy_Any(anyProducer(func() interface{} { return g.params }), nil)
}

func (g *parameterGroup) AddParameter(key *string, value *string) *bool {
	g.params.Set(deref(key), value)
	return jsii.Bool(true)
}

func (g *parameterGroup) BindToCluster(options *ParameterGroupClusterBindOptions) *ParameterGroupClusterConfig {
	if g.cluster == nil {
		id := "Resource"
		if g.instance != nil {
			id = "ClusterParameterGroup"
		}
		desc := g.description
		if deref(desc) == "" {
			desc = jsii.String("Cluster parameter group for " + *g.family)
		}
		g.cluster = NewCfnDBClusterParameterGroup(g, jsii.String(id), &CfnDBClusterParameterGroupProps{
			Description: desc, Family: g.family, DbClusterParameterGroupName: g.name, Parameters: g.paramsValue(),
		})
	}
	if g.removal != "" {
		g.cluster.ApplyRemovalPolicy(g.removal, nil)
	}
	return &ParameterGroupClusterConfig{ParameterGroupName: g.cluster.Ref()}
}

func (g *parameterGroup) BindToInstance(options *ParameterGroupInstanceBindOptions) *ParameterGroupInstanceConfig {
	if g.instance == nil {
		id := "Resource"
		if g.cluster != nil {
			id = "InstanceParameterGroup"
		}
		desc := g.description
		if deref(desc) == "" {
			desc = jsii.String("Parameter group for " + *g.family)
		}
		g.instance = NewCfnDBParameterGroup(g, jsii.String(id), &CfnDBParameterGroupProps{
			Description: desc, Family: g.family, DbParameterGroupName: g.name, Parameters: g.paramsValue(),
		})
	}
	if g.removal != "" {
		g.instance.ApplyRemovalPolicy(g.removal, nil)
	}
	return &ParameterGroupInstanceConfig{ParameterGroupName: g.instance.Ref()}
}

func (g *parameterGroup) DbParameterGroupRef() *interfacesawsrds.DBParameterGroupReference {
	ref := &interfacesawsrds.DBParameterGroupReference{DbParameterGroupName: jsii.String(deref(g.name))}
	if g.instance != nil {
		ref.DbParameterGroupName = g.instance.Ref()
		ref.DbParameterGroupArn = g.instance.AttrDbParameterGroupArn()
	}
	return ref
}

func (g *parameterGroup) DbClusterParameterGroupRef() *interfacesawsrds.DBClusterParameterGroupReference {
	ref := &interfacesawsrds.DBClusterParameterGroupReference{DbClusterParameterGroupName: jsii.String(deref(g.name))}
	if g.cluster != nil {
		ref.DbClusterParameterGroupName = g.cluster.Ref()
	}
	return ref
}

type importedParameterGroup struct {
	awscdk.Resource
	name *string
}

// ParameterGroup_FromParameterGroupName refers to an existing parameter group
// (such as an engine's "default.<family>").
func ParameterGroup_FromParameterGroupName(scope constructs.Construct, id *string, parameterGroupName *string) IParameterGroup {
	g := &importedParameterGroup{name: parameterGroupName}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	return g
}

func (g *importedParameterGroup) AddParameter(key *string, value *string) *bool {
	return jsii.Bool(false)
}

func (g *importedParameterGroup) BindToCluster(options *ParameterGroupClusterBindOptions) *ParameterGroupClusterConfig {
	return &ParameterGroupClusterConfig{ParameterGroupName: g.name}
}

func (g *importedParameterGroup) BindToInstance(options *ParameterGroupInstanceBindOptions) *ParameterGroupInstanceConfig {
	return &ParameterGroupInstanceConfig{ParameterGroupName: g.name}
}

func (g *importedParameterGroup) DbParameterGroupRef() *interfacesawsrds.DBParameterGroupReference {
	return &interfacesawsrds.DBParameterGroupReference{DbParameterGroupName: g.name,
		DbParameterGroupArn: awscdk.Stack_Of(g).FormatArn(&awscdk.ArnComponents{Service: jsii.String("rds"), Resource: jsii.String("pg"),
			ResourceName: g.name, ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})}
}

func (g *importedParameterGroup) DbClusterParameterGroupRef() *interfacesawsrds.DBClusterParameterGroupReference {
	return &interfacesawsrds.DBClusterParameterGroupReference{DbClusterParameterGroupName: g.name}
}
