package toolkit

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/internal/deploy"
	"github.com/strata-cdk/strata/internal/toolkit/templatediff"
)

func parseTemplate(t *testing.T, s string) map[string]interface{} {
	t.Helper()
	var m map[string]interface{}
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

var hotswapTarget = deploy.Target{Account: "123456789012", Region: "us-east-1"}

// A function whose code and environment changed, with a version and an
// alias: one update that publishes a version and moves the alias; the
// alias's FunctionVersion change and the version's replacement are the
// CDK CLI's: the first is hotswappable, the second a resource creation.
func TestPlanHotswapLambdaVersionAlias(t *testing.T) {
	old := parseTemplate(t, `{"Resources":{
	 "Role":{"Type":"AWS::IAM::Role"},
	 "Fn":{"Type":"AWS::Lambda::Function","Properties":{"Code":{"S3Bucket":"b","S3Key":"old.zip"},"Role":{"Fn::GetAtt":["Role","Arn"]},"Environment":{"Variables":{"A":"1"}}}},
	 "FnVersionOld":{"Type":"AWS::Lambda::Version","Properties":{"FunctionName":{"Ref":"Fn"}}},
	 "Alias":{"Type":"AWS::Lambda::Alias","Properties":{"FunctionName":{"Ref":"Fn"},"FunctionVersion":{"Fn::GetAtt":["FnVersionOld","Version"]},"Name":"live"}}}}`)
	nw := parseTemplate(t, `{"Resources":{
	 "Role":{"Type":"AWS::IAM::Role"},
	 "Fn":{"Type":"AWS::Lambda::Function","Properties":{"Code":{"S3Bucket":{"Fn::Sub":"cdk-assets-${AWS::AccountId}-${AWS::Region}"},"S3Key":"new.zip","S3ObjectVersion":"v7"},"Role":{"Fn::GetAtt":["Role","Arn"]},
	   "Environment":{"Variables":{"A":"2","ROLE":{"Fn::GetAtt":["Role","Arn"]},"URL":{"Fn::Join":["",["https://",{"Ref":"AWS::URLSuffix"}]]}}}}},
	 "FnVersionNew":{"Type":"AWS::Lambda::Version","Properties":{"FunctionName":{"Ref":"Fn"}}},
	 "Alias":{"Type":"AWS::Lambda::Alias","Properties":{"FunctionName":{"Ref":"Fn"},"FunctionVersion":{"Fn::GetAtt":["FnVersionNew","Version"]},"Name":"live"}}}}`)
	physical := map[string]string{"Role": "S-Role-1", "Fn": "S-Fn-1", "FnVersionOld": "arn:v1", "Alias": "arn:alias"}
	p := planHotswap(templatediff.Compare(old, nw), nw, hotswapTarget, physical)
	if len(p.ops.Lambda) != 1 || len(p.ops.Ecs) != 0 {
		t.Fatalf("ops: %+v", p.ops)
	}
	u := p.ops.Lambda[0]
	if u.FunctionName != "S-Fn-1" || u.S3Bucket != "cdk-assets-123456789012-us-east-1" || u.S3Key != "new.zip" || u.S3ObjectVersion != "v7" || u.Description != nil || !u.SetEnv {
		t.Errorf("update: %+v", u)
	}
	if u.Environment["A"] != "2" || u.Environment["ROLE"] != "arn:aws:iam::123456789012:role/S-Role-1" || u.Environment["URL"] != "https://amazonaws.com" {
		t.Errorf("environment: %v", u.Environment)
	}
	if !u.PublishVersion || strings.Join(u.Aliases, ",") != "live" {
		t.Errorf("version/aliases: %v %v", u.PublishVersion, u.Aliases)
	}
	got := strings.Join(p.blockers, "; ")
	if got != "AWS::Lambda::Version FnVersionNew: added; AWS::Lambda::Version FnVersionOld: removed" {
		t.Errorf("blockers: %s", got)
	}
	// Knowing the deployed template, the new version is the old one
	// renamed, as the CDK CLI sees it: nothing is left out.
	p = planHotswapWith(templatediff.Compare(old, nw), &cfnEval{target: hotswapTarget, physical: physical, template: nw, deployed: old})
	if len(p.blockers) != 0 || len(p.ops.Lambda) != 1 || !p.ops.Lambda[0].PublishVersion {
		t.Errorf("with renames: blockers %v, ops %+v", p.blockers, p.ops.Lambda)
	}
}

// What cannot be hotswapped is said, and an unresolvable value blocks
// rather than being sent half-evaluated.
func TestPlanHotswapBlockers(t *testing.T) {
	old := parseTemplate(t, `{"Resources":{
	 "Fn":{"Type":"AWS::Lambda::Function","Properties":{"Code":{"S3Bucket":"b","S3Key":"k"},"MemorySize":128}},
	 "Fn2":{"Type":"AWS::Lambda::Function","Properties":{"Code":{"S3Bucket":"b","S3Key":"k"}}},
	 "Q":{"Type":"AWS::SQS::Queue"},
	 "T":{"Type":"AWS::SNS::Topic"},
	 "Alias":{"Type":"AWS::Lambda::Alias","Properties":{"Name":"a","FunctionVersion":"1"}}}}`)
	nw := parseTemplate(t, `{"Resources":{
	 "Fn":{"Type":"AWS::Lambda::Function","Properties":{"Code":{"S3Bucket":"b","S3Key":"k"},"MemorySize":256,"Description":"d"}},
	 "Fn2":{"Type":"AWS::Lambda::Function","Properties":{"Code":{"S3Bucket":"b","S3Key":"k"},"Environment":{"Variables":{"Q":{"Fn::GetAtt":["Q","QueueName"]}}}}},
	 "Q":{"Type":"AWS::SQS::Queue","Properties":{"DelaySeconds":1,"FifoQueue":true}},
	 "T":{"Type":"AWS::SNS::Topic","Properties":{"DisplayName":"t"}},
	 "Alias":{"Type":"AWS::Lambda::Alias","Properties":{"Name":"b","FunctionVersion":"2"}}}}`)
	physical := map[string]string{"Fn": "fn", "Fn2": "fn2", "Q": "https://q", "T": "arn:t", "Alias": "x"}
	p := planHotswap(templatediff.Compare(old, nw), nw, hotswapTarget, physical)
	want := []string{
		"AWS::Lambda::Alias Alias: Name changed",
		"AWS::Lambda::Function Fn2: Environment variable Q cannot be resolved",
		"AWS::Lambda::Function Fn: MemorySize changed",
		"AWS::SNS::Topic T: modified",
		"AWS::SQS::Queue Q: FifoQueue changed",
	}
	if strings.Join(p.blockers, "\n") != strings.Join(want, "\n") {
		t.Errorf("blockers:\n%s\nwant:\n%s", strings.Join(p.blockers, "\n"), strings.Join(want, "\n"))
	}
	// The queue's DelaySeconds goes through Cloud Control; FifoQueue is
	// create-only.
	if len(p.ops.CloudControl) != 1 || p.ops.CloudControl[0].Identifier != "https://q" || len(p.ops.CloudControl[0].Patch) != 1 ||
		p.ops.CloudControl[0].Patch[0] != (deploy.PatchOp{Op: "add", Path: "/DelaySeconds", Value: float64(1)}) {
		t.Errorf("cloud control: %+v", p.ops.CloudControl)
	}
	// The description of Fn is still hotswapped (under --hotswap), as the CDK CLI.
	if len(p.ops.Lambda) != 1 || p.ops.Lambda[0].LogicalID != "Fn" || p.ops.Lambda[0].Description == nil || *p.ops.Lambda[0].Description != "d" {
		t.Errorf("ops: %+v", p.ops.Lambda)
	}
}

// A task definition: registered with the deployed properties and the new
// containers, for the services that use it; without a service, or used by
// something else, it is not hotswappable.
func TestPlanHotswapEcs(t *testing.T) {
	td := func(image, cpu string) string {
		return `{"Type":"AWS::ECS::TaskDefinition","Properties":{"Cpu":"` + cpu + `","ExecutionRoleArn":{"Fn::GetAtt":["ExecRole","Arn"]},
		 "ContainerDefinitions":[{"Name":"web","Image":{"Fn::Sub":"${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/repo:` + image + `"}}]}}`
	}
	old := parseTemplate(t, `{"Resources":{"ExecRole":{"Type":"AWS::IAM::Role"},"TD":`+td("a", "256")+`,"Other":`+td("a", "256")+`,
	 "Svc":{"Type":"AWS::ECS::Service","Properties":{"TaskDefinition":{"Ref":"TD"}}},
	 "Rule":{"Type":"AWS::Events::Rule","Properties":{"Targets":[{"EcsParameters":{"TaskDefinitionArn":{"Ref":"Other"}}}]}}}}`)
	nw := parseTemplate(t, `{"Resources":{"ExecRole":{"Type":"AWS::IAM::Role"},"TD":`+td("b", "512")+`,"Other":`+td("b", "256")+`,
	 "Svc":{"Type":"AWS::ECS::Service","Properties":{"TaskDefinition":{"Ref":"TD"}}},
	 "Rule":{"Type":"AWS::Events::Rule","Properties":{"Targets":[{"EcsParameters":{"TaskDefinitionArn":{"Ref":"Other"}}}]}}}}`)
	physical := map[string]string{
		"ExecRole": "S-Exec", "TD": "arn:aws:ecs:us-east-1:123456789012:task-definition/STD:3",
		"Other": "arn:aws:ecs:us-east-1:123456789012:task-definition/SOther:1",
		"Svc":   "arn:aws:ecs:us-east-1:123456789012:service/cluster/svc",
	}
	p := planHotswap(templatediff.Compare(old, nw), nw, hotswapTarget, physical)
	want := []string{
		"AWS::ECS::TaskDefinition Other: No ECS services reference the changed task definition",
		"AWS::ECS::TaskDefinition Other: a resource 'Rule' with Type 'AWS::Events::Rule' that is not an ECS Service was found referencing the changed TaskDefinition 'Other'",
		"AWS::ECS::TaskDefinition TD: Cpu changed",
	}
	if strings.Join(p.blockers, "\n") != strings.Join(want, "\n") {
		t.Errorf("blockers:\n%s", strings.Join(p.blockers, "\n"))
	}
	if len(p.ops.Ecs) != 1 {
		t.Fatalf("ops: %+v", p.ops.Ecs)
	}
	u := p.ops.Ecs[0]
	b, _ := json.Marshal(u.Definition)
	if got := string(b); got != `{"ContainerDefinitions":[{"Image":"123456789012.dkr.ecr.us-east-1.amazonaws.com/repo:b","Name":"web"}],"Cpu":"256","ExecutionRoleArn":"arn:aws:iam::123456789012:role/S-Exec","Family":"STD"}` {
		t.Errorf("definition: %s", got)
	}
	if strings.Join(u.ServiceArns, ",") != "arn:aws:ecs:us-east-1:123456789012:service/cluster/svc" {
		t.Errorf("services: %v", u.ServiceArns)
	}
}

// Inline code is zipped as index.js or index.py after the runtime.
func TestPlanHotswapInlineCode(t *testing.T) {
	fn := func(runtime, code string) string {
		return `{"Type":"AWS::Lambda::Function","Properties":{"Runtime":"` + runtime + `","Code":{"ZipFile":"` + code + `"}}}`
	}
	old := parseTemplate(t, `{"Resources":{"Py":`+fn("python3.12", "x = 1")+`,"Rb":`+fn("ruby3.3", "x = 1")+`}}`)
	nw := parseTemplate(t, `{"Resources":{"Py":`+fn("python3.12", "x = 2")+`,"Rb":`+fn("ruby3.3", "x = 2")+`}}`)
	p := planHotswap(templatediff.Compare(old, nw), nw, hotswapTarget, map[string]string{"Py": "py", "Rb": "rb"})
	if got := strings.Join(p.blockers, "; "); got != "AWS::Lambda::Function Rb: runtime ruby3.3 is unsupported for inline code, only node.js and python runtimes are" {
		t.Errorf("blockers: %s", got)
	}
	if len(p.ops.Lambda) != 1 {
		t.Fatalf("ops: %+v", p.ops.Lambda)
	}
	zr, err := zip.NewReader(bytes.NewReader(p.ops.Lambda[0].ZipFile), int64(len(p.ops.Lambda[0].ZipFile)))
	if err != nil || len(zr.File) != 1 || zr.File[0].Name != "index.py" {
		t.Fatalf("zip: %v %+v", err, zr)
	}
	f, _ := zr.File[0].Open()
	b, _ := io.ReadAll(f)
	if string(b) != "x = 2" {
		t.Errorf("zipped code: %q", b)
	}
}
