package awsrds_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	rds "github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the FromSnapshot stack in testdata/twins.js.
func TestFromSnapshot(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"FromSnapshot": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		engine := pgInstance()
		rds.NewDatabaseInstanceFromSnapshot(s, jsii.String("Restored"), &rds.DatabaseInstanceFromSnapshotProps{
			Engine: engine, Vpc: vpc, VpcSubnets: isolated, SnapshotIdentifier: jsii.String("my-snapshot"),
			Credentials: rds.SnapshotCredentials_FromGeneratedSecret(jsii.String("postgres"), nil),
		})
		rds.NewDatabaseInstanceFromSnapshot(s, jsii.String("Plain"), &rds.DatabaseInstanceFromSnapshotProps{
			Engine: engine, Vpc: vpc, VpcSubnets: isolated,
			ClusterSnapshotIdentifier: jsii.String("arn:aws:rds:us-east-1:111111111111:cluster-snapshot:snap"),
		})
	}}, nil)
}

func init() {
	errorCases["SnapshotMissing"] = func(s awscdk.Stack) {
		rds.NewDatabaseInstanceFromSnapshot(s, jsii.String("Db"), &rds.DatabaseInstanceFromSnapshotProps{Engine: pgInstance(), Vpc: isolatedVpc(s), VpcSubnets: isolated})
	}
}

// The Go twin of the ClusterFromSnapshot stack in testdata/twins.js.
func TestClusterFromSnapshot(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"ClusterFromSnapshot": func(s awscdk.Stack) {
		c := rds.NewDatabaseClusterFromSnapshot(s, jsii.String("Db"), &rds.DatabaseClusterFromSnapshotProps{
			Engine: pg16(), SnapshotIdentifier: jsii.String("my-cluster-snapshot"),
			RemovalPolicy: awscdk.RemovalPolicy_RETAIN,
			Writer:        rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil), Vpc: isolatedVpc(s), VpcSubnets: isolated,
		})
		out(s, "Endpoint", c.ClusterEndpoint().SocketAddress())
	}}, nil)
}

// The Go twin of the Options stack in testdata/twins.js.
func TestOptionGroup(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"Options": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		engine := rds.DatabaseInstanceEngine_OracleEe(&rds.OracleEeInstanceEngineProps{Version: rds.OracleEngineVersion_VER_19_0_0_0_2025_01_R1()})
		og := rds.NewOptionGroup(s, jsii.String("Options"), &rds.OptionGroupProps{Engine: engine, Configurations: &[]*rds.OptionConfiguration{
			{Name: jsii.String("OEM"), Port: jsii.Number(1158), Vpc: vpc},
			{Name: jsii.String("NATIVE_NETWORK_ENCRYPTION"), Settings: &map[string]*string{
				"SQLNET.ENCRYPTION_SERVER": jsii.String("REQUIRED"), "SQLNET.CRYPTO_CHECKSUM_SERVER": jsii.String("REQUIRED")}},
		}})
		og.AddConfiguration(&rds.OptionConfiguration{Name: jsii.String("S3_INTEGRATION"), Version: jsii.String("1.0")})
		rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{Engine: engine, Vpc: vpc, VpcSubnets: isolated, OptionGroup: og,
			LicenseModel: rds.LicenseModel_BRING_YOUR_OWN_LICENSE})
		app := awsec2.NewSecurityGroup(s, jsii.String("App"), &awsec2.SecurityGroupProps{Vpc: vpc})
		(*og.OptionConnections())["OEM"].AllowDefaultPortFrom(app, nil)
	}}, nil)
}
