package l2

import "github.com/strata-cdk/strata/internal/ojson"

// contextPropsKey is the one key of a props map made by OrderedContextProps.
// No program can write it: Go map keys a user writes are printable names,
// and this one starts with a NUL byte.
const contextPropsKey = "\x00strata:ordered-context-props"

// OrderedContextProps wraps an ordered query for awscdk.ContextProvider_GetValue
// (whose public Props is a Go map): aws-cdk-lib's L2s build the query as an
// object literal, and the manifest's missing-context record keeps that
// order, where a Go map a program passes reaches aws-cdk-lib with its keys
// sorted (jsii's rule), which the core does for any other map.
func OrderedContextProps(props *ojson.Object) *map[string]interface{} {
	return &map[string]interface{}{contextPropsKey: props}
}

// ContextPropsOrder returns the ordered query OrderedContextProps wrapped in
// m, or nil when m is an ordinary props map.
func ContextPropsOrder(m map[string]interface{}) *ojson.Object {
	if len(m) != 1 {
		return nil
	}
	o, _ := m[contextPropsKey].(*ojson.Object)
	return o
}
