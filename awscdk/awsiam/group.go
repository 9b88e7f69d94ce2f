package awsiam

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// GroupProps are the props of NewGroup.
type GroupProps struct {
	GroupName       *string           `field:"optional" json:"groupName" yaml:"groupName"`
	ManagedPolicies *[]IManagedPolicy `field:"optional" json:"managedPolicies" yaml:"managedPolicies"`
	Path            *string           `field:"optional" json:"path" yaml:"path"`
}

// Group is an IAM group. It cannot be a policy principal.
type Group interface {
	awscdk.Resource
	IGroup
	AddToPolicy(statement PolicyStatement) *bool
	AddUser(user IUser)
}

// groupBase is what created and imported groups share.
type groupBase struct {
	awscdk.Resource
	self          IGroup
	attached      attachedPolicies
	defaultPolicy Policy
	account       *string
}

func (g *groupBase) GrantPrincipal() IPrincipal { return g.self }
func (g *groupBase) PrincipalAccount() *string  { return g.account }
func (g *groupBase) AssumeRoleAction() *string  { return str("sts:AssumeRole") }
func (g *groupBase) PolicyFragment() PrincipalPolicyFragment {
	return NewArnPrincipal(g.self.GroupArn()).PolicyFragment()
}
func (g *groupBase) GroupRef() *interfacesawsiam.GroupReference {
	return &interfacesawsiam.GroupReference{GroupName: g.self.GroupName(), GroupArn: g.self.GroupArn()}
}
func (g *groupBase) AttachInlinePolicy(policy Policy) {
	g.attached.attach(policy)
	policy.AttachToGroup(g.self)
}
func (g *groupBase) AddManagedPolicy(IManagedPolicy) {}
func (g *groupBase) AddUser(user IUser)              { user.AddToGroup(g.self) }
func (g *groupBase) AddToPrincipalPolicy(statement PolicyStatement) *AddToPrincipalPolicyResult {
	if g.defaultPolicy == nil {
		g.defaultPolicy = NewPolicy(g.self.(constructs.Construct), str("DefaultPolicy"), nil)
		g.defaultPolicy.AttachToGroup(g.self)
	}
	g.defaultPolicy.AddStatements(statement)
	t := true
	return &AddToPrincipalPolicyResult{StatementAdded: &t, PolicyDependable: g.defaultPolicy}
}
func (g *groupBase) AddToPolicy(statement PolicyStatement) *bool {
	return g.AddToPrincipalPolicy(statement).StatementAdded
}

type group struct {
	groupBase
	res             CfnGroup
	managedPolicies []IManagedPolicy
	path            *string
	arn, name       *string
}

// NewGroup creates an IAM group.
func NewGroup(scope constructs.Construct, id *string, props *GroupProps) Group {
	props = l2.Inject(*Group_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &GroupProps{}
	}
	g := &group{path: props.Path}
	g.self = g
	g.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.GroupName})
	host.Set(g.Resource, g)
	g.account = g.Env().Account
	if props.ManagedPolicies != nil {
		g.managedPolicies = append(g.managedPolicies, *props.ManagedPolicies...)
	}
	g.res = NewCfnGroup(g, str("Resource"), &CfnGroupProps{
		GroupName: g.PhysicalName(),
		ManagedPolicyArns: tokenListHint(func() []*string {
			out := make([]*string, len(g.managedPolicies))
			for i, p := range g.managedPolicies {
				out[i] = p.ManagedPolicyArn()
			}
			return out
		}, "managedPolicyArns"),
		Path: props.Path,
	})
	g.warnTooMany()
	return g
}

func (g *group) GroupName() *string {
	if g.name == nil {
		g.name = g.GetResourceNameAttribute(g.res.Ref())
	}
	return g.name
}
func (g *group) GroupArn() *string {
	if g.arn == nil {
		name := deref(g.PhysicalName())
		if g.path != nil {
			name = trimLeadingSlash(*g.path) + name
		}
		g.arn = g.GetResourceArnAttribute(g.res.AttrArn(), &awscdk.ArnComponents{
			Region: str(""), Service: str("iam"), Resource: str("group"), ResourceName: str(name),
		})
	}
	return g.arn
}
func (g *group) AddManagedPolicy(policy IManagedPolicy) {
	for _, p := range g.managedPolicies {
		if sameObject(p, policy) {
			return
		}
	}
	g.managedPolicies = append(g.managedPolicies, policy)
	g.warnTooMany()
}
func (g *group) warnTooMany() {
	if len(g.managedPolicies) > 10 {
		awscdk.Annotations_Of(g).AddWarningV2(str("@aws-cdk/aws-iam:groupMaxPoliciesExceeded"),
			str("You added "+formatNumber(float64(len(g.managedPolicies)))+" to IAM Group "+deref(g.PhysicalName())+". The maximum number of managed policies attached to an IAM group is 10."))
	}
}

type importedGroup struct {
	groupBase
	arn, name *string
}

func (g *importedGroup) GroupName() *string { return g.name }
func (g *importedGroup) GroupArn() *string  { return g.arn }

// Group_FromGroupArn imports a group by ARN.
func Group_FromGroupArn(scope constructs.Construct, id *string, groupArn *string) IGroup {
	parts := splitArn(groupArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	g := &importedGroup{arn: groupArn, name: parts.ResourceName}
	g.self = g
	g.account = parts.Account
	g.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(g.Resource, g)
	return g
}

// Group_FromGroupName imports a group of the stack's account by name.
func Group_FromGroupName(scope constructs.Construct, id *string, groupName *string) IGroup {
	arn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: str("iam"), Region: str(""), Resource: str("group"), ResourceName: groupName})
	return Group_FromGroupArn(scope, id, arn)
}
