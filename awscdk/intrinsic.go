package awscdk

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/internal/tokens"
)

// IntrinsicProps are options for NewIntrinsic.
type IntrinsicProps struct {
	StackTrace *bool              `field:"optional" json:"stackTrace" yaml:"stackTrace"`
	TypeHint   ResolutionTypeHint `field:"optional" json:"typeHint" yaml:"typeHint"`
}

// Intrinsic is a token that resolves to a fixed value, usually a
// CloudFormation intrinsic function such as {"Ref": ...}.
type Intrinsic interface {
	IResolvable
	NewError(message *string) interface{}
	ToJSON() interface{}
	ToStringList() *[]*string
}

type intrinsic struct {
	value    interface{}
	typeHint ResolutionTypeHint
}

// NewIntrinsic makes a token that resolves to value.
func NewIntrinsic(value interface{}, options *IntrinsicProps) Intrinsic {
	i := &intrinsic{value: value, typeHint: ResolutionTypeHint_STRING}
	if options != nil && options.TypeHint != "" {
		i.typeHint = options.TypeHint
	}
	return i
}

// PlainData tells internal/tokens an intrinsic holds only data.
func (i *intrinsic) PlainData(tokens.Access) {}

func (i *intrinsic) CreationStack() *[]*string             { return &[]*string{} }
func (i *intrinsic) TypeHint() ResolutionTypeHint          { return i.typeHint }
func (i *intrinsic) Resolve(_ IResolveContext) interface{} { return i.value }
func (i *intrinsic) ToString() *string                     { return Token_AsString(i, nil) }
func (i *intrinsic) ToStringList() *[]*string              { return Token_AsList(i, nil) }
func (i *intrinsic) ToJSON() interface{}                   { return "<unresolved-token>" }
func (i *intrinsic) NewError(message *string) interface{}  { return deref(message) }

// postResolveToken resolves value, then hands the result to process.
type postResolveToken struct {
	value   interface{}
	process func(v interface{}, ctx IResolveContext) interface{}
}

func (p *postResolveToken) Resolve(ctx IResolveContext) interface{} {
	ctx.RegisterPostProcessor(p)
	return p.value
}
func (p *postResolveToken) PostProcess(v interface{}, ctx IResolveContext) interface{} {
	return p.process(v, ctx)
}

// ignoreEmpty resolves to nil when the value is an empty list or object.
func ignoreEmpty(v interface{}) interface{} {
	return &postResolveToken{value: v, process: func(o interface{}, _ IResolveContext) interface{} {
		if isEmptyValue(o) {
			return nil
		}
		return o
	}}
}

// lazyValue is the token behind every Lazy_* function.
type lazyValue struct {
	produce   func(ctx IResolveContext) interface{}
	cache     bool
	cached    bool
	value     interface{}
	omitEmpty bool
	typeHint  ResolutionTypeHint
	// str is the lazy's string encoding, once it has one.
	str string
}

func (l *lazyValue) encoding() *string { return &l.str }

func (l *lazyValue) CreationStack() *[]*string    { return &[]*string{} }
func (l *lazyValue) TypeHint() ResolutionTypeHint { return l.typeHint }
func (l *lazyValue) ToString() *string            { return Token_AsString(l, nil) }
func (l *lazyValue) Resolve(ctx IResolveContext) interface{} {
	if l.cache && l.cached {
		return l.value
	}
	v := l.produce(ctx)
	if l.omitEmpty && isEmptyValue(v) {
		v = nil
	}
	if l.cache {
		l.value, l.cached = v, true
	}
	return v
}

// IStableStringProducer produces a string once.
type IStableStringProducer interface{ Produce() *string }

// IStringProducer produces a string in a resolve context.
type IStringProducer interface {
	Produce(context IResolveContext) *string
}

// IStableNumberProducer produces a number once.
type IStableNumberProducer interface{ Produce() *float64 }

// INumberProducer produces a number in a resolve context.
type INumberProducer interface {
	Produce(context IResolveContext) *float64
}

// IStableListProducer produces a list once.
type IStableListProducer interface{ Produce() *[]*string }

// IListProducer produces a list in a resolve context.
type IListProducer interface {
	Produce(context IResolveContext) *[]*string
}

// IStableAnyProducer produces any value once.
type IStableAnyProducer interface{ Produce() interface{} }

// IAnyProducer produces any value in a resolve context.
type IAnyProducer interface {
	Produce(context IResolveContext) interface{}
}

// LazyStringValueOptions are options for Lazy_String.
type LazyStringValueOptions struct {
	DisplayHint *string `field:"optional" json:"displayHint" yaml:"displayHint"`
}

// LazyListValueOptions are options for Lazy_List.
type LazyListValueOptions struct {
	DisplayHint *string `field:"optional" json:"displayHint" yaml:"displayHint"`
	OmitEmpty   *bool   `field:"optional" json:"omitEmpty" yaml:"omitEmpty"`
}

// LazyAnyValueOptions are options for Lazy_Any.
type LazyAnyValueOptions struct {
	DisplayHint    *string `field:"optional" json:"displayHint" yaml:"displayHint"`
	OmitEmptyArray *bool   `field:"optional" json:"omitEmptyArray" yaml:"omitEmptyArray"`
}

func hintOf(p *string) string { return deref(p) }

// Lazy_String returns a string token produced once, when first resolved.
func Lazy_String(producer IStableStringProducer, options *LazyStringValueOptions) *string {
	l := &lazyValue{cache: true, typeHint: ResolutionTypeHint_STRING, produce: func(IResolveContext) interface{} { return producer.Produce() }}
	var hint string
	if options != nil {
		hint = hintOf(options.DisplayHint)
	}
	l.str = tableFor(l).RegisterFreshString(l, hint)
	s := l.str
	return &s
}

// Lazy_UncachedString returns a string token produced each time it resolves.
func Lazy_UncachedString(producer IStringProducer, options *LazyStringValueOptions) *string {
	l := &lazyValue{typeHint: ResolutionTypeHint_STRING, produce: func(c IResolveContext) interface{} { return producer.Produce(c) }}
	var hint string
	if options != nil {
		hint = hintOf(options.DisplayHint)
	}
	l.str = tableFor(l).RegisterFreshString(l, hint)
	s := l.str
	return &s
}

// Lazy_Number returns a number token produced once.
func Lazy_Number(producer IStableNumberProducer) *float64 {
	l := &lazyValue{cache: true, typeHint: ResolutionTypeHint_NUMBER, produce: func(IResolveContext) interface{} { return producer.Produce() }}
	f := tableFor(l).RegisterNumber(l)
	return &f
}

// Lazy_UncachedNumber returns a number token produced each time it resolves.
func Lazy_UncachedNumber(producer INumberProducer) *float64 {
	l := &lazyValue{typeHint: ResolutionTypeHint_NUMBER, produce: func(c IResolveContext) interface{} { return producer.Produce(c) }}
	f := tableFor(l).RegisterNumber(l)
	return &f
}

// Lazy_List returns a list token produced once.
func Lazy_List(producer IStableListProducer, options *LazyListValueOptions) *[]*string {
	l := &lazyValue{cache: true, typeHint: ResolutionTypeHint_STRING_LIST, produce: func(IResolveContext) interface{} { return producer.Produce() }}
	var hint string
	if options != nil {
		hint = hintOf(options.DisplayHint)
		l.omitEmpty = boolOr(options.OmitEmpty, false)
	}
	s := tableFor(l).RegisterList(l, hint)
	return &[]*string{&s}
}

// Lazy_UncachedList returns a list token produced each time it resolves.
func Lazy_UncachedList(producer IListProducer, options *LazyListValueOptions) *[]*string {
	l := &lazyValue{typeHint: ResolutionTypeHint_STRING_LIST, produce: func(c IResolveContext) interface{} { return producer.Produce(c) }}
	var hint string
	if options != nil {
		hint = hintOf(options.DisplayHint)
		l.omitEmpty = boolOr(options.OmitEmpty, false)
	}
	s := tableFor(l).RegisterList(l, hint)
	return &[]*string{&s}
}

// Lazy_Any returns a token for any value, produced once.
func Lazy_Any(producer IStableAnyProducer, options *LazyAnyValueOptions) IResolvable {
	l := &lazyValue{cache: true, typeHint: ResolutionTypeHint_STRING, produce: func(IResolveContext) interface{} { return producer.Produce() }}
	if options != nil {
		l.omitEmpty = boolOr(options.OmitEmptyArray, false)
	}
	return l
}

// Lazy_UncachedAny returns a token for any value, produced each time it resolves.
func Lazy_UncachedAny(producer IAnyProducer, options *LazyAnyValueOptions) IResolvable {
	l := &lazyValue{typeHint: ResolutionTypeHint_STRING, produce: func(c IResolveContext) interface{} { return producer.Produce(c) }}
	if options != nil {
		l.omitEmpty = boolOr(options.OmitEmptyArray, false)
	}
	return l
}

// lazyStringIn is a lazy string of Strata's own, made in scope's App.
// The string it returns is the lazy's own encoding, not a copy.
func lazyStringIn(scope constructs.IConstruct, f func(IResolveContext) interface{}) *string {
	l := &lazyValue{typeHint: ResolutionTypeHint_STRING, produce: f}
	l.str = tableOf(scope).RegisterFreshString(l, "")
	return &l.str
}

func lazyAny(f func(ctx IResolveContext) interface{}) IResolvable {
	return &lazyValue{typeHint: ResolutionTypeHint_STRING, produce: f}
}

func isEmptyValue(v interface{}) bool {
	switch x := v.(type) {
	case nil:
		return false
	case []interface{}:
		return len(x) == 0
	case *ojson.Object:
		return x.Len() == 0
	case map[string]interface{}:
		return len(x) == 0
	}
	return false
}
