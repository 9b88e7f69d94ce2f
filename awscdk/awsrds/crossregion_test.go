package awsrds_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	rds "github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// A replica in another region of an instance without an explicit
// identifier fails as aws-cdk-lib 2.276.0 fails (checked with a twin):
// the source's ARN cannot be referenced across environments. aws-cdk-lib
// has no check of its own for the replica's encryption key.
func TestCrossRegionReplica(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		env := func(region string) *awscdk.StackProps {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("111111111111"), Region: jsii.String(region)}}
		}
		a := awscdk.NewStack(app, jsii.String("A"), env("us-east-1"))
		b := awscdk.NewStack(app, jsii.String("B"), env("us-west-2"))
		db := rds.NewDatabaseInstance(a, jsii.String("Db"), &rds.DatabaseInstanceProps{Engine: pgInstance(), Vpc: isolatedVpc(a),
			VpcSubnets: isolated, StorageEncrypted: jsii.Bool(true)})
		rds.NewDatabaseInstanceReadReplica(b, jsii.String("Rep"), &rds.DatabaseInstanceReadReplicaProps{SourceDatabaseInstance: db,
			InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_T3, awsec2.InstanceSize_MICRO), Vpc: isolatedVpc(b), VpcSubnets: isolated})
	})
	want := "annot use resource 'A/Db' in a cross-environment fashion"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("err = %v, want one containing %q", err, want)
	}
}
