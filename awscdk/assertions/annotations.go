package assertions

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/cloudassemblyschema"
	"github.com/strata-cdk/strata/awscdk/cxapi"
)

// Annotations asserts on the errors, warnings and infos that constructs of
// a stack recorded (awscdk.Annotations_Of(c).AddWarning(...) and friends).
// constructPath is a path such as "/Stack/Bucket/Resource", or "*" for any;
// message is a string or a Matcher.
type Annotations interface {
	// Get the set of matching errors.
	FindError(constructPath *string, message interface{}) *[]*cxapi.SynthesisMessage
	// Get the set of matching infos.
	FindInfo(constructPath *string, message interface{}) *[]*cxapi.SynthesisMessage
	// Get the set of matching warnings.
	FindWarning(constructPath *string, message interface{}) *[]*cxapi.SynthesisMessage
	// Assert that an error with the given message exists at the path.
	HasError(constructPath *string, message interface{})
	// Assert that an info with the given message exists at the path.
	HasInfo(constructPath *string, message interface{})
	// Assert that no error with the given message exists at the path.
	HasNoError(constructPath *string, message interface{})
	// Assert that no info with the given message exists at the path.
	HasNoInfo(constructPath *string, message interface{})
	// Assert that no warning with the given message exists at the path.
	HasNoWarning(constructPath *string, message interface{})
	// Assert that a warning with the given message exists at the path.
	HasWarning(constructPath *string, message interface{})
}

type annotations struct {
	// messages is keyed "0", "1", ... as aws-cdk-lib keys them, each a
	// {level, entry: {type, data, trace}, id} object.
	messages *object
}

// Annotations_FromStack synthesizes the stack's app again (aws-cdk-lib
// forces a fresh synthesis here) and reads the stack's messages.
func Annotations_FromStack(stack awscdk.Stack) Annotations {
	if stack == nil {
		fail("Annotations_FromStack: stack must not be nil")
	}
	root := rootStage(stack)
	root.Synth(&awscdk.StageSynthesisOptions{Force: boolp(true)})
	dir := *awscdk.Stage_Of(stack).Outdir()
	msgs := readMessages(dir, *stack.ArtifactId())
	// Strata records no JavaScript stack traces; aws-cdk-lib has one on
	// every message unless stack traces are disabled, and prints it as
	// "redacted" in failures, so the same word stands in for it here.
	if !truthy(stack.Node().TryGetContext(strp("aws:cdk:disable-stack-trace"))) {
		for _, id := range msgs.keys {
			if e, ok := msgs.vals[id].(*object).at("entry").(*object); ok && !e.has("trace") {
				e.set("trace", "redacted")
			}
		}
	}
	return &annotations{messages: msgs}
}

func truthy(v interface{}) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case *bool:
		return x != nil && *x
	case string:
		return x != "" && x != "false"
	case *string:
		return x != nil && *x != "" && *x != "false"
	}
	return true
}

func boolp(b bool) *bool { return &b }

var messageLevels = map[string]string{
	"aws:cdk:info":    "info",
	"aws:cdk:warning": "warning",
	"aws:cdk:error":   "error",
}

// readMessages reads a stack artifact's metadata from the assembly in dir
// (the additional metadata file first, then the manifest's own) and keeps
// the entries that are messages.
func readMessages(dir, artifactID string) *object {
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		fail(fmt.Sprintf("reading the cloud assembly: %v", err))
	}
	m, err := parseJSON(b)
	if err != nil {
		fail(fmt.Sprintf("reading the cloud assembly: %v", err))
	}
	art, ok := asObject(asObject(m).at("artifacts")).at(artifactID).(*object)
	if !ok {
		fail(fmt.Sprintf("Unable to find artifact with id \"%s\"", artifactID))
	}
	meta := newObject()
	if f, ok := art.at("additionalMetadataFile").(string); ok {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			fail(fmt.Sprintf("reading the stack's metadata: %v", err))
		}
		extra, err := parseJSON(b)
		if err != nil {
			fail(fmt.Sprintf("reading the stack's metadata: %v", err))
		}
		for _, k := range asObject(extra).keys {
			meta.set(k, asObject(extra).vals[k])
		}
	}
	own := asObject(art.at("metadata"))
	for _, k := range own.keys {
		meta.set(k, own.vals[k])
	}
	out := newObject()
	for _, path := range meta.keys {
		entries, _ := meta.vals[path].([]interface{})
		for _, e := range entries {
			eo, ok := e.(*object)
			if !ok {
				continue
			}
			t, _ := eo.at("type").(string)
			level, ok := messageLevels[t]
			if !ok {
				continue
			}
			msg := newObject()
			msg.set("level", level)
			msg.set("entry", clone(eo))
			msg.set("id", path)
			out.set(strconv.Itoa(out.size()), msg)
		}
	}
	return out
}

func messagePattern(level string, message interface{}) *object {
	entry := newObject()
	entry.set("data", fromGo(message))
	p := newObject()
	p.set("level", level)
	p.set("entry", entry)
	return p
}

func filterPath(msgs *object, path string) *object {
	if path == "*" {
		return msgs
	}
	out := newObject()
	for _, k := range msgs.keys {
		if m, ok := msgs.vals[k].(*object); ok && m.at("id") == path {
			out.set(k, m)
		}
	}
	return out
}

func (a *annotations) has(level string, constructPath *string, message interface{}) {
	path := deref(constructPath)
	res := matchSection(filterPath(a.messages, path), messagePattern(level, message))
	if !res.match {
		fail(formatSectionMatchFailure("messages at path "+jsString(fromGo(constructPath)), res, "Stack"))
	}
}

func (a *annotations) hasNo(level string, constructPath *string, message interface{}) {
	res := matchSection(filterPath(a.messages, deref(constructPath)), messagePattern(level, message))
	if res.match {
		fail(strings.Join([]string{
			fmt.Sprintf("Expected no matches, but stack has %d messages as follows:", res.matches.size()),
			formatAllMatches(res.matches),
		}, "\n"))
	}
}

var goLevels = map[string]cxapi.SynthesisMessageLevel{
	"info":    cxapi.SynthesisMessageLevel_INFO,
	"warning": cxapi.SynthesisMessageLevel_WARNING,
	"error":   cxapi.SynthesisMessageLevel_ERROR,
}

func (a *annotations) find(level string, constructPath *string, message interface{}) *[]*cxapi.SynthesisMessage {
	res := matchSection(filterPath(a.messages, deref(constructPath)), messagePattern(level, message))
	out := []*cxapi.SynthesisMessage{}
	if !res.match {
		return &out
	}
	for _, k := range res.matches.keys {
		m := res.matches.vals[k].(*object)
		e := asObject(m.at("entry"))
		entry := &cloudassemblyschema.MetadataEntry{Type: strp(jsString(e.at("type"))), Data: toGo(e.at("data"))}
		if tr, ok := e.at("trace").([]interface{}); ok {
			var lines []*string
			for _, l := range tr {
				lines = append(lines, strp(jsString(l)))
			}
			entry.Trace = &lines
		}
		out = append(out, &cxapi.SynthesisMessage{
			Id:    strp(jsString(m.at("id"))),
			Level: goLevels[jsString(m.at("level"))],
			Entry: entry,
		})
	}
	return &out
}

func (a *annotations) HasError(p *string, m interface{})   { a.has("error", p, m) }
func (a *annotations) HasNoError(p *string, m interface{}) { a.hasNo("error", p, m) }
func (a *annotations) FindError(p *string, m interface{}) *[]*cxapi.SynthesisMessage {
	return a.find("error", p, m)
}
func (a *annotations) HasWarning(p *string, m interface{})   { a.has("warning", p, m) }
func (a *annotations) HasNoWarning(p *string, m interface{}) { a.hasNo("warning", p, m) }
func (a *annotations) FindWarning(p *string, m interface{}) *[]*cxapi.SynthesisMessage {
	return a.find("warning", p, m)
}
func (a *annotations) HasInfo(p *string, m interface{})   { a.has("info", p, m) }
func (a *annotations) HasNoInfo(p *string, m interface{}) { a.hasNo("info", p, m) }
func (a *annotations) FindInfo(p *string, m interface{}) *[]*cxapi.SynthesisMessage {
	return a.find("info", p, m)
}
