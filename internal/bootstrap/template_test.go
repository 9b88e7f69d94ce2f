package bootstrap

import (
	"encoding/json"
	"testing"
)

// The facts other tools rely on: resource names, outputs, the export, the
// SSM version parameter and the version itself, as the CDK CLI's modern
// bootstrap template has them.
func TestTemplateFacts(t *testing.T) {
	var tmpl struct {
		Parameters map[string]struct{ Default string }
		Resources  map[string]struct {
			Type       string
			Condition  string
			Properties map[string]interface{}
		}
		Outputs map[string]struct {
			Value  interface{}
			Export map[string]interface{}
		}
	}
	if err := json.Unmarshal(TemplateJSON(), &tmpl); err != nil {
		t.Fatal(err)
	}
	sub := func(v interface{}) string {
		m, _ := v.(map[string]interface{})
		s, _ := m["Fn::Sub"].(string)
		return s
	}
	wantRoles := map[string]string{
		"FilePublishingRole":          "cdk-${Qualifier}-file-publishing-role-${AWS::AccountId}-${AWS::Region}",
		"ImagePublishingRole":         "cdk-${Qualifier}-image-publishing-role-${AWS::AccountId}-${AWS::Region}",
		"LookupRole":                  "cdk-${Qualifier}-lookup-role-${AWS::AccountId}-${AWS::Region}",
		"DeploymentActionRole":        "cdk-${Qualifier}-deploy-role-${AWS::AccountId}-${AWS::Region}",
		"CloudFormationExecutionRole": "cdk-${Qualifier}-cfn-exec-role-${AWS::AccountId}-${AWS::Region}",
	}
	for id, name := range wantRoles {
		r := tmpl.Resources[id]
		if r.Type != "AWS::IAM::Role" || sub(r.Properties["RoleName"]) != name {
			t.Errorf("%s: %s %v", id, r.Type, r.Properties["RoleName"])
		}
	}
	if v := tmpl.Resources["CdkBootstrapVersion"]; v.Type != "AWS::SSM::Parameter" || sub(v.Properties["Name"]) != "/cdk-bootstrap/${Qualifier}/version" || v.Properties["Value"] != "33" {
		t.Errorf("version parameter: %+v", v)
	}
	if tmpl.Parameters["Qualifier"].Default != "hnb659fds" || tmpl.Parameters["BootstrapVariant"].Default != "AWS CDK: Default Resources" {
		t.Errorf("parameters: %+v", tmpl.Parameters)
	}
	if r := tmpl.Resources["ContainerAssetsRepository"]; r.Type != "AWS::ECR::Repository" {
		t.Errorf("repository: %+v", r)
	}
	if r := tmpl.Resources["StagingBucket"]; r.Type != "AWS::S3::Bucket" {
		t.Errorf("bucket: %+v", r)
	}
	for _, o := range []string{"BucketName", "BucketDomainName", "FileAssetKeyArn", "ImageRepositoryName", "BootstrapVersion"} {
		if _, ok := tmpl.Outputs[o]; !ok {
			t.Errorf("no output %s", o)
		}
	}
	if sub(tmpl.Outputs["FileAssetKeyArn"].Export["Name"]) != "CdkBootstrap-${Qualifier}-FileAssetKeyArn" {
		t.Errorf("export: %+v", tmpl.Outputs["FileAssetKeyArn"].Export)
	}
	if tmpl.Outputs["BootstrapVersion"].Value != "33" || Version != 33 {
		t.Errorf("BootstrapVersion output %v", tmpl.Outputs["BootstrapVersion"].Value)
	}
	if len(tmpl.Resources) != 14 {
		t.Errorf("%d resources, want the 14 of the modern bootstrap", len(tmpl.Resources))
	}
}
