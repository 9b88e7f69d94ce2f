package awsiam

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// ManagedPolicyProps are the props of NewManagedPolicy.
type ManagedPolicyProps struct {
	Description       *string                       `field:"optional" json:"description" yaml:"description"`
	Document          PolicyDocument                `field:"optional" json:"document" yaml:"document"`
	Groups            *[]interfacesawsiam.IGroupRef `field:"optional" json:"groups" yaml:"groups"`
	ManagedPolicyName *string                       `field:"optional" json:"managedPolicyName" yaml:"managedPolicyName"`
	Path              *string                       `field:"optional" json:"path" yaml:"path"`
	Roles             *[]IRole                      `field:"optional" json:"roles" yaml:"roles"`
	Statements        *[]PolicyStatement            `field:"optional" json:"statements" yaml:"statements"`
	Users             *[]IUser                      `field:"optional" json:"users" yaml:"users"`
}

// ManagedPolicy is a customer managed policy (AWS::IAM::ManagedPolicy).
type ManagedPolicy interface {
	awscdk.Resource
	IGrantable
	IManagedPolicy
	Description() *string
	Document() PolicyDocument
	ManagedPolicyName() *string
	Path() *string
	AddStatements(statement ...PolicyStatement)
	AttachToGroup(group interfacesawsiam.IGroupRef)
	AttachToRole(role IRole)
	AttachToUser(user interfacesawsiam.IUserRef)
}

type managedPolicy struct {
	awscdk.Resource
	res            CfnManagedPolicy
	document       PolicyDocument
	description    string
	path           string
	roles          []IRole
	users          []interfacesawsiam.IUserRef
	groups         []interfacesawsiam.IGroupRef
	grantPrincipal IPrincipal
	arn            *string
}

// NewManagedPolicy creates a managed policy.
func NewManagedPolicy(scope constructs.Construct, id *string, props *ManagedPolicyProps) ManagedPolicy {
	props = l2.Inject(*ManagedPolicy_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &ManagedPolicyProps{}
	}
	m := &managedPolicy{document: NewPolicyDocument(nil), description: deref(props.Description), path: deref(props.Path)}
	if m.path == "" {
		m.path = "/"
	}
	m.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.ManagedPolicyName})
	host.Set(m.Resource, m)
	if props.Document != nil {
		m.document = props.Document
	}
	m.res = NewCfnManagedPolicy(m, str("Resource"), &CfnManagedPolicyProps{
		PolicyDocument:    m.document,
		ManagedPolicyName: m.PhysicalName(),
		Description:       str(m.description),
		Path:              str(m.path),
		Roles: tokenList(func() []*string {
			out := make([]*string, len(m.roles))
			for i, r := range m.roles {
				out[i] = r.RoleRef().RoleName
			}
			return out
		}),
		Users: tokenList(func() []*string {
			out := make([]*string, len(m.users))
			for i, u := range m.users {
				out[i] = u.UserRef().UserName
			}
			return out
		}),
		Groups: tokenList(func() []*string {
			out := make([]*string, len(m.groups))
			for i, g := range m.groups {
				out[i] = g.GroupRef().GroupName
			}
			return out
		}),
	})
	if props.Users != nil {
		for _, u := range *props.Users {
			m.AttachToUser(u)
		}
	}
	if props.Groups != nil {
		for _, g := range *props.Groups {
			m.AttachToGroup(g)
		}
	}
	if props.Roles != nil {
		for _, r := range *props.Roles {
			m.AttachToRole(r)
		}
	}
	if props.Statements != nil {
		m.AddStatements(*props.Statements...)
	}
	m.grantPrincipal = newPolicyGrantPrincipal(m, "ManagedPolicy", "a ManagedPolicy", m.Env().Account, func(s PolicyStatement) { m.AddStatements(s) })
	m.Node().AddValidation(validation(func() []string {
		var out []string
		if *m.document.IsEmpty() {
			out = append(out, "Managed Policy is empty. You must add statements to the policy")
		}
		return append(out, derefAll(m.document.ValidateForIdentityPolicy())...)
	}))
	return m
}

// tokenList is a lazy list for an L1 property that takes references or
// strings.
func tokenList(fn func() []*string) *[]interface{} {
	l := awscdk.Lazy_List(listProducer(fn), nil)
	out := make([]interface{}, len(*l))
	for i, s := range *l {
		out[i] = s
	}
	return &out
}

func (m *managedPolicy) ManagedPolicyArn() *string {
	if m.arn == nil {
		m.arn = m.GetResourceArnAttribute(m.res.Ref(), &awscdk.ArnComponents{
			Region: str(""), Service: str("iam"), Resource: str("policy"), ResourceName: m.PhysicalName(),
		})
	}
	return m.arn
}
func (m *managedPolicy) ManagedPolicyName() *string {
	parts := awscdk.Stack_Of(m).SplitArn(m.res.Ref(), awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	return m.GetResourceNameAttribute(parts.ResourceName)
}
func (m *managedPolicy) ManagedPolicyRef() *interfacesawsiam.ManagedPolicyReference {
	return &interfacesawsiam.ManagedPolicyReference{PolicyArn: m.ManagedPolicyArn()}
}
func (m *managedPolicy) Description() *string       { return str(m.description) }
func (m *managedPolicy) Path() *string              { return str(m.path) }
func (m *managedPolicy) Document() PolicyDocument   { return m.document }
func (m *managedPolicy) GrantPrincipal() IPrincipal { return m.grantPrincipal }
func (m *managedPolicy) AddStatements(statement ...PolicyStatement) {
	m.document.AddStatements(statement...)
}

func (m *managedPolicy) AttachToUser(user interfacesawsiam.IUserRef) {
	for _, u := range m.users {
		if deref(u.UserRef().UserArn) == deref(user.UserRef().UserArn) {
			return
		}
	}
	m.users = append(m.users, user)
}

func (m *managedPolicy) AttachToRole(role IRole) {
	for _, r := range m.roles {
		if deref(r.RoleRef().RoleArn) == deref(role.RoleArn()) {
			return
		}
	}
	m.roles = append(m.roles, role)
}

func (m *managedPolicy) AttachToGroup(group interfacesawsiam.IGroupRef) {
	for _, g := range m.groups {
		if deref(g.GroupRef().GroupArn) == deref(group.GroupRef().GroupArn) {
			return
		}
	}
	m.groups = append(m.groups, group)
}

// importedManagedPolicy is a managed policy known by its ARN.
type importedManagedPolicy struct {
	awscdk.Resource
	arn *string
}

func (m *importedManagedPolicy) ManagedPolicyArn() *string { return m.arn }
func (m *importedManagedPolicy) ManagedPolicyRef() *interfacesawsiam.ManagedPolicyReference {
	return &interfacesawsiam.ManagedPolicyReference{PolicyArn: m.arn}
}

// ManagedPolicy_FromManagedPolicyName imports a managed policy of the
// stack's account by name.
func ManagedPolicy_FromManagedPolicyName(scope constructs.Construct, id *string, managedPolicyName *string) IManagedPolicy {
	s := awscdk.Stack_Of(scope)
	m := &importedManagedPolicy{arn: s.FormatArn(&awscdk.ArnComponents{
		Service: str("iam"), Region: str(""), Account: s.Account(), Resource: str("policy"), ResourceName: managedPolicyName,
	})}
	m.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(m.Resource, m)
	return m
}

// ManagedPolicy_FromManagedPolicyArn imports a managed policy by ARN.
func ManagedPolicy_FromManagedPolicyArn(scope constructs.Construct, id *string, managedPolicyArn *string) IManagedPolicy {
	m := &importedManagedPolicy{arn: managedPolicyArn}
	m.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(m.Resource, m)
	return m
}

// ManagedPolicy_FromAwsManagedPolicyName refers to an AWS managed policy,
// such as "service-role/AWSLambdaBasicExecutionRole". The result is not
// part of the construct tree.
func ManagedPolicy_FromAwsManagedPolicyName(managedPolicyName *string) IManagedPolicy {
	return &awsManagedPolicy{arn: awscdk.Arn_Format(&awscdk.ArnComponents{
		Partition: awscdk.Aws_PARTITION(), Service: str("iam"), Region: str(""), Account: str("aws"),
		Resource: str("policy"), ResourceName: managedPolicyName,
	}, nil)}
}

// awsManagedPolicy is detached from the construct tree: using it where a
// construct is needed is a mistake.
type awsManagedPolicy struct{ arn *string }

const detachedMessage = "The result of fromAwsManagedPolicyName can not be used in this API"

func (m *awsManagedPolicy) ManagedPolicyArn() *string { return m.arn }
func (m *awsManagedPolicy) ManagedPolicyRef() *interfacesawsiam.ManagedPolicyReference {
	return &interfacesawsiam.ManagedPolicyReference{PolicyArn: m.arn}
}
func (m *awsManagedPolicy) Node() constructs.Node {
	throwUnscoped(detachedMessage)
	return nil
}
func (m *awsManagedPolicy) With(...constructs.IMixin) constructs.IConstruct {
	throwUnscoped(detachedMessage)
	return nil
}
func (m *awsManagedPolicy) Env() *interfaces.ResourceEnvironment {
	throwUnscoped(detachedMessage)
	return nil
}
