package awscdk

import (
	"fmt"
	"github.com/strata-cdk/strata/internal/ojson"
	"reflect"
	"strings"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/tokens"
)

// reference is a token standing for a value of a construct (an attribute,
// typically), built by NewReference.
type reference struct {
	*intrinsic
	target      constructs.IConstruct
	displayName string
}

// NewReference makes a token that resolves to value and stands for an
// attribute (displayName) of target. aws-cdk-go only exposes the subclass
// constructor NewReference_Override; Strata offers both.
func NewReference(value interface{}, target constructs.IConstruct, displayName *string, typeHint ResolutionTypeHint) Reference {
	name := deref(displayName)
	if name == "" {
		name = "Reference"
	}
	i := NewIntrinsic(value, &IntrinsicProps{TypeHint: typeHint}).(*intrinsic)
	return &reference{intrinsic: i, target: target, displayName: name}
}

// NewReference_Override initialises a type that embeds Reference (as a
// subclass of aws-cdk-lib's Reference would): r must be a pointer to a
// struct with an embedded Reference field, which is set.
func NewReference_Override(r Reference, value interface{}, target constructs.IConstruct, displayName *string, typeHint ResolutionTypeHint) {
	setEmbedded(r, reflect.TypeOf((*Reference)(nil)).Elem(), NewReference(value, target, displayName, typeHint))
}

// setEmbedded sets the embedded interface field of type iface in the
// struct outer points to.
func setEmbedded(outer interface{}, iface reflect.Type, v interface{}) {
	rv := reflect.ValueOf(outer)
	if rv.Kind() != reflect.Ptr || rv.IsNil() || rv.Elem().Kind() != reflect.Struct {
		panicf("", "%T must be a pointer to a struct embedding %s", outer, iface.Name())
	}
	s := rv.Elem()
	for i := 0; i < s.NumField(); i++ {
		f := s.Type().Field(i)
		if f.Anonymous && f.Type == iface && s.Field(i).CanSet() {
			s.Field(i).Set(reflect.ValueOf(v))
			return
		}
	}
	panicf("", "%T does not embed %s", outer, iface.Name())
}

func (r *reference) DisplayName() *string                { return str(r.displayName) }
func (r *reference) Target() constructs.IConstruct       { return r.target }
func (r *reference) ToString() *string                   { return Token_AsString(r, nil) }
func (r *reference) ToStringList() *[]*string            { return Token_AsList(r, nil) }
func (r *reference) Resolve(IResolveContext) interface{} { return r.value }

// Reference_IsReference reports whether x is a Reference.
func Reference_IsReference(x interface{}) *bool {
	_, ok := x.(Reference)
	b := ok && !isNilValue(x)
	return &b
}

// tokenComparison is one of the results of Token_CompareStrings.
type tokenComparison struct{ name string }

func (t *tokenComparison) String() string { return t.name }

var (
	tokenSame           = &tokenComparison{"SAME"}
	tokenDifferent      = &tokenComparison{"DIFFERENT"}
	tokenOneUnresolved  = &tokenComparison{"ONE_UNRESOLVED"}
	tokenBothUnresolved = &tokenComparison{"BOTH_UNRESOLVED"}
)

// TokenComparison_SAME means both strings are resolved and equal.
func TokenComparison_SAME() TokenComparison { return tokenSame }

// TokenComparison_DIFFERENT means both strings are resolved and differ.
func TokenComparison_DIFFERENT() TokenComparison { return tokenDifferent }

// TokenComparison_ONE_UNRESOLVED means one string holds a token.
func TokenComparison_ONE_UNRESOLVED() TokenComparison { return tokenOneUnresolved }

// TokenComparison_BOTH_UNRESOLVED means both strings hold tokens.
func TokenComparison_BOTH_UNRESOLVED() TokenComparison { return tokenBothUnresolved }

// Token_CompareStrings compares two strings that may hold tokens.
func Token_CompareStrings(possibleToken1 *string, possibleToken2 *string) TokenComparison {
	u1, u2 := isUnresolved(possibleToken1), isUnresolved(possibleToken2)
	switch {
	case u1 && u2:
		return tokenBothUnresolved
	case u1 || u2:
		return tokenOneUnresolved
	case deref(possibleToken1) == deref(possibleToken2):
		return tokenSame
	}
	return tokenDifferent
}

// Token_IsResolved reports whether obj holds no token.
func Token_IsResolved(obj interface{}) *bool { return boolp(!isUnresolved(obj)) }

// ITokenMapper maps the tokens of a tokenized string.
type ITokenMapper interface {
	MapToken(t IResolvable) interface{}
}

// NewTokenizedStringFragments returns an empty list of fragments.
func NewTokenizedStringFragments() TokenizedStringFragments { return newFragments(nil) }

// StringConcat joins string fragments into a plain string.
type StringConcat interface {
	IFragmentConcatenator
}

type stringConcat struct{}

// NewStringConcat creates a concatenator that joins fragments as strings.
func NewStringConcat() StringConcat { return stringConcat{} }

// Join joins two fragments; nil stands for a missing one.
func (stringConcat) Join(left interface{}, right interface{}) interface{} {
	l, r := jsString(left), jsString(right)
	switch {
	case l == nil && r == nil:
		return nil
	case l == nil:
		return *r
	case r == nil:
		return *l
	}
	return *l + *r
}

// jsString renders a value as JavaScript's template literal would.
func jsString(v interface{}) *string {
	if v == nil || isNilValue(v) {
		return nil
	}
	switch x := v.(type) {
	case string:
		return &x
	case *string:
		return x
	case float64:
		return str(tokens.FormatNumber(x))
	case *float64:
		return str(tokens.FormatNumber(*x))
	case bool:
		return str(fmt.Sprint(x))
	case interface{ ToString() *string }:
		return x.ToString()
	}
	return str(fmt.Sprint(v))
}

// DefaultTokenResolver resolves tokens, strings with tokens and token
// lists the default way, joining string fragments with a concatenator.
type DefaultTokenResolver interface {
	ITokenResolver
}

type defaultTokenResolver struct{ concat IFragmentConcatenator }

// NewDefaultTokenResolver creates the default resolver with concat.
func NewDefaultTokenResolver(concat IFragmentConcatenator) DefaultTokenResolver {
	return &defaultTokenResolver{concat: concat}
}

// ResolveToken resolves a token, what it resolves to, and post-processes it.
func (d *defaultTokenResolver) ResolveToken(t IResolvable, context IResolveContext, postProcessor IPostProcessor) interface{} {
	v := t.Resolve(context)
	v = context.Resolve(v, nil)
	if postProcessor != nil && !isNilValue(postProcessor) {
		v = postProcessor.PostProcess(v, context)
	}
	return v
}

// ResolveString resolves each token of the fragments and joins them.
func (d *defaultTokenResolver) ResolveString(s TokenizedStringFragments, context IResolveContext) interface{} {
	if s == nil || *s.Length() == 0 {
		return d.concat.Join(nil, nil)
	}
	joined := s.Join(resolvingConcat{ctx: context, concat: d.concat})
	return context.Resolve(joined, nil)
}

// resolvingConcat resolves both sides before joining them.
type resolvingConcat struct {
	ctx    IResolveContext
	concat IFragmentConcatenator
}

func (r resolvingConcat) Join(left interface{}, right interface{}) interface{} {
	return r.concat.Join(r.ctx.Resolve(left, nil), r.ctx.Resolve(right, nil))
}

// ResolveList resolves a list token (a one-element list).
func (d *defaultTokenResolver) ResolveList(l *[]*string, context IResolveContext) interface{} {
	if l == nil || len(*l) != 1 {
		var parts []string
		if l != nil {
			parts = stringList(l)
		}
		panicf("", "Cannot add elements to list token, got: %s", strings.Join(parts, ","))
	}
	frags := splitListAt(context.Scope(), errorPath(context), deref((*l)[0]))
	if len(frags) != 1 {
		panicf("", "Cannot concatenate strings in a tokenized string array, got: %s", deref((*l)[0]))
	}
	if frags[0].IsToken {
		return context.Resolve(frags[0].Token, nil)
	}
	return frags[0].Literal
}

// JsonNull is a token for JSON's null.
type JsonNull interface {
	IResolvable
	ToJSON() interface{}
}

type jsonNull struct{}

var jsonNullInstance = &jsonNull{}

// JsonNull_INSTANCE is the JsonNull token.
func JsonNull_INSTANCE() JsonNull { return jsonNullInstance }

func (*jsonNull) CreationStack() *[]*string {
	return &[]*string{str("Token stack traces are no longer captured")}
}
func (*jsonNull) TypeHint() ResolutionTypeHint        { return ResolutionTypeHint_STRING }
func (*jsonNull) Resolve(IResolveContext) interface{} { return ojson.Null }
func (*jsonNull) ToJSON() interface{}                 { return nil }
func (*jsonNull) ToString() *string                   { return str("null") }
