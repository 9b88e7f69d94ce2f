package awsec2_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
)

// The Go twin of the RegionalNat stack in testdata/twins.js.
var regionalCases = map[string]func(st awscdk.Stack){
	"RegionalNat": func(st awscdk.Stack) {
		auto := awsec2.NatProvider_RegionalGateway(nil)
		awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{MaxAzs: n(2), NatGatewayProvider: auto, NatGateways: n(3)})
		var ids, azs []*string
		for _, g := range *auto.ConfiguredGateways() {
			ids, azs = append(ids, g.GatewayId), append(azs, g.Az)
		}
		awscdk.NewCfnOutput(st, s("Gateways"), &awscdk.CfnOutputProps{Value: awscdk.Fn_Join(s(","), &ids)})
		awscdk.NewCfnOutput(st, s("Azs"), &awscdk.CfnOutputProps{Value: awscdk.Fn_Join(s(","), &azs)})
		awsec2.NewVpc(st, s("Manual"), &awsec2.VpcProps{AvailabilityZones: &[]*string{s("us-east-1a"), s("us-east-1b")}, RestrictDefaultSecurityGroup: b(false),
			NatGatewayProvider: awsec2.NewRegionalNatGatewayProvider(&awsec2.RegionalNatGatewayProviderProps{
				AvailabilityZoneAddresses: &[]*awsec2.AvailabilityZoneAddress{
					{AllocationIds: &[]*string{s("eipalloc-a")}, AvailabilityZone: s("us-east-1a")},
					{AllocationIds: &[]*string{s("eipalloc-b1"), s("eipalloc-b2")}, AvailabilityZone: s("us-east-1b")},
				},
				MaxDrainDuration: awscdk.Duration_Minutes(n(5)),
			})})
		eip := awsec2.NewCfnEIP(st, s("Eip"), nil)
		awsec2.NewVpc(st, s("WithEip"), &awsec2.VpcProps{MaxAzs: n(1), RestrictDefaultSecurityGroup: b(false),
			NatGatewayProvider: awsec2.NatProvider_RegionalGateway(&awsec2.RegionalNatGatewayProviderProps{Eip: eip})})
		awsec2.NewVpc(st, s("WithAlloc"), &awsec2.VpcProps{MaxAzs: n(1), RestrictDefaultSecurityGroup: b(false),
			NatGatewayProvider: awsec2.RegionalNatGatewayProvider_RegionalGateway(&awsec2.RegionalNatGatewayProviderProps{AllocationId: s("eipalloc-x")})})
		awsec2.NewVpc(st, s("Drain"), &awsec2.VpcProps{MaxAzs: n(1), RestrictDefaultSecurityGroup: b(false),
			NatGatewayProvider: awsec2.NatProvider_Gateway(&awsec2.NatGatewayProps{MaxDrainDuration: awscdk.Duration_Seconds(n(600))})})
	},
}

func TestRegionalNatTemplates(t *testing.T) { checkTemplates(t, regionalCases) }

func zoneAddr(zone string, ids ...string) *awsec2.AvailabilityZoneAddress {
	list := make([]*string, len(ids))
	for i := range ids {
		list[i] = s(ids[i])
	}
	a := &awsec2.AvailabilityZoneAddress{AllocationIds: &list}
	if zone != "" {
		a.AvailabilityZone = s(zone)
	}
	return a
}

func init() {
	regional := func(p *awsec2.RegionalNatGatewayProviderProps) func(st awscdk.Stack) {
		return func(st awscdk.Stack) { awsec2.NatProvider_RegionalGateway(p) }
	}
	errorCases["RegionalZeroNat"] = func(st awscdk.Stack) {
		awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{NatGateways: n(0), NatGatewayProvider: awsec2.NatProvider_RegionalGateway(nil)})
	}
	errorCases["RegionalAllocAndEip"] = func(st awscdk.Stack) {
		awsec2.NatProvider_RegionalGateway(&awsec2.RegionalNatGatewayProviderProps{AllocationId: s("eipalloc-1"), Eip: awsec2.NewCfnEIP(st, s("Eip"), nil)})
	}
	errorCases["RegionalEmptyAddresses"] = regional(&awsec2.RegionalNatGatewayProviderProps{AvailabilityZoneAddresses: &[]*awsec2.AvailabilityZoneAddress{}})
	errorCases["RegionalNoZone"] = regional(&awsec2.RegionalNatGatewayProviderProps{AvailabilityZoneAddresses: &[]*awsec2.AvailabilityZoneAddress{zoneAddr("", "eipalloc-1")}})
	errorCases["RegionalNoAllocations"] = regional(&awsec2.RegionalNatGatewayProviderProps{AvailabilityZoneAddresses: &[]*awsec2.AvailabilityZoneAddress{zoneAddr("us-east-1a")}})
	errorCases["RegionalDuplicateZone"] = regional(&awsec2.RegionalNatGatewayProviderProps{AvailabilityZoneAddresses: &[]*awsec2.AvailabilityZoneAddress{
		zoneAddr("us-east-1a", "a"), zoneAddr("us-east-1a", "b")}})
	errorCases["DrainTooLong"] = func(st awscdk.Stack) {
		awsec2.NatProvider_Gateway(&awsec2.NatGatewayProps{MaxDrainDuration: awscdk.Duration_Hours(n(2))})
	}
	errorCases["DrainFractional"] = regional(&awsec2.RegionalNatGatewayProviderProps{MaxDrainDuration: awscdk.Duration_Millis(n(1500))})
	errorCases["RegionalZoneNotCovered"] = func(st awscdk.Stack) {
		awsec2.NewVpc(st, s("Vpc"), &awsec2.VpcProps{AvailabilityZones: &[]*string{s("us-east-1a"), s("us-east-1b")},
			NatGatewayProvider: awsec2.NatProvider_RegionalGateway(&awsec2.RegionalNatGatewayProviderProps{
				AvailabilityZoneAddresses: &[]*awsec2.AvailabilityZoneAddress{zoneAddr("us-east-1a", "a")}})})
	}
}
