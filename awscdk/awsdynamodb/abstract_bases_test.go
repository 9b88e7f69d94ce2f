package awsdynamodb_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	ddb "github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/jsii"
)

// myTable "subclasses" the abstract TableBase, as the twin's MyTable does.
type myTable struct {
	ddb.TableBase
	key awskms.IKey
}

func (m *myTable) TableArn() *string {
	return jsii.String("arn:aws:dynamodb:us-east-1:111111111111:table/mine")
}
func (m *myTable) TableName() *string { return jsii.String("mine") }
func (m *myTable) TableStreamArn() *string {
	return jsii.String("arn:aws:dynamodb:us-east-1:111111111111:table/mine/stream/x")
}
func (m *myTable) EncryptionKey() awskms.IKey { return m.key }
func (m *myTable) HasIndex() *bool            { return jsii.Bool(true) }
func (m *myTable) AddToResourcePolicy(awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(false)}
}

// subTableV2 "subclasses" the abstract TableBaseV2.
type subTableV2 struct{ ddb.TableBaseV2 }

func (m *subTableV2) TableArn() *string {
	return jsii.String("arn:aws:dynamodb:us-east-1:111111111111:table/v2")
}
func (m *subTableV2) TableName() *string      { return jsii.String("v2") }
func (m *subTableV2) TableStreamArn() *string { return nil }
func (m *subTableV2) TableId() *string        { return jsii.String("tid") }
func (m *subTableV2) Region() *string         { return jsii.String("us-east-1") }
func (m *subTableV2) HasIndex() *bool         { return jsii.Bool(false) }
func (m *subTableV2) EncryptionKey() awskms.IKey {
	return nil
}
func (m *subTableV2) Grants() ddb.TableGrants {
	return ddb.TableGrants_FromTable(m, &[]*string{}, jsii.Bool(false))
}
func (m *subTableV2) AddToResourcePolicy(awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	return &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(false)}
}

func init() {
	templateCases["Subclass"] = func(s awscdk.Stack) {
		role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()})
		a := &myTable{}
		ddb.NewTableBase_Override(a, s, jsii.String("Mine"), nil)
		a.key = awskms.Key_FromKeyArn(a, jsii.String("Key"), jsii.String("arn:aws:kms:us-east-1:111111111111:key/k"))
		a.GrantReadData(role)
		a.GrantStreamRead(role)
		b := &subTableV2{}
		ddb.NewTableBaseV2_Override(b, s, jsii.String("MineV2"), nil)
		b.GrantWriteData(role)
		out(s, "Metric", jsii.String(*a.MetricConsumedReadCapacityUnits(nil).MetricName()+","+*b.MetricUserErrors(nil).MetricName()))
	}
}

// halfTable defines only some abstract members.
type halfTable struct{ ddb.TableBase }

func (h *halfTable) TableName() *string { return jsii.String("half") }

// TestAbstractMemberMissing: a member the embedding type leaves undefined
// is reported by name, not by a stack overflow.
func TestAbstractMemberMissing(t *testing.T) {
	err := synthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		h := &halfTable{}
		ddb.NewTableBase_Override(h, s, jsii.String("Half"), nil)
		h.GrantReadData(awsiam.NewAccountRootPrincipal())
	})
	if err == nil || !strings.Contains(err.Error(), "TableArn is abstract") {
		t.Fatalf("got %v", err)
	}
}

type myFormat struct{ ddb.InputFormat }

// TestCustomInputFormat: a table cannot import from a Go-defined format.
func TestCustomInputFormat(t *testing.T) {
	f := &myFormat{}
	ddb.NewInputFormat_Override(f)
	err := synthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		ddb.NewTable(s, jsii.String("T"), &ddb.TableProps{PartitionKey: pk, ImportSource: &ddb.ImportSourceSpecification{InputFormat: f,
			Bucket: nil}})
	})
	if err == nil || !strings.Contains(err.Error(), "InputFormat_Csv") {
		t.Fatalf("got %v", err)
	}
}
