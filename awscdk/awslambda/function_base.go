package awslambda

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// FunctionUrlAuthType is how callers of a function URL authenticate.
type FunctionUrlAuthType string

const (
	FunctionUrlAuthType_AWS_IAM FunctionUrlAuthType = "AWS_IAM"
	FunctionUrlAuthType_NONE    FunctionUrlAuthType = "NONE"
)

// Permission is a statement of a function's resource policy (AWS::Lambda::Permission).
type Permission struct {
	// Who may invoke: an account, ARN, service or organization principal.
	Principal awsiam.IPrincipal `field:"required" json:"principal" yaml:"principal"`
	// Default: lambda:InvokeFunction.
	Action                *string             `field:"optional" json:"action" yaml:"action"`
	EventSourceToken      *string             `field:"optional" json:"eventSourceToken" yaml:"eventSourceToken"`
	FunctionUrlAuthType   FunctionUrlAuthType `field:"optional" json:"functionUrlAuthType" yaml:"functionUrlAuthType"`
	InvokedViaFunctionUrl *bool               `field:"optional" json:"invokedViaFunctionUrl" yaml:"invokedViaFunctionUrl"`
	OrganizationId        *string             `field:"optional" json:"organizationId" yaml:"organizationId"`
	// The construct the permission goes under. Default: the function.
	Scope         constructs.Construct `field:"optional" json:"scope" yaml:"scope"`
	SourceAccount *string              `field:"optional" json:"sourceAccount" yaml:"sourceAccount"`
	SourceArn     *string              `field:"optional" json:"sourceArn" yaml:"sourceArn"`
}

// IEventSource is something that triggers a function (awslambdaeventsources).
type IEventSource interface {
	Bind(target IFunction)
}

// IFunction is a Lambda function, defined in this app or imported.
type IFunction interface {
	awscdk.IResource
	awsec2.IConnectable
	awsiam.IGrantable
	interfacesawslambda.IFunctionRef
	Architecture() Architecture
	FunctionArn() *string
	FunctionName() *string
	IsBoundToVpc() *bool
	// LatestVersion is the $LATEST version of the function.
	LatestVersion() IVersion
	// PermissionsNode is the node permissions are added under.
	PermissionsNode() constructs.Node
	ResourceArnsForGrantInvoke() *[]*string
	Role() awsiam.IRole
	AddEventSource(source IEventSource)
	// AddEventSourceMapping maps an event source (a queue, a stream) to the function.
	AddEventSourceMapping(id *string, options *EventSourceMappingOptions) EventSourceMapping
	// AddFunctionUrl gives the function an HTTPS endpoint.
	AddFunctionUrl(options *FunctionUrlOptions) FunctionUrl
	// GrantInvokeUrl lets grantee call the function's URL.
	GrantInvokeUrl(identity awsiam.IGrantable) awsiam.Grant
	// AddPermission adds a statement to the function's resource policy.
	AddPermission(id *string, permission *Permission)
	// AddToRolePolicy adds a statement to the function's execution role.
	AddToRolePolicy(statement awsiam.PolicyStatement)
	GrantInvoke(identity awsiam.IGrantable) awsiam.Grant
	GrantInvokeCompositePrincipal(compositePrincipal awsiam.CompositePrincipal) *[]awsiam.Grant
	GrantInvokeLatestVersion(identity awsiam.IGrantable) awsiam.Grant
	GrantInvokeVersion(identity awsiam.IGrantable, version IVersion) awsiam.Grant
	// ConfigureAsyncInvoke configures asynchronous invocation (retries,
	// event age, destinations).
	ConfigureAsyncInvoke(options *EventInvokeConfigOptions)
	// Metric is a metric of the function in the AWS/Lambda namespace.
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricDuration(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricErrors(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricInvocations(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricThrottles(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	// TenancyConfig is the function's tenant isolation mode, if any.
	TenancyConfig() TenancyConfig
}

// FunctionBase is what functions, versions, aliases and imports share.
type FunctionBase interface {
	awscdk.Resource
	IFunction
	CanCreatePermissions() *bool
	// ConsiderWarningOnInvokeFunctionPermissions warns about permissions
	// that do not cover a function's versions.
	ConsiderWarningOnInvokeFunctionPermissions(scope constructs.Construct, action *string)
	WarnInvokeFunctionPermissions(scope constructs.Construct)
}

// functionBase implements FunctionBase over the core Resource. self is the
// outer object; the func fields let each kind answer its own way.
type functionBase struct {
	awscdk.Resource
	self                   IFunction
	arn, name              func() *string
	role                   awsiam.IRole
	grantPrincipal         awsiam.IPrincipal
	arch                   Architecture
	canCreate              bool
	skipPermissions        bool
	qualified              bool
	grantInvokeArns        func() []*string
	functionNode           func() constructs.Node
	latest                 IVersion
	latestOf               func() IVersion
	warnIfCurrentVersion   bool
	invocationGrants       map[string]awsiam.Grant
	policyCounter          int
	addedLiteralStatements bool
	addedTokenStatements   bool
	connections            awsec2.Connections
	tenancy                TenancyConfig
	// qualifier and qualifiedLambda are set for versions and aliases.
	qualifier       func() *string
	qualifiedLambda IFunction
	// metricDims are the dimensions of the function's metrics (aliases
	// name their resource too).
	metricDims func() map[string]*string
}

func (f *functionBase) initBase(self IFunction) {
	f.self = self
	f.invocationGrants = map[string]awsiam.Grant{}
	if f.functionNode == nil {
		f.functionNode = f.Node
	}
}

func (f *functionBase) FunctionArn() *string              { return f.arn() }
func (f *functionBase) FunctionName() *string             { return f.name() }
func (f *functionBase) Role() awsiam.IRole                { return f.role }
func (f *functionBase) GrantPrincipal() awsiam.IPrincipal { return f.grantPrincipal }
func (f *functionBase) CanCreatePermissions() *bool       { return jsii.Bool(f.canCreate) }
func (f *functionBase) PermissionsNode() constructs.Node  { return f.Node() }

func (f *functionBase) Architecture() Architecture {
	if f.arch == nil {
		return Architecture_X86_64()
	}
	return f.arch
}

// FunctionRef is the function's reference (name and ARN).
func (f *functionBase) FunctionRef() *interfacesawslambda.FunctionReference {
	return &interfacesawslambda.FunctionReference{FunctionName: f.self.FunctionName(), FunctionArn: f.self.FunctionArn()}
}

func (f *functionBase) ResourceArnsForGrantInvoke() *[]*string {
	if f.grantInvokeArns != nil {
		l := f.grantInvokeArns()
		return &l
	}
	if f.qualified {
		return &[]*string{f.self.FunctionArn()}
	}
	arn := f.self.FunctionArn()
	return &[]*string{arn, jsii.String(*arn + ":*")}
}

func (f *functionBase) LatestVersion() IVersion {
	if f.latestOf != nil {
		return f.latestOf()
	}
	if f.latest == nil {
		f.latest = newLatestVersion(f.Resource, f.self)
	}
	return f.latest
}

// AddEventSource binds source to the function. Functions with a tenant
// isolation mode take only API event sources, as in aws-cdk-lib.
func (f *functionBase) AddEventSource(source IEventSource) {
	if isolated(f.self.TenancyConfig()) {
		if name := sourceClassName(source); name != "ApiEventSource" {
			throw(f, "Event source %s is not supported for functions with tenant isolation mode", name)
		}
	}
	source.Bind(f.self)
}

// sourceClassName is the aws-cdk-lib class name of source: its Go type's
// name with a capital first letter.
func sourceClassName(source IEventSource) string {
	t := reflect.TypeOf(source)
	for t != nil && t.Kind() == reflect.Ptr {
		t = t.Elem()
	}
	if t == nil || t.Name() == "" {
		return "EventSource"
	}
	n := t.Name()
	return strings.ToUpper(n[:1]) + n[1:]
}

func (f *functionBase) ConsiderWarningOnInvokeFunctionPermissions(scope constructs.Construct, action *string) {
	if f.qualified {
		return
	}
	switch deref(action) {
	case "lambda:InvokeFunction", "lambda:*", "lambda:Invoke*":
		if scope.Node().TryFindChild(jsii.String("CurrentVersion")) != nil {
			f.WarnInvokeFunctionPermissions(scope)
		} else {
			f.warnIfCurrentVersion = true
		}
	}
}

func (f *functionBase) WarnInvokeFunctionPermissions(scope constructs.Construct) {
	awscdk.Annotations_Of(scope).AddWarningV2(jsii.String("@aws-cdk/aws-lambda:addPermissionsToVersionOrAlias"), jsii.String(strings.Join([]string{
		"AWS Lambda has changed their authorization strategy, which may cause client invocations using the 'Qualifier' parameter of the lambda function to fail with Access Denied errors.",
		"If you are using a lambda Version or Alias, make sure to call 'grantInvoke' or 'addPermission' on the Version or Alias, not the underlying Function",
		"See: https://github.com/aws/aws-cdk/issues/19273",
	}, "\n")))
}

// AddPermission adds an AWS::Lambda::Permission for the function.
func (f *functionBase) AddPermission(id *string, permission *Permission) {
	if !f.canCreatePermissions() {
		if !f.skipPermissions {
			stack := awscdk.Stack_Of(f)
			awscdk.Annotations_Of(f).AddWarningV2(jsii.String("UnclearLambdaEnvironment"), jsii.String(fmt.Sprintf(
				"addPermission() has no effect on a Lambda Function with region=%s, account=%s, in a Stack with region=%s, account=%s. Suppress this warning if this is intentional, or pass sameEnvironment=true to fromFunctionAttributes() if you would like to add the permissions.",
				deref(f.Env().Region), deref(f.Env().Account), deref(stack.Region()), deref(stack.Account()))))
		}
		return
	}
	principal := f.parsePermissionPrincipal(permission.Principal)
	sourceArn, sourceAccount, orgID := f.validateConditionCombinations(permission.Principal)
	action := permission.Action
	if action == nil {
		action = jsii.String("lambda:InvokeFunction")
	}
	var scope constructs.Construct = f.Resource
	if permission.Scope != nil {
		scope = permission.Scope
	}
	f.ConsiderWarningOnInvokeFunctionPermissions(scope, action)
	props := &CfnPermissionProps{
		Action:           action,
		Principal:        principal,
		FunctionName:     f.self.FunctionArn(),
		EventSourceToken: permission.EventSourceToken,
		SourceAccount:    firstString(permission.SourceAccount, sourceAccount),
		PrincipalOrgId:   firstString(permission.OrganizationId, orgID),
	}
	if a := firstString(permission.SourceArn, sourceArn); a != nil {
		props.SourceArn = a
	}
	if permission.FunctionUrlAuthType != "" {
		props.FunctionUrlAuthType = jsii.String(string(permission.FunctionUrlAuthType))
	}
	if permission.InvokedViaFunctionUrl != nil {
		props.InvokedViaFunctionUrl = *permission.InvokedViaFunctionUrl
	}
	NewCfnPermission(scope, id, props)
}

func firstString(a, b *string) *string {
	if a != nil {
		return a
	}
	return b
}

// parsePermissionPrincipal is the Principal of a permission: an account id,
// a service, an ARN, or "*" for an organization.
func (f *functionBase) parsePermissionPrincipal(p awsiam.IPrincipal) *string {
	switch x := p.(type) {
	case awsiam.AccountPrincipal:
		return accountIDString(x.AccountId())
	case awsiam.ServicePrincipal:
		return x.Service()
	case awsiam.ArnPrincipal:
		return x.Arn()
	}
	frag := p.PolicyFragment()
	conds := map[string]interface{}{}
	if frag.Conditions() != nil {
		conds = *frag.Conditions()
	}
	json := map[string]*[]*string{}
	if frag.PrincipalJson() != nil {
		json = *frag.PrincipalJson()
	}
	// A principal with conditions wraps another principal: aws-cdk-lib
	// unwraps it. Its fragment names the wrapped principal.
	if _, wrapped := p.(awsiam.PrincipalWithConditions); wrapped {
		if s := json["Service"]; s != nil && len(*s) == 1 {
			return (*s)[0]
		}
		if a := json["AWS"]; a != nil && len(*a) == 1 {
			if strings.HasPrefix(deref(p.(interface{ ToString() *string }).ToString()), "AccountPrincipal(") && p.PrincipalAccount() != nil {
				return p.PrincipalAccount()
			}
			return (*a)[0]
		}
	}
	if len(conds) == 1 {
		if se := asMap(conds["StringEquals"]); len(se) == 1 {
			if _, ok := se["aws:PrincipalOrgID"]; ok {
				return jsii.String("*")
			}
		}
	}
	if len(conds) == 0 {
		if a := json["AWS"]; a != nil && len(*a) == 1 {
			return (*a)[0]
		}
	}
	name := "principal"
	if s, ok := p.(interface{ ToString() *string }); ok {
		name = deref(s.ToString())
		if i := strings.Index(name, "("); i > 0 {
			name = name[:i] // the class name, as aws-cdk-lib's message shows
		}
	}
	throw(f, "Invalid principal type for Lambda permission statement: %s. Supported: AccountPrincipal, ArnPrincipal, ServicePrincipal, OrganizationPrincipal", name)
	return nil
}

func accountIDString(id interface{}) *string {
	switch v := id.(type) {
	case *string:
		return v
	case string:
		return &v
	}
	return jsii.String(fmt.Sprint(id))
}

// validateConditionCombinations reads the conditions a permission supports
// (source ARN, source account, organization) from a conditional principal.
func (f *functionBase) validateConditionCombinations(p awsiam.IPrincipal) (sourceArn, sourceAccount, orgID *string) {
	frag := p.PolicyFragment()
	if frag.Conditions() == nil || len(*frag.Conditions()) == 0 {
		return nil, nil, nil
	}
	conds := *frag.Conditions()
	type pair struct{ Operator, Key string }
	supported := []pair{{"ArnLike", "aws:SourceArn"}, {"StringEquals", "aws:SourceAccount"}, {"StringEquals", "aws:PrincipalOrgID"}}
	var unsupported []pair
	ops := make([]string, 0, len(conds))
	for op := range conds {
		ops = append(ops, op)
	}
	sort.Strings(ops)
	for _, op := range ops {
		m := asMap(conds[op])
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			ok := false
			for _, s := range supported {
				if s.Operator == op && s.Key == k {
					ok = true
				}
			}
			if !ok {
				unsupported = append(unsupported, pair{op, k})
			}
		}
	}
	if len(unsupported) > 0 {
		throw(f, "PrincipalWithConditions had unsupported conditions for Lambda permission statement: %s. Supported operator/condition pairs: %s",
			jsonLower(unsupported), jsonLower(supported))
	}
	str := func(op, key string) *string {
		switch v := asMap(conds[op])[key].(type) {
		case string:
			if v != "" {
				return &v
			}
		case *string:
			if v != nil && *v != "" {
				return v
			}
		}
		return nil
	}
	sourceArn, sourceAccount, orgID = str("ArnLike", "aws:SourceArn"), str("StringEquals", "aws:SourceAccount"), str("StringEquals", "aws:PrincipalOrgID")
	if orgID != nil && (sourceArn != nil || sourceAccount != nil) {
		throw(f, "PrincipalWithConditions had unsupported condition combinations for Lambda permission statement: principalOrgID cannot be set with other conditions.")
	}
	return
}

// jsonLower renders operator/key pairs as aws-cdk-lib's message does.
func jsonLower(pairs interface{}) string {
	b, _ := json.Marshal(pairs)
	s := strings.ReplaceAll(string(b), `"Operator":`, `"operator":`)
	return strings.ReplaceAll(s, `"Key":`, `"key":`)
}

// AddToRolePolicy adds statement to the execution role's default policy,
// or to a new inline policy when statements with and without list tokens
// would otherwise be merged (or the createNewPoliciesWithAddToRolePolicy
// flag is on).
func (f *functionBase) AddToRolePolicy(statement awsiam.PolicyStatement) {
	role := f.executionRole()
	if role == nil {
		return
	}
	useNew := *awscdk.FeatureFlags_Of(f).IsEnabled(jsii.String("@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy"))
	hasTokens := statement.Resources() != nil && isUnresolved(statement.Resources())
	conflict := (hasTokens && f.addedLiteralStatements) || (!hasTokens && f.addedTokenStatements)
	if useNew || conflict {
		policy := awsiam.NewPolicy(f.Resource, jsii.String(fmt.Sprintf("inlinePolicyAddedToExecutionRole-%d", f.policyCounter)),
			&awsiam.PolicyProps{Statements: &[]awsiam.PolicyStatement{statement}})
		f.policyCounter++
		role.AttachInlinePolicy(policy)
		return
	}
	role.AddToPrincipalPolicy(statement)
	if hasTokens {
		f.addedTokenStatements = true
	} else {
		f.addedLiteralStatements = true
	}
}

// invokeIdentifier is the id of the permission a grant creates, as
// aws-cdk-lib computes it: a hash of the principal and its conditions.
func invokeIdentifier(prefix string, grantee awsiam.IGrantable, version *string) string {
	p := grantee.GrantPrincipal()
	name := ""
	if s, ok := p.(interface{ ToString() *string }); ok {
		name = deref(s.ToString())
	}
	var b bytes.Buffer
	b.WriteString(`{"principal":`)
	writeJSON(&b, name)
	b.WriteString(`,"conditions":`)
	conds := map[string]interface{}{}
	if c := p.PolicyFragment().Conditions(); c != nil {
		conds = *c
	}
	writeJSON(&b, conds)
	if version != nil {
		b.WriteString(`,"version":`)
		writeJSON(&b, *version)
	}
	b.WriteString("}")
	sum := sha256.Sum256(b.Bytes())
	return prefix + base64.StdEncoding.EncodeToString(sum[:])
}

// writeJSON writes v as JavaScript's JSON.stringify would.
func writeJSON(b *bytes.Buffer, v interface{}) {
	out, err := ojson.Marshal(v, "")
	if err != nil {
		out = []byte("null")
	}
	b.Write(out)
}

// asMap reads a condition block, whichever map type holds it.
func asMap(v interface{}) map[string]interface{} {
	switch m := v.(type) {
	case map[string]interface{}:
		return m
	case *map[string]interface{}:
		if m != nil {
			return *m
		}
	case *ojson.Object:
		out := map[string]interface{}{}
		if m != nil {
			for _, k := range m.Keys() {
				out[k], _ = m.Get(k)
			}
		}
		return out
	}
	return nil
}

// GrantInvoke lets grantee invoke the function (and its versions).
func (f *functionBase) GrantInvoke(grantee awsiam.IGrantable) awsiam.Grant {
	id := invokeIdentifier("Invoke", grantee, nil)
	if g, ok := f.invocationGrants[id]; ok {
		return g
	}
	g := f.grant(grantee, id, "lambda:InvokeFunction", *f.self.ResourceArnsForGrantInvoke())
	f.invocationGrants[id] = g
	return g
}

func (f *functionBase) GrantInvokeLatestVersion(grantee awsiam.IGrantable) awsiam.Grant {
	return f.GrantInvokeVersion(grantee, f.self.LatestVersion())
}

func (f *functionBase) GrantInvokeVersion(grantee awsiam.IGrantable, version IVersion) awsiam.Grant {
	id := invokeIdentifier("Invoke", grantee, version.Version())
	if g, ok := f.invocationGrants[id]; ok {
		return g
	}
	arns := []*string{jsii.String(*f.self.FunctionArn() + ":" + *version.Version())}
	if version == f.self.LatestVersion() {
		arns = append(arns, f.self.FunctionArn())
	}
	g := f.grant(grantee, id, "lambda:InvokeFunction", arns)
	f.invocationGrants[id] = g
	return g
}

func (f *functionBase) GrantInvokeCompositePrincipal(cp awsiam.CompositePrincipal) *[]awsiam.Grant {
	var out []awsiam.Grant
	for _, p := range *cp.Principals() {
		out = append(out, f.GrantInvoke(p))
	}
	return &out
}

// grant grants action on the identity policy, or adds a permission to the
// function when the grantee is in another account.
func (f *functionBase) grant(grantee awsiam.IGrantable, id, action string, arns []*string) awsiam.Grant {
	return awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
		Grantee:      grantee,
		Actions:      &[]*string{jsii.String(action)},
		ResourceArns: &arns,
		Resource:     &permissionResource{f: f, id: id, grantee: grantee, action: action},
	})
}

// permissionResource is the resource policy holder grants see: adding a
// statement adds a Lambda permission.
type permissionResource struct {
	f         *functionBase
	id        string
	grantee   awsiam.IGrantable
	action    string
	overrides *Permission
}

func (r *permissionResource) Env() *interfaces.ResourceEnvironment { return r.f.Env() }

func (r *permissionResource) AddToResourcePolicy(awsiam.PolicyStatement) *awsiam.AddToResourcePolicyResult {
	p := &Permission{Principal: r.grantee.GrantPrincipal(), Action: jsii.String(r.action)}
	if o := r.overrides; o != nil {
		p.FunctionUrlAuthType, p.InvokedViaFunctionUrl = o.FunctionUrlAuthType, o.InvokedViaFunctionUrl
	}
	r.f.self.AddPermission(jsii.String(r.id), p)
	node := r.f.functionNode().TryFindChild(jsii.String(r.id))
	if node == nil && !r.f.skipPermissions {
		throw(r.f, "Cannot modify permission to lambda function. Function is either imported or $LATEST version.\nIf the function is imported from the same account use `fromFunctionAttributes()` API with the `sameEnvironment` flag.\nIf the function is imported from a different account and already has the correct permissions use `fromFunctionAttributes()` API with the `skipPermissions` flag.")
	}
	res := &awsiam.AddToResourcePolicyResult{StatementAdded: jsii.Bool(true)}
	if node != nil {
		res.PolicyDependable = node
	}
	return res
}

// isStackAccount reports whether the function's ARN names the stack's account.
func (f *functionBase) isStackAccount() bool {
	stack := awscdk.Stack_Of(f)
	if isUnresolved(stack.Account()) || isUnresolved(f.self.FunctionArn()) {
		return false
	}
	return deref(stack.SplitArn(f.self.FunctionArn(), awscdk.ArnFormat_SLASH_RESOURCE_NAME).Account) == deref(stack.Account())
}

// unknownPrincipal is the grant principal of a function imported without
// its role: statements added to it become warnings (aws-cdk-lib's
// iam.UnknownPrincipal, which awsiam does not have).
type unknownPrincipal struct{ resource constructs.IConstruct }

func (u *unknownPrincipal) GrantPrincipal() awsiam.IPrincipal { return u }
func (u *unknownPrincipal) AssumeRoleAction() *string         { return jsii.String("sts:AssumeRole") }
func (u *unknownPrincipal) PrincipalAccount() *string         { return nil }
func (u *unknownPrincipal) ToString() *string                 { return jsii.String("UnknownPrincipal") }
func (u *unknownPrincipal) PolicyFragment() awsiam.PrincipalPolicyFragment {
	throw(u.resource, "Cannot get policy fragment of %s, resource imported without a role", *u.resource.Node().Path())
	return nil
}
func (u *unknownPrincipal) AddToPrincipalPolicy(statement awsiam.PolicyStatement) *awsiam.AddToPrincipalPolicyResult {
	repr := awscdk.Stack_Of(u.resource).ToJsonString(statement.ToStatementJson(), nil)
	awscdk.Annotations_Of(u.resource).AddWarningV2(jsii.String("@aws-cdk/aws-iam:unknownPrincipalAddStatementToRole"),
		jsii.String("Add statement to this resource's role: "+deref(repr)))
	return &awsiam.AddToPrincipalPolicyResult{StatementAdded: jsii.Bool(true), PolicyDependable: constructs.NewDependencyGroup()}
}
