package awsiam

import (
	"sort"
	"unicode/utf8"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
)

// minimizeFlag is the feature flag that merges statements and sorts their
// lists (cdk init sets it).
const minimizeFlag = "@aws-cdk/aws-iam:minimizePolicies"

// PolicyDocumentProps are the props of NewPolicyDocument.
type PolicyDocumentProps struct {
	AssignSids *bool              `field:"optional" json:"assignSids" yaml:"assignSids"`
	Minimize   *bool              `field:"optional" json:"minimize" yaml:"minimize"`
	Statements *[]PolicyStatement `field:"optional" json:"statements" yaml:"statements"`
}

// PolicyDocument is an IAM policy document. It is a token: it renders when
// the template is resolved, merging statements under the
// @aws-cdk/aws-iam:minimizePolicies flag as aws-cdk-lib does.
type PolicyDocument interface {
	awscdk.IResolvable
	IsEmpty() *bool
	StatementCount() *float64
	AddStatements(statement ...PolicyStatement)
	ToJSON() interface{}
	ValidateForAnyPolicy() *[]*string
	ValidateForIdentityPolicy() *[]*string
	ValidateForResourcePolicy(options *ResourcePolicyValidationOptions) *[]*string
	ValidateForTrustPolicy() *[]*string
	doc() *policyDocument
}

type policyDocument struct {
	statements     []PolicyStatement
	autoAssignSids bool
	minimize       *bool
	// settled says no two statements combine: a combining merge found
	// nothing more to merge and refused nothing for its size. Merging
	// again, as Resolve does after a role's policy was split, would give
	// back the same statements; adding one unsettles the document.
	settled bool
}

// NewPolicyDocument makes a policy document.
func NewPolicyDocument(props *PolicyDocumentProps) PolicyDocument {
	d := &policyDocument{}
	if props != nil {
		d.autoAssignSids = boolOr(props.AssignSids, false)
		d.minimize = props.Minimize
		if props.Statements != nil {
			d.AddStatements(*props.Statements...)
		}
	}
	return d
}

// PolicyDocument_FromJson reads a policy document from its JSON form.
func PolicyDocument_FromJson(obj interface{}) PolicyDocument {
	d := NewPolicyDocument(nil)
	o := toOrdered(obj)
	if o == nil {
		return d
	}
	st, _ := o.Get("Statement")
	if isNil(st) {
		throwUnscoped("Statement must be an array")
	}
	var list []interface{}
	switch x := st.(type) {
	case []interface{}:
		list = x
	case *[]interface{}:
		list = *x
	default:
		throwUnscoped("Statement must be an array")
	}
	for _, s := range list {
		d.AddStatements(PolicyStatement_FromJson(s))
	}
	return d
}

func (d *policyDocument) doc() *policyDocument { return d }
func (d *policyDocument) CreationStack() *[]*string {
	return &[]*string{str("Token stack traces are no longer captured")}
}
func (d *policyDocument) TypeHint() awscdk.ResolutionTypeHint {
	return awscdk.ResolutionTypeHint_STRING
}
func (d *policyDocument) IsEmpty() *bool           { b := len(d.statements) == 0; return &b }
func (d *policyDocument) StatementCount() *float64 { f := float64(len(d.statements)); return &f }
func (d *policyDocument) AddStatements(statement ...PolicyStatement) {
	d.statements = append(d.statements, statement...)
	d.settled = false
}
func (d *policyDocument) ToString() *string {
	return awscdk.Token_AsString(d, &awscdk.EncodingOptions{DisplayHint: str("PolicyDocument")})
}
func (d *policyDocument) ToJSON() interface{} {
	r := d.render()
	if r == nil {
		return nil
	}
	return r
}

func (d *policyDocument) Resolve(ctx awscdk.IResolveContext) interface{} {
	d.freezeStatements()
	merge := d.shouldMerge(ctx.Scope())
	if merge && !d.settled {
		d.statements, _ = mergeStatements(d.statements, ctx.Scope(), false, true, nil, false)
	}
	ctx.RegisterPostProcessor(&postProcessDocument{autoAssignSids: d.autoAssignSids, sort: merge})
	r := d.render()
	if r == nil {
		return nil
	}
	return r
}

func (d *policyDocument) render() *ojson.Object {
	if len(d.statements) == 0 {
		return nil
	}
	list := make([]interface{}, len(d.statements))
	for i, s := range d.statements {
		list[i] = asStatement(s).renderJSON()
	}
	o := ojson.New()
	o.Set("Statement", list)
	o.Set("Version", "2012-10-17")
	return o
}

// asStatement returns the statement implementation behind s.
func asStatement(s PolicyStatement) *policyStatement {
	if ps, ok := s.(*policyStatement); ok {
		return ps
	}
	return PolicyStatement_FromJson(s.ToStatementJson()).(*policyStatement)
}

func (d *policyDocument) shouldMerge(scope constructs.IConstruct) bool {
	if d.minimize != nil {
		return *d.minimize
	}
	if scope == nil {
		return false
	}
	return *awscdk.FeatureFlags_Of(scope).IsEnabled(str(minimizeFlag))
}

func (d *policyDocument) freezeStatements() {
	for _, s := range d.statements {
		s.Freeze()
	}
}

func (d *policyDocument) validate(f func(*policyStatement) []string) *[]*string {
	var errs []string
	for _, s := range d.statements {
		errs = append(errs, f(asStatement(s))...)
	}
	return ptrs(errs)
}

func (d *policyDocument) ValidateForAnyPolicy() *[]*string {
	return d.validate((*policyStatement).validateAny)
}
func (d *policyDocument) ValidateForResourcePolicy(options *ResourcePolicyValidationOptions) *[]*string {
	skip := options != nil && boolOr(options.SkipResourceValidation, false)
	return d.validate(func(s *policyStatement) []string { return s.validateResource(skip) })
}
func (d *policyDocument) ValidateForTrustPolicy() *[]*string {
	return d.validate((*policyStatement).validateTrust)
}
func (d *policyDocument) ValidateForIdentityPolicy() *[]*string {
	return d.validate((*policyStatement).validateIdentity)
}

// splitDocument moves statements past selfMax (estimated size) into new
// documents of at most splitMax each, as aws-cdk-lib does for a role's
// default policy. It returns each document with the original statements it
// now holds.
func (d *policyDocument) splitDocument(scope constructs.IConstruct, selfMax, splitMax int) ([]*policyDocument, map[*policyDocument][]PolicyStatement) {
	d.freezeStatements()
	combine := d.shouldMerge(scope)
	refused := false
	merged, origins := mergeStatements(d.statements, scope, true, combine, &refused, true)
	d.statements = merged
	actionEst, arnEst := estimateSizeOptions(scope)
	sizes := map[PolicyStatement]int{}
	for _, s := range d.statements {
		sizes[s] = asStatement(s).estimateSize(actionEst, arnEst)
	}
	var newDocs []*policyDocument
	polSize := map[*policyDocument]int{}
	findDoc := func(size int) *policyDocument {
		for _, nd := range newDocs {
			if polSize[nd]+size <= splitMax {
				return nd
			}
		}
		nd := &policyDocument{autoAssignSids: d.autoAssignSids, minimize: d.minimize}
		newDocs = append(newDocs, nd)
		return nd
	}
	selfSize := 0
	for i := 0; i < len(d.statements); {
		s := d.statements[i]
		if selfSize+sizes[s] < selfMax {
			selfSize += sizes[s]
			i++
			continue
		}
		nd := findDoc(sizes[s])
		nd.AddStatements(s)
		polSize[nd] += sizes[s]
		d.statements = append(d.statements[:i], d.statements[i+1:]...)
	}
	originals := func(doc *policyDocument) []PolicyStatement {
		var out []PolicyStatement
		for _, s := range doc.statements {
			if o, ok := origins[s]; ok {
				out = append(out, o...)
			} else {
				out = append(out, s)
			}
		}
		return out
	}
	// What a combining merge left uncombined stays so in any part of it.
	settled := combine && !refused
	d.settled = settled
	for _, nd := range newDocs {
		nd.settled = settled
	}
	ret := map[*policyDocument][]PolicyStatement{d: originals(d)}
	order := []*policyDocument{d}
	for _, nd := range newDocs {
		ret[nd] = originals(nd)
		order = append(order, nd)
	}
	return order, ret
}

func estimateSizeOptions(scope constructs.IConstruct) (int, int) {
	arn := 150
	if scope != nil {
		if v := scope.Node().TryGetContext(str("@aws-cdk/aws-iam.arnSizeEstimate")); v != nil {
			switch x := v.(type) {
			case float64:
				arn = int(x)
			case int:
				arn = x
			default:
				throwUnscoped("Context value @aws-cdk/aws-iam.arnSizeEstimate should be a number, got %s", jsonStringify(v))
			}
		}
	}
	return 20, arn
}

// postProcessDocument removes duplicate statements from the resolved
// document, assigns Sids if asked, and sorts lists when minimizing.
type postProcessDocument struct {
	autoAssignSids bool
	sort           bool
}

func (p *postProcessDocument) PostProcess(input interface{}, _ awscdk.IResolveContext) interface{} {
	o, ok := input.(*ojson.Object)
	if !ok || o == nil {
		return input
	}
	st, ok := o.Get("Statement")
	list, isList := st.([]interface{})
	if !ok || !isList {
		return input
	}
	unique := uniqueJSON(list)
	for i, s := range unique {
		so, ok := s.(*ojson.Object)
		if !ok {
			continue
		}
		if p.autoAssignSids {
			if sid, ok := so.Get("Sid"); !ok || sid == nil || sid == "" {
				so.Set("Sid", ojson.FormatNumber(float64(i)))
			}
		}
		if p.sort {
			if a, ok := so.Get("Action"); ok && a != nil {
				so.Set("Action", sortByJSON(a))
			}
			if r, ok := so.Get("Resource"); ok && r != nil {
				so.Set("Resource", sortByJSON(r))
			}
			if pr, ok := so.Get("Principal"); ok && pr != nil {
				so.Set("Principal", sortPrincipals(pr))
			}
		}
	}
	out := ojson.NewSize(o.Len())
	o.Range(out.Set)
	if unique == nil {
		unique = []interface{}{}
	}
	out.Set("Statement", unique)
	return out
}

// plainJSONString reports whether JSON writes s without escapes.
func plainJSONString(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// quotedLess is utf16Less(`"`+a+`"`, `"`+b+`"`) for plain ASCII strings.
func quotedLess(a, b string) bool {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	switch {
	case len(a) == len(b):
		return false
	case len(a) < len(b):
		return '"' < b[n]
	}
	return a[n] < '"'
}

func sortPrincipals(x interface{}) interface{} {
	o, ok := x.(*ojson.Object)
	if !ok {
		return x
	}
	keys := append([]string(nil), o.Keys()...)
	sort.Strings(keys)
	out := ojson.New()
	for _, k := range keys {
		v, _ := o.Get(k)
		out.Set(k, sortByJSON(v))
	}
	return out
}

// mutatingAdapter is a document whose added statements are first changed
// by mutator, then added to the wrapped document.
type mutatingAdapter struct {
	*policyDocument
	wrapped PolicyDocument
	mutator func(PolicyStatement) PolicyStatement
}

func newMutatingAdapter(wrapped PolicyDocument, mutator func(PolicyStatement) PolicyStatement) PolicyDocument {
	return &mutatingAdapter{policyDocument: &policyDocument{}, wrapped: wrapped, mutator: mutator}
}

func (a *mutatingAdapter) AddStatements(statements ...PolicyStatement) {
	for _, s := range statements {
		a.wrapped.AddStatements(a.mutator(s))
	}
}
