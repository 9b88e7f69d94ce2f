package awscdk_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// TestAnnotationsMatchAwsCdkLib is the program of twins/annotations.js: the
// warnings and infos of its metadata file are aws-cdk-lib's, ack tags,
// acknowledgements and de-duplication included.
func TestAnnotationsMatchAwsCdkLib(t *testing.T) {
	app, outdir := initApp(t, nil)
	s := awscdk.NewStack(app, jsii.String("Annotated"), nil)
	parent := constructs.NewConstruct(s, jsii.String("Parent"))
	child := awscdk.NewCfnResource(parent, jsii.String("Child"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	other := awscdk.NewCfnResource(s, jsii.String("Other"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SQS::Queue")})
	a := awscdk.Annotations_Of(child)
	a.AddWarningV2(jsii.String("test:warn"), jsii.String("a warning"))
	a.AddInfoV2(jsii.String("test:info"), jsii.String("an info"))
	a.AddWarning(jsii.String("plain warning"))
	a.AddWarning(jsii.String("plain warning"))
	a.AddInfo(jsii.String("plain info"))
	a.AddDeprecation(jsii.String("test.Api"), jsii.String("use test.Other"))
	a.AddWarningV2(jsii.String("test:retracted"), jsii.String("retracted by the parent"))
	a.AddInfoV2(jsii.String("test:retractedInfo"), jsii.String("info retracted by the stack"))
	awscdk.Annotations_Of(other).AddWarningV2(jsii.String("test:retracted"), jsii.String("kept: not below the parent"))
	awscdk.Annotations_Of(parent).AcknowledgeWarning(jsii.String("test:retracted"), jsii.String("not needed"))
	awscdk.Annotations_Of(s).AcknowledgeInfo(jsii.String("test:retractedInfo"), nil)
	awscdk.Annotations_Of(s).AcknowledgeWarning(jsii.String("test:later"), nil)
	a.AddWarningV2(jsii.String("test:later"), jsii.String("suppressed: acknowledged on the stack"))
	awscdk.Annotations_Of(other).AddWarningV2(jsii.String("test:later"), jsii.String("suppressed too"))
	a.AddWarningV2(jsii.String("test:retracted"), jsii.String("suppressed: acknowledged on the parent"))
	awscdk.Annotations_Of(other).AddInfoV2(jsii.String("test:info"), jsii.String("other info"))
	app.Synth(nil)
	sameFile(t, filepath.Join(outdir, "Annotated.template.json"), "testdata/expected/annotations/Annotated.template.json")

	type entry struct{ Type, Data interface{} }
	read := func(p string) map[string][]entry {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string][]entry
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		msg := regexp.MustCompile(`^aws:cdk:(warning|info|error)$`)
		out := map[string][]entry{}
		for p, es := range m {
			for _, e := range es {
				if s, _ := e.Type.(string); msg.MatchString(s) {
					out[p] = append(out[p], e)
				}
			}
		}
		return out
	}
	got, want := read(filepath.Join(outdir, "Annotated.metadata.json")), read("testdata/expected/annotations/messages.json")
	if !reflect.DeepEqual(got, want) {
		t.Errorf("messages:\n ours      %v\n aws-cdk-lib %v", got, want)
	}
}
