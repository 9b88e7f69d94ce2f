package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// TestStaticWebsiteStack synthesizes the stack and checks what makes it a
// website: the bucket's website configuration, the public read policy, the
// deployment of ./website and the URL output.
func TestStaticWebsiteStack(t *testing.T) {
	out := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(out)})
	stack := NewStaticWebsiteStack(app, "StaticWebsiteStack", nil)
	template := app.Synth(nil).GetStackArtifact(stack.ArtifactId()).Template().(map[string]interface{})

	resources := template["Resources"].(map[string]interface{})
	count := map[string]int{}
	var bucket, deployment map[string]interface{}
	for _, r := range resources {
		r := r.(map[string]interface{})
		typ := r["Type"].(string)
		count[typ]++
		switch typ {
		case "AWS::S3::Bucket":
			bucket = r["Properties"].(map[string]interface{})
		case "Custom::CDKBucketDeployment":
			deployment = r["Properties"].(map[string]interface{})
		}
	}
	for typ, want := range map[string]int{
		"AWS::S3::Bucket": 1, "AWS::S3::BucketPolicy": 1, "Custom::S3AutoDeleteObjects": 1,
		"Custom::CDKBucketDeployment": 1, "AWS::Lambda::Function": 2,
	} {
		if count[typ] != want {
			t.Errorf("%d resources of type %s, want %d", count[typ], typ, want)
		}
	}
	website := bucket["WebsiteConfiguration"].(map[string]interface{})
	if website["IndexDocument"] != "index.html" || website["ErrorDocument"] != "error.html" {
		t.Errorf("WebsiteConfiguration = %v", website)
	}
	if keys := deployment["SourceObjectKeys"].([]interface{}); len(keys) != 1 {
		t.Errorf("SourceObjectKeys = %v, want the website asset", keys)
	}
	outputs := template["Outputs"].(map[string]interface{})
	url := outputs["WebsiteURL"].(map[string]interface{})["Value"]
	if got := url.(map[string]interface{})["Fn::GetAtt"].([]interface{})[1]; got != "WebsiteURL" {
		t.Errorf("WebsiteURL output = %v", url)
	}
	// The website folder is staged into the assembly as an asset.
	matches, _ := filepath.Glob(filepath.Join(out, "asset.*", "index.html"))
	if len(matches) != 1 {
		t.Errorf("index.html staged %d times, want once", len(matches))
	} else if b, _ := os.ReadFile(matches[0]); len(b) == 0 {
		t.Error("the staged index.html is empty")
	}
}
