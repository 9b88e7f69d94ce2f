package awsrds_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awskms"
	rds "github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the Rotation stack in testdata/twins.js.
func TestRotation(t *testing.T) {
	checkTemplates(t, map[string]func(s awscdk.Stack){"Rotation": func(s awscdk.Stack) {
		vpc := isolatedVpc(s)
		db := rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{Engine: pgInstance(), Vpc: vpc, VpcSubnets: isolated})
		db.AddRotationSingleUser(nil)
		user := rds.NewDatabaseSecret(s, jsii.String("User"), &rds.DatabaseSecretProps{Username: jsii.String("app"), MasterSecret: db.Secret()})
		db.AddRotationMultiUser(jsii.String("AppUser"), &rds.RotationMultiUserOptions{Secret: user.Attach(db),
			AutomaticallyAfter: awscdk.Duration_Days(jsii.Number(7)), ExcludeCharacters: jsii.String(`"@/`)})
		c := rds.NewDatabaseCluster(s, jsii.String("Cluster"), &rds.DatabaseClusterProps{
			Engine: rds.DatabaseClusterEngine_AuroraMysql(&rds.AuroraMysqlClusterEngineProps{Version: rds.AuroraMysqlEngineVersion_VER_3_08_0()}),
			Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil), Vpc: vpc, VpcSubnets: isolated})
		sg := awsec2.NewSecurityGroup(s, jsii.String("RotationSg"), &awsec2.SecurityGroupProps{Vpc: vpc})
		c.AddRotationSingleUser(&rds.RotationSingleUserOptions{SecurityGroup: sg, RotateImmediatelyOnUpdate: jsii.Bool(false),
			VpcSubnets: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PUBLIC}})
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		enc := rds.NewDatabaseInstance(s, jsii.String("Encrypted"), &rds.DatabaseInstanceProps{
			Engine: rds.DatabaseInstanceEngine_Mysql(&rds.MySqlInstanceEngineProps{Version: rds.MysqlEngineVersion_VER_8_0_40()}), Vpc: vpc, VpcSubnets: isolated,
			Credentials: rds.Credentials_FromGeneratedSecret(jsii.String("admin"), &rds.CredentialsBaseOptions{EncryptionKey: key})})
		enc.AddRotationSingleUser(&rds.RotationSingleUserOptions{AutomaticallyAfter: awscdk.Duration_Days(jsii.Number(15))})
		enc.AddRotationMultiUser(jsii.String("Other"), &rds.RotationMultiUserOptions{
			Secret: rds.NewDatabaseSecret(s, jsii.String("Other"), &rds.DatabaseSecretProps{Username: jsii.String("other"), EncryptionKey: key})})
	}}, nil)
}

func init() {
	errorCases["RotationTwice"] = func(s awscdk.Stack) {
		db := rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{Engine: pgInstance(), Vpc: isolatedVpc(s), VpcSubnets: isolated})
		db.AddRotationSingleUser(nil)
		db.AddRotationSingleUser(nil)
	}
}
