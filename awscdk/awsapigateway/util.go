package awsapigateway

import (
	"reflect"
	"regexp"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func isUnresolved(x interface{}) bool { return *awscdk.Token_IsUnresolved(x) }

func isNil(v interface{}) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Ptr, reflect.Interface, reflect.Map, reflect.Slice, reflect.Func:
		return rv.IsNil()
	}
	return false
}

// allMethods are the HTTP methods of Cors_ALL_METHODS, in aws-cdk-lib's order.
var allMethods = [...]string{"OPTIONS", "GET", "PUT", "POST", "DELETE", "PATCH", "HEAD"}

func validateHTTPMethod(method, prefix string) string {
	if method == "ANY" {
		return ""
	}
	for _, m := range allMethods {
		if m == method {
			return ""
		}
	}
	return prefix + "Invalid HTTP method \"" + method + "\". Allowed methods: ANY," + strings.Join(allMethods[:], ",")
}

// ordered is an object whose keys keep their insertion order in the
// template (CloudFormation property structs render their keys sorted).
type ordered struct{ o *ojson.Object }

func (o *ordered) Resolve(awscdk.IResolveContext) interface{} { return o.o }

// sortedStrings is a Go map as jsii hands it to aws-cdk-lib: keys sorted.
func sortedStrings(m *map[string]*string) *ojson.Object {
	if m == nil {
		return nil
	}
	keys := make([]string, 0, len(*m))
	for k := range *m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	o := ojson.New()
	for _, k := range keys {
		if v := (*m)[k]; v != nil {
			o.Set(k, v)
		}
	}
	return o
}

func sortedBools(m *map[string]*bool) *ojson.Object {
	if m == nil {
		return nil
	}
	keys := make([]string, 0, len(*m))
	for k := range *m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	o := ojson.New()
	for _, k := range keys {
		if v := (*m)[k]; v != nil {
			o.Set(k, v)
		}
	}
	return o
}

// orNil turns an absent object into a nil interface (JavaScript's undefined).
func orNil(o *ojson.Object) interface{} {
	if o == nil {
		return nil
	}
	return o
}

func strs(ss ...string) *[]*string { return jsii.Strings(ss...) }

func sortStrings(s []string) { sort.Strings(s) }

var stageVariablePattern = regexp.MustCompile(`[A-Za-z0-9-._~:/?#&=,]+`)

func sortedKeysStr(m map[string]*string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
