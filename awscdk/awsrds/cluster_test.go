package awsrds_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	rds "github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/jsii"
)

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

func isolatedVpc(s awscdk.Stack) awsec2.Vpc {
	return awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(0),
		SubnetConfiguration: &[]*awsec2.SubnetConfiguration{
			{Name: jsii.String("public"), SubnetType: awsec2.SubnetType_PUBLIC},
			{Name: jsii.String("db"), SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED},
		}})
}

var isolated = &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED}

func pg16() rds.IClusterEngine {
	return rds.DatabaseClusterEngine_AuroraPostgres(&rds.AuroraPostgresClusterEngineProps{Version: rds.AuroraPostgresEngineVersion_VER_16_4()})
}

// The Go twins of the cluster stacks in testdata/twins.js, construct for construct.
var clusterCases = map[string]func(s awscdk.Stack){
	"Serverless": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		c := rds.NewDatabaseCluster(s, jsii.String("Db"), &rds.DatabaseClusterProps{
			Engine:      pg16(),
			Credentials: rds.Credentials_FromGeneratedSecret(jsii.String("yoctogram"), nil),
			Writer:      rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil),
			Readers: &[]rds.IClusterInstance{rds.ClusterInstance_ServerlessV2(jsii.String("reader"),
				&rds.ServerlessV2ClusterInstanceProps{ScaleWithWriter: jsii.Bool(true)})},
			ServerlessV2MinCapacity: jsii.Number(0.5), ServerlessV2MaxCapacity: jsii.Number(4),
			Vpc: vpc, VpcSubnets: isolated, DefaultDatabaseName: jsii.String("yoctogram"),
		})
		sg := awsec2.NewSecurityGroup(s, jsii.String("App"), &awsec2.SecurityGroupProps{Vpc: vpc})
		c.Connections().AllowDefaultPortFrom(sg, nil)
		out(s, "Endpoint", c.ClusterEndpoint().SocketAddress())
		out(s, "ReadEndpoint", c.ClusterReadEndpoint().Hostname())
		out(s, "SecretArn", c.Secret().SecretArn())
		out(s, "Writer", (*c.InstanceIdentifiers())[0])
		out(s, "Metric", c.MetricServerlessDatabaseCapacity(nil).MetricName())
	},
	"Provisioned": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		rds.NewDatabaseCluster(s, jsii.String("Db"), &rds.DatabaseClusterProps{
			Engine: rds.DatabaseClusterEngine_AuroraPostgres(&rds.AuroraPostgresClusterEngineProps{Version: rds.AuroraPostgresEngineVersion_VER_15_8()}),
			Writer: rds.ClusterInstance_Provisioned(jsii.String("writer"), &rds.ProvisionedClusterInstanceProps{
				InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_R6G, awsec2.InstanceSize_LARGE)}),
			Readers: &[]rds.IClusterInstance{rds.ClusterInstance_Provisioned(jsii.String("reader"),
				&rds.ProvisionedClusterInstanceProps{PromotionTier: jsii.Number(1), PubliclyAccessible: jsii.Bool(false)})},
			Parameters:            &map[string]*string{"rds.force_ssl": jsii.String("1"), "log_statement": jsii.String("ddl")},
			RemovalPolicy:         awscdk.RemovalPolicy_RETAIN,
			Backup:                &rds.BackupProps{Retention: awscdk.Duration_Days(jsii.Number(7)), PreferredWindow: jsii.String("03:00-04:00")},
			StorageEncryptionKey:  key,
			ClusterIdentifier:     jsii.String("MyCluster"),
			IamAuthentication:     jsii.Bool(true),
			CloudwatchLogsExports: jsii.Strings("postgresql"), CloudwatchLogsRetention: awslogs.RetentionDays_ONE_WEEK,
			MonitoringInterval:        awscdk.Duration_Seconds(jsii.Number(30)),
			EnablePerformanceInsights: jsii.Bool(true), PerformanceInsightRetention: rds.PerformanceInsightRetention_MONTHS_1,
			DatabaseInsightsMode: rds.DatabaseInsightsMode_STANDARD,
			Vpc:                  vpc, VpcSubnets: isolated,
		})
	},
	"Groups": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		engine := rds.DatabaseClusterEngine_AuroraPostgres(&rds.AuroraPostgresClusterEngineProps{Version: rds.AuroraPostgresEngineVersion_VER_17_4()})
		sng := rds.NewSubnetGroup(s, jsii.String("Subnets"), &rds.SubnetGroupProps{Description: jsii.String("db subnets"), Vpc: vpc,
			VpcSubnets: isolated, SubnetGroupName: jsii.String("MySubnets")})
		pg := rds.NewParameterGroup(s, jsii.String("Params"), &rds.ParameterGroupProps{Engine: engine,
			Parameters: &map[string]*string{"max_connections": jsii.String("100")}})
		pg.AddParameter(jsii.String("work_mem"), jsii.String("64MB"))
		rds.ParameterGroup_ForInstance(s, jsii.String("InstanceParams"), &rds.ParameterGroupProps{
			Engine:      rds.DatabaseInstanceEngine_Postgres(&rds.PostgresInstanceEngineProps{Version: rds.PostgresEngineVersion_VER_16_4()}),
			Description: jsii.String("mine")})
		c := rds.NewDatabaseCluster(s, jsii.String("Db"), &rds.DatabaseClusterProps{
			Engine: engine, Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil),
			Readers:        &[]rds.IClusterInstance{rds.ClusterInstance_ServerlessV2(jsii.String("reader"), nil)},
			ParameterGroup: pg, SubnetGroup: sng, Vpc: vpc, Port: jsii.Number(6543),
			Credentials:             rds.Credentials_FromUsername(jsii.String("admin_user"), &rds.CredentialsFromUsernameOptions{ExcludeCharacters: jsii.String("\"@/")}),
			RemovalPolicy:           awscdk.RemovalPolicy_DESTROY,
			ServerlessV2MinCapacity: jsii.Number(0), ServerlessV2AutoPauseDuration: awscdk.Duration_Minutes(jsii.Number(10)),
		})
		out(s, "SubnetGroup", sng.SubnetGroupName())
		out(s, "Port", awscdk.Token_AsString(c.ClusterEndpoint().Port(), nil))
	},
}

func TestClusterTemplates(t *testing.T) { checkTemplates(t, clusterCases, nil) }

func clusterWith(mod func(s awscdk.Stack, p *rds.DatabaseClusterProps)) func(s awscdk.Stack) {
	return func(s awscdk.Stack) {
		p := &rds.DatabaseClusterProps{Engine: pg16(), Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil),
			Vpc: isolatedVpc(s), VpcSubnets: isolated}
		mod(s, p)
		rds.NewDatabaseCluster(s, jsii.String("Db"), p)
	}
}

// The Go twins of the error cases in testdata/twins.js.
var errorCases = map[string]func(s awscdk.Stack){
	"CapacityTooHigh": clusterWith(func(_ awscdk.Stack, p *rds.DatabaseClusterProps) { p.ServerlessV2MaxCapacity = jsii.Number(300) }),
	"CapacityStep":    clusterWith(func(_ awscdk.Stack, p *rds.DatabaseClusterProps) { p.ServerlessV2MinCapacity = jsii.Number(0.7) }),
	"CapacityInverted": clusterWith(func(_ awscdk.Stack, p *rds.DatabaseClusterProps) {
		p.ServerlessV2MinCapacity, p.ServerlessV2MaxCapacity = jsii.Number(8), jsii.Number(4)
	}),
	"NoWriter": clusterWith(func(_ awscdk.Stack, p *rds.DatabaseClusterProps) { p.Writer = nil }),
	"PromotionTier": clusterWith(func(_ awscdk.Stack, p *rds.DatabaseClusterProps) {
		p.Readers = &[]rds.IClusterInstance{rds.ClusterInstance_Provisioned(jsii.String("reader"), &rds.ProvisionedClusterInstanceProps{PromotionTier: jsii.Number(16)})}
	}),
	"UnversionedParameterGroup": func(s awscdk.Stack) {
		rds.NewParameterGroup(s, jsii.String("Params"), &rds.ParameterGroupProps{Engine: rds.DatabaseClusterEngine_AURORA_POSTGRESQL()})
	},
	"AutoPauseRange": func(s awscdk.Stack) {
		rds.NewDatabaseCluster(s, jsii.String("Db"), &rds.DatabaseClusterProps{
			Engine: rds.DatabaseClusterEngine_AuroraPostgres(&rds.AuroraPostgresClusterEngineProps{Version: rds.AuroraPostgresEngineVersion_VER_17_4()}),
			Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil), ServerlessV2AutoPauseDuration: awscdk.Duration_Minutes(jsii.Number(2)),
			Vpc: isolatedVpc(s), VpcSubnets: isolated})
	},
	"AutoPauseUnsupported": func(s awscdk.Stack) {
		rds.NewDatabaseCluster(s, jsii.String("Db"), &rds.DatabaseClusterProps{
			Engine: rds.DatabaseClusterEngine_AuroraPostgres(&rds.AuroraPostgresClusterEngineProps{Version: rds.AuroraPostgresEngineVersion_VER_13_9()}),
			Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil), ServerlessV2AutoPauseDuration: awscdk.Duration_Minutes(jsii.Number(10)),
			Vpc: isolatedVpc(s), VpcSubnets: isolated})
	},
	"MonitoringInterval": clusterWith(func(_ awscdk.Stack, p *rds.DatabaseClusterProps) {
		p.MonitoringInterval = awscdk.Duration_Seconds(jsii.Number(7))
	}),
	"ClusterMonitoringWithoutInterval": clusterWith(func(_ awscdk.Stack, p *rds.DatabaseClusterProps) {
		p.EnableClusterLevelEnhancedMonitoring = jsii.Bool(true)
	}),
	"AdvancedInsightsRetention": clusterWith(func(_ awscdk.Stack, p *rds.DatabaseClusterProps) {
		p.DatabaseInsightsMode = rds.DatabaseInsightsMode_ADVANCED
	}),
	"InstanceRetentionMismatch": clusterWith(func(_ awscdk.Stack, p *rds.DatabaseClusterProps) {
		p.Writer = rds.ClusterInstance_ServerlessV2(jsii.String("writer"), &rds.ServerlessV2ClusterInstanceProps{PerformanceInsightRetention: rds.PerformanceInsightRetention_MONTHS_3})
		p.EnablePerformanceInsights = jsii.Bool(true)
	}),
	"InstanceInsightsDisabled": func(s awscdk.Stack) {
		rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{Engine: pgInstance(), Vpc: isolatedVpc(s), VpcSubnets: isolated,
			EnablePerformanceInsights: jsii.Bool(false), PerformanceInsightRetention: rds.PerformanceInsightRetention_MONTHS_3})
	},
	"BadLogType": clusterWith(func(_ awscdk.Stack, p *rds.DatabaseClusterProps) { p.CloudwatchLogsExports = jsii.Strings("slowquery") }),
}

// aws-cdk-lib's Database Insights messages name its compiled class
// ("DatabaseCluster2"); Strata names the construct as users know it.
func fixClassName(msg string) string {
	msg = strings.Replace(msg, "DatabaseCluster2 initialization", "DatabaseCluster initialization", 1)
	return strings.Replace(msg, "DatabaseInstance2 initialization", "DatabaseInstance initialization", 1)
}

func TestErrors(t *testing.T) { checkErrors(t, errorCases, fixClassName) }
