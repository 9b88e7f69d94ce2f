package awsiam

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// LazyRoleProps are the props of NewLazyRole.
type LazyRoleProps struct {
	AssumedBy           IPrincipal                 `field:"required" json:"assumedBy" yaml:"assumedBy"`
	Description         *string                    `field:"optional" json:"description" yaml:"description"`
	ExternalIds         *[]*string                 `field:"optional" json:"externalIds" yaml:"externalIds"`
	InlinePolicies      *map[string]PolicyDocument `field:"optional" json:"inlinePolicies" yaml:"inlinePolicies"`
	ManagedPolicies     *[]IManagedPolicy          `field:"optional" json:"managedPolicies" yaml:"managedPolicies"`
	MaxSessionDuration  awscdk.Duration            `field:"optional" json:"maxSessionDuration" yaml:"maxSessionDuration"`
	Path                *string                    `field:"optional" json:"path" yaml:"path"`
	PermissionsBoundary IManagedPolicy             `field:"optional" json:"permissionsBoundary" yaml:"permissionsBoundary"`
	RoleName            *string                    `field:"optional" json:"roleName" yaml:"roleName"`
}

// LazyRole is a role made (as the child "Default") only when something
// needs it: its ARN, name, policy fragment or a grant. Statements and
// policies added before then are applied to it when it is made.
type LazyRole interface {
	awscdk.Resource
	IRole
	RoleId() *string
	AddToPolicy(statement PolicyStatement) *bool
}

type lazyRole struct {
	awscdk.Resource
	props      *LazyRoleProps
	role       Role
	statements []PolicyStatement
	policies   []Policy
	managed    []IManagedPolicy
}

// NewLazyRole creates a lazy role.
func NewLazyRole(scope constructs.Construct, id *string, props *LazyRoleProps) LazyRole {
	props = l2.Inject(*LazyRole_PROPERTY_INJECTION_ID(), props, scope, id)
	// As in aws-cdk-lib, missing props only matter once the role is made.
	r := &lazyRole{}
	if props != nil {
		r.props = props
	}
	r.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(r.Resource, r)
	return r
}

// NewLazyRole_Override initialises a type embedding LazyRole.
func NewLazyRole_Override(outer LazyRole, scope constructs.Construct, id *string, props *LazyRoleProps) {
	l2.Override(outer, NewLazyRole(scope, id, props))
}

func (r *lazyRole) instantiate() Role {
	if r.role == nil {
		var rp *RoleProps
		if p := r.props; p != nil {
			rp = &RoleProps{AssumedBy: p.AssumedBy, Description: p.Description, ExternalIds: p.ExternalIds,
				InlinePolicies: p.InlinePolicies, ManagedPolicies: p.ManagedPolicies, MaxSessionDuration: p.MaxSessionDuration, Path: p.Path,
				PermissionsBoundary: p.PermissionsBoundary, RoleName: p.RoleName}
		}
		role := NewRole(r.Resource, jsii.String("Default"), rp)
		for _, s := range r.statements {
			role.AddToPolicy(s)
		}
		for _, pol := range r.policies {
			role.AttachInlinePolicy(pol)
		}
		for _, m := range r.managed {
			role.AddManagedPolicy(m)
		}
		r.role = role
	}
	return r.role
}

func (r *lazyRole) GrantPrincipal() IPrincipal { return r }
func (r *lazyRole) PrincipalAccount() *string  { return r.Env().Account }
func (r *lazyRole) AssumeRoleAction() *string  { return str("sts:AssumeRole") }

func (r *lazyRole) AddToPrincipalPolicy(statement PolicyStatement) *AddToPrincipalPolicyResult {
	if r.role != nil {
		return r.role.AddToPrincipalPolicy(statement)
	}
	r.statements = append(r.statements, statement)
	t := true
	return &AddToPrincipalPolicyResult{StatementAdded: &t, PolicyDependable: r}
}

func (r *lazyRole) AddToPolicy(statement PolicyStatement) *bool {
	return r.AddToPrincipalPolicy(statement).StatementAdded
}

func (r *lazyRole) AttachInlinePolicy(policy Policy) {
	if r.role != nil {
		r.role.AttachInlinePolicy(policy)
		return
	}
	r.policies = append(r.policies, policy)
}

func (r *lazyRole) AddManagedPolicy(policy IManagedPolicy) {
	if r.role != nil {
		r.role.AddManagedPolicy(policy)
		return
	}
	r.managed = append(r.managed, policy)
}

func (r *lazyRole) RoleArn() *string                         { return r.instantiate().RoleArn() }
func (r *lazyRole) RoleRef() *interfacesawsiam.RoleReference { return r.instantiate().RoleRef() }
func (r *lazyRole) RoleId() *string                          { return r.instantiate().RoleId() }
func (r *lazyRole) RoleName() *string                        { return r.instantiate().RoleName() }
func (r *lazyRole) PolicyFragment() PrincipalPolicyFragment  { return r.instantiate().PolicyFragment() }
func (r *lazyRole) GrantPassRole(identity IPrincipal) Grant {
	return r.instantiate().GrantPassRole(identity)
}
func (r *lazyRole) GrantAssumeRole(identity IPrincipal) Grant {
	return r.instantiate().GrantAssumeRole(identity)
}
func (r *lazyRole) Grant(identity IPrincipal, actions ...*string) Grant {
	return r.instantiate().Grant(identity, actions...)
}

// ComparablePrincipal carries the statics ComparablePrincipal_* (aws-cdk-go
// declares it as a class with statics only).
type ComparablePrincipal interface{}

type comparablePrincipal struct{}

// NewComparablePrincipal makes a ComparablePrincipal value.
func NewComparablePrincipal() ComparablePrincipal { return &comparablePrincipal{} }

// NewComparablePrincipal_Override initialises a type embedding ComparablePrincipal.
func NewComparablePrincipal_Override(outer ComparablePrincipal) {
	l2.Override(outer, NewComparablePrincipal())
}

// AddToPolicy is AddToPrincipalPolicy's StatementAdded.
func (u *unknownPrincipal) AddToPolicy(statement PolicyStatement) *bool {
	return u.AddToPrincipalPolicy(statement).StatementAdded
}
