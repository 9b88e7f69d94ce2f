package awsevents

import (
	"reflect"
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// RuleTargetInputProperties is what a target receives: a constant input,
// a JSON path into the event, or a template with paths.
type RuleTargetInputProperties struct {
	Input         *string             `field:"optional" json:"input" yaml:"input"`
	InputPath     *string             `field:"optional" json:"inputPath" yaml:"inputPath"`
	InputPathsMap *map[string]*string `field:"optional" json:"inputPathsMap" yaml:"inputPathsMap"`
	InputTemplate *string             `field:"optional" json:"inputTemplate" yaml:"inputTemplate"`
}

// RuleTargetInput is the input a rule passes to a target.
type RuleTargetInput interface {
	Bind(rule interfacesawsevents.IRuleRef) *RuleTargetInputProperties
}

// RuleTargetInput_FromEventPath passes the part of the event at path.
func RuleTargetInput_FromEventPath(path *string) RuleTargetInput {
	return &literalInput{props: &RuleTargetInputProperties{InputPath: path}}
}

// RuleTargetInput_FromText passes text as a JSON string; EventField_* tokens
// in it become template placeholders.
func RuleTargetInput_FromText(text *string) RuleTargetInput {
	return &fieldAwareInput{value: deref(text), kind: inputText}
}

// RuleTargetInput_FromMultilineText passes text with each line as a JSON string.
func RuleTargetInput_FromMultilineText(text *string) RuleTargetInput {
	return &fieldAwareInput{value: deref(text), kind: inputMultiline}
}

// RuleTargetInput_FromObject passes obj as JSON; EventField_* tokens in its
// strings become placeholders of an input template.
func RuleTargetInput_FromObject(obj interface{}) RuleTargetInput {
	return &fieldAwareInput{value: obj, kind: inputObject}
}

type literalInput struct{ props *RuleTargetInputProperties }

func (l *literalInput) Bind(interfacesawsevents.IRuleRef) *RuleTargetInputProperties { return l.props }

type inputKind int

const (
	inputObject inputKind = iota
	inputText
	inputMultiline
)

type fieldAwareInput struct {
	value interface{}
	kind  inputKind
}

// boundInput is an input bound to a rule, with its paths map in the order
// the placeholders were found (aws-cdk-lib's insertion order).
type boundInput struct {
	props    *RuleTargetInputProperties
	pathKeys []string
	paths    map[string]string
}

// orderedPaths is the InputPathsMap as the template writes it.
func (b *boundInput) orderedPaths() interface{} {
	if len(b.pathKeys) == 0 {
		return nil
	}
	o := ojson.New()
	for _, k := range b.pathKeys {
		o.Set(k, b.paths[k])
	}
	// A resolvable, so the L1's value check (a map of strings) lets the
	// ordered object through.
	return awscdk.Lazy_Any(anyProducer(func() interface{} { return o }), nil)
}

func (f *fieldAwareInput) Bind(rule interfacesawsevents.IRuleRef) *RuleTargetInputProperties {
	return f.bind(rule).props
}

func (f *fieldAwareInput) bind(rule interfacesawsevents.IRuleRef) *boundInput {
	b := &boundInput{paths: map[string]string{}}
	keyOf := map[string]string{}
	counter := 0
	placeholder := func(e *eventField) string {
		key, ok := keyOf[e.path]
		if !ok {
			counter++
			key = e.hint
			if key == "" {
				key = "f" + itoa(counter)
			}
			keyOf[e.path] = key
		}
		if p, dup := b.paths[key]; dup && p != e.path {
			diag.Panic("", "Single key '%s' is used for two different JSON paths: '%s' and '%s'", key, e.path, p)
		}
		if _, seen := b.paths[key]; !seen {
			b.pathKeys = append(b.pathKeys, key)
		}
		b.paths[key] = e.path
		return "<" + key + ">"
	}
	stack := awscdk.Stack_Of(rule)
	var resolved *string
	switch f.kind {
	case inputMultiline:
		text, _ := replaceFields(f.value, placeholder).(string)
		lines := strings.Split(text, "\n")
		for i, l := range lines {
			lines[i] = *stack.ToJsonString(l, nil)
		}
		resolved = jsii.String(strings.Join(lines, "\n"))
	default:
		resolved = stack.ToJsonString(replaceFields(f.value, placeholder), nil)
	}
	if len(b.pathKeys) == 0 {
		b.props = &RuleTargetInputProperties{Input: resolved}
		return b
	}
	paths := map[string]*string{}
	for k, v := range b.paths {
		paths[k] = jsii.String(v)
	}
	template := resolved
	if f.kind == inputObject {
		template = unquotePlaceholders(resolved, b.pathKeys)
	}
	b.props = &RuleTargetInputProperties{InputTemplate: template, InputPathsMap: &paths}
	return b
}

// replaceFields walks v as jsii would hand it to JavaScript (maps with sorted
// keys) and replaces each EventField token in its strings with the
// placeholder for its path; other tokens stay.
func replaceFields(v interface{}, placeholder func(*eventField) string) interface{} {
	switch x := jsValue(reflect.ValueOf(v)).(type) {
	case string:
		return replaceInString(x, placeholder)
	case *string:
		if x == nil {
			return nil
		}
		return replaceInString(*x, placeholder)
	case []interface{}:
		out := make([]interface{}, len(x))
		for i := range x {
			out[i] = replaceFields(x[i], placeholder)
		}
		return out
	case *ojson.Object:
		out := ojson.New()
		x.Range(func(k string, val interface{}) { out.Set(k, replaceFields(val, placeholder)) })
		return out
	default:
		return x
	}
}

func replaceInString(s string, placeholder func(*eventField) string) string {
	if !*awscdk.Token_IsUnresolved(s) {
		return s
	}
	frags := awscdk.Tokenization_ReverseString(&s)
	piece := func(x interface{}) string {
		switch t := x.(type) {
		case string:
			return t
		case *eventField:
			return placeholder(t)
		}
		return *awscdk.Token_AsString(x, nil)
	}
	out := frags.Join(concatFunc(func(l, r interface{}) interface{} { return piece(l) + piece(r) }))
	return piece(out)
}

type concatFunc func(l, r interface{}) interface{}

func (c concatFunc) Join(l, r interface{}) interface{} { return c(l, r) }

// unquotePlaceholders drops the JSON quotes around each "<key>" of an
// object template, so the event value replaces it unquoted, as aws-cdk-lib does.
func unquotePlaceholders(sub *string, keys []string) *string {
	res := make([]*regexp.Regexp, len(keys))
	for i, k := range keys {
		res[i] = regexp.MustCompile(`(^|[^\\])"<` + regexp.QuoteMeta(k) + `>"`)
	}
	unquote := func(s string) string {
		for i, k := range keys {
			// Two passes: adjacent matches share the character between them.
			for j := 0; j < 2; j++ {
				s = res[i].ReplaceAllString(s, "${1}<"+k+">")
			}
		}
		return s
	}
	var deep func(v interface{}) interface{}
	deep = func(v interface{}) interface{} {
		switch x := v.(type) {
		case string:
			return unquote(x)
		case []interface{}:
			out := make([]interface{}, len(x))
			for i := range x {
				out[i] = deep(x[i])
			}
			return out
		case *ojson.Object:
			out := ojson.New()
			x.Range(func(k string, val interface{}) { out.Set(k, deep(val)) })
			return out
		}
		return v
	}
	return awscdk.Lazy_UncachedString(ctxStringProducer(func(ctx awscdk.IResolveContext) *string {
		r := deep(ctx.Resolve(sub, nil))
		if s, ok := r.(string); ok {
			return &s
		}
		return awscdk.Token_AsString(awscdk.NewIntrinsic(r, nil), nil)
	}), nil)
}

type ctxStringProducer func(ctx awscdk.IResolveContext) *string

func (f ctxStringProducer) Produce(ctx awscdk.IResolveContext) *string { return f(ctx) }

// EventField is a value of the matched event, by JSON path, for use in a
// RuleTargetInput.
type EventField interface {
	awscdk.IResolvable
	DisplayHint() *string
	Path() *string
	ToJSON() *string
}

type eventField struct {
	path string
	hint string
}

var hintLead = regexp.MustCompile(`^[^a-zA-Z0-9_-]+`)
var hintRest = regexp.MustCompile(`[^a-zA-Z0-9_-]`)

// EventField_FromPath is the event value at path (a JSONPath such as
// "$.detail.state"), as a string token.
func EventField_FromPath(path *string) *string {
	p := deref(path)
	f := &eventField{path: p, hint: hintRest.ReplaceAllString(hintLead.ReplaceAllString(p, ""), "-")}
	return awscdk.Token_AsString(f, &awscdk.EncodingOptions{DisplayHint: jsii.String(f.hint)})
}

// EventField_EventId is the event's id.
func EventField_EventId() *string { return EventField_FromPath(jsii.String("$.id")) }

// EventField_DetailType is the event's detail-type.
func EventField_DetailType() *string { return EventField_FromPath(jsii.String("$.detail-type")) }

// EventField_Source is the event's source.
func EventField_Source() *string { return EventField_FromPath(jsii.String("$.source")) }

// EventField_Account is the event's account.
func EventField_Account() *string { return EventField_FromPath(jsii.String("$.account")) }

// EventField_Time is the event's time.
func EventField_Time() *string { return EventField_FromPath(jsii.String("$.time")) }

// EventField_Region is the event's region.
func EventField_Region() *string { return EventField_FromPath(jsii.String("$.region")) }

func (e *eventField) CreationStack() *[]*string {
	return &[]*string{jsii.String("Token stack traces are no longer captured")}
}
func (e *eventField) TypeHint() awscdk.ResolutionTypeHint        { return awscdk.ResolutionTypeHint_STRING }
func (e *eventField) Resolve(awscdk.IResolveContext) interface{} { return e.path }
func (e *eventField) ToString() *string {
	return awscdk.Token_AsString(e, &awscdk.EncodingOptions{DisplayHint: jsii.String(e.hint)})
}
func (e *eventField) ToJSON() *string      { return jsii.String("<path:" + e.path + ">") }
func (e *eventField) DisplayHint() *string { return jsii.String(e.hint) }
func (e *eventField) Path() *string        { return jsii.String(e.path) }

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
