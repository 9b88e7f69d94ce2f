package awscdk

import (
	"reflect"
	"strings"

	"github.com/strata-cdk/strata/internal/ojson"
)

// ICfnConditionExpression is an expression usable as a condition.
type ICfnConditionExpression interface {
	IResolvable
}

// ICfnRuleConditionExpression is a condition usable in rules too.
type ICfnRuleConditionExpression interface {
	ICfnConditionExpression
	Disambiguator() *bool
}

// fnIntrinsic is an intrinsic function object: {name: value}.
type fnIntrinsic struct {
	intrinsic
	resolveHook func(ctx IResolveContext)
}

func newFn(name string, value interface{}) *fnIntrinsic {
	return &fnIntrinsic{intrinsic: intrinsic{value: obj(name, value), typeHint: ResolutionTypeHint_STRING}}
}

func (f *fnIntrinsic) Resolve(ctx IResolveContext) interface{} {
	if f.resolveHook != nil {
		f.resolveHook(ctx)
	}
	return f.value
}
func (f *fnIntrinsic) ToString() *string    { return Token_AsString(f, nil) }
func (f *fnIntrinsic) Disambiguator() *bool { return boolp(true) }

// Fn_Ref returns a Ref to a logical name.
func Fn_Ref(logicalName *string) *string { return newFn("Ref", logicalName).ToString() }

// Fn_GetAtt returns an attribute of a resource by logical name.
func Fn_GetAtt(logicalNameOfResource *string, attributeName *string) IResolvable {
	return newFn("Fn::GetAtt", []interface{}{logicalNameOfResource, attributeName})
}

// Fn_Join joins values with a delimiter.
func Fn_Join(delimiter *string, listOfValues *[]*string) *string {
	if listOfValues == nil || len(*listOfValues) == 0 {
		panicf("", "Fn_Join requires at least one value to be provided")
	}
	return Token_AsString(&fnJoin{delim: deref(delimiter), values: *listOfValues}, &EncodingOptions{DisplayHint: str("Fn::Join")})
}

type fnJoin struct {
	delim  string
	values []*string
}

func (j *fnJoin) Resolve(ctx IResolveContext) interface{} {
	if isUnresolved(&j.values) {
		return obj("Fn::Join", []interface{}{j.delim, &j.values})
	}
	resolved := make([]interface{}, 0, len(j.values))
	for _, v := range j.values {
		if r := ctx.Resolve(v, nil); r != nil {
			resolved = append(resolved, r)
		}
	}
	resolved = minimalJoin(j.delim, resolved)
	if len(resolved) == 1 {
		return resolved[0]
	}
	return obj("Fn::Join", []interface{}{j.delim, resolved})
}

// Fn_Split splits a string into a list.
func Fn_Split(delimiter *string, source *string, assumedLength *float64) *[]*string {
	if !isUnresolved(source) {
		parts := strings.Split(deref(source), deref(delimiter))
		out := make([]*string, len(parts))
		for i := range parts {
			out[i] = str(parts[i])
		}
		return &out
	}
	if isUnresolved(delimiter) {
		panicf("", "Fn_Split: 'delimiter' may not be a token value")
	}
	split := Token_AsList(newFn("Fn::Split", []interface{}{delimiter, source}), nil)
	if assumedLength == nil {
		return split
	}
	n := int(*assumedLength)
	out := make([]*string, n)
	for i := 0; i < n; i++ {
		out[i] = Fn_Select(jsiiNum(float64(i)), split)
	}
	return &out
}

// Fn_Select returns one element of a list.
func Fn_Select(index *float64, array *[]*string) *string {
	if array != nil && !isUnresolved(index) && !isUnresolved(array) {
		anyTok := false
		for _, a := range *array {
			if isUnresolved(a) {
				anyTok = true
			}
		}
		i := int(*index)
		if !anyTok && i >= 0 && i < len(*array) {
			return (*array)[i]
		}
	}
	return newFn("Fn::Select", []interface{}{index, array}).ToString()
}

// Fn_Sub substitutes variables into a string.
func Fn_Sub(body *string, variables *map[string]*string) *string {
	if variables != nil {
		return newFn("Fn::Sub", []interface{}{body, variables}).ToString()
	}
	return newFn("Fn::Sub", body).ToString()
}

// Fn_Base64 encodes a string in base64.
func Fn_Base64(data *string) *string { return newFn("Fn::Base64", data).ToString() }

// Fn_Cidr returns CIDR blocks carved out of ipBlock.
func Fn_Cidr(ipBlock *string, count *float64, sizeMask *string) *[]*string {
	if count != nil && !isUnresolved(count) && (*count < 1 || *count > 256) {
		panicf("", "Fn::Cidr's count attribute must be between 1 and 256, %v was provided.", *count)
	}
	return Token_AsList(newFn("Fn::Cidr", []interface{}{ipBlock, count, sizeMask}), nil)
}

// Fn_GetAzs returns the availability zones of a region.
func Fn_GetAzs(region *string) *[]*string {
	r := interface{}("")
	if region != nil {
		r = region
	}
	return Token_AsList(newFn("Fn::GetAZs", r), nil)
}

// Fn_ImportValue imports a value exported by another stack.
func Fn_ImportValue(sharedValueToImport *string) *string {
	return newFn("Fn::ImportValue", sharedValueToImport).ToString()
}

// Fn_ImportListValue imports a list exported by another stack.
func Fn_ImportListValue(sharedValueToImport *string, assumedLength *float64, delimiter *string) *[]*string {
	d := ","
	if delimiter != nil {
		d = *delimiter
	}
	return Fn_Split(&d, Fn_ImportValue(sharedValueToImport), assumedLength)
}

// Fn_GetStackOutput reads an output of another stack.
func Fn_GetStackOutput(stackName *string, outputName *string, region *string, roleArn *string) *string {
	return newFn("Fn::GetStackOutput", obj("StackName", stackName, "Region", region, "RoleArn", roleArn, "OutputName", outputName)).ToString()
}

// Fn_FindInMap returns a value from a mapping.
func Fn_FindInMap(mapName *string, topLevelKey *string, secondLevelKey *string, defaultValue *string) *string {
	return fnFindInMap(mapName, topLevelKey, secondLevelKey, defaultValue).ToString()
}

func fnFindInMap(mapName, top, second, def *string) *fnIntrinsic {
	var d interface{}
	if def != nil {
		d = obj("DefaultValue", def)
	}
	f := newFn("Fn::FindInMap", []interface{}{mapName, top, second, d})
	if def != nil {
		f.resolveHook = func(ctx IResolveContext) { addTransformFor(ctx, "AWS::LanguageExtensions") }
	}
	return f
}

func addTransformFor(ctx IResolveContext, t string) {
	if s := stackOf(ctx.Scope()); s != nil {
		s.AddTransform(str(t))
	}
}

// Fn_Transform invokes a macro.
func Fn_Transform(macroName *string, parameters *map[string]interface{}) IResolvable {
	return newFn("Fn::Transform", obj("Name", macroName, "Parameters", parameters))
}

// Fn_ParseDomainName returns the domain name of a URL.
func Fn_ParseDomainName(url *string) *string {
	noHTTPS := Fn_Select(jsiiNum(1), Fn_Split(str("//"), url, nil))
	return Fn_Select(jsiiNum(0), Fn_Split(str("/"), noHTTPS, nil))
}

// Fn_ToJsonString renders an object as a JSON string. Only a token is
// rendered at deployment (Fn::ToJsonString); any other value is stringified
// now, tokens inside it becoming an Fn::Join, as with aws-cdk-lib.
func Fn_ToJsonString(object interface{}) *string {
	if _, ok := object.(resolvable); ok && !isNilValue(object) {
		f := newFn("Fn::ToJsonString", object)
		f.resolveHook = func(ctx IResolveContext) { addTransformFor(ctx, "AWS::LanguageExtensions") }
		return Token_AsString(f, &EncodingOptions{DisplayHint: str("Fn::ToJsonString")})
	}
	if isUnresolved(object) {
		f := newFn("Fn::ToJsonString", object)
		f.resolveHook = func(ctx IResolveContext) { addTransformFor(ctx, "AWS::LanguageExtensions") }
		return Token_AsString(f, &EncodingOptions{DisplayHint: str("Fn::ToJsonString")})
	}
	b, err := ojson.Marshal(jsiiValue(object), "")
	if err != nil {
		panicf("", "Fn_ToJsonString: %v", err)
	}
	return str(string(b))
}

// jsiiValue converts a Go value to the plain data jsii would hand to
// JavaScript: pointers followed, maps with sorted keys, structs under their
// json names, nil left out of objects. Tokens stay encoded strings.
func jsiiValue(v interface{}) interface{} {
	if v == nil || isNilValue(v) {
		return nil
	}
	if s, ok := plainString(v); ok {
		return s
	}
	switch x := v.(type) {
	case float64, bool:
		return x
	case *float64:
		return *x
	case *bool:
		return *x
	case *ojson.Object:
		return x
	case resolvable:
		return "<unresolved-token>"
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Ptr, reflect.Interface:
		return jsiiValue(rv.Elem().Interface())
	case reflect.Slice, reflect.Array:
		out := make([]interface{}, rv.Len())
		for i := range out {
			out[i] = jsiiValue(rv.Index(i).Interface())
		}
		return out
	case reflect.Map, reflect.Struct:
		o, _ := (&resolver{}).shallowObject(rv)
		out := ojson.New()
		for _, k := range o.Keys() {
			val, _ := o.Get(k)
			if j := jsiiValue(val); j != nil {
				out.Set(k, j)
			}
		}
		return out
	case reflect.Int, reflect.Int64, reflect.Int32:
		return float64(rv.Int())
	case reflect.Float32, reflect.Float64:
		return rv.Float()
	case reflect.String:
		return rv.String()
	case reflect.Bool:
		return rv.Bool()
	}
	return v
}

// Fn_Len returns the length of a list.
func Fn_Len(array interface{}) *float64 {
	if !isUnresolved(array) {
		switch a := array.(type) {
		case *[]*string:
			return jsiiNum(float64(len(*a)))
		case []interface{}:
			return jsiiNum(float64(len(a)))
		}
	}
	f := newFn("Fn::Length", array)
	f.resolveHook = func(ctx IResolveContext) { addTransformFor(ctx, "AWS::LanguageExtensions") }
	return Token_AsNumber(f)
}

// Fn_RefAll returns all values of a parameter type (rules only).
func Fn_RefAll(parameterType *string) *[]*string {
	return Token_AsList(newFn("Fn::RefAll", parameterType), nil)
}

// Fn_ValueOf returns an attribute of a parameter value (rules only).
func Fn_ValueOf(parameterOrLogicalID *string, attribute *string) *string {
	return newFn("Fn::ValueOf", []interface{}{parameterOrLogicalID, attribute}).ToString()
}

// Fn_ValueOfAll returns an attribute of all values of a parameter type (rules only).
func Fn_ValueOfAll(parameterType *string, attribute *string) *[]*string {
	return Token_AsList(newFn("Fn::ValueOfAll", []interface{}{parameterType, attribute}), nil)
}

func condList(cs []ICfnConditionExpression) []interface{} {
	out := make([]interface{}, len(cs))
	for i := range cs {
		out[i] = cs[i]
	}
	return out
}

// Fn_ConditionAnd is true when all conditions are.
func Fn_ConditionAnd(conditions ...ICfnConditionExpression) ICfnRuleConditionExpression {
	return condGroup("Fn::And", "Fn_ConditionAnd", conditions)
}

// Fn_ConditionOr is true when any condition is.
func Fn_ConditionOr(conditions ...ICfnConditionExpression) ICfnRuleConditionExpression {
	return condGroup("Fn::Or", "Fn_ConditionOr", conditions)
}

func condGroup(name, fn string, conditions []ICfnConditionExpression) ICfnRuleConditionExpression {
	if len(conditions) == 0 {
		panicf("", "%s() needs at least one argument", fn)
	}
	if len(conditions) == 1 {
		if rc, ok := conditions[0].(ICfnRuleConditionExpression); ok {
			return rc
		}
		return &condAdapter{conditions[0]}
	}
	if len(conditions) <= 10 {
		return newFn(name, condList(conditions))
	}
	var groups []ICfnConditionExpression
	for i := 0; i < len(conditions); i += 10 {
		end := i + 10
		if end > len(conditions) {
			end = len(conditions)
		}
		groups = append(groups, condGroup(name, fn, conditions[i:end]))
	}
	return condGroup(name, fn, groups)
}

type condAdapter struct{ ICfnConditionExpression }

func (c *condAdapter) Disambiguator() *bool { return boolp(true) }

// Fn_ConditionEquals compares two values.
func Fn_ConditionEquals(lhs interface{}, rhs interface{}) ICfnRuleConditionExpression {
	return newFn("Fn::Equals", []interface{}{lhs, rhs})
}

// Fn_ConditionIf picks a value by condition.
func Fn_ConditionIf(conditionID *string, valueIfTrue interface{}, valueIfFalse interface{}) ICfnRuleConditionExpression {
	return newFn("Fn::If", []interface{}{conditionID, valueIfTrue, valueIfFalse})
}

// Fn_ConditionNot negates a condition.
func Fn_ConditionNot(condition ICfnConditionExpression) ICfnRuleConditionExpression {
	return newFn("Fn::Not", []interface{}{condition})
}

// Fn_ConditionContains is true when value is in the list.
func Fn_ConditionContains(listOfStrings *[]*string, value *string) ICfnRuleConditionExpression {
	return newFn("Fn::Contains", []interface{}{listOfStrings, value})
}

// Fn_ConditionEachMemberEquals is true when every member equals value.
func Fn_ConditionEachMemberEquals(listOfStrings *[]*string, value *string) ICfnRuleConditionExpression {
	return newFn("Fn::EachMemberEquals", []interface{}{listOfStrings, value})
}

// Fn_ConditionEachMemberIn is true when every string is in stringsToMatch.
func Fn_ConditionEachMemberIn(stringsToCheck *[]*string, stringsToMatch *[]*string) ICfnRuleConditionExpression {
	return newFn("Fn::EachMemberIn", []interface{}{stringsToCheck, stringsToMatch})
}

var _ = ojson.New
