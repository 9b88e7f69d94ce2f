package awss3deployment

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
)

// DeploymentSourceContext is what a source is bound with.
type DeploymentSourceContext struct {
	HandlerRole awsiam.IRole `field:"required" json:"handlerRole" yaml:"handlerRole"`
}

// SourceDataOptions are the options of Source_Data in aws-cdk-lib 2.276
// (Source_Data itself keeps aws-cdk-go v2.270.0's *MarkersConfig, a
// superset of these options).
type SourceDataOptions struct {
	// JsonEscape escapes deploy-time values as JSON string contents.
	JsonEscape *bool `field:"optional" json:"jsonEscape" yaml:"jsonEscape"`
}

// MarkersConfig says how the markers of a source are replaced.
type MarkersConfig struct {
	// JsonEscape makes each substituted value a valid JSON string content
	// (default false).
	JsonEscape *bool `field:"optional" json:"jsonEscape" yaml:"jsonEscape"`
	// MarkerEncodings gives the encoding of individual markers; markers
	// with no entry use the default encoding derived from JsonEscape.
	// Source_Data works these out from the data itself, as aws-cdk-lib
	// does, so a value given to Source_Data here is not used.
	MarkerEncodings *map[string]MarkerEncoding `field:"optional" json:"markerEncodings" yaml:"markerEncodings"`
}

// JsonProcessingOptions are the options of Source_JsonData.
type JsonProcessingOptions struct {
	// Escape JSON-escapes deploy-time values (default true).
	Escape *bool `field:"optional" json:"escape" yaml:"escape"`
}

// SourceConfig is a bound source: a zip archive in a bucket, and the
// markers to replace in its files.
type SourceConfig struct {
	Bucket        awss3.IBucket           `field:"required" json:"bucket" yaml:"bucket"`
	ZipObjectKey  *string                 `field:"required" json:"zipObjectKey" yaml:"zipObjectKey"`
	Markers       *map[string]interface{} `field:"optional" json:"markers" yaml:"markers"`
	MarkersConfig *MarkersConfig          `field:"optional" json:"markersConfig" yaml:"markersConfig"`

	// markerOrder keeps the markers in the order they were found, which
	// the template follows.
	markerOrder []string
}

// ISource is a source of a BucketDeployment.
type ISource interface {
	Bind(scope constructs.Construct, context *DeploymentSourceContext) *SourceConfig
}

type sourceFunc func(scope constructs.Construct, context *DeploymentSourceContext) *SourceConfig

func (f sourceFunc) Bind(scope constructs.Construct, context *DeploymentSourceContext) *SourceConfig {
	return f(scope, context)
}

// Source_Bucket deploys a zip archive that is already in a bucket.
func Source_Bucket(bucket awss3.IBucket, zipObjectKey *string) ISource {
	return sourceFunc(func(scope constructs.Construct, context *DeploymentSourceContext) *SourceConfig {
		if context == nil {
			throwScoped(scope, "To use a Source.bucket(), context must be provided")
		}
		bucket.GrantRead(context.HandlerRole, nil)
		return &SourceConfig{Bucket: bucket, ZipObjectKey: zipObjectKey}
	})
}

// Source_Asset deploys a local directory or .zip file, uploaded as an asset.
func Source_Asset(path *string, options *awss3assets.AssetOptions) ISource {
	return sourceFunc(func(scope constructs.Construct, context *DeploymentSourceContext) *SourceConfig {
		if context == nil {
			throwScoped(scope, "To use a Source.asset(), context must be provided")
		}
		id := 1
		for scope.Node().TryFindChild(str(fmt.Sprintf("Asset%d", id))) != nil {
			id++
		}
		props := &awss3assets.AssetProps{Path: path}
		if options != nil {
			props = &awss3assets.AssetProps{
				Path: path, AssetHash: options.AssetHash, AssetHashType: options.AssetHashType, Bundling: options.Bundling,
				Exclude: options.Exclude, FollowSymlinks: options.FollowSymlinks, IgnoreMode: options.IgnoreMode,
				DeployTime: options.DeployTime, DisplayName: options.DisplayName, Readers: options.Readers, SourceKMSKey: options.SourceKMSKey,
			}
		}
		asset := awss3assets.NewAsset(scope, str(fmt.Sprintf("Asset%d", id)), props)
		if !*asset.IsZipArchive() {
			throwScoped(scope, "Asset path must be either a .zip file or a directory")
		}
		asset.GrantRead(context.HandlerRole)
		return &SourceConfig{Bucket: asset.Bucket(), ZipObjectKey: asset.S3ObjectKey()}
	})
}

var listTokenRe = regexp.MustCompile(`#\{Token\[[\w.\-]+\]\}`)

// Source_Data deploys a file at objectKey holding data. Deploy-time values
// (tokens) in data are replaced when the file is deployed, JSON-escaped when
// markersConfig.JsonEscape is true.
func Source_Data(objectKey *string, data *string, markersConfig *MarkersConfig) ISource {
	return sourceFunc(func(scope constructs.Construct, context *DeploymentSourceContext) *SourceConfig {
		key := deref(objectKey)
		if listTokenRe.MatchString(deref(data)) {
			throwScoped(scope, "the content of %s contains a list token, which cannot be substituted into a string; use Fn.join() to join its elements, or Token.asString() with { jsonEscape: true } to insert it as a JSON array", jsonQuote(key))
		}
		workdir := *awscdk.FileSystem_Mkdtemp(str("s3-deployment"))
		defer awscdk.FileSystem_Rmrf(str(workdir))
		out := filepath.Join(workdir, key)
		rel, err := filepath.Rel(workdir, out)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			throwScoped(scope, "object key %s points outside the deployment root, remove the '..' segments that go above it", jsonQuote(key))
		}
		rendered := renderData(deref(data))
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			throwScoped(scope, "cannot write the data of %s: %v", jsonQuote(key), err)
		}
		if err := os.WriteFile(out, []byte(rendered.text), 0o644); err != nil {
			throwScoped(scope, "cannot write the data of %s: %v", jsonQuote(key), err)
		}
		cfg := Source_Asset(str(workdir), nil).Bind(scope, context)
		markers := map[string]interface{}{}
		for _, m := range rendered.order {
			markers[m] = rendered.markers[m]
		}
		cfg.Markers = &markers
		cfg.markerOrder = rendered.order
		encodings := map[string]MarkerEncoding{}
		for m, e := range rendered.encodings {
			encodings[m] = e
		}
		cfg.MarkersConfig = &MarkersConfig{MarkerEncodings: &encodings}
		if markersConfig != nil {
			cfg.MarkersConfig.JsonEscape = markersConfig.JsonEscape
		}
		return cfg
	})
}

// Source_JsonData deploys obj as JSON at objectKey. Deploy-time values in
// obj are replaced when the file is deployed, JSON-escaped unless
// jsonProcessingOptions says otherwise.
func Source_JsonData(objectKey *string, obj interface{}, jsonProcessingOptions *JsonProcessingOptions) ISource {
	return sourceFunc(func(scope constructs.Construct, context *DeploymentSourceContext) *SourceConfig {
		var b bytes.Buffer
		writeJSON(&b, typeHint(obj, ""))
		escape := true
		if jsonProcessingOptions != nil && jsonProcessingOptions.Escape != nil {
			escape = *jsonProcessingOptions.Escape
		}
		return Source_Data(objectKey, str(b.String()), &MarkersConfig{JsonEscape: &escape}).Bind(scope, context)
	})
}

// Source_YamlData deploys obj as YAML at objectKey. Deploy-time values in
// obj are replaced when the file is deployed: strings that hold one become
// quoted YAML strings, other values are inserted as JSON (which YAML reads).
func Source_YamlData(objectKey *string, obj interface{}) ISource {
	return sourceFunc(func(scope constructs.Construct, context *DeploymentSourceContext) *SourceConfig {
		text := "\n" // a nil obj is aws-cdk-lib's undefined: an empty document
		if obj != nil {
			text = yamlDocument(typeHint(obj, MarkerEncoding_YAML_STRING))
		}
		return Source_Data(objectKey, str(text), nil).Bind(scope, context)
	})
}

// rendered is data with its tokens replaced by markers.
type rendered struct {
	text      string
	markers   map[string]interface{}
	order     []string
	encodings map[string]MarkerEncoding
}

// collect gathers the fragments of a tokenized string in order.
type collect struct{ parts []interface{} }

func (c *collect) Join(left, right interface{}) interface{} {
	if left != c {
		c.parts = append(c.parts, left)
	}
	c.parts = append(c.parts, right)
	return c
}

// renderData replaces each token in data by a marker
// (<<marker:0xbaba:N>>), as aws-cdk-lib does, and returns the markers with
// the values they stand for.
func renderData(data string) *rendered {
	r := &rendered{markers: map[string]interface{}{}, encodings: map[string]MarkerEncoding{}}
	if data == "" {
		return r
	}
	c := &collect{}
	if v := awscdk.Tokenization_ReverseString(str(data)).Join(c); v != c {
		c.parts = []interface{}{v}
	}
	var b strings.Builder
	for _, p := range c.parts {
		if s, ok := p.(string); ok {
			b.WriteString(s)
			continue
		}
		marker := fmt.Sprintf("<<marker:0xbaba:%d>>", len(r.order))
		r.order = append(r.order, marker)
		if h, ok := p.(*markerHint); ok {
			r.encodings[marker] = h.encoding
			r.markers[marker] = h.wrapped
		} else {
			r.markers[marker] = p
		}
		b.WriteString(marker)
	}
	r.text = b.String()
	return r
}

// markerHint marks a deploy-time value with the encoding its marker needs.
type markerHint struct {
	wrapped  interface{}
	encoding MarkerEncoding
}

func (h *markerHint) Resolve(awscdk.IResolveContext) interface{} { return h.wrapped }
func (h *markerHint) CreationStack() *[]*string                  { return &[]*string{} }
func (h *markerHint) TypeHint() awscdk.ResolutionTypeHint        { return awscdk.ResolutionTypeHint_STRING }
func (h *markerHint) ToString() *string                          { return awscdk.Token_AsString(h, nil) }

// typeHint prepares obj for serialization: a deploy-time value that is not
// a string becomes a number token standing for a JSON_VALUE marker, so that
// it is substituted as a JSON value rather than a string.
func typeHint(obj interface{}, stringEncoding MarkerEncoding) interface{} {
	switch v := obj.(type) {
	case nil:
		return nil
	case string:
		if stringEncoding != "" && isUnresolved(v) {
			return *awscdk.Token_AsNumber(&markerHint{wrapped: v, encoding: stringEncoding})
		}
		return v
	case *string:
		if v == nil {
			return nil
		}
		return typeHint(*v, stringEncoding)
	case float64, int, bool:
		return v
	case *float64:
		if v == nil {
			return nil
		}
		return *v
	case *bool:
		if v == nil {
			return nil
		}
		return *v
	}
	if isUnresolved(obj) {
		return *awscdk.Token_AsNumber(&markerHint{wrapped: obj, encoding: MarkerEncoding_JSON_VALUE})
	}
	rv := reflect.ValueOf(obj)
	for rv.Kind() == reflect.Ptr || rv.Kind() == reflect.Interface {
		if rv.IsNil() {
			return nil
		}
		rv = rv.Elem()
	}
	switch rv.Kind() {
	case reflect.String:
		return typeHint(rv.String(), stringEncoding)
	case reflect.Bool:
		return rv.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return float64(rv.Uint())
	case reflect.Float32, reflect.Float64:
		return rv.Float()
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return nil
		}
		out := make([]interface{}, rv.Len())
		for i := range out {
			out[i] = typeHint(rv.Index(i).Interface(), stringEncoding)
		}
		return out
	case reflect.Map:
		if rv.IsNil() {
			return nil
		}
		keys := rv.MapKeys()
		names := make([]string, len(keys))
		byName := map[string]reflect.Value{}
		for i, k := range keys {
			names[i] = fmt.Sprint(k.Interface())
			byName[names[i]] = rv.MapIndex(k)
		}
		// jsii hands a Go map to aws-cdk-lib with its keys sorted.
		sort.Strings(names)
		o := ojson.New()
		for _, n := range names {
			o.Set(n, typeHint(byName[n].Interface(), stringEncoding))
		}
		return o
	}
	return obj
}

// writeJSON serializes as JavaScript's JSON.stringify does.
func writeJSON(b *bytes.Buffer, v interface{}) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case string:
		ojson.WriteString(b, x)
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			b.WriteString("null")
		} else {
			b.WriteString(ojson.FormatNumber(x))
		}
	case int:
		b.WriteString(strconv.Itoa(x))
	case []interface{}:
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSON(b, e)
		}
		b.WriteByte(']')
	case *ojson.Object:
		b.WriteByte('{')
		for i, k := range x.Keys() {
			if i > 0 {
				b.WriteByte(',')
			}
			ojson.WriteString(b, k)
			b.WriteByte(':')
			e, _ := x.Get(k)
			writeJSON(b, e)
		}
		b.WriteByte('}')
	default:
		out, _ := ojson.Marshal(x, "")
		b.Write(out)
	}
}

func jsonQuote(s string) string {
	var b bytes.Buffer
	ojson.WriteString(&b, s)
	return b.String()
}

// Source carries the Source_* statics that make an ISource (aws-cdk-go
// declares it as a class with statics only).
type Source interface{}

// UserDefinedObjectMetadata is the user-defined metadata of deployed
// objects (aws-cdk-go declares it as an empty struct; the metadata itself
// is BucketDeploymentProps.Metadata).
type UserDefinedObjectMetadata struct{}
