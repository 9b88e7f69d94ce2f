package awsrds_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
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
