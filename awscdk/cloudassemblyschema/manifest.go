package cloudassemblyschema

import (
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/internal/ojson"
)

// schemaVersion is the cloud assembly schema aws-cdk-lib 2.276.0 writes
// (revision 55 of @aws-cdk/cloud-assembly-schema 55.6.0), and cliVersion the
// CDK CLI release that reads it, which saved manifests name as
// minimumCliVersion.
const (
	schemaVersion = "55.0.0"
	cliVersion    = "2.1148.2"
)

// versionMismatch starts the error of a manifest newer than this schema;
// the CDK CLI recognises it.
const versionMismatch = "Cloud assembly schema version mismatch"

// ICloudAssembly is a cloud assembly directory.
type ICloudAssembly interface {
	// The directory the assembly is read from; its manifest.json follows
	// this package's schema.
	Directory() *string
}

// Manifest reads and writes the files of a cloud assembly (manifest.json,
// asset manifests, integ manifests); it has only static functions.
type Manifest interface {
}

type manifest struct{}

// NewManifest_Override exists for aws-cdk-go's class hierarchy; Manifest
// has no state, so there is nothing to initialise.
func NewManifest_Override(m Manifest) {}

// Manifest_Version returns the schema version this package writes
// ("55.0.0").
func Manifest_Version() *string {
	v := schemaVersion
	return &v
}

// Manifest_CliVersion returns the CDK CLI version that reads this schema.
func Manifest_CliVersion() *string {
	v := cliVersion
	return &v
}

// Manifest_SaveAssemblyManifest writes manifest to filePath as aws-cdk-lib
// does: the manifest's keys, with version set to Manifest_Version() and
// minimumCliVersion to Manifest_CliVersion(), two-space indented, no final
// newline.
func Manifest_SaveAssemblyManifest(manifest *AssemblyManifest, filePath *string) {
	must(saveManifest(manifest, filePath))
}

// Manifest_SaveAssetManifest writes an asset manifest (<stack>.assets.json).
func Manifest_SaveAssetManifest(manifest *AssetManifest, filePath *string) {
	must(saveManifest(manifest, filePath))
}

// Manifest_SaveIntegManifest writes an integ test manifest.
func Manifest_SaveIntegManifest(manifest *IntegManifest, filePath *string) {
	must(saveManifest(manifest, filePath))
}

// Manifest_LoadAssemblyManifest reads a manifest.json. A manifest written
// by a newer schema major version is refused unless
// options.SkipVersionCheck is set. Stack tags written in the old
// {Key, Value} form are read as {key, value}.
func Manifest_LoadAssemblyManifest(filePath *string, options *LoadManifestOptions) *AssemblyManifest {
	m := &AssemblyManifest{}
	must(loadManifest(filePath, m, options, patchStackTags))
	return m
}

// Manifest_LoadAssetManifest reads an asset manifest.
func Manifest_LoadAssetManifest(filePath *string) *AssetManifest {
	m := &AssetManifest{}
	must(loadManifest(filePath, m, nil, nil))
	return m
}

// Manifest_LoadIntegManifest reads an integ test manifest; TestCases is
// never nil.
func Manifest_LoadIntegManifest(filePath *string) *IntegManifest {
	m := &IntegManifest{}
	must(loadManifest(filePath, m, nil, nil))
	if m.TestCases == nil {
		m.TestCases = &map[string]*TestCase{}
	}
	return m
}

// Manifest_LoadValidationReport reads a policy validation report
// (validation-report.json).
func Manifest_LoadValidationReport(filePath *string) *PolicyValidationReportJson {
	m := &PolicyValidationReportJson{}
	must(loadManifest(filePath, m, nil, nil))
	return m
}

// must raises err the way aws-cdk-go surfaces an exception of aws-cdk-lib.
func must(err error) {
	if err != nil {
		panic(err)
	}
}

func saveManifest(m interface{}, filePath *string) error {
	if filePath == nil {
		return fmt.Errorf("Manifest: filePath is required")
	}
	rv := reflect.ValueOf(m)
	if rv.IsNil() {
		return fmt.Errorf("Manifest: cannot save a nil manifest to %s", *filePath)
	}
	o, _ := toJSON(rv).(*ojson.Object)
	// {...manifest, version, minimumCliVersion}: both keep their place when
	// the manifest has them and come last otherwise.
	o.Set("version", schemaVersion)
	o.Set("minimumCliVersion", cliVersion)
	b, err := ojson.Marshal(o, "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(*filePath, b, 0o644)
}

func loadManifest(filePath *string, dst interface{}, options *LoadManifestOptions, preprocess func(*ojson.Object)) error {
	if filePath == nil {
		return fmt.Errorf("Manifest: filePath is required")
	}
	b, err := os.ReadFile(*filePath)
	if err != nil {
		return err
	}
	tree, err := ojson.Decode(b)
	if err != nil {
		return fmt.Errorf("%v, while parsing %s", err, strconv.Quote(string(b)))
	}
	o, ok := tree.(*ojson.Object)
	if !ok {
		return fmt.Errorf("%s: expected a JSON object", *filePath)
	}
	if preprocess != nil {
		preprocess(o)
	}
	version, _ := o.Get("version")
	vs, _ := version.(string)
	if err := checkVersion(vs, o, options); err != nil {
		return err
	}
	if wantValidation(options) {
		skipEnums := options != nil && options.SkipEnumCheck != nil && *options.SkipEnumCheck
		if errs := validate(o, reflect.TypeOf(dst).Elem(), skipEnums); len(errs) > 0 {
			return fmt.Errorf("Invalid assembly manifest:\n%s", strings.Join(errs, "\n"))
		}
	}
	return fromJSON(o, reflect.ValueOf(dst).Elem(), *filePath)
}

// checkVersion accepts a manifest whose major version this schema covers.
func checkVersion(v string, o *ojson.Object, options *LoadManifestOptions) error {
	major, ok := semverMajor(v)
	if !ok {
		return fmt.Errorf("Invalid semver string: %q", v)
	}
	if major <= 55 || (options != nil && options.SkipVersionCheck != nil && *options.SkipVersionCheck) {
		return nil
	}
	hint := ""
	if cli, _ := o.Get("minimumCliVersion"); cli != nil {
		hint = fmt.Sprintf(". You need at least CLI version %v to read this manifest.", cli)
	}
	return fmt.Errorf("%s: Maximum schema version supported is 55.x.x, but found %s%s", versionMismatch, v, hint)
}

// semverMajor reads MAJOR of MAJOR.MINOR.PATCH[-pre][+build].
func semverMajor(v string) (int, bool) {
	core, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimSpace(v), "v"), "+")
	core, _, _ = strings.Cut(core, "-")
	parts := strings.Split(core, ".")
	if len(parts) != 3 {
		return 0, false
	}
	var n [3]int
	for i, p := range parts {
		x, err := strconv.Atoi(p)
		if err != nil || x < 0 || (len(p) > 1 && p[0] == '0') {
			return 0, false
		}
		n[i] = x
	}
	return n[0], true
}

// patchStackTags renames {Key, Value} stack tags in stack metadata, an
// older on-disk form, to the {key, value} the schema types read.
func patchStackTags(m *ojson.Object) {
	arts, _ := m.Get("artifacts")
	ao, _ := arts.(*ojson.Object)
	ao.Range(func(_ string, a interface{}) {
		art, _ := a.(*ojson.Object)
		if t, _ := art.Get("type"); t != "aws:cloudformation:stack" {
			return
		}
		md, _ := art.Get("metadata")
		mo, _ := md.(*ojson.Object)
		mo.Range(func(_ string, entries interface{}) {
			list, _ := entries.([]interface{})
			for _, e := range list {
				eo, _ := e.(*ojson.Object)
				if ty, _ := eo.Get("type"); ty != "aws:cdk:stack-tags" {
					continue
				}
				data, _ := eo.Get("data")
				tags, _ := data.([]interface{})
				for _, t := range tags {
					to, ok := t.(*ojson.Object)
					if !ok {
						continue
					}
					for _, kv := range [][2]string{{"Key", "key"}, {"Value", "value"}} {
						if v, ok := to.Get(kv[0]); ok {
							to.Set(kv[1], v)
							to.Delete(kv[0])
						}
					}
				}
			}
		})
	})
}
