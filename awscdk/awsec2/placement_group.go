package awsec2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// PlacementGroupStrategy is how a placement group places instances.
type PlacementGroupStrategy string

const (
	PlacementGroupStrategy_CLUSTER   PlacementGroupStrategy = "CLUSTER"
	PlacementGroupStrategy_PARTITION PlacementGroupStrategy = "PARTITION"
	PlacementGroupStrategy_SPREAD    PlacementGroupStrategy = "SPREAD"
)

// PlacementGroupSpreadLevel is what a spread placement group spreads over.
type PlacementGroupSpreadLevel string

const (
	PlacementGroupSpreadLevel_HOST PlacementGroupSpreadLevel = "HOST"
	PlacementGroupSpreadLevel_RACK PlacementGroupSpreadLevel = "RACK"
)

// PlacementGroupProps are the props of NewPlacementGroup.
type PlacementGroupProps struct {
	Partitions *float64 `field:"optional" json:"partitions" yaml:"partitions"`
	// Accepted for compatibility; aws-cdk-lib 2.276 does not use it (the
	// group's name is generated), and neither does Strata.
	PlacementGroupName *string                   `field:"optional" json:"placementGroupName" yaml:"placementGroupName"`
	SpreadLevel        PlacementGroupSpreadLevel `field:"optional" json:"spreadLevel" yaml:"spreadLevel"`
	Strategy           PlacementGroupStrategy    `field:"optional" json:"strategy" yaml:"strategy"`
}

// IPlacementGroup is a placement group.
type IPlacementGroup interface {
	interfacesawsec2.IPlacementGroupRef
	awscdk.IResource
	Partitions() *float64
	PlacementGroupName() *string
	SpreadLevel() PlacementGroupSpreadLevel
	Strategy() PlacementGroupStrategy
}

// PlacementGroup is a placement group defined in this app (AWS::EC2::PlacementGroup).
type PlacementGroup interface {
	awscdk.Resource
	IPlacementGroup
	ToString() *string
}

type placementGroup struct {
	awscdk.Resource
	partitions *float64
	spread     PlacementGroupSpreadLevel
	strategy   PlacementGroupStrategy
	name       func() *string
}

func (p *placementGroup) Partitions() *float64                   { return p.partitions }
func (p *placementGroup) SpreadLevel() PlacementGroupSpreadLevel { return p.spread }
func (p *placementGroup) Strategy() PlacementGroupStrategy       { return p.strategy }
func (p *placementGroup) PlacementGroupName() *string            { return p.name() }
func (p *placementGroup) PlacementGroupRef() *interfacesawsec2.PlacementGroupReference {
	return &interfacesawsec2.PlacementGroupReference{GroupName: p.name()}
}

// NewPlacementGroup creates a placement group. Partitions imply the
// PARTITION strategy and a spread level the SPREAD strategy.
func NewPlacementGroup(scope constructs.Construct, id *string, props *PlacementGroupProps) PlacementGroup {
	props = l2.Inject(*PlacementGroup_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &PlacementGroupProps{}
	}
	p := &placementGroup{partitions: props.Partitions, spread: props.SpreadLevel, strategy: props.Strategy}
	p.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(p.Resource, p)
	if p.partitions != nil && p.strategy != "" {
		if p.strategy != PlacementGroupStrategy_PARTITION {
			throw(p, "PlacementGroup '%s' can only specify 'partitions' with the 'PARTITION' strategy", deref(id))
		}
	} else if p.partitions != nil {
		p.strategy = PlacementGroupStrategy_PARTITION
	}
	if p.spread != "" {
		if p.strategy == "" {
			p.strategy = PlacementGroupStrategy_SPREAD
		}
		if p.strategy != PlacementGroupStrategy_SPREAD {
			throw(p, "PlacementGroup '%s' can only specify 'spreadLevel' with the 'SPREAD' strategy", deref(id))
		}
	}
	res := NewCfnPlacementGroup(p, str("Resource"), &CfnPlacementGroupProps{PartitionCount: p.partitions,
		SpreadLevel: optEnum(map[PlacementGroupSpreadLevel]string{PlacementGroupSpreadLevel_HOST: "host", PlacementGroupSpreadLevel_RACK: "rack"}[p.spread]),
		Strategy: optEnum(map[PlacementGroupStrategy]string{PlacementGroupStrategy_CLUSTER: "cluster", PlacementGroupStrategy_PARTITION: "partition",
			PlacementGroupStrategy_SPREAD: "spread"}[p.strategy])})
	// aws-cdk-lib names the ARN components of a Batch compute environment
	// here; they only matter across environments.
	p.name = func() *string {
		return p.GetResourceArnAttribute(res.AttrGroupName(), &awscdk.ArnComponents{Service: str("batch"),
			Resource: str("compute-environment"), ResourceName: p.PhysicalName()})
	}
	return p
}

// PlacementGroup_FromPlacementGroupName imports a placement group by name.
func PlacementGroup_FromPlacementGroupName(scope constructs.Construct, id *string, placementGroupName *string) IPlacementGroup {
	p := &placementGroup{name: func() *string { return placementGroupName }}
	p.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(p.Resource, p)
	return p
}

func PlacementGroup_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-ec2.PlacementGroup")
}
func PlacementGroup_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }
func PlacementGroup_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func PlacementGroup_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
