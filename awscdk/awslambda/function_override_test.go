package awslambda_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// externalFunction is a program's own function type, written as an
// aws-cdk-go user writes one: it embeds FunctionBase, is initialised by
// NewFunctionBase_Override and defines FunctionBase's abstract members.
type externalFunction struct {
	awslambda.FunctionBase
	arn, name string
	role      awsiam.IRole
	canCreate bool
}

func newExternalFunction(scope constructs.Construct, id string, props *awscdk.ResourceProps, name string, role awsiam.IRole, canCreate bool) *externalFunction {
	f := &externalFunction{}
	awslambda.NewFunctionBase_Override(f, scope, jsii.String(id), props)
	f.arn = *awscdk.Stack_Of(f).FormatArn(&awscdk.ArnComponents{Service: jsii.String("lambda"), Resource: jsii.String("function"),
		ResourceName: jsii.String(name), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
	f.name, f.role, f.canCreate = name, role, canCreate
	return f
}

func (f *externalFunction) FunctionArn() *string  { return jsii.String(f.arn) }
func (f *externalFunction) FunctionName() *string { return jsii.String(f.name) }
func (f *externalFunction) Role() awsiam.IRole    { return f.role }
func (f *externalFunction) GrantPrincipal() awsiam.IPrincipal {
	if f.role == nil {
		return awsiam.NewAccountRootPrincipal()
	}
	return f.role
}
func (f *externalFunction) CanCreatePermissions() *bool      { return jsii.Bool(f.canCreate) }
func (f *externalFunction) PermissionsNode() constructs.Node { return f.Node() }
func (f *externalFunction) Architecture() awslambda.Architecture {
	return awslambda.Architecture_ARM_64()
}
func (f *externalFunction) ResourceArnsForGrantInvoke() *[]*string {
	return &[]*string{jsii.String(f.arn), jsii.String(f.arn + ":*")}
}

// liveAlias is a program's own alias type: it embeds
// QualifiedFunctionBase, is initialised by NewQualifiedFunctionBase_Override
// and defines the abstract members, Lambda and Qualifier included.
type liveAlias struct {
	awslambda.QualifiedFunctionBase
	fn        awslambda.IFunction
	aliasName string
}

func newLiveAlias(scope constructs.Construct, id string, fn awslambda.IFunction, aliasName string) *liveAlias {
	a := &liveAlias{fn: fn, aliasName: aliasName}
	awslambda.NewQualifiedFunctionBase_Override(a, scope, jsii.String(id), nil)
	return a
}

func (a *liveAlias) Lambda() awslambda.IFunction { return a.fn }
func (a *liveAlias) Qualifier() *string          { return jsii.String(a.aliasName) }
func (a *liveAlias) FunctionName() *string {
	return jsii.String(*a.fn.FunctionName() + ":" + a.aliasName)
}
func (a *liveAlias) FunctionArn() *string {
	return jsii.String(*a.fn.FunctionArn() + ":" + a.aliasName)
}
func (a *liveAlias) Role() awsiam.IRole                   { return a.fn.Role() }
func (a *liveAlias) GrantPrincipal() awsiam.IPrincipal    { return a.fn.GrantPrincipal() }
func (a *liveAlias) CanCreatePermissions() *bool          { return jsii.Bool(true) }
func (a *liveAlias) Architecture() awslambda.Architecture { return a.fn.Architecture() }

func roleOverride(s awscdk.Stack) awsiam.Role {
	return awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
}

func callerOverride(s awscdk.Stack) awsiam.Role {
	return awsiam.NewRole(s, jsii.String("Caller"), &awsiam.RoleProps{AssumedBy: awsiam.NewAccountRootPrincipal()})
}

func outOverride(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

// The Go twins of the stacks in testdata/override/twins.js.
var overrideCases = map[string]func(s awscdk.Stack){
	"OverrideFunction": func(s awscdk.Stack) {
		fn := newExternalFunction(s, "Ext", &awscdk.ResourceProps{PhysicalName: jsii.String("worker")}, "worker", roleOverride(s), true)
		c := callerOverride(s)
		fn.GrantInvoke(c)
		fn.GrantInvoke(awsiam.NewServicePrincipal(jsii.String("events.amazonaws.com"), nil))
		fn.GrantInvokeLatestVersion(c)
		fn.GrantInvokeUrl(c)
		fn.AddPermission(jsii.String("FromS3"), &awslambda.Permission{Principal: awsiam.NewServicePrincipal(jsii.String("s3.amazonaws.com"), nil), SourceAccount: jsii.String("111111111111")})
		fn.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("arn:aws:s3:::data/*")}))
		fn.AddEventSourceMapping(jsii.String("Jobs"), &awslambda.EventSourceMappingOptions{EventSourceArn: jsii.String("arn:aws:sqs:eu-west-1:111111111111:jobs"), BatchSize: jsii.Number(5)})
		fn.AddFunctionUrl(&awslambda.FunctionUrlOptions{AuthType: awslambda.FunctionUrlAuthType_AWS_IAM})
		fn.ConfigureAsyncInvoke(&awslambda.EventInvokeConfigOptions{RetryAttempts: jsii.Number(1), MaxEventAge: awscdk.Duration_Minutes(jsii.Number(5))})
		awscloudwatch.NewAlarm(s, jsii.String("Errors"), &awscloudwatch.AlarmProps{Metric: fn.MetricErrors(nil), Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		outOverride(s, "Arn", fn.FunctionRef().FunctionArn)
		outOverride(s, "Name", fn.FunctionRef().FunctionName)
		outOverride(s, "Latest", fn.LatestVersion().FunctionArn())
		outOverride(s, "Vpc", jsii.String(fmt.Sprint(*fn.IsBoundToVpc())))
	},
	"OverrideFunctionNoPermissions": func(s awscdk.Stack) {
		fn := newExternalFunction(s, "Ext", nil, "elsewhere", nil, false)
		fn.AddPermission(jsii.String("Ignored"), &awslambda.Permission{Principal: awsiam.NewServicePrincipal(jsii.String("sns.amazonaws.com"), nil)})
		fn.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("*")}))
		fn.GrantInvoke(callerOverride(s))
		outOverride(s, "Children", jsii.String(fmt.Sprint(len(*fn.Node().Children()))))
	},
	"OverrideAlias": func(s awscdk.Stack) {
		fn := newExternalFunction(s, "Ext", nil, "worker", roleOverride(s), true)
		live := newLiveAlias(s, "Live", fn, "live")
		c := callerOverride(s)
		live.GrantInvoke(c)
		live.GrantInvoke(awsiam.NewServicePrincipal(jsii.String("events.amazonaws.com"), nil))
		live.AddPermission(jsii.String("FromSns"), &awslambda.Permission{Principal: awsiam.NewServicePrincipal(jsii.String("sns.amazonaws.com"), nil)})
		live.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("sqs:SendMessage"), Resources: jsii.Strings("*")}))
		live.ConfigureAsyncInvoke(&awslambda.EventInvokeConfigOptions{RetryAttempts: jsii.Number(0)})
		awscloudwatch.NewAlarm(s, jsii.String("Throttles"), &awscloudwatch.AlarmProps{Metric: live.MetricThrottles(nil), Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
		outOverride(s, "Arn", live.FunctionRef().FunctionArn)
		outOverride(s, "Latest", live.LatestVersion().FunctionArn())
		outOverride(s, "GrantArns", awscdk.Fn_Join(jsii.String(","), live.ResourceArnsForGrantInvoke()))
	},
}

func TestFunctionBaseOverride(t *testing.T) {
	golden.CheckTemplatesIn(t, "testdata/override", overrideCases)
}

// The tree hands out the program's object for the node, as aws-cdk-go does.
func TestFunctionBaseOverrideIsTheTreesObject(t *testing.T) {
	s := awscdk.NewStack(awscdk.NewApp(nil), jsii.String("S"), nil)
	fn := newExternalFunction(s, "Ext", nil, "f", nil, true)
	live := newLiveAlias(s, "Live", fn, "live")
	if s.Node().FindChild(jsii.String("Ext")) != constructs.IConstruct(fn) || s.Node().FindChild(jsii.String("Live")) != constructs.IConstruct(live) {
		t.Fatal("FindChild must return the program's objects")
	}
}

// A value that cannot be the subclass is a user error naming the construct
// path, not a Go panic trace; a type that leaves abstract members out reads
// them as undefined instead of recursing.
func TestFunctionBaseOverrideBadInput(t *testing.T) {
	s0 := awscdk.NewStack(awscdk.NewApp(nil), jsii.String("X"), nil)
	for name, build := range map[string]func(s awscdk.Stack){
		"nil function": func(s awscdk.Stack) { awslambda.NewFunctionBase_Override(nil, s, jsii.String("Ext"), nil) },
		"typed nil function": func(s awscdk.Stack) {
			awslambda.NewFunctionBase_Override((*externalFunction)(nil), s, jsii.String("Ext"), nil)
		},
		"not embedded": func(s awscdk.Stack) {
			awslambda.NewFunctionBase_Override(awslambda.Function_FromFunctionArn(s0, jsii.String("F"), jsii.String("arn:aws:lambda:us-east-1:111111111111:function:f")).(awslambda.FunctionBase), s, jsii.String("Ext"), nil)
		},
		"nil alias": func(s awscdk.Stack) { awslambda.NewQualifiedFunctionBase_Override(nil, s, jsii.String("Ext"), nil) },
		"typed nil alias": func(s awscdk.Stack) {
			awslambda.NewQualifiedFunctionBase_Override((*liveAlias)(nil), s, jsii.String("Ext"), nil)
		},
	} {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			if err == nil || !strings.Contains(err.Error(), "[S/Ext] New") || !strings.Contains(err.Error(), "Base_Override: ") {
				t.Fatalf("error = %v", err)
			}
		})
	}
	s := awscdk.NewStack(awscdk.NewApp(nil), jsii.String("S"), nil)
	type bare struct{ awslambda.FunctionBase }
	b := &bare{}
	awslambda.NewFunctionBase_Override(b, s, jsii.String("Bare"), nil)
	b.AddToRolePolicy(awsiam.NewPolicyStatement(nil))
	if b.FunctionArn() != nil || b.Role() != nil || *b.CanCreatePermissions() {
		t.Fatal("undefined abstract members must read as undefined")
	}
	type bareAlias struct {
		awslambda.QualifiedFunctionBase
	}
	a := &bareAlias{}
	awslambda.NewQualifiedFunctionBase_Override(a, s, jsii.String("BareAlias"), nil)
	if a.Lambda() != nil || a.Qualifier() != nil || a.TenancyConfig() != nil || a.LatestVersion() != nil {
		t.Fatal("undefined abstract members must read as undefined")
	}
}
