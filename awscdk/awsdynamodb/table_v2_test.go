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
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the TableV2 stacks and error cases in testdata/twins.js.
func init() {
	templateCases["V2Default"] = func(s awscdk.Stack) {
		ddb.NewTableV2(s, jsii.String("Table"), &ddb.TablePropsV2{PartitionKey: pk})
	}
	templateCases["V2All"] = func(s awscdk.Stack) {
		t := ddb.NewTableV2(s, jsii.String("Table"), &ddb.TablePropsV2{
			TableName:    jsii.String("orders"),
			PartitionKey: attr("pk", ddb.AttributeType_STRING),
			SortKey:      attr("sk", ddb.AttributeType_NUMBER),
			Billing: ddb.Billing_Provisioned(&ddb.ThroughputProps{ReadCapacity: ddb.Capacity_Fixed(jsii.Number(10)),
				WriteCapacity: ddb.Capacity_Autoscaled(&ddb.AutoscaledCapacityOptions{MaxCapacity: jsii.Number(20)})}),
			DynamoStream: ddb.StreamViewType_NEW_IMAGE, TimeToLiveAttribute: jsii.String("ttl"), PointInTimeRecovery: jsii.Bool(true),
			DeletionProtection: jsii.Bool(true), ContributorInsights: jsii.Bool(true), TableClass: ddb.TableClass_STANDARD_INFREQUENT_ACCESS,
			Encryption: ddb.TableEncryptionV2_AwsManagedKey(), RemovalPolicy: awscdk.RemovalPolicy_DESTROY,
			Tags:                   &[]*awscdk.CfnTag{{Key: jsii.String("team"), Value: jsii.String("x")}},
			GlobalSecondaryIndexes: &[]*ddb.GlobalSecondaryIndexPropsV2{{IndexName: jsii.String("gsi1"), PartitionKey: attr("g", ddb.AttributeType_STRING)}},
			LocalSecondaryIndexes: &[]*ddb.LocalSecondaryIndexProps{{IndexName: jsii.String("lsi1"), SortKey: attr("l", ddb.AttributeType_STRING),
				ProjectionType: ddb.ProjectionType_INCLUDE, NonKeyAttributes: jsii.Strings("a")}},
		})
		t.AddGlobalSecondaryIndex(&ddb.GlobalSecondaryIndexPropsV2{IndexName: jsii.String("gsi2"), PartitionKey: attr("h", ddb.AttributeType_NUMBER),
			ProjectionType: ddb.ProjectionType_KEYS_ONLY,
			ReadCapacity: ddb.Capacity_Autoscaled(&ddb.AutoscaledCapacityOptions{MinCapacity: jsii.Number(2), MaxCapacity: jsii.Number(9),
				SeedCapacity: jsii.Number(3), TargetUtilizationPercent: jsii.Number(50)}),
			WriteCapacity: ddb.Capacity_Autoscaled(&ddb.AutoscaledCapacityOptions{MaxCapacity: jsii.Number(5)})})
		r := lambdaRole(s, "R")
		t.GrantReadWriteData(r)
		t.GrantStreamRead(r)
		out(s, "A", t.TableArn())
		out(s, "N", t.TableName())
		out(s, "S", t.TableStreamArn())
		out(s, "HasIndex", jsii.String(fmt.Sprint(*t.HasIndex())))
		awscdk.Tags_Of(t).Add(jsii.String("cost"), jsii.String("c1"), nil)
		awscdk.Tags_Of(s).Add(jsii.String("team"), jsii.String("overridden"), nil)
		awscdk.Tags_Of(s).Add(jsii.String("app"), jsii.String("a"), nil)
		out(s, "Region", t.Region())
	}
	templateCases["V2OnDemand"] = func(s awscdk.Stack) {
		t := ddb.NewTableV2(s, jsii.String("Table"), &ddb.TablePropsV2{PartitionKey: attr("id", ddb.AttributeType_BINARY),
			Billing:                          ddb.Billing_OnDemand(&ddb.MaxThroughputProps{MaxReadRequestUnits: jsii.Number(100), MaxWriteRequestUnits: jsii.Number(50)}),
			Encryption:                       ddb.TableEncryptionV2_DynamoOwnedKey(),
			ContributorInsightsSpecification: &ddb.ContributorInsightsSpecification{Enabled: jsii.Bool(true), Mode: ddb.ContributorInsightsMode_THROTTLED_KEYS},
			PointInTimeRecoverySpecification: &ddb.PointInTimeRecoverySpecification{PointInTimeRecoveryEnabled: jsii.Bool(true), RecoveryPeriodInDays: jsii.Number(5)}})
		t.AddGlobalSecondaryIndex(&ddb.GlobalSecondaryIndexPropsV2{IndexName: jsii.String("byName"), PartitionKey: attr("name", ddb.AttributeType_STRING),
			MaxReadRequestUnits: jsii.Number(7), MaxWriteRequestUnits: jsii.Number(8)})
		t.GrantReadData(awsiam.NewRole(s, jsii.String("R"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()}))
	}
	templateCases["V2Replicas"] = func(s awscdk.Stack) {
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		t := ddb.NewTableV2(s, jsii.String("Table"), &ddb.TablePropsV2{PartitionKey: pk,
			Encryption: ddb.TableEncryptionV2_CustomerManagedKey(key, &map[string]*string{
				"us-west-2": jsii.String("arn:aws:kms:us-west-2:123456789012:key/west"), "eu-west-1": jsii.String("arn:aws:kms:eu-west-1:123456789012:key/eu")}),
			GlobalSecondaryIndexes: &[]*ddb.GlobalSecondaryIndexPropsV2{{IndexName: jsii.String("gsi1"), PartitionKey: attr("g", ddb.AttributeType_STRING)}},
			Replicas: &[]*ddb.ReplicaTableProps{{Region: jsii.String("us-west-2"), DeletionProtection: jsii.Bool(true), TableClass: ddb.TableClass_STANDARD_INFREQUENT_ACCESS,
				GlobalSecondaryIndexOptions: &map[string]*ddb.ReplicaGlobalSecondaryIndexOptions{"gsi1": {ContributorInsights: jsii.Bool(true), MaxReadRequestUnits: jsii.Number(4)}}}},
		})
		t.AddReplica(&ddb.ReplicaTableProps{Region: jsii.String("eu-west-1"), MaxReadRequestUnits: jsii.Number(30), Tags: &[]*awscdk.CfnTag{{Key: jsii.String("r"), Value: jsii.String("eu")}}})
		r := awsiam.NewRole(s, jsii.String("R"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()})
		t.GrantWriteData(r)
		t.Replica(jsii.String("us-west-2")).GrantReadData(r)
		t.AddToStreamResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("dynamodb:GetRecords"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewAccountRootPrincipal()}, Resources: jsii.Strings("*")}))
		awscdk.Tags_Of(s).Add(jsii.String("stage"), jsii.String("prod"), nil)
		t.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("dynamodb:GetItem"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewAccountRootPrincipal()}, Resources: jsii.Strings("*")}))
		out(s, "S", t.TableStreamArn())
	}
	templateCases["V2Imports"] = func(s awscdk.Stack) {
		r := awsiam.NewRole(s, jsii.String("R"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()})
		a := ddb.TableV2_FromTableName(s, jsii.String("ByName"), jsii.String("a"))
		a.GrantReadData(r)
		b := ddb.TableV2_FromTableArn(s, jsii.String("ByArn"), jsii.String("arn:aws:dynamodb:us-east-1:111111111111:table/b"))
		b.GrantWriteData(r)
		c := ddb.TableV2_FromTableAttributes(s, jsii.String("ByAttrs"), &ddb.TableAttributesV2{TableName: jsii.String("c"),
			TableStreamArn: jsii.String("arn:aws:dynamodb:eu-west-1:123456789012:table/c/stream/x"), GlobalIndexes: jsii.Strings("g"),
			EncryptionKey: awskms.Key_FromKeyArn(s, jsii.String("K"), jsii.String("arn:aws:kms:eu-west-1:123456789012:key/k")), TableId: jsii.String("tid")})
		c.GrantReadWriteData(r)
		c.GrantStreamRead(r)
		out(s, "Names", awscdk.Fn_Join(jsii.String(","), &[]*string{a.TableName(), b.TableName(), c.TableName(), a.TableArn(), c.TableId()}))
	}

	templateCases["V2Strong"] = func(s awscdk.Stack) {
		ddb.NewTableV2(s, jsii.String("Table"), &ddb.TablePropsV2{PartitionKey: pk, MultiRegionConsistency: ddb.MultiRegionConsistency_STRONG,
			WitnessRegion: jsii.String("us-west-2"), Replicas: &[]*ddb.ReplicaTableProps{{Region: jsii.String("us-east-2")}}})
	}

	templateCases["Kinesis"] = func(s awscdk.Stack) {
		k := awskinesis.NewStream(s, jsii.String("Stream"), nil)
		ddb.NewTable(s, jsii.String("Table"), &ddb.TableProps{PartitionKey: pk, KinesisStream: k,
			KinesisPrecisionTimestamp: ddb.ApproximateCreationDateTimePrecision_MICROSECOND})
		ddb.NewTableV2(s, jsii.String("TableV2"), &ddb.TablePropsV2{PartitionKey: pk, KinesisStream: k})
	}

	v2pk := pk
	errorCases["V2StrongAgnostic"] = func(s awscdk.Stack) {
		ddb.NewTableV2(s, jsii.String("T"), &ddb.TablePropsV2{PartitionKey: v2pk, MultiRegionConsistency: ddb.MultiRegionConsistency_STRONG})
	}
	errorCases["V2FixedWrite"] = func(s awscdk.Stack) {
		ddb.NewTableV2(s, jsii.String("T"), &ddb.TablePropsV2{PartitionKey: v2pk, Billing: ddb.Billing_Provisioned(&ddb.ThroughputProps{
			ReadCapacity: ddb.Capacity_Fixed(jsii.Number(1)), WriteCapacity: ddb.Capacity_Fixed(jsii.Number(1))})})
	}
	errorCases["V2CapacityOnDemandIndex"] = func(s awscdk.Stack) {
		ddb.NewTableV2(s, jsii.String("T"), &ddb.TablePropsV2{PartitionKey: v2pk, GlobalSecondaryIndexes: &[]*ddb.GlobalSecondaryIndexPropsV2{
			{IndexName: jsii.String("idx"), PartitionKey: v2pk, ReadCapacity: ddb.Capacity_Fixed(jsii.Number(1))}}})
	}
	errorCases["V2DuplicateIndex"] = func(s awscdk.Stack) {
		ddb.NewTableV2(s, jsii.String("T"), &ddb.TablePropsV2{PartitionKey: v2pk, GlobalSecondaryIndexes: &[]*ddb.GlobalSecondaryIndexPropsV2{
			{IndexName: jsii.String("idx"), PartitionKey: v2pk}, {IndexName: jsii.String("idx"), PartitionKey: v2pk}}})
	}
	errorCases["V2LocalWithoutSortKey"] = func(s awscdk.Stack) {
		ddb.NewTableV2(s, jsii.String("T"), &ddb.TablePropsV2{PartitionKey: v2pk, LocalSecondaryIndexes: &[]*ddb.LocalSecondaryIndexProps{{IndexName: jsii.String("lsi"), SortKey: v2pk}}})
	}
	errorCases["V2ReplicaAgnostic"] = func(s awscdk.Stack) {
		ddb.NewTableV2(s, jsii.String("T"), &ddb.TablePropsV2{PartitionKey: v2pk, Replicas: &[]*ddb.ReplicaTableProps{{Region: jsii.String("us-west-2")}}})
	}
	errorCases["V2RecoveryPeriod"] = func(s awscdk.Stack) {
		ddb.NewTableV2(s, jsii.String("T"), &ddb.TablePropsV2{PartitionKey: v2pk, PointInTimeRecoverySpecification: &ddb.PointInTimeRecoverySpecification{
			PointInTimeRecoveryEnabled: jsii.Bool(true), RecoveryPeriodInDays: jsii.Number(40)}})
	}
	errorCases["V2WitnessWithoutStrong"] = func(s awscdk.Stack) {
		ddb.NewTableV2(s, jsii.String("T"), &ddb.TablePropsV2{PartitionKey: v2pk, WitnessRegion: jsii.String("us-west-2")})
	}
}

type myTableV2 struct{ ddb.TableV2 }

// TestTableV2Override: a struct embedding TableV2 is initialised by
// NewTableV2_Override and synthesizes the table.
// TestTableV2NilProps: nil props end in a diagnostic naming the construct, not a crash.
func TestTableV2NilProps(t *testing.T) {
	err := synthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		ddb.NewTableV2(s, jsii.String("T"), nil)
	})
	if err == nil || !strings.Contains(err.Error(), "S/T") {
		t.Fatalf("got %v; want the partition key error at S/T", err)
	}
}

func TestTableV2Override(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	m := &myTableV2{}
	ddb.NewTableV2_Override(m, s, jsii.String("T"), &ddb.TablePropsV2{PartitionKey: pk})
	if m.TableV2 == nil || m.TableName() == nil {
		t.Fatal("override did not initialise the embedded TableV2")
	}
	if got := *m.MetricThrottledRequestsForOperation(jsii.String("GetItem"), nil).ToMetricConfig().MetricStat.MetricName; got != "ThrottledRequests" {
		t.Fatalf("metric name %q", got)
	}
}
