package awslambda

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// NewFunctionBase_Override initialises f, a program's own function type
// that embeds FunctionBase (aws-cdk-lib's `class X extends FunctionBase`).
// The type defines the abstract members itself: FunctionArn, FunctionName,
// Role, GrantPrincipal, CanCreatePermissions, PermissionsNode,
// ResourceArnsForGrantInvoke, Architecture and TenancyConfig.
// FunctionBase's methods (grants and permissions, AddToRolePolicy, event
// sources, URLs, async invocation, metrics) read them from f; a member f
// leaves out reads as aws-cdk-lib's undefined (nil, false).
func NewFunctionBase_Override(f FunctionBase, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	b := &functionBase{}
	b.Resource = awscdk.NewResource(scope, id, props)
	b.undefinedAbstracts()
	l2.OverrideAbstract(f, FunctionBase(b))
	b.initBase(f)
}

// undefinedAbstracts makes the base's own answers to the abstract members
// JavaScript's undefined, for a program's subclass that does not define
// them (the base must not compute them from its own, empty, state).
func (f *functionBase) undefinedAbstracts() {
	undefined := func() *string { return nil }
	f.arn, f.name = undefined, undefined
	f.grantInvokeArns = func() []*string { return nil }
}

// NewQualifiedFunctionBase_Override initialises q, a program's own
// version or alias type that embeds QualifiedFunctionBase (aws-cdk-lib's
// `class X extends QualifiedFunctionBase`). Besides FunctionBase's abstract
// members the type defines Lambda (the function qualified) and Qualifier;
// the base answers LatestVersion and TenancyConfig from q's Lambda,
// grants invoke on q's FunctionArn alone, and configures asynchronous
// invocation on q's Lambda with q's Qualifier.
func NewQualifiedFunctionBase_Override(q QualifiedFunctionBase, scope constructs.Construct, id *string, props *awscdk.ResourceProps) {
	b := &qualifiedFunctionBase{outer: q}
	b.Resource = awscdk.NewResource(scope, id, props)
	b.undefinedAbstracts()
	b.grantInvokeArns = nil // qualified: [FunctionArn]
	b.qualified = true
	b.latestOf = func() IVersion {
		if l := q.Lambda(); l != nil {
			return l.LatestVersion()
		}
		return nil
	}
	l2.OverrideAbstract(q, QualifiedFunctionBase(b))
	b.initBase(q)
}

// qualifiedFunctionBase is the base a program's QualifiedFunctionBase
// subclass embeds; outer is that subclass.
type qualifiedFunctionBase struct {
	functionBase
	outer QualifiedFunctionBase
}

// Lambda and Qualifier are abstract: undefined unless the subclass defines them.
func (q *qualifiedFunctionBase) Lambda() IFunction  { return nil }
func (q *qualifiedFunctionBase) Qualifier() *string { return nil }

// PermissionsNode is the qualified function's own node, as in aws-cdk-lib.
func (q *qualifiedFunctionBase) PermissionsNode() constructs.Node { return q.Node() }

// TenancyConfig is the qualified function's.
func (q *qualifiedFunctionBase) TenancyConfig() TenancyConfig {
	if l := q.outer.Lambda(); l != nil {
		return l.TenancyConfig()
	}
	return nil
}

// ConfigureAsyncInvoke configures asynchronous invocation of the function
// for this qualifier (once).
func (q *qualifiedFunctionBase) ConfigureAsyncInvoke(options *EventInvokeConfigOptions) {
	if options == nil {
		options = &EventInvokeConfigOptions{}
	}
	if q.Node().TryFindChild(jsii.String("EventInvokeConfig")) != nil {
		throw(q, "An EventInvokeConfig has already been configured for the qualified function at %s", *q.Node().Path())
	}
	NewEventInvokeConfig(q.Resource, jsii.String("EventInvokeConfig"), &EventInvokeConfigProps{
		Function: q.outer.Lambda(), Qualifier: q.outer.Qualifier(), MaxEventAge: options.MaxEventAge,
		OnFailure: options.OnFailure, OnSuccess: options.OnSuccess, RetryAttempts: options.RetryAttempts,
	})
}

// canCreatePermissions is CanCreatePermissions as the outer object (a
// program's subclass, or one of this package's functions) answers it.
func (f *functionBase) canCreatePermissions() bool {
	if o, ok := f.self.(interface{ CanCreatePermissions() *bool }); ok {
		v := o.CanCreatePermissions()
		return v != nil && *v
	}
	return f.canCreate
}

// executionRole is the outer object's Role, nil when it has none.
func (f *functionBase) executionRole() awsiam.IRole {
	r := f.self.Role()
	if r == nil || isNil(r) {
		return nil
	}
	return r
}
