package ctxproviders

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
)

// VPC is the value vpc-provider lookups cache (the cloud assembly schema's
// VpcContextResponse), fields in the order the CDK CLI writes them.
type VPC struct {
	VpcID                       string        `json:"vpcId"`
	VpcCidrBlock                string        `json:"vpcCidrBlock"`
	OwnerAccountID              string        `json:"ownerAccountId"`
	AvailabilityZones           []string      `json:"availabilityZones"`
	IsolatedSubnetIDs           []string      `json:"isolatedSubnetIds,omitempty"`
	IsolatedSubnetNames         []string      `json:"isolatedSubnetNames,omitempty"`
	IsolatedSubnetRouteTableIDs []string      `json:"isolatedSubnetRouteTableIds,omitempty"`
	PrivateSubnetIDs            []string      `json:"privateSubnetIds,omitempty"`
	PrivateSubnetNames          []string      `json:"privateSubnetNames,omitempty"`
	PrivateSubnetRouteTableIDs  []string      `json:"privateSubnetRouteTableIds,omitempty"`
	PublicSubnetIDs             []string      `json:"publicSubnetIds,omitempty"`
	PublicSubnetNames           []string      `json:"publicSubnetNames,omitempty"`
	PublicSubnetRouteTableIDs   []string      `json:"publicSubnetRouteTableIds,omitempty"`
	VpnGatewayID                string        `json:"vpnGatewayId,omitempty"`
	SubnetGroups                []SubnetGroup `json:"subnetGroups,omitempty"`
}

// SubnetGroup is one group of an asymmetric VPC lookup.
type SubnetGroup struct {
	Name    string        `json:"name"`
	Type    string        `json:"type"`
	Subnets []GroupSubnet `json:"subnets"`
}

// GroupSubnet is one subnet of a SubnetGroup.
type GroupSubnet struct {
	SubnetID         string `json:"subnetId"`
	Cidr             string `json:"cidr"`
	AvailabilityZone string `json:"availabilityZone"`
	RouteTableID     string `json:"routeTableId"`
}

type subnet struct {
	az, cidr, typ, name, id, routeTable string
}

func vpc(ctx context.Context, c *ec2.Client, raw map[string]interface{}, p props, fail func(string, ...interface{}) error) (interface{}, error) {
	filter, _ := raw["filter"].(map[string]interface{})
	var filters []ec2types.Filter
	for _, k := range sortedKeys(filter) {
		filters = append(filters, ec2types.Filter{Name: aws.String(k), Values: []string{fmt.Sprint(filter[k])}})
	}
	vpcs, err := c.DescribeVpcs(ctx, &ec2.DescribeVpcsInput{Filters: filters})
	if err != nil {
		return nil, err
	}
	switch len(vpcs.Vpcs) {
	case 0:
		return nil, fail("Could not find any VPCs matching %s", quoted(raw))
	case 1:
	default:
		return nil, fail("Found %d VPCs matching %s; please narrow the search criteria", len(vpcs.Vpcs), quoted(raw))
	}
	v := vpcs.Vpcs[0]
	byVPC := []ec2types.Filter{{Name: aws.String("vpc-id"), Values: []string{aws.ToString(v.VpcId)}}}
	sn, err := c.DescribeSubnets(ctx, &ec2.DescribeSubnetsInput{Filters: byVPC})
	if err != nil {
		return nil, err
	}
	rt, err := c.DescribeRouteTables(ctx, &ec2.DescribeRouteTablesInput{Filters: byVPC})
	if err != nil {
		return nil, err
	}
	tables := routeTables(rt.RouteTables)
	nameTag := p.str("subnetGroupNameTag")
	var subnets []subnet
	for _, s := range sn.Subnets {
		id := aws.ToString(s.SubnetId)
		typ := tag("aws-cdk:subnet-type", s.Tags)
		switch {
		case typ != "":
		case aws.ToBool(s.MapPublicIpOnLaunch), tables.routeTo(id, isIGW):
			typ = "Public"
		case tables.routeTo(id, isNAT), tables.routeTo(id, isTGW):
			typ = "Private"
		default:
			typ = "Isolated"
		}
		if typ != "Public" && typ != "Private" && typ != "Isolated" {
			return nil, fail("Subnet %s has invalid subnet type %s (must be Public, Private or Isolated)", aws.ToString(s.SubnetArn), typ)
		}
		if nameTag != "" && tag(nameTag, s.Tags) == "" {
			return nil, fail("Invalid subnetGroupNameTag: Subnet %s does not have an associated tag with Key='%s'", aws.ToString(s.SubnetArn), nameTag)
		}
		nt := nameTag
		if nt == "" {
			nt = "aws-cdk:subnet-name"
		}
		name := tag(nt, s.Tags)
		if name == "" {
			name = typ
		}
		table := tables.idFor(id)
		if table == "" {
			return nil, fail("Subnet %s does not have an associated route table (and there is no \"main\" table)", aws.ToString(s.SubnetArn))
		}
		subnets = append(subnets, subnet{az: aws.ToString(s.AvailabilityZone), cidr: aws.ToString(s.CidrBlock), typ: typ, name: name, id: id, routeTable: table})
	}
	groups := group(subnets)
	out := VPC{VpcID: aws.ToString(v.VpcId), VpcCidrBlock: aws.ToString(v.CidrBlock), OwnerAccountID: aws.ToString(v.OwnerId)}
	if asym, _ := raw["returnAsymmetricSubnets"].(bool); asym {
		out.AvailabilityZones = []string{}
		kinds := map[string]string{"Public": "Public", "Private": "Private", "Isolated": "Isolated"}
		for _, g := range groups {
			sg := SubnetGroup{Name: g[0].name, Type: kinds[g[0].typ]}
			for _, s := range g {
				sg.Subnets = append(sg.Subnets, GroupSubnet{SubnetID: s.id, Cidr: s.cidr, AvailabilityZone: s.az, RouteTableID: s.routeTable})
			}
			out.SubnetGroups = append(out.SubnetGroups, sg)
		}
	} else if len(groups) > 0 {
		azs := func(g []subnet) []string {
			var out []string
			for _, s := range g {
				out = append(out, s.az)
			}
			return out
		}
		out.AvailabilityZones = azs(groups[0])
		for _, g := range groups {
			if strings.Join(azs(g), ",") != strings.Join(out.AvailabilityZones, ",") {
				return nil, fail("Not all subnets in VPC have the same AZs: %s vs %s", strings.Join(azs(g), ","), strings.Join(out.AvailabilityZones, ","))
			}
		}
		for _, g := range groups {
			var ids, tbls []string
			for _, s := range g {
				ids = append(ids, s.id)
				tbls = append(tbls, s.routeTable)
			}
			switch g[0].typ {
			case "Isolated":
				out.IsolatedSubnetIDs = append(out.IsolatedSubnetIDs, ids...)
				out.IsolatedSubnetNames = append(out.IsolatedSubnetNames, g[0].name)
				out.IsolatedSubnetRouteTableIDs = append(out.IsolatedSubnetRouteTableIDs, tbls...)
			case "Private":
				out.PrivateSubnetIDs = append(out.PrivateSubnetIDs, ids...)
				out.PrivateSubnetNames = append(out.PrivateSubnetNames, g[0].name)
				out.PrivateSubnetRouteTableIDs = append(out.PrivateSubnetRouteTableIDs, tbls...)
			case "Public":
				out.PublicSubnetIDs = append(out.PublicSubnetIDs, ids...)
				out.PublicSubnetNames = append(out.PublicSubnetNames, g[0].name)
				out.PublicSubnetRouteTableIDs = append(out.PublicSubnetRouteTableIDs, tbls...)
			}
		}
	} else {
		// No subnets at all: the CDK CLI fails reading the first group.
		return nil, fail("Cannot read properties of undefined (reading 'subnets')")
	}
	if vpn, ok := raw["returnVpnGateways"].(bool); !ok || vpn {
		gws, err := c.DescribeVpnGateways(ctx, &ec2.DescribeVpnGatewaysInput{Filters: []ec2types.Filter{
			{Name: aws.String("attachment.vpc-id"), Values: []string{out.VpcID}},
			{Name: aws.String("attachment.state"), Values: []string{"attached"}},
			{Name: aws.String("state"), Values: []string{"available"}},
		}})
		if err != nil {
			return nil, err
		}
		if len(gws.VpnGateways) == 1 {
			out.VpnGatewayID = aws.ToString(gws.VpnGateways[0].VpnGatewayId)
		}
	}
	return out, nil
}

// group collects subnets by type and name, in order of first appearance,
// each group sorted by availability zone.
func group(subnets []subnet) [][]subnet {
	index := map[string]int{}
	var groups [][]subnet
	for _, s := range subnets {
		k := s.typ + "," + s.name
		i, ok := index[k]
		if !ok {
			i = len(groups)
			index[k] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], s)
	}
	for _, g := range groups {
		sort.SliceStable(g, func(a, b int) bool { return g[a].az < g[b].az })
	}
	return groups
}

func tag(key string, tags []ec2types.Tag) string {
	for _, t := range tags {
		if aws.ToString(t.Key) == key {
			return aws.ToString(t.Value)
		}
	}
	return ""
}

type routeTables []ec2types.RouteTable

func (r routeTables) forSubnet(id string) *ec2types.RouteTable {
	for i := range r {
		for _, a := range r[i].Associations {
			if aws.ToString(a.SubnetId) == id {
				return &r[i]
			}
		}
	}
	return nil
}

func (r routeTables) main() *ec2types.RouteTable {
	for i := range r {
		for _, a := range r[i].Associations {
			if aws.ToBool(a.Main) {
				return &r[i]
			}
		}
	}
	return nil
}

func (r routeTables) idFor(subnetID string) string {
	if t := r.forSubnet(subnetID); t != nil && t.RouteTableId != nil {
		return aws.ToString(t.RouteTableId)
	}
	if m := r.main(); m != nil {
		return aws.ToString(m.RouteTableId)
	}
	return ""
}

func (r routeTables) routeTo(subnetID string, match func(ec2types.Route) bool) bool {
	t := r.forSubnet(subnetID)
	if t == nil {
		t = r.main()
	}
	if t == nil {
		return false
	}
	for _, rt := range t.Routes {
		if match(rt) {
			return true
		}
	}
	return false
}

func isIGW(r ec2types.Route) bool { return strings.HasPrefix(aws.ToString(r.GatewayId), "igw-") }
func isNAT(r ec2types.Route) bool {
	return r.NatGatewayId != nil && aws.ToString(r.DestinationCidrBlock) == "0.0.0.0/0"
}
func isTGW(r ec2types.Route) bool {
	return r.TransitGatewayId != nil && aws.ToString(r.DestinationCidrBlock) == "0.0.0.0/0"
}
