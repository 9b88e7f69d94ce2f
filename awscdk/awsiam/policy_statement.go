package awsiam

import (
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/ojson"
)

// Effect is whether a statement allows or denies.
type Effect string

const (
	Effect_ALLOW Effect = "ALLOW"
	Effect_DENY  Effect = "DENY"
)

// cfnValue is the value CloudFormation and IAM take ("Allow", "Deny").
func (e Effect) cfnValue() string {
	switch e {
	case Effect_ALLOW, "Allow":
		return "Allow"
	case Effect_DENY, "Deny":
		return "Deny"
	}
	return string(e)
}

// PolicyStatementProps are the props of NewPolicyStatement.
type PolicyStatementProps struct {
	Actions       *[]*string              `field:"optional" json:"actions" yaml:"actions"`
	Conditions    *map[string]interface{} `field:"optional" json:"conditions" yaml:"conditions"`
	Effect        Effect                  `field:"optional" json:"effect" yaml:"effect"`
	NotActions    *[]*string              `field:"optional" json:"notActions" yaml:"notActions"`
	NotPrincipals *[]IPrincipal           `field:"optional" json:"notPrincipals" yaml:"notPrincipals"`
	NotResources  *[]*string              `field:"optional" json:"notResources" yaml:"notResources"`
	Principals    *[]IPrincipal           `field:"optional" json:"principals" yaml:"principals"`
	Resources     *[]*string              `field:"optional" json:"resources" yaml:"resources"`
	Sid           *string                 `field:"optional" json:"sid" yaml:"sid"`
}

// ResourcePolicyValidationOptions are options of ValidateForResourcePolicy.
type ResourcePolicyValidationOptions struct {
	SkipResourceValidation *bool `field:"optional" json:"skipResourceValidation" yaml:"skipResourceValidation"`
}

// PolicyStatement is one statement of an IAM policy.
type PolicyStatement interface {
	Actions() *[]*string
	Conditions() interface{}
	Effect() Effect
	SetEffect(val Effect)
	Frozen() *bool
	HasPrincipal() *bool
	HasResource() *bool
	NotActions() *[]*string
	NotPrincipals() *[]IPrincipal
	NotResources() *[]*string
	Principals() *[]IPrincipal
	Resources() *[]*string
	Sid() *string
	SetSid(val *string)
	AddAccountCondition(accountId *string)
	AddAccountRootPrincipal()
	AddActions(actions ...*string)
	AddAllResources()
	AddAnyPrincipal()
	AddArnPrincipal(arn *string)
	AddAwsAccountPrincipal(accountId *string)
	AddCanonicalUserPrincipal(canonicalUserId *string)
	AddCondition(key *string, value interface{})
	AddConditions(conditions *map[string]interface{})
	AddFederatedPrincipal(federated interface{}, conditions *map[string]interface{})
	AddNotActions(notActions ...*string)
	AddNotPrincipals(notPrincipals ...IPrincipal)
	AddNotResources(arns ...*string)
	AddPrincipals(principals ...IPrincipal)
	AddResources(arns ...*string)
	AddServicePrincipal(service *string, opts *ServicePrincipalOpts)
	AddSourceAccountCondition(accountId *string)
	AddSourceArnCondition(arn *string)
	Copy(overrides *PolicyStatementProps) PolicyStatement
	Freeze() PolicyStatement
	ToJSON() interface{}
	ToStatementJson() interface{}
	ToString() *string
	ValidateForAnyPolicy() *[]*string
	ValidateForIdentityPolicy() *[]*string
	ValidateForResourcePolicy(options *ResourcePolicyValidationOptions) *[]*string
	ValidateForTrustPolicy() *[]*string
}

// orderedSet keeps the first occurrence of each string, in order.
type orderedSet struct {
	seen map[string]bool
	list []string
}

func (s *orderedSet) push(xs ...string) {
	for _, x := range xs {
		if s.seen == nil && len(s.list) < 16 {
			// Most sets hold a few actions or resources: scan them
			// rather than keep a map.
			if !contains(s.list, x) {
				s.list = append(s.list, x)
			}
			continue
		}
		if s.seen == nil {
			s.seen = make(map[string]bool, 2*len(s.list))
			for _, y := range s.list {
				s.seen[y] = true
			}
		}
		if !s.seen[x] {
			s.seen[x] = true
			s.list = append(s.list, x)
		}
	}
}

// pushAll is push of the strings xs point to (nil as ""), without an
// intermediate slice.
func (s *orderedSet) pushAll(xs []*string) {
	if s.list == nil && s.seen == nil {
		s.list = make([]string, 0, len(xs))
	}
	for _, x := range xs {
		s.push(deref(x))
	}
}

func (s *orderedSet) copy() []string { return append([]string(nil), s.list...) }

type policyStatement struct {
	action, notAction, resource, notResource orderedSet
	principal, notPrincipal                  principalJSON
	condition                                *ojson.Object // nil until the first condition
	sid                                      *string
	effect                                   Effect
	principalConditionsJSON                  *string
	principals, notPrincipals                []IPrincipal
	frozen                                   bool
	rendered                                 *renderedParts // see renderJSON
}

// NewPolicyStatement makes a statement.
func NewPolicyStatement(props *PolicyStatementProps) PolicyStatement {
	if props == nil {
		props = &PolicyStatementProps{}
	}
	s := &policyStatement{sid: props.Sid, effect: props.Effect}
	if s.effect == "" {
		s.effect = Effect_ALLOW
	}
	if props.Actions != nil {
		s.AddActions(*props.Actions...)
	}
	if props.NotActions != nil {
		s.AddNotActions(*props.NotActions...)
	}
	if props.Principals != nil {
		s.AddPrincipals(*props.Principals...)
	}
	if props.NotPrincipals != nil {
		s.AddNotPrincipals(*props.NotPrincipals...)
	}
	if props.Resources != nil {
		s.AddResources(*props.Resources...)
	}
	if props.NotResources != nil {
		s.AddNotResources(*props.NotResources...)
	}
	if props.Conditions != nil {
		s.AddConditions(props.Conditions)
	}
	return s
}

// PolicyStatement_FromJson reads a statement from its JSON form.
func PolicyStatement_FromJson(obj interface{}) PolicyStatement {
	o := toOrdered(obj)
	if o == nil {
		throwUnscoped("Incorrect Policy Statement: expected a JSON object")
	}
	get := func(k string) interface{} { v, _ := o.Get(k); return v }
	arr := func(k string) *[]*string {
		v := get(k)
		if isNil(v) {
			return nil
		}
		switch x := v.(type) {
		case string:
			return &[]*string{str(x)}
		case *string:
			return &[]*string{x}
		}
		l := anyStrings(v)
		if l == nil {
			throwUnscoped("Fields must be either a string or an array of strings")
		}
		return &l
	}
	props := &PolicyStatementProps{
		Actions: arr("Action"), Resources: arr("Resource"), NotActions: arr("NotAction"), NotResources: arr("NotResource"),
	}
	if v := get("Sid"); !isNil(v) {
		props.Sid = toStringPtr(v)
	}
	if v := get("Effect"); !isNil(v) {
		props.Effect = Effect(deref(toStringPtr(v)))
	}
	if c := toOrdered(get("Condition")); c != nil {
		props.Conditions = toGoMap(c)
	}
	if v := get("Principal"); !isNil(v) {
		props.Principals = &[]IPrincipal{newJSONPrincipal(v)}
	}
	if v := get("NotPrincipal"); !isNil(v) {
		props.NotPrincipals = &[]IPrincipal{newJSONPrincipal(v)}
	}
	s := NewPolicyStatement(props)
	if errs := *s.ValidateForAnyPolicy(); len(errs) > 0 {
		throwUnscoped("Incorrect Policy Statement: %s", strings.Join(derefAll(&errs), "\n"))
	}
	return s
}

func toStringPtr(v interface{}) *string {
	switch x := v.(type) {
	case string:
		return &x
	case *string:
		return x
	}
	return nil
}

func (s *policyStatement) assertNotFrozen(method string) {
	if s.frozen {
		throwUnscoped("%s: freeze() has been called on this PolicyStatement previously, so it can no longer be modified", method)
	}
}

func (s *policyStatement) Sid() *string { return s.sid }
func (s *policyStatement) SetSid(v *string) {
	s.assertNotFrozen("sid")
	s.sid = v
}
func (s *policyStatement) Effect() Effect { return s.effect }
func (s *policyStatement) SetEffect(v Effect) {
	s.assertNotFrozen("effect")
	s.effect = v
}

// validAction is aws-cdk-lib's action pattern,
// ^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$, matched by hand: every grant checks
// several actions and a regexp match costs more than the rest of the check.
func validAction(a string) bool {
	if a == "*" {
		return true
	}
	colon := strings.IndexByte(a, ':')
	if colon <= 0 || colon == len(a)-1 {
		return false
	}
	for i := 0; i < len(a); i++ {
		c := a[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case i < colon && c == '-', i > colon && c == '*', i == colon:
		default:
			return false
		}
	}
	return true
}

func validateActions(actions []*string) {
	for _, a := range actions {
		// The pattern test first: it is cheap, and a valid action needs no
		// token check.
		if !validAction(deref(a)) && !isUnresolved(a) {
			throwUnscoped("Action '%s' is invalid. An action string consists of a service namespace, a colon, and the name of an action. Action names can include wildcards.", deref(a))
		}
	}
}

func (s *policyStatement) AddActions(actions ...*string) {
	s.assertNotFrozen("addActions")
	if len(actions) > 0 && len(s.notAction.list) > 0 {
		throwUnscoped("Cannot add 'Actions' to policy statement if 'NotActions' have been added")
	}
	validateActions(actions)
	s.action.pushAll(actions)
}

func (s *policyStatement) AddNotActions(notActions ...*string) {
	s.assertNotFrozen("addNotActions")
	if len(notActions) > 0 && len(s.action.list) > 0 {
		throwUnscoped("Cannot add 'NotActions' to policy statement if 'Actions' have been added")
	}
	validateActions(notActions)
	s.notAction.pushAll(notActions)
}

func (s *policyStatement) HasPrincipal() *bool {
	b := len(s.principals)+len(s.notPrincipals) > 0
	return &b
}

func validatePrincipal(p IPrincipal) {
	if _, ok := p.(Group); ok {
		throwUnscoped("Cannot use an IAM Group as the 'Principal' or 'NotPrincipal' in an IAM Policy")
	}
}

// pushPrincipals adds principals not already in list (by identity).
func pushPrincipals(list *[]IPrincipal, ps []IPrincipal) []IPrincipal {
	var added []IPrincipal
	for _, p := range ps {
		dup := false
		for _, q := range *list {
			if sameObject(p, q) {
				dup = true
				break
			}
		}
		if !dup {
			*list = append(*list, p)
			added = append(added, p)
		}
	}
	return added
}

func (s *policyStatement) AddPrincipals(principals ...IPrincipal) {
	s.assertNotFrozen("addPrincipals")
	if len(principals) > 0 && len(s.notPrincipals) > 0 {
		throwUnscoped("Cannot add 'Principals' to policy statement if 'NotPrincipals' have been added")
	}
	for _, p := range principals {
		validatePrincipal(p)
	}
	for _, p := range pushPrincipals(&s.principals, principals) {
		j, c := fragmentParts(p.PolicyFragment())
		mergePrincipal(&s.principal, j)
		s.addPrincipalConditions(c)
	}
}

func (s *policyStatement) AddNotPrincipals(notPrincipals ...IPrincipal) {
	s.assertNotFrozen("addNotPrincipals")
	if len(notPrincipals) > 0 && len(s.principals) > 0 {
		throwUnscoped("Cannot add 'NotPrincipals' to policy statement if 'Principals' have been added")
	}
	for _, p := range notPrincipals {
		validatePrincipal(p)
	}
	for _, p := range pushPrincipals(&s.notPrincipals, notPrincipals) {
		j, c := fragmentParts(p.PolicyFragment())
		mergePrincipal(&s.notPrincipal, j)
		s.addPrincipalConditions(c)
	}
}

func (s *policyStatement) AddAwsAccountPrincipal(accountId *string) {
	s.AddPrincipals(NewAccountPrincipal(accountId))
}
func (s *policyStatement) AddArnPrincipal(arn *string) { s.AddPrincipals(NewArnPrincipal(arn)) }
func (s *policyStatement) AddServicePrincipal(service *string, opts *ServicePrincipalOpts) {
	s.AddPrincipals(NewServicePrincipal(service, opts))
}
func (s *policyStatement) AddFederatedPrincipal(federated interface{}, conditions *map[string]interface{}) {
	s.AddPrincipals(NewFederatedPrincipal(awscdk.Token_AsString(federated, nil), conditions, nil))
}
func (s *policyStatement) AddAccountRootPrincipal() { s.AddPrincipals(NewAccountRootPrincipal()) }
func (s *policyStatement) AddCanonicalUserPrincipal(canonicalUserId *string) {
	s.AddPrincipals(NewCanonicalUserPrincipal(canonicalUserId))
}
func (s *policyStatement) AddAnyPrincipal() { s.AddPrincipals(NewAnyPrincipal()) }

func (s *policyStatement) AddResources(arns ...*string) {
	s.assertNotFrozen("addResources")
	if len(arns) > 0 && len(s.notResource.list) > 0 {
		throwUnscoped("Cannot add 'Resources' to policy statement if 'NotResources' have been added")
	}
	s.resource.pushAll(arns)
}

func (s *policyStatement) AddNotResources(arns ...*string) {
	s.assertNotFrozen("addNotResources")
	if len(arns) > 0 && len(s.resource.list) > 0 {
		throwUnscoped("Cannot add 'NotResources' to policy statement if 'Resources' have been added")
	}
	s.notResource.pushAll(arns)
}

func (s *policyStatement) AddAllResources() { s.AddResources(str("*")) }

func (s *policyStatement) HasResource() *bool { b := len(s.resource.list) > 0; return &b }

func (s *policyStatement) AddCondition(key *string, value interface{}) {
	s.assertNotFrozen("addCondition")
	validateConditionObject(value)
	k := deref(key)
	if existing, ok := s.condition.Get(k); ok && !isNil(existing) {
		s.condition.Set(k, spread(existing, value))
		return
	}
	if s.condition == nil {
		s.condition = ojson.New()
	}
	s.condition.Set(k, value)
}

func (s *policyStatement) AddConditions(conditions *map[string]interface{}) {
	if conditions == nil {
		return
	}
	s.addConditionsOrdered(toOrdered(*conditions))
}

func (s *policyStatement) addConditionsOrdered(o *ojson.Object) {
	for _, k := range o.Keys() {
		v, _ := o.Get(k)
		s.AddCondition(str(k), v)
	}
}

func (s *policyStatement) AddAccountCondition(accountId *string) {
	s.AddCondition(str("StringEquals"), map[string]interface{}{"sts:ExternalId": accountId})
}
func (s *policyStatement) AddSourceAccountCondition(accountId *string) {
	s.AddCondition(str("StringEquals"), map[string]interface{}{"aws:SourceAccount": accountId})
}
func (s *policyStatement) AddSourceArnCondition(arn *string) {
	s.AddCondition(str("ArnEquals"), map[string]interface{}{"aws:SourceArn": arn})
}

func (s *policyStatement) Copy(overrides *PolicyStatementProps) PolicyStatement {
	if overrides == nil {
		overrides = &PolicyStatementProps{}
	}
	p := &PolicyStatementProps{
		Sid: overrides.Sid, Effect: overrides.Effect, Actions: overrides.Actions, NotActions: overrides.NotActions,
		Principals: overrides.Principals, NotPrincipals: overrides.NotPrincipals, Resources: overrides.Resources,
		NotResources: overrides.NotResources, Conditions: overrides.Conditions,
	}
	if p.Sid == nil {
		p.Sid = s.sid
	}
	if p.Effect == "" {
		p.Effect = s.effect
	}
	if p.Actions == nil {
		p.Actions = ptrs(s.action.copy())
	}
	if p.NotActions == nil {
		p.NotActions = ptrs(s.notAction.copy())
	}
	if p.Principals == nil {
		p.Principals = s.Principals()
	}
	if p.NotPrincipals == nil {
		p.NotPrincipals = s.NotPrincipals()
	}
	if p.Resources == nil {
		p.Resources = ptrs(s.resource.copy())
	}
	if p.NotResources == nil {
		p.NotResources = ptrs(s.notResource.copy())
	}
	if overrides.Conditions != nil {
		return NewPolicyStatement(p)
	}
	// Keep the conditions' order: a Go map would sort them.
	c := NewPolicyStatement(p).(*policyStatement)
	c.addConditionsOrdered(cloneOrdered(s.condition))
	return c
}

// renderedParts are the values of a statement's JSON that take work to
// make, kept once the statement is frozen.
type renderedParts struct {
	action, notAction, principal, notPrincipal, resource, notResource interface{}
}

func (s *policyStatement) parts() renderedParts {
	return renderedParts{
		action: normList(s.action.list), notAction: normList(s.notAction.list),
		principal: normPrincipal(&s.principal), notPrincipal: normPrincipal(&s.notPrincipal),
		resource: normList(s.resource.list), notResource: normList(s.notResource.list),
	}
}

// statementJSON is the statement as it appears in a policy, unresolved.
func (s *policyStatement) statementJSON() *ojson.Object { return s.assemble(s.parts()) }

// renderJSON is statementJSON for a document being rendered. A frozen
// statement cannot change, and a document renders each time it is
// resolved (template, tree, validation), so its lists are made once: the
// resolver and the post-processor copy what they change, and these
// values never reach a user, who might.
func (s *policyStatement) renderJSON() *ojson.Object {
	if !s.frozen {
		return s.statementJSON()
	}
	if s.rendered == nil {
		p := s.parts()
		s.rendered = &p
	}
	return s.assemble(*s.rendered)
}

func (s *policyStatement) assemble(p renderedParts) *ojson.Object {
	n := 1 // Effect
	for _, v := range [...]interface{}{p.action, p.notAction, p.principal, p.notPrincipal, p.resource, p.notResource} {
		if v != nil {
			n++
		}
	}
	if s.condition.Len() > 0 {
		n++
	}
	if s.sid != nil {
		n++
	}
	o := ojson.NewSize(n)
	set := func(k string, v interface{}) {
		if v != nil {
			o.Set(k, v)
		}
	}
	set("Action", p.action)
	set("NotAction", p.notAction)
	if s.condition.Len() > 0 {
		o.Set("Condition", s.condition)
	}
	o.Set("Effect", s.effect.cfnValue())
	set("Principal", p.principal)
	set("NotPrincipal", p.notPrincipal)
	set("Resource", p.resource)
	set("NotResource", p.notResource)
	if s.sid != nil {
		o.Set("Sid", *s.sid)
	}
	return o
}

// normList renders a list: nothing when empty, the element when alone.
func normList(xs []string) interface{} {
	if len(xs) == 1 && isListToken(xs[0]) {
		return []interface{}{xs[0]}
	}
	switch len(xs) {
	case 0:
		return nil
	case 1:
		return xs[0]
	}
	out := make([]interface{}, len(xs))
	for i := range xs {
		out[i] = xs[i]
	}
	return out
}

func isListToken(s string) bool { return strings.HasPrefix(s, "#{Token[") }

func normPrincipal(p *principalJSON) interface{} {
	if len(p.ents) == 0 {
		return nil
	}
	if i := p.find(literalStringKey); i >= 0 {
		return deref(p.ents[i].vals[0])
	}
	o := ojson.NewSize(len(p.ents))
	for _, e := range p.ents {
		nv := normList(derefAll(&e.vals))
		if nv != nil && nv != "" {
			o.Set(e.key, nv)
		}
	}
	return o
}

func (s *policyStatement) ToStatementJson() interface{} { return s.statementJSON() }
func (s *policyStatement) ToJSON() interface{}          { return s.statementJSON() }
func (s *policyStatement) ToString() *string {
	return awscdk.Token_AsString(&statementToken{s}, &awscdk.EncodingOptions{DisplayHint: str("PolicyStatement")})
}

type statementToken struct{ s *policyStatement }

func (t *statementToken) Resolve(awscdk.IResolveContext) interface{} { return t.s.statementJSON() }

func (s *policyStatement) addPrincipalConditions(c *ojson.Object) {
	these := "{}" // most principals have no conditions: no JSON to write
	if c.Len() > 0 {
		these = jsonStringify(c)
	}
	if s.principalConditionsJSON == nil {
		s.principalConditionsJSON = &these
	} else if *s.principalConditionsJSON != these {
		throwUnscoped("All principals in a PolicyStatement must have the same Conditions (got '%s' and '%s'). Use multiple statements instead.", *s.principalConditionsJSON, these)
	}
	s.addConditionsOrdered(c)
}

func (s *policyStatement) validateAny() []string {
	var errs []string
	if len(s.action.list) == 0 && len(s.notAction.list) == 0 {
		errs = append(errs, "A PolicyStatement must specify at least one 'action' or 'notAction'.")
	}
	return errs
}

func (s *policyStatement) validateResource(skipResources bool) []string {
	errs := s.validateAny()
	if len(s.principals) == 0 && len(s.notPrincipals) == 0 {
		errs = append(errs, "A PolicyStatement used in a resource-based policy must specify at least one IAM principal.")
	}
	if !skipResources && len(s.resource.list) == 0 && len(s.notResource.list) == 0 {
		errs = append(errs, "A PolicyStatement used in a resource-based policy must specify at least one resource.")
	}
	return errs
}

func (s *policyStatement) validateTrust() []string {
	errs := s.validateAny()
	if len(s.principals) == 0 && len(s.notPrincipals) == 0 {
		errs = append(errs, "A PolicyStatement used in a trust policy must specify at least one IAM principal.")
	}
	return errs
}

var sidRe = regexp.MustCompile(`^[0-9A-Za-z]*$`)

func (s *policyStatement) validateIdentity() []string {
	errs := s.validateAny()
	if len(s.principals) > 0 || len(s.notPrincipals) > 0 {
		errs = append(errs, "A PolicyStatement used in an identity-based policy cannot specify any IAM principals.")
	}
	if len(s.resource.list) == 0 && len(s.notResource.list) == 0 {
		errs = append(errs, "A PolicyStatement used in an identity-based policy must specify at least one resource.")
	}
	if s.sid != nil && !isUnresolved(s.sid) && !sidRe.MatchString(*s.sid) {
		errs = append(errs, "Statement ID (sid) '"+*s.sid+"' must be alphanumeric (A-Z, a-z, 0-9) when used in an identity-based policy. See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html")
	}
	return errs
}

func (s *policyStatement) ValidateForAnyPolicy() *[]*string { return ptrs(s.validateAny()) }
func (s *policyStatement) ValidateForResourcePolicy(options *ResourcePolicyValidationOptions) *[]*string {
	skip := options != nil && boolOr(options.SkipResourceValidation, false)
	return ptrs(s.validateResource(skip))
}
func (s *policyStatement) ValidateForTrustPolicy() *[]*string    { return ptrs(s.validateTrust()) }
func (s *policyStatement) ValidateForIdentityPolicy() *[]*string { return ptrs(s.validateIdentity()) }

func (s *policyStatement) Actions() *[]*string      { return ptrs(s.action.copy()) }
func (s *policyStatement) NotActions() *[]*string   { return ptrs(s.notAction.copy()) }
func (s *policyStatement) Resources() *[]*string    { return ptrs(s.resource.copy()) }
func (s *policyStatement) NotResources() *[]*string { return ptrs(s.notResource.copy()) }
func (s *policyStatement) Conditions() interface{}  { return toGoMap(s.condition) }
func (s *policyStatement) Frozen() *bool            { b := s.frozen; return &b }
func (s *policyStatement) Freeze() PolicyStatement  { s.frozen = true; return s }
func (s *policyStatement) Principals() *[]IPrincipal {
	l := append([]IPrincipal(nil), s.principals...)
	return &l
}
func (s *policyStatement) NotPrincipals() *[]IPrincipal {
	l := append([]IPrincipal(nil), s.notPrincipals...)
	return &l
}

// estimateSize is aws-cdk-lib's estimate of the statement's size in a
// policy, used to split large policies.
func (s *policyStatement) estimateSize(actionEstimate, arnEstimate int) int {
	ret := len(`"Effect": "` + s.effect.cfnValue() + `",`)
	count := func(key string, values []string, tokenSize int) {
		if len(values) == 0 {
			return
		}
		ret += len(key) + 5
		for _, v := range values {
			if isUnresolved(v) {
				ret += tokenSize + 3
			} else {
				ret += utf16Len(v) + 3
			}
		}
	}
	count("Action", s.action.list, actionEstimate)
	count("NotAction", s.notAction.list, actionEstimate)
	count("Resource", s.resource.list, arnEstimate)
	count("NotResource", s.notResource.list, arnEstimate)
	ret += len(s.principals) * arnEstimate
	ret += len(s.notPrincipals) * arnEstimate
	ret += utf16Len(conditionJSON(s))
	return ret
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}
