package cloudformationinclude_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsdynamodb"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/awscdk/cloudformationinclude"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// Go twins of testdata/twins.js.
func TestTemplates(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){
		"Preserve": func(s awscdk.Stack) {
			tmpl := cloudformationinclude.NewCfnInclude(s, jsii.String("Template"), &cloudformationinclude.CfnIncludeProps{
				TemplateFile: jsii.String("testdata/templates/basic.json"),
			})
			q := tmpl.GetResource(jsii.String("Queue")).(awssqs.CfnQueue)
			q.SetDelaySeconds(jsii.Number(7))
			b := tmpl.GetResource(jsii.String("Bucket")).(awss3.CfnBucket)
			b.SetVersioningConfiguration(&awss3.CfnBucket_VersioningConfigurationProperty{Status: jsii.String("Suspended")})
			awscdk.NewCfnOutput(s, jsii.String("Extra"), &awscdk.CfnOutputProps{Value: b.AttrArn()})
			awssqs.NewCfnQueue(s, jsii.String("Consumer"), &awssqs.CfnQueueProps{
				QueueName: awscdk.Fn_Join(jsii.String("-"), &[]*string{tmpl.GetParameter(jsii.String("Env")).ValueAsString(), jsii.String("consumer")}),
			})
		},
		"Renamed": func(s awscdk.Stack) {
			tmpl := cloudformationinclude.NewCfnInclude(s, jsii.String("Template"), &cloudformationinclude.CfnIncludeProps{
				TemplateFile:       jsii.String("testdata/templates/basic.json"),
				PreserveLogicalIds: jsii.Bool(false),
			})
			awscdk.NewCfnOutput(s, jsii.String("Extra"), &awscdk.CfnOutputProps{Value: tmpl.GetResource(jsii.String("Queue")).Ref()})
		},
		"Params": func(s awscdk.Stack) {
			cloudformationinclude.NewCfnInclude(s, jsii.String("Template"), &cloudformationinclude.CfnIncludeProps{
				TemplateFile: jsii.String("testdata/templates/basic.json"),
				Parameters:   &map[string]interface{}{"BucketNameParam": "my-bucket", "Env": "prod"},
			})
		},
		"Yaml": func(s awscdk.Stack) {
			tmpl := cloudformationinclude.NewCfnInclude(s, jsii.String("Template"), &cloudformationinclude.CfnIncludeProps{
				TemplateFile: jsii.String("testdata/templates/basic.yaml"),
			})
			tmpl.GetResource(jsii.String("Bucket")).(awss3.CfnBucket).SetBucketName(jsii.String("changed"))
		},
		"Extras": func(s awscdk.Stack) {
			tmpl := cloudformationinclude.NewCfnInclude(s, jsii.String("Template"), &cloudformationinclude.CfnIncludeProps{
				TemplateFile:        jsii.String("testdata/templates/extras.json"),
				DehydratedResources: &[]*string{jsii.String("Raw")},
			})
			tmpl.GetResource(jsii.String("Table")).(awsdynamodb.CfnTable).SetTableName(jsii.String("included"))
			n := tmpl.LoadNestedStack(jsii.String("Sub"), &cloudformationinclude.CfnIncludeProps{TemplateFile: jsii.String("testdata/templates/child.json")})
			n.IncludedTemplate.GetOutput(jsii.String("QueueArn")).SetDescription(jsii.String("the queue"))
			tmpl.GetRule(jsii.String("ProdOnly"))
		},
	}, nil, nil)
}

func TestExtrasNested(t *testing.T) {
	golden.CheckApp(t, []string{"Extras", "ExtrasTemplateSubA8605181.nested"}, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("Extras"), nil)
		tmpl := cloudformationinclude.NewCfnInclude(s, jsii.String("Template"), &cloudformationinclude.CfnIncludeProps{
			TemplateFile:        jsii.String("testdata/templates/extras.json"),
			DehydratedResources: &[]*string{jsii.String("Raw")},
		})
		tmpl.GetResource(jsii.String("Table")).(awsdynamodb.CfnTable).SetTableName(jsii.String("included"))
		n := tmpl.LoadNestedStack(jsii.String("Sub"), &cloudformationinclude.CfnIncludeProps{TemplateFile: jsii.String("testdata/templates/child.json")})
		n.IncludedTemplate.GetOutput(jsii.String("QueueArn")).SetDescription(jsii.String("the queue"))
		if tmpl.GetRule(jsii.String("ProdOnly")) == nil {
			t.Error("GetRule returned nil")
		}
	}, nil)
}

// A program's struct embedding CfnInclude, initialised the aws-cdk-go way.
type myInclude struct {
	cloudformationinclude.CfnInclude
}

func TestOverrideAndNilProps(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	m := &myInclude{}
	cloudformationinclude.NewCfnInclude_Override(m, s, jsii.String("T"), &cloudformationinclude.CfnIncludeProps{TemplateFile: jsii.String("testdata/templates/child.json")})
	if _, ok := m.GetResource(jsii.String("Queue")).(awssqs.CfnQueue); !ok {
		t.Error("GetResource(Queue) is not a CfnQueue")
	}
	if !*cloudformationinclude.CfnInclude_IsCfnElement(m.CfnInclude) || !*cloudformationinclude.CfnInclude_IsConstruct(m.CfnInclude) {
		t.Error("CfnInclude is not a CfnElement construct")
	}
	if got := *m.ToString(); got != "S/T" {
		t.Errorf("ToString = %s", got)
	}
	err := golden.SynthErr(t, func(app awscdk.App) {
		cloudformationinclude.NewCfnInclude(awscdk.NewStack(app, jsii.String("N"), nil), jsii.String("T"), nil)
	})
	if err == nil || !strings.Contains(err.Error(), "[N/T] CfnInclude requires the 'templateFile' property") {
		t.Errorf("nil props: %v", err)
	}
}

func TestNested(t *testing.T) {
	golden.CheckApp(t, []string{"Nested", "NestedTemplateChildF12B0A04.nested"}, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("Nested"), nil)
		tmpl := cloudformationinclude.NewCfnInclude(s, jsii.String("Template"), &cloudformationinclude.CfnIncludeProps{
			TemplateFile: jsii.String("testdata/templates/parent.json"),
			LoadNestedStacks: &map[string]*cloudformationinclude.CfnIncludeProps{
				"Child": {TemplateFile: jsii.String("testdata/templates/child.json"), Parameters: &map[string]interface{}{"Stage": "prod"}},
			},
		})
		child := tmpl.GetNestedStack(jsii.String("Child"))
		child.IncludedTemplate.GetResource(jsii.String("Queue")).(awssqs.CfnQueue).SetVisibilityTimeout(jsii.Number(60))
	}, nil)
}

func TestErrors(t *testing.T) {
	golden.CheckErrors(t, map[string]func(s awscdk.Stack){
		"MissingResource": func(s awscdk.Stack) {
			cloudformationinclude.NewCfnInclude(s, jsii.String("T"), &cloudformationinclude.CfnIncludeProps{TemplateFile: jsii.String("testdata/templates/basic.json")}).GetResource(jsii.String("Nope"))
		},
		"UnknownParameter": func(s awscdk.Stack) {
			cloudformationinclude.NewCfnInclude(s, jsii.String("T"), &cloudformationinclude.CfnIncludeProps{TemplateFile: jsii.String("testdata/templates/basic.json"), Parameters: &map[string]interface{}{"Nope": "x"}})
		},
		"NotNested": func(s awscdk.Stack) {
			cloudformationinclude.NewCfnInclude(s, jsii.String("T"), &cloudformationinclude.CfnIncludeProps{TemplateFile: jsii.String("testdata/templates/parent.json")}).GetNestedStack(jsii.String("Child"))
		},
		"Cycle": func(s awscdk.Stack) {
			cloudformationinclude.NewCfnInclude(s, jsii.String("T"), &cloudformationinclude.CfnIncludeProps{TemplateFile: jsii.String("testdata/templates/cycle.json")})
		},
		"DehydratedUnknown": func(s awscdk.Stack) {
			cloudformationinclude.NewCfnInclude(s, jsii.String("T"), &cloudformationinclude.CfnIncludeProps{TemplateFile: jsii.String("testdata/templates/basic.json"), DehydratedResources: &[]*string{jsii.String("Nope")}})
		},
		"MissingNested": func(s awscdk.Stack) {
			cloudformationinclude.NewCfnInclude(s, jsii.String("T"), &cloudformationinclude.CfnIncludeProps{TemplateFile: jsii.String("testdata/templates/basic.json"), LoadNestedStacks: &map[string]*cloudformationinclude.CfnIncludeProps{"Nope": {TemplateFile: jsii.String("testdata/templates/child.json")}}})
		},
	}, nil)
}

// With AllowCyclicalReferences, both resources of a cycle are included
// (aws-cdk-lib's placeholder is replaced by the real resource).
func TestCycleAllowed(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	tmpl := cloudformationinclude.NewCfnInclude(s, jsii.String("T"), &cloudformationinclude.CfnIncludeProps{
		TemplateFile:            jsii.String("testdata/templates/cycle.json"),
		AllowCyclicalReferences: jsii.Bool(true),
	})
	for _, id := range []string{"A", "B"} {
		if _, ok := tmpl.GetResource(jsii.String(id)).(awssqs.CfnQueue); !ok {
			t.Errorf("%s is not a CfnQueue", id)
		}
	}
	b, _ := json.Marshal(awscdk.Stack_Of(tmpl).Resolve(tmpl.GetResource(jsii.String("A")).Ref()))
	if string(b) != `{"Ref":"A"}` {
		t.Errorf("Ref of A = %s", b)
	}
	for _, c := range *tmpl.Node().Children() {
		if strings.HasPrefix(*c.Node().Id(), "Placeholder") {
			t.Errorf("placeholder %s left in the tree", *c.Node().Path())
		}
	}
}
