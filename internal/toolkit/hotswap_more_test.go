package toolkit

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/internal/deploy"
	"github.com/strata-cdk/strata/internal/toolkit/templatediff"
)

// A state machine whose definition changed goes to Step Functions with
// the definition evaluated (Fn::Join, GetAtt of a function) and its
// substitutions applied; one whose other properties changed goes through
// Cloud Control, and its create-only name blocks.
func TestPlanHotswapStateMachine(t *testing.T) {
	sm := func(state, extra string) string {
		return `{"Type":"AWS::StepFunctions::StateMachine","Properties":{"RoleArn":{"Fn::GetAtt":["Role","Arn"]}` + extra + `,
		 "DefinitionString":{"Fn::Join":["",["{\"StartAt\":\"` + state + `\",\"States\":{\"` + state + `\":{\"Type\":\"Task\",\"Resource\":\"",{"Fn::GetAtt":["Fn","Arn"]},"\",\"Comment\":\"${stage}\",\"End\":true}}}"]]},
		 "DefinitionSubstitutions":{"stage":"prod"}}}`
	}
	old := parseTemplate(t, `{"Resources":{"Role":{"Type":"AWS::IAM::Role"},"Fn":{"Type":"AWS::Lambda::Function"},
	 "SM":`+sm("A", "")+`,"SM2":`+sm("A", `,"TracingConfiguration":{"Enabled":false}`)+`,"SM3":`+sm("A", `,"StateMachineName":"one"`)+`}}`)
	nw := parseTemplate(t, `{"Resources":{"Role":{"Type":"AWS::IAM::Role"},"Fn":{"Type":"AWS::Lambda::Function"},
	 "SM":`+sm("B", "")+`,"SM2":`+sm("B", `,"TracingConfiguration":{"Enabled":true}`)+`,"SM3":`+sm("A", `,"StateMachineName":"two"`)+`}}`)
	physical := map[string]string{"Role": "R", "Fn": "F",
		"SM":  "arn:aws:states:us-east-1:123456789012:stateMachine:SM",
		"SM2": "arn:aws:states:us-east-1:123456789012:stateMachine:SM2",
		"SM3": "arn:aws:states:us-east-1:123456789012:stateMachine:one"}
	p := planHotswap(templatediff.Compare(old, nw), nw, hotswapTarget, physical)
	if got := strings.Join(p.blockers, "; "); got != "AWS::StepFunctions::StateMachine SM3: StateMachineName changed" {
		t.Errorf("blockers: %s", got)
	}
	if len(p.ops.Sfn) != 1 {
		t.Fatalf("sfn: %+v", p.ops.Sfn)
	}
	u := p.ops.Sfn[0]
	want := `{"StartAt":"B","States":{"B":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:F","Comment":"prod","End":true}}}`
	if u.StateMachineArn != physical["SM"] || u.Definition != want {
		t.Errorf("sfn update: %+v", u)
	}
	if len(p.ops.CloudControl) != 1 {
		t.Fatalf("cloud control: %+v", p.ops.CloudControl)
	}
	cc := p.ops.CloudControl[0]
	b, _ := json.Marshal(cc.Patch)
	if cc.TypeName != "AWS::StepFunctions::StateMachine" || cc.Identifier != physical["SM2"] || !strings.HasPrefix(string(b), `[{"op":"replace","path":"/DefinitionString","value":"{\"StartAt\":\"B\"`) ||
		!strings.HasSuffix(string(b), `{"op":"replace","path":"/TracingConfiguration","value":{"Enabled":true}}]`) {
		t.Errorf("cloud control update: %s %s %s", cc.TypeName, cc.Identifier, b)
	}
	if strings.Join(p.applied["SM"], ",") != "DefinitionString" || strings.Join(p.applied["SM2"], ",") != "DefinitionString,TracingConfiguration" {
		t.Errorf("applied: %v", p.applied)
	}
}

// A CodeBuild project's Source, Environment and SourceVersion are
// hotswapped; other properties are not.
func TestPlanHotswapCodeBuild(t *testing.T) {
	proj := func(spec, image, extra string) string {
		return `{"Type":"AWS::CodeBuild::Project","Properties":{"Source":{"Type":"NO_SOURCE","BuildSpec":"` + spec + `"},
		 "Environment":{"Type":"LINUX_CONTAINER","Image":"` + image + `","ComputeType":"BUILD_GENERAL1_SMALL",
		 "EnvironmentVariables":[{"Name":"BUCKET","Type":"PLAINTEXT","Value":{"Ref":"B"}}]},"SourceVersion":"main"` + extra + `}}`
	}
	old := parseTemplate(t, `{"Resources":{"B":{"Type":"AWS::S3::Bucket"},"P":`+proj("v1", "img:1", "")+`,"Q":`+proj("v1", "img:1", `,"TimeoutInMinutes":5`)+`}}`)
	nw := parseTemplate(t, `{"Resources":{"B":{"Type":"AWS::S3::Bucket"},"P":`+proj("v2", "img:2", "")+`,"Q":`+proj("v1", "img:1", `,"TimeoutInMinutes":9`)+`}}`)
	p := planHotswap(templatediff.Compare(old, nw), nw, hotswapTarget, map[string]string{"B": "bucket-1", "P": "proj-p", "Q": "proj-q"})
	if got := strings.Join(p.blockers, "; "); got != "AWS::CodeBuild::Project Q: TimeoutInMinutes changed" {
		t.Errorf("blockers: %s", got)
	}
	if len(p.ops.CodeBuild) != 1 {
		t.Fatalf("codebuild: %+v", p.ops.CodeBuild)
	}
	u := p.ops.CodeBuild[0]
	env, _ := json.Marshal(u.Environment)
	if u.ProjectName != "proj-p" || u.Source["BuildSpec"] != "v2" || u.SourceVersion != nil ||
		string(env) != `{"ComputeType":"BUILD_GENERAL1_SMALL","EnvironmentVariables":[{"Name":"BUCKET","Type":"PLAINTEXT","Value":"bucket-1"}],"Image":"img:2","Type":"LINUX_CONTAINER"}` {
		t.Errorf("update: %+v %s", u, env)
	}
}

// A bucket deployment is re-run through its handler with the new
// properties, every scalar a string; the policy of a role only its
// handler uses does not block the hotswap.
func TestPlanHotswapBucketDeployment(t *testing.T) {
	tmpl := func(key, action string) string {
		return `{"Resources":{
		 "Dest":{"Type":"AWS::S3::Bucket"},
		 "HandlerRole":{"Type":"AWS::IAM::Role"},
		 "HandlerPolicy":{"Type":"AWS::IAM::Policy","Properties":{"PolicyName":"p","Roles":[{"Ref":"HandlerRole"}],"PolicyDocument":{"Statement":[{"Action":"` + action + `","Effect":"Allow","Resource":"*"}]}}},
		 "Handler":{"Type":"AWS::Lambda::Function","Properties":{"Role":{"Fn::GetAtt":["HandlerRole","Arn"]}}},
		 "Deploy":{"Type":"Custom::CDKBucketDeployment","Properties":{"ServiceToken":{"Fn::GetAtt":["Handler","Arn"]},
		   "SourceBucketNames":[{"Fn::Sub":"cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"}],"SourceObjectKeys":["` + key + `"],
		   "DestinationBucketName":{"Ref":"Dest"},"Prune":true,"RetainOnDelete":false,"OutputObjectKeys":true}}}}`
	}
	old := parseTemplate(t, tmpl("a.zip", "s3:GetObject"))
	nw := parseTemplate(t, tmpl("b.zip", "s3:*"))
	physical := map[string]string{"Dest": "dest-bucket", "HandlerRole": "S-HandlerRole", "HandlerPolicy": "S-Pol", "Handler": "S-Handler", "Deploy": "aws.cdk.s3deployment.x"}
	p := planHotswap(templatediff.Compare(old, nw), nw, hotswapTarget, physical)
	if len(p.blockers) != 0 {
		t.Errorf("blockers: %v", p.blockers)
	}
	if len(p.ops.BucketDeployments) != 1 {
		t.Fatalf("ops: %+v", p.ops)
	}
	u := p.ops.BucketDeployments[0]
	b, _ := json.Marshal(u.Properties)
	if u.FunctionName != "arn:aws:lambda:us-east-1:123456789012:function:S-Handler" || u.DestinationBucket != "dest-bucket" ||
		string(b) != `{"DestinationBucketName":"dest-bucket","OutputObjectKeys":"true","Prune":"true","RetainOnDelete":"false","SourceBucketNames":["cdk-hnb659fds-assets-123456789012-us-east-1"],"SourceObjectKeys":["b.zip"]}` {
		t.Errorf("invoke: %s %s", u.FunctionName, b)
	}
	// A role another function uses too: its policy change blocks.
	nw2 := parseTemplate(t, tmpl("b.zip", "s3:*"))
	res := nw2["Resources"].(map[string]interface{})
	res["Other"] = map[string]interface{}{"Type": "AWS::Lambda::Function", "Properties": map[string]interface{}{"Role": map[string]interface{}{"Fn::GetAtt": []interface{}{"HandlerRole", "Arn"}}}}
	old2 := parseTemplate(t, tmpl("a.zip", "s3:GetObject"))
	old2["Resources"].(map[string]interface{})["Other"] = res["Other"]
	physical["Other"] = "S-Other"
	p = planHotswap(templatediff.Compare(old2, nw2), nw2, hotswapTarget, physical)
	if got := strings.Join(p.blockers, "; "); got != "AWS::IAM::Policy HandlerPolicy: modified" {
		t.Errorf("blockers: %s", got)
	}
}

// AppSync: a resolver's templates, a function's code (found by name), a
// schema's definition, an API key's expiry; the rest of the deployed
// properties go with them.
func TestPlanHotswapAppSync(t *testing.T) {
	tmpl := func(v, expires string, ds string) string {
		return `{"Resources":{
		 "Api":{"Type":"AWS::AppSync::GraphQLApi","Properties":{"Name":"api"}},
		 "Schema":{"Type":"AWS::AppSync::GraphQLSchema","Properties":{"ApiId":{"Fn::GetAtt":["Api","ApiId"]},"Definition":"type Query { v` + v + `: String }"}},
		 "Resolver":{"Type":"AWS::AppSync::Resolver","Properties":{"ApiId":{"Fn::GetAtt":["Api","ApiId"]},"TypeName":"Query","FieldName":"v","DataSourceName":"` + ds + `",
		   "RequestMappingTemplate":"req` + v + `","ResponseMappingTemplate":"res` + v + `"}},
		 "Func":{"Type":"AWS::AppSync::FunctionConfiguration","Properties":{"ApiId":{"Fn::GetAtt":["Api","ApiId"]},"Name":"fn1","DataSourceName":"ds",
		   "Runtime":{"Name":"APPSYNC_JS","RuntimeVersion":"1.0.0"},"Code":"export function request() { return ` + v + ` }"}},
		 "Key":{"Type":"AWS::AppSync::ApiKey","Properties":{"ApiId":{"Fn::GetAtt":["Api","ApiId"]},"Expires":` + expires + `}}}}`
	}
	old := parseTemplate(t, tmpl("1", "1800000000", "ds"))
	nw := parseTemplate(t, tmpl("2", "1900000000", "ds"))
	api := "arn:aws:appsync:us-east-1:123456789012:apis/abc123"
	physical := map[string]string{"Api": api, "Schema": "abc123GraphQLSchema",
		"Resolver": api + "/types/Query/resolvers/v", "Func": api + "/functions/fid", "Key": api + "/apikeys/da2-key"}
	p := planHotswap(templatediff.Compare(old, nw), nw, hotswapTarget, physical)
	if len(p.blockers) != 0 {
		t.Errorf("blockers: %v", p.blockers)
	}
	got := map[string]string{}
	for _, u := range p.ops.AppSync {
		b, _ := json.Marshal(u.Properties)
		got[u.LogicalID] = u.PhysicalName + " " + string(b)
	}
	want := map[string]string{
		"Func":     `fn1 {"ApiId":"abc123","Code":"export function request() { return 2 }","DataSourceName":"ds","Name":"fn1","Runtime":{"Name":"APPSYNC_JS","RuntimeVersion":"1.0.0"}}`,
		"Key":      api + `/apikeys/da2-key {"ApiId":"abc123","Expires":1900000000}`,
		"Resolver": `Query.v {"ApiId":"abc123","DataSourceName":"ds","FieldName":"v","RequestMappingTemplate":"req2","ResponseMappingTemplate":"res2","TypeName":"Query"}`,
		"Schema":   `abc123GraphQLSchema {"ApiId":"abc123","Definition":"type Query { v2: String }"}`,
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s:\n got %s\nwant %s", k, got[k], w)
		}
	}
	// A resolver's data source is not hotswappable.
	nw = parseTemplate(t, tmpl("1", "1800000000", "other"))
	p = planHotswap(templatediff.Compare(old, nw), nw, hotswapTarget, physical)
	if got := strings.Join(p.blockers, "; "); got != "AWS::AppSync::Resolver Resolver: DataSourceName changed" || len(p.ops.AppSync) != 0 {
		t.Errorf("blockers: %s, ops %+v", got, p.ops.AppSync)
	}
}

// Cloud Control: the identifier from the primary identifier's parts, the
// patch from the property changes, Tags left for apply time; an
// unresolvable value blocks with the CDK CLI's words.
func TestPlanHotswapCloudControl(t *testing.T) {
	old := parseTemplate(t, `{"Resources":{
	 "Api":{"Type":"AWS::ApiGateway::RestApi","Properties":{"Name":"a"}},
	 "Dep":{"Type":"AWS::ApiGateway::Deployment","Properties":{"RestApiId":{"Ref":"Api"},"Description":"one"}},
	 "Table":{"Type":"AWS::DynamoDB::Table","Properties":{"BillingMode":"PAY_PER_REQUEST","Tags":[{"Key":"a","Value":"1"}],"TableClass":"STANDARD"}},
	 "Alarm":{"Type":"AWS::CloudWatch::Alarm","Properties":{"Threshold":1}},
	 "CDKMetadata":{"Type":"AWS::CDK::Metadata","Properties":{"Analytics":"v1"}}}}`)
	nw := parseTemplate(t, `{"Resources":{
	 "Api":{"Type":"AWS::ApiGateway::RestApi","Properties":{"Name":"a"}},
	 "Dep":{"Type":"AWS::ApiGateway::Deployment","Properties":{"RestApiId":{"Ref":"Api"},"Description":"two"}},
	 "Table":{"Type":"AWS::DynamoDB::Table","Properties":{"BillingMode":"PAY_PER_REQUEST","Tags":[{"Key":"a","Value":"2"}],"DeletionProtectionEnabled":true}},
	 "Alarm":{"Type":"AWS::CloudWatch::Alarm","Properties":{"Threshold":{"Fn::GetAtt":["Table","StreamArn"]}}},
	 "CDKMetadata":{"Type":"AWS::CDK::Metadata","Properties":{"Analytics":"v2"}}}}`)
	physical := map[string]string{"Api": "rest1", "Dep": "dep1", "Table": "tbl", "Alarm": "alarm1"}
	p := planHotswap(templatediff.Compare(old, nw), nw, hotswapTarget, physical)
	if got := strings.Join(p.blockers, "; "); got != "AWS::CloudWatch::Alarm Alarm: Property 'Threshold' of resource 'Alarm' has been replaced and could not be resolved" {
		t.Errorf("blockers: %s", got)
	}
	got := map[string]string{}
	for _, u := range p.ops.CloudControl {
		b, _ := json.Marshal(u.Patch)
		tags, _ := json.Marshal(u.Tags)
		got[u.LogicalID] = u.Identifier + " " + string(b) + " " + string(tags)
	}
	want := map[string]string{
		"Dep":   `dep1|rest1 [{"op":"replace","path":"/Description","value":"two"}] null`,
		"Table": `tbl [{"op":"add","path":"/DeletionProtectionEnabled","value":true},{"op":"remove","path":"/TableClass"}] [{"Key":"a","Value":"2"}]`,
	}
	if len(got) != len(want) {
		t.Errorf("ops: %v", got)
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s:\n got %s\nwant %s", k, got[k], w)
		}
	}
}

// The tag patch keeps the tags AWS manages and touches only what changed.
func TestTagPatch(t *testing.T) {
	var cur, want interface{}
	_ = json.Unmarshal([]byte(`[{"Key":"aws:cloudformation:stack-name","Value":"S"},{"Key":"a","Value":"1"},{"Key":"b","Value":"1"},{"Key":"c","Value":"1"}]`), &cur)
	_ = json.Unmarshal([]byte(`[{"Key":"a","Value":"2"},{"Key":"c","Value":"1"},{"Key":"d","Value":"1"}]`), &want)
	ops, err := deploy.TagPatch(cur, want, "id", "T")
	b, _ := json.Marshal(ops)
	if err != nil || string(b) != `[{"op":"replace","path":"/Tags/1","value":{"Key":"a","Value":"2"}},{"op":"remove","path":"/Tags/2"},{"op":"add","path":"/Tags/-","value":{"Key":"d","Value":"1"}}]` {
		t.Errorf("list: %s %v", b, err)
	}
	_ = json.Unmarshal([]byte(`{"aws:x":"1","a/b":"1","gone":"1"}`), &cur)
	_ = json.Unmarshal([]byte(`{"a/b":"2","new":"1"}`), &want)
	ops, err = deploy.TagPatch(cur, want, "id", "T")
	b, _ = json.Marshal(ops)
	if err != nil || string(b) != `[{"op":"replace","path":"/Tags/a~1b","value":"2"},{"op":"add","path":"/Tags/new","value":"1"},{"op":"remove","path":"/Tags/gone"}]` {
		t.Errorf("map: %s %v", b, err)
	}
	if _, err := deploy.TagPatch(map[string]interface{}{}, []interface{}{}, "id", "T"); err == nil || !strings.Contains(err.Error(), "reports Tags as a map but the template declares a list") {
		t.Errorf("shape mismatch: %v", err)
	}
}

// What a hotswap leaves out is reported in the CDK CLI's words; only
// property-level rejections are "visible" under --hotswap.
func TestHotswapRejectedMessages(t *testing.T) {
	old := parseTemplate(t, `{"Resources":{
	 "Fn":{"Type":"AWS::Lambda::Function","Properties":{"Code":{"S3Bucket":"b","S3Key":"k"},"MemorySize":128,"Timeout":3}},
	 "T":{"Type":"AWS::SNS::Topic","Properties":{"DisplayName":"a"}},
	 "Q":{"Type":"AWS::SQS::Queue","Properties":{"Tags":[{"Key":"a","Value":"1"}]}}},
	 "Outputs":{"O":{"Value":"1"}}}`)
	nw := parseTemplate(t, `{"Resources":{
	 "Fn":{"Type":"AWS::Lambda::Function","Properties":{"Code":{"S3Bucket":"b","S3Key":"k"},"MemorySize":256,"Timeout":9}},
	 "T":{"Type":"AWS::SNS::Topic","Properties":{"DisplayName":"b"}},
	 "Q":{"Type":"AWS::SQS::Queue","Properties":{"Tags":[{"Key":"a","Value":"1"}]}},
	 "New":{"Type":"AWS::SQS::Queue"}},
	 "Outputs":{"O":{"Value":"2"}}}`)
	p := planHotswap(templatediff.Compare(old, nw), nw, hotswapTarget, map[string]string{"Fn": "fn", "T": "arn:t", "Q": "https://q"})
	var got []string
	for _, r := range p.rejected {
		line := r.message()
		if r.Visible {
			line = "visible " + line
		}
		got = append(got, line)
	}
	sort.Strings(got)
	want := []string{
		"output: O, reason: output was changed",
		"resource: New, type: AWS::SQS::Queue, reason: resource 'New' was created by this deployment",
		"resource: T, type: AWS::SNS::Topic, rejected changes: [ 'DisplayName' ], reason: This resource type is not supported for hotswap deployments",
		"visible resource: Fn, type: AWS::Lambda::Function, rejected changes: [ 'MemorySize', 'Timeout' ], reason: resource properties 'MemorySize,Timeout' are not hotswappable on this resource type",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rejected:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// An attribute that does not follow from a physical ID is read from the
// deployed resource (Cloud Control's GetResource), once per resource.
func TestPlanHotswapGetAttRead(t *testing.T) {
	sm := func(state string) string {
		return `{"Type":"AWS::StepFunctions::StateMachine","Properties":{"RoleArn":"r",
		 "DefinitionString":{"Fn::Join":["",["{\"StartAt\":\"` + state + `\",\"States\":{\"` + state + `\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sqs:sendMessage\",\"Parameters\":{\"QueueUrl\":\"",{"Ref":"Q"},"\",\"Arn\":\"",{"Fn::GetAtt":["Q","Arn"]},"\",\"Stream\":\"",{"Fn::GetAtt":["T","StreamArn"]},"\"},\"End\":true}}}"]]}}}`
	}
	old := parseTemplate(t, `{"Resources":{"Q":{"Type":"AWS::SQS::Queue"},"T":{"Type":"AWS::DynamoDB::Table"},"SM":`+sm("A")+`}}`)
	nw := parseTemplate(t, `{"Resources":{"Q":{"Type":"AWS::SQS::Queue"},"T":{"Type":"AWS::DynamoDB::Table"},"SM":`+sm("B")+`}}`)
	physical := map[string]string{"Q": "https://sqs/q", "T": "tbl", "SM": "arn:sm"}
	var asked []string
	lookup := func(typ, id string) (map[string]interface{}, error) {
		asked = append(asked, typ+" "+id)
		switch typ {
		case "AWS::SQS::Queue":
			return map[string]interface{}{"Arn": "arn:aws:sqs:us-east-1:123456789012:q", "QueueUrl": id}, nil
		}
		return nil, fmt.Errorf("no")
	}
	p := planHotswapWith(templatediff.Compare(old, nw), &cfnEval{target: hotswapTarget, physical: physical, template: nw, lookup: lookup})
	// The table's StreamArn cannot be read: not hotswapped.
	if got := strings.Join(p.blockers, "; "); got != "AWS::StepFunctions::StateMachine SM: DefinitionString cannot be resolved" {
		t.Errorf("blockers: %s", got)
	}
	if strings.Join(asked, ",") != "AWS::SQS::Queue https://sqs/q,AWS::DynamoDB::Table tbl" {
		t.Errorf("asked: %v", asked)
	}
	// Without the table, the definition resolves with the queue's ARN read.
	for _, tm := range []map[string]interface{}{old, nw} {
		sm := tm["Resources"].(map[string]interface{})["SM"].(map[string]interface{})["Properties"].(map[string]interface{})
		parts := sm["DefinitionString"].(map[string]interface{})["Fn::Join"].([]interface{})[1].([]interface{})
		sm["DefinitionString"].(map[string]interface{})["Fn::Join"] = []interface{}{"", parts[:len(parts)-2]}
	}
	asked = nil
	p = planHotswapWith(templatediff.Compare(old, nw), &cfnEval{target: hotswapTarget, physical: physical, template: nw, lookup: lookup})
	if len(p.ops.Sfn) != 1 || !strings.Contains(p.ops.Sfn[0].Definition, `"QueueUrl":"https://sqs/q","Arn":"arn:aws:sqs:us-east-1:123456789012:q"`) {
		t.Errorf("sfn: %+v (blockers %v)", p.ops.Sfn, p.blockers)
	}
	if strings.Join(asked, ",") != "AWS::SQS::Queue https://sqs/q" {
		t.Errorf("asked: %v", asked)
	}
}

// Fn::ImportValue and Fn::GetStackOutput (a weak cross-stack reference)
// are read from the account.
func TestPlanHotswapImportsAndStackOutputs(t *testing.T) {
	fn := func(v string) string {
		return `{"Type":"AWS::Lambda::Function","Properties":{"Code":{"S3Bucket":"b","S3Key":"k"},"Environment":{"Variables":{"V":"` + v + `",
		 "IMPORTED":{"Fn::ImportValue":"Shared:Bucket"},
		 "WEAK":{"Fn::GetStackOutput":{"StackName":"Producer","OutputName":"TopicArn"}},
		 "OTHER_REGION":{"Fn::GetStackOutput":{"StackName":"Producer","OutputName":"TopicArn","Region":"eu-west-1","RoleArn":"arn:role"}}}}}}`
	}
	old := parseTemplate(t, `{"Resources":{"Fn":`+fn("1")+`}}`)
	nw := parseTemplate(t, `{"Resources":{"Fn":`+fn("2")+`}}`)
	var asked []string
	ev := &cfnEval{target: hotswapTarget, physical: map[string]string{"Fn": "fn"}, template: nw,
		exports: func(name string) (string, bool) {
			asked = append(asked, "export "+name)
			return "bucket-x", name == "Shared:Bucket"
		},
		stackOutput: func(stack, region, role, output string) (string, bool) {
			asked = append(asked, strings.Join([]string{"output", stack, region, role, output}, " "))
			return "arn:topic:" + region, true
		}}
	p := planHotswapWith(templatediff.Compare(old, nw), ev)
	if len(p.blockers) != 0 || len(p.ops.Lambda) != 1 {
		t.Fatalf("blockers %v ops %+v", p.blockers, p.ops)
	}
	env := p.ops.Lambda[0].Environment
	if env["IMPORTED"] != "bucket-x" || env["WEAK"] != "arn:topic:us-east-1" || env["OTHER_REGION"] != "arn:topic:eu-west-1" {
		t.Errorf("environment: %v", env)
	}
	sort.Strings(asked)
	if got := strings.Join(asked, "; "); got != "export Shared:Bucket; output Producer eu-west-1 arn:role TopicArn; output Producer us-east-1  TopicArn" {
		t.Errorf("asked: %s", got)
	}
}

// Resources without properties, or with values that are not what the
// APIs take, are reported, never a panic.
func TestPlanHotswapOddInput(t *testing.T) {
	old := parseTemplate(t, `{"Resources":{
	 "D":{"Type":"Custom::CDKBucketDeployment","Properties":{"ServiceToken":"arn:fn","SourceObjectKeys":["a"]}},
	 "P":{"Type":"AWS::CodeBuild::Project","Properties":{"Source":{"Type":"NO_SOURCE"}}},
	 "R":{"Type":"AWS::AppSync::Resolver","Properties":{"RequestMappingTemplate":"a"}},
	 "S":{"Type":"AWS::StepFunctions::StateMachine","Properties":{"DefinitionString":"{}"}},
	 "Pol":{"Type":"AWS::IAM::Policy","Properties":{"Roles":"nope"}}}}`)
	nw := parseTemplate(t, `{"Resources":{
	 "D":{"Type":"Custom::CDKBucketDeployment"},
	 "P":{"Type":"AWS::CodeBuild::Project","Properties":{"Source":"text"}},
	 "R":{"Type":"AWS::AppSync::Resolver","Properties":{"RequestMappingTemplate":{"Fn::GetAtt":["X","Y"]}}},
	 "S":{"Type":"AWS::StepFunctions::StateMachine"},
	 "Pol":{"Type":"AWS::IAM::Policy","Properties":{"Roles":[]}}}}`)
	p := planHotswap(templatediff.Compare(old, nw), nw, hotswapTarget, map[string]string{"P": "p", "R": "arn:a/apis/x/types/Query/resolvers/f", "S": "arn:s"})
	want := []string{
		"AWS::AppSync::Resolver R: its properties cannot be resolved",
		"AWS::CodeBuild::Project P: Source cannot be resolved",
		"AWS::IAM::Policy Pol: modified",
		"Custom::CDKBucketDeployment D: ServiceToken cannot be resolved",
	}
	if got := strings.Join(p.blockers, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("blockers:\n%s", got)
	}
	// The state machine lost its definition: Cloud Control removes it.
	if len(p.ops.CloudControl) != 1 || p.ops.CloudControl[0].Patch[0] != (deploy.PatchOp{Op: "remove", Path: "/DefinitionString"}) {
		t.Errorf("cloud control: %+v", p.ops.CloudControl)
	}
}
