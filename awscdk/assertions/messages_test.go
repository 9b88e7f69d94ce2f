package assertions_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/assertions"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

type obj = map[string]interface{}
type arr = []interface{}

func readTestdata(t testing.TB, name string) string {
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// failure runs f and returns the message it panicked with.
func failure(f func()) (msg string, failed bool) {
	defer func() {
		if r := recover(); r != nil {
			failed = true
			if e, ok := r.(error); ok {
				msg = e.Error()
			} else {
				msg = fmt.Sprint(r)
			}
		}
	}()
	f()
	return "", false
}

// multipleOf is a custom matcher, written as a user writes one against
// aws-cdk-go.
type multipleOf struct {
	assertions.Matcher
	n float64
}

func newMultipleOf(n float64) *multipleOf {
	m := &multipleOf{n: n}
	assertions.NewMatcher_Override(m)
	return m
}

func (m *multipleOf) Name() *string { return jsii.String("multipleOf") }

func (m *multipleOf) Test(actual interface{}) assertions.MatchResult {
	r := assertions.NewMatchResult(actual)
	f, ok := actual.(float64)
	if !ok || int64(f)%int64(m.n) != 0 {
		r.RecordFailure(&assertions.MatchFailure{
			Matcher: m,
			Path:    &[]*string{},
			Message: jsii.String(fmt.Sprintf("Expected a multiple of %v but got %v", m.n, actual)),
		})
	}
	return r
}

// twinStack is the stack of twins.js's stack().
func twinStack(noTrace bool) awscdk.Stack {
	ctx := cdkctx.InitContext()
	if noTrace {
		ctx["aws:cdk:disable-stack-trace"] = true
	}
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx})
	s := awscdk.NewStack(app, jsii.String("S"), &awscdk.StackProps{Tags: &map[string]*string{"team": jsii.String("core")}})
	q := awssqs.NewQueue(s, jsii.String("Queue"), &awssqs.QueueProps{VisibilityTimeout: awscdk.Duration_Seconds(jsii.Number(300))})
	topic := awssns.NewTopic(s, jsii.String("Topic"), nil)
	awscdk.Annotations_Of(q).AddWarning(jsii.String("check the timeout"))
	awscdk.Annotations_Of(topic).AddInfo(jsii.String("topic made"))
	return s
}

// TestMessages makes each assertion of twins.js fail the same way and
// compares the message with the one aws-cdk-lib 2.276.0 gave
// (testdata/messages.json, written by testdata/regen.sh).
func TestMessages(t *testing.T) {
	var want map[string]*string
	if err := json.Unmarshal([]byte(readTestdata(t, "messages.json")), &want); err != nil {
		t.Fatal(err)
	}
	src := readTestdata(t, "template.json")
	tmpl := func() assertions.Template { return assertions.Template_FromString(jsii.String(src), nil) }
	q := jsii.String("AWS::SQS::Queue")
	policy := jsii.String("AWS::IAM::Policy")
	param := jsii.String("AWS::SSM::Parameter")
	topic := jsii.String("AWS::SNS::Topic")
	cases := map[string]func(){
		"hasResourceProperties_value": func() {
			tmpl().HasResourceProperties(q, obj{"DelaySeconds": 15, "QueueName": "second"})
		},
		"hasResourceProperties_none": func() {
			tmpl().HasResourceProperties(jsii.String("AWS::Lambda::Function"), obj{"Handler": "index.handler"})
		},
		"hasResourceProperties_nested": func() {
			tmpl().HasResourceProperties(policy, obj{"PolicyDocument": obj{"Statement": arr{obj{"Action": "sqs:SendMessage", "Effect": "Deny", "Resource": assertions.Match_AnyValue()}}}})
		},
		"hasResourceProperties_arrayWith": func() {
			tmpl().HasResourceProperties(policy, obj{"PolicyDocument": obj{"Statement": assertions.Match_ArrayWith(&arr{
				assertions.Match_ObjectLike(&obj{"Action": "sqs:SendMessage"}),
				assertions.Match_ObjectLike(&obj{"Action": "sqs:PurgeQueue"}),
			})}})
		},
		"hasResourceProperties_arrayWith_empty": func() {
			tmpl().HasResourceProperties(policy, obj{"Roles": assertions.Match_ArrayWith(&arr{"r1", "r2"})})
		},
		"hasResourceProperties_arrayEquals_short": func() {
			tmpl().HasResourceProperties(policy, obj{"Roles": assertions.Match_ArrayEquals(&arr{"r1", "r2"})})
		},
		"hasResourceProperties_arrayEquals_long": func() {
			tmpl().HasResourceProperties(policy, obj{"Roles": assertions.Match_ArrayEquals(&arr{})})
		},
		"hasResourceProperties_type": func() {
			tmpl().HasResourceProperties(q, obj{"DelaySeconds": "10", "FifoQueue": 1})
		},
		"hasResourceProperties_absent": func() {
			tmpl().HasResourceProperties(q, obj{"QueueName": assertions.Match_Absent()})
		},
		"hasResourceProperties_absent_null": func() {
			tmpl().HasResourceProperties(param, obj{"Name": assertions.Match_Absent()})
		},
		"hasResourceProperties_anyValue_null": func() {
			tmpl().HasResourceProperties(param, obj{"Name": assertions.Match_AnyValue()})
		},
		"hasResourceProperties_not": func() {
			tmpl().HasResourceProperties(topic, obj{"Subscription": assertions.Match_Not(assertions.Match_ArrayWith(&arr{assertions.Match_ObjectLike(&obj{"Protocol": "sqs"})}))})
		},
		"hasResourceProperties_not_literal": func() {
			tmpl().HasResourceProperties(topic, obj{"TopicName": assertions.Match_Not(jsii.String("t"))})
		},
		"hasResourceProperties_serializedJson": func() {
			tmpl().HasResourceProperties(param, obj{"Value": assertions.Match_SerializedJson(obj{"a": 2, "b": arr{1, 2}})})
		},
		"hasResourceProperties_serializedJson_invalid": func() {
			tmpl().HasResourceProperties(q, obj{"QueueName": assertions.Match_SerializedJson(obj{"a": 1})})
		},
		"hasResourceProperties_serializedJson_type": func() {
			tmpl().HasResourceProperties(q, obj{"DelaySeconds": assertions.Match_SerializedJson(jsii.Number(10))})
		},
		"hasResourceProperties_regexp": func() {
			tmpl().HasResourceProperties(q, obj{"QueueName": assertions.Match_StringLikeRegexp(jsii.String("^fourth$"))})
		},
		"hasResourceProperties_regexp_number": func() {
			tmpl().HasResourceProperties(q, obj{"DelaySeconds": assertions.Match_StringLikeRegexp(jsii.String("^x"))})
		},
		"hasResourceProperties_objectEquals": func() {
			tmpl().HasResourceProperties(q, assertions.Match_ObjectEquals(&obj{"DelaySeconds": 10, "QueueName": "first"}))
		},
		"hasResourceProperties_exact": func() {
			tmpl().HasResourceProperties(q, obj{"Tags": assertions.Match_Exact(arr{obj{"Key": "team", "Value": "a"}, obj{"Key": "env"}})})
		},
		"hasResourceProperties_nested_array_objects": func() {
			tmpl().HasResourceProperties(q, obj{"Tags": arr{obj{"Key": "team"}, obj{"Key": "stage"}}})
		},
		"hasResourceProperties_custom": func() {
			tmpl().HasResourceProperties(q, obj{"DelaySeconds": newMultipleOf(7)})
		},
		"hasResourceProperties_capture_pattern": func() {
			tmpl().HasResourceProperties(q, obj{"QueueName": assertions.NewCapture(assertions.Match_StringLikeRegexp(jsii.String("^z")))})
		},
		"hasResource_dependsOn": func() {
			tmpl().HasResource(topic, obj{"DependsOn": arr{"Queue1"}})
		},
		"hasResource_missing": func() {
			tmpl().HasResource(q, obj{"DeletionPolicy": "Retain"})
		},
		"resourceCountIs": func() { tmpl().ResourceCountIs(q, jsii.Number(3)) },
		"resourcePropertiesCountIs": func() {
			tmpl().ResourcePropertiesCountIs(q, obj{"DelaySeconds": 10}, jsii.Number(2))
		},
		"allResources_some": func() {
			tmpl().AllResources(q, obj{"Properties": assertions.Match_AnyValue()})
		},
		"allResources_none": func() { tmpl().AllResources(topic, obj{"DeletionPolicy": "Retain"}) },
		"allResourcesProperties": func() {
			tmpl().AllResourcesProperties(q, obj{"DelaySeconds": 10})
		},
		"getResourceId_many": func() {
			tmpl().GetResourceId(q, obj{"Properties": obj{"FifoQueue": assertions.Match_Absent()}})
		},
		"getResourceId_none": func() {
			tmpl().GetResourceId(q, obj{"Properties": obj{"DelaySeconds": 99}})
		},
		"hasOutput":       func() { tmpl().HasOutput(jsii.String("*"), obj{"Value": obj{"Ref": "Queue9"}}) },
		"hasOutput_named": func() { tmpl().HasOutput(jsii.String("Nope"), obj{}) },
		"hasParameter":    func() { tmpl().HasParameter(jsii.String("Env"), obj{"Default": "prod"}) },
		"hasMapping": func() {
			tmpl().HasMapping(jsii.String("*"), obj{"us-east-1": obj{"Ami": "ami-9"}})
		},
		"hasCondition": func() {
			tmpl().HasCondition(jsii.String("IsProd"), obj{"Fn::Equals": arr{obj{"Ref": "Env"}, "staging"}})
		},
		"templateMatches": func() {
			tmpl().TemplateMatches(obj{"Outputs": obj{"QueueUrl": obj{"Export": obj{"Name": "uri"}}}, "Resources": obj{"Queue4": obj{"Properties": obj{}}}})
		},
		"templateMatches_objectEquals": func() {
			tmpl().TemplateMatches(assertions.Match_ObjectEquals(&obj{"Resources": assertions.Match_AnyValue()}))
		},
		"fromJSON_sorted": func() {
			var m map[string]interface{}
			if err := json.Unmarshal([]byte(src), &m); err != nil {
				t.Fatal(err)
			}
			assertions.Template_FromJSON(&m, nil).HasResourceProperties(q, obj{"DelaySeconds": 11})
		},
		"cyclic": func() { assertions.Template_FromString(jsii.String(readTestdata(t, "cyclic.json")), nil) },
		"arrayWith_absent": func() {
			tmpl().HasResourceProperties(policy, obj{"Roles": assertions.Match_ArrayWith(&arr{assertions.Match_Absent()})})
		},
		"exact_matcher": func() { assertions.Match_Exact(assertions.Match_AnyValue()) },
		"capture_type": func() {
			c := assertions.NewCapture(nil)
			tmpl().HasResourceProperties(q, obj{"QueueName": c})
			c.AsNumber()
		},
		"capture_object_type": func() {
			c := assertions.NewCapture(nil)
			tmpl().HasResourceProperties(q, obj{"Tags": c})
			c.AsObject()
		},
		"capture_none": func() { assertions.NewCapture(nil).AsString() },
		"stack_hasResourceProperties": func() {
			assertions.Template_FromStack(twinStack(false), nil).HasResourceProperties(q, obj{"VisibilityTimeout": 301})
		},
		"stack_resourceCountIs": func() {
			assertions.Template_FromStack(twinStack(false), nil).ResourceCountIs(topic, jsii.Number(2))
		},
		"annotations_hasWarning": func() {
			assertions.Annotations_FromStack(twinStack(false)).HasWarning(jsii.String("/S/Queue"), jsii.String("check the size"))
		},
		"annotations_hasWarning_path": func() {
			assertions.Annotations_FromStack(twinStack(false)).HasWarning(jsii.String("/S/Nothing"), assertions.Match_AnyValue())
		},
		"annotations_hasNoWarning": func() {
			assertions.Annotations_FromStack(twinStack(true)).HasNoWarning(jsii.String("*"), assertions.Match_StringLikeRegexp(jsii.String("check")))
		},
		"annotations_hasInfo": func() {
			assertions.Annotations_FromStack(twinStack(false)).HasInfo(jsii.String("*"), jsii.String("topic gone"))
		},
		"annotations_hasError": func() {
			assertions.Annotations_FromStack(twinStack(false)).HasError(jsii.String("*"), assertions.Match_AnyValue())
		},
		"annotations_hasWarning_noTrace": func() {
			assertions.Annotations_FromStack(twinStack(true)).HasWarning(jsii.String("*"), jsii.String("check the size"))
		},
		"tags_hasValues": func() {
			assertions.Tags_FromStack(twinStack(false)).HasValues(obj{"owner": "me", "team": "edge"})
		},
		"tags_hasNone": func() { assertions.Tags_FromStack(twinStack(false)).HasNone() },
		"tags_absent": func() {
			assertions.Tags_FromStack(twinStack(false)).HasValues(assertions.Match_Absent())
		},
	}
	for name := range want {
		if cases[name] == nil {
			t.Errorf("messages.json has %s, which has no Go case", name)
		}
	}
	for name, run := range cases {
		t.Run(name, func(t *testing.T) {
			w, ok := want[name]
			if !ok {
				t.Fatalf("no expectation for %s in testdata/messages.json (run testdata/regen.sh)", name)
			}
			got, failed := failure(run)
			switch {
			case w == nil && failed:
				t.Fatalf("aws-cdk-lib's assertion passed; ours failed with:\n%s", got)
			case w != nil && !failed:
				t.Fatalf("assertion passed; aws-cdk-lib's failed with:\n%s", *w)
			case w != nil && got != *w:
				t.Errorf("message differs from aws-cdk-lib's\n--- got:\n%s\n--- want:\n%s", got, *w)
			}
		})
	}
}
