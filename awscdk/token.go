package awscdk

import (
	"reflect"
	"strings"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/tokens"
)

// ResolutionTypeHint says what type a token resolves to.
type ResolutionTypeHint string

const (
	ResolutionTypeHint_STRING      ResolutionTypeHint = "STRING"
	ResolutionTypeHint_STRING_LIST ResolutionTypeHint = "STRING_LIST"
	ResolutionTypeHint_NUMBER      ResolutionTypeHint = "NUMBER"
)

// IResolvable is a value that is only known when the template is rendered.
type IResolvable interface {
	CreationStack() *[]*string
	TypeHint() ResolutionTypeHint
	Resolve(context IResolveContext) interface{}
	ToString() *string
}

// resolvable is what the resolver needs of a token: users' own types may
// implement only this much.
type resolvable interface {
	Resolve(context IResolveContext) interface{}
}

// IPostProcessor changes a value after it has been resolved.
type IPostProcessor interface {
	PostProcess(input interface{}, context IResolveContext) interface{}
}

// IResolveContext is what a token sees while it resolves.
type IResolveContext interface {
	DocumentPath() *[]*string
	Preparing() *bool
	Scope() constructs.IConstruct
	RegisterPostProcessor(postProcessor IPostProcessor)
	Resolve(x interface{}, options *ResolveChangeContextOptions) interface{}
}

// ResolveChangeContextOptions changes how a nested resolve runs.
type ResolveChangeContextOptions struct {
	AllowIntrinsicKeys *bool `field:"optional" json:"allowIntrinsicKeys" yaml:"allowIntrinsicKeys"`
	RemoveEmpty        *bool `field:"optional" json:"removeEmpty" yaml:"removeEmpty"`
}

// EncodingOptions are options for encoding a token as a string or list.
type EncodingOptions struct {
	DisplayHint *string `field:"optional" json:"displayHint" yaml:"displayHint"`
}

// ResolveOptions are options for Tokenization_Resolve.
type ResolveOptions struct {
	Resolver    ITokenResolver        `field:"required" json:"resolver" yaml:"resolver"`
	Scope       constructs.IConstruct `field:"required" json:"scope" yaml:"scope"`
	Preparing   *bool                 `field:"optional" json:"preparing" yaml:"preparing"`
	RemoveEmpty *bool                 `field:"optional" json:"removeEmpty" yaml:"removeEmpty"`
}

// ITokenResolver decides how tokens, strings with tokens and token lists resolve.
type ITokenResolver interface {
	ResolveList(l *[]*string, context IResolveContext) interface{}
	ResolveString(s TokenizedStringFragments, context IResolveContext) interface{}
	ResolveToken(t IResolvable, context IResolveContext, postProcessor IPostProcessor) interface{}
}

// TokenizedStringFragments is a string split into literals and tokens.
type TokenizedStringFragments interface {
	FirstToken() IResolvable
	FirstValue() interface{}
	Length() *float64
	Tokens() *[]IResolvable
	AddIntrinsic(value interface{})
	AddLiteral(lit interface{})
	AddToken(token IResolvable)
	Join(concat IFragmentConcatenator) interface{}
	MapTokens(mapper ITokenMapper) TokenizedStringFragments
}

// IFragmentConcatenator joins two resolved fragments.
type IFragmentConcatenator interface {
	Join(left interface{}, right interface{}) interface{}
}

// TokenComparison is the result of Token_CompareStrings.
type TokenComparison interface{}

// Token_AsString returns value as a string, encoding it as a token if needed.
func Token_AsString(value interface{}, options *EncodingOptions) *string {
	switch v := value.(type) {
	case *string:
		if v != nil {
			return v // already a string: nothing to encode or copy
		}
	case string:
		return &v
	}
	hint := ""
	if options != nil && options.DisplayHint != nil {
		hint = *options.DisplayHint
	}
	t := asResolvable(value)
	if e, ok := t.(selfEncoding); ok {
		p := e.encoding()
		if *p == "" {
			*p = tableFor(t).RegisterFreshString(t, hint)
		}
		s := *p
		return &s
	}
	s := tableFor(t).RegisterString(t, hint)
	return &s
}

// selfEncoding is a token object of Strata's own that keeps its string
// encoding: encoding it again (every Ref, every attribute read) then costs
// no table lookup, and the table keeps no cache entry for it. One object
// still has one encoding, as aws-cdk-lib's cache on the object gives.
type selfEncoding interface{ encoding() *string }

// Token_AsNumber returns value as a number, encoding it as a token if needed.
func Token_AsNumber(value interface{}) *float64 {
	switch v := value.(type) {
	case float64:
		return &v
	case *float64:
		if v != nil {
			return v
		}
	}
	t := asResolvable(value)
	f := tableFor(t).RegisterNumber(t)
	return &f
}

// Token_AsList returns value as a list of strings, encoding it as a token if needed.
func Token_AsList(value interface{}, options *EncodingOptions) *[]*string {
	switch v := value.(type) {
	case *[]*string:
		if v != nil {
			return v
		}
	case []*string:
		return &v
	case []string:
		out := make([]*string, len(v))
		for i := range v {
			out[i] = &v[i]
		}
		return &out
	}
	hint := ""
	if options != nil && options.DisplayHint != nil {
		hint = *options.DisplayHint
	}
	t := asResolvable(value)
	l := tableFor(t).RegisterList(t, hint)
	return &[]*string{&l}
}

// Token_AsAny returns value as an IResolvable.
func Token_AsAny(value interface{}) IResolvable {
	r := asResolvable(value)
	if ir, ok := r.(IResolvable); ok {
		return ir
	}
	return &resolvableAdapter{r}
}

// Token_IsUnresolved reports whether obj is or contains an unresolved token.
func Token_IsUnresolved(obj interface{}) *bool { b := isUnresolved(obj); return &b }

// Token_IsResolvable... see Tokenization_IsResolvable.

func isUnresolved(obj interface{}) bool {
	switch v := obj.(type) {
	case nil:
		return false
	case string:
		return tokens.ContainsTokens(v)
	case *string:
		return v != nil && tokens.ContainsTokens(*v)
	case float64:
		return tokens.IsNumberToken(v)
	case *float64:
		return v != nil && tokens.IsNumberToken(*v)
	case []*string:
		return len(v) == 1 && v[0] != nil && tokens.IsListToken(*v[0])
	case *[]*string:
		return v != nil && len(*v) == 1 && (*v)[0] != nil && tokens.IsListToken(*(*v)[0])
	case []string:
		return len(v) == 1 && tokens.IsListToken(v[0])
	case resolvable:
		return !isNilValue(v)
	}
	return false
}

func isNilValue(x interface{}) bool {
	if x == nil {
		return true
	}
	rv := reflect.ValueOf(x)
	switch rv.Kind() {
	case reflect.Ptr, reflect.Map, reflect.Slice, reflect.Interface, reflect.Func:
		return rv.IsNil()
	}
	return false
}

func plainString(value interface{}) (string, bool) {
	switch v := value.(type) {
	case string:
		return v, true
	case *string:
		if v != nil {
			return *v, true
		}
	}
	return "", false
}

func asResolvable(value interface{}) resolvable {
	if r, ok := value.(resolvable); ok && !isNilValue(r) {
		return r
	}
	return NewIntrinsic(value, nil)
}

// resolvableAdapter lifts a minimal resolvable to IResolvable.
type resolvableAdapter struct{ r resolvable }

func (a *resolvableAdapter) CreationStack() *[]*string               { return &[]*string{} }
func (a *resolvableAdapter) TypeHint() ResolutionTypeHint            { return ResolutionTypeHint_STRING }
func (a *resolvableAdapter) Resolve(ctx IResolveContext) interface{} { return a.r.Resolve(ctx) }
func (a *resolvableAdapter) ToString() *string                       { return Token_AsString(a.r, nil) }

// Token_NullValue returns a token that resolves to JSON null... CloudFormation
// has no null, so it renders as an absent value.
func Token_NullValue() IResolvable { return NewIntrinsic(nil, nil) }

// Tokenization_IsResolvable reports whether obj is a resolvable object.
func Tokenization_IsResolvable(obj interface{}) *bool {
	_, ok := obj.(resolvable)
	b := ok && !isNilValue(obj)
	return &b
}

// Tokenization_Reverse returns the token x stands for, or nil.
func Tokenization_Reverse(x interface{}, options *ReverseOptions) IResolvable {
	if r, ok := x.(resolvable); ok && !isNilValue(r) {
		return Token_AsAny(r)
	}
	switch v := x.(type) {
	case string, *string:
		s, _ := plainString(v)
		return Tokenization_ReverseString(&s).FirstToken()
	case float64:
		return Tokenization_ReverseNumber(&v)
	case *float64:
		return Tokenization_ReverseNumber(v)
	case *[]*string:
		return Tokenization_ReverseList(v)
	case []*string:
		return Tokenization_ReverseList(&v)
	}
	return nil
}

// ReverseOptions are options for Tokenization_Reverse.
type ReverseOptions struct {
	FailConcat *bool `field:"optional" json:"failConcat" yaml:"failConcat"`
}

// Tokenization_ReverseString splits s into literals and tokens.
func Tokenization_ReverseString(s *string) TokenizedStringFragments {
	return newFragments(splitString(nil, deref(s)))
}

// Tokenization_ReverseCompleteString returns the token s is exactly, or nil.
func Tokenization_ReverseCompleteString(s *string) IResolvable {
	f := Tokenization_ReverseString(s)
	if *f.Length() != 1 {
		return nil
	}
	return f.FirstToken()
}

// Tokenization_ReverseNumber returns the token n stands for, or nil.
func Tokenization_ReverseNumber(n *float64) IResolvable {
	if n == nil {
		return nil
	}
	t, ok := lookupNumber(nil, *n)
	if !ok {
		return nil
	}
	return Token_AsAny(t)
}

// Tokenization_ReverseList returns the token l stands for, or nil.
func Tokenization_ReverseList(l *[]*string) IResolvable {
	if l == nil || len(*l) != 1 || (*l)[0] == nil {
		return nil
	}
	frags, err := tokens.SplitList(*(*l)[0], finder(nil))
	if err != nil || len(frags) != 1 || !frags[0].IsToken {
		return nil
	}
	return Token_AsAny(frags[0].Token)
}

// Tokenization_StringifyNumber turns a number into a string, keeping a token a token.
func Tokenization_StringifyNumber(x *float64) *string {
	if x == nil {
		return nil
	}
	if tokens.IsNumberToken(*x) {
		if t, ok := lookupNumber(nil, *x); ok {
			return Token_AsString(&stringifiedNumber{t}, nil)
		}
	}
	s := tokens.FormatNumber(*x)
	return &s
}

type stringifiedNumber struct{ t interface{} }

func (s *stringifiedNumber) Resolve(ctx IResolveContext) interface{} {
	v := ctx.Resolve(s.t, nil)
	if f, ok := v.(float64); ok {
		return tokens.FormatNumber(f)
	}
	return v
}

// Tokenization_Resolve resolves obj in the scope and with the resolver of options.
func Tokenization_Resolve(obj interface{}, options *ResolveOptions) interface{} {
	r := &resolver{removeEmpty: true}
	if options != nil {
		r.scope = options.Scope
		r.preparing = boolOr(options.Preparing, false)
		if options.RemoveEmpty != nil {
			r.removeEmpty = *options.RemoveEmpty
		}
	}
	return r.resolve(obj, nil)
}

// fragments implements TokenizedStringFragments.
type fragments struct{ fs []tokens.Fragment }

func newFragments(fs []tokens.Fragment) *fragments { return &fragments{fs: fs} }

func (f *fragments) FirstToken() IResolvable {
	for _, x := range f.fs {
		if x.IsToken {
			return Token_AsAny(x.Token)
		}
	}
	return nil
}
func (f *fragments) FirstValue() interface{} {
	if len(f.fs) == 0 {
		return nil
	}
	if f.fs[0].IsToken {
		return f.fs[0].Token
	}
	return f.fs[0].Literal
}
func (f *fragments) Length() *float64 { n := float64(len(f.fs)); return &n }
func (f *fragments) Tokens() *[]IResolvable {
	var out []IResolvable
	for _, x := range f.fs {
		if x.IsToken {
			out = append(out, Token_AsAny(x.Token))
		}
	}
	return &out
}
func (f *fragments) AddIntrinsic(value interface{}) {
	f.fs = append(f.fs, tokens.Fragment{Token: NewIntrinsic(value, nil), IsToken: true})
}
func (f *fragments) AddLiteral(lit interface{}) {
	s, _ := plainString(lit)
	f.fs = append(f.fs, tokens.Fragment{Literal: s})
}
func (f *fragments) AddToken(token IResolvable) {
	f.fs = append(f.fs, tokens.Fragment{Token: token, IsToken: true})
}
func (f *fragments) Join(concat IFragmentConcatenator) interface{} {
	if len(f.fs) == 0 {
		return ""
	}
	val := func(x tokens.Fragment) interface{} {
		if x.IsToken {
			return x.Token
		}
		return x.Literal
	}
	acc := val(f.fs[0])
	for _, x := range f.fs[1:] {
		acc = concat.Join(acc, val(x))
	}
	return acc
}
func (f *fragments) MapTokens(mapper ITokenMapper) TokenizedStringFragments {
	out := &fragments{}
	for _, x := range f.fs {
		if x.IsToken {
			out.fs = append(out.fs, tokens.Fragment{Token: NewIntrinsic(mapper.MapToken(Token_AsAny(x.Token)), nil), IsToken: true})
		} else {
			out.fs = append(out.fs, x)
		}
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func boolOr(b *bool, def bool) bool {
	if b == nil {
		return def
	}
	return *b
}

func str(s string) *string { return &s }

func hasPrefixAny(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
