package awscdk

import (
	"testing"

	"github.com/strata-cdk/strata/internal/ojson"
)

type heldAny struct{ v interface{} }

func (h heldAny) Produce() interface{} { return h.v }

// TestResolveCloudFormationMatchesGeneric: the one-pass rendering of a
// resource is the generic resolution of its toCloudFormation, for resources
// with nested structs, lists, tags, tokens, dependencies, resource
// attributes and overrides; and it leaves alone every value someone else
// holds (a user's slice and map, an object a token hands out), which the
// in-place resolution must never update.
func TestResolveCloudFormationMatchesGeneric(t *testing.T) {
	app := NewApp(nil)
	s := NewStack(app, str("S"), nil)

	region := Aws_REGION()
	userList := []interface{}{"a", nil, region}
	userMap := map[string]interface{}{"List": userList, "Nested": map[string]interface{}{"K": "v"}}
	held := ojson.New()
	held.Set("Kept", "yes")
	held.Set("Inner", obj("Deep", "x"))

	base := NewCfnResource(s, str("Base"), &CfnResourceProps{Type: str("AWS::SNS::Topic")})
	withStruct := NewCfnStack(s, str("Nested"), &CfnStackProps{
		TemplateUrl:      str("https://example.com/t.json"),
		NotificationArns: &[]*string{base.Ref(), str("arn:aws:sns:us-east-1:1:t")},
		Parameters:       userMap,
		Tags:             &[]*CfnTag{{Key: str("b"), Value: str("2")}, {Key: str("a"), Value: Aws_REGION()}},
	})
	withStruct.Tags().SetTag(str("team"), str("x"), nil, nil)
	withStruct.AddDependency(base)
	withStruct.AddMetadata(str("m"), "meta")
	withStruct.CfnOptions().SetCondition(NewCfnCondition(s, str("C"), &CfnConditionProps{Expression: Fn_ConditionEquals("a", "a")}))
	withStruct.CfnOptions().SetCreationPolicy(&CfnCreationPolicy{ResourceSignal: &CfnResourceSignal{Count: func() *float64 { f := 2.0; return &f }()}})
	withStruct.CfnOptions().SetUpdatePolicy(&CfnUpdatePolicy{AutoScalingReplacingUpdate: &CfnAutoScalingReplacingUpdate{WillReplace: boolp(true)}})
	withStruct.ApplyRemovalPolicy(RemovalPolicy_RETAIN, nil)
	withStruct.AddPropertyOverride(str("Parameters.Nested.Extra"), "e")
	withStruct.AddPropertyOverride(str("TimeoutInMinutes"), 5)
	withStruct.AddDeletionOverride(str("Properties.Parameters.List"))

	fromToken := NewCfnStack(s, str("FromToken"), &CfnStackProps{
		TemplateUrl: str("https://example.com/u.json"),
		Parameters:  Lazy_Any(heldAny{held}, nil),
	})
	fromToken.AddPropertyOverride(str("Parameters.Inner.Added"), "o")
	fromToken.AddPropertyOverride(str("Parameters.Kept"), nil)

	raw := NewCfnResource(s, str("Raw"), &CfnResourceProps{Type: str("AWS::SNS::Topic"), Properties: &userMap})
	raw.AddOverride(str("Properties.Nested.More"), "m")

	empty := NewCfnStack(s, str("Empty"), &CfnStackProps{})

	for _, res := range []CfnResource{base, withStruct, fromToken, raw, empty} {
		c := res.cfnRes()
		for round := 0; round < 2; round++ {
			r := &resolver{scope: s, removeEmpty: true}
			want := mustJSON(r.resolve(c.toCloudFormation(), nil))
			got, ok := c.resolveCloudFormation(r)
			if !ok {
				t.Fatalf("%s: not rendered in one pass", *res.Node().Path())
			}
			if g := mustJSON(got); g != want {
				t.Errorf("%s round %d:\n got %s\nwant %s", *res.Node().Path(), round, g, want)
			}
		}
	}

	if len(userList) != 3 || userList[1] != nil || userList[0] != "a" || userList[2] != region {
		t.Errorf("a user's list was changed: %#v", userList)
	}
	if len(userMap) != 2 || len(userMap["Nested"].(map[string]interface{})) != 1 {
		t.Errorf("a user's map was changed: %#v", userMap)
	}
	if got := mustJSON(held); got != `{"Kept":"yes","Inner":{"Deep":"x"}}` {
		t.Errorf("an object a token hands out was changed: %s", got)
	}
}
