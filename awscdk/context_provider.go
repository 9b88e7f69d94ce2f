package awscdk

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/awscdk/cloudassemblyschema"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
)

// ContextProvider reads values that the CDK CLI looks up in the account
// (availability zones, SSM parameters, VPCs, ...) from the app's context.
// A value the context does not hold is recorded in the manifest's "missing"
// list, and a dummy value stands in for it until the CLI has looked it up
// and runs the app again.
type ContextProvider interface{}

// GetContextKeyOptions say which provider and query a context key is for.
type GetContextKeyOptions struct {
	// The context provider, e.g. "ssm" or "availability-zones".
	Provider *string `field:"required" json:"provider" yaml:"provider"`
	// Makes the key unique for otherwise equal queries.
	AdditionalCacheKey *string `field:"optional" json:"additionalCacheKey" yaml:"additionalCacheKey"`
	// Whether the stack's account and region are part of the query. Default: true.
	IncludeEnvironment *bool `field:"optional" json:"includeEnvironment" yaml:"includeEnvironment"`
	// The provider's query.
	Props *map[string]interface{} `field:"optional" json:"props" yaml:"props"`
}

// GetContextValueOptions are GetContextKeyOptions plus what to do while the
// value is missing.
type GetContextValueOptions struct {
	Provider           *string                 `field:"required" json:"provider" yaml:"provider"`
	AdditionalCacheKey *string                 `field:"optional" json:"additionalCacheKey" yaml:"additionalCacheKey"`
	IncludeEnvironment *bool                   `field:"optional" json:"includeEnvironment" yaml:"includeEnvironment"`
	Props              *map[string]interface{} `field:"optional" json:"props" yaml:"props"`
	// Returned while the value is missing from the context.
	DummyValue interface{} `field:"required" json:"dummyValue" yaml:"dummyValue"`
	// Deprecated: use MustExist.
	IgnoreErrorOnMissingContext *bool `field:"optional" json:"ignoreErrorOnMissingContext" yaml:"ignoreErrorOnMissingContext"`
	// Whether the CLI fails when the lookup finds nothing. Default: true.
	MustExist *bool `field:"optional" json:"mustExist" yaml:"mustExist"`
}

// GetContextKeyResult is a context key and the query it stands for.
type GetContextKeyResult struct {
	Key   *string                 `field:"required" json:"key" yaml:"key"`
	Props *map[string]interface{} `field:"required" json:"props" yaml:"props"`
}

// GetContextValueResult is the context value, or the dummy value.
type GetContextValueResult struct {
	Value interface{} `field:"optional" json:"value" yaml:"value"`
}

// providerErrorKey marks a context value the CLI stored for a failed lookup.
const providerErrorKey = "$providerError"

// azFallbackContextKey holds the AZs of environment-agnostic stacks.
const azFallbackContextKey = "aws:cdk:availability-zones:fallback"

// contextQuery is the query of one lookup, keys in aws-cdk-lib's order.
type contextQuery struct {
	key   string
	props *ojson.Object
}

// ContextProvider_GetKey returns the context key of a lookup from scope's
// stack: "<provider>:<k=v>:..." with the query's leaves sorted, colons in
// string values written "$:".
func ContextProvider_GetKey(scope constructs.Construct, options *GetContextKeyOptions) *GetContextKeyResult {
	if options == nil {
		options = &GetContextKeyOptions{}
	}
	q := contextKey(scope, options)
	m := map[string]interface{}{}
	q.props.Range(func(k string, v interface{}) { m[k] = v })
	return &GetContextKeyResult{Key: str(q.key), Props: &m}
}

func contextKey(scope constructs.Construct, options *GetContextKeyOptions) contextQuery {
	requireScope(scope, options.Provider)
	s := Stack_Of(scope).stackImpl()
	props := ojson.New()
	if options.IncludeEnvironment == nil || *options.IncludeEnvironment {
		props.Set("account", s.account)
		props.Set("region", s.region)
	}
	if options.AdditionalCacheKey != nil && *options.AdditionalCacheKey != "" {
		props.Set("additionalCacheKey", *options.AdditionalCacheKey)
	}
	if ordered := propsInOrder(options.Props); ordered != nil {
		ordered.Range(func(k string, v interface{}) { props.Set(k, plainValue(v)) })
	} else if options.Props != nil {
		keys := make([]string, 0, len(*options.Props))
		for k := range *options.Props {
			keys = append(keys, k)
		}
		// jsii hands a Go map to aws-cdk-lib with its keys sorted.
		sort.Strings(keys)
		for _, k := range keys {
			props.Set(k, plainValue((*options.Props)[k]))
		}
	}
	for _, k := range props.Keys() {
		if v, _ := props.Get(k); isUnresolved(v) {
			panicf(*scope.Node().Path(), "Cannot determine scope for context provider %s.\nThis usually happens when one or more of the provider props have unresolved tokens", deref(options.Provider))
		}
	}
	parts := queryLeaves(props, "")
	sort.Strings(parts)
	return contextQuery{key: deref(options.Provider) + ":" + strings.Join(parts, ":"), props: props}
}

// queryLeaves flattens a query to "path=value" strings: nested objects and
// lists by dotted path, strings with ":" escaped as "$:", other values as
// JSON. Missing (nil) values are left out.
func queryLeaves(v interface{}, prefix string) []string {
	var out []string
	add := func(k string, x interface{}) {
		switch t := x.(type) {
		case nil:
		case *ojson.Object, map[string]interface{}, []interface{}:
			out = append(out, queryLeaves(t, prefix+k+".")...)
		case string:
			out = append(out, prefix+k+"="+strings.ReplaceAll(t, ":", "$:"))
		default:
			b, err := ojson.Marshal(t, "")
			if err == nil {
				out = append(out, prefix+k+"="+string(b))
			}
		}
	}
	switch t := v.(type) {
	case *ojson.Object:
		t.Range(func(k string, x interface{}) { add(k, x) })
	case map[string]interface{}:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			add(k, t[k])
		}
	case []interface{}:
		for i, x := range t {
			add(itoa(i), x)
		}
	}
	return out
}

// propsInOrder is the ordered query an L2 wrapped with
// l2.OrderedContextProps, or nil for a program's map.
func propsInOrder(m *map[string]interface{}) *ojson.Object {
	if m == nil {
		return nil
	}
	return l2.ContextPropsOrder(*m)
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

// plainValue turns a Go value a program passes as a query into the value
// aws-cdk-lib would see: pointers followed, numbers as float64, slices and
// string-keyed maps as []interface{} and map[string]interface{}.
func plainValue(v interface{}) interface{} {
	if v == nil {
		return nil
	}
	if _, ok := v.(resolvable); ok {
		return v
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Ptr, reflect.Interface:
		if rv.IsNil() {
			return nil
		}
		if rv.Elem().Kind() == reflect.Struct {
			return v
		}
		return plainValue(rv.Elem().Interface())
	case reflect.String:
		return rv.String()
	case reflect.Bool:
		return rv.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return float64(rv.Uint())
	case reflect.Float32, reflect.Float64:
		return rv.Float()
	case reflect.Slice, reflect.Array:
		out := make([]interface{}, rv.Len())
		for i := range out {
			out[i] = plainValue(rv.Index(i).Interface())
		}
		return out
	case reflect.Map:
		if rv.Type().Key().Kind() != reflect.String {
			return v
		}
		out := map[string]interface{}{}
		for _, k := range rv.MapKeys() {
			out[k.String()] = plainValue(rv.MapIndex(k).Interface())
		}
		return out
	}
	return v
}

// ContextProvider_GetValue returns the context value of a lookup from
// scope's stack, which must have a concrete account and region. While the
// context lacks it (or holds the CLI's record of a failed lookup), the
// lookup is recorded as missing and DummyValue is returned.
func ContextProvider_GetValue(scope constructs.Construct, options *GetContextValueOptions) *GetContextValueResult {
	if options == nil {
		options = &GetContextValueOptions{}
	}
	requireScope(scope, options.Provider)
	path := *scope.Node().Path()
	if options.MustExist != nil && options.IgnoreErrorOnMissingContext != nil {
		panicf(path, "Only supply one of 'mustExist' and 'ignoreErrorOnMissingContext'")
	}
	s := Stack_Of(scope).stackImpl()
	if isUnresolved(s.account) || isUnresolved(s.region) {
		panicf(path, "Cannot retrieve value from context provider %s since account/region are not specified at the stack level. Configure \"env\" with an account and region when you define your stack.See https://docs.aws.amazon.com/cdk/latest/guide/environments.html for more details.", deref(options.Provider))
	}
	q := contextKey(scope, &GetContextKeyOptions{Provider: options.Provider, AdditionalCacheKey: options.AdditionalCacheKey, IncludeEnvironment: options.IncludeEnvironment, Props: options.Props})
	value := scope.Node().TryGetContext(str(q.key))
	providerErr := providerError(value)
	if value != nil && providerErr == nil {
		return &GetContextValueResult{Value: value}
	}
	ext := ojson.New()
	// An absent dummy value is undefined in aws-cdk-lib: the key is left out
	// of the manifest (Vpc_FromLookup passes none), not written as null.
	if options.DummyValue != nil {
		ext.Set("dummyValue", plainValue(options.DummyValue))
	}
	switch {
	case options.MustExist != nil:
		ext.Set("ignoreErrorOnMissingContext", !*options.MustExist)
	case options.IgnoreErrorOnMissingContext != nil:
		ext.Set("ignoreErrorOnMissingContext", *options.IgnoreErrorOnMissingContext)
	}
	if options.AdditionalCacheKey != nil && *options.AdditionalCacheKey != "" {
		ext.Set("additionalCacheKey", *options.AdditionalCacheKey)
	}
	q.props.Range(func(k string, v interface{}) { ext.Set(k, v) })
	s.addMissingContext(q.key, deref(options.Provider), ext)
	if providerErr != nil {
		a := &annotations{scope: scope}
		a.AddError(str(toString(providerErr)))
		if !hasMetadata(scope, "aws:cdk:error-code", "ContextProviderError") {
			scope.Node().AddMetadata(str("aws:cdk:error-code"), "ContextProviderError", nil)
		}
	}
	return &GetContextValueResult{Value: options.DummyValue}
}

func requireScope(scope constructs.Construct, provider *string) {
	if scope == nil || isNilValue(scope) {
		panicf("", "context provider %s needs a scope: pass a construct inside a stack", deref(provider))
	}
}

func providerError(v interface{}) interface{} {
	if m, ok := v.(map[string]interface{}); ok {
		return m[providerErrorKey]
	}
	if o, ok := v.(*ojson.Object); ok {
		e, _ := o.Get(providerErrorKey)
		return e
	}
	return nil
}

func toString(v interface{}) string {
	if s, ok := v.(string); ok {
		return s
	}
	b, _ := ojson.Marshal(v, "")
	return string(b)
}

func hasMetadata(c constructs.IConstruct, typ string, data interface{}) bool {
	for _, m := range *c.Node().Metadata() {
		if deref(m.Type) == typ && m.Data == data {
			return true
		}
	}
	return false
}

// missingContext is a lookup a stack reported missing.
type missingContext struct {
	key, provider string
	props         *ojson.Object
}

// addMissingContext records a missing lookup on s, once per key.
func (s *stack) addMissingContext(key, provider string, props *ojson.Object) {
	for _, m := range s.missingContext {
		if m.key == key {
			return
		}
	}
	s.missingContext = append(s.missingContext, &missingContext{key: key, provider: provider, props: props})
}

// providerWireNames are the providers' names in the cloud assembly; Go
// programs name them with cloudassemblyschema's constants.
var providerWireNames = map[cloudassemblyschema.ContextProvider]string{
	cloudassemblyschema.ContextProvider_AMI_PROVIDER:                                "ami",
	cloudassemblyschema.ContextProvider_AVAILABILITY_ZONE_PROVIDER:                  "availability-zones",
	cloudassemblyschema.ContextProvider_HOSTED_ZONE_PROVIDER:                        "hosted-zone",
	cloudassemblyschema.ContextProvider_SSM_PARAMETER_PROVIDER:                      "ssm",
	cloudassemblyschema.ContextProvider_VPC_PROVIDER:                                "vpc-provider",
	cloudassemblyschema.ContextProvider_ENDPOINT_SERVICE_AVAILABILITY_ZONE_PROVIDER: "endpoint-service-availability-zones",
	cloudassemblyschema.ContextProvider_LOAD_BALANCER_PROVIDER:                      "load-balancer",
	cloudassemblyschema.ContextProvider_LOAD_BALANCER_LISTENER_PROVIDER:             "load-balancer-listener",
	cloudassemblyschema.ContextProvider_SECURITY_GROUP_PROVIDER:                     "security-group",
	cloudassemblyschema.ContextProvider_KEY_PROVIDER:                                "key-provider",
	cloudassemblyschema.ContextProvider_CC_API_PROVIDER:                             "cc-api-provider",
	cloudassemblyschema.ContextProvider_PLUGIN:                                      "plugin",
}

// ReportMissingContextKey records that the app needs a context value the
// context does not hold; the manifest's "missing" list carries it to the CLI.
func (s *stack) ReportMissingContextKey(report *cloudassemblyschema.MissingContext) {
	if report == nil {
		return
	}
	provider := string(report.Provider)
	if w, ok := providerWireNames[report.Provider]; ok {
		provider = w
	}
	props := ojson.New()
	switch p := plainValue(report.Props).(type) {
	case *ojson.Object:
		props = p
	case map[string]interface{}:
		keys := make([]string, 0, len(p))
		for k := range p {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			props.Set(k, p[k])
		}
	default:
		if p != nil {
			// A query struct (one of cloudassemblyschema's *ContextQuery
			// types): its JSON fields, in declaration order.
			if b, err := ojson.Marshal(p, ""); err == nil {
				if d, err := ojson.Decode(b); err == nil {
					if o, ok := d.(*ojson.Object); ok {
						props = o
					}
				}
			}
		}
	}
	s.addMissingContext(deref(report.Key), provider, props)
}

// missingEntries returns the lookups s reported missing as aws-cdk-lib
// writes them to the manifest: the query plus the synthesizer's lookup role.
func (s *stack) missingEntries() []*ojson.Object {
	var roleArn, externalID string
	if d, ok := s.synthesizer.(interface{ lookupRoleForQueries() (string, string) }); ok {
		roleArn, externalID = d.lookupRoleForQueries()
	}
	var out []*ojson.Object
	for _, m := range s.missingContext {
		props := ojson.New()
		m.props.Range(func(k string, v interface{}) { props.Set(k, v) })
		if roleArn != "" {
			props.Set("lookupRoleArn", roleArn)
		}
		if externalID != "" {
			props.Set("lookupRoleExternalId", externalID)
		}
		if o, ok := s.synthesizer.(interface {
			lookupRoleOptions() *map[string]interface{}
		}); ok && o.lookupRoleOptions() != nil {
			props.Set("assumeRoleAdditionalOptions", *o.lookupRoleOptions())
		}
		out = append(out, obj("key", m.key, "provider", m.provider, "props", props))
	}
	return out
}

// addMissing adds s's missing lookups to the manifest, once per key.
func (w *assemblyWriter) addMissing(s *stack) {
	for _, e := range s.missingEntries() {
		k, _ := e.Get("key")
		dup := false
		for _, m := range w.missing {
			if mk, _ := m.Get("key"); mk == k {
				dup = true
			}
		}
		if !dup {
			w.missing = append(w.missing, e)
		}
	}
}

// availabilityZones reads the stack's AZs from the context: under a concrete
// environment through the availability-zones provider (dummy AZs while
// missing), otherwise the fallback context key or two Fn::GetAZs picks.
func (s *stack) availabilityZones() *[]*string {
	if isUnresolved(s.account) || isUnresolved(s.region) {
		if v := s.Node().TryGetContext(str(azFallbackContextKey)); v != nil {
			if l, ok := contextStringList(v); ok {
				return l
			}
		}
		return &[]*string{Fn_Select(jsiiNum(0), Fn_GetAzs(nil)), Fn_Select(jsiiNum(1), Fn_GetAzs(nil))}
	}
	v := ContextProvider_GetValue(s.host(), &GetContextValueOptions{Provider: str("availability-zones"), DummyValue: []interface{}{"dummy1a", "dummy1b", "dummy1c"}}).Value
	l, ok := contextStringList(v)
	if !ok {
		panicf(*s.Node().Path(), "Provider availability-zones expects a list")
	}
	return l
}

func contextStringList(v interface{}) (*[]*string, bool) {
	switch t := v.(type) {
	case []interface{}:
		out := make([]*string, len(t))
		for i, x := range t {
			out[i] = str(toString(x))
		}
		return &out, true
	case []string:
		out := make([]*string, len(t))
		for i := range t {
			out[i] = str(t[i])
		}
		return &out, true
	case *[]*string:
		return t, t != nil
	case []*string:
		return &t, true
	}
	return nil, false
}

// stackContextAPI is the part of Stack's API this file implements.
type stackContextAPI interface {
	// ReportMissingContextKey records a context value the app needs and the
	// context does not hold.
	ReportMissingContextKey(report *cloudassemblyschema.MissingContext)
}

// missingJSON is the manifest's "missing" list.
func (w *assemblyWriter) missingJSON() []json.RawMessage {
	var out []json.RawMessage
	for _, m := range w.missing {
		b, err := ojson.Marshal(m, "")
		if err == nil {
			out = append(out, b)
		}
	}
	return out
}
