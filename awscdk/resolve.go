package awscdk

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/tokens"
)

// resolver turns Go values holding tokens into plain JSON values
// (string, float64, bool, []interface{}, *ojson.Object), resolving every
// token in the scope of one construct. nil stands for JavaScript's undefined
// and is dropped from lists and objects.
type resolver struct {
	scope              constructs.IConstruct
	preparing          bool
	removeEmpty        bool
	allowIntrinsicKeys bool
	// onToken, when set, sees every token resolved (to find references).
	onToken func(t interface{})
	// sawPreparing, when set, records that a token asked whether this is
	// the preparing pass: its value may differ in the rendering pass.
	sawPreparing *bool
	// errPath, when set, is the construct path errors name instead of the
	// scope's (the element being resolved, when tokens see its stack).
	errPath string
	// find looks token numbers up in the scope's App; made on first use.
	find func(n int64) (interface{}, error)
	// ctxs hands out the contexts tokens resolve in; made on first use,
	// or shared by the resolvers of one pass.
	ctxs *ctxSlab
}

// ctxSlab hands out resolve contexts a slab at a time: one allocation for
// many tokens. A slot is handed out again only once released, which is done
// only for tokens of ours that never keep their context (releasable), so
// any other token may keep its context; resolvers may share a slab.
type ctxSlab struct {
	buf  []resolveContext
	free []*resolveContext
}

func (s *ctxSlab) next() *resolveContext {
	if n := len(s.free); n > 0 {
		c := s.free[n-1]
		s.free = s.free[:n-1]
		return c
	}
	if len(s.buf) == cap(s.buf) {
		s.buf = make([]resolveContext, 0, min(max(2*cap(s.buf), 2), 64))
	}
	s.buf = s.buf[:len(s.buf)+1]
	return &s.buf[len(s.buf)-1]
}

// release hands c out again: its token is done with it.
func (s *ctxSlab) release(c *resolveContext) {
	*c = resolveContext{}
	s.free = append(s.free, c)
}

// releasable reports whether t is one of our tokens that use their context
// only while they resolve: a reference, an intrinsic.
func releasable(t resolvable) bool {
	switch t.(type) {
	case *cfnReference, *intrinsic:
		return true
	}
	return false
}

// newContext returns a fresh context for a token resolved at path.
func (r *resolver) newContext(path []string) *resolveContext {
	if r.ctxs == nil {
		r.ctxs = &ctxSlab{}
	}
	c := r.ctxs.next()
	c.r, c.path = r, path
	return c
}

// finder returns the token finder of the resolver's scope, made once per
// resolver rather than once per string.
func (r *resolver) finder() func(n int64) (interface{}, error) {
	if r.find == nil {
		r.find = finder(r.scope)
	}
	return r.find
}

// split splits s into literals and tokens; the error names the scope path,
// worked out only when there is an error.
func (r *resolver) split(buf []tokens.Fragment, s string, list bool) []tokens.Fragment {
	var frags []tokens.Fragment
	var err error
	if list {
		frags, err = tokens.SplitList(s, r.finder())
	} else {
		frags, err = tokens.SplitInto(buf, s, r.finder())
	}
	if err != nil {
		panicf(r.scopePath(), "%v", err)
	}
	return frags
}

// panicf stops with a user mistake. Synthesis recovers it (catchResolve)
// and reports it with the others; outside synthesis jsii.Close prints it.
func panicf(path, format string, args ...interface{}) {
	panic(&diag.UserError{Err: diag.Errorf(path, format, args...)})
}

func (r *resolver) scopePath() string {
	if r.errPath != "" {
		return r.errPath
	}
	if r.scope == nil {
		return ""
	}
	return *r.scope.Node().Path()
}

// errorPath is the construct path an error found while resolving in ctx
// should name: the element being resolved, else the scope.
func errorPath(ctx IResolveContext) string {
	if c, ok := ctx.(*resolveContext); ok {
		return c.r.scopePath()
	}
	return scopePathOf(ctx.Scope())
}

type resolveContext struct {
	r    *resolver
	path []string
	post IPostProcessor
}

func (c *resolveContext) DocumentPath() *[]*string {
	out := make([]*string, len(c.path))
	for i := range c.path {
		out[i] = str(c.path[i])
	}
	return &out
}
func (c *resolveContext) Preparing() *bool {
	if c.r.sawPreparing != nil {
		*c.r.sawPreparing = true
	}
	b := c.r.preparing
	return &b
}
func (c *resolveContext) Scope() constructs.IConstruct           { return c.r.scope }
func (c *resolveContext) RegisterPostProcessor(p IPostProcessor) { c.post = p }
func (c *resolveContext) Resolve(x interface{}, options *ResolveChangeContextOptions) interface{} {
	r := c.r
	if options != nil {
		cp := *r
		if options.AllowIntrinsicKeys != nil {
			cp.allowIntrinsicKeys = *options.AllowIntrinsicKeys
		}
		if options.RemoveEmpty != nil {
			cp.removeEmpty = *options.RemoveEmpty
		}
		r = &cp
	}
	// A copy with room: the value's own keys go after it without another.
	return r.resolve(x, append(make([]string, 0, len(c.path)+8), c.path...))
}

func (r *resolver) resolve(x interface{}, path []string) interface{} {
	if len(path) > 200 {
		panicf(r.scopePath(), "unable to resolve object tree with circular reference at /%s", strings.Join(path, "/"))
	}
	if x == interface{}(ojson.Null) {
		return x
	}
	switch v := x.(type) {
	case nil, *deletedMarker:
		return nil
	case string:
		if !mayHoldTokens(v) {
			return x // already boxed: no new allocation
		}
		return r.resolveString(v, path)
	case *string:
		if v == nil {
			return nil
		}
		return r.resolveString(*v, path)
	case float64:
		if v > -1e287 && v < 1e287 {
			return x
		}
		return r.resolveNumber(v, path)
	case *float64:
		if v == nil {
			return nil
		}
		return r.resolveNumber(*v, path)
	case bool:
		return v
	case *bool:
		if v == nil {
			return nil
		}
		return *v
	case int:
		return float64(v)
	case int64:
		return float64(v)
	case *ojson.Object:
		if v == nil {
			return nil
		}
		out := ojson.NewSize(v.Len())
		path = roomy(path)
		v.Range(func(k string, val interface{}) { r.setResolved(out, k, val, path) })
		return out
	case []interface{}:
		return r.resolveList(len(v), func(i int) interface{} { return v[i] }, path)
	case []*string:
		return r.resolveList(len(v), func(i int) interface{} { return v[i] }, path)
	case *[]*string:
		if v == nil {
			return nil
		}
		return r.resolveList(len(*v), func(i int) interface{} { return (*v)[i] }, path)
	case map[string]interface{}:
		return r.resolveMap(reflect.ValueOf(v), path)
	case constructs.IConstruct:
		if _, ok := x.(resolvable); !ok {
			panicf(r.scopePath(), "trying to resolve() a construct (%s) at /%s", *v.Node().Path(), strings.Join(path, "/"))
		}
	}
	if t, ok := x.(resolvable); ok {
		if isNilValue(t) {
			return nil
		}
		return r.resolveToken(t, path)
	}
	return r.resolveReflect(reflect.ValueOf(x), path)
}

func (r *resolver) resolveReflect(rv reflect.Value, path []string) interface{} {
	switch rv.Kind() {
	case reflect.Ptr, reflect.Interface:
		if rv.IsNil() {
			return nil
		}
		return r.resolve(rv.Elem().Interface(), path)
	case reflect.String:
		return r.resolveString(rv.String(), path)
	case reflect.Bool:
		return rv.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return float64(rv.Uint())
	case reflect.Float32, reflect.Float64:
		return r.resolveNumber(rv.Float(), path)
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return nil
		}
		return r.resolveList(rv.Len(), func(i int) interface{} { return rv.Index(i).Interface() }, path)
	case reflect.Map:
		if rv.IsNil() {
			return nil
		}
		return r.resolveMap(rv, path)
	case reflect.Struct:
		return r.resolveStruct(rv, path)
	case reflect.Func, reflect.Chan:
		panicf(r.scopePath(), "trying to resolve a non-data object (%s) at /%s: only tokens are supported for lazy evaluation", rv.Type(), strings.Join(path, "/"))
	}
	panicf(r.scopePath(), "cannot render a value of type %s at /%s", rv.Type(), strings.Join(path, "/"))
	return nil
}

func (r *resolver) resolveStruct(rv reflect.Value, path []string) interface{} {
	t := rv.Type()
	out := ojson.New() // most fields of a props struct are nil
	path = roomy(path)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name := jsonName(f)
		if name == "-" {
			continue
		}
		r.setResolved(out, name, rv.Field(i).Interface(), path)
	}
	return out
}

// jsonName is the name jsii gives a struct field: its json tag, else the Go
// name with a lower-case first letter.
func jsonName(f reflect.StructField) string {
	if tag, ok := f.Tag.Lookup("json"); ok {
		name, _, _ := strings.Cut(tag, ",")
		if name != "" {
			return name
		}
	}
	return strings.ToLower(f.Name[:1]) + f.Name[1:]
}

func (r *resolver) resolveMap(rv reflect.Value, path []string) interface{} {
	keys := rv.MapKeys()
	names := make([]string, len(keys))
	for i, k := range keys {
		names[i] = fmt.Sprint(k.Interface())
	}
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return names[idx[a]] < names[idx[b]] })
	out := ojson.NewSize(len(keys))
	path = roomy(path)
	for _, i := range idx {
		r.setResolved(out, names[i], rv.MapIndex(keys[i]).Interface(), path)
	}
	return out
}

// roomy returns path with room to append at least one key, so the entries
// of one object or list share a backing array: each writes its key in the
// same slot after the one before it has finished resolving.
func roomy(path []string) []string {
	if cap(path) > len(path) {
		return path
	}
	return append(make([]string, 0, len(path)+8), path...)
}

func (r *resolver) setResolved(out *ojson.Object, key string, raw interface{}, path []string) {
	val := r.resolve(raw, append(path, key))
	if val == nil {
		if !r.removeEmpty {
			out.Set(key, ojson.Undefined)
		}
		return
	}
	if tokens.ContainsTokens(key) {
		rk := r.resolve(key, path)
		s, ok := rk.(string)
		if !ok {
			panicf(r.scopePath(), "%q is used as the key in a map so must resolve to a string, but it resolves to: %s. Consider using CfnJson to delay resolution to deployment time", key, mustJSON(rk))
		}
		key = s
	}
	out.Set(key, val)
}

func (r *resolver) resolveList(n int, at func(int) interface{}, path []string) interface{} {
	for i := 0; i < n; i++ {
		if s, ok := plainString(at(i)); ok && tokens.IsListToken(s) {
			if n != 1 {
				panicf(r.scopePath(), "cannot add elements to list token, got: %d elements", n)
			}
			frags := r.split(nil, s, true)
			if len(frags) != 1 || !frags[0].IsToken {
				panicf(r.scopePath(), "cannot concatenate strings in a tokenized string array, got: %s", s)
			}
			return r.resolve(frags[0].Token, path)
		}
	}
	out := make([]interface{}, 0, n)
	path = roomy(path)
	for i := 0; i < n; i++ {
		v := r.resolve(at(i), append(path, strconv.Itoa(i)))
		if v == nil && r.removeEmpty {
			continue
		}
		if v == nil {
			v = ojson.Undefined
		}
		out = append(out, v)
	}
	return out
}

// mayHoldTokens is the quick test for a string or number token marker.
func mayHoldTokens(s string) bool {
	return strings.Contains(s, "Token[") || (len(s) >= 16 && strings.Contains(s, "e+289"))
}

func (r *resolver) resolveString(s string, path []string) interface{} {
	if !mayHoldTokens(s) {
		return s
	}
	if tokens.IsListToken(s) {
		panicf(r.scopePath(), "found an encoded list token string in a scalar string context; use Fn_Select(0, list) (not list[0]) to extract elements from token lists")
	}
	var buf [4]tokens.Fragment
	frags := r.split(buf[:0], s, false)
	if len(frags) == 1 && !frags[0].IsToken {
		return s
	}
	if len(frags) == 1 {
		return r.resolve(frags[0].Token, path)
	}
	var pbuf [4]interface{}
	parts := pbuf[:0]
	if len(frags) > len(pbuf) {
		parts = make([]interface{}, 0, len(frags))
	}
	parts = parts[:len(frags)]
	for i, f := range frags {
		if f.IsToken {
			parts[i] = r.resolve(f.Token, path)
		} else {
			parts[i] = f.Literal
		}
	}
	return cfnConcatAll(parts)
}

func (r *resolver) resolveNumber(f float64, path []string) interface{} {
	if f > -1e287 && f < 1e287 {
		return f
	}
	n, ok := tokens.DecodeNumber(f)
	var t interface{}
	if ok {
		var err error
		t, err = r.finder()(n)
		if err != nil {
			if _, cross := err.(*tokens.CrossAppError); cross {
				panicf(r.scopePath(), "%v", err)
			}
			ok = false
		}
	}
	if !ok {
		if tokens.IsNumberToken(f) {
			panicf(r.scopePath(), "encoded representation of unknown number token found")
		}
		return f
	}
	return r.resolve(t, path)
}

func (r *resolver) resolveToken(t resolvable, path []string) interface{} {
	if r.onToken != nil {
		r.onToken(t)
	}
	// Capped, not copied: an append made while the token resolves gets a
	// new array, and siblings reuse this one only after the call returns.
	ctx := r.newContext(path[:len(path):len(path)])
	v := t.Resolve(ctx)
	v = r.resolve(v, path)
	if ctx.post != nil {
		v = ctx.post.PostProcess(v, ctx)
	}
	if releasable(t) {
		r.ctxs.release(ctx)
	}
	return v
}

// cfnConcatAll joins resolved string fragments as aws-cdk-lib's CloudFormation
// concatenation does: pairwise from the left, literals glued, anything else
// through a minimal Fn::Join.
func cfnConcatAll(parts []interface{}) interface{} {
	if len(parts) == 0 {
		return ""
	}
	acc := parts[0]
	for _, p := range parts[1:] {
		acc = cfnConcat(acc, p)
	}
	return acc
}

func cfnConcat(left, right interface{}) interface{} {
	if left == nil && right == nil {
		return ""
	}
	var ps []interface{}
	if left != nil {
		ps = append(ps, left)
	}
	if right != nil {
		ps = append(ps, right)
	}
	if len(ps) == 1 {
		return ps[0]
	}
	if isConcatable(ps[0]) && isConcatable(ps[1]) {
		return concatString(ps[0]) + concatString(ps[1])
	}
	return fnJoinObj("", minimalJoin("", ps))
}

func isConcatable(x interface{}) bool {
	switch v := x.(type) {
	case string:
		return !tokens.ContainsTokens(v)
	case float64:
		return !tokens.IsNumberToken(v)
	}
	return false
}

func concatString(x interface{}) string {
	switch v := x.(type) {
	case string:
		return v
	case float64:
		return tokens.FormatNumber(v)
	}
	return fmt.Sprint(x)
}

func fnJoinObj(delim string, list interface{}) *ojson.Object {
	o := ojson.New()
	o.Set("Fn::Join", []interface{}{delim, list})
	return o
}

// minimalJoin flattens nested joins with the same delimiter and glues
// adjacent literals, so templates stay small and match aws-cdk-lib's.
func minimalJoin(delim string, values []interface{}) []interface{} {
	vs := append([]interface{}(nil), values...)
	i := 0
	for i < len(vs) {
		el := vs[i]
		if inner, ok := splicableJoin(el, delim); ok {
			vs = append(vs[:i], append(append([]interface{}(nil), inner...), vs[i+1:]...)...)
		} else if i > 0 && isConcatable(vs[i-1]) && isConcatable(vs[i]) {
			vs[i-1] = concatString(vs[i-1]) + delim + concatString(vs[i])
			vs = append(vs[:i], vs[i+1:]...)
		} else {
			i++
		}
	}
	return vs
}

func splicableJoin(x interface{}, delim string) ([]interface{}, bool) {
	o, ok := x.(*ojson.Object)
	if !ok {
		return nil, false
	}
	k, v, ok := o.Only()
	if !ok || k != "Fn::Join" {
		return nil, false
	}
	args, ok := v.([]interface{})
	if !ok || len(args) != 2 {
		return nil, false
	}
	d, ok := args[0].(string)
	if !ok || d != delim {
		return nil, false
	}
	list, ok := args[1].([]interface{})
	if !ok {
		return nil, false
	}
	return list, true
}

func isIntrinsicObject(x interface{}) bool {
	o, ok := x.(*ojson.Object)
	if !ok {
		return false
	}
	k, _, ok := o.Only()
	if !ok {
		return false
	}
	return k == "Ref" || (strings.HasPrefix(k, "Fn::") && k != "Fn::GetArtifactAtt" && k != "Fn::GetParam")
}

func mustJSON(v interface{}) string {
	b, err := ojson.Marshal(v, "")
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// obj builds an ordered object from key/value pairs.
func obj(kv ...interface{}) *ojson.Object {
	o := ojson.NewSize(len(kv) / 2)
	for i := 0; i+1 < len(kv); i += 2 {
		o.Set(kv[i].(string), kv[i+1])
	}
	return o
}

// catchResolve runs f and turns a resolve panic into a diagnostic.
func catchResolve(f func()) (d *diag.Diagnostic) {
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case *diag.UserError:
				if dd, ok := e.Err.(*diag.Diagnostic); ok {
					d = dd
				} else {
					d = diag.Errorf("", "%v", e.Err)
				}
			default:
				panic(r)
			}
		}
	}()
	f()
	return nil
}
