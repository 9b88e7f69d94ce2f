package awsiam

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
)

// literalStringKey marks a principal rendered as a bare string ("*")
// instead of an object.
const literalStringKey = "LiteralString"

// IGrantable is anything that can be granted permissions.
type IGrantable interface {
	// GrantPrincipal is the principal to grant permissions to.
	GrantPrincipal() IPrincipal
}

// IPrincipal is an IAM principal: something a policy statement can name and
// that may take identity policy statements.
type IPrincipal interface {
	IGrantable
	// AddToPrincipalPolicy adds a statement to the principal's identity
	// policy, if it has one.
	AddToPrincipalPolicy(statement PolicyStatement) *AddToPrincipalPolicyResult
	// AssumeRoleAction is the action used to assume a role as this principal.
	AssumeRoleAction() *string
	// PolicyFragment is the principal as it appears in a policy.
	PolicyFragment() PrincipalPolicyFragment
	// PrincipalAccount is the account the principal lives in, if known.
	PrincipalAccount() *string
}

// IAssumeRolePrincipal is a principal that decides how it appears in a
// role's trust policy.
type IAssumeRolePrincipal interface {
	IPrincipal
	AddToAssumeRolePolicy(document PolicyDocument)
}

// IComparablePrincipal is a principal that can say when two principals are
// the same, so statements naming them can merge.
type IComparablePrincipal interface {
	IPrincipal
	DedupeString() *string
}

// AddToPrincipalPolicyResult is the result of IPrincipal.AddToPrincipalPolicy.
type AddToPrincipalPolicyResult struct {
	StatementAdded   *bool                  `field:"required" json:"statementAdded" yaml:"statementAdded"`
	PolicyDependable constructs.IDependable `field:"optional" json:"policyDependable" yaml:"policyDependable"`
}

// ServicePrincipalOpts are options of NewServicePrincipal.
type ServicePrincipalOpts struct {
	Conditions *map[string]interface{} `field:"optional" json:"conditions" yaml:"conditions"`
	Region     *string                 `field:"optional" json:"region" yaml:"region"`
}

// ---- principal JSON ----

// principalJSON is the JSON form of principals, keys in insertion order.
// It holds one or two keys ("AWS", "Service"), so a slice beats a map.
type principalJSON struct {
	ents []principalEntry
}

type principalEntry struct {
	key  string
	vals []*string
}

func newPrincipalJSON(kv ...interface{}) *principalJSON {
	p := &principalJSON{}
	for i := 0; i+1 < len(kv); i += 2 {
		p.add(kv[i].(string), kv[i+1].([]*string)...)
	}
	return p
}

// singlePrincipal is newPrincipalJSON(key, []*string{v}) in two
// allocations.
func singlePrincipal(key string, v *string) *principalJSON {
	b := &struct {
		p   principalJSON
		ent [1]principalEntry
		val [1]*string
	}{}
	b.val[0] = v
	b.ent[0] = principalEntry{key: key, vals: b.val[:1:1]}
	b.p.ents = b.ent[:1:1]
	return &b.p
}

func (p *principalJSON) find(k string) int {
	for i := range p.ents {
		if p.ents[i].key == k {
			return i
		}
	}
	return -1
}

func (p *principalJSON) has(k string) bool { return p.find(k) >= 0 }

// get returns the values under k (nil when absent).
func (p *principalJSON) get(k string) []*string {
	if i := p.find(k); i >= 0 {
		return p.ents[i].vals
	}
	return nil
}

func (p *principalJSON) len() int { return len(p.ents) }

// add appends vs under k. A new key shares vs (capped, so an append to
// either side copies): principals are merged far more often than changed.
func (p *principalJSON) add(k string, vs ...*string) {
	if i := p.find(k); i >= 0 {
		p.ents[i].vals = append(p.ents[i].vals, vs...)
		return
	}
	if vs == nil {
		vs = []*string{}
	}
	p.ents = append(p.ents, principalEntry{key: k, vals: vs[:len(vs):len(vs)]})
}

func (p *principalJSON) goMap() *map[string]*[]*string {
	m := make(map[string]*[]*string, len(p.ents))
	for _, e := range p.ents {
		l := append([]*string(nil), e.vals...)
		m[e.key] = &l
	}
	return &m
}

func (p *principalJSON) stringify() string {
	o := ojson.New()
	for _, e := range p.ents {
		l := make([]interface{}, len(e.vals))
		for i, v := range e.vals {
			l[i] = deref(v)
		}
		o.Set(e.key, l)
	}
	return jsonStringify(o)
}

// mergePrincipal adds source's principals to target.
func mergePrincipal(target, source *principalJSON) {
	otherThanLiteral := func(p *principalJSON) bool {
		for _, e := range p.ents {
			if e.key != literalStringKey {
				return true
			}
		}
		return false
	}
	if (source.has(literalStringKey) && otherThanLiteral(target)) || (target.has(literalStringKey) && otherThanLiteral(source)) {
		throwUnscoped("Cannot merge principals %s and %s; if one uses a literal principal string the other one must be empty", target.stringify(), source.stringify())
	}
	for _, e := range source.ents {
		target.add(e.key, e.vals...)
	}
}

// ---- PrincipalPolicyFragment ----

// PrincipalPolicyFragment is a principal as it appears in a policy: the
// Principal JSON and the conditions that go with it.
type PrincipalPolicyFragment interface {
	Conditions() *map[string]interface{}
	PrincipalJson() *map[string]*[]*string
}

type principalPolicyFragment struct {
	json       *principalJSON
	conditions *ojson.Object
}

// NewPrincipalPolicyFragment makes a fragment from principal JSON and conditions.
func NewPrincipalPolicyFragment(principalJson *map[string]*[]*string, conditions *map[string]interface{}) PrincipalPolicyFragment {
	f := &principalPolicyFragment{json: newPrincipalJSON(), conditions: ojson.New()}
	if principalJson != nil {
		o := toOrdered(*principalJson)
		for _, k := range o.Keys() {
			v, _ := o.Get(k)
			l, _ := v.(*[]*string)
			if l != nil {
				f.json.add(k, *l...)
			} else {
				f.json.add(k)
			}
		}
	}
	if conditions != nil {
		f.conditions = toOrdered(*conditions)
	}
	return f
}

// newFragment makes a fragment; nil conditions stand for none.
func newFragment(json *principalJSON, conditions *ojson.Object) *principalPolicyFragment {
	return &principalPolicyFragment{json: json, conditions: conditions}
}

func (f *principalPolicyFragment) Conditions() *map[string]interface{} { return toGoMap(f.conditions) }
func (f *principalPolicyFragment) PrincipalJson() *map[string]*[]*string {
	return f.json.goMap()
}

// fragmentParts returns a fragment's ordered JSON and conditions, whoever
// implemented it.
func fragmentParts(f PrincipalPolicyFragment) (*principalJSON, *ojson.Object) {
	if f == nil || isNil(f) {
		return newPrincipalJSON(), ojson.New()
	}
	if pf, ok := f.(*principalPolicyFragment); ok {
		return pf.json, pf.conditions
	}
	g := NewPrincipalPolicyFragment(f.PrincipalJson(), f.Conditions()).(*principalPolicyFragment)
	return g.json, g.conditions
}

// ---- PrincipalBase ----

// PrincipalBase is the base of the principals in this package.
type PrincipalBase interface {
	IAssumeRolePrincipal
	IComparablePrincipal
	AddToPolicy(statement PolicyStatement) *bool
	ToJSON() *map[string]*[]*string
	ToString() *string
	WithConditions(conditions *map[string]interface{}) PrincipalBase
	WithSessionTags() PrincipalBase
}

// principalBase holds what all principals share; self is the outermost
// principal, used where aws-cdk-lib calls methods on `this`.
type principalBase struct {
	self             PrincipalBase
	principalAccount *string
	assumeRoleAction string
}

func (b *principalBase) init(self PrincipalBase) {
	b.self = self
	if b.assumeRoleAction == "" {
		b.assumeRoleAction = "sts:AssumeRole"
	}
}

func (b *principalBase) GrantPrincipal() IPrincipal { return b.self }
func (b *principalBase) PrincipalAccount() *string  { return b.principalAccount }
func (b *principalBase) AssumeRoleAction() *string  { return str(b.assumeRoleAction) }
func (b *principalBase) AddToPolicy(statement PolicyStatement) *bool {
	return b.self.AddToPrincipalPolicy(statement).StatementAdded
}
func (b *principalBase) AddToPrincipalPolicy(PolicyStatement) *AddToPrincipalPolicyResult {
	f := false
	return &AddToPrincipalPolicyResult{StatementAdded: &f}
}
func (b *principalBase) AddToAssumeRolePolicy(document PolicyDocument) {
	document.AddStatements(NewPolicyStatement(&PolicyStatementProps{
		Actions:    &[]*string{b.self.AssumeRoleAction()},
		Principals: &[]IPrincipal{b.self},
	}))
}
func (b *principalBase) ToJSON() *map[string]*[]*string {
	return b.self.PolicyFragment().PrincipalJson()
}
func (b *principalBase) ToString() *string {
	j, _ := fragmentParts(b.self.PolicyFragment())
	return str(j.stringify())
}
func (b *principalBase) WithConditions(conditions *map[string]interface{}) PrincipalBase {
	return NewPrincipalWithConditions(b.self, conditions)
}
func (b *principalBase) WithSessionTags() PrincipalBase { return NewSessionTagsPrincipal(b.self) }

// ComparablePrincipal_IsComparablePrincipal reports whether x can say when
// it equals another principal.
func ComparablePrincipal_IsComparablePrincipal(x IPrincipal) *bool {
	_, ok := x.(IComparablePrincipal)
	return &ok
}

// ComparablePrincipal_DedupeStringFor returns x's dedupe string, or nil.
func ComparablePrincipal_DedupeStringFor(x IPrincipal) *string {
	if c, ok := x.(IComparablePrincipal); ok {
		return c.DedupeString()
	}
	return nil
}

// ---- ArnPrincipal ----

// ArnPrincipal is a principal named by its ARN.
type ArnPrincipal interface {
	PrincipalBase
	Arn() *string
	InOrganization(organizationId *string) PrincipalBase
}

type arnPrincipal struct {
	principalBase
	arn      *string
	toString func() string
}

// NewArnPrincipal makes a principal from an ARN.
func NewArnPrincipal(arn *string) ArnPrincipal {
	p := &arnPrincipal{arn: arn}
	p.init(p)
	return p
}

func (p *arnPrincipal) Arn() *string { return p.arn }
func (p *arnPrincipal) PolicyFragment() PrincipalPolicyFragment {
	return newFragment(newPrincipalJSON("AWS", []*string{p.arn}), nil)
}
func (p *arnPrincipal) ToString() *string {
	if p.toString != nil {
		return str(p.toString())
	}
	return str("ArnPrincipal(" + deref(p.arn) + ")")
}
func (p *arnPrincipal) InOrganization(organizationId *string) PrincipalBase {
	return p.self.WithConditions(&map[string]interface{}{
		"StringEquals": map[string]interface{}{"aws:PrincipalOrgID": organizationId},
	})
}
func (p *arnPrincipal) DedupeString() *string { return str("ArnPrincipal:" + deref(p.arn)) }

// ---- AccountPrincipal, AccountRootPrincipal, AnyPrincipal ----

// AccountPrincipal is the root of an AWS account.
type AccountPrincipal interface {
	ArnPrincipal
	AccountId() interface{}
}

type accountPrincipal struct {
	arnPrincipal
	accountID interface{}
}

// stackDependentToken resolves to a value computed from the stack of the
// scope it is resolved in.
type stackDependentToken struct {
	fn func(s awscdk.Stack) interface{}
}

func (t *stackDependentToken) Resolve(ctx awscdk.IResolveContext) interface{} {
	return t.fn(awscdk.Stack_Of(ctx.Scope()))
}
func (t *stackDependentToken) ToJSON() interface{} { return "<unresolved-token>" }

func stackDependent(fn func(s awscdk.Stack) interface{}) *string {
	return awscdk.Token_AsString(&stackDependentToken{fn: fn}, nil)
}

// NewAccountPrincipal makes a principal for the root of account accountId.
func NewAccountPrincipal(accountId interface{}) AccountPrincipal {
	var acct *string
	switch v := accountId.(type) {
	case string:
		acct = &v
	case *string:
		acct = v
	default:
		if !isUnresolved(accountId) {
			throwUnscoped("accountId should be of type string")
		}
		acct = awscdk.Token_AsString(accountId, nil)
	}
	p := newAccountPrincipal(acct)
	p.init(p)
	return p
}

func newAccountPrincipal(acct *string) *accountPrincipal {
	p := &accountPrincipal{accountID: acct}
	p.arn = stackDependent(func(s awscdk.Stack) interface{} {
		return "arn:" + deref(s.Partition()) + ":iam::" + deref(acct) + ":root"
	})
	p.principalAccount = acct
	p.toString = func() string { return "AccountPrincipal(" + deref(acct) + ")" }
	return p
}

func (p *accountPrincipal) AccountId() interface{} { return p.accountID }

// AccountRootPrincipal is the root of the account of the stack it is used in.
type AccountRootPrincipal interface {
	AccountPrincipal
}

type accountRootPrincipal struct{ accountPrincipal }

// NewAccountRootPrincipal makes a principal for the current account's root.
func NewAccountRootPrincipal() AccountRootPrincipal {
	acct := stackDependent(func(s awscdk.Stack) interface{} { return s.Account() })
	p := &accountRootPrincipal{accountPrincipal: *newAccountPrincipal(acct)}
	p.toString = func() string { return "AccountRootPrincipal()" }
	p.init(p)
	return p
}

// AnyPrincipal is any principal ("AWS": "*").
type AnyPrincipal interface {
	ArnPrincipal
}

type anyPrincipal struct{ arnPrincipal }

// NewAnyPrincipal makes the principal that stands for anyone.
func NewAnyPrincipal() AnyPrincipal {
	p := &anyPrincipal{arnPrincipal: arnPrincipal{arn: str("*")}}
	p.toString = func() string { return "AnyPrincipal()" }
	p.init(p)
	return p
}

// Anyone is the deprecated name of AnyPrincipal.
type Anyone = AnyPrincipal

// NewAnyone makes the principal that stands for anyone.
func NewAnyone() AnyPrincipal { return NewAnyPrincipal() }

// ---- StarPrincipal ----

// StarPrincipal renders as the bare string "*".
type StarPrincipal interface {
	PrincipalBase
}

type starPrincipal struct{ principalBase }

// NewStarPrincipal makes the "Principal": "*" principal.
func NewStarPrincipal() StarPrincipal {
	p := &starPrincipal{}
	p.init(p)
	return p
}

func (p *starPrincipal) PolicyFragment() PrincipalPolicyFragment {
	return newFragment(newPrincipalJSON(literalStringKey, []*string{str("*")}), nil)
}
func (p *starPrincipal) ToString() *string     { return str("StarPrincipal()") }
func (p *starPrincipal) DedupeString() *string { return str("StarPrincipal") }

// ---- ServicePrincipal ----

// ServicePrincipal is an AWS service.
type ServicePrincipal interface {
	PrincipalBase
	Service() *string
}

type servicePrincipal struct {
	principalBase
	service *string
	opts    ServicePrincipalOpts
	static  bool
}

// NewServicePrincipal makes a principal for an AWS service, such as
// "lambda.amazonaws.com" or "lambda".
func NewServicePrincipal(service *string, opts *ServicePrincipalOpts) ServicePrincipal {
	p := &servicePrincipal{service: service}
	if opts != nil {
		p.opts = *opts
	}
	p.init(p)
	return p
}

// ServicePrincipal_FromStaticServicePrincipleName makes a service principal
// that renders its name exactly as given.
func ServicePrincipal_FromStaticServicePrincipleName(servicePrincipalName *string) ServicePrincipal {
	p := &servicePrincipal{service: servicePrincipalName, static: true}
	p.init(p)
	return p
}

// ServicePrincipal_ServicePrincipalName returns the full name of a service
// principal in the stack it is used in.
func ServicePrincipal_ServicePrincipalName(service *string) *string {
	return (&servicePrincipalToken{service: deref(service)}).String()
}

func (p *servicePrincipal) Service() *string { return p.service }
func (p *servicePrincipal) PolicyFragment() PrincipalPolicyFragment {
	var conds *ojson.Object
	if p.opts.Conditions != nil {
		conds = toOrdered(*p.opts.Conditions)
	}
	name := p.service
	if !p.static {
		// A new token each time, as aws-cdk-lib: a cached one could
		// outlive the App that claimed it when the principal is reused.
		name = (&servicePrincipalToken{service: deref(p.service), region: p.opts.Region}).String()
	}
	return newFragment(singlePrincipal("Service", name), conds)
}
func (p *servicePrincipal) ToString() *string {
	return str("ServicePrincipal(" + deref(p.service) + ")")
}
func (p *servicePrincipal) DedupeString() *string {
	if p.opts.Conditions == nil && p.opts.Region == nil {
		return str("ServicePrincipal:" + deref(p.service) + ":{}")
	}
	o := ojson.New()
	if p.opts.Conditions != nil {
		o.Set("conditions", toOrdered(*p.opts.Conditions))
	}
	if p.opts.Region != nil {
		o.Set("region", *p.opts.Region)
	}
	return str("ServicePrincipal:" + deref(p.service) + ":" + jsonStringify(o))
}

var servicePrincipalRe = regexp.MustCompile(`^([^.]+)(?:(?:\.amazonaws\.com(?:\.cn)?)|(?:\.c2s\.ic\.gov)|(?:\.sc2s\.sgov\.gov))?$`)

// optInRegions are the regions aws-cdk-lib 2.276.0's region facts mark as
// opt-in: a service principal for one of them, used from a stack in another
// region, carries the region in its name.
var optInRegions = map[string]bool{
	"af-south-1": true, "ap-east-1": true, "ap-east-2": true, "ap-south-2": true, "ap-southeast-3": true,
	"ap-southeast-4": true, "ap-southeast-5": true, "ap-southeast-6": true, "ap-southeast-7": true,
	"ca-west-1": true, "eu-central-2": true, "eu-south-1": true, "eu-south-2": true, "il-central-1": true,
	"me-central-1": true, "me-south-1": true, "me-west-1": true, "mx-central-1": true,
}

// servicePrincipalToken renders a service principal's name for the stack
// it is used in: "<service>.amazonaws.com" in every partition.
type servicePrincipalToken struct {
	service string
	region  *string
}

func (t *servicePrincipalToken) Resolve(ctx awscdk.IResolveContext) interface{} {
	s := awscdk.Stack_Of(ctx.Scope())
	service := t.service
	if m := servicePrincipalRe.FindStringSubmatch(t.service); m != nil {
		service = m[1] + ".amazonaws.com"
	}
	if t.region != nil && !isUnresolved(t.region) && deref(s.Region()) != *t.region && optInRegions[*t.region] {
		return strings.TrimSuffix(service, ".amazonaws.com") + "." + *t.region + ".amazonaws.com"
	}
	return service
}
func (t *servicePrincipalToken) ToJSON() interface{} { return "<" + t.service + ">" }
func (t *servicePrincipalToken) String() *string {
	return awscdk.Token_AsString(t, &awscdk.EncodingOptions{DisplayHint: str(t.service)})
}

// ---- OrganizationPrincipal ----

// OrganizationPrincipal is every principal of an AWS Organization.
type OrganizationPrincipal interface {
	PrincipalBase
	OrganizationId() *string
}

type organizationPrincipal struct {
	principalBase
	orgID *string
}

var orgIDRe = regexp.MustCompile(`^o-[a-z0-9]{10,32}$`)

// NewOrganizationPrincipal makes a principal for an organization (o-...).
func NewOrganizationPrincipal(organizationId *string) OrganizationPrincipal {
	if !isUnresolved(organizationId) && !orgIDRe.MatchString(deref(organizationId)) {
		throwUnscoped("Expected Organization ID must match regex pattern ^o-[a-z0-9]{10,32}$, received %s", deref(organizationId))
	}
	p := &organizationPrincipal{orgID: organizationId}
	p.init(p)
	return p
}

func (p *organizationPrincipal) OrganizationId() *string { return p.orgID }
func (p *organizationPrincipal) PolicyFragment() PrincipalPolicyFragment {
	inner := ojson.New()
	inner.Set("aws:PrincipalOrgID", p.orgID)
	c := ojson.New()
	c.Set("StringEquals", inner)
	return newFragment(newPrincipalJSON("AWS", []*string{str("*")}), c)
}
func (p *organizationPrincipal) ToString() *string {
	return str("OrganizationPrincipal(" + deref(p.orgID) + ")")
}
func (p *organizationPrincipal) DedupeString() *string {
	return str("OrganizationPrincipal:" + deref(p.orgID))
}

// ---- CanonicalUserPrincipal ----

// CanonicalUserPrincipal is an S3 canonical user.
type CanonicalUserPrincipal interface {
	PrincipalBase
	CanonicalUserId() *string
}

type canonicalUserPrincipal struct {
	principalBase
	id *string
}

// NewCanonicalUserPrincipal makes a principal for a canonical user ID.
func NewCanonicalUserPrincipal(canonicalUserId *string) CanonicalUserPrincipal {
	p := &canonicalUserPrincipal{id: canonicalUserId}
	p.init(p)
	return p
}

func (p *canonicalUserPrincipal) CanonicalUserId() *string { return p.id }
func (p *canonicalUserPrincipal) PolicyFragment() PrincipalPolicyFragment {
	return newFragment(newPrincipalJSON("CanonicalUser", []*string{p.id}), nil)
}
func (p *canonicalUserPrincipal) ToString() *string {
	return str("CanonicalUserPrincipal(" + deref(p.id) + ")")
}
func (p *canonicalUserPrincipal) DedupeString() *string {
	return str("CanonicalUserPrincipal:" + deref(p.id))
}

// ---- FederatedPrincipal, WebIdentityPrincipal ----

// FederatedPrincipal is a principal from an identity provider.
type FederatedPrincipal interface {
	PrincipalBase
	Conditions() *map[string]interface{}
	Federated() *string
}

type federatedPrincipal struct {
	principalBase
	federated  *string
	conditions *ojson.Object
	name       string
}

// NewFederatedPrincipal makes a principal for an identity provider.
func NewFederatedPrincipal(federated *string, conditions *map[string]interface{}, assumeRoleAction *string) FederatedPrincipal {
	p := newFederated(federated, conditions, deref(assumeRoleAction), "FederatedPrincipal")
	p.init(p)
	return p
}

func newFederated(federated *string, conditions *map[string]interface{}, action, name string) *federatedPrincipal {
	p := &federatedPrincipal{federated: federated, conditions: ojson.New(), name: name}
	if conditions != nil {
		p.conditions = toOrdered(*conditions)
	}
	if action == "" {
		action = "sts:AssumeRole"
	}
	p.assumeRoleAction = action
	return p
}

func (p *federatedPrincipal) Federated() *string                  { return p.federated }
func (p *federatedPrincipal) Conditions() *map[string]interface{} { return toGoMap(p.conditions) }
func (p *federatedPrincipal) PolicyFragment() PrincipalPolicyFragment {
	return newFragment(newPrincipalJSON("Federated", []*string{p.federated}), p.conditions)
}
func (p *federatedPrincipal) ToString() *string {
	return str(p.name + "(" + deref(p.federated) + ")")
}
func (p *federatedPrincipal) DedupeString() *string {
	return str(fmt.Sprintf("FederatedPrincipal:%s:%s:%s", deref(p.federated), p.assumeRoleAction, jsonStringify(p.conditions)))
}

// WebIdentityPrincipal is a principal from a web identity provider
// (Cognito, Amazon, Facebook, Google, OIDC), assumed with
// sts:AssumeRoleWithWebIdentity.
type WebIdentityPrincipal interface {
	FederatedPrincipal
}

type webIdentityPrincipal struct{ federatedPrincipal }

// NewWebIdentityPrincipal makes a principal for a web identity provider.
func NewWebIdentityPrincipal(identityProvider *string, conditions *map[string]interface{}) WebIdentityPrincipal {
	p := &webIdentityPrincipal{federatedPrincipal: *newFederated(identityProvider, conditions, "sts:AssumeRoleWithWebIdentity", "WebIdentityPrincipal")}
	p.init(p)
	return p
}

// ---- CompositePrincipal ----

// CompositePrincipal is several principals at once (a role trusted by more
// than one principal).
type CompositePrincipal interface {
	PrincipalBase
	Principals() *[]IPrincipal
	AddPrincipals(principals ...IPrincipal) CompositePrincipal
}

type compositePrincipal struct {
	principalBase
	principals []IPrincipal
}

// NewCompositePrincipal makes a principal standing for all of principals.
func NewCompositePrincipal(principals ...IPrincipal) CompositePrincipal {
	if len(principals) == 0 {
		throwUnscoped("CompositePrincipals must be constructed with at least 1 Principal but none were passed.")
	}
	p := &compositePrincipal{}
	p.assumeRoleAction = deref(principals[0].AssumeRoleAction())
	p.init(p)
	p.AddPrincipals(principals...)
	return p
}

func (p *compositePrincipal) Principals() *[]IPrincipal {
	out := append([]IPrincipal(nil), p.principals...)
	return &out
}
func (p *compositePrincipal) AddPrincipals(principals ...IPrincipal) CompositePrincipal {
	p.principals = append(p.principals, principals...)
	return p
}
func (p *compositePrincipal) AddToAssumeRolePolicy(document PolicyDocument) {
	for _, x := range p.principals {
		defaultAddPrincipalToAssumeRole(x, document)
	}
}
func (p *compositePrincipal) PolicyFragment() PrincipalPolicyFragment {
	for _, x := range p.principals {
		_, c := fragmentParts(x.PolicyFragment())
		if c.Len() > 0 {
			j, _ := fragmentParts(x.PolicyFragment())
			throwUnscoped("Components of a CompositePrincipal must not have conditions. Tried to add the following fragment: {\"principalJson\":%s,\"conditions\":%s}", j.stringify(), jsonStringify(c))
		}
	}
	out := newPrincipalJSON()
	for _, x := range p.principals {
		j, _ := fragmentParts(x.PolicyFragment())
		mergePrincipal(out, j)
	}
	return newFragment(out, nil)
}
func (p *compositePrincipal) ToString() *string {
	parts := make([]string, len(p.principals))
	for i, x := range p.principals {
		parts[i] = principalString(x)
	}
	return str("CompositePrincipal(" + strings.Join(parts, ",") + ")")
}
func (p *compositePrincipal) DedupeString() *string {
	inner := make([]string, len(p.principals))
	for i, x := range p.principals {
		d := ComparablePrincipal_DedupeStringFor(x)
		if d == nil {
			return nil
		}
		inner[i] = *d
	}
	return str("CompositePrincipal[" + strings.Join(inner, ",") + "]")
}

// principalString is `${principal}` in aws-cdk-lib.
func principalString(x interface{}) string {
	if s, ok := x.(interface{ ToString() *string }); ok {
		return deref(s.ToString())
	}
	return "[object Object]"
}

// defaultAddPrincipalToAssumeRole adds principal to a trust policy: the
// principal decides how if it can, else one statement with its assume-role
// action.
func defaultAddPrincipalToAssumeRole(principal IPrincipal, doc PolicyDocument) {
	if a, ok := principal.(IAssumeRolePrincipal); ok {
		a.AddToAssumeRolePolicy(doc)
		return
	}
	doc.AddStatements(NewPolicyStatement(&PolicyStatementProps{
		Actions:    &[]*string{principal.AssumeRoleAction()},
		Principals: &[]IPrincipal{principal},
	}))
}

// ---- adapters: PrincipalWithConditions, SessionTagsPrincipal ----

type principalAdapter struct {
	principalBase
	wrapped IPrincipal
	kind    string
}

func (a *principalAdapter) initAdapter(self PrincipalBase, wrapped IPrincipal, kind string) {
	a.wrapped = wrapped
	a.kind = kind
	a.assumeRoleAction = deref(wrapped.AssumeRoleAction())
	a.principalAccount = wrapped.PrincipalAccount()
	a.init(self)
}

func (a *principalAdapter) PolicyFragment() PrincipalPolicyFragment {
	return a.wrapped.PolicyFragment()
}
func (a *principalAdapter) AddToPolicy(statement PolicyStatement) *bool {
	if p, ok := a.wrapped.(interface{ AddToPolicy(PolicyStatement) *bool }); ok {
		return p.AddToPolicy(statement)
	}
	return a.wrapped.AddToPrincipalPolicy(statement).StatementAdded
}
func (a *principalAdapter) AddToPrincipalPolicy(statement PolicyStatement) *AddToPrincipalPolicyResult {
	return a.wrapped.AddToPrincipalPolicy(statement)
}
func (a *principalAdapter) AppendDedupe(appendStr *string) *string {
	inner := ComparablePrincipal_DedupeStringFor(a.wrapped)
	if inner == nil {
		return nil
	}
	return str(a.kind + ":" + *inner + ":" + deref(appendStr))
}

// PrincipalWithConditions is a principal with extra conditions.
type PrincipalWithConditions interface {
	PrincipalBase
	Conditions() *map[string]interface{}
	AddCondition(key *string, value interface{})
	AddConditions(conditions *map[string]interface{})
	AppendDedupe(append *string) *string
}

type principalWithConditions struct {
	principalAdapter
	additional *ojson.Object
}

// NewPrincipalWithConditions wraps principal, adding conditions.
func NewPrincipalWithConditions(principal IPrincipal, conditions *map[string]interface{}) PrincipalWithConditions {
	if conditions == nil {
		diag.Panic("", "PrincipalWithConditions needs conditions; got nil")
	}
	p := &principalWithConditions{additional: ojson.New()}
	if conditions != nil {
		p.additional = toOrdered(*conditions)
	}
	p.initAdapter(p, principal, "PrincipalWithConditions")
	return p
}

func (p *principalWithConditions) AddToAssumeRolePolicy(doc PolicyDocument) {
	defaultAddPrincipalToAssumeRole(p.wrapped, newMutatingAdapter(doc, func(s PolicyStatement) PolicyStatement {
		s.AddActions(p.AssumeRoleAction())
		s.(*policyStatement).addConditionsOrdered(p.mergedConditions())
		return s
	}))
}
func (p *principalWithConditions) AddCondition(key *string, value interface{}) {
	validateConditionObject(value)
	existing, ok := p.additional.Get(deref(key))
	if !ok {
		p.additional.Set(deref(key), value)
		return
	}
	validateConditionObject(existing)
	p.additional.Set(deref(key), spread(existing, value))
}
func (p *principalWithConditions) AddConditions(conditions *map[string]interface{}) {
	if conditions == nil {
		return
	}
	o := toOrdered(*conditions)
	for _, k := range o.Keys() {
		v, _ := o.Get(k)
		p.AddCondition(str(k), v)
	}
}
func (p *principalWithConditions) Conditions() *map[string]interface{} {
	return toGoMap(p.mergedConditions())
}
func (p *principalWithConditions) mergedConditions() *ojson.Object {
	_, pc := fragmentParts(p.wrapped.PolicyFragment())
	merged := cloneOrdered(pc)
	for _, op := range p.additional.Keys() {
		cond, _ := p.additional.Get(op)
		existing, ok := merged.Get(op)
		if !ok {
			merged.Set(op, cond)
			continue
		}
		if isUnresolved(cond) || isUnresolved(existing) {
			throwUnscoped("multiple %q conditions cannot be merged if one of them contains an unresolved token", op)
		}
		validateConditionObject(existing)
		validateConditionObject(cond)
		merged.Set(op, spread(existing, cond))
	}
	return merged
}
func (p *principalWithConditions) PolicyFragment() PrincipalPolicyFragment {
	j, _ := fragmentParts(p.wrapped.PolicyFragment())
	return newFragment(j, p.mergedConditions())
}
func (p *principalWithConditions) ToString() *string { return str(principalString(p.wrapped)) }
func (p *principalWithConditions) ToJSON() *map[string]*[]*string {
	return p.PolicyFragment().PrincipalJson()
}
func (p *principalWithConditions) DedupeString() *string {
	return p.AppendDedupe(str(jsonStringify(p.mergedConditions())))
}

// SessionTagsPrincipal is a principal that may pass session tags when it
// assumes a role (adds sts:TagSession to the trust policy).
type SessionTagsPrincipal interface {
	PrincipalBase
	AppendDedupe(append *string) *string
}

type sessionTagsPrincipal struct{ principalAdapter }

// NewSessionTagsPrincipal wraps principal, allowing sts:TagSession.
func NewSessionTagsPrincipal(principal IPrincipal) SessionTagsPrincipal {
	p := &sessionTagsPrincipal{}
	p.initAdapter(p, principal, "SessionTagsPrincipal")
	return p
}

func (p *sessionTagsPrincipal) AddToAssumeRolePolicy(doc PolicyDocument) {
	defaultAddPrincipalToAssumeRole(p.wrapped, newMutatingAdapter(doc, func(s PolicyStatement) PolicyStatement {
		s.AddActions(str("sts:TagSession"))
		return s
	}))
}
func (p *sessionTagsPrincipal) ToString() *string     { return str(principalString(p.wrapped)) }
func (p *sessionTagsPrincipal) DedupeString() *string { return p.AppendDedupe(str("")) }

// validateConditionObject checks a condition block is an object.
func validateConditionObject(x interface{}) {
	if !isObjectValue(x) {
		throwUnscoped("A Condition should be represented as a map of operator to value")
	}
}

// jsonPrincipal is a principal read back from policy JSON.
type jsonPrincipal struct {
	principalBase
	json *principalJSON
}

func newJSONPrincipal(v interface{}) *jsonPrincipal {
	p := &jsonPrincipal{json: newPrincipalJSON()}
	switch x := v.(type) {
	case string:
		p.json.add(literalStringKey, str(x))
	case *string:
		p.json.add(literalStringKey, x)
	default:
		o := toOrdered(v)
		if o == nil {
			throwUnscoped("JSON IAM principal should be an object, got %s", jsonStringify(v))
		}
		for _, k := range o.Keys() {
			val, _ := o.Get(k)
			switch y := val.(type) {
			case string:
				p.json.add(k, str(y))
			case *string:
				p.json.add(k, y)
			default:
				for _, s := range anyStrings(val) {
					p.json.add(k, s)
				}
			}
		}
	}
	p.init(p)
	return p
}

func (p *jsonPrincipal) PolicyFragment() PrincipalPolicyFragment { return newFragment(p.json, nil) }
func (p *jsonPrincipal) DedupeString() *string {
	return str(`{"principalJson":` + p.json.stringify() + `,"conditions":{}}`)
}

// anyStrings reads a list of strings from a JSON-ish value.
func anyStrings(v interface{}) []*string {
	var out []*string
	switch x := v.(type) {
	case []interface{}:
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, str(s))
			} else if s, ok := e.(*string); ok {
				out = append(out, s)
			}
		}
	case []*string:
		out = append(out, x...)
	case *[]*string:
		if x != nil {
			out = append(out, *x...)
		}
	case []string:
		for _, s := range x {
			out = append(out, str(s))
		}
	}
	return out
}
