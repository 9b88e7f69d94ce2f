package awsdynamodb_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	ddb "github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func envStack(app awscdk.App, id, account, region string) awscdk.Stack {
	return awscdk.NewStack(app, jsii.String(id), &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String(account), Region: jsii.String(region)}})
}

// TestMultiAccountReplica: the twins of MarSource + MarReplica (one app)
// and MarImported.
func TestMultiAccountReplica(t *testing.T) {
	golden.CheckApp(t, []string{"MarSource", "MarReplica"}, func(app awscdk.App) {
		src := envStack(app, "MarSource", "111111111111", "us-east-1")
		source := ddb.NewTableV2(src, jsii.String("Table"), &ddb.TablePropsV2{TableName: jsii.String("orders"), PartitionKey: pk})
		s := envStack(app, "MarReplica", "222222222222", "us-west-2")
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		r := ddb.NewTableV2MultiAccountReplica(s, jsii.String("Replica"), &ddb.TableV2MultiAccountReplicaProps{
			ReplicaSourceTable:                 source,
			DeletionProtection:                 jsii.Bool(true),
			TableClass:                         ddb.TableClass_STANDARD_INFREQUENT_ACCESS,
			ContributorInsightsSpecification:   &ddb.ContributorInsightsSpecification{Enabled: jsii.Bool(true)},
			PointInTimeRecoverySpecification:   &ddb.PointInTimeRecoverySpecification{PointInTimeRecoveryEnabled: jsii.Bool(true), RecoveryPeriodInDays: jsii.Number(10)},
			KinesisStream:                      awskinesis.NewStream(s, jsii.String("Stream"), nil),
			Tags:                               &[]*awscdk.CfnTag{{Key: jsii.String("team"), Value: jsii.String("data")}},
			Encryption:                         ddb.TableEncryptionV2_CustomerManagedKey(key, nil),
			GlobalTableSettingsReplicationMode: ddb.GlobalTableSettingsReplicationMode_ALL,
			RemovalPolicy:                      awscdk.RemovalPolicy_DESTROY,
			GrantIndexPermissions:              jsii.Bool(false),
		})
		role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
		r.GrantReadData(role)
		r.GrantStreamRead(role)
		r.AddToStreamResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("dynamodb:GetRecords"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewAccountRootPrincipal()}, Resources: jsii.Strings("*")}))
		out(s, "Names", awscdk.Fn_Join(jsii.String(","), &[]*string{r.TableName(), r.TableArn(), r.TableId(), r.TableStreamArn(),
			jsii.String(boolString(*r.HasIndex())), r.Region()}))
	}, nil)

	golden.CheckApp(t, []string{"MarImported"}, func(app awscdk.App) {
		s := envStack(app, "MarImported", "222222222222", "us-west-2")
		source := ddb.TableV2_FromTableArn(s, jsii.String("Source"), jsii.String("arn:aws:dynamodb:us-east-1:111111111111:table/orders"))
		r := ddb.NewTableV2MultiAccountReplica(s, jsii.String("Replica"), &ddb.TableV2MultiAccountReplicaProps{ReplicaSourceTable: source, TableName: jsii.String("orders")})
		r.GrantReadWriteData(awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()}))
		out(s, "Names", awscdk.Fn_Join(jsii.String(","), &[]*string{r.TableName(), r.TableArn(), jsii.String(boolString(*r.HasIndex()))}))
	}, nil)
}

func boolString(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func init() {
	errorCases["MarNoSource"] = func(s awscdk.Stack) {
		ddb.NewTableV2MultiAccountReplica(s, jsii.String("R"), &ddb.TableV2MultiAccountReplicaProps{})
	}
	errorCases["MarSameAccount"] = func(s awscdk.Stack) {
		rs := envStack(s.Node().Scope().(awscdk.App), "Rep", "111111111111", "us-west-2")
		ddb.NewTableV2MultiAccountReplica(rs, jsii.String("R"), &ddb.TableV2MultiAccountReplicaProps{
			ReplicaSourceTable: ddb.TableV2_FromTableArn(rs, jsii.String("Src"), jsii.String("arn:aws:dynamodb:us-east-1:111111111111:table/orders"))})
	}
	errorCases["MarSameRegion"] = func(s awscdk.Stack) {
		app := s.Node().Scope().(awscdk.App)
		src := envStack(app, "Src", "111111111111", "us-east-1")
		rs := envStack(app, "Rep", "222222222222", "us-east-1")
		ddb.NewTableV2MultiAccountReplica(rs, jsii.String("R"), &ddb.TableV2MultiAccountReplicaProps{
			ReplicaSourceTable: ddb.NewTableV2(src, jsii.String("T"), &ddb.TablePropsV2{PartitionKey: pk, TableName: jsii.String("x")})})
	}
}

// TestMultiAccountReplicaNilProps: nil props end in the missing-source error, not a crash.
func TestMultiAccountReplicaNilProps(t *testing.T) {
	err := synthErr(t, func(app awscdk.App) {
		ddb.NewTableV2MultiAccountReplica(awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("R"), nil)
	})
	if err == nil {
		t.Fatal("want an error")
	}
}

// TestTableV2SettingsMode: GlobalTableSettingsReplicationMode_ALL renders
// as CloudFormation's "ENABLED", as aws-cdk-lib's enum value is.
func TestTableV2SettingsMode(t *testing.T) {
	golden.CheckApp(t, []string{"V2Settings"}, func(app awscdk.App) {
		s := envStack(app, "V2Settings", "123456789012", "us-east-1")
		ddb.NewTableV2(s, jsii.String("Table"), &ddb.TablePropsV2{PartitionKey: pk, Replicas: &[]*ddb.ReplicaTableProps{{Region: jsii.String("us-east-2")}},
			GlobalTableSettingsReplicationMode: ddb.GlobalTableSettingsReplicationMode_ALL})
	}, nil)
}

// TestMultiAccountReplicaWarning: a source imported without a resource
// policy gets no grant; the replica warns, as aws-cdk-lib does.
func TestMultiAccountReplicaWarning(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := envStack(app, "S", "222222222222", "us-west-2")
	source := ddb.TableV2_FromTableArn(s, jsii.String("Source"), jsii.String("arn:aws:dynamodb:us-east-1:111111111111:table/orders"))
	r := ddb.NewTableV2MultiAccountReplica(s, jsii.String("Replica"), &ddb.TableV2MultiAccountReplicaProps{ReplicaSourceTable: source})
	found := false
	for _, m := range *r.Node().Metadata() {
		if *m.Type == "aws:cdk:warning" {
			found = strings.Contains(fmt.Sprint(m.Data), "The source table is imported without a resource policy")
		}
	}
	if !found {
		t.Errorf("no warning in %v", *r.Node().Metadata())
	}
}
