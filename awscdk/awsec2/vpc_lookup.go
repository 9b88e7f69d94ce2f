package awsec2

import (
	"fmt"
	"sort"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/ojson"
)

// VpcLookupOptions say which existing VPC Vpc_FromLookup finds.
type VpcLookupOptions struct {
	// Find the account's default VPC.
	IsDefault *bool `field:"optional" json:"isDefault" yaml:"isDefault"`
	// The account that owns the VPC. Default: the stack's.
	OwnerAccountId *string `field:"optional" json:"ownerAccountId" yaml:"ownerAccountId"`
	// The VPC's region. Default: the stack's.
	Region *string `field:"optional" json:"region" yaml:"region"`
	// Also return the VPN gateway. Default: true.
	ReturnVpnGateways *bool `field:"optional" json:"returnVpnGateways" yaml:"returnVpnGateways"`
	// The tag whose value names each subnet's group. Default: aws-cdk:subnet-name.
	SubnetGroupNameTag *string `field:"optional" json:"subnetGroupNameTag" yaml:"subnetGroupNameTag"`
	// Tags the VPC must have.
	Tags *map[string]*string `field:"optional" json:"tags" yaml:"tags"`
	// The VPC's id.
	VpcId *string `field:"optional" json:"vpcId" yaml:"vpcId"`
	// The VPC's Name tag.
	VpcName *string `field:"optional" json:"vpcName" yaml:"vpcName"`
}

// dummyLookedUpVpc is what aws-cdk-lib uses until the CLI has looked the
// VPC up: two zones, each with a public, a private and an isolated subnet.
func dummyLookedUpVpc() map[string]interface{} {
	sub := func(az, id, rt string) interface{} {
		return map[string]interface{}{"availabilityZone": az, "subnetId": id, "routeTableId": rt, "cidr": "1.2.3.4/5"}
	}
	group := func(name, typ string, subs ...interface{}) interface{} {
		return map[string]interface{}{"name": name, "type": typ, "subnets": subs}
	}
	return map[string]interface{}{
		"availabilityZones": []interface{}{}, "vpcCidrBlock": "1.2.3.4/5", "vpcId": "vpc-12345",
		"subnetGroups": []interface{}{
			group("Public", "Public", sub("dummy1a", "s-12345", "rtb-12345s"), sub("dummy1b", "s-67890", "rtb-67890s")),
			group("Private", "Private", sub("dummy1a", "p-12345", "rtb-12345p"), sub("dummy1b", "p-67890", "rtb-57890p")),
			group("Isolated", "Isolated", sub("dummy1a", "p-12345", "rtb-12345p"), sub("dummy1b", "p-67890", "rtb-57890p")),
		},
	}
}

// Vpc_FromLookup imports an existing VPC found by the CDK CLI's VPC context
// provider. The query and its context key are aws-cdk-lib's, so
// cdk.context.json files are shared with the CDK CLI; while the value is
// missing, the lookup is listed in the manifest's "missing" list and a
// dummy VPC stands in.
func Vpc_FromLookup(scope constructs.Construct, id *string, options *VpcLookupOptions) IVpc {
	if options == nil {
		options = &VpcLookupOptions{}
	}
	concrete := !isUnresolved(options.VpcId) && !isUnresolved(options.VpcName)
	if options.Tags != nil {
		for k, v := range *options.Tags {
			if isUnresolved(k) || isUnresolved(v) {
				concrete = false
			}
		}
	}
	if !concrete {
		throw(scope, "All arguments to Vpc.fromLookup() must be concrete (no Tokens)")
	}
	filter := ojson.New()
	if options.Tags != nil {
		keys := make([]string, 0, len(*options.Tags))
		for k := range *options.Tags {
			keys = append(keys, k)
		}
		sort.Strings(keys) // jsii hands a Go map over with its keys sorted
		for _, k := range keys {
			filter.Set("tag:"+k, deref((*options.Tags)[k]))
		}
	}
	if deref(options.VpcId) != "" {
		filter.Set("vpc-id", *options.VpcId)
	}
	if deref(options.VpcName) != "" {
		filter.Set("tag:Name", *options.VpcName)
	}
	if deref(options.OwnerAccountId) != "" {
		filter.Set("owner-id", *options.OwnerAccountId)
	}
	if options.IsDefault != nil {
		if *options.IsDefault {
			filter.Set("isDefault", "true")
		} else {
			filter.Set("isDefault", "false")
		}
	}
	props := map[string]interface{}{"filter": filter, "returnAsymmetricSubnets": true}
	if deref(options.Region) != "" {
		props["region"] = *options.Region
	}
	if options.ReturnVpnGateways != nil {
		props["returnVpnGateways"] = *options.ReturnVpnGateways
	}
	if options.SubnetGroupNameTag != nil {
		props["subnetGroupNameTag"] = *options.SubnetGroupNameTag
	}
	res := awscdk.ContextProvider_GetValue(scope, &awscdk.GetContextValueOptions{Provider: str("vpc-provider"), Props: &props})
	silenceLiteralAzWarning(awscdk.Stack_Of(scope))
	attrs, _ := res.Value.(map[string]interface{})
	incomplete := attrs == nil
	if incomplete {
		attrs = dummyLookedUpVpc()
	}
	return newLookedUpVpc(scope, id, attrs, incomplete)
}

func getString(m map[string]interface{}, k string) *string {
	if s, ok := m[k].(string); ok {
		return &s
	}
	return nil
}

func getList(m map[string]interface{}, k string) []interface{} {
	l, _ := m[k].([]interface{})
	return l
}

func newLookedUpVpc(scope constructs.Construct, id *string, attrs map[string]interface{}, incomplete bool) IVpc {
	v := &importedVpc{lookedUp: true, cidr: getString(attrs, "vpcCidrBlock")}
	v.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{Region: getString(attrs, "region"), Account: getString(attrs, "ownerAccountId")})
	host.Set(v.Resource, v)
	v.self = v
	v.connectivity = constructs.NewDependencyGroup()
	v.incomplete = incomplete
	v.vpcID = getString(attrs, "vpcId")
	env := v.Env()
	v.vpcArn = awscdk.Arn_Format(&awscdk.ArnComponents{Service: str("ec2"), Resource: str("vpc"), ResourceName: v.vpcID,
		Region: env.Region, Account: env.Account}, awscdk.Stack_Of(v))
	v.vpnGatewayID = getString(attrs, "vpnGatewayId")
	groups := getList(attrs, "subnetGroups")
	var azs []string
	for _, g := range groups {
		gm, _ := g.(map[string]interface{})
		for _, s := range getList(gm, "subnets") {
			sm, _ := s.(map[string]interface{})
			if az := deref(getString(sm, "availabilityZone")); !contains(azs, az) {
				azs = append(azs, az)
			}
		}
	}
	sort.Strings(azs)
	v.azs = *strPtrs(azs)
	for _, g := range groups {
		gm, _ := g.(map[string]interface{})
		name := deref(getString(gm, "name"))
		var subs []ISubnet
		for i, s := range getList(gm, "subnets") {
			sm, _ := s.(map[string]interface{})
			subs = append(subs, importSubnet(v, str(fmt.Sprintf("%sSubnet%d", name, i+1)), &SubnetAttributes{
				AvailabilityZone: getString(sm, "availabilityZone"), SubnetId: getString(sm, "subnetId"),
				RouteTableId: getString(sm, "routeTableId"), Ipv4CidrBlock: getString(sm, "cidr"),
			}))
		}
		switch deref(getString(gm, "type")) {
		case "Public":
			v.public = append(v.public, subs...)
		case "Private":
			v.private = append(v.private, subs...)
		case "Isolated":
			v.iso = append(v.iso, subs...)
		}
	}
	return v
}

// literalAzRule is the validation rule a looked-up VPC's literal zones set off.
const literalAzRule = "CloudFormation-Validate::W3010"

// silenceLiteralAzWarning acknowledges W3010 on the stack, once, as the
// stack's own AvailabilityZones does: a looked-up VPC's zones are literal.
func silenceLiteralAzWarning(s awscdk.Stack) {
	for _, m := range *s.Node().Metadata() {
		if deref(m.Type) != *awscdk.Validations_ACKNOWLEDGED_RULES_METADATA_KEY() {
			continue
		}
		if data, ok := m.Data.(map[string]interface{}); ok {
			if _, done := data[literalAzRule]; done {
				return
			}
		}
	}
	awscdk.Validations_Of(s).Acknowledge(&awscdk.Acknowledgment{Id: str(literalAzRule),
		Reason: str("Literal AZs in template are the result of accessing stack.availabilityZones, this is expected and safe")})
}
