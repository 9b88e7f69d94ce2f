package awsiam

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/constructs"
)

// IResourceWithPolicyV2 is a resource with a resource policy.
type IResourceWithPolicyV2 interface {
	interfaces.IEnvironmentAware
	AddToResourcePolicy(statement PolicyStatement) *AddToResourcePolicyResult
}

// IResourceWithPolicy is an L2 resource with a resource policy.
type IResourceWithPolicy interface {
	awscdk.IResource
	IResourceWithPolicyV2
}

// AddToResourcePolicyResult is the result of AddToResourcePolicy.
type AddToResourcePolicyResult struct {
	StatementAdded   *bool                  `field:"required" json:"statementAdded" yaml:"statementAdded"`
	PolicyDependable constructs.IDependable `field:"optional" json:"policyDependable" yaml:"policyDependable"`
}

// CommonGrantOptions are the options every grant takes.
type CommonGrantOptions struct {
	Actions      *[]*string                          `field:"required" json:"actions" yaml:"actions"`
	Grantee      IGrantable                          `field:"required" json:"grantee" yaml:"grantee"`
	ResourceArns *[]*string                          `field:"required" json:"resourceArns" yaml:"resourceArns"`
	Conditions   *map[string]*map[string]interface{} `field:"optional" json:"conditions" yaml:"conditions"`
}

// GrantOnPrincipalOptions are options of Grant_AddToPrincipal.
type GrantOnPrincipalOptions struct {
	Actions      *[]*string                          `field:"required" json:"actions" yaml:"actions"`
	Grantee      IGrantable                          `field:"required" json:"grantee" yaml:"grantee"`
	ResourceArns *[]*string                          `field:"required" json:"resourceArns" yaml:"resourceArns"`
	Conditions   *map[string]*map[string]interface{} `field:"optional" json:"conditions" yaml:"conditions"`
	Scope        constructs.IConstruct               `field:"optional" json:"scope" yaml:"scope"`
}

// GrantWithResourceOptions are options of Grant_AddToPrincipalOrResource.
type GrantWithResourceOptions struct {
	Actions          *[]*string                          `field:"required" json:"actions" yaml:"actions"`
	Grantee          IGrantable                          `field:"required" json:"grantee" yaml:"grantee"`
	ResourceArns     *[]*string                          `field:"required" json:"resourceArns" yaml:"resourceArns"`
	Conditions       *map[string]*map[string]interface{} `field:"optional" json:"conditions" yaml:"conditions"`
	Resource         IResourceWithPolicyV2               `field:"required" json:"resource" yaml:"resource"`
	ResourceSelfArns *[]*string                          `field:"optional" json:"resourceSelfArns" yaml:"resourceSelfArns"`
}

// GrantOnPrincipalAndResourceOptions are options of Grant_AddToPrincipalAndResource.
type GrantOnPrincipalAndResourceOptions struct {
	Actions                 *[]*string                          `field:"required" json:"actions" yaml:"actions"`
	Grantee                 IGrantable                          `field:"required" json:"grantee" yaml:"grantee"`
	ResourceArns            *[]*string                          `field:"required" json:"resourceArns" yaml:"resourceArns"`
	Conditions              *map[string]*map[string]interface{} `field:"optional" json:"conditions" yaml:"conditions"`
	Resource                IResourceWithPolicyV2               `field:"required" json:"resource" yaml:"resource"`
	ResourcePolicyPrincipal IPrincipal                          `field:"optional" json:"resourcePolicyPrincipal" yaml:"resourcePolicyPrincipal"`
	ResourceSelfArns        *[]*string                          `field:"optional" json:"resourceSelfArns" yaml:"resourceSelfArns"`
}

// GrantPolicyWithResourceOptions are options of Grant_AddStatementToResourcePolicy.
type GrantPolicyWithResourceOptions struct {
	Actions          *[]*string                          `field:"required" json:"actions" yaml:"actions"`
	Grantee          IGrantable                          `field:"required" json:"grantee" yaml:"grantee"`
	ResourceArns     *[]*string                          `field:"required" json:"resourceArns" yaml:"resourceArns"`
	Conditions       *map[string]*map[string]interface{} `field:"optional" json:"conditions" yaml:"conditions"`
	Resource         IResourceWithPolicyV2               `field:"required" json:"resource" yaml:"resource"`
	ResourceSelfArns *[]*string                          `field:"optional" json:"resourceSelfArns" yaml:"resourceSelfArns"`
	Statement        PolicyStatement                     `field:"required" json:"statement" yaml:"statement"`
}

// Grant is the result of granting permissions: the statements added and
// what to depend on for them to be in force. It is an IDependable.
type Grant interface {
	PrincipalStatement() PolicyStatement
	PrincipalStatements() *[]PolicyStatement
	ResourceStatement() PolicyStatement
	ResourceStatements() *[]PolicyStatement
	Success() *bool
	ApplyBefore(constructs ...constructs.IConstruct)
	AssertSuccess()
	Combine(rhs Grant) Grant
	DependencyRoots() *[]constructs.IConstruct
}

type grantOptions struct {
	grantee      IGrantable
	actions      []*string
	resourceArns []*string
}

type grant struct {
	opts                grantOptions
	principalStatement  PolicyStatement
	principalStatements []PolicyStatement
	resourceStatement   PolicyStatement
	resourceStatements  []PolicyStatement
	dependables         []constructs.IDependable
}

func newGrant(opts grantOptions, principal, resource PolicyStatement, dependable constructs.IDependable) *grant {
	g := &grant{opts: opts, principalStatement: principal, resourceStatement: resource}
	if principal != nil {
		g.principalStatements = append(g.principalStatements, principal)
	}
	if resource != nil {
		g.resourceStatements = append(g.resourceStatements, resource)
	}
	if dependable != nil && !isNil(dependable) {
		g.dependables = append(g.dependables, dependable)
	}
	return g
}

func conditionsMap(c *map[string]*map[string]interface{}) *map[string]interface{} {
	if c == nil {
		return nil
	}
	m := map[string]interface{}{}
	for k, v := range *c {
		if v != nil {
			m[k] = *v
		}
	}
	return &m
}

func list(xs *[]*string) []*string {
	if xs == nil {
		return nil
	}
	return *xs
}

// Grant_AddToPrincipal grants the permissions on the grantee's identity
// policy, if it has one.
func Grant_AddToPrincipal(options *GrantOnPrincipalOptions) Grant {
	opts := grantOptions{grantee: options.Grantee, actions: list(options.Actions), resourceArns: list(options.ResourceArns)}
	return addToPrincipal(opts, conditionsMap(options.Conditions))
}

func addToPrincipal(opts grantOptions, conditions *map[string]interface{}) *grant {
	statement := NewPolicyStatement(&PolicyStatementProps{Actions: &opts.actions, Resources: &opts.resourceArns, Conditions: conditions})
	added := opts.grantee.GrantPrincipal().AddToPrincipalPolicy(statement)
	if !boolOr(added.StatementAdded, false) {
		return newGrant(opts, nil, nil, nil)
	}
	if isNil(added.PolicyDependable) {
		throwUnscoped("Contract violation: when Principal returns statementAdded=true, it should return a dependable")
	}
	return newGrant(opts, statement, nil, added.PolicyDependable)
}

// Grant_AddToPrincipalOrResource grants on the grantee's identity policy
// when it is in the resource's account, else on the resource policy.
func Grant_AddToPrincipalOrResource(options *GrantWithResourceOptions) Grant {
	opts := grantOptions{grantee: options.Grantee, actions: list(options.Actions), resourceArns: list(options.ResourceArns)}
	conds := conditionsMap(options.Conditions)
	result := addToPrincipal(opts, conds)
	principal := options.Grantee.GrantPrincipal()
	sameAccount := false
	if pa := principal.PrincipalAccount(); pa != nil && deref(pa) != "" {
		c := compareStrings(options.Resource.Env().Account, pa)
		sameAccount = c == cmpSame || c == cmpBothUnresolved
	}
	if *result.Success() && sameAccount {
		return result
	}
	arns := options.ResourceSelfArns
	if arns == nil {
		arns = options.ResourceArns
	}
	statement := NewPolicyStatement(&PolicyStatementProps{Actions: options.Actions, Resources: arns, Principals: &[]IPrincipal{principal}, Conditions: conds})
	rr := options.Resource.AddToResourcePolicy(statement)
	return newGrant(opts, nil, statement, resourceDependable(rr, options.Resource))
}

func resourceDependable(rr *AddToResourcePolicyResult, resource interface{}) constructs.IDependable {
	if rr == nil || !boolOr(rr.StatementAdded, false) {
		return nil
	}
	if !isNil(rr.PolicyDependable) {
		return rr.PolicyDependable
	}
	return resource
}

// Grant_AddStatementToResourcePolicy adds a statement to a resource policy.
func Grant_AddStatementToResourcePolicy(options *GrantPolicyWithResourceOptions) Grant {
	opts := grantOptions{grantee: options.Grantee, actions: list(options.Actions), resourceArns: list(options.ResourceArns)}
	rr := options.Resource.AddToResourcePolicy(options.Statement)
	return newGrant(opts, nil, options.Statement, resourceDependable(rr, options.Resource))
}

// Grant_AddToPrincipalAndResource grants on both the identity policy and
// the resource policy.
func Grant_AddToPrincipalAndResource(options *GrantOnPrincipalAndResourceOptions) Grant {
	opts := grantOptions{grantee: options.Grantee, actions: list(options.Actions), resourceArns: list(options.ResourceArns)}
	conds := conditionsMap(options.Conditions)
	result := addToPrincipal(opts, conds)
	arns := options.ResourceSelfArns
	if arns == nil {
		arns = options.ResourceArns
	}
	rp := options.ResourcePolicyPrincipal
	if rp == nil {
		rp = options.Grantee.GrantPrincipal()
	}
	statement := NewPolicyStatement(&PolicyStatementProps{Actions: options.Actions, Resources: arns, Principals: &[]IPrincipal{rp}, Conditions: conds})
	rr := options.Resource.AddToResourcePolicy(statement)
	var dep constructs.IDependable = result
	if rd := resourceDependable(rr, options.Resource); rd != nil {
		dep = NewCompositeDependable(result, rd)
	}
	// As in aws-cdk-lib, the principal statement of the result is the one
	// added to the resource policy.
	return newGrant(opts, statement, result.resourceStatement, dep)
}

// Grant_Drop returns a grant that does nothing: for resources that cannot
// be granted to (imported ones, for example).
func Grant_Drop(grantee IGrantable, _intent *string) Grant {
	return newGrant(grantOptions{grantee: grantee}, nil, nil, nil)
}

func (g *grant) PrincipalStatement() PolicyStatement { return g.principalStatement }
func (g *grant) ResourceStatement() PolicyStatement  { return g.resourceStatement }
func (g *grant) PrincipalStatements() *[]PolicyStatement {
	l := append([]PolicyStatement(nil), g.principalStatements...)
	return &l
}
func (g *grant) ResourceStatements() *[]PolicyStatement {
	l := append([]PolicyStatement(nil), g.resourceStatements...)
	return &l
}
func (g *grant) Success() *bool {
	b := g.principalStatement != nil || g.resourceStatement != nil
	return &b
}

func (g *grant) AssertSuccess() {
	if !*g.Success() {
		arns := make([]string, len(g.opts.resourceArns))
		for i, a := range g.opts.resourceArns {
			arns[i] = deref(a)
		}
		acts := make([]string, len(g.opts.actions))
		for i, a := range g.opts.actions {
			acts[i] = deref(a)
		}
		throwUnscoped("Permissions for '%s' to call '%s' on '%s' could not be added on either identity or resource policy.",
			principalString(g.opts.grantee), strings.Join(acts, ","), strings.Join(arns, ","))
	}
}

func (g *grant) ApplyBefore(cs ...constructs.IConstruct) {
	for _, c := range cs {
		c.Node().AddDependency(g)
	}
}

func (g *grant) Combine(rhs Grant) Grant {
	r := rhs.(*grant)
	princ := append(append([]PolicyStatement(nil), g.principalStatements...), r.principalStatements...)
	res := append(append([]PolicyStatement(nil), g.resourceStatements...), r.resourceStatements...)
	out := &grant{opts: g.opts}
	if len(princ) > 0 {
		out.principalStatement = princ[0]
	}
	if len(res) > 0 {
		out.resourceStatement = res[0]
	}
	out.principalStatements = princ
	out.resourceStatements = res
	out.dependables = append(append([]constructs.IDependable(nil), g.dependables...), r.dependables...)
	return out
}

func (g *grant) DependencyRoots() *[]constructs.IConstruct {
	var out []constructs.IConstruct
	seen := map[constructs.Node]bool{}
	for _, d := range g.dependables {
		for _, c := range *constructs.Dependable_Of(d).DependencyRoots() {
			if !seen[c.Node()] {
				seen[c.Node()] = true
				out = append(out, c)
			}
		}
	}
	return &out
}

// CompositeDependable depends on several dependables at once.
type CompositeDependable interface {
	DependencyRoots() *[]constructs.IConstruct
}

type compositeDependable struct{ deps []constructs.IDependable }

// NewCompositeDependable makes one dependable of several.
func NewCompositeDependable(dependables ...constructs.IDependable) CompositeDependable {
	return &compositeDependable{deps: dependables}
}

func (c *compositeDependable) DependencyRoots() *[]constructs.IConstruct {
	var out []constructs.IConstruct
	for _, d := range c.deps {
		out = append(out, *constructs.Dependable_Of(d).DependencyRoots()...)
	}
	return &out
}
