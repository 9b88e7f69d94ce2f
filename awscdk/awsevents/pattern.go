package awsevents

import (
	"fmt"
	"reflect"
	"sort"

	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
)

// EventPattern selects the events a rule matches. Every field is a list
// of values to match; Detail is an object of such lists (nested objects
// allowed) or Match_* matchers.
type EventPattern struct {
	Account    *[]*string              `field:"optional" json:"account" yaml:"account"`
	Detail     *map[string]interface{} `field:"optional" json:"detail" yaml:"detail"`
	DetailType *[]*string              `field:"optional" json:"detailType" yaml:"detailType"`
	Id         *[]*string              `field:"optional" json:"id" yaml:"id"`
	Region     *[]*string              `field:"optional" json:"region" yaml:"region"`
	Resources  *[]*string              `field:"optional" json:"resources" yaml:"resources"`
	Source     *[]*string              `field:"optional" json:"source" yaml:"source"`
	Time       *[]*string              `field:"optional" json:"time" yaml:"time"`
	Version    *[]*string              `field:"optional" json:"version" yaml:"version"`
}

// patternObject is p as aws-cdk-lib receives it from a Go program: the set
// fields in declaration order under their JavaScript names, map keys sorted.
func patternObject(p *EventPattern) *ojson.Object {
	o := ojson.New()
	if p == nil {
		return o
	}
	add := func(key string, v *[]*string) {
		if v != nil {
			o.Set(key, jsValue(reflect.ValueOf(*v)))
		}
	}
	add("account", p.Account)
	if p.Detail != nil {
		o.Set("detail", jsValue(reflect.ValueOf(*p.Detail)))
	}
	add("detailType", p.DetailType)
	add("id", p.Id)
	add("region", p.Region)
	add("resources", p.Resources)
	add("source", p.Source)
	add("time", p.Time)
	add("version", p.Version)
	return o
}

// jsValue converts Go slices and maps (keys sorted) into the resolver's
// []interface{} and *ojson.Object; other values pass through.
func jsValue(v reflect.Value) interface{} {
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Ptr {
		if v.IsNil() {
			return nil
		}
		if v.Kind() == reflect.Ptr && v.Elem().Kind() != reflect.Slice && v.Elem().Kind() != reflect.Map {
			return v.Interface()
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		out := make([]interface{}, v.Len())
		for i := range out {
			out[i] = jsValue(v.Index(i))
		}
		return out
	case reflect.Map:
		keys := make([]string, 0, v.Len())
		for _, k := range v.MapKeys() {
			keys = append(keys, k.String())
		}
		sort.Strings(keys)
		o := ojson.New()
		for _, k := range keys {
			o.Set(k, jsValue(v.MapIndex(reflect.ValueOf(k).Convert(v.Type().Key()))))
		}
		return o
	}
	if v.CanInterface() {
		return v.Interface()
	}
	return nil
}

// mergePattern merges src into dest as aws-cdk-lib's mergeEventPattern
// does: lists are concatenated without duplicates, objects merged.
func mergePattern(dest, src *ojson.Object) {
	src.Range(func(field string, sv interface{}) {
		if sv == nil {
			return
		}
		_, isList := sv.([]interface{})
		_, isObj := sv.(*ojson.Object)
		if !isList && !isObj {
			diag.Panic("", "Invalid event pattern field { %s: %s }. All fields must be arrays", field, jsonOf(sv))
		}
		dv, ok := dest.Get(field)
		if !ok {
			dest.Set(field, sv)
			return
		}
		_, destList := dv.([]interface{})
		if isList != destList {
			diag.Panic("", "Invalid event pattern field %s. Type mismatch between existing pattern %s and added pattern %s", field, jsonOf(dv), jsonOf(sv))
		}
		if isList {
			merged := append(append([]interface{}{}, dv.([]interface{})...), sv.([]interface{})...)
			seen := map[string]bool{}
			var out []interface{}
			for _, x := range merged {
				j := jsonOf(x)
				if !seen[j] {
					seen[j] = true
					out = append(out, x)
				}
			}
			dest.Set(field, out)
			return
		}
		mergePattern(dv.(*ojson.Object), sv.(*ojson.Object))
	})
}

// renderPattern is the EventPattern property: nil when empty, detailType
// written "detail-type".
func renderPattern(p *ojson.Object) interface{} {
	if p.Len() == 0 {
		return nil
	}
	out := ojson.New()
	p.Range(func(k string, v interface{}) {
		if k == "detailType" {
			k = "detail-type"
		}
		out.Set(k, v)
	})
	return out
}

func jsonOf(v interface{}) string {
	b, err := ojson.Marshal(v, "")
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
