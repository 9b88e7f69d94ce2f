package assertions

import (
	"github.com/strata-cdk/strata/awscdk"
)

// Tags asserts on the tags a stack carries in the cloud assembly (the ones
// CloudFormation applies to the stack and propagates to its resources).
type Tags interface {
	// Get the tags of the stack.
	All() *map[string]*string
	// Assert that the stack has no tags.
	HasNone()
	// Assert that the stack's tags match: a matcher, or a map matched with
	// Match_ObjectLike.
	HasValues(tags interface{})
}

type tags struct{ all map[string]*string }

// Tags_FromStack synthesizes the stack's app (reusing an earlier assembly)
// and reads the stack's tags from the manifest.
func Tags_FromStack(stack awscdk.Stack) Tags {
	if stack == nil {
		fail("Tags_FromStack: stack must not be nil")
	}
	asm := rootStage(stack).Synth(nil)
	if asm.TryGetArtifact(stack.ArtifactId()) == nil {
		// A stack in a nested Stage is in that stage's assembly.
		asm = awscdk.Stage_Of(stack).Synth(nil)
	}
	return &tags{all: *asm.GetStackArtifact(stack.ArtifactId()).Tags()}
}

func (t *tags) All() *map[string]*string {
	out := make(map[string]*string, len(t.all))
	for k, v := range t.all {
		out[k] = v
	}
	return &out
}

func (t *tags) HasValues(tagsPattern interface{}) {
	p := fromGo(tagsPattern)
	if m, ok := p.(Matcher); ok && matcherName(m) == "absent" {
		fail("Match.absent() will never match Tags because \"{}\" is the default value. Use Tags.hasNone() instead.")
	}
	var m Matcher
	if pm, ok := p.(Matcher); ok {
		m = pm
	} else {
		m = &objectMatch{name: "objectLike", pattern: p, partial: true}
	}
	r := test(m, fromGo(t.all))
	if r.failed {
		fail("Stack tags did not match as expected:\n" + r.renderMismatch())
	}
}

func (t *tags) HasNone() { t.HasValues(Match_Exact(map[string]interface{}{})) }
