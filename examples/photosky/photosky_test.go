package main

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// TestPhotoSkyStack synthesizes the stack and checks what makes it
// PhotoSky: an image function (no handler, no runtime, an image from the
// bootstrap repository), the proxy API with CORS on the root and on
// {proxy+}, the bucket's CORS rule and auto-delete, and the outputs.
func TestPhotoSkyStack(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(t.TempDir())})
	stack := NewPhotoSkyStack(app, "PhotoSkyStack", nil)
	template := app.Synth(nil).GetStackArtifact(stack.ArtifactId()).Template().(map[string]interface{})

	resources := template["Resources"].(map[string]interface{})
	count := map[string]int{}
	var image map[string]interface{}
	methods := map[string]int{}
	for _, r := range resources {
		r := r.(map[string]interface{})
		typ := r["Type"].(string)
		count[typ]++
		props, _ := r["Properties"].(map[string]interface{})
		switch typ {
		case "AWS::Lambda::Function":
			if props["PackageType"] == "Image" {
				image = props
			}
		case "AWS::ApiGateway::Method":
			methods[props["HttpMethod"].(string)]++
		}
	}
	for typ, want := range map[string]int{
		"AWS::S3::Bucket": 1, "Custom::S3AutoDeleteObjects": 1, "AWS::ApiGateway::RestApi": 1,
		"AWS::ApiGateway::Resource": 1, "AWS::ApiGateway::Deployment": 1, "AWS::ApiGateway::Stage": 1,
		"AWS::ApiGateway::Method": 4, "AWS::Lambda::Permission": 4,
	} {
		if count[typ] != want {
			t.Errorf("%d resources of type %s, want %d", count[typ], typ, want)
		}
	}
	if methods["ANY"] != 2 || methods["OPTIONS"] != 2 {
		t.Errorf("methods %v, want ANY and OPTIONS on / and /{proxy+}", methods)
	}
	if image == nil {
		t.Fatal("no container image function")
	}
	if _, ok := image["Handler"]; ok {
		t.Errorf("an image function has no handler: %v", image["Handler"])
	}
	uri, _ := image["Code"].(map[string]interface{})["ImageUri"].(map[string]interface{})["Fn::Sub"].(string)
	if !strings.Contains(uri, "cdk-hnb659fds-container-assets-${AWS::AccountId}-${AWS::Region}:") {
		t.Errorf("image URI %q is not in the bootstrap repository", uri)
	}
	outputs := template["Outputs"].(map[string]interface{})
	for _, o := range []string{"ApiUrl", "BucketName"} {
		if outputs[o] == nil {
			t.Errorf("no output %s", o)
		}
	}
}
