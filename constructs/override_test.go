package constructs

import "testing"

type myConstruct struct {
	Construct
	extra string
}

func TestConstructOverride(t *testing.T) {
	root := NewRootConstruct(strptr("app"))
	m := &myConstruct{extra: "x"}
	NewConstruct_Override(m, root, strptr("Mine"))
	if *m.Node().Path() != "app/Mine" {
		t.Fatalf("path %q", *m.Node().Path())
	}
	if got := root.Node().FindChild(strptr("Mine")); got != Construct(m) {
		t.Fatalf("tree hands out %T, want the user's struct", got)
	}
	kid := NewConstruct(m, strptr("Kid"))
	if kid.Node().Scope() != IConstruct(m) {
		t.Fatal("scope of a child is not the user's struct")
	}
}

func TestOverrideWithoutEmbedding(t *testing.T) {
	type bad struct{ Construct }
	defer func() {
		if r := recover(); r == nil {
			t.Fatal("expected an error for a non-pointer")
		}
	}()
	root := NewRootConstruct(strptr("r"))
	var c Construct = root // not a pointer to a struct of the caller's
	NewConstruct_Override(c, root, strptr("X"))
}

func TestGetAllContextDefaults(t *testing.T) {
	root := NewRootConstruct(strptr(""))
	root.Node().SetContext(strptr("k"), "v")
	all := root.Node().GetAllContext(&map[string]interface{}{"d": 1, "k": "old"}).(map[string]interface{})
	if all["d"] != 1 || all["k"] != "v" {
		t.Fatal(all)
	}
	if len(root.Node().GetAllContext(nil).(map[string]interface{})) != 1 {
		t.Fatal("nil defaults")
	}
}

func TestNewNode(t *testing.T) {
	root := NewRootConstruct(strptr(""))
	host := NewConstruct(nil, strptr("h"))
	n := NewNode(host, root, strptr("N"))
	if *n.Path() != "N" || root.Node().TryFindChild(strptr("N")) != IConstruct(host) {
		t.Fatal("NewNode did not join its scope")
	}
	g := &struct{ DependencyGroup }{}
	NewDependencyGroup_Override(g, host)
	if len(*g.DependencyRoots()) != 1 {
		t.Fatal("DependencyGroup override")
	}
}
