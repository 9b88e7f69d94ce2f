package awscdk

import (
	"fmt"
	"strings"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/tokens"
)

// literalRequired explains, for an error message, which values the tokens
// in s stand for: where a literal is required (a stack name, a construct
// id), "${Token[TOKEN.4]}" alone does not tell the user what they passed.
// It returns "" when s holds no token.
func literalRequired(scope constructs.IConstruct, s string) string {
	ms := tokens.Markers(s)
	if len(ms) == 0 {
		return ""
	}
	find := finder(scope)
	var parts []string
	for _, m := range ms {
		var what string
		if t, err := find(m.Num); err == nil {
			what = describeToken(scope, t)
		} else {
			what = "an unknown token"
		}
		parts = append(parts, s[m.Start:m.End]+" is "+what)
	}
	return " (" + strings.Join(parts, "; ") + ": a value known only at deployment, where a literal is required)"
}

// describeToken names what a token object stands for.
func describeToken(scope constructs.IConstruct, t interface{}) string {
	switch v := t.(type) {
	case *cfnReference:
		el := *v.target.Node().Path()
		if _, ok := hostOf(v.target.Construct).(CfnParameter); ok && v.attribute == "Ref" {
			return "the value of parameter " + el
		}
		if v.attribute == "Ref" {
			return "a reference to " + el
		}
		return "attribute " + v.attribute + " of " + el
	case *lazyValue:
		return "a Lazy value"
	case *intrinsic, *fnIntrinsic:
		var val interface{}
		if i, ok := v.(*intrinsic); ok {
			val = i.value
		} else {
			val = v.(*fnIntrinsic).value
		}
		return "the intrinsic " + describeValue(scope, val)
	}
	return fmt.Sprintf("a token (%T)", t)
}

func describeValue(scope constructs.IConstruct, v interface{}) (out string) {
	defer func() {
		if recover() != nil {
			out = fmt.Sprint(v)
		}
	}()
	return mustJSON((&resolver{scope: scope, removeEmpty: true}).resolve(v, nil))
}
