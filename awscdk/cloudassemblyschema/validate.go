package cloudassemblyschema

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/internal/cxjson"
	"github.com/strata-cdk/strata/internal/ojson"
)

// Schema validation, which aws-cdk-lib runs when LoadManifestOptions
// ValidateSchema is set (by default when TESTING_CDK=1): each value is
// checked against the schema type it reads into, with the messages of the
// jsonschema package aws-cdk-lib uses ("instance.artifacts.S requires
// property \"type\""). Messages come in the order of the Go fields, which
// may differ from aws-cdk-lib's; interface{} fields other than an
// artifact's properties (metadata data, context query props) are not
// checked.

// wantValidation reports whether a load validates against the schema.
func wantValidation(options *LoadManifestOptions) bool {
	if options != nil && options.ValidateSchema != nil {
		return *options.ValidateSchema
	}
	return os.Getenv("TESTING_CDK") == "1"
}

// unionProperties is the schema's anyOf for ArtifactManifest.properties.
var unionProperties = []struct {
	name string
	t    reflect.Type
}{
	{"AwsCloudFormationStackProperties", reflect.TypeOf(AwsCloudFormationStackProperties{})},
	{"AssetManifestProperties", reflect.TypeOf(AssetManifestProperties{})},
	{"TreeArtifactProperties", reflect.TypeOf(TreeArtifactProperties{})},
	{"NestedCloudAssemblyProperties", reflect.TypeOf(NestedCloudAssemblyProperties{})},
	{"FeatureFlagReportProperties", reflect.TypeOf(FeatureFlagReportProperties{})},
}

// validate lists the schema violations of tree read as type t.
func validate(tree interface{}, t reflect.Type, skipEnums bool) []string {
	v := &validator{skipEnums: skipEnums}
	v.check(tree, t, "instance")
	return v.errs
}

type validator struct {
	skipEnums bool
	errs      []string
}

var (
	plainKey = regexp.MustCompile(`^[^.\s\[\]\d][^.\s\[\]]*$`)
	indexKey = regexp.MustCompile(`^\d+$`)
)

// suffix is how the jsonschema package names a property in a path.
func suffix(key string) string {
	switch {
	case plainKey.MatchString(key):
		return "." + key
	case indexKey.MatchString(key):
		return "[" + key + "]"
	}
	b, _ := json.Marshal(key)
	return "[" + string(b) + "]"
}

func (v *validator) typeErr(path, want string) {
	v.errs = append(v.errs, fmt.Sprintf("%s is not of a type(s) %s", path, want))
}

func (v *validator) check(x interface{}, t reflect.Type, path string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Interface:
		return
	case reflect.Struct:
		o, ok := x.(*ojson.Object)
		if !ok {
			v.typeErr(path, "object")
			return
		}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if _, ok := o.Get(name); !ok && f.Tag.Get("field") == "required" {
				v.errs = append(v.errs, fmt.Sprintf("%s requires property %q", path, name))
			}
		}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			val, ok := o.Get(name)
			if !ok {
				continue
			}
			if t == artifactManifestType && name == "properties" {
				v.union(val, path+suffix(name))
				continue
			}
			v.check(val, f.Type, path+suffix(name))
		}
	case reflect.Map:
		o, ok := x.(*ojson.Object)
		if !ok {
			v.typeErr(path, "object")
			return
		}
		o.Range(func(k string, val interface{}) { v.check(val, t.Elem(), path+suffix(k)) })
	case reflect.Slice:
		a, ok := x.([]interface{})
		if !ok {
			v.typeErr(path, "array")
			return
		}
		for i, e := range a {
			v.check(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.String:
		s, ok := x.(string)
		if !ok {
			v.typeErr(path, "string")
			return
		}
		if enum := cxjson.Enum(t); enum != nil && !v.skipEnums {
			var values []string
			for _, e := range enum {
				if e[1] == s {
					return
				}
				values = append(values, e[1])
			}
			v.errs = append(v.errs, fmt.Sprintf("%s is not one of enum values: %s", path, strings.Join(values, ",")))
		}
	case reflect.Bool:
		if _, ok := x.(bool); !ok {
			v.typeErr(path, "boolean")
		}
	case reflect.Float64:
		if _, ok := x.(float64); !ok {
			v.typeErr(path, "number")
		}
	}
}

// union checks an artifact's properties against each of the schema's
// property types; when none fits, each one's violations are listed, then
// the anyOf's own.
func (v *validator) union(x interface{}, path string) {
	var all []string
	var names []string
	for _, u := range unionProperties {
		sub := &validator{skipEnums: v.skipEnums}
		sub.check(x, u.t, path)
		if len(sub.errs) == 0 {
			return
		}
		all = append(all, sub.errs...)
		names = append(names, "<#/definitions/"+u.name+">")
	}
	v.errs = append(v.errs, all...)
	v.errs = append(v.errs, fmt.Sprintf("%s is not any of %s", path, strings.Join(names, ",")))
}
