package awsdynamodb

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// aws-cdk-lib's TableBase and TableBaseV2 are abstract classes: a Go type
// embeds the interface, defines the abstract members (TableArn,
// TableName, TableStreamArn, EncryptionKey, HasIndex, AddToResourcePolicy;
// TableId for TableBaseV2) and calls New*_Override. The base's grant and
// metric methods then read the members through the outer type. A member
// the outer type leaves undefined ends in an error naming it, where
// aws-cdk-lib's subclass would fail to compile.

// abstractMember calls the outer type's member; when that is the base's
// own (the outer type did not define it), the call comes back here and
// is reported.
type abstractMember struct{ busy map[string]bool }

func (m *abstractMember) call(scope constructs.IConstruct, name string, f func()) {
	if m.busy[name] {
		l2.Throw(scope, "%s is abstract: the type embedding the table base must define it", name)
	}
	m.busy[name] = true
	defer delete(m.busy, name)
	f()
}

func wireAbstract(t *tableBase, outer tableSelf, m *abstractMember) {
	t.self = outer
	t.arn = func() (v *string) { m.call(outer, "TableArn", func() { v = outer.TableArn() }); return }
	t.name = func() (v *string) { m.call(outer, "TableName", func() { v = outer.TableName() }); return }
	t.streamArn = func() (v *string) { m.call(outer, "TableStreamArn", func() { v = outer.TableStreamArn() }); return }
	t.hasIndex = func() (v bool) {
		m.call(outer, "HasIndex", func() { v = boolOr(outer.HasIndex()) })
		return
	}
	t.keyFn = func() (v awskms.IKey) {
		m.call(outer, "EncryptionKey", func() { v = outer.(interface{ EncryptionKey() awskms.IKey }).EncryptionKey() })
		return
	}
}

type abstractTable struct {
	tableBase
	m *abstractMember
}

func (t *abstractTable) AddToResourcePolicy(statement awsiam.PolicyStatement) (r *awsiam.AddToResourcePolicyResult) {
	t.m.call(t.self, "AddToResourcePolicy", func() { r = t.self.AddToResourcePolicy(statement) })
	return
}

// NewTableBase_Override initialises outer, a Go type embedding TableBase
// that defines the abstract members.
func NewTableBase_Override(outer TableBase, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	t := &abstractTable{m: &abstractMember{busy: map[string]bool{}}}
	t.Resource = awscdk.NewResource(scope, id, props)
	host.Set(t.Resource, t)
	l2.Override(outer, TableBase(t))
	wireAbstract(&t.tableBase, outer, t.m)
}

type abstractTableV2 struct {
	tableBaseV2
	m *abstractMember
}

func (t *abstractTableV2) AddToResourcePolicy(statement awsiam.PolicyStatement) (r *awsiam.AddToResourcePolicyResult) {
	t.m.call(t.self, "AddToResourcePolicy", func() { r = t.self.AddToResourcePolicy(statement) })
	return
}

func (t *abstractTableV2) TableId() (v *string) {
	t.m.call(t.self, "TableId", func() { v = t.self.(ITableV2).TableId() })
	return
}

// NewTableBaseV2_Override initialises outer, a Go type embedding
// TableBaseV2 that defines the abstract members.
func NewTableBaseV2_Override(outer TableBaseV2, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	t := &abstractTableV2{m: &abstractMember{busy: map[string]bool{}}}
	t.Resource = awscdk.NewResource(scope, id, props)
	host.Set(t.Resource, t)
	l2.Override(outer, TableBaseV2(t))
	wireAbstract(&t.tableBase, v2Self{outer, t}, t.m)
}

// v2Self is the outer type as the base sees it: TableBaseV2 has no
// StreamGrants, which the base's stream grants go through.
type v2Self struct {
	TableBaseV2
	base *abstractTableV2
}

func (s v2Self) StreamGrants() StreamGrants { return s.base.tableBase.StreamGrants() }

// NewInputFormat_Override initialises outer, a Go type embedding
// InputFormat. aws-cdk-lib renders an input format through a member Go
// cannot define, so a table importing from such a format reports an
// error; use InputFormat_Csv, InputFormat_DynamoDBJson or InputFormat_Ion.
func NewInputFormat_Override(outer InputFormat) {
	l2.Override(outer, InputFormat(customInputFormat{}))
}

type customInputFormat struct{}

func (customInputFormat) render() *CfnTable_ImportSourceSpecificationProperty {
	diag.Panic("", "an InputFormat must be made with InputFormat_Csv, InputFormat_DynamoDBJson or InputFormat_Ion")
	return nil
}
