package awsrds_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	rds "github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the Legacy stack in testdata/twins.js.
func TestLegacyTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"Legacy": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		c := rds.NewDatabaseCluster(s, jsii.String("Db"), &rds.DatabaseClusterProps{
			Engine:    rds.DatabaseClusterEngine_AuroraMysql(&rds.AuroraMysqlClusterEngineProps{Version: rds.AuroraMysqlEngineVersion_VER_3_08_0()}),
			Instances: jsii.Number(3), InstanceIdentifierBase: jsii.String("legacy-"), InstanceUpdateBehaviour: rds.InstanceUpdateBehaviour_ROLLING,
			InstanceProps: &rds.InstanceProps{Vpc: vpc, VpcSubnets: isolated, InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_R6G, awsec2.InstanceSize_LARGE),
				Parameters:                  &map[string]*string{"max_connections": jsii.String("200")},
				PerformanceInsightRetention: rds.PerformanceInsightRetention_DEFAULT, PerformanceInsightEncryptionKey: key,
				AutoMinorVersionUpgrade: jsii.Bool(false), PreferredMaintenanceWindow: jsii.String("sun:03:00-sun:04:00")},
			BacktrackWindow: awscdk.Duration_Hours(jsii.Number(24)), MonitoringInterval: awscdk.Duration_Seconds(jsii.Number(60)),
			Domain: jsii.String("d-1234567890"),
		})
		out(s, "Ids", awscdk.Fn_Join(jsii.String(","), c.InstanceIdentifiers()))
		var hosts []*string
		for _, e := range *c.InstanceEndpoints() {
			hosts = append(hosts, e.Hostname())
		}
		out(s, "Endpoints", awscdk.Fn_Join(jsii.String(","), &hosts))
		c2 := rds.NewDatabaseCluster(s, jsii.String("Db2"), &rds.DatabaseClusterProps{
			Engine:            pg16(),
			InstanceProps:     &rds.InstanceProps{Vpc: vpc, VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC}},
			ClusterIdentifier: jsii.String("LegacyTwo"), EnablePerformanceInsights: jsii.Bool(true),
		})
		out(s, "Ids2", awscdk.Fn_Join(jsii.String(","), c2.InstanceIdentifiers()))
		role := awsiam.NewRole(s, jsii.String("DirRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("rds.amazonaws.com"), nil)})
		rds.NewDatabaseInstance(s, jsii.String("Pg"), &rds.DatabaseInstanceProps{Engine: pg16Instance(), Vpc: vpc, VpcSubnets: isolated, Domain: jsii.String("d-1234567890")})
		rds.NewDatabaseInstance(s, jsii.String("PgOwnRole"), &rds.DatabaseInstanceProps{Engine: pg16Instance(), Vpc: vpc, VpcSubnets: isolated,
			Domain: jsii.String("d-1234567890"), DomainRole: role})
	}}, nil)
}

func legacyCluster(s awscdk.Stack, p *rds.DatabaseClusterProps) {
	p.Engine = pg16()
	rds.NewDatabaseCluster(s, jsii.String("Db"), p)
}

func init() {
	errorCases["LegacyWithWriter"] = func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		legacyCluster(s, &rds.DatabaseClusterProps{Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil),
			InstanceProps: &rds.InstanceProps{Vpc: vpc, VpcSubnets: isolated}})
	}
	errorCases["LegacyTwoVpcs"] = func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		legacyCluster(s, &rds.DatabaseClusterProps{Vpc: vpc, InstanceProps: &rds.InstanceProps{Vpc: vpc}})
	}
	errorCases["LegacyTwoSubnets"] = func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		legacyCluster(s, &rds.DatabaseClusterProps{VpcSubnets: isolated, InstanceProps: &rds.InstanceProps{Vpc: vpc, VpcSubnets: isolated}})
	}
	errorCases["LegacyNoInstances"] = func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		legacyCluster(s, &rds.DatabaseClusterProps{Instances: jsii.Number(0), InstanceProps: &rds.InstanceProps{Vpc: vpc, VpcSubnets: isolated}})
	}
	errorCases["LegacyInsightsOff"] = func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		legacyCluster(s, &rds.DatabaseClusterProps{InstanceProps: &rds.InstanceProps{Vpc: vpc, VpcSubnets: isolated,
			EnablePerformanceInsights: jsii.Bool(false), PerformanceInsightRetention: rds.PerformanceInsightRetention_MONTHS_1}})
	}
}

// The Go twin of the Migrated stack in testdata/twins.js.
func TestMigratedTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"Migrated": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		it := awsec2.InstanceType_Of(awsec2.InstanceClass_R6G, awsec2.InstanceSize_LARGE)
		rds.NewDatabaseCluster(s, jsii.String("Db"), &rds.DatabaseClusterProps{Engine: pg16(),
			Writer: rds.ClusterInstance_Provisioned(jsii.String("Instance1"), &rds.ProvisionedClusterInstanceProps{InstanceType: it, IsFromLegacyInstanceProps: jsii.Bool(true)}),
			Readers: &[]rds.IClusterInstance{rds.ClusterInstance_Provisioned(jsii.String("Instance2"),
				&rds.ProvisionedClusterInstanceProps{InstanceType: it, IsFromLegacyInstanceProps: jsii.Bool(true), PromotionTier: jsii.Number(1)})},
			Vpc: vpc, VpcSubnets: isolated})
	}}, nil)
}
