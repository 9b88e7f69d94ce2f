package awslambda

import (
	"crypto/md5"
	"encoding/hex"
	"reflect"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// CurrentVersion is a Version of the function whose logical ID changes
// whenever a version-relevant property of the function changes, so that
// CloudFormation publishes a new version: aws-cdk-lib's currentVersion,
// with the same hash.
func (f *function) CurrentVersion() Version {
	if f.currentVersion != nil {
		return f.currentVersion
	}
	if f.warnIfCurrentVersion {
		f.WarnInvokeFunctionPermissions(f)
	}
	props := &VersionProps{Lambda: f}
	if o := f.versionOpts; o != nil {
		props.MaxEventAge, props.RetryAttempts, props.CodeSha256, props.Description = o.MaxEventAge, o.RetryAttempts, o.CodeSha256, o.Description
		props.MaxExecutionEnvironments, props.MinExecutionEnvironments = o.MaxExecutionEnvironments, o.MinExecutionEnvironments
		props.ProvisionedConcurrentExecutions, props.RemovalPolicy = o.ProvisionedConcurrentExecutions, o.RemovalPolicy
	}
	f.currentVersion = NewVersion(f.Resource, jsii.String("CurrentVersion"), props)
	f.hasVersion = true
	cfn := f.currentVersion.Node().DefaultChild().(awscdk.CfnResource)
	original, _ := f.Stack().Resolve(cfn.LogicalId()).(string)
	cfn.OverrideLogicalId(awscdk.Lazy_String(&versionLogicalID{f: f, original: original}, nil))
	return f.currentVersion
}

type versionLogicalID struct {
	f        *function
	original string
}

func (v *versionLogicalID) Produce() *string {
	id := v.original
	if len(id) > 223 {
		id = id[len(id)-223:]
	}
	return jsii.String(id + v.f.functionHash(strings.Join(v.f.hashMixins, "")))
}

// InvalidateVersionBasedOn adds x to what the current version's logical ID
// hashes, to publish a new version when something outside the function
// changes.
func (f *function) InvalidateVersionBasedOn(x *string) {
	if isUnresolved(x) {
		addError(f, "invalidateVersionOn: input may not contain unresolved tokens")
		return
	}
	f.hashMixins = append(f.hashMixins, deref(x))
}

// AddAlias creates an alias of the function's current version.
func (f *function) AddAlias(aliasName *string, options *AliasOptions) Alias {
	return addAlias(f.Resource, f.CurrentVersion(), aliasName, options)
}

// AddVersion publishes a version named "Version<name>".
func (f *function) AddVersion(name *string, codeSha256 *string, description *string, provisionedExecutions *float64) Version {
	return NewVersion(f.Resource, jsii.String("Version"+deref(name)), &VersionProps{
		Lambda: f, CodeSha256: codeSha256, Description: description, ProvisionedConcurrentExecutions: provisionedExecutions,
	})
}

// versionLocked says which function properties a new version depends on
// (true) or not (false); others are an error.
var versionLocked = map[string]bool{
	"Architectures": true, "Code": true, "DeadLetterConfig": true, "Description": true, "Environment": true, "EphemeralStorage": true,
	"FileSystemConfigs": true, "FunctionName": true, "Handler": true, "ImageConfig": true, "KmsKeyArn": true, "Layers": true,
	"MemorySize": true, "PackageType": true, "RecursiveLoop": true, "Role": true, "Runtime": true, "RuntimeManagementConfig": true,
	"SnapStart": true, "Timeout": true, "TracingConfig": true, "VpcConfig": true, "LoggingConfig": true, "CapacityProviderConfig": true,
	"FunctionScalingConfig": true, "PublishToLatestPublished": true, "DurableConfig": true,
	"CodeSigningConfigArn": false, "ReservedConcurrentExecutions": false, "Tags": false, "TenancyConfig": false,
}

var functionPropertyOrder = []string{"Code", "Handler", "Role", "Runtime", "Architectures", "CodeSigningConfigArn", "DeadLetterConfig",
	"Description", "Environment", "EphemeralStorage", "FileSystemConfigs", "FunctionName", "ImageConfig", "KmsKeyArn", "Layers",
	"MemorySize", "PackageType", "ReservedConcurrentExecutions", "RuntimeManagementConfig", "SnapStart", "Tags", "Timeout",
	"TracingConfig", "VpcConfig"}

var layerPropertyOrder = []string{"Content", "CompatibleArchitectures", "CompatibleRuntimes", "Description", "LayerName", "LicenseInfo"}

// functionHash is aws-cdk-lib's calculateFunctionHash under the init flags
// (recognizeVersionProps, recognizeLayerVersion): the MD5 of the function's
// version-relevant properties, resolved and in a fixed order, then of its
// layers.
func (f *function) functionHash(additional string) string {
	props := resolvedProperties(f, f.cfnProps)
	useful := ojson.New()
	for _, k := range props.Keys() {
		v, _ := props.Get(k)
		locked, known := versionLocked[k]
		if !known && v != nil {
			addError(f, "The following properties are not recognized as version properties: [%s]. See the README of the aws-lambda module to learn more about this and to fix it.", k)
			continue
		}
		if locked {
			useful.Set(k, v)
		}
	}
	config := marshal(sortProperties(useful, functionPropertyOrder))
	if *awscdk.FeatureFlags_Of(f).IsEnabled(jsii.String("@aws-cdk/aws-lambda:recognizeLayerVersion")) {
		config += f.layersHash()
	}
	sum := md5.Sum([]byte(config + additional))
	return hex.EncodeToString(sum[:])
}

func (f *function) layersHash() string {
	layers := append([]ILayerVersion(nil), f.layers...)
	sort.SliceStable(layers, func(i, j int) bool { return *layers[i].Node().Path() < *layers[j].Node().Path() })
	config := ojson.New()
	for _, l := range layers {
		owned, ok := l.(*layerVersion)
		if !ok || owned.cfnProps == nil {
			arn := l.LayerVersionArn()
			if isUnresolved(arn) {
				o := ojson.New()
				o.Set("arn", awscdk.Stack_Of(l).Resolve(arn))
				if rts := l.CompatibleRuntimes(); rts != nil {
					names := []interface{}{}
					for _, r := range *rts {
						names = append(names, *r.Name())
					}
					o.Set("runtimes", names)
				}
				config.Set(*l.Node().Id(), o)
			} else {
				config.Set(*arn, runtimesJSON(l.CompatibleRuntimes()))
			}
			continue
		}
		config.Set(*l.Node().Id(), sortProperties(resolvedProperties(owned, owned.cfnProps), layerPropertyOrder))
	}
	sum := md5.Sum([]byte(marshal(config)))
	return hex.EncodeToString(sum[:])
}

// runtimesJSON is a list of runtimes as JSON.stringify shows Runtime objects.
func runtimesJSON(rts *[]Runtime) interface{} {
	if rts == nil {
		return nil
	}
	out := []interface{}{}
	families := map[RuntimeFamily]float64{RuntimeFamily_NODEJS: 0, RuntimeFamily_JAVA: 1, RuntimeFamily_PYTHON: 2,
		RuntimeFamily_DOTNET_CORE: 3, RuntimeFamily_GO: 4, RuntimeFamily_RUBY: 5, RuntimeFamily_OTHER: 6}
	for _, r := range *rts {
		o := ojson.New()
		o.Set("name", *r.Name())
		o.Set("supportsInlineCode", *r.SupportsInlineCode())
		o.Set("supportsCodeGuruProfiling", *r.SupportsCodeGuruProfiling())
		o.Set("supportsSnapStart", *r.SupportsSnapStart())
		if n, ok := families[r.Family()]; ok {
			o.Set("family", n)
		}
		img := *r.BundlingImage().Image()
		o.Set("bundlingDockerImage", img)
		o.Set("bundlingImage", img)
		o.Set("isVariable", *r.IsVariable())
		out = append(out, o)
	}
	return out
}

// sortProperties orders known keys first (those absent are dropped, as
// JSON.stringify drops undefined), then the rest alphabetically.
func sortProperties(props *ojson.Object, order []string) *ojson.Object {
	out := ojson.New()
	seen := map[string]bool{}
	for _, k := range order {
		seen[k] = true
		if v, ok := props.Get(k); ok {
			out.Set(k, v)
		}
	}
	var rest []string
	for _, k := range props.Keys() {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	for _, k := range rest {
		v, _ := props.Get(k)
		out.Set(k, v)
	}
	return out
}

func marshal(v interface{}) string {
	b, err := ojson.Marshal(v, "")
	if err != nil {
		return ""
	}
	return string(b)
}

// resolvedProperties renders an L1 props struct under its CloudFormation
// names and resolves it in scope's stack, as aws-cdk-lib's stack.resolve
// of the resource's Properties does.
func resolvedProperties(scope constructs.IConstruct, props interface{}) *ojson.Object {
	if props == nil || reflect.ValueOf(props).IsNil() {
		return ojson.New()
	}
	resolved := awscdk.Stack_Of(scope).Resolve(renderCfn(reflect.ValueOf(props)))
	switch o := resolved.(type) {
	case *ojson.Object:
		return o
	case map[string]interface{}:
		out := ojson.New()
		keys := make([]string, 0, len(o))
		for k := range o {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			out.Set(k, o[k])
		}
		return out
	}
	return ojson.New()
}

// renderCfn renders a props struct under the names of its `cfn` tags.
func renderCfn(v reflect.Value) interface{} {
	if !v.IsValid() {
		return nil
	}
	if v.CanInterface() {
		if _, ok := v.Interface().(interface {
			Resolve(awscdk.IResolveContext) interface{}
		}); ok && !(v.Kind() == reflect.Ptr && v.IsNil()) {
			return v.Interface()
		}
	}
	switch v.Kind() {
	case reflect.Ptr, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return renderCfn(v.Elem())
	case reflect.Struct:
		out := ojson.New()
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			field := t.Field(i)
			if !field.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(field.Tag.Get("cfn"), ",")
			if name == "" {
				name = field.Name
			}
			fv := v.Field(i)
			if (fv.Kind() == reflect.Ptr || fv.Kind() == reflect.Interface || fv.Kind() == reflect.Slice || fv.Kind() == reflect.Map) && fv.IsNil() {
				continue
			}
			out.Set(name, renderCfn(fv))
		}
		return out
	case reflect.Slice:
		out := make([]interface{}, v.Len())
		for i := range out {
			out[i] = renderCfn(v.Index(i))
		}
		return out
	case reflect.Map:
		out := map[string]interface{}{}
		for _, k := range v.MapKeys() {
			out[k.String()] = renderCfn(v.MapIndex(k))
		}
		return out
	}
	return v.Interface()
}
