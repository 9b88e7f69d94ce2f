package cloudassemblyschema

import (
	"reflect"

	"github.com/strata-cdk/strata/internal/cxjson"
	"github.com/strata-cdk/strata/internal/ojson"
)

// The JSON rules live in internal/cxjson, shared with cxapi and awscdk.

// propertiesByType is the Go type of ArtifactManifest.Properties for each
// artifact type (the field is a union in the schema).
var propertiesByType = map[ArtifactType]reflect.Type{
	ArtifactType_AWS_CLOUDFORMATION_STACK: reflect.TypeOf(AwsCloudFormationStackProperties{}),
	ArtifactType_ASSET_MANIFEST:           reflect.TypeOf(AssetManifestProperties{}),
	ArtifactType_CDK_TREE:                 reflect.TypeOf(TreeArtifactProperties{}),
	ArtifactType_NESTED_CLOUD_ASSEMBLY:    reflect.TypeOf(NestedCloudAssemblyProperties{}),
	ArtifactType_FEATURE_FLAG_REPORT:      reflect.TypeOf(FeatureFlagReportProperties{}),
}

var artifactManifestType = reflect.TypeOf(ArtifactManifest{})

// typedProperties reads an artifact's properties into the struct of its
// type (AwsCloudFormationStackProperties for a stack, ...).
func typedProperties(o *ojson.Object, dst reflect.Value, path string) error {
	if dst.Type() != artifactManifestType {
		return nil
	}
	a := dst.Addr().Interface().(*ArtifactManifest)
	raw, ok := o.Get("properties")
	if !ok {
		return nil
	}
	pt, ok := propertiesByType[a.Type]
	if !ok {
		return nil
	}
	p := reflect.New(pt)
	if err := cxjson.Decode(raw, p.Elem(), path+".properties", typedProperties); err != nil {
		return err
	}
	a.Properties = p.Interface()
	return nil
}

func toJSON(v reflect.Value) interface{} { return cxjson.Encode(v.Interface()) }

func fromJSON(src interface{}, dst reflect.Value, path string) error {
	return cxjson.Decode(src, dst, path, typedProperties)
}
