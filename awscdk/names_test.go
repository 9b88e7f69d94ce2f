package awscdk_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// Expected values printed by aws-cdk-lib 2.276.0 for the same tree.
func TestLogicalIDsAndNames(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("MyStack"), nil)
	typ := &awscdk.CfnResourceProps{Type: jsii.String("X::Y::Z")}
	r := awscdk.NewCfnResource(constructs.NewConstruct(s, jsii.String("Bucket")), jsii.String("Resource"), typ)
	r2 := awscdk.NewCfnResource(constructs.NewConstruct(constructs.NewConstruct(s, jsii.String("Level1")), jsii.String("Level1Child")), jsii.String("Default"), typ)
	r3 := awscdk.NewCfnResource(constructs.NewConstruct(s, jsii.String("Foo-Bar")), jsii.String("Foo-Bar"), typ)
	for _, tc := range []struct{ got, want string }{
		{*s.GetLogicalId(r), "Bucket83908E77"},
		{s.Resolve(r2.LogicalId()).(string), "Level1Level1Child4CBABA31"},
		{*s.GetLogicalId(r3), "FooBar9234BBB5"},
		{*awscdk.Names_UniqueId(r), "MyStackBucket8A5C3A6B"},
		{*awscdk.Names_UniqueResourceName(r, &awscdk.UniqueResourceNameOptions{MaxLength: jsii.Number(20)}), "MyStacBucket8A5C3A6B"},
		{*awscdk.Names_UniqueResourceName(r3, nil), "MyStackFooBarF6CA990D"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	s.RenameLogicalId(jsii.String("Bucket83908E77"), jsii.String("Renamed"))
	if got := *s.GetLogicalId(r); got != "Renamed" {
		t.Errorf("after rename got %q", got)
	}
}

func TestTokensSurviveFormattingAndJoin(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	topic := awscdk.NewCfnResource(s, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	joined := "arn:" + *s.Partition() + ":sns:x:" + *topic.Ref() + "-" + "suffix"
	got := s.ToJsonString(map[string]interface{}{"v": joined}, nil)
	res := s.Resolve(got)
	want := map[string]interface{}{"Fn::Join": []interface{}{"", []interface{}{
		`{"v":"arn:`, map[string]interface{}{"Ref": "AWS::Partition"}, `:sns:x:`, map[string]interface{}{"Ref": "Topic"}, `-suffix"}`,
	}}}
	if !equalJSON(res, want) {
		t.Fatalf("got %v\nwant %v", res, want)
	}
	n := awscdk.Token_AsNumber(topic.GetAtt(jsii.String("Count"), awscdk.ResolutionTypeHint_NUMBER))
	if !*awscdk.Token_IsUnresolved(n) {
		t.Fatal("number token should be unresolved")
	}
	if r := s.Resolve(n); !equalJSON(r, map[string]interface{}{"Fn::GetAtt": []interface{}{"Topic", "Count"}}) {
		t.Fatalf("number token resolved to %v", r)
	}
	if r := s.Resolve(awscdk.Fn_Join(jsii.String(""), &[]*string{jsii.String("a"), awscdk.Fn_Join(jsii.String(""), &[]*string{jsii.String("b"), topic.Ref()})})); !equalJSON(r, map[string]interface{}{"Fn::Join": []interface{}{"", []interface{}{"ab", map[string]interface{}{"Ref": "Topic"}}}}) {
		t.Fatalf("nested joins are flattened and literals merged, got %v", r)
	}
}

func equalJSON(a, b interface{}) bool {
	switch x := a.(type) {
	case map[string]interface{}:
		y, ok := b.(map[string]interface{})
		if !ok || len(x) != len(y) {
			return false
		}
		for k := range x {
			if !equalJSON(x[k], y[k]) {
				return false
			}
		}
		return true
	case []interface{}:
		y, ok := b.([]interface{})
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !equalJSON(x[i], y[i]) {
				return false
			}
		}
		return true
	}
	return a == b
}

func TestJsonNullRendersAsNull(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	got := s.ToJsonString(map[string]interface{}{"a": awscdk.JsonNull_INSTANCE()}, nil)
	if r := s.Resolve(got); r != `{"a":null}` {
		t.Fatalf("got %v", r)
	}
}

func TestCfnPropertiesOfRawResource(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	r := awscdk.NewCfnResource(s, jsii.String("Q"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SQS::Queue"), Properties: &map[string]interface{}{"QueueName": "q"}})
	if got := (*r.CfnProperties())["QueueName"]; got != "q" {
		t.Fatalf("CfnProperties()[QueueName] = %v", got)
	}
	if got := *r.CfnPropertyName(jsii.String("queueName")); got != "QueueName" {
		t.Fatalf("CfnPropertyName = %q", got)
	}
}
