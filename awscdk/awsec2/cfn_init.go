package awsec2

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"reflect"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
)

// CloudFormationInit is a set of cfn-init configs, rendered as the
// AWS::CloudFormation::Init metadata of the resource it is attached to.
type CloudFormationInit interface {
	// AddConfig adds a named config; the name must be new.
	AddConfig(configName *string, config InitConfig)
	// AddConfigSet adds a named list of configs; every config must exist.
	AddConfigSet(configSetName *string, configNames *[]*string)
	// Attach renders the metadata on attachedResource and adds the cfn-init
	// and cfn-signal calls to the user data and the grants to the role.
	Attach(attachedResource awscdk.CfnResource, attachOptions *AttachInitOptions)
}

// ConfigSetProps are the props of CloudFormationInit_FromConfigSets.
type ConfigSetProps struct {
	Configs    *map[string]InitConfig `field:"required" json:"configs" yaml:"configs"`
	ConfigSets *map[string]*[]*string `field:"required" json:"configSets" yaml:"configSets"`
}

// AttachInitOptions say how CloudFormationInit.Attach wires cfn-init into
// an instance.
type AttachInitOptions struct {
	InstanceRole     awsiam.IRole        `field:"required" json:"instanceRole" yaml:"instanceRole"`
	Platform         OperatingSystemType `field:"required" json:"platform" yaml:"platform"`
	UserData         UserData            `field:"required" json:"userData" yaml:"userData"`
	ConfigSets       *[]*string          `field:"optional" json:"configSets" yaml:"configSets"`
	EmbedFingerprint *bool               `field:"optional" json:"embedFingerprint" yaml:"embedFingerprint"`
	IgnoreFailures   *bool               `field:"optional" json:"ignoreFailures" yaml:"ignoreFailures"`
	IncludeRole      *bool               `field:"optional" json:"includeRole" yaml:"includeRole"`
	IncludeUrl       *bool               `field:"optional" json:"includeUrl" yaml:"includeUrl"`
	PrintLog         *bool               `field:"optional" json:"printLog" yaml:"printLog"`
	SignalResource   awscdk.CfnResource  `field:"optional" json:"signalResource" yaml:"signalResource"`
}

// ApplyCloudFormationInitOptions configure Instance.ApplyCloudFormationInit.
type ApplyCloudFormationInitOptions struct {
	ConfigSets       *[]*string      `field:"optional" json:"configSets" yaml:"configSets"`
	EmbedFingerprint *bool           `field:"optional" json:"embedFingerprint" yaml:"embedFingerprint"`
	IgnoreFailures   *bool           `field:"optional" json:"ignoreFailures" yaml:"ignoreFailures"`
	IncludeRole      *bool           `field:"optional" json:"includeRole" yaml:"includeRole"`
	IncludeUrl       *bool           `field:"optional" json:"includeUrl" yaml:"includeUrl"`
	PrintLog         *bool           `field:"optional" json:"printLog" yaml:"printLog"`
	Timeout          awscdk.Duration `field:"optional" json:"timeout" yaml:"timeout"`
}

// cfnInit keeps configs and config sets in the order they were added: the
// metadata and the fingerprint hashed from it follow that order.
type cfnInit struct {
	setNames    []string
	sets        map[string][]string
	configNames []string
	configs     map[string]InitConfig
}

// CloudFormationInit_FromElements makes a CloudFormationInit of one config
// holding the elements.
func CloudFormationInit_FromElements(elements ...InitElement) CloudFormationInit {
	return CloudFormationInit_FromConfig(NewInitConfig(&elements))
}

// CloudFormationInit_FromConfig makes a CloudFormationInit of one config,
// named "config", in the config set "default".
func CloudFormationInit_FromConfig(config InitConfig) CloudFormationInit {
	c := &cfnInit{sets: map[string][]string{}, configs: map[string]InitConfig{}}
	c.setNames, c.sets["default"] = []string{"default"}, []string{"config"}
	c.configNames, c.configs["config"] = []string{"config"}, config
	return c
}

// CloudFormationInit_FromConfigSets makes a CloudFormationInit of named
// configs and config sets.
func CloudFormationInit_FromConfigSets(props *ConfigSetProps) CloudFormationInit {
	c := &cfnInit{sets: map[string][]string{}, configs: map[string]InitConfig{}}
	if props == nil || props.Configs == nil || props.ConfigSets == nil {
		diag.Panic("", "CloudFormationInit_FromConfigSets: 'configs' and 'configSets' are required")
	}
	// jsii hands Go maps over with their keys sorted.
	for _, k := range sortedKeys(*props.ConfigSets) {
		c.setNames = append(c.setNames, k)
		c.sets[k] = strs((*props.ConfigSets)[k])
	}
	for _, k := range sortedKeys(*props.Configs) {
		c.configNames = append(c.configNames, k)
		c.configs[k] = (*props.Configs)[k]
	}
	return c
}

func (c *cfnInit) AddConfig(configName *string, config InitConfig) {
	name := deref(configName)
	if _, ok := c.configs[name]; ok {
		diag.Panic("", "CloudFormationInit already contains a config named '%s'", name)
	}
	c.configNames = append(c.configNames, name)
	c.configs[name] = config
}

func (c *cfnInit) AddConfigSet(configSetName *string, configNames *[]*string) {
	name := deref(configSetName)
	if _, ok := c.sets[name]; ok {
		diag.Panic("", "CloudFormationInit already contains a configSet named '%s'", name)
	}
	names := strs(configNames)
	var unknown []string
	for _, n := range names {
		if _, ok := c.configs[n]; !ok {
			unknown = append(unknown, n)
		}
	}
	if len(unknown) > 0 {
		diag.Panic("", "Unknown configs referenced in definition of '%s': %s", name, strings.Join(unknown, ","))
	}
	if names == nil {
		names = []string{}
	}
	c.setNames = append(c.setNames, name)
	c.sets[name] = names
}

const cfnInitMetadataKey = "AWS::CloudFormation::Init"

func (c *cfnInit) Attach(res awscdk.CfnResource, o *AttachInitOptions) {
	if res == nil {
		diag.Panic("", "CloudFormationInit.Attach: attachedResource is required")
	}
	if o == nil || o.InstanceRole == nil || o.UserData == nil {
		diag.Panic("", "CloudFormationInit.Attach: 'instanceRole', 'platform' and 'userData' are required")
	}
	if o.Platform == OperatingSystemType_UNKNOWN || o.Platform == "" {
		throw(res, "Cannot attach CloudFormationInit to an unknown OS type")
	}
	if res.GetMetadata(str(cfnInitMetadataKey)) != nil {
		throw(res, "Cannot bind CfnInit: resource '%s' already has '%s' attached", *res.Node().Path(), cfnInitMetadataKey)
	}
	stack := res.Stack()
	configData, auth, assetHash := c.bind(stack, o)
	res.AddMetadata(str(cfnInitMetadataKey), configData)

	// The fingerprint changes the user data (and so replaces the instance)
	// whenever the rendered config or an asset behind it changes.
	input := ojson.New()
	input.Set("config", resolveOrdered(stack, configData))
	if assetHash != "" {
		input.Set("assetHash", assetHash)
	}
	b, err := ojson.Marshal(input, "")
	if err != nil {
		diag.Panic(*res.Node().Path(), "rendering the cfn-init fingerprint: %v", err)
	}
	sum := sha256.Sum256(b)
	fingerprint := hex.EncodeToString(sum[:])[:16]

	o.InstanceRole.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions:   strPtrs([]string{"cloudformation:DescribeStackResource", "cloudformation:SignalResource"}),
		Resources: &[]*string{awscdk.Aws_STACK_ID()},
	}))
	if auth != nil {
		res.AddMetadata(str("AWS::CloudFormation::Authentication"), auth)
	}
	region, stackName := deref(awscdk.Aws_REGION()), deref(awscdk.Aws_STACK_NAME())
	locator := fmt.Sprintf("--region %s --stack %s --resource %s", region, stackName, deref(res.LogicalId()))
	signal := res
	if o.SignalResource != nil {
		signal = o.SignalResource
	}
	notify := fmt.Sprintf("--region %s --stack %s --resource %s", region, stackName, deref(signal.LogicalId()))
	if truthy(o.IncludeUrl) {
		url := fmt.Sprintf(" --url https://cloudformation.%s.%s", region, deref(awscdk.Aws_URL_SUFFIX()))
		locator, notify = locator+url, notify+url
	}
	if truthy(o.IncludeRole) {
		role := " --role " + deref(o.InstanceRole.RoleName())
		locator, notify = locator+role, notify+role
	}
	sets := "default"
	if o.ConfigSets != nil {
		sets = strings.Join(strs(o.ConfigSets), ",")
	}
	printLog := o.PrintLog == nil || *o.PrintLog
	if o.EmbedFingerprint == nil || *o.EmbedFingerprint {
		o.UserData.AddCommands(str("# fingerprint: " + fingerprint))
	}
	var lines []string
	if o.Platform == OperatingSystemType_WINDOWS {
		code := "$LASTEXITCODE"
		if truthy(o.IgnoreFailures) {
			code = "0"
		}
		lines = []string{"cfn-init.exe -v " + locator + " -c " + sets, "cfn-signal.exe -e " + code + " " + notify}
		if printLog {
			lines = append(lines, `type C:\cfn\log\cfn-init.log`)
		}
	} else {
		code := "$?"
		if truthy(o.IgnoreFailures) {
			code = "0"
		}
		lines = []string{"(", "  set +e", "  /opt/aws/bin/cfn-init -v " + locator + " -c " + sets, "  /opt/aws/bin/cfn-signal -e " + code + " " + notify}
		if printLog {
			lines = append(lines, "  cat /var/log/cfn-init.log >&2")
		}
		lines = append(lines, ")")
	}
	o.UserData.AddCommands(*strPtrs(lines)...)
}

// bind renders every non-empty config: the metadata, the merged
// authentication (nil when no element needs any) and the asset hashes.
func (c *cfnInit) bind(stack awscdk.Stack, o *AttachInitOptions) (*ojson.Object, *ojson.Object, string) {
	data := ojson.New()
	sets := ojson.New()
	data.Set("configSets", sets)
	nonEmpty := map[string]bool{}
	for _, name := range c.configNames {
		if cfg := c.configs[name]; cfg != nil && !*cfg.IsEmpty() {
			nonEmpty[name] = true
		}
	}
	for _, name := range c.setNames {
		list := []interface{}{}
		for _, n := range c.sets[name] {
			if nonEmpty[n] {
				list = append(list, n)
			}
		}
		sets.Set(name, list)
	}
	var auth *ojson.Object
	var hashes strings.Builder
	for _, name := range c.configNames {
		if !nonEmpty[name] {
			continue
		}
		r := bindConfig(c.configs[name], stack, o)
		data.Set(name, r.config)
		auth = deepMerge(auth, r.auth)
		hashes.WriteString(r.assetHash)
	}
	return data, auth, hashes.String()
}

// InitConfig is one cfn-init config: a list of elements.
type InitConfig interface {
	// Add adds elements to the config.
	Add(elements ...InitElement)
	// IsEmpty reports whether the config has no elements.
	IsEmpty() *bool
}

type initConfig struct{ elements []InitElement }

// NewInitConfig makes a config of the elements.
func NewInitConfig(elements *[]InitElement) InitConfig {
	c := &initConfig{}
	if elements != nil {
		c.Add(*elements...)
	}
	return c
}

func (c *initConfig) Add(elements ...InitElement) { c.elements = append(c.elements, elements...) }
func (c *initConfig) IsEmpty() *bool              { return boolp(len(c.elements) == 0) }

// initPlatform is what the elements render for.
type initPlatform int

const (
	platformLinux initPlatform = iota
	platformWindows
)

type initBindOptions struct {
	role     awsiam.IRole
	platform initPlatform
	scope    awscdk.Stack
	index    int
}

type initBindResult struct {
	config    *ojson.Object
	auth      *ojson.Object
	assetHash string
}

// initBinder is what Strata's elements implement; a user's own InitElement
// has no way to render itself, as in aws-cdk-go.
type initBinder interface {
	bindInit(o *initBindOptions) initBindResult
}

// cfn-init runs the sections of a config in this order.
var initSections = [...]struct{ kind, key string }{
	{"PACKAGE", "packages"}, {"GROUP", "groups"}, {"USER", "users"}, {"SOURCE", "sources"},
	{"FILE", "files"}, {"COMMAND", "commands"}, {"SERVICE", "services"},
}

func bindConfig(cfg InitConfig, stack awscdk.Stack, o *AttachInitOptions) initBindResult {
	var elements []InitElement
	if c, ok := embedded[*initConfig](cfg); ok {
		elements = c.elements
	}
	opts := initBindOptions{role: o.InstanceRole, scope: stack}
	switch o.Platform {
	case OperatingSystemType_LINUX:
		opts.platform = platformLinux
	case OperatingSystemType_WINDOWS:
		opts.platform = platformWindows
	default:
		diag.Panic("", "Cannot attach CloudFormationInit to an unknown OS type")
	}
	out := initBindResult{config: ojson.New()}
	for _, sec := range initSections {
		var results []initBindResult
		index := 0
		for _, e := range elements {
			if e == nil || deref(e.ElementType()) != sec.kind {
				continue
			}
			b, ok := embedded[initBinder](e)
			if !ok {
				diag.Panic("", "InitElement %T is not one of Strata's: build elements with the Init* constructors", e)
			}
			eo := opts
			eo.index = index
			index++
			results = append(results, b.bindInit(&eo))
		}
		if len(results) == 0 {
			continue
		}
		var merged *ojson.Object
		for _, r := range results {
			merged = deepMerge(merged, r.config)
			out.auth = deepMerge(out.auth, r.auth)
			out.assetHash += r.assetHash
		}
		if merged == nil {
			merged = ojson.New()
		}
		out.config.Set(sec.key, merged)
	}
	return out
}

// deepMerge merges src into target as cfn-init's config sections combine:
// objects key by key, lists as sets (a command's argv is concatenated).
func deepMerge(target, src *ojson.Object) *ojson.Object {
	if target == nil {
		return src
	}
	if src == nil {
		return target
	}
	src.Range(func(key string, value interface{}) {
		if l, ok := value.(*liveValue); ok {
			value = l.get()
		}
		switch v := value.(type) {
		case []interface{}:
			old := getSnapshot(target, key)
			var have []interface{}
			if old != nil {
				list, ok := old.([]interface{})
				if !ok {
					diag.Panic("", "Trying to merge array [%s] into a non-array '%v'", joinAny(v), old)
				}
				have = list
			}
			merged := append([]interface{}{}, have...)
			if key == "command" {
				merged = append(merged, v...)
			} else {
				for _, x := range v {
					if !containsValue(merged, x) {
						merged = append(merged, x)
					}
				}
			}
			target.Set(key, merged)
		case *ojson.Object:
			old := getSnapshot(target, key)
			obj, _ := old.(*ojson.Object)
			if obj == nil {
				obj = ojson.New()
			}
			target.Set(key, deepMerge(obj, v))
		case nil:
		default:
			target.Set(key, value)
		}
	})
	return target
}

// getSnapshot reads target[key], a live value as it is now.
func getSnapshot(target *ojson.Object, key string) interface{} {
	v, _ := target.Get(key)
	if l, ok := v.(*liveValue); ok {
		return l.get()
	}
	return v
}

func containsValue(xs []interface{}, x interface{}) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func joinAny(xs []interface{}) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprint(x)
	}
	return strings.Join(parts, ",")
}

// obj builds an ordered object, skipping undefined (nil) values.
func obj(kv ...interface{}) *ojson.Object {
	o := ojson.New()
	for i := 0; i+1 < len(kv); i += 2 {
		if v := optValue(kv[i+1]); v != nil {
			o.Set(kv[i].(string), v)
		}
	}
	return o
}

// optValue turns nil pointers into undefined and other pointers into their values.
func optValue(v interface{}) interface{} {
	switch x := v.(type) {
	case *string:
		if x == nil {
			return nil
		}
		return *x
	case *bool:
		if x == nil {
			return nil
		}
		return *x
	case *float64:
		if x == nil {
			return nil
		}
		return *x
	case *[]*string:
		if x == nil {
			return nil
		}
		return stringList(strs(x))
	}
	return v
}

func stringList(xs []string) []interface{} {
	out := make([]interface{}, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func sortedStringMap(m *map[string]*string) interface{} {
	if m == nil {
		return nil
	}
	o := ojson.New()
	for _, k := range sortedKeys(*m) {
		o.Set(k, optValue((*m)[k]))
	}
	return o
}

// standardS3Auth is the authentication block that lets cfn-init read a
// bucket with the instance's role.
func standardS3Auth(role awsiam.IRole, bucketName *string) *ojson.Object {
	return obj("S3AccessCreds", obj("type", "S3", "roleName", role.RoleRef().RoleName, "buckets", []interface{}{deref(bucketName)}))
}

// childrenHash names an asset an element creates in the stack, as
// aws-cdk-lib does: the MD5 of the paths of the stack's children so far.
func childrenHash(scope awscdk.Stack) string {
	var paths []string
	for _, c := range *scope.Node().Children() {
		paths = append(paths, deref(c.Node().Path()))
	}
	sum := md5.Sum([]byte(strings.Join(paths, ",")))
	return hex.EncodeToString(sum[:])
}

// resolveOrdered resolves v keeping object key order, which the
// fingerprint hashes (Stack.Resolve hands back Go maps).
func resolveOrdered(stack awscdk.Stack, v interface{}) interface{} {
	if r, ok := stack.(interface{ StrataResolveOrdered(interface{}) interface{} }); ok {
		return r.StrataResolveOrdered(v)
	}
	return stack.Resolve(v)
}

// embedded finds a T in v or, for a user's type made with an _Override
// constructor, in the fields it embeds (Go has no virtual dispatch, so the
// value Strata stored there does the work).
func embedded[T any](v interface{}) (T, bool) {
	if t, ok := v.(T); ok {
		return t, true
	}
	var zero T
	rv := reflect.ValueOf(v)
	for depth := 0; depth < 8 && rv.IsValid(); depth++ {
		for rv.Kind() == reflect.Ptr || rv.Kind() == reflect.Interface {
			if rv.IsNil() {
				return zero, false
			}
			rv = rv.Elem()
		}
		if rv.Kind() != reflect.Struct {
			return zero, false
		}
		var next reflect.Value
		for i := 0; i < rv.NumField(); i++ {
			f := rv.Type().Field(i)
			if !f.Anonymous || !f.IsExported() {
				continue
			}
			fv := rv.Field(i)
			if fv.Kind() == reflect.Interface && !fv.IsNil() {
				if t, ok := fv.Interface().(T); ok {
					return t, true
				}
				next = fv
			}
		}
		rv = next
	}
	return zero, false
}
