package awsec2

import (
	"encoding/json"
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
)

// VpcAttributes describe a VPC defined outside this app. Subnet ids are
// listed group by group, one subnet per availability zone in each group.
type VpcAttributes struct {
	AvailabilityZones            *[]*string `field:"required" json:"availabilityZones" yaml:"availabilityZones"`
	VpcId                        *string    `field:"required" json:"vpcId" yaml:"vpcId"`
	IsolatedSubnetIds            *[]*string `field:"optional" json:"isolatedSubnetIds" yaml:"isolatedSubnetIds"`
	IsolatedSubnetIpv4CidrBlocks *[]*string `field:"optional" json:"isolatedSubnetIpv4CidrBlocks" yaml:"isolatedSubnetIpv4CidrBlocks"`
	IsolatedSubnetNames          *[]*string `field:"optional" json:"isolatedSubnetNames" yaml:"isolatedSubnetNames"`
	IsolatedSubnetRouteTableIds  *[]*string `field:"optional" json:"isolatedSubnetRouteTableIds" yaml:"isolatedSubnetRouteTableIds"`
	PrivateSubnetIds             *[]*string `field:"optional" json:"privateSubnetIds" yaml:"privateSubnetIds"`
	PrivateSubnetIpv4CidrBlocks  *[]*string `field:"optional" json:"privateSubnetIpv4CidrBlocks" yaml:"privateSubnetIpv4CidrBlocks"`
	PrivateSubnetNames           *[]*string `field:"optional" json:"privateSubnetNames" yaml:"privateSubnetNames"`
	PrivateSubnetRouteTableIds   *[]*string `field:"optional" json:"privateSubnetRouteTableIds" yaml:"privateSubnetRouteTableIds"`
	PublicSubnetIds              *[]*string `field:"optional" json:"publicSubnetIds" yaml:"publicSubnetIds"`
	PublicSubnetIpv4CidrBlocks   *[]*string `field:"optional" json:"publicSubnetIpv4CidrBlocks" yaml:"publicSubnetIpv4CidrBlocks"`
	PublicSubnetNames            *[]*string `field:"optional" json:"publicSubnetNames" yaml:"publicSubnetNames"`
	PublicSubnetRouteTableIds    *[]*string `field:"optional" json:"publicSubnetRouteTableIds" yaml:"publicSubnetRouteTableIds"`
	Region                       *string    `field:"optional" json:"region" yaml:"region"`
	VpcCidrBlock                 *string    `field:"optional" json:"vpcCidrBlock" yaml:"vpcCidrBlock"`
	VpnGatewayId                 *string    `field:"optional" json:"vpnGatewayId" yaml:"vpnGatewayId"`
}

// importedVpc is a VPC defined outside this app, from its attributes or
// from a context lookup.
type importedVpc struct {
	vpcBase
	cidr     *string
	lookedUp bool
}

func (v *importedVpc) VpcCidrBlock() *string {
	if v.cidr == nil {
		how := "supplied when creating this VPC"
		if v.lookedUp {
			how = "found when looking up this VPC. Use a newer version of the CDK CLI and do the lookup again"
		}
		throw(v, "Cannot perform this operation: 'vpcCidrBlock' was not %s", how)
	}
	return v.cidr
}

// Vpc_FromVpcAttributes imports a VPC from its attributes. The subnets'
// ids, route tables and CIDRs are given group by group.
func Vpc_FromVpcAttributes(scope constructs.Construct, id *string, attrs *VpcAttributes) IVpc {
	if attrs == nil {
		attrs = &VpcAttributes{}
	}
	v := &importedVpc{cidr: attrs.VpcCidrBlock}
	v.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{Region: attrs.Region})
	host.Set(v.Resource, v)
	v.self = v
	v.connectivity = constructs.NewDependencyGroup()
	v.vpcID = attrs.VpcId
	v.vpcArn = awscdk.Arn_Format(&awscdk.ArnComponents{Service: str("ec2"), Resource: str("vpc"), ResourceName: v.vpcID}, awscdk.Stack_Of(v))
	if attrs.AvailabilityZones != nil {
		v.azs = append([]*string{}, *attrs.AvailabilityZones...)
	}
	v.vpnGatewayID = attrs.VpnGatewayId
	for _, l := range []struct {
		name string
		list *[]*string
	}{{"availabilityZones", attrs.AvailabilityZones}, {"isolatedSubnetIds", attrs.IsolatedSubnetIds},
		{"isolatedSubnetIpv4CidrBlocks", attrs.IsolatedSubnetIpv4CidrBlocks}, {"isolatedSubnetNames", attrs.IsolatedSubnetNames},
		{"isolatedSubnetRouteTableIds", attrs.IsolatedSubnetRouteTableIds}, {"privateSubnetIds", attrs.PrivateSubnetIds},
		{"privateSubnetIpv4CidrBlocks", attrs.PrivateSubnetIpv4CidrBlocks}, {"privateSubnetNames", attrs.PrivateSubnetNames},
		{"privateSubnetRouteTableIds", attrs.PrivateSubnetRouteTableIds}, {"publicSubnetIds", attrs.PublicSubnetIds},
		{"publicSubnetIpv4CidrBlocks", attrs.PublicSubnetIpv4CidrBlocks}, {"publicSubnetNames", attrs.PublicSubnetNames},
		{"publicSubnetRouteTableIds", attrs.PublicSubnetRouteTableIds}} {
		if l.list != nil && isUnresolved(l.list) {
			awscdk.Annotations_Of(v).AddWarningV2(str("@aws-cdk/aws-ec2:vpcAttributeIsListToken"+l.name),
				str("fromVpcAttributes: '"+l.name+"' is a list token: the imported VPC will not work with constructs that require a list of subnets at synthesis time. Use 'Vpc.fromLookup()' or 'Fn.importListValue' instead."))
		}
	}
	v.public = v.importGroup(attrs.PublicSubnetIds, attrs.PublicSubnetNames, attrs.PublicSubnetRouteTableIds, attrs.PublicSubnetIpv4CidrBlocks, SubnetType_PUBLIC, "public")
	v.private = v.importGroup(attrs.PrivateSubnetIds, attrs.PrivateSubnetNames, attrs.PrivateSubnetRouteTableIds, attrs.PrivateSubnetIpv4CidrBlocks, SubnetType_PRIVATE_WITH_EGRESS, "private")
	v.iso = v.importGroup(attrs.IsolatedSubnetIds, attrs.IsolatedSubnetNames, attrs.IsolatedSubnetRouteTableIds, attrs.IsolatedSubnetIpv4CidrBlocks, SubnetType_PRIVATE_ISOLATED, "isolated")
	return v
}

// importGroup imports one kind of subnets: ids[i] is in zone i mod len(azs)
// and in group i div len(azs).
func (v *importedVpc) importGroup(ids, names, tables, cidrs *[]*string, t SubnetType, field string) []ISubnet {
	idList, tableList, cidrList := ptrList(ids), ptrList(tables), ptrList(cidrs)
	nAz := len(v.azs)
	if len(idList) == 0 {
		return nil
	}
	if nAz == 0 || len(idList)%nAz != 0 {
		throw(v, "Number of %sSubnetIds (%d) must be a multiple of availability zones (%d).", field, len(idList), nAz)
	}
	groups := len(idList) / nAz
	if tables != nil && len(tableList) != len(idList) {
		throw(v, "Number of %sSubnetRouteTableIds (%d) must be equal to the amount of %sSubnetIds (%d).", field, len(tableList), field, len(idList))
	}
	if cidrs != nil && len(cidrList) != len(idList) {
		throw(v, "Number of %sSubnetIpv4CidrBlocks (%d) must be equal to the amount of %sSubnetIds (%d).", field, len(cidrList), field, len(idList))
	}
	groupNames := []string{defaultSubnetName(t)}
	if names != nil && len(*names) > 0 {
		if len(*names) != groups {
			b, _ := json.Marshal(strs(names))
			throw(v, "%sSubnetNames must have an entry for every corresponding subnet group, got: %s", field, b)
		}
		groupNames = strs(names)
	}
	out := make([]ISubnet, len(idList))
	for i := range idList {
		attrs := &SubnetAttributes{AvailabilityZone: v.azs[i%nAz], SubnetId: idList[i]}
		if i < len(tableList) {
			attrs.RouteTableId = tableList[i]
		}
		if i < len(cidrList) {
			attrs.Ipv4CidrBlock = cidrList[i]
		}
		out[i] = importSubnet(v, str(fmt.Sprintf("%sSubnet%d", groupNames[i/nAz], i+1)), attrs)
	}
	return out
}

func ptrList(p *[]*string) []*string {
	if p == nil {
		return nil
	}
	return *p
}
