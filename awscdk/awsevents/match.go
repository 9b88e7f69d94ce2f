package awsevents

import (
	"regexp"
	"strconv"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// Match builds the content filters of an event pattern (prefix, numeric,
// anything-but …). Each Match_* function returns a list to use as a field
// of an EventPattern or of its Detail; the list holds tokens that resolve
// to the filter objects.
type Match interface {
	awscdk.IResolvable
	CreationStack() *[]*string
	// AsList is this matcher as a list token.
	AsList() *[]*string
	Resolve(context awscdk.IResolveContext) interface{}
	ToString() *string
}

// match is a list of matchers resolved together; merge folds numeric
// matchers into one (Match_AllOf).
type match struct {
	matchers []interface{}
	merge    bool
}

func (m *match) CreationStack() *[]*string {
	return &[]*string{jsii.String("Token stack traces are no longer captured")}
}
func (m *match) TypeHint() awscdk.ResolutionTypeHint { return awscdk.ResolutionTypeHint_STRING_LIST }
func (m *match) ToString() *string                   { return awscdk.Token_AsString(m, nil) }
func (m *match) AsList() *[]*string                  { return awscdk.Token_AsList(m, nil) }

func (m *match) Resolve(ctx awscdk.IResolveContext) interface{} {
	var out []interface{}
	for _, x := range m.matchers {
		r := ctx.Resolve(x, nil)
		if list, ok := r.([]interface{}); ok {
			out = append(out, list...)
		} else {
			out = append(out, r)
		}
	}
	if !m.merge {
		return out
	}
	var numeric []interface{}
	for _, x := range out {
		var num interface{}
		switch obj := x.(type) {
		case map[string]interface{}:
			num = obj["numeric"]
		case *ojson.Object:
			num, _ = obj.Get("numeric")
		}
		list, ok := num.([]interface{})
		if !ok {
			diag.Panic("", "Only numeric matchers can be merged into a single matcher.")
		}
		numeric = append(numeric, list...)
	}
	return []interface{}{map[string]interface{}{"numeric": numeric}}
}

// one is a pattern list holding a single filter object.
func one(filter interface{}) *[]*string {
	return &[]*string{awscdk.Token_AsString(filter, nil)}
}

// Match_NullValue matches a null value.
func Match_NullValue() *[]*string { return one(ojson.Null) }

// Match_Exists matches when the field is present.
func Match_Exists() *[]*string { return one(map[string]interface{}{"exists": true}) }

// Match_DoesNotExist matches when the field is absent.
func Match_DoesNotExist() *[]*string { return one(map[string]interface{}{"exists": false}) }

// Match_ExactString matches exactly this string.
func Match_ExactString(value *string) *[]*string { return one(value) }

// Match_EqualsIgnoreCase matches this string in any case.
func Match_EqualsIgnoreCase(value *string) *[]*string {
	return one(map[string]interface{}{"equals-ignore-case": value})
}

// Match_Prefix matches strings starting with value.
func Match_Prefix(value *string) *[]*string { return one(map[string]interface{}{"prefix": value}) }

// Match_Suffix matches strings ending with value.
func Match_Suffix(value *string) *[]*string { return one(map[string]interface{}{"suffix": value}) }

// Match_PrefixEqualsIgnoreCase matches strings starting with value, in any case.
func Match_PrefixEqualsIgnoreCase(value *string) *[]*string {
	return one(map[string]interface{}{"prefix": map[string]interface{}{"equals-ignore-case": value}})
}

// Match_SuffixEqualsIgnoreCase matches strings ending with value, in any case.
func Match_SuffixEqualsIgnoreCase(value *string) *[]*string {
	return one(map[string]interface{}{"suffix": map[string]interface{}{"equals-ignore-case": value}})
}

// Match_Wildcard matches strings against a pattern with * wildcards.
func Match_Wildcard(value *string) *[]*string { return one(map[string]interface{}{"wildcard": value}) }

var (
	ipv4Range = regexp.MustCompile(`^([0-9]{1,3}\.){3}[0-9]{1,3}(/([0-9]|[1-2][0-9]|3[0-2]))?$`)
	ipv6Range = regexp.MustCompile(`^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%.+)?(/([0-9]|[1-9][0-9]|1[0-1][0-9]|12[0-8]))?$`)
)

// Match_Cidr matches IP addresses in a CIDR range.
func Match_Cidr(rng *string) *[]*string {
	r := deref(rng)
	if !ipv4Range.MatchString(r) && !ipv6Range.MatchString(r) {
		diag.Panic("", "Invalid IP address range: %s", r)
	}
	return one(map[string]interface{}{"cidr": rng})
}

// Match_IpAddressRange is Match_Cidr.
func Match_IpAddressRange(rng *string) *[]*string { return Match_Cidr(rng) }

// Match_AnythingBut matches anything except the given strings or numbers
// (all of one kind).
func Match_AnythingBut(values ...interface{}) *[]*string {
	if len(values) == 0 {
		diag.Panic("", "anythingBut matchers must be non-empty lists")
	}
	nums, strsN := 0, 0
	list := make([]interface{}, len(values))
	for i, v := range values {
		switch x := v.(type) {
		case *float64, float64, int, *int:
			nums++
		case *string, string:
			strsN++
		default:
			_ = x
		}
		list[i] = v
	}
	if nums != len(values) && strsN != len(values) {
		diag.Panic("", "anythingBut matchers must be lists that contain only strings or only numbers.")
	}
	return one(map[string]interface{}{"anything-but": list})
}

func anythingButConjunction(key string, values []*string) *[]*string {
	if len(values) == 0 {
		diag.Panic("", "anythingBut matchers must be non-empty lists")
	}
	var v interface{} = values[0]
	if len(values) > 1 {
		v = values
	}
	return one(map[string]interface{}{"anything-but": map[string]interface{}{key: v}})
}

// Match_AnythingButPrefix matches strings not starting with any of values.
func Match_AnythingButPrefix(values ...*string) *[]*string {
	return anythingButConjunction("prefix", values)
}

// Match_AnythingButSuffix matches strings not ending with any of values.
func Match_AnythingButSuffix(values ...*string) *[]*string {
	return anythingButConjunction("suffix", values)
}

// Match_AnythingButWildcard matches strings matching none of the wildcard patterns.
func Match_AnythingButWildcard(values ...*string) *[]*string {
	return anythingButConjunction("wildcard", values)
}

// Match_AnythingButEqualsIgnoreCase matches strings equal to none of values, in any case.
func Match_AnythingButEqualsIgnoreCase(values ...*string) *[]*string {
	return anythingButConjunction("equals-ignore-case", values)
}

func numeric(op string, v *float64) *[]*string {
	return one(map[string]interface{}{"numeric": []interface{}{op, v}})
}

// Match_GreaterThan matches numbers greater than value.
func Match_GreaterThan(value *float64) *[]*string { return numeric(">", value) }

// Match_GreaterThanOrEqual matches numbers greater than or equal to value.
func Match_GreaterThanOrEqual(value *float64) *[]*string { return numeric(">=", value) }

// Match_LessThan matches numbers less than value.
func Match_LessThan(value *float64) *[]*string { return numeric("<", value) }

// Match_LessThanOrEqual matches numbers less than or equal to value.
func Match_LessThanOrEqual(value *float64) *[]*string { return numeric("<=", value) }

// Match_Equal matches numbers equal to value.
func Match_Equal(value *float64) *[]*string { return numeric("=", value) }

// Match_Interval matches numbers in [lower, upper].
func Match_Interval(lower *float64, upper *float64) *[]*string {
	if lower != nil && upper != nil && *lower > *upper {
		diag.Panic("", "Invalid interval: [%s, %s]", jsNum(*lower), jsNum(*upper))
	}
	return Match_AllOf(Match_GreaterThanOrEqual(lower), Match_LessThanOrEqual(upper))
}

// Match_AllOf matches when all the numeric matchers match (they are
// merged into one numeric filter).
func Match_AllOf(matchers ...interface{}) *[]*string {
	if len(matchers) == 0 {
		diag.Panic("", "A list of matchers must contain at least one element.")
	}
	return (&match{matchers: matchers, merge: true}).AsList()
}

// Match_AnyOf matches when any of the matchers matches.
func Match_AnyOf(matchers ...interface{}) *[]*string {
	if len(matchers) == 0 {
		diag.Panic("", "A list of matchers must contain at least one element.")
	}
	out := []*string{}
	for _, m := range matchers {
		switch x := m.(type) {
		case *[]*string:
			if x != nil {
				for _, s := range *x {
					out = append(out, awscdk.Token_AsString(s, nil))
				}
			}
		case []*string:
			for _, s := range x {
				out = append(out, awscdk.Token_AsString(s, nil))
			}
		default:
			out = append(out, awscdk.Token_AsString(m, nil))
		}
	}
	return &out
}

// jsNum formats n as JavaScript prints a number.
func jsNum(n float64) string {
	if n == float64(int64(n)) {
		return strconv.FormatInt(int64(n), 10)
	}
	return strconv.FormatFloat(n, 'g', -1, 64)
}
