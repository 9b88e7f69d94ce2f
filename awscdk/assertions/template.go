package assertions

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
)

// TemplateParsingOptions tunes how a Template is read.
type TemplateParsingOptions struct {
	// If true, the template is not checked for cyclical dependencies among
	// its resources. Default: false.
	SkipCyclicalDependenciesCheck *bool `field:"optional" json:"skipCyclicalDependenciesCheck" yaml:"skipCyclicalDependenciesCheck"`
}

// Template is a synthesized CloudFormation template with assertions on its
// resources, outputs, parameters, mappings and conditions. A failed
// assertion panics with aws-cdk-lib's message, which fails the test.
type Template interface {
	// Assert that all resources of the given type contain the given
	// definition in the template: props is a matcher, or a pattern matched
	// with Match_ObjectLike.
	AllResources(type_ *string, props interface{})
	// Assert that all resources of the given type contain the given properties.
	AllResourcesProperties(type_ *string, props interface{})
	// Get the set of matching Conditions ("*" for any logical id).
	FindConditions(logicalId *string, props interface{}) *map[string]*map[string]interface{}
	// Get the set of matching Mappings.
	FindMappings(logicalId *string, props interface{}) *map[string]*map[string]interface{}
	// Get the set of matching Outputs.
	FindOutputs(logicalId *string, props interface{}) *map[string]*map[string]interface{}
	// Get the set of matching Parameters.
	FindParameters(logicalId *string, props interface{}) *map[string]*map[string]interface{}
	// Get the set of matching resources of a given type and properties.
	FindResources(type_ *string, props interface{}) *map[string]*map[string]interface{}
	// Get the logical id of the one resource of a given type that matches props.
	GetResourceId(type_ *string, props interface{}) *string
	// Assert that a Condition with the given properties exists.
	HasCondition(logicalId *string, props interface{})
	// Assert that a Mapping with the given properties exists.
	HasMapping(logicalId *string, props interface{})
	// Assert that an Output with the given properties exists.
	HasOutput(logicalId *string, props interface{})
	// Assert that a Parameter with the given properties exists.
	HasParameter(logicalId *string, props interface{})
	// Assert that a resource of the given type and definition exists.
	HasResource(type_ *string, props interface{})
	// Assert that a resource of the given type and properties exists.
	HasResourceProperties(type_ *string, props interface{})
	// Assert the number of resources of the given type.
	ResourceCountIs(type_ *string, count *float64)
	// Assert the number of resources of the given type with the given properties.
	ResourcePropertiesCountIs(type_ *string, props interface{}, count *float64)
	// Assert that the template matches the given pattern.
	TemplateMatches(expected interface{})
	// The template as plain Go values.
	ToJSON() *map[string]interface{}
}

type template struct {
	t *object
}

func newTemplate(v interface{}, opts *TemplateParsingOptions) *template {
	o, ok := v.(*object)
	if !ok {
		fail(fmt.Sprintf("a template must be a JSON object, got %s", getType(v)))
	}
	if opts == nil || opts.SkipCyclicalDependenciesCheck == nil || !*opts.SkipCyclicalDependenciesCheck {
		checkCycles(o)
	}
	return &template{t: o}
}

// Template_FromJSON wraps a template given as a Go map.
func Template_FromJSON(template *map[string]interface{}, templateParsingOptions *TemplateParsingOptions) Template {
	if template == nil {
		fail("Template_FromJSON: template must not be nil")
	}
	return newTemplate(fromGo(*template), templateParsingOptions)
}

// Template_FromString parses a template written as JSON.
func Template_FromString(template *string, templateParsingOptions *TemplateParsingOptions) Template {
	if template == nil {
		fail("Template_FromString: template must not be nil")
	}
	v, err := parseJSON([]byte(*template))
	if err != nil {
		fail(fmt.Sprintf("Template_FromString: the template is not valid JSON: %v", err))
	}
	return newTemplate(v, templateParsingOptions)
}

// Template_FromStack synthesizes the stack's app (once: a later call reuses
// the assembly, as aws-cdk-lib does) and reads the stack's template.
func Template_FromStack(stack awscdk.Stack, templateParsingOptions *TemplateParsingOptions) Template {
	if stack == nil {
		fail("Template_FromStack: stack must not be nil")
	}
	stage := awscdk.Stage_Of(stack)
	if stage == nil {
		fail("unexpected: all stacks must be part of a Stage or an App")
	}
	asm := stage.Synth(nil)
	var file string
	if stack.NestedStackParent() != nil {
		file = filepath.Join(*asm.Directory(), *stack.TemplateFile())
	} else {
		file = *asm.GetStackArtifact(stack.ArtifactId()).TemplateFullPath()
	}
	b, err := os.ReadFile(file)
	if err != nil {
		fail(fmt.Sprintf("reading the template of %s: %v", *stack.Node().Path(), err))
	}
	v, err := parseJSON(b)
	if err != nil {
		fail(fmt.Sprintf("reading the template of %s: %v", *stack.Node().Path(), err))
	}
	return newTemplate(v, templateParsingOptions)
}

func (t *template) ToJSON() *map[string]interface{} {
	m := toGo(t.t).(map[string]interface{})
	return &m
}

func (t *template) section(name string) *object { return asObject(t.t.at(name)) }

// props turns a props argument into a pattern; nil is undefined, which
// aws-cdk-lib's finders treat as "any" ({}), so they do here as well.
func findProps(props interface{}) interface{} {
	p := fromGo(props)
	if isUndefined(p) {
		return newObject()
	}
	return p
}

// assertProps is the pattern of an assertion; aws-cdk-lib throws a
// TypeError on undefined, here a nil pattern is an error that says so.
func assertProps(method string, props interface{}) interface{} {
	p := fromGo(props)
	if isUndefined(p) {
		fail(method + ": props must not be nil; pass a pattern such as map[string]interface{}{} or a Matcher")
	}
	return p
}

func countNumber(n int) string { return jsString(float64(n)) }

func (t *template) ResourceCountIs(type_ *string, count *float64) {
	n := filterType(t.section("Resources"), deref(type_)).size()
	if count == nil || float64(n) != *count {
		fail(fmt.Sprintf("Expected %s resources of type %s but found %d", jsString(fromGo(count)), jsString(fromGo(type_)), n))
	}
}

// withEmptyProperties copies the template and gives every resource a
// Properties key, so a pattern on Properties sees {} rather than nothing;
// Match_Absent() as the whole pattern asks about the key itself.
func (t *template) withEmptyProperties(props interface{}) *object {
	if _, absent := props.(*absentMatch); absent {
		return t.t
	}
	c := clone(t.t).(*object)
	res := asObject(c.at("Resources"))
	for _, id := range res.keys {
		if r, ok := res.vals[id].(*object); ok && !r.has("Properties") {
			r.set("Properties", newObject())
		}
	}
	return c
}

func propertiesPattern(props interface{}) Matcher {
	p := newObject()
	p.set("Properties", props)
	return &objectMatch{name: "objectLike", pattern: p, partial: true}
}

func (t *template) ResourcePropertiesCountIs(type_ *string, props interface{}, count *float64) {
	p := assertProps("ResourcePropertiesCountIs", props)
	amended := t.withEmptyProperties(p)
	res := matchSection(filterType(asObject(amended.at("Resources")), deref(type_)), propertiesPattern(p))
	n := 0
	if res.match {
		n = res.matches.size()
	}
	if count == nil || float64(n) != *count {
		fail(fmt.Sprintf("Expected %s resources of type %s but found %d", jsString(fromGo(count)), jsString(fromGo(type_)), n))
	}
}

func hasResource(tmpl *object, typ string, props interface{}) {
	res := matchSection(filterType(asObject(tmpl.at("Resources")), typ), props)
	if !res.match {
		fail(formatSectionMatchFailure("resources with type "+typ, res, "Template"))
	}
}

func (t *template) HasResource(type_ *string, props interface{}) {
	hasResource(t.t, deref(type_), assertProps("HasResource", props))
}

func (t *template) HasResourceProperties(type_ *string, props interface{}) {
	p := assertProps("HasResourceProperties", props)
	hasResource(t.withEmptyProperties(p), deref(type_), propertiesPattern(p))
}

func toGoSection(matches *object) *map[string]*map[string]interface{} {
	out := make(map[string]*map[string]interface{}, matches.size())
	for _, id := range matches.keys {
		if m, ok := toGo(matches.vals[id]).(map[string]interface{}); ok {
			out[id] = &m
		} else {
			out[id] = nil
		}
	}
	return &out
}

func (t *template) FindResources(type_ *string, props interface{}) *map[string]*map[string]interface{} {
	res := matchSection(filterType(t.section("Resources"), deref(type_)), findProps(props))
	if !res.match {
		return toGoSection(newObject())
	}
	return toGoSection(res.matches)
}

func (t *template) GetResourceId(type_ *string, props interface{}) *string {
	typ := deref(type_)
	res := matchSection(filterType(t.section("Resources"), typ), findProps(props))
	if !res.match {
		fail(formatSectionMatchFailure("resources with type "+typ, res, "Template"))
	}
	if n := res.matches.size(); n != 1 {
		fail(fmt.Sprintf("Template has %d matches, expected only one.\n%s", n, formatAllMatches(res.matches)))
	}
	return strp(res.matches.keys[0])
}

func allResources(tmpl *object, typ string, props interface{}) {
	res := matchSection(filterType(asObject(tmpl.at("Resources")), typ), props)
	n := res.analyzed.size()
	if res.match {
		if m := res.matches.size(); n > m {
			fail(fmt.Sprintf("Template has %d resource(s) with type %s, but only %d match as expected.\n%s", n, typ, m, formatAllMismatches(res.analyzed, res.matches)))
		}
		return
	}
	fail(fmt.Sprintf("Template has %d resource(s) with type %s, but none match as expected.\n%s", n, typ, formatAllMismatches(res.analyzed, nil)))
}

func (t *template) AllResources(type_ *string, props interface{}) {
	allResources(t.t, deref(type_), assertProps("AllResources", props))
}

func (t *template) AllResourcesProperties(type_ *string, props interface{}) {
	p := assertProps("AllResourcesProperties", props)
	allResources(t.withEmptyProperties(p), deref(type_), propertiesPattern(p))
}

// findIn and hasIn serve the sections addressed by logical id.
func (t *template) findIn(section string, logicalID *string, props interface{}) *map[string]*map[string]interface{} {
	res := matchSection(filterLogicalID(t.section(section), deref(logicalID)), findProps(props))
	if !res.match {
		return toGoSection(newObject())
	}
	return toGoSection(res.matches)
}

func (t *template) hasIn(section, qualifier string, method string, logicalID *string, props interface{}) {
	res := matchSection(filterLogicalID(t.section(section), deref(logicalID)), assertProps(method, props))
	if !res.match {
		fail(formatSectionMatchFailure(qualifier, res, "Template"))
	}
}

func (t *template) HasParameter(logicalId *string, props interface{}) {
	t.hasIn("Parameters", "parameters with logicalId '"+jsString(fromGo(logicalId))+"'", "HasParameter", logicalId, props)
}

func (t *template) FindParameters(logicalId *string, props interface{}) *map[string]*map[string]interface{} {
	return t.findIn("Parameters", logicalId, props)
}

func (t *template) HasOutput(logicalId *string, props interface{}) {
	t.hasIn("Outputs", "outputs named "+jsString(fromGo(logicalId)), "HasOutput", logicalId, props)
}

func (t *template) FindOutputs(logicalId *string, props interface{}) *map[string]*map[string]interface{} {
	return t.findIn("Outputs", logicalId, props)
}

func (t *template) HasMapping(logicalId *string, props interface{}) {
	t.hasIn("Mappings", "mappings with logicalId "+jsString(fromGo(logicalId)), "HasMapping", logicalId, props)
}

func (t *template) FindMappings(logicalId *string, props interface{}) *map[string]*map[string]interface{} {
	return t.findIn("Mappings", logicalId, props)
}

func (t *template) HasCondition(logicalId *string, props interface{}) {
	t.hasIn("Conditions", "conditions with logicalId "+jsString(fromGo(logicalId)), "HasCondition", logicalId, props)
}

func (t *template) FindConditions(logicalId *string, props interface{}) *map[string]*map[string]interface{} {
	return t.findIn("Conditions", logicalId, props)
}

func (t *template) TemplateMatches(expected interface{}) {
	p := assertProps("TemplateMatches", expected)
	var m Matcher
	if pm, ok := p.(Matcher); ok {
		m = pm
	} else {
		m = &objectMatch{name: "objectLike", pattern: p, partial: true}
	}
	r := test(m, t.t)
	if r.failed {
		lines := []string{"Template did not match as expected. The following mismatches were found:"}
		for _, s := range r.humanStrings() {
			lines = append(lines, "\t"+s)
		}
		fail(strings.Join(lines, "\n"))
	}
}

// rootStage is the Stage at the root of the stack's tree.
func rootStage(stack awscdk.Stack) awscdk.Stage {
	var root constructs.IConstruct = stack.Node().Root()
	st, ok := root.(awscdk.Stage)
	if !ok {
		fail("unexpected: all stacks must be part of a Stage or an App")
	}
	return st
}
