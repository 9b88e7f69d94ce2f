package awsec2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
)

// The Go twin of the PlacementGroups stack in testdata/twins.js.
var placementGroupCases = map[string]func(st awscdk.Stack){
	"PlacementGroups": func(st awscdk.Stack) {
		vpc := awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: n(1), NatGateways: n(0)})
		cluster := awsec2.NewPlacementGroup(st, s("Cluster"), &awsec2.PlacementGroupProps{Strategy: awsec2.PlacementGroupStrategy_CLUSTER})
		awsec2.NewPlacementGroup(st, s("Partitioned"), &awsec2.PlacementGroupProps{Partitions: n(3)})
		awsec2.NewPlacementGroup(st, s("Spread"), &awsec2.PlacementGroupProps{SpreadLevel: awsec2.PlacementGroupSpreadLevel_RACK})
		awsec2.NewPlacementGroup(st, s("Default"), nil)
		imported := awsec2.PlacementGroup_FromPlacementGroupName(st, s("Imported"), s("existing"))
		awsec2.NewInstance(st, s("Hpc"), &awsec2.InstanceProps{Vpc: vpc, InstanceType: awsec2.NewInstanceType(s("c5n.18xlarge")),
			MachineImage: awsec2.MachineImage_LatestAmazonLinux2023(nil), PlacementGroup: cluster, VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC}})
		out(st, "Name", cluster.PlacementGroupName())
		out(st, "ImportedName", imported.PlacementGroupName())
	},
}

func TestPlacementGroupTemplates(t *testing.T) { checkTemplates(t, placementGroupCases) }

func init() {
	errorCases["PartitionsNotPartition"] = func(st awscdk.Stack) {
		awsec2.NewPlacementGroup(st, s("Pg"), &awsec2.PlacementGroupProps{Partitions: n(2), Strategy: awsec2.PlacementGroupStrategy_CLUSTER})
	}
	errorCases["SpreadNotSpread"] = func(st awscdk.Stack) {
		awsec2.NewPlacementGroup(st, s("Pg"), &awsec2.PlacementGroupProps{SpreadLevel: awsec2.PlacementGroupSpreadLevel_HOST, Strategy: awsec2.PlacementGroupStrategy_CLUSTER})
	}
}
