package awscdk_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

type myStack struct {
	awscdk.Stack
	bucketName string
}

type myResource struct {
	awscdk.Resource
	cfn awscdk.CfnResource
}

type myApp struct{ awscdk.App }

func TestStackOverride(t *testing.T) {
	app, _ := initApp(t, nil)
	s := &myStack{bucketName: "b"}
	awscdk.NewStack_Override(s, app, jsii.String("Mine"), &awscdk.StackProps{Description: jsii.String("d")})
	r := awscdk.NewCfnResource(s, jsii.String("R"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	if got := awscdk.Stack_Of(r); got != awscdk.Stack(s) {
		t.Fatalf("Stack_Of returns %T, want the program's struct", got)
	}
	if got := app.Node().FindChild(jsii.String("Mine")); got != constructs.IConstruct(s) {
		t.Fatalf("the tree holds %T", got)
	}
	if !*awscdk.Stack_IsStack(s) || !*awscdk.Stack_IsConstruct(s) || *awscdk.Stack_IsStack(r) {
		t.Fatal("Stack_IsStack / Stack_IsConstruct")
	}
	if *s.StackName() != "Mine" || *r.Stack().StackName() != "Mine" {
		t.Fatal("stack name")
	}
	if r.Stack() != awscdk.Stack(s) {
		t.Fatalf("CfnResource.Stack() returns %T", r.Stack())
	}
}

func TestResourceAndAppOverride(t *testing.T) {
	a := &myApp{}
	awscdk.NewApp_Override(a, &awscdk.AppProps{AutoSynth: jsii.Bool(false)})
	if !*awscdk.App_IsApp(a) || !*awscdk.App_IsStage(a) {
		t.Fatal("App_IsApp on an overridden app")
	}
	s := awscdk.NewStack(a, jsii.String("S"), nil)
	if s.Node().Root() != constructs.IConstruct(a) {
		t.Fatalf("root is %T", s.Node().Root())
	}
	r := &myResource{}
	awscdk.NewResource_Override(r, s, jsii.String("Res"), &awscdk.ResourceProps{PhysicalName: jsii.String("phys")})
	r.cfn = awscdk.NewCfnResource(r, jsii.String("Resource"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	if *r.PhysicalName() != "phys" || r.Stack() != s {
		t.Fatal("resource API through the embedded Resource")
	}
	if r.Node().DefaultChild() != constructs.IConstruct(r.cfn) {
		t.Fatal("default child")
	}
	if r.cfn.Node().Scope() != constructs.IConstruct(r) {
		t.Fatalf("scope of the L1 is %T", r.cfn.Node().Scope())
	}
}

func TestOverrideNeedsEmbedding(t *testing.T) {
	app, _ := initApp(t, nil)
	msg := userPanic(t, func() {
		awscdk.NewStack_Override(awscdk.NewStack(app, jsii.String("Plain"), nil), app, jsii.String("X"), nil)
	})
	if !strings.Contains(msg, "_Override") {
		t.Errorf("message: %s", msg)
	}
}

type myTag struct{ awscdk.Tag }

func TestTagOverrideAndApplyTag(t *testing.T) {
	app, _ := initApp(t, nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	tag := &myTag{}
	awscdk.NewTag_Override(tag, jsii.String("team"), jsii.String("x"), nil)
	if *tag.Key() != "team" || *tag.Value() != "x" || tag.Props() == nil {
		t.Fatal("tag through the embedded Tag")
	}
	tm := awscdk.NewTagManager(awscdk.TagType_STANDARD, jsii.String("AWS::SNS::Topic"), nil, nil)
	res := taggable{tm}
	tag.ApplyTag(res)
	if got := *tm.TagValues(); *got["team"] != "x" {
		t.Fatalf("ApplyTag: %v", got)
	}
	rm := awscdk.NewRemoveTag(jsii.String("team"), nil)
	rm.ApplyTag(res)
	if _, ok := (*tm.TagValues())["team"]; ok {
		t.Fatal("RemoveTag.ApplyTag left the tag")
	}
	_ = s
}

type taggable struct{ tm awscdk.TagManager }

func (t taggable) Tags() awscdk.TagManager { return t.tm }

type myTopic struct{ awscdk.CfnResource }

func TestCfnResourceOverride(t *testing.T) {
	app, _ := initApp(t, nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	topic := &myTopic{}
	awscdk.NewCfnResource_Override(topic, s, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	out := &struct{ awscdk.CfnOutput }{}
	awscdk.NewCfnOutput_Override(out, s, jsii.String("Arn"), &awscdk.CfnOutputProps{Value: topic.Ref()})
	if s.Node().FindChild(jsii.String("Topic")) != constructs.IConstruct(topic) || !*awscdk.CfnResource_IsCfnResource(topic) ||
		!*awscdk.CfnResource_IsCfnElement(topic) || !*awscdk.CfnOutput_IsConstruct(out) {
		t.Fatal("overridden L1 in the tree")
	}
	tmpl := synthTemplate(t, app, "S")
	if !strings.Contains(tmpl, `"Ref": "Topic"`) || !strings.Contains(tmpl, `"AWS::SNS::Topic"`) {
		t.Errorf("template:\n%s", tmpl)
	}
}
