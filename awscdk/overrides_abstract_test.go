package awscdk_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

type myElement struct{ awscdk.CfnRefElement }

type prefixIgnore struct {
	awscdk.IgnoreStrategy
	prefixes []string
}

func (p *prefixIgnore) Add(pattern *string) { p.prefixes = append(p.prefixes, *pattern) }
func (p *prefixIgnore) Ignores(path *string) *bool {
	for _, x := range p.prefixes {
		if strings.HasPrefix(*path, x) {
			return jsii.Bool(true)
		}
	}
	return jsii.Bool(false)
}

// TestAbstractOverrides: the _Override constructors of aws-cdk-lib's abstract
// classes make the program's types work as the class they embed.
func TestAbstractOverrides(t *testing.T) {
	app, _ := initApp(t, nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	e := &myElement{}
	awscdk.NewCfnRefElement_Override(e, s, jsii.String("Mine"))
	if got := s.Resolve(e.LogicalId()); got != "Mine" {
		t.Errorf("logical ID = %v", got)
	}
	awscdk.NewCfnOutput(s, jsii.String("Out"), &awscdk.CfnOutputProps{Value: e.Ref()})
	tmpl := synthTemplate(t, app, "S")
	if !strings.Contains(tmpl, `"Ref": "Mine"`) {
		t.Errorf("template:\n%s", tmpl)
	}
	if *awscdk.CfnElement_IsCfnElement(e) != true || awscdk.Stack_Of(e) != s {
		t.Error("the element is not an element of S")
	}

	ig := &prefixIgnore{}
	awscdk.NewIgnoreStrategy_Override(ig)
	ig.Add(jsii.String("/tmp/skip"))
	if !*ig.Ignores(jsii.String("/tmp/skip/a")) || *ig.Ignores(jsii.String("/tmp/keep")) || *ig.CompletelyIgnores(jsii.String("/tmp/skip")) {
		t.Error("the program's ignore strategy is not the one in use")
	}
}
