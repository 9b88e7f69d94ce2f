package jsii_test

import (
	"testing"
	"time"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

func TestPointers(t *testing.T) {
	if *jsii.Ptr("a") != "a" || *jsii.Ptr(2.5) != 2.5 || !*jsii.Ptr(true) {
		t.Fatal("Ptr")
	}
	now := time.Unix(1, 0)
	if !jsii.Ptr(now).Equal(now) {
		t.Fatal("Ptr(time)")
	}
	s := *jsii.PtrSlice("a", "b")
	if len(s) != 2 || *s[1] != "b" {
		t.Fatal("PtrSlice")
	}
	a := *jsii.AnyStrings("x", "y")
	if a[0] != "x" || a[1] != "y" {
		t.Fatal("AnyStrings", a)
	}
	n := *jsii.AnyNumbers(1, 2)
	if n[0] != float64(1) || n[1] != float64(2) {
		t.Fatal("AnyNumbers", n)
	}
	if jsii.AnySlice[string](nil) != nil {
		t.Fatal("AnySlice(nil)")
	}
	as := *jsii.AnySlice(jsii.Strings("p", "q"))
	if as[0] != "p" || as[1] != "q" {
		t.Fatal("AnySlice", as)
	}
}

type mine struct{ constructs.Construct }

func TestUnsafeCast(t *testing.T) {
	root := constructs.NewRootConstruct(jsii.String("root"))
	m := &mine{}
	constructs.NewConstruct_Override(m, root, jsii.String("m"))
	var c constructs.Construct
	jsii.UnsafeCast(root.Node().FindChild(jsii.String("m")), &c)
	if c != constructs.Construct(m) {
		t.Fatalf("cast returned %T", c)
	}
	var v constructs.IValidation
	defer func() {
		if recover() == nil {
			t.Fatal("cast to an interface the value lacks must panic")
		}
	}()
	jsii.UnsafeCast(m, &v)
}

func TestUnsafeCastNil(t *testing.T) {
	c := constructs.Construct(constructs.NewRootConstruct(jsii.String("x")))
	jsii.UnsafeCast(nil, &c)
	if c != nil {
		t.Fatal("nil from must store nil")
	}
}

func TestInvokeGetSet(t *testing.T) {
	root := constructs.NewRootConstruct(jsii.String("root"))
	child := constructs.NewConstruct(root, jsii.String("kid"))
	var s *string
	jsii.Invoke(child, "toString", nil, &s)
	if *s != "root/kid" {
		t.Fatalf("toString = %q", *s)
	}
	var n constructs.Node
	jsii.Get(child, "node", &n)
	if *n.Id() != "kid" {
		t.Fatal("Get node")
	}
	jsii.Set(n, "defaultChild", child)
	if root.Node().FindChild(jsii.String("kid")).Node().DefaultChild() != child {
		t.Fatal("Set defaultChild")
	}
	jsii.InvokeVoid(n, "addMetadata", []interface{}{jsii.String("t"), "d", nil})
	if len(*n.Metadata()) != 1 {
		t.Fatal("InvokeVoid addMetadata")
	}
}

func TestMembers(t *testing.T) {
	var ms []jsii.Member = []jsii.Member{jsii.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"}, jsii.MemberProperty{JsiiProperty: "node", GoGetter: "Node"}}
	if len(ms) != 2 || jsii.FQN("aws-cdk-lib.Stack") != "aws-cdk-lib.Stack" {
		t.Fatal("members")
	}
}
