package awsiam

import (
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// maxInlineSize and maxManagedPolicySize bound a role's policies before
// aws-cdk-lib splits its default policy into managed policies.
const (
	maxInlineSize        = 10000
	maxManagedPolicySize = 6000
)

// RoleProps are the props of NewRole.
type RoleProps struct {
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

// FromRoleArnOptions are options of Role_FromRoleArn.
type FromRoleArnOptions struct {
	AddGrantsToResources *bool   `field:"optional" json:"addGrantsToResources" yaml:"addGrantsToResources"`
	DefaultPolicyName    *string `field:"optional" json:"defaultPolicyName" yaml:"defaultPolicyName"`
	Mutable              *bool   `field:"optional" json:"mutable" yaml:"mutable"`
}

// FromRoleNameOptions are options of Role_FromRoleName.
type FromRoleNameOptions struct {
	AddGrantsToResources *bool   `field:"optional" json:"addGrantsToResources" yaml:"addGrantsToResources"`
	DefaultPolicyName    *string `field:"optional" json:"defaultPolicyName" yaml:"defaultPolicyName"`
	Mutable              *bool   `field:"optional" json:"mutable" yaml:"mutable"`
}

// WithoutPolicyUpdatesOptions are options of Role.WithoutPolicyUpdates.
type WithoutPolicyUpdatesOptions struct {
	AddGrantsToResources *bool `field:"optional" json:"addGrantsToResources" yaml:"addGrantsToResources"`
}

// Role is an IAM role.
type Role interface {
	awscdk.Resource
	IRole
	AssumeRolePolicy() PolicyDocument
	PermissionsBoundary() IManagedPolicy
	RoleId() *string
	AddToPolicy(statement PolicyStatement) *bool
	Grants() RoleGrants
	WithoutPolicyUpdates(options *WithoutPolicyUpdatesOptions) IRole
}

type role struct {
	awscdk.Resource
	res                 CfnRole
	assumeRolePolicy    PolicyDocument
	managedPolicies     []IManagedPolicy
	inlinePolicies      map[string]PolicyDocument
	inlineNames         []string
	permissionsBoundary IManagedPolicy
	defaultPolicy       *policy
	attached            attachedPolicies
	dependables         map[PolicyStatement]constructs.DependencyGroup
	immutable           IRole
	didSplit            bool
	path                *string
	roleArn, roleName   *string
	fragment            PrincipalPolicyFragment
}

var roleNameRe = regexp.MustCompile(`^[\w+=,.@-]{1,64}$`)
var rolePathRe = regexp.MustCompile(`^(/|/[\x{0021}-\x{007F}]+/)$`)

// NewRole creates an IAM role.
func NewRole(scope constructs.Construct, id *string, props *RoleProps) Role {
	// Property injectors (aws-cdk-lib's propertyInjectable) see the props first.
	props = l2.Inject(*Role_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &RoleProps{}
	}
	r := &role{dependables: map[PolicyStatement]constructs.DependencyGroup{}, inlinePolicies: map[string]PolicyDocument{}}
	r.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.RoleName})
	host.Set(r.Resource, r)
	if props.RoleName != nil && !isUnresolved(props.RoleName) && !roleNameRe.MatchString(*props.RoleName) {
		addError(r, "Invalid roleName. The name must be a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: _+=,.@-. Length must be between 1 and 64 characters.")
	}
	if props.AssumedBy == nil || isNil(props.AssumedBy) {
		addError(r, "Role: the 'assumedBy' property is required (the principal that may assume the role)")
	}
	var externalIDs []*string
	if props.ExternalIds != nil {
		externalIDs = append(externalIDs, *props.ExternalIds...)
	}
	r.assumeRolePolicy = createAssumeRolePolicy(props.AssumedBy, externalIDs)
	if props.ManagedPolicies != nil {
		r.managedPolicies = append(r.managedPolicies, *props.ManagedPolicies...)
	}
	if props.InlinePolicies != nil {
		for k, v := range *props.InlinePolicies {
			r.inlinePolicies[k] = v
			r.inlineNames = append(r.inlineNames, k)
		}
		sortStrings(r.inlineNames)
	}
	r.permissionsBoundary = props.PermissionsBoundary
	r.path = props.Path
	var maxSession *float64
	if props.MaxSessionDuration != nil {
		maxSession = props.MaxSessionDuration.ToSeconds(nil)
		if s := *maxSession; s < 3600 || s > 43200 {
			addError(r, "maxSessionDuration is set to %s, but must be >= 3600sec (1hr) and <= 43200sec (12hrs)", formatNumber(s))
		}
	}
	var description *string
	if props.Description != nil && len(*props.Description) > 0 {
		description = props.Description
		if utf16Len(*description) > 1000 {
			addError(r, "Role description must be no longer than 1000 characters.")
		}
	}
	validateRolePath(r, props.Path)

	var boundary interface{}
	if r.permissionsBoundary != nil && !isNil(r.permissionsBoundary) {
		boundary = r.permissionsBoundary.ManagedPolicyArn()
	}
	var policies interface{}
	if len(r.inlineNames) > 0 {
		l := make([]interface{}, len(r.inlineNames))
		for i, n := range r.inlineNames {
			l[i] = &CfnRole_PolicyProperty{PolicyName: str(n), PolicyDocument: r.inlinePolicies[n]}
		}
		policies = &l
	}
	arns := uniqueStringList(func() []interface{} {
		out := make([]interface{}, len(r.managedPolicies))
		for i, p := range r.managedPolicies {
			out[i] = p.ManagedPolicyArn()
		}
		return out
	})
	r.res = NewCfnRole(r, str("Resource"), &CfnRoleProps{
		AssumeRolePolicyDocument: r.assumeRolePolicy,
		ManagedPolicyArns:        &[]interface{}{arns},
		Policies:                 policies,
		Path:                     props.Path,
		PermissionsBoundary:      boundary,
		RoleName:                 r.PhysicalName(),
		MaxSessionDuration:       maxSession,
		Description:              description,
	})
	r.Node().SetDefaultChild(r.res)
	awscdk.Aspects_Of(r).Add(&splitAspect{r}, &awscdk.AspectOptions{Priority: mutatingAspectPriority(r)})
	r.fragment = NewArnPrincipal(r.RoleArn()).PolicyFragment()
	r.Node().AddValidation(validation(r.validateRole))
	return r
}

// mutatingAspectPriority is the priority aws-cdk-lib gives its own aspects
// that change the tree.
func mutatingAspectPriority(c constructs.IConstruct) *float64 {
	if *awscdk.FeatureFlags_Of(c).IsEnabled(str("@aws-cdk/core:aspectPrioritiesMutating")) {
		return awscdk.AspectPriority_MUTATING()
	}
	return nil
}

type splitAspect struct{ r *role }

func (a *splitAspect) Visit(c constructs.IConstruct) {
	if h, ok := c.(*role); ok && h == a.r {
		a.r.splitLargePolicy()
	}
}

func validateRolePath(c constructs.IConstruct, path *string) {
	if path == nil || isUnresolved(path) {
		return
	}
	p := *path
	if len(p) == 0 || len(p) > 512 {
		addError(c, "Role path must be between 1 and 512 characters. The provided role path is %d characters.", len(p))
		return
	}
	if !rolePathRe.MatchString(p) {
		addError(c, "Role path must be either a slash or valid characters (alphanumerics and symbols) surrounded by slashes. Valid characters are unicode characters in [\\u0021-\\u007F]. However, %s is provided.", p)
	}
}

func createAssumeRolePolicy(principal IPrincipal, externalIDs []*string) PolicyDocument {
	doc := NewPolicyDocument(nil)
	if principal == nil || isNil(principal) {
		return doc
	}
	var add PolicyDocument = doc
	if len(externalIDs) > 0 {
		add = newMutatingAdapter(doc, func(s PolicyStatement) PolicyStatement {
			var v interface{} = externalIDs
			if len(externalIDs) == 1 {
				v = externalIDs[0]
			}
			s.AddCondition(str("StringEquals"), map[string]interface{}{"sts:ExternalId": v})
			return s
		})
	}
	defaultAddPrincipalToAssumeRole(principal, add)
	return doc
}

func (r *role) RoleArn() *string {
	if r.roleArn == nil {
		name := deref(r.PhysicalName())
		if r.path != nil {
			name = trimLeadingSlash(*r.path) + name
		}
		r.roleArn = r.GetResourceArnAttribute(r.res.AttrArn(), &awscdk.ArnComponents{
			Region: str(""), Service: str("iam"), Resource: str("role"), ResourceName: str(name),
		})
	}
	return r.roleArn
}

func (r *role) RoleName() *string {
	if r.roleName == nil {
		r.roleName = r.GetResourceNameAttribute(r.res.Ref())
	}
	return r.roleName
}

func (r *role) RoleRef() *interfacesawsiam.RoleReference {
	return &interfacesawsiam.RoleReference{RoleName: r.RoleName(), RoleArn: r.RoleArn()}
}
func (r *role) RoleId() *string                         { return r.res.AttrRoleId() }
func (r *role) GrantPrincipal() IPrincipal              { return r }
func (r *role) PrincipalAccount() *string               { return r.Env().Account }
func (r *role) AssumeRoleAction() *string               { return str("sts:AssumeRole") }
func (r *role) PolicyFragment() PrincipalPolicyFragment { return r.fragment }
func (r *role) AssumeRolePolicy() PolicyDocument        { return r.assumeRolePolicy }
func (r *role) PermissionsBoundary() IManagedPolicy     { return r.permissionsBoundary }
func (r *role) ToString() *string                       { return r.Node().Path() }

func (r *role) AddToPrincipalPolicy(statement PolicyStatement) *AddToPrincipalPolicyResult {
	if statement == nil {
		l2.RequireArg(r, "AddToPrincipalPolicy", "a statement")
	}
	if r.defaultPolicy == nil {
		r.defaultPolicy = NewPolicy(r, str("DefaultPolicy"), nil).(*policy)
		r.AttachInlinePolicy(r.defaultPolicy)
	}
	r.defaultPolicy.AddStatements(statement)
	dep := constructs.NewDependencyGroup()
	r.dependables[statement] = dep
	t := true
	return &AddToPrincipalPolicyResult{StatementAdded: &t, PolicyDependable: dep}
}

func (r *role) AddToPolicy(statement PolicyStatement) *bool {
	return r.AddToPrincipalPolicy(statement).StatementAdded
}

func (r *role) AddManagedPolicy(policy IManagedPolicy) {
	for _, mp := range r.managedPolicies {
		if deref(mp.ManagedPolicyArn()) == deref(policy.ManagedPolicyArn()) {
			return
		}
	}
	r.managedPolicies = append(r.managedPolicies, policy)
}

func (r *role) AttachInlinePolicy(policy Policy) {
	r.attached.attach(policy)
	policy.AttachToRole(r)
}

func (r *role) Grant(grantee IPrincipal, actions ...*string) Grant {
	return Grant_AddToPrincipal(&GrantOnPrincipalOptions{Grantee: grantee, Actions: &actions, ResourceArns: &[]*string{r.RoleArn()}})
}

func (r *role) GrantPassRole(grantee IPrincipal) Grant {
	return Grant_AddToPrincipal(&GrantOnPrincipalOptions{Grantee: grantee, Actions: &[]*string{str("iam:PassRole")}, ResourceArns: &[]*string{r.RoleRef().RoleArn}})
}

func (r *role) GrantAssumeRole(grantee IPrincipal) Grant {
	switch grantee.(type) {
	case ServicePrincipal, AccountPrincipal:
		throwScoped(r, "Cannot use a service or account principal with grantAssumeRole, use assumeRolePolicy instead.")
	}
	return Grant_AddToPrincipal(&GrantOnPrincipalOptions{Grantee: grantee, Actions: &[]*string{str("sts:AssumeRole")}, ResourceArns: &[]*string{r.RoleRef().RoleArn}})
}

func (r *role) WithoutPolicyUpdates(options *WithoutPolicyUpdatesOptions) IRole {
	if r.immutable == nil {
		add := options != nil && boolOr(options.AddGrantsToResources, false)
		r.immutable = newImmutableRole(r.Node().Scope().(constructs.Construct), "ImmutableRole"+*r.Node().Id(), r, add)
	}
	return r.immutable
}

func (r *role) validateRole() []string {
	errs := derefAll(r.assumeRolePolicy.ValidateForTrustPolicy())
	for _, n := range r.inlineNames {
		errs = append(errs, derefAll(r.inlinePolicies[n].ValidateForIdentityPolicy())...)
	}
	return errs
}

func (r *role) splitLargePolicy() {
	if r.defaultPolicy == nil || r.didSplit {
		return
	}
	r.didSplit = true
	original := r.defaultPolicy.document.doc()
	order, split := original.splitDocument(r, maxInlineSize, maxManagedPolicySize)
	mpCount := len(r.managedPolicies) + len(order) - 1
	if mpCount > 20 {
		awscdk.Annotations_Of(r).AddWarningV2(str("@aws-cdk/aws-iam:rolePolicyTooLarge"), str("Policy too large: "+formatNumber(float64(mpCount))+" exceeds the maximum of 20 managed policies attached to a Role"))
	} else if mpCount > 10 {
		awscdk.Annotations_Of(r).AddWarningV2(str("@aws-cdk/aws-iam:rolePolicyLarge"), str("Policy large: "+formatNumber(float64(mpCount))+" exceeds 10 managed policies attached to a Role, this requires a quota increase"))
	}
	mark := func(doc *policyDocument, declaring constructs.IConstruct) {
		for _, o := range split[doc] {
			if g, ok := r.dependables[o]; ok {
				g.Add(declaring)
			}
		}
	}
	mark(original, r.defaultPolicy)
	i := 1
	for _, nd := range order[1:] {
		mp := NewManagedPolicy(r, str("OverflowPolicy"+formatNumber(float64(i))), &ManagedPolicyProps{
			Description: str("Part of the policies for " + *r.Node().Path()),
			Document:    nd,
			Roles:       &[]IRole{r},
		})
		i++
		mark(nd, mp)
	}
}

// uniqueStringList is a list token that resolves to fn's values without
// duplicates, and to nothing when empty.
func uniqueStringList(fn func() []interface{}) *string {
	return (*awscdk.Token_AsList(&uniqueStringSet{fn: fn}, nil))[0]
}

type uniqueStringSet struct{ fn func() []interface{} }

func (u *uniqueStringSet) Resolve(ctx awscdk.IResolveContext) interface{} {
	ctx.RegisterPostProcessor(u)
	return u.fn()
}

func (u *uniqueStringSet) PostProcess(input interface{}, _ awscdk.IResolveContext) interface{} {
	l, ok := input.([]interface{})
	if !ok {
		return input
	}
	if len(l) == 0 {
		return nil
	}
	var keys []string
	vals := map[string]interface{}{}
	for _, e := range l {
		k := jsonStringify(e)
		if _, ok := vals[k]; !ok {
			keys = append(keys, k)
		}
		vals[k] = e
	}
	out := make([]interface{}, len(keys))
	for i, k := range keys {
		out[i] = vals[k]
	}
	return out
}

// ---- imported roles ----

// Role_FromRoleArn imports a role by ARN. A role in another account, or
// with Mutable false, takes no policy changes.
func Role_FromRoleArn(scope constructs.Construct, id *string, roleArn *string, options *FromRoleArnOptions) IRole {
	return roleFromArn(scope, id, roleArn, options, nil)
}

// roleFromArn is Role_FromRoleArn; a non-nil name replaces the name the ARN
// gives, as Role.fromLookup's options (which carry roleName) do when
// aws-cdk-lib spreads them over the imported role's props.
func roleFromArn(scope constructs.Construct, id *string, roleArn *string, options *FromRoleArnOptions, name *string) IRole {
	if options == nil {
		options = &FromRoleArnOptions{}
	}
	s := awscdk.Stack_Of(scope)
	parsed := splitArn(roleArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	parts := strings.Split(deref(parsed.ResourceName), "/")
	roleName := parts[len(parts)-1]
	if name != nil {
		roleName = *name
	}
	mutable := options.Mutable == nil || *options.Mutable
	if options.AddGrantsToResources != nil && mutable {
		throwScoped(scope, "'addGrantsToResources' can only be passed if 'mutable: false'")
	}
	acct := parsed.Account
	if acct == nil {
		acct = str("")
	}
	c := compareStrings(acct, s.Account())
	sameOrUnresolved := c == cmpSame || c == cmpBothUnresolved || c == cmpOneUnresolved
	importID := deref(id)
	if !(mutable && sameOrUnresolved) {
		importID = "MutableRole" + deref(id)
	}
	imported := newImportedRole(scope, importID, roleArn, str(roleName), parsed.Account, options.DefaultPolicyName)
	if mutable && sameOrUnresolved {
		return imported
	}
	return newImmutableRole(scope, deref(id), imported, boolOr(options.AddGrantsToResources, false))
}

// Role_FromRoleName imports a role of the stack's account by name.
func Role_FromRoleName(scope constructs.Construct, id *string, roleName *string, options *FromRoleNameOptions) IRole {
	arn := awscdk.Stack_Of(scope).FormatArn(&awscdk.ArnComponents{Region: str(""), Service: str("iam"), Resource: str("role"), ResourceName: roleName})
	var o *FromRoleArnOptions
	if options != nil {
		o = &FromRoleArnOptions{AddGrantsToResources: options.AddGrantsToResources, DefaultPolicyName: options.DefaultPolicyName, Mutable: options.Mutable}
	}
	return Role_FromRoleArn(scope, id, arn, o)
}

// Role_IsRole reports whether x is a Role made by NewRole.
func Role_IsRole(x interface{}) *bool {
	_, ok := x.(*role)
	return &ok
}

type importedRole struct {
	awscdk.Resource
	roleArn, roleName *string
	account           *string
	defaultPolicyName *string
	defaultPolicy     Policy
	attached          attachedPolicies
	fragment          PrincipalPolicyFragment
}

func newImportedRole(scope constructs.Construct, id string, roleArn, roleName, account, defaultPolicyName *string) *importedRole {
	r := &importedRole{roleArn: roleArn, roleName: roleName, account: account, defaultPolicyName: defaultPolicyName}
	r.Resource = awscdk.NewResource(scope, str(id), &awscdk.ResourceProps{Account: account})
	host.Set(r.Resource, r)
	r.fragment = NewArnPrincipal(roleArn).PolicyFragment()
	return r
}

func (r *importedRole) RoleArn() *string  { return r.roleArn }
func (r *importedRole) RoleName() *string { return r.roleName }
func (r *importedRole) RoleRef() *interfacesawsiam.RoleReference {
	return &interfacesawsiam.RoleReference{RoleName: r.roleName, RoleArn: r.roleArn}
}
func (r *importedRole) GrantPrincipal() IPrincipal              { return r }
func (r *importedRole) PrincipalAccount() *string               { return r.account }
func (r *importedRole) AssumeRoleAction() *string               { return str("sts:AssumeRole") }
func (r *importedRole) PolicyFragment() PrincipalPolicyFragment { return r.fragment }
func (r *importedRole) DedupeString() *string                   { return str("ImportedRole:" + deref(r.roleArn)) }
func (r *importedRole) AddToPolicy(statement PolicyStatement) *bool {
	return r.AddToPrincipalPolicy(statement).StatementAdded
}

func (r *importedRole) AddToPrincipalPolicy(statement PolicyStatement) *AddToPrincipalPolicyResult {
	if r.defaultPolicy == nil {
		unique := *awscdk.FeatureFlags_Of(r).IsEnabled(str("@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName"))
		name := "Policy"
		if unique {
			name = "Policy" + deref(awscdk.Names_UniqueId(r))
		}
		if len(name) > 128 {
			name = "Policy" + deref(awscdk.Names_UniqueResourceName(r, &awscdk.UniqueResourceNameOptions{MaxLength: floatp(128 - 6)}))
		}
		if r.defaultPolicyName != nil {
			name = *r.defaultPolicyName
		}
		var props *PolicyProps
		if unique {
			props = &PolicyProps{PolicyName: str(name)}
		}
		r.defaultPolicy = NewPolicy(r, str(name), props)
		r.AttachInlinePolicy(r.defaultPolicy)
	}
	r.defaultPolicy.AddStatements(statement)
	t := true
	return &AddToPrincipalPolicyResult{StatementAdded: &t, PolicyDependable: r.defaultPolicy}
}

func (r *importedRole) AttachInlinePolicy(policy Policy) {
	c := compareStrings(r.Env().Account, policy.Env().Account)
	if c == cmpSame || c == cmpBothUnresolved || c == cmpOneUnresolved {
		r.attached.attach(policy)
		policy.AttachToRole(r)
	}
}

func (r *importedRole) AddManagedPolicy(policy IManagedPolicy) {
	if mp, ok := policy.(interface{ AttachToRole(IRole) }); ok {
		mp.AttachToRole(r)
		return
	}
	awscdk.Annotations_Of(r).AddWarningV2(str("@aws-cdk/aws-iam:IRoleCantBeUsedWithIManagedPolicy"),
		str("Can't combine imported IManagedPolicy: "+deref(policy.ManagedPolicyArn())+" to imported role IRole: "+deref(r.roleName)+". Use ManagedPolicy directly."))
}

func (r *importedRole) Grant(grantee IPrincipal, actions ...*string) Grant {
	return Grant_AddToPrincipal(&GrantOnPrincipalOptions{Grantee: grantee, Actions: &actions, ResourceArns: &[]*string{r.roleArn}})
}
func (r *importedRole) GrantPassRole(grantee IPrincipal) Grant {
	return r.Grant(grantee, str("iam:PassRole"))
}
func (r *importedRole) GrantAssumeRole(grantee IPrincipal) Grant {
	return r.Grant(grantee, str("sts:AssumeRole"))
}

// immutableRole wraps a role so that nothing changes its policies.
type immutableRole struct {
	awscdk.Resource
	role                 IRole
	addGrantsToResources bool
}

func newImmutableRole(scope constructs.Construct, id string, role IRole, addGrantsToResources bool) *immutableRole {
	r := &immutableRole{role: role, addGrantsToResources: addGrantsToResources}
	r.Resource = awscdk.NewResource(scope, str(id), &awscdk.ResourceProps{Account: role.Env().Account, Region: role.Env().Region})
	host.Set(r.Resource, r)
	if dc := role.Node().DefaultChild(); dc != nil {
		r.Node().SetDefaultChild(dc)
	}
	return r
}

func (r *immutableRole) Stack() awscdk.Stack                      { return r.role.Stack() }
func (r *immutableRole) RoleArn() *string                         { return r.role.RoleArn() }
func (r *immutableRole) RoleName() *string                        { return r.role.RoleName() }
func (r *immutableRole) RoleRef() *interfacesawsiam.RoleReference { return r.role.RoleRef() }
func (r *immutableRole) GrantPrincipal() IPrincipal               { return r }
func (r *immutableRole) PrincipalAccount() *string                { return r.role.PrincipalAccount() }
func (r *immutableRole) AssumeRoleAction() *string                { return r.role.AssumeRoleAction() }
func (r *immutableRole) PolicyFragment() PrincipalPolicyFragment  { return r.role.PolicyFragment() }
func (r *immutableRole) AttachInlinePolicy(Policy)                {}
func (r *immutableRole) AddManagedPolicy(IManagedPolicy)          {}
func (r *immutableRole) AddToPolicy(statement PolicyStatement) *bool {
	return r.AddToPrincipalPolicy(statement).StatementAdded
}
func (r *immutableRole) AddToPrincipalPolicy(PolicyStatement) *AddToPrincipalPolicyResult {
	b := !r.addGrantsToResources
	return &AddToPrincipalPolicyResult{StatementAdded: &b, PolicyDependable: constructs.NewDependencyGroup()}
}
func (r *immutableRole) Grant(grantee IPrincipal, actions ...*string) Grant {
	return r.role.Grant(grantee, actions...)
}
func (r *immutableRole) GrantPassRole(grantee IPrincipal) Grant { return r.role.GrantPassRole(grantee) }
func (r *immutableRole) GrantAssumeRole(grantee IPrincipal) Grant {
	return r.role.GrantAssumeRole(grantee)
}
func (r *immutableRole) DependencyRoots() *[]constructs.IConstruct {
	return &[]constructs.IConstruct{r.role}
}
