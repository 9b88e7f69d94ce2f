package awscdk

import (
	"fmt"
	"reflect"
	"sort"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/collate"
	"github.com/strata-cdk/strata/internal/ojson"
)

// TagType is how a resource type takes tags.
type TagType string

const (
	TagType_STANDARD          TagType = "STANDARD"
	TagType_AUTOSCALING_GROUP TagType = "AUTOSCALING_GROUP"
	TagType_MAP               TagType = "MAP"
	TagType_KEY_VALUE         TagType = "KEY_VALUE"
	TagType_NOT_TAGGABLE      TagType = "NOT_TAGGABLE"
)

// ITaggable is a construct with a TagManager.
type ITaggable interface {
	Tags() TagManager
}

// ITaggableV2 is a construct with a TagManager under CdkTagManager.
type ITaggableV2 interface {
	CdkTagManager() TagManager
}

// TagManagerOptions are options for NewTagManager.
type TagManagerOptions struct {
	TagPropertyName *string `field:"optional" json:"tagPropertyName" yaml:"tagPropertyName"`
}

// CfnTag is a key-value tag as CloudFormation takes it.
type CfnTag struct {
	Key   *string `field:"required" json:"key" yaml:"key" cfn:"Key"`
	Value *string `field:"required" json:"value" yaml:"value" cfn:"Value"`
}

// TagManager keeps the tags of one resource, with priorities.
type TagManager interface {
	RenderedTags() IResolvable
	TagPropertyName() *string
	ApplyTagAspectHere(include *[]*string, exclude *[]*string) *bool
	HasTags() *bool
	RemoveTag(key *string, priority *float64)
	RenderTags(combineWithTags interface{}) interface{}
	SetTag(key *string, value *string, priority *float64, applyToLaunchedInstances *bool)
	TagValues() *map[string]*string
	tagPropertyCfnName() string
}

type tagEntry struct {
	key, value string
	priority   float64
	launched   bool
}

type tagManager struct {
	tagType      TagType
	resourceType string
	propName     string
	tags         map[string]*tagEntry
	priorities   map[string]float64
	dynamic      interface{}
	hadInitial   bool
}

// NewTagManager creates a tag manager for a resource type.
func NewTagManager(tagType TagType, resourceTypeName *string, initialTags interface{}, options *TagManagerOptions) TagManager {
	// The maps are made by the first tag: most resources never get one.
	t := &tagManager{tagType: tagType, resourceType: deref(resourceTypeName), propName: "tags"}
	if options != nil && options.TagPropertyName != nil {
		t.propName = *options.TagPropertyName
	}
	t.hadInitial = !isNilValue(initialTags)
	t.parseExternal(initialTags)
	return t
}

// TagManager_IsTaggable reports whether construct has a TagManager.
func TagManager_IsTaggable(construct interface{}) *bool {
	_, ok := construct.(ITaggable)
	return &ok
}

// TagManager_IsTaggableV2 reports whether construct has a CdkTagManager.
func TagManager_IsTaggableV2(construct interface{}) *bool {
	_, ok := construct.(ITaggableV2)
	return &ok
}

// TagManager_Of returns the TagManager of construct, or nil.
func TagManager_Of(construct interface{}) TagManager {
	if tm := tagManagerOf(construct); tm != nil {
		return tm
	}
	return nil
}

func tagManagerOf(c interface{}) TagManager {
	if t, ok := c.(ITaggableV2); ok {
		if tm := t.CdkTagManager(); tm != nil && !isNilValue(tm) {
			return tm
		}
	}
	if t, ok := c.(ITaggable); ok {
		if _, isStack := c.(Stack); isStack {
			return nil
		}
		if tm := t.Tags(); tm != nil && !isNilValue(tm) {
			return tm
		}
	}
	return nil
}

func (t *tagManager) TagPropertyName() *string { return str(t.propName) }
func (t *tagManager) tagPropertyCfnName() string {
	if t.propName == "" {
		return "Tags"
	}
	return string(t.propName[0]-'a'+'A') + t.propName[1:]
}
func (t *tagManager) RenderedTags() IResolvable {
	return Lazy_Any(stableAny(func() interface{} { return t.RenderTags(nil) }), nil)
}
func (t *tagManager) HasTags() *bool { return boolp(len(t.tags) > 0) }

type stableAny func() interface{}

func (f stableAny) Produce() interface{} { return f() }

func (t *tagManager) SetTag(key *string, value *string, priority *float64, applyToLaunchedInstances *bool) {
	p := 0.0
	if priority != nil {
		p = *priority
	}
	t.set(&tagEntry{key: deref(key), value: deref(value), priority: p, launched: boolOr(applyToLaunchedInstances, true)})
}

func (t *tagManager) set(e *tagEntry) {
	if e.priority >= t.priorities[e.key] {
		t.initMaps()
		t.tags[e.key] = e
		t.priorities[e.key] = e.priority
	}
}

func (t *tagManager) initMaps() {
	if t.tags == nil {
		t.tags = map[string]*tagEntry{}
		t.priorities = map[string]float64{}
	}
}

func (t *tagManager) RemoveTag(key *string, priority *float64) {
	p := 0.0
	if priority != nil {
		p = *priority
	}
	if p >= t.priorities[deref(key)] {
		t.initMaps()
		delete(t.tags, deref(key))
		t.priorities[deref(key)] = p
	}
}

func (t *tagManager) sorted() []*tagEntry {
	out := make([]*tagEntry, 0, len(t.tags))
	for _, e := range t.tags {
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool { return collate.Compare(out[i].key, out[j].key) < 0 })
	return out
}

func (t *tagManager) TagValues() *map[string]*string {
	m := map[string]*string{}
	for _, e := range t.sorted() {
		m[e.key] = str(e.value)
	}
	return &m
}

func (t *tagManager) ApplyTagAspectHere(include *[]*string, exclude *[]*string) *bool {
	in := func(l *[]*string) bool {
		for _, x := range *l {
			if deref(x) == t.resourceType {
				return true
			}
		}
		return false
	}
	if exclude != nil && len(*exclude) > 0 && in(exclude) {
		return boolp(false)
	}
	if include != nil && len(*include) > 0 && !in(include) {
		return boolp(false)
	}
	return boolp(true)
}

// RenderTags renders the tags in the resource type's format, merged with
// combineWithTags (the tags given on the resource itself).
func (t *tagManager) RenderTags(combineWithTags interface{}) interface{} {
	if !isNilValue(combineWithTags) && t.hadInitial {
		panicf("", "specify external tags either during the creation of TagManager, or as a parameter to RenderTags(), but not both")
	}
	t.parseExternal(combineWithTags)
	if r, ok := t.dynamic.(resolvable); ok && !isNilValue(r) {
		if len(t.tags) > 0 {
			panicf("", "cannot combine literal tags with a Tags property that is a single unresolved intrinsic (e.g. Fn::If)")
		}
		return r
	}
	sorted := t.sorted()
	switch t.tagType {
	case TagType_STANDARD, TagType_KEY_VALUE:
		var out []interface{}
		for _, e := range sorted {
			out = append(out, obj("Key", e.key, "Value", e.value))
		}
		if d, ok := t.dynamic.([]interface{}); ok {
			out = append(out, d...)
		}
		if len(out) == 0 {
			return nil
		}
		return out
	case TagType_AUTOSCALING_GROUP:
		var out []interface{}
		for _, e := range sorted {
			// In the L1 property's field order (Key, PropagateAtLaunch,
			// Value), as aws-cdk-lib's property mapper renders them.
			out = append(out, obj("Key", e.key, "PropagateAtLaunch", e.launched, "Value", e.value))
		}
		if d, ok := t.dynamic.([]interface{}); ok {
			out = append(out, d...)
		}
		if len(out) == 0 {
			return nil
		}
		return out
	case TagType_MAP:
		o := ojson.New()
		for _, e := range sorted {
			o.Set(e.key, e.value)
		}
		if o.Len() == 0 {
			return nil
		}
		return o
	}
	return nil
}

// parseExternal reads tags given at creation (or at render) in any of the
// shapes Go code passes them: []*CfnTag, a map of strings, or a token.
func (t *tagManager) parseExternal(tags interface{}) {
	if isNilValue(tags) {
		return
	}
	if r, ok := tags.(resolvable); ok {
		t.dynamic = r
		return
	}
	const external = 50
	rv := reflect.ValueOf(tags)
	for rv.Kind() == reflect.Ptr || rv.Kind() == reflect.Interface {
		if rv.IsNil() {
			return
		}
		rv = rv.Elem()
	}
	switch rv.Kind() {
	case reflect.Map:
		keys := rv.MapKeys()
		for _, k := range keys {
			v := rv.MapIndex(k)
			for v.Kind() == reflect.Ptr || v.Kind() == reflect.Interface {
				if v.IsNil() {
					break
				}
				v = v.Elem()
			}
			val := ""
			if v.IsValid() && v.Kind() == reflect.String {
				val = v.String()
			} else if v.IsValid() {
				val = fmt.Sprint(v.Interface())
			}
			t.set(&tagEntry{key: fmt.Sprint(k.Interface()), value: val, priority: external, launched: true})
		}
	case reflect.Slice:
		var dyn []interface{}
		for i := 0; i < rv.Len(); i++ {
			el := rv.Index(i)
			for el.Kind() == reflect.Ptr || el.Kind() == reflect.Interface {
				if el.IsNil() {
					break
				}
				el = el.Elem()
			}
			if !el.IsValid() || el.Kind() != reflect.Struct {
				dyn = append(dyn, rv.Index(i).Interface())
				continue
			}
			k, kok := structString(el, "Key")
			v, vok := structString(el, "Value")
			if !kok || !vok || isUnresolved(k) {
				dyn = append(dyn, rv.Index(i).Interface())
				continue
			}
			launched := true
			if f := el.FieldByName("PropagateAtLaunch"); f.IsValid() {
				if b, ok := f.Interface().(*bool); ok && b != nil {
					launched = *b
				}
			}
			t.set(&tagEntry{key: k, value: v, priority: external, launched: launched})
		}
		if len(dyn) > 0 {
			t.dynamic = dyn
		}
	}
}

func structString(v reflect.Value, name string) (string, bool) {
	f := v.FieldByName(name)
	if !f.IsValid() {
		return "", false
	}
	if s, ok := f.Interface().(*string); ok && s != nil {
		return *s, true
	}
	return "", false
}

// TagProps are options for Tags.Add and Tags.Remove.
type TagProps struct {
	ApplyToLaunchedInstances *bool      `field:"optional" json:"applyToLaunchedInstances" yaml:"applyToLaunchedInstances"`
	ExcludeResourceTypes     *[]*string `field:"optional" json:"excludeResourceTypes" yaml:"excludeResourceTypes"`
	IncludeResourceTypes     *[]*string `field:"optional" json:"includeResourceTypes" yaml:"includeResourceTypes"`
	Priority                 *float64   `field:"optional" json:"priority" yaml:"priority"`
}

// Tags manages tags applied to a scope and everything below it.
type Tags interface {
	Add(key *string, value *string, props *TagProps)
	Remove(key *string, props *TagProps)
}

type tags struct{ scope constructs.IConstruct }

// Tags_Of returns the tags of scope.
func Tags_Of(scope constructs.IConstruct) Tags { return &tags{scope: scope} }

func (t *tags) Add(key *string, value *string, props *TagProps) {
	Aspects_Of(t.scope).Add(NewTag(key, value, props), &AspectOptions{Priority: jsiiNum(mutatingPriority(t.scope))})
}

func (t *tags) Remove(key *string, props *TagProps) {
	Aspects_Of(t.scope).Add(NewRemoveTag(key, props), &AspectOptions{Priority: jsiiNum(mutatingPriority(t.scope))})
}

func mutatingPriority(scope constructs.IConstruct) float64 {
	if v, ok := scope.Node().TryGetContext(str("@aws-cdk/core:aspectPrioritiesMutating")).(bool); ok && v {
		return 200
	}
	return 500
}

// Tag is the aspect that sets a tag.
type Tag interface {
	IAspect
	Key() *string
	Value() *string
	tagAspectAPI
}

type tagAspect struct {
	key, value string
	props      TagProps
	remove     bool
}

// NewTag creates an aspect that sets key=value on taggable resources.
func NewTag(key *string, value *string, props *TagProps) Tag {
	a := &tagAspect{key: deref(key), value: deref(value)}
	if props != nil {
		a.props = *props
	}
	if a.key == "" {
		panicf("", "tag key must not be empty")
	}
	return a
}

// NewRemoveTag creates an aspect that removes a tag.
func NewRemoveTag(key *string, props *TagProps) RemoveTag {
	a := &tagAspect{key: deref(key), remove: true}
	if props != nil {
		a.props = *props
	}
	return a
}

func (a *tagAspect) Key() *string   { return str(a.key) }
func (a *tagAspect) Value() *string { return str(a.value) }

func (a *tagAspect) Visit(node constructs.IConstruct) {
	tm := tagManagerOf(node)
	if tm == nil {
		if s, ok := node.(Stack); ok {
			// Under @aws-cdk/core:explicitStackTags, stacks take tags only
			// when "aws:cdk:stack" is among the included resource types.
			if featureEnabled(s, "@aws-cdk/core:explicitStackTags") && !containsStr(a.props.IncludeResourceTypes, "aws:cdk:stack") {
				return
			}
			tm = s.Tags()
		}
	}
	if tm == nil || !*tm.ApplyTagAspectHere(a.props.IncludeResourceTypes, a.props.ExcludeResourceTypes) {
		return
	}
	if a.remove {
		p := 200.0
		if a.props.Priority != nil {
			p = *a.props.Priority
		}
		tm.RemoveTag(str(a.key), &p)
		return
	}
	p := 100.0
	if a.props.Priority != nil {
		p = *a.props.Priority
	}
	tm.SetTag(str(a.key), str(a.value), &p, boolp(boolOr(a.props.ApplyToLaunchedInstances, true)))
}

func containsStr(l *[]*string, v string) bool {
	if l == nil {
		return false
	}
	for _, x := range *l {
		if deref(x) == v {
			return true
		}
	}
	return false
}
