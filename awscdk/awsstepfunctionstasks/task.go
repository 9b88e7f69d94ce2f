package awsstepfunctionstasks

import (
	"reflect"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	sfn "github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/sfntask"
	"github.com/strata-cdk/strata/jsii"
)

// task is every task type of this package: the base state, the rendering
// the base asks for, and the metrics and statements the task declared.
type task struct {
	sfn.TaskStateBase
	*sfntask.Hook
	metrics  *sfn.TaskMetricsConfig
	policies []awsiam.PolicyStatement
	ql       sfn.QueryLanguage
}

func (t *task) TaskMetrics() *sfn.TaskMetricsConfig { return t.metrics }
func (t *task) TaskPolicies() *[]awsiam.PolicyStatement {
	if t.policies == nil {
		return nil
	}
	return &t.policies
}

// newTask builds the base state from props, whose leading fields are
// TaskStateBaseProps' (as every task props struct of aws-cdk-go's).
func newTask(scope constructs.Construct, id *string, props interface{}) *task {
	base := &sfn.TaskStateBaseProps{}
	copyFields(base, props)
	t := &task{Hook: &sfntask.Hook{}, ql: base.QueryLanguage}
	sfn.NewTaskStateBase_Override(t, scope, id, base)
	return t
}

// queryLanguage is the language the task renders in: its own, else the
// state machine's, else JSONPath.
func (t *task) queryLanguage(top string) sfn.QueryLanguage {
	ql := string(t.ql)
	if ql == "" {
		ql = top
	}
	if ql == "JSONATA" || ql == "JSONata" {
		return sfn.QueryLanguage_JSONATA
	}
	return sfn.QueryLanguage_JSON_PATH
}

// render is the task's Resource followed by its Parameters (rendered,
// JSONPath) or Arguments (as given, JSONata).
func (t *task) render(top string, resource interface{}, params interface{}) *ojson.Object {
	o := ojson.New()
	o.Set("Resource", resource)
	if params == nil {
		return o
	}
	if t.queryLanguage(top) == sfn.QueryLanguage_JSONATA {
		o.Set("Arguments", params)
	} else if p, ok := params.(*ojson.Object); ok {
		o.Set("Parameters", renderFields(p))
	} else if m, ok := params.(map[string]interface{}); ok {
		o.Set("Parameters", *sfn.FieldUtils_RenderObject(&m))
	} else {
		// aws-cdk-lib passes a value that is not an object through.
		o.Set("Parameters", params)
	}
	return o
}

// renderFields renders an ordered object as FieldUtils.renderObject does
// (path references become "Key.$"), keeping its key order: one key at a
// time goes through FieldUtils_RenderObject, ordered objects are walked here.
func renderFields(o *ojson.Object) *ojson.Object {
	out := ojson.New()
	for _, k := range o.Keys() {
		v, _ := o.Get(k)
		switch x := v.(type) {
		case *ojson.Object:
			out.Set(k, renderFields(x))
			continue
		case []interface{}:
			arr := make([]interface{}, len(x))
			for i, e := range x {
				if eo, ok := e.(*ojson.Object); ok {
					arr[i] = renderFields(eo)
				} else {
					r := *sfn.FieldUtils_RenderObject(&map[string]interface{}{k: []interface{}{e}})
					arr[i] = r[k].([]interface{})[0]
				}
			}
			out.Set(k, arr)
			continue
		}
		r := *sfn.FieldUtils_RenderObject(&map[string]interface{}{k: v})
		for rk, rv := range r {
			out.Set(rk, rv)
		}
	}
	return out
}

// obj builds an ordered object from key, value pairs, leaving out absent
// values (aws-cdk-lib's undefined).
func obj(kv ...interface{}) *ojson.Object {
	o := ojson.New()
	for i := 0; i+1 < len(kv); i += 2 {
		if v := present(kv[i+1]); v != nil {
			o.Set(kv[i].(string), v)
		}
	}
	return o
}

func present(v interface{}) interface{} {
	if v == nil {
		return nil
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Ptr, reflect.Map, reflect.Slice, reflect.Interface:
		if rv.IsNil() {
			return nil
		}
	}
	switch x := v.(type) {
	case *map[string]interface{}:
		return *x
	case *[]*string:
		return *x
	case *map[string]*string:
		o := ojson.New()
		for _, k := range sortedKeys(*x) {
			if e := (*x)[k]; e != nil {
				o.Set(k, *e)
			}
		}
		return o
	}
	return v
}

// copyFields sets each field of dst (a pointer to a struct) from the field
// of src of the same name and type: props of one shape to another.
func copyFields(dst, src interface{}) {
	sv := reflect.ValueOf(src)
	if !sv.IsValid() || sv.IsNil() {
		return
	}
	sv = sv.Elem()
	dv := reflect.ValueOf(dst).Elem()
	for i := 0; i < dv.NumField(); i++ {
		f := dv.Type().Field(i)
		s := sv.FieldByName(f.Name)
		if s.IsValid() && s.Type() == f.Type {
			dv.Field(i).Set(s)
		}
	}
}

var resourceArnSuffix = map[sfn.IntegrationPattern]string{
	sfn.IntegrationPattern_REQUEST_RESPONSE:    "",
	sfn.IntegrationPattern_RUN_JOB:             ".sync",
	sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN: ".waitForTaskToken",
}

// integrationResourceArn is the ARN of a service integration.
func integrationResourceArn(service, api string, pattern sfn.IntegrationPattern) *string {
	return jsii.String("arn:" + *awscdk.Aws_PARTITION() + ":states:::" + service + ":" + api + resourceArnSuffix[pattern])
}

// validatePattern stops with aws-cdk-lib's message when the task does not
// support pattern.
func validatePattern(pattern sfn.IntegrationPattern, supported ...sfn.IntegrationPattern) {
	for _, s := range supported {
		if s == pattern {
			return
		}
	}
	names := make([]string, len(supported))
	for i, s := range supported {
		names[i] = string(s)
	}
	diag.Panic("", "Unsupported service integration pattern. Supported Patterns: %s. Received: %s", strings.Join(names, ","), pattern)
}

// containsTaskToken is FieldUtils.containsTaskToken given a TaskInput, as
// aws-cdk-lib passes it: the input object with its type and value.
func containsTaskToken(in sfn.TaskInput) bool {
	if in == nil {
		return false
	}
	return *sfn.FieldUtils_ContainsTaskToken(&map[string]interface{}{"type": string(in.Type()), "value": in.Value()})
}

func inputValue(in sfn.TaskInput) interface{} {
	if in == nil {
		return nil
	}
	return in.Value()
}

func statement(actions []string, resources ...*string) awsiam.PolicyStatement {
	return awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings(actions...), Resources: &resources})
}

func required(scope constructs.Construct, id *string, typ string, props interface{}, names ...string) {
	if props == nil || reflect.ValueOf(props).IsNil() {
		req := make([]string, len(names))
		for i, n := range names {
			req[i] = lowerFirst(n)
		}
		l2.RequireProps(scope, id, typ, req...)
	}
	v := reflect.ValueOf(props).Elem()
	for _, n := range names {
		f := v.FieldByName(n)
		if f.IsValid() && f.IsZero() {
			diag.Panic(pathOf(scope, id), "%s: %s is required", typ, lowerFirst(n))
		}
	}
}

func pathOf(scope constructs.Construct, id *string) string {
	p := ""
	if scope != nil {
		p = *scope.Node().Path()
	}
	if id != nil {
		if p != "" {
			p += "/"
		}
		p += *id
	}
	return p
}

func lowerFirst(s string) string { return strings.ToLower(s[:1]) + s[1:] }

func throw(c constructs.IConstruct, format string, args ...interface{}) {
	l2.Throw(c, format, args...)
}

func str(s string) *string   { return &s }
func num(f float64) *float64 { return &f }
func boolean(b bool) *bool   { return &b }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func isJsonata(s string) bool {
	return strings.HasPrefix(s, "{%") && strings.HasSuffix(s, "%}")
}

// patternOr is pattern, or def when unset; a task that supports def
// alone refuses any other.
func patternOr(pattern, def sfn.IntegrationPattern) sfn.IntegrationPattern {
	if pattern == "" {
		pattern = def
	}
	validatePattern(pattern, def)
	return pattern
}
