package awsrds

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsrds"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// DatabaseProxyEndpointOptions configure an endpoint added with AddEndpoint.
type DatabaseProxyEndpointOptions struct {
	// Default: the proxy's VPC.
	Vpc                 awsec2.IVpc              `field:"required" json:"vpc" yaml:"vpc"`
	DbProxyEndpointName *string                  `field:"optional" json:"dbProxyEndpointName" yaml:"dbProxyEndpointName"`
	SecurityGroups      *[]awsec2.ISecurityGroup `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	TargetRole          ProxyEndpointTargetRole  `field:"optional" json:"targetRole" yaml:"targetRole"`
	VpcSubnets          *awsec2.SubnetSelection  `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// DatabaseProxyEndpointProps configure a DatabaseProxyEndpoint.
type DatabaseProxyEndpointProps struct {
	Vpc                 awsec2.IVpc                  `field:"required" json:"vpc" yaml:"vpc"`
	DbProxyEndpointName *string                      `field:"optional" json:"dbProxyEndpointName" yaml:"dbProxyEndpointName"`
	SecurityGroups      *[]awsec2.ISecurityGroup     `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	TargetRole          ProxyEndpointTargetRole      `field:"optional" json:"targetRole" yaml:"targetRole"`
	VpcSubnets          *awsec2.SubnetSelection      `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	DbProxy             interfacesawsrds.IDBProxyRef `field:"required" json:"dbProxy" yaml:"dbProxy"`
}

// DatabaseProxyEndpointAttributes describe an existing proxy endpoint.
type DatabaseProxyEndpointAttributes struct {
	DbProxyEndpointArn  *string `field:"required" json:"dbProxyEndpointArn" yaml:"dbProxyEndpointArn"`
	DbProxyEndpointName *string `field:"required" json:"dbProxyEndpointName" yaml:"dbProxyEndpointName"`
	Endpoint            *string `field:"required" json:"endpoint" yaml:"endpoint"`
}

// IDatabaseProxyEndpoint is a proxy endpoint, new or imported.
type IDatabaseProxyEndpoint interface {
	interfacesawsrds.IDBProxyEndpointRef
	awscdk.IResource
	DbProxyEndpointArn() *string
	DbProxyEndpointName() *string
	Endpoint() *string
}

// DatabaseProxyEndpoint is an additional endpoint of an RDS proxy.
type DatabaseProxyEndpoint interface {
	awscdk.Resource
	IDatabaseProxyEndpoint
}

type proxyEndpoint struct {
	awscdk.Resource
	name, arn, endpoint *string
}

func (e *proxyEndpoint) DbProxyEndpointArn() *string  { return e.arn }
func (e *proxyEndpoint) DbProxyEndpointName() *string { return e.name }
func (e *proxyEndpoint) Endpoint() *string            { return e.endpoint }
func (e *proxyEndpoint) DbProxyEndpointRef() *interfacesawsrds.DBProxyEndpointReference {
	return &interfacesawsrds.DBProxyEndpointReference{DbProxyEndpointName: e.name, DbProxyEndpointArn: e.arn}
}

// DatabaseProxyEndpoint_PROPERTY_INJECTION_ID is the id property injectors use for DatabaseProxyEndpoint.
func DatabaseProxyEndpoint_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-rds.DatabaseProxyEndpoint")
}

// DatabaseProxyEndpoint_IsConstruct reports whether x is a construct.
func DatabaseProxyEndpoint_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// DatabaseProxyEndpoint_IsResource reports whether the construct is a resource.
func DatabaseProxyEndpoint_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// DatabaseProxyEndpoint_IsOwnedResource reports whether the construct is a resource owned by this app.
func DatabaseProxyEndpoint_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// DatabaseProxyEndpoint_FromDatabaseProxyEndpointAttributes imports an existing endpoint.
func DatabaseProxyEndpoint_FromDatabaseProxyEndpointAttributes(scope constructs.Construct, id *string, attrs *DatabaseProxyEndpointAttributes) IDatabaseProxyEndpoint {
	e := &proxyEndpoint{}
	e.Resource = awscdk.NewResource(scope, id, nil)
	if attrs == nil {
		l2.Throw(e, "DatabaseProxyEndpoint_FromDatabaseProxyEndpointAttributes needs attributes")
	}
	e.name, e.arn, e.endpoint = attrs.DbProxyEndpointName, attrs.DbProxyEndpointArn, attrs.Endpoint
	return e
}

// NewDatabaseProxyEndpoint adds an endpoint to a proxy.
func NewDatabaseProxyEndpoint(scope constructs.Construct, id *string, props *DatabaseProxyEndpointProps) DatabaseProxyEndpoint {
	props = l2.Inject(*DatabaseProxyEndpoint_PROPERTY_INJECTION_ID(), props, scope, id)
	e := &proxyEndpoint{}
	NewDatabaseProxyEndpoint_Override(e, scope, id, props)
	return e
}

// NewDatabaseProxyEndpoint_Override initialises d as NewDatabaseProxyEndpoint does.
func NewDatabaseProxyEndpoint_Override(d DatabaseProxyEndpoint, scope constructs.Construct, id *string, props *DatabaseProxyEndpointProps) {
	e, ok := d.(*proxyEndpoint)
	if !ok {
		e = &proxyEndpoint{}
	}
	e.Resource = awscdk.NewResource(scope, id, nil)
	if props == nil || props.Vpc == nil || props.DbProxy == nil {
		l2.Throw(e, "DatabaseProxyEndpoint needs vpc and dbProxy")
	}
	name := props.DbProxyEndpointName
	if name == nil {
		name = awscdk.Names_UniqueResourceName(e, &awscdk.UniqueResourceNameOptions{MaxLength: jsii.Number(60)})
	}
	subnets := props.Vpc.SelectSubnets(props.VpcSubnets).SubnetIds
	if len(*subnets) < 2 {
		l2.Throw(e, "`subnets` requires at least 2 subnets, got %d", len(*subnets))
	}
	var sgIDs *[]interface{}
	if props.SecurityGroups != nil {
		if len(*props.SecurityGroups) == 0 {
			l2.Throw(e, "`securityGroups` must be undefined or a non-empty array.")
		}
		ids := []interface{}{}
		for _, g := range *props.SecurityGroups {
			ids = append(ids, g.SecurityGroupId())
		}
		sgIDs = &ids
	}
	res := NewCfnDBProxyEndpoint(e, jsii.String("Resource"), &CfnDBProxyEndpointProps{DbProxyEndpointName: name,
		DbProxyName: props.DbProxy.DbProxyRef().DbProxyName, VpcSubnetIds: anyList(subnets), VpcSecurityGroupIds: sgIDs,
		TargetRole: strOrNilType(string(props.TargetRole))})
	e.name, e.arn, e.endpoint = name, res.AttrDbProxyEndpointArn(), res.AttrEndpoint()
}

// AddEndpoint adds an endpoint to the proxy, in its VPC unless options say otherwise.
func (p *databaseProxy) AddEndpoint(id *string, options *DatabaseProxyEndpointOptions) IDatabaseProxyEndpoint {
	props := &DatabaseProxyEndpointProps{DbProxy: p, Vpc: p.vpc}
	if options != nil {
		if options.Vpc != nil {
			props.Vpc = options.Vpc
		}
		props.DbProxyEndpointName, props.SecurityGroups, props.TargetRole, props.VpcSubnets =
			options.DbProxyEndpointName, options.SecurityGroups, options.TargetRole, options.VpcSubnets
	}
	return NewDatabaseProxyEndpoint(p, id, props)
}
