package awsiam

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// UserProps are the props of NewUser.
type UserProps struct {
	Groups                *[]IGroup          `field:"optional" json:"groups" yaml:"groups"`
	ManagedPolicies       *[]IManagedPolicy  `field:"optional" json:"managedPolicies" yaml:"managedPolicies"`
	Password              awscdk.SecretValue `field:"optional" json:"password" yaml:"password"`
	PasswordResetRequired *bool              `field:"optional" json:"passwordResetRequired" yaml:"passwordResetRequired"`
	Path                  *string            `field:"optional" json:"path" yaml:"path"`
	PermissionsBoundary   IManagedPolicy     `field:"optional" json:"permissionsBoundary" yaml:"permissionsBoundary"`
	UserName              *string            `field:"optional" json:"userName" yaml:"userName"`
}

// UserAttributes are the attributes of User_FromUserAttributes.
type UserAttributes struct {
	UserArn *string `field:"required" json:"userArn" yaml:"userArn"`
}

// User is an IAM user.
type User interface {
	awscdk.Resource
	IUser
	PermissionsBoundary() IManagedPolicy
	AddToPolicy(statement PolicyStatement) *bool
}

type user struct {
	awscdk.Resource
	res             CfnUser
	groups          []*string
	managedPolicies []IManagedPolicy
	boundary        IManagedPolicy
	attached        attachedPolicies
	defaultPolicy   Policy
	path            *string
	arn, name       *string
	fragment        PrincipalPolicyFragment
}

// NewUser creates an IAM user.
func NewUser(scope constructs.Construct, id *string, props *UserProps) User {
	props = l2.Inject(*User_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &UserProps{}
	}
	u := &user{boundary: props.PermissionsBoundary, path: props.Path}
	u.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.UserName})
	host.Set(u.Resource, u)
	if props.ManagedPolicies != nil {
		u.managedPolicies = append(u.managedPolicies, *props.ManagedPolicies...)
	}
	var boundary interface{}
	if u.boundary != nil && !isNil(u.boundary) {
		boundary = u.boundary.ManagedPolicyArn()
	}
	var login interface{}
	if props.Password != nil && !isNil(props.Password) {
		var reset interface{}
		if props.PasswordResetRequired != nil {
			reset = props.PasswordResetRequired
		}
		login = &CfnUser_LoginProfileProperty{Password: props.Password.UnsafeUnwrap(), PasswordResetRequired: reset}
	} else if boolOr(props.PasswordResetRequired, false) {
		addError(u, "Cannot set \"passwordResetRequired\" without specifying \"initialPassword\"")
	}
	u.res = NewCfnUser(u, str("Resource"), &CfnUserProps{
		UserName: u.PhysicalName(),
		Groups:   tokenList(func() []*string { return u.groups }),
		ManagedPolicyArns: tokenListHint(func() []*string {
			out := make([]*string, len(u.managedPolicies))
			for i, p := range u.managedPolicies {
				out[i] = p.ManagedPolicyArn()
			}
			return out
		}, "managedPolicyArns"),
		Path:                props.Path,
		PermissionsBoundary: boundary,
		LoginProfile:        login,
	})
	u.fragment = NewArnPrincipal(u.UserArn()).PolicyFragment()
	if props.Groups != nil {
		for _, g := range *props.Groups {
			u.AddToGroup(g)
		}
	}
	return u
}

func tokenListHint(fn func() []*string, hint string) *[]interface{} {
	l := awscdk.Lazy_List(listProducer(fn), &awscdk.LazyListValueOptions{DisplayHint: str(hint)})
	out := make([]interface{}, len(*l))
	for i, s := range *l {
		out[i] = s
	}
	return &out
}

func (u *user) UserName() *string {
	if u.name == nil {
		u.name = u.GetResourceNameAttribute(u.res.Ref())
	}
	return u.name
}
func (u *user) UserArn() *string {
	if u.arn == nil {
		name := deref(u.PhysicalName())
		if u.path != nil {
			name = trimLeadingSlash(*u.path) + name
		}
		u.arn = u.GetResourceArnAttribute(u.res.AttrArn(), &awscdk.ArnComponents{
			Region: str(""), Service: str("iam"), Resource: str("user"), ResourceName: str(name),
		})
	}
	return u.arn
}
func (u *user) UserRef() *interfacesawsiam.UserReference {
	return &interfacesawsiam.UserReference{UserName: u.UserName(), UserArn: u.UserArn()}
}
func (u *user) PermissionsBoundary() IManagedPolicy     { return u.boundary }
func (u *user) GrantPrincipal() IPrincipal              { return u }
func (u *user) PrincipalAccount() *string               { return u.Env().Account }
func (u *user) AssumeRoleAction() *string               { return str("sts:AssumeRole") }
func (u *user) PolicyFragment() PrincipalPolicyFragment { return u.fragment }
func (u *user) AddToGroup(group IGroup)                 { u.groups = append(u.groups, group.GroupName()) }
func (u *user) AddManagedPolicy(policy IManagedPolicy) {
	for _, p := range u.managedPolicies {
		if sameObject(p, policy) {
			return
		}
	}
	u.managedPolicies = append(u.managedPolicies, policy)
}
func (u *user) AttachInlinePolicy(policy Policy) {
	u.attached.attach(policy)
	policy.AttachToUser(u)
}
func (u *user) AddToPrincipalPolicy(statement PolicyStatement) *AddToPrincipalPolicyResult {
	if u.defaultPolicy == nil {
		u.defaultPolicy = NewPolicy(u, str("DefaultPolicy"), nil)
		u.defaultPolicy.AttachToUser(u)
	}
	u.defaultPolicy.AddStatements(statement)
	t := true
	return &AddToPrincipalPolicyResult{StatementAdded: &t, PolicyDependable: u.defaultPolicy}
}
func (u *user) AddToPolicy(statement PolicyStatement) *bool {
	return u.AddToPrincipalPolicy(statement).StatementAdded
}

// User_FromUserName imports a user of the stack's account by name.
func User_FromUserName(scope constructs.Construct, id *string, userName *string) IUser {
	arn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Service: str("iam"), Region: str(""), Resource: str("user"), ResourceName: userName})
	return User_FromUserAttributes(scope, id, &UserAttributes{UserArn: arn})
}

// User_FromUserArn imports a user by ARN.
func User_FromUserArn(scope constructs.Construct, id *string, userArn *string) IUser {
	return User_FromUserAttributes(scope, id, &UserAttributes{UserArn: userArn})
}

// User_FromUserAttributes imports a user.
func User_FromUserAttributes(scope constructs.Construct, id *string, attrs *UserAttributes) IUser {
	if attrs == nil || attrs.UserArn == nil {
		l2.RequireProps(scope, id, "UserAttributes", "UserArn")
	}
	parts := strings.Split(deref(splitArn(attrs.UserArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).ResourceName), "/")
	u := &importedUser{arn: attrs.UserArn, name: str(parts[len(parts)-1]), account: splitArn(attrs.UserArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).Account}
	u.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(u.Resource, u)
	u.fragment = NewArnPrincipal(attrs.UserArn).PolicyFragment()
	return u
}

type importedUser struct {
	awscdk.Resource
	arn, name, account *string
	attached           attachedPolicies
	defaultPolicy      Policy
	fragment           PrincipalPolicyFragment
}

func (u *importedUser) UserName() *string { return u.name }
func (u *importedUser) UserArn() *string  { return u.arn }
func (u *importedUser) UserRef() *interfacesawsiam.UserReference {
	return &interfacesawsiam.UserReference{UserName: u.name, UserArn: u.arn}
}
func (u *importedUser) GrantPrincipal() IPrincipal              { return u }
func (u *importedUser) PrincipalAccount() *string               { return u.account }
func (u *importedUser) AssumeRoleAction() *string               { return str("sts:AssumeRole") }
func (u *importedUser) PolicyFragment() PrincipalPolicyFragment { return u.fragment }
func (u *importedUser) AddToGroup(group IGroup) {
	throwScoped(u, "AddToGroup on an imported user is not supported by Strata yet")
}
func (u *importedUser) AttachInlinePolicy(policy Policy) {
	u.attached.attach(policy)
	policy.AttachToUser(u)
}
func (u *importedUser) AddManagedPolicy(IManagedPolicy) {
	throwScoped(u, "Cannot add managed policy to imported User")
}
func (u *importedUser) AddToPrincipalPolicy(statement PolicyStatement) *AddToPrincipalPolicyResult {
	if u.defaultPolicy == nil {
		u.defaultPolicy = NewPolicy(u, str("Policy"), nil)
		u.defaultPolicy.AttachToUser(u)
	}
	u.defaultPolicy.AddStatements(statement)
	t := true
	return &AddToPrincipalPolicyResult{StatementAdded: &t, PolicyDependable: u.defaultPolicy}
}
