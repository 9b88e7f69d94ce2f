// Package cxjson converts the cloud assembly schema's Go types
// (awscdk/cloudassemblyschema) to and from the JSON aws-cdk-lib writes. It
// is shared by cloudassemblyschema (Manifest_*), cxapi (the builder) and
// awscdk (artifacts a synthesizer adds through its session), so that there
// is one copy of the rules:
//
//   - struct fields in declaration order, the order jsii hands a Go struct
//     to aws-cdk-lib, with nil fields left out;
//   - map keys sorted, as jsii hands Go maps over;
//   - enums, whose Go values are their constant names as in aws-cdk-go,
//     written with the schema's wire values ("ASSET_MANIFEST" is
//     "cdk:asset-manifest").
package cxjson

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/internal/ojson"
)

// schemaPkg is the package of the enums below.
const schemaPkg = "github.com/strata-cdk/strata/awscdk/cloudassemblyschema"

// wireValues lists each schema enum's constant names with its wire values,
// in the schema's order (read-only).
var wireValues = map[string][][2]string{
	"ArtifactType":                 {{"NONE", "none"}, {"AWS_CLOUDFORMATION_STACK", "aws:cloudformation:stack"}, {"CDK_TREE", "cdk:tree"}, {"ASSET_MANIFEST", "cdk:asset-manifest"}, {"NESTED_CLOUD_ASSEMBLY", "cdk:cloud-assembly"}, {"FEATURE_FLAG_REPORT", "cdk:feature-flag-report"}},
	"ArtifactMetadataEntryType":    {{"ASSET", "aws:cdk:asset"}, {"INFO", "aws:cdk:info"}, {"WARN", "aws:cdk:warning"}, {"ERROR", "aws:cdk:error"}, {"LOGICAL_ID", "aws:cdk:logicalId"}, {"STACK_TAGS", "aws:cdk:stack-tags"}, {"DO_NOT_REFACTOR", "aws:cdk:do-not-refactor"}, {"CREATION_STACK", "aws:cdk:creationStack"}, {"PROPERTY_ASSIGNMENT", "aws:cdk:propertyAssignment"}},
	"ContextProvider":              {{"AMI_PROVIDER", "ami"}, {"AVAILABILITY_ZONE_PROVIDER", "availability-zones"}, {"HOSTED_ZONE_PROVIDER", "hosted-zone"}, {"SSM_PARAMETER_PROVIDER", "ssm"}, {"VPC_PROVIDER", "vpc-provider"}, {"ENDPOINT_SERVICE_AVAILABILITY_ZONE_PROVIDER", "endpoint-service-availability-zones"}, {"LOAD_BALANCER_PROVIDER", "load-balancer"}, {"LOAD_BALANCER_LISTENER_PROVIDER", "load-balancer-listener"}, {"SECURITY_GROUP_PROVIDER", "security-group"}, {"KEY_PROVIDER", "key-provider"}, {"CC_API_PROVIDER", "cc-api-provider"}, {"PLUGIN", "plugin"}},
	"LoadBalancerType":             {{"NETWORK", "network"}, {"APPLICATION", "application"}},
	"LoadBalancerListenerProtocol": {{"HTTP", "HTTP"}, {"HTTPS", "HTTPS"}, {"TCP", "TCP"}, {"TLS", "TLS"}, {"UDP", "UDP"}, {"TCP_UDP", "TCP_UDP"}},
	"FileAssetPackaging":           {{"FILE", "file"}, {"ZIP_DIRECTORY", "zip"}},
	"RequireApproval":              {{"NEVER", "never"}, {"ANYCHANGE", "any-change"}, {"BROADENING", "broadening"}, {"DESTRUCTIVE", "destructive"}},
}

// Enum returns the constant names and wire values of schema enum t, in
// the schema's order; nil for other types.
func Enum(t reflect.Type) [][2]string {
	if t.PkgPath() != schemaPkg {
		return nil
	}
	return wireValues[t.Name()]
}

// WireValue returns the value enum constant name of type t is written as;
// names (and types) the schema does not know pass through.
func WireValue(t reflect.Type, name string) string {
	for _, e := range Enum(t) {
		if e[0] == name {
			return e[1]
		}
	}
	return name
}

// GoValue is WireValue's inverse.
func GoValue(t reflect.Type, wire string) string {
	for _, e := range Enum(t) {
		if e[1] == wire {
			return e[0]
		}
	}
	return wire
}

var stringType = reflect.TypeOf("")

// Encode turns a schema value into the JSON tree (objects as *ojson.Object)
// JSON.stringify writes for the object jsii hands aws-cdk-lib.
func Encode(v interface{}) interface{} { return encode(reflect.ValueOf(v)) }

func encode(v reflect.Value) interface{} {
	switch v.Kind() {
	case reflect.Invalid:
		return nil
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		if o, ok := v.Interface().(*ojson.Object); ok {
			return o
		}
		return encode(v.Elem())
	case reflect.Struct:
		o := ojson.New()
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "" || name == "-" {
				continue
			}
			fv := v.Field(i)
			if unset(fv) {
				continue
			}
			o.Set(name, encode(fv))
		}
		return o
	case reflect.Map:
		if v.IsNil() {
			return nil
		}
		keys := make([]string, 0, v.Len())
		for _, k := range v.MapKeys() {
			keys = append(keys, fmt.Sprint(k.Interface()))
		}
		sort.Strings(keys)
		o := ojson.NewSize(len(keys))
		for _, k := range keys {
			o.Set(k, encode(v.MapIndex(reflect.ValueOf(k).Convert(v.Type().Key()))))
		}
		return o
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return nil
		}
		out := make([]interface{}, v.Len())
		for i := range out {
			out[i] = encode(v.Index(i))
		}
		return out
	case reflect.String:
		if v.Type() != stringType {
			return WireValue(v.Type(), v.String())
		}
		return v.String()
	case reflect.Bool:
		return v.Bool()
	case reflect.Float32, reflect.Float64:
		return v.Float()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return float64(v.Uint())
	}
	return v.Interface()
}

// unset reports a field jsii leaves out: nil, or an enum never set.
func unset(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map, reflect.Slice:
		return v.IsNil()
	case reflect.String:
		return v.String() == "" && v.Type() != stringType
	}
	return false
}

// Hook lets the caller read a struct of its own way after its fields are
// filled (cloudassemblyschema types an artifact's properties by its type).
type Hook func(src *ojson.Object, dst reflect.Value, path string) error

// Decode fills dst (a settable value) from a tree ojson.Decode read, naming
// path in errors. Objects become the schema's structs where the field is
// typed, and plain map[string]interface{} where it is interface{}.
func Decode(src interface{}, dst reflect.Value, path string, hook Hook) error {
	if src == nil {
		return nil
	}
	t := dst.Type()
	switch t.Kind() {
	case reflect.Pointer:
		p := reflect.New(t.Elem())
		if err := Decode(src, p.Elem(), path, hook); err != nil {
			return err
		}
		dst.Set(p)
		return nil
	case reflect.Interface:
		dst.Set(reflect.ValueOf(Plain(src)))
		return nil
	case reflect.Struct:
		o, ok := src.(*ojson.Object)
		if !ok {
			return fmt.Errorf("%s: expected an object, found %s", path, describe(src))
		}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "" {
				continue
			}
			v, ok := o.Get(name)
			if !ok {
				continue
			}
			if err := Decode(v, dst.Field(i), path+"."+name, hook); err != nil {
				return err
			}
		}
		if hook != nil {
			return hook(o, dst, path)
		}
		return nil
	case reflect.Map:
		o, ok := src.(*ojson.Object)
		if !ok {
			return fmt.Errorf("%s: expected an object, found %s", path, describe(src))
		}
		m := reflect.MakeMapWithSize(t, o.Len())
		var err error
		o.Range(func(k string, v interface{}) {
			if err != nil {
				return
			}
			ev := reflect.New(t.Elem()).Elem()
			if err = Decode(v, ev, path+"."+k, hook); err == nil {
				m.SetMapIndex(reflect.ValueOf(k).Convert(t.Key()), ev)
			}
		})
		dst.Set(m)
		return err
	case reflect.Slice:
		a, ok := src.([]interface{})
		if !ok {
			return fmt.Errorf("%s: expected an array, found %s", path, describe(src))
		}
		s := reflect.MakeSlice(t, len(a), len(a))
		for i, v := range a {
			if err := Decode(v, s.Index(i), fmt.Sprintf("%s[%d]", path, i), hook); err != nil {
				return err
			}
		}
		dst.Set(s)
		return nil
	case reflect.String:
		s, ok := src.(string)
		if !ok {
			return fmt.Errorf("%s: expected a string, found %s", path, describe(src))
		}
		if t != stringType {
			s = GoValue(t, s)
		}
		dst.SetString(s)
		return nil
	case reflect.Bool:
		b, ok := src.(bool)
		if !ok {
			return fmt.Errorf("%s: expected a boolean, found %s", path, describe(src))
		}
		dst.SetBool(b)
		return nil
	case reflect.Float64:
		n, ok := src.(float64)
		if !ok {
			return fmt.Errorf("%s: expected a number, found %s", path, describe(src))
		}
		dst.SetFloat(n)
		return nil
	}
	return fmt.Errorf("%s: cannot read into %s", path, t)
}

// Plain converts a decoded tree to encoding/json's shapes, for interface{}
// fields (metadata data, context query props), which users type-assert.
func Plain(v interface{}) interface{} {
	switch x := v.(type) {
	case *ojson.Object:
		m := make(map[string]interface{}, x.Len())
		x.Range(func(k string, v interface{}) { m[k] = Plain(v) })
		return m
	case []interface{}:
		out := make([]interface{}, len(x))
		for i, e := range x {
			out[i] = Plain(e)
		}
		return out
	}
	return v
}

func describe(v interface{}) string {
	switch v.(type) {
	case *ojson.Object:
		return "an object"
	case []interface{}:
		return "an array"
	case string:
		return "a string"
	case float64:
		return "a number"
	case bool:
		return "a boolean"
	}
	return fmt.Sprintf("%T", v)
}
