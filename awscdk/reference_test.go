package awscdk_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// myRef is a user type built on Reference, as a subclass would be in
// aws-cdk-lib.
type myRef struct {
	awscdk.Reference
}

func TestReference(t *testing.T) {
	app, _ := initApp(t, nil)
	stack := awscdk.NewStack(app, jsii.String("S"), nil)
	topic := awscdk.NewCfnResource(stack, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	ref := awscdk.NewReference(map[string]interface{}{"Fn::GetAtt": []interface{}{"Topic", "TopicName"}}, topic, jsii.String("TopicName"), "")
	sub := &myRef{}
	awscdk.NewReference_Override(sub, "literal", topic, nil, awscdk.ResolutionTypeHint_STRING)
	for _, c := range []struct {
		x    interface{}
		want bool
	}{{ref, true}, {sub, true}, {topic.GetAtt(jsii.String("TopicArn"), ""), true}, {"x", false}, {nil, false}, {awscdk.NewIntrinsic("x", nil), false}} {
		if got := *awscdk.Reference_IsReference(c.x); got != c.want {
			t.Errorf("Reference_IsReference(%T) = %v", c.x, got)
		}
	}
	if *ref.DisplayName() != "TopicName" || ref.Target() != topic || *sub.DisplayName() != "Reference" || ref.TypeHint() != awscdk.ResolutionTypeHint_STRING {
		t.Errorf("reference: %s %v %s %s", *ref.DisplayName(), ref.Target(), *sub.DisplayName(), ref.TypeHint())
	}
	awscdk.NewCfnOutput(stack, jsii.String("O"), &awscdk.CfnOutputProps{Value: jsii.String("name=" + *ref.ToString())})
	awscdk.NewCfnOutput(stack, jsii.String("P"), &awscdk.CfnOutputProps{Value: sub.ToString()})
	tmpl := app.Synth(nil).GetStackArtifact(jsii.String("S")).Template().(map[string]interface{})
	outs := tmpl["Outputs"].(map[string]interface{})
	want := map[string]interface{}{"Fn::Join": []interface{}{"", []interface{}{"name=", map[string]interface{}{"Fn::GetAtt": []interface{}{"Topic", "TopicName"}}}}}
	if !equalJSON(outs["O"].(map[string]interface{})["Value"], want) {
		t.Errorf("output O: %v", outs["O"])
	}
	if outs["P"].(map[string]interface{})["Value"] != "literal" {
		t.Errorf("output P: %v", outs["P"])
	}
}

func TestTokenCompareStrings(t *testing.T) {
	tok := awscdk.Aws_REGION()
	cases := []struct {
		a, b *string
		want awscdk.TokenComparison
	}{
		{jsii.String("a"), jsii.String("a"), awscdk.TokenComparison_SAME()},
		{jsii.String("a"), jsii.String("b"), awscdk.TokenComparison_DIFFERENT()},
		{tok, jsii.String("b"), awscdk.TokenComparison_ONE_UNRESOLVED()},
		{jsii.String("a"), jsii.String("x-" + *tok), awscdk.TokenComparison_ONE_UNRESOLVED()},
		{tok, tok, awscdk.TokenComparison_BOTH_UNRESOLVED()},
	}
	for i, c := range cases {
		if got := awscdk.Token_CompareStrings(c.a, c.b); got != c.want {
			t.Errorf("case %d: %v, want %v", i, got, c.want)
		}
	}
	if *awscdk.Token_IsResolved(tok) || !*awscdk.Token_IsResolved(jsii.String("x")) {
		t.Error("Token_IsResolved is wrong")
	}
}

type upper struct{}

func (upper) PostProcess(input interface{}, _ awscdk.IResolveContext) interface{} {
	if s, ok := input.(string); ok {
		return s + "!"
	}
	return input
}

type producer func(ctx awscdk.IResolveContext) interface{}

func (p producer) Produce(ctx awscdk.IResolveContext) interface{} { return p(ctx) }

func TestDefaultTokenResolver(t *testing.T) {
	app, _ := initApp(t, nil)
	stack := awscdk.NewStack(app, jsii.String("S"), nil)
	a := awscdk.Lazy_String(stableString("A"), nil)
	b := awscdk.Lazy_String(stableString("B"), nil)
	list := awscdk.Lazy_List(stableList{"x", "y"}, nil)
	r := awscdk.NewDefaultTokenResolver(awscdk.NewStringConcat())
	var gotString, gotToken, gotList interface{}
	probe := awscdk.Lazy_UncachedAny(producer(func(ctx awscdk.IResolveContext) interface{} {
		gotString = r.ResolveString(awscdk.Tokenization_ReverseString(jsii.String("<"+*a+"-"+*b+">")), ctx)
		gotToken = r.ResolveToken(awscdk.Tokenization_ReverseCompleteString(a), ctx, upper{})
		gotList = r.ResolveList(list, ctx)
		return "done"
	}), nil)
	awscdk.NewCfnOutput(stack, jsii.String("O"), &awscdk.CfnOutputProps{Value: awscdk.Token_AsString(probe, nil)})
	app.Synth(nil)
	if gotString != "<A-B>" {
		t.Errorf("ResolveString: %v", gotString)
	}
	if gotToken != "A!" {
		t.Errorf("ResolveToken: %v", gotToken)
	}
	if !equalJSON(gotList, []interface{}{"x", "y"}) {
		t.Errorf("ResolveList: %v", gotList)
	}
	c := awscdk.NewStringConcat()
	if c.Join(nil, nil) != nil || c.Join("a", nil) != "a" || c.Join(nil, 1.5) != "1.5" || c.Join("a", "b") != "ab" {
		t.Error("StringConcat joins wrongly")
	}
}

type stableString string

func (s stableString) Produce() *string { v := string(s); return &v }

type stableList []string

func (s stableList) Produce() *[]*string { return jsii.Strings(s...) }
