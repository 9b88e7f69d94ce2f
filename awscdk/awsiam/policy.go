package awsiam

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// maxPolicyNameLen is IAM's limit on a policy name.
const maxPolicyNameLen = 128

// PolicyProps are the props of NewPolicy.
type PolicyProps struct {
	Document   PolicyDocument     `field:"optional" json:"document" yaml:"document"`
	Force      *bool              `field:"optional" json:"force" yaml:"force"`
	Groups     *[]IGroup          `field:"optional" json:"groups" yaml:"groups"`
	PolicyName *string            `field:"optional" json:"policyName" yaml:"policyName"`
	Roles      *[]IRole           `field:"optional" json:"roles" yaml:"roles"`
	Statements *[]PolicyStatement `field:"optional" json:"statements" yaml:"statements"`
	Users      *[]IUser           `field:"optional" json:"users" yaml:"users"`
}

// Policy is an IAM inline policy (AWS::IAM::Policy) attached to roles,
// users and groups. It is only synthesized when it has statements and is
// attached, unless Force is set or something referenced its name.
type Policy interface {
	awscdk.Resource
	IGrantable
	IPolicy
	Document() PolicyDocument
	PolicyRef() *interfacesawsiam.PolicyReference
	AddStatements(statement ...PolicyStatement)
	AttachToGroup(group IGroup)
	AttachToRole(role IRole)
	AttachToUser(user IUser)
}

type policy struct {
	awscdk.Resource
	res            CfnPolicy
	document       PolicyDocument
	roles          []IRole
	users          []IUser
	groups         []IGroup
	force          bool
	referenceTaken bool
	// usersLazy and groupsLazy say whether the Users and Groups lists
	// were given to the resource.
	usersLazy, groupsLazy bool
	name                  *string
	grantPrincipal        IPrincipal
}

// NewPolicy creates an inline policy.
func NewPolicy(scope constructs.Construct, id *string, props *PolicyProps) Policy {
	props = l2.Inject(*Policy_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &PolicyProps{}
	}
	p := &policy{document: NewPolicyDocument(nil)}
	physical := props.PolicyName
	if physical == nil || *physical == "" {
		physical = awscdk.Lazy_String(stringProducer(func() *string {
			id := awscdk.Tokenization_Resolve(p.res.LogicalId(), &awscdk.ResolveOptions{Scope: scope, Resolver: nil})
			s, _ := id.(string)
			return str(lastN(s, maxPolicyNameLen))
		}), nil)
	}
	p.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: physical})
	host.Set(p.Resource, p)
	if props.Document != nil {
		p.document = props.Document
	}
	p.res = NewCfnPolicy(p, str("Resource"), &CfnPolicyProps{
		PolicyDocument: p.document,
		PolicyName:     p.PhysicalName(),
		Roles: awscdk.Lazy_List(listProducer(func() []*string {
			out := make([]*string, len(p.roles))
			for i, r := range p.roles {
				out[i] = r.RoleName()
			}
			return out
		}), nil),
	})
	p.name = p.PhysicalName()
	p.force = boolOr(props.Force, false)
	if props.Users != nil {
		for _, u := range *props.Users {
			p.AttachToUser(u)
		}
	}
	if props.Groups != nil {
		for _, g := range *props.Groups {
			p.AttachToGroup(g)
		}
	}
	if props.Roles != nil {
		for _, r := range *props.Roles {
			p.AttachToRole(r)
		}
	}
	if props.Statements != nil {
		p.AddStatements(*props.Statements...)
	}
	p.grantPrincipal = newPolicyGrantPrincipal(p, "Policy", "a Policy", p.Env().Account, func(s PolicyStatement) { p.AddStatements(s) })
	p.Node().AddValidation(validation(p.validatePolicy))
	return p
}

type stringProducer func() *string

func (f stringProducer) Produce() *string { return f() }

type listProducer func() []*string

// Produce returns nil for an empty list: aws-cdk-lib leaves such a
// property out of the template.
func (f listProducer) Produce() *[]*string {
	l := f()
	if len(l) == 0 {
		return nil
	}
	return &l
}

func (p *policy) shouldSynthesize() bool {
	return p.force || p.referenceTaken || (!*p.document.IsEmpty() && p.isAttached())
}

func (p *policy) isAttached() bool { return len(p.groups)+len(p.users)+len(p.roles) > 0 }

func (p *policy) Document() PolicyDocument   { return p.document }
func (p *policy) GrantPrincipal() IPrincipal { return p.grantPrincipal }
func (p *policy) PolicyName() *string        { p.referenceTaken = true; return p.name }
func (p *policy) PolicyRef() *interfacesawsiam.PolicyReference {
	return &interfacesawsiam.PolicyReference{PolicyId: p.res.AttrId()}
}
func (p *policy) AddStatements(statement ...PolicyStatement) { p.document.AddStatements(statement...) }

func (p *policy) AttachToUser(user IUser) {
	for _, u := range p.users {
		if deref(u.UserArn()) == deref(user.UserArn()) {
			return
		}
	}
	p.users = append(p.users, user)
	if !p.usersLazy {
		// Made on the first user, as most policies have none; a Lazy
		// without users renders nothing, as no property does.
		p.usersLazy = true
		if p.res.Users() == nil {
			p.res.SetUsers(awscdk.Lazy_List(listProducer(func() []*string {
				out := make([]*string, len(p.users))
				for i, u := range p.users {
					out[i] = u.UserName()
				}
				return out
			}), nil))
		}
	}
	user.AttachInlinePolicy(p)
}

func (p *policy) AttachToRole(role IRole) {
	for _, r := range p.roles {
		if deref(r.RoleArn()) == deref(role.RoleArn()) {
			return
		}
	}
	p.roles = append(p.roles, role)
	role.AttachInlinePolicy(p)
}

func (p *policy) AttachToGroup(group IGroup) {
	for _, g := range p.groups {
		if deref(g.GroupArn()) == deref(group.GroupArn()) {
			return
		}
	}
	p.groups = append(p.groups, group)
	if !p.groupsLazy {
		p.groupsLazy = true // as Users, on the first group
		if p.res.Groups() == nil {
			p.res.SetGroups(awscdk.Lazy_List(listProducer(func() []*string {
				out := make([]*string, len(p.groups))
				for i, g := range p.groups {
					out[i] = g.GroupName()
				}
				return out
			}), nil))
		}
	}
	group.AttachInlinePolicy(p)
}

func (p *policy) validatePolicy() []string {
	var out []string
	if *p.document.IsEmpty() {
		if p.force {
			out = append(out, "Policy created with force=true is empty. You must add statements to the policy")
		}
		if !p.force && p.referenceTaken {
			out = append(out, "This Policy has been referenced by a resource, so it must contain at least one statement.")
		}
	}
	if !p.isAttached() {
		if p.force {
			out = append(out, "Policy created with force=true must be attached to at least one principal: user, group or role")
		}
		if !p.force && p.referenceTaken {
			out = append(out, "This Policy has been referenced by a resource, so it must be attached to at least one user, group or role.")
		}
	}
	out = append(out, derefAll(p.document.ValidateForIdentityPolicy())...)
	// aws-cdk-lib leaves a policy with nothing to say out of the template.
	// Validation runs after every construct is built and before the
	// template renders, so this is where the decision is final.
	if !p.shouldSynthesize() {
		p.Node().TryRemoveChild(str("Resource"))
	}
	return out
}

// Policy_FromPolicyName imports an inline policy by name.
func Policy_FromPolicyName(scope constructs.Construct, id *string, policyName *string) IPolicy {
	p := &importedPolicy{name: policyName}
	p.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(p.Resource, p)
	return p
}

type importedPolicy struct {
	awscdk.Resource
	name *string
}

func (p *importedPolicy) PolicyName() *string { return p.name }
func (p *importedPolicy) PolicyRef() *interfacesawsiam.PolicyReference {
	throwScoped(p, "Cannot use a Policy.fromPolicyName() here.")
	return nil
}

// policyGrantPrincipal lets a policy (or managed policy) be the grantee of
// identity grants: statements go into the policy itself.
type policyGrantPrincipal struct {
	owner    constructs.IConstruct
	kind     string
	what     string
	account  *string
	add      func(PolicyStatement)
	fragment PrincipalPolicyFragment
}

func newPolicyGrantPrincipal(owner constructs.IConstruct, kind, what string, account *string, add func(PolicyStatement)) *policyGrantPrincipal {
	return &policyGrantPrincipal{owner: owner, kind: kind, what: what, account: account, add: add}
}

func (g *policyGrantPrincipal) GrantPrincipal() IPrincipal { return g }
func (g *policyGrantPrincipal) PrincipalAccount() *string  { return g.account }

// PolicyFragment names a principal whose ARN fails when rendered. It is
// made on first use: almost every policy is granted to through its roles,
// never as a principal, and the lazy ARN would cost a token per policy.
func (g *policyGrantPrincipal) PolicyFragment() PrincipalPolicyFragment {
	if g.fragment == nil {
		arn := awscdk.Lazy_String(stringProducer(func() *string {
			throwScoped(g.owner, "This grant operation needs to add a resource policy so needs access to a principal. Grant permissions to a Role or User, instead of %s.", g.what)
			return nil
		}), nil)
		g.fragment = NewArnPrincipal(arn).PolicyFragment()
	}
	return g.fragment
}
func (g *policyGrantPrincipal) AssumeRoleAction() *string {
	throwScoped(g.owner, "This grant operation needs to add a resource policy so needs access to a principal. Grant permissions to a Role or User, instead of %s.", g.what)
	return nil
}
func (g *policyGrantPrincipal) AddToPolicy(statement PolicyStatement) *bool {
	return g.AddToPrincipalPolicy(statement).StatementAdded
}
func (g *policyGrantPrincipal) AddToPrincipalPolicy(statement PolicyStatement) *AddToPrincipalPolicyResult {
	g.add(statement)
	t := true
	return &AddToPrincipalPolicyResult{StatementAdded: &t, PolicyDependable: g.owner}
}
func (g *policyGrantPrincipal) ToString() *string {
	return str(g.kind + "(" + *g.owner.Node().Path() + ")")
}
