package awsrds_test

import (
	"strconv"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/awscdk/awseventstargets"
	"github.com/strata-cdk/strata/awscdk/awskms"
	rds "github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/jsii"
)

func pg16Instance() rds.IInstanceEngine {
	return rds.DatabaseInstanceEngine_Postgres(&rds.PostgresInstanceEngineProps{Version: rds.PostgresEngineVersion_VER_16_4()})
}

// The Go twin of the Managed stack in testdata/twins.js.
func TestManagedTemplates(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"Managed": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		db := rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{Engine: pg16Instance(), Vpc: vpc, VpcSubnets: isolated,
			ManageMasterUserPassword: jsii.Bool(true), Credentials: rds.Credentials_FromUsername(jsii.String("master"), &rds.CredentialsFromUsernameOptions{EncryptionKey: key})})
		topic := awssns.NewTopic(s, jsii.String("Topic"), nil)
		db.OnEvent(jsii.String("Events"), &awsevents.OnEventOptions{Target: awseventstargets.NewSnsTopic(topic, nil), Description: jsii.String("db events"),
			EventPattern: &awsevents.EventPattern{DetailType: jsii.Strings("RDS DB Instance Event")}})
		imp := rds.DatabaseInstance_FromDatabaseInstanceAttributes(s, jsii.String("Imported"), &rds.DatabaseInstanceAttributes{InstanceIdentifier: jsii.String("imp"),
			InstanceEndpointAddress: jsii.String("imp.example.com"), Port: jsii.Number(5432), SecurityGroups: &[]awsec2.ISecurityGroup{}})
		imp.OnEvent(jsii.String("ImpEvents"), nil)
		c := rds.NewDatabaseCluster(s, jsii.String("Cluster"), &rds.DatabaseClusterProps{Engine: pg16(), Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil),
			ManageMasterUserPassword: jsii.Bool(true), Vpc: vpc, VpcSubnets: isolated})
		r := rds.NewDatabaseClusterFromSnapshot(s, jsii.String("Restored"), &rds.DatabaseClusterFromSnapshotProps{Engine: pg16(), SnapshotIdentifier: jsii.String("snap"),
			Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil), ManageMasterUserPassword: jsii.Bool(true), Vpc: vpc, VpcSubnets: isolated})
		out(s, "DbSecret", db.Secret().SecretArn())
		out(s, "ClusterSecret", c.Secret().SecretArn())
		out(s, "RestoredSecret", r.Secret().SecretArn())
		out(s, "DbManaged", jsii.String(strconv.FormatBool(*db.ManageMasterUserPassword())))
		out(s, "Prov", rds.ClusterInstanceType_Provisioned(nil).ToString())
		out(s, "ProvR6g", rds.ClusterInstanceType_Provisioned(awsec2.InstanceType_Of(awsec2.InstanceClass_R6G, awsec2.InstanceSize_LARGE)).ToString())
		out(s, "Sv2", rds.ClusterInstanceType_ServerlessV2().ToString())
		out(s, "Sv2Type", jsii.String(string(rds.ClusterInstanceType_ServerlessV2().Type())))
	}}, nil)
}

func init() {
	errorCases["ManagedWithPassword"] = func(s awscdk.Stack) {
		rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{Engine: pg16Instance(), Vpc: isolatedVpc(s), VpcSubnets: isolated,
			ManageMasterUserPassword: jsii.Bool(true), Credentials: rds.Credentials_FromPassword(jsii.String("u"), awscdk.SecretValue_UnsafePlainText(jsii.String("p")))})
	}
	errorCases["ManagedRotation"] = func(s awscdk.Stack) {
		rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{Engine: pg16Instance(), Vpc: isolatedVpc(s), VpcSubnets: isolated,
			ManageMasterUserPassword: jsii.Bool(true)}).AddRotationSingleUser(nil)
	}
	errorCases["ManagedClusterRotation"] = func(s awscdk.Stack) {
		rds.NewDatabaseCluster(s, jsii.String("Db"), &rds.DatabaseClusterProps{Engine: pg16(), Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil),
			Vpc: isolatedVpc(s), VpcSubnets: isolated, ManageMasterUserPassword: jsii.Bool(true)}).
			AddRotationMultiUser(jsii.String("U"), &rds.RotationMultiUserOptions{Secret: rds.NewDatabaseSecret(s, jsii.String("U"), &rds.DatabaseSecretProps{Username: jsii.String("u")})})
	}
	errorCases["ManagedReplica"] = func(s awscdk.Stack) {
		rds.NewDatabaseCluster(s, jsii.String("Db"), &rds.DatabaseClusterProps{Engine: pg16(), Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil),
			Vpc: isolatedVpc(s), VpcSubnets: isolated, ManageMasterUserPassword: jsii.Bool(true),
			ReplicationSourceIdentifier: jsii.String("arn:aws:rds:us-east-1:123456789012:cluster:src")})
	}
	errorCases["ManagedSnapshotGenerated"] = func(s awscdk.Stack) {
		rds.NewDatabaseClusterFromSnapshot(s, jsii.String("Db"), &rds.DatabaseClusterFromSnapshotProps{Engine: pg16(), SnapshotIdentifier: jsii.String("snap"),
			Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil), Vpc: isolatedVpc(s), VpcSubnets: isolated, ManageMasterUserPassword: jsii.Bool(true),
			SnapshotCredentials: rds.SnapshotCredentials_FromGeneratedSecret(jsii.String("admin"), nil)})
	}
}
