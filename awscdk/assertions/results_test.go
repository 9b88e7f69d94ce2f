package assertions_test

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk/assertions"
	"github.com/strata-cdk/strata/awscdk/cxapi"
	"github.com/strata-cdk/strata/jsii"
)

func ids(m *map[string]*map[string]interface{}) []string {
	out := []string{}
	for k := range *m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func probe(m assertions.Matcher, actual interface{}) interface{} {
	r := m.Test(actual)
	human := []string{}
	for _, s := range *r.ToHumanStrings() {
		human = append(human, *s)
	}
	return obj{"success": *r.IsSuccess(), "failCount": *r.FailCount(), "human": human, "render": *r.RenderMismatch()}
}

func messages(ms *[]*cxapi.SynthesisMessage) []interface{} {
	out := []interface{}{}
	for _, m := range *ms {
		out = append(out, obj{
			"level": strings.ToLower(string(m.Level)),
			"entry": obj{"type": *m.Entry.Type, "data": m.Entry.Data},
			"id":    *m.Id,
		})
	}
	return out
}

// TestResults compares what succeeding assertions, finders, captures and
// matchers return with what aws-cdk-lib 2.276.0 returned for the twins
// (testdata/results.json). Finders' ids are compared as sets: Go maps
// have no order.
func TestResults(t *testing.T) {
	var want map[string]interface{}
	if err := json.Unmarshal([]byte(readTestdata(t, "results.json")), &want); err != nil {
		t.Fatal(err)
	}
	src := readTestdata(t, "template.json")
	tmpl := func() assertions.Template { return assertions.Template_FromString(jsii.String(src), nil) }
	q := jsii.String("AWS::SQS::Queue")
	star := jsii.String("*")
	cases := map[string]func() interface{}{
		"findResources_all": func() interface{} { return ids(tmpl().FindResources(q, nil)) },
		"findResources_props": func() interface{} {
			return ids(tmpl().FindResources(q, obj{"Properties": obj{"DelaySeconds": assertions.Match_AnyValue()}}))
		},
		"findResources_matcher": func() interface{} {
			return ids(tmpl().FindResources(q, assertions.Match_ObjectLike(&obj{"Properties": assertions.Match_ObjectLike(&obj{"FifoQueue": true})})))
		},
		"findResources_none": func() interface{} {
			return ids(tmpl().FindResources(q, obj{"Properties": obj{"DelaySeconds": 99}}))
		},
		"findResources_value": func() interface{} { return tmpl().FindResources(jsii.String("AWS::SNS::Topic"), nil) },
		"findOutputs": func() interface{} {
			return ids(tmpl().FindOutputs(star, obj{"Value": obj{"Ref": assertions.Match_StringLikeRegexp(jsii.String("Queue"))}}))
		},
		"findOutputs_named": func() interface{} { return tmpl().FindOutputs(jsii.String("TopicArn"), nil) },
		"findParameters":    func() interface{} { return tmpl().FindParameters(star, obj{"Type": "Number"}) },
		"findMappings":      func() interface{} { return ids(tmpl().FindMappings(star, nil)) },
		"findConditions":    func() interface{} { return tmpl().FindConditions(jsii.String("IsProd"), nil) },
		"getResourceId": func() interface{} {
			return tmpl().GetResourceId(q, obj{"Properties": obj{"FifoQueue": true}})
		},
		"capture_all": func() interface{} {
			c := assertions.NewCapture(nil)
			tmpl().AllResourcesProperties(q, obj{"DelaySeconds": assertions.Match_AnyValue(), "QueueName": c})
			return "unreachable"
		},
		"capture_next": func() interface{} {
			c := assertions.NewCapture(nil)
			tmpl().FindResources(q, obj{"Properties": obj{"QueueName": c}})
			seen := []string{*c.AsString()}
			for *c.Next() {
				seen = append(seen, *c.AsString())
			}
			return seen
		},
		"capture_kinds": func() interface{} {
			n, b, a, o := assertions.NewCapture(nil), assertions.NewCapture(nil), assertions.NewCapture(nil), assertions.NewCapture(nil)
			tmpl().HasResourceProperties(q, obj{"DelaySeconds": n, "FifoQueue": b})
			tmpl().HasResourceProperties(jsii.String("AWS::IAM::Policy"), obj{"PolicyDocument": o, "Roles": a})
			return arr{*n.AsNumber(), *b.AsBoolean(), *a.AsArray(), *o.AsObject()}
		},
		"capture_pattern": func() interface{} {
			c := assertions.NewCapture(obj{"Key": "env"})
			tmpl().HasResourceProperties(q, obj{"Tags": assertions.Match_ArrayWith(&arr{c})})
			return c.AsObject()
		},
		"absent_properties": func() interface{} {
			return ids(tmpl().FindResources(q, obj{"Properties": assertions.Match_Absent()}))
		},
		"hasResourceProperties_absent_whole": func() interface{} {
			tmpl().HasResourceProperties(q, assertions.Match_Absent())
			return "passed"
		},
		"resourcePropertiesCountIs_absent": func() interface{} {
			tmpl().ResourcePropertiesCountIs(q, assertions.Match_Absent(), jsii.Number(0))
			return "passed"
		},
		"templateMatches_capture": func() interface{} {
			c := assertions.NewCapture(nil)
			tmpl().TemplateMatches(obj{"Outputs": obj{"TopicArn": obj{"Value": c}}})
			msg, failed := failure(func() { c.AsObject() })
			if failed {
				return msg
			}
			return c.AsObject()
		},
		"skip_cyclic": func() interface{} {
			return ids(assertions.Template_FromString(jsii.String(readTestdata(t, "cyclic.json")), &assertions.TemplateParsingOptions{SkipCyclicalDependenciesCheck: jsii.Bool(true)}).FindResources(q, nil))
		},
		"toJSON": func() interface{} {
			var keys []string
			for k := range *tmpl().ToJSON() {
				keys = append(keys, k)
			}
			// JSON order of the template file.
			order := map[string]int{"Parameters": 0, "Mappings": 1, "Conditions": 2, "Resources": 3, "Outputs": 4}
			sort.Slice(keys, func(i, j int) bool { return order[keys[i]] < order[keys[j]] })
			return keys
		},
		"tags_all": func() interface{} { return assertions.Tags_FromStack(twinStack(false)).All() },
		"annotations_findWarning": func() interface{} {
			return messages(assertions.Annotations_FromStack(twinStack(true)).FindWarning(star, assertions.Match_AnyValue()))
		},
		"annotations_findInfo_path": func() interface{} {
			return messages(assertions.Annotations_FromStack(twinStack(true)).FindInfo(jsii.String("/S/Topic"), jsii.String("topic made")))
		},
		"annotations_findError": func() interface{} {
			return messages(assertions.Annotations_FromStack(twinStack(true)).FindError(star, assertions.Match_AnyValue()))
		},
		"match_objectLike": func() interface{} {
			return probe(assertions.Match_ObjectLike(&obj{"a": 1, "c": obj{"d": arr{1, 2}}}), obj{"a": 1, "b": 2, "c": obj{"d": arr{1, 2}, "e": 3}})
		},
		"match_objectLike_fail": func() interface{} {
			return probe(assertions.Match_ObjectLike(&obj{"a": 1, "c": obj{"d": arr{1, 3}}}), obj{"a": 2, "c": obj{"d": arr{1, 2, 4}}})
		},
		"match_objectEquals_fail": func() interface{} {
			return probe(assertions.Match_ObjectEquals(&obj{"a": 1}), obj{"a": 1, "b": 2, "c": 3})
		},
		"match_arrayWith_order": func() interface{} { return probe(assertions.Match_ArrayWith(&arr{3, 1}), arr{1, 2, 3}) },
		"match_arrayWith_objects": func() interface{} {
			return probe(assertions.Match_ArrayWith(&arr{obj{"a": 1}}), arr{obj{"a": 1, "b": 2}})
		},
		"match_arrayEquals_nested": func() interface{} {
			return probe(assertions.Match_ArrayEquals(&arr{obj{"a": 1}}), arr{obj{"a": 1, "b": 2}})
		},
		"match_exact_nested": func() interface{} {
			return probe(assertions.Match_Exact(obj{"a": obj{"b": 1}}), obj{"a": obj{"b": 1, "c": 2}})
		},
		"match_not_fail": func() interface{} { return probe(assertions.Match_Not(obj{"a": 1}), obj{"a": 1}) },
		"match_not_ok":   func() interface{} { return probe(assertions.Match_Not(assertions.Match_AnyValue()), nil) },
		"match_serialized_ok": func() interface{} {
			return probe(assertions.Match_SerializedJson(obj{"a": arr{1, assertions.Match_AnyValue()}}), `{"a":[1,{"x":true}]}`)
		},
		"match_serialized_fail": func() interface{} {
			return probe(assertions.Match_SerializedJson(assertions.Match_ObjectEquals(&obj{"a": 1})), `{"a":1,"b":[1,2]}`)
		},
		"match_regexp_multiline": func() interface{} {
			return probe(assertions.Match_StringLikeRegexp(jsii.String("^b")), "a\nb")
		},
		"match_absent_undefined":  func() interface{} { return probe(assertions.Match_Absent(), nil) },
		"match_absent_array":      func() interface{} { return probe(assertions.Match_Absent(), arr{1, arr{2, nil}, "x"}) },
		"match_anyValue_zero":     func() interface{} { return probe(assertions.Match_AnyValue(), 0) },
		"match_literal_number":    func() interface{} { return probe(assertions.Match_Exact(1e21), 1e21+1) },
		"match_literal_float":     func() interface{} { return probe(assertions.Match_Exact(0.1), 0.30000000000000004) },
		"match_capture_undefined": func() interface{} { return probe(assertions.NewCapture(nil), nil) },
		"match_type_bool":         func() interface{} { return probe(assertions.Match_Exact(true), "true") },
		"match_object_undefined":  func() interface{} { return probe(assertions.Match_ObjectLike(&obj{}), nil) },
		"match_object_null_nested": func() interface{} {
			return probe(assertions.Match_ObjectLike(&obj{"a": obj{}}), obj{"a": nil})
		},
		"match_array_string": func() interface{} { return probe(assertions.Match_ArrayWith(&arr{"a"}), "a") },
		"match_custom": func() interface{} {
			return probe(assertions.Match_ObjectLike(&obj{"n": newMultipleOf(4), "m": newMultipleOf(3)}), obj{"n": 8, "m": 10})
		},
	}
	for name := range want {
		if cases[name] == nil {
			t.Errorf("results.json has %s, which has no Go case", name)
		}
	}
	for name, run := range cases {
		t.Run(name, func(t *testing.T) {
			w, ok := want[name]
			if !ok {
				t.Fatalf("no expectation for %s in testdata/results.json (run testdata/regen.sh)", name)
			}
			var got interface{}
			var value interface{}
			msg, failed := failure(func() { value = run() })
			if failed {
				got = obj{"error": msg}
			} else {
				got = obj{"value": value}
			}
			b, err := json.Marshal(got)
			if err != nil {
				t.Fatal(err)
			}
			var g interface{}
			if err := json.Unmarshal(b, &g); err != nil {
				t.Fatal(err)
			}
			if wm, ok := w.(map[string]interface{}); ok {
				if ids, ok := wm["value"].([]interface{}); ok && strings.HasPrefix(name, "find") || name == "absent_properties" || name == "skip_cyclic" {
					sortAny(ids)
				}
			}
			if !reflect.DeepEqual(g, w) {
				wb, _ := json.MarshalIndent(w, "", "  ")
				gb, _ := json.MarshalIndent(g, "", "  ")
				t.Errorf("differs from aws-cdk-lib\n--- got:\n%s\n--- want:\n%s", gb, wb)
			}
		})
	}
}

func sortAny(xs []interface{}) {
	sort.Slice(xs, func(i, j int) bool {
		a, _ := xs[i].(string)
		b, _ := xs[j].(string)
		return a < b
	})
}
