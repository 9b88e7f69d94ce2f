package awsdynamodb_test

import (
	"fmt"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	ddb "github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/jsii"
)

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

func attr(name string, t ddb.AttributeType) *ddb.Attribute {
	return &ddb.Attribute{Name: jsii.String(name), Type: t}
}

var pk = attr("id", ddb.AttributeType_STRING)

func lambdaRole(s awscdk.Stack, id string) awsiam.Role {
	return awsiam.NewRole(s, jsii.String(id), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
}

// The Go twins of the stacks in testdata/twins.js, construct for construct.
var templateCases = map[string]func(s awscdk.Stack){
	"Default": func(s awscdk.Stack) {
		ddb.NewTable(s, jsii.String("Table"), &ddb.TableProps{PartitionKey: pk})
	},
	"AllProps": func(s awscdk.Stack) {
		t := ddb.NewTable(s, jsii.String("Table"), &ddb.TableProps{
			TableName:                        jsii.String("orders"),
			PartitionKey:                     attr("pk", ddb.AttributeType_STRING),
			SortKey:                          attr("sk", ddb.AttributeType_NUMBER),
			BillingMode:                      ddb.BillingMode_PAY_PER_REQUEST,
			Stream:                           ddb.StreamViewType_NEW_AND_OLD_IMAGES,
			TimeToLiveAttribute:              jsii.String("expires"),
			PointInTimeRecoverySpecification: &ddb.PointInTimeRecoverySpecification{PointInTimeRecoveryEnabled: jsii.Bool(true), RecoveryPeriodInDays: jsii.Number(7)},
			ContributorInsightsSpecification: &ddb.ContributorInsightsSpecification{Enabled: jsii.Bool(true)},
			TableClass:                       ddb.TableClass_STANDARD_INFREQUENT_ACCESS,
			DeletionProtection:               jsii.Bool(true),
			RemovalPolicy:                    awscdk.RemovalPolicy_DESTROY,
			MaxReadRequestUnits:              jsii.Number(100),
		})
		t.AddGlobalSecondaryIndex(&ddb.GlobalSecondaryIndexProps{IndexName: jsii.String("byStatus"),
			PartitionKey: attr("status", ddb.AttributeType_STRING), SortKey: attr("created", ddb.AttributeType_NUMBER)})
		t.AddGlobalSecondaryIndex(&ddb.GlobalSecondaryIndexProps{IndexName: jsii.String("keysOnly"),
			PartitionKey: attr("gsi2", ddb.AttributeType_BINARY), ProjectionType: ddb.ProjectionType_KEYS_ONLY, MaxWriteRequestUnits: jsii.Number(10)})
		t.AddGlobalSecondaryIndex(&ddb.GlobalSecondaryIndexProps{IndexName: jsii.String("include"),
			PartitionKey: attr("status", ddb.AttributeType_STRING), ProjectionType: ddb.ProjectionType_INCLUDE, NonKeyAttributes: jsii.Strings("a", "b")})
		t.AddLocalSecondaryIndex(&ddb.LocalSecondaryIndexProps{IndexName: jsii.String("local"), SortKey: attr("lsk", ddb.AttributeType_STRING)})
		out(s, "Name", t.TableName())
		out(s, "Arn", t.TableArn())
		out(s, "Stream", t.TableStreamArn())
		out(s, "HasIndex", jsii.String(fmt.Sprint(*t.HasIndex())))
	},
	"Provisioned": func(s awscdk.Stack) {
		t := ddb.NewTable(s, jsii.String("Table"), &ddb.TableProps{
			PartitionKey: attr("id", ddb.AttributeType_NUMBER),
			ReadCapacity: jsii.Number(10), WriteCapacity: jsii.Number(3),
			PointInTimeRecovery:        jsii.Bool(false),
			ContributorInsightsEnabled: jsii.Bool(true),
			Stream:                     ddb.StreamViewType_KEYS_ONLY,
		})
		t.AddGlobalSecondaryIndex(&ddb.GlobalSecondaryIndexProps{IndexName: jsii.String("gsi"), PartitionKey: attr("g", ddb.AttributeType_STRING), ReadCapacity: jsii.Number(2)})
	},
	"Encryption": func(s awscdk.Stack) {
		ddb.NewTable(s, jsii.String("Owned"), &ddb.TableProps{PartitionKey: pk, Encryption: ddb.TableEncryption_DEFAULT})
		ddb.NewTable(s, jsii.String("AwsManaged"), &ddb.TableProps{PartitionKey: pk, Encryption: ddb.TableEncryption_AWS_MANAGED})
		created := ddb.NewTable(s, jsii.String("Created"), &ddb.TableProps{PartitionKey: pk, Encryption: ddb.TableEncryption_CUSTOMER_MANAGED})
		key := awskms.NewKey(s, jsii.String("MyKey"), nil)
		ddb.NewTable(s, jsii.String("Given"), &ddb.TableProps{PartitionKey: pk, EncryptionKey: key})
		out(s, "KeyArn", created.EncryptionKey().KeyArn())
	},
	"Grants": func(s awscdk.Stack) {
		plain := ddb.NewTable(s, jsii.String("Plain"), &ddb.TableProps{PartitionKey: pk})
		rich := ddb.NewTable(s, jsii.String("Rich"), &ddb.TableProps{PartitionKey: pk,
			Encryption: ddb.TableEncryption_CUSTOMER_MANAGED, Stream: ddb.StreamViewType_NEW_IMAGE})
		rich.AddGlobalSecondaryIndex(&ddb.GlobalSecondaryIndexProps{IndexName: jsii.String("idx"), PartitionKey: attr("x", ddb.AttributeType_STRING)})
		plain.GrantReadData(lambdaRole(s, "Reader"))
		plain.GrantWriteData(lambdaRole(s, "Writer"))
		plain.GrantReadWriteData(lambdaRole(s, "ReadWriter"))
		plain.GrantFullAccess(lambdaRole(s, "Full"))
		plain.Grant(lambdaRole(s, "Custom"), jsii.String("dynamodb:PutItem"), jsii.String("dynamodb:Query"))
		rr := lambdaRole(s, "RichRole")
		rich.GrantReadWriteData(rr)
		rich.GrantStreamRead(rr)
		rich.GrantTableListStreams(rr)
		rich.GrantStream(rr, jsii.String("dynamodb:DescribeStream"))
		rich.GrantReadData(lambdaRole(s, "RichReader"))
		rich.GrantFullAccess(lambdaRole(s, "RichFull"))
		ddb.Table_GrantListStreams(lambdaRole(s, "Lister"))
	},
	"Imports": func(s awscdk.Stack) {
		byName := ddb.Table_FromTableName(s, jsii.String("ByName"), jsii.String("existing"))
		byArn := ddb.Table_FromTableArn(s, jsii.String("ByArn"), jsii.String("arn:aws:dynamodb:eu-west-1:123456789012:table/other"))
		key := awskms.Key_FromKeyArn(s, jsii.String("Key"), jsii.String("arn:aws:kms:eu-west-1:123456789012:key/abc"))
		attrs := ddb.Table_FromTableAttributes(s, jsii.String("Attrs"), &ddb.TableAttributes{
			TableName: jsii.String("third"), TableStreamArn: jsii.String("arn:aws:dynamodb:eu-west-1:123456789012:table/third/stream/2020"),
			EncryptionKey: key, GlobalIndexes: jsii.Strings("gsi"),
		})
		role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()})
		byName.GrantReadData(role)
		byArn.GrantWriteData(role)
		attrs.GrantReadWriteData(role)
		attrs.GrantStreamRead(role)
		out(s, "ByNameArn", byName.TableArn())
		out(s, "ByArnName", byArn.TableName())
	},
	"ResourcePolicy": func(s awscdk.Stack) {
		doc := awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{Statements: &[]awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("dynamodb:GetItem"), Principals: &[]awsiam.IPrincipal{awsiam.NewAccountRootPrincipal()}, Resources: jsii.Strings("*")})}})
		ddb.NewTable(s, jsii.String("FromProps"), &ddb.TableProps{PartitionKey: pk, ResourcePolicy: doc})
		t := ddb.NewTable(s, jsii.String("Added"), &ddb.TableProps{PartitionKey: pk})
		t.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("dynamodb:PutItem"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewArnPrincipal(jsii.String("arn:aws:iam::111111111111:root"))}, Resources: jsii.Strings("*")}))
	},
}

func TestTableTemplates(t *testing.T) {
	checkTemplates(t, templateCases, func(name string) *awscdk.StackProps {
		if name == "Imports" || name == "V2Imports" {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("eu-west-1")}}
		}
		if name == "V2Replicas" || name == "V2Strong" {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("us-east-1")}}
		}
		return nil
	})
}

func init() {
	templateCases["Metrics"] = func(s awscdk.Stack) {
		t := ddb.NewTable(s, jsii.String("Table"), &ddb.TableProps{PartitionKey: pk})
		alarm := func(id string, m awscloudwatch.IMetric, threshold float64) {
			awscloudwatch.NewAlarm(s, jsii.String(id), &awscloudwatch.AlarmProps{Metric: m, Threshold: jsii.Number(threshold), EvaluationPeriods: jsii.Number(1)})
		}
		alarm("Read", t.MetricConsumedReadCapacityUnits(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(1))}), 100)
		alarm("Write", t.MetricConsumedWriteCapacityUnits(nil), 100)
		alarm("Throttles", t.MetricThrottledRequestsForOperations(&ddb.OperationsMetricOptions{Operations: &[]ddb.Operation{ddb.Operation_GET_ITEM, ddb.Operation_PUT_ITEM}}), 1)
		alarm("Latency", t.MetricSuccessfulRequestLatency(&awscloudwatch.MetricOptions{DimensionsMap: &map[string]*string{"Operation": jsii.String("GetItem")}}), 50)
		alarm("Errors", t.MetricSystemErrorsForOperations(&ddb.SystemErrorsForOperationsMetricOptions{Operations: &[]ddb.Operation{ddb.Operation_GET_ITEM, ddb.Operation_QUERY, ddb.Operation_SCAN}}), 1)
		alarm("User", t.MetricUserErrors(nil), 1)
		alarm("Conditional", t.MetricConditionalCheckFailedRequests(&awscloudwatch.MetricOptions{Statistic: jsii.String("Maximum")}), 1)
		alarm("OneOp", t.MetricThrottledRequestsForOperation(jsii.String("Query"), nil), 1)
	}
}

var errorCases = map[string]func(s awscdk.Stack){
	"NoPartitionKey": func(s awscdk.Stack) { ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{}) },
	"CapacityOnDemand": func(s awscdk.Stack) {
		ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk, BillingMode: ddb.BillingMode_PAY_PER_REQUEST, ReadCapacity: jsii.Number(1)})
	},
	"DuplicateIndex": func(s awscdk.Stack) {
		t := ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk})
		t.AddGlobalSecondaryIndex(&ddb.GlobalSecondaryIndexProps{IndexName: jsii.String("idx"), PartitionKey: attr("a", ddb.AttributeType_STRING)})
		t.AddGlobalSecondaryIndex(&ddb.GlobalSecondaryIndexProps{IndexName: jsii.String("idx"), PartitionKey: attr("b", ddb.AttributeType_STRING)})
	},
	"AttributeTypeConflict": func(s awscdk.Stack) {
		t := ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk})
		t.AddGlobalSecondaryIndex(&ddb.GlobalSecondaryIndexProps{IndexName: jsii.String("idx"), PartitionKey: attr("id", ddb.AttributeType_NUMBER)})
	},
	"IncludeWithoutAttributes": func(s awscdk.Stack) {
		t := ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk})
		t.AddGlobalSecondaryIndex(&ddb.GlobalSecondaryIndexProps{IndexName: jsii.String("idx"), PartitionKey: attr("a", ddb.AttributeType_STRING), ProjectionType: ddb.ProjectionType_INCLUDE})
	},
	"AttributesWithoutInclude": func(s awscdk.Stack) {
		t := ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk})
		t.AddGlobalSecondaryIndex(&ddb.GlobalSecondaryIndexProps{IndexName: jsii.String("idx"), PartitionKey: attr("a", ddb.AttributeType_STRING), NonKeyAttributes: jsii.Strings("x")})
	},
	"KeyWithoutCustomerManaged": func(s awscdk.Stack) {
		ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk, Encryption: ddb.TableEncryption_AWS_MANAGED, EncryptionKey: awskms.NewKey(s, jsii.String("K"), nil)})
	},
	"RecoveryPeriod": func(s awscdk.Stack) {
		ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk, PointInTimeRecoverySpecification: &ddb.PointInTimeRecoverySpecification{PointInTimeRecoveryEnabled: jsii.Bool(true), RecoveryPeriodInDays: jsii.Number(40)}})
	},
	"RecoveryWithoutPitr": func(s awscdk.Stack) {
		ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk, PointInTimeRecoverySpecification: &ddb.PointInTimeRecoverySpecification{PointInTimeRecoveryEnabled: jsii.Bool(false), RecoveryPeriodInDays: jsii.Number(4)}})
	},
	"PitrConflict": func(s awscdk.Stack) {
		ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk, PointInTimeRecovery: jsii.Bool(true), PointInTimeRecoverySpecification: &ddb.PointInTimeRecoverySpecification{PointInTimeRecoveryEnabled: jsii.Bool(true)}})
	},
	"InsightsConflict": func(s awscdk.Stack) {
		ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk, ContributorInsightsEnabled: jsii.Bool(true), ContributorInsightsSpecification: &ddb.ContributorInsightsSpecification{Enabled: jsii.Bool(true)}})
	},
	"StreamGrantWithoutStream": func(s awscdk.Stack) {
		ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk}).GrantStreamRead(awsiam.NewRole(s, jsii.String("R"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()}))
	},
	"ImportNameAndArn": func(s awscdk.Stack) {
		ddb.Table_FromTableAttributes(s, jsii.String("T"), &ddb.TableAttributes{TableName: jsii.String("a"), TableArn: jsii.String("arn:aws:dynamodb:us-east-1:111111111111:table/a")})
	},
	"ImportNothing": func(s awscdk.Stack) { ddb.Table_FromTableAttributes(s, jsii.String("T"), &ddb.TableAttributes{}) },
	"TooManyLocalIndexes": func(s awscdk.Stack) {
		t := ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk, SortKey: attr("s", ddb.AttributeType_STRING)})
		for i := 0; i < 6; i++ {
			t.AddLocalSecondaryIndex(&ddb.LocalSecondaryIndexProps{IndexName: jsii.String(fmt.Sprint("lsi", i)), SortKey: attr(fmt.Sprint("l", i), ddb.AttributeType_STRING)})
		}
	},
	"LocalIndexWithoutSortKey": func(s awscdk.Stack) {
		t := ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk})
		t.AddLocalSecondaryIndex(&ddb.LocalSecondaryIndexProps{IndexName: jsii.String("lsi"), SortKey: attr("l", ddb.AttributeType_STRING)})
	},
	"ServicePrincipalGrant": func(s awscdk.Stack) {
		ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk}).GrantReadData(awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil))
	},
}

// TestTableErrors: the same messages and construct paths as aws-cdk-lib.
func TestTableErrors(t *testing.T) {
	checkErrors(t, errorCases, nil)
}

// TestNilProps: nil props and nil index props end in diagnostics, not crashes.
func TestNilProps(t *testing.T) {
	err := synthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		tb := ddb.NewTable(s, jsii.String("T"), nil)
		_ = tb.TableArn()
		_ = tb.TableName()
	})
	if err == nil {
		t.Fatal("synth succeeded; want the partition key error")
	}
}
