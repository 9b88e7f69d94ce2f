package awsec2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the PrefixLists stack in testdata/twins.js.
var prefixListCases = map[string]func(st awscdk.Stack){
	"PrefixLists": func(st awscdk.Stack) {
		vpc := awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: n(1), NatGateways: n(0)})
		offices := awsec2.NewPrefixList(st, s("Offices"), &awsec2.PrefixListProps{PrefixListName: s("offices"), Entries: &[]*awsec2.CfnPrefixList_EntryProperty{
			{Cidr: s("10.1.0.0/16"), Description: s("HQ")}, {Cidr: s("10.2.0.0/16")}}})
		v6 := awsec2.NewPrefixList(st, s("V6"), &awsec2.PrefixListProps{AddressFamily: awsec2.AddressFamily_IP_V6,
			Entries: &[]*awsec2.CfnPrefixList_EntryProperty{{Cidr: s("2001:db8::/32")}}, MaxEntries: n(10)})
		awsec2.NewPrefixList(st, s("Empty"), nil)
		imported := awsec2.PrefixList_FromPrefixListId(st, s("Imported"), s("pl-0123456789abcdef0"))
		sg := awsec2.NewSecurityGroup(st, s("Sg"), &awsec2.SecurityGroupProps{Vpc: vpc, AllowAllOutbound: jsii.Bool(false)})
		sg.AddIngressRule(offices, awsec2.Port_SSH(), nil, nil)
		sg.AddIngressRule(v6, awsec2.Port_HTTPS(), nil, nil)
		sg.AddEgressRule(imported, awsec2.Port_HTTPS(), nil, nil)
		sg.Connections().AllowFrom(offices, awsec2.Port_Tcp(n(8443)), nil)
		out(st, "OfficesId", offices.PrefixListId())
		out(st, "ImportedArn", imported.PrefixListRef().PrefixListArn)
	},
}

func TestPrefixListTemplates(t *testing.T) { checkTemplates(t, prefixListCases) }

func init() {
	errorCases["BadPrefixEntry"] = func(st awscdk.Stack) {
		awsec2.NewPrefixList(st, s("Pl"), &awsec2.PrefixListProps{Entries: &[]*awsec2.CfnPrefixList_EntryProperty{{Cidr: s("10.0.0.0/33")}}})
	}
}
