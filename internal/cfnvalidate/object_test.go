package cfnvalidate

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/strata-cdk/strata/internal/ojson"
)

// TestValidateObjectMatchesBytes checks that validating a rendered object
// says what validating its JSON says, on the engine test templates both as
// decoded and with their values turned into the other Go forms a rendered
// template holds.
func TestValidateObjectMatchesBytes(t *testing.T) {
	files, _ := filepath.Glob("testdata/templates/*.json")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		v, err := ojson.Decode(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, variant := range []struct {
			name string
			tmpl *ojson.Object
		}{{"decoded", v.(*ojson.Object)}, {"rough", roughen(v).(*ojson.Object)}} {
			b, err := ojson.Marshal(variant.tmpl, " ")
			if err != nil {
				t.Fatal(err)
			}
			want, err := Validate(b, Options{Exclude: CDKExcludedRules})
			if err != nil {
				t.Fatal(err)
			}
			got, err := ValidateObject(variant.tmpl, Options{Exclude: CDKExcludedRules})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s (%s): object gives %v, bytes %v", filepath.Base(f), variant.name, got, want)
			}
		}
	}
}

// roughen rebuilds a decoded value with other forms that write the same
// JSON: whole numbers as ints, string lists as []string, undefined entries,
// small objects as maps with sorted keys.
func roughen(v interface{}) interface{} {
	switch x := v.(type) {
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1<<31 {
			return int(x)
		}
	case []interface{}:
		strs := make([]string, 0, len(x))
		for _, e := range x {
			if s, ok := e.(string); ok {
				strs = append(strs, s)
			}
		}
		if len(strs) == len(x) && len(x) > 0 {
			return strs
		}
		out := make([]interface{}, len(x))
		for i, e := range x {
			out[i] = roughen(e)
		}
		return out
	case *ojson.Object:
		out := ojson.New()
		x.Range(func(k string, e interface{}) {
			out.Set("Zz"+k, ojson.Undefined)
			out.Set(k, roughen(e))
		})
		return out
	}
	return v
}

// TestValidateObjectForms covers the values only a rendered template holds.
func TestValidateObjectForms(t *testing.T) {
	props := ojson.New()
	props.Set("FunctionName", ojson.Undefined)
	props.Set("Runtime", json.Number("1"))
	props.Set("MemorySize", int64(100000))
	props.Set("Timeout", math.Inf(1))
	props.Set("Handler", ojson.Null)
	props.Set("Role", map[string]interface{}{"b": 1, "a": []string{"x"}})
	props.Set("Code", struct {
		ZipFile string `json:"ZipFile"`
	}{"x"})
	props.Set("Description", "\xff")
	props.Set("Architectures", []interface{}{ojson.Undefined, -0.0, float32(1.5)})
	fn := ojson.New()
	fn.Set("Type", "AWS::Lambda::Function")
	fn.Set("Properties", props)
	q := ojson.New()
	q.Set("Type", "AWS::SQS::Queue")
	q.Set("Properties", map[string]interface{}{"DelaySeconds": 1000, "MessageRetentionPeriod": "10"})
	res := ojson.New()
	res.Set("Fn", fn)
	res.Set("Gone", ojson.Undefined)
	res.Set("Q", q)
	tmpl := ojson.New()
	tmpl.Set("Resources", res)
	b, err := ojson.Marshal(tmpl, " ")
	if err != nil {
		t.Fatal(err)
	}
	want, err := Validate(b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 {
		t.Fatal("the template should have findings")
	}
	got, err := ValidateObject(tmpl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("object gives %v, bytes %v", got, want)
	}
	if plain(tmpl) {
		t.Error("plain: the template holds values JSON does not")
	}
	// Nothing of the original changed.
	if b2, _ := ojson.Marshal(tmpl, " "); string(b2) != string(b) {
		t.Error("ValidateObject changed the template")
	}
}

// TestValidateObjectAllocs: a plain template is read where it stands, so
// validating it costs a small part of what decoding its bytes does.
func TestValidateObjectAllocs(t *testing.T) {
	src, err := os.ReadFile("testdata/templates/schema-az.json")
	if err != nil {
		t.Fatal(err)
	}
	v, _ := ojson.Decode(src)
	tmpl := v.(*ojson.Object)
	opts := Options{Exclude: CDKExcludedRules}
	ValidateObject(tmpl, opts)
	fromObject := testing.AllocsPerRun(20, func() { ValidateObject(tmpl, opts) })
	fromBytes := testing.AllocsPerRun(20, func() { Validate(src, opts) })
	if fromObject > fromBytes/3 {
		t.Errorf("ValidateObject: %v allocations, Validate %v", fromObject, fromBytes)
	}
}
