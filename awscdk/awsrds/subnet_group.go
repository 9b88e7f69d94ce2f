package awsrds

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsrds"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ISubnetGroup is a DB subnet group, defined here or imported.
type ISubnetGroup interface {
	interfacesawsrds.IDBSubnetGroupRef
	awscdk.IResource
	SubnetGroupName() *string
}

// SubnetGroupProps define a DB subnet group.
type SubnetGroupProps struct {
	Description *string     `field:"required" json:"description" yaml:"description"`
	Vpc         awsec2.IVpc `field:"required" json:"vpc" yaml:"vpc"`
	// Default: DESTROY (nothing rendered).
	RemovalPolicy awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	// Lower-cased, as RDS stores it.
	SubnetGroupName *string `field:"optional" json:"subnetGroupName" yaml:"subnetGroupName"`
	// Default: the private subnets with egress.
	VpcSubnets *awsec2.SubnetSelection `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// SubnetGroup is a DB subnet group (AWS::RDS::DBSubnetGroup).
type SubnetGroup interface {
	awscdk.Resource
	ISubnetGroup
}

type subnetGroup struct {
	awscdk.Resource
	name *string
}

func (g *subnetGroup) SubnetGroupName() *string { return g.name }

func (g *subnetGroup) DbSubnetGroupRef() *interfacesawsrds.DBSubnetGroupReference {
	return &interfacesawsrds.DBSubnetGroupReference{
		DbSubnetGroupName: g.name,
		DbSubnetGroupArn: awscdk.Stack_Of(g).FormatArn(&awscdk.ArnComponents{Service: jsii.String("rds"), Resource: jsii.String("subgrp"),
			ResourceName: g.name, ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME}),
	}
}

// SubnetGroup_PROPERTY_INJECTION_ID is the id property injectors use for SubnetGroup.
func SubnetGroup_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-rds.SubnetGroup")
}

// SubnetGroup_IsConstruct reports whether x is a construct.
func SubnetGroup_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// SubnetGroup_IsResource reports whether the construct is a resource.
func SubnetGroup_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// SubnetGroup_IsOwnedResource reports whether the construct is a resource owned by this app.
func SubnetGroup_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// NewSubnetGroup creates a DB subnet group over subnets of a VPC.
func NewSubnetGroup(scope constructs.Construct, id *string, props *SubnetGroupProps) SubnetGroup {
	props = l2.Inject(*SubnetGroup_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Vpc == nil || props.Description == nil {
		l2.RequireProps(scope, id, "SubnetGroup", "description", "vpc")
	}
	g := &subnetGroup{}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	sel := props.VpcSubnets
	if sel == nil {
		sel = &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS}
	}
	name := props.SubnetGroupName
	if name != nil && !*awscdk.Token_IsUnresolved(name) {
		name = jsii.String(strings.ToLower(*name))
	}
	res := NewCfnDBSubnetGroup(g, jsii.String("Default"), &CfnDBSubnetGroupProps{
		DbSubnetGroupDescription: props.Description,
		DbSubnetGroupName:        name,
		SubnetIds:                anyList(props.Vpc.SelectSubnets(sel).SubnetIds),
	})
	if props.RemovalPolicy != "" {
		res.ApplyRemovalPolicy(props.RemovalPolicy, nil)
	}
	g.name = res.Ref()
	return g
}

type importedSubnetGroup struct {
	subnetGroup
}

// SubnetGroup_FromSubnetGroupName imports a DB subnet group by name.
func SubnetGroup_FromSubnetGroupName(scope constructs.Construct, id *string, subnetGroupName *string) ISubnetGroup {
	g := &importedSubnetGroup{}
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	g.name = subnetGroupName
	return g
}
