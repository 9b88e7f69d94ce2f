package awsdynamodb

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsdynamodb"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// The action sets aws-cdk-lib grants (aws-dynamodb perms).
var (
	resourceReadDataActions      = []string{"dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:GetItem", "dynamodb:Scan", "dynamodb:ConditionCheckItem"}
	principalOnlyReadDataActions = []string{"dynamodb:GetRecords", "dynamodb:GetShardIterator"}
	writeDataActions             = []string{"dynamodb:BatchWriteItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"}
	keyReadActions               = []string{"kms:Decrypt", "kms:DescribeKey"}
	keyWriteActions              = []string{"kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"}
	readStreamDataActions        = []string{"dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"}
	multiAccountReplicationActs  = []string{"dynamodb:ReadDataForReplication", "dynamodb:WriteDataForReplication", "dynamodb:ReplicateSettings"}
)

const describeTable = "dynamodb:DescribeTable"

// Service principals that may be granted table access directly.
var knownDynamoDBServicePrincipals = map[string]bool{
	"redshift.amazonaws.com": true, "replication.dynamodb.amazonaws.com": true, "glue.amazonaws.com": true,
}

// TableGrantsProps are the props of NewTableGrants.
type TableGrantsProps struct {
	Table             interfacesawsdynamodb.ITableRef `field:"required" json:"table" yaml:"table"`
	EncryptedResource awsiam.IEncryptedResource       `field:"optional" json:"encryptedResource" yaml:"encryptedResource"`
	// Whether grants cover index ARNs. Default: asked of the table when it can say.
	HasIndex       *bool                        `field:"optional" json:"hasIndex" yaml:"hasIndex"`
	PolicyResource awsiam.IResourceWithPolicyV2 `field:"optional" json:"policyResource" yaml:"policyResource"`
	// Replica regions whose tables the grants cover too.
	Regions *[]*string `field:"optional" json:"regions" yaml:"regions"`
}

// TableGrants grants permissions on a table, its indexes and replicas.
type TableGrants interface {
	Actions(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	FullAccess(grantee awsiam.IGrantable) awsiam.Grant
	MultiAccountReplicationFrom(sourceReplicaArn *string)
	MultiAccountReplicationTo(destinationReplicaArn *string)
	ReadData(grantee awsiam.IGrantable) awsiam.Grant
	ReadWriteData(grantee awsiam.IGrantable) awsiam.Grant
	WriteData(grantee awsiam.IGrantable) awsiam.Grant
}

type tableGrants struct {
	table     interfacesawsdynamodb.ITableRef
	encrypted awsiam.IEncryptedResource
	policy    awsiam.IResourceWithPolicyV2
	arns      []*string
}

// TableGrants_FromTable returns the grants object of a table.
func TableGrants_FromTable(table interfacesawsdynamodb.ITableRef, regions *[]*string, hasIndex *bool) TableGrants {
	return NewTableGrants(&TableGrantsProps{Table: table, Regions: regions, HasIndex: hasIndex})
}

// NewTableGrants makes a grants object; the encrypted resource and the
// policy holder default to the table itself when it is one.
func NewTableGrants(props *TableGrantsProps) TableGrants {
	if props == nil || props.Table == nil {
		panic("NewTableGrants: props.Table is required")
	}
	g := &tableGrants{table: props.Table, encrypted: props.EncryptedResource, policy: props.PolicyResource}
	if g.encrypted == nil {
		g.encrypted, _ = props.Table.(awsiam.IEncryptedResource)
	}
	if g.policy == nil {
		g.policy, _ = props.Table.(awsiam.IResourceWithPolicyV2)
	}
	stack := awscdk.Stack_Of(props.Table)
	ref := props.Table.TableRef()
	regional := func(region *string) *string {
		return stack.FormatArn(&awscdk.ArnComponents{Region: region, Service: jsii.String("dynamodb"), Resource: jsii.String("table"), ResourceName: ref.TableName})
	}
	hasIndex := func() bool {
		if props.HasIndex != nil {
			return *props.HasIndex
		}
		if t, ok := props.Table.(interface{ HasIndex() *bool }); ok {
			return boolOr(t.HasIndex())
		}
		return false
	}
	// The index ARN is decided at synth, so an index added after the grant counts.
	indexArn := func(arn *string) *string {
		return awscdk.Lazy_String(stringProducer(func() *string {
			if !hasIndex() {
				return nil
			}
			return jsii.String(*arn + "/index/*")
		}), nil)
	}
	var regions []*string
	if props.Regions != nil {
		regions = *props.Regions
	}
	g.arns = append(g.arns, ref.TableArn)
	for _, r := range regions {
		g.arns = append(g.arns, regional(r))
	}
	g.arns = append(g.arns, indexArn(ref.TableArn))
	for _, r := range regions {
		g.arns = append(g.arns, indexArn(regional(r)))
	}
	return g
}

func (g *tableGrants) Actions(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	if isUnsupportedServicePrincipal(grantee.GrantPrincipal()) {
		l2.Throw(g.table, "DynamoDB grant* methods do not support ServicePrincipal grantees. Use table.addToResourcePolicy() for an explicit service-specific table policy with required service principal, actions, and conditions")
	}
	arns := append([]*string{}, g.arns...)
	if g.policy != nil {
		return awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
			Grantee: grantee, Actions: &actions, ResourceArns: &arns, Resource: g.policy, ResourceSelfArns: jsii.Strings("*"),
		})
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: &actions, ResourceArns: &arns})
}

func (g *tableGrants) onKey(grantee awsiam.IGrantable, actions ...[]string) {
	if g.encrypted == nil {
		return
	}
	var all []string
	for _, a := range actions {
		all = append(all, a...)
	}
	g.encrypted.GrantOnKey(grantee, strPtrs(all)...)
}

func (g *tableGrants) principalOnlyRead(grantee awsiam.IGrantable) awsiam.Grant {
	arns := append([]*string{}, g.arns...)
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
		Grantee: grantee, Actions: &[]*string{jsii.String(principalOnlyReadDataActions[0]), jsii.String(principalOnlyReadDataActions[1])}, ResourceArns: &arns,
	})
}

func (g *tableGrants) ReadData(grantee awsiam.IGrantable) awsiam.Grant {
	g.onKey(grantee, keyReadActions)
	acts := strPtrs(append(append([]string{}, resourceReadDataActions...), describeTable))
	return g.Actions(grantee, acts...).Combine(g.principalOnlyRead(grantee))
}

func (g *tableGrants) WriteData(grantee awsiam.IGrantable) awsiam.Grant {
	acts := strPtrs(append(append([]string{}, writeDataActions...), describeTable))
	result := g.Actions(grantee, acts...)
	g.onKey(grantee, keyReadActions, keyWriteActions)
	return result
}

func (g *tableGrants) ReadWriteData(grantee awsiam.IGrantable) awsiam.Grant {
	all := append(append(append([]string{}, resourceReadDataActions...), writeDataActions...), describeTable)
	result := g.Actions(grantee, strPtrs(all)...)
	g.onKey(grantee, keyReadActions, keyWriteActions)
	return result.Combine(g.principalOnlyRead(grantee))
}

func (g *tableGrants) FullAccess(grantee awsiam.IGrantable) awsiam.Grant {
	result := g.Actions(grantee, jsii.String("dynamodb:*"))
	g.onKey(grantee, keyReadActions, keyWriteActions)
	return result
}

// MultiAccountReplicationTo lets the replica table in another account
// (destinationReplicaArn) replicate from this table.
func (g *tableGrants) MultiAccountReplicationTo(destinationReplicaArn *string) {
	account := g.replicaAccount(destinationReplicaArn)
	g.policy.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Sid:        jsii.String("AllowMultiAccountReplicaAssociation" + *account),
		Actions:    jsii.Strings("dynamodb:AssociateTableReplica"),
		Resources:  jsii.Strings("*"),
		Principals: &[]awsiam.IPrincipal{awsiam.NewAccountPrincipal(account)},
	}))
	g.replicationService(jsii.String("AllowReplicationServiceReadWrite"+*account), account)
}

// MultiAccountReplicationFrom lets this replica table replicate from the
// source table in another account.
func (g *tableGrants) MultiAccountReplicationFrom(sourceReplicaArn *string) {
	account := g.replicaAccount(sourceReplicaArn)
	g.replicationService(jsii.String("AllowReplicationService"), account)
}

func (g *tableGrants) replicaAccount(arn *string) *string {
	if g.policy == nil {
		l2.Throw(g.table, "Cannot grant multi-account replication permissions without a resource policy")
	}
	c := awscdk.Stack_Of(g.table).SplitArn(arn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	if c.Account == nil || *c.Account == "" {
		l2.Throw(g.table, "Invalid table ARN: %s. ARN must include account ID.", *arn)
	}
	return c.Account
}

func (g *tableGrants) replicationService(sid *string, account *string) {
	replication := awsiam.NewServicePrincipal(jsii.String("replication.dynamodb.amazonaws.com"), nil)
	g.policy.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Sid:        sid,
		Actions:    jsii.Strings(multiAccountReplicationActs...),
		Resources:  jsii.Strings("*"),
		Principals: &[]awsiam.IPrincipal{replication},
		Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{
			"aws:SourceAccount": []interface{}{awscdk.Stack_Of(g.table).Account(), account},
		}},
	}))
	g.onKey(replication, keyReadActions, keyWriteActions)
}

// StreamGrantsProps are the props of NewStreamGrants.
type StreamGrantsProps struct {
	TableStreamArn *string                         `field:"required" json:"tableStreamArn" yaml:"tableStreamArn"`
	EncryptionKey  awskms.IKey                     `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	Table          interfacesawsdynamodb.ITableRef `field:"optional" json:"table" yaml:"table"`
}

// StreamGrants grants permissions on a table's stream.
type StreamGrants interface {
	Actions(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant
	List(grantee awsiam.IGrantable) awsiam.Grant
	Read(grantee awsiam.IGrantable) awsiam.Grant
}

type streamGrants struct {
	arn *string
	key awskms.IKey
}

// NewStreamGrants makes the grants object of a table stream.
func NewStreamGrants(props *StreamGrantsProps) StreamGrants {
	if props == nil || props.TableStreamArn == nil {
		panic("NewStreamGrants: props.TableStreamArn is required")
	}
	return &streamGrants{arn: props.TableStreamArn, key: props.EncryptionKey}
}

func (g *streamGrants) Actions(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: &actions, ResourceArns: &[]*string{g.arn}})
}

func (g *streamGrants) List(grantee awsiam.IGrantable) awsiam.Grant {
	return Table_GrantListStreams(grantee)
}

func (g *streamGrants) Read(grantee awsiam.IGrantable) awsiam.Grant {
	g.List(grantee)
	if g.key != nil {
		g.key.Grant(grantee, strPtrs(keyReadActions)...)
	}
	return g.Actions(grantee, strPtrs(readStreamDataActions)...)
}

// Table_GrantListStreams lets grantee list every stream of the account (dynamodb:ListStreams on *).
func Table_GrantListStreams(grantee awsiam.IGrantable) awsiam.Grant {
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
		Grantee: grantee, Actions: jsii.Strings("dynamodb:ListStreams"), ResourceArns: jsii.Strings("*"),
	})
}

// isUnsupportedServicePrincipal: a service principal other than the few
// DynamoDB accepts in a table's resource policy.
func isUnsupportedServicePrincipal(p awsiam.IPrincipal) bool {
	frag := p.PolicyFragment()
	if frag == nil || frag.PrincipalJson() == nil {
		return false
	}
	if _, ok := (*frag.PrincipalJson())["Service"]; !ok {
		return false
	}
	if sp, ok := p.(awsiam.ServicePrincipal); ok && sp.Service() != nil {
		return !knownDynamoDBServicePrincipals[*sp.Service()]
	}
	return true
}

type stringProducer func() *string

func (f stringProducer) Produce() *string { return f() }

func strPtrs(xs []string) []*string {
	out := make([]*string, len(xs))
	for i := range xs {
		s := xs[i]
		out[i] = &s
	}
	return out
}
