package cloudassemblyschema

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/internal/ojson"
)

// The Go enums carry their constant names, as in aws-cdk-go; the files carry
// the schema's wire values. These tables translate (read-only).
var wireValues = map[reflect.Type]map[string]string{
	reflect.TypeOf(ArtifactType("")): {
		"NONE": "none", "AWS_CLOUDFORMATION_STACK": "aws:cloudformation:stack", "CDK_TREE": "cdk:tree",
		"ASSET_MANIFEST": "cdk:asset-manifest", "NESTED_CLOUD_ASSEMBLY": "cdk:cloud-assembly",
		"FEATURE_FLAG_REPORT": "cdk:feature-flag-report",
	},
	reflect.TypeOf(ArtifactMetadataEntryType("")): {
		"ASSET": "aws:cdk:asset", "INFO": "aws:cdk:info", "WARN": "aws:cdk:warning", "ERROR": "aws:cdk:error",
		"LOGICAL_ID": "aws:cdk:logicalId", "STACK_TAGS": "aws:cdk:stack-tags", "DO_NOT_REFACTOR": "aws:cdk:do-not-refactor",
		"CREATION_STACK": "aws:cdk:creationStack", "PROPERTY_ASSIGNMENT": "aws:cdk:propertyAssignment",
	},
	reflect.TypeOf(ContextProvider("")): {
		"AMI_PROVIDER": "ami", "AVAILABILITY_ZONE_PROVIDER": "availability-zones", "HOSTED_ZONE_PROVIDER": "hosted-zone",
		"SSM_PARAMETER_PROVIDER": "ssm", "VPC_PROVIDER": "vpc-provider",
		"ENDPOINT_SERVICE_AVAILABILITY_ZONE_PROVIDER": "endpoint-service-availability-zones",
		"LOAD_BALANCER_PROVIDER":                      "load-balancer", "LOAD_BALANCER_LISTENER_PROVIDER": "load-balancer-listener",
		"SECURITY_GROUP_PROVIDER": "security-group", "KEY_PROVIDER": "key-provider", "CC_API_PROVIDER": "cc-api-provider",
		"PLUGIN": "plugin",
	},
	reflect.TypeOf(LoadBalancerType("")): {"NETWORK": "network", "APPLICATION": "application"},
	reflect.TypeOf(LoadBalancerListenerProtocol("")): {
		"HTTP": "HTTP", "HTTPS": "HTTPS", "TCP": "TCP", "TLS": "TLS", "UDP": "UDP", "TCP_UDP": "TCP_UDP",
	},
	reflect.TypeOf(FileAssetPackaging("")): {"FILE": "file", "ZIP_DIRECTORY": "zip"},
	reflect.TypeOf(RequireApproval("")): {
		"NEVER": "never", "ANYCHANGE": "any-change", "BROADENING": "broadening", "DESTRUCTIVE": "destructive",
	},
}

// propertiesByType is the Go type of ArtifactManifest.Properties for each
// artifact type (the field is a union in the schema).
var propertiesByType = map[string]reflect.Type{
	"aws:cloudformation:stack": reflect.TypeOf(AwsCloudFormationStackProperties{}),
	"cdk:asset-manifest":       reflect.TypeOf(AssetManifestProperties{}),
	"cdk:tree":                 reflect.TypeOf(TreeArtifactProperties{}),
	"cdk:cloud-assembly":       reflect.TypeOf(NestedCloudAssemblyProperties{}),
	"cdk:feature-flag-report":  reflect.TypeOf(FeatureFlagReportProperties{}),
}

// WireValue returns the value a schema enum is written as ("ASSET_MANIFEST"
// is "cdk:asset-manifest"); values not in the schema pass through.
func wireValue(t reflect.Type, name string) string {
	if w, ok := wireValues[t][name]; ok {
		return w
	}
	return name
}

func goValue(t reflect.Type, wire string) string {
	for name, w := range wireValues[t] {
		if w == wire {
			return name
		}
	}
	return wire
}

// toJSON turns a schema value into the JSON tree JSON.stringify writes for
// the object jsii hands aws-cdk-lib: struct fields in declaration order with
// nil ones left out, map keys sorted, enums as their wire values.
func toJSON(v reflect.Value) interface{} {
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
		return toJSON(v.Elem())
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
			if isUnset(fv) {
				continue
			}
			o.Set(name, toJSON(fv))
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
			o.Set(k, toJSON(v.MapIndex(reflect.ValueOf(k).Convert(v.Type().Key()))))
		}
		return o
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return nil
		}
		out := make([]interface{}, v.Len())
		for i := range out {
			out[i] = toJSON(v.Index(i))
		}
		return out
	case reflect.String:
		if v.Type() != reflect.TypeOf("") {
			return wireValue(v.Type(), v.String())
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

// isUnset reports a field jsii leaves out: nil, or an enum never set.
func isUnset(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map, reflect.Slice:
		return v.IsNil()
	case reflect.String:
		return v.String() == "" && v.Type() != reflect.TypeOf("")
	}
	return false
}

// fromJSON fills dst (a settable value) from a tree ojson.Decode read.
// Objects become the schema's structs where the field is typed, and plain
// map[string]interface{} where it is interface{}.
func fromJSON(src interface{}, dst reflect.Value, path string) error {
	if src == nil {
		return nil
	}
	t := dst.Type()
	switch t.Kind() {
	case reflect.Pointer:
		p := reflect.New(t.Elem())
		if err := fromJSON(src, p.Elem(), path); err != nil {
			return err
		}
		dst.Set(p)
		return nil
	case reflect.Interface:
		dst.Set(reflect.ValueOf(plain(src)))
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
			if err := fromJSON(v, dst.Field(i), path+"."+name); err != nil {
				return err
			}
		}
		if t == reflect.TypeOf(ArtifactManifest{}) {
			return typedProperties(o, dst.Addr().Interface().(*ArtifactManifest), path)
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
			if err = fromJSON(v, ev, path+"."+k); err == nil {
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
			if err := fromJSON(v, s.Index(i), fmt.Sprintf("%s[%d]", path, i)); err != nil {
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
		if t != reflect.TypeOf("") {
			s = goValue(t, s)
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

// typedProperties reads an artifact's properties into the struct of its
// type (AwsCloudFormationStackProperties for a stack, ...).
func typedProperties(o *ojson.Object, a *ArtifactManifest, path string) error {
	raw, ok := o.Get("properties")
	if !ok {
		return nil
	}
	pt, ok := propertiesByType[wireValue(reflect.TypeOf(a.Type), string(a.Type))]
	if !ok {
		return nil
	}
	p := reflect.New(pt)
	if err := fromJSON(raw, p.Elem(), path+".properties"); err != nil {
		return err
	}
	a.Properties = p.Interface()
	return nil
}

// plain converts a decoded tree to encoding/json's shapes for interface{}
// fields (metadata data, ...), which users type-assert.
func plain(v interface{}) interface{} {
	switch x := v.(type) {
	case *ojson.Object:
		m := make(map[string]interface{}, x.Len())
		x.Range(func(k string, v interface{}) { m[k] = plain(v) })
		return m
	case []interface{}:
		out := make([]interface{}, len(x))
		for i, e := range x {
			out[i] = plain(e)
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
