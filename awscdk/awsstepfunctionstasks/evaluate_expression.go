package awsstepfunctionstasks

import (
	"encoding/json"
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/handlers/sfneval"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// EvaluateExpression evaluates a JavaScript expression in a Lambda
// function (Strata's own handler, internal/handlers/sfneval) and returns
// its value; state paths in the expression ($.a, $[0]) stand for the
// values at those paths of the state's input.
type EvaluateExpression interface {
	awsstepfunctions.TaskStateBase
}

// NewEvaluateExpression builds the task at scope/id.
func NewEvaluateExpression(scope constructs.Construct, id *string, props *EvaluateExpressionProps) EvaluateExpression {
	return newEvaluateExpression(scope, id, props)
}

// NewEvaluateExpression_Override initializes t, a Go type embedding EvaluateExpression, as the task.
func NewEvaluateExpression_Override(t EvaluateExpression, scope constructs.Construct, id *string, props *EvaluateExpressionProps) {
	l2.Override[EvaluateExpression](t, newEvaluateExpression(scope, id, props))
}

// EvaluateExpression_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func EvaluateExpression_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// EvaluateExpression_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func EvaluateExpression_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// EvaluateExpression_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func EvaluateExpression_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// EvaluateExpression_IsConstruct reports whether x is a construct.
func EvaluateExpression_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// EvaluateExpression_PrefixStates prefixes the names of the states under root.
func EvaluateExpression_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// EvaluateExpressionProps configures an EvaluateExpression task.
type EvaluateExpressionProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs            interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath         *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	// The JavaScript expression to evaluate.
	Expression *string `field:"required" json:"expression" yaml:"expression"`
	// The function's architecture; x86_64 when absent.
	Architecture awslambda.Architecture `field:"optional" json:"architecture" yaml:"architecture"`
	// The function's Node.js runtime; the latest for the stack's region when absent.
	Runtime awslambda.Runtime `field:"optional" json:"runtime" yaml:"runtime"`
}

// statePath is a state path as the expression may use one: $. or $[
// followed by names, indexes and dots.
var statePath = regexp.MustCompile(`\$[.\[][.a-zA-Z\[\]0-9\-_]+`)

const (
	dedicatedEvalFlag = "@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction"
	evalRoleID        = "EvalServiceRolef4f556a4ef7a49cd8036c5b0567376fd"
)

// evalSingletonUUIDs are the identities of the shared functions (the
// flag off), one per Node.js runtime and architecture, as aws-cdk-lib
// names them; "" is no runtime given.
var evalSingletonUUIDs = map[string][2]string{ // runtime: {x86_64, arm64}
	"nodejs24.x": {"a5c17f50-0de1-497b-8ec0-fabdc9086cc5", "1662dbae-12a4-4a04-86f0-29531a7be268"},
	"nodejs22.x": {"b64e1fb8-9c89-4f7d-8a34-2e2a1c5f6d7e", "672bfe19-76c9-448b-9584-ee75ca09edbf"},
	"nodejs20.x": {"9757c267-6d7c-45c2-af77-37a30d93d2c6", "105f0693-c082-4e9b-83f3-9007507676f0"},
	"nodejs18.x": {"078d40d3-fb4e-4d53-94a7-9c46fc11fe02", "b1565b13-7d88-4f24-ac63-f9b23c325a55"},
	"nodejs16.x": {"2a430b68-eb4b-4026-9232-ee39b71c1db8", "8fa21b46-1d7c-445d-be08-6bbea646eb37"},
	"nodejs14.x": {"da2d1181-604e-4a45-8694-1a6abd7fe42d", "cadc099b-465f-4267-afe0-e0037d263401"},
	"nodejs12.x": {"2b81e383-aad2-44db-8aaf-b4809ae0e3b4", "abcd5ad4-b1eb-48f1-bec5-41d6f5c82caa"},
	"nodejs10.x": {"a0d2ce44-871b-4e74-87a1-f5e63d7c3bdc", "886204b9-1f2d-40bd-8a7e-628543da4f93"},
	"":           {"41256dc5-4457-4273-8ed9-17bc818694e5", "be6d8ca1-9d2c-4db3-aeeb-f6f27f3f2f10"},
}

func newEvaluateExpression(scope constructs.Construct, id *string, props *EvaluateExpressionProps) EvaluateExpression {
	required(scope, id, "EvaluateExpression", props, "Expression")
	t := newTask(scope, id, props)
	expr := *props.Expression
	if !*awscdk.Token_IsUnresolved(expr) {
		plain, text := pathsInLiterals(expr)
		if len(plain) > 0 {
			throw(t, "state path(s) %s are used as literal text inside a plain string in the EvaluateExpression 'expression'; a path inside a plain string used to be resolved but is no longer resolved - use a template literal with interpolation instead, e.g. `...${%s}...`", jsonList(plain), plain[0])
		}
		if len(text) > 0 {
			throw(t, "state path(s) %s are used as literal text inside a template literal in the EvaluateExpression 'expression'; a path in template text used to be resolved but is no longer resolved - reference it via interpolation like ${%s} instead", jsonList(text), text[0])
		}
	}
	var fn awslambda.IFunction
	if *awscdk.FeatureFlags_Of(t).IsEnabled(jsii.String(dedicatedEvalFlag)) {
		fn = dedicatedEvalFunction(t, props.Runtime, props.Architecture)
	} else {
		awscdk.Annotations_Of(t).AddWarningV2(jsii.String("@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionSharedFunction"),
			jsii.String("The feature flag '"+dedicatedEvalFlag+"' is disabled, so EvaluateExpression tasks in this stack that use the same runtime and architecture share one Lambda function, including tasks in different state machines. Remove the flag or set it to true to give each task its own function."))
		fn = sharedEvalFunction(t, props.Runtime, props.Architecture)
	}
	t.policies = []awsiam.PolicyStatement{statement([]string{"lambda:InvokeFunction"}, *fn.ResourceArnsForGrantInvoke()...)}
	t.Hook.Render = func(string) interface{} {
		values := ojson.New()
		for _, p := range statePath.FindAllString(expr, -1) {
			if _, ok := values.Get(p); !ok {
				values.Set(p, *awsstepfunctions.JsonPath_StringAt(jsii.String(p)))
			}
		}
		o := ojson.New()
		o.Set("Resource", fn.FunctionArn())
		o.Set("Parameters", renderFields(obj("expression", expr, "expressionAttributeValues", values)))
		return o
	}
	return t
}

func evalCode() awslambda.Code {
	dir, err := sfneval.Dir()
	if err != nil {
		diag.Panic("", "strata: writing the code of the EvaluateExpression handler: %v", err)
	}
	return awslambda.Code_FromAsset(jsii.String(dir), nil)
}

// dedicatedEvalFunction is the task's own function, run by a role all
// of the stack's EvaluateExpression tasks share.
func dedicatedEvalFunction(t *task, rt awslambda.Runtime, arch awslambda.Architecture) awslambda.IFunction {
	if rt != nil && rt.Family() != awslambda.RuntimeFamily_NODEJS && !strings.HasPrefix(*rt.Name(), "nodejs") {
		diag.Panic("", "The runtime %s is currently not supported.", *rt.Name())
	}
	stack := awscdk.Stack_Of(t)
	var role awsiam.IRole
	if c := stack.Node().TryFindChild(jsii.String(evalRoleID)); c != nil {
		role = c.(awsiam.Role)
	} else {
		role = awsiam.NewRole(stack, jsii.String(evalRoleID), &awsiam.RoleProps{
			AssumedBy:       awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil),
			ManagedPolicies: &[]awsiam.IManagedPolicy{awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("service-role/AWSLambdaBasicExecutionRole"))},
		})
	}
	if r, ok := role.(awsiam.Role); ok {
		role = r.WithoutPolicyUpdates(nil)
	}
	if rt == nil {
		rt = latestNodeRuntime()
	}
	fn := awslambda.NewFunction(t, jsii.String("EvalFunction"), &awslambda.FunctionProps{
		Code: evalCode(), Handler: jsii.String("index.handler"), Runtime: rt, Architecture: arch, Role: role,
	})
	fn.Node().AddMetadata(jsii.String("aws:cdk:is-custom-resource-handler-runtime-family"), runtimeFamilyOrdinal(rt), nil)
	return fn
}

// runtimeFamilyOrdinal is a runtime's family as aws-cdk-lib's enum
// ordinal, the value of the handler metadata aws-cdk-lib records.
func runtimeFamilyOrdinal(rt awslambda.Runtime) int {
	families := []awslambda.RuntimeFamily{awslambda.RuntimeFamily_NODEJS, awslambda.RuntimeFamily_JAVA, awslambda.RuntimeFamily_PYTHON,
		awslambda.RuntimeFamily_DOTNET_CORE, awslambda.RuntimeFamily_GO, awslambda.RuntimeFamily_RUBY, awslambda.RuntimeFamily_OTHER}
	for i, f := range families {
		if rt.Family() == f {
			return i
		}
	}
	return len(families) - 1
}

// sharedEvalFunction is the stack's one function per runtime and
// architecture (the dedicated-function flag off).
func sharedEvalFunction(t *task, rt awslambda.Runtime, arch awslambda.Architecture) awslambda.IFunction {
	key := ""
	if rt != nil {
		key = *rt.Name()
	}
	ids, ok := evalSingletonUUIDs[key]
	if !ok {
		diag.Panic("", "The runtime %s is currently not supported.", key)
	}
	uuid := ids[0]
	if arch != nil && *arch.Name() == *awslambda.Architecture_ARM_64().Name() {
		uuid = ids[1]
	}
	if rt == nil {
		rt = latestNodeRuntime()
	}
	fn := awslambda.NewSingletonFunction(t, jsii.String("EvalFunction"), &awslambda.SingletonFunctionProps{
		Uuid: jsii.String(uuid), LambdaPurpose: jsii.String("Eval"), Runtime: rt, Architecture: arch,
		Code: evalCode(), Handler: jsii.String("index.handler"),
	})
	fn.AddMetadata(jsii.String("aws:cdk:is-custom-resource-handler-singleton"), true, nil)
	fn.AddMetadata(jsii.String("aws:cdk:is-custom-resource-handler-runtime-family"), runtimeFamilyOrdinal(rt), nil)
	return fn
}

// latestNodeRuntime is the default of aws-cdk-lib's handler functions: the
// latest Node.js runtime of the stack's region, which awslambda works out
// from NODEJS_LATEST when it builds the function.
func latestNodeRuntime() awslambda.Runtime { return awslambda.Runtime_NODEJS_LATEST() }

func jsonList(s []string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// pathsInLiterals lists the state paths of a JavaScript expression that
// sit inside plain string literals ('...', "...") and inside the text of
// template literals (outside ${...}), each once, in order of appearance:
// the handler no longer replaces those, so aws-cdk-lib refuses them.
func pathsInLiterals(expr string) (plain, text []string) {
	const (
		inCode = iota
		inSingle
		inDouble
		inRegex
		inTemplate
		inInterp
	)
	type frame struct{ kind, braces int }
	ctx := make([]int, len(expr)+1) // 0 code, 1 plain string, 2 template text
	stack := []frame{{inCode, 0}}
	for i := 0; i < len(expr); {
		top := &stack[len(stack)-1]
		c := expr[i]
		switch top.kind {
		case inSingle, inDouble:
			ctx[i] = 1
			if c == '\\' {
				ctx[i+1] = 1
				i += 2
				continue
			}
			if (top.kind == inSingle && c == '\'') || (top.kind == inDouble && c == '"') {
				stack = stack[:len(stack)-1]
			}
			i++
			continue
		case inRegex:
			if c == '\\' {
				i += 2
				continue
			}
			if c == '/' {
				stack = stack[:len(stack)-1]
			}
			i++
			continue
		case inTemplate:
			switch {
			case c == '\\':
				ctx[i], ctx[i+1] = 2, 2
				i += 2
			case c == '`':
				stack = stack[:len(stack)-1]
				i++
			case c == '$' && i+1 < len(expr) && expr[i+1] == '{':
				stack = append(stack, frame{inInterp, 0})
				i += 2
			default:
				ctx[i] = 2
				i++
			}
			continue
		}
		switch {
		case c == '\'':
			stack = append(stack, frame{inSingle, 0})
		case c == '"':
			stack = append(stack, frame{inDouble, 0})
		case c == '`':
			stack = append(stack, frame{inTemplate, 0})
		case c == '/' && startsRegex(expr, i):
			stack = append(stack, frame{inRegex, 0})
		case c == '{':
			top.braces++
		case c == '}':
			if top.kind == inInterp && top.braces == 0 {
				stack = stack[:len(stack)-1]
			} else if top.braces > 0 {
				top.braces--
			}
		}
		i++
	}
	seen := map[string]bool{}
	for _, m := range statePath.FindAllStringIndex(expr, -1) {
		p := expr[m[0]:m[1]]
		switch ctx[m[0]] {
		case 1:
			if !seen["1"+p] {
				seen["1"+p] = true
				plain = append(plain, p)
			}
		case 2:
			if !seen["2"+p] {
				seen["2"+p] = true
				text = append(text, p)
			}
		}
	}
	return plain, text
}

// startsRegex reports whether the slash at i opens a regular expression
// literal rather than dividing: nothing, or an operator, precedes it.
func startsRegex(expr string, i int) bool {
	j := i - 1
	for j >= 0 && strings.ContainsRune(" \t\n\r\v\f", rune(expr[j])) {
		j--
	}
	if j < 0 {
		return true
	}
	c := expr[j]
	isWord := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$' || c == ')' || c == ']'
	return !isWord
}
