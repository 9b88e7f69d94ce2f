package awsstepfunctions

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// jsonPathToken stands for a JSON path inside a string, number or list:
// it resolves to the path, and renderObject turns a field holding one into
// a "Key.$" field.
type jsonPathToken struct{ path string }

func newJSONPathToken(path string) *jsonPathToken { return &jsonPathToken{path: path} }

var leadingNonLetters = regexp.MustCompile(`^[^a-zA-Z]+`)

func (t *jsonPathToken) Resolve(awscdk.IResolveContext) interface{} { return t.path }
func (t *jsonPathToken) CreationStack() *[]*string {
	return &[]*string{jsii.String("Token stack traces are no longer captured")}
}
func (t *jsonPathToken) TypeHint() awscdk.ResolutionTypeHint { return awscdk.ResolutionTypeHint_STRING }
func (t *jsonPathToken) ToString() *string {
	return awscdk.Token_AsString(t, &awscdk.EncodingOptions{DisplayHint: jsii.String(leadingNonLetters.ReplaceAllString(t.path, ""))})
}

// throwUnscoped stops with a mistake aws-cdk-lib reports without a
// construct (an UnscopedValidationError).
func throwUnscoped(format string, args ...interface{}) {
	diag.Panic("", format, args...)
}

// JsonPath builds JSON path references and intrinsic function calls for
// state fields.
type JsonPath interface{}

var intrinsicNames = []string{"Array", "ArrayPartition", "ArrayContains", "ArrayRange", "ArrayGetItem", "ArrayLength", "ArrayUnique", "Base64Encode", "Base64Decode", "Hash", "JsonMerge", "StringToJson", "JsonToString", "MathRandom", "MathAdd", "StringSplit", "UUID", "Format"}

func validateJSONPath(path string) {
	if path == "$" || strings.HasPrefix(path, "$") {
		return
	}
	for _, fn := range intrinsicNames {
		if strings.HasPrefix(path, "States."+fn) {
			return
		}
	}
	names := make([]string, len(intrinsicNames))
	for i, n := range intrinsicNames {
		names[i] = "States." + n
	}
	list := strings.Join(names[:len(names)-1], ", ") + ", or " + names[len(names)-1]
	throwUnscoped("JSON path values must be exactly '$', '$$', start with '$', start with '$$.', start with '$[', or start with an intrinsic function: %s. Received: %s", list, path)
}

func validateDataPath(path string) {
	if path != "$" && !strings.HasPrefix(path, "$[") && !strings.HasPrefix(path, "$") {
		throwUnscoped("Data JSON path values must either be exactly equal to '$', start with '$[' or start with '$'")
	}
}

func pathString(path string) *string { return newJSONPathToken(path).ToString() }

// JsonPath_StringAt references a string at path.
func JsonPath_StringAt(path *string) *string {
	validateJSONPath(deref(path))
	return pathString(deref(path))
}

// JsonPath_ListAt references a list of strings at path.
func JsonPath_ListAt(path *string) *[]*string {
	validateDataPath(deref(path))
	return awscdk.Token_AsList(newJSONPathToken(deref(path)), nil)
}

// JsonPath_NumberAt references a number at path.
func JsonPath_NumberAt(path *string) *float64 {
	validateJSONPath(deref(path))
	return awscdk.Token_AsNumber(newJSONPathToken(deref(path)))
}

// JsonPath_ObjectAt references an object at path.
func JsonPath_ObjectAt(path *string) awscdk.IResolvable {
	validateJSONPath(deref(path))
	return newJSONPathToken(deref(path))
}

// JsonPath_DISCARD makes ResultPath discard the result (JSON null).
func JsonPath_DISCARD() *string {
	return awscdk.Token_AsString(awscdk.JsonNull_INSTANCE(), &awscdk.EncodingOptions{DisplayHint: jsii.String("DISCARD (JSON `null`)")})
}

// JsonPath_EntirePayload references $.
func JsonPath_EntirePayload() *string { return pathString("$") }

// JsonPath_EntireContext references $$.
func JsonPath_EntireContext() *string { return pathString("$$") }

// JsonPath_ExecutionId references $$.Execution.Id.
func JsonPath_ExecutionId() *string { return pathString("$$.Execution.Id") }

// JsonPath_ExecutionInput references $$.Execution.Input.
func JsonPath_ExecutionInput() *string { return pathString("$$.Execution.Input") }

// JsonPath_ExecutionName references $$.Execution.Name.
func JsonPath_ExecutionName() *string { return pathString("$$.Execution.Name") }

// JsonPath_ExecutionRoleArn references $$.Execution.RoleArn.
func JsonPath_ExecutionRoleArn() *string { return pathString("$$.Execution.RoleArn") }

// JsonPath_ExecutionStartTime references $$.Execution.StartTime.
func JsonPath_ExecutionStartTime() *string { return pathString("$$.Execution.StartTime") }

// JsonPath_StateEnteredTime references $$.State.EnteredTime.
func JsonPath_StateEnteredTime() *string { return pathString("$$.State.EnteredTime") }

// JsonPath_StateName references $$.State.Name.
func JsonPath_StateName() *string { return pathString("$$.State.Name") }

// JsonPath_StateRetryCount references $$.State.RetryCount.
func JsonPath_StateRetryCount() *string { return pathString("$$.State.RetryCount") }

// JsonPath_StateMachineId references $$.StateMachine.Id.
func JsonPath_StateMachineId() *string { return pathString("$$.StateMachine.Id") }

// JsonPath_StateMachineName references $$.StateMachine.Name.
func JsonPath_StateMachineName() *string { return pathString("$$.StateMachine.Name") }

// JsonPath_TaskToken references $$.Task.Token.
func JsonPath_TaskToken() *string { return pathString("$$.Task.Token") }

// JsonPath_IsEncodedJsonPath reports whether value is a JSON path reference.
func JsonPath_IsEncodedJsonPath(value *string) *bool {
	_, ok := jsonPathString(deref(value))
	return jsii.Bool(ok)
}

// intrinsic is the string of a States.<fn>(args) call.
func intrinsic(fn string, args ...interface{}) *string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = renderInExpression(a)
	}
	return pathString("States." + fn + "(" + strings.Join(parts, ", ") + ")")
}

// JsonPath_Array calls the States.Array intrinsic function.
func JsonPath_Array(values ...*string) *string {
	args := make([]interface{}, len(values))
	for i, v := range values {
		args[i] = v
	}
	return intrinsic("Array", args...)
}

// JsonPath_ArrayPartition calls the States.ArrayPartition intrinsic function.
func JsonPath_ArrayPartition(array interface{}, chunkSize *float64) *string {
	return intrinsic("ArrayPartition", array, chunkSize)
}

// JsonPath_ArrayContains calls the States.ArrayContains intrinsic function.
func JsonPath_ArrayContains(array interface{}, value interface{}) *string {
	return intrinsic("ArrayContains", array, value)
}

// JsonPath_ArrayRange calls the States.ArrayRange intrinsic function.
func JsonPath_ArrayRange(start *float64, end *float64, step *float64) *string {
	return intrinsic("ArrayRange", start, end, step)
}

// JsonPath_ArrayGetItem calls the States.ArrayGetItem intrinsic function.
func JsonPath_ArrayGetItem(array interface{}, index *float64) *string {
	return intrinsic("ArrayGetItem", array, index)
}

// JsonPath_ArrayLength calls the States.ArrayLength intrinsic function.
func JsonPath_ArrayLength(array interface{}) *string { return intrinsic("ArrayLength", array) }

// JsonPath_ArrayUnique calls the States.ArrayUnique intrinsic function.
func JsonPath_ArrayUnique(array interface{}) *string { return intrinsic("ArrayUnique", array) }

// JsonPath_Base64Encode calls the States.Base64Encode intrinsic function.
func JsonPath_Base64Encode(input *string) *string { return intrinsic("Base64Encode", input) }

// JsonPath_Base64Decode calls the States.Base64Decode intrinsic function.
func JsonPath_Base64Decode(base64 *string) *string { return intrinsic("Base64Decode", base64) }

// JsonPath_Hash calls the States.Hash intrinsic function.
func JsonPath_Hash(data interface{}, algorithm *string) *string {
	return intrinsic("Hash", data, algorithm)
}

// JsonPath_JsonMerge merges two objects (shallow, as States.JsonMerge with false).
func JsonPath_JsonMerge(value1 interface{}, value2 interface{}) *string {
	return pathString("States.JsonMerge(" + renderInExpression(value1) + ", " + renderInExpression(value2) + ", false)")
}

// JsonPath_MathRandom calls the States.MathRandom intrinsic function.
func JsonPath_MathRandom(start *float64, end *float64) *string {
	return intrinsic("MathRandom", start, end)
}

// JsonPath_MathAdd calls the States.MathAdd intrinsic function.
func JsonPath_MathAdd(num1 *float64, num2 *float64) *string { return intrinsic("MathAdd", num1, num2) }

// JsonPath_StringSplit calls the States.StringSplit intrinsic function.
func JsonPath_StringSplit(inputString *string, splitter *string) *string {
	return intrinsic("StringSplit", inputString, splitter)
}

// JsonPath_Uuid calls the States.States.UUID() intrinsic function.
func JsonPath_Uuid() *string { return pathString("States.UUID()") }

// JsonPath_Format calls the States.Format intrinsic function.
func JsonPath_Format(formatString *string, values ...*string) *string {
	args := []interface{}{formatString}
	for _, v := range values {
		args = append(args, v)
	}
	return intrinsic("Format", args...)
}

// JsonPath_StringToJson parses a JSON string (States.StringToJson).
func JsonPath_StringToJson(jsonString *string) awscdk.IResolvable {
	return newJSONPathToken("States.StringToJson(" + renderInExpression(jsonString) + ")")
}

// JsonPath_JsonToString serializes the object value references.
func JsonPath_JsonToString(value interface{}) *string {
	path, ok := jsonPathFromAny(value)
	if !ok {
		throwUnscoped("Argument to JsonPath.jsonToString() must be a JsonPath object")
	}
	return pathString("States.JsonToString(" + path + ")")
}

// renderInExpression writes x as an argument of an intrinsic function: a
// path as itself, a number in decimal, a string single-quoted.
func renderInExpression(x interface{}) string {
	if p, ok := jsonPathFromAny(x); ok {
		return p
	}
	switch v := x.(type) {
	case float64:
		return formatNumber(v)
	case *float64:
		if v != nil {
			return formatNumber(*v)
		}
	case string:
		return singleQuote(v)
	case *string:
		if v != nil {
			return singleQuote(*v)
		}
	}
	throwUnscoped("Unexpected value.")
	return ""
}

func formatNumber(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) < 1e21 {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return ojson.FormatNumber(f)
}

func singleQuote(x string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for i := 0; i < len(x); i++ {
		c := x[i]
		switch {
		case c == '\'':
			b.WriteString(`\'`)
		case c == '\\' && (i == len(x)-1 || (x[i+1] != '{' && x[i+1] != '}')):
			b.WriteString(`\\`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// jsonPathString is the path s references, when s is a path reference. A
// reference concatenated with anything else is a mistake.
func jsonPathString(s string) (string, bool) {
	if !strings.Contains(s, "${Token[") {
		return "", false
	}
	frags := awscdk.Tokenization_ReverseString(&s)
	var found *jsonPathToken
	for _, t := range *frags.Tokens() {
		if p, ok := t.(*jsonPathToken); ok && found == nil {
			found = p
		}
	}
	if found == nil {
		return "", false
	}
	if *frags.Length() > 1 {
		throwUnscoped("Field references must be the entire string, cannot concatenate them (found '%s')", s)
	}
	return found.path, true
}

func jsonPathStringList(l *[]*string) (string, bool) {
	if t, ok := awscdk.Tokenization_ReverseList(l).(*jsonPathToken); ok {
		return t.path, true
	}
	return "", false
}

func jsonPathNumber(f float64) (string, bool) {
	if t, ok := awscdk.Tokenization_ReverseNumber(&f).(*jsonPathToken); ok {
		return t.path, true
	}
	return "", false
}

// jsonPathFromAny is the path x references, whatever its shape.
func jsonPathFromAny(x interface{}) (string, bool) {
	switch v := x.(type) {
	case nil:
		return "", false
	case *jsonPathToken:
		return v.path, v != nil
	case string:
		return jsonPathString(v)
	case *string:
		if v == nil {
			return "", false
		}
		return jsonPathString(*v)
	case float64:
		return jsonPathNumber(v)
	case *float64:
		if v == nil {
			return "", false
		}
		return jsonPathNumber(*v)
	case *[]*string:
		return jsonPathStringList(v)
	case []*string:
		return jsonPathStringList(&v)
	}
	return "", false
}

// FieldUtils renders and inspects the objects states take as fields.
type FieldUtils interface{}

// FieldUtils_RenderObject renders obj with its path references as "Key.$" fields.
func FieldUtils_RenderObject(obj *map[string]interface{}) *map[string]interface{} {
	if obj == nil {
		return nil
	}
	r := renderObject(*obj)
	m, _ := toGoValue(r).(map[string]interface{})
	return &m
}

// FieldUtils_FindReferencedPaths lists the paths obj references, sorted.
func FieldUtils_FindReferencedPaths(obj *map[string]interface{}) *[]*string {
	found := map[string]bool{}
	if obj != nil {
		findPaths(*obj, found)
	}
	out := make([]string, 0, len(found))
	for p := range found {
		out = append(out, p)
	}
	sort.Strings(out)
	return jsii.Strings(out...)
}

var taskTokenJsonata = regexp.MustCompile(`\$states\.context(?:\.Task(?:\.Token)?)?`)

// FieldUtils_ContainsTaskToken reports whether obj references the task token.
func FieldUtils_ContainsTaskToken(obj *map[string]interface{}) *bool {
	found := map[string]bool{}
	if obj != nil {
		findPaths(*obj, found)
	}
	if found["$$.Task.Token"] || found["$$.Task"] || found["$$"] {
		return jsii.Bool(true)
	}
	for _, e := range jsonataExpressions(obj) {
		for _, loc := range taskTokenJsonata.FindAllStringIndex(e, -1) {
			// Go's regexp has no lookaround: check what aws-cdk-lib's
			// lookbehind and lookahead exclude by hand.
			if strings.HasSuffix(e[:loc[0]], "$states.context.") {
				continue
			}
			rest := e[loc[1]:]
			if len(rest) >= 2 && rest[0] == '.' && isLetter(rest[1]) {
				continue
			}
			return jsii.Bool(true)
		}
	}
	return jsii.Bool(false)
}

func isLetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

var jsonataExpr = regexp.MustCompile(`(?s)^{%(.*)%}$`)

func isJsonata(s string) bool { return jsonataExpr.MatchString(s) }

func jsonataExpressions(v interface{}) []string {
	var out []string
	var walk func(x interface{})
	walk = func(x interface{}) {
		switch t := norm(x).(type) {
		case string:
			if isJsonata(t) {
				out = append(out, t)
			}
		case []interface{}:
			for _, e := range t {
				walk(e)
			}
		case map[string]interface{}:
			for _, k := range sortedKeys(t) {
				walk(t[k])
			}
		}
	}
	walk(v)
	return out
}

func findPaths(obj map[string]interface{}, found map[string]bool) {
	add := func(p string, ok bool) {
		if ok {
			for _, q := range pathsInIntrinsic(p) {
				found[q] = true
			}
		}
	}
	for _, k := range sortedKeys(obj) {
		switch v := norm(obj[k]).(type) {
		case string:
			add(jsonPathString(v))
		case float64:
			add(jsonPathNumber(v))
		case []interface{}:
			if l, ok := stringList(v); ok {
				add(jsonPathStringList(l))
				continue
			}
			for _, e := range v {
				if m, ok := norm(e).(map[string]interface{}); ok {
					findPaths(m, found)
				}
			}
		case map[string]interface{}:
			findPaths(v, found)
		default:
			add(jsonPathFromAny(v))
		}
	}
}

// pathsInIntrinsic lists the paths an intrinsic call's arguments reference
// (the expression itself when it is a plain path).
func pathsInIntrinsic(expr string) []string {
	if !strings.HasPrefix(expr, "States.") {
		return []string{expr}
	}
	var out []string
	p := &intrinsicParser{s: expr}
	if !p.call(&out) || p.i != len(p.s) {
		return []string{expr}
	}
	return out
}

// intrinsicParser reads States.Fn(arg, …) calls, collecting the paths.
type intrinsicParser struct {
	s string
	i int
}

func (p *intrinsicParser) ws() {
	for p.i < len(p.s) && p.s[p.i] == ' ' {
		p.i++
	}
}

func (p *intrinsicParser) call(out *[]string) bool {
	j := p.i
	for j < len(p.s) && (isLetter(p.s[j]) || p.s[j] == '.' || (p.s[j] >= '0' && p.s[j] <= '9')) {
		j++
	}
	if j == p.i || j >= len(p.s) || p.s[j] != '(' {
		return false
	}
	p.i = j + 1
	p.ws()
	if p.i < len(p.s) && p.s[p.i] == ')' {
		p.i++
		return true
	}
	for {
		p.ws()
		if !p.arg(out) {
			return false
		}
		p.ws()
		if p.i >= len(p.s) {
			return false
		}
		if p.s[p.i] == ')' {
			p.i++
			return true
		}
		if p.s[p.i] != ',' {
			return false
		}
		p.i++
	}
}

func (p *intrinsicParser) arg(out *[]string) bool {
	if p.i >= len(p.s) {
		return false
	}
	switch c := p.s[p.i]; {
	case c == '$':
		j := p.i
		depth := 0
		for j < len(p.s) {
			ch := p.s[j]
			if ch == '[' {
				depth++
			} else if ch == ']' {
				depth--
			} else if depth == 0 && (ch == ',' || ch == ')' || ch == ' ') {
				break
			}
			j++
		}
		*out = append(*out, p.s[p.i:j])
		p.i = j
		return true
	case c == '\'':
		j := p.i + 1
		for j < len(p.s) && p.s[j] != '\'' {
			if p.s[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(p.s) {
			return false
		}
		p.i = j + 1
		return true
	case c == '-' || (c >= '0' && c <= '9'):
		j := p.i + 1
		for j < len(p.s) && (p.s[j] == '.' || (p.s[j] >= '0' && p.s[j] <= '9')) {
			j++
		}
		p.i = j
		return true
	default:
		return p.call(out)
	}
}

// renderObject renders a field object: each value that references a path
// becomes "Key.$": path; objects are rendered in turn, arrays may not hold
// references. Go maps are walked in sorted key order, the order jsii hands
// them to aws-cdk-lib.
func renderObject(obj interface{}) *ojson.Object {
	return renderObjectSeen(obj, nil)
}

func renderObjectSeen(obj interface{}, seen []interface{}) *ojson.Object {
	out := ojson.New()
	keys, get := entries(obj)
	if keys == nil {
		return nil
	}
	for _, k := range keys {
		raw := get(k)
		switch v := norm(raw).(type) {
		case nil:
			out.Set(k, nil)
		case string:
			if p, ok := jsonPathString(v); ok {
				out.Set(k+".$", p)
			} else {
				out.Set(k, v)
			}
		case float64:
			if p, ok := jsonPathNumber(v); ok {
				out.Set(k+".$", p)
			} else {
				out.Set(k, v)
			}
		case bool:
			out.Set(k, v)
		case []interface{}:
			if l, ok := stringList(v); ok {
				if p, ok := jsonPathStringList(l); ok {
					out.Set(k+".$", p)
					continue
				}
			}
			out.Set(k, renderArray(v, seen))
		case map[string]interface{}, *ojson.Object:
			out.Set(k, renderObjectSeen(v, seen))
		default:
			if *awscdk.Tokenization_IsResolvable(v) {
				if p, ok := jsonPathFromAny(v); ok {
					out.Set(k+".$", p)
				} else {
					out.Set(k, v)
				}
				continue
			}
			out.Set(k, v)
		}
	}
	return out
}

func renderArray(arr []interface{}, seen []interface{}) []interface{} {
	out := make([]interface{}, len(arr))
	for i, e := range arr {
		switch v := norm(e).(type) {
		case string:
			if _, ok := jsonPathString(v); ok {
				throwUnscoped("Cannot use JsonPath fields in an array, they must be used in objects")
			}
			out[i] = v
		case float64:
			if _, ok := jsonPathNumber(v); ok {
				throwUnscoped("Cannot use JsonPath fields in an array, they must be used in objects")
			}
			out[i] = v
		case []interface{}:
			if l, ok := stringList(v); ok {
				if _, ok := jsonPathStringList(l); ok {
					throwUnscoped("Cannot use JsonPath fields in an array, they must be used in objects")
				}
			}
			out[i] = renderArray(v, seen)
		case map[string]interface{}, *ojson.Object:
			out[i] = renderObjectSeen(v, seen)
		default:
			out[i] = v
		}
	}
	return out
}

// entries lists an object's keys (a Go map's sorted, an ordered object's
// in order) and a getter.
func entries(obj interface{}) ([]string, func(string) interface{}) {
	switch o := obj.(type) {
	case *ojson.Object:
		if o == nil {
			return nil, nil
		}
		return o.Keys(), func(k string) interface{} { v, _ := o.Get(k); return v }
	case map[string]interface{}:
		if o == nil {
			return []string{}, func(string) interface{} { return nil }
		}
		return sortedKeys(o), func(k string) interface{} { return o[k] }
	case *map[string]interface{}:
		if o == nil {
			return nil, nil
		}
		return entries(*o)
	}
	return nil, nil
}

func sortedKeys(m map[string]interface{}) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// norm turns the pointer and typed shapes Go programs use into the plain
// shapes of JSON: string, float64, bool, []interface{}, map[string]interface{}.
func norm(v interface{}) interface{} {
	switch x := v.(type) {
	case *string:
		if x == nil {
			return nil
		}
		return *x
	case *float64:
		if x == nil {
			return nil
		}
		return *x
	case *bool:
		if x == nil {
			return nil
		}
		return *x
	case int:
		return float64(x)
	case int64:
		return float64(x)
	case float32:
		return float64(x)
	case *map[string]interface{}:
		if x == nil {
			return nil
		}
		return *x
	case map[string]*string:
		m := make(map[string]interface{}, len(x))
		for k, e := range x {
			m[k] = e
		}
		return m
	case *[]interface{}:
		if x == nil {
			return nil
		}
		return *x
	case []*string:
		out := make([]interface{}, len(x))
		for i, e := range x {
			out[i] = norm(e)
		}
		return out
	case *[]*string:
		if x == nil {
			return nil
		}
		return norm(*x)
	case []string:
		out := make([]interface{}, len(x))
		for i, e := range x {
			out[i] = e
		}
		return out
	case []map[string]interface{}:
		out := make([]interface{}, len(x))
		for i, e := range x {
			out[i] = e
		}
		return out
	}
	return v
}

// stringList is arr as a list of strings, when every element is one.
func stringList(arr []interface{}) (*[]*string, bool) {
	out := make([]*string, len(arr))
	for i, e := range arr {
		s, ok := e.(string)
		if !ok {
			return nil, false
		}
		out[i] = jsii.String(s)
	}
	return &out, true
}

// toGoValue turns ordered objects into Go maps for the public API, whose
// signatures use maps.
func toGoValue(v interface{}) interface{} {
	switch x := v.(type) {
	case *ojson.Object:
		if x == nil {
			return nil
		}
		m := map[string]interface{}{}
		for _, k := range x.Keys() {
			e, _ := x.Get(k)
			if e != nil {
				m[k] = toGoValue(e)
			}
		}
		return m
	case []interface{}:
		out := make([]interface{}, len(x))
		for i, e := range x {
			out[i] = toGoValue(e)
		}
		return out
	}
	return v
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
