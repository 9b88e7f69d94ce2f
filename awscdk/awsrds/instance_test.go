package awsrds_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	rds "github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/jsii"
)

func pgInstance() rds.IInstanceEngine {
	return rds.DatabaseInstanceEngine_Postgres(&rds.PostgresInstanceEngineProps{Version: rds.PostgresEngineVersion_VER_16_4()})
}

// The Go twins of the instance stacks in testdata/twins.js.
var instanceCases = map[string]func(s awscdk.Stack){
	"Instance": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		t4g := awsec2.InstanceType_Of(awsec2.InstanceClass_T4G, awsec2.InstanceSize_MEDIUM)
		db := rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{
			Engine: pgInstance(), InstanceType: t4g,
			Credentials: rds.Credentials_FromGeneratedSecret(jsii.String("yoctogram"), nil),
			Vpc:         vpc, VpcSubnets: isolated, MultiAz: jsii.Bool(true), AllocatedStorage: jsii.Number(50), MaxAllocatedStorage: jsii.Number(200),
			StorageType: rds.StorageType_GP3, Iops: jsii.Number(3000), StorageThroughput: jsii.Number(125), StorageEncrypted: jsii.Bool(true),
			BackupRetention: awscdk.Duration_Days(jsii.Number(7)), DatabaseName: jsii.String("yoctogram"), DeletionProtection: jsii.Bool(false),
			RemovalPolicy: awscdk.RemovalPolicy_DESTROY,
		})
		replica := rds.NewDatabaseInstanceReadReplica(s, jsii.String("Replica"), &rds.DatabaseInstanceReadReplicaProps{
			SourceDatabaseInstance: db, InstanceType: t4g, Vpc: vpc, VpcSubnets: isolated, RemovalPolicy: awscdk.RemovalPolicy_DESTROY,
		})
		sg := awsec2.NewSecurityGroup(s, jsii.String("App"), &awsec2.SecurityGroupProps{Vpc: vpc})
		db.Connections().AllowDefaultPortFrom(sg, nil)
		replica.Connections().AllowDefaultPortFrom(sg, nil)
		out(s, "Endpoint", db.InstanceEndpoint().SocketAddress())
		out(s, "ReplicaEndpoint", replica.InstanceEndpoint().Hostname())
		out(s, "SecretArn", db.Secret().SecretArn())
		out(s, "Arn", db.InstanceArn())
		out(s, "Metric", db.MetricCPUUtilization(nil).MetricName())
	},
	"InstanceDefaults": func(s awscdk.Stack) {
		vpc := awsec2.NewVpc(s, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1)})
		rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{
			Engine: rds.DatabaseInstanceEngine_Mysql(&rds.MySqlInstanceEngineProps{Version: rds.MysqlEngineVersion_VER_8_0_40()}),
			Vpc:    vpc, Parameters: &map[string]*string{"max_connections": jsii.String("200")}, RemovalPolicy: awscdk.RemovalPolicy_RETAIN,
			InstanceIdentifier: jsii.String("MyDb"), Port: jsii.Number(3307), IamAuthentication: jsii.Bool(true),
			MonitoringInterval: awscdk.Duration_Minutes(jsii.Number(1)), PerformanceInsightRetention: rds.PerformanceInsightRetention_LONG_TERM,
			ProcessorFeatures: &rds.ProcessorFeatures{CoreCount: jsii.Number(2), ThreadsPerCore: jsii.Number(1)},
		})
	},
}

func TestInstanceTemplates(t *testing.T) { checkTemplates(t, instanceCases, nil) }

func init() {
	errorCases["ReplicaBackupsUnsupported"] = func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		db := rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{Engine: pgInstance(), Vpc: vpc, VpcSubnets: isolated})
		rds.NewDatabaseInstanceReadReplica(s, jsii.String("Replica"), &rds.DatabaseInstanceReadReplicaProps{SourceDatabaseInstance: db,
			InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_T3, awsec2.InstanceSize_MICRO), Vpc: vpc, VpcSubnets: isolated,
			BackupRetention: awscdk.Duration_Days(jsii.Number(3))})
	}
	errorCases["MultiAzWithZone"] = func(s awscdk.Stack) {
		rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{Engine: pgInstance(), Vpc: isolatedVpc(s), VpcSubnets: isolated,
			MultiAz: jsii.Bool(true), AvailabilityZone: jsii.String("us-east-1a")})
	}
	errorCases["ThroughputWithoutGp3"] = func(s awscdk.Stack) {
		rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{Engine: pgInstance(), Vpc: isolatedVpc(s), VpcSubnets: isolated,
			StorageThroughput: jsii.Number(200)})
	}
}

// The Go twin of the OtherEngines stack in testdata/twins.js.
func TestOtherEngines(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"OtherEngines": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		rds.NewDatabaseCluster(s, jsii.String("Mysql"), &rds.DatabaseClusterProps{
			Engine: rds.DatabaseClusterEngine_AuroraMysql(&rds.AuroraMysqlClusterEngineProps{Version: rds.AuroraMysqlEngineVersion_VER_3_08_0()}),
			Writer: rds.ClusterInstance_Provisioned(jsii.String("writer"), nil), Vpc: vpc, VpcSubnets: isolated,
		})
		rds.NewDatabaseInstance(s, jsii.String("Maria"), &rds.DatabaseInstanceProps{
			Engine: rds.DatabaseInstanceEngine_MariaDb(&rds.MariaDbInstanceEngineProps{Version: rds.MariaDbEngineVersion_VER_10_11_9()}),
			Vpc:    vpc, VpcSubnets: isolated, StorageType: rds.StorageType_IO1,
		})
	}}, nil)
}

// The Go twin of the Commercial stack in testdata/twins.js.
func TestCommercialEngines(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"Commercial": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		rds.NewDatabaseInstance(s, jsii.String("SqlServer"), &rds.DatabaseInstanceProps{
			Engine:       rds.DatabaseInstanceEngine_SqlServerEx(&rds.SqlServerExInstanceEngineProps{Version: rds.SqlServerEngineVersion_VER_16_00_4175_1_V1()}),
			InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_T3, awsec2.InstanceSize_SMALL),
			Vpc:          vpc, VpcSubnets: isolated, Timezone: jsii.String("Central Europe Standard Time"), AllocatedStorage: jsii.Number(20),
			Parameters: &map[string]*string{"max degree of parallelism": jsii.String("2")},
		})
		rds.NewDatabaseInstance(s, jsii.String("Oracle"), &rds.DatabaseInstanceProps{
			Engine:       rds.DatabaseInstanceEngine_OracleSe2(&rds.OracleSe2InstanceEngineProps{Version: rds.OracleEngineVersion_VER_19_0_0_0_2025_01_R1()}),
			LicenseModel: rds.LicenseModel_BRING_YOUR_OWN_LICENSE,
			Vpc:          vpc, VpcSubnets: isolated,
		})
	}}, nil)
}

func init() {
	errorCases["TimezoneUnsupported"] = func(s awscdk.Stack) {
		rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{Engine: pgInstance(), Vpc: isolatedVpc(s), VpcSubnets: isolated,
			Timezone: jsii.String("UTC")})
	}
}

// The Go twin of the Production stack in testdata/twins.js (issue 17's data tier).
func TestProductionInstance(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"Production": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		key := awskms.NewKey(s, jsii.String("Key"), &awskms.KeyProps{EnableKeyRotation: jsii.Bool(true)})
		engine := pgInstance()
		subnetGroup := rds.NewSubnetGroup(s, jsii.String("Subnets"), &rds.SubnetGroupProps{Description: jsii.String("database subnets"), Vpc: vpc, VpcSubnets: isolated})
		parameterGroup := rds.NewParameterGroup(s, jsii.String("Params"), &rds.ParameterGroupProps{Engine: engine,
			Parameters: &map[string]*string{"rds.force_ssl": jsii.String("1")}})
		db := rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{
			Engine: engine, Vpc: vpc, SubnetGroup: subnetGroup, ParameterGroup: parameterGroup,
			Credentials:          rds.Credentials_FromGeneratedSecret(jsii.String("postgres"), &rds.CredentialsBaseOptions{EncryptionKey: key}),
			StorageEncryptionKey: key, MultiAz: jsii.Bool(true), DeletionProtection: jsii.Bool(true),
			BackupRetention: awscdk.Duration_Days(jsii.Number(14)), PreferredBackupWindow: jsii.String("03:00-04:00"),
			PreferredMaintenanceWindow: jsii.String("Sun:05:00-Sun:06:00"), CloudwatchLogsExports: jsii.Strings("postgresql", "upgrade"),
			CloudwatchLogsRetention: awslogs.RetentionDays_ONE_MONTH,
		})
		rds.NewDatabaseInstanceReadReplica(s, jsii.String("Replica"), &rds.DatabaseInstanceReadReplicaProps{
			SourceDatabaseInstance: db, InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_R6G, awsec2.InstanceSize_LARGE),
			Vpc: vpc, SubnetGroup: subnetGroup, ParameterGroup: parameterGroup,
		})
	}}, nil)
}
