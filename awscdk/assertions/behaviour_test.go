package assertions_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/assertions"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/jsii"
)

// The behaviour Go users meet beyond aws-cdk-lib's twins: nil arguments,
// subclassing through *_Override, repeated and nested synthesis.

func mustFail(t *testing.T, want string, f func()) {
	t.Helper()
	msg, failed := failure(f)
	if !failed {
		t.Fatalf("did not fail; want a failure containing %q", want)
	}
	if !strings.Contains(msg, want) {
		t.Fatalf("failed with %q; want it to contain %q", msg, want)
	}
}

func TestNilArguments(t *testing.T) {
	tmpl := assertions.Template_FromString(jsii.String(readTestdata(t, "template.json")), nil)
	q := jsii.String("AWS::SQS::Queue")
	if n := len(*tmpl.FindResources(q, nil)); n != 4 {
		t.Errorf("FindResources(q, nil) found %d, want 4", n)
	}
	if n := len(*tmpl.FindOutputs(jsii.String("*"), nil)); n != 2 {
		t.Errorf("FindOutputs(*, nil) found %d, want 2", n)
	}
	mustFail(t, "HasResourceProperties: props must not be nil", func() { tmpl.HasResourceProperties(q, nil) })
	mustFail(t, "HasOutput: props must not be nil", func() { tmpl.HasOutput(jsii.String("*"), nil) })
	mustFail(t, "Expected undefined resources of type AWS::SQS::Queue but found 4", func() { tmpl.ResourceCountIs(q, nil) })
	mustFail(t, "stack must not be nil", func() { assertions.Template_FromStack(nil, nil) })
	mustFail(t, "stack must not be nil", func() { assertions.Annotations_FromStack(nil) })
	mustFail(t, "stack must not be nil", func() { assertions.Tags_FromStack(nil) })
	mustFail(t, "template must not be nil", func() { assertions.Template_FromJSON(nil, nil) })
	mustFail(t, "not valid JSON", func() { assertions.Template_FromString(jsii.String("{"), nil) })
	mustFail(t, "No value captured", func() { assertions.NewCapture(nil).AsArray() })
	if *assertions.NewCapture(nil).Next() {
		t.Error("Next on an empty capture returned true")
	}
}

type loudResult struct {
	assertions.MatchResult
	notes []string
}

type loudCapture struct {
	assertions.Capture
}

type halfMatcher struct {
	assertions.Matcher
}

func (h *halfMatcher) Name() *string { return jsii.String("half") }

func TestOverrides(t *testing.T) {
	// A result subclass keeps the base's behaviour.
	r := &loudResult{}
	assertions.NewMatchResult_Override(r, map[string]interface{}{"a": 1})
	r.RecordFailure(&assertions.MatchFailure{Matcher: assertions.Match_AnyValue(), Path: &[]*string{jsii.String("a")}, Message: jsii.String("nope")})
	if !*r.HasFailed() || *r.FailCount() != 1 {
		t.Errorf("overridden result: failed=%v count=%v", *r.HasFailed(), *r.FailCount())
	}
	outer := assertions.NewMatchResult(nil)
	outer.Compose(jsii.String("x"), r)
	if got := *(*outer.ToHumanStrings())[0]; got != "nope at /x/a (using anyValue matcher)" {
		t.Errorf("composed: %q", got)
	}

	// A capture subclass captures.
	c := &loudCapture{}
	assertions.NewCapture_Override(c, nil)
	tmpl := assertions.Template_FromString(jsii.String(readTestdata(t, "template.json")), nil)
	tmpl.HasResourceProperties(jsii.String("AWS::SNS::Topic"), map[string]interface{}{"TopicName": c})
	if got := *c.AsString(); got != "t" {
		t.Errorf("captured %q, want t", got)
	}

	// A custom matcher without Test says so.
	h := &halfMatcher{}
	assertions.NewMatcher_Override(h)
	mustFail(t, "does not implement Test()", func() {
		tmpl.HasResourceProperties(jsii.String("AWS::SNS::Topic"), map[string]interface{}{"TopicName": h})
	})
	if !*assertions.Matcher_IsMatcher(h) || *assertions.Matcher_IsMatcher("x") || !*assertions.Capture_IsMatcher(c) {
		t.Error("IsMatcher")
	}
}

func TestRepeatedAndNestedSynthesis(t *testing.T) {
	app := awscdk.NewApp(nil)
	stack := awscdk.NewStack(app, jsii.String("Top"), nil)
	awssqs.NewQueue(stack, jsii.String("Queue"), nil)
	stage := awscdk.NewStage(app, jsii.String("Prod"), nil)
	inner := awscdk.NewStack(stage, jsii.String("Inner"), nil)
	q := awssqs.NewQueue(inner, jsii.String("Queue"), nil)
	awscdk.Annotations_Of(q).AddWarning(jsii.String("inner warning"))

	for i := 0; i < 2; i++ {
		assertions.Template_FromStack(stack, nil).ResourceCountIs(jsii.String("AWS::SQS::Queue"), jsii.Number(1))
		assertions.Template_FromStack(inner, nil).ResourceCountIs(jsii.String("AWS::SQS::Queue"), jsii.Number(1))
		assertions.Annotations_FromStack(inner).HasWarning(jsii.String("/Prod/Inner/Queue"), jsii.String("inner warning"))
		assertions.Annotations_FromStack(stack).HasNoWarning(jsii.String("*"), assertions.Match_AnyValue())
	}
	if tags := *assertions.Tags_FromStack(inner).All(); len(tags) != 0 {
		t.Errorf("inner tags: %v", tags)
	}
	assertions.Tags_FromStack(stack).HasNone()
}

// Patterns may hold references resolved by the stack, as aws-cdk-go users
// write them with stack.Resolve.
func TestResolvedTokensInPatterns(t *testing.T) {
	app := awscdk.NewApp(nil)
	stack := awscdk.NewStack(app, jsii.String("S"), nil)
	dlq := awssqs.NewQueue(stack, jsii.String("Dlq"), nil)
	awssqs.NewQueue(stack, jsii.String("Queue"), &awssqs.QueueProps{
		DeadLetterQueue: &awssqs.DeadLetterQueue{Queue: dlq, MaxReceiveCount: jsii.Number(2)},
	})
	assertions.Template_FromStack(stack, nil).HasResourceProperties(jsii.String("AWS::SQS::Queue"), map[string]interface{}{
		"RedrivePolicy": map[string]interface{}{
			"deadLetterTargetArn": stack.Resolve(dlq.QueueArn()),
			"maxReceiveCount":     2,
		},
	})
}

func TestNilPatterns(t *testing.T) {
	mustFail(t, "the pattern of objectLike() is undefined", func() { assertions.Match_ObjectLike(nil).Test(map[string]interface{}{}) })
	mustFail(t, "the pattern of arrayWith() is not an array", func() { assertions.Match_ArrayWith(nil).Test([]interface{}{}) })
	if !*assertions.Match_StringLikeRegexp(nil).Test("anything").IsSuccess() {
		t.Error("a nil regexp matches everything, as new RegExp(undefined) does")
	}
}
