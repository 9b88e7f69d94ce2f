package awsrds_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awskms"
	rds "github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// The rules aws-cdk-lib 2.276.0's synthesis checks with
// @aws/cloudformation-validate (E9006, F3020): each case with the start of
// the message aws-cdk-lib prints for it, under the resource's path.
var ruleCases = map[string]struct {
	build func(s awscdk.Stack)
	want  string
}{
	"UnknownInstanceVersion": {func(s awscdk.Stack) {
		rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{
			Engine: rds.DatabaseInstanceEngine_Postgres(&rds.PostgresInstanceEngineProps{Version: rds.PostgresEngineVersion_Of(jsii.String("banana"), jsii.String("banana"), nil)}),
			Vpc:    isolatedVpc(s), VpcSubnets: isolated})
	}, "[S/Db/Resource] EngineVersion: 'banana' is not one of ['10', '10.1', '10.10', "},
	"UnknownClusterVersion": {func(s awscdk.Stack) {
		rds.NewDatabaseCluster(s, jsii.String("Db"), &rds.DatabaseClusterProps{
			Engine: rds.DatabaseClusterEngine_AuroraPostgres(&rds.AuroraPostgresClusterEngineProps{Version: rds.AuroraPostgresEngineVersion_Of(jsii.String("16.99"), jsii.String("16"), nil)}),
			Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil), Vpc: isolatedVpc(s), VpcSubnets: isolated})
	}, "[S/Db/Resource] EngineVersion: '16.99' is not one of ['10', '10.21', '10.7', '11', "},
	"EncryptedReplica": {func(s awscdk.Stack) {
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		vpc := isolatedVpc(s)
		db := rds.NewDatabaseInstance(s, jsii.String("Db"), &rds.DatabaseInstanceProps{Engine: pgInstance(), Vpc: vpc, VpcSubnets: isolated, StorageEncryptionKey: key})
		rds.NewDatabaseInstanceReadReplica(s, jsii.String("Replica"), &rds.DatabaseInstanceReadReplicaProps{
			SourceDatabaseInstance: db, InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_T3, awsec2.InstanceSize_MICRO),
			Vpc: vpc, VpcSubnets: isolated, StorageEncryptionKey: key})
	}, "[S/Replica/Resource] StorageEncrypted: 'StorageEncrypted' should not be included with 'SourceDBInstanceIdentifier'"},
}

// A broken rule fails synthesis under the cdk init context, naming the
// resource; under the CLI's context it is a warning, as in aws-cdk-lib.
func TestCloudFormationRules(t *testing.T) {
	for name, c := range ruleCases {
		c := c
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { c.build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			if err == nil {
				t.Fatalf("synth succeeded; want %q", c.want)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error:\n%.600s\nwant it to contain %q", err, c.want)
			}

			ctx := cdkctx.InitContext()
			ctx["@aws-cdk/core:failSynthOnValidationErrors"] = false
			app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: jsii.String(t.TempDir())})
			c.build(awscdk.NewStack(app, jsii.String("S"), nil))
			app.Synth(nil) // must not fail
		})
	}
}

// Every version aws-cdk-lib names for PostgreSQL 16 and Aurora PostgreSQL
// 16 passes: the rule rejects versions, not the library's constants.
func TestKnownVersionsPass(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		vpc := isolatedVpc(s)
		for i, v := range []rds.PostgresEngineVersion{rds.PostgresEngineVersion_VER_16_4(), rds.PostgresEngineVersion_VER_16_9(), rds.PostgresEngineVersion_VER_17_5()} {
			rds.NewDatabaseInstance(s, jsii.String("Db"+string(rune('A'+i))), &rds.DatabaseInstanceProps{
				Engine: rds.DatabaseInstanceEngine_Postgres(&rds.PostgresInstanceEngineProps{Version: v}), Vpc: vpc, VpcSubnets: isolated})
		}
		rds.NewDatabaseCluster(s, jsii.String("Cluster"), &rds.DatabaseClusterProps{
			Engine: rds.DatabaseClusterEngine_AuroraPostgres(&rds.AuroraPostgresClusterEngineProps{Version: rds.AuroraPostgresEngineVersion_VER_16_4()}),
			Writer: rds.ClusterInstance_ServerlessV2(jsii.String("writer"), nil), Vpc: vpc, VpcSubnets: isolated})
	})
	if err != nil {
		t.Fatal(err)
	}
}
