package awsrds_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	rds "github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/jsii"
)

func rdsRole(s awscdk.Stack, id string) awsiam.Role {
	return awsiam.NewRole(s, jsii.String(id), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("rds.amazonaws.com"), nil)})
}

// The Go twin of the S3 stack in testdata/twins.js.
func TestS3Templates(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"S3": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		imports := awss3.NewBucket(s, jsii.String("Imports"), nil)
		exports := awss3.NewBucket(s, jsii.String("Exports"), nil)
		role := rdsRole(s, "ExportRole")
		rds.NewDatabaseCluster(s, jsii.String("Mysql3"), &rds.DatabaseClusterProps{
			Engine: rds.DatabaseClusterEngine_AuroraMysql(&rds.AuroraMysqlClusterEngineProps{Version: rds.AuroraMysqlEngineVersion_VER_3_08_0()}),
			Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil), Vpc: vpc, VpcSubnets: isolated,
			S3ImportBuckets: &[]awss3.IBucket{imports}, S3ExportBuckets: &[]awss3.IBucket{exports}})
		rds.NewDatabaseCluster(s, jsii.String("Mysql2"), &rds.DatabaseClusterProps{
			Engine: rds.DatabaseClusterEngine_AuroraMysql(&rds.AuroraMysqlClusterEngineProps{Version: rds.AuroraMysqlEngineVersion_VER_2_12_0()}),
			Writer: rds.ClusterInstance_Provisioned(jsii.String("writer"), &rds.ProvisionedClusterInstanceProps{
				InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_R6G, awsec2.InstanceSize_LARGE)}),
			Vpc: vpc, VpcSubnets: isolated, S3ImportBuckets: &[]awss3.IBucket{imports}, S3ExportRole: role,
			Parameters: &map[string]*string{"time_zone": jsii.String("UTC")}})
		rds.NewDatabaseCluster(s, jsii.String("Pg"), &rds.DatabaseClusterProps{Engine: pg16(),
			Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil), Vpc: vpc, VpcSubnets: isolated,
			S3ImportBuckets: &[]awss3.IBucket{imports}, S3ExportBuckets: &[]awss3.IBucket{exports}})
		rds.NewDatabaseInstance(s, jsii.String("PgInstance"), &rds.DatabaseInstanceProps{Engine: pg16Instance(), Vpc: vpc, VpcSubnets: isolated,
			S3ImportBuckets: &[]awss3.IBucket{imports}, S3ExportBuckets: &[]awss3.IBucket{exports}})
	}}, nil)
}

func init() {
	errorCases["S3MysqlInstance"] = func(s awscdk.Stack) {
		rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{
			Engine: rds.DatabaseInstanceEngine_Mysql(&rds.MySqlInstanceEngineProps{Version: rds.MysqlEngineVersion_VER_8_0_40()}),
			Vpc:    isolatedVpc(s), VpcSubnets: isolated, S3ImportRole: rdsRole(s, "R")})
	}
	errorCases["S3RoleAndBuckets"] = func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		rds.NewDatabaseCluster(s, jsii.String("Db"), &rds.DatabaseClusterProps{Engine: pg16(),
			Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil), Vpc: vpc, VpcSubnets: isolated,
			S3ImportRole: rdsRole(s, "R"), S3ImportBuckets: &[]awss3.IBucket{awss3.NewBucket(s, jsii.String("B"), nil)}})
	}
}

// The Go twin of the S3Commercial stack in testdata/twins.js.
func TestS3CommercialTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"S3Commercial": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		bucket := awss3.NewBucket(s, jsii.String("Backups"), nil)
		rds.NewDatabaseInstance(s, jsii.String("SqlServer"), &rds.DatabaseInstanceProps{
			Engine:       rds.DatabaseInstanceEngine_SqlServerEx(&rds.SqlServerExInstanceEngineProps{Version: rds.SqlServerEngineVersion_VER_16_00_4175_1_V1()}),
			InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_T3, awsec2.InstanceSize_SMALL),
			Vpc:          vpc, VpcSubnets: isolated, AllocatedStorage: jsii.Number(20),
			S3ImportBuckets: &[]awss3.IBucket{bucket}, S3ExportBuckets: &[]awss3.IBucket{bucket}})
		rds.NewDatabaseInstance(s, jsii.String("Oracle"), &rds.DatabaseInstanceProps{
			Engine:       rds.DatabaseInstanceEngine_OracleSe2(&rds.OracleSe2InstanceEngineProps{Version: rds.OracleEngineVersion_VER_19_0_0_0_2025_01_R1()}),
			LicenseModel: rds.LicenseModel_BRING_YOUR_OWN_LICENSE, Vpc: vpc, VpcSubnets: isolated,
			S3ImportBuckets: &[]awss3.IBucket{bucket}, S3ExportBuckets: &[]awss3.IBucket{bucket}})
		pg := rds.NewDatabaseInstance(s, jsii.String("Pg"), &rds.DatabaseInstanceProps{Engine: pg16Instance(), Vpc: vpc, VpcSubnets: isolated})
		rds.NewDatabaseInstanceReadReplica(s, jsii.String("Replica"), &rds.DatabaseInstanceReadReplicaProps{SourceDatabaseInstance: pg,
			InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_T3, awsec2.InstanceSize_MICRO), Vpc: vpc, VpcSubnets: isolated,
			S3ImportBuckets: &[]awss3.IBucket{bucket}})
	}}, nil)
}

func init() {
	errorCases["S3SqlServerTwoRoles"] = func(s awscdk.Stack) {
		rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{
			Engine:       rds.DatabaseInstanceEngine_SqlServerEx(&rds.SqlServerExInstanceEngineProps{Version: rds.SqlServerEngineVersion_VER_16_00_4175_1_V1()}),
			InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_T3, awsec2.InstanceSize_SMALL), Vpc: isolatedVpc(s), VpcSubnets: isolated,
			S3ImportRole: rdsRole(s, "R1"), S3ExportRole: rdsRole(s, "R2")})
	}
}
