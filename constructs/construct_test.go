package constructs_test

import (
	"testing"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// The expected values were printed by constructs 10.8.1 for the same tree.
func TestPathsIdsAndAddresses(t *testing.T) {
	root := constructs.NewRootConstruct(nil)
	a := constructs.NewConstruct(root, jsii.String("Stack"))
	b := constructs.NewConstruct(a, jsii.String("Default"))
	c := constructs.NewConstruct(b, jsii.String("Res/ource"))
	for _, tc := range []struct{ got, want string }{
		{*a.Node().Addr(), "c8bdd3629f515eaa117594b2b269ac16078feaf5e9"},
		{*b.Node().Addr(), "c8bdd3629f515eaa117594b2b269ac16078feaf5e9"},
		{*c.Node().Addr(), "c8d3339198c8537030dd7391f6b38816f8e4304004"},
		{*c.Node().Path(), "Stack/Default/Res--ource"},
		{*c.Node().Id(), "Res--ource"},
		{*root.ToString(), "<root>"},
		{*c.ToString(), "Stack/Default/Res--ource"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	if a.Node().DefaultChild() != b {
		t.Error("a child named Default is the default child")
	}
	if got := len(*root.Node().FindAll(constructs.ConstructOrder_PREORDER)); got != 4 {
		t.Errorf("FindAll found %d constructs, want 4", got)
	}
	post := *root.Node().FindAll(constructs.ConstructOrder_POSTORDER)
	if post[0] != c || post[3] != root {
		t.Error("post-order lists leaves first and the root last")
	}
	if c.Node().Root() != root || c.Node().Scope() != b {
		t.Error("root and scope")
	}
}

func TestContextIsInheritedAndSetBeforeChildren(t *testing.T) {
	root := constructs.NewRootConstruct(nil)
	root.Node().SetContext(jsii.String("k"), "v")
	child := constructs.NewConstruct(root, jsii.String("C"))
	if got := child.Node().TryGetContext(jsii.String("k")); got != "v" {
		t.Fatalf("child sees context %v, want v", got)
	}
	if child.Node().TryGetContext(jsii.String("missing")) != nil {
		t.Fatal("missing key should be nil")
	}
	all := child.Node().GetAllContext(nil).(map[string]interface{})
	if all["k"] != "v" {
		t.Fatalf("GetAllContext = %v", all)
	}
}

func TestDependenciesAndValidation(t *testing.T) {
	root := constructs.NewRootConstruct(nil)
	a := constructs.NewConstruct(root, jsii.String("A"))
	b := constructs.NewConstruct(root, jsii.String("B"))
	c := constructs.NewConstruct(root, jsii.String("C"))
	a.Node().AddDependency(constructs.NewDependencyGroup(b, c))
	if deps := *a.Node().Dependencies(); len(deps) != 2 || deps[0] != b || deps[1] != c {
		t.Fatalf("dependencies = %v", deps)
	}
	a.Node().RemoveDependency(b)
	b.Node().AddValidation(v("one"))
	b.Node().AddValidation(v("two"))
	if errs := *b.Node().Validate(); len(errs) != 2 || *errs[1] != "two" {
		t.Fatalf("validate = %v", errs)
	}
	if *b.Node().TryRemoveChild(jsii.String("nope")) {
		t.Fatal("removing a missing child reports false")
	}
	if !*root.Node().TryRemoveChild(jsii.String("C")) || root.Node().TryFindChild(jsii.String("C")) != nil {
		t.Fatal("TryRemoveChild")
	}
}

type v string

func (x v) Validate() *[]*string { return &[]*string{jsii.String(string(x))} }
