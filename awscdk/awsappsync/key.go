package awsappsync

import (
	"strings"

	"github.com/strata-cdk/strata/jsii"
)

// The DynamoDB VTL builders. Their strings (spacing and newlines included)
// are what aws-cdk-lib writes into the mapping templates, so they must not
// be reformatted.

// keyCond is one node of a key condition expression: a comparison, a
// begins_with, a BETWEEN, or two conditions joined with AND.
type keyCond interface {
	render() string
	keyNames() []string
	args() []string
}

type binaryCond struct{ key, op, arg string }

func (c binaryCond) render() string     { return "#" + c.key + " " + c.op + " :" + c.arg }
func (c binaryCond) keyNames() []string { return []string{c.key} }
func (c binaryCond) args() []string     { return []string{c.arg} }

type beginsWithCond struct{ key, arg string }

func (c beginsWithCond) render() string     { return "begins_with(#" + c.key + ", :" + c.arg + ")" }
func (c beginsWithCond) keyNames() []string { return []string{c.key} }
func (c beginsWithCond) args() []string     { return []string{c.arg} }

type betweenCond struct{ key, arg1, arg2 string }

func (c betweenCond) render() string {
	return "#" + c.key + " BETWEEN :" + c.arg1 + " AND :" + c.arg2
}
func (c betweenCond) keyNames() []string { return []string{c.key} }
func (c betweenCond) args() []string     { return []string{c.arg1, c.arg2} }

type andCond struct{ left, right keyCond }

func (c andCond) render() string     { return c.left.render() + " AND " + c.right.render() }
func (c andCond) keyNames() []string { return dedup(c.left.keyNames(), c.right.keyNames()) }
func (c andCond) args() []string     { return dedup(c.left.args(), c.right.args()) }

// dedup concatenates a and b keeping the first occurrence of each element.
func dedup(a, b []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range append(append([]string{}, a...), b...) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// KeyCondition is a DynamoDB key condition for MappingTemplate_DynamoDbQuery.
type KeyCondition interface {
	// And joins this condition and keyCond with AND.
	And(keyCond KeyCondition) KeyCondition
	// RenderTemplate is the "query" block of the request template.
	RenderTemplate() *string
}

type keyCondition struct{ cond keyCond }

func s(p *string) string {
	if p == nil {
		return "undefined"
	}
	return *p
}

// KeyCondition_Eq is the condition keyName = arg.
func KeyCondition_Eq(keyName *string, arg *string) KeyCondition {
	return &keyCondition{binaryCond{s(keyName), "=", s(arg)}}
}

// KeyCondition_Lt is the condition keyName < arg.
func KeyCondition_Lt(keyName *string, arg *string) KeyCondition {
	return &keyCondition{binaryCond{s(keyName), "<", s(arg)}}
}

// KeyCondition_Le is the condition keyName <= arg.
func KeyCondition_Le(keyName *string, arg *string) KeyCondition {
	return &keyCondition{binaryCond{s(keyName), "<=", s(arg)}}
}

// KeyCondition_Gt is the condition keyName > arg.
func KeyCondition_Gt(keyName *string, arg *string) KeyCondition {
	return &keyCondition{binaryCond{s(keyName), ">", s(arg)}}
}

// KeyCondition_Ge is the condition keyName >= arg.
func KeyCondition_Ge(keyName *string, arg *string) KeyCondition {
	return &keyCondition{binaryCond{s(keyName), ">=", s(arg)}}
}

// KeyCondition_BeginsWith is the condition begins_with(keyName, arg).
func KeyCondition_BeginsWith(keyName *string, arg *string) KeyCondition {
	return &keyCondition{beginsWithCond{s(keyName), s(arg)}}
}

// KeyCondition_Between is the condition keyName BETWEEN arg1 AND arg2.
func KeyCondition_Between(keyName *string, arg1 *string, arg2 *string) KeyCondition {
	return &keyCondition{betweenCond{s(keyName), s(arg1), s(arg2)}}
}

func (k *keyCondition) And(keyCond KeyCondition) KeyCondition {
	other, ok := keyCond.(*keyCondition)
	if !ok || other == nil {
		return k
	}
	return &keyCondition{andCond{k.cond, other.cond}}
}

func (k *keyCondition) RenderTemplate() *string {
	var names, values []string
	for _, n := range k.cond.keyNames() {
		names = append(names, `"#`+n+`" : "`+n+`"`)
	}
	for _, a := range k.cond.args() {
		values = append(values, `":`+a+`" : $util.dynamodb.toDynamoDBJson($ctx.args.`+a+`)`)
	}
	return jsii.String(`"query" : {
              "expression" : "` + k.cond.render() + `",
              "expressionNames" : {
                ` + strings.Join(names, ", ") + `
              },
              "expressionValues" : {
                ` + strings.Join(values, ", ") + `
              }
            }`)
}

// Assign is one attribute assignment of a DynamoDB item.
type Assign interface {
	// PutInMap renders the assignment as a put into the VTL map named map_.
	PutInMap(map_ *string) *string
	// RenderAsAssignment renders the assignment as a JSON member.
	RenderAsAssignment() *string
}

type assign struct{ attr, arg string }

// NewAssign assigns the VTL expression arg to the attribute attr.
func NewAssign(attr *string, arg *string) Assign { return &assign{s(attr), s(arg)} }

func (a *assign) RenderAsAssignment() *string {
	return jsii.String(`"` + a.attr + `" : $util.dynamodb.toDynamoDBJson(` + a.arg + `)`)
}

func (a *assign) PutInMap(map_ *string) *string {
	return jsii.String(`$util.qr($` + s(map_) + `.put("` + a.attr + `", ` + a.arg + `))`)
}

// PartitionKeyStep names the partition key; Is or Auto gives its value.
type PartitionKeyStep interface {
	// Auto gives the key a generated id ($util.autoId()).
	Auto() PartitionKey
	// Is gives the key the value of argument val.
	Is(val *string) PartitionKey
}

type partitionKeyStep struct{ key string }

// NewPartitionKeyStep starts a primary key with the partition key named key.
func NewPartitionKeyStep(key *string) PartitionKeyStep { return &partitionKeyStep{s(key)} }

func (p *partitionKeyStep) Is(val *string) PartitionKey {
	return NewPartitionKey(NewAssign(&p.key, jsii.String("$ctx.args."+s(val))))
}

func (p *partitionKeyStep) Auto() PartitionKey {
	return NewPartitionKey(NewAssign(&p.key, jsii.String("$util.autoId()")))
}

// SortKeyStep names the sort key; Is or Auto gives its value.
type SortKeyStep interface {
	// Auto gives the sort key a generated id.
	Auto() PrimaryKey
	// Is gives the sort key the value of argument val.
	Is(val *string) PrimaryKey
}

type sortKeyStep struct {
	pkey Assign
	skey string
}

// NewSortKeyStep continues the primary key pkey with the sort key named skey.
func NewSortKeyStep(pkey Assign, skey *string) SortKeyStep { return &sortKeyStep{pkey, s(skey)} }

func (k *sortKeyStep) Is(val *string) PrimaryKey {
	return NewPrimaryKey(k.pkey, NewAssign(&k.skey, jsii.String("$ctx.args."+s(val))))
}

func (k *sortKeyStep) Auto() PrimaryKey {
	return NewPrimaryKey(k.pkey, NewAssign(&k.skey, jsii.String("$util.autoId()")))
}

// PrimaryKey is the key of a DynamoDB item: a partition key and maybe a sort key.
type PrimaryKey interface {
	Pkey() Assign
	// RenderTemplate is the "key" block of the request template.
	RenderTemplate() *string
}

type primaryKey struct{ pkey, skey Assign }

// NewPrimaryKey is the key pkey, with the sort key skey when it is not nil.
func NewPrimaryKey(pkey Assign, skey Assign) PrimaryKey { return &primaryKey{pkey, skey} }

// PrimaryKey_Partition starts a primary key with the partition key named key.
func PrimaryKey_Partition(key *string) PartitionKeyStep { return NewPartitionKeyStep(key) }

func (k *primaryKey) Pkey() Assign { return k.pkey }

func (k *primaryKey) RenderTemplate() *string {
	parts := []string{*k.pkey.RenderAsAssignment()}
	if k.skey != nil {
		parts = append(parts, *k.skey.RenderAsAssignment())
	}
	return jsii.String(`"key" : {
      ` + strings.Join(parts, ",") + `
    }`)
}

// PartitionKey is a primary key of only a partition key, to which Sort adds a sort key.
type PartitionKey interface {
	PrimaryKey
	// Sort adds the sort key named key.
	Sort(key *string) SortKeyStep
}

type partitionKey struct{ primaryKey }

// NewPartitionKey is the primary key made of pkey alone.
func NewPartitionKey(pkey Assign) PartitionKey { return &partitionKey{primaryKey{pkey: pkey}} }

// PartitionKey_Partition starts a primary key with the partition key named key.
func PartitionKey_Partition(key *string) PartitionKeyStep { return NewPartitionKeyStep(key) }

func (k *partitionKey) Sort(key *string) SortKeyStep { return NewSortKeyStep(k.pkey, key) }

// AttributeValues are the attributes a PutItem writes: a container map and
// assignments into it.
type AttributeValues interface {
	// Attribute starts an assignment to the attribute attr.
	Attribute(attr *string) AttributeValuesStep
	// RenderTemplate is the "attributeValues" member of the request template.
	RenderTemplate() *string
	// RenderVariables sets up $input before the request template.
	RenderVariables() *string
}

// The assignments list is shared by every step built from the same
// AttributeValues, as in aws-cdk-lib, where each Is pushes onto one array.
type attributeValues struct {
	container   string
	assignments *[]Assign
}

// NewAttributeValues is the attributes in the VTL map container, with assignments.
func NewAttributeValues(container *string, assignments *[]Assign) AttributeValues {
	if assignments == nil {
		assignments = &[]Assign{}
	}
	return &attributeValues{s(container), assignments}
}

func (v *attributeValues) Attribute(attr *string) AttributeValuesStep {
	return NewAttributeValuesStep(attr, &v.container, v.assignments)
}

func (v *attributeValues) RenderVariables() *string {
	var puts []string
	for _, a := range *v.assignments {
		puts = append(puts, *a.PutInMap(jsii.String("input")))
	}
	return jsii.String("#set($input = " + v.container + ")\n      " + strings.Join(puts, "\n"))
}

func (v *attributeValues) RenderTemplate() *string {
	return jsii.String(`"attributeValues": $util.dynamodb.toMapValuesJson($input)`)
}

// AttributeValuesStep names an attribute; Is gives its value.
type AttributeValuesStep interface {
	// Is assigns the VTL expression val to the attribute.
	Is(val *string) AttributeValues
}

type attributeValuesStep struct {
	attr, container string
	assignments     *[]Assign
}

// NewAttributeValuesStep starts an assignment to attr in container.
func NewAttributeValuesStep(attr *string, container *string, assignments *[]Assign) AttributeValuesStep {
	if assignments == nil {
		assignments = &[]Assign{}
	}
	return &attributeValuesStep{s(attr), s(container), assignments}
}

func (st *attributeValuesStep) Is(val *string) AttributeValues {
	*st.assignments = append(*st.assignments, NewAssign(&st.attr, val))
	return &attributeValues{st.container, st.assignments}
}

// Values starts the attribute values of a PutItem.
type Values interface{}

type values struct{}

// NewValues returns a Values (whose use is its statics).
func NewValues() Values { return &values{} }

// Values_Projecting takes the attributes from the argument arg (all
// arguments when arg is nil).
func Values_Projecting(arg *string) AttributeValues {
	c := "$ctx.args"
	if arg != nil && *arg != "" {
		c += "." + *arg
	}
	return NewAttributeValues(&c, nil)
}

// Values_Attribute starts the attribute values with an assignment to attr.
func Values_Attribute(attr *string) AttributeValuesStep {
	return NewAttributeValues(jsii.String("{}"), nil).Attribute(attr)
}
